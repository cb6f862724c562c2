//! `--format gitlab`: a GitLab Code Quality report (a JSON array of Code Climate issues), for
//! the merge-request widget.
//!
//! Severities map onto GitLab's scale (`info`, `minor`, `major`, `critical`, `blocker`) as
//! critical → `critical`, high → `major`, medium → `minor`, low and info → `info`; `blocker`
//! is not used (caulk's critical is the top of its own scale, not a build blocker: that is
//! what `--fail-on` decides). `fingerprint` is caulk's own (see [`crate::fingerprint`]): it
//! survives line shifts, so GitLab does not show a moved finding as fixed and new.

use serde::Serialize;

use crate::Report;
use crate::fingerprint::fingerprints;
use crate::rules::Severity;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
    categories: [&'static str; 1],
    #[serde(rename = "type")]
    kind: &'static str,
    engine_name: &'static str,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "critical",
        Severity::High => "major",
        Severity::Medium => "minor",
        Severity::Low | Severity::Info => "info",
    }
}

pub fn render(report: &Report) -> String {
    let files = &report.project.files;
    let issues: Vec<Issue> = report
        .findings
        .iter()
        .zip(fingerprints(&report.project, &report.findings))
        .map(|(finding, fingerprint)| {
            let file = &files[finding.file];
            let start = file.position(finding.span.start);
            let end = file.position(finding.span.end);
            // GitLab's `end` is the last line of the finding (inclusive): a span that ends
            // just after a line break ends on the line before.
            let end_line = if end.column == 1 && end.line > start.line {
                end.line - 1
            } else {
                end.line
            };
            Issue {
                description: format!("{}: {}", finding.rule, finding.message),
                check_name: finding.rule,
                fingerprint,
                severity: severity(finding.severity),
                location: Location {
                    path: &file.display_path,
                    lines: Lines {
                        begin: start.line,
                        end: end_line,
                    },
                },
                categories: ["Security"],
                kind: "issue",
                engine_name: "caulk",
            }
        })
        .collect();
    let mut text =
        serde_json::to_string_pretty(&issues).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
