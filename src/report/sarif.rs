//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
//!
//! One run. `tool.driver.rules` holds every rule's metadata (sorted by ID, so `ruleIndex` is
//! stable); results follow the report's order. Columns count Unicode scalar values, as every
//! caulk report does, and the run says so (`columnKind: unicodeCodePoints`; SARIF's default is
//! UTF-16 code units). No source text is copied into the log (no `snippet`): a finding may
//! point at a secret.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::Report;
use crate::fingerprint::fingerprints;
use crate::rules::{self, RuleMeta, Severity};
use crate::source::{SourceFile, Span};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// The base ID of relative artifact URIs: the directory caulk ran in.
const SRCROOT: &str = "%SRCROOT%";
/// The key of caulk's fingerprint in `partialFingerprints`; bump the version if
/// [`crate::fingerprint`] ever changes what it hashes.
const FINGERPRINT_KEY: &str = "caulk/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<BTreeMap<&'static str, ArtifactLocation>>,
    column_kind: &'static str,
    invocations: [Invocation<'a>; 1],
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: String,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Help<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'a str>,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Help<'a> {
    text: &'a str,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: [&'static str; 2],
    /// GitHub code scanning ranks security alerts by this: a number from 0.0 to 10.0, as a
    /// string.
    #[serde(rename = "security-severity")]
    security_severity: &'static str,
    /// caulk's own default severity.
    severity: Severity,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification<'a>>,
}

#[derive(Serialize)]
struct Notification<'a> {
    level: &'static str,
    message: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

/// 1-based; `end_column` is the column after the region's last character, as in the JSON
/// report.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    /// The finding's severity (a config can change it from the rule's default).
    severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    object: Option<&'a str>,
}

/// SARIF `level` of a caulk severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub code scanning's `security-severity`: over 9.0 is critical, 7.0–8.9 high, 4.0–6.9
/// medium, 0.1–3.9 low.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// The section of the rule catalog a rule belongs to, as a SARIF tag.
fn family(id: &str) -> &'static str {
    match id {
        "run-as-root"
        | "privileged-container"
        | "privilege-escalation-allowed"
        | "dangerous-capability"
        | "capabilities-not-dropped"
        | "runtime-socket-mount"
        | "sensitive-host-mount"
        | "host-path-mount"
        | "host-network"
        | "host-pid"
        | "host-ipc"
        | "host-user-namespace"
        | "writable-root-filesystem"
        | "seccomp-profile-not-set"
        | "seccomp-unconfined"
        | "apparmor-unconfined"
        | "host-device"
        | "unmasked-proc-mount"
        | "unsafe-sysctl"
        | "service-account-token-mounted" => "isolation",
        "rbac-wildcard"
        | "rbac-dangerous-permission"
        | "rbac-cluster-admin-binding"
        | "missing-network-policy" => "access",
        "secret-in-environment"
        | "private-key-in-image"
        | "loose-key-permissions"
        | "key-material-writable-mount"
        | "insecure-download" => "secrets",
        "mtls-client-not-verified" => "tls",
        id if id.starts_with("tls-") => "tls",
        "private-key-unencrypted"
        | "ca-key-exposed"
        | "weak-key"
        | "weak-signature"
        | "key-certificate-mismatch" => "certificates",
        id if id.starts_with("certificate-") => "certificates",
        "parse-error" => "meta",
        _ => "other",
    }
}

/// `runtime-socket-mount` → `RuntimeSocketMount`.
fn camel_case(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn help_markdown(meta: &RuleMeta) -> String {
    let mut out = format!(
        "{}\n\n**Fix:** {}\n",
        meta.rationale.trim(),
        meta.fix.trim()
    );
    if !meta.references.is_empty() {
        out.push_str("\n**References**\n\n");
        for reference in &meta.references {
            out.push_str(&format!("- <{reference}>\n"));
        }
    }
    out
}

fn rule(meta: &RuleMeta) -> Rule<'_> {
    Rule {
        id: &meta.id,
        name: camel_case(&meta.id),
        short_description: Text { text: &meta.title },
        full_description: Text {
            text: meta.rationale.trim(),
        },
        help: Help {
            text: meta.fix.trim(),
            markdown: help_markdown(meta),
        },
        help_uri: meta.references.first().map(String::as_str),
        default_configuration: Configuration {
            level: level(meta.severity),
        },
        properties: RuleProperties {
            tags: ["security", family(&meta.id)],
            security_severity: security_severity(meta.severity),
            severity: meta.severity,
        },
    }
}

/// Characters kept as they are in a URI path: RFC 3986's unreserved set and `/`.
fn keep_in_uri(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/')
}

/// Percent-encodes a path (UTF-8, `/` separators) for a URI.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &byte in path.as_bytes() {
        if keep_in_uri(byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `file:///…` of an absolute path; with `dir` the URI ends in `/`.
fn file_uri(path: &Path, dir: bool) -> String {
    let mut text = path.to_string_lossy().replace('\\', "/");
    if !text.starts_with('/') {
        // A Windows drive path: file:///C:/…
        text.insert(0, '/');
    }
    if dir && !text.ends_with('/') {
        text.push('/');
    }
    format!("file://{}", percent_encode(&text))
}

/// A file's location: relative to `%SRCROOT%` (the current directory) when its display path
/// is under it, else an absolute `file://` URI.
fn artifact(file: &SourceFile, cwd: Option<&Path>) -> ArtifactLocation {
    let shown = &file.display_path;
    let outside = shown.starts_with('/') || shown == ".." || shown.starts_with("../");
    if !outside {
        return ArtifactLocation {
            uri: percent_encode(shown),
            uri_base_id: Some(SRCROOT),
        };
    }
    let absolute = match cwd {
        Some(cwd) => crate::discover::absolute(&file.disk_path, cwd),
        None if file.disk_path.is_absolute() => {
            crate::discover::absolute(&file.disk_path, Path::new("/"))
        }
        // No current directory to resolve `../x` against: the path as given.
        None => {
            return ArtifactLocation {
                uri: percent_encode(shown),
                uri_base_id: None,
            };
        }
    };
    ArtifactLocation {
        uri: file_uri(&absolute, false),
        uri_base_id: None,
    }
}

fn region(file: &SourceFile, span: Span) -> Region {
    let start = file.position(span.start);
    let end = file.position(span.end);
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

pub fn render(report: &Report) -> String {
    let files = &report.project.files;
    let cwd = std::env::current_dir().ok();
    let cwd = cwd.as_deref();
    let all = rules::all();
    let index: BTreeMap<&str, usize> = all
        .iter()
        .enumerate()
        .map(|(i, meta)| (meta.id.as_str(), i))
        .collect();
    let fingerprints = fingerprints(&report.project, &report.findings);
    let results = report
        .findings
        .iter()
        .zip(fingerprints)
        .map(|(finding, fingerprint)| {
            let file = &files[finding.file];
            let related = finding
                .related
                .iter()
                .enumerate()
                .map(|(i, related)| {
                    let file = &files[related.file];
                    Location {
                        id: Some(i + 1),
                        physical_location: PhysicalLocation {
                            artifact_location: artifact(file, cwd),
                            region: region(file, related.span),
                        },
                        message: Some(Text {
                            text: &related.message,
                        }),
                    }
                })
                .collect();
            SarifResult {
                rule_id: finding.rule,
                rule_index: index.get(finding.rule).copied(),
                level: level(finding.severity),
                message: Text {
                    text: &finding.message,
                },
                locations: [Location {
                    id: None,
                    physical_location: PhysicalLocation {
                        artifact_location: artifact(file, cwd),
                        region: region(file, finding.span),
                    },
                    message: None,
                }],
                related_locations: related,
                partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint)]),
                properties: ResultProperties {
                    severity: finding.severity,
                    object: finding.object.as_deref(),
                },
            }
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "caulk",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: option_env!("CARGO_PKG_REPOSITORY")
                        .filter(|uri| !uri.is_empty())
                        .or(option_env!("CARGO_PKG_HOMEPAGE").filter(|uri| !uri.is_empty())),
                    rules: all.iter().map(rule).collect(),
                },
            },
            original_uri_base_ids: cwd.map(|cwd| {
                BTreeMap::from([(
                    SRCROOT,
                    ArtifactLocation {
                        uri: file_uri(cwd, true),
                        uri_base_id: None,
                    },
                )])
            }),
            column_kind: "unicodeCodePoints",
            invocations: [Invocation {
                execution_successful: true,
                tool_execution_notifications: report
                    .notes
                    .iter()
                    .map(|note| Notification {
                        level: "note",
                        message: Text { text: note },
                    })
                    .collect(),
            }],
            results,
        }],
    };
    let mut text =
        serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_family() {
        for meta in rules::all() {
            assert_ne!(
                family(&meta.id),
                "other",
                "{} has no SARIF family tag",
                meta.id
            );
        }
    }

    #[test]
    fn rule_names_are_camel_case() {
        assert_eq!(camel_case("runtime-socket-mount"), "RuntimeSocketMount");
        assert_eq!(camel_case("tls-weak-cipher"), "TlsWeakCipher");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            file_uri(Path::new("/home/a b/ü#x"), true),
            "file:///home/a%20b/%C3%BC%23x/"
        );
        assert_eq!(percent_encode("a:b/c,d%e"), "a%3Ab/c%2Cd%25e");
    }
}
