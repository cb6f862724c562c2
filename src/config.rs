//! `caulk.toml` / `.caulk.toml` (stub: being written; see cli.md).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::rules::Severity;

/// A rule's settings from `[rules]`: `"off"`, a severity, or a table with `severity` and
/// rule options (`days` for `certificate-expiring-soon`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleConfig {
    pub enabled: bool,
    pub severity: Option<Severity>,
    pub days: Option<u32>,
}

/// `[[ignore]]`: findings of `rules` (all rules when empty) in files matching `paths` (globs
/// relative to the config file's directory) are suppressed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PathIgnore {
    pub paths: Vec<String>,
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// `fail-on`: `Some(None)` is `"none"`.
    pub fail_on: Option<Option<Severity>>,
    pub exclude: Vec<String>,
    pub rules: BTreeMap<String, RuleConfig>,
    pub ignores: Vec<PathIgnore>,
}

impl Config {
    /// The directory paths in the file are relative to.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// A config file that cannot be used: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based; 0 when the error has no position (the file cannot be read).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

/// The nearest `caulk.toml` or `.caulk.toml` from `start` (a file or directory) upward.
pub fn find(start: &Path) -> Option<PathBuf> {
    let _ = start;
    None
}

pub fn load(path: &Path) -> Result<Config, ConfigError> {
    Ok(Config {
        path: path.to_path_buf(),
        ..Config::default()
    })
}

/// What `caulk init` writes: every setting with its default, commented.
pub const INIT_TEMPLATE: &str = "# caulk.toml\n";
