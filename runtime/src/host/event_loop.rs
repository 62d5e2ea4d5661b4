//! The event loop: what runs after the main script, in Node's order.
//!
//! After the script (and after every callback the loop runs) the *task
//! queues* are drained as Node's `processTicksAndRejections` does: every
//! `process.nextTick` callback, then every microtask (promise jobs and
//! `queueMicrotask` callbacks, `builtins::promise::jobs`), again while
//! either queue has work, then the promises rejected without a handler are
//! reported (`unhandledRejection` listeners, or Node 20's error and exit
//! status 1). Then the loop iterates libuv's phases while a ref'ed timer or
//! immediate exists: update the cached clock, run the due timers (each
//! followed by a drain), wait for the next timer when no immediate is
//! queued, run the immediates queued before the phase began (each followed
//! by a drain). A callback that throws is an uncaught exception: Node's
//! report on stderr and exit status 1, after the `exit` listeners.
//!
//! I/O readiness is the poll phase: while a descriptor is watched
//! (`builtins::node::io`: `process.stdin`, `readline`) the loop stays
//! alive, and the wait for the next timer is a `poll` on the watched
//! descriptors with the timer's due time as its timeout (none when no
//! immediate or timer is pending); their callbacks run like timers' (each
//! followed by a drain).

use crate::abi::value::Value;
use crate::builtins::node::io;
use crate::builtins::{process_events, promise, timers, weakref};
use crate::exec::exception;
use crate::object::function;

/// How the program ends early: an exit status.
pub struct Exit(pub i32);

/// Reports the pending exception as uncaught; the exit status (1).
fn uncaught() -> Exit {
    let v = exception::take();
    let report = super::entry::uncaught_report(v);
    crate::sys::output::write_stderr(report.as_bytes());
    process_events::emit_exit(1);
    Exit(1)
}

/// Node's report of a promise rejected with a reason that is not an error.
fn unhandled_report(reason: Value) -> String {
    let shown = crate::builtins::promise::v8_display(reason);
    [
        "node:internal/process/promises:389",
        "      new UnhandledPromiseRejection(reason);",
        "      ^",
        "",
        &format!(
            "UnhandledPromiseRejection: This error originated either by throwing inside of an async \
             function without a catch block, or by rejecting a promise which was not handled with \
             .catch(). The promise rejected with the reason \"{shown}\"."
        ),
        "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)",
        "    at processPromiseRejections (node:internal/process/promises:470:17)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {",
        "  code: 'ERR_UNHANDLED_REJECTION'",
        "}\n",
    ]
    .join("\n")
}

/// Whether `KILN_UNHANDLED_REJECTIONS=none` (Node's
/// `--unhandled-rejections=none`) silences unhandled rejections.
fn rejections_ignored() -> bool {
    thread_local! {
        static NONE: bool = std::env::var_os("KILN_UNHANDLED_REJECTIONS")
            .is_some_and(|v| v == "none");
    }
    NONE.with(|n| *n)
}

/// Reports the rejections still unhandled after a drain (Node's default
/// `--unhandled-rejections=throw`): their listeners, or the error.
fn process_rejections() -> Result<(), Exit> {
    let unhandled = promise::take_unhandled();
    if rejections_ignored() && !process_events::has_listeners("unhandledRejection") {
        return Ok(());
    }
    for p in unhandled {
        let (_, reason) = promise::state_of(p);
        if process_events::has_listeners("unhandledRejection") {
            if process_events::emit_named("unhandledRejection", &[reason, p]).is_err() {
                return Err(uncaught());
            }
            continue;
        }
        let report = if crate::exec::error::is_error(reason) {
            super::entry::uncaught_report(reason)
        } else {
            unhandled_report(reason)
        };
        crate::sys::output::write_stderr(report.as_bytes());
        process_events::emit_exit(1);
        return Err(Exit(1));
    }
    Ok(())
}

/// Drains `process.nextTick`'s queue and the microtasks (Node's
/// `processTicksAndRejections`).
pub fn drain() -> Result<(), Exit> {
    loop {
        while let Some((cb, args)) = timers::pop_tick() {
            if call_with_args(cb, Value::UNDEFINED, args).is_err() {
                return Err(uncaught());
            }
        }
        while let Some(job) = promise::jobs::pop() {
            if promise::run_job(job).is_err() {
                return Err(uncaught());
            }
        }
        process_rejections()?;
        if !timers::has_ticks() && promise::jobs::is_empty() {
            weakref::clear_kept();
            let Some((cleanup, held)) = weakref::pop_cleanup() else {
                return Ok(());
            };
            if function::call(cleanup, Value::UNDEFINED, &[held]).is_err() {
                return Err(uncaught());
            }
        }
    }
}

fn call_with_args(f: Value, this: Value, args: Value) -> Result<Value, exception::Exc> {
    if args.is_object() {
        let list: Vec<Value> = crate::object::ordinary::obj(args).dense().to_vec();
        function::call(f, this, &list)
    } else {
        function::call(f, this, &[])
    }
}

fn run_timers() -> Result<(), Exit> {
    while let Some((id, t)) = timers::pop_due() {
        let start = timers::clock_now();
        if call_with_args(t.callback, t.obj, t.args).is_err() {
            return Err(uncaught());
        }
        if t.repeat {
            timers::reschedule(id, start);
        }
        drain()?;
    }
    Ok(())
}

fn run_immediates() -> Result<(), Exit> {
    for i in timers::take_immediates() {
        if !timers::start_immediate(i.id) {
            continue;
        }
        if call_with_args(i.callback, i.obj, i.args).is_err() {
            return Err(uncaught());
        }
        drain()?;
    }
    Ok(())
}

/// The poll phase: waits for input on the watched descriptors until the
/// next timer is due (not at all with an immediate queued), and runs their
/// callbacks.
fn poll_io() -> Result<(), Exit> {
    timers::update_now();
    let timeout = if timers::has_refed_immediates() {
        Some(0)
    } else {
        timers::next_due().map(|due| due.saturating_sub(timers::now()))
    };
    crate::sys::output::flush();
    let ready = io::poll_ready(timeout);
    timers::update_now();
    for (fd, chunk) in ready {
        let arg = match chunk {
            Some(bytes) => match crate::builtins::node::text::uint8_array(&bytes) {
                Ok(a) => a,
                Err(_) => return Err(uncaught()),
            },
            None => Value::NULL,
        };
        let Some(cb) = io::take_callback(fd, arg.is_null()) else {
            continue;
        };
        if function::call(cb, Value::UNDEFINED, &[arg]).is_err() {
            return Err(uncaught());
        }
        drain()?;
    }
    Ok(())
}

fn wait_for_timer() -> Result<(), Exit> {
    if io::active() {
        return poll_io();
    }
    if timers::has_refed_immediates() || !timers::alive() {
        return Ok(());
    }
    timers::update_now();
    if let Some(due) = timers::next_due() {
        let now = timers::now();
        if due > now {
            crate::sys::output::flush();
            std::thread::sleep(std::time::Duration::from_millis(due - now));
        }
    }
    timers::update_now();
    Ok(())
}

/// Whether the loop has work that keeps it alive.
fn alive() -> bool {
    timers::alive() || io::active()
}

/// Runs the loop after the main script completed: the exit status.
pub fn run() -> i32 {
    let r = (|| {
        drain()?;
        loop {
            while alive() {
                timers::update_now();
                run_timers()?;
                wait_for_timer()?;
                run_immediates()?;
            }
            if !process_events::has_listeners("beforeExit") {
                return Ok(());
            }
            let code = crate::exec::realm::exit_code().unwrap_or(0);
            if process_events::emit_named("beforeExit", &[Value::number(code as f64)]).is_err() {
                return Err(uncaught());
            }
            drain()?;
            if !alive() {
                return Ok(());
            }
        }
    })();
    match r {
        Err(Exit(status)) => status,
        Ok(()) => {
            let code = crate::exec::realm::exit_code().map_or(0, |c| c & 0xff);
            process_events::emit_exit(code);
            crate::exec::realm::exit_code().map_or(0, |c| c & 0xff)
        }
    }
}

/// The main script threw (pending): Node's report, the `exit` listeners;
/// the exit status (1).
pub fn main_threw() -> i32 {
    uncaught().0
}
