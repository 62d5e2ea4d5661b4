//! `kiln-test262`: runs test262 against kiln (`run`), rewrites the ratchet
//! files (`update`), or checks a run against them (`check`).

use kiln_test262::fastlink::LinkMode;
use kiln_test262::report::{self, DocInfo};
use kiln_test262::run::{self, Config};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime};

const USAGE: &str =
    "usage: kiln-test262 (run|update|check) [--test262 DIR] [--filter SUBSTR] [-j N]
       [--sample N] [--list] [--timeout SECS] [--opt 0|2] [--denylist FILE]
       [--expectations FILE] [--doc FILE] [--link shared|static]
  --sample N  run only every N-th test (run mode: an estimate of the whole suite)
  --list      print every test that did not pass, with its status and detail
  --link      shared (default): link test executables against the runtime as a
              shared object, several times faster; static: as `kiln build` does
  run     run the suite and print a summary
  update  rewrite expectations.txt and docs/conformance.md
  check   fail if a test expected to pass fails, or one expected to fail passes
TEST262_DIR is the default for --test262.";

fn manifest(rel: &str) -> PathBuf {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
    p.canonicalize().unwrap_or(p)
}

/// The 1-minute load average (Linux), to put a run's wall time in context.
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Today's UTC date as `YYYY-MM-DD`.
fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    // Howard Hinnant's days-to-civil.
    let z = secs.div_euclid(86400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("kiln-test262: {e}");
            ExitCode::from(2)
        }
    }
}

fn real_main() -> Result<ExitCode, String> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().ok_or(USAGE)?;
    if mode == "-h" || mode == "--help" {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    if !["run", "update", "check"].contains(&mode.as_str()) {
        return Err(format!("unknown mode `{mode}`\n{USAGE}"));
    }
    let mut test262 = std::env::var_os("TEST262_DIR").map(PathBuf::from);
    let mut filter = None;
    let mut sample = 1usize;
    let mut list = false;
    let mut jobs = None;
    let mut timeout = 10u64;
    let mut opt = 0u8;
    let mut denylist = manifest("features-denylist.txt");
    let mut expectations = manifest("expectations.txt");
    let mut doc = manifest("..").join("docs").join("conformance.md");
    let mut link = LinkMode::Shared;
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--test262" => test262 = Some(PathBuf::from(val()?)),
            "--filter" => filter = Some(val()?),
            "--sample" => sample = val()?.parse().map_err(|e| format!("--sample: {e}"))?,
            "--list" => list = true,
            "-j" | "--jobs" => jobs = Some(val()?.parse().map_err(|e| format!("-j: {e}"))?),
            "--timeout" => timeout = val()?.parse().map_err(|e| format!("--timeout: {e}"))?,
            "--opt" => opt = val()?.parse().map_err(|e| format!("--opt: {e}"))?,
            "--denylist" => denylist = PathBuf::from(val()?),
            "--expectations" => expectations = PathBuf::from(val()?),
            "--doc" => doc = PathBuf::from(val()?),
            "--link" => {
                link = match val()?.as_str() {
                    "static" => LinkMode::Static,
                    "shared" => LinkMode::Shared,
                    v => return Err(format!("--link: `{v}` is neither static nor shared")),
                }
            }
            _ => return Err(format!("unknown argument `{a}`\n{USAGE}")),
        }
    }
    let test262 = test262.ok_or("no test262 checkout: pass --test262 DIR or set TEST262_DIR")?;
    if !test262.join("harness").is_dir() || !test262.join("test").is_dir() {
        return Err(format!(
            "{} does not look like a test262 checkout (no test/ and harness/)",
            test262.display()
        ));
    }
    if sample > 1 && mode != "run" {
        return Err("--sample only goes with `run` (the ratchet files need every test)".into());
    }
    let mut cfg = Config::new(&test262);
    cfg.filter = filter.clone();
    cfg.sample = sample;
    if let Some(j) = jobs {
        cfg.jobs = j;
    }
    cfg.timeout = Duration::from_secs(timeout);
    cfg.opt_level = opt;
    cfg.progress = true;
    cfg.link = link;
    cfg.denylist = run::parse_denylist(
        &std::fs::read_to_string(&denylist)
            .map_err(|e| format!("cannot read {}: {e}", denylist.display()))?,
    );
    // Panics are caught and reported as crashes; keep the terminal quiet.
    std::panic::set_hook(Box::new(|_| {}));
    // Write the runtime archive once before the workers race for it.
    kiln_linker::runtime_archive_path().map_err(|e| e.0)?;

    let scratch = run::Scratch::with_link(cfg.link)
        .map_err(|e| format!("cannot create a scratch directory: {e}"))?;
    let linker_name = scratch.linker().name();
    eprintln!("kiln-test262: linking against the {linker_name}");
    let load_start = load_average();
    let start = Instant::now();
    let results = run::run_all_in(&cfg, &scratch).map_err(|e| format!("listing tests: {e}"))?;
    let wall = start.elapsed();
    print!("{}", report::summary(&results, wall));
    for (phase, total, n) in run::TIMES.snapshot() {
        eprintln!(
            "  {phase:<8} {:>8.1}s over {n} programs ({:.1} ms each)",
            total.as_secs_f64(),
            total.as_secs_f64() * 1000.0 / n.max(1) as f64
        );
    }
    let crashes: Vec<_> = results
        .iter()
        .filter(|r| r.status.name() == "crash")
        .collect();
    for r in &crashes {
        println!("CRASH {}: {}", r.path, r.status.detail());
    }
    if list {
        for r in results
            .iter()
            .filter(|r| !matches!(r.status.name(), "pass" | "crash"))
        {
            let detail = r.status.detail();
            let first = detail.lines().next().unwrap_or("");
            println!("{} {}: {first}", r.status.name(), r.path);
        }
    }

    match mode.as_str() {
        "run" => Ok(ExitCode::SUCCESS),
        "update" => {
            let mut text = report::expectations(&results);
            if filter.is_some() {
                // A partial run only replaces the entries of the tests it ran.
                let old = std::fs::read_to_string(&expectations).unwrap_or_default();
                let ran: std::collections::HashSet<&str> =
                    results.iter().map(|r| r.path.as_str()).collect();
                let mut lines: Vec<String> = report::parse_expectations(&old)
                    .into_iter()
                    .filter(|(p, _)| !ran.contains(p.as_str()))
                    .map(|(p, s)| format!("{p} {s}"))
                    .chain(text.lines().map(str::to_string))
                    .collect();
                lines.sort();
                text = lines.join("\n") + "\n";
            }
            std::fs::write(&expectations, text)
                .map_err(|e| format!("writing {}: {e}", expectations.display()))?;
            let commit = std::fs::read_to_string(manifest("test262-commit.txt"))
                .unwrap_or_default()
                .trim()
                .to_string();
            let scope = match &filter {
                Some(f) => format!("tests whose path contains `{f}`"),
                None => "the whole suite (minus skipped directories)".to_string(),
            };
            let md = report::markdown(
                &results,
                &DocInfo {
                    commit: &commit,
                    date: &today(),
                    wall,
                    jobs: cfg.jobs,
                    scope: &scope,
                    linker: linker_name,
                    load: load_start.zip(load_average()),
                },
            );
            std::fs::write(&doc, md).map_err(|e| format!("writing {}: {e}", doc.display()))?;
            println!("wrote {} and {}", expectations.display(), doc.display());
            Ok(ExitCode::SUCCESS)
        }
        _ => {
            let old = std::fs::read_to_string(&expectations)
                .map_err(|e| format!("cannot read {}: {e}", expectations.display()))?;
            let c = report::check(&results, &report::parse_expectations(&old));
            for (p, s, d) in &c.regressions {
                println!("REGRESSION {p}: {s}: {d}");
            }
            for p in &c.improvements {
                println!("NOW PASSES {p} (remove it from expectations.txt, or run `update`)");
            }
            for (p, o, n) in &c.changed {
                println!("changed {p}: {o} -> {n}");
            }
            if c.ok() {
                println!("check: ok");
                Ok(ExitCode::SUCCESS)
            } else {
                println!(
                    "check: {} regressions, {} new passes",
                    c.regressions.len(),
                    c.improvements.len()
                );
                Ok(ExitCode::FAILURE)
            }
        }
    }
}
