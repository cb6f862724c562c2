//! Following Dockerfile `COPY`/`ADD` into the build context, and `RUN chmod` parsing.

use std::fs;
use std::path::{Path, PathBuf};

use caulk::build_context::{ContextLimits, ImageFile, final_image_files};
use caulk::parse::dockerfile::{self, Dockerfile};
use caulk::source::{SourceFile, Span};

/// A build context in a temporary directory.
struct Ctx {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Ctx {
    fn new(files: &[(&str, &str)]) -> Ctx {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ctx");
        fs::create_dir(&root).unwrap();
        let ctx = Ctx { _dir: dir, root };
        for (path, text) in files {
            ctx.write(path, text);
        }
        ctx
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Writes the Dockerfile and returns the final image's files with the Dockerfile text.
    fn build(&self, dockerfile: &str) -> (Vec<ImageFile>, String) {
        self.build_named("Dockerfile", dockerfile)
    }

    fn build_named(&self, name: &str, dockerfile: &str) -> (Vec<ImageFile>, String) {
        self.write(name, dockerfile);
        let parsed = parse(dockerfile);
        let files = final_image_files(
            &parsed,
            &self.root,
            &self.root.join(name),
            &ContextLimits::default(),
        );
        (files, dockerfile.to_string())
    }
}

fn parse(text: &str) -> Dockerfile {
    let source = SourceFile::new("Dockerfile".into(), "Dockerfile".into(), text.into());
    dockerfile::parse(&source)
}

fn slice(text: &str, span: Span) -> &str {
    &text[span.start..span.end]
}

fn paths(files: &[ImageFile]) -> Vec<&str> {
    files.iter().map(|f| f.image_path.as_str()).collect()
}

fn file<'f>(files: &'f [ImageFile], image_path: &str) -> &'f ImageFile {
    files
        .iter()
        .find(|f| f.image_path == image_path)
        .unwrap_or_else(|| panic!("{image_path} not in {:?}", paths(files)))
}

#[test]
fn direct_copy_of_a_file() {
    let ctx = Ctx::new(&[("server.key", "k"), ("other.txt", "o")]);
    let (files, text) = ctx.build("FROM alpine\nCOPY server.key /app/server.key\n");
    assert_eq!(paths(&files), ["/app/server.key"]);
    let key = &files[0];
    assert_eq!(key.disk_path, ctx.root.join("server.key"));
    assert_eq!(slice(&text, key.source_span), "server.key");
    assert_eq!(
        slice(&text, key.instruction_span),
        "COPY server.key /app/server.key"
    );
    assert_eq!(key.chmod, None);
    assert_eq!(key.via_stage, None);
    assert_eq!(key.stage, 0);
}

#[test]
fn file_into_directory_destination_keeps_its_name() {
    let ctx = Ctx::new(&[("server.key", "k"), ("a.txt", "a"), ("b.txt", "b")]);
    let (files, _) = ctx.build("FROM alpine\nCOPY server.key /etc/ssl/\nCOPY a.txt b.txt /docs\n");
    assert_eq!(
        paths(&files),
        ["/docs/a.txt", "/docs/b.txt", "/etc/ssl/server.key"]
    );
}

#[test]
fn copy_of_a_directory_copies_its_contents() {
    let ctx = Ctx::new(&[
        ("certs/server.key", "k"),
        ("certs/sub/ca.pem", "c"),
        ("other.txt", "o"),
    ]);
    let (files, text) = ctx.build("FROM alpine\nCOPY ./certs /etc/certs\n");
    assert_eq!(
        paths(&files),
        ["/etc/certs/server.key", "/etc/certs/sub/ca.pem"]
    );
    for f in &files {
        assert_eq!(slice(&text, f.source_span), "./certs");
    }
    assert_eq!(
        file(&files, "/etc/certs/sub/ca.pem").disk_path,
        ctx.root.join("certs/sub/ca.pem")
    );
}

#[test]
fn whole_context_copy() {
    let ctx = Ctx::new(&[("a.key", "k"), ("src/main.rs", "m")]);
    let (files, _) = ctx.build("FROM alpine\nWORKDIR /app\nCOPY . .\n");
    assert_eq!(
        paths(&files),
        ["/app/Dockerfile", "/app/a.key", "/app/src/main.rs"]
    );
}

#[test]
fn glob_sources_match_per_segment() {
    let ctx = Ctx::new(&[
        ("certs/a.key", "k"),
        ("certs/b.key", "k"),
        ("certs/c.pem", "c"),
        ("certs/sub/d.key", "k"),
    ]);
    let (files, text) = ctx.build("FROM alpine\nCOPY certs/*.key /keys/\n");
    assert_eq!(paths(&files), ["/keys/a.key", "/keys/b.key"]);
    assert_eq!(slice(&text, files[0].source_span), "certs/*.key");
    // A glob that matches a directory copies its contents; `?` and classes work too.
    let (files, _) = ctx.build("FROM alpine\nCOPY cert? /c/\nCOPY certs/[ab].key /ab/\n");
    assert_eq!(
        paths(&files),
        [
            "/ab/a.key",
            "/ab/b.key",
            "/c/a.key",
            "/c/b.key",
            "/c/c.pem",
            "/c/sub/d.key"
        ]
    );
}

#[test]
fn glob_with_several_matches_makes_the_destination_a_directory() {
    let ctx = Ctx::new(&[("a.key", "k"), ("b.key", "k"), ("only.pem", "p")]);
    let (files, _) = ctx.build("FROM alpine\nCOPY *.key /keys\nCOPY *.pem /one.pem\n");
    assert_eq!(paths(&files), ["/keys/a.key", "/keys/b.key", "/one.pem"]);
}

#[test]
fn dockerignore_with_exception() {
    let ctx = Ctx::new(&[
        (".dockerignore", "# keys stay out\n*.key\n!keep.key\n"),
        ("drop.key", "k"),
        ("keep.key", "k"),
        ("other.txt", "o"),
        ("sub/nested.key", "k"),
    ]);
    let (files, _) = ctx.build("FROM alpine\nCOPY . /app/\nCOPY drop.key /explicit.key\n");
    // `*.key` does not cross directories; an excluded file named explicitly is not there.
    assert_eq!(
        paths(&files),
        [
            "/app/.dockerignore",
            "/app/Dockerfile",
            "/app/keep.key",
            "/app/other.txt",
            "/app/sub/nested.key"
        ]
    );
}

#[test]
fn dockerignore_double_star_and_directories() {
    let ctx = Ctx::new(&[
        (".dockerignore", "**/*.key\nsecrets\n!secrets/public.pem\n"),
        ("a.key", "k"),
        ("deep/er/b.key", "k"),
        ("deep/er/c.txt", "c"),
        ("secrets/private.pem", "p"),
        ("secrets/public.pem", "p"),
    ]);
    let (files, _) = ctx.build("FROM alpine\nCOPY deep secrets /x/\n");
    assert_eq!(paths(&files), ["/x/er/c.txt", "/x/public.pem"]);
}

#[test]
fn dockerfile_specific_dockerignore_takes_precedence() {
    let ctx = Ctx::new(&[
        (".dockerignore", "*.pem\n"),
        ("Dockerfile.dockerignore", "*.key\n"),
        ("server.key", "k"),
        ("ca.pem", "c"),
    ]);
    let (files, _) = ctx.build("FROM alpine\nCOPY *.key *.pem /app/\n");
    assert_eq!(paths(&files), ["/app/ca.pem"]);
    // Another Dockerfile in the same context uses the root `.dockerignore`.
    let (files, _) = ctx.build_named("other.Dockerfile", "FROM alpine\nCOPY *.key *.pem /app/\n");
    assert_eq!(paths(&files), ["/app/server.key"]);
}

#[test]
fn key_only_in_a_build_stage_is_not_in_the_final_image() {
    let ctx = Ctx::new(&[("server.key", "k"), ("app.txt", "a")]);
    let (files, _) = ctx.build(
        "FROM alpine AS builder\nCOPY server.key /src/server.key\n\
         FROM alpine AS final\nCOPY app.txt /app/\n",
    );
    assert_eq!(paths(&files), ["/app/app.txt"]);
}

#[test]
fn copy_from_a_stage_carries_the_files_under_the_path() {
    let ctx = Ctx::new(&[
        ("certs/server.key", "k"),
        ("certs/ca.pem", "c"),
        ("notes.txt", "n"),
    ]);
    let text = "FROM alpine AS builder\n\
                COPY certs /src/certs\n\
                COPY notes.txt /src/notes.txt\n\
                FROM alpine\n\
                COPY --from=builder /src/certs /app/certs\n";
    let (files, _) = ctx.build(text);
    assert_eq!(
        paths(&files),
        ["/app/certs/ca.pem", "/app/certs/server.key"]
    );
    let key = file(&files, "/app/certs/server.key");
    assert_eq!(key.via_stage, Some(0));
    assert_eq!(key.stage, 1);
    assert_eq!(key.disk_path, ctx.root.join("certs/server.key"));
    assert_eq!(slice(text, key.source_span), "/src/certs");
    assert_eq!(
        slice(text, key.instruction_span),
        "COPY --from=builder /src/certs /app/certs"
    );
    let parsed = parse(text);
    let copy = &parsed.stages[1].copies[0];
    assert_eq!(copy.from_stage, Some(0));
    assert_eq!(copy.from_image, None);
    assert_eq!(slice(text, copy.from.as_ref().unwrap().span), "builder");
}

#[test]
fn copy_from_follows_chains_of_stages() {
    let ctx = Ctx::new(&[("server.key", "k")]);
    let text = "FROM alpine AS base\n\
                COPY server.key /keys/server.key\n\
                FROM base AS builder\n\
                RUN true\n\
                FROM alpine AS mid\n\
                COPY --from=builder /keys /k\n\
                FROM nginx\n\
                COPY --from=mid /k/server.key /etc/nginx/tls.key\n\
                COPY --from=nginx:1 /etc/nginx/nginx.conf /etc/nginx/\n";
    let (files, _) = ctx.build(text);
    assert_eq!(paths(&files), ["/etc/nginx/tls.key"]);
    let key = &files[0];
    assert_eq!(key.via_stage, Some(0), "entered through the base stage");
    assert_eq!(key.stage, 3);
    assert_eq!(slice(text, key.source_span), "/k/server.key");
    let parsed = parse(text);
    assert_eq!(
        parsed.stages[3].copies[1].from_image.as_deref(),
        Some("nginx:1")
    );
    assert_eq!(parsed.stages[3].copies[1].from_stage, None);
}

#[test]
fn copy_from_by_index_and_glob() {
    let ctx = Ctx::new(&[("a.key", "k"), ("b.txt", "b")]);
    let text = "FROM alpine\nCOPY a.key b.txt /out/\nFROM alpine\nCOPY --from=0 /out/*.key /\n";
    let (files, _) = ctx.build(text);
    assert_eq!(paths(&files), ["/a.key"]);
    assert_eq!(files[0].via_stage, Some(0));
}

#[test]
fn final_stage_inherits_its_base_stage() {
    let ctx = Ctx::new(&[("server.key", "k"), ("app.txt", "a")]);
    let text = "FROM alpine AS builder\n\
                COPY server.key /src/server.key\n\
                FROM builder AS final\n\
                COPY app.txt /app/\n";
    let (files, _) = ctx.build(text);
    assert_eq!(paths(&files), ["/app/app.txt", "/src/server.key"]);
    let key = file(&files, "/src/server.key");
    assert_eq!(key.stage, 0);
    assert_eq!(key.via_stage, None);
    assert_eq!(
        slice(text, key.instruction_span),
        "COPY server.key /src/server.key"
    );
}

#[test]
fn sources_cannot_escape_the_context() {
    let ctx = Ctx::new(&[("inside.key", "k")]);
    fs::write(ctx.root.parent().unwrap().join("outside.key"), "k").unwrap();
    let (files, _) = ctx.build(
        "FROM alpine\nCOPY ../outside.key /a/\nCOPY /../ctx/inside.key /b/\nCOPY sub/../inside.key /c/\n",
    );
    assert_eq!(paths(&files), ["/c/inside.key"]);
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_not_followed_out_of_the_context() {
    let ctx = Ctx::new(&[("real/inside.key", "k")]);
    let outside = ctx.root.parent().unwrap().join("outside");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("host.key"), "k").unwrap();
    std::os::unix::fs::symlink(&outside, ctx.root.join("linkdir")).unwrap();
    std::os::unix::fs::symlink(outside.join("host.key"), ctx.root.join("host.key")).unwrap();
    std::os::unix::fs::symlink(ctx.root.join("real/inside.key"), ctx.root.join("alias.key"))
        .unwrap();
    let (files, _) =
        ctx.build("FROM alpine\nCOPY . /app/\nCOPY linkdir /l/\nCOPY host.key alias.key /k/\n");
    assert_eq!(
        paths(&files),
        ["/app/Dockerfile", "/app/real/inside.key", "/k/alias.key"]
    );
    assert_eq!(
        file(&files, "/k/alias.key").disk_path,
        ctx.root.join("real/inside.key")
    );
}

#[test]
fn relative_destination_uses_workdir() {
    let ctx = Ctx::new(&[("server.key", "k"), ("a.txt", "a")]);
    let text = "FROM alpine\n\
                COPY a.txt rel.txt\n\
                WORKDIR /app\n\
                COPY server.key certs/\n\
                WORKDIR sub\n\
                COPY a.txt .\n";
    let (files, _) = ctx.build(text);
    assert_eq!(
        paths(&files),
        ["/app/certs/server.key", "/app/sub/a.txt", "/rel.txt"]
    );
    let parsed = parse(text);
    assert_eq!(parsed.stages[0].workdir.as_deref(), Some("/app/sub"));
    assert_eq!(parsed.stages[0].copies[0].workdir, None);
    assert_eq!(parsed.stages[0].copies[1].workdir.as_deref(), Some("/app"));
}

#[test]
fn chmod_flag_is_recorded() {
    let ctx = Ctx::new(&[("server.key", "k")]);
    let text = "FROM alpine\nCOPY --chmod=644 server.key /app/\n";
    let (files, _) = ctx.build(text);
    let chmod = files[0].chmod.as_ref().unwrap();
    assert_eq!(chmod.value, 0o644);
    assert_eq!(slice(text, chmod.span), "644");
    // `--from` without `--chmod` keeps the mode the file had in the stage it comes from.
    let text =
        "FROM alpine AS b\nCOPY --chmod=0640 server.key /k\nFROM alpine\nCOPY --from=b /k /etc/k\n";
    let (files, _) = ctx.build(text);
    assert_eq!(files[0].image_path, "/etc/k");
    assert_eq!(files[0].chmod.as_ref().map(|c| c.value), Some(0o640));
    assert_eq!(slice(text, files[0].chmod.as_ref().unwrap().span), "0640");
}

#[test]
fn copy_instruction_fields() {
    let text = "ARG DIR=certs\nFROM alpine\nARG DIR\nENV MODE=600\n\
                COPY --chmod=$MODE \"$DIR/a.key\" ${DIR}/b.key /keys/\n\
                ADD --chmod=u=rw,go=r https://example.com/x.tar.gz /x/\n\
                COPY --chmod=o+r a /b\n\
                COPY [\"a b\", \"/c d/\"]\n\
                ADD <<EOF /etc/motd\nhello\nEOF\n";
    let parsed = parse(text);
    let copies = &parsed.stages[0].copies;
    assert_eq!(copies.len(), 5);
    let c = &copies[0];
    assert!(!c.is_add);
    let sources: Vec<&str> = c.sources.iter().map(|s| s.value.as_str()).collect();
    assert_eq!(sources, ["certs/a.key", "certs/b.key"]);
    assert_eq!(slice(text, c.sources[0].span), "\"$DIR/a.key\"");
    assert_eq!(slice(text, c.sources[1].span), "${DIR}/b.key");
    assert_eq!(c.destination.value, "/keys/");
    assert_eq!(c.chmod.as_ref().map(|m| m.value), Some(0o600));
    assert_eq!(slice(text, c.chmod.as_ref().unwrap().span), "$MODE");
    assert_eq!(
        slice(text, c.span),
        "COPY --chmod=$MODE \"$DIR/a.key\" ${DIR}/b.key /keys/"
    );
    assert!(copies[1].is_add);
    assert_eq!(copies[1].chmod.as_ref().map(|m| m.value), Some(0o644));
    assert_eq!(copies[2].chmod, None, "relative symbolic mode");
    assert_eq!(copies[3].sources[0].value, "a b");
    assert_eq!(copies[3].destination.value, "/c d/");
    assert_eq!(slice(text, copies[3].span), "COPY [\"a b\", \"/c d/\"]");
    assert!(copies[4].sources.is_empty(), "here-document source");
}

#[test]
fn add_of_urls_is_skipped_and_local_archives_are_files() {
    let ctx = Ctx::new(&[("keys.tar.gz", "t")]);
    let (files, _) = ctx.build(
        "FROM alpine\nADD https://example.com/k.key /k/\nADD git@github.com:a/b.git /g\nADD keys.tar.gz /opt/\n",
    );
    assert_eq!(paths(&files), ["/opt/keys.tar.gz"]);
}

#[test]
fn copy_exclude_flag() {
    let ctx = Ctx::new(&[("app/a.key", "k"), ("app/main.js", "m")]);
    let (files, _) = ctx.build("FROM alpine\nCOPY --exclude=*.key app /srv/\n");
    assert_eq!(paths(&files), ["/srv/main.js"]);
}

#[test]
fn limits_bound_the_walk() {
    let files: Vec<(String, &str)> = (0..50).map(|i| (format!("d/f{i:02}.txt"), "x")).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let ctx = Ctx::new(&refs);
    let text = "FROM alpine\nCOPY d /d/\n";
    ctx.write("Dockerfile", text);
    let parsed = parse(text);
    let limits = ContextLimits {
        max_files: 10,
        max_depth: 32,
    };
    let found = final_image_files(&parsed, &ctx.root, &ctx.root.join("Dockerfile"), &limits);
    assert!(found.len() <= 10, "{}", found.len());
    let limits = ContextLimits {
        max_files: 1000,
        max_depth: 1,
    };
    let found = final_image_files(&parsed, &ctx.root, &ctx.root.join("Dockerfile"), &limits);
    assert!(found.is_empty());
}

#[test]
fn no_context_no_files() {
    let parsed = parse("FROM alpine\nCOPY a /b\n");
    let missing = Path::new("/nonexistent/caulk/context");
    let found = final_image_files(
        &parsed,
        missing,
        &missing.join("Dockerfile"),
        &ContextLimits::default(),
    );
    assert!(found.is_empty());
    let empty = parse("");
    assert!(final_image_files(&empty, missing, missing, &ContextLimits::default()).is_empty());
}

#[test]
fn chmod_commands_in_run() {
    let text = "FROM alpine\n\
                RUN chmod 600 /app/certs/server.key && chmod -R 777 /app\n\
                RUN chmod o+r key.pem\n\
                RUN set -e; chmod -R go-rwx /certs\n";
    let parsed = parse(text);
    let chmods = &parsed.stages[0].chmods;
    assert_eq!(chmods.len(), 4);
    assert_eq!(
        slice(text, chmods[0].span),
        "chmod 600 /app/certs/server.key"
    );
    assert_eq!(chmods[0].mode, Some(0o600));
    assert!(!chmods[0].recursive);
    assert_eq!(chmods[0].paths, ["/app/certs/server.key"]);
    assert_eq!(slice(text, chmods[0].mode_span), "600");
    assert_eq!(slice(text, chmods[1].span), "chmod -R 777 /app");
    assert_eq!(chmods[1].mode, Some(0o777));
    assert!(chmods[1].recursive);
    assert_eq!(chmods[1].paths, ["/app"]);
    assert_eq!(slice(text, chmods[2].span), "chmod o+r key.pem");
    assert_eq!(chmods[2].mode, Some(0o004));
    assert_eq!(chmods[2].paths, ["key.pem"]);
    assert_eq!(slice(text, chmods[3].span), "chmod -R go-rwx /certs");
    assert_eq!(chmods[3].mode, Some(0));
    assert!(chmods[3].recursive);
    assert_eq!(chmods[3].paths, ["/certs"]);
}

#[test]
fn chmod_commands_across_continuations_pipes_and_prefixes() {
    let text = "FROM alpine\n\
                ENV KEY=/etc/ssl/private/k.pem\n\
                WORKDIR /srv\n\
                RUN apk add openssl \\\n\
                \x20   # comment line inside the continuation\n\
                \x20   && chmod \\\n\
                \x20     a+rwx,u-w \"$KEY\" '$LITERAL' 2>/dev/null | true ; sudo -u root chmod --recursive=x 640 d\n\
                RUN if true; then FOO=1 chmod u=rw,go= k1; fi || chmod g+s,+t k2 & chmod u=g k3\n\
                RUN echo chmod 777 x # chmod 777 y\n\
                RUN [\"chmod\", \"0755\", \"/bin/tool\"]\n\
                RUN [\"/bin/sh\", \"-c\", \"chmod 444 /r\"]\n\
                RUN <<EOF\nset -e\nchmod 600 /heredoc.key\nEOF\n\
                RUN chmod -w /ro\n";
    let parsed = parse(text);
    let chmods = &parsed.stages[0].chmods;
    let spans: Vec<&str> = chmods.iter().map(|c| slice(text, c.span)).collect();
    assert_eq!(
        spans,
        [
            "chmod \\\n      a+rwx,u-w \"$KEY\" '$LITERAL'",
            "chmod --recursive=x 640 d",
            "chmod u=rw,go= k1",
            "chmod g+s,+t k2",
            "chmod u=g k3",
            "\"chmod\", \"0755\", \"/bin/tool\"",
            "chmod 444 /r",
            "chmod 600 /heredoc.key",
            "chmod -w /ro",
        ]
    );
    assert_eq!(chmods[0].mode, Some(0o777));
    assert_eq!(chmods[0].paths, ["/etc/ssl/private/k.pem", "$LITERAL"]);
    assert_eq!(chmods[0].workdir.as_deref(), Some("/srv"));
    assert_eq!(chmods[1].mode, Some(0o640));
    assert!(!chmods[1].recursive, "--recursive=x is not --recursive");
    assert_eq!(chmods[2].mode, Some(0o600));
    assert_eq!(chmods[3].mode, Some(0o3000));
    assert_eq!(chmods[4].mode, None);
    assert_eq!(chmods[5].mode, Some(0o755));
    assert_eq!(chmods[5].paths, ["/bin/tool"]);
    assert_eq!(chmods[6].mode, Some(0o444));
    assert_eq!(chmods[7].mode, Some(0o600));
    assert_eq!(chmods[7].paths, ["/heredoc.key"]);
    assert_eq!(chmods[8].mode, Some(0));
    assert_eq!(chmods[8].paths, ["/ro"]);
}

#[test]
fn bom_shifts_new_spans_too() {
    let text = "\u{feff}FROM alpine\nCOPY --chmod=600 a.key /k\nRUN chmod 644 /k\n";
    let parsed = parse(text);
    let stage = &parsed.stages[0];
    assert_eq!(
        slice(text, stage.copies[0].span),
        "COPY --chmod=600 a.key /k"
    );
    assert_eq!(slice(text, stage.copies[0].sources[0].span), "a.key");
    assert_eq!(
        slice(text, stage.copies[0].chmod.as_ref().unwrap().span),
        "600"
    );
    assert_eq!(slice(text, stage.chmods[0].span), "chmod 644 /k");
}

#[test]
fn odd_input_never_panics() {
    let ctx = Ctx::new(&[("a.key", "k"), ("d/b.key", "k")]);
    let pieces = [
        "FROM a AS b\n",
        "FROM b\n",
        "COPY ",
        "ADD ",
        "RUN ",
        "WORKDIR ",
        "--from=b ",
        "--from=1 ",
        "--chmod=",
        "--parents ",
        "--exclude=",
        "u=g",
        "777",
        "chmod ",
        "-R ",
        "\\\n",
        "\\",
        "\"",
        "'",
        "$",
        "${",
        "$(",
        "`",
        "[",
        "]",
        "*",
        "**",
        "?",
        "..",
        "../",
        "/",
        ".",
        "a.key",
        "d",
        " ",
        "\n",
        "#",
        "&&",
        ";",
        "|",
        ">",
        "2>",
        "<<EOF\nx\nEOF\n",
        "\u{feff}",
        "é",
        "[\"",
        "\", \"",
        "{",
        "!",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut text = String::from("FROM alpine AS b\n");
        let len = (seed % 24) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let parsed = parse(&text);
        for stage in &parsed.stages {
            for copy in &stage.copies {
                assert!(copy.span.end <= text.len());
                for source in &copy.sources {
                    assert!(text.get(source.span.start..source.span.end).is_some());
                }
            }
            for chmod in &stage.chmods {
                assert!(
                    text.get(chmod.span.start..chmod.span.end).is_some(),
                    "{text:?}"
                );
                assert!(
                    text.get(chmod.mode_span.start..chmod.mode_span.end)
                        .is_some()
                );
            }
        }
        let _ = final_image_files(
            &parsed,
            &ctx.root,
            &ctx.root.join("Dockerfile"),
            &ContextLimits::default(),
        );
    }
}
