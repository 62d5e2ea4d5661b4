//! The primitive wrappers' prototypes (`String.prototype`, `Number.prototype`,
//! `Boolean.prototype`), the global functions and namespaces (`Math`,
//! `console`, `process`, `parseInt`, ...) as function objects.
//!
//! The compiler calls the global functions directly by id (`global::Global`)
//! when it sees them at a call site; the function objects installed here are
//! what the same names evaluate to as values.

use crate::abi::value::Value;
use crate::builtins::global::{self, Global, GLOBAL_CONSTANTS, GLOBAL_FUNCTIONS};
use crate::builtins::string_methods::{self, arg};
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function::{self, FN_CONSTRUCTOR};
use crate::object::key::intern_str;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::text::number_format;
use crate::text::string;

/// `String.prototype` methods and their `length`s.
const STRING_METHODS: &[(&str, u32)] = &[
    ("charAt", 1),
    ("charCodeAt", 1),
    ("codePointAt", 1),
    ("at", 1),
    ("indexOf", 1),
    ("lastIndexOf", 1),
    ("includes", 1),
    ("startsWith", 1),
    ("endsWith", 1),
    ("slice", 2),
    ("substring", 2),
    ("substr", 2),
    ("toUpperCase", 0),
    ("toLocaleUpperCase", 0),
    ("toLowerCase", 0),
    ("toLocaleLowerCase", 0),
    ("trim", 0),
    ("trimStart", 0),
    ("trimLeft", 0),
    ("trimEnd", 0),
    ("trimRight", 0),
    ("repeat", 1),
    ("padStart", 1),
    ("padEnd", 1),
    ("concat", 1),
    ("replace", 2),
    ("replaceAll", 2),
    ("normalize", 0),
    ("isWellFormed", 0),
    ("toWellFormed", 0),
    ("localeCompare", 1),
    ("toString", 0),
    ("valueOf", 0),
];

/// `String.prototype.split(separator, limit)` (string separators; RegExp
/// comes with RegExp).
fn split(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(exception::throw_type_error(
            "String.prototype.split called on null or undefined",
        ));
    }
    let this = crate::object::ordinary::primitive_value(this).unwrap_or(this);
    let s = conv::to_string(this)?;
    let limit = match arg(args, 1) {
        v if v.is_undefined() => u32::MAX,
        v => conv::to_uint32(conv::to_number(v)?),
    };
    let sep = arg(args, 0);
    let units = string::units(s);
    if sep.is_undefined() {
        let parts = if limit == 0 { vec![] } else { vec![s] };
        return Ok(crate::exec::realm::new_array(&parts));
    }
    let sep = string::units(conv::to_string(sep)?);
    let mut parts = Vec::new();
    if limit == 0 {
        return Ok(crate::exec::realm::new_array(&parts));
    }
    if sep.is_empty() {
        for &c in units.iter().take(limit as usize) {
            parts.push(string::from_unit(c));
        }
        return Ok(crate::exec::realm::new_array(&parts));
    }
    let mut start = 0;
    while let Some(i) = string::index_of(units, sep, start) {
        parts.push(string::from_units(&units[start..i]));
        if parts.len() as u32 >= limit {
            return Ok(crate::exec::realm::new_array(&parts));
        }
        start = i + sep.len();
    }
    parts.push(string::from_units(&units[start..]));
    Ok(crate::exec::realm::new_array(&parts))
}

/// `String.fromCharCode(...codes)`.
fn from_char_code(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        out.push(conv::to_uint32(conv::to_number(*a)?) as u16);
    }
    Ok(string::from_units(&out))
}

/// `String.fromCodePoint(...points)`.
fn from_code_point(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        let n = conv::to_number(*a)?;
        if n != n.trunc() || !(0.0..=1114111.0).contains(&n) {
            return Err(exception::throw_range_error(&format!(
                "Invalid code point {}",
                conv::display_string(*a)
            )));
        }
        let c = n as u32;
        if c >= 0x10000 {
            let c = c - 0x10000;
            out.push(0xD800 + (c >> 10) as u16);
            out.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            out.push(c as u16);
        }
    }
    Ok(string::from_units(&out))
}

/// A builtin method's (ASCII) name, decoded without allocating.
struct MethodName {
    buf: [u8; 32],
    len: usize,
}

impl std::ops::Deref for MethodName {
    type Target = str;
    fn deref(&self) -> &str {
        // SAFETY: `method_name` stores ASCII bytes only.
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }
}

impl PartialEq<&str> for MethodName {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl std::fmt::Display for MethodName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// The method's name, kept in its `data` field.
fn method_name(callee: Value) -> MethodName {
    let units = string::units(function::fun(callee).data);
    let mut m = MethodName {
        buf: [0; 32],
        len: units.len().min(32),
    };
    for (b, &u) in m.buf.iter_mut().zip(units) {
        *b = if u < 128 { u as u8 } else { b'?' };
    }
    m
}

fn string_method(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let name = method_name(callee);
    let this = match crate::object::ordinary::primitive_value(this) {
        Some(p) if p.is_string() => p,
        _ => this,
    };
    if this.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    if (name == "toString" || name == "valueOf") && !this.is_string() {
        return Err(exception::throw_type_error(&format!(
            "String.prototype.{name} requires that 'this' be a String"
        )));
    }
    let s = conv::to_string(this)?;
    string_methods::call(s, &name, args).unwrap_or(Ok(Value::UNDEFINED))
}

fn radix_arg(v: Value) -> JsResult<u32> {
    if v.is_undefined() {
        return Ok(10);
    }
    let r = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(2.0..=36.0).contains(&r) {
        return Err(exception::throw_range_error(
            "toString() radix argument must be between 2 and 36",
        ));
    }
    Ok(r as u32)
}

fn digits_arg(v: Value, min: f64, what: &str) -> JsResult<f64> {
    let d = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(min..=100.0).contains(&d) {
        return Err(exception::throw_range_error(&format!(
            "{what} argument must be between {min} and 100"
        )));
    }
    Ok(d)
}

/// `Number.prototype[name]` on the number `x`.
pub fn number_method(x: f64, name: &str, args: &[Value]) -> JsResult<Value> {
    let text = |s: String| Ok(string::from_str(&s));
    match name {
        "toString" => {
            radix_arg(arg(args, 0)).and_then(|r| text(number_format::to_radix_string(x, r)))
        }
        "toLocaleString" => text(number_format::to_locale_string(x)),
        "toFixed" => digits_arg(arg(args, 0), 0.0, "toFixed() digits")
            .and_then(|d| text(number_format::to_fixed(x, d as u32))),
        "toPrecision" => {
            if arg(args, 0).is_undefined() {
                return text(number_format::to_rust_string(x));
            }
            let p = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
            if !x.is_finite() {
                return text(number_format::to_rust_string(x));
            }
            if !(1.0..=100.0).contains(&p) {
                return Err(exception::throw_range_error(
                    "toPrecision() argument must be between 1 and 100",
                ));
            }
            text(number_format::to_precision(x, p as u32))
        }
        "toExponential" => {
            let f = arg(args, 0);
            let d = conv::to_integer_or_infinity(conv::to_number(f)?);
            if !x.is_finite() {
                return text(number_format::to_rust_string(x));
            }
            if !(0.0..=100.0).contains(&d) {
                return Err(exception::throw_range_error(
                    "toExponential() argument must be between 0 and 100",
                ));
            }
            text(number_format::to_exponential(
                x,
                (!f.is_undefined()).then_some(d as u32),
            ))
        }
        _ => Ok(Value::number(x)), // valueOf
    }
}

fn number_proto_method(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let name = method_name(callee);
    let this = crate::object::ordinary::primitive_value(this).unwrap_or(this);
    if !this.is_number() {
        return Err(exception::throw_type_error(&format!(
            "Number.prototype.{name} requires that 'this' be a Number"
        )));
    }
    number_method(this.as_number(), &name, args)
}

fn boolean_proto_method(this: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let name = method_name(callee);
    let this = crate::object::ordinary::primitive_value(this).unwrap_or(this);
    if !this.is_bool() {
        return Err(exception::throw_type_error(&format!(
            "Boolean.prototype.{name} requires that 'this' be a Boolean"
        )));
    }
    if name == "toString" {
        conv::to_string(this)
    } else {
        Ok(this)
    }
}

fn global_function(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let id = function::fun(callee).data.as_number() as i64;
    let r = match Global::from_id(id) {
        Some(g) => global::call(g, args)?,
        None => Value::UNDEFINED,
    };
    if nt.is_undefined() {
        return Ok(r);
    }
    // `new String(x)` / `new Number(x)` / `new Boolean(x)`: a wrapper.
    let fallback = crate::object::internal_methods::proto_for_primitive(r);
    let proto = function::prototype_from(nt, fallback)?;
    Ok(crate::object::ordinary::new_wrapper(r, proto))
}

/// A native whose behaviour is selected by `data`.
fn native_with(name: &str, length: u32, f: function::NativeFn, data: Value, flags: u16) -> Value {
    let v = function::new_native(name, length, f, flags);
    function::fun(v).data = data;
    v
}

fn install_methods(proto: Value, list: &[(&str, u32)], f: function::NativeFn) {
    for &(name, len) in list {
        let m = native_with(name, len, f, intern_str(name), 0);
        realm::define(proto, name, m, WRITABLE | CONFIGURABLE);
    }
}

pub fn install(r: &Realm) {
    let g = r.global;
    install_methods(r.string_prototype, STRING_METHODS, string_method);
    realm::method(r.string_prototype, "split", 2, split);
    install_methods(
        r.number_prototype,
        &[
            ("toString", 1),
            ("toLocaleString", 0),
            ("toFixed", 1),
            ("toPrecision", 1),
            ("toExponential", 1),
            ("valueOf", 0),
        ],
        number_proto_method,
    );
    install_methods(
        r.boolean_prototype,
        &[("toString", 0), ("valueOf", 0)],
        boolean_proto_method,
    );

    // Namespaces the global functions hang off.
    let math = realm::new_plain_object();
    realm::define(g, "Math", math, WRITABLE | CONFIGURABLE);
    realm::set_builtin_tag(math, "Math");
    let process = realm::new_plain_object();
    realm::define(g, "process", process, WRITABLE | CONFIGURABLE);
    install_process(process);
    let console = realm::new_plain_object();
    realm::define(g, "console", console, WRITABLE | CONFIGURABLE);
    for (name, stream) in [
        ("log", 1),
        ("info", 1),
        ("debug", 1),
        ("error", 2),
        ("warn", 2),
        ("trace", 2),
    ] {
        let f = native_with(
            name,
            0,
            crate::builtins::console::console_method,
            Value::number(stream as f64),
            0,
        );
        realm::define(
            console,
            name,
            f,
            WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE,
        );
    }

    for (id, (path, _)) in GLOBAL_FUNCTIONS.iter().enumerate() {
        let (ns, name) = match path.split_once('.') {
            Some((ns, name)) => (Some(ns), name),
            None => (None, *path),
        };
        let length = match *path {
            "Math.max" | "Math.min" | "Math.hypot" | "Math.random" => {
                if *path == "Math.random" {
                    0
                } else {
                    2
                }
            }
            "Math.atan2" | "Math.pow" | "Math.imul" | "parseInt" | "Number.parseInt" => 2,
            _ => 1,
        };
        let ctor = matches!(*path, "String" | "Number" | "Boolean");
        let flags = if ctor { FN_CONSTRUCTOR } else { 0 };
        let f = native_with(
            name,
            length,
            global_function,
            Value::number(id as f64),
            flags,
        );
        let target = match ns {
            None => g,
            Some("Math") => math,
            Some("process") => process,
            Some(other) => match realm::global_value(intern_str(other)) {
                Some(v) => v,
                None => continue,
            },
        };
        realm::define(target, name, f, WRITABLE | CONFIGURABLE);
        match *path {
            "String" => realm::link_constructor(f, r.string_prototype),
            "Number" => realm::link_constructor(f, r.number_prototype),
            "Boolean" => realm::link_constructor(f, r.boolean_prototype),
            _ => {}
        }
    }
    for (path, x) in GLOBAL_CONSTANTS {
        let Some((ns, name)) = path.split_once('.') else {
            continue;
        };
        if let Some(t) = realm::global_value(intern_str(ns)) {
            realm::define(t, name, Value::number(*x), 0);
        }
    }
    if let Some(s) = realm::global_value(intern_str("String")) {
        realm::method(s, "fromCharCode", 1, from_char_code);
        realm::method(s, "fromCodePoint", 1, from_code_point);
    }
    realm::define(g, "NaN", Value::number(f64::NAN), 0);
    realm::define(g, "Infinity", Value::number(f64::INFINITY), 0);
    realm::define(g, "undefined", Value::UNDEFINED, 0);
}

/// Characters `encodeURIComponent` leaves alone.
const URI_UNRESERVED: &str = "-_.!~*'()";
/// Characters `encodeURI` also leaves alone (and `decodeURI` keeps escaped).
const URI_RESERVED: &str = ";/?:@&=+$,#";

fn uri_error<T>() -> JsResult<T> {
    Err(exception::throw_error(
        crate::exec::error::ErrorKind::URIError,
        "URI malformed",
    ))
}

/// Encode (ECMAScript `Encode`): everything outside `keep` as UTF-8 `%XX`.
fn uri_encode(s: &[u16], keep: &str) -> JsResult<Value> {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 128 {
            let ch = c as u8 as char;
            if ch.is_ascii_alphanumeric() || keep.contains(ch) {
                out.push(ch);
                i += 1;
                continue;
            }
        }
        let cp = if (0xD800..0xDC00).contains(&c) {
            match s.get(i + 1) {
                Some(&lo) if (0xDC00..0xE000).contains(&lo) => {
                    i += 1;
                    0x10000 + (((c as u32) - 0xD800) << 10) + ((lo as u32) - 0xDC00)
                }
                _ => return uri_error(),
            }
        } else if (0xDC00..0xE000).contains(&c) {
            return uri_error();
        } else {
            c as u32
        };
        let mut buf = [0u8; 4];
        let ch = char::from_u32(cp).expect("a valid code point");
        for b in ch.encode_utf8(&mut buf).bytes() {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    Ok(string::from_str(&out))
}

fn hex(u: u16) -> Option<u8> {
    (u < 128)
        .then(|| (u as u8 as char).to_digit(16))
        .flatten()
        .map(|d| d as u8)
}

/// Decode (ECMAScript `Decode`): `%XX` UTF-8 sequences, except those that
/// decode to a character in `reserved`, which stay escaped.
fn uri_decode(s: &[u16], reserved: &str) -> JsResult<Value> {
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    let byte_at = |k: usize| -> Option<u8> {
        if s.get(k) != Some(&(b'%' as u16)) {
            return None;
        }
        Some(hex(*s.get(k + 1)?)? * 16 + hex(*s.get(k + 2)?)?)
    };
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'%' as u16 {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let Some(b0) = byte_at(i) else {
            return uri_error();
        };
        if b0 < 0x80 {
            let ch = b0 as char;
            if reserved.contains(ch) {
                out.extend_from_slice(&s[i..i + 3]);
            } else {
                out.push(b0 as u16);
            }
            i += 3;
            continue;
        }
        let n = match b0 {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return uri_error(),
        };
        let mut bytes = vec![b0];
        for k in 1..n {
            match byte_at(i + 3 * k) {
                Some(b) if b & 0xC0 == 0x80 => bytes.push(b),
                _ => return uri_error(),
            }
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return uri_error();
        };
        out.extend(text.encode_utf16());
        i += 3 * n;
    }
    Ok(string::from_units(&out))
}

fn encode_uri_component(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    uri_encode(string::units(s), URI_UNRESERVED)
}

fn encode_uri(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    uri_encode(string::units(s), &format!("{URI_UNRESERVED}{URI_RESERVED}"))
}

fn decode_uri_component(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    uri_decode(string::units(s), "")
}

fn decode_uri(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    uri_decode(string::units(s), URI_RESERVED)
}

/// `escape(s)` (Annex B.2.1.1): every code unit outside
/// `A-Z a-z 0-9 @*_+-./` as `%XX` (below 256) or `%uXXXX`.
fn escape(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    let mut out = String::new();
    for &u in string::units(s) {
        let c = char::from_u32(u as u32).filter(|c| c.is_ascii());
        match c {
            Some(c) if c.is_ascii_alphanumeric() || "@*_+-./".contains(c) => out.push(c),
            _ if u < 256 => out.push_str(&format!("%{u:02X}")),
            _ => out.push_str(&format!("%u{u:04X}")),
        }
    }
    Ok(string::from_str(&out))
}

/// `unescape(s)` (Annex B.2.1.2): `%uXXXX` and `%XX` back to code units;
/// anything else (a lone `%`, bad hex digits) stays as it is.
fn unescape(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    let units = string::units(s);
    let hex = |from: usize, n: usize| -> Option<u16> {
        let digits = units.get(from..from + n)?;
        digits.iter().try_fold(0u16, |acc, &d| {
            let v = char::from_u32(d as u32)?.to_digit(16)?;
            Some(acc * 16 + v as u16)
        })
    };
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if u == b'%' as u16 {
            if units.get(i + 1) == Some(&(b'u' as u16)) {
                if let Some(v) = hex(i + 2, 4) {
                    out.push(v);
                    i += 6;
                    continue;
                }
            } else if let Some(v) = hex(i + 1, 2) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(u);
        i += 1;
    }
    Ok(string::from_units(&out))
}

/// Installs the URI functions (and Annex B's `escape`/`unescape`) on the
/// global object.
pub fn install_uri(r: &Realm) {
    realm::method(r.global, "escape", 1, escape);
    realm::method(r.global, "unescape", 1, unescape);
    realm::method(r.global, "encodeURIComponent", 1, encode_uri_component);
    realm::method(r.global, "encodeURI", 1, encode_uri);
    realm::method(r.global, "decodeURIComponent", 1, decode_uri_component);
    realm::method(r.global, "decodeURI", 1, decode_uri);
}

/// `process.argv`, `process.env`, `process.platform`. A kiln executable is
/// its own program, so (as Node's single-executable applications do) both
/// `argv[0]` and `argv[1]` are the executable's path; the user's arguments
/// start at `argv[2]` as usual.
fn install_process(process: Value) {
    // Bytes that are not UTF-8 become U+FFFD, as in Node (never a panic).
    let mut args: Vec<Value> = std::env::args_os()
        .map(|a| string::from_str(&a.to_string_lossy()))
        .collect();
    if args.is_empty() {
        args.push(string::from_str("kiln"));
    }
    let exe = std::env::current_exe()
        .ok()
        .map(|p| string::from_str(&p.to_string_lossy()))
        .unwrap_or(args[0]);
    args[0] = exe;
    args.insert(1, exe);
    let argv = crate::exec::realm::new_array(&args);
    realm::define(
        process,
        "argv",
        argv,
        WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE,
    );
    let env = realm::new_plain_object();
    for (k, v) in std::env::vars_os() {
        realm::define(
            env,
            &k.to_string_lossy(),
            string::from_str(&v.to_string_lossy()),
            crate::object::ordinary::DEFAULT_ATTRS,
        );
    }
    realm::define(
        process,
        "env",
        env,
        WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE,
    );
    realm::define(
        process,
        "platform",
        string::from_str(std::env::consts::OS),
        WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE,
    );
}
