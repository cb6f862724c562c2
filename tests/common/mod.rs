//! Shared helpers: write a small tree into a temporary directory, audit it with
//! `caulk::audit`, and read the findings back as plain records a test can compare.
#![allow(dead_code)]

use std::path::Path;

use caulk::{AuditOptions, audit};

/// A related location of a finding, with its path relative to the scanned directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One finding as a user sees it. Paths (also inside messages) are relative to the temporary
/// directory that was scanned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rec {
    pub rule: String,
    pub severity: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub object: Option<String>,
    pub related: Vec<Related>,
}

impl Rec {
    /// `(line, column)`, for compact assertions.
    pub fn at(&self) -> (usize, usize) {
        (self.line, self.column)
    }
}

/// Writes `(relative path, text)` files under `root`, creating parent directories.
pub fn write_tree(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let full = root.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(full, text).unwrap();
    }
}

/// Audits a tree of files with default options.
pub fn scan(files: &[(&str, &str)]) -> Vec<Rec> {
    scan_with(files, &AuditOptions::default())
}

/// Audits a tree of files with the given options, in the order the report sorts them.
pub fn scan_with(files: &[(&str, &str)], options: &AuditOptions) -> Vec<Rec> {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), files);
    let root = dir.path().to_path_buf();
    let report = audit(std::slice::from_ref(&root), options).expect("audit failed");
    let prefix = format!("{}/", root.display());
    let relative = |shown: &str| shown.strip_prefix(&prefix).unwrap_or(shown).to_string();
    report
        .findings
        .iter()
        .map(|f| {
            let file = &report.project.files[f.file];
            let at = file.position(f.span.start);
            Rec {
                rule: f.rule.to_string(),
                severity: f.severity.as_str().to_string(),
                path: relative(&file.display_path),
                line: at.line,
                column: at.column,
                message: f.message.replace(&prefix, ""),
                object: f.object.clone(),
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        let file = &report.project.files[r.file];
                        let at = file.position(r.span.start);
                        Related {
                            path: relative(&file.display_path),
                            line: at.line,
                            column: at.column,
                            message: r.message.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The findings of one rule, in report order.
pub fn of_rule(findings: &[Rec], rule: &str) -> Vec<Rec> {
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .cloned()
        .collect()
}

/// Audits a tree and keeps the findings of one rule.
pub fn scan_rule(files: &[(&str, &str)], rule: &str) -> Vec<Rec> {
    of_rule(&scan(files), rule)
}

/// Asserts rule, position, severity and a part of the message of a finding.
#[track_caller]
pub fn assert_finding(
    f: &Rec,
    rule: &str,
    (line, column): (usize, usize),
    severity: &str,
    needle: &str,
) {
    assert_eq!(f.rule, rule, "{f:#?}");
    assert_eq!(f.at(), (line, column), "position of {f:#?}");
    assert_eq!(f.severity, severity, "severity of {f:#?}");
    assert!(
        f.message.contains(needle),
        "message of {f:#?} lacks {needle:?}"
    );
}

/// Removes a leading newline and the indentation common to all non-blank lines, so that a
/// test can write a YAML file or Dockerfile as an indented raw string. Line 1 is the first line
/// after the opening quote's newline.
pub fn d(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(line.get(indent..).unwrap_or(""));
        out.push('\n');
    }
    out
}

/// Audits a directory that already exists (files written by the test, with the modes it set),
/// as `scan_with` does for a tree of text files; paths are relative to `root`.
pub fn audit_dir(root: &Path, options: &AuditOptions) -> Vec<Rec> {
    let root = root.to_path_buf();
    let report = audit(std::slice::from_ref(&root), options).expect("audit failed");
    let prefix = format!("{}/", root.display());
    let relative = |shown: &str| shown.strip_prefix(&prefix).unwrap_or(shown).to_string();
    report
        .findings
        .iter()
        .map(|f| {
            let file = &report.project.files[f.file];
            let at = file.position(f.span.start);
            Rec {
                rule: f.rule.to_string(),
                severity: f.severity.as_str().to_string(),
                path: relative(&file.display_path),
                line: at.line,
                column: at.column,
                message: f.message.replace(&prefix, ""),
                object: f.object.clone(),
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        let file = &report.project.files[r.file];
                        let at = file.position(r.span.start);
                        Related {
                            path: relative(&file.display_path),
                            line: at.line,
                            column: at.column,
                            message: r.message.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}
