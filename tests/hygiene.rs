//! Build and environment hygiene (rules.md, "Secrets and key material in deployment config"):
//! `secret-in-environment` and `insecure-download`, over every environment source caulk reads
//! (Dockerfile `ENV`/`ARG`/`RUN`, Compose `environment`/`env_file`, Kubernetes `env`/`envFrom`,
//! `.env` files) and every `RUN` form (chains, continuations, heredocs); positives, negatives
//! and hard negatives. The last section runs the binary with every report format over a tree of
//! known secrets and checks that no format prints one.
//!
//! Token-shaped test values are assembled with `concat!` so that secret scanners reading this
//! file do not mistake them for leaked credentials.

mod common;

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use caulk::AuditOptions;

use common::{Rec, assert_finding, audit_dir, d, of_rule, scan, write_tree};

const SECRET: &str = "secret-in-environment";
const DOWNLOAD: &str = "insecure-download";

const GITHUB_TOKEN: &str = concat!("ghp_", "R2d2C3poBb8Yoda4Luke7Leia1Han5Chewie");
const STRIPE_KEY: &str = concat!("sk_", "live_", "51Hq8bT2eZvKYlo2C9xQw3RtY7uIo");
const PASSWORD: &str = "Tr0ub4dor-and-3-horses";

// ---------------------------------------------------------------------------------------------
// Helpers

/// `(line, column)` (1-based, column in characters) of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Where the `n`th (0-based) occurrence of `needle` starts in `text`.
#[track_caller]
fn locate_nth(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} (#{n}) not in {text}"))
        .0;
    position(text, offset)
}

/// Where `needle` first occurs in `text`.
#[track_caller]
fn locate(text: &str, needle: &str) -> (usize, usize) {
    locate_nth(text, needle, 0)
}

/// Where `needle` first occurs after the first `anchor`.
#[track_caller]
fn locate_after(text: &str, anchor: &str, needle: &str) -> (usize, usize) {
    let start = text
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor:?} not in {text}"));
    let offset = text[start..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not after {anchor:?} in {text}"))
        + start;
    position(text, offset)
}

fn secrets(files: &[(&str, &str)]) -> Vec<Rec> {
    of_rule(&scan(files), SECRET)
}

fn downloads(files: &[(&str, &str)]) -> Vec<Rec> {
    of_rule(&scan(files), DOWNLOAD)
}

/// A Dockerfile of one stage that ends as a non-root user, with `body` in between.
fn dockerfile(body: &str) -> String {
    format!("FROM alpine:3.20\n{}USER 10001\n", d(body))
}

/// Asserts everything about one finding: rule, path, position, severity, object, message
/// parts; and that the message does not contain `hidden` (a secret's value).
#[track_caller]
#[allow(clippy::too_many_arguments)]
fn assert_full(
    f: &Rec,
    rule: &str,
    path: &str,
    at: (usize, usize),
    severity: &str,
    object: Option<&str>,
    parts: &[&str],
    hidden: Option<&str>,
) {
    assert_finding(f, rule, at, severity, parts.first().copied().unwrap_or(""));
    assert_eq!(f.path, path, "path of {f:#?}");
    assert_eq!(f.object.as_deref(), object, "object of {f:#?}");
    for part in parts {
        assert!(f.message.contains(part), "message of {f:#?} lacks {part:?}");
    }
    if let Some(hidden) = hidden {
        assert!(
            !f.message.contains(hidden),
            "message of {f:#?} shows the secret {hidden:?}"
        );
    }
}

/// `(path, position, object, message part)` of an expected finding.
type Expected<'a> = (&'a str, (usize, usize), Option<&'a str>, &'a str);

/// The single finding of a list.
#[track_caller]
fn only(found: &[Rec]) -> &Rec {
    assert_eq!(found.len(), 1, "{found:#?}");
    &found[0]
}

// ---------------------------------------------------------------------------------------------
// secret-in-environment: every environment source

#[test]
fn dockerfile_env_with_equals() {
    let text = dockerfile(
        "
        ENV NODE_ENV=production
        ENV DB_PASSWORD=hunter2-prod-7781
        ",
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "DB_PASSWORD"),
        "high",
        Some("stage 0"),
        &[
            "`DB_PASSWORD` holds a literal secret",
            "(`hunt…`, 17 characters)",
        ],
        Some("hunter2-prod-7781"),
    );
}

#[test]
fn dockerfile_env_legacy_syntax() {
    let text = dockerfile(
        "
        ENV API_SECRET s3cr3t-legacy-syntax
        ",
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "API_SECRET"),
        "high",
        Some("stage 0"),
        &[
            "`API_SECRET` holds a literal secret",
            "(`s3cr…`, 20 characters)",
        ],
        Some("s3cr3t-legacy-syntax"),
    );
}

#[test]
fn dockerfile_env_several_pairs_over_a_continuation() {
    let text = dockerfile(
        r#"
        ENV APP_ENV=production \
            SESSION_SECRET="a1b2c3d4e5f6a7b8" \
            LOG_LEVEL=info
        "#,
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "SESSION_SECRET"),
        "high",
        Some("stage 0"),
        &["`SESSION_SECRET` holds a literal secret", "16 characters"],
        Some("a1b2c3d4e5f6a7b8"),
    );
}

#[test]
fn dockerfile_arg_default_in_a_named_build_stage() {
    let text = d("
        FROM golang:1.23 AS builder
        ARG GOPROXY_TOKEN=gp-build-9f8e7d6c
        ARG DB_PASSWORD
        RUN go build -o /out/app ./cmd/app
        FROM gcr.io/distroless/static:nonroot
        COPY --from=builder /out/app /app
        ");
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "GOPROXY_TOKEN"),
        "high",
        Some("stage builder"),
        &[
            "`GOPROXY_TOKEN` holds a literal secret",
            "(`gp-b…`, 17 characters)",
        ],
        Some("gp-build-9f8e7d6c"),
    );
}

#[test]
fn dockerfile_arg_before_from() {
    let text = d("
        ARG REGISTRY_PASSWORD=reg-pass-5521
        FROM alpine:3.20
        ARG REGISTRY_PASSWORD
        USER 10001
        ");
    let found = secrets(&[("Dockerfile", &text)]);
    // Reported once, where the default is written; a global ARG belongs to no stage.
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "REGISTRY_PASSWORD"),
        "high",
        None,
        &[
            "`REGISTRY_PASSWORD` holds a literal secret",
            "13 characters",
        ],
        Some("reg-pass-5521"),
    );
}

#[test]
fn dockerfile_run_assignment_before_a_command() {
    let text = dockerfile(
        "
        RUN apt-get update && SMTP_PASS=mailpass-9931 ./send-test-mail.sh
        ",
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "SMTP_PASS"),
        "high",
        Some("stage 0"),
        &[
            "`SMTP_PASS` holds a literal secret",
            "(`mail…`, 13 characters)",
        ],
        Some("mailpass-9931"),
    );
}

#[test]
fn dockerfile_run_export() {
    let text = dockerfile(
        "
        RUN export REDIS_PASSWORD=redis-pass-5521 && redis-cli ping
        ",
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "REDIS_PASSWORD"),
        "high",
        Some("stage 0"),
        &["`REDIS_PASSWORD` holds a literal secret", "15 characters"],
        Some("redis-pass-5521"),
    );
}

#[test]
fn dockerfile_run_heredoc_export() {
    let text = dockerfile(
        "
        RUN <<EOF
        set -eu
        export API_TOKEN=heredoc-token-123
        ./fetch-assets.sh
        EOF
        ",
    );
    let found = secrets(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "Dockerfile",
        locate(&text, "API_TOKEN"),
        "high",
        Some("stage 0"),
        &["`API_TOKEN` holds a literal secret", "17 characters"],
        Some("heredoc-token-123"),
    );
}

#[test]
fn compose_environment_list() {
    let text = d(r#"
        services:
          api:
            image: ghcr.io/acme/api:1.8
            environment:
              - NODE_ENV=production
              - DB_PASSWORD=list-pass-8812
              - "QUOTED_TOKEN=quoted-token-value"
        "#);
    let found = secrets(&[("docker-compose.yml", &text)]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_full(
        &found[0],
        SECRET,
        "docker-compose.yml",
        locate(&text, "DB_PASSWORD"),
        "high",
        Some("services.api"),
        &[
            "`DB_PASSWORD` holds a literal secret",
            "(`list…`, 14 characters)",
        ],
        Some("list-pass-8812"),
    );
    assert_full(
        &found[1],
        SECRET,
        "docker-compose.yml",
        locate(&text, "\"QUOTED_TOKEN"),
        "high",
        Some("services.api"),
        &["`QUOTED_TOKEN` holds a literal secret", "18 characters"],
        Some("quoted-token-value"),
    );
}

#[test]
fn compose_environment_map() {
    let text = d("
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: map-pass-771266
              PIN_PASSWORD: 12345678
        ");
    let found = secrets(&[("compose.yaml", &text)]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_full(
        &found[0],
        SECRET,
        "compose.yaml",
        locate(&text, "POSTGRES_PASSWORD"),
        "high",
        Some("services.db"),
        &[
            "`POSTGRES_PASSWORD` holds a literal secret",
            "(`map-…`, 15 characters)",
        ],
        Some("map-pass-771266"),
    );
    // A YAML number is a literal too.
    assert_full(
        &found[1],
        SECRET,
        "compose.yaml",
        locate(&text, "PIN_PASSWORD"),
        "high",
        Some("services.db"),
        &[
            "`PIN_PASSWORD` holds a literal secret",
            "(`12…`, 8 characters)",
        ],
        Some("12345678"),
    );
}

#[test]
fn compose_env_file_is_followed_whatever_its_name() {
    let compose = d("
        services:
          web:
            image: nginx:1.27
            env_file:
              - app.conf
        ");
    let conf = "# read by the web service\nLOG_LEVEL=info\nCONF_SECRET=conf-secret-4411\n";
    let found = secrets(&[("docker-compose.yml", &compose), ("app.conf", conf)]);
    assert_full(
        only(&found),
        SECRET,
        "app.conf",
        locate(conf, "CONF_SECRET"),
        "high",
        None,
        &[
            "`CONF_SECRET` holds a literal secret",
            "(`conf…`, 16 characters)",
        ],
        Some("conf-secret-4411"),
    );
}

#[test]
fn compose_env_file_long_syntax_and_parent_directory_inside_the_root() {
    let compose = d("
        services:
          web:
            image: nginx:1.27
            env_file:
              - ../config/shared.conf
              - path: ./local.conf
                required: false
        ");
    let shared = "UP_PASSWORD=up-pass-4242\n";
    let local = "\nLONG_TOKEN=long-syntax-token-1\n";
    let found = secrets(&[
        ("deploy/compose.yaml", &compose),
        ("config/shared.conf", shared),
        ("deploy/local.conf", local),
    ]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_full(
        &found[0],
        SECRET,
        "config/shared.conf",
        (1, 1),
        "high",
        None,
        &["`UP_PASSWORD` holds a literal secret"],
        Some("up-pass-4242"),
    );
    assert_full(
        &found[1],
        SECRET,
        "deploy/local.conf",
        (2, 1),
        "high",
        None,
        &["`LONG_TOKEN` holds a literal secret"],
        Some("long-syntax-token-1"),
    );
}

#[test]
fn compose_env_file_outside_the_scanned_directory_is_not_read() {
    let base = tempfile::tempdir().unwrap();
    let project = base.path().join("project");
    let outside = base.path().join("outside");
    write_tree(
        &outside,
        &[("shared.env", "OUTSIDE_PASSWORD=outside-pass-123\n")],
    );
    std::fs::create_dir_all(&project).unwrap();
    // Also a symlink in the tree that resolves outside it.
    std::os::unix::fs::symlink(outside.join("shared.env"), project.join("linked.conf")).unwrap();
    write_tree(
        &project,
        &[(
            "docker-compose.yml",
            &d("
                services:
                  web:
                    image: nginx:1.27
                    env_file:
                      - ../outside/shared.env
                      - linked.conf
                "),
        )],
    );
    let found = audit_dir(&project, &AuditOptions::default());
    assert!(of_rule(&found, SECRET).is_empty(), "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| !f.path.contains("shared.env") && !f.path.contains("linked.conf")),
        "{found:#?}"
    );
}

#[test]
fn kubernetes_env_value() {
    let text = d("
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: prod
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: app
                  image: ghcr.io/acme/web:2.0
                  env:
                    - name: LOG_LEVEL
                      value: info
                    - name: APP_PASSWORD
                      value: deploy-pass-1234
        ");
    let found = secrets(&[("deploy.yaml", &text)]);
    assert_full(
        only(&found),
        SECRET,
        "deploy.yaml",
        locate(&text, "name: APP_PASSWORD"),
        "high",
        Some("Deployment/prod/web:app"),
        &[
            "`APP_PASSWORD` holds a literal secret",
            "(`depl…`, 16 characters)",
        ],
        Some("deploy-pass-1234"),
    );
}

const POD_WITH_ENV_FROM: &str = "
    apiVersion: v1
    kind: Pod
    metadata:
      name: worker
      namespace: jobs
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/worker:1.0
          envFrom:
            - configMapRef:
                name: worker-config
";

#[test]
fn kubernetes_env_from_a_config_map_of_the_tree() {
    let pod = d(POD_WITH_ENV_FROM);
    let map = d("
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: worker-config
          namespace: jobs
        data:
          QUEUE_URL: amqp://rabbit:5672
          QUEUE_TOKEN: cm-token-value-33
        ");
    let found = secrets(&[("pod.yaml", &pod), ("config/worker.yaml", &map)]);
    // Reported where the entry is written, for the container that loads it.
    assert_full(
        only(&found),
        SECRET,
        "config/worker.yaml",
        locate(&map, "QUEUE_TOKEN"),
        "high",
        Some("Pod/jobs/worker:main"),
        &["`QUEUE_TOKEN` holds a literal secret", "17 characters"],
        Some("cm-token-value-33"),
    );
}

#[test]
fn kubernetes_env_from_a_config_map_of_another_namespace_is_not_read() {
    let pod = d(POD_WITH_ENV_FROM);
    let map = d("
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: worker-config
          namespace: staging
        data:
          QUEUE_TOKEN: cm-token-value-33
        ");
    let found = secrets(&[("pod.yaml", &pod), ("config/worker.yaml", &map)]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn dotenv_files() {
    let env = "# local settings\nDEBUG=false\nDOT_PASSWORD=dot-pass-5531\n";
    let prod = "export STRIPE_SECRET=stripe-secret-value-1\n";
    let found = secrets(&[(".env", env), ("deploy/prod.env", prod)]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_full(
        &found[0],
        SECRET,
        ".env",
        (3, 1),
        "high",
        None,
        &[
            "`DOT_PASSWORD` holds a literal secret",
            "(`dot-…`, 13 characters)",
        ],
        Some("dot-pass-5531"),
    );
    assert_full(
        &found[1],
        SECRET,
        "deploy/prod.env",
        locate(prod, "STRIPE_SECRET"),
        "high",
        None,
        &["`STRIPE_SECRET` holds a literal secret"],
        Some("stripe-secret-value-1"),
    );
}

#[test]
fn dotenv_examples_and_templates_are_not_read() {
    let text = "DB_PASSWORD=example-pass-9\nAPI_TOKEN=example-token-7\n";
    let found = secrets(&[
        (".env.example", text),
        (".env.sample", text),
        (".env.template", text),
    ]);
    assert!(found.is_empty(), "{found:#?}");
}

// ---------------------------------------------------------------------------------------------
// secret-in-environment: what is not a literal secret

#[test]
fn references_are_not_reported() {
    let docker = dockerfile(
        "
        ARG DB_PASSWORD
        ENV DB_PASSWORD=${DB_PASSWORD}
        ENV API_TOKEN=$API_TOKEN
        ",
    );
    let compose = d("
        services:
          api:
            image: ghcr.io/acme/api:1.8
            environment:
              - DB_PASSWORD=${DB_PASSWORD}
              - SMTP_PASSWORD=${SMTP_PASSWORD:?set it}
              - REDIS_PASSWORD
          worker:
            image: ghcr.io/acme/worker:1.8
            environment:
              API_TOKEN: ${API_TOKEN:-}
        ");
    let pod = d("
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: ghcr.io/acme/api:1.8
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: db
                      key: password
                - name: DATABASE_PASSWORD
                  value: $(DB_PASSWORD)
        ");
    let found = secrets(&[
        ("Dockerfile", &docker),
        ("docker-compose.yml", &compose),
        ("pod.yaml", &pod),
    ]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn names_that_point_at_a_secret_are_not_reported() {
    let compose = d("
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/db
              OAUTH_TOKEN_URL: https://auth.acme.example/oauth/token
              DB_SECRET_NAME: prod/db/password
              VAULT_SECRET_REF: kv/data/api#token
            secrets:
              - db
        secrets:
          db:
            file: ./secrets/db_password.txt
        ");
    let env = "PASSWORD_FILE=/run/secrets/db\nOAUTH_TOKEN_URL=https://auth.acme.example/token\n";
    let found = secrets(&[("docker-compose.yml", &compose), (".env", env)]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn empty_values_and_innocent_names_are_not_reported() {
    let docker = dockerfile(
        r#"
        ENV DB_PASSWORD=""
        ENV PASSENGER=somebody COMPASS=north NODE_ENV=production
        "#,
    );
    let env = "API_TOKEN=\nKEY_ID=abc123\nBYPASS=1\n";
    let pod = d(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: ghcr.io/acme/api:1.8
              env:
                - name: DB_PASSWORD
                  value: ""
        "#);
    let found = secrets(&[("Dockerfile", &docker), (".env", env), ("pod.yaml", &pod)]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn near_miss_token_shapes_under_innocent_names_are_not_reported() {
    let env = [
        "AWS_REGION_HINT=AKIA-not-a-key",
        "SHORT=ghp_short",
        concat!("STRIPE_MODE=sk_", "test_", "51Hq8bT2eZvKYlo2C9xQw3RtY7uIo"),
        "SLACK_CHANNEL=xoxb-",
        "PUBLIC_CERT=-----BEGIN CERTIFICATE-----",
        "",
    ]
    .join("\n");
    let found = secrets(&[(".env", &env)]);
    assert!(found.is_empty(), "{found:#?}");
}

// ---------------------------------------------------------------------------------------------
// secret-in-environment: placeholders and known tokens

#[test]
fn placeholders_are_reported_at_low() {
    let env = [
        "DB_PASSWORD=changeme",
        "ADMIN_PASSWORD=CHANGEME",
        "MAPS_API_KEY=<your-key>",
        "SLACK_TOKEN=your-token-here",
        "SMTP_PASS=********",
        "",
    ]
    .join("\n");
    let found = secrets(&[(".env", &env)]);
    let expected = [
        ("DB_PASSWORD", "(`ch…`, 8 characters)"),
        ("ADMIN_PASSWORD", "(`CH…`, 8 characters)"),
        ("MAPS_API_KEY", "(`<yo…`, 10 characters)"),
        ("SLACK_TOKEN", "(`your…`, 15 characters)"),
        ("SMTP_PASS", "(`**…`, 8 characters)"),
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (f, (name, shown)) in found.iter().zip(expected) {
        assert_full(
            f,
            SECRET,
            ".env",
            locate(&env, &format!("{name}=")),
            "low",
            None,
            &[&format!("`{name}` is set to a placeholder"), shown],
            None,
        );
    }
}

#[test]
fn known_tokens_under_innocent_names() {
    let pem = concat!(
        "-----BEGIN ",
        "PRIVATE KEY-----\n",
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n",
        "-----END PRIVATE KEY-----"
    );
    let tokens: &[(&str, &str, &str)] = &[
        (
            "AWS_ID",
            concat!("AKIA", "2E0A8F3B244C9986"),
            "an AWS access key ID",
        ),
        (
            "AWS_SESSION_ID",
            concat!("ASIA", "Y34FZKBOKMUTVV7A"),
            "an AWS access key ID",
        ),
        ("GH", GITHUB_TOKEN, "a GitHub token"),
        (
            "GH_APP",
            concat!("ghs_", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c"),
            "a GitHub token",
        ),
        (
            "GH_FINE",
            concat!(
                "github_pat_",
                "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV"
            ),
            "a GitHub fine-grained token",
        ),
        (
            "GL",
            concat!("glpat-", "Zq8Lm3Nx7Vb2Kc9Wd4Rt"),
            "a GitLab token",
        ),
        (
            "CHAT",
            concat!("xoxb-", "2619870348-5531923411-aB3dE5fG7hJ9kL1mN3pQ5rS7"),
            "a Slack token",
        ),
        ("PAY", STRIPE_KEY, "a Stripe live key"),
        (
            "MAPS",
            concat!("AIza", "SyB3kF9qL2mN8pR5tV7xZ1cE4gH6jK0oW2s"),
            "a Google API key",
        ),
        (
            "REGISTRY",
            concat!("npm_", "Xk4r9TbQw2LmZp7VnC3sYh8JdF6gA1eRuW0i"),
            "an npm token",
        ),
    ];
    let mut env = String::new();
    for (name, value, _) in tokens {
        env.push_str(&format!("{name}={value}\n"));
    }
    env.push_str(&format!("SIGNING=\"{pem}\"\n"));
    let found = secrets(&[(".env", &env)]);
    assert_eq!(found.len(), tokens.len() + 1, "{found:#?}");
    for (f, (name, value, format)) in found.iter().zip(tokens) {
        let head: String = value.chars().take(4).collect();
        let shown = format!("(`{head}…`, {} characters)", value.chars().count());
        assert_full(
            f,
            SECRET,
            ".env",
            locate(&env, &format!("{name}=")),
            "high",
            None,
            &[&format!("`{name}` holds {format} as a literal"), &shown],
            Some(value),
        );
    }
    let last = found.last().unwrap();
    assert_full(
        last,
        SECRET,
        ".env",
        locate(&env, "SIGNING="),
        "high",
        None,
        &["`SIGNING` holds a PEM private key as a literal", "(`----…`"],
        Some("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj"),
    );
}

#[test]
fn known_tokens_in_every_source_format() {
    let docker = dockerfile(&format!("ENV GIT_AUTH={GITHUB_TOKEN}\n"));
    let compose = d(&format!(
        "
        services:
          shop:
            image: ghcr.io/acme/shop:4.2
            environment:
              PAYMENT_BACKEND: {STRIPE_KEY}
        "
    ));
    let pod = d(&format!(
        "
        apiVersion: v1
        kind: Pod
        metadata:
          name: signer
        spec:
          containers:
            - name: signer
              image: ghcr.io/acme/signer:1.0
              env:
                - name: SIGNING_MATERIAL
                  value: |
                    -----BEGIN RSA {k}-----
                    MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
                    -----END RSA {k}-----
        ",
        k = "PRIVATE KEY"
    ));
    let found = secrets(&[
        ("Dockerfile", &docker),
        ("docker-compose.yml", &compose),
        ("pod.yaml", &pod),
    ]);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_full(
        &found[0],
        SECRET,
        "Dockerfile",
        locate(&docker, "GIT_AUTH"),
        "high",
        Some("stage 0"),
        &[
            "`GIT_AUTH` holds a GitHub token as a literal",
            "(`ghp_…`, 40 characters)",
        ],
        Some(GITHUB_TOKEN),
    );
    assert_full(
        &found[1],
        SECRET,
        "docker-compose.yml",
        locate(&compose, "PAYMENT_BACKEND"),
        "high",
        Some("services.shop"),
        &[
            "`PAYMENT_BACKEND` holds a Stripe live key as a literal",
            "(`sk_l…`, 37 characters)",
        ],
        Some(STRIPE_KEY),
    );
    assert_full(
        &found[2],
        SECRET,
        "pod.yaml",
        locate(&pod, "name: SIGNING_MATERIAL"),
        "high",
        Some("Pod/signer:signer"),
        &["`SIGNING_MATERIAL` holds a PEM private key as a literal"],
        Some("MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu"),
    );
}

#[test]
fn a_known_token_under_a_secret_name_is_reported_once_as_the_token() {
    let env = format!("GITHUB_TOKEN={GITHUB_TOKEN}\n");
    let found = secrets(&[(".env", &env)]);
    assert_full(
        only(&found),
        SECRET,
        ".env",
        (1, 1),
        "high",
        None,
        &["`GITHUB_TOKEN` holds a GitHub token as a literal"],
        Some(GITHUB_TOKEN),
    );
}

#[test]
fn names_are_compared_case_insensitively() {
    let env = "db_password=lower-case-pass\nSmtp_Pass=mixed-case-pass\n";
    let found = secrets(&[(".env", env)]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].at(), (1, 1));
    assert!(
        found[0]
            .message
            .contains("`db_password` holds a literal secret")
    );
    assert_eq!(found[1].at(), (2, 1));
    assert!(
        found[1]
            .message
            .contains("`Smtp_Pass` holds a literal secret")
    );
}

#[test]
fn messages_show_at_most_a_third_and_never_more_than_four_characters() {
    let cases = [
        ("A_PASSWORD", "abc123", "(`ab…`, 6 characters)"),
        ("B_PASSWORD", "q7", "(`…`, 2 characters)"),
        (
            "C_PASSWORD",
            "hunter2-prod-7781",
            "(`hunt…`, 17 characters)",
        ),
        ("D_PASSWORD", "pässwörd-ünïcode", "(`päss…`, 16 characters)"),
        (
            "E_PASSWORD",
            "a-very-long-password-of-forty-characters",
            "(`a-ve…`, 40 characters)",
        ),
    ];
    let env: String = cases
        .iter()
        .map(|(name, value, _)| format!("{name}={value}\n"))
        .collect();
    let found = secrets(&[(".env", &env)]);
    assert_eq!(found.len(), cases.len(), "{found:#?}");
    for (f, (name, value, shown)) in found.iter().zip(cases) {
        assert!(f.message.contains(&format!("`{name}`")), "{f:#?}");
        assert!(f.message.contains(shown), "{f:#?} lacks {shown}");
        assert!(!f.message.contains(value), "{f:#?} shows {value}");
    }
}

/// Kubernetes expands `$(VAR)` only: `$up3r…` in a `value:` is the literal the container gets.
#[test]
fn kubernetes_value_starting_with_a_dollar_is_a_literal() {
    let pod = d(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: ghcr.io/acme/api:1.8
              env:
                - name: DB_PASSWORD
                  value: "$up3rS3cret-literal"
        "#);
    let found = secrets(&[("pod.yaml", &pod)]);
    assert_full(
        only(&found),
        SECRET,
        "pod.yaml",
        locate(&pod, "name: DB_PASSWORD"),
        "high",
        Some("Pod/api:api"),
        &["`DB_PASSWORD` holds a literal secret", "19 characters"],
        Some("$up3rS3cret-literal"),
    );
}

// ---------------------------------------------------------------------------------------------
// insecure-download: Dockerfile RUN commands

/// `(RUN line, the word the finding points at, a part of its message)`.
const INSECURE_COMMANDS: &[(&str, &str, &str)] = &[
    (
        "RUN curl -k https://get.acme.example/install.sh | sh",
        "-k",
        "`curl -k` skips certificate verification",
    ),
    (
        "RUN curl --insecure -o /tmp/a.tgz https://a.example/a.tgz",
        "--insecure",
        "`curl --insecure` skips certificate verification",
    ),
    (
        "RUN curl -fsSLk https://a.example/a.sh | bash",
        "-fsSLk",
        "`curl -fsSLk` skips certificate verification",
    ),
    ("RUN sudo -E curl -k https://a.example/a", "-k", "`curl -k`"),
    (
        "RUN wget --no-check-certificate -qO- https://a.example/a.sh | sh",
        "--no-check-certificate",
        "`wget --no-check-certificate` skips certificate verification",
    ),
    (
        "RUN pip install --trusted-host pypi.acme.internal -r requirements.txt",
        "--trusted-host",
        "`pip --trusted-host` accepts any certificate",
    ),
    (
        "RUN pip3 install --trusted-host=pypi.acme.internal acme-sdk",
        "--trusted-host",
        "--trusted-host` accepts any certificate",
    ),
    (
        "RUN python -m pip install --no-cache-dir --trusted-host pypi.acme.internal acme-sdk",
        "--trusted-host",
        "`pip --trusted-host` accepts any certificate",
    ),
    (
        "RUN python3 -m pip install --trusted-host pypi.acme.internal acme-sdk",
        "--trusted-host",
        "`pip --trusted-host`",
    ),
    (
        "RUN npm config set strict-ssl false && npm ci",
        "strict-ssl",
        "`npm config set strict-ssl false` turns off certificate verification",
    ),
    (
        "RUN yarn config set strict-ssl false && yarn install --frozen-lockfile",
        "strict-ssl",
        "`yarn config set strict-ssl false`",
    ),
    (
        "RUN npm c set strict-ssl false",
        "strict-ssl",
        "strict-ssl false` turns off certificate verification",
    ),
    (
        "RUN npm set strict-ssl=false",
        "strict-ssl",
        "strict-ssl false` turns off certificate verification",
    ),
    (
        "RUN git config --global http.sslVerify false",
        "http.sslVerify",
        "`git config http.sslVerify false` skips certificate verification",
    ),
    (
        "RUN git -c http.sslVerify=false clone https://git.acme.example/app.git /src",
        "http.sslVerify=false",
        "`git -c http.sslVerify=false` skips certificate verification",
    ),
];

#[test]
fn insecure_run_commands() {
    for (line, word, part) in INSECURE_COMMANDS {
        let text = dockerfile(&format!("{line}\n"));
        let found = downloads(&[("Dockerfile", &text)]);
        assert_eq!(found.len(), 1, "{line}: {found:#?}");
        assert_full(
            &found[0],
            DOWNLOAD,
            "Dockerfile",
            locate_after(&text, "RUN", word),
            "high",
            Some("stage 0"),
            &[part, "anyone on the path can swap what the build downloads"],
            None,
        );
    }
}

#[test]
fn add_over_plain_http_but_not_https() {
    let text = dockerfile(
        "
        ADD http://artifacts.acme.example/agent-2.4.tgz /opt/
        ADD https://artifacts.acme.example/agent-2.4.tgz /opt/
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://artifacts.acme.example/b.tgz /opt/
        ",
    );
    let found = downloads(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        DOWNLOAD,
        "Dockerfile",
        locate(&text, "http://"),
        "high",
        Some("stage 0"),
        &[
            "`ADD http://artifacts.acme.example/…` downloads over plain HTTP",
            "anyone on the path can swap what goes into the image",
        ],
        None,
    );
}

#[test]
fn chains_continuations_and_heredocs() {
    let text = dockerfile(
        r#"
        RUN apt-get update \
         && apt-get install -y --no-install-recommends curl \
         && curl -k https://a.example/one.sh | sh
        RUN true; wget --no-check-certificate https://a.example/two.tgz
        RUN echo ready | curl --insecure -T - https://a.example/three
        RUN <<EOF
        set -eu
        pip install --trusted-host pypi.acme.internal acme-sdk
        EOF
        "#,
    );
    let found = downloads(&[("Dockerfile", &text)]);
    let at: Vec<(usize, usize)> = found.iter().map(Rec::at).collect();
    assert_eq!(
        at,
        [
            locate(&text, "-k "),
            locate(&text, "--no-check-certificate"),
            locate(&text, "--insecure"),
            locate(&text, "--trusted-host"),
        ],
        "{found:#?}"
    );
    assert!(found.iter().all(|f| f.severity == "high"), "{found:#?}");
}

#[test]
fn commands_that_only_mention_the_flags_are_not_reported() {
    let text = dockerfile(
        r#"
        RUN echo "curl -k"
        RUN printf '%s\n' "wget --no-check-certificate" 'pip install --trusted-host x'
        RUN curl -fsSL https://a.example/ok.sh -o /tmp/ok.sh
        RUN curl -o k https://a.example/k
        RUN curl -fsSL https://a.example/b  # never use -k here
        RUN grep -- --insecure /etc/curlrc || true
        RUN npm config set strict-ssl true
        RUN git config --global http.sslVerify true
        RUN curl -fsSL --cacert /usr/local/share/ca-certificates/corp.crt https://a.example/c
        RUN pip install --cert /etc/ssl/certs/corp.pem acme-sdk
        "#,
    );
    let found = downloads(&[("Dockerfile", &text)]);
    assert!(found.is_empty(), "{found:#?}");
}

/// In a cluster, curl's `-o` takes the rest as its argument: `-ok` writes to the file `k`.
#[test]
fn curl_output_option_with_an_attached_file_named_k_is_not_insecure() {
    let text = dockerfile(
        "
        RUN curl -fsSLok https://a.example/k
        RUN curl -ok https://a.example/k
        ",
    );
    let found = downloads(&[("Dockerfile", &text)]);
    assert!(found.is_empty(), "{found:#?}");
}

// ---------------------------------------------------------------------------------------------
// insecure-download: variables in every environment

#[test]
fn git_ssl_no_verify_with_any_value_in_every_dockerfile_source() {
    let text = dockerfile(
        "
        ENV GIT_SSL_NO_VERIFY=1
        ENV GIT_SSL_NO_VERIFY 0
        ARG GIT_SSL_NO_VERIFY=
        RUN GIT_SSL_NO_VERIFY=false git clone https://git.acme.example/a.git
        RUN export GIT_SSL_NO_VERIFY=true && git clone https://git.acme.example/b.git
        ",
    );
    let found = downloads(&[("Dockerfile", &text)]);
    assert_eq!(found.len(), 5, "{found:#?}");
    for (i, f) in found.iter().enumerate() {
        assert_full(
            f,
            DOWNLOAD,
            "Dockerfile",
            locate_nth(&text, "GIT_SSL_NO_VERIFY", i),
            "high",
            Some("stage 0"),
            &[
                "`GIT_SSL_NO_VERIFY` is set: git skips certificate verification",
                "even as `0` or empty",
            ],
            None,
        );
    }
}

#[test]
fn git_ssl_no_verify_before_from() {
    let text = d("
        ARG GIT_SSL_NO_VERIFY=0
        FROM alpine:3.20
        USER 10001
        ");
    let found = downloads(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        DOWNLOAD,
        "Dockerfile",
        (1, 5),
        "high",
        None,
        &["`GIT_SSL_NO_VERIFY` is set"],
        None,
    );
}

#[test]
fn insecure_variables_in_compose_kubernetes_and_env_files() {
    let compose = d(r#"
        services:
          builder:
            image: ghcr.io/acme/builder:1.0
            environment:
              - GIT_SSL_NO_VERIFY=
              - NPM_CONFIG_STRICT_SSL=false
            env_file: build.conf
          docs:
            image: ghcr.io/acme/docs:1.0
            environment:
              npm_config_strict_ssl: "false"
              PIP_TRUSTED_HOST: pypi.acme.internal
        "#);
    let conf = "PYTHONHTTPSVERIFY=0\n";
    let pod = d(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: sync
        spec:
          containers:
            - name: sync
              image: ghcr.io/acme/sync:1.0
              envFrom:
                - configMapRef:
                    name: sync-env
              env:
                - name: GIT_SSL_NO_VERIFY
                  value: "0"
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: sync-env
        data:
          CURL_OPTIONS: "--silent --insecure"
        "#);
    let env = "Npm_Config_Strict_Ssl=FALSE\n";
    let found = downloads(&[
        ("docker-compose.yml", &compose),
        ("build.conf", conf),
        ("pod.yaml", &pod),
        (".env", env),
    ]);
    let expected: &[Expected] = &[
        (
            ".env",
            (1, 1),
            None,
            "`Npm_Config_Strict_Ssl=FALSE` turns off certificate verification for npm",
        ),
        (
            "build.conf",
            (1, 1),
            None,
            "`PYTHONHTTPSVERIFY=0` turns off certificate verification",
        ),
        (
            "docker-compose.yml",
            locate(&compose, "GIT_SSL_NO_VERIFY"),
            Some("services.builder"),
            "`GIT_SSL_NO_VERIFY` is set",
        ),
        (
            "docker-compose.yml",
            locate(&compose, "NPM_CONFIG_STRICT_SSL"),
            Some("services.builder"),
            "`NPM_CONFIG_STRICT_SSL=false` turns off certificate verification for npm",
        ),
        (
            "docker-compose.yml",
            locate(&compose, "npm_config_strict_ssl"),
            Some("services.docs"),
            "`npm_config_strict_ssl=false` turns off certificate verification for npm",
        ),
        (
            "docker-compose.yml",
            locate(&compose, "PIP_TRUSTED_HOST"),
            Some("services.docs"),
            "`PIP_TRUSTED_HOST` makes pip accept any certificate (or plain HTTP) from pypi.acme.internal",
        ),
        (
            "pod.yaml",
            locate(&pod, "name: GIT_SSL_NO_VERIFY"),
            Some("Pod/sync:sync"),
            "`GIT_SSL_NO_VERIFY` is set",
        ),
        (
            "pod.yaml",
            locate(&pod, "CURL_OPTIONS"),
            Some("Pod/sync:sync"),
            "`CURL_OPTIONS` passes `--insecure` to curl",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    // `build.conf` is read through the Compose file, after the files the walk found.
    let mut found = found;
    found.sort_by(|a, b| (&a.path, a.at()).cmp(&(&b.path, b.at())));
    for (f, (path, at, object, part)) in found.iter().zip(expected) {
        assert_full(
            f,
            DOWNLOAD,
            path,
            *at,
            "high",
            *object,
            &[
                part,
                "anyone on the path can swap the packages or sources it fetches",
            ],
            None,
        );
    }
}

#[test]
fn curl_options_with_a_short_k() {
    let env = "CURL_OPTIONS=-sS -k\n";
    let found = downloads(&[(".env", env)]);
    assert_full(
        only(&found),
        DOWNLOAD,
        ".env",
        (1, 1),
        "high",
        None,
        &["`CURL_OPTIONS` passes `--insecure` to curl"],
        None,
    );
}

#[test]
fn safe_values_of_the_same_variables_are_not_reported() {
    let docker = dockerfile(
        "
        ENV NPM_CONFIG_STRICT_SSL=true PYTHONHTTPSVERIFY=1
        ENV CURL_OPTIONS=--silent GIT_SSL_CAINFO=/etc/ssl/certs/corp.pem
        ENV PIP_CERT=/etc/ssl/certs/corp.pem NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp.pem
        ",
    );
    let env =
        "npm_config_strict_ssl=true\nPIP_TRUSTED_HOST=\nGIT_SSL_VERIFY=false_positive_guard\n";
    let found = downloads(&[("Dockerfile", &docker), (".env", env)]);
    assert!(found.is_empty(), "{found:#?}");
}

/// The `ADD` message names the URL, with `ARG`s substituted: the value of a secret `ARG` must
/// not come back through it (the same report gives that value redacted, in
/// `secret-in-environment`).
#[test]
fn add_message_does_not_show_a_secret_arg_substituted_into_the_url() {
    let text = dockerfile(&format!(
        "
        ARG GIT_AUTH={GITHUB_TOKEN}
        ADD http://artifacts.acme.example/app.tgz?token=${{GIT_AUTH}} /tmp/
        "
    ));
    let all = scan(&[("Dockerfile", &text)]);
    assert_eq!(of_rule(&all, SECRET).len(), 1, "{all:#?}");
    let found = of_rule(&all, DOWNLOAD);
    assert_full(
        only(&found),
        DOWNLOAD,
        "Dockerfile",
        locate(&text, "http://"),
        "high",
        Some("stage 0"),
        &[
            "`ADD http://artifacts.acme.example/…`",
            "downloads over plain HTTP",
        ],
        Some(GITHUB_TOKEN),
    );
}

/// Nor a password written into the URL's user info.
#[test]
fn add_message_does_not_show_the_password_of_the_url() {
    let text = dockerfile(
        "
        ADD http://deploy:Hunter2Secret99@artifacts.acme.example/app.tgz /tmp/
        ",
    );
    let found = downloads(&[("Dockerfile", &text)]);
    assert_full(
        only(&found),
        DOWNLOAD,
        "Dockerfile",
        locate(&text, "http://"),
        "high",
        Some("stage 0"),
        &[
            "`ADD http://artifacts.acme.example/…`",
            "downloads over plain HTTP",
        ],
        Some("Hunter2Secret99"),
    );
}

// ---------------------------------------------------------------------------------------------
// No report format shows a secret

/// A tree with a GitHub token, a password and a Stripe key in a Dockerfile, a Compose file, a
/// Kubernetes manifest and a `.env` file; one `RUN` line also holds a `curl -k`, so another
/// finding prints the same source line, and an `ADD http://` URL carries the password.
fn secret_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let docker = dockerfile(&format!(
        "
        ENV GIT_AUTH={GITHUB_TOKEN}
        ENV DB_PASSWORD={PASSWORD}
        RUN NODE_TLS_REJECT_UNAUTHORIZED=0 DEPLOY_KEY={GITHUB_TOKEN} curl -k https://a.example/x
        ADD http://deploy:{PASSWORD}@artifacts.acme.example/app.tgz /tmp/
        "
    ));
    let compose = d(&format!(
        "
        services:
          shop:
            image: ghcr.io/acme/shop:4.2
            environment:
              - DB_PASSWORD={PASSWORD}
              - PAYMENT_BACKEND={STRIPE_KEY}
          worker:
            image: ghcr.io/acme/worker:4.2
            environment:
              STRIPE_API_KEY: \"{STRIPE_KEY}\"
        "
    ));
    let pod = d(&format!(
        "
        apiVersion: v1
        kind: Pod
        metadata:
          name: bot
        spec:
          containers:
            - name: bot
              image: ghcr.io/acme/bot:1.0
              env:
                - name: GIT_AUTH
                  value: {GITHUB_TOKEN}
                - name: ADMIN_PASSWORD
                  value: '{PASSWORD}'
        "
    ));
    let env = format!("STRIPE={STRIPE_KEY}\nSMTP_PASSWORD=\"{PASSWORD}\"\n");
    write_tree(
        dir.path(),
        &[
            ("Dockerfile", &docker),
            ("docker-compose.yml", &compose),
            ("k8s/bot.yaml", &pod),
            (".env", &env),
        ],
    );
    dir
}

/// Runs `caulk audit` in `dir` with `args`; stdout and stderr together.
fn run(dir: &Path, args: &[&str]) -> String {
    let output = cargo_bin_cmd!("caulk")
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(["audit", "--no-config", "--fail-on", "none"])
        .args(args)
        .arg(".")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "caulk audit {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Asserts that no eight consecutive characters of any secret of `secret_tree` appear, nor the
/// whole of one. A token's public prefix (`sk_live_`) is no secret: rule descriptions name it.
#[track_caller]
fn assert_no_secret(output: &str, what: &str) {
    for secret in [GITHUB_TOKEN, PASSWORD, STRIPE_KEY] {
        assert!(
            !output.contains(secret),
            "{what} shows the secret {secret:?}:\n{output}"
        );
        let chars: Vec<char> = secret.chars().collect();
        for window in chars.windows(8) {
            let piece: String = window.iter().collect();
            if piece == "sk_live_" {
                continue;
            }
            assert!(
                !output.contains(&piece),
                "{what} shows {piece:?} of a secret:\n{output}"
            );
        }
    }
}

#[track_caller]
fn assert_format_hides_secrets(format: &str) {
    let dir = secret_tree();
    let output = run(dir.path(), &["--format", format]);
    assert!(
        output.contains(SECRET),
        "--format {format} does not report {SECRET}:\n{output}"
    );
    assert!(
        output.contains(DOWNLOAD),
        "--format {format} does not report {DOWNLOAD}:\n{output}"
    );
    assert_no_secret(&output, &format!("--format {format}"));
}

#[test]
fn human_report_hides_secrets() {
    assert_format_hides_secrets("human");
}

#[test]
fn json_report_hides_secrets() {
    assert_format_hides_secrets("json");
}

#[test]
fn sarif_report_hides_secrets() {
    assert_format_hides_secrets("sarif");
}

#[test]
fn github_report_hides_secrets() {
    assert_format_hides_secrets("github");
}

#[test]
fn gitlab_report_hides_secrets() {
    assert_format_hides_secrets("gitlab");
}

#[test]
fn json_report_lists_every_secret_of_the_tree() {
    // The JSON report is the reference: every secret of the tree is found.
    let dir = secret_tree();
    let output = run(dir.path(), &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&output).unwrap();
    let mut places: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == SECRET)
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    places.sort();
    let expected: Vec<(String, u64)> = [
        (".env", 1),
        (".env", 2),
        ("Dockerfile", 2),
        ("Dockerfile", 3),
        ("Dockerfile", 4),
        ("docker-compose.yml", 5),
        ("docker-compose.yml", 6),
        ("docker-compose.yml", 10),
        ("k8s/bot.yaml", 10),
        ("k8s/bot.yaml", 12),
    ]
    .iter()
    .map(|(p, l)| (p.to_string(), *l))
    .collect();
    assert_eq!(places, expected, "{output}");
}

/// The human report blanks a secret because a finding says where it is; a secret must stay
/// blank when that finding is filtered out and another finding prints the same line.
#[test]
fn human_report_hides_secrets_when_the_secret_finding_is_filtered_out() {
    let dir = secret_tree();
    for args in [
        &["--ignore", SECRET][..],
        &["--select", DOWNLOAD][..],
        &["--min-severity", "critical"][..],
    ] {
        let mut all = vec!["--format", "human"];
        all.extend_from_slice(args);
        let output = run(dir.path(), &all);
        assert!(
            output.contains("curl") || output.contains("NODE_TLS_REJECT_UNAUTHORIZED"),
            "{args:?}: the RUN line is not shown:\n{output}"
        );
        assert_no_secret(&output, &format!("--format human {args:?}"));
    }
}

/// SARIF `partialFingerprints`, GitLab `fingerprint` and baseline files hash the text a finding
/// points at. For a secret that text holds the value: an unsalted hash of `NAME=value` with a
/// known rule, path and object lets anyone who reads a committed baseline or a SARIF upload
/// test guesses of the password offline. The fingerprint must not depend on the value.
#[test]
fn fingerprints_of_secret_findings_do_not_depend_on_the_value() {
    // One directory for both runs: the path is part of a fingerprint.
    let dir = tempfile::tempdir().unwrap();
    let fingerprint_with = |value: &str| {
        let compose = d(&format!(
            "
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: {value}
            "
        ));
        let env = format!("SMTP_PASSWORD={value}\n");
        write_tree(
            dir.path(),
            &[("docker-compose.yml", &compose), (".env", &env)],
        );
        let report = caulk::audit(&[dir.path().to_path_buf()], &AuditOptions::default()).unwrap();
        let prints = caulk::fingerprint::fingerprints(&report.project, &report.findings);
        let mut secret_prints: Vec<String> = report
            .findings
            .iter()
            .zip(prints)
            .filter(|(f, _)| f.rule == SECRET)
            .map(|(_, p)| p)
            .collect();
        secret_prints.sort();
        assert_eq!(secret_prints.len(), 2, "{:#?}", report.findings);
        secret_prints
    };
    assert_eq!(fingerprint_with(PASSWORD), fingerprint_with("hunter2"));
}

/// Found in the real corpus: names that match a secret pattern but hold a count, an ID or a
/// path, and values that are the variable's own name.
#[test]
fn settings_ids_paths_and_name_echoes_are_not_literal_secrets() {
    let text = d("
        services:
          tgi:
            image: ghcr.io/huggingface/text-generation-inference:2.3
            environment:
              MAX_INPUT_TOKENS: \"2048\"
              SECRET_ID: bq-readonly-key
              SECRET_VERSION: latest
              GOOGLE_APPLICATION_CREDENTIALS: /var/secrets/google/key.json
              DATABASE_PASSWORD: /run/secrets/db-password
              POSTGRES_PASSWORD: postgres
              ACCESS_KEY: 8312a7b6c0d94e5f8a1b2c3d4e5f6a7b8c9
        ");
    let found = secrets(&[("docker-compose.yml", &text)]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].severity, "low", "{found:#?}");
    assert!(
        found[0]
            .message
            .contains("`POSTGRES_PASSWORD` is set to a placeholder")
    );
    assert_eq!(found[1].severity, "high", "{found:#?}");
    assert!(
        found[1]
            .message
            .contains("`ACCESS_KEY` holds a literal secret")
    );
}
