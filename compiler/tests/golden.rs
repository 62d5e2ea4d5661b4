//! Golden codegen tests: each `tests/golden/<name>.js` is compiled with
//! `--emit clif` (at `-O2`) and the listing compared with the checked-in
//! `tests/golden/<name>.clif`. After an intended codegen change, rewrite them
//! with `KILN_BLESS=1 cargo test -p kiln --test golden` and review the diff.
//!
//! The listing names the source as `<name>.js` (no directory), so it holds no
//! absolute path, and no addresses.

use kiln::codegen::{Emit, Options};
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

fn listing(name: &str) -> String {
    let src = std::fs::read_to_string(golden_dir().join(format!("{name}.js")))
        .unwrap_or_else(|e| panic!("cannot read {name}.js: {e}"));
    let opts = Options {
        opt_level: 2,
        emit: Emit::Clif,
        verify: true,
        script: false,
    };
    match kiln::driver::compile_source(&format!("{name}.js"), src, &opts) {
        Ok(out) => out.text,
        Err(e) => panic!("compile error: {e}"),
    }
}

fn check(name: &str) {
    let got = listing(name);
    let path = golden_dir().join(format!("{name}.clif"));
    if std::env::var_os("KILN_BLESS").is_some_and(|v| v != "0") {
        std::fs::write(&path, &got).unwrap_or_else(|e| panic!("cannot write {name}.clif: {e}"));
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {name}.clif ({e}); run KILN_BLESS=1 cargo test -p kiln --test golden")
    });
    if got != want {
        let (line, (g, w)) = got
            .lines()
            .zip(want.lines())
            .enumerate()
            .find(|(_, (g, w))| g != w)
            .map(|(i, p)| (i + 1, p))
            .unwrap_or((
                got.lines().count().min(want.lines().count()) + 1,
                ("<end>", "<end>"),
            ));
        panic!(
            "{name}.clif differs from the listing at line {line}:\n  want: {w}\n  got:  {g}\n\
             (KILN_BLESS=1 cargo test -p kiln --test golden rewrites it after an intended change)"
        );
    }
}

#[test]
fn golden_fib() {
    check("fib");
}

#[test]
fn golden_closure() {
    check("closure");
}

#[test]
fn golden_property() {
    check("property");
}

#[test]
fn golden_loop() {
    check("loop");
}

#[test]
fn golden_class() {
    check("class");
}

#[test]
fn listing_is_deterministic() {
    assert_eq!(listing("class"), listing("class"));
    assert_eq!(listing("property"), listing("property"));
}

#[test]
fn golden_polymorphic() {
    check("polymorphic");
}

#[test]
fn golden_method_clone() {
    check("method_clone");
}

#[test]
fn golden_short_strings() {
    check("short_strings");
}

#[test]
fn golden_string_index() {
    check("string_index");
}

#[test]
fn golden_typed_array() {
    check("typed_array");
}
