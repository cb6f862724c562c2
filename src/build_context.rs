//! The files of a Dockerfile's build context that end up in its final image.
//!
//! `COPY`/`ADD` are followed into the build context the way BuildKit does: sources are
//! relative to the context root, Go `filepath.Match` globs per path segment, a directory
//! source copies its contents, `.dockerignore` (or `<Dockerfile>.dockerignore`) removes files
//! from the context. Files then travel between stages through `FROM <stage>` and
//! `COPY --from=<stage>`; a stage the final stage neither builds on nor copies from
//! contributes nothing.
//!
//! The walk never follows a symbolic link to a directory, never leaves the context, reads at
//! most [`ContextLimits::max_files`] directory entries and descends at most
//! [`ContextLimits::max_depth`] levels.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use globset::{GlobBuilder, GlobMatcher};

use crate::facts::Spanned;
use crate::parse::dockerfile::{CopyInstruction, Dockerfile, clean_absolute};
use crate::source::Span;

/// A file of the build context as it lands in an image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageFile {
    /// The file on disk in the build context.
    pub disk_path: PathBuf,
    /// Absolute path inside the final image.
    pub image_path: String,
    /// The source argument of the final-stage COPY/ADD that brings the file in (for
    /// `COPY --from`, the final stage's instruction; for a file inherited through
    /// `FROM <stage>`, that stage's instruction), and the instruction's span.
    pub source_span: Span,
    pub instruction_span: Span,
    /// `--chmod` of the instruction that placed it, if any (with span). A `COPY --from`
    /// without `--chmod` keeps the mode the file had in the stage it is copied from, so it
    /// carries that stage's `--chmod`.
    pub chmod: Option<Spanned<u32>>,
    /// The stage index the file first entered through (the stage whose own `COPY`/`ADD` took
    /// it from the build context), when it came via `COPY --from`.
    pub via_stage: Option<usize>,
    /// The stage whose instruction `instruction_span` is.
    pub stage: usize,
}

/// Bounds on the walk of the build context.
#[derive(Debug, Clone, Copy)]
pub struct ContextLimits {
    /// Directory entries read, and files held per stage.
    pub max_files: usize,
    /// Directory levels below the context root.
    pub max_depth: usize,
}

impl Default for ContextLimits {
    fn default() -> ContextLimits {
        ContextLimits {
            max_files: 20_000,
            max_depth: 32,
        }
    }
}

/// Longest `.dockerignore` read.
const MAX_IGNORE_FILE: u64 = 1024 * 1024;
/// Deepest chain of stages followed (`FROM`/`COPY --from`), a guard for the recursion.
const MAX_STAGE_DEPTH: usize = 128;

/// Every file of the build context that ends up in the final image, sorted by image path.
pub fn final_image_files(
    dockerfile: &Dockerfile,
    context_dir: &Path,
    dockerfile_path: &Path,
    limits: &ContextLimits,
) -> Vec<ImageFile> {
    let Some(last) = dockerfile.stages.len().checked_sub(1) else {
        return Vec::new();
    };
    let mut builder = Builder {
        dockerfile,
        context: Context::new(context_dir, dockerfile_path, limits),
        memo: HashMap::new(),
        visiting: vec![false; dockerfile.stages.len()],
        depth: 0,
        max_files: limits.max_files,
    };
    let files = builder.stage_files(last);
    files.values().cloned().collect()
}

/// A stage's files from the context, by image path.
type Files = BTreeMap<String, ImageFile>;

/// A `COPY --from` source's matches in the other stage: each matched path (a file, or a
/// directory) with the files at or under it.
type Roots<'f> = BTreeMap<String, Vec<&'f ImageFile>>;

struct Builder<'a> {
    dockerfile: &'a Dockerfile,
    context: Context,
    memo: HashMap<usize, Rc<Files>>,
    visiting: Vec<bool>,
    depth: usize,
    max_files: usize,
}

impl Builder<'_> {
    fn stage_files(&mut self, index: usize) -> Rc<Files> {
        if let Some(files) = self.memo.get(&index) {
            return Rc::clone(files);
        }
        let dockerfile = self.dockerfile;
        let Some(stage) = dockerfile.stages.get(index) else {
            return Rc::default();
        };
        // A cycle of `COPY --from`s (BuildKit rejects it) or an absurdly deep chain.
        if self.visiting.get(index).copied().unwrap_or(true) || self.depth >= MAX_STAGE_DEPTH {
            return Rc::default();
        }
        self.visiting[index] = true;
        self.depth += 1;
        let mut files = match stage.base_stage.filter(|base| *base != index) {
            Some(base) => (*self.stage_files(base)).clone(),
            None => Files::new(),
        };
        for copy in &stage.copies {
            match (copy.from_stage, &copy.from_image) {
                (Some(from), _) if from != index => {
                    self.copy_from_stage(index, copy, from, &mut files)
                }
                (None, None) => self.copy_from_context(index, copy, &mut files),
                _ => {}
            }
        }
        self.depth -= 1;
        self.visiting[index] = false;
        let files = Rc::new(files);
        self.memo.insert(index, Rc::clone(&files));
        files
    }

    fn place(&self, files: &mut Files, file: ImageFile) {
        if files.len() < self.max_files || files.contains_key(&file.image_path) {
            files.insert(file.image_path.clone(), file);
        }
    }

    fn copy_from_context(&mut self, index: usize, copy: &CopyInstruction, files: &mut Files) {
        let (dest, dir_syntax) = destination(copy);
        let excludes = PatternMatcher::new(copy.excludes.iter().map(String::as_str));
        let mut resolved = Vec::new();
        for source in &copy.sources {
            if is_remote(&source.value) {
                continue;
            }
            let Some(segments) = source_segments(&source.value) else {
                continue;
            };
            let pivot = parents_pivot(&source.value);
            resolved.push((source.span, self.context.resolve(&segments), pivot));
        }
        let matches: usize = resolved.iter().map(|(_, matches, _)| matches.len()).sum();
        let dest_is_dir = dir_syntax
            || copy.sources.len() > 1
            || matches > 1
            || dest == "/"
            || has_entries_under(files, &dest);
        for (source_span, matches, pivot) in resolved {
            for found in matches {
                let placed: Vec<(String, PathBuf, String)> = match found.kind {
                    Kind::Dir => self
                        .context
                        .files_under(&found.rel)
                        .into_iter()
                        .map(|(rel, disk)| {
                            let inner = strip_dir(&rel, &found.rel).to_string();
                            (rel, disk, inner)
                        })
                        .collect(),
                    _ => {
                        let name = base_name(&found.rel).to_string();
                        vec![(found.rel.clone(), found.disk.clone(), name)]
                    }
                };
                for (rel, disk, inner) in placed {
                    if excludes.matches(&inner) {
                        continue;
                    }
                    let image_path = if copy.parents {
                        join_image(&dest, strip_dir(&rel, &pivot))
                    } else if found.kind == Kind::Dir || dest_is_dir {
                        join_image(&dest, &inner)
                    } else {
                        dest.clone()
                    };
                    let file = ImageFile {
                        disk_path: disk,
                        image_path,
                        source_span,
                        instruction_span: copy.span,
                        chmod: copy.chmod.clone(),
                        via_stage: None,
                        stage: index,
                    };
                    self.place(files, file);
                }
            }
        }
    }

    fn copy_from_stage(
        &mut self,
        index: usize,
        copy: &CopyInstruction,
        from: usize,
        files: &mut Files,
    ) {
        let source_files = self.stage_files(from);
        if source_files.is_empty() {
            return;
        }
        let (dest, dir_syntax) = destination(copy);
        let excludes = PatternMatcher::new(copy.excludes.iter().map(String::as_str));
        // Per source: the matched paths (a file, or a directory holding files), each with the
        // files at or under it.
        let mut resolved: Vec<(Span, Roots<'_>, String)> = Vec::new();
        for source in &copy.sources {
            let Some(segments) = source_segments(&source.value) else {
                continue;
            };
            let mut roots = Roots::new();
            for (path, file) in source_files.iter() {
                let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
                if parts.len() < segments.len()
                    || !segments.iter().zip(&parts).all(|(s, p)| s.matches(p))
                {
                    continue;
                }
                let root = format!("/{}", parts[..segments.len()].join("/"));
                roots.entry(root).or_default().push(file);
            }
            let pivot = format!("/{}", parents_pivot(&source.value));
            resolved.push((source.span, roots, pivot));
        }
        let matches: usize = resolved.iter().map(|(_, roots, _)| roots.len()).sum();
        let dest_is_dir = dir_syntax
            || copy.sources.len() > 1
            || matches > 1
            || dest == "/"
            || has_entries_under(files, &dest);
        for (source_span, roots, pivot) in &resolved {
            for (root, found) in roots {
                for file in found {
                    let is_root = file.image_path == *root;
                    let inner = if is_root {
                        base_name(&file.image_path)
                    } else {
                        strip_dir(&file.image_path, root).trim_start_matches('/')
                    };
                    if excludes.matches(inner) {
                        continue;
                    }
                    let image_path = if copy.parents {
                        join_image(&dest, strip_dir(&file.image_path, pivot))
                    } else if !is_root || dest_is_dir {
                        join_image(&dest, inner)
                    } else {
                        dest.clone()
                    };
                    let placed = ImageFile {
                        disk_path: file.disk_path.clone(),
                        image_path,
                        source_span: *source_span,
                        instruction_span: copy.span,
                        chmod: copy.chmod.clone().or_else(|| file.chmod.clone()),
                        via_stage: Some(file.via_stage.unwrap_or(file.stage)),
                        stage: index,
                    };
                    self.place(files, placed);
                }
            }
        }
    }
}

/// The destination as an absolute, cleaned path (relative to the WORKDIR in effect), and
/// whether it is written as a directory (`dir/`, `dir/.`, `.`).
fn destination(copy: &CopyInstruction) -> (String, bool) {
    let dest = copy.destination.value.as_str();
    let dir_syntax = dest.is_empty() || dest.ends_with('/') || dest.ends_with("/.") || dest == ".";
    let absolute = if dest.starts_with('/') {
        dest.to_string()
    } else {
        format!("{}/{dest}", copy.workdir.as_deref().unwrap_or(""))
    };
    (clean_absolute(&absolute), dir_syntax)
}

/// `ADD https://…`, `ADD git@…`: nothing from the context.
fn is_remote(source: &str) -> bool {
    source.contains("://") || source.starts_with("git@")
}

/// Whether the image already has something under `dir` (so `COPY file dir` puts the file
/// inside it).
fn has_entries_under(files: &Files, dir: &str) -> bool {
    let prefix = format!("{}/", dir.trim_end_matches('/'));
    files
        .range(prefix.clone()..)
        .next()
        .is_some_and(|(path, _)| path.starts_with(&prefix))
}

fn join_image(dir: &str, rel: &str) -> String {
    clean_absolute(&format!("{dir}/{rel}"))
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `path` relative to `dir` (both relative, or both absolute); `path` itself when not under.
fn strip_dir<'p>(path: &'p str, dir: &str) -> &'p str {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() {
        return path.trim_start_matches('/');
    }
    match path.strip_prefix(dir) {
        Some(rest) if rest.starts_with('/') => &rest[1..],
        Some("") => "",
        _ => path,
    }
}

/// `COPY --parents a/./b/c /d/`: the part of the source before `/./`, which is not kept.
fn parents_pivot(source: &str) -> String {
    let trimmed = source.trim_start_matches('/');
    match trimmed.find("/./") {
        Some(at) => source_clean(&trimmed[..at]).unwrap_or_default().join("/"),
        None => String::new(),
    }
}

/// The source's path segments relative to the context (or stage) root: leading `/` and `./`
/// ignored, `.` dropped, `..` resolved; `None` when it climbs out of the root.
fn source_clean(source: &str) -> Option<Vec<&str>> {
    let mut parts: Vec<&str> = Vec::new();
    for part in source.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts)
}

/// One path segment of a source: literal, or a Go `filepath.Match` pattern.
enum Segment {
    Literal(String),
    Pattern(GlobMatcher),
}

impl Segment {
    fn matches(&self, name: &str) -> bool {
        match self {
            Segment::Literal(literal) => literal == name,
            Segment::Pattern(matcher) => matcher.is_match(name),
        }
    }
}

fn source_segments(source: &str) -> Option<Vec<Segment>> {
    source_clean(source)?
        .into_iter()
        .map(|part| {
            if !part.contains(['*', '?', '[', '\\']) {
                return Some(Segment::Literal(part.to_string()));
            }
            if !part.contains(['*', '?', '[']) {
                // Only escapes: `\` escapes the next character.
                let mut literal = String::new();
                let mut chars = part.chars();
                while let Some(c) = chars.next() {
                    literal.push(if c == '\\' {
                        chars.next().unwrap_or(c)
                    } else {
                        c
                    });
                }
                return Some(Segment::Literal(literal));
            }
            build_glob(&go_glob(part)).map(Segment::Pattern)
        })
        .collect()
}

fn build_glob(glob: &str) -> Option<GlobMatcher> {
    GlobBuilder::new(glob)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .ok()
        .map(|glob| glob.compile_matcher())
}

/// A Go `filepath.Match` pattern (no `/` in it) as a globset glob: `**` is just `*` there,
/// braces are literal, and `[!…]` is a class holding `!` (Go negates with `^` only).
fn go_glob(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 4);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' => {
                while chars.peek() == Some(&'*') {
                    chars.next();
                }
                out.push('*');
            }
            '\\' => {
                out.push('\\');
                out.push(chars.next().unwrap_or('\\'));
            }
            '[' => push_class(&mut out, &mut chars),
            '{' | '}' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A character class after its `[`, Go/regexp style (`^` negates, `!` is literal).
fn push_class(out: &mut String, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    let mut body = String::new();
    let mut negated = false;
    let mut literal_bang = false;
    if chars.peek() == Some(&'^') {
        chars.next();
        negated = true;
    }
    if chars.peek() == Some(&'!') {
        chars.next();
        literal_bang = true;
    }
    let mut closed = false;
    while let Some(c) = chars.next() {
        match c {
            ']' => {
                closed = true;
                break;
            }
            '\\' => {
                body.push('\\');
                body.push(chars.next().unwrap_or('\\'));
            }
            c => body.push(c),
        }
    }
    if literal_bang {
        body.push('!');
    }
    if !closed || body.is_empty() {
        // Not a class after all: match the text literally (BuildKit would reject it).
        out.push_str("\\[");
        if negated {
            out.push('^');
        }
        for c in body.chars().filter(|c| *c != '\\') {
            out.push('\\');
            out.push(c);
        }
        return;
    }
    out.push('[');
    if negated {
        out.push('!');
    }
    out.push_str(&body);
    out.push(']');
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
    Symlink,
    Other,
}

struct Entry {
    name: String,
    kind: Kind,
}

/// A source's match in the context.
struct Found {
    /// Relative to the context root, `/`-separated (empty for the root itself).
    rel: String,
    kind: Kind,
    disk: PathBuf,
}

/// The build context on disk, read lazily and at most once per directory.
struct Context {
    root: PathBuf,
    canonical_root: Option<PathBuf>,
    ignore: PatternMatcher,
    listings: HashMap<String, Rc<Vec<Entry>>>,
    /// Directory entries that may still be read.
    budget: usize,
    max_depth: usize,
}

impl Context {
    fn new(root: &Path, dockerfile_path: &Path, limits: &ContextLimits) -> Context {
        Context {
            root: root.to_path_buf(),
            canonical_root: fs::canonicalize(root).ok(),
            ignore: load_dockerignore(root, dockerfile_path),
            listings: HashMap::new(),
            budget: limits.max_files,
            max_depth: limits.max_depth,
        }
    }

    /// The entries of a directory (relative path), sorted by name; symbolic links are not
    /// followed.
    fn list(&mut self, rel_dir: &str) -> Rc<Vec<Entry>> {
        if let Some(listing) = self.listings.get(rel_dir) {
            return Rc::clone(listing);
        }
        let depth = if rel_dir.is_empty() {
            0
        } else {
            rel_dir.split('/').count()
        };
        let mut entries = Vec::new();
        if depth < self.max_depth
            && self.budget > 0
            && let Ok(read) = fs::read_dir(self.root.join(rel_dir))
        {
            for entry in read.flatten() {
                if self.budget == 0 {
                    break;
                }
                self.budget -= 1;
                let Ok(name) = entry.file_name().into_string() else {
                    continue;
                };
                let kind = match entry.file_type() {
                    Ok(t) if t.is_symlink() => Kind::Symlink,
                    Ok(t) if t.is_dir() => Kind::Dir,
                    Ok(t) if t.is_file() => Kind::File,
                    _ => Kind::Other,
                };
                entries.push(Entry { name, kind });
            }
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let entries = Rc::new(entries);
        self.listings
            .insert(rel_dir.to_string(), Rc::clone(&entries));
        entries
    }

    /// The context entries a source's segments name (globs expanded).
    fn resolve(&mut self, segments: &[Segment]) -> Vec<Found> {
        if segments.is_empty() {
            return vec![Found {
                rel: String::new(),
                kind: Kind::Dir,
                disk: self.root.clone(),
            }];
        }
        let mut frontier = vec![String::new()];
        let mut found = Vec::new();
        for (k, segment) in segments.iter().enumerate() {
            let last = k + 1 == segments.len();
            let mut next = Vec::new();
            for dir in &frontier {
                let listing = self.list(dir);
                for entry in listing.iter().filter(|e| segment.matches(&e.name)) {
                    let rel = join_rel(dir, &entry.name);
                    match entry.kind {
                        Kind::Dir if self.ignore.prunable(&rel) => {}
                        Kind::Dir if last => found.push(Found {
                            disk: self.root.join(&rel),
                            rel,
                            kind: Kind::Dir,
                        }),
                        Kind::Dir => next.push(rel),
                        Kind::File if last && !self.ignore.matches(&rel) => found.push(Found {
                            disk: self.root.join(&rel),
                            rel,
                            kind: Kind::File,
                        }),
                        // A source that is itself a link to a file: BuildKit follows it, and so
                        // do we when the target stays inside the context.
                        Kind::Symlink if last && !self.ignore.matches(&rel) => {
                            if let Some(disk) = self.link_target_file(&rel) {
                                found.push(Found {
                                    rel,
                                    kind: Kind::File,
                                    disk,
                                });
                            }
                        }
                        _ => {}
                    }
                }
            }
            frontier = next;
        }
        found
    }

    /// The regular file a symbolic link in the context resolves to, when it is inside the
    /// context.
    fn link_target_file(&self, rel: &str) -> Option<PathBuf> {
        let root = self.canonical_root.as_ref()?;
        let target = fs::canonicalize(self.root.join(rel)).ok()?;
        let inside = target.strip_prefix(root).ok()?.to_path_buf();
        let metadata = fs::symlink_metadata(&target).ok()?;
        metadata.is_file().then(|| self.root.join(inside))
    }

    /// Every regular file under a directory of the context that `.dockerignore` leaves in,
    /// sorted; links are skipped (a link inside a copied directory stays a link in the image).
    fn files_under(&mut self, rel_dir: &str) -> Vec<(String, PathBuf)> {
        let mut files = Vec::new();
        let mut stack = vec![rel_dir.to_string()];
        while let Some(dir) = stack.pop() {
            let listing = self.list(&dir);
            for entry in listing.iter() {
                let rel = join_rel(&dir, &entry.name);
                match entry.kind {
                    Kind::Dir if !self.ignore.prunable(&rel) => stack.push(rel),
                    Kind::File if !self.ignore.matches(&rel) => {
                        let disk = self.root.join(&rel);
                        files.push((rel, disk));
                    }
                    _ => {}
                }
            }
        }
        files.sort();
        files
    }
}

fn join_rel(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// `<Dockerfile name>.dockerignore` next to the Dockerfile (BuildKit) wins over the context
/// root's `.dockerignore`. Links are not read.
fn load_dockerignore(context_dir: &Path, dockerfile_path: &Path) -> PatternMatcher {
    let specific = dockerfile_path.file_name().map(|name| {
        let mut name = name.to_os_string();
        name.push(".dockerignore");
        dockerfile_path.with_file_name(name)
    });
    let candidates = specific
        .into_iter()
        .chain(std::iter::once(context_dir.join(".dockerignore")));
    for candidate in candidates {
        let is_file = fs::symlink_metadata(&candidate).is_ok_and(|m| m.is_file());
        if !is_file {
            continue;
        }
        let mut bytes = Vec::new();
        let read = fs::File::open(&candidate)
            .and_then(|file| file.take(MAX_IGNORE_FILE).read_to_end(&mut bytes));
        if read.is_ok() {
            let text = String::from_utf8_lossy(&bytes);
            return PatternMatcher::new(ignore_file_lines(&text).iter().map(String::as_str));
        }
    }
    PatternMatcher::default()
}

/// moby's `ignorefile.ReadAll`: comments and blank lines dropped, each pattern trimmed,
/// cleaned and made relative to the context (a leading `/` removed), `!` kept in front.
fn ignore_file_lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut patterns = Vec::new();
    for line in text.lines() {
        let mut pattern = line.trim();
        if pattern.starts_with('#') || pattern.is_empty() {
            continue;
        }
        let invert = pattern.starts_with('!');
        if invert {
            pattern = pattern[1..].trim();
        }
        let mut cleaned = if pattern.is_empty() {
            String::new()
        } else {
            go_clean(pattern)
        };
        if cleaned.len() > 1 && cleaned.starts_with('/') {
            cleaned.remove(0);
        }
        patterns.push(if invert {
            format!("!{cleaned}")
        } else {
            cleaned
        });
    }
    patterns
}

/// Go's `path.Clean`.
fn go_clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

struct IgnorePattern {
    matcher: GlobMatcher,
    /// `!pattern`: an exception, which puts matching files back.
    exclusion: bool,
    /// The pattern's segments, to tell whether an exception can reach inside a directory.
    segments: Vec<String>,
}

/// `.dockerignore` (and `COPY --exclude`) matching. This mirrors moby's `patternmatcher`
/// (github.com/moby/patternmatcher, used by BuildKit): patterns apply in order, the last one
/// that matches decides, `!` patterns are exceptions; a pattern matches a path when it
/// matches the path or one of its parent directories; `*` and `?` never match `/`; `**`
/// matches any number of directories (also none). moby compiles patterns to regular
/// expressions; here each becomes a globset glob with the same meaning. Known difference:
/// `**` inside a segment (`a**b`, which moby reads as `a(.*/)?b`) acts as `*`.
#[derive(Default)]
struct PatternMatcher {
    patterns: Vec<IgnorePattern>,
}

impl PatternMatcher {
    /// Patterns as `patternmatcher.New` takes them; invalid ones (a lone `!`, a glob that does
    /// not compile, which BuildKit would reject) are dropped.
    fn new<'p>(patterns: impl Iterator<Item = &'p str>) -> PatternMatcher {
        let mut compiled = Vec::new();
        for pattern in patterns {
            let pattern = pattern.trim();
            if pattern.is_empty() {
                continue;
            }
            let pattern = go_clean(pattern);
            let (exclusion, pattern) = match pattern.strip_prefix('!') {
                Some("") => continue,
                Some(rest) => (true, rest.to_string()),
                None => (false, pattern),
            };
            let Some(matcher) = build_glob(&ignore_glob(&pattern)) else {
                continue;
            };
            compiled.push(IgnorePattern {
                matcher,
                exclusion,
                segments: pattern.split('/').map(str::to_string).collect(),
            });
        }
        PatternMatcher { patterns: compiled }
    }

    /// moby's `MatchesOrParentMatches`: whether `path` (relative, `/`-separated) is excluded.
    fn matches(&self, path: &str) -> bool {
        let parents: Vec<&str> = match path.rfind('/') {
            Some(at) => path[..at].split('/').collect(),
            None => Vec::new(),
        };
        let mut matched = false;
        for pattern in &self.patterns {
            // An exception only matters once something matched, an exclusion only before.
            if pattern.exclusion != matched {
                continue;
            }
            let mut hit = pattern.matcher.is_match(path);
            if !hit {
                hit = (1..=parents.len()).any(|n| pattern.matcher.is_match(parents[..n].join("/")));
            }
            if hit {
                matched = !pattern.exclusion;
            }
        }
        matched
    }

    /// Whether a whole directory can be skipped: it is excluded and no exception can match
    /// anything inside it.
    fn prunable(&self, dir: &str) -> bool {
        if !self.matches(dir) {
            return false;
        }
        let dir_parts: Vec<&str> = dir.split('/').collect();
        !self.patterns.iter().filter(|p| p.exclusion).any(|pattern| {
            pattern
                .segments
                .iter()
                .zip(&dir_parts)
                .all(|(segment, part)| segment.contains(['*', '?', '[', '\\']) || segment == part)
        })
    }
}

/// A moby pattern as a globset glob (see [`PatternMatcher`]).
fn ignore_glob(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 4);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' if chars.peek() == Some(&'*') => {
                while chars.peek() == Some(&'*') {
                    chars.next();
                }
                let at_segment_start = out.is_empty() || out.ends_with('/');
                if !at_segment_start {
                    out.push('*');
                    continue;
                }
                if chars.peek() == Some(&'/') {
                    chars.next();
                }
                if chars.peek().is_none() {
                    out.push_str("**");
                } else {
                    out.push_str("**/");
                }
            }
            '\\' => {
                out.push('\\');
                out.push(chars.next().unwrap_or('\\'));
            }
            '[' => push_class(&mut out, &mut chars),
            '{' | '}' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(patterns: &[&str]) -> PatternMatcher {
        PatternMatcher::new(patterns.iter().copied())
    }

    #[test]
    fn patternmatcher_semantics() {
        let m = matcher(&["*.key", "!keep.key"]);
        assert!(m.matches("a.key"));
        assert!(!m.matches("keep.key"));
        assert!(!m.matches("certs/a.key"), "* does not cross directories");
        let m = matcher(&["**/*.key"]);
        assert!(m.matches("a.key") && m.matches("x/y/a.key"));
        let m = matcher(&["certs", "!certs/keep.pem"]);
        assert!(m.matches("certs/a.pem"));
        assert!(!m.matches("certs/keep.pem"));
        assert!(!m.prunable("certs"));
        assert!(matcher(&["certs"]).prunable("certs"));
        let m = matcher(&["secrets/**"]);
        assert!(m.matches("secrets/a/b.key"));
        let m = matcher(&["{a,b}"]);
        assert!(m.matches("{a,b}") && !m.matches("a"));
        let m = matcher(&["[!a]"]);
        assert!(m.matches("!") && m.matches("a") && !m.matches("b"));
        let m = matcher(&["[^a]x"]);
        assert!(m.matches("bx") && !m.matches("ax"));
    }

    #[test]
    fn ignore_file_lines_are_cleaned() {
        let lines = ignore_file_lines("\u{feff}# c\n\n /abs/./x \n! ./keep\n!\n");
        assert_eq!(lines, ["abs/x", "!keep", "!"]);
    }

    #[test]
    fn go_clean_matches_go() {
        for (input, want) in [
            ("a/../..", ".."),
            ("/../a", "/a"),
            ("./a//b/", "a/b"),
            ("", "."),
            ("!./x", "!./x"),
        ] {
            assert_eq!(go_clean(input), want, "{input}");
        }
    }

    #[test]
    fn go_globs() {
        let seg = |p: &str| build_glob(&go_glob(p)).unwrap();
        assert!(seg("*.key").is_match("a.key"));
        assert!(seg("a**b").is_match("axb"));
        assert!(seg("[!k]ey").is_match("!ey"));
        assert!(!seg("[^k]ey").is_match("key"));
        assert!(seg("{x}").is_match("{x}"));
    }
}
