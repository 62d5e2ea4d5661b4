//! The `kiln` command line: `kiln build`, `kiln run`, `--help`, `--version`.

use kiln::codegen::{Emit, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
kiln: compile JavaScript to a native executable

Usage:
  kiln build <app.js> [-o <out>] [-O0|-O1|-O2] [--emit exe|obj|clif|asm|analysis]
  kiln run <app.js> [-O0|-O2] [-- args...]
  kiln --help | --version

Options:
  -o <out>        output path (default: the input without its .js extension)
  -O0, -O1, -O2   optimisation level (default -O2)
  --emit <kind>   exe (default), obj (an object file), clif (Cranelift IR with
                  JS source locations), asm (machine code) or analysis (the
                  storage and types of bindings, and the direct calls), on stdout
";

struct Args {
    input: PathBuf,
    output: Option<PathBuf>,
    opts: Options,
    emit_exe: bool,
    rest: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut input = None;
    let mut output = None;
    let mut opt_level = 2;
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
            "-O1" | "-O2" | "-O3" => opt_level = 2,
            "--emit" => {
                i += 1;
                emit = args
                    .get(i)
                    .ok_or("--emit needs exe|obj|clif|asm|analysis")?
                    .clone();
            }
            s if s.starts_with("--emit=") => emit = s["--emit=".len()..].to_string(),
            "--" => {
                rest = args[i + 1..].to_vec();
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option `{s}`")),
            s => {
                if input.is_some() {
                    rest.push(s.to_string());
                } else {
                    input = Some(PathBuf::from(s));
                }
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
        },
        emit_exe: emit == "exe",
        rest,
    })
}

fn default_exe(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_os_string())
        .unwrap_or_else(|| "a.out".into());
    input.with_file_name(stem)
}

fn main() -> ExitCode {
    // Internal errors are reported by the driver; keep the default panic
    // message out of the user's terminal unless asked for.
    if std::env::var_os("KILN_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let argv: Vec<String> = std::env::args().skip(1).collect();
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
        "build" => match parse_args(&argv[1..]) {
            Err(e) => {
                eprintln!("kiln: {e}\n\n{HELP}");
                ExitCode::from(2)
            }
            Ok(a) => {
                let res = if a.emit_exe {
                    let exe = a.output.clone().unwrap_or_else(|| default_exe(&a.input));
                    kiln::driver::build_exe(&a.input, &exe, &a.opts)
                } else {
                    kiln::driver::build(&a.input, a.output.as_deref(), &a.opts).map(|_| ())
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
        "run" => match parse_args(&argv[1..]) {
            Err(e) => {
                eprintln!("kiln: {e}\n\n{HELP}");
                ExitCode::from(2)
            }
            Ok(a) => run(a),
        },
        other => {
            eprintln!("kiln: unknown command `{other}`\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

fn run(a: Args) -> ExitCode {
    let source = match std::fs::read(&a.input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", a.input.display());
            return ExitCode::from(1);
        }
    };
    let exe = kiln::driver::run_cache_path(&a.input, &source, a.opts.opt_level);
    if !exe.exists() {
        if let Some(dir) = exe.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = exe.with_extension(format!("tmp{}", std::process::id()));
        if let Err(e) = kiln::driver::build_exe(&a.input, &tmp, &a.opts) {
            eprint!("{e}");
            return ExitCode::from(1);
        }
        if std::fs::rename(&tmp, &exe).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
    let status = std::process::Command::new(&exe).args(&a.rest).status();
    match status {
        Ok(s) => match s.code() {
            Some(c) => ExitCode::from(c as u8),
            None => ExitCode::from(1),
        },
        Err(e) => {
            eprintln!("error: cannot run {}: {e}", exe.display());
            ExitCode::from(1)
        }
    }
}
