//! Runtime isolation: who the container runs as and which kernel and host facilities it shares.

use crate::data::{capabilities, sysctls};
use crate::facts::{Container, Origin};
use crate::parse::dockerfile::is_root_user;
use crate::project::Project;
use crate::rules::{Finding, Findings, Severity};

/// How messages name a container: "service `api`", "container `web`", "the final stage".
pub fn who(c: &Container) -> String {
    match c.origin {
        Origin::Compose => format!("service `{}`", c.name),
        Origin::Kubernetes => format!("container `{}`", c.name),
        Origin::Dockerfile if c.name.parse::<usize>().is_ok() => "the final stage".to_string(),
        Origin::Dockerfile => format!("the final stage (`{}`)", c.name),
    }
}

/// Says so when the setting at `span` is the pod's, not the container's own.
fn via_pod(c: &Container, span: crate::source::Span) -> String {
    if c.origin == Origin::Kubernetes && c.is_inherited(span) {
        format!(
            ", set for every container of {} that does not override it",
            c.pod_object
        )
    } else {
        String::new()
    }
}

fn runtime(c: &Container) -> bool {
    matches!(c.origin, Origin::Compose | Origin::Kubernetes)
}

pub fn check(project: &Project, out: &mut Findings) {
    // Looked up once per container: built once, not searched per container.
    let opted_out: std::collections::HashSet<(Option<&str>, &str)> = project
        .facts
        .iter()
        .flat_map(|f| f.service_accounts.iter())
        .filter(|sa| sa.automount_token == Some(false))
        .map(|sa| (sa.namespace.as_deref(), sa.name.as_str()))
        .collect();
    for c in project.containers() {
        run_as_root(project, c, out);
        if !runtime(c) {
            continue;
        }
        privileged(c, out);
        privilege_escalation(c, out);
        capability_rules(c, out);
        host_namespaces(c, out);
        writable_root_filesystem(c, out);
        security_profiles(c, out);
        devices_and_proc(c, out);
        unsafe_sysctls(c, out);
        service_account_token(&opted_out, c, out);
    }
}

fn run_as_root(project: &Project, c: &Container, out: &mut Findings) {
    const RULE: &str = "run-as-root";
    let finding = match c.origin {
        Origin::Dockerfile => match &c.user {
            Some(user) if is_root_user(&user.value) => Finding::new(
                RULE,
                c.file,
                user.span,
                format!("{} runs as root: its last USER is `{}`", who(c), user.value),
            ),
            Some(_) => return,
            None if c.base_image_non_root => return,
            None => Finding::new(
                RULE,
                c.file,
                c.anchor,
                format!(
                    "{} has no USER instruction, so the container runs as root",
                    who(c)
                ),
            ),
        },
        Origin::Compose => match &c.user {
            Some(user) if is_root_user(&user.value) => Finding::new(
                RULE,
                c.file,
                user.span,
                format!("{} runs as root (`user: {}`)", who(c), user.value),
            ),
            Some(_) => return,
            None => {
                let Some(dockerfile) = project.dockerfile_of(c) else {
                    return;
                };
                let Some(image_user) = project.image_user(dockerfile) else {
                    return;
                };
                if !image_user.runs_as_root {
                    return;
                }
                let path = &project.files[dockerfile].display_path;
                Finding::new(
                    RULE,
                    c.file,
                    c.anchor,
                    format!(
                        "{} sets no `user:` and its image, built from {path}, runs as root",
                        who(c)
                    ),
                )
                .related(
                    dockerfile,
                    image_user.span,
                    "the image's user is decided here",
                )
            }
        },
        Origin::Kubernetes => match (&c.user, &c.run_as_non_root) {
            (Some(uid), _) if uid.value == "0" => Finding::new(
                RULE,
                c.file,
                uid.span,
                format!(
                    "{} runs as UID 0 (`runAsUser: 0`{})",
                    who(c),
                    via_pod(c, uid.span)
                ),
            ),
            (Some(_), _) => return,
            (None, Some(non_root)) if non_root.value => return,
            (None, Some(non_root)) => Finding::new(
                RULE,
                c.file,
                non_root.span,
                format!(
                    "{} sets `runAsNonRoot: false`{} and no non-zero `runAsUser`, so it runs as the image's user, root unless the image says otherwise",
                    who(c),
                    via_pod(c, non_root.span)
                ),
            ),
            (None, None) => Finding::new(
                RULE,
                c.file,
                c.anchor,
                format!(
                    "{} sets neither `runAsNonRoot: true` nor a non-zero `runAsUser` (in its own or the pod's securityContext), so it runs as the image's user, root unless the image says otherwise",
                    who(c)
                ),
            ),
        },
    };
    let object = c.object_at(finding.span).to_string();
    out.push(finding.object(&object));
}

fn privileged(c: &Container, out: &mut Findings) {
    if let Some(p) = c.privileged.as_ref().filter(|p| p.value) {
        out.push(
            Finding::new(
                "privileged-container",
                c.file,
                p.span,
                format!(
                    "{} is privileged: it has every capability and every host device",
                    who(c)
                ),
            )
            .object(&c.object),
        );
    }
}

fn privilege_escalation(c: &Container, out: &mut Findings) {
    const RULE: &str = "privilege-escalation-allowed";
    let finding = match c.origin {
        Origin::Kubernetes => match &c.allow_privilege_escalation {
            Some(ape) if !ape.value => return,
            Some(ape) => Finding::new(
                RULE,
                c.file,
                ape.span,
                format!("{} sets `allowPrivilegeEscalation: true`", who(c)),
            )
            .severity(Severity::High),
            None => Finding::new(
                RULE,
                c.file,
                c.anchor,
                format!(
                    "{} does not set `allowPrivilegeEscalation: false`: setuid binaries can gain privileges",
                    who(c)
                ),
            ),
        },
        Origin::Compose if c.no_new_privileges.is_none() => Finding::new(
            RULE,
            c.file,
            c.anchor,
            format!(
                "{} does not set `security_opt: [no-new-privileges:true]`: setuid binaries can gain privileges",
                who(c)
            ),
        ),
        _ => return,
    };
    out.push(finding.object(&c.object));
}

fn capability_rules(c: &Container, out: &mut Findings) {
    for cap in &c.cap_add {
        if !capabilities::is_dangerous(&cap.value) {
            continue;
        }
        let severity = if capabilities::is_critical(&cap.value) {
            Severity::Critical
        } else {
            Severity::High
        };
        out.push(
            Finding::new(
                "dangerous-capability",
                c.file,
                cap.span,
                format!(
                    "{} adds the capability {}",
                    who(c),
                    capabilities::canonical(&cap.value)
                ),
            )
            .severity(severity)
            .object(&c.object),
        );
    }
    if c.cap_drop
        .iter()
        .any(|d| capabilities::canonical(&d.value) == "ALL")
    {
        return;
    }
    let (span, detail) = match c.cap_drop_list {
        Some(span) => (span, "drops some capabilities but not `ALL`"),
        None => (c.anchor, "does not drop capabilities (`ALL`)"),
    };
    out.push(
        Finding::new(
            "capabilities-not-dropped",
            c.file,
            span,
            format!("{} {detail}", who(c)),
        )
        .object(&c.object),
    );
}

fn host_namespaces(c: &Container, out: &mut Findings) {
    let (network, pid, ipc) = match c.origin {
        Origin::Compose => ("network_mode: host", "pid: host", "ipc: host"),
        _ => ("hostNetwork: true", "hostPID: true", "hostIPC: true"),
    };
    let shared = [
        ("host-network", c.host_network, network, "network namespace"),
        ("host-pid", c.host_pid, pid, "process namespace"),
        ("host-ipc", c.host_ipc, ipc, "IPC namespace"),
        (
            "host-user-namespace",
            c.host_userns,
            "userns_mode: host",
            "user namespace",
        ),
    ];
    let owner = match c.origin {
        Origin::Kubernetes => format!("pod of {}", c.pod_object),
        _ => who(c),
    };
    for (rule, span, setting, namespace) in shared {
        if let Some(span) = span {
            out.push(
                Finding::new(
                    rule,
                    c.file,
                    span,
                    format!("{owner} shares the host's {namespace} (`{setting}`)"),
                )
                .object(&c.pod_object),
            );
        }
    }
    if let Some(span) = c.host_uts {
        out.push(
            Finding::new(
                "host-user-namespace",
                c.file,
                span,
                format!("{owner} shares the host's UTS namespace (`uts: host`)"),
            )
            .severity(Severity::Low)
            .object(&c.pod_object),
        );
    }
}

fn writable_root_filesystem(c: &Container, out: &mut Findings) {
    let setting = match c.origin {
        Origin::Compose => "read_only: true",
        _ => "readOnlyRootFilesystem: true",
    };
    let (span, message) = match &c.read_only_root {
        Some(ro) if ro.value => return,
        Some(ro) => (
            ro.span,
            format!("{} has a writable root filesystem", who(c)),
        ),
        None => (
            c.anchor,
            format!("{} has a writable root filesystem (no `{setting}`)", who(c)),
        ),
    };
    out.push(Finding::new("writable-root-filesystem", c.file, span, message).object(&c.object));
}

fn security_profiles(c: &Container, out: &mut Findings) {
    match &c.seccomp {
        Some(profile) if profile.value == "unconfined" => out.push(
            Finding::new(
                "seccomp-unconfined",
                c.file,
                profile.span,
                format!(
                    "{} runs without a seccomp profile (unconfined{}): every system call is allowed",
                    who(c),
                    via_pod(c, profile.span)
                ),
            )
            .object(c.object_at(profile.span)),
        ),
        Some(_) => {}
        None if c.origin == Origin::Kubernetes => out.push(
            Finding::new(
                "seccomp-profile-not-set",
                c.file,
                c.anchor,
                format!(
                    "{} has no seccomp profile (neither it nor its pod sets `seccompProfile`)",
                    who(c)
                ),
            )
            .object(&c.object),
        ),
        None => {}
    }
    if let Some(profile) = c.apparmor.as_ref().filter(|p| p.value == "unconfined") {
        out.push(
            Finding::new(
                "apparmor-unconfined",
                c.file,
                profile.span,
                format!(
                    "{} runs without an AppArmor profile (unconfined{})",
                    who(c),
                    via_pod(c, profile.span)
                ),
            )
            .object(c.object_at(profile.span)),
        );
    }
}

fn devices_and_proc(c: &Container, out: &mut Findings) {
    for device in &c.devices {
        out.push(
            Finding::new(
                "host-device",
                c.file,
                device.span,
                format!("{} is given the host device `{}`", who(c), device.value),
            )
            .object(&c.object),
        );
    }
    if let Some(proc_mount) = c
        .proc_mount
        .as_ref()
        .filter(|p| p.value.eq_ignore_ascii_case("unmasked"))
    {
        out.push(
            Finding::new(
                "unmasked-proc-mount",
                c.file,
                proc_mount.span,
                format!("{} sees an unmasked /proc (`procMount: Unmasked`)", who(c)),
            )
            .object(&c.object),
        );
    }
}

fn unsafe_sysctls(c: &Container, out: &mut Findings) {
    for sysctl in &c.sysctls {
        if sysctls::is_safe(&sysctl.value) {
            continue;
        }
        out.push(
            Finding::new(
                "unsafe-sysctl",
                c.file,
                sysctl.span,
                format!(
                    "{} sets the sysctl `{}`, outside the safe set",
                    who(c),
                    sysctl.value
                ),
            )
            .object(&c.pod_object),
        );
    }
}

fn service_account_token(
    opted_out: &std::collections::HashSet<(Option<&str>, &str)>,
    c: &Container,
    out: &mut Findings,
) {
    const RULE: &str = "service-account-token-mounted";
    if c.origin != Origin::Kubernetes {
        return;
    }
    let finding = match &c.automount_token {
        Some(setting) if !setting.value => return,
        Some(setting) => Finding::new(
            RULE,
            c.file,
            setting.span,
            format!(
                "pod of {} mounts its service-account token (`automountServiceAccountToken: true`)",
                c.pod_object
            ),
        ),
        None => {
            let account = c.service_account.as_deref().unwrap_or("default");
            if opted_out.contains(&(c.namespace.as_deref(), account)) {
                return;
            }
            Finding::new(
                RULE,
                c.file,
                c.pod_anchor,
                format!(
                    "pod of {} mounts the token of service account `{account}`: neither the pod nor the account sets `automountServiceAccountToken: false`",
                    c.pod_object
                ),
            )
        }
    };
    out.push(finding.object(&c.pod_object));
}
