//! PEM blocks in text (certificates, PKCS#1/PKCS#8/SEC1/OpenSSH keys), as caulk reads a
//! `.pem`/`.key`/`.crt` file, then the certificate and key rules and the reports.
#![no_main]

use caulk::facts::{FileFacts, KeyLocation, KeyMaterial};
use caulk::parse::pki;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let _ = pki::has_pem(text);
    let file = caulk_fuzz::source("server.pem", text);
    let scan = pki::scan_pem(&file.text);
    let mut facts = FileFacts {
        disk_mode: Some(0o644),
        ..FileFacts::default()
    };
    for (index, block) in scan.blocks.into_iter().enumerate() {
        caulk_fuzz::check_span(&file, block.span, "PEM block");
        facts.key_material.push(KeyMaterial {
            file: 0,
            span: block.span,
            location: KeyLocation::File,
            kind: block.kind,
            index,
        });
    }
    for (span, _) in &scan.errors {
        caulk_fuzz::check_span(&file, *span, "PEM error");
    }
    facts.parse_errors.extend(scan.errors.into_iter().take(10));
    caulk_fuzz::pipeline(file, facts);
});
