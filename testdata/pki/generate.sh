#!/usr/bin/env bash
# Regenerates the certificate/key fixtures in testdata/pki (and the certs/keys of the
# scenario repositories under testdata/scenarios). Idempotent: deletes its outputs first.
# Needs Debian's openssl 3.0 CLI and ssh-keygen. Every date is fixed (openssl ca
# -startdate/-enddate), so the files are unambiguous at the tests' pinned clock,
# --now 2026-06-01T00:00:00Z. Tests never run this script; its outputs are committed.
#
#   ./generate.sh            # pki + scenarios
#   ./generate.sh pki        # only testdata/pki
#   ./generate.sh scenarios  # only the certs/keys/Secrets of testdata/scenarios/* (own CAs)
#   ./generate.sh demo       # only testdata/demo/certs
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
WHAT="${1:-all}"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- helpers
cat > "$TMP/ca.cnf" <<CNF
[ ca ]
default_ca = CA_default
[ CA_default ]
dir           = $TMP/cadb
database      = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial        = \$dir/serial
default_md    = sha256
policy        = policy_any
unique_subject = no
copy_extensions = none
email_in_dn   = no
[ policy_any ]
organizationName = optional
commonName       = supplied
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = placeholder
CNF

reset_db() {
  rm -rf "$TMP/cadb"; mkdir -p "$TMP/cadb/newcerts"
  : > "$TMP/cadb/index.txt"
}

# ext_file NAME KIND [SAN]  -> writes $TMP/NAME.ext with section [ext]
#   KIND: ca | server | server-nosan | client-nosan | client
ext_file() {
  local f="$TMP/$1.ext" kind="$2" san="${3:-}"
  {
    echo "[ ext ]"
    echo "subjectKeyIdentifier = hash"
    case "$kind" in
      ca)
        echo "basicConstraints = critical, CA:TRUE"
        echo "keyUsage = critical, keyCertSign, cRLSign, digitalSignature"
        ;;
      server|server-nosan)
        echo "authorityKeyIdentifier = keyid"
        echo "basicConstraints = critical, CA:FALSE"
        echo "keyUsage = critical, digitalSignature, keyEncipherment"
        echo "extendedKeyUsage = serverAuth"
        ;;
      client|client-nosan)
        echo "authorityKeyIdentifier = keyid"
        echo "basicConstraints = critical, CA:FALSE"
        echo "keyUsage = critical, digitalSignature"
        echo "extendedKeyUsage = clientAuth"
        ;;
      intermediate)
        echo "authorityKeyIdentifier = keyid"
        echo "basicConstraints = critical, CA:TRUE, pathlen:0"
        echo "keyUsage = critical, keyCertSign, cRLSign, digitalSignature"
        ;;
    esac
    if [[ "$kind" == server || "$kind" == client ]]; then
      echo "subjectAltName = $san"
    fi
  } > "$f"
  echo "$f"
}

# issue OUT.crt KEY SUBJ KIND START END ISSUER_CRT ISSUER_KEY [MD] [SAN]
#   ISSUER_CRT = "self" for a self-signed certificate (signed by KEY).
issue() {
  local out="$1" key="$2" subj="$3" kind="$4" start="$5" end="$6"
  local icrt="$7" ikey="$8" md="${9:-sha256}" san="${10:-}"
  local base; base="$(basename "$out" .crt)_$RANDOM"
  local ext; ext="$(ext_file "$base" "$kind" "$san")"
  reset_db
  openssl req -new -config "$TMP/ca.cnf" -key "$key" -subj "$subj" -out "$TMP/$base.csr" 2>/dev/null
  if [[ "$icrt" == self ]]; then
    openssl ca -config "$TMP/ca.cnf" -batch -notext -preserveDN -rand_serial \
      -selfsign -keyfile "$key" -in "$TMP/$base.csr" -out "$out" \
      -startdate "$start" -enddate "$end" -md "$md" -extfile "$ext" -extensions ext 2>"$TMP/ca.log" \
      || { cat "$TMP/ca.log" >&2; return 1; }
  else
    openssl ca -config "$TMP/ca.cnf" -batch -notext -preserveDN -rand_serial \
      -cert "$icrt" -keyfile "$ikey" -in "$TMP/$base.csr" -out "$out" \
      -startdate "$start" -enddate "$end" -md "$md" -extfile "$ext" -extensions ext 2>"$TMP/ca.log" \
      || { cat "$TMP/ca.log" >&2; return 1; }
  fi
}

rsa_pkcs8() { openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" -out "$1" 2>/dev/null; }
rsa_pkcs1() { openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" 2>/dev/null | openssl rsa -traditional -out "$1" 2>/dev/null; }
ec_sec1()   { openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -pkeyopt ec_param_enc:named_curve 2>/dev/null | openssl ec -out "$1" 2>/dev/null; }
ec_pkcs8()  { openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -pkeyopt ec_param_enc:named_curve -out "$1" 2>/dev/null; }

# Dates used everywhere (YYYYMMDDHHMMSSZ). Pinned test clock: 2026-06-01T00:00:00Z.
CA_START=20200101000000Z; CA_END=20450101000000Z
LEAF_START=20260101000000Z; LEAF_END=20270101000000Z   # 365 days, valid at the pin

# ---------------------------------------------------------------- testdata/pki
gen_pki() {
  # Clean own outputs (keep the script and README).
  find "$HERE" -mindepth 1 -maxdepth 1 ! -name generate.sh ! -name README.md ! -name .done -exec rm -rf {} +
  mkdir -p mismatch match ec-match openssh ca-named

  # CA
  rsa_pkcs8 ca.key 2048
  issue ca.crt ca.key "/O=caulk test/CN=caulk test CA" ca $CA_START $CA_END self self

  # Valid server leaf, PKCS#8 key
  rsa_pkcs8 server.key 2048
  issue server.crt server.key "/O=caulk test/CN=api.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:api.internal

  # Expired (with its key)
  rsa_pkcs8 expired.key 2048
  issue expired.crt expired.key "/O=caulk test/CN=expired.internal" server 20250301000000Z 20260301000000Z ca.crt ca.key sha256 DNS:expired.internal

  # Expiring soon (19 days after the pin), key not kept
  rsa_pkcs8 "$TMP/expiring.key" 2048
  issue expiring.crt "$TMP/expiring.key" "/O=caulk test/CN=expiring.internal" server 20250701000000Z 20260620000000Z ca.crt ca.key sha256 DNS:expiring.internal

  # Not yet valid
  rsa_pkcs8 "$TMP/nyv.key" 2048
  issue not-yet-valid.crt "$TMP/nyv.key" "/O=caulk test/CN=future.internal" server 20260901000000Z 20270601000000Z ca.crt ca.key sha256 DNS:future.internal

  # Long validity (5 years)
  rsa_pkcs8 "$TMP/long.key" 2048
  issue long-validity.crt "$TMP/long.key" "/O=caulk test/CN=long.internal" server 20250601000000Z 20300601000000Z ca.crt ca.key sha256 DNS:long.internal

  # Server cert without SAN
  rsa_pkcs8 "$TMP/nosan.key" 2048
  issue no-san.crt "$TMP/nosan.key" "/O=caulk test/CN=nosan.internal" server-nosan $LEAF_START $LEAF_END ca.crt ca.key

  # Client cert without SAN (hard negative for missing-SAN)
  rsa_pkcs8 "$TMP/client.key" 2048
  issue client-no-san.crt "$TMP/client.key" "/O=caulk test/CN=orders-client" client-nosan $LEAF_START $LEAF_END ca.crt ca.key

  # RSA-1024 key (PKCS#1) and its certificate
  rsa_pkcs1 rsa1024.key 1024
  issue rsa1024.crt rsa1024.key "/O=caulk test/CN=weak.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:weak.internal

  rsa_pkcs1 rsa2048.key 2048

  # EC keys
  ec_sec1 p192.key prime192v1
  ec_sec1 p256.key prime256v1
  ec_pkcs8 p256-pkcs8.key P-256
  ec_sec1 "$TMP/p384.key" secp384r1
  openssl ec -in "$TMP/p384.key" -no_public -out p384.key 2>/dev/null
  ec_sec1 "$TMP/p256-nopub.key" prime256v1
  openssl ec -in "$TMP/p256-nopub.key" -no_public -out p256-nopub.key 2>/dev/null
  issue p256-nopub.crt "$TMP/p256-nopub.key" "/O=caulk test/CN=ec-nopub.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:ec-nopub.internal

  openssl genpkey -algorithm ed25519 -out ed25519.key 2>/dev/null

  # SHA-1 signatures
  rsa_pkcs8 "$TMP/sha1.key" 2048
  issue sha1.crt "$TMP/sha1.key" "/O=caulk test/CN=sha1.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha1 DNS:sha1.internal
  rsa_pkcs8 sha1-root.key 2048
  issue sha1-root.crt sha1-root.key "/O=caulk test/CN=caulk test SHA-1 root" ca $CA_START $CA_END self self sha1

  # Pairs
  rsa_pkcs8 "$TMP/mismatch-real.key" 2048
  issue mismatch/server.crt "$TMP/mismatch-real.key" "/O=caulk test/CN=mismatch.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:mismatch.internal
  rsa_pkcs8 mismatch/server.key 2048
  rsa_pkcs8 match/tls.key 2048
  issue match/tls.crt match/tls.key "/O=caulk test/CN=match.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:match.internal
  ec_sec1 ec-match/server.key prime256v1
  issue ec-match/server.crt ec-match/server.key "/O=caulk test/CN=ec.internal" server $LEAF_START $LEAF_END ca.crt ca.key sha256 DNS:ec.internal

  # Encrypted keys (password: test)
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -aes-256-cbc -pass pass:test -out encrypted-pkcs8.key 2>/dev/null
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
    | openssl rsa -traditional -aes256 -passout pass:test -out legacy-encrypted.key 2>/dev/null

  # DSA
  openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$TMP/dsa2048.param" 2>/dev/null
  openssl genpkey -paramfile "$TMP/dsa2048.param" 2>/dev/null | openssl dsa -out dsa.key 2>/dev/null
  openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out "$TMP/dsa1024.param" 2>/dev/null
  openssl genpkey -paramfile "$TMP/dsa1024.param" -out dsa1024-pkcs8.key 2>/dev/null

  # OpenSSH (the .pub files are kept: public keys, hard negatives)
  ssh-keygen -q -t ed25519 -N '' -C 'caulk-test' -f openssh/id_ed25519
  ssh-keygen -q -t rsa -b 3072 -N 'test' -C 'caulk-test' -f openssh/id_rsa_encrypted

  # truncated.pem: good cert, broken cert (half its base64, no END line), good key
  {
    cat server.crt
    awk '/BEGIN CERTIFICATE/{p=1} p' expired.crt | sed '/END CERTIFICATE/d' > "$TMP/broken.body"
    n=$(( $(wc -l < "$TMP/broken.body") / 2 ))
    head -n "$n" "$TMP/broken.body"
    cat server.key
  } > truncated.pem

  # Chain with an expired intermediate: leaf, intermediate, root
  rsa_pkcs8 "$TMP/int.key" 2048
  issue "$TMP/int.crt" "$TMP/int.key" "/O=caulk test/CN=caulk test intermediate CA" intermediate $CA_START 20260201000000Z ca.crt ca.key
  rsa_pkcs8 "$TMP/chainleaf.key" 2048
  issue "$TMP/chainleaf.crt" "$TMP/chainleaf.key" "/O=caulk test/CN=chain.internal" server $LEAF_START $LEAF_END "$TMP/int.crt" "$TMP/int.key" sha256 DNS:chain.internal
  cat "$TMP/chainleaf.crt" "$TMP/int.crt" ca.crt > chain-expired-intermediate.pem

  # Text around the PEM blocks
  {
    openssl x509 -in server.crt -text
    echo
    echo "# ---- issuing CA below (comment line between the blocks) ----"
    echo
    openssl x509 -in ca.crt -text
    echo
    echo "trailing text after the last block"
  } > bundle-with-text.pem

  openssl x509 -in server.crt -outform DER -out server.der
  openssl pkcs12 -export -in server.crt -inkey server.key -certfile ca.crt -name api.internal \
    -passout pass:test -out keystore.p12

  # Keys named like CA keys, no CA certificate beside them
  rsa_pkcs1 ca-named/ca-key.pem 2048
  rsa_pkcs8 ca-named/intermediate-ca.key 2048

  gen_self_signed_server
}

# ---------------------------------------------------------------- scenarios
# Writes only certs/keys and the Kubernetes Secret manifests that embed them; the rest of
# each scenario repository is hand-written and left alone.
b64() { base64 -w0 < "$1"; }
indent() { sed "s/^/$1/" "$2"; }

gen_scenarios() {
  local S="$HERE/../scenarios"
  mkdir -p "$S"

  # ---- nestjs-orders: own CA with its key in certs/ (bad), valid server pair, mkcert dev cert
  local N="$S/nestjs-orders"
  rm -rf "$N/certs" "$N/k8s/orders-tls-secret.yaml"
  mkdir -p "$N/certs/dev" "$N/k8s"
  rsa_pkcs8 "$N/certs/ca.key" 2048
  issue "$N/certs/ca.crt" "$N/certs/ca.key" "/O=shop/CN=shop internal mTLS CA" ca 20240101000000Z 20340101000000Z self self
  rsa_pkcs8 "$N/certs/server.key" 2048
  issue "$N/certs/server.crt" "$N/certs/server.key" "/O=shop/CN=orders.shop.svc" server 20260301000000Z 20270301000000Z \
    "$N/certs/ca.crt" "$N/certs/ca.key" sha256 "DNS:orders,DNS:orders.shop.svc,DNS:orders.shop.svc.cluster.local"
  # mkcert-style development certificate: 822 days, issuer CA not in the repository
  rsa_pkcs8 "$TMP/mkcert-ca.key" 3072
  issue "$TMP/mkcert-ca.crt" "$TMP/mkcert-ca.key" "/O=mkcert development CA/CN=mkcert dev@laptop" ca 20250101000000Z 20350101000000Z self self
  rsa_pkcs8 "$N/certs/dev/localhost.key" 2048
  issue "$N/certs/dev/localhost.crt" "$N/certs/dev/localhost.key" "/O=mkcert development certificate/CN=localhost" server 20251101000000Z 20280201000000Z \
    "$TMP/mkcert-ca.crt" "$TMP/mkcert-ca.key" sha256 "DNS:localhost,IP:127.0.0.1,IP:::1"
  cat > "$N/k8s/orders-tls-secret.yaml" <<YAML
# Generated by testdata/pki/generate.sh from certs/ (do not edit by hand).
# Committed "for the dev cluster"; the same key is in certs/server.key.
apiVersion: v1
kind: Secret
metadata:
  name: orders-tls
  namespace: shop
  labels:
    app.kubernetes.io/name: orders
type: kubernetes.io/tls
data:
  tls.crt: $(b64 "$N/certs/server.crt")
  tls.key: $(b64 "$N/certs/server.key")
  ca.crt: $(b64 "$N/certs/ca.crt")
YAML

  # ---- koa-payments: EC server key, expired client cert, RSA-1024 npm client key in build/
  local K="$S/koa-payments"
  rm -rf "$K/certs" "$K/k8s/payments-tls-secret.yaml"
  mkdir -p "$K/certs/clients" "$K/certs/build" "$K/k8s"
  rsa_pkcs8 "$TMP/payments-ca.key" 2048
  issue "$K/certs/ca.crt" "$TMP/payments-ca.key" "/O=payments/CN=payments mTLS CA" ca 20240601000000Z 20340601000000Z self self
  ec_sec1 "$K/certs/payments.key" prime256v1
  issue "$K/certs/payments.crt" "$K/certs/payments.key" "/O=payments/CN=payments.payments.svc" server 20260201000000Z 20270201000000Z \
    "$K/certs/ca.crt" "$TMP/payments-ca.key" sha256 "DNS:payments,DNS:payments.payments.svc,DNS:payments.payments.svc.cluster.local"
  rsa_pkcs8 "$K/certs/clients/ledger-client.key" 2048
  issue "$K/certs/clients/ledger-client.crt" "$K/certs/clients/ledger-client.key" "/O=payments/CN=payments-to-ledger" client-nosan 20250115000000Z 20260115000000Z \
    "$K/certs/ca.crt" "$TMP/payments-ca.key"
  rsa_pkcs8 "$TMP/registry-ca.key" 2048
  issue "$K/certs/build/registry-ca.crt" "$TMP/registry-ca.key" "/O=example/CN=npm.internal.example.com registry CA" ca 20240101000000Z 20340101000000Z self self
  rsa_pkcs1 "$K/certs/build/npm-client-key.pem" 1024
  issue "$K/certs/build/npm-client.crt" "$K/certs/build/npm-client-key.pem" "/O=example/CN=ci-payments" client-nosan 20260101000000Z 20270101000000Z \
    "$K/certs/build/registry-ca.crt" "$TMP/registry-ca.key"
  {
    cat <<YAML
# Generated by testdata/pki/generate.sh from certs/ (do not edit by hand).
apiVersion: v1
kind: Secret
metadata:
  name: payments-tls
  namespace: payments
type: kubernetes.io/tls
stringData:
  tls.crt: |
YAML
    indent "    " "$K/certs/payments.crt"
    echo "  tls.key: |"
    indent "    " "$K/certs/payments.key"
    echo "  ca.crt: |"
    indent "    " "$K/certs/ca.crt"
  } > "$K/k8s/payments-tls-secret.yaml"

  # ---- chi-inventory: mismatched server pair, admin cert without SAN, encrypted signing key
  local C="$S/chi-inventory"
  rm -rf "$C/tls"
  mkdir -p "$C/tls/clients"
  rsa_pkcs8 "$TMP/inventory-ca.key" 2048
  issue "$C/tls/ca.crt" "$TMP/inventory-ca.key" "/O=inventory/CN=inventory mTLS CA" ca 20250101000000Z 20350101000000Z self self
  ec_pkcs8 "$TMP/inventory-old.key" P-256
  issue "$C/tls/server.crt" "$TMP/inventory-old.key" "/O=inventory/CN=inventory.internal" server 20260115000000Z 20270115000000Z \
    "$C/tls/ca.crt" "$TMP/inventory-ca.key" sha256 "DNS:inventory,DNS:inventory.internal"
  ec_pkcs8 "$C/tls/server.key" P-256          # rotated key; certificate never re-issued
  rsa_pkcs8 "$C/tls/admin.key" 2048
  issue "$C/tls/admin.crt" "$C/tls/admin.key" "/O=inventory/CN=inventory-admin.internal" server-nosan 20260115000000Z 20270115000000Z \
    "$C/tls/ca.crt" "$TMP/inventory-ca.key"
  ec_sec1 "$C/tls/clients/warehouse-client.key" prime256v1
  issue "$C/tls/clients/warehouse-client.crt" "$C/tls/clients/warehouse-client.key" "/O=inventory/CN=inventory-to-warehouse" client-nosan 20260115000000Z 20270115000000Z \
    "$C/tls/ca.crt" "$TMP/inventory-ca.key"
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -pass pass:test -out "$C/tls/report-signing.key" 2>/dev/null
}

# A self-signed server certificate marked CA:TRUE, as `openssl req -x509` makes them, and its
# key: ca-key-exposed at high (it names a host and signs nothing), not critical.
gen_self_signed_server() {
  mkdir -p "$HERE/self-signed"
  ec_pkcs8 "$HERE/self-signed/localhost.key" P-256
  issue "$HERE/self-signed/localhost.crt" "$HERE/self-signed/localhost.key" "/CN=localhost" ca $LEAF_START $LEAF_END self self sha256 DNS:localhost
}

# ---------------------------------------------------------------- testdata/demo
# The demo runs on the real clock, so its certificates are valid for years on either side of
# today: its output stays the same until 2036 (the server certificate's long validity is one
# of the demo's findings).
gen_demo() {
  local D="$HERE/../demo/certs"
  rm -rf "$D"; mkdir -p "$D"
  ec_pkcs8 "$D/ca.key" P-256
  issue "$D/ca.crt" "$D/ca.key" "/O=orders/CN=orders mTLS CA" ca 20240101000000Z 20440101000000Z self self
  ec_pkcs8 "$D/server.key" P-256
  issue "$D/server.crt" "$D/server.key" "/O=orders/CN=orders-api" server 20260101000000Z 20360101000000Z \
    "$D/ca.crt" "$D/ca.key" sha256 "DNS:orders-api,DNS:localhost"
}

case "$WHAT" in
  pki) gen_pki ;;
  scenarios) gen_scenarios ;;
  demo) gen_demo ;;
  self-signed) gen_self_signed_server ;;
  all) gen_pki; gen_scenarios; gen_demo ;;
  *) echo "usage: $0 [pki|scenarios|demo|all]" >&2; exit 2 ;;
esac
