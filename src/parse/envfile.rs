//! `.env` files: `NAME=value` lines, as docker compose and dotenv read them. Written by hand:
//! the dotenv crates give values but no positions.

use crate::facts::EnvVar;
use crate::source::Span;

/// Every assignment in the file. Lines that are not assignments (comments, blank lines,
/// garbage) are skipped: a `.env` file has no syntax errors worth a finding.
pub fn parse(text: &str) -> Vec<EnvVar> {
    // A byte-order mark is not part of the first name.
    let (text, mut offset) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, '\u{feff}'.len_utf8()),
        None => (text, 0),
    };
    let mut vars = Vec::new();
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(raw) = lines.next() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        let mut rest = &line[indent..];
        let mut start = line_start + indent;
        if rest.starts_with('#') || rest.is_empty() {
            continue;
        }
        if let Some(after) = rest.strip_prefix("export ") {
            let skipped = rest.len() - after.trim_start().len();
            start += skipped;
            rest = &rest[skipped..];
        }
        let Some(eq) = rest.find('=') else { continue };
        let name = rest[..eq].trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
        {
            continue;
        }
        let value_text = &rest[eq + 1..];
        let value_indent = value_text.len() - value_text.trim_start().len();
        let value_start = start + eq + 1 + value_indent;
        let value_text = value_text.trim_start();
        let (value, value_len) = match value_text.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                // A quoted value may span lines (a PEM key in double quotes).
                let mut body = String::new();
                let mut consumed = 1;
                let mut current = &value_text[1..];
                let mut closed = false;
                loop {
                    if let Some(end) = current.find(quote) {
                        body.push_str(&current[..end]);
                        consumed += end + 1;
                        closed = true;
                        break;
                    }
                    body.push_str(current);
                    consumed += current.len();
                    match lines.next() {
                        Some(next) if body.len() < 64 * 1024 => {
                            body.push('\n');
                            // The newline of the previous line, then this line.
                            consumed += 1;
                            offset += next.len();
                            current = next.trim_end_matches(['\n', '\r']);
                            consumed += next.len() - current.len() - 1;
                        }
                        _ => break,
                    }
                }
                if !closed {
                    continue;
                }
                let body = if quote == '"' {
                    body.replace("\\n", "\n")
                } else {
                    body
                };
                (body, consumed)
            }
            _ => {
                // Unquoted: up to an inline comment (` #`).
                let end = value_text.find(" #").unwrap_or(value_text.len());
                let value = value_text[..end].trim_end();
                (value.to_string(), value.len())
            }
        };
        vars.push(EnvVar {
            name: name.to_string(),
            value: Some(value),
            span: Span::new(start, value_start + value_len),
            value_span: Span::new(value_start, value_start + value_len),
        });
    }
    vars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_with_their_spans() {
        let text = "# settings\nexport NODE_TLS_REJECT_UNAUTHORIZED=0\nAPI_KEY = 'abc def' # note\nEMPTY=\nbroken line\nQUOTED=\"a #b\"\n";
        let vars = parse(text);
        let names: Vec<&str> = vars.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            ["NODE_TLS_REJECT_UNAUTHORIZED", "API_KEY", "EMPTY", "QUOTED"]
        );
        assert_eq!(vars[0].value.as_deref(), Some("0"));
        assert_eq!(
            &text[vars[0].span.start..vars[0].span.end],
            "NODE_TLS_REJECT_UNAUTHORIZED=0"
        );
        assert_eq!(&text[vars[0].value_span.start..vars[0].value_span.end], "0");
        assert_eq!(vars[1].value.as_deref(), Some("abc def"));
        assert_eq!(
            &text[vars[1].value_span.start..vars[1].value_span.end],
            "'abc def'"
        );
        assert_eq!(vars[2].value.as_deref(), Some(""));
        assert_eq!(vars[3].value.as_deref(), Some("a #b"));
    }

    #[test]
    fn multi_line_quoted_value_and_garbage() {
        let text = "KEY=\"-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\"\nNEXT=1\n";
        let vars = parse(text);
        assert_eq!(vars.len(), 2);
        assert!(vars[0].value.as_deref().unwrap().contains("abc"));
        assert_eq!(
            &text[vars[0].value_span.start..vars[0].value_span.end],
            "\"-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\""
        );
        assert_eq!(vars[1].name, "NEXT");
        for garbage in ["=", "=====", "A=\"unterminated\n", "\u{feff}X=1", "ÄÖ=1\n"] {
            let _ = parse(garbage);
        }
    }
}
