//! Script-style tests of a compiled program's behaviour at the edges of the
//! process (issue 15): output is never lost (signals, a closed pipe, a
//! terminal), the heap limit fails like Node, and arguments or environment
//! variables that are not UTF-8 do not panic. Each test builds a small
//! program with the `kiln` binary and runs it.

use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Builds `source` into an executable in a fresh folder; its path.
fn build(name: &str, source: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("kiln-reliability")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let js = dir.join(format!("{name}.js"));
    std::fs::write(&js, source).expect("write source");
    let exe = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg("build")
        .arg(&js)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("run kiln build");
    assert!(
        out.status.success(),
        "kiln build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

/// Waits for `child` at most `limit`, killing it after that.
fn wait_for(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the program did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Collects what `r` produces on a thread; polls it until it contains
/// `want` or `limit` has passed, and returns what arrived.
fn read_until(mut r: impl Read + Send + 'static, want: &str, limit: Duration) -> String {
    let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = got.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 256];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let start = Instant::now();
    loop {
        let text = String::from_utf8_lossy(&got.lock().unwrap()).into_owned();
        if text.contains(want) || start.elapsed() > limit {
            return text;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

const LOOP_FOREVER: &str = "console.log('starting');\nlet i = 0;\nfor (;;) { i++; }\n";

/// A program killed by SIGTERM (or SIGINT) after printing to a pipe keeps
/// its output and dies of the signal, as Node does.
fn killed_keeps_output(sig: i32, name: &str) {
    let exe = build(name, LOOP_FOREVER);
    let dir = exe.parent().unwrap();
    let out_path = dir.join("out.txt");
    let mut child = Command::new(&exe)
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("start program");
    // Give it time to print (the output is buffered: not a terminal).
    std::thread::sleep(Duration::from_millis(500));
    extern "C" {
        fn kill(pid: i32, sig: i32) -> i32;
    }
    // SAFETY: signals our own child.
    unsafe { kill(child.id() as i32, sig) };
    let status = wait_for(&mut child, Duration::from_secs(20));
    assert_eq!(status.signal(), Some(sig), "status {status:?}");
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "starting\n");
}

#[test]
fn sigterm_keeps_output_and_exits_by_signal() {
    killed_keeps_output(15, "sigterm");
}

#[test]
fn sigint_keeps_output_and_exits_by_signal() {
    killed_keeps_output(2, "sigint");
}

/// `./app | head -1`: the closed pipe ends nothing; the program runs to its
/// end quietly (no message) and exits 0, as Node does.
#[test]
fn closed_pipe_is_quiet() {
    let exe = build(
        "pipe",
        "for (let i = 0; i < 200000; i++) console.log(i);\nconsole.error('done');\n",
    );
    let mut child = Command::new(&exe)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start program");
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 2];
    out.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"0\n");
    drop(out);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = wait_for(&mut child, Duration::from_secs(60));
    assert_eq!(status.code(), Some(0), "status {status:?}");
    assert_eq!(err, "done\n");
}

/// On a terminal stdout is line-buffered: "starting" shows while the
/// program still runs (simulated with `script`, when it is installed).
#[test]
fn terminal_output_is_line_buffered() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("`script` is not installed: skipped");
        return;
    }
    let exe = build("tty", LOOP_FOREVER);
    let mut child = Command::new("script")
        .arg("-qfc")
        .arg(&exe)
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start script");
    let out = child.stdout.take().unwrap();
    let got = read_until(out, "starting", Duration::from_secs(20));
    // Killing `script` closes the terminal: the program gets SIGHUP.
    let _ = child.kill();
    let _ = child.wait();
    assert!(got.contains("starting"), "terminal showed {got:?}");
}

/// A runaway allocation (an endless tail-recursive walk, a loop under
/// proper tail calls) stops at `KILN_MAX_HEAP` with Node's fatal error,
/// stdout flushed, status of an abort.
#[test]
fn heap_limit_fails_like_node() {
    let exe = build(
        "walk",
        "console.log('before');\nfunction walk(n) { return walk({ parent: n }) }\nwalk(null);\n",
    );
    let mut child = Command::new(&exe)
        .env("KILN_MAX_HEAP", "48")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start program");
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = wait_for(&mut child, Duration::from_secs(60));
    assert_eq!(out, "before\n");
    assert!(
        err.contains(
            "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
        ),
        "stderr: {err}"
    );
    assert!(!err.contains("panicked"), "stderr: {err}");
    assert_eq!(status.signal(), Some(6), "status {status:?}");
}

/// Arguments and environment variables that are not UTF-8 are decoded
/// lossily (U+FFFD), as Node does.
#[test]
fn non_utf8_argv_and_env() {
    let exe = build(
        "args",
        "console.log(JSON.stringify(process.argv.slice(2)), JSON.stringify(process.env.KILN_T_BAD));\n",
    );
    let out = Command::new(&exe)
        .arg(std::ffi::OsStr::from_bytes(b"a\xffb"))
        .arg("x")
        .env("KILN_T_BAD", std::ffi::OsStr::from_bytes(b"\xfe\xffok"))
        .env(std::ffi::OsStr::from_bytes(b"KILN_T_\xff"), "1")
        .output()
        .expect("run program");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "[\"a\u{FFFD}b\",\"x\"] \"\u{FFFD}\u{FFFD}ok\"\n"
    );
}
