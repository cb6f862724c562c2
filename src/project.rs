//! The scanned tree: every file's source and facts, and the links between files.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::facts::{Container, FileFacts, ImageUser, KeyMaterial, Origin};
use crate::parse::dockerfile::is_root_user;
use crate::source::{FileId, SourceFile};

pub struct Project {
    pub files: Vec<SourceFile>,
    pub facts: Vec<FileFacts>,
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
            by_path,
            cwd: cwd.to_path_buf(),
        }
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
