//! `caulk.toml` (cli.md, "`caulk.toml`"): loading and checking the file (`caulk::config::load`),
//! finding it (`caulk::config::find`), `caulk init`, and what the settings do to a run.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use caulk::config::{self, Config, ConfigError, PathIgnore, RuleConfig};
use caulk::rules::Severity;
use serde_json::Value;
use tempfile::TempDir;

use common::{d, write_tree};

/// Writes `text` (dedented with `d`) as `caulk.toml` in a new temporary directory and loads it.
fn load_text(text: &str) -> (TempDir, Result<Config, ConfigError>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("caulk.toml");
    std::fs::write(&path, d(text)).unwrap();
    let loaded = config::load(&path);
    (dir, loaded)
}

fn load_ok(text: &str) -> Config {
    let (_dir, loaded) = load_text(text);
    loaded.unwrap_or_else(|e| panic!("did not load: {e}"))
}

/// Loads `text`, expects an error at `(line, column)` whose message contains every needle.
#[track_caller]
fn assert_error(text: &str, (line, column): (usize, usize), needles: &[&str]) -> ConfigError {
    let (_dir, loaded) = load_text(text);
    let error = match loaded {
        Ok(config) => panic!("loaded without error: {config:#?}"),
        Err(error) => error,
    };
    assert_eq!(
        (error.line, error.column),
        (line, column),
        "position of {error}"
    );
    for needle in needles {
        assert!(error.message.contains(needle), "{error} lacks {needle:?}");
    }
    error
}

fn rule(enabled: bool, severity: Option<Severity>, days: Option<u32>) -> RuleConfig {
    RuleConfig {
        enabled,
        severity,
        days,
    }
}

// ---------------------------------------------------------------------------------------------
// Valid files
// ---------------------------------------------------------------------------------------------

/// The example of cli.md.
const CLI_MD_EXAMPLE: &str = r#"
    fail-on = "high"
    exclude = ["test/fixtures/**"]

    [rules]
    capabilities-not-dropped = "off"          # or a severity: "critical" … "info"
    certificate-expiring-soon = { severity = "high", days = 45 }

    [[ignore]]                                 # per-path suppressions
    paths = ["certs/dev/**"]
    rules = ["private-key-unencrypted"]
    reason = "throw-away development certificates"
"#;

#[test]
fn the_example_of_cli_md_loads() {
    let (dir, loaded) = load_text(CLI_MD_EXAMPLE);
    let config = loaded.unwrap();
    assert_eq!(config.fail_on, Some(Some(Severity::High)));
    assert_eq!(config.exclude, ["test/fixtures/**"]);
    assert_eq!(config.rules.len(), 2);
    assert_eq!(
        config.rules["capabilities-not-dropped"],
        rule(false, None, None)
    );
    assert_eq!(
        config.rules["certificate-expiring-soon"],
        rule(true, Some(Severity::High), Some(45))
    );
    assert_eq!(
        config.ignores,
        [PathIgnore {
            paths: vec!["certs/dev/**".to_string()],
            rules: vec!["private-key-unencrypted".to_string()],
            reason: Some("throw-away development certificates".to_string()),
        }]
    );
    let canonical = std::fs::canonicalize(dir.path()).unwrap();
    assert_eq!(config.path, canonical.join("caulk.toml"));
    assert_eq!(config.dir(), canonical);
}

#[test]
fn an_empty_file_is_the_defaults() {
    let config = load_ok("");
    assert_eq!(config.fail_on, None);
    assert!(config.exclude.is_empty() && config.rules.is_empty() && config.ignores.is_empty());
    let config = load_ok("# only a comment\n\n[rules]\n");
    assert!(config.rules.is_empty());
}

#[test]
fn fail_on_none_is_some_none() {
    assert_eq!(load_ok(r#"fail-on = "none""#).fail_on, Some(None));
    assert_eq!(
        load_ok(r#"fail-on = "info""#).fail_on,
        Some(Some(Severity::Info))
    );
}

#[test]
fn a_severity_overrides_and_off_disables() {
    let config = load_ok(
        r#"
        [rules]
        run-as-root = "low"
        host-network = "critical"
        privileged-container = "off"
        host-pid = { severity = "off" }
        host-ipc = { severity = "info" }
    "#,
    );
    assert_eq!(
        config.rules["run-as-root"],
        rule(true, Some(Severity::Low), None)
    );
    assert_eq!(
        config.rules["host-network"],
        rule(true, Some(Severity::Critical), None)
    );
    assert_eq!(
        config.rules["privileged-container"],
        rule(false, None, None)
    );
    assert_eq!(config.rules["host-pid"], rule(false, None, None));
    assert_eq!(
        config.rules["host-ipc"],
        rule(true, Some(Severity::Info), None)
    );
}

#[test]
fn days_alone_keeps_the_rule_on_at_its_default_severity() {
    let config = load_ok(
        r#"
        [rules]
        certificate-expiring-soon = { days = 10 }
    "#,
    );
    assert_eq!(
        config.rules["certificate-expiring-soon"],
        rule(true, None, Some(10))
    );
    let config = load_ok("[rules]\ncertificate-expiring-soon = { days = 3650 }\n");
    assert_eq!(config.rules["certificate-expiring-soon"].days, Some(3650));
}

#[test]
fn dotted_keys_and_sub_tables_are_the_same_settings() {
    let config = load_ok(
        r#"
        rules.run-as-root = "low"

        [rules.certificate-expiring-soon]
        severity = "high"
        days = 7
    "#,
    );
    assert_eq!(
        config.rules["run-as-root"],
        rule(true, Some(Severity::Low), None)
    );
    assert_eq!(
        config.rules["certificate-expiring-soon"],
        rule(true, Some(Severity::High), Some(7))
    );
    let config = load_ok("[rules]\ncertificate-expiring-soon.days = 12\n");
    assert_eq!(config.rules["certificate-expiring-soon"].days, Some(12));
}

#[test]
fn an_ignore_needs_only_paths() {
    let config = load_ok(
        r#"
        [[ignore]]
        paths = ["a/**", "*.pem"]

        [[ignore]]
        paths = ["b/**"]
        rules = ["run-as-root", "host-network"]
    "#,
    );
    assert_eq!(
        config.ignores,
        [
            PathIgnore {
                paths: vec!["a/**".to_string(), "*.pem".to_string()],
                rules: vec![],
                reason: None,
            },
            PathIgnore {
                paths: vec!["b/**".to_string()],
                rules: vec!["run-as-root".to_string(), "host-network".to_string()],
                reason: None,
            },
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Errors: each names the key and where it is
// ---------------------------------------------------------------------------------------------

#[test]
fn an_unknown_top_level_key_is_named_with_its_line() {
    assert_error(
        r#"
        fail-on = "high"
        fial-on = "low"
    "#,
        (2, 1),
        &["unknown key `fial-on`"],
    );
    assert_error("[output]\nformat = \"json\"\n", (1, 2), &["`output`"]);
}

#[test]
fn an_unknown_rule_id_is_named_with_its_line() {
    assert_error(
        r#"
        [rules]
        run-as-root = "low"
          run-as-rooot = "low"
    "#,
        (3, 3),
        &["unknown rule `run-as-rooot`", "`rules`"],
    );
    assert_error(
        "rules.no-such-rule = \"off\"\n",
        (1, 7),
        &["unknown rule `no-such-rule`"],
    );
    assert_error(
        "[rules.no-such-rule]\nseverity = \"off\"\n",
        (1, 8),
        &["unknown rule `no-such-rule`"],
    );
}

#[test]
fn a_severity_that_is_not_one() {
    assert_error(
        r#"
        [rules]
        run-as-root = "severe"
    "#,
        (2, 15),
        &["`rules.run-as-root`", "\"severe\"", "\"off\" or a severity"],
    );
    assert_error(
        r#"
        [rules]
        run-as-root = { severity = "HIGH" }
    "#,
        (2, 28),
        &["`rules.run-as-root.severity`", "\"HIGH\""],
    );
    assert_error(
        "[rules]\nrun-as-root = 3\n",
        (2, 15),
        &["`rules.run-as-root`", "the integer 3"],
    );
    assert_error(
        "[rules]\nrun-as-root = { severity = true }\n",
        (2, 28),
        &["`rules.run-as-root.severity`", "the boolean true"],
    );
}

#[test]
fn fail_on_must_be_a_threshold() {
    assert_error(
        "fail-on = \"high\"\n[rules]\n[[ignore]]\npaths = [\"a\"]\n\n[fail-on]\n",
        (6, 1),
        &["invalid TOML", "duplicate key `fail-on`"],
    );
    assert_error(
        "\n\nfail-on = \"sometimes\"\n",
        (2, 11),
        &["`fail-on`", "\"sometimes\"", "\"none\""],
    );
    assert_error("fail-on = 1\n", (1, 11), &["`fail-on`", "the integer 1"]);
    assert_error(
        "fail-on = 2026-06-01\n",
        (1, 11),
        &["`fail-on`", "date-time"],
    );
    assert_error("fail-on = \"off\"\n", (1, 11), &["`fail-on`"]);
}

#[test]
fn days_must_be_a_positive_number_of_days() {
    for (value, found) in [
        ("-1", "-1"),
        ("0", "found 0"),
        ("3651", "3651"),
        ("\"x\"", "the string \"x\""),
        ("1.5", "the number 1.5"),
    ] {
        let error = assert_error(
            &format!("[rules]\ncertificate-expiring-soon = {{ days = {value} }}\n"),
            (2, 38),
            &["`rules.certificate-expiring-soon.days`", found],
        );
        assert!(error.message.contains("1 to 3650"), "{error}");
    }
    assert_error(
        "[rules.certificate-expiring-soon]\nseverity = \"low\"\ndays = -1\n",
        (3, 8),
        &["`rules.certificate-expiring-soon.days`", "-1"],
    );
}

#[test]
fn an_option_the_rule_does_not_have() {
    assert_error(
        "[rules]\nrun-as-root = { severity = \"low\", days = 10 }\n",
        (2, 35),
        &["rule `run-as-root` has no option `days`", "`severity`"],
    );
    let error = assert_error(
        "[rules]\ncertificate-expiring-soon = { dayz = 10 }\n",
        (2, 31),
        &["has no option `dayz`"],
    );
    assert!(error.message.contains("`days`"), "{error}");
    // In a dotted key.
    assert_error(
        "fail-on = \"low\"\n[rules]\ncertificate-expiring-soon.dayz = 10\n",
        (3, 27),
        &["`rules.certificate-expiring-soon.dayz`"],
    );
}

#[test]
fn rules_must_be_a_table() {
    assert_error(
        "rules = [\"run-as-root\"]\n",
        (1, 9),
        &["`rules`", "an array"],
    );
}

#[test]
fn exclude_must_be_a_list_of_globs() {
    assert_error(
        "exclude = \"test/**\"\n",
        (1, 11),
        &["`exclude`", "array of strings"],
    );
    assert_error(
        "exclude = [\"ok/**\", 3]\n",
        (1, 21),
        &["`exclude`", "the integer 3"],
    );
    assert_error(
        "exclude = [\"ok/**\",\n  \"bad/[x\"]\n",
        (2, 3),
        &["`exclude`", "\"bad/[x\"", "not a valid glob"],
    );
    assert_error("exclude = [\"\"]\n", (1, 12), &["`exclude`", "empty"]);
}

#[test]
fn ignore_entries_are_checked() {
    // An unknown key in an entry.
    assert_error(
        "[[ignore]]\npaths = [\"a/**\"]\nrule = [\"run-as-root\"]\n",
        (3, 1),
        &["unknown key `rule`", "`ignore`"],
    );
    // An unknown rule ID.
    assert_error(
        "[[ignore]]\npaths = [\"a/**\"]\nrules = [\"run-as-root\", \"nope\"]\n",
        (3, 25),
        &["`ignore.rules`", "unknown rule `nope`"],
    );
    // No paths, or an empty list.
    assert_error(
        "fail-on = \"high\"\n\n[[ignore]]\nrules = [\"run-as-root\"]\n",
        (3, 1),
        &["`ignore`", "needs `paths`"],
    );
    assert_error(
        "[[ignore]]\npaths = []\n",
        (2, 9),
        &["`ignore.paths`", "at least one glob"],
    );
    // Not a glob, not strings.
    assert_error(
        "[[ignore]]\npaths = [\"a/{b\"]\n",
        (2, 10),
        &["`ignore.paths`", "not a valid glob"],
    );
    assert_error(
        "[[ignore]]\npaths = \"a/**\"\n",
        (2, 9),
        &["`ignore.paths`", "array of strings"],
    );
    assert_error(
        "[[ignore]]\npaths = [\"a/**\"]\nreason = 42\n",
        (3, 10),
        &["`ignore.reason`", "the integer 42"],
    );
    // `[ignore]` instead of `[[ignore]]`.
    assert_error(
        "[ignore]\npaths = [\"a/**\"]\n",
        (1, 1),
        &["`ignore`", "[[ignore]]"],
    );
    // The second entry is at fault.
    assert_error(
        "[[ignore]]\npaths = [\"a/**\"]\n\n[[ignore]]\npaths = [\"b/**\"]\nreasons = \"x\"\n",
        (6, 1),
        &["unknown key `reasons`"],
    );
}

#[test]
fn malformed_toml_has_the_parser_position() {
    assert_error(
        "fail-on = \"high\"\nexclude = [\"a\",\n[rules]\n",
        (3, 2),
        &["invalid TOML"],
    );
    assert_error("fail-on = = \"high\"\n", (1, 11), &["invalid TOML"]);
    assert_error(
        "fail-on = \"high\"\nfail-on = \"low\"\n",
        (2, 1),
        &["invalid TOML", "duplicate key"],
    );
    assert_error("[rules\n", (1, 7), &["invalid TOML"]);
    let error = assert_error("fail-on = \"high\n", (1, 16), &["invalid TOML"]);
    assert!(!error.message.contains('\n'), "one line: {error:?}");
}

#[test]
fn an_unreadable_file_is_an_error_without_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.toml");
    let error = config::load(&missing).unwrap_err();
    assert_eq!((error.line, error.column), (0, 0));
    assert_eq!(error.path, missing);
    assert!(error.message.contains("cannot read"), "{error}");
    assert_eq!(
        error.to_string(),
        format!("{}: {}", missing.display(), error.message)
    );
    // A directory is not a config file either.
    let error = config::load(dir.path()).unwrap_err();
    assert!(error.message.contains("cannot read"), "{error}");
}

#[test]
fn a_file_that_is_not_utf8_names_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("caulk.toml");
    std::fs::write(&path, b"fail-on = \"high\"\nexclude = [\"\xff\"]\n").unwrap();
    let error = config::load(&path).unwrap_err();
    assert_eq!((error.line, error.column), (2, 13), "{error}");
    assert!(error.message.contains("UTF-8"), "{error}");
}

#[test]
fn errors_display_as_path_line_column_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "fail-on = \"high\"\n\nverbose = true\n").unwrap();
    let error = config::load(&path).unwrap_err();
    assert_eq!(error.path, path);
    assert_eq!(
        error.to_string(),
        format!(
            "{}:3:1: unknown key `verbose` (expected `fail-on`, `exclude`, `rules` or \
             `[[ignore]]`)",
            path.display()
        )
    );
}

// ---------------------------------------------------------------------------------------------
// `find`
// ---------------------------------------------------------------------------------------------

#[test]
fn find_walks_up_to_the_nearest_config() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    write_tree(
        &root,
        &[
            (".caulk.toml", ""),
            ("a/b/c/Dockerfile", "FROM alpine\n"),
            ("a/caulk.toml", ""),
            ("x/y/compose.yaml", "services: {}\n"),
        ],
    );
    // From a nested directory: the parent's .caulk.toml.
    assert_eq!(
        config::find(&root.join("x/y")),
        Some(root.join(".caulk.toml"))
    );
    // From a file: its directory upward.
    assert_eq!(
        config::find(&root.join("x/y/compose.yaml")),
        Some(root.join(".caulk.toml"))
    );
    // A nearer caulk.toml wins over the one further up.
    assert_eq!(
        config::find(&root.join("a/b/c")),
        Some(root.join("a/caulk.toml"))
    );
    assert_eq!(
        config::find(&root.join("a/b/c/Dockerfile")),
        Some(root.join("a/caulk.toml"))
    );
    assert_eq!(
        config::find(&root.join("a")),
        Some(root.join("a/caulk.toml"))
    );
    // caulk.toml before .caulk.toml in the same directory.
    std::fs::write(root.join("caulk.toml"), "").unwrap();
    assert_eq!(config::find(&root), Some(root.join("caulk.toml")));
    // A directory named caulk.toml is not a config.
    std::fs::create_dir_all(root.join("x/caulk.toml")).unwrap();
    assert_eq!(
        config::find(&root.join("x/y")),
        Some(root.join("caulk.toml"))
    );
}

#[test]
fn find_resolves_dot_dot() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    write_tree(
        &root,
        &[
            (".caulk.toml", ""),
            ("sub/caulk.toml", ""),
            ("sub/deeper/.keep", ""),
        ],
    );
    // `sub/deeper/../..` is the root: sub/caulk.toml is not on the way up from there.
    assert_eq!(
        config::find(&root.join("sub/deeper/../..")),
        Some(root.join(".caulk.toml"))
    );
    assert_eq!(
        config::find(&root.join("sub/deeper/..")),
        Some(root.join("sub/caulk.toml"))
    );
}

#[test]
fn find_without_a_config_or_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    write_tree(&root, &[("a/Dockerfile", "FROM alpine\n")]);
    // Whatever lies above the temporary directory, nothing inside it is found.
    let found = config::find(&root.join("a"));
    assert!(
        found.as_ref().is_none_or(|p| !p.starts_with(&root)),
        "{found:?}"
    );
    assert_eq!(config::find(&root.join("does-not-exist")), None);
}

// ---------------------------------------------------------------------------------------------
// `caulk init`'s template
// ---------------------------------------------------------------------------------------------

#[test]
fn the_init_template_loads_and_lists_every_rule() {
    let template = config::init_template();
    assert!(template.starts_with(config::INIT_TEMPLATE));
    let config = load_ok(&template);
    assert_eq!(config.fail_on, None);
    assert!(config.rules.is_empty() && config.ignores.is_empty() && config.exclude.is_empty());
    for rule in caulk::rules::all() {
        let line = format!("# {} ", rule.id);
        assert!(template.contains(&line), "no entry for {}", rule.id);
    }
    // The fixed part alone is a valid file too.
    load_ok(config::INIT_TEMPLATE);
}

#[test]
fn the_init_template_uncommented_is_the_defaults() {
    // Every commented setting (`# key = value`, `# [[ignore]]`) made live.
    let live: String = config::init_template()
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") || rest == "[[ignore]]" => rest,
            _ => line,
        })
        .map(|line| format!("{line}\n"))
        .collect();
    // `[[ignore]]` comes before `[rules]`, so its keys stay in the entry.
    let config = load_ok(&live);
    assert_eq!(config.fail_on, Some(Some(Severity::High)));
    assert_eq!(config.exclude, ["test/fixtures/**"]);
    assert_eq!(config.ignores.len(), 1);
    assert_eq!(config.rules.len(), caulk::rules::all().len());
    for rule in caulk::rules::all() {
        let setting = &config.rules[&rule.id];
        assert!(setting.enabled, "{}", rule.id);
        assert_eq!(setting.severity, Some(rule.severity), "{}", rule.id);
    }
    assert_eq!(
        config.rules["certificate-expiring-soon"].days,
        Some(caulk::rules::DEFAULT_EXPIRY_DAYS)
    );
}

// ---------------------------------------------------------------------------------------------
// The CLI
// ---------------------------------------------------------------------------------------------

/// A Dockerfile whose only finding is `run-as-root` (high).
const NO_USER: &str = "FROM alpine:3.20\nCMD [\"sh\"]\n";

fn tree(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), files);
    dir
}

fn caulk(dir: &Path) -> Command {
    let mut cmd = cargo_bin_cmd!("caulk");
    cmd.current_dir(dir).env_remove("NO_COLOR");
    cmd
}

fn exit_code(cmd: &mut Command) -> i32 {
    cmd.output().unwrap().status.code().expect("exit code")
}

/// The rules and severities of a JSON report, in report order.
fn findings(cmd: &mut Command) -> Vec<(String, String, String)> {
    let output = cmd.args(["--format", "json"]).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn none() -> Vec<(String, String, String)> {
    Vec::new()
}

fn triple(rule: &str, severity: &str, path: &str) -> (String, String, String) {
    (rule.to_string(), severity.to_string(), path.to_string())
}

#[test]
fn cli_the_dockerfile_fixture_has_one_high_finding() {
    let dir = tree(&[("Dockerfile", NO_USER)]);
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", "."])),
        [triple("run-as-root", "high", "Dockerfile")]
    );
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 1);
}

#[test]
fn cli_a_severity_override_changes_the_exit_code() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        ("caulk.toml", "[rules]\nrun-as-root = \"low\"\n"),
    ]);
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", "."])),
        [triple("run-as-root", "low", "Dockerfile")]
    );
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 0);
    assert_eq!(
        exit_code(caulk(dir.path()).args(["audit", ".", "--fail-on", "low"])),
        1
    );
    // Raised above the threshold.
    std::fs::write(
        dir.path().join("caulk.toml"),
        "[rules]\nrun-as-root = \"critical\"\n",
    )
    .unwrap();
    assert_eq!(
        exit_code(caulk(dir.path()).args(["audit", ".", "--fail-on", "critical"])),
        1
    );
}

#[test]
fn cli_off_removes_the_rules_findings() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        ("caulk.toml", "[rules]\nrun-as-root = \"off\"\n"),
    ]);
    assert_eq!(findings(caulk(dir.path()).args(["audit", "."])), none());
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 0);
}

#[test]
fn cli_fail_on_from_the_config_and_the_command_line_beats_it() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        ("caulk.toml", "fail-on = \"none\"\n"),
    ]);
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 0);
    assert_eq!(
        exit_code(caulk(dir.path()).args(["audit", ".", "--fail-on", "high"])),
        1
    );
    std::fs::write(dir.path().join("caulk.toml"), "fail-on = \"critical\"\n").unwrap();
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 0);
    assert_eq!(
        exit_code(caulk(dir.path()).args(["audit", ".", "--fail-on", "low"])),
        1
    );
}

#[test]
fn cli_a_bad_config_exits_2_with_its_position() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        ("bad.toml", "fail-on = \"high\"\n\nverbose = true\n"),
    ]);
    caulk(dir.path())
        .args(["audit", ".", "--config", "bad.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::starts_with(
            "caulk: bad.toml:3:1: unknown key `verbose`",
        ));
    // A bad value, with its column.
    std::fs::write(dir.path().join("bad.toml"), "fail-on = \"sometimes\"\n").unwrap();
    caulk(dir.path())
        .args(["audit", ".", "--config", "bad.toml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.toml:1:11: `fail-on`"));
    // A config that cannot be read.
    caulk(dir.path())
        .args(["audit", ".", "--config", "missing.toml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "caulk: missing.toml: cannot read",
        ));
}

#[test]
fn cli_no_config_ignores_a_broken_caulk_toml() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        (
            "caulk.toml",
            "[rules]\nrun-as-root = \"low\"\nnot toml at all\n",
        ),
    ]);
    caulk(dir.path())
        .args(["audit", "."])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("caulk.toml:3:"));
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", ".", "--no-config"])),
        [triple("run-as-root", "high", "Dockerfile")]
    );
    assert_eq!(
        exit_code(caulk(dir.path()).args(["audit", ".", "--no-config"])),
        1
    );
}

#[test]
fn cli_finds_the_config_of_a_parent_directory() {
    let dir = tree(&[
        (".caulk.toml", "[rules]\nrun-as-root = \"off\"\n"),
        ("app/Dockerfile", NO_USER),
    ]);
    // Scanning a subdirectory from the root, and from inside it.
    assert_eq!(findings(caulk(dir.path()).args(["audit", "app"])), none());
    assert_eq!(
        findings(caulk(&dir.path().join("app")).args(["audit"])),
        none()
    );
    // A nearer caulk.toml wins (and is the only one read).
    write_tree(
        dir.path(),
        &[("app/caulk.toml", "[rules]\nrun-as-root = \"info\"\n")],
    );
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", "app"])),
        [triple("run-as-root", "info", "app/Dockerfile")]
    );
}

#[test]
fn cli_exclude_in_the_config_skips_files() {
    let dir = tree(&[
        ("Dockerfile", NO_USER),
        ("test/fixtures/Dockerfile", NO_USER),
        ("caulk.toml", "exclude = [\"test/fixtures/**\"]\n"),
    ]);
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", "."])),
        [triple("run-as-root", "high", "Dockerfile")]
    );
    assert_eq!(
        findings(caulk(dir.path()).args(["audit", ".", "--no-config"])),
        [
            triple("run-as-root", "high", "Dockerfile"),
            triple("run-as-root", "high", "test/fixtures/Dockerfile"),
        ]
    );
}

#[test]
fn cli_init_writes_a_config_that_loads_and_does_not_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("caulk.toml");
    caulk(dir.path()).arg("init").assert().code(0);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("# fail-on = \"high\""), "{written}");
    config::load(&path).unwrap_or_else(|e| panic!("{e}\n{written}"));
    // The file it wrote is now the config of a run, and changes nothing.
    write_tree(dir.path(), &[("Dockerfile", NO_USER)]);
    assert_eq!(exit_code(caulk(dir.path()).args(["audit", "."])), 1);

    // Not over an existing file, unless told.
    std::fs::write(&path, "fail-on = \"none\"\n").unwrap();
    caulk(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "fail-on = \"none\"\n"
    );
    caulk(dir.path()).args(["init", "--force"]).assert().code(0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    config::load(&path).unwrap();
}

/// `testdata/pki/expiring.crt` expires 2026-06-20: 19 days after the pinned clock.
fn expiring_tree(config: Option<&str>) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/pki/expiring.crt");
    std::fs::copy(fixture, dir.path().join("expiring.crt")).unwrap();
    if let Some(config) = config {
        std::fs::write(dir.path().join("caulk.toml"), config).unwrap();
    }
    dir
}

fn expiring_rules(dir: &TempDir, extra: &[&str]) -> Vec<(String, String, String)> {
    findings(
        caulk(dir.path())
            .args(["audit", ".", "--now", "2026-06-01T00:00:00Z"])
            .args(extra),
    )
    .into_iter()
    .filter(|(rule, _, _)| rule == "certificate-expiring-soon")
    .collect()
}

#[test]
fn cli_days_changes_certificate_expiring_soon() {
    let fires = |severity: &str| {
        vec![triple(
            "certificate-expiring-soon",
            severity,
            "expiring.crt",
        )]
    };
    // The default window of 30 days.
    assert_eq!(expiring_rules(&expiring_tree(None), &[]), fires("medium"));
    // 10 days: 19 days left is not soon.
    let dir = expiring_tree(Some("[rules]\ncertificate-expiring-soon = { days = 10 }\n"));
    assert_eq!(expiring_rules(&dir, &[]), none());
    // `--expiry-days` beats the config.
    assert_eq!(
        expiring_rules(&dir, &["--expiry-days", "30"]),
        fires("medium")
    );
    // A wider window, and a severity with it.
    let dir = expiring_tree(Some(
        "[rules]\ncertificate-expiring-soon = { severity = \"high\", days = 20 }\n",
    ));
    assert_eq!(expiring_rules(&dir, &[]), fires("high"));
}
