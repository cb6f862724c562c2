//! The CI report formats: `--format sarif` (validated against the official SARIF 2.1.0
//! schema, a copy of which is in testdata/schemas), `--format github` and `--format gitlab`.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

use caulk::facts::FileFacts;
use caulk::project::Project;
use caulk::rules::{self, Finding, Severity};
use caulk::source::{SourceFile, Span};

use common::{d, write_tree};

const SECRET: &str = "hunter2-prod-7781";

fn server_key() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/pki/server.key"
    ))
    .unwrap()
}

/// A Dockerfile without `USER`; a Compose file that builds it (so `run-as-root` on the service
/// has the Dockerfile as a related location), mounts the Docker socket after a non-ASCII host
/// path on the same line, and holds a password; a private key.
fn compose() -> String {
    d(&format!(
        r#"
        services:
          api:
            build: .
            environment:
              - DB_PASSWORD={SECRET}
            volumes: ["/srv/ünï🦀:/a", "/var/run/docker.sock:/var/run/docker.sock"]
        "#
    ))
}

const DOCKERFILE: &str = "FROM node:20\nWORKDIR /app\nCMD [\"node\", \"app.js\"]\n";

fn tree() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[
            ("Dockerfile", DOCKERFILE),
            ("docker-compose.yml", &compose()),
            ("server.key", &server_key()),
        ],
    );
    dir
}

/// `caulk audit <paths> --format <format>` run in `dir`, with the clock pinned and no config.
fn run_in(dir: &Path, paths: &[&str], format: &str, extra: &[&str]) -> String {
    let output = cargo_bin_cmd!("caulk")
        .current_dir(dir)
        .args([
            "audit",
            "--format",
            format,
            "--fail-on",
            "none",
            "--no-config",
        ])
        .args(["--now", "2026-06-01T00:00:00Z"])
        .args(extra)
        .args(paths)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn run(dir: &TempDir, format: &str) -> String {
    run_in(dir.path(), &["."], format, &[])
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// Asserts that a SARIF log is valid against the official schema, formats included.
#[track_caller]
fn assert_valid_sarif(log: &Value) {
    let schema = json(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/schemas/sarif-2.1.0.json"
        ))
        .unwrap(),
    );
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
    assert_uris_are_encoded(log);
}

/// The schema's `uri-reference` format lets spaces and stray `%` through: every `uri` must
/// hold only RFC 3986 characters, with `%` starting an escape.
#[track_caller]
fn assert_uris_are_encoded(value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "uri" || key.ends_with("Uri") {
                    let uri = value.as_str().unwrap();
                    let bytes = uri.as_bytes();
                    for (i, &b) in bytes.iter().enumerate() {
                        let allowed = b.is_ascii_alphanumeric()
                            || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)
                            || (b == b'%'
                                && bytes.len() > i + 2
                                && bytes[i + 1].is_ascii_hexdigit()
                                && bytes[i + 2].is_ascii_hexdigit());
                        assert!(allowed, "{uri:?} is not an encoded URI");
                    }
                }
                assert_uris_are_encoded(value);
            }
        }
        Value::Array(items) => items.iter().for_each(assert_uris_are_encoded),
        _ => {}
    }
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().unwrap()
}

fn level(severity: &str) -> &'static str {
    match severity {
        "critical" | "high" => "error",
        "medium" => "warning",
        _ => "note",
    }
}

/// The file URI of a directory, as SARIF's `%SRCROOT%` (test directories need no escaping).
fn dir_uri(dir: &Path) -> String {
    format!("file://{}/", dir.canonicalize().unwrap().display())
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let dir = tree();
    let log = json(&run(&dir, "sarif"));
    assert_valid_sarif(&log);
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif"));
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let first = &runs[0];
    assert_eq!(first["tool"]["driver"]["name"], "caulk");
    assert_eq!(
        first["tool"]["driver"]["version"],
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(first["columnKind"], "unicodeCodePoints");
    assert_eq!(
        first["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        dir_uri(dir.path())
    );
    let rules: HashSet<&str> = results(&log)
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    for rule in [
        "run-as-root",
        "runtime-socket-mount",
        "secret-in-environment",
        "private-key-unencrypted",
    ] {
        assert!(rules.contains(rule), "no {rule} in {rules:?}");
    }
    // Deterministic: a second run prints the same bytes.
    assert_eq!(run(&dir, "sarif"), run(&dir, "sarif"));
}

#[test]
fn sarif_without_findings_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("README.md", "nothing here\n")]);
    let log = json(&run(&dir, "sarif"));
    assert_valid_sarif(&log);
    assert!(results(&log).is_empty());
    assert!(
        !log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn sarif_regions_and_levels_match_the_json_report() {
    let dir = tree();
    let log = json(&run(&dir, "sarif"));
    let report = json(&run(&dir, "json"));
    let findings = report["findings"].as_array().unwrap();
    let results = results(&log);
    assert_eq!(results.len(), findings.len());
    for (result, finding) in results.iter().zip(findings) {
        assert_eq!(result["ruleId"], finding["rule"]);
        assert_eq!(result["message"]["text"], finding["message"]);
        assert_eq!(result["properties"]["severity"], finding["severity"]);
        assert_eq!(
            result["level"],
            level(finding["severity"].as_str().unwrap()),
            "{result:#}"
        );
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], finding["path"]);
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let region = &location["region"];
        assert_eq!(region["startLine"], finding["line"], "{result:#}");
        assert_eq!(region["startColumn"], finding["column"], "{result:#}");
        assert_eq!(region["endLine"], finding["end_line"], "{result:#}");
        assert_eq!(region["endColumn"], finding["end_column"], "{result:#}");
        assert!(region.get("snippet").is_none());
        assert!(location.get("contextRegion").is_none());
    }
}

#[test]
fn sarif_has_related_locations() {
    let dir = tree();
    let log = json(&run(&dir, "sarif"));
    let report = json(&run(&dir, "json"));
    let mut seen = 0;
    for (result, finding) in results(&log)
        .iter()
        .zip(report["findings"].as_array().unwrap())
    {
        let expected = finding["related"].as_array().unwrap();
        let Some(related) = result["relatedLocations"].as_array() else {
            assert!(expected.is_empty(), "{result:#}");
            continue;
        };
        assert_eq!(related.len(), expected.len());
        let ids: HashSet<u64> = related.iter().map(|r| r["id"].as_u64().unwrap()).collect();
        assert_eq!(ids.len(), related.len(), "related ids are unique");
        for (got, want) in related.iter().zip(expected) {
            let location = &got["physicalLocation"];
            assert_eq!(location["artifactLocation"]["uri"], want["path"]);
            assert_eq!(location["region"]["startLine"], want["line"]);
            assert_eq!(location["region"]["startColumn"], want["column"]);
            assert_eq!(got["message"]["text"], want["message"]);
            seen += 1;
        }
    }
    // run-as-root on the Compose service points at its Dockerfile.
    let compose_root = results(&log)
        .iter()
        .find(|r| {
            r["ruleId"] == "run-as-root"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "docker-compose.yml"
        })
        .expect("run-as-root on the Compose service");
    assert_eq!(
        compose_root["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "Dockerfile"
    );
    assert!(seen >= 1);
}

/// `(rule, uri, fingerprint, start line)` of every result.
fn identities(log: &Value) -> Vec<(String, String, String, u64)> {
    results(log)
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            (
                r["ruleId"].as_str().unwrap().to_string(),
                location["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                r["partialFingerprints"]["caulk/v1"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                location["region"]["startLine"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn sarif_fingerprints_survive_line_shifts() {
    let dir = tree();
    let before = identities(&json(&run(&dir, "sarif")));
    let fingerprints: HashSet<&String> = before.iter().map(|(_, _, f, _)| f).collect();
    assert_eq!(fingerprints.len(), before.len(), "fingerprints are unique");
    let blank = "\n".repeat(10);
    for name in ["Dockerfile", "docker-compose.yml"] {
        let path = dir.path().join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{blank}{text}")).unwrap();
    }
    let after = identities(&json(&run(&dir, "sarif")));
    assert_eq!(before.len(), after.len());
    for (old, new) in before.iter().zip(&after) {
        assert_eq!((&old.0, &old.1, &old.2), (&new.0, &new.1, &new.2));
        let shift = if old.1 == "server.key" { 0 } else { 10 };
        assert_eq!(new.3, old.3 + shift, "{new:?} moved with its file");
    }
}

#[test]
fn sarif_rules_carry_every_rules_metadata() {
    let dir = tree();
    let log = json(&run(&dir, "sarif"));
    let sarif_rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let all = rules::all();
    assert_eq!(sarif_rules.len(), all.len());
    for (rule, meta) in sarif_rules.iter().zip(all) {
        assert_eq!(rule["id"], meta.id.as_str());
        let name = rule["name"].as_str().unwrap();
        assert!(
            name.chars().next().unwrap().is_ascii_uppercase()
                && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "{name}"
        );
        assert_eq!(
            name.to_ascii_lowercase(),
            meta.id.replace('-', ""),
            "{name}"
        );
        assert_eq!(rule["shortDescription"]["text"], meta.title.as_str());
        assert_eq!(rule["fullDescription"]["text"], meta.rationale.trim());
        assert_eq!(rule["help"]["text"], meta.fix.trim());
        assert!(
            rule["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains(meta.fix.trim())
        );
        match meta.references.first() {
            Some(uri) => assert_eq!(rule["helpUri"], uri.as_str()),
            None => assert!(rule.get("helpUri").is_none()),
        }
        assert_eq!(
            rule["defaultConfiguration"]["level"],
            level(meta.severity.as_str())
        );
        let properties = &rule["properties"];
        let tags = properties["tags"].as_array().unwrap();
        assert!(tags.iter().any(|t| t == "security"), "{rule:#}");
        let score: f64 = properties["security-severity"]
            .as_str()
            .expect("security-severity is a string")
            .parse()
            .unwrap();
        let (low, high) = match meta.severity {
            Severity::Critical => (9.0, 10.0),
            Severity::High => (7.0, 8.9),
            Severity::Medium => (4.0, 6.9),
            Severity::Low => (0.1, 3.9),
            Severity::Info => (0.0, 3.9),
        };
        assert!((low..=high).contains(&score), "{}: {score}", meta.id);
    }
    for result in results(&log) {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(sarif_rules[index]["id"], result["ruleId"]);
    }
}

#[test]
fn sarif_columns_count_code_points() {
    let dir = tree();
    let log = json(&run(&dir, "sarif"));
    let socket = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "runtime-socket-mount")
        .unwrap();
    let region = &socket["locations"][0]["physicalLocation"]["region"];
    let text = compose();
    let (number, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("docker.sock"))
        .unwrap();
    let prefix = &line[..line.find("\"/var/run/docker.sock").unwrap()];
    assert_eq!(region["startLine"], number + 1);
    assert_eq!(region["startColumn"], prefix.chars().count() + 1);
    // Neither UTF-16 code units (🦀 is two) nor bytes.
    assert_ne!(region["startColumn"], prefix.encode_utf16().count() + 1);
    assert_ne!(region["startColumn"], prefix.len() + 1);
    let quoted = "\"/var/run/docker.sock:/var/run/docker.sock\"";
    assert_eq!(region["endLine"], number + 1);
    assert_eq!(
        region["endColumn"],
        prefix.chars().count() + quoted.chars().count() + 1
    );
}

#[test]
fn sarif_paths_outside_the_current_directory_are_absolute_file_uris() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[("other dir/Dockerfile", DOCKERFILE), ("cwd/README", "")],
    );
    let text = run_in(
        &dir.path().join("cwd"),
        &["../other dir/Dockerfile"],
        "sarif",
        &[],
    );
    let log = json(&text);
    assert_valid_sarif(&log);
    let location = &results(&log)[0]["locations"][0]["physicalLocation"]["artifactLocation"];
    let expected = format!(
        "{}other%20dir/Dockerfile",
        dir_uri(dir.path()).replace(' ', "%20")
    );
    assert_eq!(location["uri"], expected);
    assert!(location.get("uriBaseId").is_none());
}

/// A report built by hand: one file whose name and finding message hold every character the
/// GitHub escaping cares about.
fn odd_report() -> caulk::Report {
    let text = "services:\n  web:\n    image: x\n".to_string();
    let file = SourceFile::new(
        "we,ird:name%.yml".to_string(),
        PathBuf::from("we,ird:name%.yml"),
        text,
    );
    let cwd = std::env::current_dir().unwrap();
    let project = Project::new(vec![file], vec![FileFacts::default()], &cwd);
    let finding = Finding::new(
        "parse-error",
        0,
        Span::new(12, 15),
        "100% odd, really: line one\r\nline two\nline three".to_string(),
    );
    caulk::Report {
        project,
        findings: vec![finding],
        notes: Vec::new(),
        suppressed: 0,
        baselined: 0,
        redactions: Vec::new(),
        over_cap: Vec::new(),
    }
}

#[test]
fn github_prints_one_workflow_command_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("Dockerfile", DOCKERFILE)]);
    let report = json(&run_in(
        dir.path(),
        &["."],
        "json",
        &["--select", "run-as-root"],
    ));
    let message = report["findings"][0]["message"].as_str().unwrap();
    let fix = rules::get("run-as-root")
        .unwrap()
        .fix
        .trim()
        .replace('%', "%25");
    let out = run_in(dir.path(), &["."], "github", &["--select", "run-as-root"]);
    assert_eq!(
        out,
        format!(
            "::error file=Dockerfile,line=1,col=1,endLine=1,endColumn=13,\
             title=run-as-root (high)::{message}%0A{fix}\n"
        )
    );
}

#[test]
fn github_levels_follow_severity_and_every_finding_has_a_line() {
    let dir = tree();
    let out = run(&dir, "github");
    let report = json(&run(&dir, "json"));
    let findings = report["findings"].as_array().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), findings.len(), "{out}");
    for (line, finding) in lines.iter().zip(findings) {
        let command = match finding["severity"].as_str().unwrap() {
            "critical" | "high" => "error",
            "medium" => "warning",
            _ => "notice",
        };
        let start = format!(
            "::{command} file={},line={},col={},endLine={},endColumn={},title={} ({})::",
            finding["path"].as_str().unwrap(),
            finding["line"],
            finding["column"],
            finding["end_line"],
            finding["end_column"],
            finding["rule"].as_str().unwrap(),
            finding["severity"].as_str().unwrap(),
        );
        assert!(line.starts_with(&start), "{line}\nwanted {start}");
    }
}

#[test]
fn github_escapes_properties_and_messages() {
    let out = caulk::report::github::render(&odd_report());
    let fix = rules::get("parse-error")
        .unwrap()
        .fix
        .trim()
        .replace('%', "%25");
    assert_eq!(
        out,
        format!(
            "::warning file=we%2Cird%3Aname%25.yml,line=2,col=3,endLine=2,endColumn=6,\
             title=parse-error (medium)::100%25 odd, really: line one%0D%0Aline two%0Aline three\
             %0A{fix}\n"
        )
    );
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn github_escapes_paths_from_a_real_scan() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("a,b:c%d/Dockerfile", DOCKERFILE)]);
    let out = run_in(dir.path(), &["."], "github", &["--select", "run-as-root"]);
    assert!(
        out.starts_with("::error file=a%2Cb%3Ac%25d/Dockerfile,line=1,col=1,"),
        "{out}"
    );
}

#[test]
fn sarif_and_gitlab_keep_odd_names_and_messages_intact() {
    let report = odd_report();
    let log = json(&caulk::report::sarif::render(&report));
    assert_valid_sarif(&log);
    let result = &results(&log)[0];
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "we%2Cird%3Aname%25.yml"
    );
    assert_eq!(
        result["message"]["text"],
        "100% odd, really: line one\r\nline two\nline three"
    );
    let issues = json(&caulk::report::gitlab::render(&report));
    assert_eq!(issues[0]["location"]["path"], "we,ird:name%.yml");
    assert_eq!(issues[0]["severity"], "minor");
}

#[test]
fn gitlab_code_quality_shape() {
    let dir = tree();
    let issues = json(&run(&dir, "gitlab"));
    let report = json(&run(&dir, "json"));
    let sarif = json(&run(&dir, "sarif"));
    let issues = issues.as_array().expect("an array");
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(issues.len(), findings.len());
    let mut fingerprints = HashSet::new();
    for ((issue, finding), result) in issues.iter().zip(findings).zip(results(&sarif)) {
        let rule = finding["rule"].as_str().unwrap();
        assert_eq!(issue["check_name"], rule);
        assert_eq!(
            issue["description"],
            format!("{rule}: {}", finding["message"].as_str().unwrap())
        );
        let fingerprint = issue["fingerprint"].as_str().unwrap();
        assert!(!fingerprint.is_empty());
        assert!(fingerprints.insert(fingerprint), "{fingerprint} repeats");
        assert_eq!(result["partialFingerprints"]["caulk/v1"], fingerprint);
        let severity = match finding["severity"].as_str().unwrap() {
            "critical" => "critical",
            "high" => "major",
            "medium" => "minor",
            _ => "info",
        };
        assert_eq!(issue["severity"], severity);
        assert_eq!(issue["location"]["path"], finding["path"]);
        let begin = issue["location"]["lines"]["begin"].as_u64().unwrap();
        let end = issue["location"]["lines"]["end"].as_u64().unwrap();
        assert_eq!(Some(begin), finding["line"].as_u64());
        assert!(begin <= end && end <= finding["end_line"].as_u64().unwrap());
        assert_eq!(issue["categories"], serde_json::json!(["Security"]));
        assert_eq!(issue["type"], "issue");
        assert_eq!(issue["engine_name"], "caulk");
        let keys: HashSet<&str> = issue
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let expected: HashSet<&str> = [
            "description",
            "check_name",
            "fingerprint",
            "severity",
            "location",
            "categories",
            "type",
            "engine_name",
        ]
        .into();
        assert_eq!(keys, expected);
    }
}

#[test]
fn gitlab_without_findings_is_an_empty_array() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("README.md", "nothing here\n")]);
    assert_eq!(json(&run(&dir, "gitlab")), serde_json::json!([]));
    assert_eq!(run(&dir, "github"), "");
}

#[test]
fn no_format_copies_a_secret() {
    let dir = tree();
    let key = server_key();
    let body: Vec<&str> = key
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("-----") && l.len() >= 16)
        .collect();
    assert!(body.len() > 10);
    for format in ["sarif", "github", "gitlab"] {
        let out = run(&dir, format);
        assert!(out.contains("secret-in-environment"), "{format}: {out}");
        assert!(out.contains("private-key-unencrypted"), "{format}: {out}");
        assert!(!out.contains(SECRET), "{format} copies the password");
        for line in &body {
            assert!(!out.contains(line), "{format} copies the key: {line}");
        }
    }
}
