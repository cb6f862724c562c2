//! The rule registry: metadata from `rules/<id>.toml`, and the rule families that read facts.

mod access;
pub mod env;
mod hygiene;
mod isolation;
mod mounts;
pub mod pki;
mod secrets;
mod tls;

use std::fmt;
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

/// Runs every rule family over the project's facts.
pub fn check(project: &Project, settings: &Settings) -> Vec<Finding> {
    let mut findings = Vec::new();
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
    access::check(project, &mut findings);
    hygiene::check(project, &mut findings);
    findings
}
