//! How certificate and key files are named: the stems that pair a certificate with its key,
//! and the names that say "CA key" or "private key" when the content cannot be read.

/// Extensions a certificate or key file ends with; stripped (repeatedly) to find its stem.
pub const EXTENSIONS: &[&str] = &[
    "pem", "crt", "cer", "cert", "key", "der", "p8", "pk8", "pkcs8", "priv",
];

/// Suffixes that say which half of a pair a file is (`server-cert.pem`, `server_key.pem`);
/// stripped after the extensions.
const PAIR_SUFFIXES: &[&str] = &[
    "-certificate",
    "_certificate",
    "-cert",
    "_cert",
    ".cert",
    "-crt",
    "_crt",
    ".crt",
    "-key",
    "_key",
    ".key",
    "-priv",
    "_priv",
    "-private",
    "_private",
    "-fullchain",
    "_fullchain",
];

/// Whole stems that are one half of the directory's only pair (`cert.pem` with `key.pem`,
/// Let's Encrypt's `fullchain.pem` with `privkey.pem`). `chain.pem` is not here: it holds the
/// intermediates, not the leaf.
const ANONYMOUS_STEMS: &[&str] = &[
    "cert",
    "crt",
    "certificate",
    "fullchain",
    "privkey",
    "key",
    "private",
    "private-key",
    "private_key",
];

/// A lower-case file name without its certificate/key extensions (`server.key.pem` →
/// `server`), and whether one of them was `.key`.
fn strip_extensions(lower: &str) -> (&str, bool) {
    let mut stem = lower;
    let mut had_key_extension = false;
    while let Some((rest, ext)) = stem.rsplit_once('.') {
        if rest.is_empty() || !EXTENSIONS.contains(&ext) {
            break;
        }
        had_key_extension |= ext == "key";
        stem = rest;
    }
    (stem, had_key_extension)
}

/// The stem a certificate and its key share: `server.crt`, `server.key`, `server-key.pem` and
/// `server.cert.pem` all give `server`; `cert.pem` and `key.pem` give the empty stem.
pub fn pair_stem(file_name: &str) -> String {
    let lower = file_name.to_ascii_lowercase();
    let (stem, _) = strip_extensions(&lower);
    let stem = stem.to_string();
    if ANONYMOUS_STEMS.contains(&stem.as_str()) {
        return String::new();
    }
    for suffix in PAIR_SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix)
            && !rest.is_empty()
        {
            return rest.to_string();
        }
    }
    stem
}

/// Named like a CA's private key: `ca.key`, `ca-key.pem`, `cakey.pem` (OpenSSL's default),
/// `root-ca.key`, `intermediate_ca.key`, `ca.key.pem`.
pub fn is_ca_key_name(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    let (stem, had_key_extension) = strip_extensions(&lower);
    let key_named = had_key_extension
        || ["-key", "_key", "key"]
            .iter()
            .any(|suffix| stem.ends_with(suffix));
    key_named && names_a_ca(file_name)
}

/// The name, without extensions and key suffixes, is a CA's: `ca`, `root-ca`, `etcd_ca`.
/// Used with content known to be a private key (`ca.pem` holding a key).
pub fn names_a_ca(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    let (stem, _) = strip_extensions(&lower);
    let without_key = [
        "-private-key",
        "_private_key",
        "-private",
        "-key",
        "_key",
        "key",
    ]
    .iter()
    .find_map(|suffix| stem.strip_suffix(suffix))
    .unwrap_or(stem);
    without_key == "ca"
        || without_key.ends_with("-ca")
        || without_key.ends_with("_ca")
        || without_key.ends_with(".ca")
}

/// Named like a private key, for sources whose content caulk cannot read (a `COPY` of a file
/// outside the scanned tree): `*.key`, `*key.pem`, `id_rsa*`, `*.p12`, `*.pfx`.
pub fn is_private_key_name(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    lower.ends_with(".key")
        || lower.ends_with("key.pem")
        || ["id_rsa", "id_ecdsa", "id_ed25519", "id_dsa"]
            .iter()
            .any(|p| lower.starts_with(p) && !lower.ends_with(".pub"))
        || lower.ends_with(".p12")
        || lower.ends_with(".pfx")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_and_keys_pair_by_stem() {
        for (a, b) in [
            ("server.crt", "server.key"),
            ("server-cert.pem", "server-key.pem"),
            ("server.cert.pem", "server.key.pem"),
            ("tls.crt", "tls.key"),
            ("cert.pem", "key.pem"),
            ("fullchain.pem", "privkey.pem"),
        ] {
            assert_eq!(pair_stem(a), pair_stem(b), "{a} {b}");
        }
        assert_ne!(pair_stem("client.crt"), pair_stem("server.key"));
        assert_ne!(pair_stem("chain.pem"), pair_stem("privkey.pem"));
    }

    #[test]
    fn ca_key_names() {
        for name in [
            "ca.key",
            "ca-key.pem",
            "cakey.pem",
            "root-ca.key",
            "intermediate-ca.key",
            "ca.key.pem",
            "CA.KEY",
        ] {
            assert!(is_ca_key_name(name), "{name}");
        }
        for name in [
            "ca.crt",
            "ca.pem",
            "server.key",
            "cert-manager.key",
            "ca-bundle.crt",
        ] {
            assert!(!is_ca_key_name(name), "{name}");
        }
    }
}
