//! OpenSSL cipher strings: every weak suite's token must be a slice of the input.
#![no_main]

use caulk::data::ciphers;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = ciphers::evaluate(text);
    for weak in &report.weak {
        let token = &weak.token;
        assert!(token.offset + token.len <= text.len(), "{token:?}");
        assert_eq!(&text[token.offset..token.offset + token.len], token.text);
    }
});
