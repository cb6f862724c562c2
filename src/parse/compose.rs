//! Compose services as `Container` facts.

use crate::data::host_paths;
use crate::facts::{
    BuildRef, Container, EnvVar, FileFacts, Mount, MountSource, Origin, SecretMount, Spanned,
};
use crate::parse::substitute;
use crate::parse::yaml::{Entry, Node, NodeKind};
use crate::source::{FileId, Span};

/// `extends` chains longer than this are cut: Compose itself refuses cycles, and a real chain is
/// two or three services long.
const MAX_EXTENDS_DEPTH: usize = 16;

/// True when the document's top level is a `services:` mapping whose entries build or pull an
/// image: how a Compose file with an unusual name is recognised.
pub fn looks_like_compose(root: &Node) -> bool {
    root.get("services").is_some_and(|services| {
        services.entries().iter().any(|service| {
            service.value.get("image").is_some() || service.value.get("build").is_some()
        })
    })
}

pub fn facts(file_id: FileId, root: &Node, facts: &mut FileFacts) {
    let Some(services) = root.get("services") else {
        return;
    };
    for service in services.entries() {
        let name = service.key_str().to_string();
        if !service.value.is_map() {
            continue;
        }
        let entries = effective_entries(services, service, 0);
        let mut container = Container::new(
            file_id,
            Origin::Compose,
            format!("services.{name}"),
            name,
            service.key.span,
        );
        for entry in &entries {
            read_field(&mut container, entry, root);
        }
        facts.containers.push(container);
    }
}

/// The service's entries with `extends: <service in this file>` applied: the service's own keys
/// win, and list-valued keys (`cap_add`, `volumes`, …) are concatenated as Compose does.
fn effective_entries(services: &Node, service: &Entry, depth: usize) -> Vec<Entry> {
    let own: Vec<Entry> = service.value.entries().to_vec();
    let base_name = service.value.get("extends").and_then(|extends| {
        if extends.get("file").is_some() {
            return None; // another file: not followed
        }
        extends.as_text().or_else(|| extends.get_str("service"))
    });
    let Some(base_name) = base_name else {
        return own;
    };
    let Some(base) = services.entry(base_name) else {
        return own;
    };
    if depth >= MAX_EXTENDS_DEPTH || base.key.as_str() == service.key.as_str() {
        return own;
    }
    let mut merged = effective_entries(services, base, depth + 1);
    for entry in own {
        match merged
            .iter_mut()
            .find(|e| e.key.as_str() == entry.key.as_str())
        {
            Some(existing) => {
                if let (NodeKind::Seq(base_items), NodeKind::Seq(items)) =
                    (&existing.value.kind, &entry.value.kind)
                {
                    let mut all = base_items.clone();
                    all.extend(items.iter().cloned());
                    existing.value = Node {
                        span: entry.value.span,
                        kind: NodeKind::Seq(all),
                    };
                    existing.key = entry.key;
                } else {
                    *existing = entry;
                }
            }
            None => merged.push(entry),
        }
    }
    merged
}

fn strings(node: &Node) -> Vec<Spanned<String>> {
    match &node.kind {
        NodeKind::Seq(items) => items
            .iter()
            .filter_map(|item| {
                item.as_text()
                    .map(|t| Spanned::new(t.to_string(), item.span))
            })
            .collect(),
        NodeKind::Scalar { .. } => node
            .as_text()
            .map(|t| vec![Spanned::new(t.to_string(), node.span)])
            .unwrap_or_default(),
        NodeKind::Map(_) => Vec::new(),
    }
}

fn is_host(node: &Node) -> bool {
    node.as_text()
        .is_some_and(|v| v.eq_ignore_ascii_case("host"))
}

fn read_field(container: &mut Container, entry: &Entry, root: &Node) {
    let named_volumes = root.get("volumes");
    let value = &entry.value;
    match entry.key_str() {
        "image" => {
            container.image = value
                .as_text()
                .map(|t| Spanned::new(t.to_string(), value.span));
        }
        "user" => {
            container.user = value
                .as_text()
                .map(|t| Spanned::new(t.to_string(), value.span));
        }
        "privileged" => container.privileged = value.as_bool().map(|b| Spanned::new(b, value.span)),
        "read_only" => {
            container.read_only_root = value.as_bool().map(|b| Spanned::new(b, value.span));
        }
        "cap_add" => container.cap_add = strings(value),
        "cap_drop" => {
            container.cap_drop = strings(value);
            container.cap_drop_list = Some(entry.span());
        }
        "network_mode" if is_host(value) => container.host_network = Some(value.span),
        "pid" if is_host(value) => container.host_pid = Some(value.span),
        "ipc" if is_host(value) => container.host_ipc = Some(value.span),
        "userns_mode" if is_host(value) => container.host_userns = Some(value.span),
        "uts" if is_host(value) => container.host_uts = Some(value.span),
        "security_opt" => {
            for option in strings(value) {
                read_security_opt(container, option);
            }
        }
        "devices" => {
            for item in value.items() {
                let text = item
                    .as_text()
                    .map(str::to_string)
                    .or_else(|| item.get_str("source").map(str::to_string));
                if let Some(text) = text {
                    container.devices.push(Spanned::new(text, item.span));
                }
            }
        }
        "sysctls" => {
            for item in value.items() {
                if let Some(text) = item.as_text() {
                    let name = text.split('=').next().unwrap_or(text).trim();
                    container
                        .sysctls
                        .push(Spanned::new(name.to_string(), item.span));
                }
            }
            for sysctl in value.entries() {
                container
                    .sysctls
                    .push(Spanned::new(sysctl.key_str().to_string(), sysctl.span()));
            }
        }
        "environment" => container.env = environment(value),
        "env_file" => {
            container.env_files = strings(value);
            // Long syntax: `- path: ./web.env` (with `required:`).
            for item in value.items() {
                if let Some(path) = item.get("path")
                    && let Some(text) = path.as_text()
                {
                    container
                        .env_files
                        .push(Spanned::new(text.to_string(), path.span));
                }
            }
        }
        "volumes" => {
            for item in value.items() {
                if let Some(mount) = volume(item, named_volumes) {
                    container.mounts.push(mount);
                }
            }
        }
        "build" => container.build = build(value),
        kind @ ("secrets" | "configs") => {
            for item in value.items() {
                if let Some(mount) = secret_mount(item, root.get(kind), kind) {
                    container.mounts.push(mount);
                }
            }
        }
        _ => {}
    }
}

/// A service's `secrets:`/`configs:` entry, short (`- server_key`) or long (`source`, `target`,
/// `mode`): mounted read-only under `/run/secrets/` (configs: at `target`, else `/<name>`).
fn secret_mount(item: &Node, declared: Option<&Node>, kind: &str) -> Option<Mount> {
    let (name, target, mode) = match item.as_text() {
        Some(name) => (name.to_string(), None, None),
        None => {
            let name = item.get_str("source")?.to_string();
            let target = item.get_str("target").map(str::to_string);
            let mode = item
                .get("mode")
                .and_then(|m| m.as_int().map(|v| Spanned::new(v, m.span)));
            (name, target, mode)
        }
    };
    let file = declared
        .and_then(|d| d.get(&name))
        .and_then(|d| d.get_str("file"))
        .map(str::to_string);
    let target = match (kind, target) {
        (_, Some(t)) if t.starts_with('/') => t,
        ("secrets", t) => format!("/run/secrets/{}", t.as_deref().unwrap_or(&name)),
        (_, t) => format!("/{}", t.as_deref().unwrap_or(&name)),
    };
    Some(Mount {
        source: MountSource::ReadOnlyApiVolume,
        target: Some(target),
        read_only: true,
        span: item.span,
        secret: Some(SecretMount {
            name,
            file,
            default_mode: mode,
            items: Vec::new(),
        }),
    })
}

fn read_security_opt(container: &mut Container, option: Spanned<String>) {
    let text = option.value.trim();
    let (key, setting) = match text.split_once([':', '=']) {
        Some((k, v)) => (k.trim(), Some(v.trim())),
        None => (text, None),
    };
    match key {
        "no-new-privileges" if setting.is_none_or(|s| s.eq_ignore_ascii_case("true")) => {
            container.no_new_privileges = Some(option.span);
        }
        "seccomp" => {
            container.seccomp = setting.map(|s| Spanned::new(s.to_ascii_lowercase(), option.span));
        }
        "apparmor" => {
            container.apparmor = setting.map(|s| Spanned::new(s.to_ascii_lowercase(), option.span));
        }
        _ => {}
    }
}

pub fn environment(node: &Node) -> Vec<EnvVar> {
    let mut vars = Vec::new();
    for item in node.items() {
        let Some(text) = item.as_text() else { continue };
        let (name, value) = match text.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (text, None),
        };
        let offset = text.find('=').map_or(0, |i| i + 1);
        // The value's span is exact for plain scalars, where text and source agree.
        let value_span = if item.span.end - item.span.start == text.len() {
            Span::new(item.span.start + offset, item.span.end)
        } else {
            item.span
        };
        vars.push(EnvVar {
            name: name.trim().to_string(),
            value,
            span: item.span,
            value_span,
        });
    }
    for entry in node.entries() {
        vars.push(EnvVar {
            name: entry.key_str().to_string(),
            value: entry.value.as_text().map(str::to_string),
            span: entry.span(),
            value_span: entry.value.span,
        });
    }
    vars
}

fn build(node: &Node) -> Option<BuildRef> {
    if let Some(context) = node.as_text() {
        return Some(BuildRef {
            context: context.to_string(),
            dockerfile: "Dockerfile".to_string(),
            span: node.span,
        });
    }
    if node.get("dockerfile_inline").is_some() {
        return None;
    }
    Some(BuildRef {
        context: node.get_str("context").unwrap_or(".").to_string(),
        dockerfile: node
            .get_str("dockerfile")
            .unwrap_or("Dockerfile")
            .to_string(),
        span: node.span,
    })
}

/// Classifies a bind or volume source as Compose reads it.
fn source_kind(source: &str, named_volumes: Option<&Node>) -> MountSource {
    let source = substitute(source, &[]);
    if source.starts_with('/') || host_paths::is_home_relative(&source) {
        return MountSource::HostPath(source);
    }
    if source.starts_with('.') || source.starts_with('~') || source.starts_with('$') {
        return MountSource::RelativePath(source);
    }
    // A named volume declared as a bind of a host directory is a host path mount.
    let device = named_volumes
        .and_then(|v| v.get(&source))
        .and_then(|v| v.get("driver_opts"))
        .filter(|opts| {
            opts.get_str("o")
                .is_some_and(|o| o.split(',').any(|p| p == "bind"))
        })
        .and_then(|opts| opts.get_str("device"));
    match device {
        Some(device) if device.starts_with('/') => MountSource::HostPath(device.to_string()),
        _ => MountSource::Volume(source),
    }
}

fn volume(item: &Node, named_volumes: Option<&Node>) -> Option<Mount> {
    if let Some(text) = item.as_text() {
        let parts: Vec<&str> = split_volume(text);
        if parts.len() < 2 {
            return None; // an anonymous volume: nothing from the host
        }
        let read_only = parts
            .get(2)
            .is_some_and(|mode| mode.split(',').any(|m| m == "ro" || m == "readonly"));
        return Some(Mount {
            source: source_kind(parts[0], named_volumes),
            target: Some(parts[1].to_string()),
            read_only,
            span: item.span,
            secret: None,
        });
    }
    let kind = item.get_str("type").unwrap_or("volume");
    let source = item.get("source");
    let target = item.get_str("target").map(str::to_string);
    let read_only = item
        .get("read_only")
        .and_then(Node::as_bool)
        .unwrap_or(false);
    let span = source.map_or(item.span, |s| s.span);
    let source = match (kind, source.and_then(Node::as_text)) {
        ("tmpfs", _) => MountSource::Tmpfs,
        (_, None) => return None,
        ("bind", Some(path)) => match source_kind(path, None) {
            MountSource::Volume(name) => MountSource::RelativePath(name),
            other => other,
        },
        (_, Some(name)) => source_kind(name, named_volumes),
    };
    Some(Mount {
        source,
        target,
        read_only,
        span,
        secret: None,
    })
}

/// `SRC:DST:MODE`, where a Windows drive letter (`C:\data`) is not a separator.
fn split_volume(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b':' {
            let is_drive = i == start + 1
                && bytes[start].is_ascii_alphabetic()
                && matches!(bytes.get(i + 1), Some(b'\\') | Some(b'/'));
            if !is_drive {
                parts.push(&text[start..i]);
                start = i + 1;
            }
        }
    }
    parts.push(&text[start..]);
    parts
}
