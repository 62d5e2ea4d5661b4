//! Process entry: runs the compiled program on a thread with a large stack and
//! reports an uncaught exception the way Node does.
//!
//! The program object defines `kiln_js_main` (the script's top level),
//! `kiln_js_call` and the `kiln_stack_limit` word; this module defines the C
//! `main`, only with the `entry` feature (the static archive linked into
//! programs; never the rlib the compiler links). `main` is moreover emitted as
//! a *weak* alias of `kiln_main` (via `global_asm!`), so that even a build
//! with all features cannot clash with a Rust binary's own `main`; in a kiln
//! executable crt1's reference to `main` pulls it from the archive.

use crate::abi::value::Value;

/// Stack size of the thread that runs JavaScript.
pub const JS_STACK_SIZE: usize = 256 << 20;
/// Head-room kept below `kiln_stack_limit` for runtime calls and for
/// constructing the `RangeError` itself.
pub const STACK_MARGIN: usize = 512 << 10;

/// The value for `kiln_stack_limit` (the lowest stack address compiled code
/// may use) on a stack of `size` bytes whose top is near `top`.
pub fn stack_limit(top: u64, size: usize) -> u64 {
    top.saturating_sub((size - STACK_MARGIN) as u64)
}

/// Node's `file:line`, source line and caret header of an uncaught exception.
fn uncaught_header() -> String {
    let Some((file, line, col)) = crate::exec::frames::throw_site() else {
        return String::new();
    };
    let src = crate::exec::frames::source_line(file, line).unwrap_or("");
    let pad: String = src
        .chars()
        .take(col.saturating_sub(1) as usize)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let path = crate::exec::frames::file_path(file);
    // Code compiled from a string (eval, `Function`): Node's name for it.
    let path = if path.starts_with("eval at ") {
        "<anonymous_script>"
    } else {
        path
    };
    format!("{path}:{line}\n{src}\n{pad}^\n")
}

/// The text Node prints on stderr for an uncaught exception `v`.
pub fn uncaught_report(v: Value) -> String {
    uncaught_header() + &uncaught_body(v)
}

fn uncaught_body(v: Value) -> String {
    let plain_error = crate::exec::error::is_error(v)
        && crate::object::internal_methods::own_enumerable_string_keys(v).is_empty()
        && crate::object::internal_methods::get_own(
            v,
            crate::object::key::Key::Named(crate::exec::realm::get().keys.cause),
        )
        .is_none();
    if plain_error {
        format!("\n{}\n", crate::exec::error::stack_text(v))
    } else if crate::exec::error::is_error(v) {
        // With extra properties: the stack, then `{ code: 42 }` (as inspect).
        let mut line = Vec::new();
        crate::builtins::console::inspect::push_inspect(&mut line, v);
        format!("\n{}\n", String::from_utf16_lossy(&line))
    } else if v.is_object() {
        let mut line = Vec::new();
        crate::builtins::console::inspect::push_inspect(&mut line, v);
        format!("{}\n", String::from_utf16_lossy(&line))
    } else {
        format!(
            "{}\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n",
            crate::exec::conv::display_string(v)
        )
    }
}

#[cfg(all(feature = "entry", not(test)))]
mod process {
    use super::*;

    /// Executables track their Rust allocations (see `gc::rust_heap`).
    #[global_allocator]
    static ALLOCATOR: crate::gc::rust_heap::Tracking = crate::gc::rust_heap::Tracking;

    extern "C" {
        fn kiln_js_main() -> Value;
        fn kiln_js_call(
            callee: Value,
            this: Value,
            argc: i64,
            argv: *const Value,
            nt: Value,
        ) -> Value;
        fn kiln_native_entry();
        static mut kiln_stack_limit: u64;
        static kiln_frame_table: crate::exec::frames::FrameTable;
    }

    /// Runs the program's top level on the current thread; the exit status.
    fn run() -> i32 {
        let top = 0u8;
        let limit = stack_limit(std::ptr::addr_of!(top) as u64, JS_STACK_SIZE);
        // SAFETY: the program's limit word, written before any compiled code runs.
        unsafe { std::ptr::addr_of_mut!(kiln_stack_limit).write(limit) };
        crate::gc::coro::set_limit_word(std::ptr::addr_of_mut!(kiln_stack_limit));
        crate::exec::exception::set_native_stack_limit(limit);
        // SAFETY: the compiler-emitted frame table of this program.
        crate::exec::frames::install(
            unsafe { std::ptr::addr_of!(kiln_frame_table) },
            std::ptr::addr_of!(top) as u64,
        );
        crate::gc::init(
            std::ptr::addr_of!(top) as usize,
            &crate::host::gc_hooks::HOOKS,
        );
        // SAFETY: kiln_js_main is the compiler-emitted entry of the program.
        let r = unsafe { kiln_js_main() };
        // Then the event loop (promise jobs, timers, ...) until nothing is pending.
        let status = if crate::exec::exception::is_exception(r) {
            crate::host::event_loop::main_threw()
        } else {
            crate::host::event_loop::run()
        };
        crate::sys::output::flush();
        crate::gc::report();
        status
    }

    /// The C entry point (see the module docs for why `main` is an alias).
    #[no_mangle]
    pub extern "C" fn kiln_main(_argc: i32, _argv: *const *const i8) -> i32 {
        crate::object::function::set_entries(kiln_js_call, kiln_native_entry as usize);
        crate::sys::output::install_signal_handlers();
        let status = match std::thread::Builder::new()
            .name("js".into())
            .stack_size(JS_STACK_SIZE)
            .spawn(run)
        {
            Ok(handle) => handle.join().unwrap_or(70),
            Err(_) => run(),
        };
        crate::sys::output::flush();
        status
    }

    std::arch::global_asm!(
        ".weak main",
        ".type main, @function",
        "main:",
        "jmp {entry}",
        ".size main, . - main",
        entry = sym kiln_main,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::from_str;

    #[test]
    fn uncaught_reports() {
        let e = crate::exec::error::make(crate::exec::error::ErrorKind::TypeError, "boom");
        assert_eq!(uncaught_report(e), "\nTypeError: boom\n");
        let note = "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n";
        assert_eq!(uncaught_report(Value::number(42.0)), format!("42\n{note}"));
        assert_eq!(uncaught_report(Value::number(-0.0)), format!("0\n{note}"));
        assert_eq!(uncaught_report(from_str("abc")), format!("abc\n{note}"));
        assert_eq!(uncaught_report(Value::NULL), format!("null\n{note}"));
        let f = crate::object::function::new_function(0, from_str("f"), 0.0, 0, 0);
        assert_eq!(uncaught_report(f), "[Function: f]\n");
    }

    #[test]
    fn limit() {
        let limit = stack_limit(0x7000_0000_0000, JS_STACK_SIZE);
        assert_eq!(limit, 0x7000_0000_0000 - (256 << 20) + (512 << 10));
    }
}
