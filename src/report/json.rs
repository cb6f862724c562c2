//! `--format json`: the schema of cli.md.

use serde::Serialize;

use crate::Report;
use crate::report::summary;
use crate::rules::Severity;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    tool: Tool,
    findings: Vec<JsonFinding<'a>>,
    files_scanned: usize,
    summary: serde_json::Map<String, serde_json::Value>,
    notes: &'a [String],
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    byte_start: usize,
    byte_end: usize,
    message: &'a str,
    help: &'a str,
    object: Option<&'a str>,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

pub fn render(report: &Report) -> String {
    let json = build(report);
    let mut out = Vec::new();
    // Writing to a Vec cannot fail; serialising our own structs cannot either.
    let _ = write_json(&json, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Streams the report to `out` (a large report is never held as one string).
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_json(&build(report), out)
}

fn build(report: &Report) -> JsonReport<'_> {
    let files = &report.project.files;
    let findings = report
        .findings
        .iter()
        .map(|f| {
            let file = &files[f.file];
            let start = file.position(f.span.start);
            let end = file.position(f.span.end);
            JsonFinding {
                rule: f.rule,
                severity: f.severity,
                path: &file.display_path,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                byte_start: f.span.start,
                byte_end: f.span.end,
                message: &f.message,
                help: f.help(),
                object: f.object.as_deref(),
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        let file = &files[r.file];
                        let at = file.position(r.span.start);
                        JsonRelated {
                            path: &file.display_path,
                            line: at.line,
                            column: at.column,
                            message: &r.message,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let summary = summary(report)
        .into_iter()
        .map(|(s, n)| (s.as_str().to_string(), serde_json::Value::from(n)))
        .collect();
    JsonReport {
        version: 1,
        tool: Tool {
            name: "caulk",
            version: env!("CARGO_PKG_VERSION"),
        },
        findings,
        files_scanned: report.files_scanned(),
        summary,
        notes: &report.notes,
    }
}

fn write_json(json: &JsonReport<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, json).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}
