//! Suppressions, applied once after every rule ran (rules.md "Suppressions"), so every rule
//! gets them for free:
//!
//! - inline comments: `# caulk:ignore=<id>[,<id>…] [reason]` in Dockerfiles, Compose and
//!   Kubernetes YAML and `.env` files; `// caulk:ignore=…` or `/* caulk:ignore=… */` in
//!   TypeScript, JavaScript and Go. A comment on a line of its own covers the next line (and a
//!   stack of such comment lines covers the line after the stack); a comment after code covers
//!   its own line only. A finding's line is the line its span starts on; in a Dockerfile, any
//!   line of the instruction it is in (a comment above a multi-line `RUN` covers all of it).
//!   Only real comments count: a `#` at the start of a line or after whitespace, outside
//!   quotes, not inside a YAML block scalar; for code, the comments of the tree-sitter tree.
//! - `caulk:ignore-file=<id>,…`: anywhere in the file (as a real comment), for the whole file.
//! - Kubernetes: the annotation `caulk.dev/ignore: "<id>,<id>"` in an object's `metadata`
//!   covers every finding inside the object (its pod template and containers included); in a
//!   pod template's `metadata` it covers the template.
//! - `caulk.toml` `[[ignore]]`: findings of `rules` (all when empty) in files matching
//!   `paths`, globs relative to the config's directory (`*` stays within one directory, `**`
//!   crosses them; a glob that matches a directory covers the files under it). The only way
//!   to suppress findings in certificates and keys, which have no comments.
//!
//! `all` in place of a rule ID suppresses every rule. An unknown rule ID is a note; the other
//! IDs of the same comment still work. With `--report-unused-ignores`, every rule ID of a
//! suppression that suppressed nothing is a note.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};

use crate::config::Config;
use crate::discover::{FileKind, classify};
use crate::project::Project;
use crate::rules::Finding;
use crate::source::{FileId, SourceFile, Span};

/// The Kubernetes annotation that suppresses findings inside its object.
pub const ANNOTATION: &str = "caulk.dev/ignore";

/// The comment directive; `-file=` or `=` follows.
const DIRECTIVE: &str = "caulk:ignore";

/// The rule "ID" that stands for every rule.
pub const ALL: &str = "all";

/// A `caulk.dev/ignore` annotation of a Kubernetes object, recorded at parse time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoreAnnotation {
    /// The object (or pod template) it covers.
    pub covers: Span,
    /// The annotation's value, for notes.
    pub at: Span,
    /// Rule IDs separated by commas (or whitespace).
    pub value: String,
}

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
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut notes = Vec::new();
    let mut suppressions = Vec::new();
    for (id, file) in project.files.iter().enumerate() {
        let annotations = project
            .facts
            .get(id)
            .map_or(&[][..], |f| &f.ignore_annotations[..]);
        collect_annotations(id, file, annotations, &mut suppressions);
        if file.text.contains(DIRECTIVE) {
            let syntax = syntax_of(project, id, file);
            collect_comments(id, file, syntax, &mut suppressions, &mut notes);
        }
    }
    if let Some(config) = config {
        collect_config(config, &cwd, &mut suppressions, &mut notes);
    }
    for suppression in &suppressions {
        for rule in &suppression.rules {
            if rule.id != ALL && crate::rules::get(&rule.id).is_none() {
                notes.push(format!(
                    "{}: {} names an unknown rule `{}` (`caulk rules` lists them)",
                    suppression.origin, suppression.what, rule.id
                ));
            }
        }
    }

    let mut paths = ConfigPaths::new(project, config, &cwd);
    let mut kept = Vec::with_capacity(findings.len());
    let mut suppressed = 0;
    for finding in findings {
        let lines = finding_lines(project, &finding);
        let mut hit = false;
        for suppression in &mut suppressions {
            let covered = match &suppression.scope {
                Scope::Lines { file, lines: range } => {
                    *file == finding.file
                        && lines
                            .as_ref()
                            .is_some_and(|l| range.start() <= l.end() && l.start() <= range.end())
                }
                Scope::File(file) => *file == finding.file,
                Scope::Span { file, span } => {
                    *file == finding.file
                        && span.start <= finding.span.start
                        && finding.span.end <= span.end
                }
                Scope::Paths(globs) => paths.matches(finding.file, globs),
            };
            if !covered {
                continue;
            }
            for rule in &mut suppression.rules {
                if rule.id == ALL || rule.id == finding.rule {
                    rule.used = true;
                    hit = true;
                }
            }
        }
        if hit {
            suppressed += 1;
        } else {
            kept.push(finding);
        }
    }

    if report_unused {
        // A rule the config turns off finds nothing to suppress: not worth a note.
        let off = |id: &str| config.is_some_and(|c| c.rules.get(id).is_some_and(|r| !r.enabled));
        for suppression in &suppressions {
            for rule in &suppression.rules {
                let known = rule.id == ALL || crate::rules::get(&rule.id).is_some();
                if !rule.used && known && !off(&rule.id) {
                    notes.push(suppression.unused(&rule.id));
                }
            }
        }
    }
    Outcome {
        findings: kept,
        suppressed,
        notes,
    }
}

/// One suppression: where it applies and which rules it names.
struct Suppression {
    scope: Scope,
    rules: Vec<RuleRef>,
    /// `path:line`, for notes.
    origin: String,
    /// `caulk:ignore`, `caulk:ignore-file`, `annotation caulk.dev/ignore`, `[[ignore]] …`.
    what: String,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Line,
    File,
    Annotation,
    Config,
}

impl Suppression {
    fn unused(&self, id: &str) -> String {
        match self.kind {
            Kind::Line => format!("{}: caulk:ignore={id} suppresses nothing", self.origin),
            Kind::File => format!("{}: caulk:ignore-file={id} suppresses nothing", self.origin),
            Kind::Annotation => format!("{}: {ANNOTATION}: {id} suppresses nothing", self.origin),
            Kind::Config if id == ALL && self.rules.len() == 1 => {
                format!("{}: {} suppresses nothing", self.origin, self.what)
            }
            Kind::Config => format!(
                "{}: {} rule `{id}` suppresses nothing",
                self.origin, self.what
            ),
        }
    }
}

enum Scope {
    /// Findings of `file` whose lines (0-based) meet these.
    Lines {
        file: FileId,
        lines: RangeInclusive<usize>,
    },
    File(FileId),
    /// Findings of `file` whose span lies inside.
    Span {
        file: FileId,
        span: Span,
    },
    /// Findings of files matching any of these globs (relative to the config's directory).
    Paths(Vec<GlobMatcher>),
}

struct RuleRef {
    id: String,
    used: bool,
}

fn rule_refs<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<RuleRef> {
    let mut rules: Vec<RuleRef> = Vec::new();
    for id in ids {
        if !id.is_empty() && !rules.iter().any(|r| r.id == id) {
            rules.push(RuleRef {
                id: id.to_string(),
                used: false,
            });
        }
    }
    rules
}

// ---------------------------------------------------------------------------------------------
// Which lines a finding is on

/// The 0-based lines a comment may name a finding by: the line its span starts on and, in a
/// Dockerfile, every line of its instruction up to that one. `None` for files without text.
fn finding_lines(project: &Project, finding: &Finding) -> Option<RangeInclusive<usize>> {
    let file = project.files.get(finding.file)?;
    if file.text.is_empty() {
        return None;
    }
    let line = file.lines.line_of(finding.span.start.min(file.text.len()));
    let is_dockerfile = project
        .facts
        .get(finding.file)
        .is_some_and(|f| f.dockerfile.is_some());
    let first = if is_dockerfile {
        instruction_start(file, line)
    } else {
        line
    };
    Some(first..=line)
}

/// The first line of the Dockerfile instruction that holds `line`: back over lines that end in
/// the escape character (comment and blank lines inside the instruction skipped, as Docker
/// does).
fn instruction_start(file: &SourceFile, line: usize) -> usize {
    let escape = dockerfile_escape(&file.text);
    let mut start = line;
    'outer: loop {
        let mut previous = start;
        loop {
            if previous == 0 {
                break 'outer;
            }
            previous -= 1;
            let text = line_text(file, previous).trim();
            if !text.is_empty() && !text.starts_with('#') {
                break;
            }
        }
        if line_text(file, previous).trim_end().ends_with(escape) {
            start = previous;
        } else {
            break;
        }
    }
    start
}

/// The `# escape=` parser directive, else `\`.
fn dockerfile_escape(text: &str) -> char {
    for line in text.lines() {
        let Some(directive) = line.trim().strip_prefix('#') else {
            break;
        };
        let directive = directive.trim();
        if let Some((name, value)) = directive.split_once('=')
            && name.trim().eq_ignore_ascii_case("escape")
            && let Some(c) = value.trim().chars().next()
        {
            return c;
        }
    }
    '\\'
}

/// A line's text without its line break.
fn line_text(file: &SourceFile, line: usize) -> &str {
    let Some(start) = file.lines.line_start(line) else {
        return "";
    };
    let end = file
        .lines
        .line_start(line + 1)
        .unwrap_or(file.text.len())
        .min(file.text.len());
    file.text
        .get(start..end)
        .unwrap_or("")
        .trim_end_matches(['\n', '\r'])
}

// ---------------------------------------------------------------------------------------------
// Annotations

fn collect_annotations(
    id: FileId,
    file: &SourceFile,
    annotations: &[IgnoreAnnotation],
    out: &mut Vec<Suppression>,
) {
    for annotation in annotations {
        let ids = annotation
            .value
            .split(|c: char| c == ',' || c.is_whitespace());
        out.push(Suppression {
            scope: Scope::Span {
                file: id,
                span: annotation.covers,
            },
            rules: rule_refs(ids),
            origin: format!(
                "{}:{}",
                file.display_path,
                file.position(annotation.at.start).line
            ),
            what: format!("annotation {ANNOTATION}"),
            kind: Kind::Annotation,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Comments

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Syntax {
    /// `#` comments: Dockerfile, `.env`.
    Hash,
    /// `#` comments with YAML block scalars, whose lines are text.
    Yaml,
    Code(CodeLanguage),
    /// JSON, certificates and keys: no comments.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeLanguage {
    TypeScript,
    Tsx,
    JavaScript,
    Go,
}

fn syntax_of(project: &Project, id: FileId, file: &SourceFile) -> Syntax {
    let facts = project.facts.get(id);
    if facts.is_some_and(|f| f.dockerfile.is_some()) {
        return Syntax::Hash;
    }
    match classify(&file.disk_path) {
        Some(FileKind::Dockerfile | FileKind::EnvFile) => Syntax::Hash,
        Some(FileKind::Compose | FileKind::Yaml) => Syntax::Yaml,
        Some(FileKind::TypeScript) => Syntax::Code(CodeLanguage::TypeScript),
        Some(FileKind::Tsx) => Syntax::Code(CodeLanguage::Tsx),
        Some(FileKind::JavaScript) => Syntax::Code(CodeLanguage::JavaScript),
        Some(FileKind::Go) => Syntax::Code(CodeLanguage::Go),
        Some(FileKind::Json) => Syntax::None,
        // An `env_file:` of a Compose file, named like anything.
        _ if facts.is_some_and(|f| !f.env.is_empty() && f.key_material.is_empty()) => Syntax::Hash,
        _ => Syntax::None,
    }
}

/// A comment: its text without the markers and its lines (0-based).
struct Comment<'a> {
    text: &'a str,
    /// Byte offset of `text` in the file.
    offset: usize,
    first_line: usize,
    last_line: usize,
    /// Nothing but whitespace around it on its lines.
    alone: bool,
}

fn collect_comments(
    id: FileId,
    file: &SourceFile,
    syntax: Syntax,
    out: &mut Vec<Suppression>,
    notes: &mut Vec<String>,
) {
    let comments = match syntax {
        Syntax::Hash => hash_comments(file, false),
        Syntax::Yaml => hash_comments(file, true),
        Syntax::Code(language) => code_comments(file, language),
        Syntax::None => return,
    };
    // Directives found, before their lines are known: (comment index, is file-wide, ids, at).
    let mut found: Vec<(usize, bool, Vec<&str>, usize)> = Vec::new();
    for (index, comment) in comments.iter().enumerate() {
        for (at, _) in comment.text.match_indices(DIRECTIVE) {
            let before = comment.text[..at].chars().next_back();
            if before.is_some_and(|c| !c.is_whitespace() && !matches!(c, '#' | '/' | '*')) {
                continue;
            }
            let rest = &comment.text[at + DIRECTIVE.len()..];
            let (file_wide, ids) = if let Some(ids) = rest.strip_prefix("-file=") {
                (true, ids)
            } else if let Some(ids) = rest.strip_prefix('=') {
                (false, ids)
            } else {
                if rest.is_empty()
                    || rest.starts_with(char::is_whitespace)
                    || rest.starts_with("-file")
                {
                    let line = file.position(comment.offset + at).line;
                    notes.push(format!(
                        "{}:{line}: `{DIRECTIVE}` needs rule IDs: `{DIRECTIVE}=<id>[,<id>…] \
                         [reason]`",
                        file.display_path
                    ));
                }
                continue;
            };
            let token = ids.split(char::is_whitespace).next().unwrap_or("");
            let ids: Vec<&str> = token.split(',').filter(|s| !s.is_empty()).collect();
            let offset = comment.offset + at;
            if ids.is_empty() {
                notes.push(format!(
                    "{}:{}: `{DIRECTIVE}` needs rule IDs: `{DIRECTIVE}=<id>[,<id>…] [reason]`",
                    file.display_path,
                    file.position(offset).line
                ));
                continue;
            }
            found.push((index, file_wide, ids, offset));
        }
    }
    // Comment lines that hold a directive and nothing else: a stack of them covers the line
    // after the stack.
    let directive_lines: std::collections::HashSet<usize> = found
        .iter()
        .map(|(index, ..)| &comments[*index])
        .filter(|c| c.alone)
        .flat_map(|c| c.first_line..=c.last_line)
        .collect();
    for (index, file_wide, ids, offset) in found {
        let comment = &comments[index];
        let line = file.position(offset).line;
        let origin = format!("{}:{line}", file.display_path);
        let suppression = if file_wide {
            Suppression {
                scope: Scope::File(id),
                rules: rule_refs(ids),
                origin,
                what: format!("{DIRECTIVE}-file"),
                kind: Kind::File,
            }
        } else {
            let mut last = comment.last_line;
            if comment.alone {
                last += 1;
                while directive_lines.contains(&last) {
                    last += 1;
                }
            }
            Suppression {
                scope: Scope::Lines {
                    file: id,
                    lines: comment.first_line..=last,
                },
                rules: rule_refs(ids),
                origin,
                what: DIRECTIVE.to_string(),
                kind: Kind::Line,
            }
        };
        out.push(suppression);
    }
}

/// `#` comments, one per line at most: a `#` at the start of the line or after whitespace,
/// outside quotes. With `yaml`, the lines of block scalars (`key: |`) are text, not comments.
fn hash_comments(file: &SourceFile, yaml: bool) -> Vec<Comment<'_>> {
    let mut comments = Vec::new();
    // YAML: the indentation that a block scalar's lines must exceed, while inside one.
    let mut block_parent: Option<usize> = None;
    for line in 0..file.lines.line_count() {
        let text = line_text(file, line);
        let Some(start) = file.lines.line_start(line) else {
            break;
        };
        if yaml {
            let indent = text.len() - text.trim_start_matches(' ').len();
            if let Some(parent) = block_parent {
                if text.trim().is_empty() || indent > parent {
                    continue;
                }
                block_parent = None;
            }
        }
        let Some(hash) = comment_start(text) else {
            if yaml {
                block_parent = block_scalar_start(text, text.len());
            }
            continue;
        };
        if yaml {
            block_parent = block_scalar_start(text, hash);
        }
        let alone = text[..hash].trim().is_empty();
        comments.push(Comment {
            text: &text[hash + 1..],
            offset: start + hash + 1,
            first_line: line,
            last_line: line,
            alone,
        });
    }
    comments
}

/// Where a `#` comment starts in a line: a `#` at the start or after whitespace, not inside a
/// quoted string. A quote opens a string only at the start of a word (after whitespace or
/// punctuation such as `=`, `:`, `[`), so the apostrophe of `it's` does not.
fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut previous: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => {
                if c == '#' && previous.is_none_or(char::is_whitespace) {
                    return Some(i);
                }
                if (c == '"' || c == '\'') && previous.is_none_or(|p| !p.is_alphanumeric()) {
                    quote = Some(c);
                }
            }
        }
        previous = Some(c);
    }
    None
}

/// When the line (up to its comment at `end`) starts a YAML block scalar (`key: |`, `- >-`),
/// the indentation its content lines exceed: the key's column, or the `-`'s.
fn block_scalar_start(line: &str, end: usize) -> Option<usize> {
    let code = line[..end].trim_end();
    let last = code.split_whitespace().next_back()?;
    let is_indicator = matches!(last.chars().next(), Some('|' | '>'))
        && last[1..]
            .chars()
            .all(|c| matches!(c, '+' | '-' | '1'..='9'));
    if !is_indicator {
        return None;
    }
    let before = code[..code.len() - last.len()].trim_end();
    if !(before.ends_with(':') || before.ends_with('-') || before.is_empty()) {
        return None;
    }
    // The column of the key (after any `- ` markers), else of the last `-`.
    let mut column = line.len() - line.trim_start_matches(' ').len();
    let mut rest = &line[column..];
    let mut dash = None;
    while let Some(after) = rest.strip_prefix('-')
        && (after.is_empty() || after.starts_with(' '))
    {
        dash = Some(column);
        let spaces = after.len() - after.trim_start_matches(' ').len();
        column += 1 + spaces;
        rest = &after[spaces..];
    }
    if before.ends_with(':') {
        Some(column)
    } else {
        dash.or(Some(column))
    }
}

/// The comments of a TypeScript, JavaScript or Go file, from its syntax tree: a
/// `// caulk:ignore` inside a string or template literal is not one.
fn code_comments(file: &SourceFile, language: CodeLanguage) -> Vec<Comment<'_>> {
    let grammar: tree_sitter::Language = match language {
        CodeLanguage::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
        CodeLanguage::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
        CodeLanguage::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
        CodeLanguage::Go => tree_sitter_go::LANGUAGE.into(),
    };
    let mut parser = tree_sitter::Parser::new();
    if parser.set_language(&grammar).is_err() {
        return Vec::new();
    }
    let Some(tree) = parser.parse(&file.text, None) else {
        return Vec::new();
    };
    let mut comments = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        if node.kind() == "comment" {
            if let Some(comment) = code_comment(file, node.start_byte(), node.end_byte()) {
                comments.push(comment);
            }
        } else if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    comments
}

fn code_comment(file: &SourceFile, start: usize, end: usize) -> Option<Comment<'_>> {
    let raw = file.text.get(start..end)?;
    let (text, offset) = if let Some(body) = raw.strip_prefix("//") {
        (body, start + 2)
    } else if let Some(body) = raw.strip_prefix("/*") {
        (body.strip_suffix("*/").unwrap_or(body), start + 2)
    } else {
        (raw, start)
    };
    let first_line = file.lines.line_of(start);
    let last_line = file.lines.line_of(end.saturating_sub(1).max(start));
    let first_start = file.lines.line_start(first_line).unwrap_or(0);
    let before = file.text.get(first_start..start).unwrap_or("");
    let after_end = file
        .lines
        .line_start(last_line + 1)
        .unwrap_or(file.text.len())
        .min(file.text.len());
    let after = file.text.get(end..after_end).unwrap_or("");
    Some(Comment {
        text,
        offset,
        first_line,
        last_line,
        alone: before.trim().is_empty() && after.trim().is_empty(),
    })
}

// ---------------------------------------------------------------------------------------------
// `caulk.toml` `[[ignore]]`

fn collect_config(
    config: &Config,
    cwd: &Path,
    out: &mut Vec<Suppression>,
    notes: &mut Vec<String>,
) {
    let shown = crate::discover::display_path(&config.path, cwd);
    for ignore in &config.ignores {
        let mut globs = Vec::new();
        for pattern in &ignore.paths {
            match path_glob(pattern) {
                Ok(glob) => globs.push(glob),
                Err(error) => notes.push(format!(
                    "{shown}: [[ignore]] path `{pattern}` is not a valid glob: {error}"
                )),
            }
        }
        let paths: Vec<String> = ignore.paths.iter().map(|p| format!("{p:?}")).collect();
        let rules = if ignore.rules.is_empty() {
            rule_refs([ALL])
        } else {
            rule_refs(ignore.rules.iter().map(String::as_str))
        };
        out.push(Suppression {
            scope: Scope::Paths(globs),
            rules,
            origin: shown.clone(),
            what: format!("[[ignore]] paths = [{}]", paths.join(", ")),
            kind: Kind::Config,
        });
    }
}

/// An `[[ignore]]` path: relative to the config's directory, `*` within one directory.
fn path_glob(pattern: &str) -> Result<GlobMatcher, globset::Error> {
    let trimmed = pattern.trim_start_matches("./").trim_start_matches('/');
    let trimmed = trimmed.trim_end_matches('/');
    GlobBuilder::new(trimmed)
        .literal_separator(true)
        .build()
        .map(|glob| glob.compile_matcher())
}

/// Per file: true when no suppression can reach it (no `caulk:ignore` in it, no
/// `caulk.dev/ignore` annotation, no `[[ignore]]` path matching it). Whether such a file's
/// findings are shown follows from each finding alone, which lets the rules prune them.
pub fn files_no_suppression_reaches(project: &Project, config: Option<&Config>) -> Vec<bool> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let globs: Vec<Vec<GlobMatcher>> = config.map_or_else(Vec::new, |config| {
        config
            .ignores
            .iter()
            .map(|ignore| {
                ignore
                    .paths
                    .iter()
                    .filter_map(|p| path_glob(p).ok())
                    .collect()
            })
            .collect()
    });
    let mut paths = ConfigPaths::new(project, config, &cwd);
    project
        .files
        .iter()
        .enumerate()
        .map(|(id, file)| {
            !file.text.contains(DIRECTIVE)
                && project
                    .facts
                    .get(id)
                    .is_none_or(|f| f.ignore_annotations.is_empty())
                && !globs.iter().any(|g| paths.matches(id, g))
        })
        .collect()
}

/// Each file's path relative to the config's directory, worked out when first asked.
struct ConfigPaths<'p> {
    project: &'p Project,
    dir: Option<(PathBuf, Option<PathBuf>)>,
    relative: Vec<Option<Option<PathBuf>>>,
}

impl<'p> ConfigPaths<'p> {
    fn new(project: &'p Project, config: Option<&Config>, cwd: &Path) -> ConfigPaths<'p> {
        let dir = config.map(|c| {
            let dir = crate::discover::absolute(c.dir(), cwd);
            let canonical = std::fs::canonicalize(&dir).ok();
            (dir, canonical)
        });
        ConfigPaths {
            project,
            dir,
            relative: Vec::new(),
        }
    }

    fn relative(&mut self, file: FileId) -> Option<&Path> {
        if self.relative.len() <= file {
            self.relative.resize(file + 1, None);
        }
        if self.relative[file].is_none() {
            let found = self.compute(file);
            self.relative[file] = Some(found);
        }
        self.relative[file].as_ref()?.as_deref()
    }

    fn compute(&self, file: FileId) -> Option<PathBuf> {
        let (dir, canonical_dir) = self.dir.as_ref()?;
        let path = self.project.absolute_path(file)?;
        if let Ok(relative) = path.strip_prefix(dir) {
            return Some(relative.to_path_buf());
        }
        // Through symbolic links (a temporary directory under `/var` that is `/private/var`).
        let canonical = std::fs::canonicalize(&path).ok()?;
        let relative = canonical.strip_prefix(canonical_dir.as_ref()?).ok()?;
        Some(relative.to_path_buf())
    }

    /// True when the file, or a directory it is in, matches one of the globs.
    fn matches(&mut self, file: FileId, globs: &[GlobMatcher]) -> bool {
        let Some(relative) = self.relative(file) else {
            return false;
        };
        relative
            .ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| globs.iter().any(|g| g.is_match(p)))
    }
}
