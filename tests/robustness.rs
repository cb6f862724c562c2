//! Hostile inputs: every one gives a `parse-error` or a note, the other files are still
//! reported, and nothing panics or hangs.

use std::path::{Path, PathBuf};

use caulk::{AuditOptions, Report, audit};

/// A privileged Compose service: the finding that proves the rest of the scan went on.
const GOOD_NEIGHBOUR: &str = "services:\n  web:\n    image: nginx\n    privileged: true\n";

fn scan(dir: &Path) -> Report {
    audit(&[PathBuf::from(dir)], &AuditOptions::default()).expect("scan runs")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

/// (rule, file name, line, column, message) of every finding.
fn findings(report: &Report) -> Vec<(String, String, usize, usize, String)> {
    report
        .findings
        .iter()
        .map(|f| {
            let file = &report.project.files[f.file];
            let at = file.position(f.span.start);
            let name = Path::new(&file.display_path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                f.rule.to_string(),
                name,
                at.line,
                at.column,
                f.message.clone(),
            )
        })
        .collect()
}

fn parse_error_in(report: &Report, name: &str) -> (usize, usize, String) {
    findings(report)
        .into_iter()
        .find(|f| f.0 == "parse-error" && f.1 == name)
        .map(|f| (f.2, f.3, f.4))
        .unwrap_or_else(|| panic!("no parse-error in {name}: {:?}", findings(report)))
}

fn neighbour_still_reported(report: &Report) {
    assert!(
        findings(report)
            .iter()
            .any(|f| f.0 == "privileged-container" && f.1 == "docker-compose.yml"),
        "the valid neighbour was not reported: {:?}",
        findings(report)
    );
}

#[test]
fn malformed_yaml_is_a_parse_error_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(
        dir.path(),
        "deploy.yaml",
        b"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: x\n",
    );
    let report = scan(dir.path());
    let (line, column, message) = parse_error_in(&report, "deploy.yaml");
    assert_eq!((line, column), (5, 10), "{message}");
    assert!(message.starts_with("invalid YAML"), "{message}");
    neighbour_still_reported(&report);
}

#[test]
fn unterminated_heredoc_is_a_parse_error_and_earlier_instructions_still_count() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(
        dir.path(),
        "Dockerfile",
        b"FROM alpine\nUSER root\nRUN <<EOF\necho never closed\n",
    );
    let report = scan(dir.path());
    let (line, column, message) = parse_error_in(&report, "Dockerfile");
    // Reported at the `<<EOF` that opened it, not at the end of the file.
    assert_eq!((line, column), (3, 5));
    assert!(message.contains("here-document"), "{message}");
    assert!(
        findings(&report)
            .iter()
            .any(|f| f.0 == "run-as-root" && f.1 == "Dockerfile" && f.2 == 2),
        "{:?}",
        findings(&report)
    );
    neighbour_still_reported(&report);
}

#[test]
fn binary_file_named_dockerfile_is_a_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let mut garbage: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    garbage.extend_from_slice(b"\x00\x01\x02ELF");
    write(dir.path(), "Dockerfile", &garbage);
    let report = scan(dir.path());
    let (line, column, message) = parse_error_in(&report, "Dockerfile");
    assert_eq!((line, column), (1, 1));
    assert!(message.contains("binary"), "{message}");
    neighbour_still_reported(&report);
}

#[test]
fn non_utf8_bytes_are_a_parse_error_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(
        dir.path(),
        "sub/compose.yaml",
        b"services:\n  web:\n    image: \xff\xfe\n",
    );
    let report = scan(dir.path());
    let (_, _, message) = parse_error_in(&report, "compose.yaml");
    assert!(
        message.contains("UTF-8") && message.contains("offset 28"),
        "{message}"
    );
    neighbour_still_reported(&report);
}

#[test]
fn alias_bomb_is_a_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let mut bomb = String::from(
        "apiVersion: v1\nkind: ConfigMap\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..12 {
        let p = format!("*a{}", i - 1);
        let refs = [p.as_str(); 10].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    write(dir.path(), "bomb.yaml", bomb.as_bytes());
    let report = scan(dir.path());
    let (_, _, message) = parse_error_in(&report, "bomb.yaml");
    assert!(message.contains("alias"), "{message}");
    neighbour_still_reported(&report);
}

#[test]
fn hundred_thousand_nested_brackets_do_not_overflow_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(dir.path(), "deep.yaml", "[".repeat(100_000).as_bytes());
    write(
        dir.path(),
        "deep.json",
        "{\"a\":".repeat(100_000).as_bytes(),
    );
    let report = scan(dir.path());
    parse_error_in(&report, "deep.yaml");
    neighbour_still_reported(&report);
}

#[test]
fn empty_and_whitespace_files_are_quietly_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(dir.path(), "empty.yaml", b"");
    write(dir.path(), "blank.yml", b"\n\n   \n");
    write(
        dir.path(),
        "only-comments.yaml",
        b"# nothing here\n---\n# nor here\n",
    );
    let report = scan(dir.path());
    assert!(
        findings(&report).iter().all(|f| f.0 != "parse-error"),
        "{:?}",
        findings(&report)
    );
    neighbour_still_reported(&report);
}

#[test]
fn symlink_loop_and_symlink_out_of_the_root_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    write(
        outside.path(),
        "docker-compose.yml",
        b"services:\n  x:\n    image: a\n    privileged: true\n",
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("docker-compose.yml"),
        dir.path().join("compose.yaml"),
    )
    .unwrap();
    let report = scan(dir.path());
    let scanned: Vec<&str> = report
        .project
        .files
        .iter()
        .map(|f| f.display_path.as_str())
        .collect();
    assert_eq!(scanned.len(), 1, "{scanned:?}");
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("compose.yaml") && n.contains("outside")),
        "{:?}",
        report.notes
    );
    neighbour_still_reported(&report);
}

#[test]
fn symlink_inside_the_root_is_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "real/docker-compose.yml",
        GOOD_NEIGHBOUR.as_bytes(),
    );
    std::os::unix::fs::symlink(
        dir.path().join("real/docker-compose.yml"),
        dir.path().join("docker-compose.yml"),
    )
    .unwrap();
    let report = scan(dir.path());
    assert_eq!(report.project.files.len(), 2);
}

#[test]
fn fifo_named_like_a_manifest_does_not_block_the_scan() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let fifo = dir.path().join("Dockerfile");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo has no other preconditions.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    let report = scan(dir.path());
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("Dockerfile") && n.contains("not a regular file")),
        "{:?}",
        report.notes
    );
    // Named on the command line, too.
    let direct = audit(&[fifo], &AuditOptions::default()).expect("scan runs");
    assert!(direct.project.files.is_empty());
    neighbour_still_reported(&report);
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let mut big = b"apiVersion: v1\nkind: ConfigMap\ndata:\n  x: \"".to_vec();
    big.resize(5 * 1024 * 1024, b'a');
    write(dir.path(), "big.yaml", &big);
    let report = scan(dir.path());
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("big.yaml") && n.contains("limit")),
        "{:?}",
        report.notes
    );
    neighbour_still_reported(&report);
}

#[test]
fn unreadable_file_is_a_note_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    // A dangling link cannot be read by anyone, root included (root ignores file modes).
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("Dockerfile")).unwrap();
    let report = scan(dir.path());
    assert!(
        report.notes.iter().any(|n| n.contains("Dockerfile")),
        "{:?}",
        report.notes
    );
    neighbour_still_reported(&report);
}

#[test]
fn helm_templates_are_a_note_not_a_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(
        dir.path(),
        "chart/templates/deployment.yaml",
        b"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n",
    );
    let report = scan(dir.path());
    assert!(findings(&report).iter().all(|f| f.0 != "parse-error"));
    assert!(
        report.notes.iter().any(|n| n.contains("Helm template")),
        "{:?}",
        report.notes
    );
}

#[test]
fn random_garbage_in_every_format_never_panics() {
    // A fixed xorshift sequence: reproducible garbage, no extra dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: &[u8] = b"{}[]:-&*!|>'\"#%@`,? \n\t\\abcFROMUSERRUN<<EOF0123456789=$";
    let dir = tempfile::tempdir().unwrap();
    for round in 0..200 {
        let len = (next() % 400) as usize;
        let text: Vec<u8> = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let name = match round % 4 {
            0 => "Dockerfile",
            1 => "docker-compose.yml",
            2 => "k8s.yaml",
            _ => "k8s.json",
        };
        write(dir.path(), &format!("r{round}/{name}"), &text);
    }
    let report = scan(dir.path());
    for f in &report.findings {
        let file = &report.project.files[f.file];
        let text = file.full_text();
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
}

#[test]
fn garbage_certificates_and_keys_are_parse_errors_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    // A `.crt` of random bytes is tried as DER and fails with a parse error at its start.
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write(dir.path(), "noise.crt", &noise);
    // A DER header claiming a 4 GiB certificate.
    write(
        dir.path(),
        "huge.der",
        &[0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01],
    );
    // PEM armour around nonsense, and a BEGIN that never ends.
    write(
        dir.path(),
        "armour.pem",
        b"-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n",
    );
    let mut endless = b"-----BEGIN RSA PRIVATE KEY-----\n".repeat(20_000);
    endless.extend_from_slice(b"MIIB\n");
    write(dir.path(), "endless.key", &endless);
    // Not key material at all: a Keynote document named `.key`, a `.p12` of text.
    write(dir.path(), "slides.key", b"PK\x03\x04\x00\x00binary zip");
    write(dir.path(), "store.p12", b"not really a key store");
    let report = scan(dir.path());
    neighbour_still_reported(&report);
    let (line, column, message) = parse_error_in(&report, "noise.crt");
    assert_eq!((line, column), (1, 1));
    assert!(
        message.contains("not a PEM or DER certificate"),
        "{message}"
    );
    parse_error_in(&report, "huge.der");
    let (line, _, message) = parse_error_in(&report, "armour.pem");
    assert_eq!(line, 1);
    assert!(message.contains("base64"), "{message}");
    let all = findings(&report);
    let endless_errors = all
        .iter()
        .filter(|f| f.0 == "parse-error" && f.1 == "endless.key")
        .count();
    // Thousands of broken blocks in one file: ten findings and a note, not thousands.
    assert_eq!(endless_errors, 10, "{all:?}");
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("endless.key") && n.contains("more broken PEM blocks")),
        "{:?}",
        report.notes
    );
    assert!(
        !all.iter().any(|f| f.1 == "slides.key"),
        "a binary .key that is not DER is not key material: {all:?}"
    );
}

/// Found by the `envfile` fuzz target: unterminated and multi-line quoted values gave spans
/// past the end of the file.
#[test]
fn env_file_quotes_that_never_close_keep_spans_inside_the_file() {
    for text in [
        "# coFEMI/ACCESS_KEY=# commeUnt\n5%\nNODElue\"\nSE='LIGSSlrX.U|nerridORDPPPPPFEEYienbPxRfiCY\nY=\nFEMI/K7MDENG/bPxRfie\"\nSI",
        "# somment\n:N\nODE_TLS_REJE0T_UNAUTH=0\nQUOTED=\"muTLS_REJE0TLS_RET_UNAUTH=0\nEY=wJalrXUtnFXUtnFEMI/K3MDENGJE0TLS",
        "A=\"one\r\ntwo\"\r\nB='x",
        "\u{feff}K=\"é\nü\" # c\nL=1",
    ] {
        for var in caulk::parse::envfile::parse(text) {
            for span in [var.span, var.value_span] {
                assert!(
                    span.start <= span.end && span.end <= text.len(),
                    "{span:?} in {text:?}"
                );
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }
    let vars = caulk::parse::envfile::parse("A=\"one\r\ntwo\"\r\nB='x");
    assert_eq!(vars.len(), 1, "{vars:?}");
    assert_eq!(vars[0].value.as_deref(), Some("one\ntwo"));
}

// ---------------------------------------------------------------------------------------------
// At most 1,000 findings per file
// ---------------------------------------------------------------------------------------------

/// A Compose file of `plain` services (each: `capabilities-not-dropped` low, and
/// `privilege-escalation-allowed` and `writable-root-filesystem` medium, all on the service's
/// name line) followed by `privileged` ones (the same three plus `privileged-container`
/// critical on their `privileged: true` line). Service `i` starts on line `2 + 2 * i`.
fn many_services(plain: usize, privileged: usize) -> String {
    format!(
        "services:\n{}{}",
        services(0..plain, false),
        services(plain..plain + privileged, true)
    )
}

/// Services `s<i>` for `i` in `names`, without the `services:` line.
fn services(names: std::ops::Range<usize>, privileged: bool) -> String {
    let mut text = String::new();
    for i in names {
        text.push_str(&format!("  s{i}:\n    image: nginx\n"));
        if privileged {
            text.push_str("    privileged: true\n");
        }
    }
    text
}

/// The line of plain service `i`'s findings.
fn service_line(i: usize) -> usize {
    2 + 2 * i
}

/// The notes about findings not shown.
fn cap_notes(report: &Report) -> Vec<&String> {
    report
        .notes
        .iter()
        .filter(|n| n.contains("not shown"))
        .collect()
}

/// `caulk audit --no-config ARGS...` in `dir`: exit code and standard output.
fn caulk(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_caulk"))
        .args(["audit", "--no-config"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("caulk runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn a_file_over_the_cap_shows_its_thousand_most_severe_findings_and_says_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    // 405 * 3 + 5 = 1,220 findings: 5 critical (at the very end), 810 medium, 405 low.
    write(dir.path(), "compose.yaml", many_services(400, 5).as_bytes());
    let report = scan(dir.path());
    let all = findings(&report);
    let big: Vec<_> = all.iter().filter(|f| f.1 == "compose.yaml").collect();
    assert_eq!(big.len(), 1_000);
    // Every critical, although they come last in the file.
    let critical: Vec<usize> = big
        .iter()
        .filter(|f| f.0 == "privileged-container")
        .map(|f| f.2)
        .collect();
    assert_eq!(critical, [804, 807, 810, 813, 816]);
    assert_eq!(
        big.iter()
            .filter(|f| f.0 == "privilege-escalation-allowed" || f.0 == "writable-root-filesystem")
            .count(),
        810
    );
    // Of the 405 lows, room for 185: the first ones in the file.
    let low: Vec<usize> = big
        .iter()
        .filter(|f| f.0 == "capabilities-not-dropped")
        .map(|f| f.2)
        .collect();
    assert_eq!(low, (0..185).map(service_line).collect::<Vec<_>>());
    assert!(big.iter().any(|f| f.0 == "capabilities-not-dropped"
        && f.2 == service_line(184)
        && f.4 == "service `s184` does not drop capabilities (`ALL`)"));
    // Still in report order.
    assert!(big.windows(2).all(|w| (w[0].2, w[0].3) <= (w[1].2, w[1].3)));
    let notes = cap_notes(&report);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].ends_with("compose.yaml: 220 more findings not shown (at most 1,000 per file)"),
        "{notes:?}"
    );
    // The file under the cap beside it is untouched.
    let neighbour: Vec<_> = all.iter().filter(|f| f.1 == "docker-compose.yml").collect();
    assert_eq!(neighbour.len(), 4, "{neighbour:?}");
}

#[test]
fn a_file_at_the_cap_is_untouched_and_one_more_is_one_note() {
    let dir = tempfile::tempdir().unwrap();
    // 332 * 3 + 4 = 1,000.
    write(dir.path(), "compose.yaml", many_services(332, 1).as_bytes());
    let report = scan(dir.path());
    assert_eq!(report.findings.len(), 1_000);
    assert!(cap_notes(&report).is_empty(), "{:?}", report.notes);

    // 331 * 3 + 2 * 4 = 1,001: the one left out is the last low.
    write(dir.path(), "compose.yaml", many_services(331, 2).as_bytes());
    let report = scan(dir.path());
    let all = findings(&report);
    assert_eq!(all.len(), 1_000);
    assert!(
        !all.iter()
            .any(|f| f.0 == "capabilities-not-dropped" && f.2 == 665)
    );
    assert!(
        all.iter()
            .any(|f| f.0 == "capabilities-not-dropped" && f.2 == 662)
    );
    let notes = cap_notes(&report);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].ends_with("compose.yaml: 1 more finding not shown (at most 1,000 per file)"),
        "{notes:?}"
    );
}

/// Suppressed and filtered findings take no place under the cap: what is left of the same
/// file is shown in full.
#[test]
fn suppressed_and_filtered_findings_do_not_count_against_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let text = many_services(400, 5);
    write(dir.path(), "compose.yaml", text.as_bytes());
    let options = AuditOptions {
        min_severity: Some(caulk::rules::Severity::Medium),
        ..AuditOptions::default()
    };
    let report = audit(&[dir.path().to_path_buf()], &options).expect("scan runs");
    assert_eq!(report.findings.len(), 815);
    assert!(cap_notes(&report).is_empty(), "{:?}", report.notes);

    let suppressed = text.replacen(
        "services:\n",
        "services: # caulk:ignore-file=writable-root-filesystem\n",
        1,
    );
    write(dir.path(), "compose.yaml", suppressed.as_bytes());
    let report = scan(dir.path());
    assert_eq!(report.suppressed, 405);
    assert_eq!(report.findings.len(), 815);
    assert!(cap_notes(&report).is_empty(), "{:?}", report.notes);
}

/// The exit code follows the findings reported, and the most severe are always among them: a
/// critical finding at the end of a file over the cap still fails `--fail-on critical`.
#[test]
fn the_exit_code_comes_from_the_findings_shown_and_the_output_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "compose.yaml", many_services(400, 1).as_bytes());
    let (code, out) = caulk(dir.path(), &["--format", "json", "--fail-on", "critical"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let shown = report["findings"].as_array().unwrap();
    assert_eq!(shown.len(), 1_000);
    let critical: Vec<_> = shown
        .iter()
        .filter(|f| f["severity"] == "critical")
        .collect();
    assert_eq!(critical.len(), 1);
    assert_eq!(critical[0]["rule"], "privileged-container");
    assert_eq!(critical[0]["line"], 804);
    assert_eq!(report["summary"]["critical"], 1);
    assert_eq!(report["summary"]["medium"], 802);
    assert_eq!(report["summary"]["low"], 197);
    assert_eq!(
        report["notes"],
        serde_json::json!(["compose.yaml: 204 more findings not shown (at most 1,000 per file)"])
    );
    // Two runs, the same bytes.
    assert_eq!(
        caulk(dir.path(), &["--format", "json", "--fail-on", "critical"]),
        (code, out)
    );

    // Over the cap with nothing critical: exit 0 under `--fail-on critical`.
    write(dir.path(), "compose.yaml", many_services(400, 0).as_bytes());
    let (code, out) = caulk(dir.path(), &["--format", "json", "--fail-on", "critical"]);
    assert_eq!(code, 0, "{out}");
    let (code, _) = caulk(dir.path(), &["--format", "json", "--fail-on", "low"]);
    assert_eq!(code, 1);
}

/// A baseline written from a file over the cap records every finding, shown or not: the next
/// run against it reports nothing, and has nothing more to show.
#[test]
fn a_baseline_records_the_findings_past_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "compose.yaml", many_services(400, 5).as_bytes());
    let (code, out) = caulk(
        dir.path(),
        &["--format", "json", "--write-baseline", "baseline.json"],
    );
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1_000);
    let baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    assert_eq!(baseline["findings"].as_array().unwrap().len(), 1_220);

    let (code, out) = caulk(
        dir.path(),
        &["--format", "json", "--baseline", "baseline.json"],
    );
    assert_eq!(code, 0, "{out}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["findings"], serde_json::json!([]));
    assert_eq!(report["notes"], serde_json::json!([]));
}

/// Past ten times the cap, a file's findings are pruned while the rules run, so that memory
/// stays bounded. That changes nothing shown: the same file with a suppression in it (which
/// turns pruning off for the file) gives the same findings and the same count.
#[test]
fn a_file_far_over_the_cap_gives_the_same_report_as_without_pruning() {
    let dir = tempfile::tempdir().unwrap();
    // 7,000 services, three of them privileged in the middle of the file (where a pruning in
    // file order would lose them): 21,003 findings.
    let text = format!(
        "services:\n{}{}{}",
        services(0..4_997, false),
        services(4_997..5_000, true),
        services(5_000..7_000, false)
    );
    write(dir.path(), "compose.yaml", text.as_bytes());
    let pruned = scan(dir.path());
    let shown = findings(&pruned);
    assert_eq!(shown.len(), 1_000);
    let critical: Vec<usize> = shown
        .iter()
        .filter(|f| f.0 == "privileged-container")
        .map(|f| f.2)
        .collect();
    assert_eq!(critical, [9_998, 10_001, 10_004]);
    // Then the 997 first mediums in the file: both of services 0 to 497, one of service 498.
    let medium = |f: &&(String, String, usize, usize, String)| {
        f.0 == "privilege-escalation-allowed" || f.0 == "writable-root-filesystem"
    };
    assert_eq!(shown.iter().filter(medium).count(), 997);
    assert!(
        shown
            .iter()
            .filter(medium)
            .all(|f| f.2 <= service_line(498))
    );
    assert!(!shown.iter().any(|f| f.0 == "capabilities-not-dropped"));
    let notes = cap_notes(&pruned);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].ends_with("compose.yaml: 20,003 more findings not shown (at most 1,000 per file)"),
        "{notes:?}"
    );

    let other = tempfile::tempdir().unwrap();
    write(
        other.path(),
        "compose.yaml",
        format!("{text}# caulk:ignore-file=host-pid\n").as_bytes(),
    );
    let unpruned = scan(other.path());
    assert_eq!(findings(&unpruned), shown);
    assert_eq!(cap_notes(&unpruned).len(), 1);
    assert!(
        cap_notes(&unpruned)[0]
            .ends_with("20,003 more findings not shown (at most 1,000 per file)")
    );
}

/// The same with Kubernetes pods, whose pod-level settings are reported once per container
/// and merged into one finding: merged findings are counted once, pruned or not.
#[test]
fn pruning_counts_a_pod_level_finding_once_however_many_containers_repeat_it() {
    let mut text = String::new();
    for i in 0..2_000 {
        text.push_str(&format!(
            "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p{i}\nspec:\n  hostNetwork: true\n  \
             securityContext:\n    runAsUser: 0\n  containers:\n    - name: a\n      image: nginx\n    \
             - name: b\n      image: nginx\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pods.yaml", text.as_bytes());
    let pruned = scan(dir.path());
    let other = tempfile::tempdir().unwrap();
    write(
        other.path(),
        "pods.yaml",
        format!("{text}# caulk:ignore-file=host-pid\n").as_bytes(),
    );
    let unpruned = scan(other.path());
    let shown = findings(&pruned);
    assert_eq!(shown.len(), 1_000);
    // Two highs per pod (`host-network`, `run-as-root`): those of the first 500 pods.
    assert!(
        shown
            .iter()
            .all(|f| (f.0 == "host-network" || f.0 == "run-as-root") && f.2 < 14 * 500),
        "{shown:?}"
    );
    assert_eq!(findings(&unpruned), shown);
    // 11 findings per pod once merged (`caulk audit` on one pod shows them).
    let note = "pods.yaml: 21,000 more findings not shown (at most 1,000 per file)";
    assert_eq!(cap_notes(&pruned).len(), 1);
    assert!(cap_notes(&pruned)[0].ends_with(note), "{:?}", pruned.notes);
    assert!(
        cap_notes(&unpruned)[0].ends_with(note),
        "{:?}",
        unpruned.notes
    );
}

/// Service code has a bound of its own, 1 MiB (a tree-sitter tree of hostile code costs
/// hundreds of bytes per byte): a larger file is a note naming the limit, a file at it is read.
#[test]
fn service_code_over_one_mebibyte_is_skipped_with_a_note() {
    const LIMIT: usize = 1024 * 1024;
    let code = "import https from 'https';\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    let padded = |size: usize| {
        let mut text = code.to_string();
        let filler = "// padding\n";
        while text.len() + filler.len() <= size {
            text.push_str(filler);
        }
        text.push_str(&" ".repeat(size - text.len()));
        text
    };
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(dir.path(), "at-limit.ts", padded(LIMIT).as_bytes());
    write(dir.path(), "over-limit.ts", padded(LIMIT + 1).as_bytes());
    let report = scan(dir.path());
    let tls: Vec<_> = findings(&report)
        .into_iter()
        .filter(|f| f.0 == "tls-verification-disabled")
        .map(|f| (f.1, f.2, f.3))
        .collect();
    assert_eq!(tls, [("at-limit.ts".to_string(), 2, 40)]);
    assert!(
        report.notes.iter().any(|n| n.contains("over-limit.ts")
            && n.contains("1048577 bytes, over the 1 MiB limit, skipped")),
        "{:?}",
        report.notes
    );
    assert!(
        findings(&report)
            .iter()
            .any(|f| f.0 == "privileged-container")
    );
}
