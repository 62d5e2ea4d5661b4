//! `console.log` / `console.error`: formatting arguments the way Node does
//! (`inspect`) and writing the lines to the output streams (`sys::output`).
//! The `console` object itself is installed with the other namespaces by
//! `builtins::primitives`.

pub mod inspect;

use crate::abi::args;
use crate::abi::value::Value;
use crate::text::number_format::NumBuf;
use crate::text::string;

use crate::sys::output::stdout_buf;
pub use crate::sys::output::{flush, write_stderr, write_stdout, FLUSH_AT};

/// Appends the UTF-8 line `console.log(...args)` prints (with its newline).
pub fn format_into(out: &mut Vec<u8>, args: &[Value]) {
    match args {
        [v] if v.is_string() => string::write_utf8(out, string::units(*v)),
        [v] if v.is_number() => {
            let x = v.as_number();
            if x == 0.0 && x.is_sign_negative() {
                out.extend_from_slice(b"-0");
            } else {
                out.extend_from_slice(NumBuf::new().format(x).as_bytes());
            }
        }
        _ => {
            let mut line = Vec::new();
            inspect::format_line(&mut line, args);
            string::write_utf8(out, &line);
        }
    }
    out.push(b'\n');
}

/// `kiln_console_log(stream, argc, argv)`: prints to stdout (1) or stderr (2).
#[no_mangle]
pub extern "C" fn kiln_console_log(stream: i64, argc: i64, argv: i64) -> Value {
    // SAFETY: compiled code passes `argc` values at `argv`.
    let args = unsafe { args(argc, argv) };
    if stream == 2 {
        let mut line = Vec::new();
        format_into(&mut line, args);
        write_stderr(&line);
    } else if matches!(args, [v] if v.is_string() || v.is_number()) {
        // Hot path: format straight into the buffer (no JS can run meanwhile).
        let mut buf = stdout_buf();
        format_into(&mut buf, args);
        crate::sys::output::line_appended(&mut buf);
    } else {
        // Conversions may one day run JS (which may log), so format unlocked.
        let mut line = Vec::new();
        format_into(&mut line, args);
        write_stdout(&line);
    }
    Value::UNDEFINED
}

/// `console.log` and friends as function values (`function::data` = the stream).
pub fn console_method(
    _: Value,
    args: &[Value],
    _: Value,
    callee: Value,
) -> crate::exec::exception::JsResult<Value> {
    let stream = crate::object::function::fun(callee).data.as_number() as i64;
    Ok(kiln_console_log(
        stream,
        args.len() as i64,
        args.as_ptr() as i64,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::from_str;

    fn line(args: &[Value]) -> String {
        let mut out = Vec::new();
        format_into(&mut out, args);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lines() {
        assert_eq!(line(&[from_str("héllo 😀")]), "héllo 😀\n");
        assert_eq!(line(&[Value::number(-0.0)]), "-0\n");
        assert_eq!(line(&[Value::number(7.0)]), "7\n");
        assert_eq!(line(&[Value::number(0.1)]), "0.1\n");
        assert_eq!(line(&[]), "\n");
        assert_eq!(line(&[Value::TRUE, Value::UNDEFINED]), "true undefined\n");
        // Lone surrogates become U+FFFD, as Node writes them.
        assert_eq!(
            line(&[crate::text::string::from_units(&[0xD800])]),
            "\u{FFFD}\n"
        );
        // A pair split across arguments joins up in the line.
        let hi = crate::text::string::from_units(&[0xD83D]);
        let lo = crate::text::string::from_units(&[0xDE00]);
        assert_eq!(line(&[from_str("%s%s"), hi, lo]), "😀\n");
    }
}
