//! `--format human`: rustc-style diagnostics with the span underlined.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};

use crate::Report;
use crate::facts::KeyLocation;
use crate::project::Project;
use crate::report::summary;
use crate::rules::Severity;

/// codespan-reporting over our precomputed line indexes, so a finding costs a binary search
/// rather than a rescan of its file. Private keys are masked in the text it shows.
struct ProjectFiles<'a> {
    project: &'a Project,
    /// Per file: the text as shown, private key material and secrets masked; empty for files
    /// no finding points at (a released text is not read again for them).
    texts: Vec<std::borrow::Cow<'a, str>>,
    /// Per file: the byte ranges that were masked.
    secret_ranges: Vec<Vec<Range<usize>>>,
}

/// How many characters of a masked Secret value stay visible as `*`, so a reader sees that
/// something is there.
const MASK_SHOWN: usize = 8;

impl<'a> ProjectFiles<'a> {
    /// A report must not copy a private key into a terminal or a CI log: the body of every
    /// private-key PEM block and every Secret value holding a key are blanked (byte for byte,
    /// so offsets and line numbers stay), and labels over them shrink to their first line.
    fn new(
        project: &'a Project,
        findings: &[crate::rules::Finding],
        redactions: &[(usize, crate::source::Span)],
    ) -> ProjectFiles<'a> {
        let mut needed = vec![false; project.files.len()];
        for finding in findings {
            for file in std::iter::once(finding.file).chain(finding.related.iter().map(|r| r.file))
            {
                if let Some(slot) = needed.get_mut(file) {
                    *slot = true;
                }
            }
        }
        let mut texts = Vec::with_capacity(project.files.len());
        let mut secret_ranges = Vec::with_capacity(project.files.len());
        for (id, (file, facts)) in project.files.iter().zip(&project.facts).enumerate() {
            let text: std::borrow::Cow<'a, str> = if needed[id] {
                file.full_text()
            } else {
                std::borrow::Cow::Borrowed("")
            };
            // (range, whether a few `*` show that a value was there)
            let mut ranges: Vec<(Range<usize>, bool)> = facts
                .key_material
                .iter()
                .filter(|m| m.private_key().is_some())
                .filter_map(|m| {
                    let span = m.span;
                    let text = text.get(span.start..span.end)?;
                    match m.location {
                        // Keep the `-----BEGIN … PRIVATE KEY-----` line.
                        KeyLocation::File => {
                            let first_line = text.find('\n').map_or(text.len(), |i| i + 1);
                            Some((span.start + first_line..span.end, false))
                        }
                        KeyLocation::Secret { .. } => Some((span.start..span.end, true)),
                    }
                })
                .collect();
            // Secrets the rules found (a password in an environment).
            ranges.extend(
                redactions
                    .iter()
                    .filter(|(file_id, _)| *file_id == id)
                    .map(|(_, span)| span)
                    .filter(|span| span.end <= text.len() && span.start < span.end)
                    .map(|span| (span.start..span.end, true)),
            );
            if ranges.is_empty() {
                texts.push(text);
            } else {
                let mut bytes = text.into_owned().into_bytes();
                for (range, stars) in &ranges {
                    let mut shown = 0;
                    for byte in bytes.get_mut(range.clone()).into_iter().flatten() {
                        if *byte == b'\n' || *byte == b'\r' {
                            continue;
                        }
                        *byte = if *stars && shown < MASK_SHOWN {
                            shown += 1;
                            b'*'
                        } else {
                            b' '
                        };
                    }
                }
                // Ranges start and end on character boundaries and every byte inside is
                // overwritten with ASCII, so the text stays UTF-8.
                texts.push(std::borrow::Cow::Owned(
                    String::from_utf8(bytes)
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
                ));
            }
            let ranges: Vec<Range<usize>> = ranges.into_iter().map(|(r, _)| r).collect();
            secret_ranges.push(ranges);
        }
        ProjectFiles {
            project,
            texts,
            secret_ranges,
        }
    }

    /// A label's range, shrunk to its first line when it covers masked text.
    fn label_range(&self, file: usize, range: Range<usize>) -> Range<usize> {
        let covers_secret = self.secret_ranges.get(file).is_some_and(|ranges| {
            ranges
                .iter()
                .any(|r| r.start < range.end && range.start < r.end)
        });
        if !covers_secret {
            return range;
        }
        let Some(source) = self.project.files.get(file) else {
            return range;
        };
        let line = source.lines.line_of(range.start);
        let line_end = source
            .lines
            .line_start(line + 1)
            .map_or(source.len(), |next| next.saturating_sub(1));
        let end = range.end.min(line_end).min(range.start + MASK_SHOWN);
        range.start..end.max(range.start)
    }
}

impl<'a> Files<'a> for ProjectFiles<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.project
            .files
            .get(id)
            .map(|f| f.display_path.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.texts
            .get(id)
            .map(|text| text.as_ref())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        let file = self.project.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(file.lines.line_of(byte_index))
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.project.files.get(id).ok_or(FilesError::FileMissing)?;
        let start = file
            .lines
            .line_start(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: file.lines.line_count(),
            })?;
        let end = file.lines.line_start(line_index + 1).unwrap_or(file.len());
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
    let files = ProjectFiles::new(&report.project, &report.findings, &report.redactions);
    let config = Config::default();
    let mut out = Vec::new();
    for finding in &report.findings {
        let mut labels = vec![Label::primary(
            finding.file,
            files.label_range(finding.file, finding.span.start..finding.span.end),
        )];
        for related in &finding.related {
            labels.push(
                Label::secondary(
                    related.file,
                    files.label_range(related.file, related.span.start..related.span.end),
                )
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
        let mut silenced = Vec::new();
        if report.suppressed > 0 {
            silenced.push(format!("{} suppressed", report.suppressed));
        }
        if report.baselined > 0 {
            silenced.push(format!("{} in the baseline", report.baselined));
        }
        let silenced = if silenced.is_empty() {
            String::new()
        } else {
            format!("; {}", silenced.join(", "))
        };
        if total == 0 {
            text.push_str(&format!("caulk: no findings in {files} files{silenced}\n"));
        } else {
            text.push_str(&format!(
                "caulk: {total} finding{} ({}) in {files} files{silenced}\n",
                if total == 1 { "" } else { "s" },
                counts.join(", ")
            ));
        }
    }
    text
}
