//! Fast linking for the runner. `kiln` links every program statically against
//! the 20 MB runtime archive (pre-linked to about 19 MB of relocatable code):
//! about 110 ms per link with gold, which made linking three quarters of a
//! test262 run. Test executables are thrown away after one run, so the runner
//! instead links them against the runtime as a **shared object**, built once
//! from the same archive members (`cc -shared`, cached beside the archive),
//! and calls the linker itself (`ld.gold`, with the argument list the C
//! compiler driver would pass, asked for once with `cc -###`): about 15 ms.
//!
//! The executable is otherwise the one `kiln` builds (`-no-pie`, the same
//! runtime code and libc); the runtime's data that compiled code addresses
//! directly (allocation state, the prototype epoch) is copy-relocated into the
//! executable, so the runtime and the program share one copy, and the
//! program's own data is still the executable's first writable segment the
//! collector scans. If anything in that setup fails, the runner links
//! statically as `kiln` does ([`LinkMode::Static`] forces it).

use std::path::{Path, PathBuf};
use std::process::Command;

/// How test executables are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkMode {
    /// As `kiln build` does: statically against the runtime.
    Static,
    /// Against the runtime built as a shared object (the default).
    Shared,
}

/// A prepared way of linking.
#[derive(Debug, Clone)]
pub enum Linker {
    /// `kiln_linker::link`.
    Static,
    /// Run `argv` with the two placeholders replaced by object and output.
    Direct { argv: Vec<String> },
    /// Through the C compiler driver, against the shared runtime.
    Driver { cc: String, so: PathBuf },
}

const OBJ: &str = "/kiln-test262-placeholder.o";
const EXE: &str = "/kiln-test262-placeholder.exe";

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn cc() -> String {
    std::env::var("KILN_CC").unwrap_or_else(|_| "cc".into())
}

fn gold() -> bool {
    std::env::var_os("KILN_NO_GOLD").is_none()
        && std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("ld.gold").is_file())
        })
}

/// The runtime as a shared object (cached beside the runtime archive). Only
/// the archive members defining the ABI entry points (and the process entry)
/// go in, as for `kiln`'s pre-linked runtime; only `kiln_*` symbols and
/// `main` are exported, so the runtime's internal calls stay direct.
pub fn shared_runtime() -> Result<PathBuf, String> {
    let archive = kiln_linker::runtime_archive_path().map_err(|e| e.0)?;
    let symbols = kiln::driver::link_options().runtime_symbols;
    let mut h = fnv1a(archive.to_string_lossy().as_bytes());
    for s in &symbols {
        h ^= fnv1a(s.as_bytes()).rotate_left(7);
    }
    let stem = archive
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = archive.with_file_name(format!("{stem}-shared-{h:016x}.so"));
    if path.is_file() {
        return Ok(path);
    }
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let script = path.with_extension(format!("{}.map", std::process::id()));
    std::fs::write(&script, "{ global: kiln_*; main; local: *; };\n")
        .map_err(|e| format!("cannot write {}: {e}", script.display()))?;
    let mut cmd = Command::new(cc());
    cmd.args(["-shared", "-o"]).arg(&tmp);
    for s in ["main", "kiln_main"].iter().chain(&symbols) {
        cmd.arg(format!("-Wl,-u,{s}"));
    }
    cmd.arg(&archive)
        .arg(format!("-Wl,--version-script={}", script.display()))
        .arg("-Wl,--gc-sections")
        .args(["-lpthread", "-ldl", "-lm", "-lc"]);
    if gold() {
        cmd.arg("-fuse-ld=gold");
    }
    let out = cmd.output();
    let _ = std::fs::remove_file(&script);
    let out = out.map_err(|e| format!("cannot run the C compiler driver: {e}"))?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!(
            "building the shared runtime failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    std::fs::rename(&tmp, &path).map_err(|e| format!("cannot rename the shared runtime: {e}"))?;
    Ok(path)
}

/// Splits one line of `cc -###` output (arguments in double quotes with
/// backslash escapes, or bare).
fn split_quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&first) = chars.peek() else { break };
        let mut arg = String::new();
        if first == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => arg.extend(chars.next()),
                    c => arg.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                arg.push(c);
            }
        }
        out.push(arg);
    }
    out
}

/// The linker command the C compiler driver would run to link a placeholder
/// object with the shared runtime, minus the driver's LTO plugin (the object
/// has no LTO code), with `collect2` replaced by the linker it would run.
fn linker_argv(so: &Path) -> Option<Vec<String>> {
    let mut cmd = Command::new(cc());
    cmd.arg("-###")
        .arg(OBJ)
        .arg(so)
        .args(["-lpthread", "-ldl", "-lm", "-lc"])
        .args(["-o", EXE, "-no-pie"]);
    let gold = gold();
    if gold {
        cmd.arg("-fuse-ld=gold");
    }
    let out = cmd.output().ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    let line = text
        .lines()
        .filter(|l| !l.starts_with("COLLECT_GCC_OPTIONS"))
        .rfind(|l| l.contains(OBJ) && l.contains(EXE))?;
    let mut args = split_quoted(line).into_iter();
    let program = args.next()?;
    let mut argv = Vec::new();
    if program.ends_with("collect2") {
        argv.push(if gold { "ld.gold" } else { "ld" }.to_string());
    } else {
        argv.push(program);
    }
    while let Some(a) = args.next() {
        if a == "-plugin" {
            args.next();
        } else if !a.starts_with("-plugin-opt=") && !a.starts_with("-fuse-ld=") {
            argv.push(a);
        }
    }
    (argv.iter().any(|a| a == OBJ) && argv.iter().any(|a| a == EXE)).then_some(argv)
}

impl Linker {
    /// Prepares linking in `mode`; `probe` links a small object with a
    /// candidate and runs the result (`true` if it works). A shared setup
    /// that fails its probe falls back to the next (direct, then through
    /// the driver, then static), with a note on stderr.
    pub fn prepare(mode: LinkMode, probe: impl Fn(&Linker) -> bool) -> Linker {
        if mode == LinkMode::Static {
            return Linker::Static;
        }
        let so = match shared_runtime() {
            Ok(so) => so,
            Err(e) => {
                eprintln!("kiln-test262: linking statically: {e}");
                return Linker::Static;
            }
        };
        if let Some(argv) = linker_argv(&so) {
            let direct = Linker::Direct { argv };
            if probe(&direct) {
                return direct;
            }
        }
        let driver = Linker::Driver { cc: cc(), so };
        if probe(&driver) {
            return driver;
        }
        eprintln!("kiln-test262: the shared runtime does not link or run; linking statically");
        Linker::Static
    }

    /// Links `object` into the executable `exe`.
    pub fn link(&self, object: &Path, exe: &Path) -> Result<(), String> {
        let mut cmd = match self {
            Linker::Static => {
                return kiln_linker::link(object, exe, &kiln::driver::link_options())
                    .map_err(|e| e.0)
            }
            Linker::Direct { argv } => {
                let mut cmd = Command::new(&argv[0]);
                for a in &argv[1..] {
                    match a.as_str() {
                        OBJ => cmd.arg(object),
                        EXE => cmd.arg(exe),
                        _ => cmd.arg(a),
                    };
                }
                cmd
            }
            Linker::Driver { cc, so } => {
                let mut cmd = Command::new(cc);
                cmd.arg(object)
                    .arg(so)
                    .args(["-lpthread", "-ldl", "-lm", "-lc"])
                    .arg("-o")
                    .arg(exe)
                    .arg("-no-pie");
                if gold() {
                    cmd.arg("-fuse-ld=gold");
                }
                cmd
            }
        };
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run the linker: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "linking failed ({}):\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(())
    }

    /// A short name for reports.
    pub fn name(&self) -> &'static str {
        match self {
            Linker::Static => "static runtime",
            Linker::Direct { .. } => "shared runtime, direct ld",
            Linker::Driver { .. } => "shared runtime, via cc",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::split_quoted;

    #[test]
    fn splits_driver_lines() {
        assert_eq!(
            split_quoted(r#" /x/collect2 -plugin a "-plugin-opt=b c" -o "q\"r" z"#),
            [
                "/x/collect2",
                "-plugin",
                "a",
                "-plugin-opt=b c",
                "-o",
                "q\"r",
                "z"
            ]
        );
    }
}
