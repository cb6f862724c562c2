//! File-system faults (issue 8): what a hostile or broken tree does to a scan. Each case gives
//! a clear note or finding; none hangs (every command runs under a deadline), none panics, and
//! the exit code follows cli.md (0 no finding at or above `--fail-on`, 1 at least one, 2 a
//! usage error, an unreadable config or a path that does not exist).
//!
//! tests/robustness.rs has the hostile *contents*; this file has the hostile *file system*:
//! permissions, races, special files, links, sizes, counts, names and line ends. It also
//! checks that a scan opens no network connection and runs no subprocess.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use caulk::{AuditOptions, Report, audit};

/// A privileged Compose service: the finding that proves the rest of the scan went on, and
/// makes the exit code 1.
const GOOD_NEIGHBOUR: &str = "services:\n  web:\n    image: nginx\n    privileged: true\n";

/// No command may take longer than this; a hang fails the test instead of the suite.
const DEADLINE: Duration = Duration::from_secs(60);

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `program args...` in `cwd` under [`DEADLINE`], killing it if it hangs.
fn run_program(program: &OsStr, args: &[&OsStr], cwd: &Path) -> Run {
    let out = tempfile::tempdir().unwrap();
    let stdout_path = out.path().join("stdout");
    let stderr_path = out.path().join("stderr");
    let mut child = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .env("NO_COLOR", "1")
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.to_string_lossy()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{} {:?} hung for {DEADLINE:?}",
                program.to_string_lossy(),
                args
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let run = Run {
        code: status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8_lossy(&std::fs::read(&stdout_path).unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&std::fs::read(&stderr_path).unwrap()).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "caulk panicked: {}",
        run.stderr
    );
    run
}

fn caulk_bin() -> &'static OsStr {
    OsStr::new(env!("CARGO_BIN_EXE_caulk"))
}

/// `caulk audit --no-config <paths>` in `cwd`.
fn caulk_audit(cwd: &Path, paths: &[&OsStr]) -> Run {
    let mut args: Vec<&OsStr> = vec![OsStr::new("audit"), OsStr::new("--no-config")];
    args.extend_from_slice(paths);
    run_program(caulk_bin(), &args, cwd)
}

fn scan(dir: &Path) -> Report {
    audit(&[PathBuf::from(dir)], &AuditOptions::default()).expect("scan runs")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn scanned(report: &Report) -> Vec<String> {
    report
        .project
        .files
        .iter()
        .map(|f| f.display_path.clone())
        .collect()
}

/// (rule, file name, line, column) of every finding.
fn findings(report: &Report) -> Vec<(String, String, usize, usize)> {
    report
        .findings
        .iter()
        .map(|f| {
            let file = &report.project.files[f.file];
            let at = file.position(f.span.start);
            let name = Path::new(&file.display_path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (f.rule.to_string(), name, at.line, at.column)
        })
        .collect()
}

fn neighbour_still_reported(report: &Report) {
    assert!(
        findings(report)
            .iter()
            .any(|f| f.0 == "privileged-container" && f.1 == "docker-compose.yml"),
        "the valid neighbour was not reported: {:?} (notes {:?})",
        findings(report),
        report.notes
    );
}

fn has_note(report: &Report, parts: &[&str]) -> bool {
    report
        .notes
        .iter()
        .any(|n| parts.iter().all(|p| n.contains(p)))
}

fn mkfifo(path: &Path) {
    let c_path = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo has no other preconditions.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

// ---------------------------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------------------------

/// An unreadable Dockerfile, key file and directory are notes naming them; the readable
/// neighbour is still reported and decides the exit code; an unreadable `--config` is exit 2.
///
/// Root reads every file whatever its mode, so as root the scan runs as `nobody` through
/// `setpriv` (from a copy of the binary that `nobody` may execute); without `setpriv` the
/// test says so and checks nothing.
#[test]
fn permission_denied_file_and_directory_are_notes() {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let dockerfile = write(dir.path(), "Dockerfile", b"FROM alpine\nUSER root\n");
    let key = write(dir.path(), "server.key", b"-----BEGIN PRIVATE KEY-----\n");
    let locked = dir.path().join("locked");
    write(&locked, "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let config = write(dir.path(), "locked.toml", b"fail-on = \"none\"\n");
    chmod(&dockerfile, 0o000);
    chmod(&key, 0o000);
    chmod(&config, 0o000);
    chmod(&locked, 0o000);

    let bin_dir = tempfile::tempdir().unwrap();
    chmod(bin_dir.path(), 0o755);
    let (program, prefix): (OsString, Vec<OsString>) = if !is_root() {
        (caulk_bin().to_os_string(), Vec::new())
    } else if let Some(setpriv) = which("setpriv") {
        let copy = bin_dir.path().join("caulk");
        std::fs::copy(caulk_bin(), &copy).unwrap();
        chmod(&copy, 0o755);
        (
            setpriv.into_os_string(),
            ["--reuid=65534", "--regid=65534", "--clear-groups"]
                .iter()
                .map(OsString::from)
                .chain([copy.into_os_string()])
                .collect(),
        )
    } else {
        eprintln!("skipped: running as root and no setpriv to drop to an unprivileged user");
        chmod(&locked, 0o755);
        return;
    };
    let audit_args = |extra: &[&str]| -> Vec<OsString> {
        let mut args = prefix.clone();
        args.extend(["audit", "--no-color"].iter().map(OsString::from));
        args.extend(extra.iter().map(OsString::from));
        args.push(OsString::from("."));
        args
    };
    let run_with = |extra: &[&str]| {
        let args = audit_args(extra);
        let refs: Vec<&OsStr> = args.iter().map(OsString::as_os_str).collect();
        run_program(&program, &refs, dir.path())
    };

    let run = run_with(&["--no-config"]);
    // An unreadable config named on the command line is exit 2 (cli.md).
    let config_run = run_with(&["--config", "locked.toml"]);
    chmod(&locked, 0o755); // so that the temporary directory can be removed
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("privileged-container"),
        "{}",
        run.stdout
    );
    for name in ["Dockerfile", "server.key", "locked"] {
        assert!(
            run.stderr.lines().any(|l| l.starts_with("note:")
                && l.contains(name)
                && l.contains("ermission denied")),
            "no note for unreadable {name}: {}",
            run.stderr
        );
    }

    let run = config_run;
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("locked.toml") && run.stderr.contains("ermission denied"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Races
// ---------------------------------------------------------------------------------------------

/// A file found by discovery and gone before it is read: the read gives the reason, which
/// `audit` turns into a note. Discovery and reading are run here step by step, as `audit`
/// runs them, with the file removed in between.
#[test]
fn file_that_vanishes_between_discovery_and_reading_is_a_reason_not_a_panic() {
    use caulk::discover::{self, ReadOutcome, WalkOptions};
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    write(dir.path(), "Dockerfile", b"FROM alpine\n");
    write(dir.path(), "server.key", b"-----BEGIN PRIVATE KEY-----\n");
    let found = discover::discover(
        &[dir.path().to_path_buf()],
        &WalkOptions::default(),
        dir.path(),
    );
    assert_eq!(found.files.len(), 3, "{:?}", found.files);
    std::fs::remove_file(dir.path().join("Dockerfile")).unwrap();
    std::fs::remove_file(dir.path().join("server.key")).unwrap();
    for candidate in &found.files {
        let gone = !candidate.disk_path.exists();
        match discover::read(&candidate.disk_path) {
            ReadOutcome::Skipped(why) => {
                assert!(gone, "{why}");
                assert!(
                    why.contains("cannot read") && why.contains("No such file"),
                    "{why}"
                );
            }
            ReadOutcome::Text(_) => assert!(!gone),
            other => panic!("{other:?}"),
        }
        if gone {
            let why = discover::read_bytes(&candidate.disk_path, discover::MAX_KEY_FILE_SIZE)
                .expect_err("the key file is gone");
            assert!(why.contains("cannot read"), "{why}");
        }
    }
}

/// The same race for real: files deleted (and replaced by FIFOs) while `audit` runs. Whatever
/// the interleaving, the scan finishes, and every file it did not scan is either one that was
/// already gone when discovery ran or one a note names.
#[test]
fn files_deleted_during_a_scan_do_not_break_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let names: Vec<String> = (0..400)
        .map(|i| format!("d{}/Dockerfile.{i}", i % 20))
        .collect();
    for name in &names {
        write(dir.path(), name, b"FROM alpine\nUSER root\n");
    }
    let root = dir.path().to_path_buf();
    let victims: Vec<PathBuf> = names.iter().map(|n| root.join(n)).collect();
    let remover = std::thread::spawn(move || {
        for (i, path) in victims.iter().enumerate() {
            let _ = std::fs::remove_file(path);
            if i % 2 == 0 {
                mkfifo(path);
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    });
    let started = Instant::now();
    let report = scan(dir.path());
    remover.join().unwrap();
    assert!(started.elapsed() < DEADLINE);
    neighbour_still_reported(&report);
    for note in &report.notes {
        assert!(
            note.contains("cannot read") || note.contains("not a regular file"),
            "{note}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Special files
// ---------------------------------------------------------------------------------------------

/// FIFOs under every kind of name caulk reads (robustness.rs has the Dockerfile one): with no
/// writer, opening or reading one would block forever; here each is a note, or nothing for a
/// name that is only peeked at (`id_rsa`), and the command line exits by the findings.
#[test]
fn fifos_of_every_kind_never_block() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    for name in [
        "compose.yaml",
        "k8s.json",
        ".env",
        "server.key",
        "store.p12",
        "id_rsa",
        "server.ts",
        "main.go",
    ] {
        mkfifo(&dir.path().join(name));
    }
    let run = caulk_audit(dir.path(), &[OsStr::new(".")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for name in ["compose.yaml", "k8s.json", ".env", "server.key"] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.contains(name) && l.contains("not a regular file")),
            "no note for the FIFO {name}: {}",
            run.stderr
        );
    }
    // A FIFO named on the command line: a note, exit 0 (nothing found).
    let run = caulk_audit(dir.path(), &[OsStr::new("compose.yaml")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
}

/// Device files named on the command line: `/dev/zero` and `/dev/urandom` never end, so
/// reading one would hang the scan and fill memory. Each is a note; the exit code is 0.
#[test]
fn device_paths_on_the_command_line_are_notes() {
    let dir = tempfile::tempdir().unwrap();
    for device in ["/dev/null", "/dev/zero", "/dev/urandom"] {
        if !Path::new(device).exists() {
            continue;
        }
        let run = caulk_audit(dir.path(), &[OsStr::new(device)]);
        assert_eq!(run.code, 0, "{device}: {}", run.stderr);
        assert!(
            run.stderr.contains(device) && run.stderr.contains("not a regular file"),
            "{device}: {}",
            run.stderr
        );
    }
    // The same through the library, next to a real file.
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let report = audit(
        &[
            PathBuf::from("/dev/zero"),
            dir.path().join("docker-compose.yml"),
        ],
        &AuditOptions::default(),
    )
    .expect("scan runs");
    neighbour_still_reported(&report);
    assert!(
        has_note(&report, &["/dev/zero", "not a regular file"]),
        "{:?}",
        report.notes
    );
}

/// A link in the tree to a device is outside the tree: a note, never read.
#[test]
fn symlink_to_a_device_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("compose.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", dir.path().join("server.pem")).unwrap();
    let report = scan(dir.path());
    neighbour_still_reported(&report);
    assert_eq!(scanned(&report).len(), 1, "{:?}", scanned(&report));
    for name in ["compose.yaml", "server.pem"] {
        assert!(
            has_note(&report, &[name, "skipped"]),
            "{name}: {:?}",
            report.notes
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

/// Loops of two links, a link to its own name, and a directory link back to an ancestor
/// (robustness.rs has a directory linked to itself): notes, no hang.
#[test]
fn symlink_loops_are_notes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let link = |target: &str, name: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, path).unwrap();
    };
    link("b.yaml", "a.yaml");
    link("a.yaml", "b.yaml");
    link("Dockerfile", "Dockerfile");
    link("../..", "sub/deeper/up");
    let report = scan(dir.path());
    neighbour_still_reported(&report);
    assert_eq!(scanned(&report).len(), 1, "{:?}", scanned(&report));
    for name in ["a.yaml", "b.yaml", "Dockerfile"] {
        assert!(
            has_note(&report, &[name, "symbolic link"]),
            "{name}: {:?}",
            report.notes
        );
    }
    // A looping link named on the command line: a note, not a hang and not a crash.
    let run = caulk_audit(
        dir.path(),
        &[OsStr::new("a.yaml"), OsStr::new("docker-compose.yml")],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("a.yaml"), "{}", run.stderr);
}

/// Links that leave the scanned root, to a file and to a directory, by absolute and relative
/// paths: never followed, each a note. A root that is itself a link is scanned.
#[test]
fn symlinks_out_of_the_root_are_notes_and_a_linked_root_is_scanned() {
    let outside = tempfile::tempdir().unwrap();
    write(
        outside.path(),
        "docker-compose.yml",
        GOOD_NEIGHBOUR.as_bytes(),
    );
    write(
        outside.path(),
        "id_rsa",
        include_bytes!("../testdata/pki/rsa2048.key"),
    );
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    write(&tree, "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let outside_name = outside
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    // Absolute link to a file, relative link climbing out, link to a directory.
    std::os::unix::fs::symlink(outside.path().join("id_rsa"), tree.join("id_rsa")).unwrap();
    std::os::unix::fs::symlink(
        format!("../../{outside_name}/docker-compose.yml"),
        tree.join("compose.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), tree.join("k8s")).unwrap();
    std::os::unix::fs::symlink("/etc", tree.join("etc")).unwrap();
    let report = scan(&tree);
    neighbour_still_reported(&report);
    assert_eq!(scanned(&report).len(), 1, "{:?}", scanned(&report));
    for name in ["id_rsa", "compose.yaml"] {
        assert!(
            has_note(&report, &[name, "outside the scanned tree"]),
            "{name}: {:?}",
            report.notes
        );
    }
    // The scanned root given as a link to the tree.
    let linked = dir.path().join("linked");
    std::os::unix::fs::symlink(&tree, &linked).unwrap();
    let report = scan(&linked);
    neighbour_still_reported(&report);
    assert_eq!(scanned(&report).len(), 1, "{:?}", scanned(&report));
}

// ---------------------------------------------------------------------------------------------
// Sizes and counts
// ---------------------------------------------------------------------------------------------

/// 200 MB files (sparse, so the test is fast) under every kind of name: skipped with a note
/// naming the limit, without reading them; the one named on the command line too.
#[test]
fn two_hundred_megabyte_files_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let names = [
        "big/compose.yaml",
        "big/Dockerfile",
        "big/server.pem",
        "big/server.crt",
        "big/.env",
        "big/server.ts",
        "big/id_rsa",
    ];
    for name in names {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(200 * 1024 * 1024).unwrap();
    }
    let started = Instant::now();
    let report = scan(dir.path());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(20), "{took:?}");
    neighbour_still_reported(&report);
    assert_eq!(scanned(&report).len(), 1, "{:?}", scanned(&report));
    for name in [
        "compose.yaml",
        "Dockerfile",
        "server.pem",
        "server.crt",
        ".env",
        "server.ts",
    ] {
        assert!(
            has_note(&report, &[name, "209715200 bytes", "limit"]),
            "{name}: {:?}",
            report.notes
        );
    }
    // `id_rsa` is only peeked at when it is small enough to be a key: nothing, not a read.
    assert!(
        !report.notes.iter().any(|n| n.contains("id_rsa")),
        "{:?}",
        report.notes
    );

    let run = caulk_audit(dir.path(), &[OsStr::new("big/compose.yaml")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("limit"), "{}", run.stderr);
}

/// The size bound is exact: a file of `MAX_FILE_SIZE` bytes is read, one byte more is not.
#[test]
fn the_size_limit_is_exact() {
    let limit = caulk::discover::MAX_FILE_SIZE as usize;
    let dir = tempfile::tempdir().unwrap();
    let mut text = GOOD_NEIGHBOUR.as_bytes().to_vec();
    text.resize(limit, b'\n');
    write(dir.path(), "at/docker-compose.yml", &text);
    text.push(b'\n');
    write(dir.path(), "over/docker-compose.yml", &text);
    let report = scan(dir.path());
    let files = scanned(&report);
    assert!(
        files.len() == 1 && files[0].ends_with("/at/docker-compose.yml"),
        "{files:?}"
    );
    assert!(
        has_note(&report, &["over/docker-compose.yml", "limit"]),
        "{:?}",
        report.notes
    );
}

/// 100,000 empty files of the kinds caulk reads or peeks at: a few seconds, no note, nothing
/// scanned, and the one real file still reported. The files are made in memory (`/dev/shm`)
/// where there is one: creating 100,000 files on a busy disk takes longer than scanning them.
#[test]
fn hundred_thousand_empty_files() {
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap_or_else(|_| tempfile::tempdir().unwrap())
    } else {
        tempfile::tempdir().unwrap()
    };
    write(dir.path(), "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let created = Instant::now();
    for d in 0..100 {
        let sub = dir.path().join(format!("d{d}"));
        std::fs::create_dir(&sub).unwrap();
        for i in 0..1000 {
            let name = match i % 5 {
                0 => format!("f{i}.yaml"),
                1 => format!("Dockerfile.{i}"),
                2 => format!("f{i}.env"),
                3 => format!("f{i}.pem"),
                _ => format!("f{i}"),
            };
            std::fs::File::create(sub.join(name)).unwrap();
        }
    }
    let created = created.elapsed();
    let started = Instant::now();
    let report = scan(dir.path());
    let took = started.elapsed();
    eprintln!("100,000 empty files: created in {created:?}, scanned in {took:?}");
    assert!(took < Duration::from_secs(60), "{took:?}");
    neighbour_still_reported(&report);
    assert!(
        report.notes.is_empty(),
        "{:?}",
        &report.notes[..report.notes.len().min(5)]
    );
    // Empty Dockerfiles are files scanned (and nothing found in them); nothing else is.
    assert!(
        findings(&report).iter().all(|f| f.1 == "docker-compose.yml"
            || f.0 == "parse-error"
            || f.1.starts_with("Dockerfile.")),
        "{:?}",
        &findings(&report)[..5.min(report.findings.len())]
    );
}

// ---------------------------------------------------------------------------------------------
// Names and line ends
// ---------------------------------------------------------------------------------------------

/// Paths that are not UTF-8: a directory, a file, and a path given on the command line. The
/// file is read, and reports print the name with U+FFFD for the bad bytes.
#[test]
fn non_utf8_paths_are_scanned_and_printed_lossily() {
    let dir = tempfile::tempdir().unwrap();
    let bad_dir = dir.path().join(OsStr::from_bytes(b"caf\xe9"));
    write(&bad_dir, "docker-compose.yml", GOOD_NEIGHBOUR.as_bytes());
    let report = scan(dir.path());
    assert_eq!(scanned(&report).len(), 1, "{:?}", report.notes);
    assert!(
        scanned(&report)[0].contains("caf\u{fffd}"),
        "{:?}",
        scanned(&report)
    );
    neighbour_still_reported(&report);

    // On the command line, in JSON: valid JSON, the finding, exit 1.
    let run = run_program(
        caulk_bin(),
        &[
            OsStr::new("audit"),
            OsStr::new("--no-config"),
            OsStr::new("--format"),
            OsStr::new("json"),
            OsStr::from_bytes(b"caf\xe9"),
        ],
        dir.path(),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let printed = json["findings"].as_array().unwrap();
    assert!(
        printed.iter().any(|f| f["rule"] == "privileged-container"
            && f["path"] == "caf\u{fffd}/docker-compose.yml"),
        "{printed:?}"
    );

    // A file whose own name is not UTF-8: read like any other, or at least named in a note.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(
        other
            .path()
            .join(OsStr::from_bytes(b"docker-compose-\xff.yml")),
        GOOD_NEIGHBOUR,
    )
    .unwrap();
    let report = scan(other.path());
    let seen = findings(&report)
        .iter()
        .any(|f| f.0 == "privileged-container" && f.1.starts_with("docker-compose-"));
    let noted = report.notes.iter().any(|n| n.contains("docker-compose-"));
    assert!(
        seen || noted,
        "a Compose file named with a non-UTF-8 byte was silently skipped: findings {:?}, notes {:?}",
        findings(&report),
        report.notes
    );
}

/// The same files with LF, CRLF and CRLF after a UTF-8 byte-order mark give the same findings
/// on the same lines (and columns, below the first line, where the mark is).
#[test]
fn crlf_and_bom_give_the_same_findings_on_the_same_lines() {
    let files: &[(&str, &str)] = &[
        ("docker-compose.yml", GOOD_NEIGHBOUR),
        (
            "pod.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostPID: true\n  containers:\n    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n",
        ),
        (
            "Dockerfile",
            "FROM ubuntu:22.04\nUSER root\nRUN curl -k https://example.invalid/x | sh\n",
        ),
        (
            ".env",
            "DB_PASSWORD=hunter2-s3cret-Value\nNODE_TLS_REJECT_UNAUTHORIZED=0\n",
        ),
        (
            "server.ts",
            "import https from 'https';\nconst agent = new https.Agent({ rejectUnauthorized: false });\n",
        ),
        (
            "main.go",
            "package main\n\nimport \"crypto/tls\"\n\nvar c = &tls.Config{InsecureSkipVerify: true}\n",
        ),
        ("server.key", include_str!("../testdata/pki/p256.key")),
    ];
    let run = |transform: &dyn Fn(&str) -> String| {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            write(dir.path(), name, transform(text).as_bytes());
        }
        let mut seen = findings(&scan(dir.path()));
        for finding in &mut seen {
            if finding.2 == 1 {
                finding.3 = 0; // a BOM on line 1 may move the column
            }
        }
        seen.sort();
        seen
    };
    let lf = run(&|t| t.to_string());
    assert!(
        lf.len() >= files.len(),
        "every base file has a finding: {lf:?}"
    );
    let crlf = run(&|t| t.replace('\n', "\r\n"));
    assert_eq!(crlf, lf, "CRLF");
    let bom = run(&|t| format!("\u{feff}{}", t.replace('\n', "\r\n")));
    assert_eq!(bom, lf, "BOM and CRLF");
}

/// Regression: a byte-order mark before the first variable of a `.env` file made it part of
/// the name (`\u{feff}DB_PASSWORD`), so the secret in it was not reported.
#[test]
fn bom_is_not_part_of_the_first_env_variable_name() {
    let vars = caulk::parse::envfile::parse("\u{feff}DB_PASSWORD=hunter2-s3cret-Value\r\nB=1\r\n");
    let names: Vec<&str> = vars.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["DB_PASSWORD", "B"]);
    assert_eq!(vars[0].value.as_deref(), Some("hunter2-s3cret-Value"));
}

// ---------------------------------------------------------------------------------------------
// Resource bounds: regressions from measuring the worst inputs
// ---------------------------------------------------------------------------------------------

/// Regression: one ClusterRole bound by thousands of ClusterRoleBindings (24,507 in a 4 MiB
/// file) took 53 s: every binding was checked against every binding already named, and the
/// finding's message listed them all (1 MB of text, 24,507 related locations). A finding
/// names a bounded number of bindings, and the scan stays fast.
#[test]
fn a_role_bound_by_thousands_of_bindings_gives_a_bounded_finding() {
    let mut text = String::from(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules: [{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}]\n",
    );
    for i in 0..3000 {
        text.push_str(&format!(
            "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {{name: b{i}}}\nroleRef: {{kind: ClusterRole, name: r}}\nsubjects: [{{kind: User, name: u{i}}}]\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rbac.yaml", text.as_bytes());
    let started = Instant::now();
    let report = scan(dir.path());
    let took = started.elapsed();
    let wildcard = report
        .findings
        .iter()
        .find(|f| f.rule == "rbac-wildcard")
        .expect("rbac-wildcard");
    assert!(
        wildcard.message.len() <= 4096,
        "a {}-byte message",
        wildcard.message.len()
    );
    assert!(
        wildcard.related.len() <= 100,
        "{} related locations",
        wildcard.related.len()
    );
    assert!(took < Duration::from_secs(30), "{took:?}");
}

// ---------------------------------------------------------------------------------------------
// No network, no subprocess
// ---------------------------------------------------------------------------------------------

/// A tree that exercises every reader: Compose with a build context, Kubernetes, Dockerfile,
/// keys, code, `.env`.
fn full_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "docker-compose.yml",
        b"services:\n  web:\n    build: .\n    image: nginx\n    privileged: true\n",
    );
    write(
        dir.path(),
        "Dockerfile",
        b"FROM alpine\nCOPY . /app\nUSER root\n",
    );
    write(
        dir.path(),
        "k8s/pod.yaml",
        b"apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  hostNetwork: true\n  containers:\n    - name: a\n      image: nginx\n",
    );
    write(
        dir.path(),
        "server.key",
        include_bytes!("../testdata/pki/p256.key"),
    );
    write(
        dir.path(),
        "server.crt",
        include_bytes!("../testdata/pki/expired.crt"),
    );
    write(
        dir.path(),
        "src/main.ts",
        b"const a = new https.Agent({ rejectUnauthorized: false });\n",
    );
    write(
        dir.path(),
        "main.go",
        b"package main\nvar c = tls.Config{InsecureSkipVerify: true}\n",
    );
    write(dir.path(), ".env", b"DB_PASSWORD=hunter2-s3cret-Value\n");
    dir
}

/// Under `strace -f`, a scan makes no network system call (`socket`, `connect`, ...) and
/// executes nothing after its own start (one `execve`). Skipped, saying so, without strace or
/// where tracing is not allowed.
#[test]
fn a_scan_opens_no_socket_and_runs_no_subprocess_under_strace() {
    let Some(strace) = which("strace") else {
        eprintln!("skipped: strace is not installed");
        return;
    };
    let probe = Command::new(&strace)
        .args(["-f", "-qq", "-o", "/dev/null", "true"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipped: strace cannot trace here (ptrace not permitted)");
        return;
    }
    let dir = full_tree();
    let log_dir = tempfile::tempdir().unwrap();
    let log = log_dir.path().join("trace");
    let mut args: Vec<OsString> = [
        "-f",
        "-qq",
        "-e",
        "trace=network,execve,execveat,fork,vfork",
        "-o",
    ]
    .iter()
    .map(OsString::from)
    .collect();
    args.push(log.clone().into_os_string());
    args.push(caulk_bin().to_os_string());
    args.extend(["audit", "--no-config", "--format", "json", "."].map(OsString::from));
    let refs: Vec<&OsStr> = args.iter().map(OsString::as_os_str).collect();
    let run = run_program(strace.as_os_str(), &refs, dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("privileged-container"),
        "{}",
        run.stdout
    );
    let trace = std::fs::read_to_string(&log).unwrap();
    let calls: Vec<&str> = trace.lines().filter(|l| !l.trim().is_empty()).collect();
    let execs: Vec<&&str> = calls.iter().filter(|l| l.contains("execve")).collect();
    assert_eq!(execs.len(), 1, "caulk executed something: {execs:#?}");
    let others: Vec<&&str> = calls
        .iter()
        .filter(|l| !l.contains("execve") && !l.contains("+++ exited") && !l.contains("exit_group"))
        .collect();
    assert!(others.is_empty(), "network or process calls: {others:#?}");
}

/// In a network namespace with no interface but a down loopback (`unshare -n`), a scan gives
/// the same report as outside it. Skipped, saying so, where `unshare -n` is not allowed.
#[test]
fn a_scan_needs_no_network() {
    let Some(unshare) = which("unshare") else {
        eprintln!("skipped: unshare is not installed");
        return;
    };
    let probe = Command::new(&unshare)
        .args(["-n", "true"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipped: `unshare -n` is not permitted here");
        return;
    }
    let dir = full_tree();
    let args = [
        "audit",
        "--no-config",
        "--format",
        "json",
        "--now",
        "2026-01-01",
        ".",
    ];
    let outside = run_program(caulk_bin(), &args.map(OsStr::new), dir.path());
    let mut inside_args: Vec<&OsStr> = vec![OsStr::new("-n"), caulk_bin()];
    inside_args.extend(args.map(OsStr::new));
    let inside = run_program(unshare.as_os_str(), &inside_args, dir.path());
    assert_eq!(inside.code, 1, "{}", inside.stderr);
    assert_eq!(inside.code, outside.code);
    assert_eq!(inside.stdout, outside.stdout);
    assert!(inside.stdout.contains("privileged-container"));
}
