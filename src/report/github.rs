//! `--format github`: one GitHub Actions workflow command per finding, which GitHub shows as
//! an annotation on the file and line:
//!
//! ```text
//! ::error file=Dockerfile,line=1,col=1,endLine=1,endColumn=12,title=run-as-root (high)::message%0Afix
//! ```
//!
//! Critical and high findings are `error`, medium `warning`, low and info `notice`. Nothing
//! else is printed, so the output can go straight to the runner's stdout.

use crate::Report;
use crate::rules::Severity;

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "notice",
    }
}

/// A command's message (after `::`): `%`, CR and LF are escaped, as the runner unescapes them.
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// A property value (`file=…`, `title=…`): also `:` and `,`, which end a property.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &Report) -> String {
    let files = &report.project.files;
    let mut out = String::new();
    for finding in &report.findings {
        let file = &files[finding.file];
        let start = file.position(finding.span.start);
        let end = file.position(finding.span.end);
        let mut message = finding.message.clone();
        for related in &finding.related {
            let other = &files[related.file];
            let at = other.position(related.span.start);
            message.push_str(&format!(
                "\n{}:{}:{}: {}",
                other.display_path, at.line, at.column, related.message
            ));
        }
        let help = finding.help().trim();
        if !help.is_empty() {
            message.push('\n');
            message.push_str(help);
        }
        out.push_str(&format!(
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            command(finding.severity),
            escape_property(&file.display_path),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(&format!("{} ({})", finding.rule, finding.severity)),
            escape_data(&message),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_reads() {
        assert_eq!(escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
        assert_eq!(escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
    }
}
