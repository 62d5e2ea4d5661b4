#!/usr/bin/env python3
"""Fuzzing harness for kiln: looks for compiler crashes, hangs and runtime
crashes, and for differences from node.

Modes (default: all three, sharing the time budget):
  mutate  mutations and truncations of tests/programs/**/*.js through
          `kiln build`; every build that succeeds is also run. A finding is
          a compiler that panics, dies of a signal, exits with a status other
          than 0/1, reports an internal compiler error or takes longer than
          the build limit; or a compiled program that dies of a signal other
          than the SIGKILL of its own time limit.
  deep    generated deep and large inputs (nesting of every bracket kind,
          long operator chains, many functions, long statements lists):
          each must compile, or fail with a located error, never crash.
  diff    random programs of expressions over numbers, strings, booleans,
          null/undefined, arrays and objects with every operator, compiled
          and compared with `node` line by line.

Findings are written to the output folder (default: target/fuzz), one
reproducer file each with what happened in a comment; the script exits 1
when it found anything. Runs are reproducible from --seed.

  scripts/fuzz.py --seconds 120 --seed 1
  scripts/fuzz.py --mode diff --seconds 600 --kiln target/release/kiln
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_LIMIT = 30  # seconds a build may take
RUN_LIMIT = 5  # seconds a compiled program may run

TOKENS = [
    "(", ")", "{", "}", "[", "]", ";", ",", ".", "...", "=>", "=", "+", "-", "*",
    "/", "%", "**", "<", ">", "<=", "==", "===", "!", "~", "&&", "||", "??",
    "?.", "?", ":", "`", "${", "'", '"', "class", "function", "return", "let",
    "const", "var", "if", "else", "for", "while", "do", "new", "this", "super",
    "typeof", "delete", "in", "of", "try", "catch", "finally", "throw", "yield",
    "async", "await", "static", "get", "set", "#x", "0", "1e308", "-0", "NaN",
    "x", "arguments", "null", "undefined", "\n", "/*", "*/", "//", "\\",
]


def sh(cmd, limit, cwd=None):
    """Runs cmd; returns (status, stdout, stderr, timed_out)."""
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=limit,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b"", True


class Fuzzer:
    def __init__(self, args):
        self.kiln = str(Path(args.kiln).resolve())
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(args.seed)
        self.tmp = Path(tempfile.mkdtemp(prefix="kiln-fuzz-"))
        self.findings = 0
        self.cases = 0
        self.max_cases = args.cases
        self.mode_start = 0

    def record(self, kind, src, what):
        self.findings += 1
        path = self.out / f"{kind}-{self.findings}.js"
        path.write_text(f"// fuzz finding ({kind}): {what}\n{src}", errors="replace")
        print(f"FINDING {path}: {what}", flush=True)

    def more(self, deadline):
        """Is there time (and case budget) for another case of this mode?"""
        if self.max_cases and self.cases - self.mode_start >= self.max_cases:
            return False
        return time.time() < deadline

    def build(self, src):
        """Compiles src; returns (ok, exe path, finding text or None)."""
        self.cases += 1
        js = self.tmp / "case.js"
        exe = self.tmp / "case"
        js.write_text(src, errors="replace")
        if exe.exists():
            exe.unlink()
        st, _, err, timed_out = sh([self.kiln, "build", str(js), "-o", str(exe)], BUILD_LIMIT)
        err = err.decode(errors="replace")
        if timed_out:
            return False, exe, f"build took over {BUILD_LIMIT}s"
        if st is not None and st < 0:
            return False, exe, f"compiler died of signal {-st}: {err[-300:]}"
        if st not in (0, 1):
            return False, exe, f"compiler exited {st}: {err[-300:]}"
        for bad in ("internal compiler error", "panicked", "overflowed its stack"):
            if bad in err:
                return False, exe, f"compiler: {err.strip()[-300:]}"
        if st == 1 and ": error:" not in err and "error:" not in err:
            return False, exe, f"compile error without a location: {err[-300:]}"
        return st == 0, exe, None

    def run(self, exe):
        st, out, err, timed_out = sh([str(exe)], RUN_LIMIT)
        return st, out, err, timed_out

    # --- mutate -------------------------------------------------------------
    def mutate_source(self, src):
        r = self.rng
        n = len(src)
        if n == 0:
            return src
        choice = r.randrange(6)
        i = r.randrange(n)
        j = min(n, i + r.randrange(1, 40))
        if choice == 0:
            return src[:i]  # truncation
        if choice == 1:
            return src[:i] + src[j:]  # deletion
        if choice == 2:
            return src[:i] + src[i:j] + src[i:]  # duplication
        if choice == 3:
            return src[:i] + " " + r.choice(TOKENS) + " " + src[i:]  # insertion
        if choice == 4:
            k = r.randrange(n)
            return src[:i] + src[k:k + r.randrange(1, 60)] + src[i:]  # transplant
        return src[:i] + r.choice(TOKENS) + src[j:]  # replacement

    def mode_mutate(self, deadline):
        programs = sorted((ROOT / "tests" / "programs").rglob("*.js"))
        while self.more(deadline):
            src = self.rng.choice(programs).read_text(errors="replace")
            for _ in range(self.rng.randrange(1, 4)):
                src = self.mutate_source(src)
            ok, exe, finding = self.build(src)
            if finding:
                self.record("mutate", src, finding)
                continue
            if ok:
                st, _, err, timed_out = self.run(exe)
                if not timed_out and st is not None and st < 0 and -st != signal.SIGKILL:
                    self.record("mutate-run", src,
                                f"program died of signal {-st}: {err.decode(errors='replace')[-300:]}")

    # --- deep ---------------------------------------------------------------
    def deep_cases(self):
        r = self.rng
        n = r.choice([100, 1000, 5000, 20000])
        yield f"console.log({'(' * n}1{')' * n});\n"
        yield f"console.log(JSON.stringify({'[' * n}{']' * n}).length);\n"
        yield "{" * n + "console.log(1)" + "}" * n + "\n"
        yield "let o = " + "{a:" * n + "1" + "}" * n + ";\nconsole.log(typeof o);\n"
        yield "console.log(" + "+".join(["1"] * n) + ");\n"
        yield "let x = 1;\nconsole.log(" + "x?" * min(n, 2000) + "1" + ":0" * min(n, 2000) + ");\n"
        yield "".join(f"function f{i}(a) {{ return a + {i}; }}\n" for i in range(min(n, 5000))) + "console.log(f0(1));\n"
        yield "let s = 0;\n" + "s += 1;\n" * n + "console.log(s);\n"
        yield "console.log(`" + "${`" * min(n, 1000) + "x" + "`}" * min(n, 1000) + "`);\n"
        yield "console.log(" + "[" * n + "\n"  # unterminated, deep

    def mode_deep(self, deadline):
        for src in self.deep_cases():
            if not self.more(deadline):
                return
            ok, exe, finding = self.build(src)
            if finding:
                self.record("deep", src, finding)
            elif ok:
                st, _, err, timed_out = self.run(exe)
                if not timed_out and st is not None and st < 0:
                    self.record("deep-run", src, f"program died of signal {-st}")

    # --- diff ---------------------------------------------------------------
    ATOMS = ["0", "-0", "1", "2.5", "-3", "NaN", "Infinity", "-Infinity", "1e21",
             "0.1", "2147483648", "''", "'12'", "' 3 '", "'abc'", "true", "false",
             "null", "undefined", "[]", "[1,2]", "({})", "({a:1})", "x", "y", "s"]
    BINOPS = ["+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!=",
              "===", "!==", "&", "|", "^", "<<", ">>", ">>>", "&&", "||", "??", ","]
    UNOPS = ["-", "+", "!", "~", "typeof ", "void "]

    def expr(self, depth):
        r = self.rng
        if depth <= 0 or r.random() < 0.3:
            return r.choice(self.ATOMS)
        k = r.randrange(6)
        if k < 3:
            return f"({self.expr(depth - 1)} {r.choice(self.BINOPS)} {self.expr(depth - 1)})"
        if k == 3:
            return f"({r.choice(self.UNOPS)}{self.expr(depth - 1)})"
        if k == 4:
            return f"({self.expr(depth - 1)} ? {self.expr(depth - 1)} : {self.expr(depth - 1)})"
        return f"String({self.expr(depth - 1)})"

    def mode_diff(self, deadline):
        while self.more(deadline):
            lines = ["let x = 7, y = '5', s = 'str';"]
            for _ in range(20):
                lines.append(f"try {{ console.log({self.expr(4)}); }} catch (e) {{ console.log(e.constructor.name); }}")
            src = "\n".join(lines) + "\n"
            ok, exe, finding = self.build(src)
            if finding:
                self.record("diff-build", src, finding)
                continue
            if not ok:
                continue  # a located compile error: an unsupported construct
            _, kout, _, _ = self.run(exe)
            js = self.tmp / "node.js"
            js.write_text(src)
            _, nout, _, _ = sh(["node", str(js)], RUN_LIMIT)
            if kout != nout:
                kl = kout.decode(errors="replace").splitlines()
                nl = nout.decode(errors="replace").splitlines()
                first = next((i for i in range(max(len(kl), len(nl)))
                              if (kl[i:i + 1] or [None]) != (nl[i:i + 1] or [None])), 0)
                self.record("diff", src,
                            f"output differs from node at line {first + 1}: "
                            f"kiln {kl[first:first + 1]} node {nl[first:first + 1]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kiln", default=str(ROOT / "target" / "release" / "kiln"))
    ap.add_argument("--mode", choices=["all", "mutate", "deep", "diff"], default="all")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--cases", type=int, default=0,
                    help="stop after this many cases per mode (0: only the time limit); "
                         "with --seed the run is then the same on every machine")
    ap.add_argument("--out", default=str(ROOT / "target" / "fuzz"))
    args = ap.parse_args()
    f = Fuzzer(args)
    start = time.time()
    modes = ["deep", "mutate", "diff"] if args.mode == "all" else [args.mode]
    share = args.seconds / len(modes)
    for i, m in enumerate(modes):
        f.mode_start = f.cases
        getattr(f, "mode_" + m)(start + share * (i + 1))
    print(f"fuzz: seed {args.seed}, {f.cases} cases in {time.time() - start:.0f}s, "
          f"{f.findings} findings" + (f" (in {args.out})" if f.findings else ""))
    sys.exit(1 if f.findings else 0)


if __name__ == "__main__":
    main()
