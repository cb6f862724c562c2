//! Dockerfile facts over parse-dockerfile's spanned instructions.

use std::borrow::Cow;

use parse_dockerfile::{Command, Flag, Instruction, Source, UnescapedString};

use crate::data::base_images;
use crate::data::download_tools::is_download_tool;
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
    /// Every `COPY` and `ADD` of the stage, in order.
    pub copies: Vec<CopyInstruction>,
    /// Every `chmod` run by the stage's `RUN` instructions, in order.
    pub chmods: Vec<ChmodCommand>,
    /// Variables the build sets without putting them in the image's environment: `ARG`
    /// defaults, `RUN VAR=x cmd`, `RUN export VAR=x`.
    pub build_env: Vec<EnvVar>,
    /// The simple commands of the stage's `RUN`s that run a download tool
    /// ([`crate::data::download_tools`]), in order: the only ones a rule reads.
    pub commands: Vec<RunCommand>,
    /// The last `WORKDIR` of the stage as an absolute, cleaned path (relative `WORKDIR`s are
    /// joined to the one before; a stage built `FROM` an earlier stage starts from that
    /// stage's). `None` when nothing in this Dockerfile sets one (the image default, mostly `/`).
    pub workdir: Option<String>,
}

/// A `COPY` or `ADD` instruction.
#[derive(Debug, Clone)]
pub struct CopyInstruction {
    /// The whole instruction (`COPY` keyword through its last argument).
    pub span: Span,
    pub is_add: bool,
    /// Source arguments as written, `$VARS` substituted with the stage's ARG/ENV (see
    /// [`substitute`]) and shell quotes removed, each with its span. Here-document sources
    /// (`COPY <<EOF /file`) are not listed: they never come from the build context.
    pub sources: Vec<Spanned<String>>,
    pub destination: Spanned<String>,
    /// `--from=<stage name | index | image>`: resolved to another stage's index when it names
    /// one (earlier stages first; a later stage, which BuildKit also accepts, when none does).
    pub from_stage: Option<usize>,
    /// `--from=` naming an external image (not a stage).
    pub from_image: Option<String>,
    /// The `--from=` value as written (substituted), with its span.
    pub from: Option<Spanned<String>>,
    /// `--chmod=` as an octal mode with the span of its value. A symbolic mode is converted
    /// when it sets every class with `=` (`u=rw,go=r`); one that adds to or removes from the
    /// file's own mode (`o+r`) is `None`, as is anything not understood.
    pub chmod: Option<Spanned<u32>>,
    /// `--exclude=` patterns (Dockerfile 1.7+), substituted.
    pub excludes: Vec<String>,
    /// `--parents` (Dockerfile 1.7+): the sources' paths are kept under the destination.
    pub parents: bool,
    /// The `WORKDIR` in effect at this instruction, which relative destinations are relative
    /// to (absolute and cleaned; `None`: not set in this Dockerfile, i.e. `/`). Unlike
    /// [`Stage::workdir`], a `WORKDIR` that comes later in the stage does not change it.
    pub workdir: Option<String>,
}

/// One `chmod` command inside a `RUN` instruction.
#[derive(Debug, Clone)]
pub struct ChmodCommand {
    /// The `chmod …` command's span inside the RUN instruction: from the `chmod` word through
    /// its last argument (a `sudo`/`env`/`VAR=x` prefix and redirections are left out).
    pub span: Span,
    /// Octal mode, or a symbolic mode turned into the bits it ADDS (`o+r` → 0o004, `a+rwx` →
    /// 0o777, `u=rw,go=` → 0o600, `go-rwx` → 0); `None` when not understood (`u=g`,
    /// `--reference=`, an unknown `$VARIABLE`).
    pub mode: Option<u32>,
    /// The span of the mode argument (of `chmod` itself when there is none).
    pub mode_span: Span,
    pub recursive: bool,
    /// Path arguments (after substitution and quote removal), relative ones as written.
    pub paths: Vec<String>,
    /// The `WORKDIR` in effect at the `RUN`, for relative paths (see
    /// [`CopyInstruction::workdir`]).
    pub workdir: Option<String>,
}

#[derive(Debug, Default)]
pub struct Dockerfile {
    pub stages: Vec<Stage>,
    /// `ARG`s with a default before the first `FROM`.
    pub global_args: Vec<EnvVar>,
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

    /// The final stage and the stages it is built `FROM`, final first: what ends up in the
    /// image.
    pub fn final_chain(&self) -> Vec<&Stage> {
        let mut chain = Vec::new();
        let mut next = self.stages.last();
        while let Some(stage) = next {
            // A chain is at most as long as the list of stages (a guard against a cycle).
            if chain.len() >= self.stages.len() {
                break;
            }
            chain.push(stage);
            next = stage.base_stage.and_then(|b| self.stages.get(b));
        }
        chain
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
    let escape = escape_char(text);
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
                let workdir = base_stage
                    .and_then(|base| file.stages.get(base))
                    .and_then(|base| base.workdir.clone());
                file.stages.push(Stage {
                    index,
                    name,
                    image: Spanned::new(image_text, at(&from.image.span)),
                    from_span,
                    base_stage,
                    user: None,
                    env: Vec::new(),
                    variables: global_args.clone(),
                    copies: Vec::new(),
                    chmods: Vec::new(),
                    build_env: Vec::new(),
                    commands: Vec::new(),
                    workdir,
                });
            }
            Instruction::Arg(arg) => {
                let pairs = key_values(
                    &arg.arguments,
                    shift,
                    false,
                    text.get(arg.arguments.span.clone()),
                );
                match file.stages.last_mut() {
                    Some(stage) => {
                        for pair in pairs {
                            if pair.value.is_some() {
                                stage.build_env.push(pair.clone());
                            }
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
                            if let Some(value) = pair.value.clone() {
                                global_args.push((pair.name.clone(), value));
                                file.global_args.push(pair);
                            }
                        }
                    }
                }
            }
            Instruction::Env(env) => {
                if let Some(stage) = file.stages.last_mut() {
                    for pair in key_values(
                        &env.arguments,
                        shift,
                        true,
                        text.get(env.arguments.span.clone()),
                    ) {
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
            Instruction::Copy(copy) => {
                let parts = CopyParts {
                    keyword: &copy.copy.span,
                    options: &copy.options,
                    src: &copy.src,
                    dest: &copy.dest,
                };
                push_copy(&mut file, text, shift, escape, false, parts);
            }
            Instruction::Add(add) => {
                let parts = CopyParts {
                    keyword: &add.add.span,
                    options: &add.options,
                    src: &add.src,
                    dest: &add.dest,
                };
                push_copy(&mut file, text, shift, escape, true, parts);
            }
            Instruction::Run(run) => {
                if let Some(stage) = file.stages.last_mut() {
                    read_run(&run, text, shift, escape, stage);
                }
            }
            Instruction::Workdir(workdir) => {
                if let Some(stage) = file.stages.last_mut() {
                    let value = expand_word(&workdir.arguments.value, &stage.variables, escape);
                    let joined = if value.starts_with('/') {
                        value
                    } else {
                        format!("{}/{value}", stage.workdir.as_deref().unwrap_or(""))
                    };
                    stage.workdir = Some(clean_absolute(&joined));
                }
            }
            _ => {}
        }
    }
    resolve_forward_from(&mut file);
    // Substitution is done: the values are in the instructions now, and a scan keeps every
    // Dockerfile of the tree.
    for stage in &mut file.stages {
        stage.variables = Vec::new();
    }
    file
}

/// The parts of a `COPY` or `ADD` (the crate has one type for each).
struct CopyParts<'r, 'a> {
    keyword: &'r std::ops::Range<usize>,
    options: &'r [Flag<'a>],
    src: &'r [Source<'a>],
    dest: &'r UnescapedString<'a>,
}

fn push_copy(
    file: &mut Dockerfile,
    text: &str,
    shift: usize,
    escape: char,
    is_add: bool,
    parts: CopyParts<'_, '_>,
) {
    let Some(current) = file.stages.len().checked_sub(1) else {
        return;
    };
    let at = |span: &std::ops::Range<usize>| Span::new(span.start + shift, span.end + shift);
    // The exec (JSON) form's strings are already unquoted; the shell form's words go through
    // BuildKit's word expansion, which removes quotes.
    let args_start = parts
        .options
        .last()
        .map_or(parts.keyword.end, |flag| flag.span().end);
    let json = text
        .get(args_start..)
        .is_some_and(|rest| rest.trim_start().starts_with('['));
    let mut from: Option<Spanned<String>> = None;
    let mut chmod = None;
    let mut excludes = Vec::new();
    let mut parents = false;
    let (variables, workdir) = match file.stages.get(current) {
        Some(stage) => (stage.variables.clone(), stage.workdir.clone()),
        None => return,
    };
    let word = |value: &str| {
        if json {
            substitute(value, &variables)
        } else {
            expand_word(value, &variables, escape)
        }
    };
    for flag in parts.options {
        let value = flag.value.as_ref();
        match flag.name.value.to_ascii_lowercase().as_str() {
            "from" => {
                from = value
                    .map(|v| Spanned::new(expand_word(&v.value, &variables, escape), at(&v.span)));
            }
            "chmod" => {
                chmod = value.and_then(|v| {
                    let mode = expand_word(&v.value, &variables, escape);
                    copy_chmod_mode(&mode).map(|mode| Spanned::new(mode, at(&v.span)))
                });
            }
            "exclude" => {
                if let Some(v) = value {
                    excludes.push(expand_word(&v.value, &variables, escape));
                }
            }
            "parents" => {
                parents = value.is_none_or(|v| !v.value.eq_ignore_ascii_case("false"));
            }
            _ => {}
        }
    }
    let sources: Vec<Spanned<String>> = parts
        .src
        .iter()
        .filter_map(|source| match source {
            Source::Path(path) => Some(Spanned::new(
                word(&path.value),
                trimmed(text, shift, &path.span, escape),
            )),
            _ => None,
        })
        .collect();
    let destination = Spanned::new(
        word(&parts.dest.value),
        trimmed(text, shift, &parts.dest.span, escape),
    );
    // Here-document sources end after the destination; the instruction ends at its last argument.
    let mut end = parts
        .src
        .iter()
        .fold(parts.dest.span.end, |end, source| match source {
            Source::Path(path) => end.max(path.span.end),
            Source::HereDoc(doc) => end.max(doc.span.end),
            _ => end,
        });
    if json && let Some(close) = text.get(end..).and_then(|rest| rest.find(']')) {
        end += close + 1;
    }
    let span = Span::new(parts.keyword.start + shift, end + shift);
    let (from_stage, from_image) = match &from {
        Some(name) => match stage_named(&file.stages[..current], &name.value) {
            Some(index) => (Some(index), None),
            None => (None, Some(name.value.clone())),
        },
        None => (None, None),
    };
    if let Some(stage) = file.stages.get_mut(current) {
        stage.copies.push(CopyInstruction {
            span,
            is_add,
            sources,
            destination,
            from_stage,
            from_image,
            from,
            chmod,
            excludes,
            parents,
            workdir,
        });
    }
}

/// The stage a `--from=` or `FROM` value names: a stage name (case-insensitive, as BuildKit
/// lowercases them) or a stage index.
fn stage_named(stages: &[Stage], name: &str) -> Option<usize> {
    stages
        .iter()
        .position(|stage| {
            stage
                .name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .or_else(|| {
            name.parse::<usize>()
                .ok()
                .filter(|index| *index < stages.len())
        })
}

/// `COPY --from=<a later stage>`: BuildKit resolves names over the whole file.
fn resolve_forward_from(file: &mut Dockerfile) {
    let names: Vec<(usize, Option<String>)> = file
        .stages
        .iter()
        .map(|stage| (stage.index, stage.name.clone()))
        .collect();
    for stage in &mut file.stages {
        for copy in &mut stage.copies {
            let Some(image) = &copy.from_image else {
                continue;
            };
            let named = names.iter().find(|(index, name)| {
                *index != stage.index
                    && name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(image))
            });
            if let Some((index, _)) = named {
                copy.from_stage = Some(*index);
                copy.from_image = None;
            }
        }
    }
}

/// A span without the trailing whitespace and line continuations the crate leaves in it.
fn trimmed(text: &str, shift: usize, span: &std::ops::Range<usize>, escape: char) -> Span {
    let mut end = span.end.min(text.len());
    let start = span.start.min(end);
    while let Some(slice) = text.get(start..end) {
        let trimmed = slice.trim_end_matches([' ', '\t', '\r', '\n']);
        let trimmed = trimmed
            .strip_suffix(escape)
            .filter(|_| trimmed.len() < slice.len())
            .unwrap_or(trimmed);
        if trimmed.len() == slice.len() {
            break;
        }
        end = start + trimmed.len();
    }
    Span::new(start + shift, end + shift)
}

/// The `# escape=` parser directive (`\` unless it says `` ` ``).
fn escape_char(text: &str) -> char {
    for line in text.lines() {
        let Some(comment) = line.trim().strip_prefix('#') else {
            break;
        };
        let Some((key, value)) = comment.split_once('=') else {
            break;
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            break;
        }
        if key.eq_ignore_ascii_case("escape") {
            return if value.trim() == "`" { '`' } else { '\\' };
        }
    }
    '\\'
}

/// BuildKit's word expansion for `COPY`/`ADD`/`WORKDIR` arguments: quotes removed, `$VARS`
/// substituted outside single quotes, the escape character escaping the next character.
fn expand_word(text: &str, variables: &[(String, String)], escape: char) -> String {
    if !text.contains(['\'', '"', '$', escape]) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut pending = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                out.push_str(&substitute(&std::mem::take(&mut pending), variables));
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    out.push(c);
                }
            }
            '"' => {}
            c if c == escape => {
                out.push_str(&substitute(&std::mem::take(&mut pending), variables));
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            c => pending.push(c),
        }
    }
    out.push_str(&substitute(&pending, variables));
    out
}

/// `/a/./b/../c//` → `/a/c`: lexical, like Go's `path.Clean`, always absolute.
pub fn clean_absolute(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

/// `--chmod=` of COPY/ADD: octal, or a symbolic mode that sets every class with `=`.
fn copy_chmod_mode(mode: &str) -> Option<u32> {
    if let Some(octal) = octal_mode(mode) {
        return Some(octal);
    }
    let mut bits = 0;
    let mut classes = 0;
    for clause in mode.split(',') {
        let who_len = clause
            .find(|c: char| !matches!(c, 'u' | 'g' | 'o' | 'a'))
            .unwrap_or(clause.len());
        let (who, rest) = clause.split_at(who_len);
        let who = who_mask(who);
        let perms = rest.strip_prefix('=')?;
        classes |= who;
        bits |= perm_bits(perms, who)?;
    }
    (classes == 0o777).then_some(bits)
}

fn octal_mode(mode: &str) -> Option<u32> {
    if mode.is_empty() || mode.len() > 8 || !mode.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return None;
    }
    u32::from_str_radix(mode, 8).ok().filter(|m| *m <= 0o7777)
}

/// The permission bits `who` (`ugoa`, empty: all) covers.
fn who_mask(who: &str) -> u32 {
    if who.is_empty() {
        return 0o777;
    }
    who.chars().fold(0, |mask, c| {
        mask | match c {
            'u' => 0o700,
            'g' => 0o070,
            'o' => 0o007,
            _ => 0o777,
        }
    })
}

/// `rwxXst` for the classes in `who`; `None` for a permission copy (`u=g`) or anything else.
fn perm_bits(perms: &str, who: u32) -> Option<u32> {
    let mut bits = 0;
    for c in perms.chars() {
        bits |= match c {
            'r' => 0o444 & who,
            'w' => 0o222 & who,
            'x' | 'X' => 0o111 & who,
            's' => {
                (if who & 0o700 != 0 { 0o4000 } else { 0 })
                    | (if who & 0o070 != 0 { 0o2000 } else { 0 })
            }
            't' => 0o1000,
            _ => return None,
        };
    }
    Some(bits)
}

/// A `chmod` mode argument as the bits it adds: octal as is, symbolic `+`/`=` clauses' bits.
fn chmod_mode(mode: &str) -> Option<u32> {
    if let Some(octal) = octal_mode(mode) {
        return Some(octal);
    }
    if mode.is_empty() {
        return None;
    }
    let mut bits = 0;
    for clause in mode.split(',') {
        let who_len = clause
            .find(|c: char| !matches!(c, 'u' | 'g' | 'o' | 'a'))
            .unwrap_or(clause.len());
        let (who, mut rest) = clause.split_at(who_len);
        let who = who_mask(who);
        if rest.is_empty() {
            return None;
        }
        // One clause can hold several operations: `u+r-x`, `a=r+w`.
        while let Some(op) = rest.chars().next() {
            if !matches!(op, '+' | '-' | '=') {
                return None;
            }
            let tail = &rest[1..];
            let len = tail.find(['+', '-', '=']).unwrap_or(tail.len());
            let added = perm_bits(&tail[..len], who)?;
            if op != '-' {
                bits |= added;
            }
            rest = &tail[len..];
        }
    }
    Some(bits)
}

/// Every `chmod` of one `RUN`: shell form (line continuations and Dockerfile comment lines
/// inside them handled), a here-document body run by a shell, or exec form.
/// The shell scripts a `RUN` runs, as token lists: its shell form, its here-document bodies
/// when a shell reads them, or its exec form (`sh -c` scripts tokenised).
fn run_scripts(
    run: &parse_dockerfile::RunInstruction<'_>,
    text: &str,
    shift: usize,
    escape: char,
) -> Vec<Vec<ShellToken>> {
    let mut words_lists: Vec<Vec<ShellToken>> = Vec::new();
    match &run.arguments {
        Command::Shell(shell) => {
            if let Some(slice) = text.get(shell.span.clone()) {
                words_lists.push(shell_tokens(slice, shell.span.start + shift, escape));
            }
            // `RUN <<EOF` (optionally `RUN <<EOF sh -e`): the body is the script.
            let interpreter = shell_tokens(shell.value, 0, escape)
                .into_iter()
                .find_map(|token| match token {
                    ShellToken::Word(word) => Some(word.text),
                    _ => None,
                });
            let shell_body = interpreter.as_deref().is_none_or(|program| {
                let base = program.rsplit('/').next().unwrap_or(program);
                matches!(base, "sh" | "bash" | "ash" | "dash" | "zsh" | "ksh")
            });
            if shell_body {
                for doc in &run.here_docs {
                    if let Some(body) = text
                        .get(doc.span.clone())
                        .filter(|body| **body == *doc.value)
                    {
                        words_lists.push(shell_tokens(body, doc.span.start + shift, '\\'));
                    }
                }
            }
        }
        Command::Exec(exec) => {
            let args = &exec.value;
            let program = args
                .first()
                .map(|a| a.value.rsplit('/').next().unwrap_or(""));
            let is_shell =
                program.is_some_and(|p| matches!(p, "sh" | "bash" | "ash" | "dash" | "zsh"));
            if is_shell && args.get(1).is_some_and(|a| a.value == "-c") {
                if let Some(script) = args.get(2)
                    && text.get(script.span.clone()) == Some(&*script.value)
                {
                    words_lists.push(shell_tokens(&script.value, script.span.start + shift, '\\'));
                }
            } else {
                words_lists.push(
                    args.iter()
                        .map(|a| {
                            // The JSON string's quotes belong to the argument's span.
                            let quoted = a.span.start > 0
                                && text.get(a.span.start - 1..a.span.start) == Some("\"")
                                && text.get(a.span.end..a.span.end + 1) == Some("\"");
                            let (start, end) = if quoted {
                                (a.span.start - 1, a.span.end + 1)
                            } else {
                                (a.span.start, a.span.end)
                            };
                            ShellToken::Word(ShellWord {
                                text: a.value.to_string(),
                                start: start + shift,
                                end: end + shift,
                                single_quoted: false,
                            })
                        })
                        .collect(),
                );
            }
        }
        _ => {}
    }
    words_lists
}

/// `NAME=value` as a shell assignment word.
fn assignment(word: &ShellWord, stage: &Stage) -> Option<EnvVar> {
    let (name, value) = word.text.split_once('=')?;
    let valid = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return None;
    }
    let value = if word.single_quoted {
        value.to_string()
    } else {
        substitute(value, &stage.variables)
    };
    let span = Span::new(word.start, word.end);
    // When the word is written as it reads (no quotes or escapes), the value's own span is
    // known; otherwise the whole word stands for it.
    let plain = word.end - word.start == word.text.len();
    let value_span = if plain {
        Span::new(word.start + name.len() + 1, word.end)
    } else {
        span
    };
    Some(EnvVar {
        name: name.to_string(),
        value: Some(value),
        span,
        value_span,
    })
}

/// Reads one `RUN`: its `chmod`s, the variables it sets (`VAR=x cmd`, `export VAR=x`) and its
/// simple commands.
fn read_run(
    run: &parse_dockerfile::RunInstruction<'_>,
    text: &str,
    shift: usize,
    escape: char,
    stage: &mut Stage,
) {
    for tokens in run_scripts(run, text, shift, escape) {
        for command in simple_commands(tokens) {
            if let Some(chmod) = chmod_command(&command, stage) {
                stage.chmods.push(chmod);
            }
            let mut words = command.iter().peekable();
            while let Some(word) =
                words.next_if(|w| w.text.contains('=') && !w.text.starts_with('-'))
            {
                match assignment(word, stage) {
                    Some(var) => stage.build_env.push(var),
                    None => break,
                }
            }
            let is_export = words.peek().is_some_and(|w| w.text == "export");
            if is_export {
                words.next();
                for word in words.by_ref() {
                    if let Some(var) = assignment(word, stage) {
                        stage.build_env.push(var);
                    }
                }
            }
            if stage.commands.len() < MAX_RUN_COMMANDS {
                let span = match (command.first(), command.last()) {
                    (Some(first), Some(last)) => Span::new(first.start, last.end),
                    _ => continue,
                };
                let run = RunCommand {
                    span,
                    words: command
                        .iter()
                        .map(|w| {
                            let text = if w.single_quoted {
                                w.text.clone()
                            } else {
                                substitute(&w.text, &stage.variables)
                            };
                            Spanned::new(text, Span::new(w.start, w.end))
                        })
                        .collect(),
                };
                if run
                    .program()
                    .is_some_and(|(program, _)| is_download_tool(program))
                {
                    stage.commands.push(run);
                }
            }
        }
    }
}

/// A stage keeps at most this many `RUN` commands (a generated Dockerfile can hold thousands).
const MAX_RUN_COMMANDS: usize = 4096;

/// One simple command of a `RUN` (`curl -k https://…`), its words substituted.
#[derive(Debug, Clone)]
pub struct RunCommand {
    pub span: Span,
    pub words: Vec<Spanned<String>>,
}

impl RunCommand {
    /// The program the command runs, after variable assignments and wrappers such as `sudo`
    /// and `env`, and the index of its first argument.
    pub fn program(&self) -> Option<(&str, usize)> {
        let words = &self.words;
        let mut i = 0;
        while let Some(word) = words.get(i) {
            let text = word.value.as_str();
            let is_assignment = text.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            let after_sudo = i > 0 && words[i - 1].value == "sudo" && text.starts_with('-');
            if is_assignment
                || after_sudo
                || matches!(
                    text,
                    "sudo"
                        | "env"
                        | "exec"
                        | "time"
                        | "nice"
                        | "nohup"
                        | "command"
                        | "then"
                        | "do"
                        | "else"
                        | "!"
                        | "{"
                )
            {
                i += 1;
                continue;
            }
            let base = text.rsplit('/').next().unwrap_or(text);
            return Some((base, i + 1));
        }
        None
    }
}

#[derive(Debug)]
struct ShellWord {
    /// Quotes removed, variables not yet substituted.
    text: String,
    start: usize,
    end: usize,
    single_quoted: bool,
}

#[derive(Debug)]
enum ShellToken {
    Word(ShellWord),
    /// `;`, `&&`, `||`, `|`, `&`, `(`, `)`, newline.
    Separator,
    /// `>`, `>>`, `<`, `2>&1`…: the next word is its target.
    Redirect,
}

/// A rough POSIX shell tokenizer: enough to find commands and their arguments with spans
/// (`base` is the offset of `text` in the file). Dockerfile line continuations (`escape`
/// then newline, with comment and blank lines after it dropped, as the Dockerfile parser
/// does) and shell ones (`\` newline) join lines.
fn shell_tokens(text: &str, base: usize, escape: char) -> Vec<ShellToken> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let ch = |i: usize| chars.get(i).map(|(_, c)| *c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |(o, _)| *o);
    // The index after a line continuation starting at `i`, if one does.
    let continuation = |i: usize| -> Option<usize> {
        let c = ch(i)?;
        if c != escape && c != '\\' {
            return None;
        }
        let mut j = i + 1;
        while ch(j).is_some_and(|c| c == ' ' || c == '\t' || c == '\r') {
            j += 1;
        }
        if ch(j) != Some('\n') {
            return None;
        }
        j += 1;
        // Comment and blank lines inside a continued instruction are dropped.
        loop {
            let mut k = j;
            while ch(k).is_some_and(|c| c == ' ' || c == '\t' || c == '\r') {
                k += 1;
            }
            match ch(k) {
                Some('\n') => j = k + 1,
                Some('#') if c == escape => {
                    while ch(k).is_some_and(|c| c != '\n') {
                        k += 1;
                    }
                    j = (k + 1).min(n);
                }
                _ => return Some(j),
            }
        }
    };
    let mut tokens: Vec<ShellToken> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(next) = continuation(i) {
            i = next;
            continue;
        }
        let Some(c) = ch(i) else { break };
        match c {
            ' ' | '\t' | '\r' => i += 1,
            '\n' | ';' | '(' | ')' => {
                tokens.push(ShellToken::Separator);
                i += 1;
            }
            '&' if ch(i + 1) == Some('>') => {
                i += 2;
                if ch(i) == Some('>') {
                    i += 1;
                }
                tokens.push(ShellToken::Redirect);
            }
            '&' | '|' => {
                i += 1;
                if matches!(ch(i), Some('&' | '|')) {
                    i += 1;
                }
                tokens.push(ShellToken::Separator);
            }
            '<' | '>' => {
                // A file descriptor number written right before the operator is part of it.
                if let Some(ShellToken::Word(word)) = tokens.last()
                    && word.end == base + offset(i)
                    && word.text.bytes().all(|b| b.is_ascii_digit())
                {
                    tokens.pop();
                }
                i += 1;
                while matches!(ch(i), Some('<' | '>' | '&' | '|')) {
                    i += 1;
                }
                tokens.push(ShellToken::Redirect);
            }
            '#' => {
                while i < n && ch(i) != Some('\n') {
                    i = continuation(i).unwrap_or(i + 1);
                }
            }
            _ => {
                let start = offset(i);
                let mut word = String::new();
                let mut single_quoted = false;
                // The index after the word's last character (continuations after it are not
                // part of its span).
                let mut word_end = i;
                while i < n {
                    if let Some(next) = continuation(i) {
                        i = next;
                        continue;
                    }
                    let Some(c) = ch(i) else { break };
                    match c {
                        ' ' | '\t' | '\r' | '\n' | ';' | '&' | '|' | '(' | ')' | '<' | '>' => break,
                        '\'' => {
                            single_quoted = true;
                            i += 1;
                            while let Some(c) = ch(i) {
                                i += 1;
                                if c == '\'' {
                                    break;
                                }
                                word.push(c);
                            }
                        }
                        '"' => {
                            i += 1;
                            while let Some(c) = ch(i) {
                                if let Some(next) = continuation(i) {
                                    i = next;
                                    continue;
                                }
                                i += 1;
                                match c {
                                    '"' => break,
                                    '\\' if matches!(ch(i), Some('"' | '\\' | '$' | '`')) => {
                                        if let Some(escaped) = ch(i) {
                                            word.push(escaped);
                                        }
                                        i += 1;
                                    }
                                    c => word.push(c),
                                }
                            }
                        }
                        '\\' => {
                            if let Some(escaped) = ch(i + 1) {
                                word.push(escaped);
                            }
                            i += 2;
                        }
                        '$' if ch(i + 1) == Some('(') => {
                            // `$( … )` as part of the word; nested parentheses counted.
                            let mut depth = 0usize;
                            while let Some(c) = ch(i) {
                                word.push(c);
                                i += 1;
                                match c {
                                    '(' => depth += 1,
                                    ')' => {
                                        depth = depth.saturating_sub(1);
                                        if depth == 0 {
                                            break;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        '`' => {
                            word.push(c);
                            i += 1;
                            while let Some(c) = ch(i) {
                                word.push(c);
                                i += 1;
                                if c == '`' {
                                    break;
                                }
                            }
                        }
                        c => {
                            word.push(c);
                            i += 1;
                        }
                    }
                    word_end = i;
                }
                let end = offset(word_end);
                tokens.push(ShellToken::Word(ShellWord {
                    text: word,
                    start: base + start,
                    end: base + end.min(text.len()),
                    single_quoted,
                }));
            }
        }
    }
    tokens
}

/// Splits tokens into simple commands (words only, redirection targets dropped).
fn simple_commands(tokens: Vec<ShellToken>) -> Vec<Vec<ShellWord>> {
    let mut commands = vec![Vec::new()];
    let mut skip_next = false;
    for token in tokens {
        match token {
            ShellToken::Word(word) => {
                if skip_next {
                    skip_next = false;
                } else if let Some(current) = commands.last_mut() {
                    current.push(word);
                }
            }
            ShellToken::Separator => {
                skip_next = false;
                commands.push(Vec::new());
            }
            ShellToken::Redirect => skip_next = true,
        }
    }
    commands.retain(|c| !c.is_empty());
    commands
}

/// `chmod` as the command of a simple command (after `VAR=x`, `sudo`, `env`, shell keywords).
fn chmod_command(words: &[ShellWord], stage: &Stage) -> Option<ChmodCommand> {
    let value = |word: &ShellWord| {
        if word.single_quoted {
            word.text.clone()
        } else {
            substitute(&word.text, &stage.variables)
        }
    };
    let mut k = 0;
    while let Some(word) = words.get(k) {
        let text = word.text.as_str();
        let is_assignment = text.split_once('=').is_some_and(|(name, _)| {
            !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
        match text {
            _ if is_assignment => k += 1,
            "if" | "then" | "else" | "elif" | "do" | "while" | "until" | "!" | "{" | "time"
            | "exec" | "command" | "nohup" | "busybox" => k += 1,
            "sudo" | "doas" | "env" | "nice" => {
                k += 1;
                while let Some(option) = words.get(k).filter(|w| w.text.starts_with('-')) {
                    k += 1;
                    // `sudo -u user`, `nice -n 10`: options with a separate value.
                    if matches!(option.text.as_str(), "-u" | "-g" | "-n" | "-C" | "-D") {
                        k += 1;
                    }
                }
            }
            _ => break,
        }
    }
    let program = words.get(k)?;
    if program.text.rsplit('/').next() != Some("chmod") {
        return None;
    }
    let mut mode: Option<Option<u32>> = None;
    let mut mode_span = Span::new(program.start, program.end);
    let mut recursive = false;
    let mut paths = Vec::new();
    let mut options_done = false;
    let mut last_end = program.end;
    for word in &words[k + 1..] {
        let text = value(word);
        last_end = word.end;
        if !options_done && text == "--" {
            options_done = true;
            continue;
        }
        if !options_done && mode.is_none() && text.starts_with("--") {
            if text == "--recursive" {
                recursive = true;
            } else if text.starts_with("--reference") {
                mode = Some(None);
            }
            continue;
        }
        if !options_done && text.len() > 1 && text.starts_with('-') {
            let letters = &text[1..];
            // `chmod -w file` and `chmod -rwx file` are modes, not options.
            if mode.is_none()
                && letters
                    .chars()
                    .all(|c| matches!(c, 'r' | 'w' | 'x' | 'X' | 's' | 't'))
            {
                mode = Some(Some(0));
                mode_span = Span::new(word.start, word.end);
                continue;
            }
            if letters.contains('R') {
                recursive = true;
            }
            continue;
        }
        if mode.is_none() {
            mode = Some(chmod_mode(&text));
            mode_span = Span::new(word.start, word.end);
        } else {
            paths.push(text);
        }
    }
    Some(ChmodCommand {
        span: Span::new(program.start, last_end),
        mode: mode.flatten(),
        mode_span,
        recursive,
        paths,
        workdir: stage.workdir.clone(),
    })
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
    for stage in dockerfile.final_chain().iter().rev() {
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
fn key_values(
    arguments: &UnescapedString<'_>,
    shift: usize,
    legacy_form: bool,
    raw_text: Option<&str>,
) -> Vec<EnvVar> {
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
    // Across a line continuation the unescaped text no longer maps onto the file: find each
    // `NAME=` in the raw text instead, and point from it to the end of its line.
    let raw = raw_text.unwrap_or("");
    let mut cursor = 0;
    words
        .iter()
        .map(|word| match word.text.split_once('=') {
            Some((name, value)) if !exact && !raw.is_empty() => {
                let needle = format!("{name}=");
                let found = raw
                    .get(cursor..)
                    .and_then(|r| r.find(&needle))
                    .map(|i| cursor + i);
                match found {
                    Some(at) => {
                        let line_end = raw[at..].find('\n').map_or(raw.len(), |i| at + i);
                        let line_end = raw[at..line_end]
                            .trim_end_matches(['\\', '`', ' ', '\r'])
                            .len()
                            + at;
                        cursor = line_end;
                        let start = whole.start + at;
                        EnvVar {
                            name: name.to_string(),
                            value: Some(value.to_string()),
                            span: Span::new(start, whole.start + line_end),
                            value_span: Span::new(start + needle.len(), whole.start + line_end),
                        }
                    }
                    None => EnvVar {
                        name: name.to_string(),
                        value: Some(value.to_string()),
                        span: whole,
                        value_span: whole,
                    },
                }
            }
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
    fn env_pairs_across_line_continuations() {
        let text =
            "FROM node\nENV NODE_ENV=production \\\n    NODE_OPTIONS=\"--tls-min-v1.0 --x\"\n";
        let file = parse(&source(text));
        let env = &file.stages[0].env;
        let names: Vec<&str> = env.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["NODE_ENV", "NODE_OPTIONS"], "{env:?}");
        assert_eq!(env[1].value.as_deref(), Some("--tls-min-v1.0 --x"));
        assert_eq!(
            &text[env[1].span.start..env[1].span.end],
            "NODE_OPTIONS=\"--tls-min-v1.0 --x\""
        );
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
