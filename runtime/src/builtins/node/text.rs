//! `TextEncoder`, `TextDecoder` (UTF-8 and UTF-16LE, with `fatal` and
//! `ignoreBOM`), `atob`/`btoa` (forgiving base64 over Latin-1 strings) and
//! `crypto.getRandomValues`/`randomUUID`: the WHATWG globals Node has, over
//! the typed arrays of `builtins::binary`.
//! Randomness is the kernel's (`getrandom`, through `/dev/urandom`).

use crate::abi::value::Value;
use crate::builtins::binary::typed_array::create_same_type;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key;
use crate::object::ordinary::{CONFIGURABLE, DEFAULT_ATTRS, WRITABLE};
use crate::object::typed_array::{self as ta, Elem};
use crate::text::string;

/// Installs the globals.
pub fn install(global: Value) {
    let enc_proto = realm::new_plain_object();
    realm::method(enc_proto, "encode", 0, encode);
    realm::method(enc_proto, "encodeInto", 2, encode_into);
    let enc = realm::constructor("TextEncoder", 0, text_encoder, enc_proto);
    realm::define(global, "TextEncoder", enc, WRITABLE | CONFIGURABLE);

    let dec_proto = realm::new_plain_object();
    realm::method(dec_proto, "decode", 0, decode);
    let dec = realm::constructor("TextDecoder", 0, text_decoder, dec_proto);
    realm::define(global, "TextDecoder", dec, WRITABLE | CONFIGURABLE);

    let all = WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE;
    realm::define(
        global,
        "atob",
        function::new_native("atob", 1, atob, 0),
        all,
    );
    realm::define(
        global,
        "btoa",
        function::new_native("btoa", 1, btoa, 0),
        all,
    );

    let crypto = realm::new_plain_object();
    realm::method(crypto, "getRandomValues", 1, get_random_values);
    realm::method(crypto, "randomUUID", 0, random_uuid);
    realm::define(global, "crypto", crypto, WRITABLE | CONFIGURABLE);
}

fn invalid_character(message: &str) -> exception::Exc {
    super::dom_error(
        crate::abi::names::ErrorKind::Error,
        "InvalidCharacterError",
        5.0,
        message,
    )
}

fn missing_data(args: &[Value]) -> JsResult<()> {
    if args.is_empty() {
        return Err(super::node_type_error(
            "ERR_MISSING_ARGS",
            "The \"input\" argument must be specified",
        ));
    }
    Ok(())
}

/// `btoa(data)`: base64 of a string whose code units are all below 256.
fn btoa(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    missing_data(args)?;
    let s = conv::to_string(args[0])?;
    let bytes: Option<Vec<u8>> = string::units(s)
        .iter()
        .map(|&u| u8::try_from(u).ok())
        .collect();
    let bytes = bytes.ok_or_else(|| invalid_character("Invalid character"))?;
    Ok(string::from_str(&super::fs::base64(&bytes, false)))
}

/// `atob(data)`: the WHATWG forgiving-base64 decode, as a Latin-1 string.
fn atob(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    missing_data(args)?;
    let s = conv::to_string(args[0])?;
    let bad = || invalid_character("Invalid character");
    let mut text: Vec<u8> = Vec::new();
    for &u in string::units(s) {
        match u8::try_from(u) {
            Ok(b' ' | b'\t' | b'\n' | b'\r' | 0x0c) => {}
            Ok(b) if b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=' => {
                text.push(b)
            }
            _ => return Err(bad()),
        }
    }
    if text.len().is_multiple_of(4) {
        for _ in 0..2 {
            if text.last() == Some(&b'=') {
                text.pop();
            }
        }
    }
    if text.contains(&b'=') {
        return Err(bad());
    }
    if text.len() % 4 == 1 {
        return Err(invalid_character(
            "The string to be decoded is not correctly encoded.",
        ));
    }
    let text = String::from_utf8(text).map_err(|_| bad())?;
    let units: Vec<u16> = super::fs::unbase64(&text)
        .into_iter()
        .map(u16::from)
        .collect();
    Ok(string::from_units(&units))
}

/// The object `new C(...)` makes: prototype from `new.target`.
fn new_instance(nt: Value, callee: Value, class: &str) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(exception::throw_type_error(&format!(
            "Class constructor {class} cannot be invoked without 'new'"
        )));
    }
    let own = internal_methods::get(callee, key::from_str("prototype"), callee)?;
    let proto = function::prototype_from(nt, own)?;
    Ok(realm::new_object(proto))
}

fn text_encoder(_: Value, _: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let o = new_instance(nt, callee, "TextEncoder")?;
    realm::define(o, "encoding", string::from_str("utf-8"), 0);
    Ok(o)
}

/// A new Uint8Array holding `bytes`.
pub fn uint8_array(bytes: &[u8]) -> JsResult<Value> {
    let a = create_same_type(Elem::Uint8, bytes.len())?;
    view_bytes(a).copy_from_slice(bytes);
    Ok(a)
}

/// The bytes a typed array or DataView sees.
pub fn view_bytes(v: Value) -> &'static mut [u8] {
    let buf = ta::buffer_bytes(ta::view_buffer(v));
    let off = ta::view_offset(v);
    let len = if ta::is_typed_array(v) {
        ta::view_length(v) * ta::elem_of(v).size()
    } else {
        ta::view_length(v)
    };
    &mut buf[off..off + len]
}

fn utf8_of(v: Value) -> JsResult<Vec<u8>> {
    let s = if v.is_undefined() {
        string::empty()
    } else {
        conv::to_string(v)?
    };
    let mut out = Vec::new();
    string::write_utf8(&mut out, string::units(s));
    Ok(out)
}

fn encode(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    uint8_array(&utf8_of(arg(args, 0))?)
}

fn encode_into(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    let dest = arg(args, 1);
    if !(ta::is_typed_array(dest) && ta::elem_of(dest) == Elem::Uint8) {
        return Err(super::invalid_arg(&format!(
            "The \"dest\" argument must be an instance of Uint8Array. Received {}",
            super::received(dest)
        )));
    }
    let out = view_bytes(dest);
    let units = string::units(s);
    let (mut read, mut written) = (0usize, 0usize);
    let mut buf = Vec::with_capacity(4);
    let mut i = 0;
    while i < units.len() {
        let n = if (0xD800..0xDC00).contains(&units[i])
            && units
                .get(i + 1)
                .is_some_and(|u| (0xDC00..0xE000).contains(u))
        {
            2
        } else {
            1
        };
        buf.clear();
        string::write_utf8(&mut buf, &units[i..i + n]);
        if written + buf.len() > out.len() {
            break;
        }
        out[written..written + buf.len()].copy_from_slice(&buf);
        written += buf.len();
        read += n;
        i += n;
    }
    let o = realm::new_plain_object();
    realm::define(o, "read", Value::number(read as f64), DEFAULT_ATTRS);
    realm::define(o, "written", Value::number(written as f64), DEFAULT_ATTRS);
    Ok(o)
}

fn text_decoder(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let o = new_instance(nt, callee, "TextDecoder")?;
    let label = arg(args, 0);
    let label = if label.is_undefined() {
        "utf-8".to_string()
    } else {
        string::to_rust(conv::to_string(label)?)
    };
    let encoding = match label.trim().to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" => "utf-8",
        "utf-16le" | "utf-16" => "utf-16le",
        _ => {
            return Err(super::coded_error(
                crate::abi::names::ErrorKind::RangeError,
                "ERR_ENCODING_NOT_SUPPORTED",
                &format!("The \"{label}\" encoding is not supported"),
            ));
        }
    };
    let options = arg(args, 1);
    let flag = |name: &str| -> JsResult<bool> {
        if options.is_object() {
            Ok(conv::to_boolean(internal_methods::get_value(
                options,
                key::from_str(name),
            )?))
        } else {
            Ok(false)
        }
    };
    let (fatal, ignore_bom) = (flag("fatal")?, flag("ignoreBOM")?);
    realm::define(o, "encoding", string::from_str(encoding), 0);
    realm::define(o, "fatal", Value::bool(fatal), 0);
    realm::define(o, "ignoreBOM", Value::bool(ignore_bom), 0);
    Ok(o)
}

fn decode(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let field = |name: &str| internal_methods::get_value(this, key::from_str(name));
    let encoding = field("encoding")?;
    if !encoding.is_string() {
        return Err(exception::throw_type_error(
            "Value of \"this\" must be of type TextDecoder",
        ));
    }
    let fatal = conv::to_boolean(field("fatal")?);
    let ignore_bom = conv::to_boolean(field("ignoreBOM")?);
    let input = arg(args, 0);
    let bytes: Vec<u8> = if input.is_undefined() {
        Vec::new()
    } else if ta::is_typed_array(input) || ta::is_data_view(input) {
        view_bytes(input).to_vec()
    } else if ta::is_buffer(input) {
        ta::buffer_bytes(input).to_vec()
    } else {
        return Err(super::invalid_arg(
            "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
        ));
    };
    let invalid = || {
        super::node_type_error(
            "ERR_ENCODING_INVALID_ENCODED_DATA",
            &format!(
                "The encoded data was not valid for encoding {}",
                string::to_rust(encoding)
            ),
        )
    };
    let mut units: Vec<u16> = if string::to_rust(encoding) == "utf-16le" {
        if fatal && !bytes.len().is_multiple_of(2) {
            return Err(invalid());
        }
        let mut u: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        if !bytes.len().is_multiple_of(2) {
            u.push(0xFFFD);
        }
        u
    } else {
        match std::str::from_utf8(&bytes) {
            Ok(s) => s.encode_utf16().collect(),
            Err(_) if fatal => return Err(invalid()),
            Err(_) => String::from_utf8_lossy(&bytes).encode_utf16().collect(),
        }
    };
    if !ignore_bom && units.first() == Some(&0xFEFF) {
        units.remove(0);
    }
    Ok(string::from_units(&units))
}

/// `count` bytes from the kernel's random source.
pub fn random_bytes(out: &mut [u8]) -> JsResult<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(out))
        .map_err(|e| {
            exception::throw_error(
                crate::abi::names::ErrorKind::Error,
                &format!("cannot read random bytes: {e}"),
            )
        })
}

fn get_random_values(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let a = arg(args, 0);
    let integer = ta::is_typed_array(a) && !matches!(ta::elem_of(a), Elem::Float32 | Elem::Float64);
    if !integer {
        return Err(super::dom_error(
            crate::abi::names::ErrorKind::TypeError,
            "TypeMismatchError",
            17.0,
            "The data argument must be an integer-type TypedArray",
        ));
    }
    let bytes = view_bytes(a);
    if bytes.len() > 65536 {
        return Err(super::dom_error(
            crate::abi::names::ErrorKind::Error,
            "QuotaExceededError",
            22.0,
            "The requested length exceeds 65,536 bytes",
        ));
    }
    random_bytes(bytes)?;
    Ok(a)
}

fn random_uuid(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut b = [0u8; 16];
    random_bytes(&mut b)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(string::from_str(&format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )))
}
