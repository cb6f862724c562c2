//! The YAML layer: granit-parser's events built into caulk's spanned tree. Every node's span
//! must lie inside the text on character boundaries; an error's offset too.
#![no_main]

use caulk::parse::yaml::{self, Node, NodeKind};
use caulk::source::LineIndex;
use libfuzzer_sys::fuzz_target;

fn check(node: &Node, text: &str) {
    let span = node.span;
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    let content = node.content_span();
    assert!(content.start <= content.end && content.end <= text.len());
    assert!(text.is_char_boundary(content.start) && text.is_char_boundary(content.end));
    match &node.kind {
        NodeKind::Scalar { .. } => {}
        NodeKind::Seq(items) => items.iter().for_each(|n| check(n, text)),
        NodeKind::Map(entries) => entries.iter().for_each(|e| {
            check(&e.key, text);
            check(&e.value, text);
        }),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = caulk_fuzz::text(data) else {
        return;
    };
    let lines = LineIndex::new(text);
    let stream = yaml::parse(text, &lines);
    for document in &stream.documents {
        check(document, text);
    }
    if let Some(error) = &stream.error {
        assert!(error.offset <= text.len(), "{error:?}");
    }
});
