//! Host paths mounted into containers: runtime sockets, sensitive host directories, and any
//! other host path.

use crate::data::host_paths;
use crate::facts::MountSource;
use crate::project::Project;
use crate::rules::isolation::who;
use crate::rules::{Finding, Findings, Severity};
use crate::source::{FileId, Span};

struct HostMount<'a> {
    file: FileId,
    object: &'a str,
    owner: String,
    path: &'a str,
    span: Span,
    read_only: bool,
}

pub fn check(project: &Project, out: &mut Findings) {
    let mut mounts = Vec::new();
    for c in project.containers() {
        for mount in &c.mounts {
            if let MountSource::HostPath(path) = &mount.source {
                mounts.push(HostMount {
                    file: c.file,
                    object: &c.object,
                    owner: who(c),
                    path,
                    span: mount.span,
                    read_only: mount.read_only,
                });
            }
        }
        for var in &c.env {
            let Some(value) = &var.value else { continue };
            if var.name == "DOCKER_HOST"
                && let Some(socket) = value.strip_prefix("unix://")
            {
                out.push(
                    Finding::new(
                        "runtime-socket-mount",
                        c.file,
                        var.value_span,
                        format!(
                            "{} talks to the container runtime through the socket {socket} (`DOCKER_HOST`)",
                            who(c)
                        ),
                    )
                    .object(&c.object),
                );
            }
        }
    }
    for facts in &project.facts {
        for pv in &facts.persistent_volumes {
            mounts.push(HostMount {
                file: pv.file,
                object: &pv.object,
                owner: pv.object.clone(),
                path: &pv.path.value,
                span: pv.path.span,
                read_only: false,
            });
        }
    }
    out.extend(mounts.iter().filter_map(classify));
}

fn classify(m: &HostMount<'_>) -> Option<Finding> {
    let normalized = host_paths::normalize(m.path);
    let path = normalized.as_str();
    let shown = m.path;
    let access = if m.read_only { "read-only" } else { "writable" };
    if host_paths::is_runtime_socket(path) {
        return Some(Finding::new(
            "runtime-socket-mount",
            m.file,
            m.span,
            format!(
                "{} mounts the container runtime socket {shown}: whoever reaches it controls the host",
                m.owner
            ),
        )
        .object(m.object));
    }
    let public = host_paths::is_public_data(path);
    if public && m.read_only {
        return None;
    }
    if let Some(severity) = host_paths::sensitivity(path) {
        let severity = if host_paths::is_harmless_when_written(path) {
            Severity::Medium
        } else if m.read_only && severity != Severity::Critical {
            severity.lower()
        } else {
            severity
        };
        return Some(
            Finding::new(
                "sensitive-host-mount",
                m.file,
                m.span,
                format!(
                    "{} mounts the sensitive host path {shown} ({access})",
                    m.owner
                ),
            )
            .severity(severity)
            .object(m.object),
        );
    }
    let finding = Finding::new(
        "host-path-mount",
        m.file,
        m.span,
        format!("{} mounts the host path {shown} ({access})", m.owner),
    )
    .object(m.object);
    Some(if m.read_only {
        finding.severity(Severity::Low)
    } else {
        finding.severity(Severity::Medium)
    })
}
