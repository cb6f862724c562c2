//! Every environment a project sets: Dockerfile `ENV`, `ARG` defaults and `RUN` assignments
//! (of every stage), Compose `environment` and `env_file`, Kubernetes `env` and `envFrom`
//! ConfigMaps, `.env` files. Rules that look at variables read them here, once.

use crate::facts::{EnvVar, Origin};
use crate::project::Project;
use crate::source::FileId;

/// Who reads a variable's value, which decides what in it is a reference: Kubernetes expands
/// only `$(VAR)`, Compose, Dockerfiles and `.env` files `$VAR` and `${VAR}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expansion {
    Kubernetes,
    Shell,
}

/// Which expansion applies to the variables of a file.
pub fn expansion_of(project: &Project, file: FileId) -> Expansion {
    let facts = project.facts.get(file);
    let kubernetes = facts.is_some_and(|f| {
        !f.config_maps.is_empty() || f.containers.iter().any(|c| c.origin == Origin::Kubernetes)
    });
    if kubernetes {
        Expansion::Kubernetes
    } else {
        Expansion::Shell
    }
}

/// `(file, variable, object)` for every variable set anywhere in the project, each once.
pub fn environments(project: &Project) -> Vec<(FileId, &EnvVar, Option<String>)> {
    let mut out = Vec::new();
    for (file, facts) in project.facts.iter().enumerate() {
        for var in &facts.env {
            out.push((file, var, None));
        }
        if let Some(dockerfile) = &facts.dockerfile {
            for var in &dockerfile.global_args {
                out.push((file, var, None));
            }
            for stage in &dockerfile.stages {
                let object = format!(
                    "stage {}",
                    stage
                        .name
                        .clone()
                        .unwrap_or_else(|| stage.index.to_string())
                );
                for var in stage.env.iter().chain(&stage.build_env) {
                    out.push((file, var, Some(object.clone())));
                }
            }
        }
        for container in &facts.containers {
            // A Dockerfile's variables were read from its stages above.
            if container.origin == Origin::Dockerfile {
                continue;
            }
            for var in &container.env {
                out.push((file, var, Some(container.object.clone())));
            }
            // `envFrom` ConfigMaps of the tree, reported where their entries are written.
            for name in &container.env_from_config_maps {
                for (map_file, map_facts) in project.facts.iter().enumerate() {
                    for map in &map_facts.config_maps {
                        let same_namespace = map.namespace.is_none()
                            || container.namespace.is_none()
                            || map.namespace == container.namespace;
                        if map.name == *name && same_namespace {
                            for var in &map.entries {
                                out.push((map_file, var, Some(container.object.clone())));
                            }
                        }
                    }
                }
            }
        }
    }
    // A pod-level or `extends` variable can reach several containers: report it once.
    out.sort_by_key(|a| (a.0, a.1.span.start));
    out.dedup_by(|a, b| a.0 == b.0 && a.1.span == b.1.span && a.1.name == b.1.name);
    out
}
