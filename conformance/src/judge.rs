//! Judges what happened to one test variant (compile, link, run) against the
//! test's expectations, and combines the variants of a test.

use crate::frontmatter::Meta;

/// What happened when a variant was built and run.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// kiln rejected the program; the rendered diagnostic.
    CompileFailed(String),
    /// kiln panicked (or reported an internal compiler error).
    Panicked(String),
    /// The object could not be linked.
    LinkFailed(String),
    /// The executable ran to completion.
    Ran {
        /// Exit code, `None` if killed by a signal.
        code: Option<i32>,
        /// The terminating signal, if any.
        signal: Option<i32>,
        stdout: String,
        stderr: String,
    },
    /// The executable exceeded the time limit and was killed.
    TimedOut,
}

/// The verdict for a test (or one variant of it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Pass,
    /// kiln could not compile a test that should compile (e.g. an unsupported feature).
    CompileError(String),
    /// Ran but produced the wrong result.
    Fail(String),
    Timeout,
    /// A compiler panic, link failure or a signal in the executable.
    Crash(String),
    /// Not run (denylisted feature, module test, ...).
    Skip(String),
}

impl Status {
    /// The variant-independent name used in `expectations.txt`.
    pub fn name(&self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::CompileError(_) => "compile-error",
            Status::Fail(_) => "fail",
            Status::Timeout => "timeout",
            Status::Crash(_) => "crash",
            Status::Skip(_) => "skip",
        }
    }

    /// A one-line explanation (first line of the detail).
    pub fn detail(&self) -> &str {
        match self {
            Status::CompileError(s) | Status::Fail(s) | Status::Crash(s) | Status::Skip(s) => {
                s.lines().find(|l| !l.trim().is_empty()).unwrap_or("")
            }
            _ => "",
        }
    }
}

fn is_syntax_error(msg: &str) -> bool {
    (msg.contains("syntax error") || msg.contains("SyntaxError"))
        && !msg.contains("is not supported yet")
}

fn is_internal_error(msg: &str) -> bool {
    msg.contains("internal compiler error")
}

/// Judges one variant.
pub fn judge(meta: &Meta, outcome: &Outcome) -> Status {
    let early = meta
        .negative
        .as_ref()
        .filter(|n| n.phase == "parse" || n.phase == "early");
    match outcome {
        Outcome::Panicked(m) => Status::Crash(format!("compiler panic: {m}")),
        Outcome::CompileFailed(m) if is_internal_error(m) => Status::Crash(m.clone()),
        Outcome::LinkFailed(m) => Status::Crash(format!("link failed: {m}")),
        Outcome::TimedOut => Status::Timeout,
        Outcome::CompileFailed(m) => {
            // A module that fails to link (`phase: resolution`) is
            // rejected at compile time, with the error's name in the message.
            let resolution = meta
                .negative
                .as_ref()
                .is_some_and(|n| n.phase == "resolution" && m.contains(&n.error_type));
            if early.is_some() && is_syntax_error(m) || resolution {
                Status::Pass
            } else {
                Status::CompileError(m.clone())
            }
        }
        Outcome::Ran {
            signal: Some(s), ..
        } => Status::Crash(format!("killed by signal {s}")),
        Outcome::Ran {
            code,
            stdout,
            stderr,
            ..
        } => {
            let code = code.unwrap_or(-1);
            if let Some(n) = early {
                return Status::Fail(format!(
                    "expected a {} {} error, but the program compiled",
                    n.phase, n.error_type
                ));
            }
            if let Some(n) = &meta.negative {
                return if code != 0 && stderr.contains(&n.error_type) {
                    Status::Pass
                } else {
                    Status::Fail(format!(
                        "expected a runtime {} (exit {code}): {}",
                        n.error_type,
                        stderr.trim()
                    ))
                };
            }
            if code != 0 {
                return Status::Fail(format!("exit {code}: {}", stderr.trim()));
            }
            if meta.has_flag("async") && !stdout.contains("Test262:AsyncTestComplete") {
                return Status::Fail(format!("async test did not complete: {}", stdout.trim()));
            }
            Status::Pass
        }
    }
}

/// Combines the variants of a test: it passes only if all variants pass;
/// otherwise the most severe status wins.
pub fn combine(statuses: Vec<Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Pass)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::parse;

    fn ran(code: i32, stdout: &str, stderr: &str) -> Outcome {
        Outcome::Ran {
            code: Some(code),
            signal: None,
            stdout: stdout.into(),
            stderr: stderr.into(),
        }
    }

    const PARSE_NEG: &str = "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/";
    const RUNTIME_NEG: &str = "/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/";

    #[test]
    fn positive() {
        let m = parse("/*---\n---*/");
        assert_eq!(judge(&m, &ran(0, "", "")), Status::Pass);
        assert_eq!(judge(&m, &ran(1, "", "Test262Error")).name(), "fail");
        assert_eq!(
            judge(
                &m,
                &Outcome::CompileFailed("x: error: objects is not supported yet".into())
            )
            .name(),
            "compile-error"
        );
        assert_eq!(judge(&m, &Outcome::TimedOut), Status::Timeout);
        let sig = Outcome::Ran {
            code: None,
            signal: Some(11),
            stdout: String::new(),
            stderr: String::new(),
        };
        assert_eq!(judge(&m, &sig).name(), "crash");
        assert_eq!(judge(&m, &Outcome::Panicked("boom".into())).name(), "crash");
        assert_eq!(
            judge(
                &m,
                &Outcome::CompileFailed("t.js: internal compiler error: x".into())
            )
            .name(),
            "crash"
        );
    }

    #[test]
    fn parse_negative() {
        let m = parse(PARSE_NEG);
        let syn = Outcome::CompileFailed("t.js:3:1: error: syntax error: Unexpected".into());
        assert_eq!(judge(&m, &syn), Status::Pass);
        let unsupported = Outcome::CompileFailed(
            "t.js:3:1: error: syntax error: `this` is not supported yet".into(),
        );
        assert_eq!(judge(&m, &unsupported).name(), "compile-error");
        assert_eq!(judge(&m, &ran(0, "", "")).name(), "fail");
        // A syntax error is not a pass for a positive test.
        assert_eq!(judge(&parse("/*---\n---*/"), &syn).name(), "compile-error");
    }

    #[test]
    fn runtime_negative() {
        let m = parse(RUNTIME_NEG);
        assert_eq!(
            judge(&m, &ran(1, "", "Uncaught TypeError: x")),
            Status::Pass
        );
        assert_eq!(
            judge(&m, &ran(1, "", "Uncaught RangeError: x")).name(),
            "fail"
        );
        assert_eq!(judge(&m, &ran(0, "", "")).name(), "fail");
    }

    #[test]
    fn async_completion() {
        let m = parse("/*---\nflags: [async]\n---*/");
        assert_eq!(
            judge(&m, &ran(0, "Test262:AsyncTestComplete\n", "")),
            Status::Pass
        );
        assert_eq!(judge(&m, &ran(0, "", "")).name(), "fail");
    }

    #[test]
    fn combining() {
        assert_eq!(combine(vec![Status::Pass, Status::Pass]), Status::Pass);
        assert_eq!(
            combine(vec![Status::Pass, Status::Fail("x".into())]).name(),
            "fail"
        );
        assert_eq!(
            combine(vec![
                Status::CompileError("a".into()),
                Status::Crash("b".into())
            ])
            .name(),
            "crash"
        );
    }
}
