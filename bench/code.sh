#!/usr/bin/env bash
# Times `caulk audit` over a checkout-sized tree of service code: the TLS fixtures of
# testdata/tls/{js,go} copied COPIES times (default 1000), against the same run with code
# scanning turned off (the code files excluded), median of RUNS (default 5) runs each.
#
#   bash bench/code.sh            # COPIES=n RUNS=n override the defaults
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES=${COPIES:-1000}
RUNS=${RUNS:-5}
cd "$ROOT"
cargo build --release --quiet
BIN="$ROOT/target/release/caulk"
TREE="$(mktemp -d)"
trap 'rm -rf "$TREE"' EXIT
for i in $(seq 1 "$COPIES"); do
  mkdir -p "$TREE/svc$i"
  cp -r testdata/tls/js testdata/tls/go "$TREE/svc$i/"
done
FILES=$(find "$TREE" -type f \( -name '*.ts' -o -name '*.js' -o -name '*.go' \) | wc -l)
BYTES=$(find "$TREE" -type f \( -name '*.ts' -o -name '*.js' -o -name '*.go' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
  "$BIN" audit "$TREE" --format json --fail-on none "$@" > /dev/null 2>&1   # warm-up
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e" "$BIN" audit "$TREE" --format json --fail-on none "$@" 2>&1 >/dev/null | tail -1
  done | median
}
WITH=$(time_runs)
WITHOUT=$(time_runs --exclude '*.ts' --exclude '*.js' --exclude '*.go')
echo "code files: $FILES ($((BYTES / 1024)) KiB)"
echo "with code scanning:    ${WITH} s (median of $RUNS)"
echo "without code scanning: ${WITHOUT} s (median of $RUNS)"
