#!/usr/bin/env bash
# Builds fuzz/corpus/<target>/ (git-ignored) from the repository's testdata/, the rule
# examples in rules/*.toml and the small hand-written seeds in fuzz/seeds/<target>/.
# Run from anywhere; safe to re-run (it only adds files).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
corpus="$here/corpus"
cd "$repo"

add() { # add TARGET FILE [PREFIX-BYTE-IN-OCTAL]
    local target="$1" file="$2" prefix="${3:-}"
    mkdir -p "$corpus/$target"
    local name
    name="$(printf '%s' "$file" | tr '/' '_')"
    if [ -n "$prefix" ]; then
        { printf "\\$prefix"; cat "$file"; } > "$corpus/$target/$name"
    else
        cp "$file" "$corpus/$target/$name"
    fi
}

while IFS= read -r -d '' f; do
    add yaml "$f"; add compose "$f"; add kubernetes "$f"
done < <(find testdata \( -name '*.yml' -o -name '*.yaml' -o -name '*.json' \) -type f -print0)
while IFS= read -r -d '' f; do add dockerfile "$f"; done \
    < <(find testdata \( -name 'Dockerfile*' -o -name '*.dockerfile' -o -name 'Containerfile*' \) -type f -print0)
while IFS= read -r -d '' f; do
    if grep -q -- '-----BEGIN' "$f" 2>/dev/null; then add pem "$f"; fi
done < <(find testdata -type f \( -name '*.pem' -o -name '*.key' -o -name '*.crt' -o -name '*.cer' -o -name 'id_*' \) -print0)
while IFS= read -r -d '' f; do add der "$f"; done < <(find testdata -type f -name '*.der' -print0)
# DER seeds from the PEM certificates too.
if command -v openssl > /dev/null; then
    mkdir -p "$corpus/der"
    while IFS= read -r -d '' f; do
        out="$corpus/der/$(printf '%s' "$f" | tr '/' '_').der"
        openssl x509 -in "$f" -outform der -out "$out" 2> /dev/null || rm -f "$out"
    done < <(find testdata -type f \( -name '*.crt' -o -name '*.pem' \) -print0)
fi
# The js target's first byte picks the dialect: 0 TypeScript, 1 TSX, 2 JavaScript.
while IFS= read -r -d '' f; do
    case "$f" in
        *.tsx) add js "$f" 001 ;;
        *.ts | *.mts | *.cts) add js "$f" 000 ;;
        *) add js "$f" 002 ;;
    esac
done < <(find testdata -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) -print0)
while IFS= read -r -d '' f; do add go "$f"; done < <(find testdata -type f -name '*.go' -print0)
while IFS= read -r -d '' f; do add envfile "$f"; done < <(find testdata -type f \( -name '.env' -o -name '.env.*' -o -name '*.env' \) -print0)
# Cipher strings written in testdata (`ciphers: '...'`, `ssl-ciphers: "..."`, Go names).
mkdir -p "$corpus/ciphers"
n=0
grep -rhoE "ciphers?[\"']?[[:space:]]*[:=][[:space:]]*[\"'\`][^\"'\`]{3,}" testdata 2> /dev/null |
    sed -E "s/^[^\"'\`]*[\"'\`]//" | sort -u | while IFS= read -r s; do
    printf '%s' "$s" > "$corpus/ciphers/testdata-$n"
    n=$((n + 1))
done
# The rules' examples: Compose, Kubernetes and Dockerfile snippets.
if command -v python3 > /dev/null; then
    python3 - "$corpus" <<'PY'
import os, sys, tomllib, glob
corpus = sys.argv[1]
targets = {"compose": ["compose", "yaml"], "kubernetes": ["kubernetes", "yaml"], "dockerfile": ["dockerfile"]}
for path in sorted(glob.glob("rules/*.toml")):
    with open(path, "rb") as f:
        meta = tomllib.load(f)
    rule = os.path.basename(path)[:-5]
    for i, example in enumerate(meta.get("example", [])):
        for which in ("bad", "good"):
            for target in targets.get(example.get("kind"), []):
                os.makedirs(f"{corpus}/{target}", exist_ok=True)
                with open(f"{corpus}/{target}/rule-{rule}-{i}-{which}", "w") as out:
                    out.write(example.get(which, ""))
PY
fi
# Hand-written seeds for what testdata/ has little of.
for dir in "$here"/seeds/*/; do
    target="$(basename "$dir")"
    mkdir -p "$corpus/$target"
    cp "$dir"* "$corpus/$target/"
done
for target in yaml compose kubernetes; do cp "$here"/seeds/yaml/* "$corpus/$target/"; done
for d in "$corpus"/*/; do printf '%-12s %4d seeds\n' "$(basename "$d")" "$(ls "$d" | wc -l)"; done
