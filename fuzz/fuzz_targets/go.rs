//! TLS settings in Go (tree-sitter), then the TLS rules and the reports.
#![no_main]

use caulk::facts::FileFacts;
use caulk::parse::code::go;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let file = caulk_fuzz::source("server.go", text);
    let scan = go::scan(0, &file.text);
    let facts = FileFacts {
        tls: scan.tls,
        ..FileFacts::default()
    };
    caulk_fuzz::pipeline(file, facts);
});
