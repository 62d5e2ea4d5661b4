#!/usr/bin/env bash
# Checks the runtime's layering: a module in layer L may refer to `crate::X`
# only for X in L or a layer below it (LAYERS lists them bottom to top; see
# runtime/src/README.md). Comments and test code (`*tests.rs` files, and a
# file's `#[cfg(test)] mod ...` from that line on) are not checked: tests may
# use the layers above the one they test. Grouped `crate::{...}` paths must
# open and close on one line. ALLOW lists the documented
# exceptions as "file:layer" (the file may refer to that higher layer).
# Exits 1 and prints each offending line if the rule is broken.
set -euo pipefail
cd "$(dirname "$0")/../runtime/src"

# Folders joined by "+" form one layer (they may import each other).
LAYERS=(abi sys math gc text object+exec builtins host)
ALLOW=(
  # The realm, created lazily by whichever code first needs it, installs the
  # builtins onto its fresh intrinsics (`builtins::install_all`).
  "exec/realm.rs:builtins"
)

rank() {
  local i
  for i in "${!LAYERS[@]}"; do
    [[ "+${LAYERS[$i]}+" == *"+$1+"* ]] && { echo "$i"; return; }
  done
  echo -1
}

status=0
checked=0
for dir in $(printf '%s\n' "${LAYERS[@]}" | tr + '\n'); do
  [[ -d $dir ]] || { echo "check-layers: missing layer folder runtime/src/$dir" >&2; exit 1; }
  own=$(rank "$dir")
  while IFS= read -r -d '' file; do
    [[ $(basename "$file") == *tests.rs ]] && continue
    checked=$((checked + 1))
    # Non-comment lines before a `#[cfg(test)]` + `mod` pair, with their numbers.
    while IFS=$'\t' read -r lineno target text; do
      r=$(rank "$target")
      ((r < 0)) && continue # not a layer (e.g. `crate::lit!`)
      if ((r > own)); then
        allowed=0
        for a in "${ALLOW[@]}"; do
          [[ $a == "$file:$target" ]] && allowed=1
        done
        if ((allowed == 0)); then
          echo "runtime/src/$file:$lineno: layer '$dir' refers to higher layer '$target': $text"
          status=1
        fi
      fi
    done < <(awk '
      /^[[:space:]]*#\[cfg\(test\)\]/ { pending = 1; next }
      pending && /^[[:space:]]*(pub(\([a-z]+\))? )?mod [a-z_]+ *\{/ { exit }
      { pending = 0 }
      /^[[:space:]]*\/\// { next }
      {
        line = $0
        sub(/\/\/.*/, "", line)
        gsub(/\t/, " ", $0)
        # Grouped paths: `crate::{a, b::c}` names modules a and b.
        while (match(line, /crate::\{[^}]*\}?/)) {
          n = split(substr(line, RSTART + 8, RLENGTH - 8), items, ",")
          for (i = 1; i <= n; i++) {
            if (match(items[i], /[a-z_]+/)) {
              printf "%d\t%s\t%s\n", NR, substr(items[i], RSTART, RLENGTH), $0
            }
          }
          line = substr(line, RSTART + RLENGTH)
        }
        while (match(line, /crate::[a-z_]+/)) {
          t = substr(line, RSTART + 7, RLENGTH - 7)
          printf "%d\t%s\t%s\n", NR, t, $0
          line = substr(line, RSTART + RLENGTH)
        }
      }' "$file")
  done < <(find "$dir" -name '*.rs' -print0 | sort -z)
done
# Top-level files other than lib.rs belong to no layer.
for f in *.rs; do
  [[ $f == lib.rs ]] && continue
  echo "runtime/src/$f: top-level module outside the layer folders"
  status=1
done
if ((status == 0)); then
  echo "check-layers: ok (${#LAYERS[@]} layers, $checked files: ${LAYERS[*]})"
fi
exit $status
