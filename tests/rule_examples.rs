//! Every `[[example]]` in `rules/<id>.toml` is run: the bad snippet must produce the rule, the
//! good one must not. A rule's documentation cannot drift from its behaviour.

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

fn rules_fired(kind: &str, text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file_name(kind));
    std::fs::write(&path, text).unwrap();
    let report = audit(&[PathBuf::from(dir.path())], &AuditOptions::default()).unwrap();
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
