//! Certificates and keys (rules.md, "Certificates and keys on disk", and `loose-key-permissions`,
//! `key-material-writable-mount` in "Secrets and key material"): each rule on the fixtures of
//! `testdata/pki/` (see its README for what each file is), in Kubernetes Secrets, through
//! Compose and Kubernetes mounts, and on disk; positives, negatives and hard negatives.
//!
//! The clock is pinned at 2026-06-01T00:00:00Z, the instant the fixtures' README describes.
//! A temporary directory is not a git work tree, so a private key written there with a loose
//! mode is reported by `loose-key-permissions`: tests of other rules keep to their rule.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use base64::Engine;
use caulk::AuditOptions;
use serde_json::Value;
use tempfile::TempDir;
use time::macros::datetime;

use common::{Rec, assert_finding, audit_dir, d, of_rule, scan_with};

/// 2026-06-01T00:00:00Z.
const NOW: i64 = 1_780_272_000;

#[test]
fn now_is_the_readme_instant() {
    assert_eq!(datetime!(2026-06-01 0:00 UTC).unix_timestamp(), NOW);
}

fn at(now: i64) -> AuditOptions {
    AuditOptions {
        now: Some(now),
        ..Default::default()
    }
}

fn pinned() -> AuditOptions {
    at(NOW)
}

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/pki")
        .join(name)
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn fixture(name: &str) -> String {
    String::from_utf8(fixture_bytes(name)).unwrap()
}

fn b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// A temporary tree built from fixtures and text, audited as a directory (so that binary files
/// and file modes are what the test wrote).
struct Tree {
    dir: TempDir,
}

impl Tree {
    fn new() -> Tree {
        Tree {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn write_bytes(&self, dest: &str, bytes: &[u8]) -> &Tree {
        let full = self.root().join(dest);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, bytes).unwrap();
        // Whatever the umask: 0644 unless the test says otherwise.
        std::fs::set_permissions(&full, std::fs::Permissions::from_mode(0o644)).unwrap();
        self
    }

    /// Copies the fixture `name` to the same relative path.
    fn fixture(&self, name: &str) -> &Tree {
        self.copy(name, name)
    }

    /// Copies the fixture `src` to `dest`.
    fn copy(&self, src: &str, dest: &str) -> &Tree {
        self.write_bytes(dest, &fixture_bytes(src))
    }

    fn text(&self, dest: &str, text: &str) -> &Tree {
        self.write_bytes(dest, text.as_bytes())
    }

    fn chmod(&self, dest: &str, mode: u32) -> &Tree {
        std::fs::set_permissions(
            self.root().join(dest),
            std::fs::Permissions::from_mode(mode),
        )
        .unwrap();
        self
    }

    /// Makes the tree a git work tree (as far as caulk can tell: a `.git` directory).
    fn git(&self) -> &Tree {
        std::fs::create_dir_all(self.root().join(".git")).unwrap();
        self
    }

    fn scan(&self) -> Vec<Rec> {
        self.scan_with(&pinned())
    }

    fn scan_with(&self, options: &AuditOptions) -> Vec<Rec> {
        audit_dir(self.root(), options)
    }
}

/// A tree of copies of fixtures under their own names.
fn fixtures(names: &[&str]) -> Tree {
    let tree = Tree::new();
    for name in names {
        tree.fixture(name);
    }
    tree
}

/// Findings of `rule` on `path`.
fn on(findings: &[Rec], rule: &str, path: &str) -> Vec<Rec> {
    of_rule(findings, rule)
        .into_iter()
        .filter(|f| f.path == path)
        .collect()
}

/// Exactly one finding of `rule` in the whole report.
#[track_caller]
fn one(findings: &[Rec], rule: &str) -> Rec {
    let found = of_rule(findings, rule);
    assert_eq!(found.len(), 1, "expected one `{rule}`, got {found:#?}");
    found.into_iter().next().unwrap()
}

/// Exactly one finding of `rule` on `path`.
#[track_caller]
fn one_on(findings: &[Rec], rule: &str, path: &str) -> Rec {
    let found = on(findings, rule, path);
    assert_eq!(
        found.len(),
        1,
        "expected one `{rule}` on {path}, got {findings:#?}"
    );
    found.into_iter().next().unwrap()
}

/// No finding of `rule` at all.
#[track_caller]
fn no(findings: &[Rec], rule: &str) {
    let found = of_rule(findings, rule);
    assert!(found.is_empty(), "expected no `{rule}`, got {found:#?}");
}

/// No finding of `rule` on `path`.
#[track_caller]
fn none_on(findings: &[Rec], rule: &str, path: &str) {
    let found = on(findings, rule, path);
    assert!(
        found.is_empty(),
        "expected no `{rule}` on {path}, got {found:#?}"
    );
}

/// No finding at all on `path`.
#[track_caller]
fn nothing_on(findings: &[Rec], path: &str) {
    let found: Vec<&Rec> = findings.iter().filter(|f| f.path == path).collect();
    assert!(
        found.is_empty(),
        "expected nothing on {path}, got {found:#?}"
    );
}

/// A negative must not pass because the file was never read: far in the future every
/// certificate of the file is expired, so `certificate-expired` shows that caulk read it.
#[track_caller]
fn read_as_certificate(tree: &Tree, path: &str) {
    let later = tree.scan_with(&at(datetime!(2100-01-01 0:00 UTC).unix_timestamp()));
    assert!(
        !on(&later, "certificate-expired", path).is_empty(),
        "{path} was not read as a certificate: {later:#?}"
    );
}

/// 1-based `(line, column)` of the only occurrence of `needle` in `text`.
#[track_caller]
fn locate(text: &str, needle: &str) -> (usize, usize) {
    let mut hits = text.match_indices(needle);
    let (offset, _) = hits
        .next()
        .unwrap_or_else(|| panic!("{needle:?} not in {text}"));
    assert!(hits.next().is_none(), "{needle:?} occurs twice in {text}");
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

// ---------------------------------------------------------------------------------------------
// certificate-expired, certificate-expiring-soon, certificate-not-yet-valid,
// certificate-long-validity
// ---------------------------------------------------------------------------------------------

#[test]
fn certificate_expired_on_expired_crt_only() {
    let tree = fixtures(&["expired.crt", "server.crt"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-expired");
    assert_finding(&f, "certificate-expired", (1, 1), "high", "2026-03-01");
    assert_eq!(f.path, "expired.crt");
    assert!(f.message.contains("expired.internal"), "{f:#?}");
    assert!(f.message.contains("92 days ago"), "{f:#?}");
    assert!(
        f.object
            .as_deref()
            .is_some_and(|o| o.contains("CN=expired.internal")),
        "{f:#?}"
    );
    assert!(f.related.is_empty(), "{f:#?}");
    // Expired is not also expiring soon, nor anything else for a well-formed leaf.
    assert_eq!(
        findings.len(),
        1,
        "expired.crt: only expired, server.crt: nothing: {findings:#?}"
    );
    read_as_certificate(&tree, "server.crt");
}

#[test]
fn certificate_expired_depends_on_now() {
    let tree = fixtures(&["expired.crt"]);
    // Long before notAfter: nothing at all.
    let findings = tree.scan_with(&at(datetime!(2025-09-01 0:00 UTC).unix_timestamp()));
    assert!(findings.is_empty(), "{findings:#?}");
    // 14 days before: expiring soon, not expired.
    let findings = tree.scan_with(&at(datetime!(2026-02-15 0:00 UTC).unix_timestamp()));
    no(&findings, "certificate-expired");
    let f = one(&findings, "certificate-expiring-soon");
    assert_finding(&f, "certificate-expiring-soon", (1, 1), "medium", "14 days");
    // At notAfter itself the certificate is still valid (RFC 5280: notAfter is inclusive).
    let not_after = datetime!(2026-03-01 0:00 UTC).unix_timestamp();
    no(&tree.scan_with(&at(not_after)), "certificate-expired");
    // One second later it is not.
    let f = one(&tree.scan_with(&at(not_after + 1)), "certificate-expired");
    assert_finding(&f, "certificate-expired", (1, 1), "high", "2026-03-01");
}

#[test]
fn certificate_expiring_soon_within_default_30_days() {
    let tree = fixtures(&["expiring.crt", "server.crt"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-expiring-soon");
    assert_eq!(f.path, "expiring.crt");
    assert_finding(
        &f,
        "certificate-expiring-soon",
        (1, 1),
        "medium",
        "2026-06-20",
    );
    assert!(f.message.contains("expiring.internal"), "{f:#?}");
    assert!(f.message.contains("19 days"), "{f:#?}");
    assert!(f.message.contains("30 days"), "{f:#?}");
    no(&findings, "certificate-expired");
    // 354 days of validity: not long.
    no(&findings, "certificate-long-validity");
}

#[test]
fn certificate_expiring_soon_follows_expiry_days() {
    let tree = fixtures(&["expiring.crt"]);
    let options = |days| AuditOptions {
        now: Some(NOW),
        expiry_days: Some(days),
        ..Default::default()
    };
    no(&tree.scan_with(&options(10)), "certificate-expiring-soon");
    let f = one(&tree.scan_with(&options(45)), "certificate-expiring-soon");
    assert_finding(&f, "certificate-expiring-soon", (1, 1), "medium", "45 days");
}

#[test]
fn certificate_not_yet_valid() {
    let tree = fixtures(&["not-yet-valid.crt", "server.crt"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-not-yet-valid");
    assert_eq!(f.path, "not-yet-valid.crt");
    assert_finding(
        &f,
        "certificate-not-yet-valid",
        (1, 1),
        "medium",
        "2026-09-01",
    );
    assert!(f.message.contains("future.internal"), "{f:#?}");
    assert!(f.message.contains("92 days"), "{f:#?}");
    no(&findings, "certificate-expired");
    no(&findings, "certificate-expiring-soon");
    no(&findings, "certificate-long-validity");
}

#[test]
fn certificate_long_validity_on_a_leaf() {
    let tree = fixtures(&["long-validity.crt", "ca.crt", "server.crt"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-long-validity");
    assert_eq!(f.path, "long-validity.crt");
    assert_finding(&f, "certificate-long-validity", (1, 1), "low", "1826 days");
    assert!(f.message.contains("long.internal"), "{f:#?}");
    assert!(f.message.contains("2025-06-01"), "{f:#?}");
    assert!(f.message.contains("2030-06-01"), "{f:#?}");
    assert!(f.message.contains("398"), "{f:#?}");
    // ca.crt is valid for 25 years but is a CA; server.crt is valid for 365 days.
    nothing_on(&findings, "ca.crt");
    nothing_on(&findings, "server.crt");
    read_as_certificate(&tree, "ca.crt");
    read_as_certificate(&tree, "server.crt");
}

// ---------------------------------------------------------------------------------------------
// weak-key
// ---------------------------------------------------------------------------------------------

#[test]
fn weak_key_rsa_1024_key_and_certificate() {
    let tree = fixtures(&["rsa1024.key", "rsa1024.crt", "rsa2048.key"]);
    let findings = tree.scan();
    let key = one_on(&findings, "weak-key", "rsa1024.key");
    assert_finding(&key, "weak-key", (1, 1), "high", "RSA-1024");
    assert!(key.message.contains("2048"), "{key:#?}");
    let cert = one_on(&findings, "weak-key", "rsa1024.crt");
    assert_finding(&cert, "weak-key", (1, 1), "high", "RSA-1024");
    assert!(cert.message.contains("weak.internal"), "{cert:#?}");
    assert!(
        cert.object
            .as_deref()
            .is_some_and(|o| o.contains("CN=weak.internal")),
        "{cert:#?}"
    );
    none_on(&findings, "weak-key", "rsa2048.key");
    // rsa2048.key was read: it is an unencrypted key.
    one_on(&findings, "private-key-unencrypted", "rsa2048.key");
    assert_eq!(of_rule(&findings, "weak-key").len(), 2, "{findings:#?}");
}

#[test]
fn weak_key_ec_below_256_bits() {
    let tree = fixtures(&["p192.key", "p256.key", "p384.key", "p256-pkcs8.key"]);
    let findings = tree.scan();
    let f = one(&findings, "weak-key");
    assert_eq!(f.path, "p192.key");
    assert_finding(&f, "weak-key", (1, 1), "high", "192");
    for key in ["p256.key", "p384.key", "p256-pkcs8.key"] {
        one_on(&findings, "private-key-unencrypted", key);
    }
}

#[test]
fn weak_key_any_dsa_but_not_ed25519() {
    let tree = fixtures(&["dsa.key", "dsa1024-pkcs8.key", "ed25519.key"]);
    let findings = tree.scan();
    // DSA-2048 is still DSA.
    let f = one_on(&findings, "weak-key", "dsa.key");
    assert_finding(&f, "weak-key", (1, 1), "high", "DSA");
    assert!(f.message.contains("2048"), "{f:#?}");
    let f = one_on(&findings, "weak-key", "dsa1024-pkcs8.key");
    assert_finding(&f, "weak-key", (1, 1), "high", "DSA-1024");
    none_on(&findings, "weak-key", "ed25519.key");
    one_on(&findings, "private-key-unencrypted", "ed25519.key");
}

// ---------------------------------------------------------------------------------------------
// weak-signature
// ---------------------------------------------------------------------------------------------

#[test]
fn weak_signature_sha1_leaf_high_root_low() {
    let tree = fixtures(&["sha1.crt", "sha1-root.crt", "server.crt"]);
    let findings = tree.scan();
    let leaf = one_on(&findings, "weak-signature", "sha1.crt");
    assert_finding(&leaf, "weak-signature", (1, 1), "high", "SHA-1");
    assert!(leaf.message.contains("sha1.internal"), "{leaf:#?}");
    let root = one_on(&findings, "weak-signature", "sha1-root.crt");
    assert_finding(&root, "weak-signature", (1, 1), "low", "SHA-1");
    assert!(root.message.contains("self-signed"), "{root:#?}");
    assert!(root.message.contains("caulk test SHA-1 root"), "{root:#?}");
    assert_eq!(
        of_rule(&findings, "weak-signature").len(),
        2,
        "{findings:#?}"
    );
    nothing_on(&findings, "server.crt");
    read_as_certificate(&tree, "server.crt");
}

// ---------------------------------------------------------------------------------------------
// certificate-missing-san
// ---------------------------------------------------------------------------------------------

#[test]
fn certificate_missing_san_on_server_certificate_only() {
    let tree = fixtures(&["no-san.crt", "client-no-san.crt", "server.crt"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-missing-san");
    assert_eq!(f.path, "no-san.crt");
    assert_finding(
        &f,
        "certificate-missing-san",
        (1, 1),
        "medium",
        "subjectAltName",
    );
    assert!(f.message.contains("nosan.internal"), "{f:#?}");
    nothing_on(&findings, "client-no-san.crt");
    nothing_on(&findings, "server.crt");
    read_as_certificate(&tree, "client-no-san.crt");
}

// ---------------------------------------------------------------------------------------------
// ca-key-exposed
// ---------------------------------------------------------------------------------------------

#[test]
fn ca_key_exposed_next_to_its_certificate() {
    let tree = fixtures(&["ca.crt", "ca.key"]);
    let findings = tree.scan();
    let f = one(&findings, "ca-key-exposed");
    assert_eq!(f.path, "ca.key");
    assert_finding(&f, "ca-key-exposed", (1, 1), "critical", "caulk test CA");
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "ca.crt");
    assert_eq!((f.related[0].line, f.related[0].column), (1, 1));
    assert!(f.related[0].message.contains("CA certificate"), "{f:#?}");
}

#[test]
fn ca_key_exposed_by_content_whatever_its_name() {
    let tree = Tree::new();
    tree.fixture("ca.crt").copy("ca.key", "signing.key");
    let findings = tree.scan();
    let f = one(&findings, "ca-key-exposed");
    assert_eq!(f.path, "signing.key");
    assert_finding(&f, "ca-key-exposed", (1, 1), "critical", "caulk test CA");
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "ca.crt");

    // The SHA-1 root's key is not named like a CA key either.
    let tree = fixtures(&["sha1-root.crt", "sha1-root.key"]);
    let f = one(&tree.scan(), "ca-key-exposed");
    assert_eq!(f.path, "sha1-root.key");
    assert_finding(&f, "ca-key-exposed", (1, 1), "critical", "SHA-1 root");
    assert_eq!(f.related[0].path, "sha1-root.crt");
}

#[test]
fn ca_key_exposed_self_signed_server_certificate_is_high_not_critical() {
    // `openssl req -x509` marks a self-signed server certificate CA:TRUE: its key still mints
    // certificates its pinning peers accept, but it issues nothing in the tree.
    let tree = fixtures(&["self-signed/localhost.crt", "self-signed/localhost.key"]);
    let f = one(&tree.scan(), "ca-key-exposed");
    assert_eq!(f.path, "self-signed/localhost.key");
    assert_finding(
        &f,
        "ca-key-exposed",
        (1, 1),
        "high",
        "self-signed certificate `CN=localhost`",
    );
    assert!(f.message.contains("marked CA:TRUE"), "{f:#?}");
    assert_eq!(f.related[0].path, "self-signed/localhost.crt");

    // Once it has issued a certificate of the tree, it is an issuing CA: critical.
    let tree = fixtures(&["ca.crt", "ca.key", "server.crt"]);
    let f = one_on(&tree.scan(), "ca-key-exposed", "ca.key");
    assert_eq!(f.severity, "critical");
}

#[test]
fn ca_key_exposed_by_name_without_a_ca_certificate() {
    let tree = fixtures(&["ca-named/ca-key.pem", "ca-named/intermediate-ca.key"]);
    let findings = tree.scan();
    let f = one_on(&findings, "ca-key-exposed", "ca-named/ca-key.pem");
    assert_finding(&f, "ca-key-exposed", (1, 1), "critical", "`ca-key.pem`");
    assert!(f.message.contains("named like a CA"), "{f:#?}");
    assert!(f.related.is_empty(), "{f:#?}");
    let f = one_on(&findings, "ca-key-exposed", "ca-named/intermediate-ca.key");
    assert_finding(
        &f,
        "ca-key-exposed",
        (1, 1),
        "critical",
        "`intermediate-ca.key`",
    );
}

#[test]
fn ca_key_exposed_not_for_a_leaf_key_or_a_ca_certificate_alone() {
    let tree = fixtures(&["ca.crt", "server.key", "server.crt"]);
    let findings = tree.scan();
    no(&findings, "ca-key-exposed");
    // server.key was read.
    one_on(&findings, "private-key-unencrypted", "server.key");

    let tree = fixtures(&["ca.crt"]);
    let findings = tree.scan();
    assert!(findings.is_empty(), "{findings:#?}");
}

// ---------------------------------------------------------------------------------------------
// key-certificate-mismatch
// ---------------------------------------------------------------------------------------------

#[test]
fn key_certificate_mismatch_on_the_certificate() {
    let tree = fixtures(&["mismatch/server.crt", "mismatch/server.key"]);
    let findings = tree.scan();
    let f = one(&findings, "key-certificate-mismatch");
    assert_eq!(f.path, "mismatch/server.crt");
    assert_finding(
        &f,
        "key-certificate-mismatch",
        (1, 1),
        "high",
        "mismatch.internal",
    );
    assert!(f.message.contains("mismatch/server.key"), "{f:#?}");
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "mismatch/server.key");
    assert_eq!((f.related[0].line, f.related[0].column), (1, 1));
}

#[test]
fn key_certificate_mismatch_not_for_matching_pairs() {
    let tree = fixtures(&[
        "match/tls.crt",
        "match/tls.key",
        "ec-match/server.crt",
        "ec-match/server.key",
        "p256-nopub.crt",
        "p256-nopub.key",
        "server.crt",
        "server.key",
    ]);
    let findings = tree.scan();
    no(&findings, "key-certificate-mismatch");
    for key in [
        "match/tls.key",
        "ec-match/server.key",
        "p256-nopub.key",
        "server.key",
    ] {
        one_on(&findings, "private-key-unencrypted", key);
    }
}

#[test]
fn key_certificate_mismatch_cert_pem_and_key_pem() {
    let tree = Tree::new();
    tree.copy("mismatch/server.crt", "tls/cert.pem")
        .copy("mismatch/server.key", "tls/key.pem");
    let f = one(&tree.scan(), "key-certificate-mismatch");
    assert_eq!(f.path, "tls/cert.pem");
    assert_finding(
        &f,
        "key-certificate-mismatch",
        (1, 1),
        "high",
        "mismatch.internal",
    );
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "tls/key.pem");

    // The same names for a matching pair.
    let tree = Tree::new();
    tree.copy("server.crt", "tls/cert.pem")
        .copy("server.key", "tls/key.pem");
    no(&tree.scan(), "key-certificate-mismatch");
}

#[test]
fn key_certificate_mismatch_not_for_an_unpaired_key() {
    // A key alone.
    let tree = fixtures(&["mismatch/server.key"]);
    let findings = tree.scan();
    no(&findings, "key-certificate-mismatch");
    one_on(&findings, "private-key-unencrypted", "mismatch/server.key");

    // A key and a certificate of different stems are not a pair.
    let tree = Tree::new();
    tree.copy("mismatch/server.crt", "certs/api.crt")
        .copy("mismatch/server.key", "certs/other.key");
    no(&tree.scan(), "key-certificate-mismatch");

    // Nor are the same stems in different directories.
    let tree = Tree::new();
    tree.copy("mismatch/server.crt", "a/server.crt")
        .copy("mismatch/server.key", "b/server.key");
    no(&tree.scan(), "key-certificate-mismatch");
}

// ---------------------------------------------------------------------------------------------
// private-key-unencrypted
// ---------------------------------------------------------------------------------------------

#[test]
fn private_key_unencrypted_every_format() {
    let tree = fixtures(&[
        "rsa2048.key",
        "server.key",
        "p256.key",
        "openssh/id_ed25519",
        "dsa.key",
    ]);
    let findings = tree.scan();
    for (path, format) in [
        ("rsa2048.key", "PKCS#1"),
        ("server.key", "PKCS#8"),
        ("p256.key", "SEC1"),
        ("openssh/id_ed25519", "OpenSSH"),
        ("dsa.key", "DSA"),
    ] {
        let f = one_on(&findings, "private-key-unencrypted", path);
        assert_finding(&f, "private-key-unencrypted", (1, 1), "high", format);
        assert!(f.object.is_none(), "{f:#?}");
    }
    assert_eq!(
        of_rule(&findings, "private-key-unencrypted").len(),
        5,
        "{findings:#?}"
    );
    no(&findings, "parse-error");
}

#[test]
fn private_key_unencrypted_not_for_encrypted_or_public_keys() {
    let tree = fixtures(&[
        "encrypted-pkcs8.key",
        "legacy-encrypted.key",
        "openssh/id_rsa_encrypted",
        "openssh/id_rsa_encrypted.pub",
        "openssh/id_ed25519.pub",
    ]);
    let findings = tree.scan();
    no(&findings, "private-key-unencrypted");
    no(&findings, "parse-error");
    no(&findings, "ca-key-exposed");
    no(&findings, "weak-key");
}

#[test]
fn extensionless_files_that_are_not_pem_yield_nothing() {
    let tree = Tree::new();
    tree.text(
        "LICENSE",
        "Apache License\nVersion 2.0, January 2004\n\nTERMS AND CONDITIONS\n",
    )
    .text("NOTES", "see -----BEGIN PRIVATE KEY----- in the docs\n")
    .text("bin/tool", "\u{7f}ELF\u{0}\u{0}\u{0}binary")
    .fixture("openssh/id_ed25519");
    let findings = tree.scan();
    nothing_on(&findings, "LICENSE");
    nothing_on(&findings, "NOTES");
    nothing_on(&findings, "bin/tool");
    no(&findings, "parse-error");
    // The extension-less key next to them is read by content.
    let f = one_on(&findings, "private-key-unencrypted", "openssh/id_ed25519");
    assert_finding(&f, "private-key-unencrypted", (1, 1), "high", "OpenSSH");
}

#[test]
fn crlf_line_endings_are_read() {
    let tree = Tree::new();
    tree.text("server.key", &fixture("server.key").replace('\n', "\r\n"))
        .text("expired.crt", &fixture("expired.crt").replace('\n', "\r\n"));
    let findings = tree.scan();
    let f = one(&findings, "private-key-unencrypted");
    assert_finding(&f, "private-key-unencrypted", (1, 1), "high", "PKCS#8");
    let f = one(&findings, "certificate-expired");
    assert_finding(&f, "certificate-expired", (1, 1), "high", "2026-03-01");
    no(&findings, "parse-error");
}

#[test]
fn keystore_and_der_certificate_yield_nothing() {
    let tree = fixtures(&["keystore.p12", "server.der"]);
    let findings = tree.scan();
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn der_certificate_is_read() {
    let tree = fixtures(&["server.der"]);
    let later = datetime!(2027-02-01 0:00 UTC).unix_timestamp();
    let findings = tree.scan_with(&at(later));
    let f = one(&findings, "certificate-expired");
    assert_eq!(f.path, "server.der");
    assert_finding(&f, "certificate-expired", (1, 1), "high", "2027-01-01");
    assert!(f.message.contains("api.internal"), "{f:#?}");
    assert_eq!(findings.len(), 1, "{findings:#?}");
}

#[test]
fn der_named_file_that_is_not_a_certificate_is_a_parse_error() {
    let tree = Tree::new();
    tree.write_bytes("broken.der", &[0x30, 0x82, 0xff, 0x00, 0x01, 0x02]);
    let findings = tree.scan();
    let f = one(&findings, "parse-error");
    assert_eq!(f.path, "broken.der");
    assert_eq!(f.severity, "medium");
}

// ---------------------------------------------------------------------------------------------
// Files with several blocks
// ---------------------------------------------------------------------------------------------

#[test]
fn truncated_pem_reports_the_broken_block_and_reads_the_others() {
    let tree = fixtures(&["truncated.pem"]);
    let findings = tree.scan();
    let f = one(&findings, "parse-error");
    assert_finding(
        &f,
        "parse-error",
        (22, 1),
        "medium",
        "-----END CERTIFICATE-----",
    );
    assert_eq!(f.path, "truncated.pem");
    let f = one(&findings, "private-key-unencrypted");
    assert_finding(&f, "private-key-unencrypted", (32, 1), "high", "PKCS#8");
    // Block 1 is a copy of server.crt: nothing at 2026-06-01, expired in 2100.
    for f in &findings {
        assert!(
            matches!(
                f.rule.as_str(),
                "parse-error" | "private-key-unencrypted" | "loose-key-permissions"
            ),
            "{f:#?}"
        );
    }
    let later = tree.scan_with(&at(datetime!(2100-01-01 0:00 UTC).unix_timestamp()));
    let f = one(&later, "certificate-expired");
    assert_eq!(f.at(), (1, 1), "{f:#?}");
}

#[test]
fn chain_with_expired_intermediate() {
    let tree = fixtures(&["chain-expired-intermediate.pem"]);
    let findings = tree.scan();
    let f = one(&findings, "certificate-expired");
    assert_finding(
        &f,
        "certificate-expired",
        (22, 1),
        "high",
        "caulk test intermediate CA",
    );
    assert!(f.message.contains("2026-02-01"), "{f:#?}");
    assert!(
        f.object
            .as_deref()
            .is_some_and(|o| o.contains("caulk test intermediate CA")),
        "{f:#?}"
    );
    // The leaf (a 365-day leaf with a SAN) and the 25-year root: nothing.
    assert_eq!(findings.len(), 1, "{findings:#?}");
}

#[test]
fn bundle_with_text_reads_both_certificates() {
    let tree = fixtures(&["bundle-with-text.pem"]);
    let findings = tree.scan();
    assert!(findings.is_empty(), "{findings:#?}");
    let later = tree.scan_with(&at(datetime!(2100-01-01 0:00 UTC).unix_timestamp()));
    let expired = of_rule(&later, "certificate-expired");
    let positions: Vec<(usize, usize)> = expired.iter().map(Rec::at).collect();
    assert_eq!(positions, [(65, 1), (147, 1)], "{later:#?}");
}

// ---------------------------------------------------------------------------------------------
// Kubernetes Secrets
// ---------------------------------------------------------------------------------------------

fn scan_yaml(name: &str, text: &str) -> Vec<Rec> {
    scan_with(&[(name, text)], &pinned())
}

/// A Secret with `data:` entries, base64-encoding the given fixtures.
fn tls_secret(name: &str, namespace: Option<&str>, kind: &str, entries: &[(&str, &str)]) -> String {
    let mut out = format!("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n");
    if let Some(ns) = namespace {
        out.push_str(&format!("  namespace: {ns}\n"));
    }
    out.push_str(&format!("type: {kind}\ndata:\n"));
    for (key, fixture_name) in entries {
        out.push_str(&format!("  {key}: {}\n", b64(&fixture(fixture_name))));
    }
    out
}

#[test]
fn secret_data_key_is_unencrypted() {
    let yaml = tls_secret(
        "api-tls",
        Some("prod"),
        "kubernetes.io/tls",
        &[("tls.crt", "server.crt"), ("tls.key", "server.key")],
    );
    let findings = scan_yaml("secret.yaml", &yaml);
    let f = one(&findings, "private-key-unencrypted");
    let value = b64(&fixture("server.key"));
    assert_finding(
        &f,
        "private-key-unencrypted",
        locate(&yaml, &value),
        "high",
        "`tls.key`",
    );
    assert_eq!(f.at(), (9, 12));
    assert_eq!(f.path, "secret.yaml");
    assert_eq!(f.object.as_deref(), Some("Secret/prod/api-tls"));
    // The certificate matches its key, and is valid.
    no(&findings, "key-certificate-mismatch");
    no(&findings, "parse-error");
    assert_eq!(findings.len(), 1, "{findings:#?}");
}

#[test]
fn secret_data_certificate_rules_apply() {
    let yaml = tls_secret(
        "old-tls",
        Some("prod"),
        "kubernetes.io/tls",
        &[("tls.crt", "expired.crt")],
    );
    let findings = scan_yaml("secret.yaml", &yaml);
    let f = one(&findings, "certificate-expired");
    assert_finding(&f, "certificate-expired", (8, 12), "high", "2026-03-01");
    assert!(f.message.contains("`tls.crt`"), "{f:#?}");
    assert_eq!(f.object.as_deref(), Some("Secret/prod/old-tls"));
}

#[test]
fn secret_string_data_block_scalar_key_is_unencrypted() {
    let mut yaml = String::from(concat!(
        "apiVersion: v1\n",
        "kind: Secret\n",
        "metadata:\n",
        "  name: api-tls\n",
        "  namespace: prod\n",
        "type: kubernetes.io/tls\n",
        "stringData:\n",
        "  tls.key: |\n",
    ));
    for line in fixture("server.key").lines() {
        yaml.push_str(&format!("    {line}\n"));
    }
    let findings = scan_yaml("secret.yaml", &yaml);
    let f = one(&findings, "private-key-unencrypted");
    // At the block scalar's content, the key's BEGIN line.
    assert_finding(&f, "private-key-unencrypted", (9, 5), "high", "`tls.key`");
    assert_eq!(f.object.as_deref(), Some("Secret/prod/api-tls"));
    no(&findings, "parse-error");
}

#[test]
fn secret_without_namespace_any_entry_name() {
    let yaml = tls_secret("ca", None, "Opaque", &[("ca.key", "rsa2048.key")]);
    let findings = scan_yaml("secret.yaml", &yaml);
    let f = one(&findings, "private-key-unencrypted");
    assert_finding(&f, "private-key-unencrypted", (7, 11), "high", "`ca.key`");
    assert_eq!(f.object.as_deref(), Some("Secret/ca"));
    // Named like a CA key.
    let f = one(&findings, "ca-key-exposed");
    assert_eq!(f.at(), (7, 11));
    assert_eq!(f.severity, "critical");
}

#[test]
fn secret_tls_pair_mismatch() {
    let yaml = tls_secret(
        "api-tls",
        Some("prod"),
        "kubernetes.io/tls",
        &[
            ("tls.crt", "mismatch/server.crt"),
            ("tls.key", "mismatch/server.key"),
        ],
    );
    let findings = scan_yaml("secret.yaml", &yaml);
    let f = one(&findings, "key-certificate-mismatch");
    assert_finding(
        &f,
        "key-certificate-mismatch",
        (8, 12),
        "high",
        "mismatch.internal",
    );
    assert!(f.message.contains("`tls.crt`"), "{f:#?}");
    assert!(f.message.contains("`tls.key`"), "{f:#?}");
    assert_eq!(f.object.as_deref(), Some("Secret/prod/api-tls"));
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "secret.yaml");
    assert_eq!((f.related[0].line, f.related[0].column), (9, 12));
}

#[test]
fn secret_data_that_is_not_base64_or_not_pem_yields_nothing() {
    let yaml = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n  namespace: prod\ntype: Opaque\n\
         data:\n  password: {}\n  tls.key: not*base64!\n  blob: {}\nstringData:\n  note: hello\n",
        b64("hunter2"),
        base64::engine::general_purpose::STANDARD.encode([0xff, 0xfe, 0x00, 0x80]),
    );
    let findings = scan_yaml("secret.yaml", &yaml);
    no(&findings, "private-key-unencrypted");
    no(&findings, "parse-error");
    assert!(findings.is_empty(), "{findings:#?}");
}

// ---------------------------------------------------------------------------------------------
// loose-key-permissions: Kubernetes Secret volumes
// ---------------------------------------------------------------------------------------------

/// A TLS Secret and a Pod that mounts it with the given `secret:` volume body (lines indented
/// under `secret:`).
fn pod_with_secret_volume(secret: &str, volume: &str) -> String {
    let mut yaml = secret.to_string();
    yaml.push_str("---\n");
    yaml.push_str(&d(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          namespace: prod
        spec:
          containers:
            - name: api
              image: api:1
              volumeMounts:
                - name: tls
                  mountPath: /etc/tls
                  readOnly: true
          volumes:
            - name: tls
        "#));
    yaml.push_str(volume);
    yaml
}

fn api_tls_secret() -> String {
    tls_secret(
        "api-tls",
        Some("prod"),
        "kubernetes.io/tls",
        &[("tls.crt", "server.crt"), ("tls.key", "server.key")],
    )
}

fn secret_volume_mode(mode: &str) -> String {
    format!("      secret:\n        secretName: api-tls\n        defaultMode: {mode}\n")
}

#[test]
fn loose_key_permissions_default_mode_420_is_decimal_0644() {
    let yaml = pod_with_secret_volume(&api_tls_secret(), &secret_volume_mode("420"));
    let findings = scan_yaml("pod.yaml", &yaml);
    let f = one(&findings, "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "420\n"),
        "high",
        "0644",
    );
    assert!(f.message.contains("`420` is decimal"), "{f:#?}");
    assert!(f.message.contains("`api-tls`"), "{f:#?}");
    assert!(f.message.contains("container `api`"), "{f:#?}");
    assert_eq!(f.path, "pod.yaml");
    assert_eq!(f.object.as_deref(), Some("Pod/prod/api"));
}

#[test]
fn loose_key_permissions_default_mode_yaml_octal_0644() {
    let yaml = pod_with_secret_volume(&api_tls_secret(), &secret_volume_mode("0644"));
    let findings = scan_yaml("pod.yaml", &yaml);
    let f = one(&findings, "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "0644"),
        "high",
        "0644",
    );
    assert!(!f.message.contains("decimal"), "{f:#?}");
}

#[test]
fn loose_key_permissions_tight_default_modes_pass() {
    for mode in ["256", "0400", "0440", "288", "0600", "0640", "416"] {
        let yaml = pod_with_secret_volume(&api_tls_secret(), &secret_volume_mode(mode));
        let findings = scan_yaml("pod.yaml", &yaml);
        no(&findings, "loose-key-permissions");
        // The file was read: the Secret's key is reported.
        one(&findings, "private-key-unencrypted");
    }
    // 0660 lets the group change the key.
    let yaml = pod_with_secret_volume(&api_tls_secret(), &secret_volume_mode("0660"));
    let f = one(&scan_yaml("pod.yaml", &yaml), "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "0660"),
        "high",
        "0660",
    );
}

#[test]
fn loose_key_permissions_item_mode() {
    let volume = concat!(
        "      secret:\n",
        "        secretName: api-tls\n",
        "        items:\n",
        "          - key: tls.crt\n",
        "            path: tls.crt\n",
        "            mode: 0444\n",
        "          - key: tls.key\n",
        "            path: tls.key\n",
        "            mode: 0644\n",
    );
    let yaml = pod_with_secret_volume(&api_tls_secret(), volume);
    let findings = scan_yaml("pod.yaml", &yaml);
    let f = one(&findings, "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "0644"),
        "high",
        "0644",
    );
    assert_eq!(f.object.as_deref(), Some("Pod/prod/api"));
}

#[test]
fn loose_key_permissions_item_modes_apply_to_their_item_only() {
    // The certificate may be world-readable; the key is 0400 whatever defaultMode says.
    let volume = concat!(
        "      secret:\n",
        "        secretName: api-tls\n",
        "        defaultMode: 0644\n",
        "        items:\n",
        "          - key: tls.crt\n",
        "            path: tls.crt\n",
        "            mode: 0444\n",
        "          - key: tls.key\n",
        "            path: tls.key\n",
        "            mode: 0400\n",
    );
    let yaml = pod_with_secret_volume(&api_tls_secret(), volume);
    no(&scan_yaml("pod.yaml", &yaml), "loose-key-permissions");
}

#[test]
fn loose_key_permissions_default_mode_of_a_volume_without_the_key() {
    // Only the certificate is projected: the key is not in the volume at all.
    let volume = concat!(
        "      secret:\n",
        "        secretName: api-tls\n",
        "        defaultMode: 0644\n",
        "        items:\n",
        "          - key: tls.crt\n",
        "            path: tls.crt\n",
    );
    let yaml = pod_with_secret_volume(&api_tls_secret(), volume);
    no(&scan_yaml("pod.yaml", &yaml), "loose-key-permissions");
}

#[test]
fn loose_key_permissions_item_without_mode_takes_default_mode() {
    let volume = concat!(
        "      secret:\n",
        "        secretName: api-tls\n",
        "        defaultMode: 0644\n",
        "        items:\n",
        "          - key: tls.key\n",
        "            path: tls.key\n",
    );
    let yaml = pod_with_secret_volume(&api_tls_secret(), volume);
    let f = one(&scan_yaml("pod.yaml", &yaml), "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "0644"),
        "high",
        "0644",
    );
}

#[test]
fn loose_key_permissions_not_for_config_maps() {
    let config_map = d(r#"
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: api-tls
          namespace: prod
        data:
          app.conf: "listen 443"
        "#);
    let volume = "      configMap:\n        name: api-tls\n        defaultMode: 0644\n";
    let yaml = pod_with_secret_volume(&config_map, volume);
    let findings = scan_yaml("pod.yaml", &yaml);
    no(&findings, "loose-key-permissions");
    // The Pod was read.
    assert!(
        findings.iter().any(|f| f
            .object
            .as_deref()
            .is_some_and(|o| o.starts_with("Pod/prod/api"))),
        "{findings:#?}"
    );
}

#[test]
fn loose_key_permissions_not_for_secrets_without_keys() {
    let secret = d(&format!(
        r#"
        apiVersion: v1
        kind: Secret
        metadata:
          name: api-tls
          namespace: prod
        type: Opaque
        data:
          password: {}
        "#,
        b64("hunter2")
    ));
    let yaml = pod_with_secret_volume(&secret, &secret_volume_mode("0644"));
    let findings = scan_yaml("pod.yaml", &yaml);
    no(&findings, "loose-key-permissions");
    assert!(
        findings.iter().any(|f| f
            .object
            .as_deref()
            .is_some_and(|o| o.starts_with("Pod/prod/api"))),
        "{findings:#?}"
    );
}

#[test]
fn loose_key_permissions_opaque_secret_holding_a_key() {
    let secret = tls_secret(
        "api-tls",
        Some("prod"),
        "Opaque",
        &[("server.pem", "server.key")],
    );
    let yaml = pod_with_secret_volume(&secret, &secret_volume_mode("0644"));
    let f = one(&scan_yaml("pod.yaml", &yaml), "loose-key-permissions");
    assert_finding(
        &f,
        "loose-key-permissions",
        locate(&yaml, "0644"),
        "high",
        "0644",
    );
}

// ---------------------------------------------------------------------------------------------
// loose-key-permissions: Compose secrets
// ---------------------------------------------------------------------------------------------

fn compose_secret_mode(mode: &str, file: &str) -> String {
    format!(
        "services:\n  api:\n    image: api:1\n    secrets:\n      - source: server_key\n        \
         target: server.key\n        mode: {mode}\nsecrets:\n  server_key:\n    file: {file}\n"
    )
}

#[test]
fn loose_key_permissions_compose_secret_mode() {
    let compose = compose_secret_mode("0644", "./certs/server.key");
    let tree = Tree::new();
    tree.text("docker-compose.yml", &compose)
        .copy("server.key", "certs/server.key")
        .chmod("certs/server.key", 0o600);
    let findings = tree.scan();
    let f = one(&findings, "loose-key-permissions");
    assert_finding(&f, "loose-key-permissions", (7, 15), "high", "0644");
    assert_eq!(f.path, "docker-compose.yml");
    assert!(f.message.contains("`server_key`"), "{f:#?}");
    assert!(f.message.contains("service `api`"), "{f:#?}");
    assert_eq!(f.object.as_deref(), Some("services.api"));
}

#[test]
fn loose_key_permissions_compose_config_mode() {
    let compose = concat!(
        "services:\n",
        "  api:\n",
        "    image: api:1\n",
        "    configs:\n",
        "      - source: tls_key\n",
        "        target: /etc/tls/server.key\n",
        "        mode: 0644\n",
        "configs:\n",
        "  tls_key:\n",
        "    file: ./certs/server.key\n",
    );
    let tree = Tree::new();
    tree.text("compose.yaml", compose)
        .copy("server.key", "certs/server.key")
        .chmod("certs/server.key", 0o600);
    let f = one(&tree.scan(), "loose-key-permissions");
    assert_finding(&f, "loose-key-permissions", (7, 15), "high", "0644");
    assert_eq!(f.path, "compose.yaml");
    assert_eq!(f.object.as_deref(), Some("services.api"));
}

#[test]
fn loose_key_permissions_compose_secret_file_outside_the_tree_by_name() {
    let tree = Tree::new();
    tree.text(
        "docker-compose.yml",
        &compose_secret_mode("0644", "/srv/keys/server.key"),
    );
    let f = one(&tree.scan(), "loose-key-permissions");
    assert_finding(&f, "loose-key-permissions", (7, 15), "high", "0644");
}

#[test]
fn loose_key_permissions_compose_tight_modes_pass() {
    for mode in ["0400", "0440", "0600"] {
        let tree = Tree::new();
        tree.text(
            "docker-compose.yml",
            &compose_secret_mode(mode, "./certs/server.key"),
        )
        .copy("server.key", "certs/server.key")
        .chmod("certs/server.key", 0o600);
        let findings = tree.scan();
        no(&findings, "loose-key-permissions");
        one_on(&findings, "private-key-unencrypted", "certs/server.key");
    }
}

#[test]
fn loose_key_permissions_compose_secret_that_is_a_certificate() {
    let tree = Tree::new();
    tree.text(
        "docker-compose.yml",
        &compose_secret_mode("0644", "./certs/server.crt"),
    )
    .copy("server.crt", "certs/server.crt");
    no(&tree.scan(), "loose-key-permissions");
}

// ---------------------------------------------------------------------------------------------
// loose-key-permissions: modes on disk
// ---------------------------------------------------------------------------------------------

fn key_with_mode(mode: u32) -> Tree {
    let tree = Tree::new();
    tree.fixture("server.key").chmod("server.key", mode);
    tree
}

#[test]
fn loose_key_permissions_on_disk_world_readable() {
    let findings = key_with_mode(0o644).scan();
    let f = one(&findings, "loose-key-permissions");
    assert_eq!(f.path, "server.key");
    assert_finding(&f, "loose-key-permissions", (1, 1), "high", "0644");
    assert!(f.message.contains("0600"), "{f:#?}");
}

#[test]
fn loose_key_permissions_on_disk_group_writable() {
    let f = one(&key_with_mode(0o660).scan(), "loose-key-permissions");
    assert_finding(&f, "loose-key-permissions", (1, 1), "high", "0660");
}

#[test]
fn loose_key_permissions_on_disk_openssh_key() {
    let tree = fixtures(&["openssh/id_ed25519", "openssh/id_ed25519.pub"]);
    let findings = tree.scan();
    let f = one(&findings, "loose-key-permissions");
    assert_eq!(f.path, "openssh/id_ed25519");
    assert_finding(&f, "loose-key-permissions", (1, 1), "high", "0644");
}

#[test]
fn loose_key_permissions_on_disk_tight_modes_pass() {
    for mode in [0o600, 0o640, 0o400, 0o440] {
        let findings = key_with_mode(mode).scan();
        no(&findings, "loose-key-permissions");
        one(&findings, "private-key-unencrypted");
    }
}

#[test]
fn loose_key_permissions_on_disk_not_for_certificates() {
    let tree = fixtures(&["server.crt"]);
    tree.chmod("server.crt", 0o666);
    no(&tree.scan(), "loose-key-permissions");
}

#[test]
fn loose_key_permissions_on_disk_not_in_a_git_work_tree() {
    let tree = key_with_mode(0o644);
    tree.git();
    let findings = tree.scan();
    no(&findings, "loose-key-permissions");
    one(&findings, "private-key-unencrypted");

    // Also for a key deeper in the work tree.
    let tree = Tree::new();
    tree.git()
        .copy("server.key", "deploy/certs/server.key")
        .chmod("deploy/certs/server.key", 0o644);
    no(&tree.scan(), "loose-key-permissions");
}

// ---------------------------------------------------------------------------------------------
// key-material-writable-mount
// ---------------------------------------------------------------------------------------------

fn compose_with_certs(compose: &str) -> Tree {
    let tree = Tree::new();
    tree.text("docker-compose.yml", &d(compose))
        .fixture("server.crt")
        .copy("server.crt", "certs/server.crt")
        .copy("server.key", "certs/server.key")
        .chmod("certs/server.key", 0o600);
    tree
}

#[test]
fn key_material_writable_mount_compose_bind() {
    let tree = compose_with_certs(
        r#"
        services:
          api:
            image: api:1
            volumes:
              - ./certs:/app/certs
        "#,
    );
    let findings = tree.scan();
    let f = one(&findings, "key-material-writable-mount");
    assert_finding(
        &f,
        "key-material-writable-mount",
        (5, 9),
        "high",
        "`/app/certs`",
    );
    assert_eq!(f.path, "docker-compose.yml");
    assert!(f.message.contains("certs/server.key"), "{f:#?}");
    assert!(f.message.contains("service `api`"), "{f:#?}");
    assert_eq!(f.object.as_deref(), Some("services.api"));
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "certs/server.key");
    assert_eq!((f.related[0].line, f.related[0].column), (1, 1));
}

#[test]
fn key_material_writable_mount_compose_long_syntax_writable() {
    let tree = compose_with_certs(
        r#"
        services:
          api:
            image: api:1
            volumes:
              - type: bind
                source: ./certs
                target: /app/certs
        "#,
    );
    let f = one(&tree.scan(), "key-material-writable-mount");
    // At the mounted source.
    assert_finding(
        &f,
        "key-material-writable-mount",
        (6, 17),
        "high",
        "`/app/certs`",
    );
    assert_eq!(f.related[0].path, "certs/server.key");
}

#[test]
fn key_material_writable_mount_compose_read_only_passes() {
    for compose in [
        r#"
        services:
          api:
            image: api:1
            volumes:
              - ./certs:/app/certs:ro
        "#,
        r#"
        services:
          api:
            image: api:1
            volumes:
              - type: bind
                source: ./certs
                target: /app/certs
                read_only: true
        "#,
    ] {
        let findings = compose_with_certs(compose).scan();
        no(&findings, "key-material-writable-mount");
        // The service was read.
        assert!(
            findings
                .iter()
                .any(|f| f.object.as_deref() == Some("services.api")),
            "{findings:#?}"
        );
    }
}

#[test]
fn key_material_writable_mount_not_for_key_writers_or_key_less_dirs() {
    let tree = compose_with_certs(
        r#"
        services:
          certbot:
            image: certbot/certbot:v2.11.0
            volumes:
              - ./certs:/etc/letsencrypt
          web:
            image: web:1
            volumes:
              - ./src:/app/src
        "#,
    );
    tree.text("src/index.js", "console.log('hi');\n");
    let findings = tree.scan();
    no(&findings, "key-material-writable-mount");
    assert!(
        findings
            .iter()
            .any(|f| f.object.as_deref() == Some("services.certbot")),
        "{findings:#?}"
    );
}

fn pod_with_key_dir(volume: &str, read_only: bool, mount_path: &str) -> String {
    let mut yaml = d(&format!(
        r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          namespace: prod
        spec:
          containers:
            - name: api
              image: api:1
              env:
                - name: TLS_KEY_FILE
                  value: /etc/tls/server.key
              volumeMounts:
                - name: tls
                  mountPath: {mount_path}
        "#
    ));
    if read_only {
        yaml.push_str("          readOnly: true\n");
    }
    yaml.push_str("  volumes:\n    - name: tls\n");
    yaml.push_str(volume);
    yaml
}

#[test]
fn key_material_writable_mount_kubernetes_empty_dir_where_keys_are_loaded() {
    let yaml = pod_with_key_dir("      emptyDir: {}\n", false, "/etc/tls");
    let findings = scan_yaml("pod.yaml", &yaml);
    let f = one(&findings, "key-material-writable-mount");
    assert_finding(
        &f,
        "key-material-writable-mount",
        (14, 11),
        "high",
        "/etc/tls/server.key",
    );
    assert!(f.message.contains("`/etc/tls`"), "{f:#?}");
    assert!(f.message.contains("container `api`"), "{f:#?}");
    assert_eq!(f.object.as_deref(), Some("Pod/prod/api:api"));
}

#[test]
fn key_material_writable_mount_kubernetes_pvc_and_host_path() {
    let yaml = pod_with_key_dir(
        "      persistentVolumeClaim:\n        claimName: tls\n",
        false,
        "/etc/tls",
    );
    let f = one(&scan_yaml("pod.yaml", &yaml), "key-material-writable-mount");
    assert_finding(
        &f,
        "key-material-writable-mount",
        (14, 11),
        "high",
        "`/etc/tls`",
    );

    let yaml = pod_with_key_dir(
        "      hostPath:\n        path: /srv/tls\n",
        false,
        "/etc/tls",
    );
    let findings = scan_yaml("pod.yaml", &yaml);
    let f = one(&findings, "key-material-writable-mount");
    // At the host path, the mounted source.
    assert_finding(
        &f,
        "key-material-writable-mount",
        locate(&yaml, "/srv/tls"),
        "high",
        "`/etc/tls`",
    );
}

#[test]
fn key_material_writable_mount_compose_named_volume_where_keys_are_loaded() {
    let findings = scan_with(
        &[(
            "docker-compose.yml",
            &d(r#"
                services:
                  api:
                    image: api:1
                    environment:
                      TLS_KEY_FILE: /etc/tls/server.key
                    volumes:
                      - tlsdata:/etc/tls
                volumes:
                  tlsdata: {}
                "#),
        )],
        &pinned(),
    );
    let f = one(&findings, "key-material-writable-mount");
    assert_finding(
        &f,
        "key-material-writable-mount",
        (7, 9),
        "high",
        "/etc/tls/server.key",
    );
    assert_eq!(f.object.as_deref(), Some("services.api"));
    assert!(f.related.is_empty(), "{f:#?}");
}

#[test]
fn key_material_writable_mount_compose_explicit_rw() {
    let tree = compose_with_certs(
        r#"
        services:
          api:
            image: api:1
            volumes:
              - ./certs:/app/certs:rw
        "#,
    );
    let f = one(&tree.scan(), "key-material-writable-mount");
    assert_finding(
        &f,
        "key-material-writable-mount",
        (5, 9),
        "high",
        "`/app/certs`",
    );
}

#[test]
fn key_material_writable_mount_kubernetes_negatives() {
    for (volume, read_only, mount_path) in [
        // readOnly: true.
        ("      emptyDir: {}\n", true, "/etc/tls"),
        // Secret volumes are read-only whatever the mount says.
        (
            "      secret:\n        secretName: api-tls\n",
            false,
            "/etc/tls",
        ),
        (
            "      configMap:\n        name: api-tls\n",
            false,
            "/etc/tls",
        ),
        // The key is loaded from elsewhere: `/etc/tl` is not a parent of /etc/tls/server.key.
        ("      emptyDir: {}\n", false, "/etc/tl"),
        ("      emptyDir: {}\n", false, "/var/cache"),
    ] {
        let yaml = pod_with_key_dir(volume, read_only, mount_path);
        let findings = scan_yaml("pod.yaml", &yaml);
        no(&findings, "key-material-writable-mount");
        assert!(
            findings
                .iter()
                .any(|f| f.object.as_deref() == Some("Pod/prod/api:api")),
            "{findings:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Command line: --now, --expiry-days
// ---------------------------------------------------------------------------------------------

fn caulk_in(tree: &Tree) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("caulk");
    cmd.current_dir(tree.root()).env_remove("NO_COLOR");
    cmd
}

fn run_json(cmd: &mut assert_cmd::Command) -> (i32, Value) {
    let output = cmd.output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let report = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code().expect("exit code"), report)
}

fn rules_of(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cli_now_pins_certificate_expired() {
    let tree = fixtures(&["expired.crt"]);
    let (code, report) = run_json(caulk_in(&tree).args([
        "audit",
        ".",
        "--now",
        "2026-06-01T00:00:00Z",
        "--format",
        "json",
    ]));
    assert_eq!(code, 1, "{report:#}");
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    let f = &findings[0];
    assert_eq!(f["rule"], "certificate-expired");
    assert_eq!(f["severity"], "high");
    assert_eq!(f["path"], "expired.crt");
    assert_eq!(f["line"], 1);
    assert_eq!(f["column"], 1);
    assert!(
        f["message"].as_str().unwrap().contains("2026-03-01"),
        "{f:#}"
    );
}

#[test]
fn cli_now_before_expiry() {
    let tree = fixtures(&["expired.crt"]);
    let (code, report) = run_json(caulk_in(&tree).args([
        "audit",
        ".",
        "--now",
        "2025-09-01T00:00:00Z",
        "--format",
        "json",
    ]));
    assert_eq!(code, 0, "{report:#}");
    assert!(rules_of(&report).is_empty(), "{report:#}");
}

#[test]
fn cli_now_with_an_offset() {
    // 2026-03-01T01:00:00+02:00 is 2026-02-28T23:00Z: an hour before notAfter.
    let tree = fixtures(&["expired.crt"]);
    let (code, report) = run_json(caulk_in(&tree).args([
        "audit",
        ".",
        "--now",
        "2026-03-01T01:00:00+02:00",
        "--format",
        "json",
    ]));
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(rules_of(&report), ["certificate-expiring-soon"]);
}

#[test]
fn cli_now_date_only() {
    let tree = fixtures(&["expired.crt"]);
    let (code, report) =
        run_json(caulk_in(&tree).args(["audit", ".", "--now", "2026-06-01", "--format", "json"]));
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(rules_of(&report), ["certificate-expired"]);
}

#[test]
fn cli_now_not_a_date_is_a_usage_error() {
    let tree = fixtures(&["expired.crt"]);
    let output = caulk_in(&tree)
        .args(["audit", ".", "--now", "not-a-date", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("RFC 3339"), "{stderr}");
    assert!(stderr.contains("not-a-date"), "{stderr}");
}

#[test]
fn cli_expiry_days() {
    let tree = fixtures(&["expiring.crt"]);
    let base = [
        "audit",
        ".",
        "--now",
        "2026-06-01T00:00:00Z",
        "--format",
        "json",
    ];
    let (code, report) = run_json(caulk_in(&tree).args(base));
    assert_eq!(code, 0, "medium is below the default --fail-on: {report:#}");
    assert_eq!(rules_of(&report), ["certificate-expiring-soon"]);
    assert_eq!(report["findings"][0]["severity"], "medium");

    let (code, report) = run_json(caulk_in(&tree).args(base).args(["--expiry-days", "10"]));
    assert_eq!(code, 0, "{report:#}");
    assert!(rules_of(&report).is_empty(), "{report:#}");
}

#[test]
fn human_report_never_prints_a_private_key() {
    // The report goes to terminals and CI logs: it must not copy the keys it warns about.
    let key = fixture("server.key");
    let secret = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.key: {}\n",
        b64(&key)
    );
    let tree = Tree::new();
    tree.fixture("server.key")
        .text("secret.yaml", &secret)
        .text(
            "Dockerfile",
            "FROM node:22\nUSER node\nCOPY server.key /app/\n",
        );
    let output = caulk_in(&tree)
        .args(["audit", ".", "--no-color", "--now", "2026-06-01T00:00:00Z"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("error[private-key-unencrypted]"),
        "{stdout}"
    );
    assert!(stdout.contains("error[private-key-in-image]"), "{stdout}");
    assert!(stdout.contains("-----BEGIN PRIVATE KEY-----"), "{stdout}");
    for line in key.lines().filter(|l| !l.starts_with("-----")) {
        assert!(
            !stdout.contains(line),
            "key body line printed: {line}\n{stdout}"
        );
    }
    let encoded = b64(&key);
    assert!(
        !stdout.contains(&encoded[..40]),
        "Secret value printed:\n{stdout}"
    );
    assert!(stdout.contains("tls.key: ********"), "{stdout}");
}

// ---------------------------------------------------------------------------------------------
// private-key-in-image, and keys given loose modes in images
// ---------------------------------------------------------------------------------------------

/// A tree with a key and a certificate in `certs/` and the given Dockerfile.
fn image_tree(dockerfile: &str) -> Tree {
    let tree = Tree::new();
    tree.copy("server.key", "certs/server.key")
        .copy("server.crt", "certs/server.crt")
        .text("Dockerfile", dockerfile)
        .git();
    tree
}

#[test]
fn private_key_in_image_through_a_directory_copy() {
    let dockerfile = "FROM node:22\nUSER node\nCOPY certs/ /app/certs/\n";
    let findings = image_tree(dockerfile).scan();
    let f = one(&findings, "private-key-in-image");
    assert_finding(
        &f,
        "private-key-in-image",
        (3, 6),
        "high",
        "copies the private key certs/server.key (at /app/certs/server.key) into the image",
    );
    assert_eq!(f.path, "Dockerfile");
    assert_eq!(f.object.as_deref(), Some("stage 0"));
    assert_eq!(f.related[0].path, "certs/server.key");
    // Keys are judged by content: the certificate beside it is not a key.
    assert!(!f.message.contains("server.crt"), "{f:#?}");
}

#[test]
fn private_key_in_image_glob_and_dockerignore() {
    let findings = image_tree("FROM node:22\nCOPY certs/*.key /app/\n").scan();
    one(&findings, "private-key-in-image");
    // Excluded by .dockerignore: the copy carries only the certificate.
    let tree = image_tree("FROM node:22\nCOPY certs /app/certs\n");
    tree.text(".dockerignore", "**/*.key\n");
    no(&tree.scan(), "private-key-in-image");
    // An exception brings it back.
    tree.text(".dockerignore", "**/*.key\n!certs/server.key\n");
    one(&tree.scan(), "private-key-in-image");
}

#[test]
fn private_key_in_a_build_stage_only_is_not_in_the_image() {
    let dockerfile = "FROM golang:1.23 AS build\nCOPY . /src\nRUN go build -o /out/app /src\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\n";
    no(&image_tree(dockerfile).scan(), "private-key-in-image");
    // Copied on from the build stage, it is in the image: reported at the final COPY.
    let dockerfile = "FROM alpine AS build\nCOPY certs /certs\n\nFROM alpine\nCOPY --from=build /certs /etc/app/certs\n";
    let f = one(&image_tree(dockerfile).scan(), "private-key-in-image");
    assert_eq!(f.at(), (5, 19));
    assert!(f.message.contains("/etc/app/certs/server.key"), "{f:#?}");
}

#[test]
fn private_key_in_image_by_name_when_the_file_is_not_in_the_context() {
    let tree = Tree::new();
    tree.text(
        "Dockerfile",
        "FROM alpine\nCOPY id_ed25519 /root/.ssh/id_ed25519\nCOPY README.md /\n",
    )
    .git();
    let f = one(&tree.scan(), "private-key-in-image");
    assert_finding(
        &f,
        "private-key-in-image",
        (2, 6),
        "high",
        "its name says private key",
    );
}

#[test]
fn private_key_in_image_context_from_a_parent_directory() {
    // `docker build -f deploy/Dockerfile .`: the sources are relative to the repository root.
    let tree = Tree::new();
    tree.copy("server.key", "certs/server.key")
        .text(
            "deploy/Dockerfile",
            "FROM alpine\nCOPY certs/server.key /etc/app/\n",
        )
        .git();
    let f = one(&tree.scan(), "private-key-in-image");
    assert!(
        f.message
            .contains("certs/server.key (at /etc/app/server.key)"),
        "{f:#?}"
    );
    assert_eq!(f.related[0].path, "certs/server.key");
}

#[test]
fn encrypted_key_in_image_is_low() {
    let tree = Tree::new();
    tree.copy("encrypted-pkcs8.key", "signing.key")
        .text("Dockerfile", "FROM alpine\nCOPY signing.key /etc/app/\n")
        .git();
    let f = one(&tree.scan(), "private-key-in-image");
    assert_finding(
        &f,
        "private-key-in-image",
        (2, 6),
        "low",
        "encrypted private key",
    );
}

#[test]
fn ca_key_copied_into_an_image() {
    let tree = Tree::new();
    tree.fixture("ca.crt")
        .fixture("ca.key")
        .text("Dockerfile", "FROM alpine\nCOPY ca.crt ca.key /etc/pki/\n")
        .git();
    let findings = tree.scan();
    let f = one_on(&findings, "ca-key-exposed", "Dockerfile");
    assert_finding(
        &f,
        "ca-key-exposed",
        (2, 13),
        "critical",
        "copies the CA private key ca.key",
    );
    one_on(&findings, "ca-key-exposed", "ca.key");
    one_on(&findings, "private-key-in-image", "Dockerfile");
}

#[test]
fn loose_key_permissions_in_images() {
    let f = one(
        &image_tree("FROM alpine\nCOPY --chmod=644 certs/server.key /app/server.key\n").scan(),
        "loose-key-permissions",
    );
    assert_finding(&f, "loose-key-permissions", (2, 14), "high", "mode 0644");
    no(
        &image_tree("FROM alpine\nCOPY --chmod=600 certs/server.key /app/server.key\n").scan(),
        "loose-key-permissions",
    );
    // RUN chmod on the key, by glob, and recursively over its directory.
    for run in [
        "RUN chmod 644 /app/certs/server.key",
        "RUN chmod 0644 /app/certs/*.key",
        "RUN chmod -R 755 /app",
        "RUN chown -R node /app && chmod -R a+r /app/certs",
    ] {
        let dockerfile = format!("FROM alpine\nCOPY certs /app/certs\n{run}\n");
        let f = one(&image_tree(&dockerfile).scan(), "loose-key-permissions");
        assert_eq!(f.line, 3, "{run}: {f:#?}");
        assert!(f.message.contains("/app/certs/server.key"), "{run}: {f:#?}");
    }
    // Tight modes, a chmod of other files, and a non-recursive chmod of the directory pass.
    for run in [
        "RUN chmod 600 /app/certs/server.key",
        "RUN chmod 644 /app/certs/server.crt",
        "RUN chmod 755 /app/certs",
        "RUN chmod -R go-rwx /app/certs",
    ] {
        let dockerfile = format!("FROM alpine\nCOPY certs /app/certs\n{run}\n");
        no(&image_tree(&dockerfile).scan(), "loose-key-permissions");
    }
}
