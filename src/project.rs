//! The scanned tree: every file's source and facts, and the links between files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build_context::{ContextLimits, ImageFile, final_image_files};

use crate::facts::{Container, FileFacts, ImageUser, KeyMaterial, Origin};
use crate::parse::dockerfile::is_root_user;
use crate::source::{FileId, SourceFile};

/// An image a Dockerfile of the tree builds from one build context, and the context's files
/// that end up in it.
#[derive(Debug)]
pub struct BuiltImage {
    pub dockerfile: FileId,
    pub context: PathBuf,
    pub files: Vec<ImageFile>,
}

pub struct Project {
    pub files: Vec<SourceFile>,
    pub facts: Vec<FileFacts>,
    /// Filled by [`Project::link_build_contexts`].
    pub images: Vec<BuiltImage>,
    /// The scanned roots, canonical: files outside them are never read to follow a link.
    pub roots: Vec<PathBuf>,
    /// Absolute, lexically normalised disk path → file, for following links between files.
    by_path: HashMap<PathBuf, FileId>,
    cwd: PathBuf,
}

impl Project {
    pub fn new(files: Vec<SourceFile>, facts: Vec<FileFacts>, cwd: &std::path::Path) -> Project {
        let by_path = files
            .iter()
            .enumerate()
            .map(|(id, f)| (crate::discover::absolute(&f.disk_path, cwd), id))
            .collect();
        Project {
            files,
            facts,
            images: Vec::new(),
            roots: Vec::new(),
            by_path,
            cwd: cwd.to_path_buf(),
        }
    }

    /// Follows every Dockerfile's `COPY`/`ADD` into its build context: the Dockerfile's own
    /// directory, and every context a Compose `build:` of the tree names for it.
    pub fn link_build_contexts(&mut self) {
        let mut contexts: Vec<(FileId, PathBuf)> = Vec::new();
        for (id, facts) in self.facts.iter().enumerate() {
            if facts.dockerfile.is_none() {
                continue;
            }
            if let Some(path) = self.absolute_path(id)
                && let Some(context) = self.guess_context(&path, facts)
            {
                contexts.push((id, context));
            }
        }
        for container in self.containers() {
            if let Some(dockerfile) = self.dockerfile_of(container)
                && let Some(context) = self.build_context_of(container)
            {
                contexts.push((dockerfile, context));
            }
        }
        contexts.sort();
        contexts.dedup();
        let limits = ContextLimits::default();
        let images: Vec<BuiltImage> = contexts
            .par_iter()
            .filter_map(|(id, context)| {
                let parsed = self.facts.get(*id)?.dockerfile.as_ref()?;
                let path = self.absolute_path(*id)?;
                Some(BuiltImage {
                    dockerfile: *id,
                    context: context.clone(),
                    files: final_image_files(parsed, context, &path, &limits),
                })
            })
            .collect();
        self.images = images;
    }

    /// The build context of a Dockerfile no Compose file names one for: its own directory,
    /// unless the files its `COPY`s name are not there but are in a parent directory, as for
    /// `docker build -f test/remote/Dockerfile .` run from the repository's root. At most five
    /// levels up, and never above the current directory when the Dockerfile is under it.
    fn guess_context(&self, dockerfile: &Path, facts: &FileFacts) -> Option<PathBuf> {
        let dir = dockerfile.parent()?;
        let parsed = facts.dockerfile.as_ref()?;
        let sources: Vec<&str> = parsed
            .stages
            .iter()
            .flat_map(|stage| stage.copies.iter())
            .filter(|copy| copy.from_stage.is_none() && copy.from_image.is_none())
            .flat_map(|copy| copy.sources.iter())
            .map(|source| source.value.as_str())
            .filter(|source| {
                !source.contains("://") && !source.contains(['*', '?', '[', '$']) && *source != "."
            })
            .collect();
        if sources.is_empty() {
            return Some(dir.to_path_buf());
        }
        let present = |context: &Path| {
            sources
                .iter()
                .filter(|source| context.join(source.trim_start_matches('/')).exists())
                .count()
        };
        // The directory where most of the named sources exist; the nearest wins a tie.
        let bound = dockerfile
            .starts_with(&self.cwd)
            .then_some(self.cwd.as_path());
        let mut best = (present(dir), dir);
        for candidate in dir.ancestors().take(6).skip(1) {
            if best.0 == sources.len() || bound.is_some_and(|b| !candidate.starts_with(b)) {
                break;
            }
            let found = present(candidate);
            if found > best.0 {
                best = (found, candidate);
            }
        }
        Some(best.1.to_path_buf())
    }

    /// A directory as reports show paths: relative to the current directory when under it.
    pub fn display_dir(&self, dir: &Path) -> String {
        crate::discover::display_path(dir, &self.cwd)
    }

    /// Reads the `env_file:`s of Compose services that the scan did not read itself (named
    /// other than `.env`), so their variables are checked like any other. Only files inside
    /// the scanned roots are read: a Compose file must not make caulk read `/etc/shadow`.
    pub fn link_env_files(&mut self) {
        let mut wanted: Vec<PathBuf> = Vec::new();
        for container in self.containers() {
            let Some(compose) = self.absolute_path(container.file) else {
                continue;
            };
            let Some(dir) = compose.parent() else {
                continue;
            };
            for path in &container.env_files {
                let absolute = crate::discover::absolute(&dir.join(&path.value), dir);
                if self.file_at(&absolute).is_none() {
                    wanted.push(absolute);
                }
            }
        }
        wanted.sort();
        wanted.dedup();
        for path in wanted {
            let Ok(canonical) = std::fs::canonicalize(&path) else {
                continue;
            };
            if !self.roots.iter().any(|root| canonical.starts_with(root)) {
                continue;
            }
            let crate::discover::ReadOutcome::Text(text) = crate::discover::read(&path) else {
                continue;
            };
            let env = crate::parse::envfile::parse(&text);
            if env.is_empty() {
                continue;
            }
            let shown = crate::discover::display_path(&path, &self.cwd);
            let id = self.files.len();
            self.files.push(SourceFile::new(shown, path.clone(), text));
            self.facts.push(FileFacts {
                env,
                ..FileFacts::default()
            });
            self.by_path.insert(path, id);
        }
    }

    /// The build context directory of a Compose service built from a local directory.
    pub fn build_context_of(&self, container: &Container) -> Option<PathBuf> {
        let build = container.build.as_ref()?;
        if build.context.contains("://") || build.context.starts_with("git@") {
            return None;
        }
        let compose = self.absolute_path(container.file)?;
        let dir = compose.parent()?;
        Some(crate::discover::absolute(&dir.join(&build.context), dir))
    }

    pub fn containers(&self) -> impl Iterator<Item = &Container> {
        self.facts.iter().flat_map(|f| f.containers.iter())
    }

    pub fn key_material(&self) -> impl Iterator<Item = &KeyMaterial> {
        self.facts.iter().flat_map(|f| f.key_material.iter())
    }

    /// The absolute, normalised path of a file of the scan.
    pub fn absolute_path(&self, file: FileId) -> Option<PathBuf> {
        let path = &self.files.get(file)?.disk_path;
        Some(crate::discover::absolute(path, &self.cwd))
    }

    pub fn file_at(&self, path: &std::path::Path) -> Option<FileId> {
        self.by_path.get(path).copied()
    }

    /// The Dockerfile a Compose service is built from, when it is in the scanned tree.
    pub fn dockerfile_of(&self, container: &Container) -> Option<FileId> {
        let build = container.build.as_ref()?;
        if build.context.contains("://") || build.context.starts_with("git@") {
            return None;
        }
        let compose = &self.files.get(container.file)?.disk_path;
        let compose = crate::discover::absolute(compose, &self.cwd);
        let dir = compose.parent()?;
        let dockerfile = dir.join(&build.context).join(&build.dockerfile);
        let path = crate::discover::absolute(&dockerfile, &self.cwd);
        self.file_at(&path)
    }

    /// Who the image built by a Dockerfile runs as, and the line that decides it.
    pub fn image_user(&self, dockerfile: FileId) -> Option<ImageUser> {
        let container = self
            .facts
            .get(dockerfile)?
            .containers
            .iter()
            .find(|c| c.origin == Origin::Dockerfile)?;
        Some(match &container.user {
            Some(user) => ImageUser {
                span: user.span,
                runs_as_root: is_root_user(&user.value),
            },
            None => ImageUser {
                span: container.anchor,
                runs_as_root: !container.base_image_non_root,
            },
        })
    }
}
