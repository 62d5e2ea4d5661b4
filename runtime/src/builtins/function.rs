//! `Function` and `Function.prototype` (`call`, `apply`, `bind`, `toString`).

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::text::string;

fn call(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    function::call(this, arg(args, 0), args.get(1..).unwrap_or(&[]))
}

fn apply(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // IsCallable is checked before the argument list is read.
    if !function::is_function(this) {
        return function::not_a_function(this);
    }
    let list = crate::builtins::array::list_from_array_like(arg(args, 1))?;
    function::call(this, arg(args, 0), &list)
}

fn bind(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    function::bind(this, arg(args, 0), args.get(1..).unwrap_or(&[]))
}

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !function::is_function(this) {
        return Err(exception::throw_type_error(
            "Function.prototype.toString requires that 'this' be a Function",
        ));
    }
    if function::has_flag(this, function::FN_BOUND) {
        return Ok(string::from_str("function () { [native code] }"));
    }
    Ok(function::source_text(this))
}

/// The EvalError a compiled program throws for code it could not compile
/// ahead of time (a string known only at run time).
fn code_generation_disallowed() -> exception::Exc {
    exception::throw_error(
        crate::exec::error::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context",
    )
}

/// `Function(...)` reached at run time: the compiler turns calls with
/// constant arguments into functions (`analysis::eval`); others land here.
fn function_ctor(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(code_generation_disallowed())
}

/// The global `eval` reached at run time (indirect calls, direct calls of
/// a string the compiler could not know). PerformEval (ECMA-262 19.2.1.1)
/// step 2: an argument that is not a string is returned unchanged; a
/// string cannot be compiled once the program runs, so it is an EvalError.
fn global_eval(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let x = arg(args, 0);
    if !x.is_string() {
        return Ok(x);
    }
    Err(code_generation_disallowed())
}

pub fn install(r: &Realm) {
    let p = r.function_prototype;
    // AddRestrictedFunctionProperties: `caller` and `arguments` accessors.
    for name in ["arguments", "caller"] {
        let d = internal_methods::Desc {
            get: Some(r.throw_type_error),
            set: Some(r.throw_type_error),
            enumerable: Some(false),
            configurable: Some(true),
            ..internal_methods::Desc::default()
        };
        let _ = internal_methods::define_own(p, crate::object::key::from_str(name), d, false);
    }
    realm::method(p, "apply", 2, apply);
    realm::method(p, "bind", 1, bind);
    realm::method(p, "call", 1, call);
    realm::method(p, "toString", 0, to_string);
    let c = realm::constructor("Function", 1, function_ctor, p);
    realm::define(r.global, "Function", c, WRITABLE | CONFIGURABLE);
    realm::method(r.global, "eval", 1, global_eval);
}

/// `Function.prototype[Symbol.hasInstance]` (installed once the well-known
/// symbols exist: `builtins::symbol` calls it).
pub fn install_has_instance(r: &Realm) {
    let f = crate::object::function::new_native("[Symbol.hasInstance]", 1, has_instance, 0);
    let _ = internal_methods::define_own(
        r.function_prototype,
        crate::object::key::Key::Named(realm::well_known("hasInstance")),
        internal_methods::Desc::data(f, 0),
        false,
    );
    crate::object::inline_cache::set_ordinary_has_instance(f);
}

/// OrdinaryHasInstance(this, v): false for a non-callable `this`.
fn has_instance(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !crate::object::function::is_function(this) {
        return Ok(Value::FALSE);
    }
    let v = crate::builtins::string_methods::arg(args, 0);
    crate::object::inline_cache::instance_of_ordinary(v, this).map(Value::bool)
}

/// A small harness shared by the `builtins` unit tests: values written as
/// JS-like literals, builtins called by path, results shown as `console.log`
/// shows them.
#[cfg(test)]
pub(crate) mod tests {
    use crate::abi::value::Value;
    use crate::builtins::console::inspect;
    use crate::builtins::string_methods::arg;
    use crate::exec::exception::{self, JsResult};
    use crate::exec::{conv, realm};
    use crate::object::function::{self, NativeFn};
    use crate::object::internal_methods;
    use crate::object::key::Key;
    use crate::text::string;
    use std::cell::RefCell;

    thread_local! {
        /// What the `record*` callbacks saw.
        pub static SEEN: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    }

    fn num(a: &[Value], i: usize) -> JsResult<f64> {
        conv::to_number(arg(a, i))
    }

    /// Native callbacks the literals can name.
    const CALLBACKS: &[(&str, NativeFn)] = &[
        ("double", |_, a, _, _| Ok(Value::number(num(a, 0)? * 2.0))),
        ("even", |_, a, _, _| {
            Ok(Value::bool(num(a, 0)? % 2.0 == 0.0))
        }),
        ("add", |_, a, _, _| {
            crate::exec::operators::add(arg(a, 0), arg(a, 1))
        }),
        ("sub", |_, a, _, _| {
            Ok(Value::number(num(a, 0)? - num(a, 1)?))
        }),
        ("boom", |_, _, _, _| {
            Err(exception::throw_type_error("boom"))
        }),
        ("wrap", |_, a, _, _| {
            Ok(realm::new_array(&[
                arg(a, 0),
                realm::new_array(&[arg(a, 0)]),
            ]))
        }),
        ("this", |this, _, _, _| Ok(this)),
        ("args", |_, a, _, _| Ok(realm::new_array(a))),
        ("byFirst", |_, a, _, _| {
            let first = |v: Value| conv::to_number(internal_methods::get(v, Key::Index(0), v)?);
            Ok(Value::number(first(arg(a, 0))? - first(arg(a, 1))?))
        }),
        ("recordPop", |_, a, _, _| {
            SEEN.with(|s| s.borrow_mut().push(arg(a, 0)));
            call_path(arg(a, 2), "Array.prototype.pop", &[])
        }),
        ("recordPush", |_, a, _, _| {
            SEEN.with(|s| s.borrow_mut().push(arg(a, 0)));
            if arg(a, 1) == Value::number(0.0) {
                call_path(arg(a, 2), "Array.prototype.push", &[Value::number(9.0)])?;
            }
            Ok(Value::UNDEFINED)
        }),
        ("shrink", |_, a, _, _| {
            let len = Key::Named(internal_methods::length_key());
            internal_methods::set(arg(a, 2), len, Value::number(1.0), arg(a, 2), true)?;
            Ok(Value::number(num(a, 0)? * 2.0))
        }),
    ];

    struct Parser<'a> {
        s: &'a [u8],
        at: usize,
    }

    impl Parser<'_> {
        fn skip(&mut self) {
            while self.s.get(self.at).is_some_and(|c| c.is_ascii_whitespace()) {
                self.at += 1;
            }
        }
        fn eat(&mut self, c: u8) -> bool {
            self.skip();
            let hit = self.s.get(self.at) == Some(&c);
            self.at += hit as usize;
            hit
        }
        fn word(&mut self) -> &str {
            self.skip();
            let start = self.at;
            let ok = |c: u8| c.is_ascii_alphanumeric() || b"_$.-+".contains(&c);
            while self.s.get(self.at).is_some_and(|&c| ok(c)) {
                self.at += 1;
            }
            std::str::from_utf8(&self.s[start..self.at]).unwrap()
        }
        fn quoted(&mut self) -> Value {
            let q = self.s[self.at];
            let start = self.at + 1;
            self.at = start + self.s[start..].iter().position(|&c| c == q).unwrap();
            self.at += 1;
            string::from_str(std::str::from_utf8(&self.s[start..self.at - 1]).unwrap())
        }
        fn value(&mut self) -> Value {
            self.skip();
            match self.s[self.at] {
                b'\'' | b'"' => self.quoted(),
                b'[' => {
                    self.at += 1;
                    let mut items = Vec::new();
                    while !self.eat(b']') {
                        if self.eat(b',') {
                            items.push(Value::HOLE);
                            continue;
                        }
                        items.push(self.value());
                        self.eat(b',');
                    }
                    realm::new_array(&items)
                }
                b'{' => {
                    self.at += 1;
                    let o = realm::new_plain_object();
                    while !self.eat(b'}') {
                        self.skip();
                        let k = if b"'\"".contains(&self.s[self.at]) {
                            self.quoted()
                        } else {
                            string::from_str(self.word())
                        };
                        assert!(self.eat(b':'));
                        let v = self.value();
                        internal_methods::create_data_property(
                            o,
                            crate::object::key::from_string(k),
                            v,
                        )
                        .unwrap();
                        self.eat(b',');
                    }
                    o
                }
                _ => match self.word() {
                    "undefined" => Value::UNDEFINED,
                    "null" => Value::NULL,
                    "true" => Value::TRUE,
                    "false" => Value::FALSE,
                    w => match CALLBACKS.iter().find(|c| c.0 == w) {
                        Some(&(name, f)) => function::new_native(name, 1, f, 0),
                        None => {
                            Value::number(w.parse().unwrap_or_else(|_| panic!("bad literal {w}")))
                        }
                    },
                },
            }
        }
    }

    /// The value a JS-like literal denotes (`[1, , 'a']`, `{length: 1, 0: NaN}`, `-0`, `double`).
    pub fn parse(src: &str) -> Value {
        Parser {
            s: src.as_bytes(),
            at: 0,
        }
        .value()
    }

    /// `console.log`-style text of `v`.
    pub fn show(v: Value) -> String {
        let mut out = Vec::new();
        inspect::push_inspect(&mut out, v);
        String::from_utf16_lossy(&out)
    }

    /// Calls the function at `path` (`Object.keys`, `Array.prototype.map`) with `this`.
    pub fn call_path(this: Value, path: &str, args: &[Value]) -> JsResult<Value> {
        let mut f = realm::get().global;
        for part in path.split('.') {
            f = internal_methods::get(f, realm::key(part), f)?;
        }
        function::call(f, this, args)
    }

    /// The result's text, or `!Name: message` if it threw.
    pub fn outcome(r: JsResult<Value>) -> String {
        match r {
            Ok(v) => show(v),
            Err(_) => format!("!{}", conv::display_string(exception::take())),
        }
    }

    /// Runs a table of cases, one a line: `this | name | args | expected`
    /// (only `expected` may contain `|`),
    /// calling `prefix.name`; an expected text with ` ; ` also shows `this`
    /// after the call, one starting with `!` is the exception thrown.
    pub fn check(prefix: &str, table: &str) {
        for line in table.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
            let [this, name, args, want] = f[..] else {
                panic!("bad case {line}");
            };
            let this = parse(this);
            let list = parse(&format!("[{args}]"));
            let args: Vec<Value> = (0..crate::builtins::array::length_of(list).unwrap())
                .map(|i| internal_methods::get(list, Key::Index(i as u32), list).unwrap())
                .collect();
            let mut got = outcome(call_path(this, &format!("{prefix}.{name}"), &args));
            if want.contains(" ; ") {
                got = format!("{got} ; {}", show(this));
            }
            assert_eq!(got, want, "case: {line}");
        }
    }

    /// The values the `record*` callbacks saw, cleared.
    pub fn seen() -> String {
        show(realm::new_array(
            &SEEN.with(|s| std::mem::take(&mut *s.borrow_mut())),
        ))
    }

    #[test]
    fn lib_function_methods() {
        check(
            "Function.prototype",
            r#"
            args | call | 1, 2, 3 | [ 2, 3 ]
            this | call | 't' | 't'
            args | apply | 0, [1, , 'x'] | [ 1, undefined, 'x' ]
            args | apply | 0, {length: 2, 1: 'b'} | [ undefined, 'b' ]
            args | apply | 0, null | []
            args | apply | 0, 1 | !TypeError: CreateListFromArrayLike called on non-object
            1 | apply | | !TypeError: 1 is not a function
            1 | call | | !TypeError: 1 is not a function
            1 | bind | | !TypeError: Bind must be called on a function
            {} | toString | | !TypeError: Function.prototype.toString requires that 'this' be a Function
            double | toString | | 'function double() { [native code] }'
            "#,
        );
        let fp = realm::get().function_prototype;
        let text = |f: Value| outcome(call_path(f, "Function.prototype.toString", &[]));
        assert_eq!(text(fp), "'function () { [native code] }'");
        let ap = realm::get().array_prototype;
        let push = internal_methods::get(ap, realm::key("push"), ap).unwrap();
        assert_eq!(text(push), "'function push() { [native code] }'");
        let b = call_path(
            parse("args"),
            "Function.prototype.bind",
            &[Value::NULL, Value::TRUE],
        );
        let b = b.unwrap();
        let two = function::call(b, Value::UNDEFINED, &[Value::FALSE]);
        assert_eq!(outcome(two), "[ true, false ]");
        assert_eq!(text(b), "'function () { [native code] }'");
        assert_eq!(
            outcome(internal_methods::get(b, realm::key("name"), b)),
            "'bound args'"
        );
        assert_eq!(
            outcome(internal_methods::get(b, realm::key("length"), b)),
            "0"
        );
        let len = |m: &str| {
            let f = internal_methods::get(fp, realm::key(m), fp).unwrap();
            show(internal_methods::get(f, realm::key("length"), f).unwrap())
        };
        let lens = [len("call"), len("apply"), len("bind"), len("toString")];
        assert_eq!(lens.join(","), "1,2,1,0");
    }
}
