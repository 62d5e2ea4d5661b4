//! The process's output streams: buffered standard output and unbuffered
//! standard error (the bytes only; `console.log`'s formatting is `host::console`).
//!
//! Standard output is collected in one large buffer and written with a single
//! `write` when it passes [`FLUSH_AT`], before anything goes to standard
//! error (so interleaving matches Node's), and at exit. Standard error is
//! written unbuffered, one line per call.

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::Mutex;

/// Buffered stdout is written out once it holds this many bytes.
pub const FLUSH_AT: usize = 64 * 1024;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Writes all of `bytes` to file descriptor `fd`, ignoring errors (a closed
/// pipe must not crash the program).
pub fn write_fd(fd: i32, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    // SAFETY: fds 1 and 2 stay open for the life of the process; ManuallyDrop
    // keeps the File from closing them.
    let mut f = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let _ = f.write_all(bytes);
}

/// The stdout buffer, locked.
pub fn stdout_buf() -> std::sync::MutexGuard<'static, Vec<u8>> {
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
