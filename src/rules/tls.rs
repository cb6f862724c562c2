//! TLS settings: verification switched off, client certificates asked for but not verified,
//! old protocol floors, weak or misspelled cipher suites, plaintext allowed.

use crate::data::ciphers::{self, Strength};
use crate::facts::{EnvVar, TlsRole, TlsSettings, TlsSource};
use crate::project::Project;
use crate::rules::{Finding, Findings, Severity};
use crate::source::{FileId, Span};

/// Go `ClientAuth` values that ask for a client certificate without verifying its chain.
const GO_UNVERIFIED_CLIENT_AUTH: &[&str] = &["RequestClientCert", "RequireAnyClientCert"];

pub fn check(project: &Project, findings: &mut Findings) {
    // One settings object's findings at a time, so that the budget sees them as they come.
    let mut batch = Vec::new();
    for facts in &project.facts {
        for settings in &facts.tls {
            verification(settings, &mut batch);
            client_verification(settings, &mut batch);
            protocol(settings, &mut batch);
            cipher_lists(settings, &mut batch);
            plaintext(settings, &mut batch);
            hand_over(project, &mut batch, findings);
        }
    }
    for (file, var, object) in crate::rules::env::environments(project) {
        environment(file, var, object.as_deref(), &mut batch);
        hand_over(project, &mut batch, findings);
    }
}

/// Test code talks to throw-away servers: whatever the rule, it is reported at low. The path is
/// judged below the scanned root: a checkout kept under `~/tests/` is not test code.
fn hand_over(project: &Project, batch: &mut Vec<Finding>, findings: &mut Findings) {
    for mut finding in batch.drain(..) {
        let in_test = path_in_root(project, finding.file).is_some_and(|p| is_test_code(&p));
        if in_test && finding.severity > Severity::Low {
            finding.severity = Severity::Low;
            finding.message.push_str(" (in test code)");
        }
        findings.push(finding);
    }
}

/// The file's path relative to the scanned root that holds it (`/` separators).
fn path_in_root(project: &Project, file: FileId) -> Option<String> {
    let source = project.files.get(file)?;
    let canonical = std::fs::canonicalize(&source.disk_path).ok();
    let relative = canonical.as_ref().and_then(|path| {
        project
            .roots
            .iter()
            .filter_map(|root| path.strip_prefix(root).ok())
            .min_by_key(|rest| rest.components().count())
    });
    Some(match relative {
        Some(rest) => rest
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        // A root given as a file: its name alone.
        None => source
            .disk_path
            .file_name()
            .map_or(source.display_path.clone(), |n| {
                n.to_string_lossy().into_owned()
            }),
    })
}

/// `*.spec.*`, `*.test.*`, `*_test.go`, and files under `test/`, `tests/`, `__tests__/`,
/// `e2e/`.
pub fn is_test_code(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.contains(".spec.")
        || name.contains(".test.")
        || name.ends_with("_test.go")
        || path
            .split('/')
            .rev()
            .skip(1)
            .any(|dir| matches!(dir, "test" | "tests" | "__tests__" | "e2e"))
}

fn finding(rule: &'static str, settings: &TlsSettings, span: Span, message: String) -> Finding {
    let finding = Finding::new(rule, settings.file, span, message);
    match &settings.object {
        Some(object) => finding.object(object),
        None => finding,
    }
}

fn verification(settings: &TlsSettings, out: &mut Vec<Finding>) {
    if let Some(reject) = &settings.reject_unauthorized
        && !reject.value
        && !asks_for_client_certificates(settings)
    {
        let message = if settings.api.starts_with("process.env")
            || settings.api.contains("NODE_TLS_REJECT_UNAUTHORIZED")
        {
            "`NODE_TLS_REJECT_UNAUTHORIZED = '0'` turns off certificate verification for every TLS connection the process makes: anyone on the path can impersonate the servers it talks to".to_string()
        } else {
            format!(
                "`rejectUnauthorized: false` in the options of {} turns off certificate verification: anyone on the path can impersonate the peer",
                settings.api
            )
        };
        out.push(finding(
            "tls-verification-disabled",
            settings,
            reject.span,
            message,
        ));
    }
    if let Some(skip) = &settings.insecure_skip_verify
        && skip.value
    {
        out.push(finding(
            "tls-verification-disabled",
            settings,
            skip.span,
            "`InsecureSkipVerify: true` accepts any certificate from the server: anyone on the path can impersonate it".to_string(),
        ));
    }
    for callback in &settings.callbacks {
        if callback.trivial && callback.name == "checkServerIdentity" {
            out.push(finding(
                "tls-verification-disabled",
                settings,
                callback.span,
                "`checkServerIdentity` returns nothing, so every host name is accepted: a certificate for any domain impersonates this server".to_string(),
            ));
        }
    }
}

/// A Node server that asks clients for certificates (`requestCert: true`).
fn asks_for_client_certificates(settings: &TlsSettings) -> bool {
    settings.role != TlsRole::Client && settings.request_cert.as_ref().is_some_and(|r| r.value)
}

fn client_verification(settings: &TlsSettings, out: &mut Vec<Finding>) {
    // Node: `requestCert: true` with `rejectUnauthorized: false` accepts any client certificate.
    if asks_for_client_certificates(settings)
        && let Some(reject) = &settings.reject_unauthorized
        && !reject.value
    {
        let mut f = finding(
            "mtls-client-not-verified",
            settings,
            reject.span,
            format!(
                "{} asks clients for a certificate (`requestCert: true`) but accepts any, unverified (`rejectUnauthorized: false`): a self-made certificate passes mutual TLS",
                settings.api
            ),
        );
        if let Some(request) = &settings.request_cert {
            f = f.related(
                settings.file,
                request.span,
                "client certificates requested here",
            );
        }
        out.push(f);
        return;
    }
    let trivial_callback = settings.callbacks.iter().find(|c| {
        c.trivial
            && matches!(
                c.name.as_str(),
                "VerifyPeerCertificate" | "VerifyConnection"
            )
    });
    let working_callback = settings.callbacks.iter().any(|c| {
        !c.trivial
            && matches!(
                c.name.as_str(),
                "VerifyPeerCertificate" | "VerifyConnection"
            )
    });
    match &settings.client_auth {
        Some(auth)
            if GO_UNVERIFIED_CLIENT_AUTH.contains(&auth.value.as_str()) && !working_callback =>
        {
            let (field, fix) = if settings.source == TlsSource::Kubernetes {
                ("clientAuthType", "`RequireAndVerifyClientCert`")
            } else {
                (
                    "ClientAuth",
                    "`tls.RequireAndVerifyClientCert` with `ClientCAs`",
                )
            };
            let mut f = finding(
                "mtls-client-not-verified",
                settings,
                auth.span,
                format!(
                    "`{field}: {}` asks for a client certificate but does not verify its chain{}: any self-made certificate passes; use {fix}",
                    auth.value,
                    if trivial_callback.is_some() {
                        ", and the verification callback only returns nil"
                    } else {
                        ""
                    }
                ),
            );
            if let Some(callback) = trivial_callback {
                f = f.related(
                    settings.file,
                    callback.span,
                    format!("`{}` does no verification", callback.name),
                );
            }
            out.push(f);
        }
        None if settings.source == TlsSource::Go && settings.role != TlsRole::Client => {
            if let Some(callback) = trivial_callback {
                out.push(finding(
                    "mtls-client-not-verified",
                    settings,
                    callback.span,
                    format!(
                        "`{}` only returns nil and `ClientAuth` is not set to verify chains: client certificates are not verified",
                        callback.name
                    ),
                ));
            }
        }
        _ => {}
    }
}

/// Protocol names below TLS 1.2, as the libraries and objects spell them.
fn is_weak_protocol(value: &str) -> bool {
    let v = value.trim();
    matches!(
        v,
        "TLSv1"
            | "TLSv1.0"
            | "TLSv1.1"
            | "SSLv3"
            | "SSLv2"
            | "VersionSSL30"
            | "VersionTLS10"
            | "VersionTLS11"
            | "tls.VersionSSL30"
            | "tls.VersionTLS10"
            | "tls.VersionTLS11"
            | "0x0300"
            | "0x0301"
            | "0x0302"
            | "TLSV1_0"
            | "TLSV1_1"
    )
}

fn protocol(settings: &TlsSettings, out: &mut Vec<Finding>) {
    if let Some(min) = &settings.min_version {
        // ingress-nginx lists every protocol it enables: `TLSv1 TLSv1.1 TLSv1.2`.
        let weak: Vec<&str> = min
            .value
            .split_ascii_whitespace()
            .filter(|p| is_weak_protocol(p))
            .collect();
        if !weak.is_empty() {
            out.push(finding(
                "tls-weak-protocol",
                settings,
                min.span,
                format!(
                    "{} allows {}: TLS below 1.2 has known attacks (BEAST, POODLE) and no modern cipher suites; set the minimum to TLS 1.2",
                    settings.api,
                    weak.join(" and ")
                ),
            ));
        }
    } else if settings.source == TlsSource::Go
        && settings.role == TlsRole::Server
        && settings.api.contains("tls.Config")
    {
        out.push(
            finding(
                "tls-weak-protocol",
                settings,
                settings.span,
                "server `tls.Config` sets no `MinVersion`: Go before 1.22 accepts TLS 1.0 from clients; set `MinVersion: tls.VersionTLS12`".to_string(),
            )
            .severity(Severity::Low),
        );
    }
    if let Some(protocol) = &settings.secure_protocol {
        let method = protocol.value.as_str();
        let weak = [
            "SSLv2_",
            "SSLv3_",
            "TLSv1_method",
            "TLSv1_server",
            "TLSv1_client",
            "TLSv1_1_",
        ]
        .iter()
        .any(|p| method.starts_with(p));
        if weak {
            out.push(finding(
                "tls-weak-protocol",
                settings,
                protocol.span,
                format!(
                    "`secureProtocol: '{method}'` pins {} to a protocol below TLS 1.2; use `minVersion: 'TLSv1.2'`",
                    settings.api
                ),
            ));
        }
    }
}

/// Lists of single suite names (Go constants, Traefik and Istio `cipherSuites`), as opposed to
/// OpenSSL cipher strings (Node `ciphers`, ingress-nginx `ssl-ciphers`).
fn is_name_list(settings: &TlsSettings) -> bool {
    settings.source == TlsSource::Go
        || settings.api.contains("Traefik")
        || settings.api.contains("Istio")
}

/// A suite written as a number: `0xc02f`, `49199`.
fn parse_code(text: &str) -> Option<u16> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u16::from_str_radix(hex, 16).ok(),
        None if text.chars().all(|c| c.is_ascii_digit()) => text.parse().ok(),
        None => None,
    }
}

/// The span of `len` bytes at `offset` in a cipher list element, or the element's span when
/// its text does not map byte for byte onto the file (escapes, folded YAML).
fn sub_span(element: &crate::facts::Spanned<String>, offset: usize, len: usize) -> Span {
    if element.span.end - element.span.start == element.value.len() {
        Span::new(
            element.span.start + offset,
            element.span.start + offset + len,
        )
    } else {
        element.span
    }
}

fn cipher_lists(settings: &TlsSettings, out: &mut Vec<Finding>) {
    for element in &settings.ciphers {
        if is_name_list(settings) {
            let name = element.value.trim();
            let bare = name.rsplit('.').next().unwrap_or(name);
            // Go may list suites by number (`0xc02f`); anything else that is not a suite
            // constant (`suites.Modern`, a variable) is an expression caulk cannot read.
            let by_code = parse_code(bare)
                .and_then(|code| ciphers::suites().iter().find(|suite| suite.code == code));
            if settings.source == TlsSource::Go && by_code.is_none() && !bare.starts_with("TLS_") {
                continue;
            }
            match by_code.or_else(|| ciphers::lookup_name(bare)) {
                Some(suite) if suite.strength != Strength::Strong => {
                    out.push(weak_cipher(settings, element.span, bare, &[suite]));
                }
                Some(_) => {}
                None => out.push(unknown_cipher(settings, element.span, bare)),
            }
            continue;
        }
        let report = significant(ciphers::evaluate(&element.value));
        // One finding per token that enables weak suites.
        let mut by_token: Vec<(ciphers::Token, Vec<&'static ciphers::Suite>)> = Vec::new();
        for weak in &report.weak {
            match by_token.iter_mut().find(|(t, _)| *t == weak.token) {
                Some((_, suites)) => suites.push(weak.suite),
                None => by_token.push((weak.token.clone(), vec![weak.suite])),
            }
        }
        for (token, suites) in by_token {
            let span = sub_span(element, token.offset, token.len);
            out.push(weak_cipher(settings, span, &token.text, &suites));
        }
        for token in &report.unknown {
            let span = sub_span(element, token.offset, token.len);
            out.push(unknown_cipher(settings, span, &token.text));
        }
    }
}

/// Drops the pre-shared-key and SRP suites a keyword such as `HIGH` brings in without
/// forward secrecy: a server negotiates them only when a PSK or SRP verifier is configured, so
/// they weaken nothing in an ordinary certificate-based setup. Named explicitly, they count.
fn significant(mut report: ciphers::CipherStringReport) -> ciphers::CipherStringReport {
    report.weak.retain(|weak| {
        let suite = weak.suite;
        let needs_secret = suite.kx.contains("PSK") || suite.kx.contains("SRP");
        let named =
            suite.openssl == Some(weak.token.text.as_str()) || suite.iana == weak.token.text;
        !(suite.strength == Strength::NoForwardSecrecy && needs_secret && !named)
    });
    report
}

fn weak_cipher(
    settings: &TlsSettings,
    span: Span,
    token: &str,
    suites: &[&'static ciphers::Suite],
) -> Finding {
    let weakest = suites
        .iter()
        .map(|s| s.strength)
        .max_by_key(|s| match s {
            Strength::Weak => 2,
            Strength::NoForwardSecrecy => 1,
            Strength::Strong => 0,
        })
        .unwrap_or(Strength::Weak);
    let mut reasons: Vec<&str> = suites
        .iter()
        .map(|s| s.weakness)
        .filter(|w| !w.is_empty())
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    let names: Vec<&str> = suites
        .iter()
        .take(3)
        .map(|s| s.openssl.unwrap_or(s.iana))
        .collect();
    let more = if suites.len() > 3 {
        format!(" and {} more", suites.len() - 3)
    } else {
        String::new()
    };
    let enabled = if names.len() == 1 && names[0] == token {
        format!("`{token}`")
    } else {
        format!("`{token}` enables {}{more}", names.join(", "))
    };
    let f = finding(
        "tls-weak-cipher",
        settings,
        span,
        format!(
            "the cipher list of {} is weak: {enabled} ({})",
            settings.api,
            reasons.join(", ")
        ),
    );
    if weakest == Strength::NoForwardSecrecy {
        f.severity(Severity::Medium)
    } else {
        f
    }
}

fn unknown_cipher(settings: &TlsSettings, span: Span, name: &str) -> Finding {
    finding(
        "tls-unknown-cipher",
        settings,
        span,
        format!(
            "`{name}` in the cipher list of {} is not a cipher suite OpenSSL, Go or the IANA registry knows: the library silently drops it, so the list is not what it says",
            settings.api
        ),
    )
}

fn plaintext(settings: &TlsSettings, out: &mut Vec<Finding>) {
    if let Some(setting) = &settings.plaintext {
        out.push(finding(
            "tls-plaintext-allowed",
            settings,
            setting.span,
            format!(
                "`{}` on {} lets traffic through unencrypted: anyone on the network path reads and changes it",
                setting.value,
                settings.object.as_deref().unwrap_or(&settings.api)
            ),
        ));
    }
}

/// `NODE_TLS_REJECT_UNAUTHORIZED=0` and `NODE_OPTIONS` TLS flags in an environment.
fn environment(file: FileId, var: &EnvVar, object: Option<&str>, out: &mut Vec<Finding>) {
    let Some(value) = var.value.as_deref() else {
        return;
    };
    let with_object = |f: Finding| match object {
        Some(object) => f.object(object),
        None => f,
    };
    if var.name == "NODE_TLS_REJECT_UNAUTHORIZED" && value.trim() == "0" {
        out.push(with_object(Finding::new(
            "tls-verification-disabled",
            file,
            var.span,
            "`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off certificate verification for every TLS connection the Node process makes: anyone on the path can impersonate the servers it talks to".to_string(),
        )));
    }
    if var.name == "NODE_OPTIONS" {
        for flag in value.split_ascii_whitespace() {
            if flag == "--tls-min-v1.0" || flag == "--tls-min-v1.1" {
                out.push(with_object(Finding::new(
                    "tls-weak-protocol",
                    file,
                    var.span,
                    format!("`NODE_OPTIONS` sets `{flag}`: Node accepts TLS below 1.2 for every connection"),
                )));
            }
            if let Some(list) = flag.strip_prefix("--tls-cipher-list=") {
                let list = list.trim_matches(['"', '\'']);
                let report = significant(ciphers::evaluate(list));
                if !report.weak.is_empty() {
                    let mut reasons: Vec<&str> =
                        report.weak.iter().map(|w| w.suite.weakness).collect();
                    reasons.sort_unstable();
                    reasons.dedup();
                    let tokens: Vec<&str> =
                        report.weak.iter().map(|w| w.token.text.as_str()).collect();
                    let mut tokens = tokens;
                    tokens.dedup();
                    let f = Finding::new(
                        "tls-weak-cipher",
                        file,
                        var.span,
                        format!(
                            "`NODE_OPTIONS` `--tls-cipher-list` enables weak suites through {} ({})",
                            tokens
                                .iter()
                                .map(|t| format!("`{t}`"))
                                .collect::<Vec<_>>()
                                .join(", "),
                            reasons.join(", ")
                        ),
                    );
                    let only_no_pfs = report
                        .weak
                        .iter()
                        .all(|w| w.suite.strength == Strength::NoForwardSecrecy);
                    out.push(with_object(if only_no_pfs {
                        f.severity(Severity::Medium)
                    } else {
                        f
                    }));
                }
                for token in &report.unknown {
                    out.push(with_object(Finding::new(
                        "tls-unknown-cipher",
                        file,
                        var.span,
                        format!(
                            "`{}` in `NODE_OPTIONS` `--tls-cipher-list` is not a cipher suite OpenSSL knows: Node silently drops it",
                            token.text
                        ),
                    )));
                }
            }
        }
    }
}
