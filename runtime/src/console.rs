//! `console.log` / `console.error` and the buffered standard output.
//!
//! Standard output is collected in one large buffer and written with a single
//! `write` when it passes [`FLUSH_AT`], before anything goes to standard
//! error (so interleaving matches Node's), and at exit. Standard error is
//! written unbuffered, one line per call.

use crate::builtins::args;
use crate::inspect;
use crate::number::NumBuf;
use crate::string;
use crate::value::Value;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::Mutex;

/// Buffered stdout is written out once it holds this many bytes.
pub const FLUSH_AT: usize = 64 * 1024;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Writes all of `bytes` to file descriptor `fd`, ignoring errors (a closed
/// pipe must not crash the program).
fn write_fd(fd: i32, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    // SAFETY: fds 1 and 2 stay open for the life of the process; ManuallyDrop
    // keeps the File from closing them.
    let mut f = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let _ = f.write_all(bytes);
}

fn stdout_buf() -> std::sync::MutexGuard<'static, Vec<u8>> {
    STDOUT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Writes out everything buffered for stdout.
pub fn flush() {
    let mut buf = stdout_buf();
    write_fd(1, &buf);
    buf.clear();
}

/// Appends text to buffered stdout (flushing when the buffer is large).
pub fn write_stdout(bytes: &[u8]) {
    let mut buf = stdout_buf();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        write_fd(1, &buf);
        buf.clear();
    }
}

/// Writes text to stderr after flushing stdout.
pub fn write_stderr(bytes: &[u8]) {
    flush();
    write_fd(2, bytes);
}

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
        if buf.len() >= FLUSH_AT {
            write_fd(1, &buf);
            buf.clear();
        }
    } else {
        // Conversions may one day run JS (which may log), so format unlocked.
        let mut line = Vec::new();
        format_into(&mut line, args);
        write_stdout(&line);
    }
    Value::UNDEFINED
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::from_str;

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
        assert_eq!(line(&[crate::string::from_units(&[0xD800])]), "\u{FFFD}\n");
        // A pair split across arguments joins up in the line.
        let hi = crate::string::from_units(&[0xD83D]);
        let lo = crate::string::from_units(&[0xDE00]);
        assert_eq!(line(&[from_str("%s%s"), hi, lo]), "😀\n");
    }
}
