//! Key material that leaks through deployment configuration: loose file modes, keys mounted
//! writable.

use std::path::{Path, PathBuf};

use crate::data::key_names;
use crate::facts::{Container, KeyLocation, MountSource, Origin, SecretMount, Spanned};

// Image rules (`private-key-in-image`, keys given loose modes by `COPY --chmod`/`RUN chmod`)
// are below `check_images`.
use crate::project::Project;
use crate::rules::isolation::who;
use crate::rules::{Finding, Findings};

/// Bits that must be clear on a private key: any access for others, write or execute for the
/// group. 0400, 0440, 0600 and 0640 pass; 0644 and 0660 do not.
pub const LOOSE_MODE_BITS: u32 = 0o027;

pub fn is_loose(mode: u32) -> bool {
    mode & LOOSE_MODE_BITS != 0
}

pub fn check(project: &Project, findings: &mut Findings) {
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

fn disk_modes(project: &Project, findings: &mut Findings) {
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
                who_can_read(mode, "on the machine")
            ),
        ));
    }
}

/// Who a loose mode lets at a key, `place` being `on the machine` or `in the container`.
fn who_can_read(mode: u32, place: &str) -> String {
    if mode & 0o007 != 0 {
        format!("every user {place} can read it")
    } else {
        "the group can change it".to_string()
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
    if known
        .iter()
        .any(|s| s.holds_private_key || s.secret_type.as_deref() == Some("kubernetes.io/tls"))
    {
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

/// The entries of a Secret that hold a private key, when the Secret's data is in the tree.
fn key_entries_of<'a>(project: &'a Project, secret_name: &str) -> Option<Vec<&'a str>> {
    let mut seen = false;
    let mut entries = Vec::new();
    for material in project.key_material() {
        if let KeyLocation::Secret { object, key, .. } = &material.location
            && object.rsplit('/').next() == Some(secret_name)
        {
            seen = true;
            if material.private_key().is_some() {
                entries.push(key.as_str());
            }
        }
    }
    seen.then_some(entries)
}

fn secret_modes(
    project: &Project,
    container: &Container,
    secret: &SecretMount,
    findings: &mut Findings,
) {
    if secret.default_mode.is_none() && secret.items.iter().all(|i| i.mode.is_none()) {
        return;
    }
    if !secret_holds_key(project, container, secret) {
        return;
    }
    // The mode each key file of the volume gets: its item's own mode, else `defaultMode`.
    // Without `items` every entry is projected; with them only the listed ones are.
    let modes: Vec<&Spanned<i64>> = if secret.items.is_empty() {
        secret.default_mode.iter().collect()
    } else {
        let known = key_entries_of(project, &secret.name);
        secret
            .items
            .iter()
            .filter(|item| match &known {
                Some(entries) => entries.contains(&item.key.as_str()),
                None => item.key == "tls.key" || key_names::is_private_key_name(&item.key),
            })
            .filter_map(|item| item.mode.as_ref().or(secret.default_mode.as_ref()))
            .collect()
    };
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
            .map(|f| f.full_text())
            .and_then(|text| text.get(mode.span.start..mode.span.end).map(str::to_string))
            .unwrap_or_default();
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
                    "{} mounts the private key of {what} `{}` with mode {:04o}{reading}: {}",
                    who(container),
                    secret.name,
                    bits & 0o7777,
                    who_can_read(bits, "in the container")
                ),
            )
            .object(&container.pod_object),
        );
    }
}

/// Containers whose job is to write keys: a writable key directory is their purpose. Matched
/// against the image's repository name (`hashicorp/vault:1.17` → `vault`) and the container's
/// name, as whole names or name prefixes, never as substrings of a registry path.
fn writes_keys(container: &Container) -> bool {
    const KEY_WRITERS: &[&str] = &[
        "cert-manager",
        "vault",
        "vault-agent",
        "vault-k8s",
        "step-ca",
        "step-cli",
        "certbot",
        "lego",
        "acme.sh",
    ];
    let image = container
        .image
        .as_ref()
        .map(|i| i.value.to_ascii_lowercase())
        .unwrap_or_default();
    let without_digest = image.split('@').next().unwrap_or("");
    let repository = without_digest.rsplit('/').next().unwrap_or("");
    let repository = repository.split(':').next().unwrap_or("");
    let name = container.name.to_ascii_lowercase();
    let is_writer = |candidate: &str| {
        KEY_WRITERS.iter().any(|w| {
            candidate == *w
                || candidate
                    .strip_prefix(w)
                    .is_some_and(|rest| rest.starts_with('-') || rest.starts_with('_'))
        })
    };
    is_writer(repository) || is_writer(&name)
}

/// Absolute paths the service code of the tree loads keys and certificates from
/// (`fs.readFileSync('/app/certs/server.key')`, `tls.LoadX509KeyPair(…)`), with where.
fn code_key_paths(project: &Project) -> Vec<(String, usize, crate::source::Span)> {
    project
        .facts
        .iter()
        .flat_map(|f| f.tls.iter())
        .flat_map(|t| {
            t.key_paths
                .iter()
                .chain(&t.cert_paths)
                .chain(&t.ca_paths)
                .map(move |p| (p, t.file))
        })
        .filter(|(p, _)| p.value.starts_with('/'))
        .map(|(p, file)| (p.value.clone(), file, p.span))
        .collect()
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

fn writable_key_mounts(project: &Project, findings: &mut Findings) {
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
    let key_files: Vec<(PathBuf, usize)> =
        key_files.into_iter().map(|(_, p, id)| (p, id)).collect();
    // Code of the tree does not say which container runs it; a mount is linked to it only
    // when the mount's target holds a path the code loads, which is specific enough.
    let from_code = code_key_paths(project);
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
            let loaded_by_code = from_code
                .iter()
                .find(|(p, _, _)| !target.is_empty() && is_under(p, target))
                .filter(|_| loaded.is_none());
            let loaded = loaded.or(loaded_by_code.map(|(p, _, _)| p));
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
            if from_tree.is_none()
                && let Some((_, code_file, span)) = loaded_by_code
            {
                finding = finding.related(*code_file, *span, "the service code loads it from here");
            }
            if let Some(key_file) = from_tree
                && let Some(first) = project.facts[key_file].key_material.first()
            {
                finding = finding.related(
                    key_file,
                    first.span,
                    "key material in the mounted directory",
                );
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

/// What a file copied into an image is, when it is key material.
struct CopiedKey {
    /// Where it is shown: the path in the report.
    shown: String,
    /// The key's file and span in the tree, when caulk read it.
    key: Option<(usize, crate::source::Span)>,
    encrypted: bool,
    ca: bool,
}

fn copied_key(project: &Project, disk_path: &Path) -> Option<CopiedKey> {
    let name = disk_path.file_name()?.to_str()?;
    let absolute = crate::discover::absolute(disk_path, Path::new("/"));
    match project.file_at(&absolute) {
        Some(id) => {
            let facts = project.facts.get(id)?;
            let shown = project.files.get(id)?.display_path.clone();
            if facts
                .key_material
                .iter()
                .any(|m| matches!(m.kind, crate::facts::KeyMaterialKind::KeyStore))
            {
                return Some(CopiedKey {
                    shown,
                    key: None,
                    encrypted: true,
                    ca: false,
                });
            }
            let key = facts
                .key_material
                .iter()
                .find(|m| m.private_key().is_some())?;
            let encrypted = key.private_key().is_some_and(|k| k.encrypted);
            Some(CopiedKey {
                shown,
                key: Some((id, key.span)),
                encrypted,
                ca: crate::rules::pki::is_ca_key(project, key),
            })
        }
        // Not read (excluded, too large, unreadable): judged by its name.
        None if key_names::is_private_key_name(name) => Some(CopiedKey {
            shown: disk_path.display().to_string(),
            key: None,
            encrypted: false,
            ca: key_names::is_ca_key_name(name),
        }),
        None => None,
    }
}

pub fn check_images(project: &Project, findings: &mut Findings) {
    use std::collections::BTreeMap;
    for image in &project.images {
        let dockerfile = image.dockerfile;
        let object = project
            .facts
            .get(dockerfile)
            .and_then(|f| f.containers.iter().find(|c| c.origin == Origin::Dockerfile))
            .map(|c| c.object.clone());
        let mut by_source: BTreeMap<
            crate::source::Span,
            Vec<(&crate::build_context::ImageFile, CopiedKey)>,
        > = BTreeMap::new();
        for file in &image.files {
            if let Some(key) = copied_key(project, &file.disk_path) {
                by_source
                    .entry(file.source_span)
                    .or_default()
                    .push((file, key));
            }
        }
        for (span, keys) in &by_source {
            let list = keys
                .iter()
                .take(3)
                .map(|(file, key)| format!("{} (at {})", key.shown, file.image_path))
                .collect::<Vec<_>>()
                .join(", ");
            let more = if keys.len() > 3 {
                format!(" and {} more", keys.len() - 3)
            } else {
                String::new()
            };
            let all_encrypted = keys.iter().all(|(_, k)| k.encrypted);
            let noun = if keys.len() == 1 {
                "private key"
            } else {
                "private keys"
            };
            let mut finding = Finding::new(
                "private-key-in-image",
                dockerfile,
                *span,
                format!(
                    "copies the {noun} {list}{more} into the image: everyone who can pull the image, or read a registry cache of it, holds {}",
                    if keys.len() == 1 { "it" } else { "them" }
                ),
            );
            if all_encrypted {
                finding = finding.severity(crate::rules::Severity::Low);
                finding.message = format!(
                    "copies the encrypted {noun} {list}{more} into the image: only its passphrase now stands between a registry reader and the key"
                );
            }
            for (_, key) in keys.iter().take(3) {
                if let Some((file, key_span)) = key.key {
                    finding = finding.related(file, key_span, "the private key");
                }
            }
            if let Some(object) = &object {
                finding = finding.object(object);
            }
            findings.push(finding);
            if let Some((file, key)) = keys.iter().find(|(_, k)| k.ca) {
                let mut finding = Finding::new(
                    "ca-key-exposed",
                    dockerfile,
                    *span,
                    format!(
                        "copies the CA private key {} into the image at {}: whoever pulls the image can mint client certificates every mTLS peer trusts",
                        key.shown, file.image_path
                    ),
                );
                if let Some((key_file, key_span)) = key.key {
                    finding = finding.related(key_file, key_span, "the CA private key");
                }
                if let Some(object) = &object {
                    finding = finding.object(object);
                }
                findings.push(finding);
            }
            for (file, key) in keys {
                if let Some(chmod) = &file.chmod
                    && is_loose(chmod.value)
                {
                    findings.push(loose_in_image(
                        dockerfile,
                        chmod.span,
                        chmod.value,
                        &key.shown,
                        &file.image_path,
                        object.as_deref(),
                    ));
                }
            }
        }
        chmod_commands(project, image, object.as_deref(), findings);
        keys_copied_by_name(project, image, object.as_deref(), findings);
    }
}

/// `COPY id_ed25519 /root/.ssh/` where the build context does not hold the file (it is made or
/// fetched before the build): the name says private key.
fn keys_copied_by_name(
    project: &Project,
    image: &crate::project::BuiltImage,
    object: Option<&str>,
    findings: &mut Findings,
) {
    let Some(parsed) = project
        .facts
        .get(image.dockerfile)
        .and_then(|f| f.dockerfile.as_ref())
    else {
        return;
    };
    for stage in parsed.final_chain() {
        for copy in &stage.copies {
            if copy.from_stage.is_some() || copy.from_image.is_some() {
                continue;
            }
            for source in &copy.sources {
                if image.files.iter().any(|f| f.source_span == source.span) {
                    continue;
                }
                let name = source
                    .value
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or("");
                if source.value.contains("://") || !key_names::is_private_key_name(name) {
                    continue;
                }
                let in_context = crate::discover::absolute(
                    &image.context.join(source.value.trim_start_matches('/')),
                    &image.context,
                );
                if in_context.is_dir() {
                    continue;
                }
                let mut finding = Finding::new(
                    "private-key-in-image",
                    image.dockerfile,
                    source.span,
                    format!(
                        "copies `{}` into the image at {}: the file is not in the build context caulk scanned ({}), but its name says private key, and everyone who can pull the image would hold it",
                        source.value,
                        copy.destination.value,
                        project.display_dir(&image.context)
                    ),
                );
                if let Some(object) = object {
                    finding = finding.object(object);
                }
                findings.push(finding);
                if key_names::is_ca_key_name(name) {
                    let mut finding = Finding::new(
                        "ca-key-exposed",
                        image.dockerfile,
                        source.span,
                        format!(
                            "copies `{}`, named like a CA private key, into the image: whoever pulls the image can mint client certificates every mTLS peer trusts",
                            source.value
                        ),
                    );
                    if let Some(object) = object {
                        finding = finding.object(object);
                    }
                    findings.push(finding);
                }
            }
        }
    }
}

fn loose_in_image(
    dockerfile: usize,
    span: crate::source::Span,
    mode: u32,
    shown: &str,
    image_path: &str,
    object: Option<&str>,
) -> Finding {
    let finding = Finding::new(
        "loose-key-permissions",
        dockerfile,
        span,
        format!(
            "gives the private key {shown} (at {image_path}) mode {mode:04o} in the image: {}",
            who_can_read(mode, "in the container")
        ),
    );
    match object {
        Some(object) => finding.object(object),
        None => finding,
    }
}

/// `RUN chmod` in the final image's stages over a key the image holds.
fn chmod_commands(
    project: &Project,
    image: &crate::project::BuiltImage,
    object: Option<&str>,
    findings: &mut Findings,
) {
    let Some(parsed) = project
        .facts
        .get(image.dockerfile)
        .and_then(|f| f.dockerfile.as_ref())
    else {
        return;
    };
    let keys: Vec<(&crate::build_context::ImageFile, CopiedKey)> = image
        .files
        .iter()
        .filter_map(|f| Some((f, copied_key(project, &f.disk_path)?)))
        .collect();
    if keys.is_empty() {
        return;
    }
    // The final stage and the stages it is built `FROM`: their `RUN`s shape the final image.
    for stage in parsed.final_chain() {
        for chmod in &stage.chmods {
            let Some(mode) = chmod.mode else { continue };
            if !is_loose(mode) {
                continue;
            }
            let hit = keys.iter().find(|(file, _)| {
                chmod.paths.iter().any(|path| {
                    let path = if path.starts_with('/') {
                        crate::parse::dockerfile::clean_absolute(path)
                    } else {
                        let workdir = chmod.workdir.as_deref().unwrap_or("/");
                        crate::parse::dockerfile::clean_absolute(&format!("{workdir}/{path}"))
                    };
                    // A directory's own mode matters when others may write to it: they can
                    // replace the key. Otherwise only `-R` reaches the files.
                    file.image_path == path
                        || shell_glob_matches(&path, &file.image_path)
                        || (is_under(&file.image_path, &path)
                            && (chmod.recursive || mode & 0o002 != 0))
                })
            });
            if let Some((file, key)) = hit {
                findings.push(loose_in_image(
                    image.dockerfile,
                    chmod.span,
                    mode,
                    &key.shown,
                    &file.image_path,
                    object,
                ));
            }
        }
    }
}

/// `chmod 0644 /app/certs/*.key`: the shell expands the glob inside the image.
fn shell_glob_matches(pattern: &str, path: &str) -> bool {
    if !pattern.contains(['*', '?', '[']) {
        return false;
    }
    globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .is_ok_and(|glob| glob.compile_matcher().is_match(path))
}
