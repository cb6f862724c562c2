//! The scenario repositories in `testdata/scenarios/` (a NestJS, a Koa and a Go chi service
//! talking mutual TLS) and the TLS fixtures in `testdata/tls/` against their reviewed JSON
//! reports. Each `expected.json` was read
//! finding by finding against the scenario's README before it was committed; a change in what
//! caulk reports there shows up here as a diff to review.
//!
//! After an intended change: `UPDATE_SNAPSHOTS=1 cargo test --test scenarios`, then review
//! the diff of `testdata/scenarios/*/expected.json`.

use std::path::{Path, PathBuf};

use caulk::{AuditOptions, audit, report};

/// 2026-06-01T00:00:00Z: the scenarios' certificates are dated around it.
const NOW: i64 = 1_780_272_000;

fn check(name: &str) {
    check_dir(&PathBuf::from("testdata/scenarios").join(name));
}

fn check_dir(dir: &Path) {
    let name = dir.display().to_string();
    let dir = dir.to_path_buf();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Paths in the report are relative to the current directory, which cargo sets to the
    // crate root for integration tests.
    assert_eq!(std::env::current_dir().unwrap(), root);
    let options = AuditOptions {
        now: Some(NOW),
        ..AuditOptions::default()
    };
    let report = audit(std::slice::from_ref(&dir), &options).unwrap();
    let actual = report::json::render(&report);
    let expected_path = root.join(&dir).join("expected.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&expected_path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_SNAPSHOTS=1 cargo test --test scenarios",
            expected_path.display()
        )
    });
    if actual != expected {
        let actual_lines: Vec<&str> = actual.lines().collect();
        let expected_lines: Vec<&str> = expected.lines().collect();
        let first = actual_lines
            .iter()
            .zip(&expected_lines)
            .position(|(a, e)| a != e)
            .unwrap_or(actual_lines.len().min(expected_lines.len()));
        panic!(
            "{name}: the report differs from expected.json from line {}:\n  expected: {}\n  actual:   {}",
            first + 1,
            expected_lines.get(first).unwrap_or(&"<end>"),
            actual_lines.get(first).unwrap_or(&"<end>")
        );
    }
}

#[test]
fn nestjs_orders() {
    check("nestjs-orders");
}

#[test]
fn koa_payments() {
    check("koa-payments");
}

#[test]
fn chi_inventory() {
    check("chi-inventory");
}

// TLS settings in code, environments and Kubernetes objects: each directory's README lists
// what a reviewer expects, and `expected.json` was checked against it.

#[test]
fn tls_javascript() {
    check_dir(Path::new("testdata/tls/js"));
}

#[test]
fn tls_go() {
    check_dir(Path::new("testdata/tls/go"));
}

#[test]
fn tls_kubernetes_objects() {
    check_dir(Path::new("testdata/tls/k8s"));
}

#[test]
fn tls_environments() {
    check_dir(Path::new("testdata/tls/env"));
}
