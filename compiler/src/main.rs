//! The `kiln` command line: `kiln build`, `kiln run`, `--help`, `--version`.

use kiln::codegen::{Emit, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
kiln: compile JavaScript to a native executable

Usage:
  kiln build <app.js> [-o <out>] [-O0|-O1|-O2] [--script] [--emit exe|obj|clif|asm|analysis]
  kiln run [-O0|-O2] [--script] <app.js> [--] [args...]
  kiln cache clean
  kiln --help | --version

Options:
  -o <out>        output path (default: the input without its .js extension;
                  <input>.out for an input with another extension or none);
                  never the input itself
  -O0, -O1, -O2   optimisation level (default -O2)
  --script        compile the entry as a classic script, as a browser's
                  <script> or test262 runs it: top-level `var` and function
                  declarations are properties of the global object and
                  top-level `this` is the global object (by default, as
                  Node does, the entry file is a CommonJS module)
  --emit <kind>   exe (default), obj (an object file), clif (Cranelift IR with
                  JS source locations), asm (machine code) or analysis (the
                  storage and types of bindings, and the direct calls), on stdout

`kiln run` passes every argument after the input file to the program and
runs it in kiln's place (its exit status and signals are the program's).
Builds are cached in $XDG_CACHE_HOME/kiln/run (or ~/.cache/kiln/run), keyed
by the source's absolute path and content; the least recently used entries
beyond 64 are evicted, and `kiln cache clean` empties the cache.
";

struct Args {
    input: PathBuf,
    output: Option<PathBuf>,
    opts: Options,
    emit_exe: bool,
    rest: Vec<String>,
}

/// Parses the arguments of `build` (`for_run == false`) or `run`. For `run`,
/// everything after the input file belongs to the program, verbatim (as
/// with `node app.js ...`), except one `--` directly after the input, the
/// documented separator.
fn parse_args(args: &[String], for_run: bool) -> Result<Args, String> {
    let mut input = None;
    let mut output = None;
    let mut opt_level = 2;
    let mut script = false;
    let mut emit = "exe".to_string();
    let mut rest = vec![];
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-o" => {
                i += 1;
                output = Some(PathBuf::from(args.get(i).ok_or("-o needs a path")?));
            }
            "-O0" => opt_level = 0,
            "--script" => script = true,
            "-O1" | "-O2" | "-O3" => opt_level = 2,
            "--emit" => {
                i += 1;
                emit = args
                    .get(i)
                    .ok_or("--emit needs exe|obj|clif|asm|analysis")?
                    .clone();
            }
            s if s.starts_with("--emit=") => emit = s["--emit=".len()..].to_string(),
            _ if for_run && input.is_some() => {
                let skip = usize::from(a == "--");
                rest = args[i + skip..].to_vec();
                break;
            }
            "--" if input.is_none() => {
                i += 1;
                let Some(s) = args.get(i) else { break };
                input = Some(PathBuf::from(s));
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option `{s}`")),
            s => {
                if input.is_some() {
                    return Err(format!("unexpected argument `{s}` (one input file)"));
                }
                input = Some(PathBuf::from(s));
            }
        }
        i += 1;
    }
    let emit_kind = match emit.as_str() {
        "exe" => Emit::Object,
        "obj" => Emit::Object,
        "clif" => Emit::Clif,
        "asm" => Emit::Asm,
        "analysis" => Emit::Analysis,
        other => {
            return Err(format!(
                "unknown --emit kind `{other}` (exe, obj, clif, asm, analysis)"
            ))
        }
    };
    Ok(Args {
        input: input.ok_or("no input file")?,
        output,
        opts: Options {
            opt_level,
            emit: emit_kind,
            verify: cfg!(debug_assertions) || std::env::var_os("KILN_VERIFY").is_some(),
            script,
        },
        emit_exe: emit == "exe",
        rest,
    })
}

/// The executable `kiln build app.js` writes when no `-o` is given: the input
/// without its `.js`/`.mjs`/`.cjs` extension, or `<name>.out` for an input
/// with any other extension or none (a `#!` script named `tool` becomes
/// `tool.out`), so the default output is never the source itself.
fn default_exe(input: &Path) -> PathBuf {
    let is_js = matches!(
        input.extension().and_then(|e| e.to_str()),
        Some("js" | "mjs" | "cjs")
    );
    match input.file_stem() {
        Some(stem) if is_js => input.with_file_name(stem),
        Some(_) => {
            let mut name = input.file_name().unwrap_or_default().to_os_string();
            name.push(".out");
            input.with_file_name(name)
        }
        None => PathBuf::from("a.out"),
    }
}

/// Refuses to write `output` when it is the input file (the same path or the
/// same file through another name), as `cc -o app.c app.c` does.
fn check_not_input(input: &Path, output: &Path) -> Result<(), String> {
    let same = match (std::fs::metadata(input), std::fs::metadata(output)) {
        (Ok(a), Ok(b)) => {
            use std::os::unix::fs::MetadataExt;
            a.dev() == b.dev() && a.ino() == b.ino()
        }
        _ => false,
    };
    if same || input == output {
        return Err(format!(
            "error: output file `{}` is the input file; refusing to overwrite it (choose another with -o)",
            output.display()
        ));
    }
    Ok(())
}

/// Stack size of the compiler's thread. Parsing, analysis and code generation
/// recurse over the syntax tree, and real programs nest deeply (a generated
/// `1+1+…` of 100,000 terms is a left-nested tree that deep). The memory is
/// only reserved: pages are touched as deep recursion reaches them.
const COMPILER_STACK: usize = 4 << 30;

fn main() -> ExitCode {
    // Internal errors are reported by the driver; keep the default panic
    // message out of the user's terminal unless asked for.
    if std::env::var_os("KILN_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let argv: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // Run on a thread with a large stack; where the system refuses that much
    // (a `ulimit -v`), on progressively smaller ones.
    let mut size = COMPILER_STACK;
    loop {
        let argv = argv.clone();
        match std::thread::Builder::new()
            .name("kiln".into())
            .stack_size(size)
            .spawn(move || command(argv))
        {
            Ok(h) => return h.join().unwrap_or(ExitCode::from(101)),
            Err(_) if size > 16 << 20 => size /= 4,
            Err(e) => {
                eprintln!("kiln: cannot start the compiler thread: {e}");
                return ExitCode::from(1);
            }
        }
    }
}

fn command(argv: Vec<String>) -> ExitCode {
    let Some(cmd) = argv.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "--help" | "-h" | "help" => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        "--version" | "-V" => {
            println!("kiln {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        "build" => match parse_args(&argv[1..], false) {
            Err(e) => {
                eprintln!("kiln: {e}\n\n{HELP}");
                ExitCode::from(2)
            }
            Ok(a) => {
                let res = if a.emit_exe {
                    let exe = a.output.clone().unwrap_or_else(|| default_exe(&a.input));
                    check_not_input(&a.input, &exe)
                        .map_err(|e| kiln::driver::BuildError(format!("{e}\n")))
                        .and_then(|()| kiln::driver::build_exe(&a.input, &exe, &a.opts).map(|_| ()))
                } else {
                    let out = a.output.as_deref();
                    out.map_or(Ok(()), |o| check_not_input(&a.input, o))
                        .map_err(|e| kiln::driver::BuildError(format!("{e}\n")))
                        .and_then(|()| kiln::driver::build(&a.input, out, &a.opts).map(|_| ()))
                };
                match res {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprint!("{e}");
                        ExitCode::from(1)
                    }
                }
            }
        },
        "run" => match parse_args(&argv[1..], true) {
            Err(e) => {
                eprintln!("kiln: {e}\n\n{HELP}");
                ExitCode::from(2)
            }
            Ok(a) => run(a),
        },
        "cache" => match argv.get(1).map(String::as_str) {
            Some("clean") if argv.len() == 2 => match kiln::driver::cache_clean() {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("kiln: {e}");
                    ExitCode::from(1)
                }
            },
            _ => {
                eprintln!("kiln: usage: kiln cache clean\n\n{HELP}");
                ExitCode::from(2)
            }
        },
        other => {
            eprintln!("kiln: unknown command `{other}`\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

/// `kiln run`: builds the program into the run cache (unless a build of the
/// same source by the same compiler is there) and then *becomes* it (`exec`):
/// signals, exit status and the terminal are the program's own, and killing
/// `kiln run` kills the program.
fn run(a: Args) -> ExitCode {
    let source = match std::fs::read(&a.input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", a.input.display());
            return ExitCode::from(1);
        }
    };
    let exe = kiln::driver::run_cache_path(
        &a.input,
        &source,
        a.opts.opt_level | u8::from(a.opts.script) << 4,
    );
    if !kiln::driver::run_cache_fresh(&exe) {
        if let Some(dir) = exe.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = exe.with_extension(format!("tmp{}", std::process::id()));
        let sources = match kiln::driver::build_exe(&a.input, &tmp, &a.opts) {
            Ok(s) => s,
            Err(e) => {
                eprint!("{e}");
                return ExitCode::from(1);
            }
        };
        if std::fs::rename(&tmp, &exe).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        kiln::driver::write_run_manifest(&exe, &sources);
        kiln::driver::evict_run_cache(&exe);
    } else {
        // Touch it: eviction removes the least recently used entries.
        let _ = std::fs::File::options()
            .append(true)
            .open(&exe)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
    }
    use std::os::unix::process::CommandExt;
    let err = std::process::Command::new(&exe).args(&a.rest).exec();
    eprintln!("error: cannot run {}: {err}", exe.display());
    ExitCode::from(1)
}
