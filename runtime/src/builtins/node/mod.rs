//! The part of Node's host command-line programs use: `process.stdout` and
//! `process.stderr` (`write`, `isTTY`, `fd`), `process.stdin`'s descriptor,
//! `process.cwd()`/`chdir()`, `pid`, `arch`, and the `fs` module ([`fs`]).
//!
//! kiln's `require('fs')` (and `import ... from 'fs'`) is a JavaScript
//! module of the compiler's whose body is `module.exports =
//! process.binding('fs')`: `process.binding`, a deprecated Node API for its
//! internal bindings, is where kiln's native modules are reached from.

pub mod crypto;
pub mod fs;
pub mod io;
pub mod text;
pub mod url;
pub mod zlib;

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::ordinary::{CONFIGURABLE, DEFAULT_ATTRS, ENUMERABLE, WRITABLE};
use crate::text::string;
use std::io::IsTerminal;

/// Adds the host's properties to the `process` object.
pub fn install(r: &Realm) {
    text::install(r.global);
    let Some(process) = realm::global_value(string::from_str("process")) else {
        return;
    };
    let attrs = WRITABLE | CONFIGURABLE | ENUMERABLE;
    for (name, fd, write) in [
        ("stdin", 0, None),
        (
            "stdout",
            1,
            Some(stdout_write as crate::object::function::NativeFn),
        ),
        (
            "stderr",
            2,
            Some(stderr_write as crate::object::function::NativeFn),
        ),
    ] {
        let s = realm::new_plain_object();
        realm::define(s, "fd", Value::number(fd as f64), DEFAULT_ATTRS);
        let tty = match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            _ => std::io::stderr().is_terminal(),
        };
        // Node sets `isTTY` only on a terminal.
        if tty {
            realm::define(s, "isTTY", Value::TRUE, DEFAULT_ATTRS);
            // Node's tty.WriteStream: `columns`/`rows` and `getWindowSize()`.
            if let (Some((cols, rows)), true) = (crate::sys::window_size(fd), fd > 0) {
                realm::define(s, "columns", Value::number(cols as f64), DEFAULT_ATTRS);
                realm::define(s, "rows", Value::number(rows as f64), DEFAULT_ATTRS);
                realm::method(s, "getWindowSize", 0, window_size);
            }
        }
        if let Some(w) = write {
            realm::method(s, "write", 1, w);
        }
        realm::define(process, name, s, attrs);
    }
    realm::method(process, "cwd", 0, cwd);
    realm::method(process, "chdir", 1, chdir);
    realm::method(process, "binding", 1, binding);
    realm::method(process, "uptime", 0, uptime);
    realm::define(
        process,
        "pid",
        Value::number(std::process::id() as f64),
        attrs,
    );
    realm::define(process, "arch", string::from_str(arch()), attrs);
    realm::method(process, "memoryUsage", 0, memory_usage);
    realm::method(process, "kill", 2, kill);
    realm::define(process, "ppid", Value::number(parent_pid() as f64), attrs);
    // The Node version whose behaviour kiln follows (its tests are Node's output).
    realm::define(process, "version", string::from_str(NODE_VERSION), attrs);
    let versions = realm::new_plain_object();
    let v = string::from_str(&NODE_VERSION[1..]);
    realm::define(versions, "node", v, DEFAULT_ATTRS);
    let k = string::from_str(env!("CARGO_PKG_VERSION"));
    realm::define(versions, "kiln", k, DEFAULT_ATTRS);
    realm::define(process, "versions", versions, attrs);
    let release = realm::new_plain_object();
    realm::define(release, "name", string::from_str("node"), DEFAULT_ATTRS);
    realm::define(process, "release", release, attrs);
    START.get_or_init(std::time::Instant::now);
}

/// `stream.getWindowSize()`: `[columns, rows]` of the stream's terminal.
fn window_size(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let fd = crate::object::internal_methods::get_value(this, crate::object::key::from_str("fd"))?;
    let fd = if fd.is_number() {
        fd.as_number() as i32
    } else {
        1
    };
    let (c, r) = crate::sys::window_size(fd).unwrap_or((0, 0));
    Ok(realm::new_array(&[
        Value::number(c as f64),
        Value::number(r as f64),
    ]))
}

static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The Node release kiln's behaviour is recorded against.
const NODE_VERSION: &str = "v20.20.2";

fn parent_pid() -> u32 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after = s.rsplit_once(')')?.1;
            after.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

/// `process.memoryUsage()`: `rss` from /proc, the heap's figures from the
/// collector.
fn memory_usage(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let page = 4096.0;
    let rss = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |p| p * page);
    let (heap_total, heap_used) = crate::gc::heap_figures();
    let o = realm::new_plain_object();
    for (k, v) in [
        ("rss", rss),
        ("heapTotal", heap_total as f64),
        ("heapUsed", heap_used as f64),
        ("external", 0.0),
        ("arrayBuffers", 0.0),
    ] {
        realm::define(o, k, Value::number(v), DEFAULT_ATTRS);
    }
    Ok(o)
}

/// `process.kill(pid[, signal])`: signals by name (`'SIGTERM'`) or number.
fn kill(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let pid = conv::to_number(arg(args, 0))?;
    if pid.fract() != 0.0 || pid.is_nan() {
        return Err(invalid_arg(&format!(
            "The \"pid\" argument must be of type number. Received {}",
            received(arg(args, 0))
        )));
    }
    let sig = arg(args, 1);
    let signo = if sig.is_undefined() {
        15
    } else if sig.is_number() {
        sig.as_number() as i32
    } else {
        let name = string::to_rust(conv::to_string(sig)?);
        match crate::sys::signal_number(&name) {
            Some(n) => n,
            None => {
                return Err(node_type_error(
                    "ERR_UNKNOWN_SIGNAL",
                    &format!("Unknown signal: {name}"),
                ));
            }
        }
    };
    crate::sys::output::flush();
    if !crate::sys::send_signal(pid as i32, signo) {
        let err = crate::exec::error::make(crate::abi::names::ErrorKind::Error, "kill ESRCH");
        realm::define(err, "code", string::from_str("ESRCH"), DEFAULT_ATTRS);
        realm::define(err, "syscall", string::from_str("kill"), DEFAULT_ATTRS);
        return Err(exception::throw(err));
    }
    Ok(Value::TRUE)
}

/// Node's name for the machine architecture.
fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

/// The text of a `write(chunk)` argument.
fn chunk(args: &[Value]) -> JsResult<Vec<u8>> {
    let v = arg(args, 0);
    if v.is_null() {
        return Err(node_type_error(
            "ERR_STREAM_NULL_VALUES",
            "May not write null values to stream",
        ));
    }
    if !v.is_string() {
        return Err(invalid_arg(&format!(
            "The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received {}",
            received(v)
        )));
    }
    let mut out = Vec::new();
    string::write_utf8(&mut out, string::units(v));
    Ok(out)
}

fn stdout_write(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    crate::sys::output::write_stdout(&chunk(args)?);
    Ok(Value::TRUE)
}

fn stderr_write(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    crate::sys::output::write_stderr(&chunk(args)?);
    Ok(Value::TRUE)
}

fn cwd(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    match std::env::current_dir() {
        Ok(d) => Ok(string::from_str(&d.display().to_string())),
        Err(e) => Err(exception::throw_error(
            crate::abi::names::ErrorKind::Error,
            &format!("ENOENT: {e}, uv_cwd"),
        )),
    }
}

fn chdir(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let dir = arg(args, 0);
    if !dir.is_string() {
        return Err(invalid_arg(&format!(
            "The \"directory\" argument must be of type string. Received {}",
            received(dir)
        )));
    }
    let d = string::to_rust(dir);
    std::env::set_current_dir(&d).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound {
            "ENOENT"
        } else {
            "EACCES"
        };
        let what = if code == "ENOENT" {
            "no such file or directory"
        } else {
            "permission denied"
        };
        exception::throw_error(
            crate::abi::names::ErrorKind::Error,
            &format!(
                "{code}: {what}, chdir {} -> '{d}'",
                std::env::current_dir()
                    .map(|c| c.display().to_string())
                    .unwrap_or_default()
            ),
        )
    })?;
    Ok(Value::UNDEFINED)
}

fn uptime(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let start = START.get_or_init(std::time::Instant::now);
    Ok(Value::number(start.elapsed().as_secs_f64()))
}

/// `util.format(...)`: the line `console.log` would print, without the newline.
fn util_format(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut line = Vec::new();
    crate::builtins::console::inspect::format_line(&mut line, args);
    Ok(string::from_units(&line))
}

/// `util.inspect(value[, options])` with `depth` (a number, `null` or
/// `Infinity` for no limit) and `showHidden`; also the legacy form
/// `inspect(value, showHidden, depth)`.
fn util_inspect(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let opts = arg(args, 1);
    let (mut depth, mut hidden) = (Value::number(2.0), Value::FALSE);
    if opts.is_object() {
        let get = |k: &str| {
            crate::object::internal_methods::get_value(opts, crate::object::key::from_str(k))
        };
        let d = get("depth")?;
        if !d.is_undefined() {
            depth = d;
        }
        hidden = get("showHidden")?;
    } else if opts.is_bool() {
        hidden = opts;
        if !arg(args, 2).is_undefined() {
            depth = arg(args, 2);
        }
    }
    let depth = if depth.is_null() {
        usize::MAX
    } else {
        let d = conv::to_number(depth)?;
        if d.is_nan() || d < 0.0 {
            0
        } else if d.is_infinite() || d > 1e6 {
            usize::MAX
        } else {
            d as usize
        }
    };
    let mut out = Vec::new();
    crate::builtins::console::inspect::push_inspect_with(
        &mut out,
        arg(args, 0),
        depth,
        conv::to_boolean(hidden),
    );
    Ok(string::from_units(&out))
}

/// `encode(string, encoding)`: a Uint8Array of the string's bytes in
/// `encoding` (Node's names, lower case; the Buffer module checks them).
fn buffer_encode(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    let enc = string::to_rust(conv::to_string(arg(args, 1))?);
    text::uint8_array(&fs::encode(s, &enc))
}

/// `decode(view, encoding, start, end)`: the text of bytes `start..end` of
/// a typed array.
fn buffer_decode(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !crate::object::typed_array::is_typed_array(v) {
        return Err(invalid_arg("argument must be a buffer"));
    }
    let bytes = text::view_bytes(v);
    let enc = string::to_rust(conv::to_string(arg(args, 1))?);
    let clamp = |x: Value, d: usize| -> JsResult<usize> {
        if x.is_undefined() {
            return Ok(d);
        }
        let n = conv::to_number(x)?;
        Ok(if n.is_nan() || n < 0.0 {
            0
        } else {
            (n as usize).min(bytes.len())
        })
    };
    let start = clamp(arg(args, 2), 0)?;
    let end = clamp(arg(args, 3), bytes.len())?.max(start);
    Ok(fs::decode(&bytes[start..end], &enc))
}

/// `received(v)`: how Node's argument errors describe `v` (for kiln's
/// JavaScript modules of Node's API).
fn received_text(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(string::from_str(&received(arg(args, 0))))
}

/// Marks `ns` as an ES module namespace object (printed as Node prints
/// one); the ES module linker's prelude calls it.
fn module_namespace(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let ns = arg(args, 0);
    if ns.is_object() && realm::builtin_tag(ns).is_none() {
        realm::set_builtin_tag(ns, "Module");
    }
    Ok(ns)
}

/// `callSite()`: where the innermost JS frame outside kiln's own modules
/// (files named `node:…`/`kiln:…`) stands, as `{ text, offset }`: its
/// source line and the lines after it (up to 40), and the UTF-16 offset of
/// its column in that text; `undefined` when no such frame is known. The
/// `assert` module quotes the call `assert(x)` from it.
fn call_site(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    use crate::exec::frames;
    let Some(f) = frames::capture(64).into_iter().find(|f| {
        let p = frames::file_path(f.file);
        f.line > 0 && !p.starts_with("node:") && !p.starts_with("kiln:")
    }) else {
        return Ok(Value::UNDEFINED);
    };
    let mut text = String::new();
    for line in f.line..f.line + 40 {
        let Some(l) = frames::source_line(f.file, line) else {
            break;
        };
        if line > f.line {
            text.push('\n');
        }
        text.push_str(l);
    }
    let first = frames::source_line(f.file, f.line).unwrap_or("");
    let offset: usize = first
        .chars()
        .take(f.col.saturating_sub(1) as usize)
        .map(char::len_utf16)
        .sum();
    let path = frames::file_path(f.file);
    let esm = ES_MODULES.with(|m| m.borrow().iter().any(|p| p == path));
    let o = realm::new_plain_object();
    realm::define(o, "esm", Value::bool(esm), DEFAULT_ATTRS);
    realm::define(o, "text", string::from_str(&text), DEFAULT_ATTRS);
    realm::define(o, "offset", Value::number(offset as f64), DEFAULT_ATTRS);
    Ok(o)
}

thread_local! {
    /// The program's ES module files (when it uses `assert`).
    static ES_MODULES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `esModules(paths)`: records which source files are ES modules (the ES
/// module linker's prelude calls it when the program has `assert`).
fn es_modules(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let list = arg(args, 0);
    let n = conv::to_number(crate::object::internal_methods::get_value(
        list,
        crate::object::key::from_str("length"),
    )?)? as usize;
    for i in 0..n {
        let p = crate::object::internal_methods::get_value(
            list,
            crate::object::key::from_str(&i.to_string()),
        )?;
        let p = string::to_rust(conv::to_string(p)?);
        ES_MODULES.with(|m| m.borrow_mut().push(p));
    }
    Ok(Value::UNDEFINED)
}

/// `process.binding(name)`: kiln's native modules (`fs`; `kiln`, the
/// compiler's own helpers).
fn binding(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let name = string::to_rust(conv::to_string(arg(args, 0))?);
    match name.as_str() {
        "fs" => Ok(fs::module()),
        "crypto" => Ok(crypto::module()),
        "zlib" => Ok(zlib::module()),
        "io" => Ok(io::module()),
        "url" => Ok(url::module()),
        "util" => {
            let u = realm::new_plain_object();
            realm::method(u, "format", 0, util_format);
            realm::method(u, "inspect", 2, util_inspect);
            Ok(u)
        }
        "buffer" => {
            let b = realm::new_plain_object();
            realm::method(b, "encode", 2, buffer_encode);
            realm::method(b, "decode", 4, buffer_decode);
            Ok(b)
        }
        "kiln" => {
            let k = realm::new_plain_object();
            realm::method(k, "moduleNamespace", 1, module_namespace);
            realm::method(k, "received", 1, received_text);
            realm::method(k, "callSite", 0, call_site);
            realm::method(k, "esModules", 1, es_modules);
            // structuredClone's `transfer` of ArrayBuffers.
            let detach = crate::builtins::binary::detach_array_buffer;
            realm::method(k, "detachArrayBuffer", 1, detach);
            let detached = crate::builtins::binary::is_detached_buffer;
            realm::method(k, "isDetachedBuffer", 1, detached);
            Ok(k)
        }
        _ => Err(exception::throw_error(
            crate::abi::names::ErrorKind::Error,
            &format!("No such module: {name}"),
        )),
    }
}

/// Node's error of `kind` with a `code` property (`ERR_INVALID_ARG_TYPE`, ...).
pub fn coded_error(
    kind: crate::abi::names::ErrorKind,
    code: &str,
    message: &str,
) -> exception::Exc {
    let err = crate::exec::error::make(kind, message);
    realm::define(err, "code", string::from_str(code), DEFAULT_ATTRS);
    exception::throw(err)
}

/// Node's `TypeError` with a `code`.
pub fn node_type_error(code: &str, message: &str) -> exception::Exc {
    coded_error(crate::abi::names::ErrorKind::TypeError, code, message)
}

/// A web platform error (a DOMException in Node): `name` and a numeric `code`.
pub fn dom_error(
    kind: crate::abi::names::ErrorKind,
    name: &str,
    code: f64,
    message: &str,
) -> exception::Exc {
    let err = crate::exec::error::make(kind, message);
    realm::define(err, "code", Value::number(code), DEFAULT_ATTRS);
    realm::define(err, "name", string::from_str(name), WRITABLE | CONFIGURABLE);
    exception::throw(err)
}

/// `ERR_INVALID_ARG_TYPE`.
pub fn invalid_arg(message: &str) -> exception::Exc {
    node_type_error("ERR_INVALID_ARG_TYPE", message)
}

/// How Node's argument errors describe the value received
/// (`determineSpecificType`).
pub fn received(v: Value) -> String {
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "null".into();
    }
    if crate::exec::realm::is_callable(v) {
        let name = string::to_rust(crate::object::function::name(v));
        return if name.is_empty() {
            "function ".into()
        } else {
            format!("function {name}")
        };
    }
    if v.is_object() {
        return match crate::object::internal_methods::constructor_name(v) {
            Some(c) if !c.is_empty() => format!("an instance of {c}"),
            _ => "[Object: null prototype] {}".into(),
        };
    }
    let inspected = if v.is_string() {
        format!("'{}'", string::to_rust(v))
    } else {
        conv::display_string(v)
    };
    let shown = if inspected.chars().count() > 28 {
        format!("{}...", inspected.chars().take(25).collect::<String>())
    } else {
        inspected
    };
    format!("type {} ({shown})", conv::type_of(v))
}
