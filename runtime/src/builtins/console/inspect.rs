//! Node's `util.format` / `util.inspect` (v20, no colours) for the values kiln has: the text
//! `console.log` prints, built as UTF-16 and converted to UTF-8 by the caller.
//!
//! Objects follow Node's algorithm: constructor names from the prototype
//! chain, `depth` 2, `<ref *n>` / `[Circular *n]` for cycles, errors printed
//! as their (class-adjusted) stack, and `compact: 3` line breaking with a
//! `breakLength` of 80 (`reduceToSingleString`, `groupArrayElements`).
//! Getters are never run.

use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::error;
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj, ACCESSOR, ENUMERABLE};
use crate::object::typed_array as ta;
use crate::text::number_format::NumBuf;
use crate::text::number_parse;
use crate::text::string;

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

/// Node's `formatNumber`: like Number::toString but `-0` prints as `-0`.
pub fn push_number(out: &mut Vec<u16>, x: f64) {
    if x == 0.0 && x.is_sign_negative() {
        push_str(out, "-0");
    } else {
        out.extend(NumBuf::new().format(x).bytes().map(u16::from));
    }
}

/// `util.inspect` of a string: quoted (single quotes unless the text contains
/// them), with control characters, backslashes and lone surrogates escaped.
pub fn push_quoted(out: &mut Vec<u16>, s: &[u16]) {
    let has = |c: u8| s.contains(&(c as u16));
    let has_template = s.windows(2).any(|w| w == [b'$' as u16, b'{' as u16]);
    let quote: u16 = if !has(b'\'') {
        b'\'' as u16
    } else if !has(b'"') {
        b'"' as u16
    } else if !has(b'`') && !has_template {
        b'`' as u16
    } else {
        b'\'' as u16
    };
    out.push(quote);
    push_escaped(out, s, quote == b'\'' as u16);
    out.push(quote);
}

/// The text of a quoted string without its quotes: control characters,
/// backslashes, lone surrogates and (with `single`) `'` escaped.
fn push_escaped(out: &mut Vec<u16>, s: &[u16], single: bool) {
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if (c == 0x27 && single) || c == 0x5C || c < 0x20 || (0x7F..0xA0).contains(&c) {
            match c {
                0x08 => push_str(out, "\\b"),
                0x09 => push_str(out, "\\t"),
                0x0A => push_str(out, "\\n"),
                0x0C => push_str(out, "\\f"),
                0x0D => push_str(out, "\\r"),
                0x27 => push_str(out, "\\'"),
                0x5C => push_str(out, "\\\\"),
                _ => push_str(out, &format!("\\x{c:02X}")),
            }
        } else if (0xD800..0xE000).contains(&c) {
            let paired = c < 0xDC00 && s.get(i + 1).is_some_and(|&d| (0xDC00..0xE000).contains(&d));
            if paired {
                out.extend_from_slice(&s[i..i + 2]);
                i += 1;
            } else {
                push_str(out, &format!("\\u{c:x}"));
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
}

/// `Symbol(description)`, as `Symbol.prototype.toString` gives it.
fn symbol_text(sym: Value) -> Vec<u16> {
    let mut out = u("Symbol(");
    let d = key::symbol(sym).description;
    if d.is_string() {
        out.extend_from_slice(string::units(d));
    }
    out.push(b')' as u16);
    out
}

fn u(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn contains(hay: &[u16], needle: &[u16]) -> bool {
    string::index_of(hay, needle, 0).is_some()
}

/// Node's default `depth` and `breakLength`, and `compact: 3`.
const DEPTH: usize = 2;
const BREAK_LENGTH: usize = 80;
const COMPACT: usize = 3;
/// `maxArrayLength`.
const MAX_ARRAY: usize = 100;

/// The state of one `util.inspect` call.
struct Ctx {
    /// The objects being formatted (the current path from the root).
    seen: Vec<Value>,
    /// Objects found to be referenced circularly; `<ref *n>` is index + 1.
    circular: Vec<Value>,
    /// Current indentation in spaces.
    indent: usize,
    /// The depth of the innermost object formatted most recently.
    current_depth: usize,
    depth: usize,
    /// `showHidden`: list non-enumerable own properties too.
    hidden: bool,
    /// `showProxy` (`%o`): a proxy prints as `Proxy [ target, handler ]`.
    show_proxy: bool,
    /// `Symbol.for('nodejs.util.inspect.custom')`, if the program made it.
    custom: Option<Value>,
    /// The module namespaces being printed: (target, the namespace proxy
    /// whose `get` reads the live bindings).
    namespaces: Vec<(Value, Value)>,
}

impl Ctx {
    fn new(depth: usize, hidden: bool) -> Ctx {
        Ctx {
            seen: Vec::new(),
            circular: Vec::new(),
            indent: 0,
            current_depth: 0,
            depth,
            hidden,
            show_proxy: false,
            namespaces: Vec::new(),
            custom: crate::builtins::symbol::registered("nodejs.util.inspect.custom"),
        }
    }
}

/// How a property is printed: an array element (value only), or `key: value`.
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    Object,
    ArrayElem,
    ArrayExtra,
}

/// A data property's value (`None` for accessors and missing properties),
/// looked up along the prototype chain without running getters.
fn data(o: Value, k: Value) -> Option<Value> {
    match internal_methods::lookup(o, Key::Named(k)) {
        Some((_, v, a)) if a & ACCESSOR == 0 => Some(v),
        _ => None,
    }
}

/// String(v) for a primitive (objects give `[object Object]` without running JS).
fn prim_text(v: Value) -> Vec<u16> {
    if v.is_string() {
        string::units(v).to_vec()
    } else if key::is_symbol(v) {
        symbol_text(v)
    } else if v.is_object() {
        u("[object Object]")
    } else {
        u(&conv::display_string(v))
    }
}

/// `ToBoolean` for the values property lookups give back.
fn truthy(v: Value) -> bool {
    conv::to_boolean(v)
}

/// Whether `o` has `p` on its prototype chain (`o instanceof C` with `C.prototype = p`).
fn inherits(o: Value, p: Value) -> bool {
    let mut q = internal_methods::proto_of(o);
    while q.is_object() {
        if q == p {
            return true;
        }
        q = internal_methods::proto_of(q);
    }
    false
}

/// Node's `getConstructorName`: the name of the first `constructor` on the
/// chain that `v` is an instance of; `None` for a null prototype.
fn constructor_name(cx: &mut Ctx, v: Value, rt: usize) -> Option<String> {
    let r = realm::get();
    let mut o = v;
    let mut first: Option<Value> = None;
    while o.is_object() {
        if let Some((c, a)) = internal_methods::get_own(o, Key::Named(r.keys.constructor)) {
            if a & ACCESSOR == 0 && function::is_function(c) {
                let name = function::name(c);
                let proto = internal_methods::get_own(c, Key::Named(r.keys.prototype));
                if string::len(name) > 0
                    && proto.is_some_and(|(p, a)| a & ACCESSOR == 0 && inherits(v, p))
                {
                    return Some(string::to_rust(name));
                }
            }
        }
        o = internal_methods::proto_of(o);
        first.get_or_insert(o);
    }
    let first = first.filter(|p| p.is_object())?;
    let internal = if object::is_array(v) {
        "Array"
    } else if function::is_function(v) {
        "Function"
    } else if error::is_error(v) {
        "Error"
    } else {
        "Object"
    };
    if rt > cx.depth {
        return Some(format!("{internal} <Complex prototype>"));
    }
    match constructor_name(cx, first, rt + 1) {
        Some(p) => Some(format!("{internal} <{p}>")),
        None if own_keys(first, false).is_empty() => {
            Some(format!("{internal} <[Object: null prototype] {{}}>"))
        }
        None => Some(format!("{internal} <[Object: null prototype]>")),
    }
}

/// Node's `getPrefix`: `Foo ` or `[Object: null prototype] `.
fn prefix(ctor: &Option<String>, fallback: &str, size: &str) -> String {
    match ctor {
        Some(c) => format!("{c}{size} "),
        None => format!("[{fallback}{size}: null prototype] "),
    }
}

/// The keys Node lists: own enumerable properties (all with `hidden`),
/// strings before symbols; array indices are left out for arrays.
fn own_keys(o: Value, hidden: bool) -> Vec<Key> {
    let skip_index = object::is_array(o) || ta::is_typed_array(o);
    internal_methods::own_keys(o)
        .into_iter()
        .filter(|&k| {
            !(skip_index && matches!(k, Key::Index(_)))
                && internal_methods::get_own(o, k)
                    .is_some_and(|(_, a)| hidden || a & ENUMERABLE != 0)
        })
        .collect()
}

/// `formatValue`.
fn format_value(cx: &mut Ctx, v: Value, rt: usize) -> Vec<u16> {
    if !v.is_object() {
        return format_primitive(cx, v);
    }
    if crate::object::proxy::is_proxy(v) {
        return format_proxy(cx, v, rt);
    }
    if cx.seen.contains(&v) {
        let n = match cx.circular.iter().position(|&c| c == v) {
            Some(i) => i + 1,
            None => {
                cx.circular.push(v);
                cx.circular.len()
            }
        };
        return u(&format!("[Circular *{n}]"));
    }
    if let Some(out) = custom_inspect(cx, v, rt) {
        return out;
    }
    format_raw(cx, v, rt)
}

/// Node's custom inspection: an object whose
/// `[Symbol.for('nodejs.util.inspect.custom')]` is a function prints as
/// that function, called with the depth left and the options, returns: a
/// string as it is (indented to the current level), another value
/// formatted in its place (Node's URL and URLSearchParams, written in
/// JavaScript, print this way). A throw while looking or calling is
/// dropped, and the object prints as usual.
fn custom_inspect(cx: &mut Ctx, v: Value, rt: usize) -> Option<Vec<u16>> {
    let sym = cx.custom?;
    let f = match internal_methods::get_value(v, Key::Named(sym)) {
        Ok(f) if function::is_function(f) => f,
        Ok(_) => return None,
        Err(_) => {
            crate::exec::exception::take();
            return None;
        }
    };
    let depth = |d: usize| {
        if d == usize::MAX {
            Value::number(f64::INFINITY)
        } else {
            Value::number(d as f64)
        }
    };
    let left = if cx.depth == usize::MAX {
        usize::MAX
    } else {
        cx.depth.wrapping_sub(rt)
    };
    let opts = realm::new_plain_object();
    let set = |k: &str, x: Value| {
        let _ = internal_methods::create_data_property(opts, key::from_str(k), x);
    };
    set("depth", depth(cx.depth));
    set("showHidden", Value::bool(cx.hidden));
    set("breakLength", Value::number(BREAK_LENGTH as f64));
    set("colors", Value::FALSE);
    let left = if rt > cx.depth {
        Value::number(-1.0)
    } else {
        depth(left)
    };
    match function::call(f, v, &[left, opts]) {
        Ok(r) if r.is_string() => {
            let mut out = Vec::new();
            for &c in string::units(r) {
                out.push(c);
                if c == b'\n' as u16 {
                    out.extend(std::iter::repeat_n(b' ' as u16, cx.indent));
                }
            }
            Some(out)
        }
        Ok(r) if r != v => Some(format_value(cx, r, rt)),
        Ok(_) => None,
        Err(_) => {
            crate::exec::exception::take();
            None
        }
    }
}

/// A proxy, without running its traps: with `showProxy`, `Proxy [ target,
/// handler ]`; otherwise its (innermost) target, as Node prints them.
fn format_proxy(cx: &mut Ctx, v: Value, rt: usize) -> Vec<u16> {
    use crate::object::proxy;
    if proxy::is_revoked(v) {
        return u("<Revoked Proxy>");
    }
    if cx.show_proxy {
        let (t, h) = (proxy::fields(v).target, proxy::fields(v).handler);
        let mut out = u("Proxy [ ");
        out.extend(format_value(cx, t, rt));
        out.extend(u(", "));
        out.extend(format_value(cx, h, rt));
        out.extend(u(" ]"));
        return out;
    }
    let target = proxy::fields(v).target;
    if is_module_namespace(target) {
        // A module namespace (a proxy over a target whose data properties
        // stand for the live bindings): its values are read through it.
        cx.namespaces.push((target, v));
        let out = format_value(cx, target, rt);
        cx.namespaces.pop();
        return out;
    }
    format_value(cx, target, rt)
}

fn format_primitive(cx: &Ctx, v: Value) -> Vec<u16> {
    let mut out = Vec::new();
    if v.is_string() {
        let s = string::units(v);
        if s.len() > 16 && s.len() + cx.indent + 4 > BREAK_LENGTH {
            // Long strings are split after each line break, one quoted line per row.
            let sep = u(&format!(" +\n{}", " ".repeat(cx.indent + 2)));
            let mut start = 0;
            for i in 0..s.len() {
                if s[i] == b'\n' as u16 && i + 1 < s.len() {
                    push_quoted(&mut out, &s[start..=i]);
                    out.extend_from_slice(&sep);
                    start = i + 1;
                }
            }
            push_quoted(&mut out, &s[start..]);
        } else {
            push_quoted(&mut out, s);
        }
    } else if v.is_number() {
        push_number(&mut out, v.as_number());
    } else if key::is_symbol(v) {
        out = symbol_text(v);
    } else if crate::exec::bigint::is_bigint(v) {
        push_str(&mut out, &crate::exec::bigint::to_string_radix(v, 10));
        out.push(b'n' as u16);
    } else {
        push_str(
            &mut out,
            match v.0 {
                crate::abi::value::TRUE => "true",
                crate::abi::value::FALSE => "false",
                crate::abi::value::NULL => "null",
                _ => "undefined",
            },
        );
    }
    out
}

/// `formatRaw`: an object, function, array or error.
fn format_raw(cx: &mut Ctx, v: Value, rt: usize) -> Vec<u16> {
    let ctor = constructor_name(cx, v, rt);
    let mut keys = own_keys(v, cx.hidden);
    let mut base = Vec::new();
    let mut open;
    let close;
    let typed = ta::is_typed_array(v);
    if typed && ctor.as_deref() == Some("Buffer") && ta::elem_of(v) == ta::Elem::Uint8 {
        // Node's Buffer prints through its own inspect: `<Buffer 68 69>`.
        let n = ta::view_length(v);
        let mut text = String::from("<Buffer");
        for i in 0..n.min(50) {
            let b = ta::get_index(v, i).as_number() as u8;
            text.push_str(&format!(" {b:02x}"));
        }
        if n > 50 {
            text.push_str(&format!(
                " ... {} more byte{}",
                n - 50,
                if n - 50 == 1 { "" } else { "s" }
            ));
        }
        if n == 0 {
            text.push(' ');
        }
        text.push('>');
        return u(&text);
    }
    let is_array = object::is_array(v) || typed;
    let mut binary_entries = Vec::new();
    if is_array {
        let len = array_len(v);
        open = if typed {
            // `Uint8Array(3) [`, `Sub(3) [Uint8Array] [`.
            let tag = ta::elem_of(v).name();
            let p = prefix(&ctor, tag, &format!("({len})"));
            if ctor.as_deref().is_some_and(|c| c != tag) {
                format!("{p}[{tag}] ")
            } else {
                p
            }
        } else if ctor.as_deref() == Some("Array") {
            String::new()
        } else {
            prefix(&ctor, "Array", &format!("({len})"))
        };
        open.push('[');
        close = "]";
        if len == 0 && keys.is_empty() {
            return u(&(open + close));
        }
    } else {
        open = "{".to_owned();
        close = "}";
        if object::is_kind(v, crate::builtins::collections::KIND_COLLECTION_ITER) {
            let (label, _, _) = crate::builtins::collections::iter_preview(v);
            if label == "Array Iterator" || label == "String Iterator" {
                // Node shows an array or string iterator's tag, not its contents.
                return u(&format!("Object [{label}] {{}}"));
            }
            open = format!("[{label}] {{");
        } else if ta::is_buffer(v) || ta::is_data_view(v) {
            let class = if ta::is_data_view(v) {
                "DataView"
            } else if ta::is_shared(v) {
                "SharedArrayBuffer"
            } else {
                "ArrayBuffer"
            };
            open = prefix(&ctor, class, "");
            if ctor.as_deref().is_some_and(|c| c != class) {
                open.push_str(&format!("[{class}] "));
            }
            open.push('{');
            binary_entries = binary_view_entries(cx, v, rt + 1);
        } else if ctor.as_deref() == Some("Object") {
            if object::is_kind(v, object::KIND_ARGUMENTS) {
                open = "[Arguments] {".to_owned();
            }
            if let Some(tag) = realm::builtin_tag(v) {
                open = format!("Object [{tag}] {{");
            } else if crate::exec::generator::is_async_generator(v) {
                open = "Object [AsyncGenerator] {".to_owned();
            } else if crate::exec::generator::is_generator(v) {
                open = "Object [Generator] {".to_owned();
            }
            if keys.is_empty() {
                return u(&(open + close));
            }
        } else if function::is_function(v) {
            base = function_base(v, &ctor);
            if keys.is_empty() {
                return base;
            }
        } else if let Some(re) = crate::builtins::regexp::display(v) {
            let p = match ctor.as_deref() {
                Some("RegExp") => String::new(),
                Some(c) => format!("{c} "),
                None => "[RegExp: null prototype] ".to_owned(),
            };
            base = u(&(p + &re));
            if keys.is_empty() || rt > cx.depth {
                return base;
            }
        } else if let Some(d) = crate::builtins::date::display(v) {
            let p = match ctor.as_deref() {
                Some("Date") => String::new(),
                Some(c) => format!("{c} "),
                None => "[Date: null prototype] ".to_owned(),
            };
            base = u(&(p + &d));
            if keys.is_empty() || rt > cx.depth {
                return base;
            }
        } else if error::is_error(v) {
            base = format_error(cx, v, &ctor, &mut keys);
            if keys.is_empty() {
                return base;
            }
        } else if let Some(p) = object::primitive_value(v) {
            // `[Number: 3]`, `[String: 'abc']` (without the index keys).
            let tag = if p.is_string() {
                "String"
            } else if p.is_number() {
                "Number"
            } else if p.is_bool() {
                "Boolean"
            } else if crate::exec::bigint::is_bigint(p) {
                "BigInt"
            } else {
                "Symbol"
            };
            if p.is_string() {
                keys.retain(|k| {
                    !matches!(k, Key::Index(_))
                        && *k != Key::Named(crate::object::internal_methods::length_key())
                });
            }
            let mut b = u(&format!("[{tag}: "));
            b.extend(format_primitive(cx, p));
            b.push(b']' as u16);
            base = b;
            if keys.is_empty() {
                return base;
            }
        } else if object::is_kind(v, crate::builtins::collections::KIND_WEAK_MAP)
            || object::is_kind(v, crate::builtins::collections::KIND_WEAK_SET)
        {
            let class = if object::is_kind(v, crate::builtins::collections::KIND_WEAK_MAP) {
                "WeakMap"
            } else {
                "WeakSet"
            };
            return u(&format!("{class} {{ <items unknown> }}"));
        } else if crate::builtins::promise::is_promise(v) {
            open = match ctor.as_deref() {
                Some("Promise") => "Promise {".to_owned(),
                Some(c) => format!("{c} [Promise] {{"),
                None => "[Promise: null prototype] {".to_owned(),
            };
        } else if let Some(class) = collection_class(v) {
            let n = crate::builtins::collections::table(v).map_or(0, |t| t.size());
            open = match ctor.as_deref() {
                Some(c) if c == class => format!("{class}({n}) {{"),
                Some(c) => format!("{c}({n}) [{class}] {{"),
                None => format!("[{class}({n}): null prototype] {{"),
            };
            if n == 0 && keys.is_empty() {
                return u(&(open + close));
            }
        } else if is_module_namespace(v) {
            open = "[Module: null prototype] {".to_owned();
            if keys.is_empty() {
                return u(&(open + close));
            }
        } else {
            open = prefix(&ctor, "Object", "") + "{";
            if let Some(tag) = intrinsic_tag(v).filter(|t| ctor.as_deref() != Some(*t)) {
                open = prefix(&ctor, "Object", "") + &format!("[{tag}] {{");
            }
            if keys.is_empty() {
                return u(&(open + close));
            }
        }
    }
    if rt > cx.depth {
        let p = prefix(&ctor, "Object", "");
        let p = p.trim_end_matches(' ');
        return u(&if ctor.is_some() {
            format!("[{p}]")
        } else {
            p.to_owned()
        });
    }
    let rt = rt + 1;
    cx.seen.push(v);
    cx.current_depth = rt;
    let mut output = if is_array {
        format_array(cx, v, rt)
    } else if !binary_entries.is_empty() {
        binary_entries
    } else {
        format_collection(cx, v, rt)
    };
    let kind = if is_array {
        Entry::ArrayExtra
    } else {
        Entry::Object
    };
    for k in keys {
        output.push(format_property(cx, v, rt, k, kind));
    }
    if let Some(i) = cx.circular.iter().position(|&c| c == v) {
        let mut r = u(&format!("<ref *{}>", i + 1));
        if !base.is_empty() {
            r.push(b' ' as u16);
            r.extend_from_slice(&base);
        }
        base = r;
    }
    cx.seen.pop();
    reduce_to_single_string(cx, output, &base, &u(&open), &u(close), is_array, rt, v)
}

/// `Map` or `Set` for those objects.
fn collection_class(v: Value) -> Option<&'static str> {
    if object::is_kind(v, crate::builtins::collections::KIND_MAP) {
        Some("Map")
    } else if object::is_kind(v, crate::builtins::collections::KIND_SET) {
        Some("Set")
    } else {
        None
    }
}

/// The entries of a Map (`k => v`), Set or collection iterator.
fn format_collection(cx: &mut Ctx, v: Value, rt: usize) -> Vec<Vec<u16>> {
    let mut out = vec![];
    if let Some(class) = collection_class(v) {
        let Some(t) = crate::builtins::collections::table(v) else {
            return out;
        };
        let entries: Vec<(Value, Value)> = t.iter().collect();
        for (k, val) in entries {
            let mut e = format_value(cx, k, rt);
            if class == "Map" {
                e.extend(u(" => "));
                e.extend(format_value(cx, val, rt));
            }
            out.push(e);
        }
    } else if crate::builtins::promise::is_promise(v) {
        let (state, result) = crate::builtins::promise::state_of(v);
        out.push(match state {
            crate::builtins::promise::PENDING => u("<pending>"),
            crate::builtins::promise::FULFILLED => format_value(cx, result, rt),
            _ => {
                let mut e = u("<rejected> ");
                e.extend(format_value(cx, result, rt));
                e
            }
        });
    } else if object::is_kind(v, crate::builtins::collections::KIND_COLLECTION_ITER) {
        let (_, vals, pairs) = crate::builtins::collections::iter_preview(v);
        if pairs {
            for pair in vals.chunks(2) {
                let a = realm::new_array(pair);
                out.push(format_value(cx, a, rt));
            }
        } else {
            for x in vals {
                out.push(format_value(cx, x, rt));
            }
        }
    }
    out
}

/// The `Symbol.toStringTag` of the generator intrinsics (Node shows it
/// after the constructor name).
/// Whether `v` is an ES module namespace object (see compiler/src/modules/esm.rs).
fn is_module_namespace(v: Value) -> bool {
    realm::builtin_tag(v) == Some("Module")
}

fn intrinsic_tag(v: Value) -> Option<&'static str> {
    let (proto, fn_proto) = crate::exec::generator::intrinsics();
    if v == proto {
        Some("Generator")
    } else if v == fn_proto {
        Some("GeneratorFunction")
    } else {
        None
    }
}

/// `[Function: f]`, `[class A extends B]` and their variants.
fn function_base(v: Value, ctor: &Option<String>) -> Vec<u16> {
    let r = realm::get();
    let ctor = ctor.as_deref();
    if function::has_flag(v, function::FN_CLASS) {
        let own = internal_methods::get_own(v, Key::Named(r.keys.name));
        let mut out = u("[class ");
        match own {
            Some((n, a)) if a & ACCESSOR == 0 && truthy(n) => out.extend(prim_text(n)),
            _ => push_str(&mut out, "(anonymous)"),
        }
        if let Some(c) = ctor.filter(|&c| c != "Function") {
            push_str(&mut out, &format!(" [{c}]"));
        }
        if ctor.is_some() {
            let parent = internal_methods::proto_of(v);
            if let Some(n) = data(parent, r.keys.name).filter(|&n| truthy(n)) {
                push_str(&mut out, " extends ");
                out.extend(prim_text(n));
            }
        } else {
            push_str(&mut out, " extends [null prototype]");
        }
        out.push(b']' as u16);
        return out;
    }
    let generator = function::has_flag(v, crate::abi::layout::FN_GENERATOR);
    let kind = match (
        function::has_flag(v, crate::abi::layout::FN_ASYNC),
        generator,
    ) {
        (true, true) => "AsyncGeneratorFunction",
        (true, false) => "AsyncFunction",
        (false, true) => "GeneratorFunction",
        (false, false) => "Function",
    };
    let mut out = u(&format!("[{kind}"));
    if ctor.is_none() {
        push_str(&mut out, " (null prototype)");
    }
    match data(v, r.keys.name) {
        Some(n) if !(n.is_string() && string::len(n) == 0) => {
            push_str(&mut out, ": ");
            out.extend(prim_text(n));
        }
        _ => push_str(&mut out, " (anonymous)"),
    }
    out.push(b']' as u16);
    if let Some(c) = ctor.filter(|&c| c != kind) {
        push_str(&mut out, &format!(" {c}"));
    }
    out
}

/// The `stack` of an error as Node reads it, or `name: message` if it is falsy.
fn stack_string(e: Value) -> Vec<u16> {
    let keys = &realm::get().keys;
    match data(e, keys.stack) {
        Some(s) if truthy(s) => prim_text(s),
        _ => {
            let name = data(e, keys.name)
                .filter(|n| !n.is_undefined())
                .map_or(u("Error"), prim_text);
            let msg = data(e, keys.message)
                .filter(|n| !n.is_undefined())
                .map_or(Vec::new(), prim_text);
            error::header_text(&name, &msg)
        }
    }
}

/// Node's `formatError`: the stack, adjusted to name the class, bracketed if
/// it has no frames and indented to the current level.
fn format_error(cx: &Ctx, e: Value, ctor: &Option<String>, keys: &mut Vec<Key>) -> Vec<u16> {
    let r = realm::get();
    let name = data(e, r.keys.name)
        .filter(|n| !n.is_nullish())
        .map_or(u("Error"), prim_text);
    let mut stack = stack_string(e);
    if !cx.hidden {
        for k in [r.keys.name, r.keys.message, r.keys.stack] {
            if let Some(i) = keys.iter().position(|&x| x == Key::Named(k)) {
                let text = data(e, k).map_or(u("undefined"), prim_text);
                if contains(&stack, &text) {
                    keys.remove(i);
                }
            }
        }
    }
    let cause = Key::Named(r.keys.cause);
    if internal_methods::has_property(e, cause).unwrap_or(false) && !keys.contains(&cause) {
        keys.push(cause);
    }
    // improveStack: make the first line name the actual class.
    let mut len = name.len();
    let at = |s: &[u16], i: usize| s.get(i).copied();
    let ends_error = name.ends_with(&u("Error"));
    let regular = ends_error
        && stack.starts_with(&name)
        && (stack.len() == len
            || at(&stack, len) == Some(b':' as u16)
            || at(&stack, len) == Some(b'\n' as u16));
    if ctor.is_none() || regular {
        let mut fallback = u("Error");
        if ctor.is_none() {
            let found = null_proto_error_name(&stack);
            len = found.len();
            if !found.is_empty() {
                fallback = found;
            }
        }
        let p = prefix(ctor, &String::from_utf16_lossy(&fallback), "");
        let p = u(p.trim_end_matches(' '));
        if name != p {
            let mut s = p.clone();
            if contains(&p, &name) {
                if len == 0 {
                    push_str(&mut s, ": ");
                    s.extend_from_slice(&stack);
                } else {
                    s.extend_from_slice(&stack[len.min(stack.len())..]);
                }
            } else {
                push_str(&mut s, " [");
                s.extend_from_slice(&name);
                s.push(b']' as u16);
                s.extend_from_slice(&stack[len.min(stack.len())..]);
            }
            stack = s;
        }
    }
    // Skip the message (it may contain "\n    at") when looking for the frames.
    let msg = data(e, r.keys.message)
        .filter(|&m| truthy(m))
        .map(prim_text);
    let pos = match &msg {
        Some(m) => match string::index_of(&stack, m, 0) {
            Some(i) if i > 0 => i + m.len(),
            _ => 0,
        },
        None => 0,
    };
    let mut out = match string::index_of(&stack, &u("\n    at"), pos) {
        None => {
            let mut s = u("[");
            s.extend_from_slice(&stack);
            s.push(b']' as u16);
            s
        }
        Some(start) => {
            let mut s = stack[..start].to_vec();
            for line in stack_frames(e, &stack[start + 1..]) {
                s.push(b'\n' as u16);
                s.extend_from_slice(&line);
            }
            s
        }
    };
    if cx.indent != 0 {
        let mut s = Vec::with_capacity(out.len());
        for &c in &out {
            s.push(c);
            if c == b'\n' as u16 {
                s.extend(std::iter::repeat_n(b' ' as u16, cx.indent));
            }
        }
        out = s;
    }
    out
}

/// The class name Node guesses from the stack of an error with a null prototype.
fn null_proto_error_name(stack: &[u16]) -> Vec<u16> {
    let ch = |c: u16, extra: &str| {
        c < 128 && ((c as u8).is_ascii_alphanumeric() || extra.as_bytes().contains(&(c as u8)))
    };
    if stack
        .first()
        .is_some_and(|c| (b'A' as u16..=b'Z' as u16).contains(c))
    {
        let n = 1 + stack[1..].iter().take_while(|&&c| ch(c, "_ []()-")).count();
        let rest = &stack[n..];
        let frame = rest.first() == Some(&(b'\n' as u16)) && {
            let ws = rest[1..]
                .iter()
                .take_while(|&&c| string::is_js_space(c))
                .count();
            ws > 0 && rest[1 + ws..].starts_with(&u("at"))
        };
        if n > 1 && (rest.first() == Some(&(b':' as u16)) || frame) {
            return stack[..n].to_vec();
        }
    }
    if stack.ends_with(&u("Error")) && stack.iter().all(|&c| ch(c, "_-")) {
        return stack.to_vec();
    }
    Vec::new()
}

/// The frame lines of a stack, with the run shared with the `cause`'s stack
/// replaced by `... N lines matching cause stack trace ...`.
fn stack_frames(e: Value, frames: &[u16]) -> Vec<Vec<u16>> {
    let split = |s: &[u16]| {
        s.split(|&c| c == b'\n' as u16)
            .map(<[u16]>::to_vec)
            .collect::<Vec<_>>()
    };
    let mut lines = split(frames);
    let Some(cause) = data(e, realm::get().keys.cause).filter(|&c| error::is_error(c)) else {
        return lines;
    };
    let cs = stack_string(cause);
    let Some(start) = string::index_of(&cs, &u("\n    at"), 0) else {
        return lines;
    };
    let theirs = split(&cs[start + 1..]);
    for i in 0..lines.len().saturating_sub(3) {
        let Some(pos) = theirs.iter().position(|l| *l == lines[i]) else {
            continue;
        };
        let rest = theirs.len() - pos;
        if rest <= 3 {
            continue;
        }
        let max = (lines.len() - i).min(rest);
        let mut len = 1;
        while len < max && lines[i + len] == theirs[pos + len] {
            len += 1;
        }
        if len > 3 {
            let skipped = len - 2;
            let msg = u(&format!(
                "    ... {skipped} lines matching cause stack trace ..."
            ));
            lines.splice(i + 1..i + 1 + skipped, [msg]);
            break;
        }
    }
    lines
}

/// `formatArray` (and `formatSpecialArray` for holes): the element entries.
/// The length of an array or typed array.
fn array_len(v: Value) -> usize {
    if ta::is_typed_array(v) {
        ta::view_length(v)
    } else {
        obj(v).length() as usize
    }
}

/// The entries Node shows for an ArrayBuffer (`[Uint8Contents]: <01 02>`,
/// `byteLength`) or a DataView (`byteLength`, `byteOffset`, `buffer`).
fn binary_view_entries(cx: &mut Ctx, v: Value, rt: usize) -> Vec<Vec<u16>> {
    if ta::is_buffer(v) {
        if ta::is_detached(v) {
            return vec![u("(detached)"), u("byteLength: 0")];
        }
        let bytes = ta::buffer_bytes(v);
        let shown = bytes.len().min(MAX_ARRAY);
        let mut hex: Vec<String> = bytes[..shown].iter().map(|b| format!("{b:02x}")).collect();
        let rest = bytes.len() - shown;
        if rest > 0 {
            hex.push(format!(
                "... {rest} more byte{}",
                if rest > 1 { "s" } else { "" }
            ));
        }
        return vec![
            u(&format!("[Uint8Contents]: <{}>", hex.join(" "))),
            u(&format!("byteLength: {}", bytes.len())),
        ];
    }
    cx.indent += 2;
    let mut buffer = u("buffer: ");
    buffer.extend(format_value(cx, ta::view_buffer(v), rt));
    cx.indent -= 2;
    vec![
        u(&format!("byteLength: {}", ta::view_length(v))),
        u(&format!("byteOffset: {}", ta::view_offset(v))),
        buffer,
    ]
}

fn format_array(cx: &mut Ctx, v: Value, rt: usize) -> Vec<Vec<u16>> {
    let len = array_len(v);
    let max = len.min(MAX_ARRAY);
    let mut output = Vec::new();
    let more = |n: usize| {
        u(&format!(
            "... {n} more item{}",
            if n > 1 { "s" } else { "" }
        ))
    };
    let empty = |n: usize| u(&format!("<{n} empty item{}>", if n > 1 { "s" } else { "" }));
    for i in 0..max {
        if internal_methods::get_own(v, Key::Index(i as u32)).is_none() {
            // Sparse from here on: walk the indices that exist.
            let indices = internal_methods::own_keys(v)
                .into_iter()
                .filter_map(|k| match k {
                    Key::Index(j) if j as usize > i => Some(j as usize),
                    _ => None,
                });
            let mut index = i;
            for j in indices {
                if output.len() >= max {
                    break;
                }
                if j != index {
                    output.push(empty(j - index));
                    index = j;
                    if output.len() == max {
                        break;
                    }
                }
                output.push(format_property(
                    cx,
                    v,
                    rt,
                    Key::Index(j as u32),
                    Entry::ArrayElem,
                ));
                index += 1;
            }
            let remaining = len - index;
            if output.len() != max {
                if remaining > 0 {
                    output.push(empty(remaining));
                }
            } else if remaining > 0 {
                output.push(more(remaining));
            }
            return output;
        }
        output.push(format_property(
            cx,
            v,
            rt,
            Key::Index(i as u32),
            Entry::ArrayElem,
        ));
    }
    if len > max {
        output.push(more(len - max));
    }
    output
}

/// Whether `s` is an identifier Node prints unquoted (`/^[a-zA-Z_][a-zA-Z_0-9]*$/`).
fn is_plain_key(s: &[u16]) -> bool {
    let ok = |c: u16, digits: bool| {
        c < 128
            && (c as u8 == b'_'
                || (c as u8).is_ascii_alphabetic()
                || (digits && (c as u8).is_ascii_digit()))
    };
    !s.is_empty() && ok(s[0], false) && s[1..].iter().all(|&c| ok(c, true))
}

/// `formatProperty`: `key: value` (or just the value for array elements).
fn format_property(cx: &mut Ctx, o: Value, rt: usize, k: Key, entry: Entry) -> Vec<u16> {
    let own = internal_methods::get_own(o, k);
    let (val, attrs) = own
        .or_else(|| internal_methods::lookup(o, k).map(|(_, v, a)| (v, a | ENUMERABLE)))
        .unwrap_or((Value::UNDEFINED, ENUMERABLE));
    let ns = cx
        .namespaces
        .iter()
        .find(|(t, _)| *t == o)
        .map(|&(_, p)| p)
        .filter(|_| !matches!(k, Key::Named(v) if crate::object::key::is_symbol(v)));
    let s = if let Some(p) = ns {
        // A module namespace's properties read its live bindings; one
        // still in its TDZ is `<uninitialized>`, as Node shows it.
        match internal_methods::get(p, k, p) {
            Ok(x) => {
                cx.indent += 2;
                let s = format_value(cx, x, rt);
                cx.indent -= 2;
                s
            }
            Err(_) => {
                crate::exec::exception::take();
                u("<uninitialized>")
            }
        }
    } else if attrs & ACCESSOR != 0 {
        let pair = object::accessor(val);
        u(match (pair.get.is_undefined(), pair.set.is_undefined()) {
            (false, false) => "[Getter/Setter]",
            (false, true) => "[Getter]",
            (true, false) => "[Setter]",
            (true, true) => "undefined",
        })
    } else {
        cx.indent += 2;
        let s = format_value(cx, val, rt);
        cx.indent -= 2;
        s
    };
    if entry == Entry::ArrayElem {
        return s;
    }
    let mut name = Vec::new();
    match k {
        Key::Named(sym) if key::is_symbol(sym) => {
            name.push(b'[' as u16);
            push_escaped(&mut name, &symbol_text(sym), true);
            name.push(b']' as u16);
        }
        _ => {
            let text = match k {
                Key::Index(i) => u(&i.to_string()),
                Key::Named(n) => string::units(n).to_vec(),
            };
            if text == u("__proto__") {
                push_str(&mut name, "['__proto__']");
            } else if attrs & ENUMERABLE == 0 {
                name.push(b'[' as u16);
                push_escaped(&mut name, &text, true);
                name.push(b']' as u16);
            } else if is_plain_key(&text) {
                name = text;
            } else {
                push_quoted(&mut name, &text);
            }
        }
    }
    push_str(&mut name, ": ");
    name.extend(s);
    name
}

/// `reduceToSingleString`: one line if short enough, else one entry per line
/// (arrays of more than six entries grouped into columns first).
#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    cx: &Ctx,
    mut output: Vec<Vec<u16>>,
    base: &[u16],
    open: &[u16],
    close: &[u16],
    is_array: bool,
    rt: usize,
    v: Value,
) -> Vec<u16> {
    let entries = output.len();
    if is_array && entries > 6 {
        output = group_array_elements(cx, output, v);
    }
    let mut out = base.to_vec();
    if !base.is_empty() {
        out.push(b' ' as u16);
    }
    out.extend_from_slice(open);
    if cx.current_depth.saturating_sub(rt) < COMPACT && entries == output.len() {
        let start = output.len() + cx.indent + open.len() + base.len() + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(&[b',' as u16, b' ' as u16][..]);
            if !joined.contains(&(b'\n' as u16)) {
                out.push(b' ' as u16);
                out.extend(joined);
                out.push(b' ' as u16);
                out.extend_from_slice(close);
                return out;
            }
        }
    }
    let nl = u(&format!("\n{}", " ".repeat(cx.indent)));
    let mut sep = vec![b',' as u16];
    sep.extend_from_slice(&nl);
    push_str(&mut sep, "  ");
    out.extend_from_slice(&nl);
    push_str(&mut out, "  ");
    out.extend(output.join(&sep[..]));
    out.extend_from_slice(&nl);
    out.extend_from_slice(close);
    out
}

fn is_below_break_length(output: &[Vec<u16>], start: usize, base: &[u16]) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for e in output {
        total += e.len();
        if total > BREAK_LENGTH {
            return false;
        }
    }
    !base.contains(&(b'\n' as u16))
}

/// `groupArrayElements`: lays short entries out in aligned columns (numbers
/// right-aligned, anything else left-aligned).
fn group_array_elements(cx: &Ctx, output: Vec<Vec<u16>>, v: Value) -> Vec<Vec<u16>> {
    let mut out_len = output.len();
    if MAX_ARRAY < output.len() {
        out_len -= 1; // the "... more items" entry
    }
    const SEP: usize = 2;
    let lens: Vec<usize> = output[..out_len].iter().map(Vec::len).collect();
    let total: usize = lens.iter().map(|l| l + SEP).sum();
    let max_len = lens.iter().copied().max().unwrap_or(0);
    let actual_max = max_len + SEP;
    if actual_max * 3 + cx.indent >= BREAK_LENGTH
        || (total as f64 / actual_max as f64 <= 5.0 && max_len > 6)
    {
        return output;
    }
    let average_bias = (actual_max as f64 - total as f64 / output.len() as f64).sqrt();
    let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
    let columns = ((2.5 * biased_max * out_len as f64).sqrt() / biased_max)
        .round()
        .min((BREAK_LENGTH.saturating_sub(cx.indent) / actual_max) as f64)
        .min((COMPACT * 4) as f64)
        .min(15.0) as usize;
    if columns <= 1 {
        return output;
    }
    let max_line: Vec<usize> = (0..columns)
        .map(|i| {
            lens.iter()
                .skip(i)
                .step_by(columns)
                .copied()
                .max()
                .unwrap_or(0)
                + SEP
        })
        .collect();
    let numeric = (0..output.len()).all(|i| {
        internal_methods::get_own(v, Key::Index(i as u32))
            .is_some_and(|(x, a)| a & ACCESSOR == 0 && x.is_number())
    });
    let pad = |out: &mut Vec<u16>, n: usize| out.extend(std::iter::repeat_n(b' ' as u16, n));
    let mut rows = Vec::new();
    for i in (0..out_len).step_by(columns) {
        let end = (i + columns).min(out_len);
        let mut row = Vec::new();
        for j in i..end {
            let width = max_line[j - i] - if j + 1 == end { SEP } else { 0 };
            let cell_len = lens[j] + if j + 1 == end { 0 } else { SEP };
            if numeric {
                pad(&mut row, width.saturating_sub(cell_len));
            }
            row.extend_from_slice(&output[j]);
            if j + 1 != end {
                push_str(&mut row, ", ");
                if !numeric {
                    pad(&mut row, width.saturating_sub(cell_len));
                }
            }
        }
        rows.push(row);
    }
    if MAX_ARRAY < output.len() {
        rows.push(output[out_len].clone());
    }
    rows
}

/// `util.inspect(v)` with Node's defaults (strings are quoted).
pub fn push_inspect(out: &mut Vec<u16>, v: Value) {
    out.extend(format_value(&mut Ctx::new(DEPTH, false), v, 0));
}

/// `util.inspect(v, { depth, showHidden })`.
pub fn push_inspect_with(out: &mut Vec<u16>, v: Value, depth: usize, hidden: bool) {
    out.extend(format_value(&mut Ctx::new(depth, hidden), v, 0));
}

/// A `console.log` argument that is not a format string: strings verbatim,
/// anything else inspected.
fn push_inspect_top(out: &mut Vec<u16>, v: Value) {
    if v.is_string() {
        out.extend_from_slice(string::units(v));
    } else {
        push_inspect(out, v);
    }
}

/// Node's `hasBuiltInToString`: whether `%s` inspects the object rather than
/// calling its `toString` (own or defined by a user class).
fn has_builtin_to_string(v: Value) -> bool {
    let r = realm::get();
    let ts = Key::Named(r.keys.to_string);
    match internal_methods::lookup(v, ts) {
        Some((holder, f, a)) if a & ACCESSOR != 0 || function::is_function(f) => {
            if holder == v {
                return false;
            }
            match internal_methods::get_own(holder, Key::Named(r.keys.constructor)) {
                Some((c, a)) if a & ACCESSOR == 0 && function::is_function(c) => {
                    function::has_flag(c, function::FN_NATIVE)
                }
                _ => false,
            }
        }
        _ => true,
    }
}

/// `%j`: JSON.stringify, with `undefined` for unserialisable values.
fn push_json(out: &mut Vec<u16>, v: Value) {
    // Node's `%j`: `JSON.stringify`, `'[Circular]'` for a cycle, and
    // `undefined` where JSON has no text.
    match crate::builtins::json::stringify_value(v) {
        Ok(s) if s.is_string() => out.extend_from_slice(string::units(s)),
        Ok(_) => push_str(out, "undefined"),
        Err(_) => {
            let e = crate::exec::exception::take();
            let circular = error::is_error(e)
                && internal_methods::get_value(e, crate::object::key::from_str("message"))
                    .ok()
                    .filter(|m| m.is_string())
                    .is_some_and(|m| {
                        string::to_rust(m).starts_with("Converting circular structure")
                    });
            // Node rethrows other errors; `format` cannot throw here, so
            // the value shows as `undefined`.
            push_str(out, if circular { "[Circular]" } else { "undefined" });
        }
    }
}

/// Appends ToString(v) (never throws; see `conv::display_string`).
fn push_to_string(out: &mut Vec<u16>, v: Value) {
    match conv::to_string(v) {
        Ok(s) => out.extend_from_slice(string::units(s)),
        Err(_) => {
            crate::exec::exception::take();
        }
    }
}

/// Whether `%c` consumes an argument.
fn is_directive(c: u8) -> bool {
    matches!(c, b's' | b'd' | b'i' | b'f' | b'j' | b'o' | b'O' | b'c')
}

/// Handles one `%x` directive consuming `v` (`x` must satisfy [`is_directive`]).
fn directive(out: &mut Vec<u16>, c: u8, v: Value) {
    if crate::exec::bigint::is_bigint(v) && matches!(c, b's' | b'd' | b'i') {
        // Node prints a BigInt with its `n` for these.
        push_str(out, &crate::exec::bigint::to_string_radix(v, 10));
        out.push(b'n' as u16);
        return;
    }
    match c {
        b's' => {
            if v.is_number() {
                push_number(out, v.as_number());
            } else if key::is_symbol(v) {
                out.extend(symbol_text(v));
            } else if v.is_object() && !function::is_function(v) && has_builtin_to_string(v) {
                push_inspect_with(out, v, 0, false);
            } else {
                push_to_string(out, v);
            }
        }
        b'd' => {
            let x = conv::to_number(v).unwrap_or_else(|_| {
                crate::exec::exception::take();
                f64::NAN
            });
            push_number(out, x);
        }
        b'i' | b'f' => {
            let mut s = Vec::new();
            push_to_string(&mut s, v);
            let x = if c == b'i' {
                number_parse::parse_int(&s, 0)
            } else {
                number_parse::parse_float(&s)
            };
            push_number(out, x);
        }
        b'j' => push_json(out, v),
        b'o' => {
            let mut cx = Ctx::new(4, true);
            cx.show_proxy = true;
            out.extend(format_value(&mut cx, v, 0));
        }
        b'O' => push_inspect(out, v),
        _ => {} // %c consumes its argument and prints nothing
    }
}

/// Node's `formatWithOptions(args)`: the line `console.log(...args)` prints,
/// without the trailing newline.
pub fn format_line(out: &mut Vec<u16>, args: &[Value]) {
    let mut a = 0;
    let mut join = false;
    if let Some(&first) = args.first() {
        if first.is_string() {
            let f = string::units(first);
            if args.len() == 1 {
                out.extend_from_slice(f);
                return;
            }
            let mut last = 0;
            let mut i = 0;
            while i + 1 < f.len() {
                if f[i] == b'%' as u16 {
                    i += 1;
                    let next = f[i];
                    if a + 1 != args.len() {
                        if next == b'%' as u16 {
                            out.extend_from_slice(&f[last..i]);
                            last = i + 1;
                        } else if next < 128 && is_directive(next as u8) {
                            out.extend_from_slice(&f[last..i - 1]);
                            a += 1;
                            directive(out, next as u8, args[a]);
                            last = i + 1;
                        }
                    } else if next == b'%' as u16 {
                        out.extend_from_slice(&f[last..i]);
                        last = i + 1;
                    }
                }
                i += 1;
            }
            if last != 0 {
                a += 1;
                join = true;
                if last < f.len() {
                    out.extend_from_slice(&f[last..]);
                }
            }
        }
    }
    while a < args.len() {
        if join {
            out.push(b' ' as u16);
        }
        push_inspect_top(out, args[a]);
        join = true;
        a += 1;
    }
}

#[cfg(test)]
#[path = "inspect_tests.rs"]
mod tests;
