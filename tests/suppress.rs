//! Suppressions (rules.md "Suppressions"): inline comments per file kind, `ignore-file`, the
//! Kubernetes `caulk.dev/ignore` annotation, `caulk.toml` `[[ignore]]`, notes about unknown
//! rule IDs and unused suppressions, and the report's `suppressed` count.

mod common;

use std::path::Path;

use caulk::AuditOptions;
use caulk::config::{Config, PathIgnore};

use common::{d, write_tree};

/// What a test looks at: findings as `(rule, path, line)`, the suppressed count and the notes,
/// paths relative to the scanned directory.
#[derive(Debug)]
struct Out {
    findings: Vec<(String, String, usize)>,
    suppressed: usize,
    notes: Vec<String>,
}

impl Out {
    fn has(&self, rule: &str, path: &str, line: usize) -> bool {
        self.findings
            .iter()
            .any(|(r, p, l)| r == rule && p == path && *l == line)
    }

    fn count(&self, rule: &str) -> usize {
        self.findings.iter().filter(|(r, ..)| r == rule).count()
    }

    fn lines_of(&self, rule: &str) -> Vec<usize> {
        self.findings
            .iter()
            .filter(|(r, ..)| r == rule)
            .map(|(.., l)| *l)
            .collect()
    }
}

fn audit_in(root: &Path, options: &AuditOptions) -> Out {
    let report = caulk::audit(&[root.to_path_buf()], options).expect("audit failed");
    let prefix = format!("{}/", root.display());
    let findings = report
        .findings
        .iter()
        .map(|f| {
            let file = &report.project.files[f.file];
            let path = file.display_path.replace(&prefix, "");
            (f.rule.to_string(), path, file.position(f.span.start).line)
        })
        .collect();
    Out {
        findings,
        suppressed: report.suppressed,
        notes: report
            .notes
            .iter()
            .map(|n| n.replace(&prefix, ""))
            .collect(),
    }
}

/// Audits a tree of files (each dedented with `d`).
fn run_with(files: &[(&str, &str)], options: &AuditOptions) -> Out {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<(&str, String)> = files.iter().map(|(p, t)| (*p, d(t))).collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    write_tree(dir.path(), &borrowed);
    audit_in(dir.path(), options)
}

fn run(files: &[(&str, &str)]) -> Out {
    run_with(files, &AuditOptions::default())
}

fn unused() -> AuditOptions {
    AuditOptions {
        report_unused_ignores: true,
        ..AuditOptions::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

#[test]
fn dockerfile_comment_above_and_on_the_line() {
    let out = run(&[(
        "Dockerfile",
        r##"
        FROM alpine:3.20
        # caulk:ignore=secret-in-environment test fixture, not a real token
        ENV API_TOKEN=s3cr3tvalue123
        ENV DB_PASSWORD=hunter2hunter2 # caulk:ignore=secret-in-environment
        ENV ADMIN_PASSWORD=correcthorsebattery
        USER 10001
        "##,
    )]);
    assert_eq!(out.lines_of("secret-in-environment"), vec![5], "{out:#?}");
    assert_eq!(out.suppressed, 2, "{out:#?}");
    assert!(out.notes.is_empty(), "{out:#?}");
}

#[test]
fn dockerfile_control_without_comments_reports_all() {
    let out = run(&[(
        "Dockerfile",
        r##"
        FROM alpine:3.20
        # a comment that suppresses nothing
        ENV API_TOKEN=s3cr3tvalue123
        ENV DB_PASSWORD=hunter2hunter2
        USER 10001
        "##,
    )]);
    assert_eq!(
        out.lines_of("secret-in-environment"),
        vec![3, 4],
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 0);
}

/// A comment after code covers its own line only, not the next one.
#[test]
fn trailing_comment_does_not_cover_the_next_line() {
    let out = run(&[(
        "Dockerfile",
        r##"
        FROM alpine:3.20
        ENV DB_PASSWORD=hunter2hunter2 # caulk:ignore=secret-in-environment
        ENV API_TOKEN=s3cr3tvalue123
        USER 10001
        "##,
    )]);
    assert_eq!(out.lines_of("secret-in-environment"), vec![3], "{out:#?}");
}

/// A comment above a multi-line instruction covers findings on any of its lines; a comment
/// line inside the instruction (Docker drops it) covers the line after it.
#[test]
fn dockerfile_comment_above_a_continued_instruction() {
    let out = run(&[(
        "Dockerfile",
        r##"
        FROM alpine:3.20
        # caulk:ignore=insecure-download mirror with a self-signed certificate
        RUN apk add curl \
            && curl -k https://mirror.internal/tool -o /tool
        RUN apk add wget \
            # caulk:ignore=insecure-download
            && wget --no-check-certificate https://mirror.internal/x
        RUN curl -k https://example.com/other
        USER 10001
        "##,
    )]);
    assert_eq!(out.lines_of("insecure-download"), vec![8], "{out:#?}");
    assert_eq!(out.suppressed, 2);
}

// ---------------------------------------------------------------------------------------------
// Compose, Kubernetes comments, .env

#[test]
fn compose_comments() {
    let out = run(&[(
        "docker-compose.yml",
        r##"
        services:
          web:
            image: nginx:1.27
            user: "1000:1000"
            read_only: true
            cap_drop: [ALL]
            security_opt: ["no-new-privileges:true"]
            # caulk:ignore=privileged-container the CI runner needs it
            privileged: true
            network_mode: host  # caulk:ignore=host-network
            pid: host
        "##,
    )]);
    assert_eq!(out.count("privileged-container"), 0, "{out:#?}");
    assert_eq!(out.count("host-network"), 0, "{out:#?}");
    assert!(out.has("host-pid", "docker-compose.yml", 11), "{out:#?}");
    assert_eq!(out.suppressed, 2);
}

#[test]
fn kubernetes_manifest_comment() {
    let out = run(&[(
        "pod.yaml",
        r##"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostNetwork: true # caulk:ignore=host-network node exporter
          containers:
            - name: app
              image: app:1
              securityContext:
                # caulk:ignore=privileged-container
                privileged: true
        "##,
    )]);
    assert_eq!(out.count("privileged-container"), 0, "{out:#?}");
    assert_eq!(out.count("host-network"), 0, "{out:#?}");
    assert!(out.count("run-as-root") > 0, "{out:#?}");
    assert_eq!(out.suppressed, 2, "{out:#?}");
}

/// Several IDs in one comment, for several findings at one line (a container's `name:`).
#[test]
fn multi_rule_comment() {
    let pod = r##"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            # caulk:ignore=run-as-root,seccomp-profile-not-set,capabilities-not-dropped legacy image
            - name: app
              image: app:1
        "##;
    let plain = run(&[("pod.yaml", &pod.replace("# caulk:ignore", "# nothing"))]);
    let out = run(&[("pod.yaml", pod)]);
    for rule in [
        "run-as-root",
        "seccomp-profile-not-set",
        "capabilities-not-dropped",
    ] {
        assert!(plain.has(rule, "pod.yaml", 8), "{rule}: {plain:#?}");
        assert_eq!(out.count(rule), 0, "{rule}: {out:#?}");
    }
    assert!(
        out.has("privilege-escalation-allowed", "pod.yaml", 8),
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 3);
    assert!(out.notes.is_empty(), "{out:#?}");
}

/// Comment lines stacked above a line all cover it.
#[test]
fn stacked_comments_cover_the_line_below() {
    let out = run(&[(
        "docker-compose.yml",
        r##"
        services:
          web:
            image: nginx:1.27
            user: "1000:1000"
            read_only: true
            cap_drop: [ALL]
            security_opt: ["no-new-privileges:true"]
            # caulk:ignore=host-network
            # caulk:ignore=runtime-socket-mount
            volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
            network_mode: host
        "##,
    )]);
    assert_eq!(out.count("runtime-socket-mount"), 0, "{out:#?}");
    // The first comment covers the line after the stack (the volume), not `network_mode`.
    assert!(
        out.has("host-network", "docker-compose.yml", 11),
        "{out:#?}"
    );
}

#[test]
fn env_file_comment() {
    let out = run(&[(
        ".env",
        r##"
        # caulk:ignore=secret-in-environment shared dev token
        API_TOKEN=abcdef123456
        DB_PASSWORD=zzzzzzzzzz
        SESSION_SECRET=qqqqqqqqqq # caulk:ignore=secret-in-environment
        "##,
    )]);
    assert_eq!(out.lines_of("secret-in-environment"), vec![3], "{out:#?}");
    assert_eq!(out.suppressed, 2);
}

// ---------------------------------------------------------------------------------------------
// TypeScript and Go

#[test]
fn typescript_comments() {
    let out = run(&[(
        "src/client.ts",
        r##"
        import https from 'https';
        export const a = new https.Agent({
          // caulk:ignore=tls-verification-disabled talks to the local dev proxy
          rejectUnauthorized: false,
        });
        export const b = new https.Agent({ /* caulk:ignore=tls-verification-disabled */ rejectUnauthorized: false });
        export const c = new https.Agent({ rejectUnauthorized: false });
        "##,
    )]);
    assert_eq!(
        out.lines_of("tls-verification-disabled"),
        vec![7],
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 2);
}

#[test]
fn go_comments() {
    let out = run(&[(
        "main.go",
        r##"
        package main

        import "crypto/tls"

        func clients() {
        	// caulk:ignore=tls-verification-disabled test double
        	_ = &tls.Config{InsecureSkipVerify: true}
        	_ = &tls.Config{
        		InsecureSkipVerify: true, // caulk:ignore=tls-verification-disabled
        	}
        	_ = &tls.Config{InsecureSkipVerify: true}
        }
        "##,
    )]);
    assert_eq!(
        out.lines_of("tls-verification-disabled"),
        vec![11],
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 2);
}

// ---------------------------------------------------------------------------------------------
// Text that only looks like a comment

#[test]
fn directive_inside_a_string_is_not_honoured() {
    let out = run(&[
        (
            "Dockerfile",
            r##"
            FROM alpine:3.20
            RUN echo "# caulk:ignore=insecure-download" && curl -k https://example.com
            ENV API_TOKEN="value # caulk:ignore=secret-in-environment"
            USER 10001
            "##,
        ),
        (
            "client.ts",
            r##"
            import https from 'https';
            const s = "// caulk:ignore=tls-verification-disabled";
            const t = `/* caulk:ignore=tls-verification-disabled */`;
            export const a = new https.Agent({ rejectUnauthorized: false, s, t });
            "##,
        ),
        (
            "docker-compose.yml",
            r##"
            services:
              web:
                image: nginx:1.27
                user: "1000:1000"
                read_only: true
                cap_drop: [ALL]
                security_opt: ["no-new-privileges:true"]
                command: |
                  echo hi
                  # caulk:ignore=host-network
                network_mode: host
            "##,
        ),
    ]);
    assert!(out.has("insecure-download", "Dockerfile", 2), "{out:#?}");
    assert!(
        out.has("secret-in-environment", "Dockerfile", 3),
        "{out:#?}"
    );
    assert!(
        out.has("tls-verification-disabled", "client.ts", 4),
        "{out:#?}"
    );
    assert!(
        out.has("host-network", "docker-compose.yml", 11),
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 0, "{out:#?}");
}

/// `caulk:ignore` needs to start a word: `notcaulk:ignore=` is not one.
#[test]
fn directive_must_start_a_word() {
    let out = run(&[(
        "docker-compose.yml",
        r##"
        services:
          web:
            image: nginx:1.27
            user: "1000:1000"
            read_only: true
            cap_drop: [ALL]
            security_opt: ["no-new-privileges:true"]
            network_mode: host # xcaulk:ignore=host-network
        "##,
    )]);
    assert_eq!(out.count("host-network"), 1, "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// ignore-file and `all`

#[test]
fn ignore_file_covers_the_whole_file() {
    let out = run(&[
        (
            "docker-compose.yml",
            r##"
            services:
              web:
                image: nginx:1.27
              api:
                image: api:1
            # caulk:ignore-file=writable-root-filesystem,capabilities-not-dropped
            "##,
        ),
        (
            "other/docker-compose.yml",
            r##"
            services:
              web:
                image: nginx:1.27
            "##,
        ),
    ]);
    let in_first = |rule: &str| {
        out.findings
            .iter()
            .filter(|(r, p, _)| r == rule && p == "docker-compose.yml")
            .count()
    };
    assert_eq!(in_first("writable-root-filesystem"), 0, "{out:#?}");
    assert_eq!(in_first("capabilities-not-dropped"), 0, "{out:#?}");
    assert_eq!(in_first("privilege-escalation-allowed"), 2, "{out:#?}");
    // Another file is not covered.
    assert_eq!(out.count("writable-root-filesystem"), 1, "{out:#?}");
    assert_eq!(out.suppressed, 4);
}

#[test]
fn ignore_all_covers_every_rule() {
    let out = run(&[
        (
            "Dockerfile",
            r##"
            # caulk:ignore=all
            FROM alpine:3.20
            ENV API_TOKEN=s3cr3tvalue123 # caulk:ignore=all
            "##,
        ),
        (
            "fixtures/docker-compose.yml",
            r##"
            # caulk:ignore-file=all deliberately insecure fixture
            services:
              web:
                image: nginx:1.27
                privileged: true
            "##,
        ),
    ]);
    assert!(out.findings.is_empty(), "{out:#?}");
    assert!(out.suppressed >= 5, "{out:#?}");
    assert!(out.notes.is_empty(), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// Kubernetes annotation

const ANNOTATED: &str = r##"
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      namespace: shop
      annotations:
        caulk.dev/ignore: "run-as-root,writable-root-filesystem"
    spec:
      template:
        spec:
          containers:
            - name: api
              image: api:1
            - name: sidecar
              image: proxy:1
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: other
      namespace: shop
    spec:
      template:
        spec:
          containers:
            - name: api
              image: api:1
"##;

#[test]
fn annotation_suppresses_the_objects_containers() {
    let plain = run(&[(
        "deploy.yaml",
        &ANNOTATED.replace("caulk.dev/ignore", "example.com/note"),
    )]);
    let out = run(&[("deploy.yaml", ANNOTATED)]);
    // Without the annotation: two containers of `web`, one of `other`.
    assert_eq!(plain.count("run-as-root"), 3, "{plain:#?}");
    assert_eq!(plain.count("writable-root-filesystem"), 3, "{plain:#?}");
    // With it: only `other`'s container (line 26) is reported.
    assert_eq!(out.lines_of("run-as-root"), vec![26], "{out:#?}");
    assert_eq!(
        out.lines_of("writable-root-filesystem"),
        vec![26],
        "{out:#?}"
    );
    // Rules the annotation does not name still fire for `web`.
    assert!(
        out.has("capabilities-not-dropped", "deploy.yaml", 12),
        "{out:#?}"
    );
    assert_eq!(out.suppressed, 4, "{out:#?}");
}

#[test]
fn annotation_on_the_pod_template() {
    let out = run(&[(
        "deploy.yaml",
        r##"
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                caulk.dev/ignore: run-as-root
            spec:
              containers:
                - name: api
                  image: api:1
        "##,
    )]);
    assert_eq!(out.count("run-as-root"), 0, "{out:#?}");
    assert_eq!(out.suppressed, 1, "{out:#?}");
}

#[test]
fn annotation_in_a_json_manifest() {
    let out = run(&[(
        "pod.json",
        r##"
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": {"name": "web", "annotations": {"caulk.dev/ignore": "privileged-container"}},
          "spec": {"containers": [{"name": "app", "image": "app:1",
                                   "securityContext": {"privileged": true}}]}
        }
        "##,
    )]);
    assert_eq!(out.count("privileged-container"), 0, "{out:#?}");
    assert!(out.count("run-as-root") > 0, "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// caulk.toml [[ignore]]

fn key_tree(dir: &Path) {
    let key = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/pki/server.key"))
        .unwrap();
    for sub in ["certs/dev", "certs/prod"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("server.key"), &key).unwrap();
    }
}

fn config_options(dir: &Path, ignores: Vec<PathIgnore>, report_unused: bool) -> AuditOptions {
    AuditOptions {
        config: Some(Config {
            path: dir.join("caulk.toml"),
            ignores,
            ..Default::default()
        }),
        report_unused_ignores: report_unused,
        ..AuditOptions::default()
    }
}

#[test]
fn config_ignore_suppresses_a_key_file() {
    let dir = tempfile::tempdir().unwrap();
    key_tree(dir.path());
    let ignores = vec![PathIgnore {
        paths: vec!["certs/dev/**".to_string()],
        rules: vec!["private-key-unencrypted".to_string()],
        reason: Some("throw-away development certificates".to_string()),
    }];
    let control = audit_in(dir.path(), &AuditOptions::default());
    assert!(
        control.has("private-key-unencrypted", "certs/dev/server.key", 1),
        "{control:#?}"
    );
    let out = audit_in(dir.path(), &config_options(dir.path(), ignores, true));
    assert_eq!(
        out.findings
            .iter()
            .filter(|(r, ..)| r == "private-key-unencrypted")
            .map(|(_, p, _)| p.as_str())
            .collect::<Vec<_>>(),
        vec!["certs/prod/server.key"],
        "{out:#?}"
    );
    assert!(out.suppressed >= 1, "{out:#?}");
    assert!(out.notes.is_empty(), "{out:#?}");
}

/// A directory glob covers the files under it; no rules means every rule; any file kind.
#[test]
fn config_ignore_of_a_directory_and_all_rules() {
    let dir = tempfile::tempdir().unwrap();
    key_tree(dir.path());
    write_tree(
        dir.path(),
        &[(
            "certs/dev/docker-compose.yml",
            "services:\n  web:\n    image: nginx:1.27\n",
        )],
    );
    let ignores = vec![PathIgnore {
        paths: vec!["certs/dev".to_string()],
        rules: Vec::new(),
        reason: None,
    }];
    let out = audit_in(dir.path(), &config_options(dir.path(), ignores, false));
    assert!(
        out.findings
            .iter()
            .all(|(_, p, _)| p == "certs/prod/server.key"),
        "{out:#?}"
    );
    assert!(out.suppressed >= 3, "{out:#?}");
}

/// `*` does not cross directories: `*.key` relative to the config is the top level only.
#[test]
fn config_ignore_globs_are_relative_to_the_config() {
    let dir = tempfile::tempdir().unwrap();
    key_tree(dir.path());
    let ignores = vec![PathIgnore {
        paths: vec!["*.key".to_string()],
        rules: Vec::new(),
        reason: None,
    }];
    let out = audit_in(dir.path(), &config_options(dir.path(), ignores, true));
    assert_eq!(out.count("private-key-unencrypted"), 2, "{out:#?}");
    assert_eq!(out.suppressed, 0);
    assert!(
        out.notes
            .iter()
            .any(|n| n.contains("[[ignore]] paths = [\"*.key\"]")
                && n.ends_with("suppresses nothing")),
        "{out:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Notes: unknown rules, unused suppressions

#[test]
fn unknown_rule_is_a_note_and_the_rest_still_works() {
    let out = run(&[(
        "docker-compose.yml",
        r##"
        services:
          web:
            image: nginx:1.27
            user: "1000:1000"
            read_only: true
            cap_drop: [ALL]
            security_opt: ["no-new-privileges:true"]
            network_mode: host # caulk:ignore=host-netwrok,host-network
        "##,
    )]);
    assert_eq!(out.count("host-network"), 0, "{out:#?}");
    assert_eq!(out.suppressed, 1);
    assert_eq!(out.notes.len(), 1, "{out:#?}");
    let note = &out.notes[0];
    assert!(note.starts_with("docker-compose.yml:8: "), "{note}");
    assert!(note.contains("unknown rule `host-netwrok`"), "{note}");
}

#[test]
fn unknown_rule_in_an_annotation_is_a_note() {
    let out = run(&[(
        "pod.yaml",
        r##"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            caulk.dev/ignore: "run-as-rot, run-as-root"
        spec:
          containers:
            - name: app
              image: app:1
        "##,
    )]);
    assert_eq!(out.count("run-as-root"), 0, "{out:#?}");
    assert_eq!(out.notes.len(), 1, "{out:#?}");
    assert!(
        out.notes[0].starts_with("pod.yaml:6: ") && out.notes[0].contains("`run-as-rot`"),
        "{out:#?}"
    );
}

const UNUSED: &str = r##"
    FROM alpine:3.20
    # caulk:ignore=secret-in-environment,insecure-download
    ENV API_TOKEN=s3cr3tvalue123
    # caulk:ignore-file=privileged-container
    USER 10001
"##;

#[test]
fn unused_suppressions_are_reported_on_request() {
    let out = run_with(&[("Dockerfile", UNUSED)], &unused());
    assert_eq!(out.count("secret-in-environment"), 0, "{out:#?}");
    assert_eq!(
        out.notes,
        vec![
            "Dockerfile:2: caulk:ignore=insecure-download suppresses nothing".to_string(),
            "Dockerfile:4: caulk:ignore-file=privileged-container suppresses nothing".to_string(),
        ],
        "{out:#?}"
    );
}

#[test]
fn unused_suppressions_are_quiet_by_default() {
    let out = run(&[("Dockerfile", UNUSED)]);
    assert_eq!(out.count("secret-in-environment"), 0, "{out:#?}");
    assert!(out.notes.is_empty(), "{out:#?}");
}

#[test]
fn unused_annotation_is_reported_on_request() {
    let pod = r##"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            caulk.dev/ignore: "run-as-root,host-pid"
        spec:
          containers:
            - name: app
              image: app:1
        "##;
    let out = run_with(&[("pod.yaml", pod)], &unused());
    assert_eq!(
        out.notes,
        vec!["pod.yaml:6: caulk.dev/ignore: host-pid suppresses nothing".to_string()],
        "{out:#?}"
    );
}

#[test]
fn directive_without_ids_is_a_note() {
    let out = run(&[(
        "Dockerfile",
        r##"
        FROM alpine:3.20
        # caulk:ignore
        ENV API_TOKEN=s3cr3tvalue123
        USER 10001
        "##,
    )]);
    assert_eq!(out.count("secret-in-environment"), 1, "{out:#?}");
    assert_eq!(out.notes.len(), 1, "{out:#?}");
    assert!(out.notes[0].starts_with("Dockerfile:2: "), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// The report

#[test]
fn report_counts_suppressed_findings() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(
        dir.path(),
        &[(
            "docker-compose.yml",
            &d(r##"
            # caulk:ignore-file=writable-root-filesystem
            services:
              web:
                image: nginx:1.27
                user: "1000:1000"
                cap_drop: [ALL]
                security_opt: ["no-new-privileges:true"]
                network_mode: host # caulk:ignore=host-network
            "##),
        )],
    );
    let report = caulk::audit(&[dir.path().to_path_buf()], &AuditOptions::default()).unwrap();
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.suppressed, 2);
    assert_eq!(report.baselined, 0);
    let text = caulk::report::human::render(&report, false, false);
    assert!(
        text.contains("no findings in 1 files; 2 suppressed"),
        "{text}"
    );
}

/// A rule the config turns off has nothing to suppress: its suppressions are not "unused".
#[test]
fn unused_suppression_of_a_rule_turned_off_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), &[("Dockerfile", &d(UNUSED))]);
    let mut options = config_options(dir.path(), Vec::new(), true);
    if let Some(config) = options.config.as_mut() {
        config.rules.insert(
            "insecure-download".to_string(),
            caulk::config::RuleConfig {
                enabled: false,
                ..Default::default()
            },
        );
    }
    let out = audit_in(dir.path(), &options);
    assert_eq!(
        out.notes,
        vec!["Dockerfile:4: caulk:ignore-file=privileged-container suppresses nothing".to_string()],
        "{out:#?}"
    );
}
