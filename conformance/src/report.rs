//! Summaries, the `expectations.txt` ratchet file, and `docs/conformance.md`.

use crate::judge::Status;
use crate::run::TestResult;
use std::collections::BTreeMap;

/// The reporting group of a test path: `language/<dir>`, `built-ins/<dir>`,
/// `annexB`, or the top-level directory under `test/`.
pub fn group(path: &str) -> String {
    let p = path.strip_prefix("test/").unwrap_or(path);
    let parts: Vec<&str> = p.split('/').collect();
    match parts.as_slice() {
        ["language" | "built-ins", dir, _, ..] => format!("{}/{}", parts[0], dir),
        [top, ..] => top.to_string(),
        [] => String::new(),
    }
}

/// Counts for one group (or the total).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub run: usize,
    pub passed: usize,
    pub skipped: usize,
    pub by_status: BTreeMap<&'static str, usize>,
}

impl Counts {
    fn add(&mut self, s: &Status) {
        if let Status::Skip(_) = s {
            self.skipped += 1;
            return;
        }
        self.run += 1;
        if *s == Status::Pass {
            self.passed += 1;
        }
        *self.by_status.entry(s.name()).or_default() += 1;
    }

    /// Passed / run, in percent (0 when nothing ran).
    pub fn rate(&self) -> f64 {
        if self.run == 0 {
            0.0
        } else {
            100.0 * self.passed as f64 / self.run as f64
        }
    }
}

/// Per-group counts and the total.
pub fn tally(results: &[TestResult]) -> (BTreeMap<String, Counts>, Counts) {
    let mut groups: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    for r in results {
        groups.entry(group(&r.path)).or_default().add(&r.status);
        total.add(&r.status);
    }
    (groups, total)
}

/// A one-paragraph summary for the terminal.
pub fn summary(results: &[TestResult], wall: std::time::Duration) -> String {
    let (_, t) = tally(results);
    let mut s = format!(
        "{} tests run, {} passed ({:.2}%), {} skipped, {:.1}s\n",
        t.run,
        t.passed,
        t.rate(),
        t.skipped,
        wall.as_secs_f64()
    );
    for (name, n) in &t.by_status {
        s.push_str(&format!("  {name}: {n}\n"));
    }
    let mut skips: BTreeMap<&str, usize> = BTreeMap::new();
    for r in results {
        if let Status::Skip(why) = &r.status {
            *skips.entry(why.as_str()).or_default() += 1;
        }
    }
    let mut skips: Vec<_> = skips.into_iter().collect();
    skips.sort_by_key(|s| std::cmp::Reverse(s.1));
    for (why, n) in skips {
        s.push_str(&format!("  skip ({why}): {n}\n"));
    }
    s
}

/// `expectations.txt`: every non-passing, non-skipped test as `path status`.
pub fn expectations(results: &[TestResult]) -> String {
    let mut lines: Vec<String> = results
        .iter()
        .filter(|r| !matches!(r.status, Status::Pass | Status::Skip(_)))
        .map(|r| format!("{} {}", r.path, r.status.name()))
        .collect();
    lines.sort();
    let mut out = lines.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Parses `expectations.txt` into path → status name (`#` lines ignored).
pub fn parse_expectations(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(' '))
        .map(|(p, s)| (p.trim().to_string(), s.trim().to_string()))
        .collect()
}

/// Differences between a run and the expectations.
#[derive(Debug, Default)]
pub struct Check {
    /// Expected to pass, but did not: (path, status, detail).
    pub regressions: Vec<(String, String, String)>,
    /// Expected to fail, but passed.
    pub improvements: Vec<String>,
    /// Non-passing either way, but with a different status: (path, old, new).
    pub changed: Vec<(String, String, String)>,
}

impl Check {
    /// Whether the ratchet holds.
    pub fn ok(&self) -> bool {
        self.regressions.is_empty() && self.improvements.is_empty()
    }
}

/// Compares `results` against the expectations.
pub fn check(results: &[TestResult], expected: &BTreeMap<String, String>) -> Check {
    let mut c = Check::default();
    for r in results {
        if let Status::Skip(_) = r.status {
            continue;
        }
        let old = expected.get(&r.path).map(String::as_str).unwrap_or("pass");
        let new = r.status.name();
        if old == new {
            continue;
        }
        if old == "pass" {
            c.regressions.push((
                r.path.clone(),
                new.to_string(),
                r.status.detail().to_string(),
            ));
        } else if new == "pass" {
            c.improvements.push(r.path.clone());
        } else {
            c.changed
                .push((r.path.clone(), old.to_string(), new.to_string()));
        }
    }
    c
}

/// What `docs/conformance.md` records besides the results.
pub struct DocInfo<'a> {
    pub commit: &'a str,
    pub date: &'a str,
    pub wall: std::time::Duration,
    pub jobs: usize,
    pub scope: &'a str,
    /// How executables were linked, e.g. "shared runtime, direct ld".
    pub linker: &'a str,
    /// The machine's 1-minute load average at the start and end of the run,
    /// when known: the runner shares its cores with whatever else runs.
    pub load: Option<(f64, f64)>,
}

/// Renders `docs/conformance.md`.
pub fn markdown(results: &[TestResult], info: &DocInfo) -> String {
    let (groups, total) = tally(results);
    let mut s = String::new();
    s.push_str("# test262 conformance\n\n");
    s.push_str("Generated by `kiln-test262 update`; do not edit by hand.\n\n");
    s.push_str(&format!(
        "- test262 commit: `{}` (pinned in `conformance/test262-commit.txt`)\n",
        info.commit
    ));
    s.push_str(&format!("- date: {}\n", info.date));
    s.push_str(&format!("- scope: {}\n", info.scope));
    s.push_str(&format!(
        "- wall time: {:.0} s with `-j {}`, linking against the {}",
        info.wall.as_secs_f64(),
        info.jobs,
        info.linker
    ));
    if let Some((a, b)) = info.load {
        s.push_str(&format!(
            " (load average {a:.1} at the start, {b:.1} at the end)"
        ));
    }
    s.push('\n');
    s.push_str(&format!(
        "- total: **{} / {} passed ({:.2}%)**, {} skipped\n",
        total.passed,
        total.run,
        total.rate(),
        total.skipped
    ));
    let statuses: Vec<String> = total
        .by_status
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    s.push_str(&format!("- by status: {}\n\n", statuses.join(", ")));
    s.push_str("A test passes only if every variant it runs in (sloppy and strict, as its\n");
    s.push_str("flags allow) passes. Skipped tests (denylisted features in\n");
    s.push_str("`conformance/features-denylist.txt`; the `intl402`, `staging`\n");
    s.push_str(
        "and `annexB/built-ins` directories are not listed at all) are excluded from the rate.\n\n",
    );
    s.push_str("## Reproducing\n\n");
    s.push_str("```sh\n");
    s.push_str("git clone https://github.com/tc39/test262 && git -C test262 checkout $(cat conformance/test262-commit.txt)\n");
    s.push_str("cargo run --release -p kiln-test262 -- run --test262 test262        # summary\n");
    s.push_str("cargo run --release -p kiln-test262 -- check --test262 test262      # ratchet against conformance/expectations.txt\n");
    s.push_str("cargo run --release -p kiln-test262 -- update --test262 test262     # rewrite expectations.txt and this file\n");
    s.push_str("```\n\n`TEST262_DIR` may replace `--test262`; `--filter SUBSTR` and `-j N` narrow a run.\n\n");
    s.push_str("## Statuses\n\n");
    s.push_str(
        "- `pass`: every variant passed. Positive tests must exit 0 (async tests must also\n",
    );
    s.push_str(
        "  print `Test262:AsyncTestComplete`); `parse`/`early` negative tests must be rejected\n",
    );
    s.push_str("  by kiln with a `syntax error` (not an \"is not supported yet\" diagnostic);\n");
    s.push_str("  `runtime` negative tests must exit non-zero with the error type on stderr.\n");
    s.push_str("- `compile-error`: kiln rejected a program it should compile (usually an\n");
    s.push_str(
        "  unsupported construct, often in the harness: `assert.js`/`sta.js` use objects,\n",
    );
    s.push_str("  `this` and `new Test262Error`).\n");
    s.push_str("- `fail`: compiled and ran, with the wrong result.\n");
    s.push_str("- `timeout`: the executable ran longer than the limit (10 s) and was killed.\n");
    s.push_str("- `crash`: a compiler panic or internal compiler error, a link failure, or an\n");
    s.push_str("  executable killed by a signal.\n\n");
    s.push_str("Every non-passing test is listed in `conformance/expectations.txt`; `kiln-test262 check`\n");
    s.push_str(
        "fails when a test outside that list stops passing or a listed test starts passing.\n\n",
    );
    s.push_str("The runner compiles in-process (kiln as a library, `-O0`), skips linking when\n");
    s.push_str("compilation fails or when a parse-negative test compiles, writes objects and\n");
    s.push_str("executables to `/dev/shm`, and links with `kiln_linker`. A linked variant costs\n");
    s.push_str("about 0.1 s of CPU (mostly `cc`/`ld` on the runtime archive), so the wall time\n");
    s.push_str("grows as more tests compile.\n\n");
    s.push_str("## Pass rates\n\n");
    s.push_str("| directory | passed | run | rate | skipped |\n|---|---:|---:|---:|---:|\n");
    for (g, c) in &groups {
        s.push_str(&format!(
            "| {g} | {} | {} | {:.1}% | {} |\n",
            c.passed,
            c.run,
            c.rate(),
            c.skipped
        ));
    }
    s.push_str(&format!(
        "| **total** | **{}** | **{}** | **{:.2}%** | **{}** |\n\n",
        total.passed,
        total.run,
        total.rate(),
        total.skipped
    ));
    s.push_str(
        "## Crashes\n\nCompiler panics, link failures and executables killed by a signal.\n\n",
    );
    let crashes: Vec<&TestResult> = results
        .iter()
        .filter(|r| matches!(r.status, Status::Crash(_)))
        .collect();
    if crashes.is_empty() {
        s.push_str("None.\n");
    } else {
        for r in crashes {
            s.push_str(&format!("- `{}`: {}\n", r.path, r.status.detail()));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(p: &str, s: Status) -> TestResult {
        TestResult {
            path: p.into(),
            status: s,
        }
    }

    #[test]
    fn groups() {
        assert_eq!(
            group("test/language/expressions/addition/a.js"),
            "language/expressions"
        );
        assert_eq!(group("test/built-ins/Array/from/a.js"), "built-ins/Array");
        assert_eq!(group("test/built-ins/a.js"), "built-ins");
        assert_eq!(group("test/annexB/language/x/a.js"), "annexB");
    }

    #[test]
    fn expectations_roundtrip_and_check() {
        let results = vec![
            r("test/b.js", Status::Fail("x".into())),
            r("test/a.js", Status::Pass),
            r("test/c.js", Status::Skip("module".into())),
            r("test/d.js", Status::CompileError("y".into())),
        ];
        let text = expectations(&results);
        assert_eq!(text, "test/b.js fail\ntest/d.js compile-error\n");
        let exp = parse_expectations(&text);
        assert!(check(&results, &exp).ok());
        let now = vec![
            r("test/a.js", Status::Timeout),
            r("test/b.js", Status::Pass),
            r("test/d.js", Status::Fail("z".into())),
        ];
        let c = check(&now, &exp);
        assert!(!c.ok());
        assert_eq!(c.regressions[0].0, "test/a.js");
        assert_eq!(c.improvements, ["test/b.js"]);
        assert_eq!(c.changed.len(), 1);
        let (_, t) = tally(&results);
        assert_eq!((t.run, t.passed, t.skipped), (3, 1, 1));
    }
}
