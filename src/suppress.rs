//! Suppressions, applied once after every rule ran (stub: being written; see rules.md
//! "Suppressions").

use crate::config::Config;
use crate::project::Project;
use crate::rules::Finding;

#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// How many findings were suppressed.
    pub suppressed: usize,
    /// Notes for the user: suppressions naming unknown rules, and (with
    /// `--report-unused-ignores`) suppressions that suppressed nothing.
    pub notes: Vec<String>,
}

pub fn apply(
    project: &Project,
    findings: Vec<Finding>,
    config: Option<&Config>,
    report_unused: bool,
) -> Outcome {
    let _ = (project, config, report_unused);
    Outcome {
        findings,
        ..Outcome::default()
    }
}
