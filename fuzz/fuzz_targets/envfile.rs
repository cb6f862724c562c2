//! `.env` files, then the secret rules and the reports.
#![no_main]

use caulk::facts::FileFacts;
use caulk::parse::envfile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let file = caulk_fuzz::source(".env", text);
    let env = envfile::parse(&file.text);
    for var in &env {
        caulk_fuzz::check_span(&file, var.span, "variable");
        caulk_fuzz::check_span(&file, var.value_span, "value");
    }
    let facts = FileFacts {
        env,
        ..FileFacts::default()
    };
    caulk_fuzz::pipeline(file, facts);
});
