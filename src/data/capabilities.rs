//! Linux capabilities that hand a container a way out of its isolation.

/// Capabilities whose addition is reported by `dangerous-capability`.
pub const DANGEROUS: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_PTRACE",
    "SYS_RAWIO",
    "SYS_BOOT",
    "SYS_TIME",
    "DAC_READ_SEARCH",
    "DAC_OVERRIDE",
    "NET_ADMIN",
    "NET_RAW",
    "BPF",
    "PERFMON",
    "MKNOD",
    "SETFCAP",
    "SYSLOG",
    "MAC_ADMIN",
    "MAC_OVERRIDE",
    "LINUX_IMMUTABLE",
];

/// The subset that is a near-certain escape: reported at critical.
pub const CRITICAL: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_PTRACE",
    "DAC_READ_SEARCH",
    "BPF",
];

/// `cap_sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are the same capability.
pub fn canonical(name: &str) -> String {
    let upper = name.trim().to_ascii_uppercase();
    upper.strip_prefix("CAP_").unwrap_or(&upper).to_string()
}

pub fn is_dangerous(name: &str) -> bool {
    DANGEROUS.contains(&canonical(name).as_str())
}

pub fn is_critical(name: &str) -> bool {
    CRITICAL.contains(&canonical(name).as_str())
}
