//! Finds test262 tests and runs them in parallel: each variant is compiled
//! in-process with kiln, linked with `kiln_linker`, and executed under a time
//! limit. Objects and executables live in a RAM-backed temporary directory.

use crate::fastlink::{LinkMode, Linker};
use crate::frontmatter::{self, Meta};
use crate::harness::Harness;
use crate::judge::{self, Outcome, Status};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Directories (relative to the test262 root) that are never run.
pub const SKIP_DIRS: &[&str] = &["test/intl402/", "test/staging/", "test/annexB/built-ins/"];

/// How to run the suite.
#[derive(Debug, Clone)]
pub struct Config {
    /// The test262 checkout (containing `test/` and `harness/`).
    pub test262: PathBuf,
    /// Only tests whose path contains this substring.
    pub filter: Option<String>,
    /// Only every `sample`-th test (in path order) when above 1: an
    /// unbiased estimate of the whole run in a fraction of its time.
    pub sample: usize,
    /// Worker threads.
    pub jobs: usize,
    /// Per-executable time limit.
    pub timeout: Duration,
    /// Cranelift optimisation level (0 or 2).
    pub opt_level: u8,
    /// Denylisted features.
    pub denylist: HashSet<String>,
    /// Print progress to stderr.
    pub progress: bool,
    /// How executables are linked.
    pub link: LinkMode,
}

impl Config {
    /// Defaults for the checkout at `test262`.
    pub fn new(test262: impl Into<PathBuf>) -> Self {
        Config {
            test262: test262.into(),
            filter: None,
            sample: 1,
            jobs: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            timeout: Duration::from_secs(10),
            opt_level: 0,
            denylist: HashSet::new(),
            progress: false,
            link: LinkMode::Shared,
        }
    }
}

/// The verdict for one test file.
#[derive(Debug, Clone)]
pub struct TestResult {
    /// Path relative to the test262 root, with `/` separators.
    pub path: String,
    pub status: Status,
}

/// Parses a denylist file: one feature per line, `#` starts a comment.
pub fn parse_denylist(text: &str) -> HashSet<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lists the test files under `root/test`, relative to `root`, sorted.
pub fn list_tests(root: &Path, filter: Option<&str>) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![root.join("test")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            if !rel.ends_with(".js") || rel.contains("_FIXTURE") {
                continue;
            }
            if SKIP_DIRS.iter().any(|d| rel.starts_with(d)) {
                continue;
            }
            if filter.is_some_and(|f| !rel.contains(f)) {
                continue;
            }
            out.push(rel);
        }
    }
    out.sort();
    Ok(out)
}

/// The reason a test is skipped, if it is.
pub fn skip_reason(meta: &Meta, denylist: &HashSet<String>) -> Option<String> {
    meta.features
        .iter()
        .find(|f| denylist.contains(*f))
        .map(|f| format!("feature {f}"))
}

/// Which variants to run: `true` = strict.
pub fn variants(meta: &Meta) -> Vec<bool> {
    if meta.has_flag("module") {
        // Module code is strict.
        vec![true]
    } else if meta.has_flag("raw") || meta.has_flag("noStrict") {
        vec![false]
    } else if meta.has_flag("onlyStrict") {
        vec![true]
    } else {
        vec![false, true]
    }
}

/// A directory for objects and executables, preferably in RAM, and the way
/// they are linked.
pub struct Scratch {
    dir: PathBuf,
    counter: AtomicUsize,
    linker: Linker,
}

impl Scratch {
    /// Creates a fresh scratch directory whose executables are linked in
    /// `mode` (see [`crate::fastlink`]; a shared setup is tried out first).
    pub fn with_link(mode: LinkMode) -> std::io::Result<Self> {
        let mut scratch = Scratch::new()?;
        let linker = Linker::prepare(mode, |l| {
            let probe = "var o = { a: [1, 'x'] };\n\
                         if (JSON.stringify(o) !== '{\"a\":[1,\"x\"]}') throw new Error('probe');\n\
                         console.log('ok');\n";
            let Ok(object) = compile("probe.js", probe.to_string(), 0) else {
                return false;
            };
            let base = scratch.next();
            let (obj, exe) = (base.with_extension("o"), base.with_extension("exe"));
            let ok = std::fs::write(&obj, object).is_ok()
                && l.link(&obj, &exe).is_ok()
                && Command::new(&exe)
                    .output()
                    .is_ok_and(|o| o.status.success() && o.stdout == b"ok\n");
            let _ = std::fs::remove_file(&obj);
            let _ = std::fs::remove_file(&exe);
            ok
        });
        scratch.linker = linker;
        Ok(scratch)
    }

    /// How executables are linked.
    pub fn linker(&self) -> &Linker {
        &self.linker
    }

    /// Creates a fresh scratch directory; executables link as `kiln` links them.
    pub fn new() -> std::io::Result<Self> {
        static SEQ: AtomicUsize = AtomicUsize::new(0);
        let shm = Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!(
            "kiln-test262-{}-{}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch {
            dir,
            counter: AtomicUsize::new(0),
            linker: Linker::Static,
        })
    }

    fn next(&self) -> PathBuf {
        self.dir
            .join(format!("t{}", self.counter.fetch_add(1, Ordering::Relaxed)))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

/// Time spent in each phase, summed over all workers (CPU-ish time, not wall).
pub struct PhaseTimes {
    nanos: [std::sync::atomic::AtomicU64; 3],
    counts: [AtomicUsize; 3],
}

/// The phases [`PhaseTimes`] measures.
pub const PHASES: [&str; 3] = ["compile", "link", "run"];

impl PhaseTimes {
    const fn new() -> Self {
        PhaseTimes {
            nanos: [const { std::sync::atomic::AtomicU64::new(0) }; 3],
            counts: [const { AtomicUsize::new(0) }; 3],
        }
    }

    fn add(&self, phase: usize, since: Instant) {
        let ns = since.elapsed().as_nanos() as u64;
        self.nanos[phase].fetch_add(ns, Ordering::Relaxed);
        self.counts[phase].fetch_add(1, Ordering::Relaxed);
    }

    /// `(phase, total time, times entered)` for each phase.
    pub fn snapshot(&self) -> Vec<(&'static str, Duration, usize)> {
        (0..3)
            .map(|i| {
                (
                    PHASES[i],
                    Duration::from_nanos(self.nanos[i].load(Ordering::Relaxed)),
                    self.counts[i].load(Ordering::Relaxed),
                )
            })
            .collect()
    }
}

/// Phase times of this process's runs.
pub static TIMES: PhaseTimes = PhaseTimes::new();

/// Compiles one program in-process; a panic becomes [`Outcome::Panicked`].
pub fn compile(name: &str, source: String, opt_level: u8) -> Result<Vec<u8>, Outcome> {
    let start = Instant::now();
    let out = compile_untimed(name, source, None, opt_level);
    TIMES.add(0, start);
    out
}

/// Compiles the module test `name` (an absolute path: it imports its
/// fixtures by relative paths) as an ES module after the harness `preamble`.
pub fn compile_module(
    name: &str,
    source: String,
    preamble: &str,
    opt_level: u8,
) -> Result<Vec<u8>, Outcome> {
    let start = Instant::now();
    let out = compile_untimed(name, source, Some(preamble), opt_level);
    TIMES.add(0, start);
    out
}

fn compile_untimed(
    name: &str,
    source: String,
    module_preamble: Option<&str>,
    opt_level: u8,
) -> Result<Vec<u8>, Outcome> {
    let opts = kiln::codegen::Options {
        opt_level,
        emit: kiln::codegen::Emit::Object,
        verify: false,
        // test262's non-module tests are classic scripts (global `var`s
        // are global-object properties, top-level `this` is the global).
        script: true,
    };
    let compiled =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match module_preamble {
            Some(p) => kiln::driver::compile_module_source(name, source, p, &opts),
            None => kiln::driver::compile_source(name, source, &opts),
        }));
    match compiled {
        Err(p) => Err(Outcome::Panicked(panic_message(&*p))),
        Ok(Err(e)) => Err(Outcome::CompileFailed(e.0)),
        Ok(Ok(out)) => Ok(out.object),
    }
}

/// Compiles, links and runs one program.
pub fn build_and_run(
    name: &str,
    source: String,
    opt_level: u8,
    timeout: Duration,
    scratch: &Scratch,
) -> Outcome {
    match compile(name, source, opt_level) {
        Ok(object) => link_and_run(&object, timeout, scratch),
        Err(outcome) => outcome,
    }
}

/// Links a compiled object and runs the executable under a time limit.
pub fn link_and_run(object: &[u8], timeout: Duration, scratch: &Scratch) -> Outcome {
    let base = scratch.next();
    let obj = base.with_extension("o");
    let exe = base.with_extension("exe");
    let out_path = base.with_extension("out");
    let err_path = base.with_extension("err");
    let cleanup = || {
        for p in [&obj, &exe, &out_path, &err_path] {
            let _ = std::fs::remove_file(p);
        }
    };
    if let Err(e) = std::fs::write(&obj, object) {
        return Outcome::LinkFailed(format!("cannot write object: {e}"));
    }
    let start = Instant::now();
    let linked = scratch.linker.link(&obj, &exe);
    TIMES.add(1, start);
    if let Err(e) = linked {
        cleanup();
        return Outcome::LinkFailed(e);
    }
    let start = Instant::now();
    let outcome = execute(&exe, &out_path, &err_path, timeout);
    TIMES.add(2, start);
    cleanup();
    outcome
}

fn execute(exe: &Path, out_path: &Path, err_path: &Path, timeout: Duration) -> Outcome {
    let (Ok(out), Ok(err)) = (
        std::fs::File::create(out_path),
        std::fs::File::create(err_path),
    ) else {
        return Outcome::LinkFailed("cannot create output files".into());
    };
    // test262 leaves promises rejected without handlers (hosts do not fail
    // on them): Node's `--unhandled-rejections=none`. KILN_TEST262_HOST:
    // the runtime installs `$262.detachArrayBuffer`
    // (`kiln_runtime::builtins::binary::install_test262_host`).
    let mut child = match Command::new(exe)
        .env("KILN_UNHANDLED_REJECTIONS", "none")
        .env("KILN_TEST262_HOST", "1")
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::LinkFailed(format!("cannot run executable: {e}")),
    };
    let status = match wait_with_timeout(&mut child, timeout) {
        Ok(Some(status)) => status,
        Ok(None) => return Outcome::TimedOut,
        Err(e) => return Outcome::LinkFailed(format!("wait failed: {e}")),
    };
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    Outcome::Ran {
        code: status.code(),
        signal,
        stdout: read(out_path),
        stderr: read(err_path),
    }
}

/// Waits for `child`, killing it after `timeout` (`None`: it was killed).
///
/// On Linux the worker blocks in `waitid(WNOWAIT)`, so it sees the exit at
/// once (polling added up to 10 ms per executable), and a shared killer
/// thread enforces the deadlines; the child is reaped only after it left the
/// killer's table, so the killer never signals a recycled pid.
#[cfg(target_os = "linux")]
fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    use std::sync::atomic::AtomicBool;
    use std::sync::{Arc, OnceLock};
    extern "C" {
        fn waitid(idtype: i32, id: u32, info: *mut u64, options: i32) -> i32;
        fn kill(pid: i32, sig: i32) -> i32;
    }
    const P_PID: i32 = 1;
    const WEXITED: i32 = 4;
    const WNOWAIT: i32 = 0x0100_0000;
    const SIGKILL: i32 = 9;
    type Table = Mutex<Vec<(u32, Instant, Arc<AtomicBool>)>>;
    static RUNNING: OnceLock<Table> = OnceLock::new();
    let running = RUNNING.get_or_init(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(50));
            let table = RUNNING.get().expect("initialised").lock().unwrap();
            for (pid, deadline, killed) in table.iter() {
                if Instant::now() >= *deadline && !killed.swap(true, Ordering::Relaxed) {
                    // SAFETY: the pid is a child not yet reaped (see above).
                    unsafe { kill(*pid as i32, SIGKILL) };
                }
            }
        });
        Mutex::new(Vec::new())
    });
    let pid = child.id();
    let killed = Arc::new(AtomicBool::new(false));
    running
        .lock()
        .unwrap()
        .push((pid, Instant::now() + timeout, killed.clone()));
    let mut info = [0u64; 16];
    let waited = loop {
        // SAFETY: `info` is a buffer as large as siginfo_t (128 bytes).
        if unsafe { waitid(P_PID, pid, info.as_mut_ptr(), WEXITED | WNOWAIT) } == 0 {
            break Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            break Err(e);
        }
    };
    running.lock().unwrap().retain(|(p, _, _)| *p != pid);
    if let Err(e) = waited {
        let _ = child.kill();
        let _ = child.wait();
        return Err(e);
    }
    let status = child.wait()?;
    Ok((!killed.load(Ordering::Relaxed)).then_some(status))
}

#[cfg(not(target_os = "linux"))]
fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(s) = child.try_wait()? {
            return Ok(Some(s));
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Runs one test file (all its variants) and judges it.
pub fn run_test(cfg: &Config, harness: &Harness, scratch: &Scratch, rel: &str) -> Status {
    let source = match std::fs::read(cfg.test262.join(rel)) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Status::Crash(format!("cannot read test: {e}")),
    };
    let meta = frontmatter::parse(&source);
    if let Some(reason) = skip_reason(&meta, &cfg.denylist) {
        return Status::Skip(reason);
    }
    let early = meta
        .negative
        .as_ref()
        .is_some_and(|n| n.phase == "parse" || n.phase == "early");
    // The test's real path: tests import (and `import()`) their fixtures
    // by relative paths.
    let path = cfg.test262.join(rel);
    let path = std::fs::canonicalize(&path).unwrap_or(path);
    let name = path.to_string_lossy();
    let mut statuses = Vec::new();
    for strict in variants(&meta) {
        let compiled = if meta.has_flag("module") {
            match harness.preamble(&meta) {
                Ok(p) => compile_module(&name, source.clone(), &p, cfg.opt_level),
                Err(e) => return Status::Crash(e),
            }
        } else {
            match harness.assemble(&meta, &source, strict) {
                Ok(p) => compile(&name, p, cfg.opt_level),
                Err(e) => return Status::Crash(e),
            }
        };
        let outcome = match compiled {
            Err(outcome) => outcome,
            // A parse/early-error test that compiles has failed; its
            // executable need not be linked or run.
            Ok(_) if early => Outcome::Ran {
                code: Some(0),
                signal: None,
                stdout: String::new(),
                stderr: String::new(),
            },
            Ok(object) => link_and_run(&object, cfg.timeout, scratch),
        };
        let status = judge::judge(&meta, &outcome);
        let failed = status != Status::Pass;
        statuses.push(status);
        if failed {
            // Both variants must pass; the first failure decides.
            break;
        }
    }
    judge::combine(statuses)
}

/// The calling thread's id (Linux), for [`thread_cpu`].
#[cfg(target_os = "linux")]
fn this_thread() -> Option<i32> {
    extern "C" {
        fn gettid() -> i32;
    }
    // SAFETY: gettid has no preconditions.
    Some(unsafe { gettid() })
}

#[cfg(not(target_os = "linux"))]
fn this_thread() -> Option<i32> {
    None
}

/// The CPU time (user + system) thread `tid` of this process has used.
fn thread_cpu(tid: i32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/self/task/{tid}/stat")).ok()?;
    // Fields after the parenthesised name: state, ..., utime (the 12th), stime.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // USER_HZ is 100 on Linux.
    Some(Duration::from_millis(ticks * 10))
}

/// Runs every test selected by `cfg`, in parallel; results are sorted by path.
pub fn run_all(cfg: &Config) -> std::io::Result<Vec<TestResult>> {
    run_all_in(cfg, &Scratch::with_link(cfg.link)?)
}

/// [`run_all`] with executables in (and linked as set up by) `scratch`.
pub fn run_all_in(cfg: &Config, scratch: &Scratch) -> std::io::Result<Vec<TestResult>> {
    let mut tests = list_tests(&cfg.test262, cfg.filter.as_deref())?;
    if cfg.sample > 1 {
        tests = tests.into_iter().step_by(cfg.sample).collect();
    }
    run_list_in(cfg, &tests, scratch)
}

/// Runs the given tests (paths relative to the test262 root) in parallel.
pub fn run_list(cfg: &Config, tests: &[String]) -> std::io::Result<Vec<TestResult>> {
    run_list_in(cfg, tests, &Scratch::with_link(cfg.link)?)
}

/// [`run_list`] with executables in (and linked as set up by) `scratch`.
pub fn run_list_in(
    cfg: &Config,
    tests: &[String],
    scratch: &Scratch,
) -> std::io::Result<Vec<TestResult>> {
    let harness = Harness::new(cfg.test262.join("harness"));
    // In test262's host every file a test imports is an ES module.
    kiln::modules::every_js_file_is_a_module();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(tests.len()));
    let start = Instant::now();
    let jobs = cfg.jobs.max(1);
    // What each worker is doing, for the watchdog: a compiler hang cannot be
    // interrupted in-process, so it is reported by name and the run aborted.
    // The limit is on the worker thread's CPU time where it can be read (a
    // busy machine once starved a slow compile past a wall-clock limit),
    // with a wall-clock backstop of six times the limit.
    type Busy = Option<(usize, Instant, Option<(i32, Duration)>)>;
    let busy: Vec<Mutex<Busy>> = (0..jobs).map(|_| Mutex::new(None)).collect();
    let finished = std::sync::atomic::AtomicBool::new(false);
    let limit = cfg.timeout + Duration::from_secs(300);
    std::thread::scope(|s| {
        s.spawn(|| {
            while !finished.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                for slot in &busy {
                    if let Some((i, since, cpu)) = *slot.lock().unwrap() {
                        let wall = since.elapsed();
                        let over = wall > limit * 6
                            || wall > limit
                                && cpu
                                    .and_then(|(tid, cpu0)| Some(thread_cpu(tid)? - cpu0))
                                    .is_none_or(|used| used > limit);
                        if over {
                            eprintln!(
                                "kiln-test262: {} has been compiling/linking for over {}s \
                                 of CPU time; aborting (compiler hang?)",
                                tests[i],
                                limit.as_secs()
                            );
                            std::process::exit(3);
                        }
                    }
                }
            }
        });
        let workers: Vec<_> = (0..jobs)
            .map(|w| {
                let (next, done, results, busy) = (&next, &done, &results, &busy);
                let harness = &harness;
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(s, move || loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(rel) = tests.get(i) else { break };
                        let cpu = this_thread().and_then(|t| Some((t, thread_cpu(t)?)));
                        *busy[w].lock().unwrap() = Some((i, Instant::now(), cpu));
                        let status = run_test(cfg, harness, scratch, rel);
                        *busy[w].lock().unwrap() = None;
                        results.lock().unwrap().push(TestResult {
                            path: rel.clone(),
                            status,
                        });
                        let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if cfg.progress && d.is_multiple_of(1000) {
                            eprintln!(
                                "[{d}/{}] {:.0}s",
                                tests.len(),
                                start.elapsed().as_secs_f64()
                            );
                        }
                    })
                    .expect("spawn worker thread")
            })
            .collect();
        for w in workers {
            let _ = w.join();
        }
        finished.store(true, Ordering::Relaxed);
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(results)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn reads_thread_cpu_time() {
        let tid = super::this_thread().unwrap();
        let before = super::thread_cpu(tid).unwrap();
        let start = std::time::Instant::now();
        let mut x = 0u64;
        while start.elapsed().as_millis() < 60 {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(super::thread_cpu(tid).unwrap() > before);
    }
}
