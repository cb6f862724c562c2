//! `--format human`: rustc-style diagnostics with the span underlined.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};

use crate::Report;
use crate::project::Project;
use crate::report::summary;
use crate::rules::Severity;

/// codespan-reporting over our precomputed line indexes, so a finding costs a binary search
/// rather than a rescan of its file.
struct ProjectFiles<'a>(&'a Project);

impl<'a> Files<'a> for ProjectFiles<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.0
            .files
            .get(id)
            .map(|f| f.display_path.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.0
            .files
            .get(id)
            .map(|f| f.text.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        let file = self.0.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(file.lines.line_of(byte_index))
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.0.files.get(id).ok_or(FilesError::FileMissing)?;
        let start = file
            .lines
            .line_start(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: file.lines.line_count(),
            })?;
        let end = file
            .lines
            .line_start(line_index + 1)
            .unwrap_or(file.text.len());
        Ok(start..end)
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Critical | Severity::High => Level::Error,
        Severity::Medium => Level::Warning,
        Severity::Low | Severity::Info => Level::Note,
    }
}

/// Renders the findings; `color` adds ANSI colours.
pub fn render(report: &Report, color: bool, quiet: bool) -> String {
    let files = ProjectFiles(&report.project);
    let config = Config::default();
    let mut out = Vec::new();
    for finding in &report.findings {
        let mut labels = vec![Label::primary(
            finding.file,
            finding.span.start..finding.span.end,
        )];
        for related in &finding.related {
            labels.push(
                Label::secondary(related.file, related.span.start..related.span.end)
                    .with_message(related.message.clone()),
            );
        }
        let mut notes = vec![format!("severity: {}", finding.severity)];
        if let Some(object) = &finding.object {
            notes.push(format!("in: {object}"));
        }
        let help = finding.help();
        if !help.is_empty() {
            notes.push(format!("help: {help}"));
        }
        let diagnostic = Diagnostic::new(level(finding.severity))
            .with_code(finding.rule)
            .with_message(&finding.message)
            .with_labels(labels)
            .with_notes(notes);
        let written = if color {
            let mut buffer = termcolor::Buffer::ansi();
            let result = term::emit_to_write_style(&mut buffer, &config, &files, &diagnostic);
            out.extend_from_slice(buffer.as_slice());
            result
        } else {
            term::emit_to_io_write(&mut out, &config, &files, &diagnostic)
        };
        if let Err(error) = written {
            out.extend_from_slice(format!("{}: {error}\n", finding.rule).as_bytes());
        }
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if !quiet {
        let counts: Vec<String> = summary(report)
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        let files = report.files_scanned();
        let total = report.findings.len();
        if total == 0 {
            text.push_str(&format!("caulk: no findings in {files} files\n"));
        } else {
            text.push_str(&format!(
                "caulk: {total} finding{} ({}) in {files} files\n",
                if total == 1 { "" } else { "s" },
                counts.join(", ")
            ));
        }
    }
    text
}
