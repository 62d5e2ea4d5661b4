//! Runs the test262-format fixtures in `fixtures/` through the real pipeline
//! (in-process compile, link, run) and checks the judged statuses.

use kiln_test262::run::{self, Config};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

#[test]
fn fixtures_are_judged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut cfg = Config::new(&root);
    cfg.jobs = 4;
    cfg.timeout = Duration::from_secs(1);
    cfg.denylist = run::parse_denylist(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("features-denylist.txt"),
        )
        .unwrap(),
    );
    let results = run::run_all(&cfg).unwrap();
    let got: BTreeMap<&str, (&str, String)> = results
        .iter()
        .map(|r| {
            (
                r.path.trim_start_matches("test/"),
                (r.status.name(), format!("{:?}", r.status)),
            )
        })
        .collect();
    let want = [
        ("async.js", "pass"),
        ("denylisted.js", "skip"),
        ("fail.js", "fail"),
        ("module.js", "pass"),
        ("module-resolution-negative.js", "pass"),
        ("no-strict.js", "pass"),
        ("only-strict.js", "pass"),
        ("parse-negative.js", "pass"),
        ("pass.js", "pass"),
        ("runtime-negative.js", "pass"),
        ("timeout.js", "timeout"),
        ("unsupported.js", "compile-error"),
    ];
    for (path, status) in want {
        let (name, debug) = &got[path];
        assert_eq!(name, &status, "{path}: {debug}");
    }
    assert_eq!(got.len(), want.len(), "{got:?}");
}

#[test]
fn variants_follow_flags() {
    use kiln_test262::frontmatter::parse;
    assert_eq!(run::variants(&parse("/*---\n---*/")), [false, true]);
    assert_eq!(
        run::variants(&parse("/*---\nflags: [onlyStrict]\n---*/")),
        [true]
    );
    assert_eq!(
        run::variants(&parse("/*---\nflags: [noStrict]\n---*/")),
        [false]
    );
    assert_eq!(run::variants(&parse("/*---\nflags: [raw]\n---*/")), [false]);
    assert_eq!(
        run::variants(&parse("/*---\nflags: [module]\n---*/")),
        [true]
    );
}

#[test]
fn strictness_matters() {
    // The onlyStrict fixture's body compiles in sloppy mode: running its
    // sloppy variant would fail it, so the variant selection is what passes it.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let harness = kiln_test262::harness::Harness::new(root.join("harness"));
    let src = std::fs::read_to_string(root.join("test/only-strict.js")).unwrap();
    let meta = kiln_test262::frontmatter::parse(&src);
    let scratch = run::Scratch::new().unwrap();
    let sloppy = harness.assemble(&meta, &src, false).unwrap();
    let outcome = run::build_and_run(
        "only-strict.js",
        sloppy,
        0,
        Duration::from_secs(5),
        &scratch,
    );
    assert_eq!(
        kiln_test262::judge::judge(&meta, &outcome).name(),
        "fail",
        "{outcome:?}"
    );
}
