//! Kubernetes fact extraction (workloads, Secrets, RBAC, NetworkPolicies, ...) over every
//! document of a YAML stream, then the rules and reports.
#![no_main]

use caulk::facts::FileFacts;
use caulk::parse::{kubernetes, yaml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let file = caulk_fuzz::source("deploy.yaml", text);
    let stream = yaml::parse(&file.text, &file.lines);
    let mut facts = FileFacts::default();
    for document in &stream.documents {
        // Every document, whether or not it looks like an object: the extraction must cope
        // with any shape.
        for object in kubernetes::objects(document) {
            kubernetes::facts(0, object, &mut facts);
        }
        let _ = kubernetes::is_object(document);
    }
    if let Some(error) = &stream.error {
        let span = file.point(error.offset);
        facts.parse_errors.push((span, error.message.clone()));
    }
    caulk_fuzz::pipeline(file, facts);
});
