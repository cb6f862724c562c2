//! `--baseline FILE` / `--write-baseline FILE` (cli.md): record the current findings, and later
//! report only findings that are not recorded.
//!
//! An entry is keyed by rule, path and fingerprint ([`crate::fingerprint`]: rule, path, object
//! and the text the finding points at, not its line), so entries survive lines added or
//! removed elsewhere in the file. Matching is a multiset: each entry hides at most one
//! finding, so a second finding identical to a recorded one is still reported. The
//! fingerprint's repeat number (`…:1`) is not part of the match: two entries with one base
//! fingerprint hide two such findings, wherever they are.
//!
//! The file is JSON, sorted by path, rule and fingerprint (not by line, so that re-recording
//! after an unrelated edit changes only the informational `line` values):
//!
//! ```json
//! { "version": 1, "tool": "caulk", "findings": [
//!   { "rule": "host-network", "path": "docker-compose.yml", "fingerprint": "…", "line": 8,
//!     "message": "…" } ] }
//! ```
//!
//! Messages are the reports' messages, which never hold a secret's value.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::Report;
use crate::project::Project;
use crate::rules::Finding;

/// The format version this build reads and writes.
pub const VERSION: u64 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub path: String,
    pub fingerprint: String,
    /// Where the finding was when recorded; informational, not matched.
    #[serde(default)]
    pub line: usize,
    #[serde(default)]
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Baseline {
    pub entries: Vec<Entry>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    version: u64,
    tool: &'static str,
    findings: &'a [Entry],
}

#[derive(Deserialize)]
struct FileIn {
    #[serde(default)]
    tool: Option<String>,
    findings: Vec<Entry>,
}

pub fn load(path: &Path) -> Result<Baseline, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{shown}: cannot read the baseline: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{shown}: not a caulk baseline (invalid JSON: {e})"))?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(VERSION) => {}
        Some(other) => {
            return Err(format!(
                "{shown}: baseline version {other} is not supported (this caulk reads version \
                 {VERSION})"
            ));
        }
        None => {
            return Err(format!(
                "{shown}: not a caulk baseline (no \"version\": {VERSION})"
            ));
        }
    }
    let file: FileIn =
        serde_json::from_value(value).map_err(|e| format!("{shown}: not a caulk baseline: {e}"))?;
    if let Some(tool) = file.tool.as_deref()
        && tool != "caulk"
    {
        return Err(format!(
            "{shown}: not a caulk baseline (written by `{tool}`)"
        ));
    }
    Ok(Baseline {
        entries: file.findings,
    })
}

/// The entries for the findings of a report, sorted.
pub fn entries(project: &Project, findings: &[&Finding]) -> Vec<Entry> {
    let fingerprints = crate::fingerprint::fingerprints(project, findings.iter().copied());
    let mut entries: Vec<Entry> = findings
        .iter()
        .zip(fingerprints)
        .map(|(finding, fingerprint)| {
            let file = project.files.get(finding.file);
            Entry {
                rule: finding.rule.to_string(),
                path: file.map_or_else(String::new, |f| f.display_path.clone()),
                fingerprint,
                line: file.map_or(0, |f| f.position(finding.span.start).line),
                message: finding.message.clone(),
            }
        })
        .collect();
    entries.sort_by(|a, b| {
        (&a.path, &a.rule, &a.fingerprint, a.line).cmp(&(&b.path, &b.rule, &b.fingerprint, b.line))
    });
    entries
}

/// Records every finding of the report, those past the per-file cap included (kept with
/// `AuditOptions::keep_over_cap`): a finding left out would turn up as new on the next run.
pub fn write(path: &Path, report: &Report) -> Result<(), String> {
    let mut all: Vec<&Finding> = report.findings.iter().chain(&report.over_cap).collect();
    if !report.over_cap.is_empty() {
        // Repeats are numbered in report order, as `filter` numbers them.
        all.sort_by(|a, b| crate::rules::report_order(a, b));
    }
    let entries = entries(&report.project, &all);
    let file = FileOut {
        version: VERSION,
        tool: "caulk",
        findings: &entries,
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
    text.push('\n');
    std::fs::write(path, text).map_err(|e| e.to_string())
}

/// The fingerprint without its repeat number.
fn base(fingerprint: &str) -> &str {
    fingerprint.split_once(':').map_or(fingerprint, |(b, _)| b)
}

/// The findings not in the baseline, and how many were.
pub fn filter(
    baseline: &Baseline,
    project: &Project,
    findings: Vec<Finding>,
) -> (Vec<Finding>, usize) {
    let mut remaining: HashMap<(String, String, String), usize> = HashMap::new();
    for entry in &baseline.entries {
        let key = (
            entry.rule.clone(),
            entry.path.clone(),
            base(&entry.fingerprint).to_string(),
        );
        *remaining.entry(key).or_insert(0) += 1;
    }
    let mut kept = Vec::with_capacity(findings.len());
    let mut baselined = 0;
    let fingerprints = crate::fingerprint::fingerprints(project, &findings);
    for (finding, fingerprint) in findings.into_iter().zip(fingerprints) {
        let fingerprint = base(&fingerprint).to_string();
        let path = project
            .files
            .get(finding.file)
            .map_or_else(String::new, |f| f.display_path.clone());
        match remaining.get_mut(&(finding.rule.to_string(), path, fingerprint)) {
            Some(count) if *count > 0 => {
                *count -= 1;
                baselined += 1;
            }
            _ => kept.push(finding),
        }
    }
    (kept, baselined)
}
