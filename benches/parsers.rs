//! One benchmark per parser, so a regression in one format shows up by name.
//!
//!   cargo bench --bench parsers            # all of them (about half a minute)
//!   cargo bench --bench parsers -- yaml    # those whose name matches a regex
//!
//! Each benchmark's inputs are every committed file of its format under `testdata/` (read
//! once, before timing), so the numbers need nothing outside a clean checkout. One iteration
//! handles all of them; the throughput column is over their total size. The end-to-end
//! `audit_demo` runs the whole pipeline (discovery, parsing, rules) over `testdata/demo`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use caulk::facts::FileFacts;
use caulk::parse::yaml::Node;
use caulk::parse::{code, compose, dockerfile, envfile, kubernetes, pki, yaml};
use caulk::source::{LineIndex, SourceFile};
use divan::Bencher;
use divan::counter::BytesCount;

fn main() {
    // Short by default: 20 samples, at most one second per benchmark. The command line
    // (`--sample-count`, `--max-time`, ...) overrides these.
    divan::Divan::default()
        .sample_count(20)
        .max_time(Duration::from_secs(1))
        .config_with_args()
        .main();
}

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

/// Every file under `testdata/` (sorted, so runs see the same order) whose name `pick`
/// accepts and that is UTF-8 text.
fn inputs(pick: impl Fn(&str) -> bool) -> Vec<SourceFile> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&testdata(), &mut paths);
    paths.sort();
    let files: Vec<SourceFile> = paths
        .into_iter()
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&pick))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some(SourceFile::new(p.display().to_string(), p, text))
        })
        .collect();
    assert!(!files.is_empty(), "no benchmark input under testdata/");
    files
}

fn bytes(files: &[SourceFile]) -> BytesCount {
    BytesCount::new(files.iter().map(|f| f.text.len()).sum::<usize>())
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yml") || name.ends_with(".yaml")
}

fn is_compose(name: &str) -> bool {
    is_yaml(name) && (name.starts_with("docker-compose") || name.starts_with("compose"))
}

/// The YAML documents of these files, parsed once (for the facts benchmarks).
fn documents(files: &[SourceFile]) -> Vec<Node> {
    files
        .iter()
        .flat_map(|f| yaml::parse(&f.text, &f.lines).documents)
        .collect()
}

/// YAML text to spanned trees (every `.yml`/`.yaml`: Compose, Kubernetes, other).
#[divan::bench]
fn yaml(bencher: Bencher) {
    let files = inputs(is_yaml);
    let lines: Vec<LineIndex> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
    bencher.counter(bytes(&files)).bench(|| {
        for (file, lines) in files.iter().zip(&lines) {
            black_box(yaml::parse(black_box(&file.text), lines));
        }
    });
}

/// Dockerfile text to stages and instructions.
#[divan::bench]
fn dockerfile(bencher: Bencher) {
    let files = inputs(|n| n == "Dockerfile" || n.starts_with("Dockerfile."));
    bencher.counter(bytes(&files)).bench(|| {
        for file in &files {
            black_box(dockerfile::parse(black_box(file)));
        }
    });
}

/// A parsed Dockerfile to facts (users, mounts, secrets in ENV/ARG/RUN, ...).
#[divan::bench]
fn dockerfile_facts(bencher: Bencher) {
    let files = inputs(|n| n == "Dockerfile" || n.starts_with("Dockerfile."));
    let parsed: Vec<_> = files.iter().map(dockerfile::parse).collect();
    bencher.counter(bytes(&files)).bench(|| {
        for (file, parsed) in files.iter().zip(&parsed) {
            black_box(dockerfile::facts(0, file, black_box(parsed)));
        }
    });
}

/// A parsed Compose document to facts (services, volumes, privileges, environment).
#[divan::bench]
fn compose_facts(bencher: Bencher) {
    let files = inputs(is_compose);
    let docs = documents(&files);
    bencher.counter(bytes(&files)).bench(|| {
        for doc in &docs {
            let mut facts = FileFacts::default();
            compose::facts(0, black_box(doc), &mut facts);
            black_box(facts);
        }
    });
}

/// Parsed Kubernetes objects to facts (pods, RBAC, secrets, TLS objects).
#[divan::bench]
fn kubernetes_facts(bencher: Bencher) {
    let files = inputs(|n| is_yaml(n) && !is_compose(n));
    let docs: Vec<Node> = documents(&files)
        .into_iter()
        .filter(kubernetes::is_object)
        .collect();
    assert!(!docs.is_empty(), "no Kubernetes object under testdata/");
    bencher.counter(bytes(&files)).bench(|| {
        for doc in &docs {
            let mut facts = FileFacts::default();
            for object in kubernetes::objects(black_box(doc)) {
                kubernetes::facts(0, object, &mut facts);
            }
            black_box(facts);
        }
    });
}

/// PEM text to certificates and keys (decoded and inspected).
#[divan::bench]
fn pem(bencher: Bencher) {
    let files: Vec<SourceFile> =
        inputs(|n| n.ends_with(".pem") || n.ends_with(".crt") || n.ends_with(".key"))
            .into_iter()
            .filter(|f| pki::has_pem(&f.text))
            .collect();
    bencher.counter(bytes(&files)).bench(|| {
        for file in &files {
            black_box(pki::scan_pem(black_box(&file.text)));
        }
    });
}

/// TypeScript and JavaScript to TLS settings (tree-sitter).
#[divan::bench]
fn js(bencher: Bencher) {
    let files = inputs(|n| n.ends_with(".ts") || n.ends_with(".js"));
    bencher.counter(bytes(&files)).bench(|| {
        for file in &files {
            let dialect = if file.display_path.ends_with(".ts") {
                code::js::Dialect::TypeScript
            } else {
                code::js::Dialect::JavaScript
            };
            black_box(code::js::scan(0, black_box(&file.text), dialect));
        }
    });
}

/// Go to TLS settings (tree-sitter).
#[divan::bench]
fn go(bencher: Bencher) {
    let files = inputs(|n| n.ends_with(".go"));
    bencher.counter(bytes(&files)).bench(|| {
        for file in &files {
            black_box(code::go::scan(0, black_box(&file.text)));
        }
    });
}

/// `.env` assignments.
#[divan::bench]
fn envfile(bencher: Bencher) {
    let files = inputs(|n| n == ".env" || n.ends_with(".env"));
    bencher.counter(bytes(&files)).bench(|| {
        for file in &files {
            black_box(envfile::parse(black_box(&file.text)));
        }
    });
}

/// The whole pipeline over `testdata/demo`: discovery, reading, parsing, rules, suppressions.
#[divan::bench]
fn audit_demo(bencher: Bencher) {
    let paths = vec![testdata().join("demo")];
    let options = caulk::AuditOptions {
        // A fixed clock: certificate-date findings do not change from day to day.
        now: Some(1_767_225_600),
        ..Default::default()
    };
    bencher.bench(|| black_box(caulk::audit(black_box(&paths), &options).expect("audit")));
}
