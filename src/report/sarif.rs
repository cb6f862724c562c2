//! `--format sarif` (stub: being written).

use crate::Report;

pub fn render(report: &Report) -> String {
    let _ = report;
    String::new()
}
