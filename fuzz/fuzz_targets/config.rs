//! `caulk.toml`: every error must name a line and column inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("/nonexistent-caulk-fuzz/caulk.toml");
    if let Err(error) = caulk::config::parse(text, path) {
        if error.line > 0 {
            let lines: Vec<&str> = text.split('\n').collect();
            assert!(error.line <= lines.len(), "{error:?}");
            let width = lines[error.line - 1].chars().count();
            assert!(error.column >= 1 && error.column <= width + 1, "{error:?}");
        }
        std::hint::black_box(error.to_string());
    }
});
