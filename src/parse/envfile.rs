//! `.env` files: `NAME=value` lines, as docker compose and dotenv read them. Written by hand:
//! the dotenv crates give values but no positions.

use crate::facts::EnvVar;
use crate::source::Span;

/// Every assignment in the file. Lines that are not assignments (comments, blank lines,
/// garbage) are skipped: a `.env` file has no syntax errors worth a finding.
pub fn parse(text: &str) -> Vec<EnvVar> {
    // A byte-order mark is not part of the first name.
    let bom = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut vars = Vec::new();
    let mut pos = bom;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let next_line = (line_end + 1).min(text.len());
        let line = text[pos..line_end].trim_end_matches('\r');
        let indent = line.len() - line.trim_start().len();
        let mut start = pos + indent;
        let mut rest = &line[indent..];
        if let Some(after) = rest.strip_prefix("export ") {
            let skipped = rest.len() - after.trim_start().len();
            start += skipped;
            rest = &rest[skipped..];
        }
        let Some(eq) = rest.find('=').filter(|_| !rest.starts_with('#')) else {
            pos = next_line.max(pos + 1);
            continue;
        };
        let name = rest[..eq].trim();
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-');
        if !valid {
            pos = next_line.max(pos + 1);
            continue;
        }
        let after_eq = start + eq + 1;
        let value_start = after_eq
            + (text[after_eq..line_end].len() - text[after_eq..line_end].trim_start().len());
        let first = text[value_start..line_end].chars().next();
        let (value, value_end, resume) = match first {
            Some(quote @ ('"' | '\'')) => {
                // A quoted value may span lines (a PEM key in double quotes), up to 64 KiB.
                let body_start = value_start + 1;
                let window_end = (body_start + 64 * 1024).min(text.len());
                let window_end = (window_end..=text.len())
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(text.len());
                match text[body_start..window_end].find(quote) {
                    Some(close) => {
                        let close = body_start + close;
                        let body = text[body_start..close].replace("\r\n", "\n");
                        let body = if quote == '"' {
                            body.replace("\\n", "\n")
                        } else {
                            body
                        };
                        let after = text[close..]
                            .find('\n')
                            .map_or(text.len(), |i| close + i + 1);
                        (body, close + 1, after)
                    }
                    // Unterminated: not an assignment a loader would accept.
                    None => {
                        pos = next_line.max(pos + 1);
                        continue;
                    }
                }
            }
            _ => {
                // Unquoted: up to an inline comment (` #`).
                let raw = &text[value_start..line_end];
                let raw = raw.trim_end_matches('\r');
                let cut = raw.find(" #").unwrap_or(raw.len());
                let value = raw[..cut].trim_end();
                (value.to_string(), value_start + value.len(), next_line)
            }
        };
        vars.push(EnvVar {
            name: name.to_string(),
            value: Some(value),
            span: Span::new(start, value_end),
            value_span: Span::new(value_start, value_end),
        });
        pos = resume.max(pos + 1);
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
