//! A finding's identity that survives edits elsewhere in its file: SARIF
//! `partialFingerprints`, GitLab `fingerprint` and baseline entries all use it.

use sha2::{Digest, Sha256};

use crate::project::Project;
use crate::rules::Finding;

/// Rule, path, object and the text the finding points at (whitespace collapsed), hashed. The
/// line number is left out, so a finding that moves down ten lines keeps its fingerprint, and
/// a second finding of the same rule in the same file gets another one (its text or object
/// differs; when even those are the same, [`fingerprints`] numbers the repeats).
pub fn base_fingerprint(project: &Project, finding: &Finding) -> String {
    let text = project
        .files
        .get(finding.file)
        .map(|f| f.full_text().into_owned())
        .unwrap_or_default();
    base_fingerprint_in(project, finding, &text)
}

/// [`base_fingerprint`] with the finding's file text at hand (it may have been released and
/// read again).
fn base_fingerprint_in(project: &Project, finding: &Finding, file_text: &str) -> String {
    let file = project.files.get(finding.file);
    let path = file.map_or("", |f| f.display_path.as_str());
    // A secret's value is left out: a fingerprint is published (SARIF, GitLab, baselines),
    // and an unsalted hash of a password can be tested against guesses offline.
    let mut text = String::new();
    if file.is_some() {
        let source_text = file_text;
        let mut at = finding.span.start;
        let mut cuts: Vec<_> = finding
            .redact
            .iter()
            .filter(|r| r.start < finding.span.end && r.end > finding.span.start)
            .collect();
        cuts.sort();
        for cut in cuts {
            text.push_str(source_text.get(at..cut.start.max(at)).unwrap_or(""));
            at = at.max(cut.end);
        }
        text.push_str(source_text.get(at..finding.span.end.max(at)).unwrap_or(""));
    }
    let text: Vec<&str> = text.split_whitespace().collect();
    let mut hasher = Sha256::new();
    for part in [
        finding.rule,
        path,
        finding.object.as_deref().unwrap_or(""),
        &text.join(" "),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// The fingerprint of every finding, in order: repeats of one base fingerprint (two identical
/// lines of one file) are numbered `…:1`, `…:2` in the order they appear.
pub fn fingerprints<'a>(
    project: &Project,
    findings: impl IntoIterator<Item = &'a Finding>,
) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // Findings come sorted by file: each released file is read again once.
    let mut cached: Option<(usize, String)> = None;
    findings
        .into_iter()
        .map(|finding| {
            if cached
                .as_ref()
                .is_none_or(|(file, _)| *file != finding.file)
            {
                let text = project
                    .files
                    .get(finding.file)
                    .map(|f| f.full_text().into_owned())
                    .unwrap_or_default();
                cached = Some((finding.file, text));
            }
            let text = cached.as_ref().map_or("", |(_, t)| t.as_str());
            let base = base_fingerprint_in(project, finding, text);
            let count = seen.entry(base.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                base
            } else {
                format!("{base}:{}", *count - 1)
            }
        })
        .collect()
}
