//! Certificates and private keys: PEM text or DER bytes in, `KeyMaterialKind` facts out.
//!
//! PEM block boundaries are found by hand (the `pem` crate gives no positions); each block's
//! text is then decoded with `pem::parse` and the DER inside with x509-parser (certificates),
//! `pkcs1`, `pkcs8`, `sec1`, `der` (private keys) and `ssh-key` (OpenSSH keys). Nothing here
//! panics on any input, and nothing allocates more than a small multiple of the input.

use der::asn1::{OctetStringRef, UintRef};
use der::{Decode, Reader, SliceReader, Tag, Tagged};
use p256::elliptic_curve::sec1::ToSec1Point;
use x509_parser::asn1_rs::Any;
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::num_bigint::BigUint;
use x509_parser::prelude::FromDer;
use x509_parser::public_key::RSAPublicKey;
use x509_parser::signature_algorithm::RsaSsaPssParams;
use x509_parser::x509::{AlgorithmIdentifier, SubjectPublicKeyInfo};

use crate::facts::{
    Certificate, KeyAlgorithm, KeyInfo, KeyMaterialKind, PrivateKey, PrivateKeyFormat, PublicKey,
};
use crate::source::Span;

/// At most this many `-----BEGIN` lines are read per file.
const MAX_BLOCKS: usize = 10_000;

/// DSA groups larger than this are not used to derive the public value (bounds `modpow`).
const MAX_DSA_BITS: u32 = 16_384;

/// One PEM block's result: span of the whole block (`-----BEGIN` through the end of the
/// `-----END …-----` line, without the trailing newline), in bytes of `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PemBlock {
    pub span: Span,
    pub kind: KeyMaterialKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PemScan {
    pub blocks: Vec<PemBlock>,
    pub errors: Vec<(Span, String)>,
}

/// Every certificate and private key PEM block in `text`, in order; text before, between and
/// after blocks is ignored. Blocks of other labels (PUBLIC KEY, CERTIFICATE REQUEST, X509 CRL,
/// DH PARAMETERS, …) are skipped silently. A block that cannot be decoded is an error at the
/// block's BEGIN line span, and scanning continues with the next block: a BEGIN with no
/// matching END ends at the next `-----BEGIN` line (or end of text).
pub fn scan_pem(text: &str) -> PemScan {
    let mut scan = PemScan::default();
    let mut pos = 0;
    // A BEGIN line met while looking for the previous block's END.
    let mut pending: Option<Marker> = None;
    let mut count = 0usize;
    loop {
        let begin = match pending.take() {
            Some(marker) => marker,
            None => match next_begin(text, &mut pos) {
                Some(marker) => marker,
                None => break,
            },
        };
        count += 1;
        if count > MAX_BLOCKS {
            scan.errors.push((
                begin.span,
                format!("more than {MAX_BLOCKS} PEM blocks in one file; the rest is not read"),
            ));
            break;
        }
        let label = begin.label(text);
        let kind = BlockKind::of(label);

        // A whole block on one line: `-----BEGIN X-----MIIB…-----END X-----`.
        if let Some(end) = begin.inline_end {
            if let Some(kind) = kind {
                let span = Span::new(begin.span.start, end);
                let slice = text.get(span.start..span.end).unwrap_or_default();
                match decode_block(kind, label, slice) {
                    Ok(kind) => scan.blocks.push(PemBlock { span, kind }),
                    Err(message) => scan.errors.push((begin.span, message)),
                }
            }
            continue;
        }

        // Look for the END line; a BEGIN line first means this block has no END.
        let mut end: Option<Marker> = None;
        while let Some(line) = next_line(text, pos) {
            pos = line.next;
            match classify(text, &line) {
                Some(marker) if marker.is_begin => {
                    pending = Some(marker);
                    break;
                }
                Some(marker) => {
                    end = Some(marker);
                    break;
                }
                None => {}
            }
        }

        let Some(kind) = kind else { continue };
        let Some(end) = end else {
            scan.errors.push((
                begin.span,
                format!("PEM block `{label}` has no `-----END {label}-----` line"),
            ));
            continue;
        };
        let end_label = end.label(text);
        if end_label != label {
            scan.errors.push((
                begin.span,
                format!("PEM block `{label}` ends with `-----END {end_label}-----`"),
            ));
            continue;
        }
        let span = Span::new(begin.span.start, end.span.end);
        let block = text.get(span.start..span.end).unwrap_or_default();
        let normalized = normalize_block(block);
        match decode_block(kind, label, &normalized) {
            Ok(kind) => scan.blocks.push(PemBlock { span, kind }),
            Err(message) => scan.errors.push((begin.span, message)),
        }
    }
    scan
}

/// True when the text holds at least one `-----BEGIN ` line.
pub fn has_pem(text: &str) -> bool {
    let mut pos = 0;
    next_begin(text, &mut pos).is_some()
}

/// A DER-encoded X.509 certificate (`.der`, `.cer`, `.crt` files that are not text).
pub fn parse_der_certificate(bytes: &[u8]) -> Result<KeyMaterialKind, String> {
    certificate_from_der(bytes).map(|cert| KeyMaterialKind::Certificate(Box::new(cert)))
}

// ---------------------------------------------------------------------------------------------
// Block boundaries (hand-written: the `pem` crate gives no positions).

/// One line of `text`: `start..end` without the line break, `next` the start of the next line.
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

fn next_line(text: &str, pos: usize) -> Option<Line> {
    if pos >= text.len() {
        return None;
    }
    let rest = text.get(pos..)?;
    Some(match rest.find('\n') {
        Some(i) => Line {
            start: pos,
            end: pos + i,
            next: pos + i + 1,
        },
        None => Line {
            start: pos,
            end: text.len(),
            next: text.len(),
        },
    })
}

/// A `-----BEGIN label-----` or `-----END label-----` line.
struct Marker {
    is_begin: bool,
    /// The marker without leading indentation or trailing whitespace/CR.
    span: Span,
    /// Byte range of the label in `text`.
    label: (usize, usize),
    /// For a BEGIN line that also holds the END marker: the end of the block.
    inline_end: Option<usize>,
}

impl Marker {
    fn label<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.label.0..self.label.1).unwrap_or_default()
    }
}

const BEGIN: &str = "-----BEGIN ";
const END: &str = "-----END ";
const DASHES: &str = "-----";

fn classify(text: &str, line: &Line) -> Option<Marker> {
    let raw = text.get(line.start..line.end)?;
    // Indentation (PEM pasted into YAML) and a byte-order mark are not part of the marker.
    let trimmed_start = raw.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let start = line.start + (raw.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end();
    let end = start + trimmed.len();
    let (is_begin, prefix) = if trimmed.starts_with(BEGIN) {
        (true, BEGIN)
    } else if trimmed.starts_with(END) {
        (false, END)
    } else {
        return None;
    };
    let after = trimmed.get(prefix.len()..)?;
    let label_start = start + prefix.len();
    let (label_len, inline_end) = match after.find(DASHES) {
        Some(i) => {
            // Anything after the closing dashes: a one-line block holds the END marker.
            let rest_start = i + DASHES.len();
            let rest = after.get(rest_start..).unwrap_or_default();
            let inline_end = if is_begin && !rest.is_empty() {
                rest.find(END).and_then(|e| {
                    let tail = rest.get(e + END.len()..)?;
                    let close = tail.find(DASHES)?;
                    Some(label_start + rest_start + e + END.len() + close + DASHES.len())
                })
            } else {
                None
            };
            (i, inline_end)
        }
        None => (after.trim_end_matches('-').len(), None),
    };
    Some(Marker {
        is_begin,
        span: Span::new(start, end),
        label: (label_start, label_start + label_len),
        inline_end,
    })
}

/// The next BEGIN line at or after `*pos`; `*pos` moves past it.
fn next_begin(text: &str, pos: &mut usize) -> Option<Marker> {
    while let Some(line) = next_line(text, *pos) {
        *pos = line.next;
        if let Some(marker) = classify(text, &line)
            && marker.is_begin
        {
            return Some(marker);
        }
    }
    None
}

/// The block's lines without indentation, trailing whitespace or CR, joined with `\n`, so that
/// PEM pasted into YAML or saved with CRLF decodes like any other.
fn normalize_block(block: &str) -> String {
    let mut out = String::with_capacity(block.len());
    for line in block.split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line.trim());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Decoding one block.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Certificate,
    RsaPrivateKey,
    Pkcs8,
    EncryptedPkcs8,
    EcPrivateKey,
    DsaPrivateKey,
    OpenSsh,
}

impl BlockKind {
    fn of(label: &str) -> Option<BlockKind> {
        Some(match label {
            "CERTIFICATE" | "TRUSTED CERTIFICATE" | "X509 CERTIFICATE" => BlockKind::Certificate,
            "RSA PRIVATE KEY" => BlockKind::RsaPrivateKey,
            "PRIVATE KEY" => BlockKind::Pkcs8,
            "ENCRYPTED PRIVATE KEY" => BlockKind::EncryptedPkcs8,
            "EC PRIVATE KEY" => BlockKind::EcPrivateKey,
            "DSA PRIVATE KEY" => BlockKind::DsaPrivateKey,
            "OPENSSH PRIVATE KEY" => BlockKind::OpenSsh,
            _ => return None,
        })
    }
}

fn decode_block(kind: BlockKind, label: &str, block: &str) -> Result<KeyMaterialKind, String> {
    let pem = ::pem::parse(block).map_err(|e| match e {
        ::pem::PemError::InvalidData(e) => format!("PEM block `{label}` is not valid base64: {e}"),
        ::pem::PemError::InvalidHeader(h) => {
            format!("PEM block `{label}` has a malformed header line `{h}`")
        }
        other => format!("PEM block `{label}` is malformed: {other}"),
    })?;
    let der = pem.contents();
    if der.is_empty() {
        return Err(format!("PEM block `{label}` is empty"));
    }
    let legacy_encrypted = pem
        .headers()
        .get("Proc-Type")
        .is_some_and(|v| v.to_ascii_uppercase().contains("ENCRYPTED"));
    if legacy_encrypted && kind != BlockKind::Certificate {
        let algorithm = match kind {
            BlockKind::RsaPrivateKey => KeyAlgorithm::Rsa,
            BlockKind::EcPrivateKey => KeyAlgorithm::Ec(None),
            BlockKind::DsaPrivateKey => KeyAlgorithm::Dsa,
            _ => KeyAlgorithm::Other("encrypted".into()),
        };
        return Ok(private(
            PrivateKeyFormat::LegacyEncrypted,
            true,
            KeyInfo {
                algorithm,
                bits: None,
                public: None,
            },
        ));
    }
    match kind {
        BlockKind::Certificate => {
            certificate_from_der(der).map(|cert| KeyMaterialKind::Certificate(Box::new(cert)))
        }
        BlockKind::RsaPrivateKey => pkcs1_key(der)
            .map(|key| private(PrivateKeyFormat::Pkcs1, false, key))
            .map_err(|e| format!("RSA private key is not valid PKCS#1: {e}")),
        BlockKind::Pkcs8 => pkcs8_key(der).map(|key| private(PrivateKeyFormat::Pkcs8, false, key)),
        BlockKind::EncryptedPkcs8 => encrypted_pkcs8(der).map(|()| {
            private(
                PrivateKeyFormat::EncryptedPkcs8,
                true,
                KeyInfo {
                    algorithm: KeyAlgorithm::Other("encrypted".into()),
                    bits: None,
                    public: None,
                },
            )
        }),
        BlockKind::EcPrivateKey => sec1_key(der, None)
            .map(|key| private(PrivateKeyFormat::Sec1, false, key))
            .map_err(|e| format!("EC private key is not valid SEC1: {e}")),
        BlockKind::DsaPrivateKey => dsa_legacy_key(der)
            .map(|key| private(PrivateKeyFormat::Dsa, false, key))
            .map_err(|e| format!("DSA private key is not valid: {e}")),
        BlockKind::OpenSsh => openssh_key(der),
    }
}

fn private(format: PrivateKeyFormat, encrypted: bool, key: KeyInfo) -> KeyMaterialKind {
    KeyMaterialKind::PrivateKey(PrivateKey {
        format,
        encrypted,
        key,
    })
}

// ---------------------------------------------------------------------------------------------
// Certificates.

fn certificate_from_der(der: &[u8]) -> Result<Certificate, String> {
    // Trailing bytes (OpenSSL's `TRUSTED CERTIFICATE` auxiliary data) are ignored.
    let (_, cert) = x509_parser::parse_x509_certificate(der)
        .map_err(|e| format!("certificate is not valid DER: {}", nom_message(&e)))?;
    Ok(certificate_facts(&cert))
}

fn nom_message(e: &x509_parser::nom::Err<x509_parser::error::X509Error>) -> String {
    match e {
        x509_parser::nom::Err::Incomplete(_) => "the data is truncated".into(),
        x509_parser::nom::Err::Error(e) | x509_parser::nom::Err::Failure(e) => e.to_string(),
    }
}

fn certificate_facts(cert: &X509Certificate<'_>) -> Certificate {
    let tbs = &cert.tbs_certificate;
    let mut sans: Option<Vec<String>> = None;
    let mut is_ca = false;
    let mut server_auth: Option<bool> = None;
    for ext in tbs.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => {
                let list = sans.get_or_insert_with(Vec::new);
                list.extend(san.general_names.iter().filter_map(general_name));
            }
            ParsedExtension::BasicConstraints(bc) => is_ca |= bc.ca,
            ParsedExtension::ExtendedKeyUsage(eku) => {
                let ok = eku.server_auth || eku.any;
                server_auth = Some(server_auth.unwrap_or(false) || ok);
            }
            _ => {
                // A subjectAltName that is present but unreadable still counts as present.
                if ext.oid.to_id_string() == "2.5.29.17" {
                    sans.get_or_insert_with(Vec::new);
                }
            }
        }
    }
    let (signature_algorithm, weak_signature_hash) = signature_name(&cert.signature_algorithm);
    Certificate {
        subject: tbs.subject.to_string(),
        issuer: tbs.issuer.to_string(),
        sans,
        is_ca,
        server_auth,
        key: spki_info(&tbs.subject_pki),
        signature_algorithm,
        weak_signature_hash,
        not_before: tbs.validity.not_before.timestamp(),
        not_after: tbs.validity.not_after.timestamp(),
        self_signed: tbs.subject.as_raw() == tbs.issuer.as_raw(),
    }
}

fn general_name(name: &GeneralName<'_>) -> Option<String> {
    Some(match name {
        GeneralName::DNSName(s) => format!("DNS:{s}"),
        GeneralName::IPAddress(bytes) => format!("IP:{}", ip_text(bytes)),
        GeneralName::URI(s) => format!("URI:{s}"),
        GeneralName::RFC822Name(s) => format!("email:{s}"),
        GeneralName::DirectoryName(n) => format!("DirName:{n}"),
        GeneralName::RegisteredID(oid) => format!("RID:{}", oid.to_id_string()),
        GeneralName::OtherName(oid, _) => format!("othername:{}", oid.to_id_string()),
        _ => return None,
    })
}

fn ip_text(bytes: &[u8]) -> String {
    if let Ok(v4) = <[u8; 4]>::try_from(bytes) {
        std::net::Ipv4Addr::from(v4).to_string()
    } else if let Ok(v6) = <[u8; 16]>::try_from(bytes) {
        std::net::Ipv6Addr::from(v6).to_string()
    } else {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Known signature algorithms: OID, name, broken hash.
const SIGNATURE_ALGORITHMS: &[(&str, &str, Option<&str>)] = &[
    ("1.2.840.113549.1.1.2", "md2WithRSAEncryption", Some("MD2")),
    ("1.2.840.113549.1.1.3", "md4WithRSAEncryption", Some("MD4")),
    ("1.2.840.113549.1.1.4", "md5WithRSAEncryption", Some("MD5")),
    (
        "1.2.840.113549.1.1.5",
        "sha1WithRSAEncryption",
        Some("SHA-1"),
    ),
    ("1.3.14.3.2.29", "sha1WithRSASignature", Some("SHA-1")),
    ("1.3.14.3.2.3", "md5WithRSA", Some("MD5")),
    ("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", None),
    ("1.2.840.113549.1.1.12", "sha384WithRSAEncryption", None),
    ("1.2.840.113549.1.1.13", "sha512WithRSAEncryption", None),
    ("1.2.840.113549.1.1.14", "sha224WithRSAEncryption", None),
    ("1.2.840.113549.1.1.15", "sha512-224WithRSAEncryption", None),
    ("1.2.840.113549.1.1.16", "sha512-256WithRSAEncryption", None),
    ("1.2.840.113549.1.1.10", "rsassaPss", None),
    ("1.2.840.10045.4.1", "ecdsa-with-SHA1", Some("SHA-1")),
    ("1.2.840.10045.4.3.1", "ecdsa-with-SHA224", None),
    ("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", None),
    ("1.2.840.10045.4.3.3", "ecdsa-with-SHA384", None),
    ("1.2.840.10045.4.3.4", "ecdsa-with-SHA512", None),
    ("1.2.840.10040.4.3", "dsa-with-SHA1", Some("SHA-1")),
    ("1.3.14.3.2.27", "dsaWithSHA1", Some("SHA-1")),
    ("2.16.840.1.101.3.4.3.1", "dsa-with-SHA224", None),
    ("2.16.840.1.101.3.4.3.2", "dsa-with-SHA256", None),
    ("2.16.840.1.101.3.4.3.10", "ecdsa-with-SHA3-256", None),
    ("2.16.840.1.101.3.4.3.11", "ecdsa-with-SHA3-384", None),
    ("2.16.840.1.101.3.4.3.12", "ecdsa-with-SHA3-512", None),
    ("2.16.840.1.101.3.4.3.14", "RSA-SHA3-256", None),
    ("2.16.840.1.101.3.4.3.15", "RSA-SHA3-384", None),
    ("2.16.840.1.101.3.4.3.16", "RSA-SHA3-512", None),
    ("1.3.101.112", "ED25519", None),
    ("1.3.101.113", "ED448", None),
];

fn signature_name(alg: &AlgorithmIdentifier<'_>) -> (String, Option<&'static str>) {
    let oid = alg.algorithm.to_id_string();
    let Some(&(_, name, weak)) = SIGNATURE_ALGORITHMS.iter().find(|(o, _, _)| *o == oid) else {
        return (oid, None);
    };
    let weak = if oid == "1.2.840.113549.1.1.10" {
        // RSASSA-PSS: the hash is in the parameters (SHA-1 when absent from them).
        alg.parameters
            .as_ref()
            .and_then(|params| RsaSsaPssParams::try_from(params).ok())
            .and_then(
                |params| match params.hash_algorithm_oid().to_id_string().as_str() {
                    "1.3.14.3.2.26" => Some("SHA-1"),
                    "1.2.840.113549.2.5" => Some("MD5"),
                    _ => None,
                },
            )
    } else {
        weak
    };
    (name.to_string(), weak)
}

fn spki_info(spki: &SubjectPublicKeyInfo<'_>) -> KeyInfo {
    let oid = spki.algorithm.algorithm.to_id_string();
    let key = spki.subject_public_key.data.as_ref();
    match oid.as_str() {
        "1.2.840.113549.1.1.1" | "1.2.840.113549.1.1.10" => match RSAPublicKey::from_der(key) {
            Ok((_, rsa)) => rsa_info(rsa.modulus, rsa.exponent),
            Err(_) => unknown_info(KeyAlgorithm::Rsa),
        },
        "1.2.840.10045.2.1" => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .and_then(|oid| curve_by_oid(&oid.to_id_string()));
            ec_info(curve, Some(key.to_vec()))
        }
        "1.2.840.10040.4.1" => {
            let bits = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(asn1_sequence_content)
                .and_then(dss_params)
                .map(|(p, _, _)| bit_len(p));
            let y = UintRef::from_der(key)
                .ok()
                .map(|y| strip_zeros(y.as_bytes()));
            KeyInfo {
                algorithm: KeyAlgorithm::Dsa,
                bits,
                public: y.map(|y| PublicKey::Raw(y.to_vec())),
            }
        }
        "1.3.101.112" => KeyInfo {
            algorithm: KeyAlgorithm::Ed25519,
            bits: Some(256),
            public: Some(PublicKey::Raw(key.to_vec())),
        },
        "1.3.101.113" => KeyInfo {
            algorithm: KeyAlgorithm::Ed448,
            bits: Some(456),
            public: Some(PublicKey::Raw(key.to_vec())),
        },
        _ => KeyInfo {
            algorithm: other_algorithm(&oid),
            bits: None,
            public: Some(PublicKey::Raw(key.to_vec())),
        },
    }
}

/// The content of an asn1-rs `Any` when it is a SEQUENCE.
fn asn1_sequence_content<'a>(any: &Any<'a>) -> Option<&'a [u8]> {
    (any.header.tag() == x509_parser::asn1_rs::Tag::Sequence).then_some(any.data)
}

// ---------------------------------------------------------------------------------------------
// Private keys.

fn pkcs1_key(der: &[u8]) -> Result<KeyInfo, String> {
    let key = pkcs1::RsaPrivateKeyRef::try_from(der).map_err(|e| e.to_string())?;
    Ok(rsa_info(
        key.modulus.as_bytes(),
        key.public_exponent.as_bytes(),
    ))
}

fn pkcs8_key(der: &[u8]) -> Result<KeyInfo, String> {
    let info = pkcs8::PrivateKeyInfoRef::try_from(der)
        .map_err(|e| format!("private key is not valid PKCS#8: {e}"))?;
    let oid = info.algorithm.oid.to_string();
    let secret = info.private_key.as_bytes();
    let v2_public = info.public_key.as_ref().and_then(|bits| bits.as_bytes());
    match oid.as_str() {
        "1.2.840.113549.1.1.1" | "1.2.840.113549.1.1.10" => {
            pkcs1_key(secret).map_err(|e| format!("RSA key inside PKCS#8 is not valid PKCS#1: {e}"))
        }
        "1.2.840.10045.2.1" => {
            let curve = info
                .algorithm
                .parameters
                .and_then(|p| p.decode_as::<pkcs8::ObjectIdentifier>().ok())
                .map(|oid| oid.to_string());
            sec1_key(secret, curve.as_deref())
                .map_err(|e| format!("EC key inside PKCS#8 is not valid SEC1: {e}"))
        }
        "1.2.840.10040.4.1" => {
            let params = info
                .algorithm
                .parameters
                .filter(|p| p.tag() == Tag::Sequence)
                .and_then(|p| dss_params(p.value()));
            let x = UintRef::from_der(secret).ok();
            let public = match (params, x) {
                (Some((p, _, g)), Some(x)) => dsa_public(p, g, x.as_bytes()),
                _ => None,
            };
            Ok(KeyInfo {
                algorithm: KeyAlgorithm::Dsa,
                bits: params.map(|(p, _, _)| bit_len(p)),
                public: public.map(PublicKey::Raw),
            })
        }
        "1.3.101.112" | "1.3.101.113" => {
            let ed448 = oid == "1.3.101.113";
            // CurvePrivateKey ::= OCTET STRING, inside the PKCS#8 OCTET STRING.
            <&OctetStringRef>::from_der(secret)
                .map_err(|e| format!("Ed25519/Ed448 key inside PKCS#8 is not valid: {e}"))?;
            Ok(KeyInfo {
                algorithm: if ed448 {
                    KeyAlgorithm::Ed448
                } else {
                    KeyAlgorithm::Ed25519
                },
                bits: Some(if ed448 { 456 } else { 256 }),
                public: v2_public.map(|p| PublicKey::Raw(p.to_vec())),
            })
        }
        _ => Ok(KeyInfo {
            algorithm: other_algorithm(&oid),
            bits: None,
            public: v2_public.map(|p| PublicKey::Raw(p.to_vec())),
        }),
    }
}

fn encrypted_pkcs8(der: &[u8]) -> Result<(), String> {
    let strict = match pkcs8::EncryptedPrivateKeyInfoRef::try_from(der) {
        Ok(_) => return Ok(()),
        Err(e) => e,
    };
    // Schemes the pkcs8 crate does not know (PKCS#12 PBE, as made by `openssl pkcs8 -v1`):
    // still an EncryptedPrivateKeyInfo SEQUENCE { AlgorithmIdentifier, OCTET STRING }.
    let loose = (|| -> der::Result<()> {
        let mut reader = SliceReader::new(der)?;
        reader.sequence(|r| {
            pkcs8::spki::AlgorithmIdentifierRef::decode(r)?;
            <&OctetStringRef>::decode(r)?;
            Ok::<(), der::Error>(())
        })?;
        reader.finish()
    })();
    loose.map_err(|_| {
        format!("encrypted private key is not a valid PKCS#8 EncryptedPrivateKeyInfo: {strict}")
    })
}

/// A SEC1 `ECPrivateKey`; `outer_curve` is the curve OID from a PKCS#8 wrapper.
fn sec1_key(der: &[u8], outer_curve: Option<&str>) -> Result<KeyInfo, String> {
    let key = sec1::EcPrivateKey::try_from(der).map_err(|e| e.to_string())?;
    let curve_oid = outer_curve.map(str::to_string).or_else(|| {
        key.parameters
            .and_then(|p| p.named_curve())
            .map(|oid| oid.to_string())
    });
    let curve = curve_oid.as_deref().and_then(curve_by_oid);
    let public = match key.public_key {
        Some(point) => Some(point.to_vec()),
        None => derive_ec_public(curve.map(|c| c.name), key.private_key),
    };
    let mut info = ec_info(curve, public);
    if info.bits.is_none() && !key.private_key.is_empty() {
        info.bits = Some(byte_bits(key.private_key.len()));
    }
    Ok(info)
}

/// OpenSSL's legacy DSA key: SEQUENCE { version, p, q, g, y, x } INTEGERs.
fn dsa_legacy_key(der: &[u8]) -> Result<KeyInfo, String> {
    let mut reader = SliceReader::new(der).map_err(|e| e.to_string())?;
    let (p, y) = reader
        .sequence(|r| {
            let _version = UintRef::decode(r)?;
            let p = UintRef::decode(r)?;
            let _q = UintRef::decode(r)?;
            let _g = UintRef::decode(r)?;
            let y = UintRef::decode(r)?;
            let _x = UintRef::decode(r)?;
            Ok::<_, der::Error>((p, y))
        })
        .map_err(|e| e.to_string())?;
    Ok(KeyInfo {
        algorithm: KeyAlgorithm::Dsa,
        bits: Some(bit_len(p.as_bytes())),
        public: Some(PublicKey::Raw(strip_zeros(y.as_bytes()).to_vec())),
    })
}

fn openssh_key(der: &[u8]) -> Result<KeyMaterialKind, String> {
    use ssh_key::public::{EcdsaPublicKey, KeyData};
    let key = ssh_key::PrivateKey::from_bytes(der)
        .map_err(|e| format!("OpenSSH private key is not valid: {e}"))?;
    let encrypted = key.is_encrypted();
    let mpint =
        |m: &ssh_key::Mpint| strip_zeros(m.as_positive_bytes().unwrap_or_default()).to_vec();
    let info = match key.public_key().key_data() {
        KeyData::Rsa(rsa) => {
            let n = mpint(&rsa.n);
            KeyInfo {
                algorithm: KeyAlgorithm::Rsa,
                bits: Some(bit_len(&n)),
                public: Some(PublicKey::Rsa {
                    modulus: n,
                    exponent: mpint(&rsa.e),
                }),
            }
        }
        KeyData::Dsa(dsa) => KeyInfo {
            algorithm: KeyAlgorithm::Dsa,
            bits: Some(bit_len(&mpint(&dsa.p))),
            public: Some(PublicKey::Raw(mpint(&dsa.y))),
        },
        KeyData::Ecdsa(ec) => {
            let name = match ec {
                EcdsaPublicKey::NistP256(_) => "P-256",
                EcdsaPublicKey::NistP384(_) => "P-384",
                EcdsaPublicKey::NistP521(_) => "P-521",
            };
            ec_info(curve_by_name(name), Some(ec.as_sec1_bytes().to_vec()))
        }
        KeyData::SkEcdsaSha2NistP256(sk) => ec_info(
            curve_by_name("P-256"),
            Some(sk.ec_point().as_bytes().to_vec()),
        ),
        KeyData::Ed25519(ed) => KeyInfo {
            algorithm: KeyAlgorithm::Ed25519,
            bits: Some(256),
            public: Some(PublicKey::Raw(ed.0.to_vec())),
        },
        KeyData::SkEd25519(sk) => KeyInfo {
            algorithm: KeyAlgorithm::Ed25519,
            bits: Some(256),
            public: Some(PublicKey::Raw(sk.public_key().0.to_vec())),
        },
        other => KeyInfo {
            algorithm: KeyAlgorithm::Other(other.algorithm().to_string()),
            bits: None,
            public: None,
        },
    };
    Ok(private(PrivateKeyFormat::OpenSsh, encrypted, info))
}

// ---------------------------------------------------------------------------------------------
// Shared helpers.

struct Curve {
    oid: &'static str,
    name: &'static str,
    bits: u32,
}

const fn curve(oid: &'static str, name: &'static str, bits: u32) -> Curve {
    Curve { oid, name, bits }
}

/// Named curves: OID, name, field size in bits.
const CURVES: &[Curve] = &[
    curve("1.2.840.10045.3.1.1", "P-192", 192),
    curve("1.3.132.0.33", "P-224", 224),
    curve("1.2.840.10045.3.1.7", "P-256", 256),
    curve("1.3.132.0.34", "P-384", 384),
    curve("1.3.132.0.35", "P-521", 521),
    curve("1.3.132.0.10", "secp256k1", 256),
    curve("1.2.840.10045.3.1.2", "prime192v2", 192),
    curve("1.2.840.10045.3.1.3", "prime192v3", 192),
    curve("1.2.840.10045.3.1.4", "prime239v1", 239),
    curve("1.2.840.10045.3.1.5", "prime239v2", 239),
    curve("1.2.840.10045.3.1.6", "prime239v3", 239),
    curve("1.3.132.0.6", "secp112r1", 112),
    curve("1.3.132.0.7", "secp112r2", 112),
    curve("1.3.132.0.28", "secp128r1", 128),
    curve("1.3.132.0.29", "secp128r2", 128),
    curve("1.3.132.0.9", "secp160k1", 160),
    curve("1.3.132.0.8", "secp160r1", 160),
    curve("1.3.132.0.30", "secp160r2", 160),
    curve("1.3.132.0.31", "secp192k1", 192),
    curve("1.3.132.0.32", "secp224k1", 224),
    curve("1.3.36.3.3.2.8.1.1.1", "brainpoolP160r1", 160),
    curve("1.3.36.3.3.2.8.1.1.3", "brainpoolP192r1", 192),
    curve("1.3.36.3.3.2.8.1.1.5", "brainpoolP224r1", 224),
    curve("1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1", 256),
    curve("1.3.36.3.3.2.8.1.1.9", "brainpoolP320r1", 320),
    curve("1.3.36.3.3.2.8.1.1.11", "brainpoolP384r1", 384),
    curve("1.3.36.3.3.2.8.1.1.13", "brainpoolP512r1", 512),
];

fn curve_by_oid(oid: &str) -> Option<&'static Curve> {
    CURVES.iter().find(|c| c.oid == oid)
}

fn curve_by_name(name: &str) -> Option<&'static Curve> {
    CURVES.iter().find(|c| c.name == name)
}

fn other_algorithm(oid: &str) -> KeyAlgorithm {
    KeyAlgorithm::Other(
        match oid {
            "1.3.101.110" => "X25519",
            "1.3.101.111" => "X448",
            "1.2.840.113549.1.3.1" => "DH",
            "1.2.840.10046.2.1" => "DH",
            "1.2.643.2.2.19" => "GOST R 34.10-2001",
            "1.2.643.7.1.1.1.1" => "GOST R 34.10-2012 (256)",
            "1.2.643.7.1.1.1.2" => "GOST R 34.10-2012 (512)",
            "1.2.156.10197.1.301" => "SM2",
            other => other,
        }
        .to_string(),
    )
}

fn unknown_info(algorithm: KeyAlgorithm) -> KeyInfo {
    KeyInfo {
        algorithm,
        bits: None,
        public: None,
    }
}

fn rsa_info(modulus: &[u8], exponent: &[u8]) -> KeyInfo {
    let modulus = strip_zeros(modulus);
    KeyInfo {
        algorithm: KeyAlgorithm::Rsa,
        bits: Some(bit_len(modulus)),
        public: Some(PublicKey::Rsa {
            modulus: modulus.to_vec(),
            exponent: strip_zeros(exponent).to_vec(),
        }),
    }
}

/// EC key facts from an optional named curve and an optional SEC1 point (normalised to the
/// uncompressed form when the curve allows).
fn ec_info(curve: Option<&'static Curve>, point: Option<Vec<u8>>) -> KeyInfo {
    let bits = curve.map(|c| c.bits).or_else(|| {
        point.as_deref().and_then(|p| match p {
            [4, rest @ ..] if !rest.is_empty() => Some(byte_bits(rest.len() / 2)),
            [2 | 3, rest @ ..] if !rest.is_empty() => Some(byte_bits(rest.len())),
            _ => None,
        })
    });
    let public = point.map(|p| PublicKey::Ec(uncompressed_point(curve.map(|c| c.name), p)));
    KeyInfo {
        algorithm: KeyAlgorithm::Ec(curve.map(|c| c.name.to_string())),
        bits,
        public,
    }
}

/// A compressed P-256/P-384 point decompressed; anything else as it is.
fn uncompressed_point(curve: Option<&str>, point: Vec<u8>) -> Vec<u8> {
    if !matches!(point.first(), Some(2 | 3)) {
        return point;
    }
    let decompressed = match curve {
        Some("P-256") => p256::PublicKey::from_sec1_bytes(&point)
            .ok()
            .map(|k| k.to_sec1_point(false).as_bytes().to_vec()),
        Some("P-384") => p384::PublicKey::from_sec1_bytes(&point)
            .ok()
            .map(|k| k.to_sec1_point(false).as_bytes().to_vec()),
        _ => None,
    };
    decompressed.unwrap_or(point)
}

/// The uncompressed public point of a P-256/P-384 secret scalar.
fn derive_ec_public(curve: Option<&str>, secret: &[u8]) -> Option<Vec<u8>> {
    match curve? {
        "P-256" => p256::SecretKey::from_slice(secret)
            .ok()
            .map(|k| k.public_key().to_sec1_point(false).as_bytes().to_vec()),
        "P-384" => p384::SecretKey::from_slice(secret)
            .ok()
            .map(|k| k.public_key().to_sec1_point(false).as_bytes().to_vec()),
        _ => None,
    }
}

/// Dss-Parms ::= SEQUENCE { p, q, g INTEGER }, given the SEQUENCE's content.
fn dss_params(content: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let mut reader = SliceReader::new(content).ok()?;
    let p = UintRef::decode(&mut reader).ok()?;
    let q = UintRef::decode(&mut reader).ok()?;
    let g = UintRef::decode(&mut reader).ok()?;
    Some((p.as_bytes(), q.as_bytes(), g.as_bytes()))
}

/// DSA `y = g^x mod p`, for groups of a sane size.
fn dsa_public(p: &[u8], g: &[u8], x: &[u8]) -> Option<Vec<u8>> {
    if bit_len(p) > MAX_DSA_BITS || bit_len(x) > MAX_DSA_BITS {
        return None;
    }
    let p = BigUint::from_bytes_be(p);
    if p.bits() < 2 {
        return None;
    }
    let y = BigUint::from_bytes_be(g).modpow(&BigUint::from_bytes_be(x), &p);
    Some(strip_zeros(&y.to_bytes_be()).to_vec())
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes.get(first..).unwrap_or_default()
}

/// Bit length of a big-endian unsigned integer.
fn bit_len(bytes: &[u8]) -> u32 {
    let bytes = strip_zeros(bytes);
    match bytes.first() {
        None => 0,
        Some(&top) => {
            let rest = u32::try_from(bytes.len() - 1).unwrap_or(u32::MAX / 16);
            rest.saturating_mul(8)
                .saturating_add(8 - top.leading_zeros())
        }
    }
}

fn byte_bits(len: usize) -> u32 {
    u32::try_from(len)
        .unwrap_or(u32::MAX / 16)
        .saturating_mul(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! fixture {
        ($path:literal) => {
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/pki/", $path))
        };
    }

    /// The only block of a fixture file, which must parse without errors.
    fn one(text: &str) -> KeyMaterialKind {
        let scan = scan_pem(text);
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        assert_eq!(scan.blocks.len(), 1, "{:?}", scan.blocks);
        scan.blocks.into_iter().next().unwrap().kind
    }

    fn key(text: &str) -> PrivateKey {
        match one(text) {
            KeyMaterialKind::PrivateKey(key) => key,
            other => panic!("not a private key: {other:?}"),
        }
    }

    fn cert(text: &str) -> Certificate {
        match one(text) {
            KeyMaterialKind::Certificate(cert) => *cert,
            other => panic!("not a certificate: {other:?}"),
        }
    }

    fn line_of(text: &str, offset: usize) -> usize {
        text[..offset].matches('\n').count() + 1
    }

    fn ts(date: &str) -> i64 {
        // Only the dates used below.
        match date {
            "2026-01-01" => 1_767_225_600,
            "2026-02-01" => 1_769_904_000,
            "2027-01-01" => 1_798_761_600,
            _ => unreachable!(),
        }
    }

    #[test]
    fn rsa_keys() {
        let k = key(fixture!("rsa1024.key"));
        assert_eq!(k.format, PrivateKeyFormat::Pkcs1);
        assert!(!k.encrypted);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Rsa);
        assert_eq!(k.key.bits, Some(1024));
        let k = key(fixture!("rsa2048.key"));
        assert_eq!(
            (k.format, k.key.bits),
            (PrivateKeyFormat::Pkcs1, Some(2048))
        );
        let k = key(fixture!("server.key"));
        assert_eq!(k.format, PrivateKeyFormat::Pkcs8);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Rsa, Some(2048))
        );
        match k.key.public {
            Some(PublicKey::Rsa { modulus, exponent }) => {
                assert_eq!(modulus.len(), 256);
                assert_ne!(modulus[0], 0);
                assert_eq!(exponent, vec![1, 0, 1]);
            }
            other => panic!("{other:?}"),
        }
        let k = key(fixture!("ca-named/ca-key.pem"));
        assert_eq!(
            (k.format, k.key.bits),
            (PrivateKeyFormat::Pkcs1, Some(2048))
        );
        let k = key(fixture!("ca-named/intermediate-ca.key"));
        assert_eq!(
            (k.format, k.key.bits),
            (PrivateKeyFormat::Pkcs8, Some(2048))
        );
    }

    #[test]
    fn ec_keys() {
        let k = key(fixture!("p192.key"));
        assert_eq!(k.format, PrivateKeyFormat::Sec1);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(Some("P-192".into())));
        assert_eq!(k.key.bits, Some(192));
        assert!(matches!(&k.key.public, Some(PublicKey::Ec(p)) if p.len() == 49 && p[0] == 4));

        let k = key(fixture!("p256.key"));
        assert_eq!(k.format, PrivateKeyFormat::Sec1);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(Some("P-256".into())));
        assert_eq!(k.key.bits, Some(256));
        assert!(matches!(&k.key.public, Some(PublicKey::Ec(p)) if p.len() == 65 && p[0] == 4));

        let k = key(fixture!("p256-pkcs8.key"));
        assert_eq!(k.format, PrivateKeyFormat::Pkcs8);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(Some("P-256".into())));
        assert_eq!(k.key.bits, Some(256));
        assert!(matches!(&k.key.public, Some(PublicKey::Ec(p)) if p.len() == 65));

        // No public key in the file: derived from the scalar.
        let k = key(fixture!("p384.key"));
        assert_eq!(k.format, PrivateKeyFormat::Sec1);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(Some("P-384".into())));
        assert_eq!(k.key.bits, Some(384));
        assert!(matches!(&k.key.public, Some(PublicKey::Ec(p)) if p.len() == 97 && p[0] == 4));
    }

    #[test]
    fn ed25519_and_dsa_keys() {
        let k = key(fixture!("ed25519.key"));
        assert_eq!(k.format, PrivateKeyFormat::Pkcs8);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Ed25519, Some(256))
        );

        let k = key(fixture!("dsa.key"));
        assert_eq!(k.format, PrivateKeyFormat::Dsa);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Dsa, Some(2048))
        );
        assert!(matches!(k.key.public, Some(PublicKey::Raw(_))));

        let k = key(fixture!("dsa1024-pkcs8.key"));
        assert_eq!(k.format, PrivateKeyFormat::Pkcs8);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Dsa, Some(1024))
        );
        // y = g^x mod p, checked against `openssl pkey -text` when written.
        assert!(matches!(&k.key.public, Some(PublicKey::Raw(y)) if y.len() == 128));
    }

    #[test]
    fn ed25519_pkcs8_v2_public_key() {
        let mut der = vec![
            0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
        ];
        der.extend([0x70, 0x04, 0x22, 0x04, 0x20]);
        der.extend([7u8; 32]);
        der.extend([0x81, 0x21, 0x00]);
        der.extend([9u8; 32]);
        let text = ::pem::encode(&::pem::Pem::new("PRIVATE KEY", der));
        let k = key(&text);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ed25519);
        assert_eq!(k.key.public, Some(PublicKey::Raw(vec![9u8; 32])));
    }

    #[test]
    fn encrypted_keys() {
        let k = key(fixture!("encrypted-pkcs8.key"));
        assert_eq!(k.format, PrivateKeyFormat::EncryptedPkcs8);
        assert!(k.encrypted);
        assert_eq!(k.key.bits, None);

        let k = key(fixture!("legacy-encrypted.key"));
        assert_eq!(k.format, PrivateKeyFormat::LegacyEncrypted);
        assert!(k.encrypted);
        assert_eq!(
            (k.key.algorithm, k.key.bits, k.key.public),
            (KeyAlgorithm::Rsa, None, None)
        );

        let text = "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\
                    DEK-Info: AES-128-CBC,000102030405060708090A0B0C0D0E0F\n\n\
                    AAECAwQFBgcICQoLDA0ODw==\n-----END EC PRIVATE KEY-----\n";
        let k = key(text);
        assert_eq!(k.format, PrivateKeyFormat::LegacyEncrypted);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(None));

        // Not an EncryptedPrivateKeyInfo.
        let text =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAgEB\n-----END ENCRYPTED PRIVATE KEY-----";
        let scan = scan_pem(text);
        assert!(scan.blocks.is_empty());
        assert!(
            scan.errors[0].1.contains("EncryptedPrivateKeyInfo"),
            "{:?}",
            scan.errors
        );
    }

    #[test]
    fn openssh_keys() {
        let k = key(fixture!("openssh/id_ed25519"));
        assert_eq!(k.format, PrivateKeyFormat::OpenSsh);
        assert!(!k.encrypted);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Ed25519, Some(256))
        );
        assert!(matches!(&k.key.public, Some(PublicKey::Raw(p)) if p.len() == 32));

        let k = key(fixture!("openssh/id_rsa_encrypted"));
        assert_eq!(k.format, PrivateKeyFormat::OpenSsh);
        assert!(k.encrypted);
        assert_eq!(
            (k.key.algorithm, k.key.bits),
            (KeyAlgorithm::Rsa, Some(3072))
        );
        assert!(matches!(k.key.public, Some(PublicKey::Rsa { .. })));

        // Throw-away `ssh-keygen -t ecdsa -b 384`.
        let text = "-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAiAAAABNlY2RzYS
1zaGEyLW5pc3RwMzg0AAAACG5pc3RwMzg0AAAAYQQfat+0SnbSEsqXWt4D4Z6ZgwhtY1HQ
CzYUvfILKGd6w/D5+iGlnY+xerqPjfG1wEQz1TNPj8jaGinhlnEeIDZEo5aiyXZOpVb8T4
/wQRG86/zEPvgrTqtvYq5gQu2oObIAAADQFZuF5xWbhecAAAATZWNkc2Etc2hhMi1uaXN0
cDM4NAAAAAhuaXN0cDM4NAAAAGEEH2rftEp20hLKl1reA+GemYMIbWNR0As2FL3yCyhnes
Pw+fohpZ2PsXq6j43xtcBEM9UzT4/I2hop4ZZxHiA2RKOWosl2TqVW/E+P8EERvOv8xD74
K06rb2KuYELtqDmyAAAAMD0NZSo5CqynxbgGvPtEL6uvgpYZtcqPn9L20iM+WLqsT2zosC
ArI16M3SUYDKqY1QAAAAF0AQIDBAUGBw==
-----END OPENSSH PRIVATE KEY-----
";
        let k = key(text);
        assert_eq!(k.key.algorithm, KeyAlgorithm::Ec(Some("P-384".into())));
        assert_eq!(k.key.bits, Some(384));
        assert!(matches!(&k.key.public, Some(PublicKey::Ec(p)) if p.len() == 97 && p[0] == 4));
    }

    #[test]
    fn certificate_and_key_pairs() {
        let pairs = [
            (fixture!("match/tls.crt"), fixture!("match/tls.key")),
            (
                fixture!("ec-match/server.crt"),
                fixture!("ec-match/server.key"),
            ),
            (fixture!("p256-nopub.crt"), fixture!("p256-nopub.key")),
            (fixture!("server.crt"), fixture!("server.key")),
            (fixture!("ca.crt"), fixture!("ca.key")),
            (fixture!("rsa1024.crt"), fixture!("rsa1024.key")),
            (fixture!("sha1-root.crt"), fixture!("sha1-root.key")),
        ];
        for (crt, k) in pairs {
            let c = cert(crt);
            let k = key(k);
            assert!(c.key.public.is_some());
            assert_eq!(c.key.public, k.key.public, "{}", c.subject);
            assert_eq!(
                (&c.key.algorithm, c.key.bits),
                (&k.key.algorithm, k.key.bits)
            );
        }
        let c = cert(fixture!("ec-match/server.crt"));
        assert_eq!(c.key.algorithm, KeyAlgorithm::Ec(Some("P-256".into())));
        assert_eq!(c.key.bits, Some(256));

        let c = cert(fixture!("mismatch/server.crt"));
        let k = key(fixture!("mismatch/server.key"));
        assert!(c.key.public.is_some() && k.key.public.is_some());
        assert_ne!(c.key.public, k.key.public);
    }

    #[test]
    fn compressed_ec_points_are_decompressed() {
        // Throw-away P-256 key and self-signed certificate, both with compressed points.
        let text = "-----BEGIN EC PRIVATE KEY-----
MFcCAQEEILpV2AiuAW94Tyefs5ShsKSy0SR0PK9LLmKahyKA0o+voAoGCCqGSM49
AwEHoSQDIgACalWHDOU+/D6QWDUhIzpiAO5r2p4KPOeRvUC2eB0l6oc=
-----END EC PRIVATE KEY-----
-----BEGIN CERTIFICATE-----
MIIBXzCCAQWgAwIBAgIUBXHmZjhjlpArwfjcttk/PnTTUAQwCgYIKoZIzj0EAwIw
FTETMBEGA1UEAwwKY29tcHJlc3NlZDAeFw0yNjExMjMxNzM5MzlaFw0yNjExMjQx
NzM5MzlaMBUxEzARBgNVBAMMCmNvbXByZXNzZWQwOTATBgcqhkjOPQIBBggqhkjO
PQMBBwMiAAJqVYcM5T78PpBYNSEjOmIA7mvango855G9QLZ4HSXqh6NTMFEwHQYD
VR0OBBYEFIkgwcszh8ztOWqjoB7pm6jQBKjPMB8GA1UdIwQYMBaAFIkgwcszh8zt
OWqjoB7pm6jQBKjPMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIh
AOqmymwsFIIWvi+IHp9vdlPiSWdc4VkTRaK5cVqwlzVFAiAQ8egYlKuYjbE1ekAh
XzHwljU+pD5ywL4dFkxinSioVg==
-----END CERTIFICATE-----
";
        let scan = scan_pem(text);
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        let [key_block, cert_block] = &scan.blocks[..] else {
            panic!("{:?}", scan.blocks)
        };
        let (KeyMaterialKind::PrivateKey(k), KeyMaterialKind::Certificate(c)) =
            (&key_block.kind, &cert_block.kind)
        else {
            panic!()
        };
        let Some(PublicKey::Ec(point)) = &k.key.public else {
            panic!("{k:?}")
        };
        assert_eq!(point.len(), 65);
        assert_eq!(point[..4], [4, 0x6a, 0x55, 0x87]);
        assert_eq!(c.key.public, k.key.public);
        assert_eq!(c.signature_algorithm, "ecdsa-with-SHA256");
        assert_eq!(c.weak_signature_hash, None);
        assert!(c.self_signed && c.is_ca);
    }

    #[test]
    fn der_certificate() {
        let der = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/pki/server.der"
        ));
        let from_der = parse_der_certificate(der).unwrap();
        assert_eq!(from_der, one(fixture!("server.crt")));
        let p12 = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/pki/keystore.p12"
        ));
        let err = parse_der_certificate(p12).unwrap_err();
        assert!(err.starts_with("certificate is not valid DER"), "{err}");
        assert!(parse_der_certificate(&[]).is_err());
        assert!(parse_der_certificate(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_err());
    }

    #[test]
    fn certificate_fields() {
        let c = cert(fixture!("server.crt"));
        assert_eq!(c.subject, "O=caulk test, CN=api.internal");
        assert_eq!(c.issuer, "O=caulk test, CN=caulk test CA");
        assert_eq!(c.sans, Some(vec!["DNS:api.internal".to_string()]));
        assert!(!c.is_ca && !c.self_signed);
        assert_eq!(c.server_auth, Some(true));
        assert_eq!(c.signature_algorithm, "sha256WithRSAEncryption");
        assert_eq!(c.weak_signature_hash, None);
        assert_eq!(
            (c.not_before, c.not_after),
            (ts("2026-01-01"), ts("2027-01-01"))
        );

        let c = cert(fixture!("ca.crt"));
        assert!(c.is_ca && c.self_signed);
        assert_eq!((c.sans, c.server_auth), (None, None));

        let c = cert(fixture!("rsa1024.crt"));
        assert_eq!(c.key.bits, Some(1024));
    }

    #[test]
    fn missing_san() {
        let c = cert(fixture!("no-san.crt"));
        assert_eq!(c.sans, None);
        assert_eq!(c.server_auth, Some(true));
        let c = cert(fixture!("client-no-san.crt"));
        assert_eq!(c.sans, None);
        assert_eq!(c.server_auth, Some(false));
    }

    #[test]
    fn sha1_signatures() {
        let c = cert(fixture!("sha1.crt"));
        assert_eq!(c.signature_algorithm, "sha1WithRSAEncryption");
        assert_eq!(c.weak_signature_hash, Some("SHA-1"));
        assert!(!c.self_signed);
        let c = cert(fixture!("sha1-root.crt"));
        assert_eq!(c.weak_signature_hash, Some("SHA-1"));
        assert!(c.self_signed && c.is_ca);
    }

    #[test]
    fn chain_in_order() {
        let text = fixture!("chain-expired-intermediate.pem");
        let scan = scan_pem(text);
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        let certs: Vec<&Certificate> = scan
            .blocks
            .iter()
            .map(|b| match &b.kind {
                KeyMaterialKind::Certificate(c) => &**c,
                other => panic!("{other:?}"),
            })
            .collect();
        let subjects: Vec<&str> = certs.iter().map(|c| c.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "O=caulk test, CN=chain.internal",
                "O=caulk test, CN=caulk test intermediate CA",
                "O=caulk test, CN=caulk test CA",
            ]
        );
        assert_eq!(certs[1].not_after, ts("2026-02-01"));
        assert!(certs[1].is_ca && !certs[1].self_signed);
        assert_eq!(certs[0].issuer, certs[1].subject);
        // Spans are in order and each is exactly one block.
        for b in &scan.blocks {
            let s = &text[b.span.start..b.span.end];
            assert!(s.starts_with("-----BEGIN CERTIFICATE-----"));
            assert!(s.ends_with("-----END CERTIFICATE-----"));
        }
        assert!(
            scan.blocks
                .windows(2)
                .all(|w| w[0].span.end < w[1].span.start)
        );
    }

    #[test]
    fn truncated_block_is_an_error_and_the_others_parse() {
        let text = fixture!("truncated.pem");
        let scan = scan_pem(text);
        assert_eq!(scan.blocks.len(), 2, "{:?}", scan.blocks);
        assert!(
            matches!(&scan.blocks[0].kind, KeyMaterialKind::Certificate(c) if c.subject.ends_with("CN=api.internal"))
        );
        assert!(
            matches!(&scan.blocks[1].kind, KeyMaterialKind::PrivateKey(k) if k.format == PrivateKeyFormat::Pkcs8)
        );
        assert_eq!(line_of(text, scan.blocks[0].span.start), 1);
        assert_eq!(line_of(text, scan.blocks[1].span.start), 32);
        assert_eq!(scan.errors.len(), 1);
        let (span, message) = &scan.errors[0];
        assert_eq!(line_of(text, span.start), 22);
        assert_eq!(&text[span.start..span.end], "-----BEGIN CERTIFICATE-----");
        assert_eq!(
            message,
            "PEM block `CERTIFICATE` has no `-----END CERTIFICATE-----` line"
        );
    }

    #[test]
    fn bundle_with_text() {
        let scan = scan_pem(fixture!("bundle-with-text.pem"));
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        let subjects: Vec<String> = scan
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                KeyMaterialKind::Certificate(c) => Some(c.subject.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            subjects,
            [
                "O=caulk test, CN=api.internal",
                "O=caulk test, CN=caulk test CA"
            ]
        );
    }

    #[test]
    fn crlf_and_indentation() {
        let plain = fixture!("server.crt");
        let expected = one(plain);
        let mut yaml = String::from("data:\r\n  tls.crt: |\r\n");
        for line in plain.lines() {
            yaml.push_str("    ");
            yaml.push_str(line);
            yaml.push_str("\r\n");
        }
        yaml.push_str("  other: x\r\n");
        let scan = scan_pem(&yaml);
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        assert_eq!(scan.blocks.len(), 1);
        assert_eq!(scan.blocks[0].kind, expected);
        let span = scan.blocks[0].span;
        let s = &yaml[span.start..span.end];
        assert!(s.starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(s.ends_with("-----END CERTIFICATE-----"), "{s:?}");
        assert_eq!(line_of(&yaml, span.start), 3);
    }

    #[test]
    fn one_line_block() {
        let plain = fixture!("server.crt");
        let flat: String = plain.lines().collect();
        let text = format!("x\n{flat}\ny\n");
        let scan = scan_pem(&text);
        assert!(scan.errors.is_empty(), "{:?}", scan.errors);
        assert_eq!(scan.blocks.len(), 1);
        assert_eq!(scan.blocks[0].kind, one(plain));
        assert_eq!(
            &text[scan.blocks[0].span.start..scan.blocks[0].span.end],
            flat
        );
    }

    #[test]
    fn other_labels_are_skipped() {
        let text = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n\
                    -----BEGIN CERTIFICATE REQUEST-----\n!!!\n-----END CERTIFICATE REQUEST-----\n\
                    -----BEGIN X509 CRL-----\nno end\n";
        let scan = scan_pem(text);
        assert_eq!(scan, PemScan::default());
        assert!(has_pem(text));
        assert!(!has_pem(fixture!("openssh/id_ed25519.pub")));
        assert!(!has_pem("BEGIN CERTIFICATE\n----- BEGIN CERTIFICATE -----"));
        assert!(has_pem("  \t-----BEGIN CERTIFICATE-----\r\n"));
    }

    #[test]
    fn broken_blocks_are_errors() {
        let scan = scan_pem("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----");
        assert!(scan.blocks.is_empty());
        assert_eq!(scan.errors.len(), 1);
        assert_eq!(scan.errors[0].0, Span::new(0, 27));
        assert!(
            scan.errors[0].1.contains("not valid base64"),
            "{:?}",
            scan.errors
        );

        let scan = scan_pem("-----BEGIN CERTIFICATE-----\nMIIB\n");
        assert_eq!(
            scan.errors,
            [(
                Span::new(0, 27),
                "PEM block `CERTIFICATE` has no `-----END CERTIFICATE-----` line".to_string()
            )]
        );

        let scan = scan_pem("-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n");
        assert!(
            scan.errors[0]
                .1
                .starts_with("certificate is not valid DER: "),
            "{:?}",
            scan.errors
        );

        let scan = scan_pem("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        assert!(scan.errors[0].1.contains("empty"), "{:?}", scan.errors);

        let scan =
            scan_pem("-----BEGIN RSA PRIVATE KEY-----\nMAMCAQE=\n-----END PRIVATE KEY-----\n");
        assert_eq!(
            scan.errors[0].1,
            "PEM block `RSA PRIVATE KEY` ends with `-----END PRIVATE KEY-----`"
        );

        for label in [
            "RSA PRIVATE KEY",
            "PRIVATE KEY",
            "EC PRIVATE KEY",
            "DSA PRIVATE KEY",
            "OPENSSH PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY",
        ] {
            let text = format!("-----BEGIN {label}-----\nMAMCAQE=\n-----END {label}-----\n");
            let scan = scan_pem(&text);
            assert!(scan.blocks.is_empty(), "{label}");
            assert_eq!(scan.errors.len(), 1, "{label}");
        }
    }

    /// A small deterministic generator for garbage.
    struct XorShift(u64);
    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn garbage_does_not_panic() {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        let bytes: Vec<u8> = (0..64 * 1024).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let scan = scan_pem(&text);
        assert!(scan.blocks.is_empty());
        assert!(parse_der_certificate(&bytes).is_err());

        // BEGIN lines only: each is an error, and the work stops at the limit.
        let text = "-----BEGIN CERTIFICATE-----\n".repeat(MAX_BLOCKS + 5);
        let scan = scan_pem(&text);
        assert!(scan.blocks.is_empty());
        assert_eq!(scan.errors.len(), MAX_BLOCKS + 1);
        assert!(
            scan.errors
                .last()
                .unwrap()
                .1
                .contains("more than 10000 PEM blocks")
        );

        let text = "-----BEGIN CERTIFICATE-----\n".repeat(100) + "-----END CERTIFICATE-----";
        let scan = scan_pem(&text);
        assert_eq!(scan.errors.len(), 100);

        // Odd markers.
        for text in [
            "-----BEGIN ",
            "-----BEGIN -----",
            "-----BEGIN CERTIFICATE",
            "-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----",
            "-----BEGIN CERTIFICATE----------END CERTIFICATE-----",
            "-----BEGIN CERTIFICATE-----MIIB-----END CERTIFICATE",
            "\u{feff}-----BEGIN CERTIFICATE-----\né\n-----END CERTIFICATE-----é",
            "-----BEGIN CERTIFICATE-----\u{feff}\n\u{feff}\n-----END CERTIFICATE-----\u{feff}",
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type 4\n\nMAMCAQE=\n-----END RSA PRIVATE KEY-----",
        ] {
            let _ = scan_pem(text);
        }
    }

    /// Every prefix and many single-byte corruptions of each fixture's DER, re-wrapped in PEM.
    #[test]
    fn corrupted_der_does_not_panic() {
        let files = [
            fixture!("server.crt"),
            fixture!("ec-match/server.crt"),
            fixture!("rsa1024.key"),
            fixture!("server.key"),
            fixture!("p256.key"),
            fixture!("p256-pkcs8.key"),
            fixture!("p384.key"),
            fixture!("ed25519.key"),
            fixture!("dsa.key"),
            fixture!("dsa1024-pkcs8.key"),
            fixture!("encrypted-pkcs8.key"),
            fixture!("openssh/id_ed25519"),
            fixture!("openssh/id_rsa_encrypted"),
        ];
        let mut rng = XorShift(42);
        for file in files {
            let pem = ::pem::parse(file).unwrap();
            let der = pem.contents();
            let step = (der.len() / 200).max(1);
            for len in (0..der.len()).step_by(step) {
                let text = ::pem::encode(&::pem::Pem::new(pem.tag(), &der[..len]));
                let _ = scan_pem(&text);
                let _ = parse_der_certificate(&der[..len]);
            }
            for _ in 0..300 {
                let mut bad = der.to_vec();
                let i = (rng.next() as usize) % bad.len();
                bad[i] ^= 1 << (rng.next() % 8);
                let text = ::pem::encode(&::pem::Pem::new(pem.tag(), bad.clone()));
                let _ = scan_pem(&text);
                let _ = parse_der_certificate(&bad);
            }
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(bit_len(&[]), 0);
        assert_eq!(bit_len(&[0, 0]), 0);
        assert_eq!(bit_len(&[1]), 1);
        assert_eq!(bit_len(&[0, 0x80, 0]), 16);
        assert_eq!(strip_zeros(&[0, 0, 1, 0]), &[1, 0]);
        assert_eq!(ip_text(&[10, 0, 0, 1]), "10.0.0.1");
        assert_eq!(ip_text(&[0; 16]), "::");
        assert_eq!(
            curve_by_oid("1.3.132.0.35").map(|c| (c.name, c.bits)),
            Some(("P-521", 521))
        );
        assert!(dsa_public(&[0], &[2], &[3]).is_none());
        assert_eq!(dsa_public(&[23], &[5], &[3]), Some(vec![10])); // 5^3 mod 23
    }
}
