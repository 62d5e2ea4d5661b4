//! Node's `fs`, synchronous half: files, directories and file descriptors
//! through `std::fs`, with Node's error objects (`ENOENT: no such file or
//! directory, open 'x'` with `errno`, `code`, `syscall`, `path`).
//!
//! Text is read and written in the encodings Node names (`utf8`, `latin1`,
//! `ascii`, `hex`, `base64`, `utf16le`); a read without an encoding would
//! return a `Buffer`, which kiln does not have yet: it throws a TypeError
//! saying so. The callback and promise APIs wait for the event loop.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::internal_methods;
use crate::object::key;
use crate::object::ordinary::DEFAULT_ATTRS;
use crate::text::string;
use std::io::{Read, Write};
use std::path::PathBuf;

/// The `fs` module object (made once, on first use).
pub fn module() -> Value {
    let fs = realm::new_plain_object();
    let m = |name: &str, len: u32, f: crate::object::function::NativeFn| {
        let fv = crate::object::function::new_native(name, len, f, 0);
        realm::define(fs, name, fv, DEFAULT_ATTRS);
    };
    m("readFileSync", 2, read_file_sync);
    m("writeFileSync", 3, write_file_sync);
    m("appendFileSync", 3, append_file_sync);
    m("existsSync", 1, exists_sync);
    m("readdirSync", 2, readdir_sync);
    m("statSync", 2, stat_sync);
    m("lstatSync", 2, lstat_sync);
    m("mkdirSync", 2, mkdir_sync);
    m("rmSync", 2, rm_sync);
    m("rmdirSync", 2, rmdir_sync);
    m("unlinkSync", 1, unlink_sync);
    m("renameSync", 2, rename_sync);
    m("copyFileSync", 3, copy_file_sync);
    m("realpathSync", 2, realpath_sync);
    m("openSync", 3, open_sync);
    m("closeSync", 1, close_sync);
    m("writeSync", 4, write_sync);
    fs
}

/// Node's error for a failed system call: `CODE: description, syscall 'path'`.
fn sys_error(
    e: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> exception::Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let (code, text) = errno_name(errno);
    let mut msg = format!("{code}: {text}, {syscall}");
    if let Some(p) = path {
        msg.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        msg.push_str(&format!(" -> '{d}'"));
    }
    let err = crate::exec::error::make(crate::abi::names::ErrorKind::Error, &msg);
    realm::define(err, "errno", Value::number(-(errno as f64)), DEFAULT_ATTRS);
    realm::define(err, "code", string::from_str(code), DEFAULT_ATTRS);
    realm::define(err, "syscall", string::from_str(syscall), DEFAULT_ATTRS);
    if let Some(p) = path {
        realm::define(err, "path", string::from_str(p), DEFAULT_ATTRS);
    }
    if let Some(d) = dest {
        realm::define(err, "dest", string::from_str(d), DEFAULT_ATTRS);
    }
    exception::throw(err)
}

/// libuv's name and description of a Linux errno.
fn errno_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        5 => ("EIO", "i/o error"),
        9 => ("EBADF", "bad file descriptor"),
        13 => ("EACCES", "permission denied"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        24 => ("EMFILE", "too many open files"),
        28 => ("ENOSPC", "no space left on device"),
        30 => ("EROFS", "read-only file system"),
        36 => ("ENAMETOOLONG", "name too long"),
        39 => ("ENOTEMPTY", "directory not empty"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        _ => ("EIO", "i/o error"),
    }
}

/// A path argument: a string (Node also takes URLs and Buffers).
fn path_arg(args: &[Value], i: usize, name: &str) -> JsResult<String> {
    let v = arg(args, i);
    if !v.is_string() {
        return Err(super::invalid_arg(&format!(
            "The \"{name}\" argument must be of type string or an instance of Buffer or URL. Received {}",
            super::received(v)
        )));
    }
    Ok(string::to_rust(v))
}

/// A file descriptor argument, if `v` is one.
fn fd_of(v: Value) -> Option<i32> {
    let n = v.is_number().then(|| v.as_number())?;
    (n.fract() == 0.0 && (0.0..=i32::MAX as f64).contains(&n)).then_some(n as i32)
}

/// `options` as an encoding name (a string, or `{ encoding }`), if any.
fn encoding_of(options: Value) -> JsResult<Option<String>> {
    let v = if options.is_string() {
        options
    } else if options.is_object() {
        internal_methods::get_value(options, key::from_str("encoding"))?
    } else {
        return Ok(None);
    };
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let name = string::to_rust(conv::to_string(v)?);
    let known = [
        "utf8",
        "utf-8",
        "latin1",
        "binary",
        "ascii",
        "hex",
        "base64",
        "base64url",
        "utf16le",
        "utf-16le",
        "ucs2",
        "ucs-2",
    ];
    if !known.contains(&name.to_ascii_lowercase().as_str()) {
        return Err(super::node_type_error(
            "ERR_INVALID_ARG_VALUE",
            &format!("The argument 'encoding' is invalid encoding. Received '{name}'"),
        ));
    }
    Ok(Some(name.to_ascii_lowercase()))
}

/// A flag of `options` (`{ flag: 'a' }`), if given.
fn flag_of(options: Value) -> JsResult<Option<String>> {
    if !options.is_object() {
        return Ok(None);
    }
    let v = internal_methods::get_value(options, key::from_str("flag"))?;
    if v.is_undefined() {
        return Ok(None);
    }
    Ok(Some(string::to_rust(conv::to_string(v)?)))
}

/// Bytes decoded as Node's `buffer.toString(encoding)` does.
pub(super) fn decode(bytes: &[u8], encoding: &str) -> Value {
    match encoding {
        "latin1" | "binary" => {
            let units: Vec<u16> = bytes.iter().map(|&b| b as u16).collect();
            string::from_units(&units)
        }
        "ascii" => {
            let units: Vec<u16> = bytes.iter().map(|&b| (b & 0x7f) as u16).collect();
            string::from_units(&units)
        }
        "hex" => string::from_str(&bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()),
        "base64" | "base64url" => string::from_str(&base64(bytes, encoding == "base64url")),
        "utf16le" | "utf-16le" | "ucs2" | "ucs-2" => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            string::from_units(&units)
        }
        _ => {
            let text =
                String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
            // Node keeps a BOM in the string: put it back.
            if bytes.starts_with(b"\xEF\xBB\xBF") {
                string::from_str(&format!("\u{FEFF}{text}"))
            } else {
                string::from_str(&text)
            }
        }
    }
}

/// A string encoded as Node's `Buffer.from(string, encoding)` does.
pub(super) fn encode(s: Value, encoding: &str) -> Vec<u8> {
    let units = string::units(s);
    match encoding {
        "latin1" | "binary" | "ascii" => units.iter().map(|&u| u as u8).collect(),
        "utf16le" | "utf-16le" | "ucs2" | "ucs-2" => {
            units.iter().flat_map(|u| u.to_le_bytes()).collect()
        }
        "base64" | "base64url" => unbase64(&string::to_rust(s)),
        "hex" => {
            let text = string::to_rust(s);
            let b = text.as_bytes();
            b.chunks_exact(2)
                .map_while(|c| u8::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
                .collect()
        }
        _ => {
            let mut out = Vec::with_capacity(units.len());
            string::write_utf8(&mut out, units);
            out
        }
    }
}

/// Node's lenient base64 decoding: both alphabets, padding and whitespace
/// ignored, stopping at the first `=`.
pub(crate) fn unbase64(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

pub(crate) fn base64(bytes: &[u8], url: bool) -> String {
    let table: &[u8; 64] = if url {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    } else {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    };
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(table[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else if !url {
                out.push('=');
            }
        }
    }
    out
}

/// Everything readable from file descriptor `fd` (0 is stdin).
fn read_fd(fd: i32) -> std::io::Result<Vec<u8>> {
    use std::os::fd::FromRawFd;
    // SAFETY: the descriptor belongs to the program; ManuallyDrop keeps the
    // File from closing it.
    let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let mut out = Vec::new();
    f.read_to_end(&mut out)?;
    Ok(out)
}

/// Writes `bytes` to descriptor `fd`; console output stays in order.
fn write_fd(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::fd::FromRawFd;
    if fd == 1 || fd == 2 {
        crate::sys::output::flush();
        crate::sys::output::write_fd(fd, bytes);
        return Ok(());
    }
    // SAFETY: as in `read_fd`.
    let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.write_all(bytes)
}

fn read_file_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let encoding = encoding_of(arg(args, 1))?;
    let bytes = match fd_of(arg(args, 0)) {
        Some(fd) => read_fd(fd).map_err(|e| sys_error(&e, "read", None, None))?,
        None => {
            let path = path_arg(args, 0, "path")?;
            let mut f =
                std::fs::File::open(&path).map_err(|e| sys_error(&e, "open", Some(&path), None))?;
            let mut out = Vec::new();
            f.read_to_end(&mut out)
                .map_err(|e| sys_error(&e, "read", None, None))?;
            out
        }
    };
    match encoding {
        Some(enc) => Ok(decode(&bytes, &enc)),
        None => Err(exception::throw_type_error(
            "fs.readFileSync without an encoding returns a Buffer, which kiln does not provide yet: pass an encoding such as 'utf8'",
        )),
    }
}

/// The bytes of `data` for writing (strings; other values as `String(v)`,
/// which is what Node does for numbers and the like only after a TypeError,
/// so only strings are taken).
fn data_bytes(data: Value, encoding: &str) -> JsResult<Vec<u8>> {
    if !data.is_string() {
        return Err(super::invalid_arg(&format!(
            "The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received {}",
            super::received(data)
        )));
    }
    Ok(encode(data, encoding))
}

fn write_common(args: &[Value], append: bool) -> JsResult<Value> {
    let options = arg(args, 2);
    let encoding = encoding_of(options)?.unwrap_or_else(|| "utf8".into());
    let bytes = data_bytes(arg(args, 1), &encoding)?;
    if let Some(fd) = fd_of(arg(args, 0)) {
        write_fd(fd, &bytes).map_err(|e| sys_error(&e, "write", None, None))?;
        return Ok(Value::UNDEFINED);
    }
    let path = path_arg(args, 0, "path")?;
    let flag = flag_of(options)?.unwrap_or_else(|| if append { "a".into() } else { "w".into() });
    let mut o = std::fs::OpenOptions::new();
    apply_flag(&mut o, &flag)?;
    let mut f = o
        .open(&path)
        .map_err(|e| sys_error(&e, "open", Some(&path), None))?;
    f.write_all(&bytes)
        .map_err(|e| sys_error(&e, "write", None, None))?;
    Ok(Value::UNDEFINED)
}

/// Node's string flags (`r`, `r+`, `w`, `wx`, `w+`, `a`, `ax`, `a+`).
fn apply_flag(o: &mut std::fs::OpenOptions, flag: &str) -> JsResult<()> {
    match flag {
        "r" | "rs" | "sr" => o.read(true),
        "r+" | "rs+" | "sr+" => o.read(true).write(true),
        "w" => o.write(true).create(true).truncate(true),
        "wx" | "xw" => o.write(true).create_new(true),
        "w+" => o.read(true).write(true).create(true).truncate(true),
        "wx+" | "xw+" => o.read(true).write(true).create_new(true),
        "a" | "as" | "sa" => o.append(true).create(true),
        "ax" | "xa" => o.append(true).create_new(true),
        "a+" | "as+" | "sa+" => o.read(true).append(true).create(true),
        "ax+" | "xa+" => o.read(true).append(true).create_new(true),
        _ => {
            return Err(super::node_type_error(
                "ERR_INVALID_ARG_VALUE",
                &format!("The value \"{flag}\" is invalid for option \"flags\""),
            ))
        }
    };
    Ok(())
}

fn write_file_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    write_common(args, false)
}

fn append_file_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    write_common(args, true)
}

fn exists_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(
        v.is_string() && std::path::Path::new(&string::to_rust(v)).exists(),
    ))
}

fn readdir_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    let dir = std::fs::read_dir(&path).map_err(|e| sys_error(&e, "scandir", Some(&path), None))?;
    // libuv sorts the entries by name (bytes).
    let mut names: Vec<String> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut values: GcVec<Value> = GcVec::new();
    for n in &names {
        values.push(string::from_str(n));
    }
    Ok(realm::new_array(&values))
}

fn stat_common(args: &[Value], follow: bool) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let meta = match meta {
        Ok(m) => m,
        Err(e) => {
            let options = arg(args, 1);
            if options.is_object() {
                let t = internal_methods::get_value(options, key::from_str("throwIfNoEntry"))?;
                if t.is_bool() && !conv::to_boolean(t) && e.kind() == std::io::ErrorKind::NotFound {
                    return Ok(Value::UNDEFINED);
                }
            }
            return Err(sys_error(
                &e,
                if follow { "stat" } else { "lstat" },
                Some(&path),
                None,
            ));
        }
    };
    Ok(stats_object(&meta))
}

/// A `Stats`-shaped object: Node's numeric fields and the `is*` methods
/// (the `Date` fields wait for `Date`).
fn stats_object(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let o = realm::new_plain_object();
    let num = |name: &str, x: f64| realm::define(o, name, Value::number(x), DEFAULT_ATTRS);
    num("dev", m.dev() as f64);
    num("mode", m.mode() as f64);
    num("nlink", m.nlink() as f64);
    num("uid", m.uid() as f64);
    num("gid", m.gid() as f64);
    num("rdev", m.rdev() as f64);
    num("blksize", m.blksize() as f64);
    num("ino", m.ino() as f64);
    num("size", m.size() as f64);
    num("blocks", m.blocks() as f64);
    let ms = |s: i64, ns: i64| s as f64 * 1000.0 + (ns as f64 / 1e6);
    num("atimeMs", ms(m.atime(), m.atime_nsec()));
    num("mtimeMs", ms(m.mtime(), m.mtime_nsec()));
    num("ctimeMs", ms(m.ctime(), m.ctime_nsec()));
    let mode = m.mode();
    let kind = |name: &str, want: u32| {
        let f = if mode & 0o170000 == want {
            is_true
        } else {
            is_false
        };
        realm::method(o, name, 0, f);
    };
    kind("isFile", 0o100000);
    kind("isDirectory", 0o040000);
    kind("isSymbolicLink", 0o120000);
    kind("isFIFO", 0o010000);
    kind("isSocket", 0o140000);
    kind("isCharacterDevice", 0o020000);
    kind("isBlockDevice", 0o060000);
    o
}

fn is_true(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::TRUE)
}

fn is_false(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::FALSE)
}

fn stat_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    stat_common(args, true)
}

fn lstat_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    stat_common(args, false)
}

/// `{ name: true }` in an options object.
fn option_true(options: Value, name: &str) -> JsResult<bool> {
    if !options.is_object() {
        return Ok(false);
    }
    Ok(conv::to_boolean(internal_methods::get_value(
        options,
        key::from_str(name),
    )?))
}

fn mkdir_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    if option_true(arg(args, 1), "recursive")? {
        // Node returns the first folder it made, or undefined.
        let p = PathBuf::from(&path);
        let first = p
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty() && !a.exists())
            .last()
            .map(|a| std::path::absolute(a).unwrap_or(a.to_path_buf()));
        std::fs::create_dir_all(&path).map_err(|e| sys_error(&e, "mkdir", Some(&path), None))?;
        return Ok(match first {
            Some(f) => string::from_str(&f.display().to_string()),
            None => Value::UNDEFINED,
        });
    }
    std::fs::create_dir(&path).map_err(|e| sys_error(&e, "mkdir", Some(&path), None))?;
    Ok(Value::UNDEFINED)
}

fn rm_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    let recursive = option_true(arg(args, 1), "recursive")?;
    let force = option_true(arg(args, 1), "force")?;
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(_) if force => return Ok(Value::UNDEFINED),
        Err(e) => return Err(sys_error(&e, "lstat", Some(&path), None)),
    };
    let r = if meta.is_dir() {
        if !recursive {
            let msg = format!("Path is a directory: rm returned EISDIR (is a directory) {path}");
            let err = crate::exec::error::make(crate::abi::names::ErrorKind::Error, &msg);
            realm::define(
                err,
                "code",
                string::from_str("ERR_FS_EISDIR"),
                DEFAULT_ATTRS,
            );
            return Err(exception::throw(err));
        }
        std::fs::remove_dir_all(&path)
    } else {
        std::fs::remove_file(&path)
    };
    r.map_err(|e| sys_error(&e, "rm", Some(&path), None))?;
    Ok(Value::UNDEFINED)
}

fn rmdir_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    std::fs::remove_dir(&path).map_err(|e| sys_error(&e, "rmdir", Some(&path), None))?;
    Ok(Value::UNDEFINED)
}

fn unlink_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    std::fs::remove_file(&path).map_err(|e| sys_error(&e, "unlink", Some(&path), None))?;
    Ok(Value::UNDEFINED)
}

fn rename_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let from = path_arg(args, 0, "oldPath")?;
    let to = path_arg(args, 1, "newPath")?;
    std::fs::rename(&from, &to).map_err(|e| sys_error(&e, "rename", Some(&from), Some(&to)))?;
    Ok(Value::UNDEFINED)
}

fn copy_file_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let from = path_arg(args, 0, "src")?;
    let to = path_arg(args, 1, "dest")?;
    std::fs::copy(&from, &to).map_err(|e| sys_error(&e, "copyfile", Some(&from), Some(&to)))?;
    Ok(Value::UNDEFINED)
}

fn realpath_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let path = path_arg(args, 0, "path")?;
    let p =
        std::fs::canonicalize(&path).map_err(|e| sys_error(&e, "realpath", Some(&path), None))?;
    Ok(string::from_str(&p.display().to_string()))
}

fn open_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    use std::os::fd::IntoRawFd;
    let path = path_arg(args, 0, "path")?;
    let flags = arg(args, 1);
    let flag = if flags.is_undefined() {
        "r".to_string()
    } else {
        string::to_rust(conv::to_string(flags)?)
    };
    let mut o = std::fs::OpenOptions::new();
    apply_flag(&mut o, &flag)?;
    let f = o
        .open(&path)
        .map_err(|e| sys_error(&e, "open", Some(&path), None))?;
    Ok(Value::number(f.into_raw_fd() as f64))
}

fn close_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    use std::os::fd::FromRawFd;
    let Some(fd) = fd_of(arg(args, 0)) else {
        return Err(super::invalid_arg(&format!(
            "The \"fd\" argument must be of type number. Received {}",
            super::received(arg(args, 0))
        )));
    };
    if fd > 2 {
        // SAFETY: the program opened this descriptor with openSync and
        // closes it here; dropping the File closes it.
        drop(unsafe { std::fs::File::from_raw_fd(fd) });
    }
    Ok(Value::UNDEFINED)
}

fn write_sync(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let Some(fd) = fd_of(arg(args, 0)) else {
        return Err(super::invalid_arg(&format!(
            "The \"fd\" argument must be of type number. Received {}",
            super::received(arg(args, 0))
        )));
    };
    // writeSync(fd, string[, position[, encoding]])
    let encoding = encoding_of(arg(args, 3))?.unwrap_or_else(|| "utf8".into());
    let bytes = data_bytes(arg(args, 1), &encoding)?;
    write_fd(fd, &bytes).map_err(|e| sys_error(&e, "write", None, None))?;
    Ok(Value::number(bytes.len() as f64))
}
