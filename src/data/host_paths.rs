//! Host paths whose mount into a container matters, and how much.

use crate::rules::Severity;

/// Container-runtime sockets: whoever reaches one starts privileged containers on the host.
pub const RUNTIME_SOCKETS: &[&str] = &[
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/var/run/docker",
    "/run/containerd/containerd.sock",
    "/var/run/crio/crio.sock",
    "/run/podman/podman.sock",
    "/var/run/cri-dockerd.sock",
];

/// Socket file names that are a runtime socket wherever they live (rootless Docker puts its
/// socket under `/run/user/<uid>/`).
pub const RUNTIME_SOCKET_NAMES: &[&str] = &[
    "docker.sock",
    "containerd.sock",
    "crio.sock",
    "podman.sock",
    "cri-dockerd.sock",
];

/// Parents of runtime sockets are reported as the socket, up to these.
pub const RUNTIME_SOCKET_TOP_DIRS: &[&str] = &["/var/run", "/run"];

pub const SENSITIVE: &[&str] = &[
    "/",
    "/etc",
    "/proc",
    "/sys",
    "/dev",
    "/root",
    "/home",
    "/boot",
    "/lib/modules",
    "/usr",
    "/var/lib/docker",
    "/var/lib/kubelet",
    "/var/lib/containerd",
    "/etc/kubernetes",
    "/var/log",
    "/etc/ssl",
    "/etc/pki",
];

/// Mounting these (or a path under them) is critical whether read-only or not.
pub const CRITICAL: &[&str] = &[
    "/",
    "/proc",
    "/sys",
    "/etc",
    "/root",
    "/var/lib/kubelet",
    "/dev",
    "/boot",
    "/lib/modules",
];

/// Public host data: not reported when mounted read-only.
pub const PUBLIC_READ_ONLY: &[&str] = &[
    "/etc/ssl/certs",
    "/etc/pki/ca-trust",
    "/etc/pki/tls/certs",
    "/usr/share/ca-certificates",
    "/etc/localtime",
    "/etc/timezone",
    "/usr/share/zoneinfo",
];

/// Public data that is harmless even when written: a changed timezone is no way out of the
/// container. (A writable `/etc/ssl/certs` is not here: writing the host's trust store lets an
/// attacker add a CA the host trusts.)
pub const HARMLESS_WHEN_WRITTEN: &[&str] =
    &["/etc/localtime", "/etc/timezone", "/usr/share/zoneinfo"];

pub fn is_harmless_when_written(path: &str) -> bool {
    let path = normalize(path);
    HARMLESS_WHEN_WRITTEN.iter().any(|p| is_within(&path, p))
}

/// How a Compose file names the home directory of whoever runs `docker compose`.
const HOME_PREFIXES: &[&str] = &["~", "${HOME}", "$HOME"];

/// `~/.ssh`, `$HOME/.aws`: a path in the host user's home directory.
pub fn is_home_relative(path: &str) -> bool {
    HOME_PREFIXES.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Lexically normalises an absolute path: no `.`, `..`, doubled or trailing slashes. A home
/// directory prefix (`~`) stands for a directory under `/home`, where the user's SSH keys and
/// cloud credentials are.
pub fn normalize(path: &str) -> String {
    let home_rest = HOME_PREFIXES.iter().find_map(|prefix| {
        path.strip_prefix(prefix)
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    let expanded;
    let path = match home_rest {
        Some(rest) => {
            expanded = format!("/home/user{rest}");
            expanded.as_str()
        }
        None => path,
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

/// `child` is `parent` or lies under it.
pub fn is_within(child: &str, parent: &str) -> bool {
    parent == "/"
        || child == parent
        || (child.starts_with(parent) && child.as_bytes().get(parent.len()) == Some(&b'/'))
}

pub fn is_runtime_socket(path: &str) -> bool {
    let path = normalize(path);
    if RUNTIME_SOCKETS.iter().any(|s| *s == path) {
        return true;
    }
    if RUNTIME_SOCKET_NAMES
        .iter()
        .any(|name| path.rsplit('/').next() == Some(name))
    {
        return true;
    }
    // A parent directory of a socket, up to /run and /var/run themselves.
    RUNTIME_SOCKET_TOP_DIRS
        .iter()
        .any(|top| is_within(&path, top) && RUNTIME_SOCKETS.iter().any(|s| is_within(s, &path)))
}

pub fn is_public_data(path: &str) -> bool {
    let path = normalize(path);
    PUBLIC_READ_ONLY.iter().any(|p| is_within(&path, p))
}

/// The severity of mounting `path` from the host, or `None` when it is not sensitive.
///
/// A path under a sensitive one takes the severity of the closest sensitive parent (so
/// `/etc/kubernetes/pki` is high, `/etc/nginx` is critical); a parent of sensitive paths takes
/// the worst of what it contains (`/var` holds `/var/lib/kubelet`: critical).
pub fn sensitivity(path: &str) -> Option<Severity> {
    let path = normalize(path);
    let closest_parent = SENSITIVE
        .iter()
        .filter(|s| is_within(&path, s))
        .max_by_key(|s| s.len());
    if let Some(parent) = closest_parent.filter(|p| **p != "/" || path == "/") {
        return Some(severity_of(parent));
    }
    SENSITIVE
        .iter()
        .filter(|s| **s != "/" && is_within(s, &path))
        .map(|s| severity_of(s))
        .max()
}

fn severity_of(sensitive: &str) -> Severity {
    if CRITICAL.contains(&sensitive) {
        Severity::Critical
    } else {
        Severity::High
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sockets_and_their_parents() {
        assert!(is_runtime_socket("/var/run/docker.sock"));
        assert!(is_runtime_socket("/var/run/"));
        assert!(is_runtime_socket("/run/containerd"));
        assert!(is_runtime_socket("/run/user/1000/docker.sock"));
        assert!(!is_runtime_socket("/var"));
        assert!(!is_runtime_socket("/run/secrets"));
        assert!(!is_runtime_socket("/"));
    }

    #[test]
    fn sensitivity_by_closest_parent_and_by_contents() {
        assert_eq!(sensitivity("/"), Some(Severity::Critical));
        assert_eq!(sensitivity("/etc/nginx"), Some(Severity::Critical));
        assert_eq!(sensitivity("/etc/kubernetes/pki"), Some(Severity::High));
        assert_eq!(sensitivity("/proc/sys/"), Some(Severity::Critical));
        assert_eq!(sensitivity("/var"), Some(Severity::Critical));
        assert_eq!(sensitivity("/var/log/nginx"), Some(Severity::High));
        assert_eq!(sensitivity("/srv/data"), None);
        assert_eq!(sensitivity("/opt/app/../../etc"), Some(Severity::Critical));
        assert_eq!(sensitivity("~/.ssh"), Some(Severity::High));
        assert_eq!(sensitivity("${HOME}/.aws"), Some(Severity::High));
        assert_eq!(sensitivity("~backup/x"), None);
    }
}
