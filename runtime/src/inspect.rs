//! Node's `util.format` / `util.inspect` for the values kiln has: the text
//! `console.log` prints, built as UTF-16 and converted to UTF-8 by the caller.

use crate::conv;
use crate::error;
use crate::function;
use crate::number::NumBuf;
use crate::parse;
use crate::string;
use crate::value::Value;

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
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let escaped = |out: &mut Vec<u16>, c: u16| match c {
            0x08 => push_str(out, "\\b"),
            0x09 => push_str(out, "\\t"),
            0x0A => push_str(out, "\\n"),
            0x0C => push_str(out, "\\f"),
            0x0D => push_str(out, "\\r"),
            0x27 => push_str(out, "\\'"),
            0x5C => push_str(out, "\\\\"),
            _ => push_str(out, &format!("\\x{c:02X}")),
        };
        if (c == quote && quote == b'\'' as u16)
            || c == 0x5C
            || c < 0x20
            || (0x7F..0xA0).contains(&c)
        {
            escaped(out, c);
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
    out.push(quote);
}

/// `util.inspect(v)` for a non-top-level position (strings are quoted).
pub fn push_inspect(out: &mut Vec<u16>, v: Value) {
    if v.is_string() {
        push_quoted(out, string::units(v));
    } else {
        push_inspect_top(out, v);
    }
}

/// `util.inspect(v)` of a non-string value as `console.log` prints it.
fn push_inspect_top(out: &mut Vec<u16>, v: Value) {
    if v.is_number() {
        push_number(out, v.as_number());
    } else if v.is_string() {
        out.extend_from_slice(string::units(v));
    } else if function::is_function(v) {
        let name = function::name(v);
        if string::len(name) == 0 {
            push_str(out, "[Function (anonymous)]");
        } else {
            push_str(out, "[Function: ");
            out.extend_from_slice(string::units(name));
            out.push(b']' as u16);
        }
    } else if error::is_error(v) {
        let stack = crate::string::from_str(&error::stack_text(v));
        if stack.is_string() {
            out.extend_from_slice(string::units(stack));
        } else {
            out.push(b'[' as u16);
            push_str(out, &conv::display_string(v));
            out.push(b']' as u16);
        }
    } else {
        push_str(
            out,
            match v.0 {
                crate::value::TRUE => "true",
                crate::value::FALSE => "false",
                crate::value::NULL => "null",
                _ if v.is_object() => "{}",
                _ => "undefined",
            },
        );
    }
}

/// `JSON.stringify` of a string (for `%j`).
fn push_json_string(out: &mut Vec<u16>, s: &[u16]) {
    out.push(b'"' as u16);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            0x22 => push_str(out, "\\\""),
            0x5C => push_str(out, "\\\\"),
            0x08 => push_str(out, "\\b"),
            0x0C => push_str(out, "\\f"),
            0x0A => push_str(out, "\\n"),
            0x0D => push_str(out, "\\r"),
            0x09 => push_str(out, "\\t"),
            _ if c < 0x20 => push_str(out, &format!("\\u{c:04x}")),
            0xD800..=0xDBFF if s.get(i + 1).is_some_and(|&d| (0xDC00..0xE000).contains(&d)) => {
                out.extend_from_slice(&s[i..i + 2]);
                i += 1;
            }
            0xD800..=0xDFFF => push_str(out, &format!("\\u{c:x}")),
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

/// `%j`: JSON.stringify, with `undefined` for unserialisable values.
fn push_json(out: &mut Vec<u16>, v: Value) {
    if v.is_string() {
        push_json_string(out, string::units(v));
    } else if v.is_number() {
        let x = v.as_number();
        if x.is_finite() {
            push_number(out, x + 0.0);
        } else {
            push_str(out, "null");
        }
    } else if error::is_error(v) {
        push_str(out, "{}");
    } else if v.is_bool() || v.is_null() {
        push_inspect_top(out, v);
    } else {
        push_str(out, "undefined");
    }
}

/// Appends ToString(v) (never throws; see `conv::display_string`).
fn push_to_string(out: &mut Vec<u16>, v: Value) {
    match conv::to_string(v) {
        Ok(s) => out.extend_from_slice(string::units(s)),
        Err(_) => {
            crate::exception::take();
        }
    }
}

/// Whether `%c` consumes an argument.
fn is_directive(c: u8) -> bool {
    matches!(c, b's' | b'd' | b'i' | b'f' | b'j' | b'o' | b'O' | b'c')
}

/// Handles one `%x` directive consuming `v` (`x` must satisfy [`is_directive`]).
fn directive(out: &mut Vec<u16>, c: u8, v: Value) {
    match c {
        b's' => {
            if v.is_number() {
                push_number(out, v.as_number());
            } else if error::is_error(v) {
                push_inspect_top(out, v);
            } else {
                push_to_string(out, v);
            }
        }
        b'd' => {
            let x = conv::to_number(v).unwrap_or_else(|_| {
                crate::exception::take();
                f64::NAN
            });
            push_number(out, x);
        }
        b'i' | b'f' => {
            let mut s = Vec::new();
            push_to_string(&mut s, v);
            let x = if c == b'i' {
                parse::parse_int(&s, 0)
            } else {
                parse::parse_float(&s)
            };
            push_number(out, x);
        }
        b'j' => push_json(out, v),
        b'o' | b'O' => push_inspect(out, v),
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
        let v = args[a];
        if v.is_string() {
            out.extend_from_slice(string::units(v));
        } else {
            push_inspect_top(out, v);
        }
        join = true;
        a += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::from_str;

    fn fmt(args: &[Value]) -> String {
        let mut out = Vec::new();
        format_line(&mut out, args);
        String::from_utf16_lossy(&out)
    }
    fn n(x: f64) -> Value {
        Value::number(x)
    }
    fn s(t: &str) -> Value {
        from_str(t)
    }

    #[test]
    fn primitives() {
        assert_eq!(fmt(&[s("hello")]), "hello");
        assert_eq!(fmt(&[n(42.0)]), "42");
        assert_eq!(fmt(&[n(-0.0)]), "-0");
        assert_eq!(fmt(&[n(0.0)]), "0");
        assert_eq!(fmt(&[n(1e21)]), "1e+21");
        assert_eq!(fmt(&[n(-1.5)]), "-1.5");
        assert_eq!(fmt(&[n(f64::NAN)]), "NaN");
        assert_eq!(fmt(&[n(f64::NEG_INFINITY)]), "-Infinity");
        assert_eq!(fmt(&[Value::TRUE]), "true");
        assert_eq!(fmt(&[Value::FALSE]), "false");
        assert_eq!(fmt(&[Value::UNDEFINED]), "undefined");
        assert_eq!(fmt(&[Value::NULL]), "null");
        assert_eq!(fmt(&[]), "");
        assert_eq!(fmt(&[s("a"), n(1.0), Value::NULL, s("b")]), "a 1 null b");
        assert_eq!(fmt(&[n(1.0), s("a\nb")]), "1 a\nb");
    }

    #[test]
    fn objects() {
        let f = function::new_function(0, s("foo"), 0.0, 0, 0);
        let anon = function::new_function(0, s(""), 0.0, 0, 0);
        assert_eq!(fmt(&[f, anon]), "[Function: foo] [Function (anonymous)]");
        let e = error::make(error::ErrorKind::TypeError, "bad");
        assert_eq!(fmt(&[e]), "TypeError: bad");
        assert_eq!(
            fmt(&[s("%s"), f, anon]),
            "function foo() { [native code] } [Function (anonymous)]"
        );
    }

    #[test]
    fn format_specifiers() {
        assert_eq!(
            fmt(&[s("%s is %d years"), s("Bob"), n(42.0), s("extra"), n(7.0)]),
            "Bob is 42 years extra 7"
        );
        assert_eq!(
            fmt(&[s("%i|%f|%d"), s("42.9px"), s("3.5abc"), s("0x10")]),
            "42|3.5|16"
        );
        assert_eq!(fmt(&[s("%d %i"), n(-0.0), n(-0.5)]), "-0 -0");
        assert_eq!(fmt(&[s("%s"), n(-0.0), s("%s")]), "-0 %s");
        assert_eq!(fmt(&[s("100%"), n(5.0)]), "100% 5");
        assert_eq!(fmt(&[s("%% %s %%"), s("a")]), "% a %");
        assert_eq!(fmt(&[s("%c styled"), s("color: red")]), " styled");
        assert_eq!(
            fmt(&[
                s("%j %j %j %j"),
                s("s"),
                n(1.0),
                Value::UNDEFINED,
                Value::NULL
            ]),
            "\"s\" 1 undefined null"
        );
        assert_eq!(fmt(&[s("%o %O"), s("str"), s("it's")]), "'str' \"it's\"");
        assert_eq!(fmt(&[s("%x %s"), n(1.0)]), "%x 1");
        assert_eq!(fmt(&[s("a%"), s("b")]), "a% b");
        assert_eq!(fmt(&[s("%d"), s("abc"), s("%d")]), "NaN %d");
        assert_eq!(fmt(&[s("%s:%s"), s("a")]), "a:%s");
        assert_eq!(fmt(&[n(5.0), s("%s"), s("x")]), "5 %s x");
        assert_eq!(fmt(&[s("%i"), n(1e21), s("%f"), s("x")]), "1 %f x");
        assert_eq!(fmt(&[s("%%"), n(1.0)]), "% 1");
        assert_eq!(fmt(&[s("%%")]), "%%");
        assert_eq!(fmt(&[s("%s")]), "%s");
    }

    #[test]
    fn quoting() {
        let q = |t: &str| fmt(&[s("%o"), s(t)]);
        assert_eq!(q("a\nb'\""), "`a\\nb'\"`");
        assert_eq!(q("a\"b"), "'a\"b'");
        assert_eq!(q("a'b\"c`"), "'a\\'b\"c`'");
        assert_eq!(q("\u{7}\u{7f}\\"), "'\\x07\\x7F\\\\'");
        assert_eq!(q("😀"), "'😀'");
        let mut out = Vec::new();
        push_quoted(&mut out, &[0xD800]);
        assert_eq!(String::from_utf16_lossy(&out), "'\\ud800'");
    }
}
