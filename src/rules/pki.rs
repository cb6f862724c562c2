//! Certificates and keys: what a repository's key material hands an attacker.

use std::collections::BTreeMap;

use crate::data::key_names;
use crate::facts::{
    Certificate, KeyAlgorithm, KeyInfo, KeyLocation, KeyMaterial, KeyMaterialKind, PrivateKey,
    PrivateKeyFormat,
};
use crate::project::Project;
use crate::rules::{Finding, Findings, Settings, Severity};

const DAY: i64 = 24 * 60 * 60;

/// CA/Browser Forum limit for publicly trusted leaf certificates since 2020.
const MAX_LEAF_VALIDITY_DAYS: i64 = 398;

pub fn check(project: &Project, settings: &Settings, findings: &mut Findings) {
    let all: Vec<&KeyMaterial> = project.key_material().collect();
    let ca_certificates: Vec<(&KeyMaterial, &Certificate)> = all
        .iter()
        .filter_map(|m| m.certificate().map(|c| (*m, c)))
        .filter(|(_, c)| c.is_ca)
        .collect();
    for material in &all {
        match &material.kind {
            KeyMaterialKind::PrivateKey(key) => {
                private_key(project, material, key, &ca_certificates, findings);
            }
            KeyMaterialKind::Certificate(cert) => {
                certificate(project, settings, material, cert, findings);
            }
            KeyMaterialKind::KeyStore => {}
        }
    }
    key_certificate_mismatch(project, &all, findings);
    code_pairs(project, findings);
}

/// The name a finding uses for where the material lives: the Secret entry, or nothing for a
/// file (the path says it).
fn place(material: &KeyMaterial) -> String {
    match &material.location {
        KeyLocation::File => String::new(),
        KeyLocation::Secret { key, .. } => format!(" in Secret entry `{key}`"),
    }
}

fn object_of(material: &KeyMaterial) -> Option<&str> {
    match &material.location {
        KeyLocation::File => None,
        KeyLocation::Secret { object, .. } => Some(object),
    }
}

fn with_object(finding: Finding, material: &KeyMaterial) -> Finding {
    match object_of(material) {
        Some(object) => finding.object(object),
        None => finding,
    }
}

/// The name of the file or Secret entry the material is found under.
fn entry_name<'a>(project: &'a Project, material: &'a KeyMaterial) -> &'a str {
    match &material.location {
        KeyLocation::Secret { key, .. } => key,
        KeyLocation::File => project
            .files
            .get(material.file)
            .and_then(|f| f.disk_path.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or(""),
    }
}

fn key_description(key: &KeyInfo) -> String {
    match (&key.algorithm, key.bits) {
        (KeyAlgorithm::Rsa | KeyAlgorithm::Dsa, Some(bits)) => {
            format!("{}-{bits}", key.algorithm.name())
        }
        _ => key.algorithm.name(),
    }
}

fn format_name(format: PrivateKeyFormat) -> &'static str {
    match format {
        PrivateKeyFormat::Pkcs1 => "PKCS#1",
        PrivateKeyFormat::Pkcs8 => "PKCS#8",
        PrivateKeyFormat::EncryptedPkcs8 => "encrypted PKCS#8",
        PrivateKeyFormat::Sec1 => "SEC1",
        PrivateKeyFormat::Dsa => "OpenSSL DSA",
        PrivateKeyFormat::OpenSsh => "OpenSSH",
        PrivateKeyFormat::LegacyEncrypted => "legacy encrypted PEM",
    }
}

fn private_key(
    project: &Project,
    material: &KeyMaterial,
    key: &PrivateKey,
    ca_certificates: &[(&KeyMaterial, &Certificate)],
    findings: &mut Findings,
) {
    let file = material.file;
    let described = key_description(&key.key);
    if !key.encrypted {
        findings.push(with_object(
            Finding::new(
                "private-key-unencrypted",
                file,
                material.span,
                format!(
                    "unencrypted {described} private key ({}){}: anyone who can read the repository holds it",
                    format_name(key.format),
                    place(material)
                ),
            ),
            material,
        ));
    }
    if let Some(why) = weak_key(&key.key) {
        findings.push(with_object(
            Finding::new(
                "weak-key",
                file,
                material.span,
                format!("{described} private key{}: {why}", place(material)),
            ),
            material,
        ));
    }
    let matching_ca = key.key.public.as_ref().and_then(|public| {
        ca_certificates
            .iter()
            .find(|(_, cert)| cert.key.public.as_ref() == Some(public))
    });
    let name = entry_name(project, material);
    if let Some((ca_material, ca)) = matching_ca {
        // `openssl req -x509` marks every self-signed certificate CA:TRUE. When such a
        // certificate signs nothing in the tree it is a self-signed server certificate: its
        // key still mints certificates its pinning peers accept, but it is no issuing CA. It
        // names a host (a SAN, a host name as CN) where a CA names an organisation.
        let issues_others = project.key_material().any(|m| {
            m.certificate()
                .is_some_and(|c| !c.self_signed && c.issuer == ca.subject)
        });
        let names_a_host =
            ca.sans.is_some() || common_name(&ca.subject).is_some_and(looks_like_host);
        let finding = if ca.self_signed && !issues_others && names_a_host {
            Finding::new(
                "ca-key-exposed",
                file,
                material.span,
                format!(
                    "private key of the self-signed certificate `{}`{} is in the repository, and the certificate is marked CA:TRUE: any peer that trusts it also accepts certificates this key signs",
                    ca.subject,
                    place(material)
                ),
            )
            .severity(Severity::High)
        } else {
            Finding::new(
                "ca-key-exposed",
                file,
                material.span,
                format!(
                    "private key of the CA `{}`{} is in the repository: whoever holds it can mint certificates every peer that trusts this CA accepts",
                    ca.subject,
                    place(material)
                ),
            )
        };
        let finding = finding.related(ca_material.file, ca_material.span, "the CA certificate");
        findings.push(with_object(finding, material));
    } else if key_names::names_a_ca(name) {
        let severity = if key.encrypted {
            Severity::High
        } else {
            Severity::Critical
        };
        let encrypted = if key.encrypted {
            " (encrypted, but its passphrase is one leak away)"
        } else {
            ""
        };
        let finding = Finding::new(
            "ca-key-exposed",
            file,
            material.span,
            format!(
                "`{name}` is named like a CA private key{encrypted}: whoever holds a CA key can mint client certificates every mTLS peer trusts"
            ),
        )
        .severity(severity);
        findings.push(with_object(finding, material));
    }
}

/// Why a key is too weak, or `None`.
pub fn weak_key(key: &KeyInfo) -> Option<String> {
    match (&key.algorithm, key.bits) {
        (KeyAlgorithm::Dsa, _) => Some(
            "DSA is deprecated (FIPS 186-5) and removed from OpenSSH and TLS 1.3; use ECDSA P-256 or RSA-3072".into(),
        ),
        (KeyAlgorithm::Rsa, Some(bits)) if bits < 2048 => Some(format!(
            "{bits}-bit RSA is below the 2048-bit minimum and can be factored by a well-funded attacker"
        )),
        (KeyAlgorithm::Ec(curve), Some(bits)) if bits < 256 => Some(format!(
            "the curve {} gives {bits}-bit keys, below the 256-bit minimum",
            curve.as_deref().unwrap_or("in use")
        )),
        _ => None,
    }
}

fn certificate(
    project: &Project,
    settings: &Settings,
    material: &KeyMaterial,
    cert: &Certificate,
    findings: &mut Findings,
) {
    let _ = project;
    let file = material.file;
    let subject = if cert.subject.is_empty() {
        "(empty subject)".to_string()
    } else {
        cert.subject.clone()
    };
    let push = |findings: &mut Findings, finding: Finding| {
        let finding = match object_of(material) {
            Some(object) => finding.object(object),
            None => finding.object(&subject),
        };
        findings.push(finding);
    };
    let what = if cert.is_ca {
        "CA certificate"
    } else {
        "certificate"
    };
    if let Some(why) = weak_key(&cert.key) {
        push(
            findings,
            Finding::new(
                "weak-key",
                file,
                material.span,
                format!(
                    "{what} `{subject}` has {} {} key{}: {why}",
                    if cert.key.algorithm == KeyAlgorithm::Dsa {
                        "a"
                    } else {
                        "an"
                    },
                    key_description(&cert.key),
                    place(material)
                ),
            ),
        );
    }
    if let Some(hash) = cert.weak_signature_hash {
        let mut finding = Finding::new(
            "weak-signature",
            file,
            material.span,
            format!(
                "{what} `{subject}` is signed with {hash} ({}){}: {hash} collisions let an attacker forge a certificate with the same signature",
                cert.signature_algorithm,
                place(material)
            ),
        );
        if cert.self_signed {
            // A self-signed root is trusted by being in the trust store, not by its signature.
            finding = finding.severity(Severity::Low);
            finding.message = format!(
                "self-signed {what} `{subject}` is signed with {hash} ({}){}: harmless for a trust anchor, but tools that check every signature reject it",
                cert.signature_algorithm,
                place(material)
            );
        }
        push(findings, finding);
    }
    let now = settings.now;
    if cert.not_after < now {
        push(
            findings,
            Finding::new(
                "certificate-expired",
                file,
                material.span,
                format!(
                    "{what} `{subject}` expired on {} ({} ago){}",
                    date(cert.not_after),
                    days_text(now - cert.not_after),
                    place(material)
                ),
            ),
        );
    } else if cert.not_after - now < i64::from(settings.expiry_days) * DAY {
        push(
            findings,
            Finding::new(
                "certificate-expiring-soon",
                file,
                material.span,
                format!(
                    "{what} `{subject}` expires on {} (in {}, within {} days){}",
                    date(cert.not_after),
                    days_text(cert.not_after - now),
                    settings.expiry_days,
                    place(material)
                ),
            ),
        );
    }
    if cert.not_before > now {
        push(
            findings,
            Finding::new(
                "certificate-not-yet-valid",
                file,
                material.span,
                format!(
                    "{what} `{subject}` is not valid before {} (in {}){}: peers reject it until then",
                    date(cert.not_before),
                    days_text(cert.not_before - now),
                    place(material)
                ),
            ),
        );
    }
    if !cert.is_ca {
        let validity = cert.not_after.saturating_sub(cert.not_before);
        // Whole days, rounding up a partial day: 398 days and one second is 399 days.
        let days = validity.saturating_add(DAY - 1) / DAY;
        if days > MAX_LEAF_VALIDITY_DAYS {
            push(
                findings,
                Finding::new(
                    "certificate-long-validity",
                    file,
                    material.span,
                    format!(
                        "leaf certificate `{subject}` is valid for {days} days ({} to {}), more than {MAX_LEAF_VALIDITY_DAYS}: a stolen key stays useful that long{}",
                        date(cert.not_before),
                        date(cert.not_after),
                        place(material)
                    ),
                ),
            );
        }
        if cert.sans.is_none() && is_server_certificate(cert) {
            push(
                findings,
                Finding::new(
                    "certificate-missing-san",
                    file,
                    material.span,
                    format!(
                        "server certificate `{subject}` has no subjectAltName extension{}: Go, Chrome and other modern clients ignore the CN and reject it (RFC 9525)",
                        place(material)
                    ),
                ),
            );
        }
    }
}

/// A leaf used by servers: extendedKeyUsage lists serverAuth, or, without that extension,
/// its CN is a host name (a client certificate names a user or service, not a host).
fn is_server_certificate(cert: &Certificate) -> bool {
    match cert.server_auth {
        Some(server) => server,
        None => common_name(&cert.subject).is_some_and(looks_like_host),
    }
}

fn common_name(subject: &str) -> Option<&str> {
    subject
        .split([',', '+'])
        .map(str::trim)
        .find_map(|part| part.strip_prefix("CN="))
}

fn looks_like_host(name: &str) -> bool {
    name == "localhost"
        || (name.contains('.')
            && !name.contains(' ')
            && !name.contains('@')
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*' | '_' | ':')))
}

pub fn date(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::macros::format_description!("[year]-[month]-[day]"))
                .ok()
        })
        .unwrap_or_else(|| format!("@{unix}"))
}

fn days_text(seconds: i64) -> String {
    let days = seconds / DAY;
    match days {
        0 => {
            let hours = seconds / 3600;
            if hours == 1 {
                "1 hour".to_string()
            } else {
                format!("{hours} hours")
            }
        }
        1 => "1 day".to_string(),
        n => format!("{n} days"),
    }
}

/// Where a certificate and a key are paired: the same directory and file stem, or the same
/// Secret (and entry stem).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum PairKey {
    File(std::path::PathBuf, String),
    Secret(usize, String, String),
}

fn pair_key(project: &Project, material: &KeyMaterial) -> Option<PairKey> {
    match &material.location {
        KeyLocation::File => {
            let path = &project.files.get(material.file)?.disk_path;
            let name = path.file_name()?.to_str()?;
            Some(PairKey::File(
                path.parent()?.to_path_buf(),
                key_names::pair_stem(name),
            ))
        }
        KeyLocation::Secret { object, key, .. } => Some(PairKey::Secret(
            material.file,
            object.clone(),
            key_names::pair_stem(key),
        )),
    }
}

fn key_certificate_mismatch(project: &Project, all: &[&KeyMaterial], findings: &mut Findings) {
    // Per pair key: the certificates of each file (first block is the leaf) and the keys.
    #[derive(Default)]
    struct Pair<'a> {
        certificates: BTreeMap<(usize, String), Vec<&'a KeyMaterial>>,
        keys: Vec<&'a KeyMaterial>,
    }
    let mut pairs: BTreeMap<PairKey, Pair> = BTreeMap::new();
    for material in all {
        let Some(key) = pair_key(project, material) else {
            continue;
        };
        let entry_key = match &material.location {
            KeyLocation::Secret { key, .. } => key.clone(),
            KeyLocation::File => String::new(),
        };
        match &material.kind {
            KeyMaterialKind::Certificate(_) => pairs
                .entry(key)
                .or_default()
                .certificates
                .entry((material.file, entry_key))
                .or_default()
                .push(material),
            KeyMaterialKind::PrivateKey(_) => pairs.entry(key).or_default().keys.push(material),
            KeyMaterialKind::KeyStore => {}
        }
    }
    for pair in pairs.values() {
        for key_material in &pair.keys {
            let Some(public) = key_material
                .private_key()
                .and_then(|k| k.key.public.as_ref())
            else {
                continue;
            };
            for certificates in pair.certificates.values() {
                let Some(leaf) = certificates.iter().min_by_key(|m| m.index) else {
                    continue;
                };
                let Some(leaf_cert) = leaf.certificate() else {
                    continue;
                };
                let Some(cert_public) = leaf_cert.key.public.as_ref() else {
                    continue;
                };
                // A key may belong to any certificate of a bundle; only when it matches none
                // of them is the pair wrong.
                let matches_any = certificates.iter().any(|m| {
                    m.certificate()
                        .and_then(|c| c.key.public.as_ref())
                        .is_some_and(|p| p == public)
                });
                if matches_any || cert_public == public {
                    continue;
                }
                let key_name = entry_name(project, key_material);
                let key_path = match &key_material.location {
                    KeyLocation::File => project
                        .files
                        .get(key_material.file)
                        .map_or(key_name.to_string(), |f| f.display_path.clone()),
                    KeyLocation::Secret { key, .. } => format!("Secret entry `{key}`"),
                };
                let finding = Finding::new(
                    "key-certificate-mismatch",
                    leaf.file,
                    leaf.span,
                    format!(
                        "certificate `{}`{} does not match its key {key_path}: the TLS handshake fails, or the service is serving someone else's identity",
                        leaf_cert.subject,
                        place(leaf)
                    ),
                )
                .related(key_material.file, key_material.span, "the private key paired with it");
                let finding = match object_of(leaf) {
                    Some(object) => finding.object(object),
                    None => finding.object(&leaf_cert.subject),
                };
                findings.push(finding);
            }
        }
    }
}

/// A CA's private key: it matches a CA certificate of the tree, or is named like one.
pub fn is_ca_key(project: &Project, material: &KeyMaterial) -> bool {
    let Some(key) = material.private_key() else {
        return false;
    };
    let matches_ca = key.key.public.as_ref().is_some_and(|public| {
        project.key_material().any(|m| {
            m.certificate()
                .is_some_and(|c| c.is_ca && c.key.public.as_ref() == Some(public))
        })
    });
    matches_ca || key_names::names_a_ca(entry_name(project, material))
}

/// The file of the tree a path in service code names: a relative path from the code's
/// directory or one of its parents (the repository root), an absolute path (a container path
/// such as `/etc/inventory/tls/server.crt`) by its last two components when exactly one file
/// of the tree ends with them.
fn file_named_by_code(project: &Project, code_file: usize, path: &str) -> Option<usize> {
    let code = project.absolute_path(code_file)?;
    let has_material = |id: usize| {
        project
            .facts
            .get(id)
            .is_some_and(|f| !f.key_material.is_empty())
    };
    if !path.starts_with('/') {
        for dir in code.parent()?.ancestors().take(5) {
            let candidate = crate::discover::absolute(&dir.join(path), dir);
            if let Some(id) = project.file_at(&candidate).filter(|id| has_material(*id)) {
                return Some(id);
            }
        }
        return None;
    }
    let tail: Vec<&str> = path.rsplit('/').take(2).collect();
    let [name, parent] = tail.as_slice() else {
        return None;
    };
    let suffix = format!("/{parent}/{name}");
    let mut found = (0..project.files.len())
        .filter(|id| has_material(*id))
        .filter(|id| {
            project
                .absolute_path(*id)
                .is_some_and(|p| p.to_string_lossy().ends_with(&suffix))
        });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// `key-certificate-mismatch` for a certificate and key named together in one TLS
/// configuration of the service code (`tls.LoadX509KeyPair("tls/server.crt", "tls/server.key")`).
pub fn code_pairs(project: &Project, findings: &mut Findings) {
    for facts in &project.facts {
        for settings in &facts.tls {
            let (Some(cert_path), Some(key_path)) =
                (settings.cert_paths.first(), settings.key_paths.first())
            else {
                continue;
            };
            if settings.cert_paths.len() != 1 || settings.key_paths.len() != 1 {
                continue;
            }
            let (Some(cert_file), Some(key_file)) = (
                file_named_by_code(project, settings.file, &cert_path.value),
                file_named_by_code(project, settings.file, &key_path.value),
            ) else {
                continue;
            };
            let Some(key) = project.facts[key_file]
                .key_material
                .iter()
                .find(|m| m.location == KeyLocation::File && m.private_key().is_some())
            else {
                continue;
            };
            let Some(public) = key.private_key().and_then(|k| k.key.public.as_ref()) else {
                continue;
            };
            let certificates: Vec<&KeyMaterial> = project.facts[cert_file]
                .key_material
                .iter()
                .filter(|m| m.certificate().is_some())
                .collect();
            let Some(leaf) = certificates.iter().min_by_key(|m| m.index) else {
                continue;
            };
            let matches_any = certificates.iter().any(|m| {
                m.certificate()
                    .and_then(|c| c.key.public.as_ref())
                    .is_none_or(|p| p == public)
            });
            if matches_any {
                continue;
            }
            let Some(leaf_cert) = leaf.certificate() else {
                continue;
            };
            let key_shown = project
                .files
                .get(key_file)
                .map_or(String::new(), |f| f.display_path.clone());
            findings.push(
                Finding::new(
                    "key-certificate-mismatch",
                    leaf.file,
                    leaf.span,
                    format!(
                        "certificate `{}` does not match the key {key_shown} that {} loads with it: the TLS handshake fails, or the service is serving someone else's identity",
                        leaf_cert.subject, settings.api
                    ),
                )
                .object(&leaf_cert.subject)
                .related(key.file, key.span, "the private key paired with it")
                .related(settings.file, cert_path.span, "named together here"),
            );
        }
    }
}
