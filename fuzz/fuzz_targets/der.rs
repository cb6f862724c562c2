//! DER certificates (`.der`/`.cer`/`.crt` files that are not text), then the certificate
//! rules and the reports.
#![no_main]

use caulk::facts::{FileFacts, KeyLocation, KeyMaterial};
use caulk::parse::pki;
use caulk::source::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(kind) = pki::parse_der_certificate(data) else {
        return;
    };
    let file = caulk_fuzz::source("server.der", "");
    let facts = FileFacts {
        key_material: vec![KeyMaterial {
            file: 0,
            span: Span::new(0, 0),
            location: KeyLocation::File,
            kind,
            index: 0,
        }],
        ..FileFacts::default()
    };
    caulk_fuzz::pipeline(file, facts);
});
