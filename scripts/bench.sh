#!/usr/bin/env bash
# Benchmarks kiln-compiled executables against node.
#
#   scripts/bench.sh                 # every examples/bench/*.js
#   scripts/bench.sh fib mandel      # only these programs
#   scripts/bench.sh --suite classes # every examples/bench/classes/*.js (the
#                                    # class-based suite; harness.js, the
#                                    # module they share, is not a program)
#   scripts/bench.sh --suite classes cd json   # only these of the suite
#
# Every table ends with the geometric mean of the kiln/node ratios of its
# rows (the figure issue #22's targets are stated in).
#
# Environment:
#   BENCH_RUNS=5            timed runs per program and engine (median reported)
#   BENCH_STARTUP_RUNS=20   timed runs of hello world for the startup figure
#   BENCH_NO_BUILD=1        do not run `cargo build --release` first
#   NODE=node               the node binary
#   KILN=path               the kiln binary (default target/release/kiln)
#
# What it does:
#   1. builds kiln (`cargo build --release`) and compiles each
#      examples/bench/X.js (except *_node.js) with target/release/kiln into
#      target/bench/X;
#   2. runs target/bench/X and `node` alternately BENCH_RUNS times, checks both
#      printed the same stdout, and prints the median wall time of each, the
#      ratio kiln/node (below 1: kiln is faster) and the peak RSS of one extra
#      run of each (see "Peak RSS" below);
#   3. reports hello-world startup time (kiln executable vs `node hello.js`)
#      and the size of the hello-world executable, as built and stripped.
#
# Peak RSS (the "RSS KB" columns) is the maximum resident set size of one run,
# in KB, measured with GNU time (`/usr/bin/time -f %M`) when it is installed.
# Without it, the script falls back to python3: it forks, execs the program and
# reads the child's ru_maxrss from wait4() (KB on Linux), the same figure GNU
# time prints. The kernel counts the forked child's pages from before the exec
# too, so with this fallback no figure is below python's own size (a few MB;
# about 1 MB with GNU time): only the hello-world figure is affected. With
# neither tool the columns show "-". VmHWM in /proc/<pid>/status is not used:
# it can only be read while the process is alive, so the peak at exit would
# be missed or need polling.
#
# Programs that only kiln can run: tailloop.js is a tail-recursive loop of 1e7
# iterations. kiln runs it in constant stack (proper tail calls); node has no
# tail calls and dies with "RangeError: Maximum call stack size exceeded". For
# such a program X.js there is an X_node.js computing the same result in a way
# node can run (here a while loop); node is timed on X_node.js when it exists,
# and its stdout must still equal kiln's stdout for X.js. The table marks those
# rows with `*`.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
RUNS="${BENCH_RUNS:-5}"
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-20}"
NODE="${NODE:-node}"
out_dir="$root/target/bench"
mkdir -p "$out_dir"

command -v "$NODE" >/dev/null || { echo "bench.sh: node not found (set NODE=...)" >&2; exit 1; }

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  echo "building kiln (cargo build --release)..." >&2
  cargo build --release -q
fi
KILN="${KILN:-$root/target/release/kiln}"
[ -x "$KILN" ] || { echo "bench.sh: $KILN missing" >&2; exit 1; }

# Peak RSS: GNU time if present, else python3's getrusage (see the header).
gnu_time=""
rss_python=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then
  gnu_time=/usr/bin/time
elif command -v python3 >/dev/null; then
  rss_python=python3
fi

# now_us: the current time in microseconds.
if [ -n "${EPOCHREALTIME:-}" ]; then
  now_us() { local t="${EPOCHREALTIME/[.,]/}"; echo "$t"; }
else
  now_us() { echo $(( $(date +%s%N) / 1000 )); }
fi

# time_run OUTFILE CMD...: runs CMD with stdout to OUTFILE, prints elapsed microseconds.
time_run() {
  local out="$1"; shift
  local t0 t1
  t0="$(now_us)"
  "$@" >"$out" 2>/dev/null || true
  t1="$(now_us)"
  echo $(( t1 - t0 ))
}

# median of the numbers on stdin (one per line).
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# peak_rss_kb CMD...: peak resident set size of one run, in KB ("-" when
# neither GNU time nor python3 is available).
peak_rss_kb() {
  if [ -n "$gnu_time" ]; then
    local f; f="$(mktemp)"
    "$gnu_time" -f '%M' -o "$f" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$f"; rm -f "$f"
  elif [ -n "$rss_python" ]; then
    "$rss_python" -S -c 'import os, sys
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2): os.dup2(null, fd)
    try: os.execvp(sys.argv[1], sys.argv[1:])
    finally: os._exit(127)
print(os.wait4(pid, 0)[2].ru_maxrss)' "$@" 2>/dev/null || echo "-"
  else
    echo "-"
  fi
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# Which programs: --suite NAME picks the folder examples/bench/NAME.
suite_dir="examples/bench"
if [ "${1:-}" = "--suite" ]; then
  [ $# -ge 2 ] || { echo "bench.sh: --suite needs a name (a folder of examples/bench)" >&2; exit 1; }
  suite_dir="examples/bench/$2"
  [ -d "$suite_dir" ] || { echo "bench.sh: no suite $suite_dir" >&2; exit 1; }
  out_dir="$out_dir/$2"
  mkdir -p "$out_dir"
  shift 2
fi
programs=()
if [ $# -gt 0 ]; then
  for p in "$@"; do programs+=("$suite_dir/${p%.js}.js"); done
else
  for f in "$suite_dir"/*.js; do
    case "$f" in *_node.js | */harness.js) continue ;; esac
    programs+=("$f")
  done
fi

# Compile everything first, so compile errors show before any timing.
for js in "${programs[@]}" examples/hello.js; do
  name="$(basename "$js" .js)"
  "$KILN" build "$js" -o "$out_dir/$name"
done

status=0
ratios=()
printf '\n%-16s %10s %10s %10s %12s %12s  %s\n' program "kiln ms" "node ms" kiln/node "kiln RSS KB" "node RSS KB" "stdout"
printf '%-16s %10s %10s %10s %12s %12s  %s\n' ---------------- ---------- ---------- ---------- ------------ ------------ ------
for js in "${programs[@]}"; do
  name="$(basename "$js" .js)"
  node_js="$js"
  mark=""
  if [ -f "${js%.js}_node.js" ]; then
    node_js="${js%.js}_node.js"
    mark="*"
  fi
  exe="$out_dir/$name"
  kiln_times="" node_times=""
  check="same"
  "$exe" >"$out_dir/$name.kiln.expected" 2>/dev/null || true   # warm-up run, reference output
  "$NODE" "$node_js" >"$out_dir/$name.node.expected" 2>/dev/null || true
  if ! cmp -s "$out_dir/$name.kiln.expected" "$out_dir/$name.node.expected"; then check="DIFFERENT"; fi
  for _ in $(seq "$RUNS"); do
    kiln_times+="$(time_run "$out_dir/$name.kiln.out" "$exe")"$'\n'
    node_times+="$(time_run "$out_dir/$name.node.out" "$NODE" "$node_js")"$'\n'
    cmp -s "$out_dir/$name.kiln.out" "$out_dir/$name.kiln.expected" || check="DIFFERENT"
    cmp -s "$out_dir/$name.node.out" "$out_dir/$name.node.expected" || check="DIFFERENT"
  done
  k="$(printf '%s' "$kiln_times" | median)"
  n="$(printf '%s' "$node_times" | median)"
  krss="$(peak_rss_kb "$exe")"
  nrss="$(peak_rss_kb "$NODE" "$node_js")"
  printf '%-16s %10s %10s %10s %12s %12s  %s\n' "$name$mark" "$(ms "$k")" "$(ms "$n")" "$(ratio "$k" "$n")" "$krss" "$nrss" "$check"
  ratios+=("$(ratio "$k" "$n")")
  if [ "$check" != same ]; then
    status=1
    echo "  kiln printed: $(head -c 200 "$out_dir/$name.kiln.expected" | tr '\n' ' ')" >&2
    echo "  node printed: $(head -c 200 "$out_dir/$name.node.expected" | tr '\n' ' ')" >&2
  fi
done
printf '%s\n' "${ratios[@]}" | awk '$1 != "-" { s += log($1); n++ } END { if (n) printf "geometric mean of kiln/node over %d programs: %.2f\n", n, exp(s / n) }'
echo "(* node ran X_node.js, an equivalent without tail calls; see the top of scripts/bench.sh)"

# Startup: hello world.
hello="$out_dir/hello"
kt="" nt=""
for _ in $(seq "$STARTUP_RUNS"); do
  kt+="$(time_run "$out_dir/hello.kiln.out" "$hello")"$'\n'
  nt+="$(time_run "$out_dir/hello.node.out" "$NODE" examples/hello.js)"$'\n'
done
k="$(printf '%s' "$kt" | median)"
n="$(printf '%s' "$nt" | median)"
echo
echo "hello world startup (median of $STARTUP_RUNS): kiln $(ms "$k") ms, node $(ms "$n") ms (kiln/node $(ratio "$k" "$n"))"
if ! cmp -s "$out_dir/hello.kiln.out" "$out_dir/hello.node.out"; then
  echo "hello world: kiln and node printed different output" >&2
  status=1
fi
cp "$hello" "$out_dir/hello.stripped"
if command -v strip >/dev/null && strip "$out_dir/hello.stripped" 2>/dev/null; then
  echo "hello world executable: $(stat -c %s "$hello") bytes as built, $(stat -c %s "$out_dir/hello.stripped") bytes stripped"
else
  echo "hello world executable: $(stat -c %s "$hello") bytes as built (strip unavailable or failed)"
fi
if [ -n "$gnu_time" ] || [ -n "$rss_python" ]; then
  echo "hello world peak RSS: kiln $(peak_rss_kb "$hello") KB, node $(peak_rss_kb "$NODE" examples/hello.js) KB"
else
  echo "(peak RSS not measured: neither GNU time (/usr/bin/time) nor python3 found)"
fi
exit $status
