//! The command line: parse arguments, call the library, map the outcome to an exit code.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use caulk::discover::WalkOptions;
use caulk::rules::{self, Severity};
use caulk::{AuditError, AuditOptions, report};

/// Exit code when a finding at or above `--fail-on` remains.
const EXIT_FINDINGS: u8 = 1;
/// Exit code for usage errors and paths that do not exist.
const EXIT_USAGE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "caulk",
    version,
    about = "Audits Dockerfiles, Compose files and Kubernetes manifests for ways out of the container",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files and directories and report findings.
    Audit(Box<AuditArgs>),
    /// List every rule: ID, default severity, title.
    Rules,
    /// Explain one rule: why it matters, what fires, a bad and a good example, the fix.
    Explain {
        /// A rule ID, as `caulk rules` lists them.
        rule: String,
    },
    /// Write a commented `caulk.toml` with the defaults in the current directory.
    Init {
        /// Overwrite an existing caulk.toml.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// rustc-style diagnostics with the source span underlined.
    Human,
    /// The JSON report (schema in the README).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`): annotations on the diff.
    Github,
    /// GitLab Code Quality JSON, for merge-request widgets.
    Gitlab,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Threshold {
    Critical,
    High,
    Medium,
    Low,
    Info,
    /// Never fail because of findings.
    None,
}

impl Threshold {
    fn severity(self) -> Option<Severity> {
        match self {
            Threshold::Critical => Some(Severity::Critical),
            Threshold::High => Some(Severity::High),
            Threshold::Medium => Some(Severity::Medium),
            Threshold::Low => Some(Severity::Low),
            Threshold::Info => Some(Severity::Info),
            Threshold::None => None,
        }
    }
}

#[derive(clap::Args)]
struct AuditArgs {
    /// Files and directories to scan.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when a finding at or above this severity remains; `none` never fails on findings
    /// [default: the config's `fail-on`, else high].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<Threshold>,
    /// Do not report findings below this severity.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    min_severity: Option<Threshold>,
    /// Run only these rules (comma-separated IDs).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    select: Vec<String>,
    /// Skip these rules (comma-separated IDs).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    ignore: Vec<String>,
    /// Skip paths matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Do not honour .gitignore, .ignore and .caulkignore.
    #[arg(long)]
    no_ignore: bool,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// The time certificate-date rules compare against, as RFC 3339
    /// (`2026-06-01T00:00:00Z`); default: the clock. Pins runs for reproducible reports.
    #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
    now: Option<i64>,
    /// `certificate-expiring-soon` fires for certificates that expire within this many days
    /// [default: the config's `days`, else 30].
    #[arg(long, value_name = "DAYS")]
    expiry_days: Option<u32>,
    /// A caulk.toml to use [default: the nearest caulk.toml or .caulk.toml from the first PATH
    /// upward].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Do not read any caulk.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings as the baseline in FILE (and report them as usual).
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Note every suppression (inline, annotation or config ignore) that suppresses nothing.
    #[arg(long)]
    report_unused_ignores: bool,
    /// No colours (also off when output is not a terminal or NO_COLOR is set).
    #[arg(long)]
    no_color: bool,
    /// Print findings only: no summary line and no notes about skipped files.
    #[arg(long)]
    quiet: bool,
}

/// `--write-baseline`: written after the report, whichever way the report went out.
fn write_baseline(path: Option<&std::path::Path>, report: &caulk::Report) -> Result<(), ExitCode> {
    let Some(path) = path else {
        return Ok(());
    };
    caulk::baseline::write(path, report).map_err(|error| {
        eprintln!(
            "caulk: cannot write the baseline {}: {error}",
            path.display()
        );
        ExitCode::from(EXIT_USAGE)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Audit(args) => audit(*args),
        Command::Rules => {
            let mut out = String::new();
            for rule in rules::all() {
                out.push_str(&format!(
                    "{:<32} {:<9} {}\n",
                    rule.id,
                    rule.severity.as_str(),
                    rule.title
                ));
            }
            print(&out)
        }
        Command::Init { force } => init(force),
        Command::Explain { rule } => match rules::get(&rule) {
            Some(meta) => print(&explain(meta)),
            None => {
                eprintln!("caulk: unknown rule `{rule}` (`caulk rules` lists them)");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}

/// `--now`: an RFC 3339 date-time, or a plain `YYYY-MM-DD` meaning midnight UTC.
fn parse_now(text: &str) -> Result<i64, String> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(t) = time::OffsetDateTime::parse(text, &Rfc3339) {
        return Ok(t.unix_timestamp());
    }
    let date_only = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(date) = time::Date::parse(text, &date_only) {
        return Ok(date.midnight().assume_utc().unix_timestamp());
    }
    Err("expected an RFC 3339 date-time such as 2026-06-01T00:00:00Z".to_string())
}

/// `caulk init`: writes the commented default config, never over an existing one unless told.
fn init(force: bool) -> ExitCode {
    let path = PathBuf::from("caulk.toml");
    if path.exists() && !force {
        eprintln!("caulk: caulk.toml already exists (use --force to overwrite it)");
        return ExitCode::from(EXIT_USAGE);
    }
    match std::fs::write(&path, caulk::config::init_template()) {
        Ok(()) => {
            eprintln!("caulk: wrote caulk.toml");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("caulk: cannot write caulk.toml: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`caulk rules | head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn explain(meta: &rules::RuleMeta) -> String {
    let mut out = format!(
        "{} ({})\n{}\n\nWhy it matters\n  {}\n",
        meta.id,
        meta.severity,
        meta.title,
        meta.rationale.trim().replace('\n', "\n  ")
    );
    for example in &meta.examples {
        out.push_str(&format!(
            "\nBad ({})\n{}\nGood\n{}",
            example.kind,
            indent(&example.bad),
            indent(&example.good)
        ));
    }
    out.push_str(&format!(
        "\nFix\n  {}\n",
        meta.fix.trim().replace('\n', "\n  ")
    ));
    if !meta.references.is_empty() {
        out.push_str("\nReferences\n");
        for reference in &meta.references {
            out.push_str(&format!("  {reference}\n"));
        }
    }
    out
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

fn audit(args: AuditArgs) -> ExitCode {
    let config_path = if args.no_config {
        None
    } else {
        args.config.clone().or_else(|| {
            let first = args
                .paths
                .first()
                .cloned()
                .unwrap_or_else(|| PathBuf::from("."));
            caulk::config::find(&first)
        })
    };
    let config = match config_path.as_deref().map(caulk::config::load) {
        Some(Ok(config)) => Some(config),
        Some(Err(error)) => {
            eprintln!("caulk: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
        None => None,
    };
    let baseline = match args.baseline.as_deref().map(caulk::baseline::load) {
        Some(Ok(baseline)) => Some(baseline),
        Some(Err(error)) => {
            eprintln!("caulk: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
        None => None,
    };
    let fail_on = match (args.fail_on, config.as_ref().and_then(|c| c.fail_on)) {
        (Some(threshold), _) => threshold.severity(),
        (None, Some(from_config)) => from_config,
        (None, None) => Some(Severity::High),
    };
    let options = AuditOptions {
        walk: WalkOptions {
            exclude: args.exclude.clone(),
            no_ignore: args.no_ignore,
            config_exclude: None,
        },
        jobs: args.jobs.map(usize::from),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        min_severity: args.min_severity.and_then(Threshold::severity),
        now: args.now,
        expiry_days: args.expiry_days,
        config,
        baseline,
        report_unused_ignores: args.report_unused_ignores,
        keep_over_cap: args.write_baseline.is_some(),
    };
    let report = match caulk::audit(&args.paths, &options) {
        Ok(report) => report,
        Err(error) => {
            eprintln!("caulk: {error}");
            return ExitCode::from(match error {
                AuditError::MissingPath(_) | AuditError::UnknownRule(_) | AuditError::Other(_) => {
                    EXIT_USAGE
                }
            });
        }
    };
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let color = to_terminal && !args.no_color && std::env::var_os("NO_COLOR").is_none();
    if matches!(args.format, Format::Json) {
        // Streamed: a large report is never held as one string.
        let written = match &args.output {
            Some(path) => std::fs::File::create(path).and_then(|file| {
                let mut out = std::io::BufWriter::new(file);
                report::json::write(&report, &mut out)?;
                out.flush()
            }),
            None => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                // A closed pipe (`caulk … | head`) is not an error worth a message.
                let _ = report::json::write(&report, &mut out).and_then(|()| out.flush());
                Ok(())
            }
        };
        if let Err(error) = written {
            eprintln!("caulk: cannot write the report: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
        if let Err(code) = write_baseline(args.write_baseline.as_deref(), &report) {
            return code;
        }
        return exit_code(fail_on, &report);
    }
    let text = match args.format {
        Format::Human => report::human::render(&report, color, args.quiet),
        Format::Json => report::json::render(&report),
        Format::Sarif => report::sarif::render(&report),
        Format::Github => report::github::render(&report),
        Format::Gitlab => report::gitlab::render(&report),
    };
    if let Err(code) = write_baseline(args.write_baseline.as_deref(), &report) {
        return code;
    }
    if matches!(args.format, Format::Human) && !args.quiet {
        let mut stderr = std::io::stderr().lock();
        for note in &report.notes {
            let _ = writeln!(stderr, "note: {note}");
        }
    }
    match &args.output {
        Some(path) => {
            if let Err(error) = std::fs::write(path, text) {
                eprintln!("caulk: cannot write {}: {error}", path.display());
                return ExitCode::from(EXIT_USAGE);
            }
        }
        None => {
            print(&text);
        }
    }
    exit_code(fail_on, &report)
}

fn exit_code(fail_on: Option<Severity>, report: &caulk::Report) -> ExitCode {
    let failed =
        fail_on.is_some_and(|threshold| report.findings.iter().any(|f| f.severity >= threshold));
    if failed {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}
