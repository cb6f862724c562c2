//! Every `[[example]]` in `rules/<id>.toml` is run: the bad snippet must produce the rule, the
//! good one must not. A rule's documentation cannot drift from its behaviour.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use caulk::{AuditOptions, audit, rules};

fn file_name(kind: &str) -> &'static str {
    match kind {
        "dockerfile" => "Dockerfile",
        "compose" => "docker-compose.yml",
        "kubernetes" => "manifest.yaml",
        other => panic!("unknown example kind `{other}`"),
    }
}

/// The clock every example is judged at, so that certificate dates in examples never go
/// stale. The fixtures in testdata/pki are dated around it.
const EXAMPLE_NOW: i64 = 1_780_272_000; // 2026-06-01T00:00:00Z

/// A `tree` example holds several files, each introduced by a line `==> path <==`.
fn tree_files(text: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if let Some(path) = trimmed
            .strip_prefix("==> ")
            .and_then(|rest| rest.strip_suffix(" <=="))
        {
            files.push((path.to_string(), String::new()));
        } else if let Some((_, content)) = files.last_mut() {
            content.push_str(line);
        } else {
            assert!(
                trimmed.is_empty(),
                "tree example text before the first `==> path <==`"
            );
        }
    }
    files
}

fn rules_fired(kind: &str, text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let files = if kind == "tree" {
        tree_files(text)
    } else {
        vec![(file_name(kind).to_string(), text.to_string())]
    };
    for (path, content) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        // The temporary directory is not a git work tree, so disk modes count: give every
        // file the mode a careful user would, and let the examples speak through their text.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let options = AuditOptions {
        now: Some(EXAMPLE_NOW),
        ..AuditOptions::default()
    };
    let report = audit(&[PathBuf::from(dir.path())], &options).unwrap();
    report.findings.iter().map(|f| f.rule.to_string()).collect()
}

#[test]
fn every_rule_file_parses_and_is_named_by_its_id() {
    let all = rules::all();
    assert!(!all.is_empty());
    for rule in all {
        assert!(
            !rule.title.is_empty() && !rule.rationale.is_empty() && !rule.fix.is_empty(),
            "{}",
            rule.id
        );
        assert!(!rule.examples.is_empty(), "{} has no [[example]]", rule.id);
    }
    for (file_id, _) in rules::RULE_FILES {
        assert!(
            rules::get(file_id).is_some(),
            "rules/{file_id}.toml has a different `id`"
        );
    }
}

#[test]
fn bad_examples_fire_and_good_examples_do_not() {
    let mut failures = Vec::new();
    for rule in rules::all() {
        for (n, example) in rule.examples.iter().enumerate() {
            let bad = rules_fired(&example.kind, &example.bad);
            if !bad.contains(&rule.id) {
                failures.push(format!(
                    "{} example {n}: bad snippet does not fire (fired: {bad:?})",
                    rule.id
                ));
            }
            let good = rules_fired(&example.kind, &example.good);
            if good.contains(&rule.id) {
                failures.push(format!("{} example {n}: good snippet fires", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
