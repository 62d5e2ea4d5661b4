//! `JSON.stringify` and `JSON.parse`, with V8's output and error messages.

use crate::abi::value::Value;
use crate::builtins::array;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, CONFIGURABLE, WRITABLE};
use crate::text::string;

fn u(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// QuoteJSONString.
fn quote(out: &mut Vec<u16>, s: &[u16]) {
    out.push(b'"' as u16);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            0x22 => out.extend(u("\\\"")),
            0x5C => out.extend(u("\\\\")),
            0x08 => out.extend(u("\\b")),
            0x0C => out.extend(u("\\f")),
            0x0A => out.extend(u("\\n")),
            0x0D => out.extend(u("\\r")),
            0x09 => out.extend(u("\\t")),
            c if c < 0x20 => out.extend(u(&format!("\\u{c:04x}"))),
            0xD800..=0xDBFF if s.get(i + 1).is_some_and(|l| (0xDC00..0xE000).contains(l)) => {
                out.push(c);
                out.push(s[i + 1]);
                i += 1;
            }
            0xD800..=0xDFFF => out.extend(u(&format!("\\u{c:04x}"))),
            c => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

struct Stringifier {
    replacer: Option<Value>,
    keys: Option<Vec<Value>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialised, with the key that led to each.
    stack: Vec<(Value, Option<Key>)>,
    /// The same objects, for a cycle test in constant time (deep data must
    /// not make `stringify` quadratic).
    on_stack: std::collections::HashSet<u64>,
}

fn ctor_name(o: Value) -> String {
    internal_methods::constructor_name(o).unwrap_or_else(|| "Object".to_owned())
}

fn key_text(k: &Key, parent: Value) -> String {
    match k {
        Key::Index(i) if object::is_array(parent) => format!("index {i}"),
        k => format!("property '{}'", k.display()),
    }
}

impl Stringifier {
    fn circular(&self, o: Value, key: Key) -> exception::Exc {
        let start = self.stack.iter().position(|(v, _)| *v == o).unwrap_or(0);
        let mut msg = format!(
            "Converting circular structure to JSON\n    --> starting at object with constructor '{}'",
            ctor_name(o)
        );
        for w in start + 1..self.stack.len() {
            let (v, k) = &self.stack[w];
            let parent = self.stack[w - 1].0;
            if let Some(k) = k {
                msg.push_str(&format!(
                    "\n    |     {} -> object with constructor '{}'",
                    key_text(k, parent),
                    ctor_name(*v)
                ));
            }
        }
        let parent = self.stack.last().map_or(o, |(v, _)| *v);
        msg.push_str(&format!(
            "\n    --- {} closes the circle",
            key_text(&key, parent)
        ));
        exception::throw_type_error(&msg)
    }

    /// SerializeJSONProperty: appends the text of `holder[key]`; false if it
    /// has none (undefined, functions, symbols).
    fn property(&mut self, out: &mut Vec<u16>, holder: Value, key: Key) -> JsResult<bool> {
        let mut v = internal_methods::get_value(holder, key)?;
        if v.is_object() || crate::exec::bigint::is_bigint(v) {
            let o = if v.is_object() {
                v
            } else {
                crate::exec::realm::get().bigint_prototype
            };
            let to_json = internal_methods::get(o, key::from_str("toJSON"), v)?;
            if function::is_function(to_json) {
                v = function::call(to_json, v, &[key.to_value()])?;
            }
        }
        if let Some(r) = self.replacer {
            v = function::call(r, holder, &[key.to_value(), v])?;
        }
        if let Some(p) = object::primitive_value(v) {
            v = if p.is_number() {
                Value::number(conv::to_number(v)?)
            } else if p.is_string() {
                conv::to_string(v)?
            } else {
                p
            };
        }
        if crate::exec::bigint::is_bigint(v) {
            return Err(exception::throw_type_error(
                "Do not know how to serialize a BigInt",
            ));
        }
        if v.is_null() {
            out.extend(u("null"));
        } else if v.is_bool() {
            out.extend(u(if v.as_bool() { "true" } else { "false" }));
        } else if v.is_string() {
            quote(out, string::units(v));
        } else if v.is_number() {
            let x = v.as_number();
            if x.is_finite() {
                out.extend(string::units(conv::to_string(v)?));
            } else {
                out.extend(u("null"));
            }
        } else if v.is_object() && !function::is_function(v) {
            if self.on_stack.contains(&v.0) {
                return Err(self.circular(v, key));
            }
            exception::check_stack()?;
            self.stack.push((v, Some(key)));
            self.on_stack.insert(v.0);
            let r = if crate::object::proxy::is_array(v)? {
                self.array(out, v)
            } else {
                self.object(out, v)
            };
            self.stack.pop();
            self.on_stack.remove(&v.0);
            r?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn open(&mut self) -> Vec<u16> {
        let stepback = self.indent.clone();
        self.indent.extend_from_slice(&self.gap);
        stepback
    }

    fn separator(&self, out: &mut Vec<u16>, first: bool) {
        if !first {
            out.push(b',' as u16);
        }
        if !self.gap.is_empty() {
            out.push(b'\n' as u16);
            out.extend_from_slice(&self.indent);
        }
    }

    fn close(&mut self, out: &mut Vec<u16>, stepback: Vec<u16>, any: bool, c: u8) {
        if any && !self.gap.is_empty() {
            out.push(b'\n' as u16);
            out.extend_from_slice(&stepback);
        }
        out.push(c as u16);
        self.indent = stepback;
    }

    fn object(&mut self, out: &mut Vec<u16>, o: Value) -> JsResult<()> {
        let stepback = self.open();
        // A proxy's keys stay rooted in `trapped` while its traps run; an
        // ordinary object's are held by its shape (and cost no heap cell).
        let trapped;
        let keys: Vec<Key> = match &self.keys {
            Some(list) => list.iter().map(|k| key::from_string(*k)).collect(),
            None if crate::object::proxy::is_proxy(o) => {
                trapped = internal_methods::enumerable_own_string_keys(o)?;
                trapped.to_vec()
            }
            None => internal_methods::own_enumerable_string_keys(o),
        };
        out.push(b'{' as u16);
        let mut any = false;
        for k in keys {
            let mark = out.len();
            self.separator(out, !any);
            quote(out, string::units(k.to_value()));
            out.push(b':' as u16);
            if !self.gap.is_empty() {
                out.push(b' ' as u16);
            }
            if self.property(out, o, k)? {
                any = true;
            } else {
                out.truncate(mark);
            }
        }
        self.close(out, stepback, any, b'}');
        Ok(())
    }

    fn array(&mut self, out: &mut Vec<u16>, a: Value) -> JsResult<()> {
        let stepback = self.open();
        let n = array::length_of(a)?;
        out.push(b'[' as u16);
        for i in 0..n {
            self.separator(out, i == 0);
            if !self.property(out, a, Key::Index(i as u32))? {
                out.extend(u("null"));
            }
        }
        self.close(out, stepback, n > 0, b']');
        Ok(())
    }
}

/// `JSON.stringify(v)` (no replacer, no indentation), for `%j`.
pub fn stringify_value(v: Value) -> JsResult<Value> {
    stringify(Value::UNDEFINED, &[v], Value::UNDEFINED, Value::UNDEFINED)
}

fn stringify(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let value = arg(args, 0);
    let replacer = arg(args, 1);
    let mut s = Stringifier {
        replacer: None,
        keys: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        on_stack: std::collections::HashSet::new(),
    };
    if function::is_function(replacer) {
        s.replacer = Some(replacer);
    } else if crate::object::proxy::is_array(replacer)? {
        let mut list: Vec<Value> = Vec::new();
        for v in array::list_from_array_like(replacer)? {
            let v = object::primitive_value(v).unwrap_or(v);
            if v.is_string() || v.is_number() {
                let k = key::intern(conv::to_string(v)?);
                if !list.contains(&k) {
                    list.push(k);
                }
            }
        }
        s.keys = Some(list);
    }
    let space = arg(args, 2);
    let space = object::primitive_value(space).unwrap_or(space);
    if space.is_number() {
        let n = conv::to_integer_or_infinity(space.as_number()).clamp(0.0, 10.0) as usize;
        s.gap = vec![b' ' as u16; n];
    } else if space.is_string() {
        s.gap = string::units(space).iter().take(10).copied().collect();
    }
    let wrapper = realm::new_plain_object();
    internal_methods::create_data_property(wrapper, key::from_str(""), value)?;
    let mut out = Vec::new();
    if s.property(&mut out, wrapper, key::from_str(""))? {
        Ok(string::from_units(&out))
    } else {
        Ok(Value::UNDEFINED)
    }
}

/// An array or object being parsed, by where its values start on the
/// parser's value stack (a [`GcVec`], so that the collector sees them): an
/// array's elements so far, or an object and the name of the member whose
/// value comes next (two slots).
enum Open {
    Array(usize),
    Object(usize),
}

struct Parser<'s> {
    s: &'s [u16],
    pos: usize,
}

impl Parser<'_> {
    fn error<T>(&self, msg: String) -> JsResult<T> {
        Err(exception::throw_error(
            crate::exec::error::ErrorKind::SyntaxError,
            &msg,
        ))
    }

    /// V8's message for an unexpected character at the current position.
    fn unexpected<T>(&self) -> JsResult<T> {
        let Some(&c) = self.s.get(self.pos) else {
            return self.error("Unexpected end of JSON input".to_owned());
        };
        let ch = String::from_utf16_lossy(&[c]);
        let text = String::from_utf16_lossy(self.s);
        let context = if self.s.len() <= 40 {
            format!("\"{text}\"")
        } else {
            let from = self.pos.saturating_sub(10);
            let to = (self.pos + 10).min(self.s.len());
            let mid = String::from_utf16_lossy(&self.s[from..to]);
            let pre = if from > 0 { "..." } else { "" };
            let post = if to < self.s.len() { "..." } else { "" };
            format!("{pre}\"{mid}\"{post}")
        };
        self.error(format!(
            "Unexpected token '{ch}', {context} is not valid JSON"
        ))
    }

    fn expected<T>(&self, what: &str) -> JsResult<T> {
        self.error(format!("{what} in JSON at position {}", self.pos))
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(&(0x20 | 0x09 | 0x0A | 0x0D))) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u16> {
        self.s.get(self.pos).copied()
    }

    /// A JSON value. Iterative: the arrays and objects being built are an
    /// explicit stack (a text of 10^6 nested `[` parses, as in Node).
    fn value(&mut self) -> JsResult<Value> {
        let mut open: Vec<Open> = Vec::new();
        let mut stack: GcVec<Value> = GcVec::new();
        'value: loop {
            self.ws();
            let mut v = match self.peek() {
                Some(0x5B) => {
                    self.pos += 1;
                    self.ws();
                    if self.peek() == Some(b']' as u16) {
                        self.pos += 1;
                        realm::new_array(&[])
                    } else {
                        open.push(Open::Array(stack.len()));
                        continue 'value;
                    }
                }
                Some(0x7B) => {
                    self.pos += 1;
                    let o = realm::new_plain_object();
                    self.ws();
                    if self.peek() == Some(b'}' as u16) {
                        self.pos += 1;
                        o
                    } else {
                        stack.push(o);
                        let k = self.member_name()?;
                        open.push(Open::Object(stack.len() - 1));
                        stack.push(k);
                        continue 'value;
                    }
                }
                _ => self.scalar()?,
            };
            // Add `v` to the innermost open container; close those that end.
            loop {
                match open.last() {
                    None => return Ok(v),
                    Some(&Open::Array(start)) => {
                        stack.push(v);
                        self.ws();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(0x5D) => {
                                self.pos += 1;
                                v = realm::new_array(&stack[start..]);
                                stack.truncate(start);
                                open.pop();
                            }
                            _ => return self.expected("Expected ',' or ']' after array element"),
                        }
                    }
                    Some(&Open::Object(at)) => {
                        let (o, k) = (stack[at], stack[at + 1]);
                        internal_methods::create_data_property(o, key::from_string(k), v)?;
                        self.ws();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                let next = self.member_name()?;
                                stack.set(at + 1, next);
                                continue 'value;
                            }
                            Some(0x7D) => {
                                self.pos += 1;
                                v = o;
                                stack.truncate(at);
                                open.pop();
                            }
                            _ => return self.expected("Expected ',' or '}' after property value"),
                        }
                    }
                }
            }
        }
    }

    /// A property name and its `:`.
    fn member_name(&mut self) -> JsResult<Value> {
        self.ws();
        if self.peek() != Some(b'"' as u16) {
            return self.expected("Expected property name or '}'");
        }
        let k = self.string()?;
        self.ws();
        if self.peek() != Some(b':' as u16) {
            return self.expected("Expected ':' after property name");
        }
        self.pos += 1;
        Ok(k)
    }

    /// A string, number, `true`, `false` or `null`.
    fn scalar(&mut self) -> JsResult<Value> {
        match self.peek() {
            Some(0x22) => self.string(),
            Some(c) if c == b'-' as u16 || (b'0' as u16..=b'9' as u16).contains(&c) => {
                self.number()
            }
            Some(_) => {
                for (word, v) in [
                    ("true", Value::TRUE),
                    ("false", Value::FALSE),
                    ("null", Value::NULL),
                ] {
                    let w = u(word);
                    let avail = &self.s[self.pos..];
                    let common = w.iter().zip(avail).take_while(|(a, b)| a == b).count();
                    if common == w.len() {
                        self.pos += w.len();
                        return Ok(v);
                    }
                    if common > 0 {
                        self.pos += common;
                        return self.unexpected();
                    }
                }
                self.unexpected()
            }
            None => self.unexpected(),
        }
    }

    fn number(&mut self) -> JsResult<Value> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while p
                .peek()
                .is_some_and(|c| (b'0' as u16..=b'9' as u16).contains(&c))
            {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-' as u16) {
            self.pos += 1;
            if !self
                .peek()
                .is_some_and(|c| (b'0' as u16..=b'9' as u16).contains(&c))
            {
                return self.expected("No number after minus sign");
            }
        }
        if self.peek() == Some(b'0' as u16) {
            self.pos += 1;
        } else {
            digits(self);
        }
        if self.peek() == Some(b'.' as u16) {
            self.pos += 1;
            if !digits(self) {
                return self.expected("Unterminated fractional number");
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !digits(self) {
                return self.expected("Exponent part is missing a number");
            }
        }
        Ok(Value::number(crate::text::number_parse::string_to_number(
            &self.s[start..self.pos],
        )))
    }

    fn string(&mut self) -> JsResult<Value> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return self.error(format!(
                    "Unterminated string in JSON at position {}",
                    self.pos
                ));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(string::from_units(&out));
                }
                0x5C => {
                    self.pos += 1;
                    let e = self.peek();
                    let simple = match e {
                        Some(0x22) => Some(0x22),
                        Some(0x5C) => Some(0x5C),
                        Some(0x2F) => Some(0x2F),
                        Some(0x62) => Some(0x08),
                        Some(0x66) => Some(0x0C),
                        Some(0x6E) => Some(0x0A),
                        Some(0x72) => Some(0x0D),
                        Some(0x74) => Some(0x09),
                        _ => None,
                    };
                    if let Some(x) = simple {
                        out.push(x);
                        self.pos += 1;
                    } else if e == Some(0x75) {
                        let hex = self.s.get(self.pos + 1..self.pos + 5);
                        let v = hex.and_then(|h| {
                            u16::from_str_radix(&String::from_utf16_lossy(h), 16).ok()
                        });
                        match v {
                            Some(v) => {
                                out.push(v);
                                self.pos += 5;
                            }
                            None => {
                                // At the first character that is not a hex digit.
                                let mut at = self.pos + 1;
                                while at < self.pos + 5
                                    && self.s.get(at).is_some_and(|&c| {
                                        c < 128 && (c as u8 as char).is_ascii_hexdigit()
                                    })
                                {
                                    at += 1;
                                }
                                return self
                                    .error(format!("Bad Unicode escape in JSON at position {at}"));
                            }
                        }
                    } else {
                        return self.error(format!(
                            "Bad escaped character in JSON at position {}",
                            self.pos
                        ));
                    }
                }
                c if c < 0x20 => {
                    return self.error(format!(
                        "Bad control character in string literal in JSON at position {}",
                        self.pos
                    ))
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }
}

/// InternalizeJSONProperty: the reviver walk.
fn internalize(holder: Value, k: Key, reviver: Value) -> JsResult<Value> {
    let v = internal_methods::get(holder, k, holder)?;
    if v.is_object() {
        exception::check_stack()?;
        let trapped;
        let keys: Vec<Key> = if crate::object::proxy::is_array(v)? {
            (0..array::length_of(v)?)
                .map(|i| Key::Index(i as u32))
                .collect()
        } else if crate::object::proxy::is_proxy(v) {
            trapped = internal_methods::enumerable_own_string_keys(v)?;
            trapped.to_vec()
        } else {
            internal_methods::own_enumerable_string_keys(v)
        };
        for nk in keys {
            let nv = internalize(v, nk, reviver)?;
            if nv.is_undefined() {
                internal_methods::delete(v, nk, false)?;
            } else {
                internal_methods::create_data_property(v, nk, nv)?;
            }
        }
    }
    function::call(reviver, holder, &[k.to_value(), v])
}

fn parse(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let text = conv::to_string(arg(args, 0))?;
    let mut p = Parser {
        s: string::units(text),
        pos: 0,
    };
    let v = p.value()?;
    p.ws();
    if p.pos < p.s.len() {
        return p.error(format!(
            "Unexpected non-whitespace character after JSON at position {}",
            p.pos
        ));
    }
    let reviver = arg(args, 1);
    if function::is_function(reviver) {
        let root = realm::new_plain_object();
        internal_methods::create_data_property(root, key::from_str(""), v)?;
        return internalize(root, key::from_str(""), reviver);
    }
    Ok(v)
}

pub fn install(r: &Realm) {
    let json = realm::new_plain_object();
    realm::method(json, "stringify", 3, stringify);
    realm::method(json, "parse", 2, parse);
    realm::define(r.global, "JSON", json, WRITABLE | CONFIGURABLE);
    realm::set_builtin_tag(json, "JSON");
}
