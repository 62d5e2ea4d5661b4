//! The microtask queue (the spec's Job queue for promise jobs, ECMA-262
//! §9.5 HostEnqueuePromiseJob) and `queueMicrotask` callbacks.
//!
//! Jobs are Rust records of a few values in a `VecDeque`, traced as a
//! collector root ([`trace_roots`]); running one never holds the queue's
//! borrow, so a job may enqueue more. The event loop (`host::event_loop`)
//! drains the queue after the main script and after every macrotask, after
//! `process.nextTick`'s queue, as Node does.

use crate::abi::value::Value;
use std::cell::RefCell;
use std::collections::VecDeque;

/// What a job does (see `promise::run_job`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JobKind {
    /// NewPromiseReactionJob: `v = [kind, cap promise, cap resolve, cap
    /// reject, on fulfilled, on rejected, argument]`, fulfilled.
    Fulfilled,
    /// The same for a rejection.
    Rejected,
    /// NewPromiseResolveThenableJob: `v = [promise, thenable, then]`.
    Thenable,
    /// `queueMicrotask(f)`: `v = [f]`.
    Callback,
}

/// One queued job.
#[derive(Clone, Copy)]
pub struct Job {
    pub kind: JobKind,
    pub v: [Value; 7],
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
}

/// Appends `job` to the queue.
pub fn enqueue(job: Job) {
    QUEUE.with(|q| q.borrow_mut().push_back(job));
}

/// Takes the first queued job.
pub fn pop() -> Option<Job> {
    QUEUE.with(|q| q.borrow_mut().pop_front())
}

/// Whether no job is queued.
pub fn is_empty() -> bool {
    QUEUE.with(|q| q.borrow().is_empty())
}

/// Collector root: every value of every queued job.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    QUEUE.with(|q| {
        for j in q.borrow().iter() {
            for v in j.v {
                m.value(v);
            }
        }
    });
}
