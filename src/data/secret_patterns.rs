//! What a secret looks like: variable names that hold one, names that only point at one,
//! placeholders, and the formats of well-known tokens.

/// Name fragments (upper case) of variables that hold a secret.
const SECRET_NAME_PARTS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "SECRET",
    "TOKEN",
    "API_KEY",
    "APIKEY",
    "PRIVATE_KEY",
    "ACCESS_KEY",
    "CREDENTIALS",
];

/// Suffixes of names that hold a place, a name or a setting, not the secret itself. rules.md
/// names `_TOKEN_URL`, `_SECRET_NAME`, `_SECRET_REF` and `_FILE`; the others were found in
/// real repositories (`SECRET_ID=bq-readonly-key` names a Secret Manager entry,
/// `MAX_INPUT_TOKENS=2048` counts LLM tokens).
const POINTER_SUFFIXES: &[&str] = &[
    "_TOKEN_URL",
    "_SECRET_NAME",
    "_SECRET_REF",
    "_FILE",
    "_ID",
    "_NAME",
    "_REF",
    "_VERSION",
    "_PATH",
    "_DIR",
    "_URL",
    "_URI",
    "_ENDPOINT",
    "_HOST",
    "_PORT",
    "_TYPE",
    "_MODE",
    "_ENABLED",
    "_TTL",
    "_TIMEOUT",
    "_EXPIRY",
    "_LENGTH",
    "_COUNT",
    "_SIZE",
    "_LIMIT",
    "TOKENS",
];

/// Whether a variable's name says it holds a secret (compared case-insensitively).
pub fn is_secret_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    if POINTER_SUFFIXES.iter().any(|s| upper.ends_with(s)) {
        return false;
    }
    SECRET_NAME_PARTS.iter().any(|part| upper.contains(part)) || upper.ends_with("_PASS")
}

/// A value that names a file holding the secret (`/run/secrets/db`), not the secret.
pub fn is_path(value: &str) -> bool {
    let v = value.trim();
    (v.starts_with('/') || v.starts_with("./") || v.starts_with("~/"))
        && !v.contains(char::is_whitespace)
}

/// A value that is (part of) the variable's name (`HF_TOKEN=HF_TOKEN`,
/// `POSTGRES_PASSWORD=postgres`): a default, not a chosen secret.
pub fn repeats_name(name: &str, value: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let (name, value) = (squash(name), squash(value));
    !value.is_empty() && name.contains(&value)
}

/// Values that stand for a secret someone still has to fill in.
pub fn is_placeholder(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    const PLACEHOLDERS: &[&str] = &[
        "changeme",
        "change-me",
        "change_me",
        "changeit",
        "placeholder",
        "secret",
        "password",
        "passwd",
        "token",
        "xxx",
        "todo",
        "tbd",
        "dummy",
        "example",
        "test",
        "none",
        "null",
        "undefined",
        "redacted",
    ];
    PLACEHOLDERS.contains(&lower.as_str())
        || (lower.starts_with('<') && lower.ends_with('>'))
        || (lower.starts_with("your")
            && (lower.contains("key")
                || lower.contains("token")
                || lower.contains("password")
                || lower.contains("secret")))
        || lower.chars().all(|c| c == '*' || c == 'x' || c == '.')
        || lower.contains("changeme")
        || lower.contains("replace_me")
        || lower.contains("replace-me")
}

/// A reference to another variable or a command's output, not a literal, where `$VAR` and
/// `${VAR}` are expanded (Compose, Dockerfile, `.env`, shells).
pub fn is_reference(value: &str) -> bool {
    value.contains("${") || value.contains("$(") || value.trim_start().starts_with('$')
}

/// A reference where only `$(VAR)` is expanded (Kubernetes `env[].value`): `$ecret` is a
/// literal there.
pub fn is_kubernetes_reference(value: &str) -> bool {
    value.contains("$(")
}

/// A well-known token format, whatever the variable is called: the provider's name.
pub fn token_format(value: &str) -> Option<&'static str> {
    let v = value.trim();
    let tail_is = |prefix: &str, min: usize, allowed: fn(char) -> bool| {
        v.strip_prefix(prefix)
            .is_some_and(|rest| rest.len() >= min && rest.chars().all(allowed))
    };
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let upper_alnum = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
    let token_chars = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    if (v.len() == 20) && (tail_is("AKIA", 16, upper_alnum) || tail_is("ASIA", 16, upper_alnum)) {
        return Some("an AWS access key ID");
    }
    for prefix in ["ghp_", "gho_", "ghs_", "ghu_", "ghr_"] {
        if tail_is(prefix, 36, alnum) {
            return Some("a GitHub token");
        }
    }
    if tail_is("github_pat_", 60, token_chars) {
        return Some("a GitHub fine-grained token");
    }
    if tail_is("glpat-", 20, token_chars) {
        return Some("a GitLab token");
    }
    for prefix in ["xoxa-", "xoxb-", "xoxp-", "xoxr-"] {
        if tail_is(prefix, 10, token_chars) {
            return Some("a Slack token");
        }
    }
    if tail_is("sk_live_", 24, alnum) || tail_is("rk_live_", 24, alnum) {
        return Some("a Stripe live key");
    }
    if v.len() == 39 && tail_is("AIza", 35, token_chars) {
        return Some("a Google API key");
    }
    if tail_is("npm_", 36, alnum) {
        return Some("an npm token");
    }
    if v.contains("-----BEGIN") && v.contains("PRIVATE KEY") {
        return Some("a PEM private key");
    }
    None
}

/// What a report may show of a secret: its first characters and its length, never more than
/// a third of it.
pub fn redacted(value: &str) -> String {
    let chars = value.chars().count();
    let shown = (chars / 3).min(4);
    let head: String = value.chars().take(shown).collect();
    format!("`{head}…`, {chars} characters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for name in [
            "DB_PASSWORD",
            "db_passwd",
            "SMTP_PASS",
            "JWT_SECRET",
            "GITHUB_TOKEN",
            "STRIPE_API_KEY",
            "MAPS_APIKEY",
            "AWS_SECRET_ACCESS_KEY",
            "GOOGLE_CREDENTIALS",
            "TLS_PRIVATE_KEY",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "PASSWORD_FILE",
            "OAUTH_TOKEN_URL",
            "DB_SECRET_NAME",
            "VAULT_SECRET_REF",
            "PASSENGER",
            "NODE_ENV",
            "COMPASS",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn tokens_and_placeholders() {
        assert_eq!(
            token_format("AKIAIOSFODNN7EXAMPLE"),
            Some("an AWS access key ID")
        );
        assert_eq!(
            token_format("ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"),
            Some("a GitHub token")
        );
        assert_eq!(
            token_format("glpat-abcdefghij0123456789"),
            Some("a GitLab token")
        );
        assert_eq!(token_format("AKIA-not-a-key"), None);
        assert_eq!(token_format("production"), None);
        assert!(is_placeholder("changeme"));
        assert!(is_placeholder("<your-api-key>"));
        assert!(is_placeholder("********"));
        assert!(!is_placeholder("hunter2-prod-7781"));
        assert!(is_reference("${DB_PASSWORD}"));
        assert!(is_reference("$(DB_PASSWORD)"));
        assert!(!is_reference("pa$$word"));
        assert_eq!(redacted("hunter2-prod-7781"), "`hunt…`, 17 characters");
        assert_eq!(redacted("abc123"), "`ab…`, 6 characters");
        assert_eq!(redacted("ab"), "`…`, 2 characters");
    }
}
