//! Assembles the program kiln compiles for one test variant: harness files
//! (`assert.js`, `sta.js`, `doneprintHandle.js` for async tests, then each
//! `includes` entry) followed by the test, with a `"use strict";` prologue for
//! the strict variant. `raw` tests are compiled exactly as written.

use crate::frontmatter::Meta;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Reads harness files from a directory, caching their contents.
pub struct Harness {
    dir: PathBuf,
    cache: Mutex<HashMap<String, Arc<str>>>,
}

impl Harness {
    /// A harness rooted at `dir` (test262's `harness/`).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Harness {
            dir: dir.into(),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The directory holding the harness files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Returns the contents of harness file `name`.
    pub fn file(&self, name: &str) -> Result<Arc<str>, String> {
        if let Some(s) = self.cache.lock().unwrap().get(name) {
            return Ok(s.clone());
        }
        let path = self.dir.join(name);
        let text: Arc<str> = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read harness file {}: {e}", path.display()))?
            .into();
        self.cache
            .lock()
            .unwrap()
            .insert(name.to_string(), text.clone());
        Ok(text)
    }

    /// The names of the harness files prepended to a test, in order (after
    /// [`HOST_PRINT`] for async tests).
    pub fn prelude_names(meta: &Meta) -> Vec<String> {
        if meta.has_flag("raw") {
            return Vec::new();
        }
        let mut names = vec!["assert.js".to_string(), "sta.js".to_string()];
        if meta.has_flag("async") {
            names.push("doneprintHandle.js".to_string());
        }
        for inc in &meta.includes {
            if !names.contains(inc) {
                names.push(inc.clone());
            }
        }
        names
    }

    /// The full source of one variant of a test.
    pub fn assemble(&self, meta: &Meta, test_source: &str, strict: bool) -> Result<String, String> {
        if meta.has_flag("raw") {
            return Ok(test_source.to_string());
        }
        let mut out = String::new();
        if strict {
            out.push_str("\"use strict\";\n");
        }
        out.push_str(&self.preamble(meta)?);
        out.push_str(test_source);
        Ok(out)
    }

    /// The harness code run before a test: the host's `print` for async
    /// tests, then the harness files (a module test's script, run first).
    pub fn preamble(&self, meta: &Meta) -> Result<String, String> {
        if meta.has_flag("raw") {
            return Ok(String::new());
        }
        let mut out = String::new();
        if meta.has_flag("async") {
            // The host's `print`, which `doneprintHandle.js` reports with.
            out.push_str(HOST_PRINT);
        }
        for name in Self::prelude_names(meta) {
            out.push_str(&self.file(&name)?);
            out.push('\n');
        }
        Ok(out)
    }
}

/// The test262 host's `print`, defined for async tests: `$DONE` reports
/// `Test262:AsyncTestComplete` (or the failure) through it on stdout.
pub const HOST_PRINT: &str = "function print(message) { console.log(message); }\n";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::parse;

    fn harness() -> Harness {
        Harness::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/harness"))
    }

    #[test]
    fn prelude_order_and_strict_prefix() {
        let m = parse("/*---\nincludes: [extra.js]\nflags: [async]\n---*/\n");
        assert_eq!(
            Harness::prelude_names(&m),
            ["assert.js", "sta.js", "doneprintHandle.js", "extra.js"]
        );
        let h = harness();
        let src = h
            .assemble(&parse("/*---\n---*/\n"), "TEST_BODY", true)
            .unwrap();
        assert!(src.starts_with("\"use strict\";\n"));
        assert!(src.ends_with("TEST_BODY"));
        let a = h
            .assemble(&parse("/*---\nflags: [async]\n---*/\n"), "T", false)
            .unwrap();
        assert!(a.starts_with(HOST_PRINT));
        assert!(src.find("function Test262Error").unwrap() < src.find("TEST_BODY").unwrap());
        let sloppy = h
            .assemble(&parse("/*---\n---*/\n"), "TEST_BODY", false)
            .unwrap();
        assert!(!sloppy.contains("use strict"));
    }

    #[test]
    fn raw_is_verbatim() {
        let m = parse("/*---\nflags: [raw]\n---*/\n");
        assert_eq!(harness().assemble(&m, "x;", false).unwrap(), "x;");
    }

    #[test]
    fn missing_include_is_an_error() {
        let m = parse("/*---\nincludes: [nope.js]\n---*/\n");
        assert!(harness().assemble(&m, "", false).is_err());
    }
}
