//! Namespaced sysctls that Kubernetes considers safe to set from a pod.

pub const SAFE: &[&str] = &[
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
];

/// `net/ipv4/tcp_syncookies` and `net.ipv4.tcp_syncookies` name the same sysctl.
pub fn is_safe(name: &str) -> bool {
    let dotted = name.trim().replace('/', ".");
    SAFE.contains(&dotted.as_str())
}
