//! Finds the files to scan and recognises their kind by name. Nothing is parsed here.

use std::fs::File;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use ignore::WalkBuilder;
use ignore::overrides::OverrideBuilder;

/// Files larger than this are skipped with a note: no configuration file is this large, and
/// reading one would let a hostile repository cost us its size in memory.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Dockerfile,
    /// Named like a Compose file.
    Compose,
    /// Any other YAML: a Kubernetes manifest or a Compose file by content, or nothing.
    Yaml,
    /// JSON: a Kubernetes manifest by content, or nothing.
    Json,
    /// Named like a certificate or key (`.pem`, `.crt`, `.key`, …): PEM text, or DER for
    /// `.der`/`.cer`/`.crt`.
    KeyMaterial,
    /// A PKCS#12 key store (`.p12`, `.pfx`).
    KeyStore,
    /// No telling extension (`id_rsa`, `server_key`): key material only when the file starts
    /// with `-----BEGIN`.
    MaybePem,
    /// `.env`, `.env.*`, `*.env`: `NAME=value` lines.
    EnvFile,
    /// Service code read for TLS settings.
    TypeScript,
    Tsx,
    JavaScript,
    Go,
}

impl FileKind {
    /// TS/JS and Go: read for their TLS settings only, under [`MAX_CODE_FILE_SIZE`].
    pub fn is_service_code(self) -> bool {
        matches!(
            self,
            FileKind::TypeScript | FileKind::Tsx | FileKind::JavaScript | FileKind::Go
        )
    }
}

/// Certificate and key files larger than this are not read: no certificate bundle is this
/// large.
pub const MAX_KEY_FILE_SIZE: u64 = 1024 * 1024;

/// Service code larger than this is not read. Hand-written code that sets up TLS is far
/// smaller; larger files are bundles and generated code. The bound matters because a
/// tree-sitter tree costs up to a few hundred bytes per byte of hostile input (4 MiB of `!`
/// took 1 GB).
pub const MAX_CODE_FILE_SIZE: u64 = 1024 * 1024;

const KEY_MATERIAL_EXTENSIONS: &[&str] = &[
    "pem",
    "crt",
    "cer",
    "key",
    "cert",
    "ca-bundle",
    "der",
    "pkcs8",
    "pk8",
];

/// Extensions under which a PEM key is sometimes kept; such files are peeked at, not parsed
/// unless they start with `-----BEGIN`.
const MAYBE_PEM_EXTENSIONS: &[&str] = &["txt", "priv", "private", "rsa", "ec", "tls", "sk"];

#[derive(Debug)]
pub struct Candidate {
    pub disk_path: PathBuf,
    pub display_path: String,
    pub kind: FileKind,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<Candidate>,
    pub notes: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct WalkOptions {
    pub exclude: Vec<String>,
    pub no_ignore: bool,
    /// The config file's `exclude` globs with the directory they are relative to.
    pub config_exclude: Option<(PathBuf, Vec<String>)>,
}

pub fn classify(path: &Path) -> Option<FileKind> {
    // A name that is not UTF-8 is judged by its readable parts (`docker-compose-\xff.yml`).
    let name = path.file_name()?.to_string_lossy();
    let name: &str = &name;
    let lower = name.to_ascii_lowercase();
    if name == "Dockerfile"
        || name.starts_with("Dockerfile.")
        || lower.ends_with(".dockerfile")
        || name == "Containerfile"
        || name.starts_with("Containerfile.")
    {
        return Some(FileKind::Dockerfile);
    }
    let is_yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
    if is_yaml
        && (lower == "compose.yaml"
            || lower == "compose.yml"
            || lower.starts_with("docker-compose")
            || lower.starts_with("compose."))
    {
        return Some(FileKind::Compose);
    }
    if is_yaml {
        return Some(FileKind::Yaml);
    }
    if lower.ends_with(".json") {
        return Some(FileKind::Json);
    }
    if lower == ".env" || lower.starts_with(".env.") || lower.ends_with(".env") {
        // `.env.example` and `.env.sample` hold placeholders, not a deployment's settings.
        if lower.ends_with(".example") || lower.ends_with(".sample") || lower.ends_with(".template")
        {
            return None;
        }
        return Some(FileKind::EnvFile);
    }
    match lower.rsplit_once('.') {
        Some((_, "ts" | "mts" | "cts")) if !lower.ends_with(".d.ts") => {
            return Some(FileKind::TypeScript);
        }
        Some((_, "tsx")) => return Some(FileKind::Tsx),
        Some((_, "js" | "mjs" | "cjs" | "jsx")) if !lower.ends_with(".min.js") => {
            return Some(FileKind::JavaScript);
        }
        Some((_, "go")) => return Some(FileKind::Go),
        _ => {}
    }
    match lower.rsplit_once('.') {
        Some((_, ext)) if KEY_MATERIAL_EXTENSIONS.contains(&ext) => Some(FileKind::KeyMaterial),
        Some((_, "p12" | "pfx")) => Some(FileKind::KeyStore),
        Some((_, ext)) if MAYBE_PEM_EXTENSIONS.contains(&ext) => Some(FileKind::MaybePem),
        // `.env`-like dot files and extension-less files (`id_rsa`, `LICENSE`).
        Some(("", _)) | None => Some(FileKind::MaybePem),
        Some(_) => None,
    }
}

/// The path as reports print it: relative to the current directory when under it, `/`
/// separators, no `./`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let relative = if path.is_absolute() {
        path.strip_prefix(cwd).unwrap_or(path)
    } else {
        path
    };
    let parts: Vec<String> = relative
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| match c {
            Component::RootDir => String::new(),
            other => other.as_os_str().to_string_lossy().into_owned(),
        })
        .collect();
    if parts.is_empty() {
        ".".to_string()
    } else if relative.is_absolute() {
        format!("/{}", parts[1..].join("/"))
    } else {
        parts.join("/")
    }
}

/// Lexically normalised absolute path, for linking files to each other (a Compose `build:` to
/// its Dockerfile) without touching the disk.
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

pub fn discover(roots: &[PathBuf], options: &WalkOptions, cwd: &Path) -> Discovery {
    let mut discovery = Discovery::default();
    for root in roots {
        walk_root(root, options, cwd, &mut discovery);
    }
    discovery
        .files
        .sort_by(|a, b| a.display_path.cmp(&b.display_path));
    discovery
        .files
        .dedup_by(|a, b| a.display_path == b.display_path);
    discovery
}

fn walk_root(root: &Path, options: &WalkOptions, cwd: &Path, discovery: &mut Discovery) {
    let canonical_root = match std::fs::canonicalize(root) {
        Ok(p) => p,
        Err(e) => {
            discovery
                .notes
                .push(format!("{}: cannot read: {e}", display_path(root, cwd)));
            return;
        }
    };
    let root_is_dir = canonical_root.is_dir();
    let mut builder = WalkBuilder::new(root);
    builder.hidden(false).follow_links(false).require_git(false);
    if !options.no_ignore {
        builder.add_custom_ignore_filename(".caulkignore");
    } else {
        builder
            .git_ignore(false)
            .git_global(false)
            .git_exclude(false)
            .ignore(false)
            .parents(false);
    }
    if !options.exclude.is_empty() {
        let mut overrides = OverrideBuilder::new(root);
        for glob in &options.exclude {
            if let Err(e) = overrides.add(&format!("!{glob}")) {
                discovery
                    .notes
                    .push(format!("--exclude {glob}: not a valid glob: {e}"));
            }
        }
        match overrides.build() {
            Ok(o) => {
                builder.overrides(o);
            }
            Err(e) => discovery.notes.push(format!("--exclude: {e}")),
        }
    }
    let config_exclude = options.config_exclude.as_ref().and_then(|(dir, globs)| {
        let mut set = globset::GlobSetBuilder::new();
        for glob in globs {
            // A glob names a directory's files too: `test/fixtures` as `test/fixtures/**`.
            for pattern in [glob.clone(), format!("{}/**", glob.trim_end_matches('/'))] {
                if let Ok(glob) = globset::GlobBuilder::new(&pattern)
                    .literal_separator(true)
                    .build()
                {
                    set.add(glob);
                }
            }
        }
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        set.build().ok().map(|set| (dir, set))
    });
    let walk_root = root.to_path_buf();
    let canonical_for_filter = canonical_root.clone();
    builder.filter_entry(move |entry| {
        if let Some((dir, set)) = &config_exclude {
            let inside = entry
                .path()
                .strip_prefix(&walk_root)
                .map(|rest| canonical_for_filter.join(rest))
                .ok();
            if let Some(relative) = inside.as_deref().and_then(|p| p.strip_prefix(dir).ok())
                && !relative.as_os_str().is_empty()
                && set.is_match(relative)
            {
                return false;
            }
        }
        let name = entry.file_name();
        // `vendor/` holds other people's Go code, `node_modules/` other people's JavaScript.
        !(entry.file_type().is_some_and(|t| t.is_dir())
            && (name == ".git" || name == "node_modules" || name == "vendor"))
    });
    for entry in builder.build() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                discovery.notes.push(format!("skipped: {error}"));
                continue;
            }
        };
        let path = entry.path();
        let Some(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            continue;
        }
        let Some(kind) = classify(path) else { continue };
        let shown = display_path(path, cwd);
        if file_type.is_symlink() {
            // Followed only when it lands on a regular file inside the scanned root.
            match std::fs::canonicalize(path) {
                Ok(target)
                    if root_is_dir && target.starts_with(&canonical_root) && target.is_file() => {}
                Ok(_) => {
                    discovery.notes.push(format!(
                        "{shown}: symbolic link to outside the scanned tree or to a non-file, skipped"
                    ));
                    continue;
                }
                Err(e) => {
                    discovery
                        .notes
                        .push(format!("{shown}: broken symbolic link ({e}), skipped"));
                    continue;
                }
            }
        } else if !file_type.is_file() {
            discovery
                .notes
                .push(format!("{shown}: not a regular file, skipped"));
            continue;
        }
        discovery.files.push(Candidate {
            disk_path: path.to_path_buf(),
            display_path: shown,
            kind,
        });
    }
}

#[derive(Debug)]
pub enum ReadOutcome {
    Text(String),
    /// Not scanned, with the reason for the note.
    Skipped(String),
    /// Not valid UTF-8 (or binary), with the byte offset of the first bad byte.
    NotText {
        offset: usize,
        binary: bool,
    },
}

/// Reads a file without ever blocking: non-blocking open (a FIFO swapped in after discovery
/// does not hang the scan), a regular-file check on the opened handle, and a size bound.
pub fn read(path: &Path) -> ReadOutcome {
    read_at_most(path, MAX_FILE_SIZE)
}

/// [`read`] with a bound of its own (smaller than [`MAX_FILE_SIZE`]).
pub fn read_at_most(path: &Path, limit: u64) -> ReadOutcome {
    match read_bytes(path, limit) {
        Ok(bytes) => text_of(bytes),
        Err(why) => ReadOutcome::Skipped(why),
    }
}

/// Reads at most `limit` bytes under the same rules as [`read`]; a larger file is skipped
/// with the reason.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path);
    let file: File = match file {
        Ok(f) => f,
        Err(e) => return Err(format!("cannot read: {e}")),
    };
    match file.metadata() {
        Ok(meta) if !meta.is_file() => {
            return Err("not a regular file, skipped".to_string());
        }
        Ok(meta) if meta.len() > limit => {
            return Err(format!(
                "{} bytes, over the {} limit, skipped",
                meta.len(),
                size_text(limit)
            ));
        }
        Ok(_) => {}
        Err(e) => return Err(format!("cannot read: {e}")),
    }
    let mut bytes = Vec::new();
    if let Err(e) = file.take(limit + 1).read_to_end(&mut bytes) {
        return Err(format!("cannot read: {e}"));
    }
    if bytes.len() as u64 > limit {
        return Err(format!("over the {} limit, skipped", size_text(limit)));
    }
    Ok(bytes)
}

fn size_text(limit: u64) -> String {
    if limit.is_multiple_of(1024 * 1024) {
        format!("{} MiB", limit / (1024 * 1024))
    } else {
        format!("{limit} bytes")
    }
}

/// Whether a file of no telling name is PEM: its first bytes, after blank space, are
/// `-----BEGIN`. Only the first bytes are read, so peeking at every extension-less file of a
/// tree stays cheap.
pub fn starts_with_pem(path: &Path) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    let Ok(file) = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
    else {
        return false;
    };
    if !file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() <= MAX_KEY_FILE_SIZE)
    {
        return false;
    }
    let mut head = [0u8; 256];
    let mut filled = 0;
    let mut file = file;
    while filled < head.len() {
        match file.read(&mut head[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    let head = &head[..filled];
    let head = head
        .strip_prefix(b"\xef\xbb\xbf".as_slice())
        .unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    head[start..].starts_with(b"-----BEGIN")
}

/// Text, or why it is not: binary (a NUL in the first 8 KiB) or not UTF-8.
pub fn text_of(bytes: Vec<u8>) -> ReadOutcome {
    let binary = bytes.iter().take(8192).any(|b| *b == 0);
    match String::from_utf8(bytes) {
        Ok(text) if !binary => ReadOutcome::Text(text),
        Ok(_) => ReadOutcome::NotText {
            offset: 0,
            binary: true,
        },
        Err(e) => ReadOutcome::NotText {
            offset: e.utf8_error().valid_up_to(),
            binary,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_files_by_name() {
        let kind = |p: &str| classify(Path::new(p));
        assert_eq!(kind("Dockerfile"), Some(FileKind::Dockerfile));
        assert_eq!(kind("Dockerfile.prod"), Some(FileKind::Dockerfile));
        assert_eq!(kind("api.Dockerfile"), Some(FileKind::Dockerfile));
        assert_eq!(kind("Containerfile"), Some(FileKind::Dockerfile));
        assert_eq!(kind("docker-compose.override.yml"), Some(FileKind::Compose));
        assert_eq!(kind("compose.prod.yaml"), Some(FileKind::Compose));
        assert_eq!(kind("k8s/deploy.yaml"), Some(FileKind::Yaml));
        assert_eq!(kind("manifest.json"), Some(FileKind::Json));
        assert_eq!(kind("README.md"), None);
    }

    #[test]
    fn display_paths_are_relative_with_slashes() {
        let cwd = Path::new("/work/repo");
        assert_eq!(display_path(Path::new("./a/b"), cwd), "a/b");
        assert_eq!(display_path(Path::new("/work/repo/a"), cwd), "a");
        assert_eq!(display_path(Path::new("/etc/x"), cwd), "/etc/x");
        assert_eq!(
            absolute(Path::new("a/../b/./c"), cwd),
            PathBuf::from("/work/repo/b/c")
        );
    }
}
