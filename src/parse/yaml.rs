//! A spanned YAML tree built from granit-parser's events.
//!
//! No maintained crate gives a YAML tree with byte spans that also survives alias bombs and
//! keeps the raw style of scalars (needed to read `0644` as Kubernetes does), so the tree is
//! ours; the scanning and parsing are granit-parser's (see the README's architecture section).

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle};

use crate::source::{LineIndex, Span};

/// At most this many nodes may be produced by alias expansion and merge keys in one file. A
/// real Compose file with `<<: *defaults` uses a few hundred; a billion-laughs document hits the
/// bound after a few milliseconds and becomes a parse error.
pub const MAX_ALIAS_EXPANSION_NODES: usize = 100_000;

/// Nesting deeper than this is refused by the scanner itself, so the tree (and the recursive
/// `Clone`/`Drop` of its nodes) never grows deeper.
pub const MAX_NESTING: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub kind: NodeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Scalar { text: String, style: Style },
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: Node,
    pub value: Node,
}

impl Entry {
    /// From the start of the key to the end of the value: `name: web`.
    pub fn span(&self) -> Span {
        self.key.span.join(self.value.span)
    }

    pub fn key_str(&self) -> &str {
        self.key.as_str().unwrap_or("")
    }
}

impl Node {
    /// The span of a scalar's text without its quotes, when the text maps byte for byte onto
    /// the source (no escapes, no folding); else the whole node's span.
    pub fn content_span(&self) -> Span {
        if let NodeKind::Scalar { text, style } = &self.kind {
            let len = self.span.end - self.span.start;
            match style {
                Style::Plain if len == text.len() => return self.span,
                Style::Quoted if len == text.len() + 2 => {
                    return Span::new(self.span.start + 1, self.span.end - 1);
                }
                _ => {}
            }
        }
        self.span
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// A scalar's text unless it is a YAML null (`~`, `null`, empty).
    pub fn as_text(&self) -> Option<&str> {
        if self.is_null() { None } else { self.as_str() }
    }

    pub fn is_null(&self) -> bool {
        match &self.kind {
            NodeKind::Scalar {
                text,
                style: Style::Plain,
            } => matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"),
            _ => false,
        }
    }

    /// YAML 1.2 booleans, and the YAML 1.1 `yes`/`no`/`on`/`off` that Kubernetes' YAML reader
    /// still accepts. A quoted "true" is taken as true too: Compose converts it.
    pub fn as_bool(&self) -> Option<bool> {
        let NodeKind::Scalar { text, style } = &self.kind else {
            return None;
        };
        match text.to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            "yes" | "on" | "y" if *style == Style::Plain => Some(true),
            "no" | "off" | "n" if *style == Style::Plain => Some(false),
            _ => None,
        }
    }

    /// An integer as Kubernetes reads it: a plain `0644` is YAML 1.1 octal (420), `0o644` too,
    /// `0x1A4` is hex, `08` (not octal) is decimal.
    pub fn as_int(&self) -> Option<i64> {
        let NodeKind::Scalar { text, style } = &self.kind else {
            return None;
        };
        parse_yaml_int(text.trim(), *style == Style::Plain)
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.kind {
            NodeKind::Map(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.kind {
            NodeKind::Seq(items) => items,
            _ => &[],
        }
    }

    pub fn is_map(&self) -> bool {
        matches!(self.kind, NodeKind::Map(_))
    }

    pub fn is_seq(&self) -> bool {
        matches!(self.kind, NodeKind::Seq(_))
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key.as_str() == Some(key))
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// Follows a path of mapping keys.
    pub fn path(&self, keys: &[&str]) -> Option<&Node> {
        keys.iter().try_fold(self, |node, key| node.get(key))
    }

    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Node::as_text)
    }
}

pub fn parse_yaml_int(text: &str, plain: bool) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let digits = digits.replace('_', "");
    let value = if let Some(hex) = digits.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()?
    } else if let Some(oct) = digits.strip_prefix("0o") {
        i64::from_str_radix(oct, 8).ok()?
    } else if plain
        && digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().all(|b| (b'0'..=b'7').contains(&b))
    {
        i64::from_str_radix(&digits, 8).ok()?
    } else {
        digits.parse::<i64>().ok()?
    };
    Some(if negative { -value } else { value })
}

/// The documents of a stream, and the error that stopped it, if any. Documents completed before
/// the error are kept so that a typo in the third document does not hide the first two.
#[derive(Debug, Default)]
pub struct Stream {
    pub documents: Vec<Node>,
    pub error: Option<YamlError>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub offset: usize,
    pub message: String,
}

enum Frame {
    Seq {
        start: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: usize,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<Node>,
    },
}

struct Builder<'a> {
    text: &'a str,
    lines: &'a LineIndex,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, usize)>,
    expanded_nodes: usize,
    root: Option<Node>,
}

impl Builder<'_> {
    fn offset(&self, marker: &granit_parser::Marker) -> usize {
        marker.byte_offset().unwrap_or_else(|| {
            self.lines
                .offset_of(self.text, marker.line(), marker.col() + 1)
        })
    }

    fn complete(&mut self, node: Node, anchor: usize) -> Result<(), String> {
        if anchor != 0 {
            let size = count_nodes(&node);
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
            },
        }
        Ok(())
    }

    fn charge(&mut self, nodes: usize) -> Result<(), String> {
        self.expanded_nodes = self.expanded_nodes.saturating_add(nodes);
        if self.expanded_nodes > MAX_ALIAS_EXPANSION_NODES {
            return Err(format!(
                "aliases expand to more than {MAX_ALIAS_EXPANSION_NODES} nodes (an alias bomb?)"
            ));
        }
        Ok(())
    }

    fn alias(&mut self, id: usize, span: Span) -> Result<Node, String> {
        let Some((node, size)) = self.anchors.get(&id) else {
            return Err("alias refers to an unknown anchor".to_string());
        };
        let size = *size;
        let node = node.clone();
        self.charge(size)?;
        let _ = span;
        Ok(node)
    }

    /// Applies YAML merge keys (`<<: *base`, `<<: [*a, *b]`): keys written in the mapping win,
    /// then earlier sources win over later ones, as Compose and Kubernetes' readers do.
    fn merge(&mut self, entries: Vec<Entry>) -> Result<Vec<Entry>, String> {
        if !entries.iter().any(is_merge_key) {
            return Ok(entries);
        }
        let (merges, mut own): (Vec<Entry>, Vec<Entry>) =
            entries.into_iter().partition(is_merge_key);
        for merge in merges {
            let sources: Vec<Node> = match merge.value.kind {
                NodeKind::Map(_) => vec![merge.value],
                NodeKind::Seq(items) => items,
                NodeKind::Scalar { .. } => return Err("merge key `<<` needs a mapping".into()),
            };
            for source in sources {
                let NodeKind::Map(inherited) = source.kind else {
                    return Err("merge key `<<` needs mappings".into());
                };
                for entry in inherited {
                    if own.iter().all(|e| e.key.as_str() != entry.key.as_str()) {
                        self.charge(count_nodes(&entry.value) + 1)?;
                        own.push(entry);
                    }
                }
            }
        }
        Ok(own)
    }
}

fn is_merge_key(entry: &Entry) -> bool {
    matches!(&entry.key.kind, NodeKind::Scalar { text, style: Style::Plain } if text == "<<")
}

fn count_nodes(node: &Node) -> usize {
    match &node.kind {
        NodeKind::Scalar { .. } => 1,
        NodeKind::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        NodeKind::Map(entries) => {
            1 + entries
                .iter()
                .map(|e| count_nodes(&e.key) + count_nodes(&e.value))
                .sum::<usize>()
        }
    }
}

/// Parses a YAML (or JSON) stream into spanned trees.
pub fn parse(text: &str, lines: &LineIndex) -> Stream {
    let options = granit_parser::options! {
        flow_nesting_limit: MAX_NESTING,
        block_nesting_limit: MAX_NESTING,
    };
    let mut stream = Stream::default();
    let mut builder = Builder {
        text,
        lines,
        stack: Vec::new(),
        anchors: HashMap::new(),
        expanded_nodes: 0,
        root: None,
    };
    for next in Parser::new_from_str_with_options(text, options) {
        let (event, span) = match next {
            Ok(pair) => pair,
            Err(error) => {
                stream.error = Some(YamlError {
                    offset: builder.offset(error.marker()),
                    message: error.info(),
                });
                return stream;
            }
        };
        let span = Span::new(builder.offset(&span.start), builder.offset(&span.end));
        let result = match event {
            Event::StreamStart | Event::StreamEnd => Ok(()),
            Event::DocumentStart(..) => {
                builder.anchors.clear();
                builder.root = None;
                Ok(())
            }
            Event::DocumentEnd => {
                if let Some(root) = builder.root.take() {
                    stream.documents.push(root);
                }
                Ok(())
            }
            Event::Scalar(text, style, anchor, _tag) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => Style::Quoted,
                    _ => Style::Block,
                };
                let node = Node {
                    span,
                    kind: NodeKind::Scalar {
                        text: text.into_owned(),
                        style,
                    },
                };
                builder.complete(node, anchor)
            }
            Event::SequenceStart(_, anchor, _) => {
                builder.stack.push(Frame::Seq {
                    start: span.start,
                    anchor,
                    items: Vec::new(),
                });
                Ok(())
            }
            Event::MappingStart(_, anchor, _) => {
                builder.stack.push(Frame::Map {
                    start: span.start,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
                Ok(())
            }
            // A flow collection ends at its `]`/`}`; a block collection at its last child (its end
            // event sits on the next token, which may be a comment or the next key).
            Event::SequenceEnd | Event::MappingEnd => match builder.stack.pop() {
                Some(Frame::Seq {
                    start,
                    anchor,
                    items,
                }) => {
                    let closes = matches!(text.as_bytes().get(span.start), Some(b']'));
                    let end = match items.last() {
                        Some(last) if !closes => last.span.end,
                        Some(last) => last.span.end.max(span.end),
                        None => span.end,
                    };
                    let node = Node {
                        span: Span::new(start, end),
                        kind: NodeKind::Seq(items),
                    };
                    builder.complete(node, anchor)
                }
                Some(Frame::Map {
                    start,
                    anchor,
                    entries,
                    ..
                }) => {
                    let closes = matches!(text.as_bytes().get(span.start), Some(b'}'));
                    let end = match entries.last() {
                        Some(last) if !closes => last.value.span.end,
                        Some(last) => last.value.span.end.max(span.end),
                        None => span.end,
                    };
                    match builder.merge(entries) {
                        Ok(entries) => {
                            let node = Node {
                                span: Span::new(start, end),
                                kind: NodeKind::Map(entries),
                            };
                            builder.complete(node, anchor)
                        }
                        Err(message) => Err(message),
                    }
                }
                None => Err("unbalanced collection end".to_string()),
            },
            Event::Alias(id) => match builder.alias(id, span) {
                Ok(node) => builder.complete(node, 0),
                Err(message) => Err(message),
            },
            _ => Ok(()),
        };
        if let Err(message) = result {
            stream.error = Some(YamlError {
                offset: span.start,
                message,
            });
            return stream;
        }
    }
    stream
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Stream {
        parse(text, &LineIndex::new(text))
    }

    #[test]
    fn keeps_spans_of_keys_and_values() {
        let text = "a:\n  b: \"x\"\n";
        let stream = parse_str(text);
        let a = &stream.documents[0];
        let b = a.path(&["a", "b"]).unwrap();
        assert_eq!(&text[b.span.start..b.span.end], "\"x\"");
        let entry = a.get("a").unwrap().entry("b").unwrap();
        assert_eq!(&text[entry.key.span.start..entry.key.span.end], "b");
    }

    #[test]
    fn reads_octal_as_kubernetes_does() {
        let stream = parse_str("a: 0644\nb: \"0644\"\nc: 08\nd: 0o400\ne: 420\n");
        let d = &stream.documents[0];
        assert_eq!(d.get("a").unwrap().as_int(), Some(420));
        assert_eq!(d.get("b").unwrap().as_int(), Some(644));
        assert_eq!(d.get("c").unwrap().as_int(), Some(8));
        assert_eq!(d.get("d").unwrap().as_int(), Some(256));
        assert_eq!(d.get("e").unwrap().as_int(), Some(420));
    }

    #[test]
    fn multi_document_streams_keep_documents_before_an_error() {
        let stream = parse_str("a: 1\n---\nb: 2\n---\nc: [\n");
        assert_eq!(stream.documents.len(), 2);
        assert!(stream.error.is_some());
    }

    #[test]
    fn merge_keys_let_written_keys_win() {
        let stream = parse_str("base: &b {x: 1, y: 2}\nsvc:\n  <<: *b\n  y: 3\n");
        let svc = stream.documents[0].get("svc").unwrap();
        assert_eq!(svc.get("x").unwrap().as_int(), Some(1));
        assert_eq!(svc.get("y").unwrap().as_int(), Some(3));
        assert!(svc.get("<<").is_none());
    }

    #[test]
    fn alias_bomb_is_an_error() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let stream = parse_str(&text);
        let error = stream.error.expect("alias bomb must fail");
        assert!(error.message.contains("alias"), "{}", error.message);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let text = "[".repeat(100_000);
        let stream = parse_str(&text);
        assert!(stream.error.is_some());
    }
}
