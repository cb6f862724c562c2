//! `caulk.toml` / `.caulk.toml`: finding the file, reading it, and rejecting anything it does
//! not understand with the file, line and column of the offending key or value (cli.md,
//! "`caulk.toml`").
//!
//! The file is read into a tree of values that keeps the byte span of every key and value, so
//! that an unknown key, an unknown rule ID or a bad value can be reported where it is written.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::rules::{self, Severity};

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
    /// The file it was read from, made absolute (canonical when it can be), so that
    /// [`Config::dir`] is an absolute directory.
    pub path: PathBuf,
    /// `fail-on`: `Some(None)` is `"none"`.
    pub fail_on: Option<Option<Severity>>,
    /// `exclude`: globs relative to the config's directory, as written.
    pub exclude: Vec<String>,
    pub rules: BTreeMap<String, RuleConfig>,
    pub ignores: Vec<PathIgnore>,
}

impl Config {
    /// The directory paths in the file are relative to.
    pub fn dir(&self) -> &Path {
        match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        }
    }
}

/// A config file that cannot be used: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based; 0 when the error has no position (the file cannot be read).
    pub line: usize,
    /// 1-based, in Unicode scalar values.
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

impl std::error::Error for ConfigError {}

/// The names a config file may have, in the order they are looked for in each directory.
pub const FILE_NAMES: [&str; 2] = ["caulk.toml", ".caulk.toml"];

/// The nearest `caulk.toml` or `.caulk.toml` from `start` (a file or directory) upward.
///
/// `start` is made canonical first (so `.` and relative paths find the files above them), and
/// the search stops at the first directory that holds either file (`caulk.toml` wins when
/// both are there) or at the filesystem root. `None` when `start` does not exist.
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let first = if start.is_dir() {
        start.as_path()
    } else {
        start.parent()?
    };
    first.ancestors().find_map(|dir| {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Reads and checks a config file. Every problem is a [`ConfigError`] naming the file and,
/// where there is one, the line and column of the key or value at fault.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let unreadable = |message: String| ConfigError {
        path: path.to_path_buf(),
        line: 0,
        column: 0,
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| unreadable(format!("cannot read: {e}")))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.as_bytes()[..e.utf8_error().valid_up_to()].to_vec();
            // The prefix is valid UTF-8 by construction.
            let prefix = String::from_utf8(valid).unwrap_or_default();
            let (line, column) = position(&prefix, prefix.len());
            return Err(ConfigError {
                path: path.to_path_buf(),
                line,
                column,
                message: "not valid UTF-8".to_string(),
            });
        }
    };
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    });
    parse(&text, path).map(|config| Config {
        path: absolute,
        ..config
    })
}

/// Checks the text of a config file; `path` is only used in errors (and as `Config::path`).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let cx = Cx { text, path };
    let root: Node = toml::from_str(text).map_err(|e| cx.syntax(&e))?;
    let mut config = Config {
        path: path.to_path_buf(),
        ..Config::default()
    };
    let whole = 0..0;
    let entries = match &root.value {
        Value::Table(entries) => entries,
        _ => return Err(cx.error(&whole, "expected a TOML table".to_string())),
    };
    for (key, node) in entries {
        let at = key.span.clone().unwrap_or(whole.clone());
        let node_at = node.span.clone().unwrap_or(at.clone());
        match key.name.as_str() {
            "fail-on" => {
                let text = cx.string(node, &node_at, "fail-on", FAIL_ON_EXPECTED)?;
                let threshold = if text == "none" {
                    None
                } else {
                    Some(Severity::parse(text).ok_or_else(|| {
                        cx.error(
                            &node_at,
                            format!("`fail-on`: expected {FAIL_ON_EXPECTED}, found \"{text}\""),
                        )
                    })?)
                };
                config.fail_on = Some(threshold);
            }
            "exclude" => {
                for (glob, glob_at) in cx.string_list(node, &node_at, "exclude")? {
                    cx.glob(glob, &glob_at, "exclude")?;
                    config.exclude.push(glob.to_string());
                }
            }
            "rules" => {
                let Value::Table(rules) = &node.value else {
                    return Err(cx.error(
                        &node_at,
                        format!(
                            "`rules`: expected a table of rule IDs, found {}",
                            node.value.kind()
                        ),
                    ));
                };
                for (id, setting) in rules {
                    let id_at = id.span.clone().unwrap_or(at.clone());
                    let rule = cx.rule_id(&id.name, &id_at, "rules")?;
                    let rule_config = cx.rule_config(rule, setting, &id_at)?;
                    config.rules.insert(rule.to_string(), rule_config);
                }
            }
            "ignore" => {
                let Value::Array(items) = &node.value else {
                    return Err(cx.error(
                        &node_at,
                        format!(
                            "`ignore`: expected an array of tables (`[[ignore]]`), found {}",
                            node.value.kind()
                        ),
                    ));
                };
                for item in items {
                    let item_at = item.span.clone().unwrap_or(at.clone());
                    config.ignores.push(cx.path_ignore(item, &item_at)?);
                }
            }
            other => {
                return Err(cx.error(
                    &at,
                    format!(
                        "unknown key `{other}` (expected `fail-on`, `exclude`, `rules` or \
                         `[[ignore]]`)"
                    ),
                ));
            }
        }
    }
    Ok(config)
}

const FAIL_ON_EXPECTED: &str =
    "one of \"critical\", \"high\", \"medium\", \"low\", \"info\", \"none\"";
const RULE_EXPECTED: &str =
    "\"off\" or a severity (\"critical\", \"high\", \"medium\", \"low\", \"info\")";

/// `certificate-expiring-soon`'s `days`: at most ten years.
pub const MAX_EXPIRY_DAYS: u32 = 3650;

/// The options a rule's table in `[rules]` may have besides `severity`.
fn rule_options(rule: &str) -> &'static [&'static str] {
    match rule {
        "certificate-expiring-soon" => &["days"],
        _ => &[],
    }
}

/// The text being checked, for turning byte spans into errors.
struct Cx<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Cx<'_> {
    fn error(&self, span: &Range<usize>, message: String) -> ConfigError {
        let (line, column) = position(self.text, span.start);
        ConfigError {
            path: self.path.to_path_buf(),
            line,
            column,
            message,
        }
    }

    /// A TOML syntax error (or a value the tree cannot hold), at the parser's position.
    fn syntax(&self, error: &toml::de::Error) -> ConfigError {
        let message = error
            .message()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        let message = format!("invalid TOML: {message}");
        match error.span() {
            Some(span) => self.error(&span, message),
            None => ConfigError {
                path: self.path.to_path_buf(),
                line: 0,
                column: 0,
                message,
            },
        }
    }

    fn string<'n>(
        &self,
        node: &'n Node,
        at: &Range<usize>,
        key: &str,
        expected: &str,
    ) -> Result<&'n str, ConfigError> {
        match &node.value {
            Value::String(s) => Ok(s),
            other => Err(self.error(
                at,
                format!("`{key}`: expected {expected}, found {}", other.kind()),
            )),
        }
    }

    /// An array of strings, each with its position.
    fn string_list<'n>(
        &self,
        node: &'n Node,
        at: &Range<usize>,
        key: &str,
    ) -> Result<Vec<(&'n str, Range<usize>)>, ConfigError> {
        let Value::Array(items) = &node.value else {
            return Err(self.error(
                at,
                format!(
                    "`{key}`: expected an array of strings, found {}",
                    node.value.kind()
                ),
            ));
        };
        items
            .iter()
            .map(|item| {
                let item_at = item.span.clone().unwrap_or(at.clone());
                match &item.value {
                    Value::String(s) => Ok((s.as_str(), item_at)),
                    other => Err(self.error(
                        &item_at,
                        format!(
                            "`{key}`: expected an array of strings, found {} in it",
                            other.kind()
                        ),
                    )),
                }
            })
            .collect()
    }

    fn glob(&self, glob: &str, at: &Range<usize>, key: &str) -> Result<(), ConfigError> {
        if glob.is_empty() {
            return Err(self.error(at, format!("`{key}`: an empty glob matches nothing")));
        }
        globset::Glob::new(glob).map(drop).map_err(|e| {
            let reason = match e.kind() {
                globset::ErrorKind::UnclosedClass => "an unclosed character class".to_string(),
                globset::ErrorKind::UnclosedAlternates => "an unclosed `{`".to_string(),
                kind => kind.to_string(),
            };
            self.error(
                at,
                format!("`{key}`: \"{glob}\" is not a valid glob: {reason}"),
            )
        })
    }

    fn rule_id(&self, id: &str, at: &Range<usize>, key: &str) -> Result<&'static str, ConfigError> {
        rules::get(id).map(|meta| meta.id.as_str()).ok_or_else(|| {
            self.error(
                at,
                format!("`{key}`: unknown rule `{id}` (`caulk rules` lists them)"),
            )
        })
    }

    /// A rule's setting in `[rules]`: `"off"`, a severity, or a table.
    fn rule_config(
        &self,
        rule: &str,
        setting: &Node,
        id_at: &Range<usize>,
    ) -> Result<RuleConfig, ConfigError> {
        let key = format!("rules.{rule}");
        let at = setting.span.clone().unwrap_or(id_at.clone());
        match &setting.value {
            Value::String(text) => self.rule_level(text, &at, &key),
            Value::Table(entries) => {
                let mut config = RuleConfig {
                    enabled: true,
                    ..RuleConfig::default()
                };
                let options = rule_options(rule);
                for (option, value) in entries {
                    let option_at = option.span.clone().unwrap_or(at.clone());
                    let value_at = value.span.clone().unwrap_or(option_at.clone());
                    let name = option.name.as_str();
                    let option_key = format!("{key}.{name}");
                    match name {
                        "severity" => {
                            let text = self.string(value, &value_at, &option_key, RULE_EXPECTED)?;
                            let level = self.rule_level(text, &value_at, &option_key)?;
                            config.enabled = level.enabled;
                            config.severity = level.severity;
                        }
                        "days" if options.contains(&"days") => {
                            config.days = Some(self.days(value, &value_at, &option_key)?);
                        }
                        _ => {
                            let allowed = std::iter::once("severity")
                                .chain(options.iter().copied())
                                .map(|o| format!("`{o}`"))
                                .collect::<Vec<_>>()
                                .join(" and ");
                            return Err(self.error(
                                &option_at,
                                format!(
                                    "`{option_key}`: rule `{rule}` has no option `{name}` \
                                     (it has {allowed})"
                                ),
                            ));
                        }
                    }
                }
                Ok(config)
            }
            other => Err(self.error(
                &at,
                format!(
                    "`{key}`: expected {RULE_EXPECTED} or a table with `severity`, found {}",
                    other.kind()
                ),
            )),
        }
    }

    /// `"off"` or a severity.
    fn rule_level(
        &self,
        text: &str,
        at: &Range<usize>,
        key: &str,
    ) -> Result<RuleConfig, ConfigError> {
        if text == "off" {
            return Ok(RuleConfig::default());
        }
        match Severity::parse(text) {
            Some(severity) => Ok(RuleConfig {
                enabled: true,
                severity: Some(severity),
                days: None,
            }),
            None => Err(self.error(
                at,
                format!("`{key}`: expected {RULE_EXPECTED}, found \"{text}\""),
            )),
        }
    }

    fn days(&self, value: &Node, at: &Range<usize>, key: &str) -> Result<u32, ConfigError> {
        let expected = format!("a whole number of days from 1 to {MAX_EXPIRY_DAYS}");
        match &value.value {
            Value::Integer(n) if (1..=i64::from(MAX_EXPIRY_DAYS)).contains(n) => {
                Ok(u32::try_from(*n).unwrap_or(MAX_EXPIRY_DAYS))
            }
            Value::Integer(n) => {
                Err(self.error(at, format!("`{key}`: expected {expected}, found {n}")))
            }
            other => Err(self.error(
                at,
                format!("`{key}`: expected {expected}, found {}", other.kind()),
            )),
        }
    }

    /// One `[[ignore]]` table.
    fn path_ignore(&self, item: &Node, at: &Range<usize>) -> Result<PathIgnore, ConfigError> {
        let Value::Table(entries) = &item.value else {
            return Err(self.error(
                at,
                format!(
                    "`ignore`: expected an array of tables (`[[ignore]]`), found {} in it",
                    item.value.kind()
                ),
            ));
        };
        let mut ignore = PathIgnore::default();
        let mut has_paths = false;
        for (key, value) in entries {
            let key_at = key.span.clone().unwrap_or(at.clone());
            let value_at = value.span.clone().unwrap_or(key_at.clone());
            match key.name.as_str() {
                "paths" => {
                    has_paths = true;
                    let globs = self.string_list(value, &value_at, "ignore.paths")?;
                    if globs.is_empty() {
                        return Err(self.error(
                            &value_at,
                            "`ignore.paths`: list at least one glob".to_string(),
                        ));
                    }
                    for (glob, glob_at) in globs {
                        self.glob(glob, &glob_at, "ignore.paths")?;
                        ignore.paths.push(glob.to_string());
                    }
                }
                "rules" => {
                    for (id, id_at) in self.string_list(value, &value_at, "ignore.rules")? {
                        let id = self.rule_id(id, &id_at, "ignore.rules")?;
                        ignore.rules.push(id.to_string());
                    }
                }
                "reason" => {
                    let reason = self.string(value, &value_at, "ignore.reason", "a string")?;
                    ignore.reason = Some(reason.to_string());
                }
                other => {
                    return Err(self.error(
                        &key_at,
                        format!(
                            "`ignore`: unknown key `{other}` (expected `paths`, `rules` or \
                             `reason`)"
                        ),
                    ));
                }
            }
        }
        if !has_paths {
            return Err(self.error(
                at,
                "`ignore`: an `[[ignore]]` entry needs `paths`".to_string(),
            ));
        }
        Ok(ignore)
    }
}

/// 1-based line and column (in Unicode scalar values) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

// ---------------------------------------------------------------------------------------------
// A TOML value tree that keeps spans
// ---------------------------------------------------------------------------------------------
//
// `toml::Spanned<T>` records the span of a value, but fails on a key or value the parser has no
// span for (the inner keys of `a.b.c = 1`) and on date-times met through `deserialize_any`.
// `Node` and `Key` speak the same serde protocol as `Spanned` and fall back to "no span" in
// those cases; checks then use the nearest enclosing position.

/// The serde protocol of `serde_spanned::Spanned` (what `toml::Spanned` deserializes through):
/// a struct with this name and these fields is answered with the span and the value.
const SPANNED_NAME: &str = "$__serde_spanned_private_Spanned";
const SPANNED_START: &str = "$__serde_spanned_private_start";
const SPANNED_END: &str = "$__serde_spanned_private_end";
const SPANNED_VALUE: &str = "$__serde_spanned_private_value";
const SPANNED_FIELDS: [&str; 3] = [SPANNED_START, SPANNED_END, SPANNED_VALUE];
/// How a TOML date-time reaches `deserialize_any`: a map with this one key.
const DATETIME_FIELD: &str = "$__toml_private_datetime";

#[derive(Clone, Debug, PartialEq)]
struct Key {
    span: Option<Range<usize>>,
    name: String,
}

#[derive(Clone, Debug, PartialEq)]
struct Node {
    span: Option<Range<usize>>,
    value: Value,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    String(String),
    Integer(i64),
    Float(f64),
    Boolean(bool),
    Datetime(String),
    Array(Vec<Node>),
    Table(Vec<(Key, Node)>),
}

impl Value {
    /// What the value is, for "expected …, found …".
    fn kind(&self) -> String {
        match self {
            Value::String(s) => format!("the string \"{s}\""),
            Value::Integer(n) => format!("the integer {n}"),
            Value::Float(x) => format!("the number {x}"),
            Value::Boolean(b) => format!("the boolean {b}"),
            Value::Datetime(d) => format!("the date-time {d}"),
            Value::Array(_) => "an array".to_string(),
            Value::Table(_) => "a table".to_string(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;

        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a key")
            }

            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Key, E> {
                Ok(Key {
                    span: None,
                    name: name.to_string(),
                })
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Key, A::Error> {
                let (mut start, mut end, mut name) = (None, None, None);
                while let Some(field) = map.next_key::<String>()? {
                    match field.as_str() {
                        SPANNED_START => start = Some(map.next_value::<usize>()?),
                        SPANNED_END => end = Some(map.next_value::<usize>()?),
                        SPANNED_VALUE => name = Some(map.next_value::<String>()?),
                        other => {
                            return Err(serde::de::Error::unknown_field(other, &SPANNED_FIELDS));
                        }
                    }
                }
                let name = name.ok_or_else(|| serde::de::Error::missing_field(SPANNED_VALUE))?;
                Ok(Key {
                    span: start.zip(end).map(|(s, e)| s..e),
                    name,
                })
            }
        }

        deserializer.deserialize_struct(SPANNED_NAME, &SPANNED_FIELDS, KeyVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        serde::de::DeserializeSeed::deserialize(NodeSeed { spanned: true }, deserializer)
    }
}

/// Deserializes a [`Node`]; `spanned` asks the deserializer for the span first (the value
/// inside a span is read without asking again).
#[derive(Clone, Copy)]
struct NodeSeed {
    spanned: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for NodeSeed {
    type Value = Node;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        if self.spanned {
            deserializer.deserialize_struct(SPANNED_NAME, &SPANNED_FIELDS, NodeVisitor)
        } else {
            deserializer.deserialize_any(NodeVisitor)
        }
    }
}

struct NodeVisitor;

fn unspanned(value: Value) -> Node {
    Node { span: None, value }
}

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a TOML value")
    }

    fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Node, E> {
        Ok(unspanned(Value::Boolean(b)))
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Node, E> {
        Ok(unspanned(Value::Integer(n)))
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Node, E> {
        match i64::try_from(n) {
            Ok(n) => Ok(unspanned(Value::Integer(n))),
            Err(_) => Ok(unspanned(Value::Float(n as f64))),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, x: f64) -> Result<Node, E> {
        Ok(unspanned(Value::Float(x)))
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Node, E> {
        Ok(unspanned(Value::String(s.to_string())))
    }

    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Node, E> {
        Ok(unspanned(Value::String(s)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(NodeSeed { spanned: true })? {
            items.push(item);
        }
        Ok(unspanned(Value::Array(items)))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let Some(first) = map.next_key::<Key>()? else {
            return Ok(unspanned(Value::Table(Vec::new())));
        };
        // Keys from a document always carry a span: a spanless key with one of these names is
        // the deserializer's protocol, not a user's key.
        if first.span.is_none() && first.name == SPANNED_START {
            let start: usize = map.next_value()?;
            let (mut end, mut node) = (None, None);
            while let Some(field) = map.next_key::<Key>()? {
                match field.name.as_str() {
                    SPANNED_END => end = Some(map.next_value::<usize>()?),
                    SPANNED_VALUE => {
                        node = Some(map.next_value_seed(NodeSeed { spanned: false })?);
                    }
                    other => {
                        return Err(serde::de::Error::unknown_field(other, &SPANNED_FIELDS));
                    }
                }
            }
            let mut node = node.ok_or_else(|| serde::de::Error::missing_field(SPANNED_VALUE))?;
            node.span = Some(start..end.unwrap_or(start));
            return Ok(node);
        }
        if first.span.is_none() && first.name == DATETIME_FIELD {
            let text: String = map.next_value()?;
            return Ok(unspanned(Value::Datetime(text)));
        }
        let mut entries = vec![(first, map.next_value_seed(NodeSeed { spanned: true })?)];
        while let Some(key) = map.next_key::<Key>()? {
            let value = map.next_value_seed(NodeSeed { spanned: true })?;
            entries.push((key, value));
        }
        Ok(unspanned(Value::Table(entries)))
    }
}

// ---------------------------------------------------------------------------------------------
// `caulk init`
// ---------------------------------------------------------------------------------------------

/// The fixed part of what `caulk init` writes: every top-level setting with its default,
/// commented out, and an example `[[ignore]]`. [`init_template`] adds the `[rules]` section.
pub const INIT_TEMPLATE: &str = r#"# caulk.toml: settings for `caulk audit`.
#
# caulk reads the nearest caulk.toml or .caulk.toml from the first scanned path upward (the
# search stops at the first directory that has one); `--config FILE` names another file and
# `--no-config` reads none. An unknown key, an unknown rule ID or a bad value is an error.
# Every setting below is shown with its default, commented out.

# Exit 1 when a finding at or above this severity remains: "critical", "high", "medium",
# "low", "info", or "none" (never fail because of findings). `--fail-on` overrides it.
# fail-on = "high"

# Paths not to scan, as globs relative to this file's directory (on top of .gitignore,
# .ignore and .caulkignore, and of `--exclude`).
# exclude = ["test/fixtures/**"]

# Findings to suppress by path: those of `rules` (of every rule when `rules` is left out) in
# files matching `paths`, globs relative to this file's directory. Repeat the section for
# more entries.
# [[ignore]]
# paths = ["certs/dev/**"]
# rules = ["private-key-unencrypted"]
# reason = "throw-away development certificates"
"#;

/// What `caulk init` writes: [`INIT_TEMPLATE`] and a `[rules]` section with an entry for
/// every rule at its default severity, commented out. It loads without error.
pub fn init_template() -> String {
    let mut out = String::from(INIT_TEMPLATE);
    out.push_str(
        "\n# Per-rule settings: \"off\", or a severity (\"critical\", \"high\", \"medium\", \
         \"low\", \"info\")\n# to report the rule's findings at instead of its default, or a \
         table with `severity` and\n# the rule's options. `caulk rules` lists the rules, \
         `caulk explain ID` explains one.\n[rules]\n",
    );
    let width = rules::all().iter().map(|r| r.id.len()).max().unwrap_or(0);
    for rule in rules::all() {
        let setting = match rule.id.as_str() {
            "certificate-expiring-soon" => format!(
                "{{ severity = \"{}\", days = {} }}",
                rule.severity,
                rules::DEFAULT_EXPIRY_DAYS
            ),
            _ => format!("\"{}\"", rule.severity),
        };
        out.push_str(&format!("# {:<width$} = {setting}\n", rule.id));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(position(text, 0), (1, 1));
        assert_eq!(position(text, 6), (2, 1));
        // `=` after `bé `: byte 10, character 4.
        assert_eq!(position(text, 10), (2, 4));
        assert_eq!(position(text, text.len()), (3, 1));
        assert_eq!(position(text, 999), (3, 1));
    }

    #[test]
    fn the_tree_keeps_spans_of_keys_and_values() {
        let text = "a = \"x\"\n[t]\nb = [1, 2]\n";
        let root: Node = toml::from_str(text).unwrap();
        let Value::Table(entries) = root.value else {
            panic!("{root:?}")
        };
        assert_eq!(entries[0].0.span, Some(0..1));
        assert_eq!(entries[0].1.span, Some(4..7));
        assert_eq!(entries[1].0.name, "t");
        let Value::Table(inner) = &entries[1].1.value else {
            panic!("{entries:?}")
        };
        assert_eq!(inner[0].0.span, Some(12..13));
        assert_eq!(inner[0].1.span, Some(16..22));
    }

    #[test]
    fn the_tree_reads_dotted_keys_and_date_times() {
        let text = "a.b.c = 1\nd = 1979-05-27\n";
        let root: Node = toml::from_str(text).unwrap();
        let Value::Table(entries) = root.value else {
            panic!("{root:?}")
        };
        assert_eq!(entries[0].0.name, "a");
        assert_eq!(
            entries[1].1.value,
            Value::Datetime("1979-05-27".to_string())
        );
    }
}
