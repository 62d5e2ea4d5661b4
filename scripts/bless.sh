#!/usr/bin/env bash
# Regenerates the expected output of the end-to-end test programs from Node.js.
#
#   scripts/bless.sh                       # every tests/programs/**/*.js
#   scripts/bless.sh tests/programs/strings tests/programs/values/typeof.js
#                                          # only these folders / files
#   scripts/bless.sh tests/pending          # programs kiln does not pass yet
#                                          # (recorded too, not run by cargo test)
#
# A program's source may ask for environment variables in lines containing
# A source containing `kiln-test: script` is a classic script (kiln build
# --script): node runs it through vm.runInThisContext.
# `kiln-test: env NAME=VALUE [NAME2=VALUE2 ...]` (e.g. `// kiln-test: env TZ=Asia/Kolkata`):
# node runs with them here, and the compiled program with them in the tests.
#
# For each tests/programs/<category>/<name>.js it writes, beside the program:
#   <name>.stdout  exactly what `node <name>.js` printed on stdout (always written);
#   <name>.stderr  node's stderr after the filter below, only when non-empty;
#   <name>.status  node's exit status, only when non-zero.
# A program with a <name>.stdin beside it gets that file on stdin (the test
# runner pipes the same file to the compiled program); others get none.
# Stale .stderr/.status files are removed when they no longer apply.
#
# Stderr filter (compiler/tests/programs.rs applies the same one to kiln's output):
#   * the uncaught-exception location header is dropped: the first line ending
#     in `.js:<digits>` (node prints `/path/to/file.js:LINE`) together with the
#     two lines after it (the source line and the caret line);
#   * every line starting with `    at ` (stack frames) is dropped;
#   * every line starting with `Node.js v` is dropped;
#   * the line starting with "(Use `node --trace-uncaught" is dropped;
#   * every empty line is dropped;
#   the remaining lines are kept in order.
#
# The one exception to "node is the oracle": tests/programs/tailcall/ holds
# programs that need proper tail calls, which kiln implements and node does
# not (node dies with "RangeError: Maximum call stack size exceeded"). Node is
# NOT run on them. Their expected output is written in the program itself, in
# comment lines that start at column 1:
#   //> TEXT        one line of expected stdout ("//>" alone: an empty line)
#   //2> TEXT       one line of expected (filtered) stderr
#   //status: N     the expected exit status (default 0)
# in file order. Each such program starts with a comment saying that kiln
# deliberately goes beyond node there.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
programs="$root/tests/programs"
NODE="${NODE:-node}"
command -v "$NODE" >/dev/null || { echo "bless.sh: node not found (set NODE=...)" >&2; exit 1; }

# The stderr filter described above, on stdin.
filter_stderr() {
  awk '
    skip > 0 { skip--; next }
    !header && /\.js:[0-9]+$/ { header = 1; skip = 2; next }
    /^    at / { next }
    /^Node\.js v/ { next }
    index($0, "(Use `node --trace-uncaught") == 1 { next }
    $0 == "" { next }
    { print }
  '
}

# Writes $2 to file $1 if non-empty, else removes $1.
write_or_remove() {
  if [ -n "$2" ]; then printf '%s\n' "$2" >"$1"; else rm -f "$1"; fi
}

bless_tailcall() {
  local js="$1" base="${1%.js}"
  local err status
  if ! grep -q '^//>' "$js"; then
    echo "bless.sh: $js: tailcall test without //> lines" >&2
    return 1
  fi
  # Rebuild stdout line by line so that empty //> lines survive.
  : >"$base.stdout"
  while IFS= read -r line; do
    case "$line" in
      '//>') printf '\n' >>"$base.stdout" ;;
      '//> '*) printf '%s\n' "${line#//> }" >>"$base.stdout" ;;
      '//>'*) printf '%s\n' "${line#//>}" >>"$base.stdout" ;;
    esac
  done <"$js"
  err=""
  : >"$base.stderr.tmp"
  while IFS= read -r line; do
    case "$line" in
      '//2> '*) printf '%s\n' "${line#//2> }" >>"$base.stderr.tmp" ;;
    esac
  done <"$js"
  # The stderr expectation goes through the same filter (it drops empty lines).
  err="$(filter_stderr <"$base.stderr.tmp")"
  rm -f "$base.stderr.tmp"
  write_or_remove "$base.stderr" "$err"
  status="$(sed -n 's/^\/\/status: *\([0-9][0-9]*\) *$/\1/p' "$js" | tail -n 1)"
  if [ -n "$status" ] && [ "$status" != 0 ]; then write_or_remove "$base.status" "$status"; else rm -f "$base.status"; fi
}

bless_node() {
  local js="$1" base="${1%.js}" dir
  dir="$(dirname "$js")"
  local raw_err
  raw_err="$(mktemp)"
  local status=0
  local input=/dev/null
  [ -f "$base.stdin" ] && input="$(realpath "$base.stdin")"
  # The program's own environment: `kiln-test: env NAME=VALUE ...` lines
  # (compiler/tests/programs.rs sets the same for the compiled program).
  local envs=()
  while IFS= read -r kv; do
    [ -n "$kv" ] && envs+=("$kv")
  done < <(sed -n 's/.*kiln-test: env \(.*\)$/\1/p' "$js" | tr -s ' \t' '\n\n')
  # `kiln-test: script`: a classic script (kiln build --script), which node
  # runs as one through vm.runInThisContext.
  local run=("$(basename "$js")")
  if grep -q 'kiln-test: script' "$js"; then
    run=(-e '(() => { const p = process.argv[1]; require("vm").runInThisContext(require("fs").readFileSync(p, "utf8"), { filename: p }); })()' "$(basename "$js")")
  fi
  (cd "$dir" && env ${envs[@]+"${envs[@]}"} timeout 60 "$NODE" "${run[@]}" <"$input") >"$base.stdout" 2>"$raw_err" || status=$?
  if [ "$status" = 124 ]; then
    echo "bless.sh: $js: node timed out" >&2
    rm -f "$raw_err"
    return 1
  fi
  if grep -q 'Maximum call stack size exceeded' "$raw_err"; then
    echo "bless.sh: warning: $js: node overflowed its stack (a tail-call test belongs in tests/programs/tailcall/)" >&2
  fi
  write_or_remove "$base.stderr" "$(filter_stderr <"$raw_err")"
  rm -f "$raw_err"
  if [ "$status" != 0 ]; then write_or_remove "$base.status" "$status"; else rm -f "$base.status"; fi
}

bless_one() {
  local js
  js="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  case "$js" in
    "$programs"/tailcall/*) bless_tailcall "$js" ;;
    "$programs"/* | "$root"/tests/pending/*) bless_node "$js" ;;
    *) echo "bless.sh: $1 is not under tests/programs/ or tests/pending/" >&2; return 1 ;;
  esac
  echo "blessed ${js#"$root"/}"
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("$programs")
files=()
for t in "${targets[@]}"; do
  if [ -d "$t" ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$t" \( -name node_modules -o -name '_*' \) -prune -o -name '*.js' -type f -print | LC_ALL=C sort)
  elif [ -f "$t" ]; then
    files+=("$t")
  else
    echo "bless.sh: no such test: $t" >&2
    exit 1
  fi
done

failed=0
for f in "${files[@]}"; do
  bless_one "$f" || failed=1
done
echo "bless.sh: ${#files[@]} program(s) blessed with $("$NODE" --version)"
exit $failed
