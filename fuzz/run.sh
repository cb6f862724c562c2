#!/usr/bin/env bash
# Builds the fuzz targets once, then runs them one after another for SECONDS each (default
# 600), niced, with the project's bounds, logging to fuzz/logs/<target>.log:
#   fuzz/run.sh [SECONDS] [TARGET...]        (default: every target)
# FUZZ_NO_BUILD=1 runs the binaries already in fuzz/target (no rebuild while src/ changes).
# Works on stable Rust: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags, and
# `-s none` leaves out AddressSanitizer (there is no unsafe code of ours to check).
# Fork mode with -ignore_crashes: a crash is saved to fuzz/artifacts/<target>/ and fuzzing
# goes on, so one shallow bug does not end a target's run.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$(dirname "$here")"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi
[ -d "$here/corpus" ] || "$here/seed.sh"
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    RUSTC_BOOTSTRAP=1 nice -n 19 cargo fuzz build -s none || exit 1
fi
bin="$here/target/$(rustc -vV | sed -n 's/^host: //p')/release"
mkdir -p "$here/logs"
for target in "${targets[@]}"; do
    echo "== $target: ${seconds}s"
    mkdir -p "$here/artifacts/$target" "$here/corpus/$target"
    nice -n 19 "$bin/$target" "$here/corpus/$target" \
        -artifact_prefix="$here/artifacts/$target/" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -print_final_stats=1 > "$here/logs/$target.log" 2>&1
    echo "   exit $?; $(grep -E '^#[0-9]+' "$here/logs/$target.log" | tail -1)"
done
