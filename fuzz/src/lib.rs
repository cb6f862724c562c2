//! What every fuzz target shares: the rest of the pipeline after a parser (rules,
//! suppressions, the human and SARIF reports) and the span checks a finding must pass.
//!
//! A target parses its input the way `caulk::audit` would for that kind of file, hands the
//! facts to [`pipeline`], and so fuzzes the parser, the fact extraction, every rule that reads
//! those facts and the report code that turns spans into lines and columns.

use std::path::{Path, PathBuf};

use caulk::Report;
use caulk::facts::FileFacts;
use caulk::project::Project;
use caulk::rules::{self, Settings};
use caulk::source::{SourceFile, Span};

/// Where the fuzzed "file" claims to live: a path that does not exist, so that no rule that
/// follows a file to its neighbours (a Dockerfile's build context) reads the real disk.
const FAKE_ROOT: &str = "/nonexistent-caulk-fuzz";

/// A source file named `name` under the fake root.
pub fn source(name: &str, text: &str) -> SourceFile {
    let disk = PathBuf::from(FAKE_ROOT).join(name);
    SourceFile::new(name.to_string(), disk, text.to_string())
}

/// Panics unless `span` lies inside `text` with both ends on character boundaries, and the
/// line/column of each end maps back to the same byte offset.
pub fn check_span(file: &SourceFile, span: Span, what: &str) {
    let text = &file.text;
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside a file of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
    for offset in [span.start, span.end] {
        let at = file.position(offset);
        let back = file.lines.offset_of(text, at.line, at.column);
        assert_eq!(
            back, offset,
            "{what}: offset {offset} is {at:?}, which maps back to {back}"
        );
    }
}

/// Runs the rules, the suppressions and the reports over one file's facts, and checks every
/// span that comes out.
pub fn pipeline(file: SourceFile, facts: FileFacts) {
    let cwd = Path::new(FAKE_ROOT);
    let project = Project::new(vec![file], vec![facts], cwd);
    let settings = Settings {
        now: 1_780_000_000,
        expiry_days: rules::DEFAULT_EXPIRY_DAYS,
    };
    let findings = rules::check(&project, &settings);
    let redactions: Vec<(usize, Span)> = findings
        .iter()
        .flat_map(|f| f.redact.iter().map(move |span| (f.file, *span)))
        .collect();
    let outcome = caulk::suppress::apply(&project, findings, None, true);
    for finding in &outcome.findings {
        let file = &project.files[finding.file];
        check_span(file, finding.span, finding.rule);
        for span in &finding.redact {
            check_span(file, *span, "redaction");
        }
        for related in &finding.related {
            check_span(&project.files[related.file], related.span, "related");
        }
    }
    let report = Report {
        project,
        findings: outcome.findings,
        notes: outcome.notes,
        suppressed: outcome.suppressed,
        baselined: 0,
        redactions,
        over_cap: Vec::new(),
    };
    let human = caulk::report::human::render(&report, false, false);
    std::hint::black_box(human);
    let sarif = caulk::report::sarif::render(&report);
    std::hint::black_box(sarif);
}

/// The input as UTF-8 text, as caulk would read it (files that are not text never reach a
/// text parser).
pub fn text(data: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(data).ok()?;
    (!text.as_bytes().iter().take(8192).any(|b| *b == 0)).then_some(text)
}
