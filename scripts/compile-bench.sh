#!/usr/bin/env bash
# Compile-time benchmark (issue #15 item 9): `kiln build` on generated
# programs of the shapes that made compile time grow faster than the
# program, with the seconds and peak RSS of each build.
#
#   scripts/compile-bench.sh            # every shape at N = 50,000
#   COMPILE_N=5000 scripts/compile-bench.sh chain cond
#
# Shapes (N from COMPILE_N, default 50000):
#   chain   N functions, each returning the previous one's result plus 1
#           (the typer's fixpoint: one round per link before its worklist)
#   stmts   one function of N statements (register allocation)
#   cond    N/5 nested `?:` (deep expressions)
#   sum     2N-term `1+1+...` (deep left-nested binary expression)
#   classes N/10 classes, each extending the previous one with a method
#           calling the inherited one through `this` (speculation, method
#           clones, inlining)
#   lines   a 2N-line program of small functions, objects and loops
#
# Environment: KILN=path (default target/release/kiln, built if missing),
# COMPILE_TIMEOUT=seconds per build (default 600). Builds run under
# `ulimit -v` of 8 GiB. Timings are wall clock: run it on an idle machine.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
N="${COMPILE_N:-50000}"
KILN="${KILN:-$root/target/release/kiln}"
TIMEOUT="${COMPILE_TIMEOUT:-600}"
dir="$root/target/compile-bench"
mkdir -p "$dir"
[ -x "$KILN" ] || cargo build --release -p kiln

shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(chain stmts cond sum classes lines)

gen() {
    python3 - "$1" "$N" <<'EOF'
import sys
shape, n = sys.argv[1], int(sys.argv[2])
out = []
w = out.append
if shape == "chain":
    w("function f0(x) { return x + 1; }")
    for i in range(1, n):
        w(f"function f{i}(x) {{ return f{i-1}(x) + 1; }}")
    w(f"console.log(f{n-1}(1));")
elif shape == "stmts":
    w("function main() {\n  let s = 0;")
    for i in range(n):
        w(f"  s = (s + {i}) % 1000003;")
    w("  return s;\n}\nconsole.log(main());")
elif shape == "cond":
    k = n // 5
    w("const x = process.argv.length;")
    w("console.log(" + "".join(f"x === {i + 100} ? {i} : " for i in range(k)) + "-1);")
elif shape == "sum":
    w("console.log(" + "+".join(["1"] * (2 * n)) + ");")
elif shape == "classes":
    k = n // 10
    w("class C0 { m0(x) { return x + 1; } }")
    for i in range(1, k):
        w(f"class C{i} extends C{i-1} {{ m{i}(x) {{ const y = x * 2; return this.m{i-1}(y - x) + 1; }} }}")
    w(f"console.log(new C{k-1}().m{k-1}(1));")
elif shape == "lines":
    k = n // 5
    for i in range(k):
        w(f"function g{i}(a, b) {{\n  const o = {{ x: a, y: b, n: 'g{i}' }};\n"
          f"  for (let j = 0; j < 3; j++) o.x += j * b;\n  return o.x + o.y + o.n.length;\n}}")
    w("let t = 0;")
    for i in range(0, k, 100):
        w(f"t += g{i}({i}, 2);")
    w("console.log(t);")
print("\n".join(out))
EOF
}

printf '%-8s %8s %10s %10s\n' shape N seconds "RSS MB"
for s in "${shapes[@]}"; do
    src="$dir/$s.js"
    gen "$s" > "$src"
    start=$(date +%s.%N)
    rc=0
    (ulimit -v 8388608; /usr/bin/time -f %M timeout "$TIMEOUT" "$KILN" build "$src" -o "$dir/$s" >/dev/null 2>"$dir/$s.err") || rc=$?
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    if [ "$rc" = 0 ]; then
        rss=$(tail -1 "$dir/$s.err")
        printf '%-8s %8s %10.2f %10d\n' "$s" "$N" "$secs" "$((rss / 1024))"
    else
        printf '%-8s %8s %10.2f %10s   (exit %s: see %s)\n' "$s" "$N" "$secs" - "$rc" "$dir/$s.err"
    fi
done
