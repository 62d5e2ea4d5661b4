//! The `kiln` command line as a user meets it: output paths that never
//! replace the source, `kiln run` passing arguments and exit statuses through,
//! its cache, and inputs nested deeper than the compiler's recursion could
//! take on a default-sized stack.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kiln() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kiln"))
}

/// A fresh folder for one test, with its own run cache.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("kiln-cli")
        .join(format!("{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    kiln()
        .args(args)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .output()
        .expect("kiln runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const HELLO: &str = "#!/usr/bin/env node\nconsole.log('hi', process.argv.slice(2).join(','));\n";

#[test]
fn extensionless_input_builds_name_dot_out_and_keeps_the_source() {
    let dir = scratch("extless");
    std::fs::write(dir.join("tool"), HELLO).unwrap();
    let out = run_in(&dir, &["build", "tool"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(dir.join("tool")).unwrap(), HELLO);
    let run = Command::new(dir.join("tool.out"))
        .arg("x")
        .output()
        .unwrap();
    assert_eq!(text(&run.stdout), "hi x\n");
}

#[test]
fn output_equal_to_input_is_refused() {
    let dir = scratch("same");
    std::fs::write(dir.join("app.js"), HELLO).unwrap();
    for args in [
        &["build", "app.js", "-o", "app.js"][..],
        &["build", "app.js", "-o", "./app.js"],
        &["build", "app.js", "--emit", "obj", "-o", "app.js"],
    ] {
        let out = run_in(&dir, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains("is the input file"), "{args:?}");
        assert_eq!(std::fs::read_to_string(dir.join("app.js")).unwrap(), HELLO);
    }
    // Through a hard link too.
    std::fs::hard_link(dir.join("app.js"), dir.join("other")).unwrap();
    let out = run_in(&dir, &["build", "app.js", "-o", "other"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(dir.join("app.js")).unwrap(), HELLO);
}

#[test]
fn run_passes_every_argument_after_the_input() {
    let dir = scratch("args");
    std::fs::write(dir.join("app.js"), HELLO).unwrap();
    let out = run_in(&dir, &["run", "app.js", "5", "--", "--foo", "-O0"]);
    assert_eq!(text(&out.stdout), "hi 5,--,--foo,-O0\n");
    let out = run_in(&dir, &["run", "-O0", "app.js", "--", "a", "b"]);
    assert_eq!(text(&out.stdout), "hi a,b\n");
}

#[test]
fn run_exits_like_the_program() {
    let dir = scratch("status");
    std::fs::write(dir.join("exit.js"), "process.exit(7)\n").unwrap();
    assert_eq!(run_in(&dir, &["run", "exit.js"]).status.code(), Some(7));
    // A program killed by a signal: `kiln run` *is* that program (exec), so
    // killing it kills the program and the shell sees the same death (143).
    std::fs::write(
        dir.join("spin.js"),
        "if (process.argv[2]) { while (true) {} }\n",
    )
    .unwrap();
    assert!(run_in(&dir, &["run", "spin.js"]).status.success());
    let sh = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} run spin.js go & p=$!; sleep 1; kill -TERM $p; wait $p; echo status=$?",
            env!("CARGO_BIN_EXE_kiln")
        ))
        .current_dir(&dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .output()
        .unwrap();
    assert_eq!(text(&sh.stdout), "status=143\n");
}

#[test]
fn cache_is_keyed_by_absolute_path_and_can_be_cleaned() {
    let dir = scratch("cache");
    let cache = dir.join("cache");
    let kiln_in = |sub: &str, args: &[&str]| {
        kiln()
            .args(args)
            .current_dir(dir.join(sub))
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap()
    };
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("app.js"), HELLO).unwrap();
        assert_eq!(text(&kiln_in(sub, &["run", "app.js"]).stdout), "hi \n");
    }
    // The same relative name and content in two folders: two entries (each
    // an executable and the manifest of the other files it was built from).
    let count = || {
        std::fs::read_dir(cache.join("kiln/run")).map_or(0, |r| {
            r.filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_none()))
                .count()
        })
    };
    assert_eq!(count(), 2);
    assert!(kiln_in("a", &["cache", "clean"]).status.success());
    assert_eq!(count(), 0);
}

#[test]
fn deep_nesting_compiles_without_overflowing() {
    let dir = scratch("deep");
    let n = 20_000;
    let src = format!(
        "console.log({}1{});\n{}console.log(2){}\nconsole.log(JSON.stringify({}{}).length);\n",
        "(".repeat(n),
        ")".repeat(n),
        "{".repeat(n),
        "}".repeat(n),
        "[".repeat(n),
        "]".repeat(n),
    );
    std::fs::write(dir.join("deep.js"), src).unwrap();
    let out = run_in(&dir, &["build", "deep.js"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let run = Command::new(dir.join("deep")).output().unwrap();
    assert_eq!(text(&run.stdout), format!("1\n2\n{}\n", 2 * n));
}

#[test]
fn reads_of_undefined_globals_are_warned_about() {
    let dir = scratch("globals");
    std::fs::write(
        dir.join("app.js"),
        "if (typeof window === 'undefined') console.log('no window');\n\
         made = 1;\n\
         console.log(made, Math.max(1, 2));\n\
         try { consle.log('x'); } catch (e) { console.log(e.message); }\n",
    )
    .unwrap();
    let out = run_in(&dir, &["build", "app.js"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("app.js:4:7: warning: `consle` is not defined"),
        "{err}"
    );
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    let run = Command::new(dir.join("app")).output().unwrap();
    assert_eq!(text(&run.stdout), "no window\n1 2\nconsle is not defined\n");
}

#[test]
fn eval_of_code_known_only_at_run_time_is_warned_about() {
    let dir = scratch("eval");
    std::fs::write(
        dir.join("app.js"),
        "console.log(eval('1 + 2'), Function('a', 'return a * 2')(4));\n\
         function run(s) { try { return eval(s); } catch (e) { return e.name; } }\n\
         const body = 'return 1';\n\
         try { new Function(body); } catch (e) { console.log(e.message); }\n\
         console.log(run(5), run('5'));\n",
    )
    .unwrap();
    let out = run_in(&dir, &["build", "app.js"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("app.js:2:32: warning: `eval` of a string known only at run time"),
        "{err}"
    );
    assert!(
        err.contains("app.js:4:7: warning: `Function` of strings known only at run time"),
        "{err}"
    );
    assert!(err.contains("    2 | function run(s)"), "{err}");
    assert_eq!(err.matches("warning:").count(), 2, "{err}");
    let run = Command::new(dir.join("app")).output().unwrap();
    assert_eq!(
        text(&run.stdout),
        "3 8\nCode generation from strings disallowed for this context\n5 EvalError\n"
    );
}

#[test]
fn import_of_a_failing_or_computed_specifier_is_warned_about() {
    let dir = scratch("dynamic-import");
    std::fs::write(dir.join("lib.mjs"), "export const x = 1;\n").unwrap();
    std::fs::write(
        dir.join("app.mjs"),
        "const which = ['./lib.mjs'][0];\n\
         const a = await import(which);\n\
         await import('./gone.mjs').catch((e) => console.log(e.code));\n\
         console.log(a.x);\n",
    )
    .unwrap();
    let out = run_in(&dir, &["build", "app.mjs"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("app.mjs:2:17: warning: `import()` of a computed specifier: kiln bundles the 1 this file names:"),
        "{err}"
    );
    assert!(
        err.contains("app.mjs:3:14: warning: `import('./gone.mjs')` rejects when it runs: Error [ERR_MODULE_NOT_FOUND]: Cannot find module"),
        "{err}"
    );
    assert!(err.contains("    3 | await import('./gone.mjs')"), "{err}");
    assert_eq!(err.matches("warning:").count(), 2, "{err}");
    let run = Command::new(dir.join("app")).output().unwrap();
    assert_eq!(text(&run.stdout), "ERR_MODULE_NOT_FOUND\n1\n");
}

#[test]
fn errors_in_required_files_name_their_file() {
    let dir = scratch("modules");
    std::fs::create_dir_all(dir.join("lib")).unwrap();
    std::fs::write(
        dir.join("app.js"),
        "const m = require('./lib/bad');\nconsole.log(m);\n",
    )
    .unwrap();
    std::fs::write(dir.join("lib/bad.js"), "exports.a = 1;\nexports.b = (;\n").unwrap();
    let out = run_in(&dir, &["build", "app.js"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("lib/bad.js:2:14: error: syntax error"),
        "{err}"
    );
    assert!(err.contains("exports.b = (;"), "{err}");
    // A runtime error in a required file: its stack frame names that file.
    std::fs::write(
        dir.join("lib/bad.js"),
        "exports.f = function () {\n  throw new Error('in lib');\n};\n",
    )
    .unwrap();
    std::fs::write(dir.join("app.js"), "require('./lib/bad').f();\n").unwrap();
    assert!(run_in(&dir, &["build", "app.js"]).status.success());
    let run = Command::new(dir.join("app")).output().unwrap();
    let err = text(&run.stderr);
    assert!(
        err.contains("lib/bad.js:2\n  throw new Error('in lib');"),
        "{err}"
    );
    assert!(err.contains("lib/bad.js:2:9"), "{err}");
}

/// A filter over stdin, the way a first command-line tool is written: the
/// executable's output for piped input must be what `node` prints for the
/// same program and input (Node is the oracle; it is on every machine here).
#[test]
fn a_program_reads_piped_stdin_like_node() {
    use std::io::Write;
    let dir = scratch("stdin");
    let src = "import { readFileSync } from 'node:fs';\n\
               const lines = readFileSync(0, 'utf8').split('\\n').filter(Boolean);\n\
               const words = lines.flatMap((l) => l.split(/\\s+/));\n\
               process.stdout.write(`${lines.length} lines, ${words.length} words\\n`);\n\
               console.log(lines.map((l) => l.toUpperCase()).join(' | '));\n";
    std::fs::write(dir.join("wc.mjs"), src).unwrap();
    let out = run_in(&dir, &["build", "wc.mjs", "-o", "wc"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let input = "the quick brown fox\njumps over\n\nthe lazy dog — done\n";
    let feed = |cmd: &mut Command| {
        let mut child = cmd
            .current_dir(&dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawns");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().expect("runs")
    };
    let ours = feed(&mut Command::new(dir.join("wc")));
    let node = feed(Command::new("node").arg("wc.mjs"));
    assert!(node.status.success(), "node failed: {}", text(&node.stderr));
    assert_eq!(text(&ours.stdout), text(&node.stdout));
    assert_eq!(ours.status.code(), Some(0));
}

/// `kiln run`'s cache is keyed by the entry, and an entry built from other
/// files is rebuilt when one of them changes.
#[test]
fn run_cache_sees_changes_in_imported_files() {
    let dir = scratch("cache-deps");
    std::fs::write(dir.join("lib.mjs"), "export const v = 'one';\n").unwrap();
    std::fs::write(
        dir.join("main.mjs"),
        "import { v } from './lib.mjs';\nconsole.log(v);\n",
    )
    .unwrap();
    let first = run_in(&dir, &["run", "main.mjs"]);
    assert_eq!(text(&first.stdout), "one\n", "{}", text(&first.stderr));
    std::fs::write(dir.join("lib.mjs"), "export const v = 'two';\n").unwrap();
    let second = run_in(&dir, &["run", "main.mjs"]);
    assert_eq!(text(&second.stdout), "two\n", "{}", text(&second.stderr));
}
