//! I/O readiness for the event loop: descriptors the host's JavaScript
//! modules read as data arrives (`process.stdin`, `readline` over a
//! descriptor), through `process.binding('io')`: `readStart(fd, callback)`
//! and `readStop(fd)`. While a descriptor is watched the loop stays alive;
//! when it has nothing else to run before the next timer it `poll`s the
//! watched descriptors (`host::event_loop`), reads what is there (at most
//! 64 KiB per turn) and calls the callback with a Uint8Array, or with
//! `null` at the end of the input (the watch then ends). A terminal in
//! canonical mode delivers a line at a time, a pipe what was written.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::JsResult;
use crate::exec::realm;
use std::cell::RefCell;

struct Watch {
    fd: i32,
    callback: Value,
}

thread_local! {
    static WATCHES: RefCell<Vec<Watch>> = const { RefCell::new(Vec::new()) };
}

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

extern "C" {
    fn poll(fds: *mut PollFd, nfds: u64, timeout: i32) -> i32;
    fn read(fd: i32, buf: *mut u8, count: usize) -> isize;
}

const POLLIN: i16 = 1;

/// The binding object.
pub fn module() -> Value {
    let o = realm::new_plain_object();
    realm::method(o, "readStart", 2, read_start);
    realm::method(o, "readStop", 1, read_stop);
    o
}

fn fd_arg(args: &[Value]) -> JsResult<i32> {
    Ok(conv::to_number(arg(args, 0))? as i32)
}

fn read_start(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let fd = fd_arg(args)?;
    let callback = arg(args, 1);
    WATCHES.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|x| x.fd != fd);
        w.push(Watch { fd, callback });
    });
    Ok(Value::UNDEFINED)
}

fn read_stop(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let fd = fd_arg(args)?;
    WATCHES.with(|w| w.borrow_mut().retain(|x| x.fd != fd));
    Ok(Value::UNDEFINED)
}

/// Whether a descriptor is watched (it keeps the event loop alive).
pub fn active() -> bool {
    WATCHES.with(|w| !w.borrow().is_empty())
}

/// Waits up to `timeout_ms` (`None`: without limit) for a watched
/// descriptor to be readable, then reads each ready one: the descriptors
/// with their chunk (`None` at the end of the input). The callbacks stay
/// in the (traced) watch list; [`take_callback`] gets each.
pub fn poll_ready(timeout_ms: Option<u64>) -> Vec<(i32, Option<Vec<u8>>)> {
    let mut fds: Vec<PollFd> = WATCHES.with(|w| {
        w.borrow()
            .iter()
            .map(|x| PollFd {
                fd: x.fd,
                events: POLLIN,
                revents: 0,
            })
            .collect()
    });
    if fds.is_empty() {
        return Vec::new();
    }
    let timeout = timeout_ms.map_or(-1, |t| t.min(i32::MAX as u64) as i32);
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs.
    let n = unsafe { poll(fds.as_mut_ptr(), fds.len() as u64, timeout) };
    if n <= 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for p in fds.iter().filter(|p| p.revents != 0) {
        let mut buf = vec![0u8; 65536];
        // SAFETY: reads at most `buf.len()` bytes into `buf`.
        let got = unsafe { read(p.fd, buf.as_mut_ptr(), buf.len()) };
        if got > 0 {
            buf.truncate(got as usize);
            out.push((p.fd, Some(buf)));
        } else if got == 0
            || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
        {
            out.push((p.fd, None));
        }
    }
    out
}

/// The callback watching `fd`; at the end of the input (`end`) the watch
/// is removed.
pub fn take_callback(fd: i32, end: bool) -> Option<Value> {
    WATCHES.with(|w| {
        let mut w = w.borrow_mut();
        let i = w.iter().position(|x| x.fd == fd)?;
        Some(if end {
            w.remove(i).callback
        } else {
            w[i].callback
        })
    })
}

/// Collector root: the watch callbacks.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    WATCHES.with(|w| {
        for x in w.borrow().iter() {
            m.value(x.callback);
        }
    });
}
