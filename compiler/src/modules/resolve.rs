//! Node's module resolution (`require.resolve` and `import`), done at compile time.
//!
//! Follows the algorithm of Node's documentation ("All together", modules.md):
//! relative and absolute specifiers load as a file (`X`, `X.js`, `X.json`)
//! or as a directory (`package.json` `main`, then `index.js`,
//! `index.json`); bare specifiers are looked up in the `node_modules`
//! folders from the requiring file's folder up to the root, honouring a
//! package's `exports` (a string, a `"."` entry, exact subpaths, and the
//! `require`, `node` and `default` conditions) before `main`. Node's
//! built-in modules (`fs`, `node:path`, ...) are recognised and reported as
//! such. `import` ([`Mode::Import`]) resolves as Node's ESM resolver
//! does: relative and absolute specifiers name a file exactly (no extension
//! probing, no directories), packages match the `import` condition, and
//! [`module_kind`] tells an ES module from a CommonJS one (`.mjs`, `.cjs`,
//! the nearest `package.json`'s `type`).

use std::path::{Path, PathBuf};

/// What a specifier resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A JavaScript file (CommonJS).
    Js(PathBuf),
    /// A JSON file: `module.exports` is its parsed value.
    Json(PathBuf),
    /// A Node built-in module (`fs`, `node:path`).
    Builtin(String),
    /// Nothing: `require` throws `MODULE_NOT_FOUND` when it runs.
    NotFound,
}

/// Node's built-in module names (v20), without the `node:` prefix.
pub(crate) const BUILTINS: &[&str] = &[
    "assert",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "domain",
    "events",
    "fs",
    "http",
    "http2",
    "https",
    "inspector",
    "module",
    "net",
    "os",
    "path",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "repl",
    "stream",
    "string_decoder",
    "sys",
    "timers",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// `require(spec)` or `import ... from spec`: they differ in the condition
/// matched in `exports` and in how a relative specifier names a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Require,
    Import,
}

/// What kind of module a JavaScript file is, as Node decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.mjs`, or `.js` under a `package.json` with `"type": "module"`.
    Esm,
    /// `.cjs`, or `.js` under a `package.json` with `"type": "commonjs"`.
    Cjs,
    /// `.js` with no `type` field above it: Node (20.19 and later) detects
    /// it from the syntax (ES module syntax makes it an ES module).
    Detect,
}

/// The kind of the JavaScript file `path`.
pub fn module_kind(path: &Path) -> Kind {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => return Kind::Esm,
        Some("cjs") => return Kind::Cjs,
        _ => {}
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if let Some(pkg) = package_json(d) {
            return match pkg.get("type") {
                Some(Json::Str(t)) if t == "module" => Kind::Esm,
                Some(Json::Str(t)) if t == "commonjs" => Kind::Cjs,
                _ => Kind::Detect,
            };
        }
        dir = d.parent();
    }
    Kind::Detect
}

/// Resolves `spec` as `require(spec)` in a file of folder `from_dir`.
pub fn resolve(spec: &str, from_dir: &Path) -> Resolved {
    resolve_as(spec, from_dir, Mode::Require)
}

/// Resolves `spec` as `require` or `import` does in a file of folder `from_dir`.
pub fn resolve_as(spec: &str, from_dir: &Path, mode: Mode) -> Resolved {
    if let Some(name) = spec.strip_prefix("node:") {
        return Resolved::Builtin(name.to_string());
    }
    let top = spec.split('/').next().unwrap_or(spec);
    if BUILTINS.contains(&top) {
        return Resolved::Builtin(spec.to_string());
    }
    let relative = spec.starts_with("./") || spec.starts_with("../") || spec == "." || spec == "..";
    if relative || spec.starts_with('/') {
        let p = from_dir.join(spec);
        return match mode {
            Mode::Require => load_file_or_dir(&p),
            Mode::Import if p.is_file() => classify(&p),
            Mode::Import => Resolved::NotFound,
        };
    }
    // A bare specifier: `name` or `@scope/name`, then an optional subpath.
    let mut parts = spec.splitn(if spec.starts_with('@') { 3 } else { 2 }, '/');
    let name = if spec.starts_with('@') {
        let scope = parts.next().unwrap_or_default();
        format!("{scope}/{}", parts.next().unwrap_or_default())
    } else {
        parts.next().unwrap_or_default().to_string()
    };
    let subpath = parts.next();
    let mut dir = Some(from_dir);
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n != "node_modules") || d.parent().is_none() {
            let pkg = d.join("node_modules").join(&name);
            if pkg.is_dir() {
                if let Some(r) = load_package_exports(&pkg, subpath, mode) {
                    return r;
                }
                let target = match subpath {
                    Some(sub) => pkg.join(sub),
                    None => pkg.clone(),
                };
                let r = load_file_or_dir(&target);
                if r != Resolved::NotFound {
                    return r;
                }
            }
        }
        dir = d.parent();
    }
    Resolved::NotFound
}

fn load_file_or_dir(x: &Path) -> Resolved {
    load_file(x).unwrap_or_else(|| load_dir(x).unwrap_or(Resolved::NotFound))
}

fn classify(p: &Path) -> Resolved {
    let p = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if p.extension().is_some_and(|e| e == "json") {
        Resolved::Json(p)
    } else {
        Resolved::Js(p)
    }
}

/// LOAD_AS_FILE: `X`, `X.js`, `X.json` (Node probes no other extension
/// for `require`; `.node` addons cannot be compiled).
fn load_file(x: &Path) -> Option<Resolved> {
    if x.is_file() {
        return Some(classify(x));
    }
    for ext in ["js", "json"] {
        let mut name = x.as_os_str().to_os_string();
        name.push(".");
        name.push(ext);
        let p = PathBuf::from(name);
        if p.is_file() {
            return Some(classify(&p));
        }
    }
    None
}

/// LOAD_AS_DIRECTORY: `package.json`'s `main`, then `index.js`, `index.json`.
fn load_dir(x: &Path) -> Option<Resolved> {
    if !x.is_dir() {
        return None;
    }
    if let Some(main) = package_json(x).and_then(|p| string_field(&p, "main")) {
        let m = x.join(main);
        if let Some(r) = load_file(&m).or_else(|| load_index(&m)) {
            return Some(r);
        }
    }
    load_index(x)
}

fn load_index(x: &Path) -> Option<Resolved> {
    ["index.js", "index.json"]
        .iter()
        .map(|i| x.join(i))
        .find(|p| p.is_file())
        .map(|p| classify(&p))
}

/// LOAD_PACKAGE_EXPORTS: `exports` as a string, a conditions object, or a
/// map of exact subpaths (`"."`, `"./sub"`).
fn load_package_exports(pkg: &Path, subpath: Option<&str>, mode: Mode) -> Option<Resolved> {
    let json = package_json(pkg)?;
    let exports = json.get("exports")?;
    let key = match subpath {
        Some(s) => format!("./{s}"),
        None => ".".to_string(),
    };
    let target = match exports {
        Json::Str(s) if subpath.is_none() => Some(s.clone()),
        Json::Object(entries) if entries.iter().any(|(k, _)| k.starts_with('.')) => {
            match entries.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => condition_target(v, mode),
                None => pattern_target(entries, &key, mode),
            }
        }
        obj @ Json::Object(_) if subpath.is_none() => condition_target(obj, mode),
        _ => None,
    };
    // A package with `exports` exposes nothing else.
    Some(match target {
        Some(t) => load_file(&pkg.join(t)).unwrap_or(Resolved::NotFound),
        None => Resolved::NotFound,
    })
}

/// A subpath pattern of `exports` (`"./features/*": "./src/*.js"`) matching
/// `key`: the longest prefix wins, and the `*` of the target takes the
/// matched text.
fn pattern_target(entries: &[(String, Json)], key: &str, mode: Mode) -> Option<String> {
    let (pattern, v) = entries
        .iter()
        .filter_map(|(k, v)| {
            let (pre, post) = k.split_once('*')?;
            let fits =
                key.len() >= pre.len() + post.len() && key.starts_with(pre) && key.ends_with(post);
            fits.then_some((k, v))
        })
        .max_by_key(|(k, _)| k.find('*').unwrap_or(0))?;
    let (pre, post) = pattern.split_once('*')?;
    let matched = &key[pre.len()..key.len() - post.len()];
    condition_target(v, mode).map(|t| t.replace('*', matched))
}

/// The target of an `exports` entry under the conditions `require` (or
/// `import`), `node` and `default` (in the entry's own order, as Node
/// matches them).
fn condition_target(v: &Json, mode: Mode) -> Option<String> {
    let wanted = match mode {
        Mode::Require => "require",
        Mode::Import => "import",
    };
    match v {
        Json::Str(s) => Some(s.clone()),
        Json::Object(entries) => entries
            .iter()
            .filter(|(k, _)| k == wanted || matches!(k.as_str(), "node" | "default"))
            .find_map(|(_, v)| condition_target(v, mode)),
        Json::Array(items) => items.iter().find_map(|i| condition_target(i, mode)),
        Json::Other => None,
    }
}

fn package_json(dir: &Path) -> Option<Json> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    Json::parse(&text)
}

fn string_field(j: &Json, key: &str) -> Option<String> {
    match j.get(key)? {
        Json::Str(s) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// The little of JSON that resolution reads from `package.json`: strings,
/// objects (in source order) and arrays; everything else is `Other`.
/// (Written here rather than pulling a JSON crate into the compiler for
/// three fields.)
#[derive(Debug, Clone)]
enum Json {
    Str(String),
    Object(Vec<(String, Json)>),
    Array(Vec<Json>),
    Other,
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(e) => e.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn parse(text: &str) -> Option<Json> {
        let mut p = JsonParser {
            s: text.as_bytes(),
            i: 0,
        };
        let v = p.value(0)?;
        p.ws();
        (p.i == p.s.len()).then_some(v)
    }
}

struct JsonParser<'a> {
    s: &'a [u8],
    i: usize,
}

impl JsonParser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > 64 {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'"' => self.string().map(Json::Str),
            b'{' => {
                self.i += 1;
                let mut entries = vec![];
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Json::Object(entries));
                    }
                    if !entries.is_empty() {
                        self.expect(b',')?;
                        self.ws();
                    }
                    let k = self.string()?;
                    self.ws();
                    self.expect(b':')?;
                    let v = self.value(depth + 1)?;
                    entries.push((k, v));
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = vec![];
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Some(Json::Array(items));
                    }
                    if !items.is_empty() {
                        self.expect(b',')?;
                    }
                    items.push(self.value(depth + 1)?);
                }
            }
            _ => {
                // A number, true, false or null.
                let start = self.i;
                while self.i < self.s.len() && !b",}] \t\r\n".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                (self.i > start).then_some(Json::Other)
            }
        }
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.s.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            let c = *self.s.get(self.i)?;
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'u' => {
                            let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
                            self.i += 4;
                            let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)
                                .unwrap_or('\u{FFFD}');
                            out.extend_from_slice(ch.to_string().as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_fields() {
        let j = Json::parse(
            r#"{ "name": "x", "version": "1.0.0", "main": "lib/a.js", "n": 1, "b": [true, null],
                "exports": { ".": { "import": "./m.mjs", "require": "./c.js" }, "./sub": "./s.js" } }"#,
        )
        .unwrap();
        assert_eq!(string_field(&j, "main").as_deref(), Some("lib/a.js"));
        let Some(Json::Object(e)) = j.get("exports") else {
            panic!("exports")
        };
        assert_eq!(
            condition_target(&e[0].1, Mode::Require).as_deref(),
            Some("./c.js")
        );
        assert_eq!(
            condition_target(&e[1].1, Mode::Require).as_deref(),
            Some("./s.js")
        );
    }

    #[test]
    fn builtins() {
        let here = Path::new("/");
        assert_eq!(resolve("fs", here), Resolved::Builtin("fs".into()));
        assert_eq!(resolve("node:path", here), Resolved::Builtin("path".into()));
        assert_eq!(
            resolve("fs/promises", here),
            Resolved::Builtin("fs/promises".into())
        );
        assert_eq!(resolve("./nope-kiln", here), Resolved::NotFound);
    }
}
