//! Report formats. Every format prints findings in the report's order, so output is
//! byte-for-byte reproducible.

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod sarif;

use crate::Report;
use crate::rules::Severity;

/// Counts per severity, most severe first.
pub fn summary(report: &Report) -> Vec<(Severity, usize)> {
    Severity::ALL
        .iter()
        .map(|s| {
            (
                *s,
                report.findings.iter().filter(|f| f.severity == *s).count(),
            )
        })
        .collect()
}
