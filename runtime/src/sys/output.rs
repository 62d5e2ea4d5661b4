//! The process's output streams: buffered standard output and unbuffered
//! standard error (the bytes only; `console.log`'s formatting is `host::console`).
//!
//! Standard output is collected in one large buffer and written with a single
//! `write` when it passes [`FLUSH_AT`], before anything goes to standard
//! error (so interleaving matches Node's), and at exit. On a terminal it is
//! line-buffered instead (written at every newline), as a user watching a
//! long job expects. Standard error is written unbuffered, one line per call.
//!
//! No output is lost: the process entry flushes at every exit path, and
//! [`install_signal_handlers`] makes SIGINT, SIGTERM and SIGHUP flush before
//! the process dies of the signal (as Node, which writes synchronously,
//! keeps what was printed). A closed pipe (`./app | head -1`) is not an
//! error: SIGPIPE is ignored and later stdout output is dropped, the
//! program runs on and exits normally, as Node does.
//!
//! [`fatal`] is the one way the runtime dies of a resource failure (the heap
//! limit, a failed allocation): stdout flushed, Node's `FATAL ERROR:` text on
//! stderr, then `abort` (SIGABRT, status 134 in a shell, like Node).

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Mutex;

/// Buffered stdout is written out once it holds this many bytes.
pub const FLUSH_AT: usize = 64 * 1024;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// Set once a write to stdout failed with EPIPE: later output is dropped.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// Whether stdout is a terminal: 0 not yet known, 1 yes, 2 no.
static STDOUT_TTY: AtomicU8 = AtomicU8::new(0);

fn stdout_is_tty() -> bool {
    match STDOUT_TTY.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            use std::io::IsTerminal;
            let tty = std::io::stdout().is_terminal();
            STDOUT_TTY.store(if tty { 1 } else { 2 }, Ordering::Relaxed);
            tty
        }
    }
}

/// Writes all of `bytes` to file descriptor `fd`, ignoring errors (a closed
/// pipe must not crash the program; after EPIPE on stdout, stdout output is
/// dropped).
pub fn write_fd(fd: i32, bytes: &[u8]) {
    if bytes.is_empty() || (fd == 1 && STDOUT_CLOSED.load(Ordering::Relaxed)) {
        return;
    }
    // SAFETY: fds 1 and 2 stay open for the life of the process; ManuallyDrop
    // keeps the File from closing them.
    let mut f = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    if let Err(e) = f.write_all(bytes) {
        if fd == 1 && e.kind() == std::io::ErrorKind::BrokenPipe {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
    }
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

/// Appends text to buffered stdout (flushing when the buffer is large, or
/// at a newline when stdout is a terminal).
pub fn write_stdout(bytes: &[u8]) {
    let mut buf = stdout_buf();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT || (bytes.contains(&b'\n') && stdout_is_tty()) {
        write_fd(1, &buf);
        buf.clear();
    }
}

/// After a whole line was appended to the locked buffer `buf` (console's
/// fast path): writes it out when it is large, or when stdout is a terminal.
pub fn line_appended(buf: &mut Vec<u8>) {
    if buf.len() >= FLUSH_AT || stdout_is_tty() {
        write_fd(1, buf);
        buf.clear();
    }
}

/// Writes text to stderr after flushing stdout.
pub fn write_stderr(bytes: &[u8]) {
    flush();
    write_fd(2, bytes);
}

/// Dies of a resource failure the way Node does: stdout flushed, `message`
/// (Node's `FATAL ERROR: ...` text) on stderr, then `abort`.
pub fn fatal(message: &str) -> ! {
    // The buffer may be locked by the code that failed (an allocation
    // while appending): write what can be had without waiting.
    if let Ok(mut buf) = STDOUT.try_lock() {
        write_fd(1, &buf);
        buf.clear();
    }
    write_fd(2, message.as_bytes());
    std::process::abort()
}

/// V8's text for a heap that outgrew its limit (`<--- Last few GCs --->` and
/// the stack trace sections are left empty).
pub const HEAP_OOM: &str = "\n<--- Last few GCs --->\n\n\n<--- JS stacktrace --->\n\n\
FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";

/// [`fatal`] with [`HEAP_OOM`].
pub fn out_of_memory() -> ! {
    fatal(HEAP_OOM)
}

const SIGHUP: i32 = 1;
const SIGINT: i32 = 2;
const SIGPIPE: i32 = 13;
const SIGTERM: i32 = 15;
const SIG_DFL: usize = 0;
const SIG_IGN: usize = 1;

extern "C" {
    fn signal(sig: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

/// SIGINT/SIGTERM/SIGHUP: write what stdout holds, then die of the signal.
extern "C" fn on_terminating_signal(sig: i32) {
    // The JS thread may hold the buffer for a moment (it is appending);
    // wait a little for it, never forever (the handler may be running on
    // that very thread).
    for _ in 0..200_000 {
        if let Ok(buf) = STDOUT.try_lock() {
            write_fd(1, &buf);
            break;
        }
        std::hint::spin_loop();
    }
    // SAFETY: restoring the default action and re-raising: the process
    // ends with the signal as its status, as Node's does.
    unsafe {
        signal(sig, SIG_DFL);
        raise(sig);
    }
}

/// Installs the process's signal dispositions (see the module docs).
pub fn install_signal_handlers() {
    let handler = on_terminating_signal as extern "C" fn(i32) as usize;
    // SAFETY: plain libc calls; the handler only uses `write` and atomics.
    unsafe {
        signal(SIGPIPE, SIG_IGN);
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            // A signal ignored by the parent (nohup, a background job)
            // stays ignored.
            if signal(sig, handler) == SIG_IGN {
                signal(sig, SIG_IGN);
            }
        }
    }
}
