//! Interactive input: a compiled program answers each line of its stdin as
//! the line arrives (the event loop polls descriptor 0), for `readline` and
//! for `process.stdin`'s 'data' events. Each test writes a line, waits for
//! the program's answer to it, and only then writes the next: a program
//! that read its input to the end before answering would never answer (the
//! test fails after a timeout instead of hanging).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn build(test: &str, src: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("kiln-stdin-live")
        .join(format!("{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let js = dir.join(format!("{test}.js"));
    std::fs::write(&js, src).unwrap();
    let exe = dir.join(test);
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg("build")
        .arg(&js)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("kiln runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

/// Runs `exe`, and for each `(line, answer)` writes `line` and waits (at
/// most 10 s) for the next stdout line, which must be `answer`; then closes
/// stdin and returns the rest of stdout.
fn converse(exe: &Path, turns: &[(&str, &str)]) -> String {
    let mut child: Child = Command::new(exe)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the program runs");
    let mut input = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    for (line, answer) in turns {
        writeln!(input, "{line}").unwrap();
        input.flush().unwrap();
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(got) => assert_eq!(got, *answer, "the answer to {line:?}"),
            Err(_) => {
                let _ = child.kill();
                panic!("no answer to {line:?} before the input ended");
            }
        }
    }
    drop(input);
    let mut rest = String::new();
    while let Ok(l) = rx.recv_timeout(Duration::from_secs(10)) {
        rest.push_str(&l);
        rest.push('\n');
    }
    let status = child.wait().unwrap();
    assert!(status.success());
    rest
}

#[test]
fn readline_answers_each_line_as_it_arrives() {
    let exe = build(
        "rl_live",
        "const rl = require('readline').createInterface({ input: process.stdin });\n\
         let n = 0;\n\
         rl.on('line', (l) => console.log(`${++n}: ${l.toUpperCase()}`));\n\
         rl.on('close', () => console.log('closed'));\n",
    );
    let rest = converse(&exe, &[("ab", "1: AB"), ("ü c", "2: Ü C"), ("", "3: ")]);
    assert_eq!(rest, "closed\n");
}

#[test]
fn stdin_data_events_come_as_input_is_written() {
    let exe = build(
        "data_live",
        "let total = 0;\n\
         process.stdin.on('data', (c) => { total += c.length; console.log(Buffer.isBuffer(c), JSON.stringify(c.toString())); });\n\
         process.stdin.on('end', () => console.log('end', total));\n",
    );
    let rest = converse(&exe, &[("x", "true \"x\\n\""), ("yz", "true \"yz\\n\"")]);
    assert_eq!(rest, "end 5\n");
}
