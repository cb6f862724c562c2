#!/usr/bin/env bash
# Throughput benchmark for `caulk audit` over the shared real-world corpus and a 20x copy of it.
#
# usage: bench/run.sh            (from any directory)
# env:   CORPUS=DIR     corpus to scan (default: ../shared/corpus/real relative to the repo root)
#        RUNS=N         timed runs per corpus (default 5; the median is reported)
#        SCALE=N        copies in the scaled corpus (default 20)
#        MAKE_SCALED=F  the scaling script (default: ../shared/corpus/make-scaled.sh)
#
# Each corpus gets one untimed warm-up run (page cache), then RUNS timed runs of
#   caulk audit <corpus> --format json --fail-on none --output /dev/null
# Wall time is taken around each run; peak RSS comes from /usr/bin/time -v (the maximum over
# the timed runs). The scaled copy uses hard links (LINK=1): no extra disk, but the copies
# share inodes and page-cache entries, so it measures caulk, not the disk.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/corpus/real}
MAKE_SCALED=${MAKE_SCALED:-$ROOT/../shared/corpus/make-scaled.sh}
RUNS=${RUNS:-5}
SCALE=${SCALE:-20}

[ -d "$CORPUS" ] || { echo "bench: no corpus at $CORPUS (set CORPUS=...)" >&2; exit 2; }
[ -x "$MAKE_SCALED" ] || [ -f "$MAKE_SCALED" ] || { echo "bench: no $MAKE_SCALED" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/caulk-bench.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build -------------------------------------------------------------------------------
echo "building release binary..." >&2
(cd "$ROOT" && cargo build --release --quiet)
target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$ROOT/$target_dir ;; esac
BIN=$target_dir/release/caulk
[ -x "$BIN" ] || { echo "bench: no binary at $BIN" >&2; exit 1; }

# --- a timer that also reports peak memory ----------------------------------------------
GNU_TIME=/usr/bin/time
if [ ! -x "$GNU_TIME" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing GNU time (apt-get install time)..." >&2
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq time; } >&2 \
      || echo "bench: could not install time; peak memory will be unknown" >&2
  fi
fi
HAVE_GNU_TIME=0
[ -x "$GNU_TIME" ] && HAVE_GNU_TIME=1

now_ns() { date +%s%N; }

# run_once CORPUS: prints "<wall seconds> <peak RSS KiB or ->"
run_once() {
  local corpus=$1 start end rss=- log=$TMP/time.log
  start=$(now_ns)
  if [ "$HAVE_GNU_TIME" = 1 ]; then
    "$GNU_TIME" -v -o "$log" "$BIN" audit "$corpus" --format json --fail-on none --output /dev/null
    end=$(now_ns)
    rss=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$log")
  else
    # bash's own `time`: wall time only
    local TIMEFORMAT=''
    time "$BIN" audit "$corpus" --format json --fail-on none --output /dev/null
    end=$(now_ns)
  fi
  awk -v s="$start" -v e="$end" -v r="$rss" 'BEGIN { printf "%.6f %s\n", (e - s) / 1e9, r }'
}

# bench NAME CORPUS: appends "name files median_s files_per_s peak_mb" to $TMP/results
bench() {
  local name=$1 corpus=$2 files i
  files=$(find "$corpus" -type f | wc -l)
  echo "$name: $files files, 1 warm-up + $RUNS timed runs..." >&2
  run_once "$corpus" >/dev/null
  : >"$TMP/runs"
  for ((i = 1; i <= RUNS; i++)); do
    run_once "$corpus" >>"$TMP/runs"
  done
  sort -n -k1,1 "$TMP/runs" | awk -v name="$name" -v files="$files" '
    { t[NR] = $1; if ($2 != "-" && $2 + 0 > rss) rss = $2 + 0; if ($2 == "-") unknown = 1 }
    END {
      med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      mb = unknown ? "unknown" : sprintf("%.1f", rss / 1024)
      printf "%s %d %.3f %.0f %s\n", name, files, med, files / med, mb
    }' >>"$TMP/results"
}

: >"$TMP/results"
bench "real (1x)" "$CORPUS"

echo "building the ${SCALE}x corpus (hard links)..." >&2
LINK=1 bash "$MAKE_SCALED" "$SCALE" "$TMP/scaled" "$CORPUS" >&2
bench "real (${SCALE}x)" "$TMP/scaled"

# --- report ------------------------------------------------------------------------------
cpu=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
[ -n "$cpu" ] || cpu=$(lscpu 2>/dev/null | awk -F': *' '/Model name/ {print $2; exit}' || true)
echo "caulk $("$BIN" --version 2>/dev/null | awk '{print $NF}') ($(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)), $RUNS runs per corpus, median wall time"
echo "nproc: $(nproc)"
echo "CPU: ${cpu:-unknown}"
[ "$HAVE_GNU_TIME" = 1 ] || echo "peak memory: unknown (no /usr/bin/time)"
echo
echo "| corpus | files | median wall s | files/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
# names contain a space: the last four fields are numbers
awk '{ mb = $NF; fps = $(NF-1); med = $(NF-2); files = $(NF-3); name = $1; for (i = 2; i <= NF-4; i++) name = name " " $i
       printf "| %s | %d | %.3f | %d | %s |\n", name, files, med, fps, mb }' "$TMP/results"
echo
awk -v scale="$SCALE" 'NR == 1 { t1 = $(NF-2) } NR == 2 { tn = $(NF-2) }
  END { printf "%sx / 1x wall time: %.2f (linear would be %s)\n", scale, tn / t1, scale }' "$TMP/results"
