//! Property tests of the span machinery (issue 8): for any input, every finding's span lies
//! inside its file, on character boundaries, and the line and column that reports print for
//! it agree with its bytes.
//!
//! The inputs are files that do produce findings (a privileged Compose service, a Pod on the
//! host's namespaces, a Dockerfile running as root, ...) mutated by inserting multi-byte
//! characters, carriage returns, byte-order marks, tabs and YAML punctuation at random places,
//! and soups of such fragments: so the spans land after multi-byte text, on `\r\n` lines and
//! next to broken syntax. The line and column are checked against an oracle that counts
//! newlines and characters itself, in the JSON report as users see it.
//!
//! `PROPTEST_CASES=N cargo test --test properties` runs more cases than the default 256.

use std::path::{Path, PathBuf};

use caulk::source::{LineIndex, SourceFile};
use caulk::{AuditOptions, Report, audit};
use proptest::prelude::*;

/// (file name, text): each yields at least one finding as written.
const BASES: &[(&str, &str)] = &[
    (
        "docker-compose.yml",
        "services:\n  web:\n    image: nginx:latest\n    privileged: true\n    network_mode: host\n    cap_add: [SYS_ADMIN, NET_ADMIN]\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n      - /:/host\n    environment:\n      DB_PASSWORD: hunter2-s3cret-Value\n",
    ),
    (
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: café\nspec:\n  hostPID: true\n  hostNetwork: true\n  containers:\n    - name: app\n      image: \"nginx\"\n      securityContext:\n        privileged: true\n        allowPrivilegeEscalation: true\n        capabilities:\n          add: [\"SYS_ADMIN\"]\n      volumeMounts:\n        - name: root\n          mountPath: /host\n  volumes:\n    - name: root\n      hostPath:\n        path: /\n",
    ),
    (
        "rbac.yaml",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: everyone\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n  - kind: Group\n    name: system:authenticated\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\nstringData:\n  password: \"p@ssw0rd-très-secret\"\n",
    ),
    (
        "Dockerfile",
        "FROM ubuntu:latest\nARG TOKEN=ghp_0123456789abcdefABCDEF0123456789abcd\nENV API_KEY=sk_live_0123456789abcdef\nUSER root\nRUN curl -k https://example.invalid/install.sh | sh\nRUN chmod 777 /app && <<EOF cat\nhello\nEOF\nADD http://example.invalid/x.tgz /opt/\nCOPY . /app\n",
    ),
    (
        ".env",
        "DB_PASSWORD=hunter2-s3cret-Value\nNODE_TLS_REJECT_UNAUTHORIZED=0\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    ),
    (
        "server.ts",
        "import https from 'https';\nconst agent = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'RC4-SHA:DES-CBC3-SHA' });\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n",
    ),
    (
        "client.js",
        "const tls = require('tls');\nconst s = tls.connect({ host: 'x', rejectUnauthorized: false, secureProtocol: 'TLSv1_method' });\n",
    ),
    (
        "main.go",
        "package main\n\nimport \"crypto/tls\"\n\nvar c = &tls.Config{\n\tInsecureSkipVerify: true,\n\tMinVersion:         tls.VersionTLS10,\n\tCipherSuites:       []uint16{tls.TLS_RSA_WITH_RC4_128_SHA},\n}\n",
    ),
    (
        "ingress-nginx.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  ssl-protocols: \"TLSv1 TLSv1.1\"\n  ssl-ciphers: \"RC4-SHA:HIGH\"\n",
    ),
    (
        "broken.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: x\n",
    ),
];

/// A real key, read as the PEM scanner reads it: an unencrypted key is a finding.
const KEY: (&str, &str) = ("server.key", include_str!("../testdata/pki/p256.key"));

/// Text that moves spans around: multi-byte characters of 2, 3 and 4 bytes, line ends of
/// every kind, a byte-order mark, tabs, YAML and Dockerfile punctuation.
const FRAGMENTS: &[&str] = &[
    "é",
    "日本語",
    "🦀",
    "\u{feff}",
    "\u{200b}",
    "\r\n",
    "\r",
    "\n",
    "\t",
    " ",
    "  ",
    "#",
    "# caulk:ignore",
    "'",
    "\"",
    ": ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "<<: *a\n",
    "|\n",
    ">-\n",
    "---\n",
    "\\\n",
    "privileged: true",
    "hostPath:\n  path: /",
    "USER root\n",
    "FROM x\n",
    "RUN <<EOF\n",
    "PASSWORD=é",
    "rejectUnauthorized: false",
    "InsecureSkipVerify: true",
    "-----BEGIN PRIVATE KEY-----\n",
    "-----END PRIVATE KEY-----\n",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Inserts `insert` at about `at` (moved back to a character boundary).
fn insert_at(text: &mut String, at: usize, insert: &str) {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text.insert_str(at, insert);
}

/// A file that produces findings, with random edits.
fn mutated() -> impl Strategy<Value = (String, String)> {
    let bases: Vec<(&str, &str)> = BASES.iter().copied().chain([KEY]).collect();
    (
        prop::sample::select(bases),
        prop::collection::vec((any::<usize>(), fragment()), 0..8),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|((name, text), edits, crlf, bom)| {
            let mut text = text.to_string();
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            if bom {
                text.insert(0, '\u{feff}');
            }
            for (at, insert) in edits {
                insert_at(&mut text, at, &insert);
            }
            (name.to_string(), text)
        })
}

/// A soup of fragments under any of the names caulk reads.
fn soup() -> impl Strategy<Value = (String, String)> {
    let names: Vec<&str> = BASES.iter().map(|(name, _)| *name).chain([KEY.0]).collect();
    (
        prop::sample::select(names),
        prop::collection::vec(fragment(), 0..40),
    )
        .prop_map(|(name, parts)| (name.to_string(), parts.concat()))
}

/// Line and column counted without caulk's index: 1-based line, 1-based column in
/// characters.
fn oracle(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Every finding and related location of the report, checked against the file's bytes, in
/// the JSON report as printed.
fn check_report(report: &Report) -> Result<(), TestCaseError> {
    let json: serde_json::Value =
        serde_json::from_str(&caulk::report::json::render(report)).expect("JSON report");
    let printed = json["findings"].as_array().expect("findings");
    prop_assert_eq!(printed.len(), report.findings.len());
    for (finding, shown) in report.findings.iter().zip(printed) {
        let file: &SourceFile = &report.project.files[finding.file];
        let text = &*file.full_text();
        let span = finding.span;
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "{}: span {:?} outside {} bytes of {:?}",
            finding.rule,
            span,
            text.len(),
            text
        );
        prop_assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{}: span {:?} off character boundaries in {:?}",
            finding.rule,
            span,
            text
        );
        let (line, column) = oracle(text, span.start);
        let (end_line, end_column) = oracle(text, span.end);
        prop_assert_eq!(shown["byte_start"].as_u64(), Some(span.start as u64));
        prop_assert_eq!(shown["byte_end"].as_u64(), Some(span.end as u64));
        prop_assert_eq!(
            (shown["line"].as_u64(), shown["column"].as_u64()),
            (Some(line as u64), Some(column as u64)),
            "{} start of {:?} in {:?}",
            finding.rule,
            span,
            text
        );
        prop_assert_eq!(
            (shown["end_line"].as_u64(), shown["end_column"].as_u64()),
            (Some(end_line as u64), Some(end_column as u64)),
            "{} end of {:?} in {:?}",
            finding.rule,
            span,
            text
        );
        for redact in &finding.redact {
            prop_assert!(redact.start <= redact.end && redact.end <= text.len());
            prop_assert!(text.is_char_boundary(redact.start) && text.is_char_boundary(redact.end));
        }
        for related in &finding.related {
            let other = &*report.project.files[related.file].full_text();
            prop_assert!(related.span.start <= related.span.end && related.span.end <= other.len());
            prop_assert!(
                other.is_char_boundary(related.span.start)
                    && other.is_char_boundary(related.span.end)
            );
        }
    }
    // The human report underlines every span: it must render, not panic.
    let human = caulk::report::human::render(report, false, false);
    prop_assert!(report.findings.is_empty() || !human.is_empty());
    Ok(())
}

fn scan(files: &[(String, String)]) -> (tempfile::TempDir, Report) {
    let dir = tempfile::tempdir().unwrap();
    for (i, (name, text)) in files.iter().enumerate() {
        // One directory per file: two inputs may share a name.
        let path = dir.path().join(format!("f{i}")).join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let options = AuditOptions {
        // A fixed clock: certificate-date findings do not depend on the day the test runs.
        now: Some(1_780_000_000),
        ..AuditOptions::default()
    };
    let report = audit(&[PathBuf::from(dir.path())], &options).expect("scan runs");
    (dir, report)
}

proptest! {
    #[test]
    fn finding_spans_are_inside_the_file_and_agree_with_their_line_and_column(
        files in prop::collection::vec(prop_oneof![3 => mutated(), 1 => soup()], 1..4)
    ) {
        let (_dir, report) = scan(&files);
        check_report(&report)?;
    }

    #[test]
    fn line_index_positions_agree_with_counting(
        parts in prop::collection::vec(fragment(), 0..60),
        at in any::<usize>(),
    ) {
        let text = parts.concat();
        let index = LineIndex::new(&text);
        let mut offset = at % (text.len() + 1);
        let asked = offset;
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        // An offset inside a character is reported at the character's start.
        let position = index.position(&text, asked);
        prop_assert_eq!((position.line, position.column), oracle(&text, offset));
        prop_assert_eq!(index.offset_of(&text, position.line, position.column), offset);
        // One past the end is clamped to the end.
        let end = index.position(&text, text.len() + 1 + at % 8);
        prop_assert_eq!((end.line, end.column), oracle(&text, text.len()));
    }

    #[test]
    fn point_spans_cover_one_character_on_boundaries(
        parts in prop::collection::vec(fragment(), 0..30),
        at in any::<usize>(),
    ) {
        let text = parts.concat();
        let file = SourceFile::new("x".into(), Path::new("x").to_path_buf(), text.clone());
        let span = file.point(at % (text.len() + 2));
        prop_assert!(span.start <= span.end && span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(file.slice(span).chars().count() <= 1);
        prop_assert!(!file.slice(span).contains('\n'));
    }
}

/// A byte-order mark and CRLF line ends move no finding: the line and column are those of
/// the same file without them.
#[test]
fn findings_after_a_bom_and_crlf_lines_keep_their_lines() {
    let text = "\u{feff}services:\r\n  web:\r\n    image: nginx\r\n    privileged: true\r\n";
    let (_dir, report) = scan(&[("docker-compose.yml".to_string(), text.to_string())]);
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == "privileged-container")
        .expect("privileged-container");
    let file = &report.project.files[finding.file];
    let at = file.position(finding.span.start);
    assert_eq!((at.line, at.column), (4, 17));
    // The scan released the text; the report reads it again.
    assert_eq!(
        &file.full_text()[finding.span.start..finding.span.end],
        "true"
    );
}
