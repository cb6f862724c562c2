//! Build and environment hygiene: literal secrets in environments, and downloads that switch
//! certificate verification off.

use crate::data::secret_patterns;
use crate::facts::EnvVar;
use crate::parse::dockerfile::RunCommand;
use crate::project::Project;
use crate::rules::env::environments;
use crate::rules::{Finding, Findings, Severity};
use crate::source::FileId;

pub fn check(project: &Project, findings: &mut Findings) {
    for (file, var, object) in environments(project) {
        let expansion = crate::rules::env::expansion_of(project, file);
        if let Some(f) = secret_in_environment(file, var, expansion) {
            findings.push(with_object(f, object.as_deref()));
        }
        if let Some(f) = insecure_variable(file, var) {
            findings.push(with_object(f, object.as_deref()));
        }
    }
    for (file, facts) in project.facts.iter().enumerate() {
        let Some(dockerfile) = &facts.dockerfile else {
            continue;
        };
        for stage in &dockerfile.stages {
            let object = format!(
                "stage {}",
                stage
                    .name
                    .clone()
                    .unwrap_or_else(|| stage.index.to_string())
            );
            for command in &stage.commands {
                if let Some(f) = insecure_command(file, command) {
                    findings.push(f.object(&object));
                }
            }
            for copy in stage.copies.iter().filter(|c| c.is_add) {
                for source in &copy.sources {
                    if source.value.to_ascii_lowercase().starts_with("http://") {
                        // Only the host is shown: a URL can carry a password or a token.
                        let rest = &source.value["http://".len()..];
                        let authority = rest.split('/').next().unwrap_or("");
                        let host = authority.rsplit('@').next().unwrap_or(authority);
                        findings.push(
                            Finding::new(
                                "insecure-download",
                                file,
                                source.span,
                                format!(
                                    "`ADD http://{host}/…` downloads over plain HTTP: anyone on the path can swap what goes into the image"
                                ),
                            )
                            .object(&object)
                            .redact(source.span),
                        );
                    }
                }
            }
        }
    }
}

fn with_object(finding: Finding, object: Option<&str>) -> Finding {
    match object {
        Some(object) => finding.object(object),
        None => finding,
    }
}

fn secret_in_environment(
    file: FileId,
    var: &EnvVar,
    expansion: crate::rules::env::Expansion,
) -> Option<Finding> {
    let value = var.value.as_deref()?;
    let reference = match expansion {
        crate::rules::env::Expansion::Kubernetes => secret_patterns::is_kubernetes_reference(value),
        crate::rules::env::Expansion::Shell => secret_patterns::is_reference(value),
    };
    if value.trim().is_empty() || reference || is_setting(value) {
        return None;
    }
    let shown = secret_patterns::redacted(value);
    let finding = if let Some(format) = secret_patterns::token_format(value) {
        Finding::new(
            "secret-in-environment",
            file,
            var.span,
            format!(
                "`{}` holds {format} as a literal ({shown}): everyone who can read this file, the image or the pod spec has it",
                var.name
            ),
        )
    } else if secret_patterns::is_secret_name(&var.name) {
        if secret_patterns::is_path(value) {
            return None;
        }
        if secret_patterns::is_placeholder(value) || secret_patterns::repeats_name(&var.name, value)
        {
            Finding::new(
                "secret-in-environment",
                file,
                var.span,
                format!(
                    "`{}` is set to a placeholder ({shown}): if it ever ships, the secret is a well-known word",
                    var.name
                ),
            )
            .severity(Severity::Low)
        } else {
            Finding::new(
                "secret-in-environment",
                file,
                var.span,
                format!(
                    "`{}` holds a literal secret ({shown}): everyone who can read this file, the image or the pod spec has it",
                    var.name
                ),
            )
        }
    } else {
        return None;
    };
    Some(finding.redact(var.value_span))
}

/// Values that are settings, not secrets, whatever the name says (`PASSWORD_MIN_LENGTH=12`,
/// `TOKEN_AUTH_ENABLED=true`): booleans and numbers of at most three digits.
fn is_setting(value: &str) -> bool {
    let v = value.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
    matches!(
        v.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "enabled" | "disabled"
    ) || (v.len() <= 3 && !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
}

/// Values that turn a download tool's verification off.
fn is_false(value: &str) -> bool {
    matches!(
        value
            .trim()
            .trim_matches(['"', '\''])
            .to_ascii_lowercase()
            .as_str(),
        "false" | "0" | "no" | "off"
    )
}

fn insecure_variable(file: FileId, var: &EnvVar) -> Option<Finding> {
    let value = var.value.as_deref().unwrap_or("");
    let name = var.name.to_ascii_uppercase();
    let why = match name.as_str() {
        // git turns verification off when the variable exists, whatever its value.
        "GIT_SSL_NO_VERIFY" => "`GIT_SSL_NO_VERIFY` is set: git skips certificate verification whenever the variable exists, even as `0` or empty".to_string(),
        "NPM_CONFIG_STRICT_SSL" if is_false(value) => {
            format!("`{}={value}` turns off certificate verification for npm", var.name)
        }
        "PIP_TRUSTED_HOST" if !value.trim().is_empty() => format!(
            "`PIP_TRUSTED_HOST` makes pip accept any certificate (or plain HTTP) from {value}"
        ),
        "PYTHONHTTPSVERIFY" if value.trim() == "0" => {
            "`PYTHONHTTPSVERIFY=0` turns off certificate verification for Python's HTTPS clients".to_string()
        }
        "CURL_INSECURE" if !is_false(value) && !value.trim().is_empty() => {
            "`CURL_INSECURE` asks curl wrappers to skip certificate verification".to_string()
        }
        "CURL_OPTIONS" | "CURL_OPTS"
            if value
                .split_ascii_whitespace()
                .any(|w| w == "-k" || w == "--insecure") =>
        {
            format!("`{}` passes `--insecure` to curl", var.name)
        }
        "WGETRC" | "WGET_OPTIONS"
            if value.contains("check_certificate") && value.contains("off")
                || value.contains("--no-check-certificate") =>
        {
            format!("`{}` turns off wget's certificate check", var.name)
        }
        _ => return None,
    };
    // Only the variable's name and our own text are shown; values are not secrets here.
    Some(Finding::new(
        "insecure-download",
        file,
        var.span,
        format!("{why}: anyone on the path can swap the packages or sources it fetches"),
    ))
}

fn insecure_command(file: FileId, command: &RunCommand) -> Option<Finding> {
    let words = &command.words;
    let (program, first_arg) = command.program()?;
    let args = words.get(first_arg..).unwrap_or_default();
    let arg = |i: usize| args.get(i).map(|w| w.value.as_str());
    let found = |i: usize, why: String| {
        let span = args.get(i).map_or(command.span, |w| w.span);
        Finding::new(
            "insecure-download",
            file,
            span,
            format!("{why}: anyone on the path can swap what the build downloads"),
        )
    };
    // Each program matched here is listed in `data::download_tools`: the Dockerfile parser
    // keeps only the commands that run one.
    match program {
        "curl" => {
            // Short options that take an argument end a cluster: in `-ok` the `k` is the file
            // name `-o` writes to.
            const TAKES_ARGUMENT: &str = "AbcCdDeEFHKmoPQrtTuUwxXYyz";
            for (i, word) in args.iter().enumerate() {
                let text = word.value.as_str();
                if text == "--" {
                    break;
                }
                let short_k = text.strip_prefix('-').is_some_and(|cluster| {
                    !cluster.starts_with('-')
                        && cluster
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric())
                            .scan(false, |ended, c| {
                                if *ended {
                                    return None;
                                }
                                *ended = TAKES_ARGUMENT.contains(c);
                                Some(c)
                            })
                            .any(|c| c == 'k')
                });
                if text == "--insecure" || short_k {
                    return Some(found(i, format!("`curl {text}` skips certificate verification")));
                }
            }
            None
        }
        "wget" => args
            .iter()
            .position(|w| w.value == "--no-check-certificate")
            .map(|i| found(i, "`wget --no-check-certificate` skips certificate verification".into())),
        "pip" | "pip3" | "pipenv" | "uv" | "poetry" => trusted_host(args).map(|i| {
            found(i, format!("`{program} --trusted-host` accepts any certificate (or plain HTTP) from that host"))
        }),
        "python" | "python3" if arg(0) == Some("-m") && matches!(arg(1), Some("pip")) => {
            trusted_host(args).map(|i| found(i, "`pip --trusted-host` accepts any certificate (or plain HTTP) from that host".into()))
        }
        "npm" | "yarn" | "pnpm" => {
            // `npm config set strict-ssl false`, `npm set strict-ssl false`, `npm c set …`.
            let set_at = args.iter().position(|w| w.value == "set")?;
            let key = args.get(set_at + 1)?;
            let (key_text, inline) = match key.value.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (key.value.clone(), None),
            };
            let value = inline.or_else(|| args.get(set_at + 2).map(|w| w.value.clone()))?;
            (key_text.trim_start_matches("--") == "strict-ssl" && is_false(&value)).then(|| {
                found(set_at + 1, format!("`{program} config set strict-ssl false` turns off certificate verification for the registry"))
            })
        }
        "git" => {
            // `git config [--global] http.sslVerify false`, `git -c http.sslVerify=false clone`.
            for (i, word) in args.iter().enumerate() {
                let lower = word.value.to_ascii_lowercase();
                if let Some(value) = lower.strip_prefix("http.sslverify=")
                    && is_false(value)
                {
                    return Some(found(i, "`git -c http.sslVerify=false` skips certificate verification".into()));
                }
                if (lower == "http.sslverify" || lower.ends_with(".sslverify"))
                    && args.get(i + 1).is_some_and(|v| is_false(&v.value))
                {
                    return Some(found(i, "`git config http.sslVerify false` skips certificate verification".into()));
                }
            }
            None
        }
        _ => None,
    }
}

fn trusted_host(args: &[crate::facts::Spanned<String>]) -> Option<usize> {
    args.iter()
        .position(|w| w.value == "--trusted-host" || w.value.starts_with("--trusted-host="))
}
