//! Dockerfile parsing and fact extraction, then the rules and reports.
#![no_main]

use caulk::parse::dockerfile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let file = caulk_fuzz::source("Dockerfile", text);
    let parsed = dockerfile::parse(&file);
    let mut facts = dockerfile::facts(0, &file, &parsed);
    facts.dockerfile = Some(parsed);
    caulk_fuzz::pipeline(file, facts);
});
