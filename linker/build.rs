//! Builds the runtime as a static archive (release profile) and embeds its path.
//!
//! Cargo cannot yet depend on another crate's `staticlib` artifact, so this runs
//! a nested `cargo build -p kiln-runtime` into a private target directory (the
//! approach substrate's wasm-builder uses). The archive is then embedded into
//! the linker crate with `include_bytes!`, so an installed `kiln` needs no files
//! beside it.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let runtime_dir = manifest_dir.join("../runtime");
    let runtime_manifest = runtime_dir.join("Cargo.toml");
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("src").display()
    );
    println!("cargo:rerun-if-changed={}", runtime_manifest.display());
    println!("cargo:rerun-if-env-changed=KILN_RUNTIME_PROFILE");

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target_dir = out_dir.join("runtime-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let profile = std::env::var("KILN_RUNTIME_PROFILE").unwrap_or_else(|_| "release".into());

    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--manifest-path")
        .arg(&runtime_manifest)
        .arg("--lib")
        .arg("--features")
        .arg("entry")
        .arg("--profile")
        .arg(&profile)
        .arg("--target-dir")
        .arg(&target_dir);
    // Do not leak the outer build's per-crate settings into the nested build.
    for (key, _) in std::env::vars() {
        if key.starts_with("CARGO_") && key != "CARGO_HOME" && key != "CARGO_MAKEFLAGS"
            || key == "RUSTFLAGS"
            || key == "RUSTC_WRAPPER"
            || key == "RUSTC_WORKSPACE_WRAPPER"
        {
            cmd.env_remove(key);
        }
    }
    cmd.env("CARGO_PROFILE_RELEASE_PANIC", "abort");
    // Frame pointers let the runtime walk from its own frames into compiled
    // ones (stack traces; later GC root scanning).
    cmd.env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes");
    let status = cmd
        .status()
        .expect("failed to run cargo for the runtime archive");
    if !status.success() {
        panic!("building the kiln runtime archive failed");
    }
    let dir_name = if profile == "dev" {
        "debug"
    } else {
        profile.as_str()
    };
    let archive = target_dir.join(dir_name).join("libkiln_runtime.a");
    assert!(
        archive.exists(),
        "runtime archive missing at {}",
        archive.display()
    );
    println!("cargo:rustc-env=KILN_RUNTIME_ARCHIVE={}", archive.display());
    // The archive's hash names its cached copy; computed here once, not by
    // every `kiln build` (hashing 20+ MB took about 30 ms of each build).
    let bytes = std::fs::read(&archive).expect("reading the runtime archive");
    println!("cargo:rustc-env=KILN_RUNTIME_HASH={:016x}", fnv1a(&bytes));
}

/// FNV-1a, 64 bits.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}
