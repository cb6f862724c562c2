//! Dockerfile facts over parse-dockerfile's spanned instructions.

use std::borrow::Cow;

use parse_dockerfile::{Instruction, UnescapedString};

use crate::data::base_images;
use crate::facts::{Container, EnvVar, FileFacts, Origin, Spanned};
use crate::source::{FileId, SourceFile, Span};

const UTF8_BOM: &str = "\u{feff}";

/// One build stage and what the rules need of it.
#[derive(Debug, Clone)]
pub struct Stage {
    pub index: usize,
    pub name: Option<String>,
    pub image: Spanned<String>,
    /// `FROM image AS name`, the place a finding about the stage as a whole points at.
    pub from_span: Span,
    /// The earlier stage this one is built `FROM`, if any.
    pub base_stage: Option<usize>,
    /// The last `USER` of this stage, with `$VARIABLES` substituted where the stage says.
    pub user: Option<Spanned<String>>,
    pub env: Vec<EnvVar>,
    /// `ARG` and `ENV` values known in the stage, for substituting `$VARIABLES`.
    variables: Vec<(String, String)>,
}

#[derive(Debug, Default)]
pub struct Dockerfile {
    pub stages: Vec<Stage>,
    pub error: Option<(Span, String)>,
}

impl Dockerfile {
    /// The user the final stage runs as (following `FROM <earlier stage>` chains), or `None`
    /// when no stage in the chain sets one.
    pub fn final_user(&self) -> Option<&Spanned<String>> {
        let mut stage = self.stages.last()?;
        // A chain of stages is at most as long as the list of stages; the bound is a guard
        // against a cycle, which parse order makes impossible but costs nothing to rule out.
        for _ in 0..=self.stages.len() {
            if let Some(user) = &stage.user {
                return Some(user);
            }
            stage = self.stages.get(stage.base_stage?)?;
        }
        None
    }

    /// The image the final stage chain starts from (the first stage not built from another).
    pub fn final_base_image(&self) -> Option<&Spanned<String>> {
        let mut stage = self.stages.last()?;
        for _ in 0..=self.stages.len() {
            match stage.base_stage {
                Some(base) => stage = self.stages.get(base)?,
                None => return Some(&stage.image),
            }
        }
        None
    }
}

/// `root`, `0`, `root:root`, `0:0`, `0:1000` run as UID 0.
pub fn is_root_user(user: &str) -> bool {
    let name = user.split(':').next().unwrap_or("").trim();
    name == "root" || name == "0"
}

pub fn parse(source: &SourceFile) -> Dockerfile {
    let (text, shift) = match source.text.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, UTF8_BOM.len()),
        None => (source.text.as_str(), 0),
    };
    let at = |span: &std::ops::Range<usize>| Span::new(span.start + shift, span.end + shift);
    let mut file = Dockerfile::default();
    let mut global_args: Vec<(String, String)> = Vec::new();
    let iter = match parse_dockerfile::parse_iter(text) {
        Ok(iter) => iter,
        Err(error) => {
            file.error = Some(error_at(source, &error));
            return file;
        }
    };
    for next in iter {
        let instruction = match next {
            Ok(instruction) => instruction,
            Err(error) => {
                file.error = Some(error_at(source, &error));
                break;
            }
        };
        match instruction {
            Instruction::From(from) => {
                let index = file.stages.len();
                let name = from.as_.as_ref().map(|(_, name)| name.value.to_string());
                let image_text = substitute(&from.image.value, &global_args);
                let base_stage = file.stages.iter().position(|stage| {
                    stage
                        .name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(&image_text))
                        || image_text == stage.index.to_string()
                });
                let end = from
                    .as_
                    .as_ref()
                    .map_or(from.image.span.end, |(_, name)| name.span.end);
                let from_span = Span::new(from.from.span.start + shift, end + shift);
                file.stages.push(Stage {
                    index,
                    name,
                    image: Spanned::new(image_text, at(&from.image.span)),
                    from_span,
                    base_stage,
                    user: None,
                    env: Vec::new(),
                    variables: global_args.clone(),
                });
            }
            Instruction::Arg(arg) => {
                let pairs = key_values(&arg.arguments, shift, false);
                match file.stages.last_mut() {
                    Some(stage) => {
                        for pair in pairs {
                            // `ARG NAME` without a default takes the global default, if any.
                            let value = pair.value.clone().or_else(|| {
                                global_args
                                    .iter()
                                    .find(|(k, _)| *k == pair.name)
                                    .map(|(_, v)| v.clone())
                            });
                            if let Some(value) = value {
                                stage.variables.push((pair.name, value));
                            }
                        }
                    }
                    None => {
                        for pair in pairs {
                            if let Some(value) = pair.value {
                                global_args.push((pair.name, value));
                            }
                        }
                    }
                }
            }
            Instruction::Env(env) => {
                if let Some(stage) = file.stages.last_mut() {
                    for pair in key_values(&env.arguments, shift, true) {
                        if let Some(value) = &pair.value {
                            stage.variables.push((pair.name.clone(), value.clone()));
                        }
                        stage.env.push(pair);
                    }
                }
            }
            Instruction::User(user) => {
                if let Some(stage) = file.stages.last_mut() {
                    let value = substitute(&user.arguments.value, &stage.variables);
                    stage.user = Some(Spanned::new(value, at(&user.arguments.span)));
                }
            }
            _ => {}
        }
    }
    file
}

/// The final stage as a container: what `run-as-root` and environment rules read.
pub fn facts(file_id: FileId, source: &SourceFile, dockerfile: &Dockerfile) -> FileFacts {
    let mut facts = FileFacts::default();
    if let Some((span, message)) = &dockerfile.error {
        facts.parse_errors.push((*span, message.clone()));
    }
    let Some(last) = dockerfile.stages.last() else {
        return facts;
    };
    let label = last.name.clone().unwrap_or_else(|| last.index.to_string());
    let mut container = Container::new(
        file_id,
        Origin::Dockerfile,
        format!("stage {label}"),
        label,
        last.from_span,
    );
    container.image = Some(last.image.clone());
    container.user = dockerfile.final_user().cloned();
    container.base_image_non_root = dockerfile
        .final_base_image()
        .is_some_and(|image| base_images::sets_non_root_user(&image.value));
    // ENV set in the stages the final one is built from is inherited.
    let mut chain = vec![last];
    while let Some(base) = chain.last().and_then(|s| s.base_stage) {
        match dockerfile.stages.get(base) {
            Some(stage) if chain.len() <= dockerfile.stages.len() => chain.push(stage),
            _ => break,
        }
    }
    for stage in chain.iter().rev() {
        container.env.extend(stage.env.iter().cloned());
    }
    let _ = source;
    facts.containers.push(container);
    facts
}

fn error_at(source: &SourceFile, error: &parse_dockerfile::Error) -> (Span, String) {
    let message = format!("{error:#}");
    if let Some(span) = unterminated_heredoc(source, &message) {
        return (span, message);
    }
    // The crate's line is right but its column is not, so point at the line's first word.
    let line = error.line().max(1);
    let start = source
        .lines
        .line_start(line - 1)
        .unwrap_or(source.text.len());
    let rest = &source.text[start.min(source.text.len())..];
    let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let word_end = rest[indent..]
        .find(char::is_whitespace)
        .map_or(rest.len(), |i| indent + i);
    let span = Span::new(start + indent, start + word_end);
    (span, message)
}

/// The crate reports an unterminated here-document at the end of the file; the `<<EOF` that
/// opened it (the last one with that delimiter) is where a reader needs to look.
fn unterminated_heredoc(source: &SourceFile, message: &str) -> Option<Span> {
    let rest = message.strip_prefix("expected end of here-document (")?;
    let delimiter = &rest[..rest.find(')')?];
    if delimiter.is_empty() {
        return None;
    }
    ["<<-", "<<"].iter().find_map(|op| {
        [
            delimiter.to_string(),
            format!("\"{delimiter}\""),
            format!("'{delimiter}'"),
        ]
        .iter()
        .filter_map(|d| {
            let token = format!("{op}{d}");
            source
                .text
                .rfind(&token)
                .map(|at| Span::new(at, at + token.len()))
        })
        .max()
    })
}

/// Splits `KEY=value KEY2="two words"` (or the legacy `KEY value`, for ENV) into variables.
/// parse-dockerfile returns ARG/ENV arguments as one string; when that string is the source
/// text verbatim the spans of each pair are exact, otherwise (line continuations were removed)
/// every pair gets the span of the whole argument list.
fn key_values(arguments: &UnescapedString<'_>, shift: usize, legacy_form: bool) -> Vec<EnvVar> {
    let text: &str = &arguments.value;
    let whole = Span::new(arguments.span.start + shift, arguments.span.end + shift);
    let exact = matches!(arguments.value, Cow::Borrowed(_));
    let span_of = |start: usize, end: usize| {
        if exact {
            Span::new(whole.start + start, whole.start + end)
        } else {
            whole
        }
    };
    let words = shell_words(text);
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if legacy_form && !first.text.contains('=') {
        // `ENV NAME the rest of the line`
        let value_start = words.get(1).map_or(text.len(), |w| w.start);
        return vec![EnvVar {
            name: first.text.clone(),
            value: Some(text[value_start..].trim().to_string()),
            span: span_of(first.start, text.len()),
            value_span: span_of(value_start, text.len()),
        }];
    }
    words
        .iter()
        .map(|word| match word.text.split_once('=') {
            Some((name, value)) => {
                let eq = text[word.start..word.end].find('=').unwrap_or(0) + word.start;
                EnvVar {
                    name: name.to_string(),
                    value: Some(value.to_string()),
                    span: span_of(word.start, word.end),
                    value_span: span_of(eq + 1, word.end),
                }
            }
            None => EnvVar {
                name: word.text.clone(),
                value: None,
                span: span_of(word.start, word.end),
                value_span: span_of(word.end, word.end),
            },
        })
        .collect()
}

struct Word {
    text: String,
    start: usize,
    end: usize,
}

/// Whitespace-separated words with shell quoting removed (`"…"`, `'…'`, backslash escapes).
fn shell_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut word = String::new();
        let mut end = start;
        let mut quote: Option<char> = None;
        while let Some(&(i, c)) = chars.peek() {
            match quote {
                Some(q) if c == q => quote = None,
                Some('"') if c == '\\' => {
                    chars.next();
                    if let Some(&(_, escaped)) = chars.peek() {
                        word.push(escaped);
                    }
                }
                Some(_) => word.push(c),
                None if c.is_whitespace() => break,
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '\\' => {
                    chars.next();
                    if let Some(&(_, escaped)) = chars.peek() {
                        word.push(escaped);
                    }
                }
                None => word.push(c),
            }
            if let Some((i2, c2)) = chars.next() {
                end = i2 + c2.len_utf8();
            } else {
                end = i + c.len_utf8();
            }
        }
        words.push(Word {
            text: word,
            start,
            end,
        });
    }
    words
}

/// Substitutes `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` from the variables
/// known at that point; an unknown variable without default is left as written.
pub fn substitute(text: &str, variables: &[(String, String)]) -> String {
    if !text.contains('$') {
        return text.to_string();
    }
    let lookup = |name: &str| {
        variables
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(dollar) = rest.find('$') {
        out.push_str(&rest[..dollar]);
        let after = &rest[dollar + 1..];
        if let Some(braced) = after.strip_prefix('{') {
            let Some(close) = braced.find('}') else {
                out.push_str(&rest[dollar..]);
                return out;
            };
            let inner = &braced[..close];
            let (name, default) = match inner.find(":-").or_else(|| inner.find('-')) {
                Some(i) if inner[i..].starts_with(":-") => (&inner[..i], Some(&inner[i + 2..])),
                Some(i) => (&inner[..i], Some(&inner[i + 1..])),
                None => (inner, None),
            };
            match lookup(name).or(default.map(str::to_string)) {
                Some(value) => out.push_str(&value),
                None => out.push_str(&rest[dollar..dollar + 2 + close + 1]),
            }
            rest = &braced[close + 1..];
        } else {
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            let name = &after[..len];
            match lookup(name) {
                Some(value) if !name.is_empty() => out.push_str(&value),
                _ => out.push_str(&rest[dollar..dollar + 1 + len]),
            }
            rest = &after[len..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceFile {
        SourceFile::new("Dockerfile".into(), "Dockerfile".into(), text.into())
    }

    #[test]
    fn user_of_the_final_stage_follows_stage_chains() {
        let src = source("FROM node:20 AS base\nUSER node\nFROM base AS app\nRUN true\n");
        let file = parse(&src);
        assert_eq!(file.final_user().map(|u| u.value.as_str()), Some("node"));
        let src = source("FROM node:20 AS build\nUSER node\nFROM node:20\nRUN true\n");
        assert!(parse(&src).final_user().is_none());
    }

    #[test]
    fn user_variables_are_substituted() {
        let src = source("ARG RUNNER=root\nFROM alpine\nARG RUNNER\nUSER ${RUNNER}\n");
        let file = parse(&src);
        assert_eq!(file.final_user().unwrap().value, "root");
    }

    #[test]
    fn env_pairs_keep_their_spans() {
        let text = "FROM alpine\nENV A=1 B=\"two words\"\nENV C the rest\n";
        let src = source(text);
        let file = parse(&src);
        let env = &file.stages[0].env;
        assert_eq!(env.len(), 3);
        assert_eq!(env[1].value.as_deref(), Some("two words"));
        assert_eq!(&text[env[1].span.start..env[1].span.end], "B=\"two words\"");
        assert_eq!(env[2].value.as_deref(), Some("the rest"));
    }

    #[test]
    fn bom_does_not_shift_spans() {
        let text = "\u{feff}FROM alpine\nUSER root\n";
        let src = source(text);
        let file = parse(&src);
        let user = file.final_user().unwrap();
        assert_eq!(&text[user.span.start..user.span.end], "root");
    }

    #[test]
    fn unterminated_heredoc_keeps_earlier_stages() {
        let src = source("FROM alpine\nUSER app\nRUN <<EOF\necho hi\n");
        let file = parse(&src);
        assert!(file.error.is_some());
        assert_eq!(file.stages.len(), 1);
    }

    #[test]
    fn root_users() {
        for root in ["root", "0", "0:0", "root:root", "0:1000"] {
            assert!(is_root_user(root), "{root}");
        }
        for other in ["node", "1000", "1000:0", "rootless", "$UID"] {
            assert!(!is_root_user(other), "{other}");
        }
    }
}
