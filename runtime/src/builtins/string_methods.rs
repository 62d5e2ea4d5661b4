//! `String.prototype` methods on primitive strings.

use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::object::function;
use crate::text::number_format;
use crate::text::string::{self, MAX_LENGTH};

/// The `i`th argument, or undefined.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// ToIntegerOrInfinity(ToNumber(v)).
fn integer(v: Value) -> JsResult<f64> {
    Ok(conv::to_integer_or_infinity(conv::to_number(v)?))
}

/// A relative index argument (`slice`, `at`) resolved against `len`, clamped to 0..=len.
fn relative(v: Value, len: usize, default: f64) -> JsResult<usize> {
    let n = if v.is_undefined() {
        default
    } else {
        integer(v)?
    };
    let len_f = len as f64;
    Ok(if n < 0.0 {
        (len_f + n).max(0.0) as usize
    } else {
        n.min(len_f) as usize
    })
}

/// A non-negative position argument clamped to 0..=len (`substring`, `indexOf`).
fn clamped(v: Value, len: usize) -> JsResult<usize> {
    Ok(integer(v)?.clamp(0.0, len as f64) as usize)
}

fn string_arg(args: &[Value], i: usize) -> JsResult<&'static [u16]> {
    Ok(string::units(conv::to_string(arg(args, i))?))
}

fn sub(units: &[u16], from: usize, to: usize) -> Value {
    if from >= to {
        return string::empty();
    }
    string::from_units(&units[from..to])
}

fn too_long<T>() -> JsResult<T> {
    Err(exception::throw_range_error("Invalid string length"))
}

fn num(x: f64) -> JsResult<Value> {
    Ok(Value::number(x))
}

/// Maps each well-formed run of `units` through `f` (lone surrogates are kept).
fn map_case(units: &[u16], f: fn(&str) -> String) -> Value {
    if units.iter().all(|&c| c < 128) {
        let s: String = units.iter().map(|&c| c as u8 as char).collect();
        return string::from_str(&f(&s));
    }
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut run = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                out.extend(f(&run).encode_utf16());
                run.clear();
                out.push(e.unpaired_surrogate());
            }
        }
    }
    out.extend(f(&run).encode_utf16());
    string::from_units(&out)
}

/// `String.prototype.normalize(form)` (§22.1.3.15) over the
/// `unicode-normalization` crate (the Unicode Character Database's
/// decompositions and compositions). Lone surrogates pass through
/// unchanged, each well-formed run between them normalised on its own.
fn normalize(units: &[u16], form: Value) -> JsResult<Value> {
    use unicode_normalization::UnicodeNormalization;
    let f = if form.is_undefined() {
        "NFC".to_owned()
    } else {
        string::to_rust(conv::to_string(form)?)
    };
    if !matches!(f.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(exception::throw_range_error(
            "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
        ));
    }
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let s: String = match f.as_str() {
            "NFC" => run.nfc().collect(),
            "NFD" => run.nfd().collect(),
            "NFKC" => run.nfkc().collect(),
            _ => run.nfkd().collect(),
        };
        out.extend(s.encode_utf16());
        run.clear();
    };
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    Ok(string::from_units(&out))
}

/// Validates a `locales` argument as Intl does (structurally, without data):
/// `null` is a TypeError, a malformed language tag a RangeError.
fn check_locales(locales: Value) -> JsResult<()> {
    if locales.is_null() {
        return Err(exception::throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    if !locales.is_string() || string::len(locales) == 0 {
        return Ok(());
    }
    let tag = string::to_rust(locales);
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    let ok = language.chars().all(|c| c.is_ascii_alphabetic())
        && matches!(language.len(), 2 | 3 | 5..=8)
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if ok {
        Ok(())
    } else {
        Err(exception::throw_range_error(
            "Incorrect locale information provided",
        ))
    }
}

/// Expands `$$`, `$&`, `` $` ``, `$'` in a replacement string (GetSubstitution
/// without captures: `$1` etc. stay literal).
fn substitute(out: &mut Vec<u16>, repl: &[u16], hay: &[u16], pos: usize, matched: usize) {
    let mut i = 0;
    while i < repl.len() {
        let c = repl[i];
        if c == b'$' as u16 && i + 1 < repl.len() {
            let n = repl[i + 1];
            match n {
                0x24 => out.push(b'$' as u16),
                0x26 => out.extend_from_slice(&hay[pos..pos + matched]),
                0x60 => out.extend_from_slice(&hay[..pos]),
                0x27 => out.extend_from_slice(&hay[(pos + matched).min(hay.len())..]),
                _ => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// `replace` / `replaceAll` with a string pattern and a string or function replacement.
fn replace(s: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let hay = string::units(s);
    let pat = string_arg(args, 0)?;
    let replacer = arg(args, 1);
    let callable = function::is_function(replacer);
    let repl = if callable {
        &[][..]
    } else {
        string_arg(args, 1)?
    };
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(p) = string::index_of(hay, pat, from) {
        positions.push(p);
        if !all {
            break;
        }
        from = p + pat.len().max(1);
        if from > hay.len() {
            break;
        }
    }
    if positions.is_empty() {
        return Ok(s);
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&hay[last..p]);
        if callable {
            let call_args = [string::from_units(pat), Value::number(p as f64), s];
            let r = function::call(replacer, Value::UNDEFINED, &call_args)?;
            out.extend_from_slice(string::units(conv::to_string(r)?));
        } else {
            substitute(&mut out, repl, hay, p, pat.len());
        }
        last = p + pat.len();
    }
    out.extend_from_slice(&hay[last..]);
    if out.len() > MAX_LENGTH {
        return too_long();
    }
    Ok(string::from_units(&out))
}

fn pad(s: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let units = string::units(s);
    let max = integer(arg(args, 0))?;
    if max <= units.len() as f64 {
        return Ok(s);
    }
    let filler: &[u16] = if arg(args, 1).is_undefined() {
        &[0x20]
    } else {
        string_arg(args, 1)?
    };
    if filler.is_empty() {
        return Ok(s);
    }
    if max > MAX_LENGTH as f64 {
        return too_long();
    }
    let fill_len = max as usize - units.len();
    let mut fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    if at_start {
        fill.extend_from_slice(units);
        Ok(string::from_units(&fill))
    } else {
        let mut out = units.to_vec();
        out.append(&mut fill);
        Ok(string::from_units(&out))
    }
}

fn repeat(s: Value, count: Value) -> JsResult<Value> {
    let n = conv::to_number(count)?;
    let k = conv::to_integer_or_infinity(n);
    if k < 0.0 || k == f64::INFINITY {
        let msg = format!("Invalid count value: {}", number_format::to_rust_string(n));
        return Err(exception::throw_range_error(&msg));
    }
    let units = string::units(s);
    if k == 0.0 || units.is_empty() {
        return Ok(string::empty());
    }
    if units.len() as f64 * k > MAX_LENGTH as f64 {
        return too_long();
    }
    let k = k as usize;
    let (v, data) = string::alloc(units.len() * k);
    for chunk in data.chunks_exact_mut(units.len()) {
        chunk.copy_from_slice(units);
    }
    Ok(v)
}

/// Calls `String.prototype[name]` on the string `s`; `None` if there is no
/// such method.
pub fn call(s: Value, name: &str, args: &[Value]) -> Option<JsResult<Value>> {
    if !is_method(name) {
        return None;
    }
    let units = string::units(s);
    let len = units.len();
    let r = (|| -> JsResult<Value> {
        match name {
            "charAt" => {
                let p = integer(arg(args, 0))?;
                Ok(if p >= 0.0 && p < len as f64 {
                    string::from_unit(units[p as usize])
                } else {
                    string::empty()
                })
            }
            "charCodeAt" => {
                let p = integer(arg(args, 0))?;
                num(if p >= 0.0 && p < len as f64 {
                    units[p as usize] as f64
                } else {
                    f64::NAN
                })
            }
            "codePointAt" => {
                let p = integer(arg(args, 0))?;
                if !(p >= 0.0 && p < len as f64) {
                    return Ok(Value::UNDEFINED);
                }
                let i = p as usize;
                let c = units[i];
                if (0xD800..0xDC00).contains(&c)
                    && i + 1 < len
                    && (0xDC00..0xE000).contains(&units[i + 1])
                {
                    let cp =
                        0x10000 + (((c as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
                    return num(cp as f64);
                }
                num(c as f64)
            }
            "at" => {
                let n = integer(arg(args, 0))?;
                let k = if n < 0.0 { len as f64 + n } else { n };
                Ok(if k >= 0.0 && k < len as f64 {
                    string::from_unit(units[k as usize])
                } else {
                    Value::UNDEFINED
                })
            }
            "indexOf" => {
                let search = string_arg(args, 0)?;
                let from = clamped(arg(args, 1), len)?;
                num(string::index_of(units, search, from).map_or(-1.0, |i| i as f64))
            }
            "lastIndexOf" => {
                let search = string_arg(args, 0)?;
                let n = conv::to_number(arg(args, 1))?;
                let pos = if n.is_nan() {
                    f64::INFINITY
                } else {
                    conv::to_integer_or_infinity(n)
                };
                let from = pos.clamp(0.0, len as f64) as usize;
                num(string::last_index_of(units, search, from).map_or(-1.0, |i| i as f64))
            }
            "includes" => {
                let search = string_arg(args, 0)?;
                let from = clamped(arg(args, 1), len)?;
                Ok(Value::bool(string::index_of(units, search, from).is_some()))
            }
            "startsWith" => {
                let search = string_arg(args, 0)?;
                let start = clamped(arg(args, 1), len)?;
                Ok(Value::bool(units[start..].starts_with(search)))
            }
            "endsWith" => {
                let search = string_arg(args, 0)?;
                let end = if arg(args, 1).is_undefined() {
                    len
                } else {
                    clamped(arg(args, 1), len)?
                };
                Ok(Value::bool(units[..end].ends_with(search)))
            }
            "slice" => {
                let from = relative(arg(args, 0), len, 0.0)?;
                let to = relative(arg(args, 1), len, len as f64)?;
                Ok(sub(units, from, to))
            }
            "substring" => {
                let a = clamped(arg(args, 0), len)?;
                let b = if arg(args, 1).is_undefined() {
                    len
                } else {
                    clamped(arg(args, 1), len)?
                };
                Ok(sub(units, a.min(b), a.max(b)))
            }
            "substr" => {
                let start = relative(arg(args, 0), len, 0.0)?;
                let count = if arg(args, 1).is_undefined() {
                    f64::INFINITY
                } else {
                    integer(arg(args, 1))?
                };
                let end = (start as f64 + count.clamp(0.0, len as f64)).min(len as f64) as usize;
                Ok(sub(units, start, end))
            }
            "toUpperCase" | "toLocaleUpperCase" => Ok(map_case(units, str::to_uppercase)),
            "toLowerCase" | "toLocaleLowerCase" => Ok(map_case(units, str::to_lowercase)),
            "trim" => Ok(string::from_units(string::trim(units))),
            "trimStart" | "trimLeft" => Ok(string::from_units(string::trim_start(units))),
            "trimEnd" | "trimRight" => Ok(string::from_units(string::trim_end(units))),
            "repeat" => repeat(s, arg(args, 0)),
            "padStart" => pad(s, args, true),
            "padEnd" => pad(s, args, false),
            "concat" => {
                let mut parts: Vec<&[u16]> = vec![units];
                for &a in args {
                    parts.push(string::units(conv::to_string(a)?));
                }
                string::concat_all(&parts).map_or_else(too_long, Ok)
            }
            "replace" => replace(s, args, false),
            "replaceAll" => replace(s, args, true),
            "normalize" => normalize(units, arg(args, 0)),
            "isWellFormed" => Ok(Value::bool(
                char::decode_utf16(units.iter().copied()).all(|c| c.is_ok()),
            )),
            "toWellFormed" => {
                let out: Vec<u16> = char::decode_utf16(units.iter().copied())
                    .flat_map(|c| {
                        let mut b = [0u16; 2];
                        c.unwrap_or(char::REPLACEMENT_CHARACTER)
                            .encode_utf16(&mut b)
                            .to_vec()
                    })
                    .collect();
                Ok(string::from_units(&out))
            }
            "localeCompare" => {
                let that = string_arg(args, 0)?;
                check_locales(arg(args, 1))?;
                num(crate::text::collate::compare(units, that) as i32 as f64)
            }
            _ => Ok(s), // toString, valueOf
        }
    })();
    Some(r)
}

/// Whether `name` is a string method handled by [`call`].
pub fn is_method(name: &str) -> bool {
    matches!(
        name,
        "charAt"
            | "charCodeAt"
            | "codePointAt"
            | "at"
            | "indexOf"
            | "lastIndexOf"
            | "includes"
            | "startsWith"
            | "endsWith"
            | "slice"
            | "substring"
            | "substr"
            | "toUpperCase"
            | "toLocaleUpperCase"
            | "toLowerCase"
            | "toLocaleLowerCase"
            | "trim"
            | "trimStart"
            | "trimLeft"
            | "trimEnd"
            | "trimRight"
            | "repeat"
            | "padStart"
            | "padEnd"
            | "concat"
            | "replace"
            | "replaceAll"
            | "normalize"
            | "isWellFormed"
            | "toWellFormed"
            | "localeCompare"
            | "toString"
            | "valueOf"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::{from_str, to_rust};

    fn call_s(recv: &str, name: &str, args: &[Value]) -> String {
        let v = call(from_str(recv), name, args)
            .expect("method exists")
            .expect("no exception");
        crate::exec::conv::display_string(v)
    }
    fn n(x: f64) -> Value {
        Value::number(x)
    }
    fn s(t: &str) -> Value {
        from_str(t)
    }

    #[test]
    fn indexing() {
        assert_eq!(call_s("abc", "charAt", &[n(1.0)]), "b");
        assert_eq!(call_s("abc", "charAt", &[n(5.0)]), "");
        assert_eq!(call_s("abc", "charAt", &[]), "a");
        assert_eq!(call_s("abc", "charCodeAt", &[n(1.0)]), "98");
        assert_eq!(call_s("abc", "charCodeAt", &[n(-1.0)]), "NaN");
        assert_eq!(call_s("😀", "codePointAt", &[n(0.0)]), "128512");
        assert_eq!(call_s("😀", "codePointAt", &[n(1.0)]), "56832");
        assert_eq!(call_s("x", "codePointAt", &[n(5.0)]), "undefined");
        assert_eq!(call_s("abc", "at", &[n(-1.0)]), "c");
        assert_eq!(call_s("abc", "at", &[n(3.0)]), "undefined");
    }

    #[test]
    fn searching() {
        assert_eq!(call_s("hello", "indexOf", &[s("l")]), "2");
        assert_eq!(call_s("hello", "indexOf", &[s("l"), n(3.0)]), "3");
        assert_eq!(call_s("abc", "indexOf", &[s(""), n(99.0)]), "3");
        assert_eq!(call_s("abundefined", "indexOf", &[]), "2");
        assert_eq!(call_s("hello", "lastIndexOf", &[s("l")]), "3");
        assert_eq!(call_s("abcabc", "lastIndexOf", &[s("c"), n(-5.0)]), "-1");
        assert_eq!(call_s("abc", "lastIndexOf", &[s(""), n(99.0)]), "3");
        assert_eq!(call_s("hello", "includes", &[s("ell")]), "true");
        assert_eq!(call_s("hello", "includes", &[s("ell"), n(2.0)]), "false");
        assert_eq!(call_s("hello", "startsWith", &[s("he")]), "true");
        assert_eq!(call_s("hello", "startsWith", &[s("l"), n(2.0)]), "true");
        assert_eq!(call_s("hello", "endsWith", &[s("lo")]), "true");
        assert_eq!(call_s("hello", "endsWith", &[s("l"), n(4.0)]), "true");
    }

    #[test]
    fn substrings() {
        assert_eq!(call_s("hello", "slice", &[n(1.0), n(-1.0)]), "ell");
        assert_eq!(call_s("hello", "slice", &[n(-3.0)]), "llo");
        assert_eq!(call_s("hello", "slice", &[n(3.0), n(1.0)]), "");
        assert_eq!(call_s("hello", "substring", &[n(3.0), n(1.0)]), "el");
        assert_eq!(call_s("hello", "substring", &[n(-5.0), n(2.0)]), "he");
        assert_eq!(call_s("abc", "substr", &[n(-2.0)]), "bc");
        assert_eq!(call_s("abc", "substr", &[n(1.0), n(-1.0)]), "");
        assert_eq!(call_s("abcdef", "substr", &[n(1.0), n(3.0)]), "bcd");
    }

    #[test]
    fn transforms() {
        assert_eq!(call_s("Hello", "toUpperCase", &[]), "HELLO");
        assert_eq!(call_s("ß", "toUpperCase", &[]), "SS");
        assert_eq!(call_s("ΑΣ", "toLowerCase", &[]), "ας");
        assert_eq!(call_s("  hi \n", "trim", &[]), "hi");
        assert_eq!(call_s("  hi ", "trimStart", &[]), "hi ");
        assert_eq!(call_s("  hi ", "trimEnd", &[]), "  hi");
        assert_eq!(call_s("ab", "repeat", &[n(3.0)]), "ababab");
        assert_eq!(call_s("ab", "repeat", &[n(0.0)]), "");
        assert_eq!(call_s("abc", "padStart", &[n(6.0)]), "   abc");
        assert_eq!(call_s("abc", "padStart", &[n(6.0), s("")]), "abc");
        assert_eq!(call_s("abc", "padEnd", &[n(8.0), s("12")]), "abc12121");
        assert_eq!(call_s("5", "padStart", &[n(3.0), s("0")]), "005");
        assert_eq!(call_s("a", "concat", &[n(1.0), Value::NULL]), "a1null");
        assert_eq!(
            call_s("aXbX", "replace", &[s("X"), s("$&$&|$`|$'|$$|$1")]),
            "aXX|a|bX|$|$1bX"
        );
        assert_eq!(call_s("aXbX", "replaceAll", &[s("X"), s("-")]), "a-b-");
        assert_eq!(call_s("abc", "replace", &[s(""), s("_")]), "_abc");
        assert_eq!(call_s("abc", "replaceAll", &[s(""), s("_")]), "_a_b_c_");
        assert_eq!(call_s("abc", "localeCompare", &[s("abd")]), "-1");
        assert_eq!(call_s("a", "localeCompare", &[s("B")]), "-1");
        assert_eq!(call_s("a", "localeCompare", &[s("A")]), "-1");
        assert_eq!(call_s("b", "localeCompare", &[s("a")]), "1");
        assert_eq!(call_s("a", "localeCompare", &[s("a")]), "0");
        assert_eq!(to_rust(call(s("q"), "valueOf", &[]).unwrap().unwrap()), "q");
        assert!(call(s("q"), "nope", &[]).is_none());
    }

    #[test]
    fn range_errors() {
        let err = |name: &str, args: &[Value]| {
            assert!(call(s("a"), name, args).unwrap().is_err());
            crate::exec::conv::display_string(crate::exec::exception::take())
        };
        assert_eq!(
            err("repeat", &[n(-1.0)]),
            "RangeError: Invalid count value: -1"
        );
        assert_eq!(
            err("repeat", &[n(-1.5)]),
            "RangeError: Invalid count value: -1.5"
        );
        assert_eq!(
            err("repeat", &[n(f64::INFINITY)]),
            "RangeError: Invalid count value: Infinity"
        );
        assert_eq!(
            err("repeat", &[n(2f64.powi(30))]),
            "RangeError: Invalid string length"
        );
        assert_eq!(
            err("padStart", &[n(2f64.powi(30))]),
            "RangeError: Invalid string length"
        );
    }
}
