//! Compose fact extraction over every document of a YAML stream, then the rules and reports.
#![no_main]

use caulk::facts::FileFacts;
use caulk::parse::{compose, yaml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let file = caulk_fuzz::source("docker-compose.yml", text);
    let stream = yaml::parse(&file.text, &file.lines);
    let mut facts = FileFacts::default();
    for document in &stream.documents {
        // As for a file named like a Compose file: every document is read as one.
        compose::facts(0, document, &mut facts);
    }
    if let Some(error) = &stream.error {
        let span = file.point(error.offset);
        facts.parse_errors.push((span, error.message.clone()));
    }
    caulk_fuzz::pipeline(file, facts);
});
