//! Key material that leaks through deployment configuration: loose file modes, keys mounted
//! writable.

use std::path::{Path, PathBuf};

use crate::data::key_names;
use crate::facts::{Container, KeyLocation, MountSource, Origin, SecretMount, Spanned};
use crate::project::Project;
use crate::rules::Finding;
use crate::rules::isolation::who;

/// Bits that must be clear on a private key: any access for others, write or execute for the
/// group. 0400, 0440, 0600 and 0640 pass; 0644 and 0660 do not.
pub const LOOSE_MODE_BITS: u32 = 0o027;

pub fn is_loose(mode: u32) -> bool {
    mode & LOOSE_MODE_BITS != 0
}

pub fn check(project: &Project, findings: &mut Vec<Finding>) {
    disk_modes(project, findings);
    for container in project.containers() {
        for mount in &container.mounts {
            if let Some(secret) = &mount.secret {
                secret_modes(project, container, secret, findings);
            }
        }
    }
    writable_key_mounts(project, findings);
}

fn disk_modes(project: &Project, findings: &mut Vec<Finding>) {
    for (file, facts) in project.facts.iter().enumerate() {
        let Some(mode) = facts.disk_mode else {
            continue;
        };
        if !is_loose(mode) {
            continue;
        }
        let Some(key) = facts
            .key_material
            .iter()
            .find(|m| m.location == KeyLocation::File && m.private_key().is_some())
        else {
            continue;
        };
        findings.push(Finding::new(
            "loose-key-permissions",
            file,
            key.span,
            format!(
                "private key file has mode {mode:04o}: {}; make it 0600 (or 0400)",
                who_can_read(mode)
            ),
        ));
    }
}

fn who_can_read(mode: u32) -> &'static str {
    if mode & 0o007 != 0 {
        "every user on the machine can read it"
    } else {
        "the group can change it"
    }
}

/// A Secret known to hold a key: by its object in the tree (`type: kubernetes.io/tls` or a
/// PEM key in its data), by an item key named like one, or, when the Secret is not in the
/// tree, by a name that says TLS.
fn secret_holds_key(project: &Project, container: &Container, secret: &SecretMount) -> bool {
    let known = project
        .facts
        .iter()
        .flat_map(|f| f.secrets.iter())
        .filter(|s| {
            s.name == secret.name
                && (container.origin != Origin::Kubernetes
                    || s.namespace.is_none()
                    || container.namespace.is_none()
                    || s.namespace == container.namespace)
        })
        .collect::<Vec<_>>();
    if known.iter().any(|s| {
        s.holds_private_key || s.secret_type.as_deref() == Some("kubernetes.io/tls")
    }) {
        return true;
    }
    if secret
        .items
        .iter()
        .any(|item| key_names::is_private_key_name(&item.key) || item.key == "tls.key")
    {
        return true;
    }
    if let Some(file) = &secret.file {
        return compose_file_is_key(project, container, file);
    }
    if !known.is_empty() {
        return false;
    }
    let name = secret.name.to_ascii_lowercase();
    container.origin == Origin::Kubernetes
        && (name.contains("tls") || name.contains("ssl") || name.ends_with("-key"))
        || container.origin == Origin::Compose && key_names::is_private_key_name(&name)
}

/// A Compose secret's `file:`, by its content when it is in the tree, else by its name.
fn compose_file_is_key(project: &Project, container: &Container, file: &str) -> bool {
    let Some(compose) = project.absolute_path(container.file) else {
        return false;
    };
    let Some(dir) = compose.parent() else {
        return false;
    };
    let path = crate::discover::absolute(&dir.join(file), dir);
    match project.file_at(&path) {
        Some(id) => project.facts[id]
            .key_material
            .iter()
            .any(|m| m.private_key().is_some()),
        None => Path::new(file)
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(key_names::is_private_key_name),
    }
}

fn secret_modes(
    project: &Project,
    container: &Container,
    secret: &SecretMount,
    findings: &mut Vec<Finding>,
) {
    let modes: Vec<&Spanned<i64>> = secret
        .default_mode
        .iter()
        .chain(secret.items.iter().filter_map(|i| i.mode.as_ref()))
        .collect();
    if modes.is_empty() || !secret_holds_key(project, container, secret) {
        return;
    }
    for mode in modes {
        let Ok(bits) = u32::try_from(mode.value) else {
            continue;
        };
        if !is_loose(bits & 0o7777) {
            continue;
        }
        let written = project
            .files
            .get(container.file)
            .and_then(|f| f.text.get(mode.span.start..mode.span.end))
            .unwrap_or("");
        let reading = if written.trim() == format!("{:o}", bits & 0o7777)
            || written.trim().starts_with('0')
        {
            String::new()
        } else {
            format!(" (`{}` is decimal)", written.trim())
        };
        let what = match container.origin {
            Origin::Compose => "secret",
            _ => "Secret",
        };
        findings.push(
            Finding::new(
                "loose-key-permissions",
                container.file,
                mode.span,
                format!(
                    "{} mounts the private key of {what} `{}` with mode {:04o}{reading}: every user in the container can read it",
                    who(container),
                    secret.name,
                    bits & 0o7777
                ),
            )
            .object(&container.pod_object),
        );
    }
}

/// Containers whose job is to write keys: a writable key directory is their purpose.
fn writes_keys(container: &Container) -> bool {
    const KEY_WRITERS: &[&str] = &[
        "cert-manager",
        "vault-agent",
        "vault",
        "smallstep",
        "step-ca",
        "step-cli",
        "certbot",
        "acme",
        "lego",
    ];
    let image = container
        .image
        .as_ref()
        .map(|i| i.value.to_ascii_lowercase())
        .unwrap_or_default();
    let name = container.name.to_ascii_lowercase();
    KEY_WRITERS.iter().any(|w| {
        image.contains(w)
            || name.contains(w)
            || image.rsplit('/').next().is_some_and(|last| last.starts_with("step:") || last == "step")
    })
}

/// Paths inside the container that the service's configuration loads keys or certificates
/// from: environment values naming a `.key`/`.pem`/`.crt` file.
fn configured_key_paths(container: &Container) -> Vec<String> {
    container
        .env
        .iter()
        .filter_map(|var| var.value.as_deref())
        .filter(|value| value.starts_with('/'))
        .filter(|value| {
            let lower = value.to_ascii_lowercase();
            [".key", ".pem", ".crt", ".cert", ".p12", ".pfx"]
                .iter()
                .any(|ext| lower.ends_with(ext))
        })
        .map(str::to_string)
        .collect()
}

fn is_under(path: &str, dir: &str) -> bool {
    let dir = dir.trim_end_matches('/');
    path == dir || path.starts_with(&format!("{dir}/")) || dir.is_empty()
}

fn writable_key_mounts(project: &Project, findings: &mut Vec<Finding>) {
    // Files holding a private key first: they are what a reader most needs to see.
    let mut key_files: Vec<(bool, PathBuf, usize)> = project
        .facts
        .iter()
        .enumerate()
        .filter(|(_, facts)| {
            facts
                .key_material
                .iter()
                .any(|m| m.location == KeyLocation::File)
        })
        .filter_map(|(id, facts)| {
            let holds_key = facts.key_material.iter().any(|m| m.private_key().is_some());
            Some((!holds_key, project.absolute_path(id)?, id))
        })
        .collect();
    key_files.sort();
    let key_files: Vec<(PathBuf, usize)> = key_files.into_iter().map(|(_, p, id)| (p, id)).collect();
    for container in project.containers() {
        if container.origin == Origin::Dockerfile || writes_keys(container) {
            continue;
        }
        let key_paths = configured_key_paths(container);
        for mount in &container.mounts {
            if mount.read_only {
                continue;
            }
            let target = mount.target.as_deref().unwrap_or("");
            // What puts keys in the mounted directory: files of the tree under a bind's source.
            let from_tree = match &mount.source {
                MountSource::RelativePath(path) | MountSource::HostPath(path)
                    if container.origin == Origin::Compose =>
                {
                    bind_holds_keys(project, container, path, &key_files)
                }
                _ => None,
            };
            let writable_kind = matches!(
                mount.source,
                MountSource::RelativePath(_)
                    | MountSource::HostPath(_)
                    | MountSource::Volume(_)
                    | MountSource::EmptyDir
                    | MountSource::PersistentVolumeClaim(_)
            );
            if !writable_kind {
                continue;
            }
            let loaded = key_paths
                .iter()
                .find(|p| !target.is_empty() && is_under(p, target));
            let reason = match (from_tree, loaded) {
                (Some(key_file), _) => format!(
                    "holds {}",
                    project
                        .files
                        .get(key_file)
                        .map_or("key material".to_string(), |f| f.display_path.clone())
                ),
                (None, Some(path)) => format!("is where the service loads {path} from"),
                (None, None) => continue,
            };
            let mut finding = Finding::new(
                "key-material-writable-mount",
                container.file,
                mount.span,
                format!(
                    "{} mounts {} writable, and it {reason}: an attacker in the container can replace the key or certificate and take over the service's identity",
                    who(container),
                    if target.is_empty() { "a key directory".to_string() } else { format!("`{target}`") }
                ),
            )
            .object(&container.object);
            if let Some(key_file) = from_tree
                && let Some(first) = project.facts[key_file].key_material.first()
            {
                finding = finding.related(key_file, first.span, "key material in the mounted directory");
            }
            findings.push(finding);
        }
    }
}

/// The first key-material file under a Compose bind's source directory (or the file itself).
fn bind_holds_keys(
    project: &Project,
    container: &Container,
    source: &str,
    key_files: &[(PathBuf, usize)],
) -> Option<usize> {
    let compose = project.absolute_path(container.file)?;
    let dir = compose.parent()?;
    let source = crate::discover::absolute(&dir.join(source), dir);
    key_files
        .iter()
        .find(|(path, _)| path.starts_with(&source))
        .map(|(_, id)| *id)
}
