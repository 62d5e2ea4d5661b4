//! The operating system side every layer may use: the process's output streams
//! and signals.
//!
//! Imports nothing but the standard library (see `runtime/src/README.md`).

pub mod output;

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
    fn ioctl(fd: i32, request: std::ffi::c_ulong, ...) -> i32;
}

/// The size of the terminal on descriptor `fd` as (columns, rows), or `None`
/// when `fd` is not a terminal (ioctl `TIOCGWINSZ`).
pub fn window_size(fd: i32) -> Option<(u16, u16)> {
    const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;
    // struct winsize { ws_row, ws_col, ws_xpixel, ws_ypixel }.
    let mut ws = [0u16; 4];
    // SAFETY: TIOCGWINSZ writes one struct winsize into the buffer given.
    let ok = unsafe { ioctl(fd, TIOCGWINSZ, ws.as_mut_ptr()) } == 0;
    (ok && ws[1] > 0).then_some((ws[1], ws[0]))
}

/// Linux's number of signal `name` (`"SIGTERM"`), as Node's `os.constants.signals`.
pub fn signal_number(name: &str) -> Option<i32> {
    const SIGNALS: &[(&str, i32)] = &[
        ("SIGHUP", 1),
        ("SIGINT", 2),
        ("SIGQUIT", 3),
        ("SIGILL", 4),
        ("SIGTRAP", 5),
        ("SIGABRT", 6),
        ("SIGBUS", 7),
        ("SIGFPE", 8),
        ("SIGKILL", 9),
        ("SIGUSR1", 10),
        ("SIGSEGV", 11),
        ("SIGUSR2", 12),
        ("SIGPIPE", 13),
        ("SIGALRM", 14),
        ("SIGTERM", 15),
        ("SIGCHLD", 17),
        ("SIGCONT", 18),
        ("SIGSTOP", 19),
        ("SIGTSTP", 20),
        ("SIGTTIN", 21),
        ("SIGTTOU", 22),
        ("SIGURG", 23),
        ("SIGXCPU", 24),
        ("SIGXFSZ", 25),
        ("SIGVTALRM", 26),
        ("SIGPROF", 27),
        ("SIGWINCH", 28),
        ("SIGIO", 29),
        ("SIGPWR", 30),
        ("SIGSYS", 31),
    ];
    SIGNALS.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}

/// Sends signal `sig` (0: only checks) to process `pid`; false if it failed.
pub fn send_signal(pid: i32, sig: i32) -> bool {
    // SAFETY: a plain libc call.
    unsafe { kill(pid, sig) == 0 }
}
