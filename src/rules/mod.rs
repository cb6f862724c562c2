//! The rule registry: metadata from `rules/<id>.toml`, and the rule families that read facts.

mod access;
pub mod env;
mod hygiene;
mod isolation;
mod mounts;
pub mod pki;
mod secrets;
mod tls;

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::project::Project;
use crate::source::{FileId, Span};

include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// One step less severe (never below info).
    pub fn lower(self) -> Severity {
        match self {
            Severity::Critical => Severity::High,
            Severity::High => Severity::Medium,
            Severity::Medium => Severity::Low,
            Severity::Low | Severity::Info => Severity::Info,
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub kind: String,
    pub bad: String,
    pub good: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleMeta {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub rationale: String,
    pub fix: String,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default, rename = "example")]
    pub examples: Vec<Example>,
}

/// Every rule's metadata, sorted by ID. The files are embedded at build time and a test parses
/// them all, so a malformed one fails the build's tests, never a user's run.
pub fn all() -> &'static [RuleMeta] {
    static RULES: OnceLock<Vec<RuleMeta>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules: Vec<RuleMeta> = RULE_FILES
            .iter()
            .map(|(id, text)| match toml::from_str::<RuleMeta>(text) {
                Ok(meta) => meta,
                Err(e) => panic!("rules/{id}.toml is malformed: {e}"),
            })
            .collect();
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        rules
    })
}

pub fn get(id: &str) -> Option<&'static RuleMeta> {
    all().iter().find(|r| r.id == id)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub file: FileId,
    pub span: Span,
    pub message: String,
    pub object: Option<String>,
    pub related: Vec<Related>,
    /// Text of the finding's file that reports must not show (a secret's value): the human
    /// report blanks it where it prints source lines.
    pub redact: Vec<Span>,
}

impl Finding {
    /// A finding at the rule's default severity.
    pub fn new(rule: &'static str, file: FileId, span: Span, message: String) -> Finding {
        let severity = get(rule).map_or_else(
            || {
                debug_assert!(false, "rule {rule} has no rules/{rule}.toml");
                Severity::Medium
            },
            |m| m.severity,
        );
        Finding {
            rule,
            severity,
            file,
            span,
            message,
            object: None,
            related: Vec::new(),
            redact: Vec::new(),
        }
    }

    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    pub fn object(mut self, object: &str) -> Finding {
        self.object = Some(object.to_string());
        self
    }

    pub fn related(mut self, file: FileId, span: Span, message: impl Into<String>) -> Finding {
        self.related.push(Related {
            file,
            span,
            message: message.into(),
        });
        self
    }

    /// Marks text of the finding's file as secret: reports never show it.
    pub fn redact(mut self, span: Span) -> Finding {
        self.redact.push(span);
        self
    }

    /// The fix from the rule's metadata.
    pub fn help(&self) -> &'static str {
        get(self.rule).map_or("", |m| m.fix.as_str())
    }
}

/// `certificate-expiring-soon`'s window when neither the command line nor the config sets one.
pub const DEFAULT_EXPIRY_DAYS: u32 = 30;

/// What rules read besides the facts: the run's settings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Seconds since the Unix epoch that certificate dates are compared against.
    pub now: i64,
    pub expiry_days: u32,
}

/// Reports show at most this many findings per file, the most severe (README "Resource
/// bounds"): past that, more of the same mistake is noise, and holding it all costs memory.
pub const MAX_FINDINGS_PER_FILE: usize = 1_000;

/// The order reports print findings in (cli.md): path (files are numbered in path order),
/// line, column, rule; the rest breaks ties, so that two runs print the same bytes.
pub fn report_order(a: &Finding, b: &Finding) -> Ordering {
    (a.file, a.span.start, a.rule, &a.message, a.span.end)
        .cmp(&(b.file, b.span.start, b.rule, &b.message, b.span.end))
        .then_with(|| a.object.cmp(&b.object))
}

/// Most severe first, ties in report order: which findings of a file over the cap are kept.
pub fn severity_order(a: &Finding, b: &Finding) -> Ordering {
    b.severity.cmp(&a.severity).then_with(|| report_order(a, b))
}

/// Merges duplicates (a pod-level setting is seen once per container): of the findings with
/// one file, span, rule and object, the most severe is kept, then the first message. The
/// findings are left in no particular order.
pub fn merge_duplicates(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.rule, &a.object)
            .cmp(&(b.file, b.span.start, b.span.end, b.rule, &b.object))
            .then(b.severity.cmp(&a.severity))
            .then(a.message.cmp(&b.message))
    });
    findings.dedup_by(|later, first| {
        later.file == first.file
            && later.span == first.span
            && later.rule == first.rule
            && later.object == first.object
    });
}

/// Bounds the findings held per file while the rules run, so that a file with a finding on
/// every line does not hold hundreds of thousands of them in memory until the end.
pub struct Budget<'a> {
    /// How many findings of a file a pruning keeps; it starts at twice as many.
    pub keep: usize,
    /// Per file: whether it may be pruned. Only say so for a file no suppression reaches, in a
    /// run without a baseline: there whether the report shows a finding follows from the
    /// finding alone, so pruning beyond the cap never changes the report.
    pub prunable: Vec<bool>,
    /// Gives a finding the severity the config sets for its rule, and says whether a report
    /// can show it (its rule is on and passes `--select`, `--ignore`, `--min-severity`).
    pub shown: &'a dyn Fn(&mut Finding) -> bool,
}

/// What the rule families push their findings into.
pub struct Findings<'a> {
    /// Every finding, but those of the files in `held`.
    findings: Vec<Finding>,
    /// Per file that may be pruned: how many of its findings `findings` holds.
    counts: Vec<usize>,
    /// The files that reached twice the budget: their findings, held apart and pruned. Only
    /// such files get a list of their own: one per file would cost its unused capacity for
    /// every file of a large tree.
    held: BTreeMap<FileId, Held>,
    redactions: Vec<(FileId, Span)>,
    budget: Option<&'a Budget<'a>>,
}

#[derive(Default)]
struct Held {
    findings: Vec<Finding>,
    /// Findings pruned that the report would otherwise have counted as not shown.
    pruned: usize,
    /// The identities (file, span, rule, object) of the pruned findings, hashed: a duplicate
    /// pushed later is the same finding, to be counted once, as `merge_duplicates` would.
    pruned_keys: HashSet<u64>,
}

impl<'a> Findings<'a> {
    pub fn new(budget: Option<&'a Budget<'a>>) -> Findings<'a> {
        Findings {
            findings: Vec::new(),
            counts: Vec::new(),
            held: BTreeMap::new(),
            redactions: Vec::new(),
            budget,
        }
    }

    pub fn push(&mut self, mut finding: Finding) {
        // Redactions are taken from every finding, pruned or not: another finding on the same
        // line may still print it.
        self.redactions
            .extend(finding.redact.iter().map(|span| (finding.file, *span)));
        let file = finding.file;
        let Some(budget) = self
            .budget
            .filter(|b| b.prunable.get(file).copied().unwrap_or(false))
        else {
            self.findings.push(finding);
            return;
        };
        if !(budget.shown)(&mut finding) {
            return;
        }
        let keep = budget.keep.max(1);
        if let Some(held) = self.held.get_mut(&file) {
            if !held.pruned_keys.is_empty() && held.pruned_keys.remove(&identity(&finding)) {
                held.pruned = held.pruned.saturating_sub(1);
            }
            held.findings.push(finding);
            if held.findings.len() >= keep.saturating_mul(2) {
                held.prune(keep);
            }
            return;
        }
        if self.counts.len() <= file {
            self.counts.resize(file + 1, 0);
        }
        self.counts[file] += 1;
        self.findings.push(finding);
        if self.counts[file] >= keep.saturating_mul(2) {
            // Once per file, and only for a file with thousands of findings.
            let mut held = Held {
                findings: self.findings.extract_if(.., |f| f.file == file).collect(),
                ..Held::default()
            };
            held.prune(keep);
            self.held.insert(file, held);
        }
    }

    /// Everything pushed: the findings, in no particular order, the redactions and the pruned
    /// counts.
    pub fn finish(self) -> Checked {
        let mut findings = self.findings;
        let mut pruned = Vec::new();
        for (file, mut held) in self.held {
            findings.append(&mut held.findings);
            if held.pruned > 0 {
                pruned.push((file, held.pruned));
            }
        }
        let mut redactions = self.redactions;
        redactions.sort();
        redactions.dedup();
        Checked {
            findings,
            redactions,
            pruned,
        }
    }
}

impl Extend<Finding> for Findings<'_> {
    fn extend<I: IntoIterator<Item = Finding>>(&mut self, iter: I) {
        for finding in iter {
            self.push(finding);
        }
    }
}

impl Held {
    /// Keeps the `keep` most severe of the file's findings (ties in report order), as the cap
    /// will. With at least `keep` shown findings ranked above it, a pruned one could never
    /// have been among the `MAX_FINDINGS_PER_FILE` shown.
    fn prune(&mut self, keep: usize) {
        merge_duplicates(&mut self.findings);
        if self.findings.len() <= keep {
            return;
        }
        // After merging no two findings are equal in this order, so the kept set is the same
        // whatever the selection does with ties.
        self.findings.select_nth_unstable_by(keep, severity_order);
        for dropped in self.findings.drain(keep..) {
            if self.pruned_keys.insert(identity(&dropped)) {
                self.pruned += 1;
            }
        }
    }
}

/// A hash of what `merge_duplicates` compares (the file is implied). `DefaultHasher::new` has
/// fixed keys, so runs agree.
fn identity(finding: &Finding) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    (finding.span, finding.rule, &finding.object).hash(&mut hasher);
    hasher.finish()
}

/// What the rules found.
pub struct Checked {
    /// In no particular order.
    pub findings: Vec<Finding>,
    /// The text of every finding's file that reports must not show, sorted, no duplicates.
    pub redactions: Vec<(FileId, Span)>,
    /// Per file pruned under the budget: how many findings it would have had past the cap.
    pub pruned: Vec<(FileId, usize)>,
}

/// Runs every rule family over the project's facts.
pub fn check(project: &Project, settings: &Settings) -> Vec<Finding> {
    check_within(project, settings, None).findings
}

/// [`check`], holding at most what the budget allows per file.
pub fn check_within(
    project: &Project,
    settings: &Settings,
    budget: Option<&Budget<'_>>,
) -> Checked {
    let mut findings = Findings::new(budget);
    for (file, facts) in project.facts.iter().enumerate() {
        for (span, message) in &facts.parse_errors {
            findings.push(Finding::new("parse-error", file, *span, message.clone()));
        }
    }
    isolation::check(project, &mut findings);
    mounts::check(project, &mut findings);
    pki::check(project, settings, &mut findings);
    secrets::check(project, &mut findings);
    secrets::check_images(project, &mut findings);
    tls::check(project, &mut findings);
    // The RBAC family still pushes into a Vec of its own: its findings meet the budget only
    // once it is done, so while it runs a file of RBAC rules holds all of them.
    let mut rbac = Vec::new();
    access::check(project, &mut rbac);
    findings.extend(rbac);
    hygiene::check(project, &mut findings);
    findings.finish()
}
