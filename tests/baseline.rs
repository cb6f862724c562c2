//! `--baseline FILE` / `--write-baseline FILE` (cli.md), through the command line.

mod common;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

use common::{d, write_tree};

/// One finding: `host-network` (high) at 8:19.
const ONE_FINDING: &str = r#"
    services:
      web:
        image: nginx:1.27
        user: "1000:1000"
        read_only: true
        cap_drop: [ALL]
        security_opt: ["no-new-privileges:true"]
        network_mode: host
"#;

/// A second service with the same finding.
const SECOND_SERVICE: &str = r#"
      worker:
        image: worker:1
        user: "1000:1000"
        read_only: true
        cap_drop: [ALL]
        security_opt: ["no-new-privileges:true"]
        network_mode: host
"#;

fn tree(compose: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("docker-compose.yml", compose)]);
    dir
}

fn caulk(dir: &TempDir) -> Command {
    let mut cmd = cargo_bin_cmd!("caulk");
    cmd.current_dir(dir.path()).env("NO_COLOR", "1");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().unwrap();
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn findings(run: &Run) -> Vec<Value> {
    let report: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr));
    report["findings"].as_array().unwrap().clone()
}

fn write_baseline(dir: &TempDir) -> Value {
    let written = run(caulk(dir).args(["audit", ".", "--write-baseline", "baseline.json"]));
    assert_eq!(
        written.code, 1,
        "the finding is still reported: {}",
        written.stderr
    );
    let text = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn baseline_file_format() {
    let dir = tree(&d(ONE_FINDING));
    let baseline = write_baseline(&dir);
    assert_eq!(baseline["version"], 1);
    assert_eq!(baseline["tool"], "caulk");
    let entries = baseline["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{baseline:#}");
    let entry = &entries[0];
    assert_eq!(entry["rule"], "host-network");
    assert_eq!(entry["path"], "docker-compose.yml");
    assert_eq!(entry["line"], 8);
    assert!(entry["fingerprint"].as_str().is_some_and(|f| f.len() >= 16));
    assert!(entry["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn baseline_survives_line_shifts_and_reports_new_findings() {
    let dir = tree(&d(ONE_FINDING));
    write_baseline(&dir);

    // Ten lines above the finding.
    let shifted = format!("{}{}", "# comment\n".repeat(10), d(ONE_FINDING));
    write_tree(dir.path(), &[("docker-compose.yml", &shifted)]);
    let again = run(caulk(&dir).args(["audit", ".", "--baseline", "baseline.json"]));
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert!(
        again
            .stdout
            .contains("caulk: no findings in 1 files; 1 in the baseline"),
        "{}",
        again.stdout
    );
    let json = run(caulk(&dir).args([
        "audit",
        ".",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
    ]));
    assert!(findings(&json).is_empty(), "{}", json.stdout);

    // A second finding of the same rule in the same file: exactly that one is reported.
    let grown = format!(
        "{}{}",
        "# comment\n".repeat(10),
        d(&format!("{ONE_FINDING}{SECOND_SERVICE}"))
    );
    let worker_line = grown
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("network_mode: host"))
        .map(|(i, _)| i + 1)
        .last()
        .unwrap();
    write_tree(dir.path(), &[("docker-compose.yml", &grown)]);
    let json = run(caulk(&dir).args([
        "audit",
        ".",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
    ]));
    assert_eq!(json.code, 1, "{}", json.stderr);
    let reported = findings(&json);
    assert_eq!(reported.len(), 1, "{}", json.stdout);
    assert_eq!(reported[0]["rule"], "host-network");
    assert_eq!(reported[0]["line"], worker_line, "{}", json.stdout);
    let human = run(caulk(&dir).args(["audit", ".", "--baseline", "baseline.json"]));
    assert!(
        human
            .stdout
            .contains("caulk: 1 finding (1 high) in 1 files; 1 in the baseline"),
        "{}",
        human.stdout
    );
}

/// Each entry hides one finding: a copy of a baselined line is reported.
#[test]
fn identical_finding_is_reported_once_more() {
    let pod = |containers: usize| {
        let mut text = d(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              hostNetwork: true
              containers:
        "#);
        for _ in 0..containers {
            text.push_str("    - name: app\n      image: app:1\n");
        }
        text
    };
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("pod.yaml", &pod(1))]);
    let before = run(caulk(&dir).args([
        "audit",
        ".",
        "--format",
        "json",
        "--write-baseline",
        "baseline.json",
    ]));
    let recorded = findings(&before).len();
    assert!(recorded > 0);
    write_tree(dir.path(), &[("pod.yaml", &pod(2))]);
    let after = run(caulk(&dir).args([
        "audit",
        ".",
        "--format",
        "json",
        "--baseline",
        "baseline.json",
    ]));
    let reported = findings(&after);
    let second = pod(2)
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("- name: app"))
        .map(|(i, _)| i as u64 + 1)
        .last()
        .unwrap();
    // The second container `app` has the same object and text as the first: its findings are
    // new ones, not hidden by the first container's entries.
    let per_container = findings(&before)
        .iter()
        .filter(|f| f["line"].as_u64() == Some(second - 2))
        .count();
    assert!(per_container > 0 && per_container < recorded);
    assert_eq!(reported.len(), per_container, "{}", after.stdout);
    assert!(
        reported.iter().all(|f| f["line"].as_u64() == Some(second)),
        "{}",
        after.stdout
    );
}

#[test]
fn malformed_baseline_exits_2() {
    let dir = tree(&d(ONE_FINDING));
    for (name, text) in [
        ("not-json.json", "this is not json"),
        (
            "wrong-version.json",
            r#"{"version": 7, "tool": "caulk", "findings": []}"#,
        ),
        ("no-findings.json", r#"{"version": 1, "tool": "caulk"}"#),
        ("array.json", "[]"),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
        let out = run(caulk(&dir).args(["audit", ".", "--baseline", name]));
        assert_eq!(out.code, 2, "{name}: {}", out.stderr);
        assert!(out.stderr.contains(name), "{name}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{name}: {}", out.stdout);
    }
    let missing = run(caulk(&dir).args(["audit", ".", "--baseline", "missing.json"]));
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("missing.json"),
        "{}",
        missing.stderr
    );
}

#[test]
fn empty_baseline_hides_nothing() {
    let dir = tree(&d(ONE_FINDING));
    std::fs::write(
        dir.path().join("baseline.json"),
        r#"{"version": 1, "tool": "caulk", "findings": []}"#,
    )
    .unwrap();
    let out = run(caulk(&dir).args(["audit", ".", "--baseline", "baseline.json"]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("in the baseline"), "{}", out.stdout);
}

/// The baseline file is the same bytes for the same findings, whatever their lines.
#[test]
fn baseline_is_sorted_and_stable() {
    let dir = tree(&d(&format!("{ONE_FINDING}{SECOND_SERVICE}")));
    write_baseline(&dir);
    let first = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    write_baseline(&dir);
    let second = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    assert_eq!(first, second);
    let value: Value = serde_json::from_str(&first).unwrap();
    let keys: Vec<(String, String, String)> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_string(),
                e["rule"].as_str().unwrap().to_string(),
                e["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys.len(), 2);
}
