//! The command-line contract of cli.md: exit codes, filters, report formats, discovery.

mod common;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

use common::{d, write_tree};

/// Every rule of rules.md's "Runtime isolation" table and `parse-error`, with its default
/// severity.
const RULES: &[(&str, &str)] = &[
    ("run-as-root", "high"),
    ("privileged-container", "critical"),
    ("privilege-escalation-allowed", "medium"),
    ("dangerous-capability", "high"),
    ("capabilities-not-dropped", "low"),
    ("runtime-socket-mount", "critical"),
    ("sensitive-host-mount", "high"),
    ("host-path-mount", "low"),
    ("host-network", "high"),
    ("host-pid", "high"),
    ("host-ipc", "high"),
    ("host-user-namespace", "medium"),
    ("writable-root-filesystem", "medium"),
    ("seccomp-profile-not-set", "low"),
    ("seccomp-unconfined", "high"),
    ("apparmor-unconfined", "high"),
    ("host-device", "high"),
    ("unmasked-proc-mount", "high"),
    ("unsafe-sysctl", "medium"),
    ("service-account-token-mounted", "low"),
    ("parse-error", "medium"),
];

/// A Compose service with no finding at all.
const CLEAN: &str = r#"
    services:
      web:
        image: nginx:1.27
        user: "1000:1000"
        read_only: true
        cap_drop: [ALL]
        security_opt: ["no-new-privileges:true"]
"#;

/// Only one finding: `host-network` (high) at 8:19.
const HIGH_ONLY: &str = r#"
    services:
      web:
        image: nginx:1.27
        user: "1000:1000"
        read_only: true
        cap_drop: [ALL]
        security_opt: ["no-new-privileges:true"]
        network_mode: host
"#;

/// Only one finding: `writable-root-filesystem` (medium) at the service key.
const MEDIUM_ONLY: &str = r#"
    services:
      web:
        image: nginx:1.27
        user: "1000:1000"
        cap_drop: [ALL]
        security_opt: ["no-new-privileges:true"]
"#;

/// Findings from critical down to low.
const MIXED: &str = r#"
    services:
      web:
        image: nginx:1.27
        privileged: true
        network_mode: host
        volumes:
          - /srv/data:/data:ro
"#;

const PRIVILEGED_POD: &str = r#"
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
        - name: app
          image: app:1
          securityContext:
            privileged: true
"#;

fn tree(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<(&str, String)> = files.iter().map(|(p, t)| (*p, d(t))).collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    write_tree(dir.path(), &borrowed);
    dir
}

/// `caulk` run inside the tree, so that reported paths are relative to it.
fn caulk(dir: &TempDir) -> Command {
    let mut cmd = cargo_bin_cmd!("caulk");
    cmd.current_dir(dir.path()).env_remove("NO_COLOR");
    cmd
}

fn exit_code(cmd: &mut Command) -> i32 {
    cmd.output().unwrap().status.code().expect("exit code")
}

fn json(cmd: &mut Command) -> Value {
    let output = cmd.output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// `(line, column)` of a finding or related location.
fn position(v: &Value) -> (u64, u64) {
    (v["line"].as_u64().unwrap(), v["column"].as_u64().unwrap())
}

fn rules_of(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Exit codes
// ---------------------------------------------------------------------------------------------

#[test]
fn exit_0_without_findings() {
    let dir = tree(&[("docker-compose.yml", CLEAN)]);
    caulk(&dir)
        .args(["audit", ".", "--no-color"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("caulk: no findings in 1 files"));
}

#[test]
fn exit_0_when_no_path_is_given_scans_the_current_directory() {
    let dir = tree(&[("docker-compose.yml", CLEAN)]);
    caulk(&dir).arg("audit").assert().code(0);
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    caulk(&dir).arg("audit").assert().code(1);
}

#[test]
fn exit_1_with_a_high_finding() {
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    assert_eq!(rules_of(&report), ["host-network"]);
    caulk(&dir).args(["audit", "."]).assert().code(1);
}

#[test]
fn fail_on_none_never_fails_on_findings() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    caulk(&dir)
        .args(["audit", ".", "--fail-on", "none"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("[privileged-container]"));
}

#[test]
fn fail_on_critical_with_only_high_findings() {
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    caulk(&dir)
        .args(["audit", ".", "--fail-on", "critical"])
        .assert()
        .code(0);
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    caulk(&dir)
        .args(["audit", ".", "--fail-on", "critical"])
        .assert()
        .code(1);
}

#[test]
fn fail_on_threshold_is_inclusive() {
    let dir = tree(&[("docker-compose.yml", MEDIUM_ONLY)]);
    assert_eq!(exit_code(caulk(&dir).args(["audit", "."])), 0);
    assert_eq!(
        exit_code(caulk(&dir).args(["audit", ".", "--fail-on", "medium"])),
        1
    );
    assert_eq!(
        exit_code(caulk(&dir).args(["audit", ".", "--fail-on", "low"])),
        1
    );
}

#[test]
fn nonexistent_path_exits_2_with_a_message() {
    let dir = tree(&[("docker-compose.yml", CLEAN)]);
    caulk(&dir)
        .args(["audit", "does-not-exist"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("does-not-exist"))
        .stderr(predicates::str::contains("no such file or directory"));
}

#[test]
fn unknown_rule_in_select_or_ignore_exits_2() {
    let dir = tree(&[("docker-compose.yml", CLEAN)]);
    caulk(&dir)
        .args(["audit", ".", "--select", "unknown-rule"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown rule `unknown-rule`"));
    caulk(&dir)
        .args(["audit", ".", "--ignore", "run-as-root,unknown-rule"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown-rule"));
}

#[test]
fn unknown_option_value_exits_2() {
    let dir = tree(&[("docker-compose.yml", CLEAN)]);
    caulk(&dir)
        .args(["audit", ".", "--fail-on", "severe"])
        .assert()
        .code(2);
}

#[test]
fn parse_error_is_a_finding_not_exit_2() {
    let dir = tree(&[(
        "k8s/pod.yaml",
        "\napiVersion: v1\nkind: Pod\nmetadata: {name: web\n",
    )]);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    assert_eq!(rules_of(&report), ["parse-error"]);
    assert_eq!(report["findings"][0]["severity"], "medium");
    assert_eq!(report["findings"][0]["path"], "k8s/pod.yaml");
    caulk(&dir).args(["audit", "."]).assert().code(0);
    caulk(&dir)
        .args(["audit", ".", "--fail-on", "medium"])
        .assert()
        .code(1);
}

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

#[test]
fn select_runs_only_the_named_rules() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    let all = rules_of(&json(caulk(&dir).args(["audit", ".", "--format", "json"])));
    assert!(all.len() > 2, "{all:?}");
    let selected = rules_of(&json(caulk(&dir).args([
        "audit",
        ".",
        "--format",
        "json",
        "--select",
        "host-network,host-path-mount",
    ])));
    assert_eq!(selected, ["host-network", "host-path-mount"]);
}

#[test]
fn select_decides_the_exit_code() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    caulk(&dir)
        .args(["audit", ".", "--select", "host-path-mount"])
        .assert()
        .code(0);
}

#[test]
fn ignore_skips_the_named_rules() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    let all = rules_of(&json(caulk(&dir).args(["audit", ".", "--format", "json"])));
    let rest = rules_of(&json(caulk(&dir).args([
        "audit",
        ".",
        "--format",
        "json",
        "--ignore",
        "privileged-container",
        "--ignore",
        "host-network",
    ])));
    let expected: Vec<String> = all
        .into_iter()
        .filter(|r| r != "privileged-container" && r != "host-network")
        .collect();
    assert_eq!(rest, expected);
    assert!(!rest.is_empty());
}

#[test]
fn min_severity_hides_lower_findings() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    let report =
        json(caulk(&dir).args(["audit", ".", "--format", "json", "--min-severity", "high"]));
    let findings = report["findings"].as_array().unwrap();
    let severities: Vec<&str> = findings
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities.len(), 2, "{report:#}");
    assert!(
        severities.iter().all(|s| *s == "high" || *s == "critical"),
        "{severities:?}"
    );
    assert_eq!(report["summary"]["low"], 0);
    assert_eq!(report["summary"]["medium"], 0);
    // The medium writable-root-filesystem and low host-path-mount are there without the filter.
    let all = rules_of(&json(caulk(&dir).args(["audit", ".", "--format", "json"])));
    assert!(all.iter().any(|r| r == "host-path-mount"), "{all:?}");
    assert!(
        all.iter().any(|r| r == "writable-root-filesystem"),
        "{all:?}"
    );
}

#[test]
fn exclude_skips_matching_files() {
    let dir = tree(&[
        ("docker-compose.yml", CLEAN),
        ("k8s/pod.yaml", PRIVILEGED_POD),
    ]);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    assert_eq!(report["files_scanned"], 2);
    assert!(
        rules_of(&report)
            .iter()
            .any(|r| r == "privileged-container")
    );
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json", "--exclude", "k8s/**"]));
    assert_eq!(report["files_scanned"], 1, "{report:#}");
    assert!(
        report["findings"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    caulk(&dir)
        .args(["audit", ".", "--exclude", "k8s/**"])
        .assert()
        .code(0);
}

fn tree_ignoring_k8s(ignore_file: &str) -> TempDir {
    tree(&[
        ("docker-compose.yml", CLEAN),
        ("k8s/pod.yaml", PRIVILEGED_POD),
        (ignore_file, "\nk8s/\n"),
    ])
}

fn ignore_file_is_honoured(name: &str) {
    let dir = tree_ignoring_k8s(name);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    assert_eq!(report["files_scanned"], 1, "{name}: {report:#}");
    assert!(
        report["findings"].as_array().unwrap().is_empty(),
        "{name}: {report:#}"
    );
    caulk(&dir).args(["audit", "."]).assert().code(0);
}

fn no_ignore_turns_off(name: &str) {
    let dir = tree_ignoring_k8s(name);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json", "--no-ignore"]));
    assert_eq!(
        report["files_scanned"], 2,
        "{name} with --no-ignore: {report:#}"
    );
    assert!(
        rules_of(&report)
            .iter()
            .any(|r| r == "privileged-container"),
        "{name} with --no-ignore: {report:#}"
    );
}

#[test]
fn gitignore_is_honoured_outside_a_git_repository() {
    ignore_file_is_honoured(".gitignore");
}

#[test]
fn dot_ignore_is_honoured() {
    ignore_file_is_honoured(".ignore");
}

#[test]
fn caulkignore_is_honoured() {
    ignore_file_is_honoured(".caulkignore");
}

#[test]
fn no_ignore_turns_off_gitignore() {
    no_ignore_turns_off(".gitignore");
}

#[test]
fn no_ignore_turns_off_dot_ignore() {
    no_ignore_turns_off(".ignore");
}

#[test]
fn no_ignore_turns_off_caulkignore() {
    no_ignore_turns_off(".caulkignore");
}

// ---------------------------------------------------------------------------------------------
// JSON report
// ---------------------------------------------------------------------------------------------

#[test]
fn json_report_matches_the_schema() {
    let dir = tree(&[
        ("docker-compose.yml", MIXED),
        (
            "api/docker-compose.yml",
            r#"
            services:
              api:
                build: .
            "#,
        ),
        ("api/Dockerfile", "\nFROM python:3.12\n"),
    ]);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    assert_eq!(report["version"], 1);
    assert_eq!(report["tool"]["name"], "caulk");
    assert_eq!(report["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(report["files_scanned"], 3);

    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        for key in ["rule", "severity", "path", "message", "help"] {
            assert!(f[key].is_string(), "{key} in {f:#}");
        }
        for key in [
            "line",
            "column",
            "end_line",
            "end_column",
            "byte_start",
            "byte_end",
        ] {
            assert!(f[key].is_u64(), "{key} in {f:#}");
        }
        assert!(f["line"].as_u64().unwrap() >= 1 && f["column"].as_u64().unwrap() >= 1);
        assert!(f["byte_end"].as_u64() >= f["byte_start"].as_u64(), "{f:#}");
        assert!(f["end_line"].as_u64() >= f["line"].as_u64(), "{f:#}");
        assert!(f["object"].is_string() || f["object"].is_null(), "{f:#}");
        assert!(f["related"].is_array(), "{f:#}");
        for r in f["related"].as_array().unwrap() {
            assert!(r["path"].is_string() && r["message"].is_string(), "{r:#}");
            assert!(r["line"].is_u64() && r["column"].is_u64(), "{r:#}");
        }
        let severity = f["severity"].as_str().unwrap();
        assert!(
            ["critical", "high", "medium", "low", "info"].contains(&severity),
            "{f:#}"
        );
        assert!(!f["help"].as_str().unwrap().is_empty(), "help of {f:#}");
    }

    // The summary has all five severities, and they count the findings.
    let summary = report["summary"].as_object().unwrap();
    for severity in ["critical", "high", "medium", "low", "info"] {
        let n = summary[severity]
            .as_u64()
            .unwrap_or_else(|| panic!("{severity}"));
        let counted = findings
            .iter()
            .filter(|f| f["severity"] == severity)
            .count() as u64;
        assert_eq!(n, counted, "{severity}");
    }

    // A finding with every field as cli.md shows it.
    let privileged = findings
        .iter()
        .find(|f| f["rule"] == "privileged-container")
        .unwrap();
    assert_eq!(privileged["severity"], "critical");
    assert_eq!(privileged["path"], "docker-compose.yml");
    assert_eq!(position(privileged), (4, 17));
    assert_eq!(
        (
            privileged["end_line"].as_u64(),
            privileged["end_column"].as_u64()
        ),
        (Some(4), Some(21))
    );
    let text = d(MIXED);
    let start = privileged["byte_start"].as_u64().unwrap() as usize;
    let end = privileged["byte_end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], "true");
    assert_eq!(privileged["object"], "services.web");

    // The related location of a Compose service built from a Dockerfile that runs as root.
    let built = findings
        .iter()
        .find(|f| f["rule"] == "run-as-root" && f["path"] == "api/docker-compose.yml")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(position(built), (2, 3));
    let related = &built["related"][0];
    assert_eq!(related["path"], "api/Dockerfile");
    assert_eq!(position(related), (1, 1));
}

#[test]
fn json_findings_are_sorted_by_path_line_column_rule() {
    let dir = tree(&[
        ("docker-compose.yml", MIXED),
        ("b/docker-compose.yml", MIXED),
        ("a/pod.yaml", PRIVILEGED_POD),
    ]);
    let report = json(caulk(&dir).args(["audit", ".", "--format", "json"]));
    let keys: Vec<(String, u64, u64, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys.first().unwrap().0, "a/pod.yaml");
    assert_eq!(keys.last().unwrap().0, "docker-compose.yml");
}

#[test]
fn paths_are_relative_to_the_current_directory() {
    let dir = tree(&[("deploy/docker-compose.yml", HIGH_ONLY)]);
    let report = json(caulk(&dir).args(["audit", "deploy", "--format", "json"]));
    assert_eq!(report["findings"][0]["path"], "deploy/docker-compose.yml");
    let report = json(caulk(&dir).args(["audit", "./deploy/", "--format", "json"]));
    assert_eq!(report["findings"][0]["path"], "deploy/docker-compose.yml");
}

#[test]
fn paths_outside_the_current_directory_are_printed_as_given() {
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    let elsewhere = tree(&[]);
    let given = dir.path().to_str().unwrap().to_string();
    let report = json(caulk(&elsewhere).args(["audit", &given, "--format", "json"]));
    assert_eq!(
        report["findings"][0]["path"],
        format!("{given}/docker-compose.yml")
    );
}

#[test]
fn output_file_receives_the_report() {
    let dir = tree(&[("docker-compose.yml", MIXED)]);
    let expected = caulk(&dir)
        .args(["audit", ".", "--format", "json"])
        .output()
        .unwrap()
        .stdout;
    caulk(&dir)
        .args(["audit", ".", "--format", "json", "--output", "report.json"])
        .assert()
        .code(1)
        .stdout("");
    let written = std::fs::read(dir.path().join("report.json")).unwrap();
    assert_eq!(
        String::from_utf8(written).unwrap(),
        String::from_utf8(expected).unwrap()
    );
}

#[test]
fn two_runs_print_identical_bytes() {
    let dir = tree(&[
        ("docker-compose.yml", MIXED),
        ("b/docker-compose.yml", MIXED),
        ("k8s/pod.yaml", PRIVILEGED_POD),
        ("k8s/other.yaml", PRIVILEGED_POD),
        ("Dockerfile", "\nFROM alpine\n"),
    ]);
    for format in ["json", "human"] {
        let run = |jobs: &str| {
            caulk(&dir)
                .args([
                    "audit",
                    ".",
                    "--no-color",
                    "--format",
                    format,
                    "--jobs",
                    jobs,
                ])
                .output()
                .unwrap()
                .stdout
        };
        let first = run("1");
        assert!(!first.is_empty());
        assert_eq!(first, run("1"), "{format}");
        assert_eq!(first, run("8"), "{format} with 8 workers");
    }
}

// ---------------------------------------------------------------------------------------------
// Human report
// ---------------------------------------------------------------------------------------------

#[test]
fn human_output_shows_rule_position_span_and_help() {
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    let output = caulk(&dir)
        .args(["audit", ".", "--format", "human", "--no-color"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("[host-network]"), "{text}");
    assert!(text.contains("docker-compose.yml:8:19"), "{text}");
    assert!(text.contains("network_mode: host"), "{text}");
    // The span `host` is underlined under its own columns.
    let underline = text
        .lines()
        .find(|l| l.contains('^'))
        .unwrap_or_else(|| panic!("no underline in {text}"));
    let carets = underline.trim_end().trim_start_matches(|c: char| c != '^');
    assert_eq!(carets, "^^^^", "{text}");
    let source_line = text
        .lines()
        .find(|l| l.starts_with("8 ") && l.contains("network_mode: host"))
        .unwrap_or_else(|| panic!("no source line in {text}"));
    let chars_before = |line: &str, byte: usize| line[..byte].chars().count();
    assert_eq!(
        chars_before(underline, underline.find('^').unwrap()),
        chars_before(source_line, source_line.find("host").unwrap()),
        "underline is not under `host`:\n{text}"
    );
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("= help: ")),
        "{text}"
    );
    assert!(
        text.contains("caulk: 1 finding (1 high) in 1 files"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "colour with --no-color: {text:?}");
}

#[test]
fn quiet_prints_findings_without_summary() {
    let dir = tree(&[("docker-compose.yml", HIGH_ONLY)]);
    let text = String::from_utf8(
        caulk(&dir)
            .args(["audit", ".", "--no-color", "--quiet"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(text.contains("[host-network]"), "{text}");
    assert!(!text.contains("caulk: 1 finding"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// rules, explain
// ---------------------------------------------------------------------------------------------

#[test]
fn rules_lists_every_rule_with_its_default_severity() {
    let dir = tree(&[]);
    let output = caulk(&dir).arg("rules").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let mut missing = Vec::new();
    for (id, severity) in RULES {
        let listed = text.lines().any(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.len() > 2 && words[0] == *id && words[1] == *severity
        });
        if !listed {
            missing.push(format!("{id} ({severity})"));
        }
    }
    assert!(missing.is_empty(), "not listed: {missing:?}\n{text}");
}

#[test]
fn rules_output_is_aligned_in_columns() {
    let dir = tree(&[]);
    let text = String::from_utf8(caulk(&dir).arg("rules").output().unwrap().stdout).unwrap();
    let title_columns: Vec<(usize, &str)> = text
        .lines()
        .map(|line| {
            let (id, rest) = line.split_once(' ').unwrap();
            let rest = rest.trim_start();
            let (_severity, title) = rest.split_once(' ').unwrap();
            (line.len() - title.trim_start().len(), id)
        })
        .collect();
    let first = title_columns[0].0;
    let misaligned: Vec<&str> = title_columns
        .iter()
        .filter(|(column, _)| *column != first)
        .map(|(_, id)| *id)
        .collect();
    assert!(
        misaligned.is_empty(),
        "titles not aligned for {misaligned:?}:\n{text}"
    );
}

#[test]
fn explain_prints_the_fix_and_an_example() {
    let dir = tree(&[]);
    let output = caulk(&dir)
        .args(["explain", "run-as-root"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("run-as-root (high)"), "{text}");
    let meta = caulk::rules::get("run-as-root").expect("run-as-root metadata");
    let fix_line = meta.fix.trim().lines().next().unwrap();
    assert!(text.contains("\nFix\n"), "{text}");
    assert!(text.contains(fix_line), "{text}");
    let example = meta.examples.first().expect("an example");
    assert!(text.contains("\nBad ("), "{text}");
    assert!(text.contains("\nGood\n"), "{text}");
    let bad_line = example.bad.lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(text.contains(&format!("    {bad_line}")), "{text}");
}

#[test]
fn explain_unknown_rule_exits_2() {
    let dir = tree(&[]);
    caulk(&dir)
        .args(["explain", "nope"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("unknown rule `nope`"));
}
