//! TLS cipher suites as data: every IANA suite with its OpenSSL and Go names, its strength and
//! whether it is a TLS 1.3 suite; and an evaluator for OpenSSL cipher strings
//! (`HIGH:!aNULL:!MD5`) that says which weak suites a string enables and which of its names
//! nothing knows.
//!
//! The table is generated once by `scripts/gen_ciphers.py` from tls-parser 0.12's IANA list
//! (key exchange, authentication, cipher, MAC), the OpenSSL names and keyword membership that
//! `openssl ciphers -V` (OpenSSL 3.0) prints, the OpenSSL names of suites OpenSSL 3 no longer
//! lists (RC4, 3DES, IDEA, SEED, and the EXPORT, DES, static DH and KRB5 suites removed in
//! 1.1.0), and Go's crypto/tls constant names.
//!
//! Field vocabulary: `kx` is the key exchange as the IANA name writes it (`RSA`, `DHE`,
//! `ECDHE`, `DH`/`ECDH` for static or anonymous Diffie-Hellman, `PSK`, `DHE_PSK`, `RSA_PSK`,
//! `ECDHE_PSK`, `SRP`, `KRB5`, `ECCPWD`, `NULL`, and `any` for TLS 1.3); `au` is `RSA`, `DSS`,
//! `ECDSA`, `PSK`, `SRP`, `KRB5`, `ECCPWD`, `anon`, `NULL` or `any`; `enc` is the cipher part of
//! the IANA name (`AES_128_GCM`, `3DES_EDE_CBC`, `RC4_128`, `CHACHA20_POLY1305`, `NULL`); `mac`
//! is `SHA1`, `SHA256`, `SHA384`, `MD5`, `AEAD` or `NULL`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Strong,
    NoForwardSecrecy,
    Weak,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Suite {
    pub iana: &'static str,
    pub openssl: Option<&'static str>,
    pub go: Option<&'static str>,
    pub code: u16,
    pub kx: &'static str,
    pub au: &'static str,
    pub enc: &'static str,
    pub mac: &'static str,
    pub tls13: bool,
    pub strength: Strength,
    /// Why it is weak or lacks forward secrecy: "RC4", "3DES", "DES", "NULL encryption",
    /// "EXPORT", "anonymous key exchange", "MD5", "RSA key exchange (no forward secrecy)"
    /// (also "static DH key exchange (no forward secrecy)" and "Kerberos key exchange (no
    /// forward secrecy)" for the static DH/ECDH and KRB5 suites); "" when strong.
    pub weakness: &'static str,
}

/// Every known suite, ordered by code.
pub fn suites() -> &'static [Suite] {
    &SUITES
}

/// By IANA name, OpenSSL name or Go constant name (with or without a `tls.` prefix), exact
/// match (IANA/Go names case-insensitively).
pub fn lookup(name: &str) -> Option<&'static Suite> {
    find(name).map(|i| &SUITES[i])
}

/// A single suite name from a list (Go `CipherSuites`, Istio/Traefik `cipherSuites`, one
/// element), surrounding whitespace ignored: the suite, or `None` when unknown.
pub fn lookup_name(name: &str) -> Option<&'static Suite> {
    lookup(name.trim())
}

/// One token of a cipher string: its byte offset and length within the string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub offset: usize,
    pub len: usize,
    pub text: String,
}

#[derive(Debug)]
pub struct WeakSuite {
    pub suite: &'static Suite,
    /// The token that enabled it.
    pub token: Token,
}

#[derive(Debug, Default)]
pub struct CipherStringReport {
    /// Suites the string ends up enabling that are Weak or NoForwardSecrecy, each with the
    /// token that added it; one entry per suite, ordered by token then by code.
    pub weak: Vec<WeakSuite>,
    /// Tokens that are neither a known suite name (OpenSSL, IANA, Go) nor a cipher-string
    /// keyword nor a `+`-combination of keywords (`ECDHE+AESGCM`), nor `@STRENGTH` /
    /// `@SECLEVEL=n`; at most [`MAX_UNKNOWN`] of them.
    pub unknown: Vec<Token>,
}

/// At most this many unknown tokens are reported for one string.
pub const MAX_UNKNOWN: usize = 1000;

/// Evaluate an OpenSSL cipher string as OpenSSL 3 would: separators `:` `,` `;` and spaces
/// (tabs and line breaks too, which OpenSSL itself rejects); `!X` removes X permanently, `-X`
/// removes (can be re-added), `+X` moves to the end, `A+B` is the intersection of A and B;
/// a leading `DEFAULT` is `ALL:!COMPLEMENTOFDEFAULT:!eNULL` (elsewhere OpenSSL ignores it);
/// `@STRENGTH` and `@SECLEVEL=0..5` are accepted (they change order and the handshake-time
/// security level, not the list). IANA and Go names are understood as the suite they name,
/// and TLS 1.3 suite names are accepted (Node moves `TLS_*` names to the TLS 1.3 list).
///
/// The suites OpenSSL 3 no longer has (RC4, 3DES, DES, EXPORT, IDEA, SEED, static DH) are not
/// brought in by broad keywords (`ALL`, `HIGH`, `DEFAULT`), as on OpenSSL 3 itself; they are
/// enabled when named, or by a keyword that selects them on the OpenSSL versions that have
/// them (`RC4`, `3DES`, `DES`, `EXPORT`, `LOW`, `MEDIUM`, …).
pub fn evaluate(cipher_string: &str) -> CipherStringReport {
    let state = run(cipher_string);
    let mut weak: Vec<(usize, usize)> = Vec::new();
    for (idx, suite) in SUITES.iter().enumerate() {
        if suite.strength != Strength::Strong && state.active.has(idx) {
            weak.push((state.enabler[idx] as usize, idx));
        }
    }
    weak.sort_unstable();
    let weak = weak
        .into_iter()
        .map(|(token, idx)| {
            let (offset, len) = state.add_tokens[token];
            WeakSuite {
                suite: &SUITES[idx],
                token: Token {
                    offset,
                    len,
                    text: cipher_string[offset..offset + len].to_string(),
                },
            }
        })
        .collect();
    CipherStringReport {
        weak,
        unknown: state.unknown,
    }
}

// ---------------------------------------------------------------------------------------------
// Names

/// No suite name is longer than this; longer tokens are not looked up.
const MAX_NAME: usize = 64;

/// FxHash (as in rustc): the maps hold fixed names and are looked up once or twice per token.
#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }
    fn write_u16(&mut self, i: u16) {
        self.add(i.into());
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i.into());
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

struct Names {
    /// OpenSSL names, case-sensitive as OpenSSL compares them.
    openssl: FxMap<&'static str, usize>,
    /// IANA and Go names, ASCII upper-cased.
    folded: FxMap<String, usize>,
    /// Cipher-string keywords: index into [`KEYWORDS`].
    keywords: FxMap<&'static str, usize>,
    /// What each keyword alone matches, by index into [`KEYWORDS`].
    keyword_sets: Vec<(Bits, Bits)>,
    /// Suite index to index into [`OSSL`].
    ossl: Vec<Option<usize>>,
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut openssl = FxMap::default();
        let mut folded = FxMap::default();
        for (idx, suite) in SUITES.iter().enumerate() {
            folded.insert(suite.iana.to_ascii_uppercase(), idx);
            if let Some(go) = suite.go {
                folded.insert(go.to_ascii_uppercase(), idx);
            }
            if let Some(name) = suite.openssl {
                openssl.insert(name, idx);
            }
        }
        for &(name, idx) in OPENSSL_OTHER_NAMES {
            openssl.insert(name, idx);
        }
        for &(name, idx) in GO_OTHER_NAMES {
            folded.insert(name.to_ascii_uppercase(), idx);
        }
        let keywords = KEYWORDS
            .iter()
            .enumerate()
            .map(|(i, k)| (k.name, i))
            .collect();
        let mut ossl = vec![None; N];
        for (i, o) in OSSL.iter().enumerate() {
            ossl[o.idx] = Some(i);
        }
        let keyword_sets = KEYWORDS.iter().map(|k| scan(&keyword_pattern(k))).collect();
        Names {
            openssl,
            folded,
            keywords,
            keyword_sets,
            ossl,
        }
    })
}

/// Suite index by any of its names.
fn find(name: &str) -> Option<usize> {
    let names = names();
    let bare = match name.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("tls.") => &name[4..],
        _ => name,
    };
    if bare.is_empty() || bare.len() > MAX_NAME {
        return None;
    }
    if let Some(&idx) = names.openssl.get(bare) {
        return Some(idx);
    }
    let mut buf = [0u8; MAX_NAME];
    let upper = &mut buf[..bare.len()];
    upper.copy_from_slice(bare.as_bytes());
    upper.make_ascii_uppercase();
    let upper = std::str::from_utf8(upper).ok()?;
    names.folded.get(upper).copied()
}

// ---------------------------------------------------------------------------------------------
// OpenSSL's cipher-string grammar.
//
// Hand-written: no maintained crate maps OpenSSL cipher strings (tls-parser knows IANA names
// only). This follows OpenSSL 3.0's `ssl_cipher_process_rulestr` and `ssl_cipher_apply_rule`
// (ssl/ssl_ciph.c): the same separators, operators, `+` combination of algorithm masks and the
// same keyword table, evaluated over sets of suites rather than OpenSSL's ordered list (the
// order does not change which suites end up enabled). Cost is one pass over the string plus,
// per token, a few word operations on a bit set; each distinct `A+B` pattern scans the table
// once. A 1 MB string evaluates in a few milliseconds.

// Algorithm bits, as in OpenSSL's ssl/ssl_local.h; bits from 0x1000 up are ours, for the
// classes OpenSSL 1.1.0 removed.
const K_RSA: u32 = 0x1;
const K_DHE: u32 = 0x2;
const K_ECDHE: u32 = 0x4;
const K_PSK: u32 = 0x8;
const K_GOST: u32 = 0x10;
const K_SRP: u32 = 0x20;
const K_RSAPSK: u32 = 0x40;
const K_ECDHEPSK: u32 = 0x80;
const K_DHEPSK: u32 = 0x100;
const K_GOST18: u32 = 0x200;
const K_DHR: u32 = 0x1000;
const K_DHD: u32 = 0x2000;
const K_ECDHR: u32 = 0x4000;
const K_ECDHEC: u32 = 0x8000;
const K_KRB5: u32 = 0x1_0000;
/// No suite has it: keywords that name nothing any more (`SSLv2`, `kFZA`, `TLSv1.1`).
const K_NOTHING: u32 = 0x8000_0000;

const A_RSA: u32 = 0x1;
const A_DSS: u32 = 0x2;
const A_NULL: u32 = 0x4;
const A_ECDSA: u32 = 0x8;
const A_PSK: u32 = 0x10;
const A_GOST01: u32 = 0x20;
const A_SRP: u32 = 0x40;
const A_GOST12: u32 = 0x80;
const A_DH: u32 = 0x1000;
const A_ECDH: u32 = 0x2000;
const A_KRB5: u32 = 0x4000;

const E_DES: u32 = 0x1;
const E_3DES: u32 = 0x2;
const E_RC4: u32 = 0x4;
const E_RC2: u32 = 0x8;
const E_IDEA: u32 = 0x10;
const E_NULL: u32 = 0x20;
const E_AES128: u32 = 0x40;
const E_AES256: u32 = 0x80;
const E_CAMELLIA128: u32 = 0x100;
const E_CAMELLIA256: u32 = 0x200;
const E_GOST89: u32 = 0x400;
const E_SEED: u32 = 0x800;
const E_AES128GCM: u32 = 0x1000;
const E_AES256GCM: u32 = 0x2000;
const E_AES128CCM: u32 = 0x4000;
const E_AES256CCM: u32 = 0x8000;
const E_AES128CCM8: u32 = 0x1_0000;
const E_AES256CCM8: u32 = 0x2_0000;
const E_GOST89_12: u32 = 0x4_0000;
const E_CHACHA20POLY1305: u32 = 0x8_0000;
const E_ARIA128GCM: u32 = 0x10_0000;
const E_ARIA256GCM: u32 = 0x20_0000;
const E_MAGMA: u32 = 0x40_0000;
const E_KUZNYECHIK: u32 = 0x80_0000;
const E_AESGCM: u32 = E_AES128GCM | E_AES256GCM;
const E_AESCCM: u32 = E_AES128CCM | E_AES256CCM | E_AES128CCM8 | E_AES256CCM8;
const E_AES: u32 = E_AES128 | E_AES256 | E_AESGCM | E_AESCCM;
const E_CAMELLIA: u32 = E_CAMELLIA128 | E_CAMELLIA256;
const E_ARIAGCM: u32 = E_ARIA128GCM | E_ARIA256GCM;
const E_CBC: u32 =
    E_DES | E_3DES | E_RC2 | E_IDEA | E_AES128 | E_AES256 | E_CAMELLIA128 | E_CAMELLIA256 | E_SEED;

const M_MD5: u32 = 0x1;
const M_SHA1: u32 = 0x2;
const M_GOST94: u32 = 0x4;
const M_GOST89MAC: u32 = 0x8;
const M_SHA256: u32 = 0x10;
const M_SHA384: u32 = 0x20;
const M_AEAD: u32 = 0x40;
const M_GOST12_256: u32 = 0x80;
const M_GOST89MAC12: u32 = 0x100;

const V_SSL3: u16 = 0x0300;
const V_TLS1: u16 = 0x0301;
const V_TLS12: u16 = 0x0303;

// Strength classes (OpenSSL's algo_strength), plus the EXPORT classes of OpenSSL 1.0.2.
const S_NONE: u32 = 0x1;
const S_LOW: u32 = 0x2;
const S_MEDIUM: u32 = 0x4;
const S_HIGH: u32 = 0x8;
const S_FIPS: u32 = 0x10;
const NOT_DEFAULT: u32 = 0x20;
const S_EXP40: u32 = 0x40;
const S_EXP56: u32 = 0x80;
const STRONG_MASK: u32 = S_NONE | S_LOW | S_MEDIUM | S_HIGH | S_FIPS | S_EXP40 | S_EXP56;
const DEFAULT_MASK: u32 = NOT_DEFAULT;

/// OpenSSL's view of one TLS 1.0-1.2 suite.
struct Ossl {
    /// Index into [`SUITES`].
    idx: usize,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u16,
    strength: u32,
    /// Not listed by OpenSSL 3 as built (see [`evaluate`]).
    legacy: bool,
}

/// A cipher-string keyword: algorithm masks as in OpenSSL's `cipher_aliases[]`.
struct Keyword {
    name: &'static str,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u16,
    strength: u32,
    /// Adding it also adds the legacy suites it matches: the keyword names a class that only
    /// legacy suites are in.
    legacy: bool,
}

const fn kw(name: &'static str, mkey: u32, auth: u32, enc: u32, mac: u32) -> Keyword {
    Keyword {
        name,
        mkey,
        auth,
        enc,
        mac,
        min_tls: 0,
        strength: 0,
        legacy: false,
    }
}

const fn version(name: &'static str, min_tls: u16) -> Keyword {
    Keyword {
        min_tls,
        ..kw(name, 0, 0, 0, 0)
    }
}

const fn class(name: &'static str, enc: u32, strength: u32, legacy: bool) -> Keyword {
    Keyword {
        strength,
        legacy,
        ..kw(name, 0, 0, enc, 0)
    }
}

const fn legacy(k: Keyword) -> Keyword {
    Keyword { legacy: true, ..k }
}

/// Keywords that match nothing (removed classes) and those that only mean something at the
/// start of the string (`DEFAULT`, `SUITEB*`); both are known, neither enables anything here.
const fn nothing(name: &'static str) -> Keyword {
    kw(name, K_NOTHING, 0, 0, 0)
}

static KEYWORDS: &[Keyword] = &[
    // OpenSSL 3.0's cipher_aliases[], in its order.
    kw("ALL", 0, 0, !E_NULL, 0),
    kw("COMPLEMENTOFALL", 0, 0, E_NULL, 0),
    class("COMPLEMENTOFDEFAULT", 0, NOT_DEFAULT, false),
    kw("kRSA", K_RSA, 0, 0, 0),
    kw("kEDH", K_DHE, 0, 0, 0),
    kw("kDHE", K_DHE, 0, 0, 0),
    // In OpenSSL 3 DH and ECDH are the ephemeral kinds; the static ones (legacy) as in 1.0.2.
    kw("DH", K_DHE | K_DHR | K_DHD, 0, 0, 0),
    kw("kEECDH", K_ECDHE, 0, 0, 0),
    kw("kECDHE", K_ECDHE, 0, 0, 0),
    kw("ECDH", K_ECDHE | K_ECDHR | K_ECDHEC, 0, 0, 0),
    kw("kPSK", K_PSK, 0, 0, 0),
    kw("kRSAPSK", K_RSAPSK, 0, 0, 0),
    kw("kECDHEPSK", K_ECDHEPSK, 0, 0, 0),
    kw("kDHEPSK", K_DHEPSK, 0, 0, 0),
    kw("kSRP", K_SRP, 0, 0, 0),
    kw("kGOST", K_GOST, 0, 0, 0),
    kw("kGOST18", K_GOST18, 0, 0, 0),
    kw("aRSA", 0, A_RSA, 0, 0),
    kw("aDSS", 0, A_DSS, 0, 0),
    kw("DSS", 0, A_DSS, 0, 0),
    kw("aNULL", 0, A_NULL, 0, 0),
    kw("aECDSA", 0, A_ECDSA, 0, 0),
    kw("ECDSA", 0, A_ECDSA, 0, 0),
    kw("aPSK", 0, A_PSK, 0, 0),
    kw("aGOST01", 0, A_GOST01, 0, 0),
    kw("aGOST12", 0, A_GOST12, 0, 0),
    kw("aGOST", 0, A_GOST01 | A_GOST12, 0, 0),
    kw("aSRP", 0, A_SRP, 0, 0),
    kw("EDH", K_DHE, !A_NULL, 0, 0),
    kw("DHE", K_DHE, !A_NULL, 0, 0),
    kw("EECDH", K_ECDHE, !A_NULL, 0, 0),
    kw("ECDHE", K_ECDHE, !A_NULL, 0, 0),
    kw("NULL", 0, 0, E_NULL, 0),
    kw("RSA", K_RSA, A_RSA, 0, 0),
    kw("ADH", K_DHE, A_NULL, 0, 0),
    kw("AECDH", K_ECDHE, A_NULL, 0, 0),
    kw("PSK", K_PSK | K_RSAPSK | K_ECDHEPSK | K_DHEPSK, 0, 0, 0),
    kw("SRP", K_SRP, 0, 0, 0),
    legacy(kw("3DES", 0, 0, E_3DES, 0)),
    legacy(kw("RC4", 0, 0, E_RC4, 0)),
    legacy(kw("RC2", 0, 0, E_RC2, 0)),
    legacy(kw("IDEA", 0, 0, E_IDEA, 0)),
    legacy(kw("SEED", 0, 0, E_SEED, 0)),
    kw("eNULL", 0, 0, E_NULL, 0),
    kw(
        "GOST89",
        0,
        0,
        E_GOST89 | E_GOST89_12 | E_MAGMA | E_KUZNYECHIK,
        0,
    ),
    kw(
        "AES128",
        0,
        0,
        E_AES128 | E_AES128GCM | E_AES128CCM | E_AES128CCM8,
        0,
    ),
    kw(
        "AES256",
        0,
        0,
        E_AES256 | E_AES256GCM | E_AES256CCM | E_AES256CCM8,
        0,
    ),
    kw("AES", 0, 0, E_AES, 0),
    kw("AESGCM", 0, 0, E_AESGCM, 0),
    kw("AESCCM", 0, 0, E_AESCCM, 0),
    kw("AESCCM8", 0, 0, E_AES128CCM8 | E_AES256CCM8, 0),
    kw("CAMELLIA128", 0, 0, E_CAMELLIA128, 0),
    kw("CAMELLIA256", 0, 0, E_CAMELLIA256, 0),
    kw("CAMELLIA", 0, 0, E_CAMELLIA, 0),
    kw("CHACHA20", 0, 0, E_CHACHA20POLY1305, 0),
    kw("GOST2012-GOST8912-GOST8912", 0, 0, E_GOST89_12, 0),
    kw("ARIA", 0, 0, E_ARIAGCM, 0),
    kw("ARIAGCM", 0, 0, E_ARIAGCM, 0),
    kw("ARIA128", 0, 0, E_ARIA128GCM, 0),
    kw("ARIA256", 0, 0, E_ARIA256GCM, 0),
    kw("CBC", 0, 0, E_CBC, 0),
    kw("MD5", 0, 0, 0, M_MD5),
    kw("SHA1", 0, 0, 0, M_SHA1),
    kw("SHA", 0, 0, 0, M_SHA1),
    kw("GOST94", 0, 0, 0, M_GOST94),
    kw("GOST89MAC", 0, 0, 0, M_GOST89MAC | M_GOST89MAC12),
    kw("SHA256", 0, 0, 0, M_SHA256),
    kw("SHA384", 0, 0, 0, M_SHA384),
    kw("GOST12", 0, 0, 0, M_GOST12_256),
    version("SSLv3", V_SSL3),
    version("TLSv1", V_TLS1),
    version("TLSv1.0", V_TLS1),
    version("TLSv1.2", V_TLS12),
    class("LOW", 0, S_LOW, true),
    class("MEDIUM", 0, S_MEDIUM, true),
    class("HIGH", 0, S_HIGH, false),
    class("FIPS", !E_NULL, S_FIPS, false),
    // OpenSSL 1.0.2 and older.
    legacy(kw("DES", 0, 0, E_DES, 0)),
    class("EXP", 0, S_EXP40 | S_EXP56, true),
    class("EXPORT", 0, S_EXP40 | S_EXP56, true),
    class("EXPORT40", 0, S_EXP40, true),
    class("EXPORT56", 0, S_EXP56, true),
    legacy(kw("KRB5", K_KRB5, 0, 0, 0)),
    legacy(kw("kKRB5", K_KRB5, 0, 0, 0)),
    legacy(kw("aKRB5", 0, A_KRB5, 0, 0)),
    legacy(kw("kDHr", K_DHR, 0, 0, 0)),
    legacy(kw("kDHd", K_DHD, 0, 0, 0)),
    legacy(kw("kDH", K_DHR | K_DHD, 0, 0, 0)),
    legacy(kw("aDH", 0, A_DH, 0, 0)),
    legacy(kw("kECDHr", K_ECDHR, 0, 0, 0)),
    legacy(kw("kECDHe", K_ECDHEC, 0, 0, 0)),
    legacy(kw("kECDH", K_ECDHR | K_ECDHEC, 0, 0, 0)),
    legacy(kw("aECDH", 0, A_ECDH, 0, 0)),
    nothing("SSLv2"),
    nothing("TLSv1.1"),
    nothing("aGOST94"),
    nothing("GOST89MAC12"),
    nothing("kFZA"),
    nothing("aFZA"),
    nothing("eFZA"),
    nothing("FZA"),
    // Only meaningful at the start of the string (see `run`).
    nothing("DEFAULT"),
    nothing("SUITEB128"),
    nothing("SUITEB128ONLY"),
    nothing("SUITEB128C2"),
    nothing("SUITEB192"),
];

/// A rule's selection criteria, combined across `A+B` as OpenSSL does.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
struct Pattern {
    /// An explicit suite (index into [`SUITES`]).
    cipher: Option<usize>,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u16,
    strength: u32,
    legacy: bool,
}

impl Pattern {
    /// Intersect with one more part; false when the result can match nothing, where OpenSSL
    /// drops the whole rule.
    fn combine(&mut self, part: &Pattern) -> bool {
        for (acc, new) in [
            (&mut self.mkey, part.mkey),
            (&mut self.auth, part.auth),
            (&mut self.enc, part.enc),
            (&mut self.mac, part.mac),
        ] {
            if new != 0 {
                if *acc != 0 {
                    *acc &= new;
                    if *acc == 0 {
                        return false;
                    }
                } else {
                    *acc = new;
                }
            }
        }
        let strong = part.strength & STRONG_MASK;
        if strong != 0 {
            if self.strength & STRONG_MASK != 0 {
                self.strength &= strong | !STRONG_MASK;
                if self.strength & STRONG_MASK == 0 {
                    return false;
                }
            } else {
                // As OpenSSL: this assignment also drops a NOT_DEFAULT set by an earlier part.
                self.strength = strong;
            }
        }
        let default = part.strength & DEFAULT_MASK;
        if default != 0 {
            if self.strength & DEFAULT_MASK != 0 {
                self.strength &= default | !DEFAULT_MASK;
            } else {
                self.strength |= default;
            }
        }
        if part.cipher.is_some() {
            self.cipher = part.cipher;
        } else if part.min_tls != 0 {
            if self.min_tls != 0 && self.min_tls != part.min_tls {
                return false;
            }
            self.min_tls = part.min_tls;
        }
        self.legacy |= part.legacy;
        true
    }

    fn matches(&self, o: &Ossl) -> bool {
        if self.cipher.is_some_and(|c| c != o.idx) {
            return false;
        }
        (self.mkey == 0 || self.mkey & o.mkey != 0)
            && (self.auth == 0 || self.auth & o.auth != 0)
            && (self.enc == 0 || self.enc & o.enc != 0)
            && (self.mac == 0 || self.mac & o.mac != 0)
            && (self.cipher.is_some() || self.min_tls == 0 || self.min_tls == o.min_tls)
            && (self.strength & STRONG_MASK == 0 || self.strength & STRONG_MASK & o.strength != 0)
            && (self.strength & DEFAULT_MASK == 0 || self.strength & DEFAULT_MASK & o.strength != 0)
    }
}

fn keyword_pattern(k: &Keyword) -> Pattern {
    Pattern {
        cipher: None,
        mkey: k.mkey,
        auth: k.auth,
        enc: k.enc,
        mac: k.mac,
        min_tls: k.min_tls,
        strength: k.strength,
        legacy: k.legacy,
    }
}

/// An OpenSSL name as one part of a rule: the suite itself, with its own algorithm bits.
fn suite_pattern(idx: usize) -> Pattern {
    match names().ossl[idx] {
        Some(o) => {
            let o = &OSSL[o];
            Pattern {
                cipher: Some(idx),
                mkey: o.mkey,
                auth: o.auth,
                enc: o.enc,
                mac: o.mac,
                min_tls: 0,
                strength: o.strength,
                legacy: true,
            }
        }
        None => Pattern {
            cipher: Some(idx),
            legacy: true,
            ..Pattern::default()
        },
    }
}

const WORDS: usize = N.div_ceil(64);

#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Bits([u64; WORDS]);

impl Bits {
    fn one(idx: usize) -> Bits {
        let mut b = Bits::default();
        b.0[idx / 64] |= 1 << (idx % 64);
        b
    }
    fn has(&self, idx: usize) -> bool {
        self.0[idx / 64] & (1 << (idx % 64)) != 0
    }
    fn or(self, other: Bits) -> Bits {
        let mut b = self;
        for (w, o) in b.0.iter_mut().zip(other.0) {
            *w |= o;
        }
        b
    }
}

/// The suites a pattern matches: (those OpenSSL 3 lists, legacy ones).
fn scan(p: &Pattern) -> (Bits, Bits) {
    let mut modern = Bits::default();
    let mut old = Bits::default();
    for o in OSSL {
        if p.matches(o) {
            let set = if o.legacy { &mut old } else { &mut modern };
            set.0[o.idx / 64] |= 1 << (o.idx % 64);
        }
    }
    (modern, old)
}

/// How a rule selects suites.
enum Selector {
    /// One keyword, by index into [`KEYWORDS`].
    Keyword(usize),
    /// A combination, or a suite given by name.
    Pattern(Pattern),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    Add,
    Del,
    Ord,
    Kill,
    Special,
}

struct State {
    active: Bits,
    killed: Bits,
    /// For each active suite, the index in `add_tokens` of the token that added it.
    enabler: [u32; N],
    add_tokens: Vec<(usize, usize)>,
    unknown: Vec<Token>,
    /// Sets of the `A+B` combinations seen so far.
    cache: FxMap<Pattern, (Bits, Bits)>,
}

impl State {
    fn sets(&mut self, selector: &Selector) -> ((Bits, Bits), bool) {
        match selector {
            Selector::Keyword(k) => (names().keyword_sets[*k], KEYWORDS[*k].legacy),
            Selector::Pattern(p) => {
                if let Some(idx) = p.cipher {
                    // A named suite: itself, if it passes the other parts of the rule.
                    let sets = match names().ossl[idx] {
                        None => (Bits::one(idx), Bits::default()),
                        Some(o) if !OSSL[o].legacy && p.matches(&OSSL[o]) => {
                            (Bits::one(idx), Bits::default())
                        }
                        Some(o) if p.matches(&OSSL[o]) => (Bits::default(), Bits::one(idx)),
                        Some(_) => (Bits::default(), Bits::default()),
                    };
                    return (sets, p.legacy);
                }
                let sets = match self.cache.get(p) {
                    Some(&sets) => sets,
                    None => {
                        let sets = scan(p);
                        self.cache.insert(*p, sets);
                        sets
                    }
                };
                (sets, p.legacy)
            }
        }
    }

    fn apply(&mut self, rule: Rule, selector: &Selector, offset: usize, len: usize) {
        let ((modern, old), legacy) = self.sets(selector);
        match rule {
            Rule::Add => {
                let set = if legacy { modern.or(old) } else { modern };
                let mut token = None;
                for w in 0..WORDS {
                    let mut new = set.0[w] & !self.active.0[w] & !self.killed.0[w];
                    if new == 0 {
                        continue;
                    }
                    self.active.0[w] |= new;
                    let t = *token.get_or_insert_with(|| {
                        self.add_tokens.push((offset, len));
                        (self.add_tokens.len() - 1) as u32
                    });
                    while new != 0 {
                        let bit = new.trailing_zeros() as usize;
                        self.enabler[w * 64 + bit] = t;
                        new &= new - 1;
                    }
                }
            }
            Rule::Del | Rule::Kill => {
                let set = modern.or(old);
                for w in 0..WORDS {
                    self.active.0[w] &= !set.0[w];
                    if rule == Rule::Kill {
                        self.killed.0[w] |= set.0[w];
                    }
                }
            }
            Rule::Ord | Rule::Special => {}
        }
    }

    fn unknown(&mut self, s: &str, start: usize, end: usize) {
        if self.unknown.len() < MAX_UNKNOWN {
            self.unknown.push(Token {
                offset: start,
                len: end - start,
                text: s[start..end].to_string(),
            });
        }
    }
}

/// OpenSSL's separators (`ITEM_SEP`), and whitespace.
fn is_sep(b: u8) -> bool {
    matches!(b, b':' | b' ' | b';' | b',' | b'\t' | b'\n' | b'\r')
}

/// Characters OpenSSL reads as part of a keyword or name.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'=')
}

fn run(s: &str) -> State {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut st = State {
        active: Bits::default(),
        killed: Bits::default(),
        enabler: [0; N],
        add_tokens: Vec::new(),
        unknown: Vec::new(),
        cache: FxMap::default(),
    };
    let names = names();

    // `SUITEB…` at the very start replaces the whole string (check_suiteb_cipher_list).
    for (prefix, suites) in [
        ("SUITEB128ONLY", &["ECDHE-ECDSA-AES128-GCM-SHA256"][..]),
        ("SUITEB128C2", &["ECDHE-ECDSA-AES256-GCM-SHA384"][..]),
        (
            "SUITEB128",
            &[
                "ECDHE-ECDSA-AES128-GCM-SHA256",
                "ECDHE-ECDSA-AES256-GCM-SHA384",
            ][..],
        ),
        ("SUITEB192", &["ECDHE-ECDSA-AES256-GCM-SHA384"][..]),
    ] {
        if s.starts_with(prefix) {
            for name in suites {
                if let Some(idx) = find(name) {
                    let suite = Selector::Pattern(suite_pattern(idx));
                    st.apply(Rule::Add, &suite, 0, prefix.len());
                }
            }
            return st;
        }
    }

    // Only TLS 1.3 suite names seen so far: a `DEFAULT` here is the string's start for
    // OpenSSL once Node has moved the `TLS_*` names out.
    let mut leading = true;
    // The current segment (up to the next separator) and the last `_` in it: several rules can
    // share a segment (`HIGH!aNULL`), and each must not rescan it.
    let mut seg_end = 0;
    let mut last_underscore = None;
    let mut i = 0;
    while i < n {
        let start = i;
        let b = bytes[i];
        if is_sep(b) {
            i += 1;
            continue;
        }
        let rule = match b {
            b'-' => Rule::Del,
            b'+' => Rule::Ord,
            b'!' => Rule::Kill,
            b'@' => Rule::Special,
            _ => Rule::Add,
        };
        if rule != Rule::Add {
            i += 1;
        }
        let name_start = i;
        if i >= seg_end {
            seg_end = bytes[i..]
                .iter()
                .position(|&c| is_sep(c))
                .map_or(n, |p| i + p);
            last_underscore = bytes[i..seg_end]
                .iter()
                .rposition(|&c| c == b'_')
                .map(|p| i + p);
        }

        if rule == Rule::Special {
            let word_end = bytes[i..seg_end]
                .iter()
                .position(|&c| !is_word(c))
                .map_or(seg_end, |p| i + p);
            let word = &s[i..word_end];
            let ok = word == "STRENGTH"
                || (word.len() == 10
                    && word.starts_with("SECLEVEL=")
                    && (b'0'..=b'5').contains(&word.as_bytes()[9]));
            if !ok {
                st.unknown(s, start, seg_end);
            }
            leading = false;
            i = seg_end;
            continue;
        }

        // A whole IANA or Go name (they hold `_`, which OpenSSL does not read as part of a
        // name; OpenSSL names are found below).
        if last_underscore.is_some_and(|u| u >= name_start)
            && let Some(idx) = find(&s[name_start..seg_end])
        {
            let suite = Selector::Pattern(suite_pattern(idx));
            st.apply(rule, &suite, name_start, seg_end - name_start);
            leading &= SUITES[idx].tls13;
            i = seg_end;
            continue;
        }

        // Keywords and OpenSSL names joined by `+`.
        let mut pattern = Pattern::default();
        let mut parts = 0;
        let mut single_keyword = None;
        let mut found = true;
        loop {
            let w0 = i;
            while i < n && is_word(bytes[i]) {
                i += 1;
            }
            if i == w0 {
                // Not a name character: OpenSSL rejects the whole string here.
                let from = if name_start < seg_end {
                    name_start
                } else {
                    start
                };
                st.unknown(s, from, seg_end.max(from + 1).min(n));
                i = seg_end.max(start + 1);
                found = false;
                break;
            }
            let word = &s[w0..i];
            let multi = i < n && bytes[i] == b'+';
            if multi {
                i += 1;
            }
            if word == "DEFAULT" && leading && rule == Rule::Add && !multi && w0 == name_start {
                // ALL:!COMPLEMENTOFDEFAULT:!eNULL
                let k = &names.keywords;
                st.apply(Rule::Add, &Selector::Keyword(k["ALL"]), w0, i - w0);
                let cmpdef = Selector::Keyword(k["COMPLEMENTOFDEFAULT"]);
                st.apply(Rule::Kill, &cmpdef, w0, i - w0);
                st.apply(Rule::Kill, &Selector::Keyword(k["eNULL"]), w0, i - w0);
                found = false;
                break;
            }
            let part = if let Some(&k) = names.keywords.get(word) {
                single_keyword = Some(k);
                keyword_pattern(&KEYWORDS[k])
            } else if let Some(&idx) = names.openssl.get(word) {
                suite_pattern(idx)
            } else {
                st.unknown(s, name_start, seg_end);
                i = seg_end;
                found = false;
                break;
            };
            parts += 1;
            if !pattern.combine(&part) {
                // Known words whose intersection is empty: OpenSSL skips the rule.
                i = seg_end;
                found = false;
                break;
            }
            if !multi {
                break;
            }
        }
        leading = false;
        if found {
            let selector = match single_keyword {
                Some(k) if parts == 1 => Selector::Keyword(k),
                _ => Selector::Pattern(pattern),
            };
            st.apply(rule, &selector, name_start, i - name_start);
        }
    }
    st
}

// BEGIN GENERATED by scripts/gen_ciphers.py: do not edit by hand.

/// Number of suites in [`SUITES`].
const N: usize = 350;

/// Every suite: tls-parser 0.12's IANA list (less the two SCSV signals) with OpenSSL
/// and Go names joined by code.
#[rustfmt::skip]
static SUITES: [Suite; N] = [
    Suite { iana: "TLS_NULL_WITH_NULL_NULL", openssl: None, go: None, code: 0x0000, kx: "NULL", au: "NULL", enc: "NULL", mac: "NULL", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_NULL_MD5", openssl: Some("NULL-MD5"), go: None, code: 0x0001, kx: "RSA", au: "RSA", enc: "NULL", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_NULL_SHA", openssl: Some("NULL-SHA"), go: None, code: 0x0002, kx: "RSA", au: "RSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_EXPORT_WITH_RC4_40_MD5", openssl: Some("EXP-RC4-MD5"), go: None, code: 0x0003, kx: "RSA", au: "RSA", enc: "RC4_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_RSA_WITH_RC4_128_MD5", openssl: Some("RC4-MD5"), go: None, code: 0x0004, kx: "RSA", au: "RSA", enc: "RC4_128", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_RSA_WITH_RC4_128_SHA", openssl: Some("RC4-SHA"), go: Some("TLS_RSA_WITH_RC4_128_SHA"), code: 0x0005, kx: "RSA", au: "RSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", openssl: Some("EXP-RC2-CBC-MD5"), go: None, code: 0x0006, kx: "RSA", au: "RSA", enc: "RC2_CBC_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_RSA_WITH_IDEA_CBC_SHA", openssl: Some("IDEA-CBC-SHA"), go: None, code: 0x0007, kx: "RSA", au: "RSA", enc: "IDEA_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-DES-CBC-SHA"), go: None, code: 0x0008, kx: "RSA", au: "RSA", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_RSA_WITH_DES_CBC_SHA", openssl: Some("DES-CBC-SHA"), go: None, code: 0x0009, kx: "RSA", au: "RSA", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("DES-CBC3-SHA"), go: Some("TLS_RSA_WITH_3DES_EDE_CBC_SHA"), code: 0x000A, kx: "RSA", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-DH-DSS-DES-CBC-SHA"), go: None, code: 0x000B, kx: "DH", au: "DSS", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DH_DSS_WITH_DES_CBC_SHA", openssl: Some("DH-DSS-DES-CBC-SHA"), go: None, code: 0x000C, kx: "DH", au: "DSS", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", openssl: Some("DH-DSS-DES-CBC3-SHA"), go: None, code: 0x000D, kx: "DH", au: "DSS", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-DH-RSA-DES-CBC-SHA"), go: None, code: 0x000E, kx: "DH", au: "RSA", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DH_RSA_WITH_DES_CBC_SHA", openssl: Some("DH-RSA-DES-CBC-SHA"), go: None, code: 0x000F, kx: "DH", au: "RSA", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("DH-RSA-DES-CBC3-SHA"), go: None, code: 0x0010, kx: "DH", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-EDH-DSS-DES-CBC-SHA"), go: None, code: 0x0011, kx: "DHE", au: "DSS", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DHE_DSS_WITH_DES_CBC_SHA", openssl: Some("EDH-DSS-DES-CBC-SHA"), go: None, code: 0x0012, kx: "DHE", au: "DSS", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", openssl: Some("DHE-DSS-DES-CBC3-SHA"), go: None, code: 0x0013, kx: "DHE", au: "DSS", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-EDH-RSA-DES-CBC-SHA"), go: None, code: 0x0014, kx: "DHE", au: "RSA", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DHE_RSA_WITH_DES_CBC_SHA", openssl: Some("EDH-RSA-DES-CBC-SHA"), go: None, code: 0x0015, kx: "DHE", au: "RSA", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("DHE-RSA-DES-CBC3-SHA"), go: None, code: 0x0016, kx: "DHE", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", openssl: Some("EXP-ADH-RC4-MD5"), go: None, code: 0x0017, kx: "DH", au: "anon", enc: "RC4_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DH_anon_WITH_RC4_128_MD5", openssl: Some("ADH-RC4-MD5"), go: None, code: 0x0018, kx: "DH", au: "anon", enc: "RC4_128", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", openssl: Some("EXP-ADH-DES-CBC-SHA"), go: None, code: 0x0019, kx: "DH", au: "anon", enc: "DES40_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_DH_anon_WITH_DES_CBC_SHA", openssl: Some("ADH-DES-CBC-SHA"), go: None, code: 0x001A, kx: "DH", au: "anon", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", openssl: Some("ADH-DES-CBC3-SHA"), go: None, code: 0x001B, kx: "DH", au: "anon", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_KRB5_WITH_DES_CBC_SHA", openssl: Some("KRB5-DES-CBC-SHA"), go: None, code: 0x001E, kx: "KRB5", au: "KRB5", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_KRB5_WITH_3DES_EDE_CBC_SHA", openssl: Some("KRB5-DES-CBC3-SHA"), go: None, code: 0x001F, kx: "KRB5", au: "KRB5", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_KRB5_WITH_RC4_128_SHA", openssl: Some("KRB5-RC4-SHA"), go: None, code: 0x0020, kx: "KRB5", au: "KRB5", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_KRB5_WITH_IDEA_CBC_SHA", openssl: Some("KRB5-IDEA-CBC-SHA"), go: None, code: 0x0021, kx: "KRB5", au: "KRB5", enc: "IDEA_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "Kerberos key exchange (no forward secrecy)" },
    Suite { iana: "TLS_KRB5_WITH_DES_CBC_MD5", openssl: Some("KRB5-DES-CBC-MD5"), go: None, code: 0x0022, kx: "KRB5", au: "KRB5", enc: "DES_CBC", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_KRB5_WITH_3DES_EDE_CBC_MD5", openssl: Some("KRB5-DES-CBC3-MD5"), go: None, code: 0x0023, kx: "KRB5", au: "KRB5", enc: "3DES_EDE_CBC", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_KRB5_WITH_RC4_128_MD5", openssl: Some("KRB5-RC4-MD5"), go: None, code: 0x0024, kx: "KRB5", au: "KRB5", enc: "RC4_128", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_KRB5_WITH_IDEA_CBC_MD5", openssl: Some("KRB5-IDEA-CBC-MD5"), go: None, code: 0x0025, kx: "KRB5", au: "KRB5", enc: "IDEA_CBC", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "MD5" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA", openssl: Some("EXP-KRB5-DES-CBC-SHA"), go: None, code: 0x0026, kx: "KRB5", au: "KRB5", enc: "DES_CBC_40", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA", openssl: Some("EXP-KRB5-RC2-CBC-SHA"), go: None, code: 0x0027, kx: "KRB5", au: "KRB5", enc: "RC2_CBC_40", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_RC4_40_SHA", openssl: Some("EXP-KRB5-RC4-SHA"), go: None, code: 0x0028, kx: "KRB5", au: "KRB5", enc: "RC4_40", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5", openssl: Some("EXP-KRB5-DES-CBC-MD5"), go: None, code: 0x0029, kx: "KRB5", au: "KRB5", enc: "DES_CBC_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5", openssl: Some("EXP-KRB5-RC2-CBC-MD5"), go: None, code: 0x002A, kx: "KRB5", au: "KRB5", enc: "RC2_CBC_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_KRB5_EXPORT_WITH_RC4_40_MD5", openssl: Some("EXP-KRB5-RC4-MD5"), go: None, code: 0x002B, kx: "KRB5", au: "KRB5", enc: "RC4_40", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "EXPORT" },
    Suite { iana: "TLS_PSK_WITH_NULL_SHA", openssl: Some("PSK-NULL-SHA"), go: None, code: 0x002C, kx: "PSK", au: "PSK", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_DHE_PSK_WITH_NULL_SHA", openssl: Some("DHE-PSK-NULL-SHA"), go: None, code: 0x002D, kx: "DHE_PSK", au: "PSK", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_PSK_WITH_NULL_SHA", openssl: Some("RSA-PSK-NULL-SHA"), go: None, code: 0x002E, kx: "RSA_PSK", au: "RSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_AES_128_CBC_SHA", openssl: Some("AES128-SHA"), go: Some("TLS_RSA_WITH_AES_128_CBC_SHA"), code: 0x002F, kx: "RSA", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_128_CBC_SHA", openssl: Some("DH-DSS-AES128-SHA"), go: None, code: 0x0030, kx: "DH", au: "DSS", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_128_CBC_SHA", openssl: Some("DH-RSA-AES128-SHA"), go: None, code: 0x0031, kx: "DH", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", openssl: Some("DHE-DSS-AES128-SHA"), go: None, code: 0x0032, kx: "DHE", au: "DSS", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", openssl: Some("DHE-RSA-AES128-SHA"), go: None, code: 0x0033, kx: "DHE", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_AES_128_CBC_SHA", openssl: Some("ADH-AES128-SHA"), go: None, code: 0x0034, kx: "DH", au: "anon", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_WITH_AES_256_CBC_SHA", openssl: Some("AES256-SHA"), go: Some("TLS_RSA_WITH_AES_256_CBC_SHA"), code: 0x0035, kx: "RSA", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_256_CBC_SHA", openssl: Some("DH-DSS-AES256-SHA"), go: None, code: 0x0036, kx: "DH", au: "DSS", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_256_CBC_SHA", openssl: Some("DH-RSA-AES256-SHA"), go: None, code: 0x0037, kx: "DH", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", openssl: Some("DHE-DSS-AES256-SHA"), go: None, code: 0x0038, kx: "DHE", au: "DSS", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", openssl: Some("DHE-RSA-AES256-SHA"), go: None, code: 0x0039, kx: "DHE", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_AES_256_CBC_SHA", openssl: Some("ADH-AES256-SHA"), go: None, code: 0x003A, kx: "DH", au: "anon", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_WITH_NULL_SHA256", openssl: Some("NULL-SHA256"), go: None, code: 0x003B, kx: "RSA", au: "RSA", enc: "NULL", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_AES_128_CBC_SHA256", openssl: Some("AES128-SHA256"), go: Some("TLS_RSA_WITH_AES_128_CBC_SHA256"), code: 0x003C, kx: "RSA", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_AES_256_CBC_SHA256", openssl: Some("AES256-SHA256"), go: None, code: 0x003D, kx: "RSA", au: "RSA", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_128_CBC_SHA256", openssl: Some("DH-DSS-AES128-SHA256"), go: None, code: 0x003E, kx: "DH", au: "DSS", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_128_CBC_SHA256", openssl: Some("DH-RSA-AES128-SHA256"), go: None, code: 0x003F, kx: "DH", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", openssl: Some("DHE-DSS-AES128-SHA256"), go: None, code: 0x0040, kx: "DHE", au: "DSS", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("CAMELLIA128-SHA"), go: None, code: 0x0041, kx: "RSA", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("DH-DSS-CAMELLIA128-SHA"), go: None, code: 0x0042, kx: "DH", au: "DSS", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("DH-RSA-CAMELLIA128-SHA"), go: None, code: 0x0043, kx: "DH", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("DHE-DSS-CAMELLIA128-SHA"), go: None, code: 0x0044, kx: "DHE", au: "DSS", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("DHE-RSA-CAMELLIA128-SHA"), go: None, code: 0x0045, kx: "DHE", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", openssl: Some("ADH-CAMELLIA128-SHA"), go: None, code: 0x0046, kx: "DH", au: "anon", enc: "CAMELLIA_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_EXPORT1024_WITH_RC4_56_MD5", openssl: None, go: None, code: 0x0060, kx: "RSA", au: "RSA", enc: "RC4_56", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5", openssl: None, go: None, code: 0x0061, kx: "RSA", au: "RSA", enc: "RC2_CBC_56", mac: "MD5", tls13: false, strength: Strength::Weak, weakness: "MD5" },
    Suite { iana: "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", openssl: None, go: None, code: 0x0062, kx: "RSA", au: "RSA", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", openssl: None, go: None, code: 0x0063, kx: "DHE", au: "DSS", enc: "DES_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "DES" },
    Suite { iana: "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", openssl: None, go: None, code: 0x0064, kx: "RSA", au: "RSA", enc: "RC4_56", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", openssl: None, go: None, code: 0x0065, kx: "DHE", au: "DSS", enc: "RC4_56", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_DHE_DSS_WITH_RC4_128_SHA", openssl: None, go: None, code: 0x0066, kx: "DHE", au: "DSS", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", openssl: Some("DHE-RSA-AES128-SHA256"), go: None, code: 0x0067, kx: "DHE", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_256_CBC_SHA256", openssl: Some("DH-DSS-AES256-SHA256"), go: None, code: 0x0068, kx: "DH", au: "DSS", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_256_CBC_SHA256", openssl: Some("DH-RSA-AES256-SHA256"), go: None, code: 0x0069, kx: "DH", au: "RSA", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", openssl: Some("DHE-DSS-AES256-SHA256"), go: None, code: 0x006A, kx: "DHE", au: "DSS", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", openssl: Some("DHE-RSA-AES256-SHA256"), go: None, code: 0x006B, kx: "DHE", au: "RSA", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_AES_128_CBC_SHA256", openssl: Some("ADH-AES128-SHA256"), go: None, code: 0x006C, kx: "DH", au: "anon", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_AES_256_CBC_SHA256", openssl: Some("ADH-AES256-SHA256"), go: None, code: 0x006D, kx: "DH", au: "anon", enc: "AES_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("CAMELLIA256-SHA"), go: None, code: 0x0084, kx: "RSA", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("DH-DSS-CAMELLIA256-SHA"), go: None, code: 0x0085, kx: "DH", au: "DSS", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("DH-RSA-CAMELLIA256-SHA"), go: None, code: 0x0086, kx: "DH", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("DHE-DSS-CAMELLIA256-SHA"), go: None, code: 0x0087, kx: "DHE", au: "DSS", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("DHE-RSA-CAMELLIA256-SHA"), go: None, code: 0x0088, kx: "DHE", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", openssl: Some("ADH-CAMELLIA256-SHA"), go: None, code: 0x0089, kx: "DH", au: "anon", enc: "CAMELLIA_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_PSK_WITH_RC4_128_SHA", openssl: Some("PSK-RC4-SHA"), go: None, code: 0x008A, kx: "PSK", au: "PSK", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_PSK_WITH_3DES_EDE_CBC_SHA", openssl: Some("PSK-3DES-EDE-CBC-SHA"), go: None, code: 0x008B, kx: "PSK", au: "PSK", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_PSK_WITH_AES_128_CBC_SHA", openssl: Some("PSK-AES128-CBC-SHA"), go: None, code: 0x008C, kx: "PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_256_CBC_SHA", openssl: Some("PSK-AES256-CBC-SHA"), go: None, code: 0x008D, kx: "PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_RC4_128_SHA", openssl: Some("DHE-PSK-RC4-SHA"), go: None, code: 0x008E, kx: "DHE_PSK", au: "PSK", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA", openssl: Some("DHE-PSK-3DES-EDE-CBC-SHA"), go: None, code: 0x008F, kx: "DHE_PSK", au: "PSK", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", openssl: Some("DHE-PSK-AES128-CBC-SHA"), go: None, code: 0x0090, kx: "DHE_PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", openssl: Some("DHE-PSK-AES256-CBC-SHA"), go: None, code: 0x0091, kx: "DHE_PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_RC4_128_SHA", openssl: Some("RSA-PSK-RC4-SHA"), go: None, code: 0x0092, kx: "RSA_PSK", au: "RSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA", openssl: Some("RSA-PSK-3DES-EDE-CBC-SHA"), go: None, code: 0x0093, kx: "RSA_PSK", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", openssl: Some("RSA-PSK-AES128-CBC-SHA"), go: None, code: 0x0094, kx: "RSA_PSK", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", openssl: Some("RSA-PSK-AES256-CBC-SHA"), go: None, code: 0x0095, kx: "RSA_PSK", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_SEED_CBC_SHA", openssl: Some("SEED-SHA"), go: None, code: 0x0096, kx: "RSA", au: "RSA", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_SEED_CBC_SHA", openssl: Some("DH-DSS-SEED-SHA"), go: None, code: 0x0097, kx: "DH", au: "DSS", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_SEED_CBC_SHA", openssl: Some("DH-RSA-SEED-SHA"), go: None, code: 0x0098, kx: "DH", au: "RSA", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_SEED_CBC_SHA", openssl: Some("DHE-DSS-SEED-SHA"), go: None, code: 0x0099, kx: "DHE", au: "DSS", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_SEED_CBC_SHA", openssl: Some("DHE-RSA-SEED-SHA"), go: None, code: 0x009A, kx: "DHE", au: "RSA", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_SEED_CBC_SHA", openssl: Some("ADH-SEED-SHA"), go: None, code: 0x009B, kx: "DH", au: "anon", enc: "SEED_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_WITH_AES_128_GCM_SHA256", openssl: Some("AES128-GCM-SHA256"), go: Some("TLS_RSA_WITH_AES_128_GCM_SHA256"), code: 0x009C, kx: "RSA", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_AES_256_GCM_SHA384", openssl: Some("AES256-GCM-SHA384"), go: Some("TLS_RSA_WITH_AES_256_GCM_SHA384"), code: 0x009D, kx: "RSA", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", openssl: Some("DHE-RSA-AES128-GCM-SHA256"), go: None, code: 0x009E, kx: "DHE", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", openssl: Some("DHE-RSA-AES256-GCM-SHA384"), go: None, code: 0x009F, kx: "DHE", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_128_GCM_SHA256", openssl: Some("DH-RSA-AES128-GCM-SHA256"), go: None, code: 0x00A0, kx: "DH", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_AES_256_GCM_SHA384", openssl: Some("DH-RSA-AES256-GCM-SHA384"), go: None, code: 0x00A1, kx: "DH", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", openssl: Some("DHE-DSS-AES128-GCM-SHA256"), go: None, code: 0x00A2, kx: "DHE", au: "DSS", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", openssl: Some("DHE-DSS-AES256-GCM-SHA384"), go: None, code: 0x00A3, kx: "DHE", au: "DSS", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_128_GCM_SHA256", openssl: Some("DH-DSS-AES128-GCM-SHA256"), go: None, code: 0x00A4, kx: "DH", au: "DSS", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_AES_256_GCM_SHA384", openssl: Some("DH-DSS-AES256-GCM-SHA384"), go: None, code: 0x00A5, kx: "DH", au: "DSS", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_anon_WITH_AES_128_GCM_SHA256", openssl: Some("ADH-AES128-GCM-SHA256"), go: None, code: 0x00A6, kx: "DH", au: "anon", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_AES_256_GCM_SHA384", openssl: Some("ADH-AES256-GCM-SHA384"), go: None, code: 0x00A7, kx: "DH", au: "anon", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_PSK_WITH_AES_128_GCM_SHA256", openssl: Some("PSK-AES128-GCM-SHA256"), go: None, code: 0x00A8, kx: "PSK", au: "PSK", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_256_GCM_SHA384", openssl: Some("PSK-AES256-GCM-SHA384"), go: None, code: 0x00A9, kx: "PSK", au: "PSK", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", openssl: Some("DHE-PSK-AES128-GCM-SHA256"), go: None, code: 0x00AA, kx: "DHE_PSK", au: "PSK", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", openssl: Some("DHE-PSK-AES256-GCM-SHA384"), go: None, code: 0x00AB, kx: "DHE_PSK", au: "PSK", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", openssl: Some("RSA-PSK-AES128-GCM-SHA256"), go: None, code: 0x00AC, kx: "RSA_PSK", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", openssl: Some("RSA-PSK-AES256-GCM-SHA384"), go: None, code: 0x00AD, kx: "RSA_PSK", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_PSK_WITH_AES_128_CBC_SHA256", openssl: Some("PSK-AES128-CBC-SHA256"), go: None, code: 0x00AE, kx: "PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_256_CBC_SHA384", openssl: Some("PSK-AES256-CBC-SHA384"), go: None, code: 0x00AF, kx: "PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_NULL_SHA256", openssl: Some("PSK-NULL-SHA256"), go: None, code: 0x00B0, kx: "PSK", au: "PSK", enc: "NULL", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_PSK_WITH_NULL_SHA384", openssl: Some("PSK-NULL-SHA384"), go: None, code: 0x00B1, kx: "PSK", au: "PSK", enc: "NULL", mac: "SHA384", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", openssl: Some("DHE-PSK-AES128-CBC-SHA256"), go: None, code: 0x00B2, kx: "DHE_PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", openssl: Some("DHE-PSK-AES256-CBC-SHA384"), go: None, code: 0x00B3, kx: "DHE_PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_NULL_SHA256", openssl: Some("DHE-PSK-NULL-SHA256"), go: None, code: 0x00B4, kx: "DHE_PSK", au: "PSK", enc: "NULL", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_DHE_PSK_WITH_NULL_SHA384", openssl: Some("DHE-PSK-NULL-SHA384"), go: None, code: 0x00B5, kx: "DHE_PSK", au: "PSK", enc: "NULL", mac: "SHA384", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", openssl: Some("RSA-PSK-AES128-CBC-SHA256"), go: None, code: 0x00B6, kx: "RSA_PSK", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", openssl: Some("RSA-PSK-AES256-CBC-SHA384"), go: None, code: 0x00B7, kx: "RSA_PSK", au: "RSA", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_NULL_SHA256", openssl: Some("RSA-PSK-NULL-SHA256"), go: None, code: 0x00B8, kx: "RSA_PSK", au: "RSA", enc: "NULL", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_PSK_WITH_NULL_SHA384", openssl: Some("RSA-PSK-NULL-SHA384"), go: None, code: 0x00B9, kx: "RSA_PSK", au: "RSA", enc: "NULL", mac: "SHA384", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("CAMELLIA128-SHA256"), go: None, code: 0x00BA, kx: "RSA", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("DH-DSS-CAMELLIA128-SHA256"), go: None, code: 0x00BB, kx: "DH", au: "DSS", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("DH-RSA-CAMELLIA128-SHA256"), go: None, code: 0x00BC, kx: "DH", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("DHE-DSS-CAMELLIA128-SHA256"), go: None, code: 0x00BD, kx: "DHE", au: "DSS", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("DHE-RSA-CAMELLIA128-SHA256"), go: None, code: 0x00BE, kx: "DHE", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ADH-CAMELLIA128-SHA256"), go: None, code: 0x00BF, kx: "DH", au: "anon", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("CAMELLIA256-SHA256"), go: None, code: 0x00C0, kx: "RSA", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("DH-DSS-CAMELLIA256-SHA256"), go: None, code: 0x00C1, kx: "DH", au: "DSS", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("DH-RSA-CAMELLIA256-SHA256"), go: None, code: 0x00C2, kx: "DH", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("DHE-DSS-CAMELLIA256-SHA256"), go: None, code: 0x00C3, kx: "DHE", au: "DSS", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("DHE-RSA-CAMELLIA256-SHA256"), go: None, code: 0x00C4, kx: "DHE", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", openssl: Some("ADH-CAMELLIA256-SHA256"), go: None, code: 0x00C5, kx: "DH", au: "anon", enc: "CAMELLIA_256_CBC", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_SM4_GCM_SM3", openssl: None, go: None, code: 0x00C6, kx: "any", au: "any", enc: "SM4_GCM", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SM4_CCM_SM3", openssl: None, go: None, code: 0x00C7, kx: "any", au: "any", enc: "SM4_CCM", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AES_128_GCM_SHA256", openssl: Some("TLS_AES_128_GCM_SHA256"), go: Some("TLS_AES_128_GCM_SHA256"), code: 0x1301, kx: "any", au: "any", enc: "AES_128_GCM", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AES_256_GCM_SHA384", openssl: Some("TLS_AES_256_GCM_SHA384"), go: Some("TLS_AES_256_GCM_SHA384"), code: 0x1302, kx: "any", au: "any", enc: "AES_256_GCM", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_CHACHA20_POLY1305_SHA256", openssl: Some("TLS_CHACHA20_POLY1305_SHA256"), go: Some("TLS_CHACHA20_POLY1305_SHA256"), code: 0x1303, kx: "any", au: "any", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AES_128_CCM_SHA256", openssl: Some("TLS_AES_128_CCM_SHA256"), go: None, code: 0x1304, kx: "any", au: "any", enc: "AES_128_CCM", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AES_128_CCM_8_SHA256", openssl: Some("TLS_AES_128_CCM_8_SHA256"), go: None, code: 0x1305, kx: "any", au: "any", enc: "AES_128_CCM_8", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AEGIS_256_SHA512", openssl: None, go: None, code: 0x1306, kx: "any", au: "any", enc: "AEGIS_256", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_AEGIS_128L_SHA256", openssl: None, go: None, code: 0x1307, kx: "any", au: "any", enc: "AEGIS_128L", mac: "AEAD", tls13: true, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_NULL_SHA", openssl: Some("ECDH-ECDSA-NULL-SHA"), go: None, code: 0xC001, kx: "ECDH", au: "ECDSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", openssl: Some("ECDH-ECDSA-RC4-SHA"), go: None, code: 0xC002, kx: "ECDH", au: "ECDSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("ECDH-ECDSA-DES-CBC3-SHA"), go: None, code: 0xC003, kx: "ECDH", au: "ECDSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", openssl: Some("ECDH-ECDSA-AES128-SHA"), go: None, code: 0xC004, kx: "ECDH", au: "ECDSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", openssl: Some("ECDH-ECDSA-AES256-SHA"), go: None, code: 0xC005, kx: "ECDH", au: "ECDSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_NULL_SHA", openssl: Some("ECDHE-ECDSA-NULL-SHA"), go: None, code: 0xC006, kx: "ECDHE", au: "ECDSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", openssl: Some("ECDHE-ECDSA-RC4-SHA"), go: Some("TLS_ECDHE_ECDSA_WITH_RC4_128_SHA"), code: 0xC007, kx: "ECDHE", au: "ECDSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("ECDHE-ECDSA-DES-CBC3-SHA"), go: None, code: 0xC008, kx: "ECDHE", au: "ECDSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", openssl: Some("ECDHE-ECDSA-AES128-SHA"), go: Some("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"), code: 0xC009, kx: "ECDHE", au: "ECDSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", openssl: Some("ECDHE-ECDSA-AES256-SHA"), go: Some("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"), code: 0xC00A, kx: "ECDHE", au: "ECDSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_NULL_SHA", openssl: Some("ECDH-RSA-NULL-SHA"), go: None, code: 0xC00B, kx: "ECDH", au: "RSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDH_RSA_WITH_RC4_128_SHA", openssl: Some("ECDH-RSA-RC4-SHA"), go: None, code: 0xC00C, kx: "ECDH", au: "RSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("ECDH-RSA-DES-CBC3-SHA"), go: None, code: 0xC00D, kx: "ECDH", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", openssl: Some("ECDH-RSA-AES128-SHA"), go: None, code: 0xC00E, kx: "ECDH", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", openssl: Some("ECDH-RSA-AES256-SHA"), go: None, code: 0xC00F, kx: "ECDH", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_NULL_SHA", openssl: Some("ECDHE-RSA-NULL-SHA"), go: None, code: 0xC010, kx: "ECDHE", au: "RSA", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_RC4_128_SHA", openssl: Some("ECDHE-RSA-RC4-SHA"), go: Some("TLS_ECDHE_RSA_WITH_RC4_128_SHA"), code: 0xC011, kx: "ECDHE", au: "RSA", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("ECDHE-RSA-DES-CBC3-SHA"), go: Some("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"), code: 0xC012, kx: "ECDHE", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", openssl: Some("ECDHE-RSA-AES128-SHA"), go: Some("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"), code: 0xC013, kx: "ECDHE", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", openssl: Some("ECDHE-RSA-AES256-SHA"), go: Some("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"), code: 0xC014, kx: "ECDHE", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_anon_WITH_NULL_SHA", openssl: Some("AECDH-NULL-SHA"), go: None, code: 0xC015, kx: "ECDH", au: "anon", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDH_anon_WITH_RC4_128_SHA", openssl: Some("AECDH-RC4-SHA"), go: None, code: 0xC016, kx: "ECDH", au: "anon", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", openssl: Some("AECDH-DES-CBC3-SHA"), go: None, code: 0xC017, kx: "ECDH", au: "anon", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", openssl: Some("AECDH-AES128-SHA"), go: None, code: 0xC018, kx: "ECDH", au: "anon", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", openssl: Some("AECDH-AES256-SHA"), go: None, code: 0xC019, kx: "ECDH", au: "anon", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA", openssl: Some("SRP-3DES-EDE-CBC-SHA"), go: None, code: 0xC01A, kx: "SRP", au: "SRP", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA", openssl: Some("SRP-RSA-3DES-EDE-CBC-SHA"), go: None, code: 0xC01B, kx: "SRP", au: "RSA", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA", openssl: Some("SRP-DSS-3DES-EDE-CBC-SHA"), go: None, code: 0xC01C, kx: "SRP", au: "DSS", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", openssl: Some("SRP-AES-128-CBC-SHA"), go: None, code: 0xC01D, kx: "SRP", au: "SRP", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", openssl: Some("SRP-RSA-AES-128-CBC-SHA"), go: None, code: 0xC01E, kx: "SRP", au: "RSA", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", openssl: Some("SRP-DSS-AES-128-CBC-SHA"), go: None, code: 0xC01F, kx: "SRP", au: "DSS", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", openssl: Some("SRP-AES-256-CBC-SHA"), go: None, code: 0xC020, kx: "SRP", au: "SRP", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", openssl: Some("SRP-RSA-AES-256-CBC-SHA"), go: None, code: 0xC021, kx: "SRP", au: "RSA", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", openssl: Some("SRP-DSS-AES-256-CBC-SHA"), go: None, code: 0xC022, kx: "SRP", au: "DSS", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", openssl: Some("ECDHE-ECDSA-AES128-SHA256"), go: Some("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"), code: 0xC023, kx: "ECDHE", au: "ECDSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", openssl: Some("ECDHE-ECDSA-AES256-SHA384"), go: None, code: 0xC024, kx: "ECDHE", au: "ECDSA", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", openssl: Some("ECDH-ECDSA-AES128-SHA256"), go: None, code: 0xC025, kx: "ECDH", au: "ECDSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", openssl: Some("ECDH-ECDSA-AES256-SHA384"), go: None, code: 0xC026, kx: "ECDH", au: "ECDSA", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", openssl: Some("ECDHE-RSA-AES128-SHA256"), go: Some("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"), code: 0xC027, kx: "ECDHE", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", openssl: Some("ECDHE-RSA-AES256-SHA384"), go: None, code: 0xC028, kx: "ECDHE", au: "RSA", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", openssl: Some("ECDH-RSA-AES128-SHA256"), go: None, code: 0xC029, kx: "ECDH", au: "RSA", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", openssl: Some("ECDH-RSA-AES256-SHA384"), go: None, code: 0xC02A, kx: "ECDH", au: "RSA", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", openssl: Some("ECDHE-ECDSA-AES128-GCM-SHA256"), go: Some("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), code: 0xC02B, kx: "ECDHE", au: "ECDSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", openssl: Some("ECDHE-ECDSA-AES256-GCM-SHA384"), go: Some("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"), code: 0xC02C, kx: "ECDHE", au: "ECDSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", openssl: Some("ECDH-ECDSA-AES128-GCM-SHA256"), go: None, code: 0xC02D, kx: "ECDH", au: "ECDSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", openssl: Some("ECDH-ECDSA-AES256-GCM-SHA384"), go: None, code: 0xC02E, kx: "ECDH", au: "ECDSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", openssl: Some("ECDHE-RSA-AES128-GCM-SHA256"), go: Some("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), code: 0xC02F, kx: "ECDHE", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", openssl: Some("ECDHE-RSA-AES256-GCM-SHA384"), go: Some("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"), code: 0xC030, kx: "ECDHE", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", openssl: Some("ECDH-RSA-AES128-GCM-SHA256"), go: None, code: 0xC031, kx: "ECDH", au: "RSA", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", openssl: Some("ECDH-RSA-AES256-GCM-SHA384"), go: None, code: 0xC032, kx: "ECDH", au: "RSA", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_RC4_128_SHA", openssl: Some("ECDHE-PSK-RC4-SHA"), go: None, code: 0xC033, kx: "ECDHE_PSK", au: "PSK", enc: "RC4_128", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "RC4" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA", openssl: Some("ECDHE-PSK-3DES-EDE-CBC-SHA"), go: None, code: 0xC034, kx: "ECDHE_PSK", au: "PSK", enc: "3DES_EDE_CBC", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "3DES" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", openssl: Some("ECDHE-PSK-AES128-CBC-SHA"), go: None, code: 0xC035, kx: "ECDHE_PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", openssl: Some("ECDHE-PSK-AES256-CBC-SHA"), go: None, code: 0xC036, kx: "ECDHE_PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA1", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", openssl: Some("ECDHE-PSK-AES128-CBC-SHA256"), go: None, code: 0xC037, kx: "ECDHE_PSK", au: "PSK", enc: "AES_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", openssl: Some("ECDHE-PSK-AES256-CBC-SHA384"), go: None, code: 0xC038, kx: "ECDHE_PSK", au: "PSK", enc: "AES_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_NULL_SHA", openssl: Some("ECDHE-PSK-NULL-SHA"), go: None, code: 0xC039, kx: "ECDHE_PSK", au: "PSK", enc: "NULL", mac: "SHA1", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_NULL_SHA256", openssl: Some("ECDHE-PSK-NULL-SHA256"), go: None, code: 0xC03A, kx: "ECDHE_PSK", au: "PSK", enc: "NULL", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_NULL_SHA384", openssl: Some("ECDHE-PSK-NULL-SHA384"), go: None, code: 0xC03B, kx: "ECDHE_PSK", au: "PSK", enc: "NULL", mac: "SHA384", tls13: false, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_RSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC03C, kx: "RSA", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC03D, kx: "RSA", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC03E, kx: "DH", au: "DSS", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC03F, kx: "DH", au: "DSS", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC040, kx: "DH", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC041, kx: "DH", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC042, kx: "DHE", au: "DSS", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC043, kx: "DHE", au: "DSS", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC044, kx: "DHE", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC045, kx: "DHE", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC046, kx: "DH", au: "anon", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC047, kx: "DH", au: "anon", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC048, kx: "ECDHE", au: "ECDSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC049, kx: "ECDHE", au: "ECDSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC04A, kx: "ECDH", au: "ECDSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC04B, kx: "ECDH", au: "ECDSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC04C, kx: "ECDHE", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC04D, kx: "ECDHE", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC04E, kx: "ECDH", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC04F, kx: "ECDH", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("ARIA128-GCM-SHA256"), go: None, code: 0xC050, kx: "RSA", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("ARIA256-GCM-SHA384"), go: None, code: 0xC051, kx: "RSA", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("DHE-RSA-ARIA128-GCM-SHA256"), go: None, code: 0xC052, kx: "DHE", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("DHE-RSA-ARIA256-GCM-SHA384"), go: None, code: 0xC053, kx: "DHE", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("DH-RSA-ARIA128-GCM-SHA256"), go: None, code: 0xC054, kx: "DH", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("DH-RSA-ARIA256-GCM-SHA384"), go: None, code: 0xC055, kx: "DH", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", openssl: Some("DHE-DSS-ARIA128-GCM-SHA256"), go: None, code: 0xC056, kx: "DHE", au: "DSS", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", openssl: Some("DHE-DSS-ARIA256-GCM-SHA384"), go: None, code: 0xC057, kx: "DHE", au: "DSS", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256", openssl: Some("DH-DSS-ARIA128-GCM-SHA256"), go: None, code: 0xC058, kx: "DH", au: "DSS", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384", openssl: Some("DH-DSS-ARIA256-GCM-SHA384"), go: None, code: 0xC059, kx: "DH", au: "DSS", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256", openssl: Some("ADH-ARIA128-GCM-SHA256"), go: None, code: 0xC05A, kx: "DH", au: "anon", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384", openssl: Some("ADH-ARIA256-GCM-SHA384"), go: None, code: 0xC05B, kx: "DH", au: "anon", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("ECDHE-ECDSA-ARIA128-GCM-SHA256"), go: None, code: 0xC05C, kx: "ECDHE", au: "ECDSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("ECDHE-ECDSA-ARIA256-GCM-SHA384"), go: None, code: 0xC05D, kx: "ECDHE", au: "ECDSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("ECDH-ECDSA-ARIA128-GCM-SHA256"), go: None, code: 0xC05E, kx: "ECDH", au: "ECDSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("ECDH-ECDSA-ARIA256-GCM-SHA384"), go: None, code: 0xC05F, kx: "ECDH", au: "ECDSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("ECDHE-ARIA128-GCM-SHA256"), go: None, code: 0xC060, kx: "ECDHE", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("ECDHE-ARIA256-GCM-SHA384"), go: None, code: 0xC061, kx: "ECDHE", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256", openssl: Some("ECDH-ARIA128-GCM-SHA256"), go: None, code: 0xC062, kx: "ECDH", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384", openssl: Some("ECDH-ARIA256-GCM-SHA384"), go: None, code: 0xC063, kx: "ECDH", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_PSK_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC064, kx: "PSK", au: "PSK", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC065, kx: "PSK", au: "PSK", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC066, kx: "DHE_PSK", au: "PSK", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC067, kx: "DHE_PSK", au: "PSK", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC068, kx: "RSA_PSK", au: "RSA", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC069, kx: "RSA_PSK", au: "RSA", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_PSK_WITH_ARIA_128_GCM_SHA256", openssl: Some("PSK-ARIA128-GCM-SHA256"), go: None, code: 0xC06A, kx: "PSK", au: "PSK", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_ARIA_256_GCM_SHA384", openssl: Some("PSK-ARIA256-GCM-SHA384"), go: None, code: 0xC06B, kx: "PSK", au: "PSK", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", openssl: Some("DHE-PSK-ARIA128-GCM-SHA256"), go: None, code: 0xC06C, kx: "DHE_PSK", au: "PSK", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", openssl: Some("DHE-PSK-ARIA256-GCM-SHA384"), go: None, code: 0xC06D, kx: "DHE_PSK", au: "PSK", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", openssl: Some("RSA-PSK-ARIA128-GCM-SHA256"), go: None, code: 0xC06E, kx: "RSA_PSK", au: "RSA", enc: "ARIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", openssl: Some("RSA-PSK-ARIA256-GCM-SHA384"), go: None, code: 0xC06F, kx: "RSA_PSK", au: "RSA", enc: "ARIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256", openssl: None, go: None, code: 0xC070, kx: "ECDHE_PSK", au: "PSK", enc: "ARIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384", openssl: None, go: None, code: 0xC071, kx: "ECDHE_PSK", au: "PSK", enc: "ARIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ECDHE-ECDSA-CAMELLIA128-SHA256"), go: None, code: 0xC072, kx: "ECDHE", au: "ECDSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("ECDHE-ECDSA-CAMELLIA256-SHA384"), go: None, code: 0xC073, kx: "ECDHE", au: "ECDSA", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ECDH-ECDSA-CAMELLIA128-SHA256"), go: None, code: 0xC074, kx: "ECDH", au: "ECDSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("ECDH-ECDSA-CAMELLIA256-SHA384"), go: None, code: 0xC075, kx: "ECDH", au: "ECDSA", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ECDHE-RSA-CAMELLIA128-SHA256"), go: None, code: 0xC076, kx: "ECDHE", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("ECDHE-RSA-CAMELLIA256-SHA384"), go: None, code: 0xC077, kx: "ECDHE", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ECDH-RSA-CAMELLIA128-SHA256"), go: None, code: 0xC078, kx: "ECDH", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("ECDH-RSA-CAMELLIA256-SHA384"), go: None, code: 0xC079, kx: "ECDH", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC07A, kx: "RSA", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC07B, kx: "RSA", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC07C, kx: "DHE", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC07D, kx: "DHE", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC07E, kx: "DH", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC07F, kx: "DH", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC080, kx: "DHE", au: "DSS", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC081, kx: "DHE", au: "DSS", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC082, kx: "DH", au: "DSS", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC083, kx: "DH", au: "DSS", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC084, kx: "DH", au: "anon", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC085, kx: "DH", au: "anon", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Weak, weakness: "anonymous key exchange" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC086, kx: "ECDHE", au: "ECDSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC087, kx: "ECDHE", au: "ECDSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC088, kx: "ECDH", au: "ECDSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC089, kx: "ECDH", au: "ECDSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC08A, kx: "ECDHE", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC08B, kx: "ECDHE", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC08C, kx: "ECDH", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC08D, kx: "ECDH", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "static DH key exchange (no forward secrecy)" },
    Suite { iana: "TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC08E, kx: "PSK", au: "PSK", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC08F, kx: "PSK", au: "PSK", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC090, kx: "DHE_PSK", au: "PSK", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC091, kx: "DHE_PSK", au: "PSK", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256", openssl: None, go: None, code: 0xC092, kx: "RSA_PSK", au: "RSA", enc: "CAMELLIA_128_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384", openssl: None, go: None, code: 0xC093, kx: "RSA_PSK", au: "RSA", enc: "CAMELLIA_256_GCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("PSK-CAMELLIA128-SHA256"), go: None, code: 0xC094, kx: "PSK", au: "PSK", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("PSK-CAMELLIA256-SHA384"), go: None, code: 0xC095, kx: "PSK", au: "PSK", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("DHE-PSK-CAMELLIA128-SHA256"), go: None, code: 0xC096, kx: "DHE_PSK", au: "PSK", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("DHE-PSK-CAMELLIA256-SHA384"), go: None, code: 0xC097, kx: "DHE_PSK", au: "PSK", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("RSA-PSK-CAMELLIA128-SHA256"), go: None, code: 0xC098, kx: "RSA_PSK", au: "RSA", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("RSA-PSK-CAMELLIA256-SHA384"), go: None, code: 0xC099, kx: "RSA_PSK", au: "RSA", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", openssl: Some("ECDHE-PSK-CAMELLIA128-SHA256"), go: None, code: 0xC09A, kx: "ECDHE_PSK", au: "PSK", enc: "CAMELLIA_128_CBC", mac: "SHA256", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", openssl: Some("ECDHE-PSK-CAMELLIA256-SHA384"), go: None, code: 0xC09B, kx: "ECDHE_PSK", au: "PSK", enc: "CAMELLIA_256_CBC", mac: "SHA384", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_WITH_AES_128_CCM", openssl: Some("AES128-CCM"), go: None, code: 0xC09C, kx: "RSA", au: "RSA", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_AES_256_CCM", openssl: Some("AES256-CCM"), go: None, code: 0xC09D, kx: "RSA", au: "RSA", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_128_CCM", openssl: Some("DHE-RSA-AES128-CCM"), go: None, code: 0xC09E, kx: "DHE", au: "RSA", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_256_CCM", openssl: Some("DHE-RSA-AES256-CCM"), go: None, code: 0xC09F, kx: "DHE", au: "RSA", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_WITH_AES_128_CCM_8", openssl: Some("AES128-CCM8"), go: None, code: 0xC0A0, kx: "RSA", au: "RSA", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_RSA_WITH_AES_256_CCM_8", openssl: Some("AES256-CCM8"), go: None, code: 0xC0A1, kx: "RSA", au: "RSA", enc: "AES_256_CCM_8", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_128_CCM_8", openssl: Some("DHE-RSA-AES128-CCM8"), go: None, code: 0xC0A2, kx: "DHE", au: "RSA", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_AES_256_CCM_8", openssl: Some("DHE-RSA-AES256-CCM8"), go: None, code: 0xC0A3, kx: "DHE", au: "RSA", enc: "AES_256_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_128_CCM", openssl: Some("PSK-AES128-CCM"), go: None, code: 0xC0A4, kx: "PSK", au: "PSK", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_256_CCM", openssl: Some("PSK-AES256-CCM"), go: None, code: 0xC0A5, kx: "PSK", au: "PSK", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_128_CCM", openssl: Some("DHE-PSK-AES128-CCM"), go: None, code: 0xC0A6, kx: "DHE_PSK", au: "PSK", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_AES_256_CCM", openssl: Some("DHE-PSK-AES256-CCM"), go: None, code: 0xC0A7, kx: "DHE_PSK", au: "PSK", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_128_CCM_8", openssl: Some("PSK-AES128-CCM8"), go: None, code: 0xC0A8, kx: "PSK", au: "PSK", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_AES_256_CCM_8", openssl: Some("PSK-AES256-CCM8"), go: None, code: 0xC0A9, kx: "PSK", au: "PSK", enc: "AES_256_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_DHE_WITH_AES_128_CCM_8", openssl: Some("DHE-PSK-AES128-CCM8"), go: None, code: 0xC0AA, kx: "DHE_PSK", au: "PSK", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_DHE_WITH_AES_256_CCM_8", openssl: Some("DHE-PSK-AES256-CCM8"), go: None, code: 0xC0AB, kx: "DHE_PSK", au: "PSK", enc: "AES_256_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", openssl: Some("ECDHE-ECDSA-AES128-CCM"), go: None, code: 0xC0AC, kx: "ECDHE", au: "ECDSA", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", openssl: Some("ECDHE-ECDSA-AES256-CCM"), go: None, code: 0xC0AD, kx: "ECDHE", au: "ECDSA", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", openssl: Some("ECDHE-ECDSA-AES128-CCM8"), go: None, code: 0xC0AE, kx: "ECDHE", au: "ECDSA", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", openssl: Some("ECDHE-ECDSA-AES256-CCM8"), go: None, code: 0xC0AF, kx: "ECDHE", au: "ECDSA", enc: "AES_256_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECCPWD_WITH_AES_128_GCM_SHA256", openssl: None, go: None, code: 0xC0B0, kx: "ECCPWD", au: "ECCPWD", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECCPWD_WITH_AES_256_GCM_SHA384", openssl: None, go: None, code: 0xC0B1, kx: "ECCPWD", au: "ECCPWD", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECCPWD_WITH_AES_128_CCM_SHA256", openssl: None, go: None, code: 0xC0B2, kx: "ECCPWD", au: "ECCPWD", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECCPWD_WITH_AES_256_CCM_SHA384", openssl: None, go: None, code: 0xC0B3, kx: "ECCPWD", au: "ECCPWD", enc: "AES_256_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_SHA256_SHA256", openssl: None, go: None, code: 0xC0B4, kx: "any", au: "any", enc: "NULL", mac: "SHA256", tls13: true, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_SHA384_SHA384", openssl: None, go: None, code: 0xC0B5, kx: "any", au: "any", enc: "NULL", mac: "SHA384", tls13: true, strength: Strength::Weak, weakness: "NULL encryption" },
    Suite { iana: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("ECDHE-RSA-CHACHA20-POLY1305"), go: Some("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"), code: 0xCCA8, kx: "ECDHE", au: "RSA", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("ECDHE-ECDSA-CHACHA20-POLY1305"), go: Some("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"), code: 0xCCA9, kx: "ECDHE", au: "ECDSA", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("DHE-RSA-CHACHA20-POLY1305"), go: None, code: 0xCCAA, kx: "DHE", au: "RSA", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("PSK-CHACHA20-POLY1305"), go: None, code: 0xCCAB, kx: "PSK", au: "PSK", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("ECDHE-PSK-CHACHA20-POLY1305"), go: None, code: 0xCCAC, kx: "ECDHE_PSK", au: "PSK", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("DHE-PSK-CHACHA20-POLY1305"), go: None, code: 0xCCAD, kx: "DHE_PSK", au: "PSK", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", openssl: Some("RSA-PSK-CHACHA20-POLY1305"), go: None, code: 0xCCAE, kx: "RSA_PSK", au: "RSA", enc: "CHACHA20_POLY1305", mac: "AEAD", tls13: false, strength: Strength::NoForwardSecrecy, weakness: "RSA key exchange (no forward secrecy)" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256", openssl: None, go: None, code: 0xD001, kx: "ECDHE_PSK", au: "PSK", enc: "AES_128_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384", openssl: None, go: None, code: 0xD002, kx: "ECDHE_PSK", au: "PSK", enc: "AES_256_GCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256", openssl: None, go: None, code: 0xD003, kx: "ECDHE_PSK", au: "PSK", enc: "AES_128_CCM_8", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
    Suite { iana: "TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256", openssl: None, go: None, code: 0xD005, kx: "ECDHE_PSK", au: "PSK", enc: "AES_128_CCM", mac: "AEAD", tls13: false, strength: Strength::Strong, weakness: "" },
];

/// OpenSSL's view of each TLS 1.0-1.2 suite it has or had a name for: algorithm bits as in
/// `ssl/ssl_local.h`, minimum protocol, strength class; `legacy` when OpenSSL 3 as built
/// here does not list it (RC4, 3DES, IDEA, SEED, and suites removed in 1.1.0).
#[rustfmt::skip]
static OSSL: &[Ossl] = &[
    Ossl { idx: 1, mkey: K_RSA, auth: A_RSA, enc: E_NULL, mac: M_MD5, min_tls: V_SSL3, strength: S_NONE, legacy: false },
    Ossl { idx: 2, mkey: K_RSA, auth: A_RSA, enc: E_NULL, mac: M_SHA1, min_tls: V_SSL3, strength: S_NONE, legacy: false },
    Ossl { idx: 3, mkey: K_RSA, auth: A_RSA, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 4, mkey: K_RSA, auth: A_RSA, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 5, mkey: K_RSA, auth: A_RSA, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 6, mkey: K_RSA, auth: A_RSA, enc: E_RC2, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 7, mkey: K_RSA, auth: A_RSA, enc: E_IDEA, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 8, mkey: K_RSA, auth: A_RSA, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 9, mkey: K_RSA, auth: A_RSA, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 10, mkey: K_RSA, auth: A_RSA, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 11, mkey: K_DHD, auth: A_DH, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 12, mkey: K_DHD, auth: A_DH, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 13, mkey: K_DHD, auth: A_DH, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 14, mkey: K_DHR, auth: A_DH, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 15, mkey: K_DHR, auth: A_DH, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 16, mkey: K_DHR, auth: A_DH, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 17, mkey: K_DHE, auth: A_DSS, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 18, mkey: K_DHE, auth: A_DSS, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 19, mkey: K_DHE, auth: A_DSS, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 20, mkey: K_DHE, auth: A_RSA, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 21, mkey: K_DHE, auth: A_RSA, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 22, mkey: K_DHE, auth: A_RSA, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 23, mkey: K_DHE, auth: A_NULL, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 24, mkey: K_DHE, auth: A_NULL, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 25, mkey: K_DHE, auth: A_NULL, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 26, mkey: K_DHE, auth: A_NULL, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 27, mkey: K_DHE, auth: A_NULL, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 28, mkey: K_KRB5, auth: A_KRB5, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 29, mkey: K_KRB5, auth: A_KRB5, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 30, mkey: K_KRB5, auth: A_KRB5, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 31, mkey: K_KRB5, auth: A_KRB5, enc: E_IDEA, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 32, mkey: K_KRB5, auth: A_KRB5, enc: E_DES, mac: M_MD5, min_tls: V_SSL3, strength: S_LOW | NOT_DEFAULT, legacy: true },
    Ossl { idx: 33, mkey: K_KRB5, auth: A_KRB5, enc: E_3DES, mac: M_MD5, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 34, mkey: K_KRB5, auth: A_KRB5, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 35, mkey: K_KRB5, auth: A_KRB5, enc: E_IDEA, mac: M_MD5, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 36, mkey: K_KRB5, auth: A_KRB5, enc: E_DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 37, mkey: K_KRB5, auth: A_KRB5, enc: E_RC2, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 38, mkey: K_KRB5, auth: A_KRB5, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 39, mkey: K_KRB5, auth: A_KRB5, enc: E_DES, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 40, mkey: K_KRB5, auth: A_KRB5, enc: E_RC2, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 41, mkey: K_KRB5, auth: A_KRB5, enc: E_RC4, mac: M_MD5, min_tls: V_SSL3, strength: S_EXP40 | NOT_DEFAULT, legacy: true },
    Ossl { idx: 42, mkey: K_PSK, auth: A_PSK, enc: E_NULL, mac: M_SHA1, min_tls: V_SSL3, strength: S_NONE, legacy: false },
    Ossl { idx: 43, mkey: K_DHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA1, min_tls: V_SSL3, strength: S_NONE, legacy: false },
    Ossl { idx: 44, mkey: K_RSAPSK, auth: A_RSA, enc: E_NULL, mac: M_SHA1, min_tls: V_SSL3, strength: S_NONE, legacy: false },
    Ossl { idx: 45, mkey: K_RSA, auth: A_RSA, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 46, mkey: K_DHD, auth: A_DH, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 47, mkey: K_DHR, auth: A_DH, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 48, mkey: K_DHE, auth: A_DSS, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 49, mkey: K_DHE, auth: A_RSA, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 50, mkey: K_DHE, auth: A_NULL, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 51, mkey: K_RSA, auth: A_RSA, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 52, mkey: K_DHD, auth: A_DH, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 53, mkey: K_DHR, auth: A_DH, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 54, mkey: K_DHE, auth: A_DSS, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 55, mkey: K_DHE, auth: A_RSA, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 56, mkey: K_DHE, auth: A_NULL, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 57, mkey: K_RSA, auth: A_RSA, enc: E_NULL, mac: M_SHA256, min_tls: V_TLS12, strength: S_NONE, legacy: false },
    Ossl { idx: 58, mkey: K_RSA, auth: A_RSA, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 59, mkey: K_RSA, auth: A_RSA, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 60, mkey: K_DHD, auth: A_DH, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 61, mkey: K_DHR, auth: A_DH, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 62, mkey: K_DHE, auth: A_DSS, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 63, mkey: K_RSA, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 64, mkey: K_DHD, auth: A_DH, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 65, mkey: K_DHR, auth: A_DH, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 66, mkey: K_DHE, auth: A_DSS, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 67, mkey: K_DHE, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 68, mkey: K_DHE, auth: A_NULL, enc: E_CAMELLIA128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 76, mkey: K_DHE, auth: A_RSA, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 77, mkey: K_DHD, auth: A_DH, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 78, mkey: K_DHR, auth: A_DH, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 79, mkey: K_DHE, auth: A_DSS, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 80, mkey: K_DHE, auth: A_RSA, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 81, mkey: K_DHE, auth: A_NULL, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 82, mkey: K_DHE, auth: A_NULL, enc: E_AES256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 83, mkey: K_RSA, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 84, mkey: K_DHD, auth: A_DH, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 85, mkey: K_DHR, auth: A_DH, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 86, mkey: K_DHE, auth: A_DSS, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 87, mkey: K_DHE, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 88, mkey: K_DHE, auth: A_NULL, enc: E_CAMELLIA256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 89, mkey: K_PSK, auth: A_PSK, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 90, mkey: K_PSK, auth: A_PSK, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 91, mkey: K_PSK, auth: A_PSK, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 92, mkey: K_PSK, auth: A_PSK, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 93, mkey: K_DHEPSK, auth: A_PSK, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 94, mkey: K_DHEPSK, auth: A_PSK, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 95, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 96, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 97, mkey: K_RSAPSK, auth: A_RSA, enc: E_RC4, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 98, mkey: K_RSAPSK, auth: A_RSA, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 99, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 100, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 101, mkey: K_RSA, auth: A_RSA, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 102, mkey: K_DHD, auth: A_DH, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 103, mkey: K_DHR, auth: A_DH, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 104, mkey: K_DHE, auth: A_DSS, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 105, mkey: K_DHE, auth: A_RSA, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 106, mkey: K_DHE, auth: A_NULL, enc: E_SEED, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 107, mkey: K_RSA, auth: A_RSA, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 108, mkey: K_RSA, auth: A_RSA, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 109, mkey: K_DHE, auth: A_RSA, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 110, mkey: K_DHE, auth: A_RSA, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 111, mkey: K_DHR, auth: A_DH, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 112, mkey: K_DHR, auth: A_DH, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 113, mkey: K_DHE, auth: A_DSS, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 114, mkey: K_DHE, auth: A_DSS, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 115, mkey: K_DHD, auth: A_DH, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 116, mkey: K_DHD, auth: A_DH, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 117, mkey: K_DHE, auth: A_NULL, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 118, mkey: K_DHE, auth: A_NULL, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 119, mkey: K_PSK, auth: A_PSK, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 120, mkey: K_PSK, auth: A_PSK, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 121, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 122, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 123, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 124, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 125, mkey: K_PSK, auth: A_PSK, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 126, mkey: K_PSK, auth: A_PSK, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 127, mkey: K_PSK, auth: A_PSK, enc: E_NULL, mac: M_SHA256, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 128, mkey: K_PSK, auth: A_PSK, enc: E_NULL, mac: M_SHA384, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 129, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 130, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 131, mkey: K_DHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA256, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 132, mkey: K_DHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA384, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 133, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 134, mkey: K_RSAPSK, auth: A_RSA, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 135, mkey: K_RSAPSK, auth: A_RSA, enc: E_NULL, mac: M_SHA256, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 136, mkey: K_RSAPSK, auth: A_RSA, enc: E_NULL, mac: M_SHA384, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 137, mkey: K_RSA, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 138, mkey: K_DHD, auth: A_DH, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 139, mkey: K_DHR, auth: A_DH, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 140, mkey: K_DHE, auth: A_DSS, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 141, mkey: K_DHE, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 142, mkey: K_DHE, auth: A_NULL, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 143, mkey: K_RSA, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 144, mkey: K_DHD, auth: A_DH, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 145, mkey: K_DHR, auth: A_DH, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 146, mkey: K_DHE, auth: A_DSS, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 147, mkey: K_DHE, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 148, mkey: K_DHE, auth: A_NULL, enc: E_CAMELLIA256, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 158, mkey: K_ECDHEC, auth: A_ECDH, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE | NOT_DEFAULT, legacy: true },
    Ossl { idx: 159, mkey: K_ECDHEC, auth: A_ECDH, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 160, mkey: K_ECDHEC, auth: A_ECDH, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 161, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 162, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 163, mkey: K_ECDHE, auth: A_ECDSA, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 164, mkey: K_ECDHE, auth: A_ECDSA, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 165, mkey: K_ECDHE, auth: A_ECDSA, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 166, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 167, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 168, mkey: K_ECDHR, auth: A_ECDH, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE | NOT_DEFAULT, legacy: true },
    Ossl { idx: 169, mkey: K_ECDHR, auth: A_ECDH, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 170, mkey: K_ECDHR, auth: A_ECDH, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 171, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 172, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 173, mkey: K_ECDHE, auth: A_RSA, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 174, mkey: K_ECDHE, auth: A_RSA, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 175, mkey: K_ECDHE, auth: A_RSA, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 176, mkey: K_ECDHE, auth: A_RSA, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 177, mkey: K_ECDHE, auth: A_RSA, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 178, mkey: K_ECDHE, auth: A_NULL, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 179, mkey: K_ECDHE, auth: A_NULL, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 180, mkey: K_ECDHE, auth: A_NULL, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 181, mkey: K_ECDHE, auth: A_NULL, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 182, mkey: K_ECDHE, auth: A_NULL, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS | NOT_DEFAULT, legacy: false },
    Ossl { idx: 183, mkey: K_SRP, auth: A_SRP, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 184, mkey: K_SRP, auth: A_RSA, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 185, mkey: K_SRP, auth: A_DSS, enc: E_3DES, mac: M_SHA1, min_tls: V_SSL3, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 186, mkey: K_SRP, auth: A_SRP, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH, legacy: false },
    Ossl { idx: 187, mkey: K_SRP, auth: A_RSA, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH, legacy: false },
    Ossl { idx: 188, mkey: K_SRP, auth: A_DSS, enc: E_AES128, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 189, mkey: K_SRP, auth: A_SRP, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH, legacy: false },
    Ossl { idx: 190, mkey: K_SRP, auth: A_RSA, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH, legacy: false },
    Ossl { idx: 191, mkey: K_SRP, auth: A_DSS, enc: E_AES256, mac: M_SHA1, min_tls: V_SSL3, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 192, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 193, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 194, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 195, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 196, mkey: K_ECDHE, auth: A_RSA, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 197, mkey: K_ECDHE, auth: A_RSA, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 198, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 199, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 200, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 201, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 202, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 203, mkey: K_ECDHEC, auth: A_ECDH, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 204, mkey: K_ECDHE, auth: A_RSA, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 205, mkey: K_ECDHE, auth: A_RSA, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 206, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 207, mkey: K_ECDHR, auth: A_ECDH, enc: E_AES256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 208, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_RC4, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | NOT_DEFAULT, legacy: true },
    Ossl { idx: 209, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_3DES, mac: M_SHA1, min_tls: V_TLS1, strength: S_MEDIUM | S_FIPS | NOT_DEFAULT, legacy: true },
    Ossl { idx: 210, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_AES128, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 211, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_AES256, mac: M_SHA1, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 212, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_AES128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 213, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_AES256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | S_FIPS, legacy: false },
    Ossl { idx: 214, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA1, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 215, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA256, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 216, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_NULL, mac: M_SHA384, min_tls: V_TLS1, strength: S_NONE, legacy: false },
    Ossl { idx: 237, mkey: K_RSA, auth: A_RSA, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 238, mkey: K_RSA, auth: A_RSA, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 239, mkey: K_DHE, auth: A_RSA, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 240, mkey: K_DHE, auth: A_RSA, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 241, mkey: K_DHR, auth: A_DH, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 242, mkey: K_DHR, auth: A_DH, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 243, mkey: K_DHE, auth: A_DSS, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 244, mkey: K_DHE, auth: A_DSS, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 245, mkey: K_DHD, auth: A_DH, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 246, mkey: K_DHD, auth: A_DH, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 247, mkey: K_DHE, auth: A_NULL, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 248, mkey: K_DHE, auth: A_NULL, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 249, mkey: K_ECDHE, auth: A_ECDSA, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 250, mkey: K_ECDHE, auth: A_ECDSA, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 251, mkey: K_ECDHEC, auth: A_ECDH, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 252, mkey: K_ECDHEC, auth: A_ECDH, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 253, mkey: K_ECDHE, auth: A_RSA, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 254, mkey: K_ECDHE, auth: A_RSA, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 255, mkey: K_ECDHR, auth: A_ECDH, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 256, mkey: K_ECDHR, auth: A_ECDH, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 263, mkey: K_PSK, auth: A_PSK, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 264, mkey: K_PSK, auth: A_PSK, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 265, mkey: K_DHEPSK, auth: A_PSK, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 266, mkey: K_DHEPSK, auth: A_PSK, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 267, mkey: K_RSAPSK, auth: A_RSA, enc: E_ARIA128GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 268, mkey: K_RSAPSK, auth: A_RSA, enc: E_ARIA256GCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 271, mkey: K_ECDHE, auth: A_ECDSA, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 272, mkey: K_ECDHE, auth: A_ECDSA, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 273, mkey: K_ECDHEC, auth: A_ECDH, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 274, mkey: K_ECDHEC, auth: A_ECDH, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 275, mkey: K_ECDHE, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 276, mkey: K_ECDHE, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 277, mkey: K_ECDHR, auth: A_ECDH, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 278, mkey: K_ECDHR, auth: A_ECDH, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: true },
    Ossl { idx: 305, mkey: K_PSK, auth: A_PSK, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 306, mkey: K_PSK, auth: A_PSK, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 307, mkey: K_DHEPSK, auth: A_PSK, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 308, mkey: K_DHEPSK, auth: A_PSK, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 309, mkey: K_RSAPSK, auth: A_RSA, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 310, mkey: K_RSAPSK, auth: A_RSA, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 311, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_CAMELLIA128, mac: M_SHA256, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 312, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_CAMELLIA256, mac: M_SHA384, min_tls: V_TLS1, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 313, mkey: K_RSA, auth: A_RSA, enc: E_AES128CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 314, mkey: K_RSA, auth: A_RSA, enc: E_AES256CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 315, mkey: K_DHE, auth: A_RSA, enc: E_AES128CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 316, mkey: K_DHE, auth: A_RSA, enc: E_AES256CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 317, mkey: K_RSA, auth: A_RSA, enc: E_AES128CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 318, mkey: K_RSA, auth: A_RSA, enc: E_AES256CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 319, mkey: K_DHE, auth: A_RSA, enc: E_AES128CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 320, mkey: K_DHE, auth: A_RSA, enc: E_AES256CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 321, mkey: K_PSK, auth: A_PSK, enc: E_AES128CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 322, mkey: K_PSK, auth: A_PSK, enc: E_AES256CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 323, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES128CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 324, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES256CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 325, mkey: K_PSK, auth: A_PSK, enc: E_AES128CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 326, mkey: K_PSK, auth: A_PSK, enc: E_AES256CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 327, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES128CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 328, mkey: K_DHEPSK, auth: A_PSK, enc: E_AES256CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 329, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES128CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 330, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES256CCM, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 331, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES128CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 332, mkey: K_ECDHE, auth: A_ECDSA, enc: E_AES256CCM8, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH | NOT_DEFAULT, legacy: false },
    Ossl { idx: 339, mkey: K_ECDHE, auth: A_RSA, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 340, mkey: K_ECDHE, auth: A_ECDSA, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 341, mkey: K_DHE, auth: A_RSA, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 342, mkey: K_PSK, auth: A_PSK, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 343, mkey: K_ECDHEPSK, auth: A_PSK, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 344, mkey: K_DHEPSK, auth: A_PSK, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
    Ossl { idx: 345, mkey: K_RSAPSK, auth: A_RSA, enc: E_CHACHA20POLY1305, mac: M_AEAD, min_tls: V_TLS12, strength: S_HIGH, legacy: false },
];

/// Other OpenSSL spellings (`EDH-` before OpenSSL 1.1.0, `DHE-` since): name, index.
static OPENSSL_OTHER_NAMES: &[(&str, usize)] = &[
    ("EDH-DSS-DES-CBC3-SHA", 19),
    ("EDH-RSA-DES-CBC3-SHA", 22),
    ("EXP-DHE-DSS-DES-CBC-SHA", 17),
    ("DHE-DSS-DES-CBC-SHA", 18),
    ("EXP-DHE-RSA-DES-CBC-SHA", 20),
    ("DHE-RSA-DES-CBC-SHA", 21),
];

/// Go's older constant names, still exported by crypto/tls: name, index.
static GO_OTHER_NAMES: &[(&str, usize)] = &[
    ("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", 339),
    ("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", 340),
];

/// What `openssl ciphers` (OpenSSL 3.0.x, Debian 12) listed for each string: codes of the
/// TLS 1.0-1.2 suites, in OpenSSL's order; empty when it rejected the string.
#[cfg(test)]
#[rustfmt::skip]
static OPENSSL_OBSERVED: &[(&str, &[u16])] = &[
    ("ALL", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("DEFAULT", &[0xC02C, 0xC030, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC02B, 0xC02F, 0x009E, 0xC024, 0xC028, 0x006B, 0xC023, 0xC027, 0x0067, 0xC00A, 0xC014, 0x0039, 0xC009, 0xC013, 0x0033, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0x009D, 0x00A9, 0xCCAB, 0x00AC, 0x00AA, 0x009C, 0x00A8, 0x003D, 0x003C, 0xC038, 0xC036, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x0035, 0x00AF, 0x008D, 0xC037, 0xC035, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x002F, 0x00AE, 0x008C]),
    ("DEFAULT:!kRSA", &[0xC02C, 0xC030, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC02B, 0xC02F, 0x009E, 0xC024, 0xC028, 0x006B, 0xC023, 0xC027, 0x0067, 0xC00A, 0xC014, 0x0039, 0xC009, 0xC013, 0x0033, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0x00A9, 0xCCAB, 0x00AC, 0x00AA, 0x00A8, 0xC038, 0xC036, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x00AF, 0x008D, 0xC037, 0xC035, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x00AE, 0x008C]),
    ("HIGH", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("HIGH:!aNULL:!MD5", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("HIGH!aNULL", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("ALL:!aNULL:!eNULL", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("ALL:COMPLEMENTOFALL:@STRENGTH:@SECLEVEL=0", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x003D, 0x00C0, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003C, 0x00BA, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094, 0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("COMPLEMENTOFDEFAULT", &[0x00A3, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0x00A2, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0xC0A1, 0xC09D, 0xC051, 0xC0A9, 0xC0A5, 0xC06B, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0xC0A0, 0xC09C, 0xC050, 0xC0A8, 0xC0A4, 0xC06A, 0x00C0, 0x00BA, 0xC022, 0xC09B, 0xC099, 0xC097, 0x0084, 0xC095, 0xC01F, 0xC09A, 0xC098, 0xC096, 0x0041, 0xC094]),
    ("COMPLEMENTOFALL", &[0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("eNULL", &[0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("aNULL", &[0x00A7, 0x00A6, 0x006D, 0x00C5, 0x006C, 0x00BF, 0xC019, 0x003A, 0x0089, 0xC018, 0x0034, 0x0046, 0xC015]),
    ("ECDHE+AESGCM:!RC4", &[0xC02C, 0xC030, 0xC02B, 0xC02F]),
    ("kRSA+AESGCM", &[0x009D, 0x009C]),
    ("AESGCM+kRSA:!AES256", &[0x009C]),
    ("ALL:-HIGH:AES128-SHA", &[0x002F]),
    ("kRSA+kDHE!aNULL:HIGH", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("aNULL:DEFAULT", &[0x00A7, 0x00A6, 0x006D, 0x00C5, 0x006C, 0x00BF, 0xC019, 0x003A, 0x0089, 0xC018, 0x0034, 0x0046, 0xC015]),
    ("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384, DHE-RSA-AES128-GCM-SHA256", &[0xC02F, 0xC030, 0x009E]),
    ("PSK:!RSA:-kPSK", &[0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0xC038, 0xC036, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0xC037, 0xC035, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D]),
    ("TLSv1.2+ECDHE:SSLv3+kRSA", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0x0035, 0x0084, 0x002F, 0x0041, 0x0002, 0x0001]),
    ("ECDH+CAMELLIA:ECDHE+ARIA:CBC+SHA384", &[0xC073, 0xC077, 0xC072, 0xC076, 0xC05D, 0xC061, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC038, 0x00B7, 0x00B3, 0xC09B, 0xC099, 0xC097, 0x00AF, 0xC095]),
    ("FIPS:-SHA1", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0x006D, 0xC023, 0xC027, 0x0067, 0x0040, 0x006C, 0x00AD, 0x00AB, 0x009D, 0x00A9, 0x00AC, 0x00AA, 0x009C, 0x00A8, 0x003D, 0x003C, 0xC038, 0x00B7, 0x00B3, 0x00AF, 0xC037, 0x00B6, 0x00B2, 0x00AE]),
    ("HIGH+FIPS", &[]),
    ("DHE:EDH:ADH:!DSS", &[0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC053, 0x009E, 0xC0A2, 0xC09E, 0xC052, 0x006B, 0x00C4, 0x0067, 0x00BE, 0x0039, 0x0088, 0x0033, 0x0045, 0x00A7, 0x00A6, 0x006D, 0x00C5, 0x006C, 0x00BF, 0x003A, 0x0089, 0x0034, 0x0046]),
    ("RSA:aRSA+SHA256:+SHA1", &[0x009D, 0xC0A1, 0xC09D, 0xC051, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B, 0x0001, 0x006B, 0x00C4, 0xC027, 0x0067, 0xC076, 0x00BE, 0x00B6, 0xC098, 0x00B8, 0x0035, 0x0084, 0x002F, 0x0041, 0x0002]),
    ("AES256:!AESCCM8:!ARIA:!CAMELLIA:!PSK:!SRP:!DSS", &[0xC02C, 0xC030, 0x009F, 0xC0AD, 0xC09F, 0x00A7, 0xC024, 0xC028, 0x006B, 0x006D, 0xC00A, 0xC014, 0x0039, 0xC019, 0x003A, 0x009D, 0xC09D, 0x003D, 0x0035]),
    ("MEDIUM:LOW:HIGH+SHA256", &[0x006B, 0x006A, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC037, 0x00B6, 0x00B2, 0xC09A, 0xC098, 0xC096, 0x00AE, 0xC094]),
    ("SUITEB128:HIGH", &[0xC02B, 0xC02C]),
    ("ALL:!COMPLEMENTOFDEFAULT:-DH:+AES:ECDH", &[0xCCA9, 0xCCA8, 0xCCAE, 0xCCAD, 0xCCAC, 0xCCAB, 0xC02C, 0xC030, 0xC02B, 0xC02F, 0xC024, 0xC028, 0xC023, 0xC027, 0xC00A, 0xC014, 0xC009, 0xC013, 0x00AD, 0x00AB, 0x009D, 0x00A9, 0x00AC, 0x00AA, 0x009C, 0x00A8, 0x003D, 0x003C, 0xC038, 0xC036, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x0035, 0x00AF, 0x008D, 0xC037, 0xC035, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x002F, 0x00AE, 0x008C, 0xC006, 0xC010, 0xC015]),
    ("ECDHE:!ECDSA;AESCCM,CHACHA20 kEECDH+AES128", &[0xC030, 0xCCA8, 0xC061, 0xC02F, 0xC060, 0xC028, 0xC077, 0xC027, 0xC076, 0xC014, 0xC013, 0xC010, 0xC0A3, 0xC09F, 0xC0A2, 0xC09E, 0xC0AB, 0xC0A7, 0xC0A1, 0xC09D, 0xC0A9, 0xC0A5, 0xC0AA, 0xC0A6, 0xC0A0, 0xC09C, 0xC0A8, 0xC0A4, 0xCCAA, 0xCCAE, 0xCCAD, 0xCCAC, 0xCCAB, 0xC018]),
    ("TLSv1:TLSv1.0:!SHA", &[0xC038, 0x00B7, 0x00B3, 0xC09B, 0xC099, 0xC097, 0x00AF, 0xC095, 0xC037, 0x00B6, 0x00B2, 0xC09A, 0xC098, 0xC096, 0x00AE, 0xC094, 0xC03B, 0xC03A, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x00B1, 0x00B0]),
    ("ALL", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("COMPLEMENTOFALL", &[0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("COMPLEMENTOFDEFAULT", &[0x00A3, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0x00A2, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0xC0A1, 0xC09D, 0xC051, 0xC0A9, 0xC0A5, 0xC06B, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0xC0A0, 0xC09C, 0xC050, 0xC0A8, 0xC0A4, 0xC06A, 0x00C0, 0x00BA, 0xC022, 0xC09B, 0xC099, 0xC097, 0x0084, 0xC095, 0xC01F, 0xC09A, 0xC098, 0xC096, 0x0041, 0xC094]),
    ("kRSA", &[0x009D, 0xC0A1, 0xC09D, 0xC051, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B, 0x0035, 0x0084, 0x002F, 0x0041, 0x0002, 0x0001]),
    ("kEDH", &[0x00A3, 0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC057, 0xC053, 0x00A7, 0x00A2, 0x009E, 0xC0A2, 0xC09E, 0xC056, 0xC052, 0x00A6, 0x006B, 0x006A, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0x0067, 0x0040, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x0039, 0x0038, 0x0088, 0x0087, 0x003A, 0x0089, 0x0033, 0x0032, 0x0045, 0x0044, 0x0034, 0x0046]),
    ("kDHE", &[0x00A3, 0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC057, 0xC053, 0x00A7, 0x00A2, 0x009E, 0xC0A2, 0xC09E, 0xC056, 0xC052, 0x00A6, 0x006B, 0x006A, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0x0067, 0x0040, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x0039, 0x0038, 0x0088, 0x0087, 0x003A, 0x0089, 0x0033, 0x0032, 0x0045, 0x0044, 0x0034, 0x0046]),
    ("DH", &[0x00A3, 0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC057, 0xC053, 0x00A7, 0x00A2, 0x009E, 0xC0A2, 0xC09E, 0xC056, 0xC052, 0x00A6, 0x006B, 0x006A, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0x0067, 0x0040, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x0039, 0x0038, 0x0088, 0x0087, 0x003A, 0x0089, 0x0033, 0x0032, 0x0045, 0x0044, 0x0034, 0x0046]),
    ("kEECDH", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0xC00A, 0xC014, 0xC019, 0xC009, 0xC013, 0xC018, 0xC006, 0xC010, 0xC015]),
    ("kECDHE", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0xC00A, 0xC014, 0xC019, 0xC009, 0xC013, 0xC018, 0xC006, 0xC010, 0xC015]),
    ("ECDH", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0xC00A, 0xC014, 0xC019, 0xC009, 0xC013, 0xC018, 0xC006, 0xC010, 0xC015]),
    ("kPSK", &[0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x00AF, 0x008D, 0xC095, 0x00AE, 0x008C, 0xC094, 0x00B1, 0x00B0, 0x002C]),
    ("kRSAPSK", &[0x00AD, 0xCCAE, 0xC06F, 0x00AC, 0xC06E, 0x00B7, 0x0095, 0xC099, 0x00B6, 0x0094, 0xC098, 0x00B9, 0x00B8, 0x002E]),
    ("kECDHEPSK", &[0xCCAC, 0xC038, 0xC036, 0xC09B, 0xC037, 0xC035, 0xC09A, 0xC03B, 0xC03A, 0xC039]),
    ("kDHEPSK", &[0x00AB, 0xCCAD, 0xC0AB, 0xC0A7, 0xC06D, 0x00AA, 0xC0AA, 0xC0A6, 0xC06C, 0x00B3, 0x0091, 0xC097, 0x00B2, 0x0090, 0xC096, 0x00B5, 0x00B4, 0x002D]),
    ("kSRP", &[0xC022, 0xC021, 0xC020, 0xC01F, 0xC01E, 0xC01D]),
    ("kGOST", &[]),
    ("kGOST18", &[]),
    ("aRSA", &[0xC030, 0x009F, 0xCCA8, 0xCCAA, 0xC0A3, 0xC09F, 0xC061, 0xC053, 0xC02F, 0x009E, 0xC0A2, 0xC09E, 0xC060, 0xC052, 0xC028, 0x006B, 0xC077, 0x00C4, 0xC027, 0x0067, 0xC076, 0x00BE, 0xC014, 0x0039, 0x0088, 0xC013, 0x0033, 0x0045, 0xC010, 0x00AD, 0xCCAE, 0xC06F, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00AC, 0xC06E, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B, 0xC021, 0x00B7, 0x0095, 0xC099, 0x0035, 0x0084, 0xC01E, 0x00B6, 0x0094, 0xC098, 0x002F, 0x0041, 0x00B9, 0x00B8, 0x002E, 0x0002, 0x0001]),
    ("aDSS", &[0x00A3, 0xC057, 0x00A2, 0xC056, 0x006A, 0x00C3, 0x0040, 0x00BD, 0x0038, 0x0087, 0x0032, 0x0044, 0xC022, 0xC01F]),
    ("DSS", &[0x00A3, 0xC057, 0x00A2, 0xC056, 0x006A, 0x00C3, 0x0040, 0x00BD, 0x0038, 0x0087, 0x0032, 0x0044, 0xC022, 0xC01F]),
    ("aNULL", &[0x00A7, 0x00A6, 0x006D, 0x00C5, 0x006C, 0x00BF, 0xC019, 0x003A, 0x0089, 0xC018, 0x0034, 0x0046, 0xC015]),
    ("aECDSA", &[0xC02C, 0xCCA9, 0xC0AF, 0xC0AD, 0xC05D, 0xC02B, 0xC0AE, 0xC0AC, 0xC05C, 0xC024, 0xC073, 0xC023, 0xC072, 0xC00A, 0xC009, 0xC006]),
    ("ECDSA", &[0xC02C, 0xCCA9, 0xC0AF, 0xC0AD, 0xC05D, 0xC02B, 0xC0AE, 0xC0AC, 0xC05C, 0xC024, 0xC073, 0xC023, 0xC072, 0xC00A, 0xC009, 0xC006]),
    ("aPSK", &[0x00AB, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06D, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AA, 0xC0AA, 0xC0A6, 0xC06C, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0xC038, 0xC036, 0x00B3, 0x0091, 0xC09B, 0xC097, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0x00B2, 0x0090, 0xC09A, 0xC096, 0x00AE, 0x008C, 0xC094, 0xC03B, 0xC03A, 0xC039, 0x00B5, 0x00B4, 0x002D, 0x00B1, 0x00B0, 0x002C]),
    ("aGOST01", &[]),
    ("aGOST12", &[]),
    ("aGOST", &[]),
    ("aSRP", &[0xC020, 0xC01D]),
    ("EDH", &[0x00A3, 0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC057, 0xC053, 0x00A2, 0x009E, 0xC0A2, 0xC09E, 0xC056, 0xC052, 0x006B, 0x006A, 0x00C4, 0x00C3, 0x0067, 0x0040, 0x00BE, 0x00BD, 0x0039, 0x0038, 0x0088, 0x0087, 0x0033, 0x0032, 0x0045, 0x0044]),
    ("DHE", &[0x00A3, 0x009F, 0xCCAA, 0xC0A3, 0xC09F, 0xC057, 0xC053, 0x00A2, 0x009E, 0xC0A2, 0xC09E, 0xC056, 0xC052, 0x006B, 0x006A, 0x00C4, 0x00C3, 0x0067, 0x0040, 0x00BE, 0x00BD, 0x0039, 0x0038, 0x0088, 0x0087, 0x0033, 0x0032, 0x0045, 0x0044]),
    ("EECDH", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0xC00A, 0xC014, 0xC009, 0xC013, 0xC006, 0xC010]),
    ("ECDHE", &[0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC0AF, 0xC0AD, 0xC05D, 0xC061, 0xC02B, 0xC02F, 0xC0AE, 0xC0AC, 0xC05C, 0xC060, 0xC024, 0xC028, 0xC073, 0xC077, 0xC023, 0xC027, 0xC072, 0xC076, 0xC00A, 0xC014, 0xC009, 0xC013, 0xC006, 0xC010]),
    ("NULL", &[0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("RSA", &[0x009D, 0xC0A1, 0xC09D, 0xC051, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B, 0x0035, 0x0084, 0x002F, 0x0041, 0x0002, 0x0001]),
    ("ADH", &[0x00A7, 0x00A6, 0x006D, 0x00C5, 0x006C, 0x00BF, 0x003A, 0x0089, 0x0034, 0x0046]),
    ("AECDH", &[0xC019, 0xC018, 0xC015]),
    ("PSK", &[0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0xC038, 0xC036, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x00AE, 0x008C, 0xC094, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x00B1, 0x00B0, 0x002C]),
    ("SRP", &[0xC022, 0xC021, 0xC020, 0xC01F, 0xC01E, 0xC01D]),
    ("3DES", &[]),
    ("RC4", &[]),
    ("RC2", &[]),
    ("IDEA", &[]),
    ("SEED", &[]),
    ("eNULL", &[0xC006, 0xC010, 0xC015, 0x003B, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x002E, 0x002D, 0x0002, 0x0001, 0x00B1, 0x00B0, 0x002C]),
    ("GOST89", &[]),
    ("AES128", &[0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0x00A6, 0xC023, 0xC027, 0x0067, 0x0040, 0x006C, 0xC009, 0xC013, 0x0033, 0x0032, 0xC018, 0x0034, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0x009C, 0xC0A0, 0xC09C, 0x00A8, 0xC0A8, 0xC0A4, 0x003C, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x002F, 0x00AE, 0x008C]),
    ("AES256", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0x00A7, 0xC024, 0xC028, 0x006B, 0x006A, 0x006D, 0xC00A, 0xC014, 0x0039, 0x0038, 0xC019, 0x003A, 0x00AD, 0x00AB, 0xC0AB, 0xC0A7, 0x009D, 0xC0A1, 0xC09D, 0x00A9, 0xC0A9, 0xC0A5, 0x003D, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x0035, 0x00AF, 0x008D]),
    ("AES", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0x006D, 0xC023, 0xC027, 0x0067, 0x0040, 0x006C, 0xC00A, 0xC014, 0x0039, 0x0038, 0xC019, 0x003A, 0xC009, 0xC013, 0x0033, 0x0032, 0xC018, 0x0034, 0x00AD, 0x00AB, 0xC0AB, 0xC0A7, 0x009D, 0xC0A1, 0xC09D, 0x00A9, 0xC0A9, 0xC0A5, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0x009C, 0xC0A0, 0xC09C, 0x00A8, 0xC0A8, 0xC0A4, 0x003D, 0x003C, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x0035, 0x00AF, 0x008D, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x002F, 0x00AE, 0x008C]),
    ("AESGCM", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0x00A6, 0x00AD, 0x00AB, 0x009D, 0x00A9, 0x00AC, 0x00AA, 0x009C, 0x00A8]),
    ("AESCCM", &[0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC0AB, 0xC0A7, 0xC0A1, 0xC09D, 0xC0A9, 0xC0A5, 0xC0AA, 0xC0A6, 0xC0A0, 0xC09C, 0xC0A8, 0xC0A4]),
    ("AESCCM8", &[0xC0AF, 0xC0A3, 0xC0AE, 0xC0A2, 0xC0AB, 0xC0A1, 0xC0A9, 0xC0AA, 0xC0A0, 0xC0A8]),
    ("CAMELLIA128", &[0xC072, 0xC076, 0x00BE, 0x00BD, 0x00BF, 0x0045, 0x0044, 0x0046, 0x00BA, 0xC09A, 0xC098, 0xC096, 0x0041, 0xC094]),
    ("CAMELLIA256", &[0xC073, 0xC077, 0x00C4, 0x00C3, 0x00C5, 0x0088, 0x0087, 0x0089, 0x00C0, 0xC09B, 0xC099, 0xC097, 0x0084, 0xC095]),
    ("CAMELLIA", &[0xC073, 0xC077, 0x00C4, 0x00C3, 0x00C5, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x00BF, 0x0088, 0x0087, 0x0089, 0x0045, 0x0044, 0x0046, 0x00C0, 0x00BA, 0xC09B, 0xC099, 0xC097, 0x0084, 0xC095, 0xC09A, 0xC098, 0xC096, 0x0041, 0xC094]),
    ("CHACHA20", &[0xCCA9, 0xCCA8, 0xCCAA, 0xCCAE, 0xCCAD, 0xCCAC, 0xCCAB]),
    ("ARIA", &[0xC05D, 0xC061, 0xC057, 0xC053, 0xC05C, 0xC060, 0xC056, 0xC052, 0xC06F, 0xC06D, 0xC051, 0xC06B, 0xC06E, 0xC06C, 0xC050, 0xC06A]),
    ("ARIAGCM", &[0xC05D, 0xC061, 0xC057, 0xC053, 0xC05C, 0xC060, 0xC056, 0xC052, 0xC06F, 0xC06D, 0xC051, 0xC06B, 0xC06E, 0xC06C, 0xC050, 0xC06A]),
    ("ARIA128", &[0xC05C, 0xC060, 0xC056, 0xC052, 0xC06E, 0xC06C, 0xC050, 0xC06A]),
    ("ARIA256", &[0xC05D, 0xC061, 0xC057, 0xC053, 0xC06F, 0xC06D, 0xC051, 0xC06B]),
    ("CBC", &[0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("MD5", &[0x0001]),
    ("SHA1", &[0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0xC006, 0xC010, 0xC015, 0xC036, 0xC022, 0xC021, 0xC020, 0x0095, 0x0091, 0x0035, 0x0084, 0x008D, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x0094, 0x0090, 0x002F, 0x0041, 0x008C, 0xC039, 0x002E, 0x002D, 0x0002, 0x002C]),
    ("SHA", &[0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0xC006, 0xC010, 0xC015, 0xC036, 0xC022, 0xC021, 0xC020, 0x0095, 0x0091, 0x0035, 0x0084, 0x008D, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x0094, 0x0090, 0x002F, 0x0041, 0x008C, 0xC039, 0x002E, 0x002D, 0x0002, 0x002C]),
    ("GOST94", &[]),
    ("GOST89MAC", &[]),
    ("SHA256", &[0x006B, 0x006A, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B, 0xC037, 0x00B6, 0x00B2, 0xC09A, 0xC098, 0xC096, 0x00AE, 0xC094, 0xC03A, 0x00B8, 0x00B4, 0x00B0]),
    ("SHA384", &[0xC024, 0xC028, 0xC073, 0xC077, 0xC038, 0x00B7, 0x00B3, 0xC09B, 0xC099, 0xC097, 0x00AF, 0xC095, 0xC03B, 0x00B9, 0x00B5, 0x00B1]),
    ("GOST12", &[]),
    ("SSLv3", &[0x0039, 0x0038, 0x0088, 0x0087, 0x003A, 0x0089, 0x0033, 0x0032, 0x0045, 0x0044, 0x0034, 0x0046, 0xC022, 0xC021, 0xC020, 0x0095, 0x0091, 0x0035, 0x0084, 0x008D, 0xC01F, 0xC01E, 0xC01D, 0x0094, 0x0090, 0x002F, 0x0041, 0x008C, 0x002E, 0x002D, 0x0002, 0x0001, 0x002C]),
    ("TLSv1", &[0xC00A, 0xC014, 0xC019, 0xC009, 0xC013, 0xC018, 0xC006, 0xC010, 0xC015, 0xC038, 0xC036, 0x00B7, 0x00B3, 0xC09B, 0xC099, 0xC097, 0x00AF, 0xC095, 0xC037, 0xC035, 0x00B6, 0x00B2, 0xC09A, 0xC098, 0xC096, 0x00AE, 0xC094, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x00B1, 0x00B0]),
    ("TLSv1.0", &[0xC00A, 0xC014, 0xC019, 0xC009, 0xC013, 0xC018, 0xC006, 0xC010, 0xC015, 0xC038, 0xC036, 0x00B7, 0x00B3, 0xC09B, 0xC099, 0xC097, 0x00AF, 0xC095, 0xC037, 0xC035, 0x00B6, 0x00B2, 0xC09A, 0xC098, 0xC096, 0x00AE, 0xC094, 0xC03B, 0xC03A, 0xC039, 0x00B9, 0x00B8, 0x00B5, 0x00B4, 0x00B1, 0x00B0]),
    ("TLSv1.2", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0x003B]),
    ("LOW", &[]),
    ("MEDIUM", &[]),
    ("HIGH", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC0AF, 0xC0AD, 0xC0A3, 0xC09F, 0xC05D, 0xC061, 0xC057, 0xC053, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0xC0AE, 0xC0AC, 0xC0A2, 0xC09E, 0xC05C, 0xC060, 0xC056, 0xC052, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0xC073, 0xC077, 0x00C4, 0x00C3, 0x006D, 0x00C5, 0xC023, 0xC027, 0x0067, 0x0040, 0xC072, 0xC076, 0x00BE, 0x00BD, 0x006C, 0x00BF, 0xC00A, 0xC014, 0x0039, 0x0038, 0x0088, 0x0087, 0xC019, 0x003A, 0x0089, 0xC009, 0xC013, 0x0033, 0x0032, 0x0045, 0x0044, 0xC018, 0x0034, 0x0046, 0x00AD, 0x00AB, 0xCCAE, 0xCCAD, 0xCCAC, 0xC0AB, 0xC0A7, 0xC06F, 0xC06D, 0x009D, 0xC0A1, 0xC09D, 0xC051, 0x00A9, 0xCCAB, 0xC0A9, 0xC0A5, 0xC06B, 0x00AC, 0x00AA, 0xC0AA, 0xC0A6, 0xC06E, 0xC06C, 0x009C, 0xC0A0, 0xC09C, 0xC050, 0x00A8, 0xC0A8, 0xC0A4, 0xC06A, 0x003D, 0x00C0, 0x003C, 0x00BA, 0xC038, 0xC036, 0xC022, 0xC021, 0xC020, 0x00B7, 0x00B3, 0x0095, 0x0091, 0xC09B, 0xC099, 0xC097, 0x0035, 0x0084, 0x00AF, 0x008D, 0xC095, 0xC037, 0xC035, 0xC01F, 0xC01E, 0xC01D, 0x00B6, 0x00B2, 0x0094, 0x0090, 0xC09A, 0xC098, 0xC096, 0x002F, 0x0041, 0x00AE, 0x008C, 0xC094]),
    ("FIPS", &[0xC02C, 0xC030, 0x00A3, 0x009F, 0x00A7, 0xC02B, 0xC02F, 0x00A2, 0x009E, 0x00A6, 0xC024, 0xC028, 0x006B, 0x006A, 0x006D, 0xC023, 0xC027, 0x0067, 0x0040, 0x006C, 0xC00A, 0xC014, 0x0039, 0x0038, 0xC019, 0x003A, 0xC009, 0xC013, 0x0033, 0x0032, 0xC018, 0x0034, 0x00AD, 0x00AB, 0x009D, 0x00A9, 0x00AC, 0x00AA, 0x009C, 0x00A8, 0x003D, 0x003C, 0xC038, 0xC036, 0x00B7, 0x00B3, 0x0095, 0x0091, 0x0035, 0x00AF, 0x008D, 0xC037, 0xC035, 0x00B6, 0x00B2, 0x0094, 0x0090, 0x002F, 0x00AE, 0x008C]),
];

// END GENERATED

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::time::{Duration, Instant};

    fn weak(s: &str) -> Vec<(&'static str, Strength, &'static str, usize, String)> {
        evaluate(s)
            .weak
            .into_iter()
            .map(|w| {
                let name = w.suite.openssl.unwrap_or(w.suite.iana);
                (
                    name,
                    w.suite.strength,
                    w.suite.weakness,
                    w.token.offset,
                    w.token.text,
                )
            })
            .collect()
    }

    fn unknown(s: &str) -> Vec<(usize, String)> {
        evaluate(s)
            .unknown
            .into_iter()
            .map(|t| {
                assert_eq!(t.len, t.text.len());
                assert_eq!(&s[t.offset..t.offset + t.len], t.text);
                (t.offset, t.text)
            })
            .collect()
    }

    fn fully_weak(s: &str) -> Vec<&'static str> {
        weak(s)
            .into_iter()
            .filter(|w| w.1 == Strength::Weak)
            .map(|w| w.2)
            .collect()
    }

    /// The TLS 1.0-1.2 suites a string enables that OpenSSL 3 as built here lists, by code.
    fn enabled_modern(s: &str) -> BTreeSet<u16> {
        let st = run(s);
        OSSL.iter()
            .filter(|o| !o.legacy && st.active.has(o.idx))
            .map(|o| SUITES[o.idx].code)
            .collect()
    }

    #[test]
    fn table_is_consistent() {
        assert_eq!(suites().len(), 350);
        for pair in suites().windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} {}",
                pair[0].iana,
                pair[1].iana
            );
        }
        let mut openssl = BTreeSet::new();
        for s in suites() {
            assert_eq!(lookup(s.iana).map(|f| f.code), Some(s.code), "{}", s.iana);
            if let Some(name) = s.openssl {
                assert!(openssl.insert(name), "{name} twice");
                assert_eq!(lookup(name).map(|f| f.code), Some(s.code), "{name}");
            }
            assert_eq!(
                s.weakness.is_empty(),
                s.strength == Strength::Strong,
                "{}",
                s.iana
            );
        }
        for name in [
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_AES_128_CCM_SHA256",
            "TLS_AES_128_CCM_8_SHA256",
        ] {
            let s = lookup(name).unwrap();
            assert!(s.tls13 && s.strength == Strength::Strong, "{name}");
            assert_eq!(s.openssl, Some(name));
        }
        assert_eq!(
            lookup("TLS_CHACHA20_POLY1305_SHA256").unwrap().enc,
            "CHACHA20_POLY1305"
        );
        assert_eq!(OSSL.iter().filter(|o| !o.legacy).count(), 155);
    }

    #[test]
    fn lookups() {
        let s = lookup("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256").unwrap();
        assert_eq!(s.openssl, Some("ECDHE-RSA-AES128-GCM-SHA256"));
        assert_eq!(s.go, Some("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assert_eq!(
            (s.kx, s.au, s.enc, s.mac),
            ("ECDHE", "RSA", "AES_128_GCM", "AEAD")
        );
        assert_eq!(s.strength, Strength::Strong);

        let s = lookup("tls.TLS_RSA_WITH_RC4_128_SHA").unwrap();
        assert_eq!(
            (s.code, s.strength, s.weakness),
            (0x0005, Strength::Weak, "RC4")
        );
        assert_eq!(s.openssl, Some("RC4-SHA"));

        let s = lookup("ECDHE-ECDSA-CHACHA20-POLY1305").unwrap();
        assert_eq!((s.code, s.strength), (0xCCA9, Strength::Strong));
        let s = lookup("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305").unwrap();
        assert_eq!((s.code, s.strength), (0xCCA9, Strength::Strong));
        assert_eq!(
            lookup("tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305")
                .unwrap()
                .code,
            0xCCA8
        );

        assert_eq!(
            lookup("tls_ecdhe_rsa_with_aes_128_gcm_sha256")
                .unwrap()
                .code,
            0xC02F
        );
        assert_eq!(
            lookup("TLS_DH_ANON_WITH_AES_128_CBC_SHA").unwrap().code,
            0x0034
        );
        assert_eq!(lookup("EDH-RSA-DES-CBC3-SHA").unwrap().code, 0x0016);
        assert_eq!(lookup("DES-CBC3-SHA").unwrap().weakness, "3DES");
        assert_eq!(lookup("EXP-RC4-MD5").unwrap().weakness, "EXPORT");
        assert_eq!(lookup("NULL-SHA").unwrap().weakness, "NULL encryption");
        assert_eq!(
            lookup("ADH-AES128-SHA").unwrap().weakness,
            "anonymous key exchange"
        );
        assert_eq!(
            lookup("AES128-SHA").unwrap().strength,
            Strength::NoForwardSecrecy
        );
        assert_eq!(
            lookup("AES256-GCM-SHA384").unwrap().strength,
            Strength::NoForwardSecrecy
        );
        assert_eq!(
            lookup("DHE-RSA-AES256-GCM-SHA384").unwrap().strength,
            Strength::Strong
        );
        assert_eq!(
            lookup("PSK-AES128-GCM-SHA256").unwrap().strength,
            Strength::Strong
        );
        assert_eq!(
            lookup("TLS_RSA_WITH_NULL_MD5").unwrap().weakness,
            "NULL encryption"
        );

        // OpenSSL compares its names case-sensitively.
        assert!(lookup("rc4-sha").is_none());
        assert!(lookup("TLS_CHACHA20_POLY1052_SHA256").is_none());
        assert!(lookup("").is_none());
        assert!(lookup("tls.").is_none());
        assert!(lookup("TLS_FALLBACK_SCSV").is_none());
        assert_eq!(
            lookup_name("  TLS_AES_128_GCM_SHA256\n").unwrap().code,
            0x1301
        );
        assert!(lookup_name("TLS_CHACHA20_POLY1052_SHA256").is_none());
    }

    #[test]
    fn matches_openssl_on_this_machine() {
        for (s, codes) in OPENSSL_OBSERVED {
            let want: BTreeSet<u16> = codes.iter().copied().collect();
            let got = enabled_modern(s);
            let missing: Vec<_> = want.difference(&got).map(|c| format!("{c:04X}")).collect();
            let extra: Vec<_> = got.difference(&want).map(|c| format!("{c:04X}")).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{s}: missing {missing:?}, extra {extra:?}"
            );
            assert!(unknown(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn nginx_default_is_not_weak() {
        let w = weak("HIGH:!aNULL:!MD5");
        assert!(!w.is_empty());
        assert!(w.iter().all(|w| w.1 == Strength::NoForwardSecrecy), "{w:?}");
        assert!(
            w.iter()
                .all(|w| w.2 == "RSA key exchange (no forward secrecy)")
        );
        assert!(w.iter().all(|w| (w.3, w.4.as_str()) == (0, "HIGH")));
        assert!(unknown("HIGH:!aNULL:!MD5").is_empty());
    }

    #[test]
    fn all_and_default() {
        // OpenSSL 3 as built here has no RC4 or 3DES: ALL does not bring them in.
        let all = fully_weak("ALL");
        assert!(all.contains(&"anonymous key exchange"));
        assert!(!all.contains(&"RC4") && !all.contains(&"3DES"));
        assert!(!all.contains(&"NULL encryption"));
        assert!(
            weak("ALL")
                .iter()
                .any(|w| w.1 == Strength::NoForwardSecrecy)
        );

        let default = weak("DEFAULT");
        assert!(!default.is_empty());
        assert!(
            default.iter().all(|w| w.1 == Strength::NoForwardSecrecy),
            "{default:?}"
        );
        assert!(
            default
                .iter()
                .all(|w| (w.3, w.4.as_str()) == (0, "DEFAULT"))
        );
        assert!(weak("DEFAULT:!kRSA:!kRSAPSK").is_empty());
        // After Node has moved the TLS 1.3 names out, DEFAULT leads the string.
        assert_eq!(weak("TLS_AES_128_GCM_SHA256:DEFAULT").len(), default.len());
        // Elsewhere OpenSSL ignores DEFAULT.
        assert!(weak("aNULL:DEFAULT").iter().all(|w| w.1 == Strength::Weak));
        // DEFAULT kills what is not in DEFAULT for good, RC4 included.
        assert!(fully_weak("DEFAULT:RC4-SHA").is_empty());
    }

    #[test]
    fn named_weak_suites() {
        let w = weak("RC4-SHA");
        assert_eq!(
            w,
            vec![("RC4-SHA", Strength::Weak, "RC4", 0, "RC4-SHA".to_string())]
        );

        let s = "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA";
        let w = weak(s);
        assert_eq!(w.len(), 1);
        assert_eq!(
            (w[0].0, w[0].2, w[0].3),
            ("DES-CBC3-SHA", "3DES", s.find("DES-CBC3").unwrap())
        );

        let w = weak("AES128-SHA");
        assert_eq!(w.len(), 1);
        assert_eq!(
            (w[0].1, w[0].2),
            (
                Strength::NoForwardSecrecy,
                "RSA key exchange (no forward secrecy)"
            )
        );

        // IANA and Go names in a cipher string.
        assert_eq!(fully_weak("TLS_RSA_WITH_RC4_128_SHA"), vec!["RC4"]);
        assert_eq!(
            fully_weak("ECDHE-RSA-AES128-SHA:tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
            vec!["3DES"]
        );
        assert!(weak("ECDHE-RSA-AES128-GCM-SHA256, ECDHE-RSA-AES256-GCM-SHA384").is_empty());
        assert!(unknown("ECDHE-RSA-AES128-GCM-SHA256, ECDHE-RSA-AES256-GCM-SHA384").is_empty());
    }

    #[test]
    fn removal() {
        assert!(weak("!RC4:RC4-SHA").is_empty());
        assert!(unknown("!RC4:RC4-SHA").is_empty());
        let w = weak("-RC4:RC4-SHA");
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].2, w[0].3), ("RC4", 5));
        assert!(weak("ECDHE+AESGCM:!RC4").is_empty());
        assert!(unknown("ECDHE+AESGCM:!RC4").is_empty());
        assert!(weak("RC4-SHA:!RC4-SHA").is_empty());
        assert!(weak("RC4-SHA:-RC4").is_empty());
        assert_eq!(weak("RC4-SHA:-RC4:RC4-SHA").len(), 1);
        assert!(weak("kRSA:!kRSA").is_empty());
        assert!(
            weak("HIGH:!kRSA:!aNULL")
                .iter()
                .all(|w| w.0.starts_with("RSA-PSK-"))
        );
        assert!(weak("HIGH:!kRSA:!kRSAPSK:!aNULL").is_empty());
        // `+` moves, it does not add.
        assert!(weak("ECDHE-RSA-AES128-GCM-SHA256:+RC4").is_empty());
        // OpenSSL reads `HIGH!aNULL` as two rules.
        assert!(fully_weak("HIGH!aNULL").is_empty());
    }

    #[test]
    fn keywords_of_weak_classes() {
        let export = fully_weak("EXPORT");
        assert!(!export.is_empty() && export.iter().all(|w| *w == "EXPORT"));
        assert_eq!(fully_weak("EXP"), export);
        let anon = fully_weak("aNULL");
        assert!(anon.contains(&"anonymous key exchange"));
        assert!(
            anon.iter()
                .all(|w| *w == "anonymous key exchange" || *w == "NULL encryption")
        );
        let null = fully_weak("eNULL");
        assert!(!null.is_empty() && null.iter().all(|w| *w == "NULL encryption"));
        assert!(
            fully_weak("RC4")
                .iter()
                .all(|w| *w == "RC4" || *w == "anonymous key exchange" || *w == "EXPORT")
        );
        assert!(fully_weak("RC4").contains(&"RC4"));
        assert!(fully_weak("3DES").contains(&"3DES"));
        assert!(
            fully_weak("DES")
                .iter()
                .all(|w| *w == "DES" || *w == "anonymous key exchange" || *w == "EXPORT")
        );
        assert!(fully_weak("MD5").contains(&"NULL encryption"));
        assert_eq!(fully_weak("HIGH:!aNULL:-MD5:MD5"), vec!["NULL encryption"]);
        let medium = fully_weak("HIGH:MEDIUM:!aNULL");
        assert!(medium.contains(&"3DES") && medium.contains(&"RC4"));
        assert!(
            fully_weak("HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA").is_empty()
        );
        assert!(fully_weak("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM").is_empty());
        assert_eq!(fully_weak("kRSA+RC4"), vec!["EXPORT", "RC4", "RC4"]);
    }

    #[test]
    fn unknown_tokens() {
        let s = "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1052_SHA256";
        assert_eq!(
            unknown(s),
            vec![(23, "TLS_CHACHA20_POLY1052_SHA256".to_string())]
        );
        assert!(weak(s).is_empty());
        for ok in [
            "@SECLEVEL=2",
            "@STRENGTH",
            "HIGH:@STRENGTH:@SECLEVEL=0",
            "ECDHE+AESGCM",
            "kRSA+kDHE",
            "SUITEB128",
            "!EXPORT:!LOW:!SSLv2",
            "TLSv1.2:TLSv1.0:SSLv3",
            "ALL:COMPLEMENTOFALL",
        ] {
            assert!(unknown(ok).is_empty(), "{ok}");
        }
        assert_eq!(
            unknown("HIGH:@SECLEVEL=7"),
            vec![(5, "@SECLEVEL=7".to_string())]
        );
        assert_eq!(unknown("@FOO:HIGH"), vec![(0, "@FOO".to_string())]);
        assert_eq!(
            unknown("high:!anull"),
            vec![(0, "high".to_string()), (6, "anull".to_string())]
        );
        assert_eq!(unknown("ALL:*"), vec![(4, "*".to_string())]);
        assert_eq!(
            unknown("HIGH+:x"),
            vec![(0, "HIGH+".to_string()), (6, "x".to_string())]
        );
        assert_eq!(unknown("HIGH:!:MEDIUM"), vec![(5, "!".to_string())]);
        assert_eq!(unknown("ECDHE+FOO"), vec![(0, "ECDHE+FOO".to_string())]);
        assert_eq!(unknown("aes128-sha"), vec![(0, "aes128-sha".to_string())]);
        assert_eq!(
            unknown("HIGH:é:x€y"),
            vec![(5, "é".to_string()), (8, "x€y".to_string())]
        );
        // SUITEB at the start replaces the string.
        assert!(weak("SUITEB128:RC4-SHA").is_empty());
    }

    #[test]
    fn hostile_strings_are_bounded() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut garbage = String::new();
        let alphabet: Vec<char> = "AaHIGH!+-@:,; _.=RC4SHA€é\u{0}\t".chars().collect();
        while garbage.len() < 1 << 20 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            garbage.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let inputs = [
            garbage,
            "HIGH:-HIGH:".repeat(1 << 17),
            "ALL+RC4:".repeat(1 << 17),
            "x:".repeat(1 << 19),
            "TLS_RSA_WITH_RC4_128_SHA:-RC4:".repeat(1 << 15),
            "a".repeat(1 << 20),
            "+".repeat(1 << 20),
        ];
        for s in &inputs {
            let start = Instant::now();
            let report = evaluate(s);
            assert!(report.unknown.len() <= MAX_UNKNOWN);
            assert!(report.weak.len() <= N);
            // Generous for unoptimised test builds; a release build takes a few ms.
            assert!(
                start.elapsed() < Duration::from_secs(2),
                "{:?}",
                start.elapsed()
            );
        }
    }
}
