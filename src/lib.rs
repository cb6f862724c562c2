//! caulk: finds the seams through which a container leaks into its host and its neighbours.
//!
//! The pipeline runs one way: discover → parse (per file, in parallel) → facts → rules →
//! findings → report. [`audit`] is the whole of it.

pub mod baseline;
pub mod build_context;
pub mod config;
pub mod data;
pub mod discover;
pub mod facts;
pub mod fingerprint;
pub mod parse;
pub mod project;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::discover::{Candidate, FileKind, ReadOutcome, WalkOptions};
use crate::facts::{FileFacts, KeyLocation, KeyMaterial, KeyMaterialKind};
use crate::parse::{code, compose, dockerfile, envfile, kubernetes, pki, yaml};
use crate::project::Project;
use crate::rules::{Finding, Severity};
use crate::source::{SourceFile, Span};

#[derive(Debug, Default, Clone)]
pub struct AuditOptions {
    pub walk: WalkOptions,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Run only these rules (empty: all).
    pub select: Vec<String>,
    /// Skip these rules.
    pub ignore: Vec<String>,
    pub min_severity: Option<Severity>,
    /// The instant certificate-date rules compare against, in seconds since the Unix epoch;
    /// `None` reads the clock.
    pub now: Option<i64>,
    /// `certificate-expiring-soon` fires within this many days of `notAfter` (default 30,
    /// or the config's `days`).
    pub expiry_days: Option<u32>,
    /// The `caulk.toml` in effect, if any.
    pub config: Option<config::Config>,
    /// Report only findings not in this baseline.
    pub baseline: Option<baseline::Baseline>,
    /// Note suppressions that suppress nothing.
    pub report_unused_ignores: bool,
    /// Keep the findings past the per-file cap in [`Report::over_cap`] (and prune none while
    /// the rules run): `--write-baseline` records every finding, shown or not.
    pub keep_over_cap: bool,
}

#[derive(Debug)]
pub enum AuditError {
    /// A path named on the command line does not exist.
    MissingPath(PathBuf),
    /// A rule ID that caulk does not know.
    UnknownRule(String),
    Other(String),
}

impl std::fmt::Display for AuditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuditError::MissingPath(p) => write!(f, "{}: no such file or directory", p.display()),
            AuditError::UnknownRule(id) => {
                write!(f, "unknown rule `{id}` (`caulk rules` lists them)")
            }
            AuditError::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for AuditError {}

pub struct Report {
    pub project: Project,
    /// Sorted by path, line, column, rule: two runs print the same bytes.
    pub findings: Vec<Finding>,
    /// Files skipped or not parsed, and why; suppressions that name unknown rules or (with
    /// `--report-unused-ignores`) suppress nothing.
    pub notes: Vec<String>,
    /// Findings silenced by inline suppressions, annotations or the config's ignores.
    pub suppressed: usize,
    /// Findings left out because the baseline has them.
    pub baselined: usize,
    /// Text no report may show (secret values), from every rule's findings, including the
    /// ones later filtered, suppressed or baselined: their source lines can still be printed
    /// for another finding.
    pub redactions: Vec<(source::FileId, source::Span)>,
    /// With [`AuditOptions::keep_over_cap`], the findings past the per-file cap, in no
    /// particular order; else empty. Not in `findings`: no report shows them.
    pub over_cap: Vec<Finding>,
}

impl Report {
    pub fn files_scanned(&self) -> usize {
        self.project.files.len()
    }
}

pub fn audit(paths: &[PathBuf], options: &AuditOptions) -> Result<Report, AuditError> {
    for id in options.select.iter().chain(&options.ignore) {
        if rules::get(id).is_none() {
            return Err(AuditError::UnknownRule(id.clone()));
        }
    }
    for path in paths {
        if std::fs::symlink_metadata(path).is_err() {
            return Err(AuditError::MissingPath(path.clone()));
        }
    }
    let cwd = std::env::current_dir().map_err(|e| AuditError::Other(e.to_string()))?;
    let mut walk = options.walk.clone();
    if let Some(config) = &options.config
        && !config.exclude.is_empty()
    {
        walk.config_exclude = Some((config.dir().to_path_buf(), config.exclude.clone()));
    }
    let discovery = discover::discover(paths, &walk, &cwd);
    let mut notes = discovery.notes;

    // Each file's text is released as soon as its facts are read (unless a suppression comment
    // in it is still to be read): the scan holds facts, not the tree's bytes.
    let load_all = || -> Vec<Loaded> {
        discovery
            .files
            .par_iter()
            .map(|candidate| {
                let mut loaded = load(candidate);
                if let Some(source) = &mut loaded.source
                    && !source.text.contains("caulk:ignore")
                {
                    source.release_text();
                }
                loaded
            })
            .collect()
    };
    let loaded = match options.jobs {
        Some(jobs) => rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build()
            .map_err(|e| AuditError::Other(e.to_string()))?
            .install(load_all),
        None => load_all(),
    };

    let mut files = Vec::new();
    let mut facts = Vec::new();
    for item in loaded {
        notes.extend(item.notes);
        if let Some(source) = item.source {
            // File IDs are renumbered here, after the parallel step, in path order.
            let id = files.len();
            let mut file_facts = item.facts;
            renumber(&mut file_facts, id);
            files.push(source);
            facts.push(file_facts);
        }
    }
    forget_modes_in_git_trees(&files, &mut facts, &cwd);
    let mut project = Project::new(files, facts, &cwd);
    project.roots = paths
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    project.link_build_contexts();
    project.link_env_files();
    let config_days = options
        .config
        .as_ref()
        .and_then(|c| c.rules.get("certificate-expiring-soon"))
        .and_then(|r| r.days);
    let settings = rules::Settings {
        now: options.now.unwrap_or_else(unix_now),
        expiry_days: options
            .expiry_days
            .or(config_days)
            .unwrap_or(rules::DEFAULT_EXPIRY_DAYS),
    };
    let shown = |finding: &mut Finding| {
        options
            .config
            .as_ref()
            .is_none_or(|config| configure(config, finding))
            && passes(finding, options)
    };
    // A baseline matches findings against each other (repeats are numbered), and one being
    // written must record every finding: with either, nothing is pruned.
    let budget = (options.baseline.is_none() && !options.keep_over_cap).then(|| rules::Budget {
        keep: PRUNE_FACTOR * rules::MAX_FINDINGS_PER_FILE,
        prunable: suppress::files_no_suppression_reaches(&project, options.config.as_ref()),
        shown: &shown,
    });
    let checked = rules::check_within(&project, &settings, budget.as_ref());
    let redactions = checked.redactions;
    let mut findings = checked.findings;
    if let Some(config) = &options.config {
        apply_rule_config(config, &mut findings);
    }
    let findings = finish(findings);
    let mut outcome = suppress::apply(
        &project,
        findings,
        options.config.as_ref(),
        options.report_unused_ignores,
    );
    notes.extend(outcome.notes);
    filter(&mut outcome.findings, options);
    let (findings, baselined) = match &options.baseline {
        Some(baseline) => baseline::filter(baseline, &project, outcome.findings),
        None => (outcome.findings, 0),
    };
    let capped = cap(findings, &checked.pruned, options.keep_over_cap);
    notes.extend(capped.not_shown.iter().map(|(file, count)| {
        let path = project
            .files
            .get(*file)
            .map_or("", |f| f.display_path.as_str());
        format!(
            "{path}: {} more finding{} not shown (at most {} per file)",
            thousands(*count),
            if *count == 1 { "" } else { "s" },
            thousands(rules::MAX_FINDINGS_PER_FILE)
        )
    }));
    Ok(Report {
        project,
        findings: capped.shown,
        notes,
        suppressed: outcome.suppressed,
        baselined,
        redactions,
        over_cap: capped.over,
    })
}

/// Pruning while the rules run keeps this many times the cap per file. Any multiple of at
/// least one gives the same report; a larger one prunes less often.
const PRUNE_FACTOR: usize = 10;

struct Capped {
    shown: Vec<Finding>,
    /// The findings past the cap, when asked to keep them.
    over: Vec<Finding>,
    /// Per file over the cap, in file order: how many findings it has past it.
    not_shown: Vec<(source::FileId, usize)>,
}

/// At most [`rules::MAX_FINDINGS_PER_FILE`] findings per file: the most severe, ties in report
/// order. Applied last, so that suppressed, filtered and baselined findings take no place, and
/// the exit code, decided by the most severe finding, is the same as without the cap.
/// `findings` are in report order; `pruned` adds the findings dropped while the rules ran.
fn cap(mut findings: Vec<Finding>, pruned: &[(source::FileId, usize)], keep_over: bool) -> Capped {
    let mut not_shown: std::collections::BTreeMap<source::FileId, usize> =
        pruned.iter().copied().collect();
    // In place: a copy of the findings would double the peak this bound is about.
    let mut keep = vec![true; findings.len()];
    let mut start = 0;
    while let Some(first) = findings.get(start) {
        let file = first.file;
        let end = findings[start..]
            .iter()
            .position(|f| f.file != file)
            .map_or(findings.len(), |n| start + n);
        if end - start > rules::MAX_FINDINGS_PER_FILE {
            let group = &mut findings[start..end];
            group.sort_by(rules::severity_order);
            group[..rules::MAX_FINDINGS_PER_FILE].sort_by(rules::report_order);
            keep[start + rules::MAX_FINDINGS_PER_FILE..end].fill(false);
            *not_shown.entry(file).or_insert(0) += end - start - rules::MAX_FINDINGS_PER_FILE;
        }
        start = end;
    }
    let mut over = Vec::new();
    if keep.contains(&false) {
        // Both visit every finding once, in order.
        let mut index = 0;
        let mut past = |_: &Finding| {
            let past = keep.get(index).is_some_and(|k| !k);
            index += 1;
            past
        };
        if keep_over {
            over = findings.extract_if(.., |f| past(f)).collect();
        } else {
            findings.retain(|f| !past(f));
        }
        findings.shrink_to_fit();
    }
    Capped {
        shown: findings,
        over,
        not_shown: not_shown.into_iter().collect(),
    }
}

/// `12345` as `12,345`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `[rules]` of the config: rules turned off are dropped, severities overridden.
fn apply_rule_config(config: &config::Config, findings: &mut Vec<Finding>) {
    findings.retain_mut(|f| configure(config, f));
}

/// One finding under `[rules]`: false when its rule is off, else its severity as set.
fn configure(config: &config::Config, finding: &mut Finding) -> bool {
    let Some(rule) = config.rules.get(finding.rule) else {
        return true;
    };
    if let Some(severity) = rule.severity {
        finding.severity = severity;
    }
    rule.enabled
}

/// `--select`, `--ignore`, `--min-severity`. Applied after suppressions, so that a suppression
/// of a rule the run leaves out is not taken for an unused one.
fn filter(findings: &mut Vec<Finding>, options: &AuditOptions) {
    findings.retain(|f| passes(f, options));
}

fn passes(finding: &Finding, options: &AuditOptions) -> bool {
    (options.select.is_empty() || options.select.iter().any(|s| s == finding.rule))
        && !options.ignore.iter().any(|s| s == finding.rule)
        && options
            .min_severity
            .is_none_or(|min| finding.severity >= min)
}

/// Merges duplicates and sorts in report order.
fn finish(mut findings: Vec<Finding>) -> Vec<Finding> {
    rules::merge_duplicates(&mut findings);
    findings.sort_by(rules::report_order);
    findings
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn renumber(facts: &mut FileFacts, id: usize) {
    for c in &mut facts.containers {
        c.file = id;
    }
    for k in &mut facts.key_material {
        k.file = id;
    }
    for t in &mut facts.tls {
        t.file = id;
    }
    for pv in &mut facts.persistent_volumes {
        pv.file = id;
    }
}

struct Loaded {
    source: Option<SourceFile>,
    facts: FileFacts,
    notes: Vec<String>,
}

impl Loaded {
    fn note(message: String) -> Loaded {
        Loaded {
            source: None,
            facts: FileFacts::default(),
            notes: vec![message],
        }
    }

    fn nothing() -> Loaded {
        Loaded {
            source: None,
            facts: FileFacts::default(),
            notes: Vec::new(),
        }
    }
}

/// Reads and parses one file. Runs on the worker threads; the file ID in its facts is fixed
/// up afterwards.
fn load(candidate: &Candidate) -> Loaded {
    let shown = &candidate.display_path;
    match candidate.kind {
        FileKind::KeyMaterial | FileKind::KeyStore | FileKind::MaybePem => {
            return load_key_material(candidate);
        }
        _ => {}
    }
    let limit = if candidate.kind.is_service_code() {
        discover::MAX_CODE_FILE_SIZE
    } else {
        discover::MAX_FILE_SIZE
    };
    let text = match discover::read_at_most(&candidate.disk_path, limit) {
        ReadOutcome::Text(text) => text,
        ReadOutcome::Skipped(why) => return Loaded::note(format!("{shown}: {why}")),
        ReadOutcome::NotText { offset, binary } => {
            if matches!(candidate.kind, FileKind::Json | FileKind::EnvFile)
                || candidate.kind.is_service_code()
            {
                return Loaded::nothing();
            }
            let message = if binary {
                "binary content, not a text file".to_string()
            } else {
                format!("not valid UTF-8 (first bad byte at offset {offset})")
            };
            let source = SourceFile::new(shown.clone(), candidate.disk_path.clone(), String::new());
            let mut facts = FileFacts::default();
            facts.parse_errors.push((source.point(0), message));
            return Loaded {
                source: Some(source),
                facts,
                notes: Vec::new(),
            };
        }
    };
    let source = SourceFile::new(shown.clone(), candidate.disk_path.clone(), text);
    match candidate.kind {
        FileKind::Dockerfile => {
            let parsed = dockerfile::parse(&source);
            if parsed.error.is_some() && parsed.stages.is_empty() && source.text.contains("{{") {
                return Loaded::note(format!("{shown}: template (`{{{{`), not parsed"));
            }
            let mut facts = dockerfile::facts(0, &source, &parsed);
            facts.dockerfile = Some(parsed);
            Loaded {
                source: Some(source),
                facts,
                notes: Vec::new(),
            }
        }
        FileKind::Compose | FileKind::Yaml | FileKind::Json => load_yaml(candidate, source),
        FileKind::KeyMaterial | FileKind::KeyStore | FileKind::MaybePem => Loaded::nothing(),
        FileKind::EnvFile => {
            let facts = FileFacts {
                env: envfile::parse(&source.text),
                ..FileFacts::default()
            };
            if facts.env.is_empty() {
                return Loaded::nothing();
            }
            Loaded {
                source: Some(source),
                facts,
                notes: Vec::new(),
            }
        }
        FileKind::TypeScript | FileKind::Tsx | FileKind::JavaScript | FileKind::Go => {
            let scan = match candidate.kind {
                FileKind::TypeScript => {
                    code::js::scan(0, &source.text, code::js::Dialect::TypeScript)
                }
                FileKind::Tsx => code::js::scan(0, &source.text, code::js::Dialect::Tsx),
                FileKind::JavaScript => {
                    code::js::scan(0, &source.text, code::js::Dialect::JavaScript)
                }
                _ => code::go::scan(0, &source.text),
            };
            // A code file matters only for the TLS settings in it.
            if scan.tls.is_empty() {
                return Loaded::nothing();
            }
            let facts = FileFacts {
                tls: scan.tls,
                ..FileFacts::default()
            };
            Loaded {
                source: Some(source),
                facts,
                notes: Vec::new(),
            }
        }
    }
}

/// Certificates and keys: PEM blocks in text, DER certificates, PKCS#12 stores.
fn load_key_material(candidate: &Candidate) -> Loaded {
    let shown = &candidate.display_path;
    let path = &candidate.disk_path;
    let file_only = |kind: KeyMaterialKind| {
        let source = SourceFile::new(shown.clone(), path.clone(), String::new());
        let mut facts = FileFacts::default();
        facts.key_material.push(KeyMaterial {
            file: 0,
            span: Span::new(0, 0),
            location: KeyLocation::File,
            kind,
            index: 0,
        });
        Loaded {
            source: Some(source),
            facts,
            notes: Vec::new(),
        }
    };
    if candidate.kind == FileKind::KeyStore {
        return file_only(KeyMaterialKind::KeyStore);
    }
    if candidate.kind == FileKind::MaybePem && !discover::starts_with_pem(path) {
        return Loaded::nothing();
    }
    let bytes = match discover::read_bytes(path, discover::MAX_KEY_FILE_SIZE) {
        Ok(bytes) => bytes,
        Err(why) => return Loaded::note(format!("{shown}: {why}")),
    };
    let is_text = std::str::from_utf8(&bytes).is_ok() && !bytes.iter().take(8192).any(|b| *b == 0);
    if !is_text {
        // Not text: a DER certificate if named like one, else some other file that happens to
        // end in `.key` (a Keynote document).
        if !is_der_name(path) {
            return Loaded::nothing();
        }
        return match pki::parse_der_certificate(&bytes) {
            Ok(kind) => file_only(kind),
            Err(message) => {
                let source = SourceFile::new(shown.clone(), path.clone(), String::new());
                let mut facts = FileFacts::default();
                facts.parse_errors.push((
                    Span::new(0, 0),
                    format!("not a PEM or DER certificate: {message}"),
                ));
                Loaded {
                    source: Some(source),
                    facts,
                    notes: Vec::new(),
                }
            }
        };
    }
    let text = String::from_utf8(bytes).unwrap_or_default();
    if !pki::has_pem(&text) {
        return Loaded::nothing();
    }
    let source = SourceFile::new(shown.clone(), path.clone(), text);
    let scan = pki::scan_pem(&source.text);
    let mut facts = FileFacts {
        disk_mode: file_mode(path),
        ..FileFacts::default()
    };
    for (index, block) in scan.blocks.into_iter().enumerate() {
        facts.key_material.push(KeyMaterial {
            file: 0,
            span: block.span,
            location: KeyLocation::File,
            kind: block.kind,
            index,
        });
    }
    let mut notes = Vec::new();
    let error_count = scan.errors.len();
    facts
        .parse_errors
        .extend(scan.errors.into_iter().take(MAX_PEM_ERRORS_PER_FILE));
    if error_count > MAX_PEM_ERRORS_PER_FILE {
        notes.push(format!(
            "{shown}: {} more broken PEM blocks not reported",
            error_count - MAX_PEM_ERRORS_PER_FILE
        ));
    }
    if facts.key_material.is_empty() && facts.parse_errors.is_empty() {
        return Loaded::nothing();
    }
    Loaded {
        source: Some(source),
        facts,
        notes,
    }
}

/// A file of thousands of broken PEM blocks is one problem, not thousands of findings.
const MAX_PEM_ERRORS_PER_FILE: usize = 10;

fn file_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

/// Forgets the disk modes of files inside a git work tree: git checks every file out 0644
/// whatever its mode was, so there the mode is git's, not the user's.
fn forget_modes_in_git_trees(files: &[SourceFile], facts: &mut [FileFacts], cwd: &Path) {
    let mut known: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    for (file, facts) in files.iter().zip(facts.iter_mut()) {
        if facts.disk_mode.is_none() {
            continue;
        }
        let path = discover::absolute(&file.disk_path, cwd);
        let Some(dir) = path.parent() else { continue };
        let in_git = match known.get(dir) {
            Some(answer) => *answer,
            None => {
                let answer = dir.ancestors().any(|a| a.join(".git").exists());
                known.insert(dir.to_path_buf(), answer);
                answer
            }
        };
        if in_git {
            facts.disk_mode = None;
        }
    }
}

fn is_der_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    [".der", ".cer", ".crt"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

fn is_helm_template(path: &Path, text: &str) -> bool {
    text.contains("{{") && path.components().any(|c| c.as_os_str() == "templates")
}

fn load_yaml(candidate: &Candidate, source: SourceFile) -> Loaded {
    let shown = &candidate.display_path;
    if is_helm_template(&candidate.disk_path, &source.text) {
        return Loaded::note(format!("{shown}: Helm template, not parsed"));
    }
    let schemas_blanked = match candidate.kind {
        FileKind::Compose => None,
        _ => kubernetes::blank_custom_resource_definitions(&source.text),
    };
    let stream = yaml::parse(
        schemas_blanked.as_deref().unwrap_or(&source.text),
        &source.lines,
    );
    let mut facts = FileFacts::default();
    let mut recognised = candidate.kind == FileKind::Compose || schemas_blanked.is_some();
    for document in &stream.documents {
        if candidate.kind == FileKind::Compose || compose::looks_like_compose(document) {
            recognised = true;
            compose::facts(0, document, &mut facts);
        } else if kubernetes::is_object(document) {
            recognised = true;
            for object in kubernetes::objects(document) {
                kubernetes::facts(0, object, &mut facts);
            }
        }
    }
    if let Some(error) = &stream.error {
        if source.text.contains("{{") {
            return Loaded::note(format!(
                "{shown}: template expressions (`{{{{`), not parsed"
            ));
        }
        let looks_relevant =
            candidate.kind != FileKind::Json || source.text.contains("\"apiVersion\"");
        if looks_relevant {
            recognised = true;
            facts.parse_errors.push((
                source.point(error.offset),
                format!("invalid YAML: {}", error.message),
            ));
        }
    }
    if !recognised {
        return Loaded::nothing();
    }
    Loaded {
        source: Some(source),
        facts,
        notes: Vec::new(),
    }
}
