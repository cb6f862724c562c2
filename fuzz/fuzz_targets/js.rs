//! TLS settings in TypeScript, TSX and JavaScript (tree-sitter), then the TLS rules and the
//! reports. The first byte picks the dialect.
#![no_main]

use caulk::facts::FileFacts;
use caulk::parse::code::js::{self, Dialect};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Some(text) = caulk_fuzz::text(rest) else {
        return;
    };
    let (dialect, name) = match first % 3 {
        0 => (Dialect::TypeScript, "server.ts"),
        1 => (Dialect::Tsx, "server.tsx"),
        _ => (Dialect::JavaScript, "server.js"),
    };
    let file = caulk_fuzz::source(name, text);
    let scan = js::scan(0, &file.text, dialect);
    let facts = FileFacts {
        tls: scan.tls,
        ..FileFacts::default()
    };
    caulk_fuzz::pipeline(file, facts);
});
