//! TLS settings (rules.md, "TLS settings"): each of the six rules in every language and
//! source rules.md names (TypeScript/JavaScript, Go, environments, Kubernetes objects), with
//! positives (rule, severity, path, line, column, message, object, related locations),
//! negatives and the hard negatives of the issue, on small inline sources. The fixtures of
//! `testdata/tls/` are snapshot-tested in `tests/scenarios.rs`; these tests do not repeat them.
//!
//! Expected positions are computed from the source text with `locate`, never hard-coded. Spans
//! follow the fixtures' READMEs: in JS a boolean, `minVersion`, `secureProtocol` or
//! `checkServerIdentity` finding points at the whole property (`key: value`), a cipher name at
//! its text inside the string; in Go a `MinVersion`, `ClientAuth` or cipher finding points at
//! the constant's name without the package (`VersionTLS10` in `tls.VersionTLS10`),
//! `InsecureSkipVerify` at the `true` literal, a callback at the whole field, a missing field at
//! the `tls.Config{…}` literal; an environment variable at the variable; a Kubernetes setting
//! at its value (inside the quotes for a text that is parsed further).

mod common;

use common::{Rec, d, of_rule, scan};

const VERIFY: &str = "tls-verification-disabled";
const MTLS: &str = "mtls-client-not-verified";
const PROTOCOL: &str = "tls-weak-protocol";
const CIPHER: &str = "tls-weak-cipher";
const UNKNOWN: &str = "tls-unknown-cipher";
const PLAINTEXT: &str = "tls-plaintext-allowed";

const TLS_RULES: &[&str] = &[VERIFY, MTLS, PROTOCOL, CIPHER, UNKNOWN, PLAINTEXT];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// 1-based `(line, column)` (columns in characters) of the only occurrence of `needle`.
#[track_caller]
fn locate(text: &str, needle: &str) -> (usize, usize) {
    let mut hits = text.match_indices(needle);
    let (offset, _) = hits
        .next()
        .unwrap_or_else(|| panic!("{needle:?} not in {text}"));
    assert!(hits.next().is_none(), "{needle:?} occurs twice in {text}");
    position(text, offset)
}

/// 1-based `(line, column)` of the first `needle` after the only occurrence of `anchor`.
#[track_caller]
fn locate_after(text: &str, anchor: &str, needle: &str) -> (usize, usize) {
    let mut hits = text.match_indices(anchor);
    let (start, _) = hits
        .next()
        .unwrap_or_else(|| panic!("{anchor:?} not in {text}"));
    assert!(hits.next().is_none(), "{anchor:?} occurs twice in {text}");
    let offset = text[start..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not after {anchor:?} in {text}"))
        + start;
    position(text, offset)
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Audits one file (its text as given).
fn scan1(path: &str, text: &str) -> Vec<Rec> {
    scan(&[(path, text)])
}

/// The findings of the TLS rules only.
fn tls(findings: &[Rec]) -> Vec<Rec> {
    findings
        .iter()
        .filter(|f| TLS_RULES.contains(&f.rule.as_str()))
        .cloned()
        .collect()
}

/// Exactly one finding of `rule`.
#[track_caller]
fn one(findings: &[Rec], rule: &str) -> Rec {
    let found = of_rule(findings, rule);
    assert_eq!(found.len(), 1, "expected one `{rule}`, got {findings:#?}");
    found.into_iter().next().unwrap()
}

/// No finding of `rule`.
#[track_caller]
fn no(findings: &[Rec], rule: &str) {
    let found = of_rule(findings, rule);
    assert!(found.is_empty(), "expected no `{rule}`, got {found:#?}");
}

/// No finding of any TLS rule.
#[track_caller]
fn no_tls(findings: &[Rec]) {
    let found = tls(findings);
    assert!(found.is_empty(), "expected no TLS finding, got {found:#?}");
}

/// Exactly one TLS finding, of `rule`, on `path`, at `at`, with `severity`, and a message
/// holding every one of `needles`.
#[track_caller]
fn only(
    findings: &[Rec],
    rule: &str,
    path: &str,
    at: (usize, usize),
    severity: &str,
    needles: &[&str],
) -> Rec {
    let found = tls(findings);
    assert_eq!(found.len(), 1, "expected only one `{rule}`, got {found:#?}");
    let f = found.into_iter().next().unwrap();
    assert_eq!(f.rule, rule, "{f:#?}");
    assert_eq!(f.path, path, "path of {f:#?}");
    assert_eq!(f.at(), at, "position of {f:#?}");
    assert_eq!(f.severity, severity, "severity of {f:#?}");
    for needle in needles {
        assert!(
            f.message.contains(needle),
            "message of {f:#?} lacks {needle:?}"
        );
    }
    f
}

// ---------------------------------------------------------------------------------------------
// tls-verification-disabled: TypeScript / JavaScript
// ---------------------------------------------------------------------------------------------

#[test]
fn verification_ts_https_agent_reject_unauthorized_false() {
    let src = d(r#"
        import * as https from 'https';

        export function makeAgent(): https.Agent {
          return new https.Agent({ keepAlive: true, rejectUnauthorized: false });
        }
        "#);
    let f = only(
        &scan1("src/agent.ts", &src),
        VERIFY,
        "src/agent.ts",
        locate(&src, "rejectUnauthorized: false"),
        "critical",
        &["`rejectUnauthorized: false`", "https.Agent"],
    );
    assert_eq!(f.object.as_deref(), Some("makeAgent"));
    assert!(f.related.is_empty(), "{f:#?}");
}

#[test]
fn verification_js_imported_and_required_apis() {
    // The receiver is recognised through imports and `require`, in .js, .mjs and .cjs.
    let cases = [
        (
            "client.mjs",
            "import { connect } from 'node:tls';\n\nconnect(443, 'db', { rejectUnauthorized: false });\n",
            "tls.connect",
        ),
        (
            "client.cjs",
            "const tls = require('tls');\n\ntls.connect({ host: 'db', port: 443, rejectUnauthorized: false });\n",
            "tls.connect",
        ),
        (
            "client.js",
            "const { request } = require('https');\n\nrequest('https://x', { rejectUnauthorized: false });\n",
            "https.request",
        ),
    ];
    for (path, src, api) in cases {
        only(
            &scan1(path, src),
            VERIFY,
            path,
            locate(src, "rejectUnauthorized: false"),
            "critical",
            &[api],
        );
    }
}

#[test]
fn verification_reject_unauthorized_true_is_fine() {
    let src = d(r#"
        import * as https from 'https';

        export const agent = new https.Agent({ ca, rejectUnauthorized: true });
        "#);
    no_tls(&scan1("agent.ts", &src));
    // The same file with `false` is read: the negative is not vacuous.
    let bad = src.replace("rejectUnauthorized: true", "rejectUnauthorized: false");
    one(&scan1("agent.ts", &bad), VERIFY);
}

#[test]
fn verification_check_server_identity_returning_nothing() {
    for callback in [
        "() => undefined",
        "() => {}",
        "function () { return; }",
        "(host, cert) => { return null; }",
        "skipCheck",
    ] {
        let src = d(&format!(
            r#"
            import * as https from 'https';

            const skipCheck = (_host: string) => undefined;

            export const agent = new https.Agent({{
              ca: caPem,
              checkServerIdentity: {callback},
            }});
            "#
        ));
        let f = only(
            &scan1("agent.ts", &src),
            VERIFY,
            "agent.ts",
            locate(&src, "checkServerIdentity:"),
            "critical",
            &["`checkServerIdentity` returns nothing"],
        );
        assert_eq!(f.object.as_deref(), Some("agent"), "{callback}");
    }
}

#[test]
fn verification_check_server_identity_method_returning_undefined() {
    let src = d(r#"
        import * as tls from 'tls';

        export function open(host: string) {
          return tls.connect(6514, host, {
            checkServerIdentity(h, c) {
              return undefined;
            },
          });
        }
        "#);
    let f = only(
        &scan1("syslog.ts", &src),
        VERIFY,
        "syslog.ts",
        locate(&src, "checkServerIdentity(h, c)"),
        "critical",
        &["checkServerIdentity"],
    );
    assert_eq!(f.object.as_deref(), Some("open"));
}

#[test]
fn verification_real_check_server_identity_is_fine() {
    let src = d(r#"
        import * as tls from 'tls';
        import * as https from 'https';

        const PINNED = process.env.PINNED_FINGERPRINT;

        export const agent = new https.Agent({
          checkServerIdentity: (host: string, cert: tls.PeerCertificate) => {
            if (cert.fingerprint256 !== PINNED) {
              throw new Error(`unexpected certificate for ${host}`);
            }
            return tls.checkServerIdentity(host, cert);
          },
        });

        export const delegating = new https.Agent({
          checkServerIdentity: (host: string, cert: tls.PeerCertificate) =>
            tls.checkServerIdentity(host, cert),
        });
        "#);
    no_tls(&scan1("agent.ts", &src));
}

#[test]
fn verification_process_env_assignment() {
    for (line, needle) in [
        (
            "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
            "process.env",
        ),
        (
            "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;",
            "process.env",
        ),
        (
            "process.env.NODE_TLS_REJECT_UNAUTHORIZED = \"0\";",
            "process.env",
        ),
    ] {
        let src = format!("const axios = require('axios');\n\n{line}\n\nmodule.exports = axios;\n");
        only(
            &scan1("bootstrap.js", &src),
            VERIFY,
            "bootstrap.js",
            locate(&src, needle),
            "critical",
            &["NODE_TLS_REJECT_UNAUTHORIZED"],
        );
    }
}

#[test]
fn verification_process_env_one_or_comparison_is_fine() {
    let src = d(r#"
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
        if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
          console.warn('TLS verification is off');
        }
        const flag = process.env.NODE_TLS_REJECT_UNAUTHORIZED == 0;
        "#);
    no_tls(&scan1("bootstrap.js", &src));
}

#[test]
fn verification_js_comments_strings_and_unreceived_objects_are_fine() {
    // The hard negatives: comments, strings that only look like options, an object no TLS
    // API receives, options given to a logger.
    let src = d(r#"
        import * as https from 'https';

        // new https.Agent({ rejectUnauthorized: false })
        /* rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'RC4-SHA' */
        const help = "pass rejectUnauthorized: false to skip verification";
        const template = `{ rejectUnauthorized: false, secureProtocol: 'SSLv3_method' }`;
        const retryPolicy = { rejectUnauthorized: false, minVersion: '1.0.0' };
        const docsPage = { ciphers: 'RC4-SHA:NULL-MD5', checkServerIdentity: 'returns undefined' };
        console.log({ rejectUnauthorized: false });
        logger.warn('insecure', { rejectUnauthorized: false });

        export const agent = new https.Agent({ ca: help + template });
        "#);
    no_tls(&scan1("decoys.ts", &src));
}

// ---------------------------------------------------------------------------------------------
// tls-verification-disabled: environments
// ---------------------------------------------------------------------------------------------

const ENV_MESSAGE: &str = "`NODE_TLS_REJECT_UNAUTHORIZED=0`";

#[test]
fn verification_env_dockerfile_env() {
    for instruction in [
        "ENV NODE_TLS_REJECT_UNAUTHORIZED=0",
        "ENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0",
        "ENV NODE_TLS_REJECT_UNAUTHORIZED=\"0\"",
        "ENV NODE_TLS_REJECT_UNAUTHORIZED 0",
    ] {
        let src = format!(
            "FROM node:22-slim\nWORKDIR /app\n{instruction}\nUSER node\nCMD [\"node\", \"main.js\"]\n"
        );
        let f = only(
            &scan1("Dockerfile", &src),
            VERIFY,
            "Dockerfile",
            locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"),
            "critical",
            &[ENV_MESSAGE],
        );
        assert_eq!(f.object.as_deref(), Some("stage 0"), "{instruction}");
    }
}

#[test]
fn verification_env_dockerfile_env_inherited_by_later_stage_reported_once() {
    let src = d(r#"
        FROM node:22-slim AS base
        ENV NODE_TLS_REJECT_UNAUTHORIZED=0
        FROM base AS app
        USER node
        CMD ["node", "main.js"]
        "#);
    let f = only(
        &scan1("Dockerfile", &src),
        VERIFY,
        "Dockerfile",
        locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"),
        "critical",
        &[ENV_MESSAGE],
    );
    assert_eq!(f.object.as_deref(), Some("stage base"));
}

#[test]
fn verification_env_dockerfile_arg_default() {
    let in_stage = d(r#"
        FROM node:22-slim AS build
        ARG NODE_TLS_REJECT_UNAUTHORIZED=0
        RUN npm ci
        "#);
    let f = only(
        &scan1("Dockerfile", &in_stage),
        VERIFY,
        "Dockerfile",
        locate(&in_stage, "NODE_TLS_REJECT_UNAUTHORIZED"),
        "critical",
        &[ENV_MESSAGE],
    );
    assert_eq!(f.object.as_deref(), Some("stage build"));

    let global = d(r#"
        ARG NODE_TLS_REJECT_UNAUTHORIZED=0
        FROM node:22-slim
        ARG NODE_TLS_REJECT_UNAUTHORIZED
        RUN npm ci
        "#);
    let found = of_rule(&scan1("Dockerfile", &global), VERIFY);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].at(), (1, 5), "{found:#?}");
    assert_eq!(found[0].severity, "critical");
}

#[test]
fn verification_env_dockerfile_run_assignment_and_export() {
    for run in [
        "RUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci",
        "RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci",
        "RUN npm config set fund false && NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci",
    ] {
        let src = format!("FROM node:22-slim AS build\nWORKDIR /src\n{run}\n");
        let f = only(
            &scan1("Dockerfile", &src),
            VERIFY,
            "Dockerfile",
            locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"),
            "critical",
            &[ENV_MESSAGE],
        );
        assert_eq!(f.object.as_deref(), Some("stage build"), "{run}");
    }
}

#[test]
fn verification_env_dockerfile_value_one_or_argument_is_fine() {
    let src = d(r#"
        ARG NODE_TLS_REJECT_UNAUTHORIZED=1
        FROM node:22-slim
        ENV NODE_TLS_REJECT_UNAUTHORIZED=1
        ARG NODE_TLS_REJECT_UNAUTHORIZED=1
        RUN NODE_TLS_REJECT_UNAUTHORIZED=1 npm ci
        RUN export NODE_TLS_REJECT_UNAUTHORIZED=1
        RUN echo NODE_TLS_REJECT_UNAUTHORIZED=0 >> /tmp/notes.txt
        # ENV NODE_TLS_REJECT_UNAUTHORIZED=0
        USER node
        "#);
    no_tls(&scan1("Dockerfile", &src));
}

#[test]
fn verification_env_compose_map_and_list() {
    for environment in [
        "      NODE_TLS_REJECT_UNAUTHORIZED: \"0\"\n",
        "      NODE_TLS_REJECT_UNAUTHORIZED: 0\n",
        "      NODE_TLS_REJECT_UNAUTHORIZED: '0'\n",
        "      - NODE_TLS_REJECT_UNAUTHORIZED=0\n",
    ] {
        let src = format!(
            "services:\n  api:\n    image: ghcr.io/acme/api:1.0\n    environment:\n{environment}"
        );
        let f = only(
            &scan1("docker-compose.yml", &src),
            VERIFY,
            "docker-compose.yml",
            locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"),
            "critical",
            &[ENV_MESSAGE],
        );
        assert_eq!(f.object.as_deref(), Some("services.api"), "{environment}");
    }
}

#[test]
fn verification_env_compose_extends_reported_once() {
    let src = d(r#"
        services:
          base:
            image: ghcr.io/acme/api:1.0
            environment:
              NODE_TLS_REJECT_UNAUTHORIZED: "0"
          api:
            extends: base
          worker:
            extends:
              service: base
        "#);
    let found = of_rule(&scan1("docker-compose.yml", &src), VERIFY);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].at(), locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"));
}

#[test]
fn verification_env_compose_value_one_is_fine() {
    let src = d(r#"
        services:
          api:
            image: ghcr.io/acme/api:1.0
            environment:
              NODE_TLS_REJECT_UNAUTHORIZED: "1"
          worker:
            image: ghcr.io/acme/worker:1.0
            environment:
              - NODE_TLS_REJECT_UNAUTHORIZED=1
              - NOTE=NODE_TLS_REJECT_UNAUTHORIZED=0
          cron:
            image: ghcr.io/acme/cron:1.0
            environment:
              - NODE_TLS_REJECT_UNAUTHORIZED
        "#);
    no_tls(&scan1("docker-compose.yml", &src));
}

#[test]
fn verification_env_kubernetes() {
    let src = d(r#"
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: reports
          namespace: shop
        spec:
          selector:
            matchLabels: {app: reports}
          template:
            metadata:
              labels: {app: reports}
            spec:
              containers:
                - name: reports
                  image: ghcr.io/acme/reports:1.0
                  env:
                    - name: LOG_LEVEL
                      value: info
                    - name: NODE_TLS_REJECT_UNAUTHORIZED
                      value: "0"
        "#);
    let f = only(
        &scan1("k8s.yaml", &src),
        VERIFY,
        "k8s.yaml",
        locate(&src, "name: NODE_TLS_REJECT_UNAUTHORIZED"),
        "critical",
        &[ENV_MESSAGE],
    );
    let object = f.object.as_deref().unwrap_or_default();
    assert!(object.contains("reports"), "{f:#?}");

    let fine = src.replace("value: \"0\"", "value: \"1\"");
    no_tls(&scan1("k8s.yaml", &fine));
    let from_secret = src.replace(
        "value: \"0\"",
        "valueFrom: {secretKeyRef: {name: tls, key: reject}}",
    );
    no_tls(&scan1("k8s.yaml", &from_secret));
}

#[test]
fn verification_env_dotenv_file() {
    let src = "NODE_ENV=production\nNODE_TLS_REJECT_UNAUTHORIZED=0\nPORT=8443\n";
    let f = only(
        &scan1(".env", src),
        VERIFY,
        ".env",
        (2, 1),
        "critical",
        &[ENV_MESSAGE],
    );
    assert_eq!(f.object, None);
    for fine in [
        "NODE_TLS_REJECT_UNAUTHORIZED=1\n",
        "# NODE_TLS_REJECT_UNAUTHORIZED=0\n",
        "NOTE=\"NODE_TLS_REJECT_UNAUTHORIZED=0\"\n",
    ] {
        no_tls(&scan1(".env", fine));
    }
}

// ---------------------------------------------------------------------------------------------
// tls-verification-disabled: Go
// ---------------------------------------------------------------------------------------------

#[test]
fn verification_go_insecure_skip_verify_true() {
    let src = d(r#"
        package upstream

        import (
            "crypto/tls"
            "net/http"
        )

        // NewClient must never set InsecureSkipVerify: true; this one does.
        func NewClient() *http.Client {
            return &http.Client{
                Transport: &http.Transport{
                    TLSClientConfig: &tls.Config{
                        MinVersion:         tls.VersionTLS12,
                        InsecureSkipVerify: true,
                    },
                },
            }
        }
        "#);
    let f = only(
        &scan1("upstream/client.go", &src),
        VERIFY,
        "upstream/client.go",
        locate_after(&src, "InsecureSkipVerify: true,", "true"),
        "critical",
        &["`InsecureSkipVerify: true`"],
    );
    assert_eq!(f.object.as_deref(), Some("NewClient"));
}

#[test]
fn verification_go_false_comment_string_and_other_package_are_fine() {
    let src = d(r#"
        package upstream

        import (
            "crypto/tls"
            "net/http"

            foo "example.com/platform/tls"
        )

        // InsecureSkipVerify: true was used here once; tls.Config{InsecureSkipVerify: true}.
        /* &tls.Config{InsecureSkipVerify: true} */
        const hint = "set InsecureSkipVerify: true to debug"
        const raw = `tls.Config{InsecureSkipVerify: true}`

        func NewClient() *http.Client {
            platform := foo.Config{InsecureSkipVerify: true}
            _ = platform
            settings := map[string]bool{"InsecureSkipVerify": true}
            _ = settings
            return &http.Client{
                Transport: &http.Transport{
                    TLSClientConfig: &tls.Config{
                        MinVersion:         tls.VersionTLS13,
                        InsecureSkipVerify: false,
                    },
                },
            }
        }
        "#);
    no_tls(&scan1("client.go", &src));
    // Only the crypto/tls config counts once it says `true`.
    let insecure = src.replace("InsecureSkipVerify: false", "InsecureSkipVerify: true");
    only(
        &scan1("client.go", &insecure),
        VERIFY,
        "client.go",
        locate_after(&insecure, "VersionTLS13,", "true"),
        "critical",
        &["InsecureSkipVerify"],
    );
}

#[test]
fn verification_go_aliased_import_and_later_assignment() {
    let src = d(r#"
        package upstream

        import (
            stdtls "crypto/tls"
            "net/http"
        )

        func NewClient(debug bool) *http.Client {
            cfg := &stdtls.Config{MinVersion: stdtls.VersionTLS12}
            cfg.InsecureSkipVerify = true
            return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
        }
        "#);
    only(
        &scan1("client.go", &src),
        VERIFY,
        "client.go",
        locate_after(&src, "cfg.InsecureSkipVerify = ", "true"),
        "critical",
        &["InsecureSkipVerify"],
    );
}

// ---------------------------------------------------------------------------------------------
// Test code: reported at low
// ---------------------------------------------------------------------------------------------

#[test]
fn test_code_is_reported_at_low() {
    let ts = "import * as https from 'https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    let go = d(r#"
        package orders

        import (
            "crypto/tls"
            "net/http"
            "testing"
        )

        func TestOrders(t *testing.T) {
            client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
            _ = client
        }
        "#);
    let go_at = locate_after(&go, "InsecureSkipVerify: ", "true");
    let cases: Vec<(&str, &str, (usize, usize))> = vec![
        ("src/x.spec.ts", ts, locate(ts, "rejectUnauthorized")),
        ("src/x.test.js", ts, locate(ts, "rejectUnauthorized")),
        ("test/helpers.js", ts, locate(ts, "rejectUnauthorized")),
        ("tests/helpers.ts", ts, locate(ts, "rejectUnauthorized")),
        (
            "src/__tests__/agent.ts",
            ts,
            locate(ts, "rejectUnauthorized"),
        ),
        ("e2e/support/agent.ts", ts, locate(ts, "rejectUnauthorized")),
        ("orders/client_test.go", &go, go_at),
    ];
    for (path, src, at) in cases {
        only(
            &scan1(path, src),
            VERIFY,
            path,
            at,
            "low",
            &["(in test code)"],
        );
    }
}

#[test]
fn test_code_applies_to_every_tls_rule() {
    let src = d(r#"
        const tls = require('tls');

        tls.createServer({ minVersion: 'TLSv1', ciphers: 'RC4-SHA', requestCert: true, rejectUnauthorized: false });
        "#);
    let findings = tls(&scan1("test/server.js", &src));
    let mut rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    rules.sort_unstable();
    assert_eq!(rules, [MTLS, CIPHER, PROTOCOL], "{findings:#?}");
    for f in &findings {
        assert_eq!(f.severity, "low", "{f:#?}");
        assert!(f.message.ends_with("(in test code)"), "{f:#?}");
    }
    // An environment of a test setup counts too.
    let compose = "services:\n  e2e:\n    image: node:22\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: \"0\"\n";
    only(
        &scan1("e2e/docker-compose.yml", compose),
        VERIFY,
        "e2e/docker-compose.yml",
        (5, 7),
        "low",
        &["(in test code)"],
    );
}

#[test]
fn names_that_only_resemble_test_code_keep_their_severity() {
    let ts = "import * as https from 'https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    for path in [
        "src/contest.ts",
        "src/latest/agent.ts",
        "src/testing-tools/agent.ts",
        "src/attest_test.ts",
        "src/specs.ts",
    ] {
        let f = one(&scan1(path, ts), VERIFY);
        assert_eq!(f.severity, "critical", "{path}: {f:#?}");
        assert!(!f.message.contains("test code"), "{f:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// mtls-client-not-verified: JavaScript
// ---------------------------------------------------------------------------------------------

#[test]
fn mtls_js_request_cert_with_reject_unauthorized_false() {
    let src = d(r#"
        const https = require('https');
        const app = require('./app');

        https.createServer({
          key,
          cert,
          requestCert: true,
          rejectUnauthorized: false,
        }, app.callback()).listen(8443);
        "#);
    let findings = scan1("server.js", &src);
    no(&findings, VERIFY);
    let f = only(
        &findings,
        MTLS,
        "server.js",
        locate(&src, "rejectUnauthorized: false"),
        "high",
        &[
            "`requestCert: true`",
            "`rejectUnauthorized: false`",
            "https.createServer",
        ],
    );
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "server.js");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        locate(&src, "requestCert: true")
    );
    assert!(
        f.related[0].message.contains("client certificates"),
        "{f:#?}"
    );
}

#[test]
fn mtls_js_nest_https_options_and_tls_server() {
    let nest = d(r#"
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';

        async function bootstrap() {
          const app = await NestFactory.create(AppModule, {
            httpsOptions: { key, cert, ca, rejectUnauthorized: false, requestCert: true },
          });
          await app.listen(8443);
        }
        "#);
    let findings = scan1("main.ts", &nest);
    let f = only(
        &findings,
        MTLS,
        "main.ts",
        locate(&nest, "rejectUnauthorized"),
        "high",
        &["requestCert"],
    );
    assert_eq!(f.object.as_deref(), Some("bootstrap"));
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        locate(&nest, "requestCert")
    );

    let server = d(r#"
        import tls from 'node:tls';

        const options = { key, cert, requestCert: true, rejectUnauthorized: false };
        tls.createServer(options, (socket) => socket.end());
        "#);
    let f = only(
        &scan1("server.mjs", &server),
        MTLS,
        "server.mjs",
        locate(&server, "rejectUnauthorized"),
        "high",
        &["tls.createServer"],
    );
    assert_eq!(f.object.as_deref(), Some("options"));
}

#[test]
fn mtls_js_request_cert_alone_or_verified_is_fine() {
    let src = d(r#"
        const https = require('https');

        https.createServer({ key, cert, ca, requestCert: true }, app).listen(8443);
        https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, app).listen(8444);
        "#);
    no_tls(&scan1("server.js", &src));
}

#[test]
fn mtls_js_client_with_request_cert_is_verification_disabled() {
    // `requestCert` means nothing to a client: `rejectUnauthorized: false` there is plain
    // `tls-verification-disabled`.
    let src = d(r#"
        const tls = require('tls');

        tls.connect({ host: 'ledger', port: 6514, requestCert: true, rejectUnauthorized: false });
        "#);
    let findings = scan1("client.js", &src);
    no(&findings, MTLS);
    only(
        &findings,
        VERIFY,
        "client.js",
        locate(&src, "rejectUnauthorized"),
        "critical",
        &["tls.connect"],
    );
}

// ---------------------------------------------------------------------------------------------
// mtls-client-not-verified: Go
// ---------------------------------------------------------------------------------------------

fn go_server(tls_fields: &str, extra: &str) -> String {
    format!(
        "package main\n\nimport (\n\t\"crypto/tls\"\n\t\"crypto/x509\"\n\t\"errors\"\n\t\"net/http\"\n)\n\n{extra}\nfunc main() {{\n\tsrv := &http.Server{{\n\t\tAddr: \":8443\",\n\t\tTLSConfig: &tls.Config{{\n\t\t\tMinVersion: tls.VersionTLS12,\n{tls_fields}\t\t}},\n\t}}\n\t_ = srv.ListenAndServeTLS(\"server.crt\", \"server.key\")\n\t_ = x509.NewCertPool\n\t_ = errors.New\n}}\n"
    )
}

#[test]
fn mtls_go_client_auth_without_chain_verification() {
    for value in ["RequireAnyClientCert", "RequestClientCert"] {
        let src = go_server(&format!("\t\t\tClientAuth: tls.{value},\n"), "");
        let f = only(
            &scan1("main.go", &src),
            MTLS,
            "main.go",
            locate_after(&src, "ClientAuth: tls.", value),
            "high",
            &[
                &format!("`ClientAuth: {value}`"),
                "does not verify its chain",
            ],
        );
        assert_eq!(f.object.as_deref(), Some("main"));
        assert!(f.related.is_empty(), "{f:#?}");
    }
}

#[test]
fn mtls_go_client_auth_with_trivial_callback_has_it_as_related() {
    let src = go_server(
        "\t\t\tClientAuth: tls.RequireAnyClientCert,\n\t\t\tVerifyPeerCertificate: func(raw [][]byte, chains [][]*x509.Certificate) error {\n\t\t\t\treturn nil\n\t\t\t},\n",
        "",
    );
    let f = only(
        &scan1("main.go", &src),
        MTLS,
        "main.go",
        locate_after(&src, "ClientAuth: tls.", "RequireAnyClientCert"),
        "high",
        &["only returns nil"],
    );
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "main.go");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        locate(&src, "VerifyPeerCertificate:")
    );
    assert!(f.related[0].message.contains("VerifyPeerCertificate"));
}

#[test]
fn mtls_go_client_auth_with_working_callback_is_fine() {
    let callback = "\t\t\tVerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {\n\t\t\t\tif len(raw) == 0 {\n\t\t\t\t\treturn errors.New(\"no client certificate\")\n\t\t\t\t}\n\t\t\t\tcert, err := x509.ParseCertificate(raw[0])\n\t\t\t\tif err != nil {\n\t\t\t\t\treturn err\n\t\t\t\t}\n\t\t\t\t_, err = cert.Verify(x509.VerifyOptions{Roots: clientCAs, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}})\n\t\t\t\treturn err\n\t\t\t},\n";
    for auth in ["RequireAnyClientCert", "RequestClientCert"] {
        let src = go_server(
            &format!("\t\t\tClientAuth: tls.{auth},\n{callback}"),
            "var clientCAs = x509.NewCertPool()\n",
        );
        no_tls(&scan1("main.go", &src));
    }
    // A named function that does the work, as `VerifyConnection`.
    let src = go_server(
        "\t\t\tClientAuth: tls.RequireAnyClientCert,\n\t\t\tVerifyConnection: verifyAgent,\n",
        "func verifyAgent(cs tls.ConnectionState) error {\n\tif len(cs.PeerCertificates) == 0 {\n\t\treturn errors.New(\"no client certificate\")\n\t}\n\treturn nil\n}\n",
    );
    no_tls(&scan1("main.go", &src));
}

#[test]
fn mtls_go_verifying_client_auth_with_trivial_callback_is_fine() {
    let src = go_server(
        "\t\t\tClientAuth: tls.RequireAndVerifyClientCert,\n\t\t\tClientCAs:  pool,\n\t\t\tVerifyPeerCertificate: func(raw [][]byte, chains [][]*x509.Certificate) error {\n\t\t\t\treturn nil\n\t\t\t},\n",
        "var pool = x509.NewCertPool()\n",
    );
    no_tls(&scan1("main.go", &src));
    for auth in ["VerifyClientCertIfGiven", "NoClientCert"] {
        let src = go_server(&format!("\t\t\tClientAuth: tls.{auth},\n"), "");
        no_tls(&scan1("main.go", &src));
    }
}

#[test]
fn mtls_go_trivial_callback_without_client_auth_on_a_server() {
    for callback in [
        "func(raw [][]byte, chains [][]*x509.Certificate) error {\n\t\t\t\treturn nil\n\t\t\t}",
        "acceptAll",
    ] {
        let src = go_server(
            &format!("\t\t\tVerifyPeerCertificate: {callback},\n"),
            "func acceptAll(raw [][]byte, chains [][]*x509.Certificate) error {\n\t// Accept every client.\n\t_ = chains\n\treturn nil\n}\n",
        );
        let f = only(
            &scan1("main.go", &src),
            MTLS,
            "main.go",
            locate(&src, "VerifyPeerCertificate:"),
            "high",
            &["`VerifyPeerCertificate` only returns nil"],
        );
        assert!(f.related.is_empty(), "{f:#?}");
    }
}

#[test]
fn mtls_go_trivial_callback_on_a_client_is_not_this_rule() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "crypto/x509"
            "net/http"
        )

        func client() *http.Client {
            return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
                MinVersion: tls.VersionTLS12,
                VerifyPeerCertificate: func(raw [][]byte, chains [][]*x509.Certificate) error {
                    return nil
                },
            }}}
        }
        "#);
    no(&scan1("client.go", &src), MTLS);
}

// ---------------------------------------------------------------------------------------------
// mtls-client-not-verified: Traefik
// ---------------------------------------------------------------------------------------------

fn traefik(spec: &str) -> String {
    format!(
        "apiVersion: traefik.io/v1alpha1\nkind: TLSOption\nmetadata:\n  name: partners\n  namespace: edge\nspec:\n{spec}"
    )
}

#[test]
fn mtls_traefik_client_auth_type() {
    let src = traefik(
        "  minVersion: VersionTLS12\n  clientAuth:\n    secretNames: [partners-ca]\n    clientAuthType: RequireAnyClientCert\n",
    );
    let f = only(
        &scan1("traefik.yaml", &src),
        MTLS,
        "traefik.yaml",
        locate(&src, "RequireAnyClientCert"),
        "high",
        &["`clientAuthType: RequireAnyClientCert`"],
    );
    assert_eq!(f.object.as_deref(), Some("TLSOption/edge/partners"));

    for fine in [
        "RequireAndVerifyClientCert",
        "VerifyClientCertIfGiven",
        "NoClientCert",
    ] {
        let src = traefik(&format!(
            "  minVersion: VersionTLS12\n  clientAuth:\n    secretNames: [partners-ca]\n    clientAuthType: {fine}\n"
        ));
        no_tls(&scan1("traefik.yaml", &src));
    }
}

// ---------------------------------------------------------------------------------------------
// tls-weak-protocol: JavaScript
// ---------------------------------------------------------------------------------------------

#[test]
fn protocol_js_min_version() {
    for version in ["TLSv1", "TLSv1.1"] {
        let src = format!(
            "import * as tls from 'tls';\n\nexport const server = tls.createServer({{ key, cert, minVersion: '{version}' }});\n"
        );
        let f = only(
            &scan1("server.ts", &src),
            PROTOCOL,
            "server.ts",
            locate(&src, "minVersion"),
            "high",
            &[&format!("allows {version}:"), "tls.createServer"],
        );
        assert_eq!(f.object.as_deref(), Some("server"));
    }
    for version in ["TLSv1.2", "TLSv1.3"] {
        let src = format!(
            "import * as tls from 'tls';\n\nexport const server = tls.createServer({{ key, cert, minVersion: '{version}' }});\n"
        );
        no_tls(&scan1("server.ts", &src));
    }
}

#[test]
fn protocol_js_min_version_through_constant() {
    let src = d(r#"
        const https = require('https');
        const LEGACY_MIN = 'TLSv1.1';

        const agent = new https.Agent({ minVersion: LEGACY_MIN });
        "#);
    only(
        &scan1("agent.js", &src),
        PROTOCOL,
        "agent.js",
        locate(&src, "minVersion:"),
        "high",
        &["TLSv1.1"],
    );
}

#[test]
fn protocol_js_secure_protocol() {
    for method in [
        "TLSv1_method",
        "TLSv1_1_method",
        "SSLv3_method",
        "TLSv1_server_method",
    ] {
        let src = format!(
            "const tls = require('tls');\n\ntls.connect({{ host: 'h', port: 443, secureProtocol: '{method}' }});\n"
        );
        only(
            &scan1("client.js", &src),
            PROTOCOL,
            "client.js",
            locate(&src, "secureProtocol"),
            "high",
            &[&format!("`secureProtocol: '{method}'`")],
        );
    }
    for method in ["TLS_method", "TLS_client_method", "TLSv1_2_method"] {
        let src = format!(
            "const tls = require('tls');\n\ntls.connect({{ host: 'h', port: 443, secureProtocol: '{method}' }});\n"
        );
        no_tls(&scan1("client.js", &src));
    }
}

#[test]
fn protocol_node_options() {
    for flag in ["--tls-min-v1.0", "--tls-min-v1.1"] {
        let dockerfile =
            format!("FROM node:22-slim\nENV NODE_OPTIONS=\"--max-old-space-size=512 {flag}\"\n");
        let f = only(
            &scan1("Dockerfile", &dockerfile),
            PROTOCOL,
            "Dockerfile",
            locate(&dockerfile, "NODE_OPTIONS"),
            "high",
            &[&format!("`{flag}`")],
        );
        assert_eq!(f.object.as_deref(), Some("stage 0"));

        let compose = format!(
            "services:\n  api:\n    image: node:22\n    environment:\n      - NODE_OPTIONS={flag}\n"
        );
        only(
            &scan1("compose.yaml", &compose),
            PROTOCOL,
            "compose.yaml",
            locate(&compose, "NODE_OPTIONS"),
            "high",
            &[flag],
        );

        let dotenv = format!("NODE_OPTIONS={flag}\n");
        only(
            &scan1(".env", &dotenv),
            PROTOCOL,
            ".env",
            (1, 1),
            "high",
            &[flag],
        );
    }
    for fine in [
        "--tls-min-v1.2",
        "--tls-min-v1.3",
        "--tls-max-v1.2",
        "--max-old-space-size=512",
    ] {
        let dockerfile = format!("FROM node:22-slim\nENV NODE_OPTIONS=\"{fine}\"\n");
        no_tls(&scan1("Dockerfile", &dockerfile));
    }
}

// ---------------------------------------------------------------------------------------------
// tls-weak-protocol: Go
// ---------------------------------------------------------------------------------------------

#[test]
fn protocol_go_min_version_literal() {
    for version in ["VersionTLS10", "VersionTLS11", "VersionSSL30"] {
        let src = format!(
            "package main\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n)\n\nfunc newServer() *http.Server {{\n\tcfg := &tls.Config{{MinVersion: tls.{version}}}\n\treturn &http.Server{{Addr: \":443\", TLSConfig: cfg}}\n}}\n"
        );
        let f = only(
            &scan1("server.go", &src),
            PROTOCOL,
            "server.go",
            locate_after(&src, "MinVersion: tls.", version),
            "high",
            &[version],
        );
        assert_eq!(f.object.as_deref(), Some("newServer"));
    }
}

#[test]
fn protocol_go_later_assignment() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "net/http"
        )

        func newServer() *http.Server {
            cfg := &tls.Config{MinVersion: tls.VersionTLS12}
            cfg.MinVersion = tls.VersionTLS11
            return &http.Server{Addr: ":443", TLSConfig: cfg}
        }
        "#);
    only(
        &scan1("server.go", &src),
        PROTOCOL,
        "server.go",
        locate(&src, "VersionTLS11"),
        "high",
        &["VersionTLS11"],
    );

    // Raised later: the last assignment is what the server uses.
    let raised = src
        .replace("tls.VersionTLS12}", "tls.VersionTLS10}")
        .replace("= tls.VersionTLS11", "= tls.VersionTLS13");
    no_tls(&scan1("server.go", &raised));
}

#[test]
fn protocol_go_tls13_is_fine() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "net/http"
        )

        func newServer() *http.Server {
            return &http.Server{Addr: ":443", TLSConfig: &tls.Config{MinVersion: tls.VersionTLS13}}
        }

        func newClient() *http.Client {
            return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}}
        }
        "#);
    no_tls(&scan1("server.go", &src));
    // The same file with TLS 1.0 on the server is read and reported.
    let old = src.replace("tls.VersionTLS13", "tls.VersionTLS10");
    one(&scan1("server.go", &old), PROTOCOL);
}

#[test]
fn protocol_go_missing_min_version_low_on_servers_only() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "net/http"
        )

        func newClient() *http.Client {
            return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{ServerName: "ledger"}}}
        }

        func newServer() *http.Server {
            return &http.Server{
                Addr:      ":8443",
                TLSConfig: &tls.Config{ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool},
            }
        }
        "#);
    let f = only(
        &scan1("server.go", &src),
        PROTOCOL,
        "server.go",
        locate(&src, "tls.Config{ClientAuth"),
        "low",
        &["no `MinVersion`"],
    );
    assert_eq!(f.object.as_deref(), Some("newServer"));

    // A listener makes a server too.
    let listener = d(r#"
        package main

        import "crypto/tls"

        func listen() {
            cfg := &tls.Config{Certificates: certs}
            ln, _ := tls.Listen("tcp", ":8443", cfg)
            _ = ln
        }
        "#);
    only(
        &scan1("listen.go", &listener),
        PROTOCOL,
        "listen.go",
        locate(&listener, "tls.Config{"),
        "low",
        &["MinVersion"],
    );
}

// ---------------------------------------------------------------------------------------------
// tls-weak-protocol: Kubernetes
// ---------------------------------------------------------------------------------------------

fn config_map(metadata: &str, data: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n{metadata}data:\n{data}")
}

#[test]
fn protocol_ingress_nginx_config_map() {
    let controller = "  name: ingress-nginx-controller\n  namespace: ingress-nginx\n";
    let src = config_map(controller, "  ssl-protocols: \"TLSv1 TLSv1.2\"\n");
    let f = only(
        &scan1("ingress-nginx.yaml", &src),
        PROTOCOL,
        "ingress-nginx.yaml",
        locate(&src, "TLSv1 "),
        "high",
        &["allows TLSv1:", "ingress-nginx"],
    );
    assert_eq!(
        f.object.as_deref(),
        Some("ConfigMap/ingress-nginx/ingress-nginx-controller")
    );

    // The other names and the label ingress-nginx reads.
    for metadata in [
        "  name: nginx-configuration\n",
        "  name: edge-proxy\n  labels:\n    app.kubernetes.io/name: ingress-nginx\n",
    ] {
        let src = config_map(metadata, "  ssl-protocols: TLSv1.1 TLSv1.2 TLSv1.3\n");
        only(
            &scan1("cm.yaml", &src),
            PROTOCOL,
            "cm.yaml",
            locate(&src, "TLSv1.1"),
            "high",
            &["TLSv1.1"],
        );
    }

    let modern = config_map(controller, "  ssl-protocols: \"TLSv1.2 TLSv1.3\"\n");
    no_tls(&scan1("ingress-nginx.yaml", &modern));
    let other = config_map(
        "  name: my-app-config\n  namespace: shop\n",
        "  ssl-protocols: \"TLSv1 TLSv1.2\"\n  ssl-ciphers: \"RC4-SHA\"\n",
    );
    no_tls(&scan1("app.yaml", &other));
}

#[test]
fn protocol_traefik_tls_option() {
    for version in ["VersionTLS10", "VersionTLS11"] {
        let src = traefik(&format!("  minVersion: {version}\n"));
        let f = only(
            &scan1("traefik.yaml", &src),
            PROTOCOL,
            "traefik.yaml",
            locate(&src, version),
            "high",
            &[version, "Traefik"],
        );
        assert_eq!(f.object.as_deref(), Some("TLSOption/edge/partners"));
    }
    for version in ["VersionTLS12", "VersionTLS13"] {
        no_tls(&scan1(
            "traefik.yaml",
            &traefik(&format!("  minVersion: {version}\n")),
        ));
    }
}

fn istio_gateway(tls: &str) -> String {
    format!(
        "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: public\n  namespace: istio-ingress\nspec:\n  selector:\n    istio: ingressgateway\n  servers:\n    - port: {{number: 443, name: https, protocol: HTTPS}}\n      hosts: [\"*.example.com\"]\n      tls:\n        mode: SIMPLE\n        credentialName: public-tls\n{tls}"
    )
}

#[test]
fn protocol_istio_gateway() {
    for version in ["TLSV1_0", "TLSV1_1"] {
        let src = istio_gateway(&format!("        minProtocolVersion: {version}\n"));
        let f = only(
            &scan1("gateway.yaml", &src),
            PROTOCOL,
            "gateway.yaml",
            locate(&src, version),
            "high",
            &[version, "Istio Gateway"],
        );
        assert_eq!(f.object.as_deref(), Some("Gateway/istio-ingress/public"));
    }
    for version in ["TLSV1_2", "TLSV1_3", "TLS_AUTO"] {
        let src = istio_gateway(&format!("        minProtocolVersion: {version}\n"));
        no_tls(&scan1("gateway.yaml", &src));
    }
}

// ---------------------------------------------------------------------------------------------
// tls-weak-cipher
// ---------------------------------------------------------------------------------------------

fn js_ciphers(list: &str) -> String {
    format!(
        "import {{ createServer }} from 'node:tls';\n\nexport const server = createServer({{\n  minVersion: 'TLSv1.2',\n  ciphers: '{list}',\n}});\n"
    )
}

#[test]
fn cipher_js_rc4_at_its_name() {
    let src = js_ciphers("RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256");
    let f = only(
        &scan1("server.ts", &src),
        CIPHER,
        "server.ts",
        locate(&src, "RC4-SHA"),
        "high",
        &["`RC4-SHA`", "RC4", "tls.createServer"],
    );
    assert_eq!(f.object.as_deref(), Some("server"));

    // Not the first name of the list: the column is the name's, inside the string.
    let src = js_ciphers("ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA");
    only(
        &scan1("server.ts", &src),
        CIPHER,
        "server.ts",
        locate(&src, "DES-CBC3-SHA"),
        "high",
        &["3DES"],
    );
}

#[test]
fn cipher_js_excluded_cipher_does_not_count() {
    for list in [
        "ECDHE-RSA-AES128-GCM-SHA256:!RC4",
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4",
        "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        "HIGH:!aNULL:!MD5:!kRSA",
    ] {
        no_tls(&scan1("server.ts", &js_ciphers(list)));
    }
}

#[test]
fn cipher_js_keyword_high_enables_non_forward_secret_suites_at_medium() {
    let src = js_ciphers("HIGH:!aNULL:!MD5");
    only(
        &scan1("server.ts", &src),
        CIPHER,
        "server.ts",
        locate(&src, "HIGH"),
        "medium",
        &["`HIGH` enables", "forward secrecy"],
    );
}

#[test]
fn cipher_js_rsa_key_exchange_alone_is_medium() {
    let src = js_ciphers("AES128-SHA");
    only(
        &scan1("server.ts", &src),
        CIPHER,
        "server.ts",
        locate(&src, "AES128-SHA"),
        "medium",
        &["`AES128-SHA`", "forward secrecy"],
    );
}

#[test]
fn cipher_js_each_weak_family() {
    for name in [
        "NULL-SHA256",
        "EXP-RC4-MD5",
        "ADH-AES128-SHA",
        "AECDH-AES128-SHA",
        "DES-CBC-SHA",
        "ECDHE-RSA-DES-CBC3-SHA",
    ] {
        let src = js_ciphers(&format!("ECDHE-RSA-AES128-GCM-SHA256:{name}"));
        let found = of_rule(&scan1("server.ts", &src), CIPHER);
        assert_eq!(found.len(), 1, "{name}: {found:#?}");
        assert_eq!(found[0].at(), locate(&src, name), "{name}");
        assert_eq!(found[0].severity, "high", "{name}: {found:#?}");
    }
}

#[test]
fn cipher_js_array_join_and_concatenation() {
    let src = d(r#"
        const https = require('https');
        const LEGACY = 'DES-CBC3-SHA';

        https.createServer({
          ciphers: ['ECDHE-RSA-AES128-GCM-SHA256', 'RC4-MD5'].join(':'),
        });
        https.createServer({ ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:' + LEGACY });
        "#);
    // A name that comes from a constant is reported where its text is written.
    let found = of_rule(&scan1("server.js", &src), CIPHER);
    let mut at: Vec<(usize, usize)> = found.iter().map(Rec::at).collect();
    at.sort_unstable();
    assert_eq!(
        at,
        [locate(&src, "DES-CBC3-SHA"), locate(&src, "RC4-MD5")],
        "{found:#?}"
    );
    assert!(found.iter().all(|f| f.severity == "high"), "{found:#?}");
}

#[test]
fn cipher_go_cipher_suites() {
    let src = d(r#"
        package main

        import "crypto/tls"

        var serverTLS = &tls.Config{
            MinVersion: tls.VersionTLS12,
            CipherSuites: []uint16{
                tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                tls.TLS_RSA_WITH_RC4_128_SHA,
            },
        }
        "#);
    let f = only(
        &scan1("tls.go", &src),
        CIPHER,
        "tls.go",
        locate_after(&src, "tls.TLS_RSA_WITH_RC4", "TLS_RSA_WITH_RC4_128_SHA"),
        "high",
        &["RC4"],
    );
    assert_eq!(f.object.as_deref(), Some("serverTLS"));

    let modern = d(r#"
        package main

        import "crypto/tls"

        var serverTLS = &tls.Config{
            MinVersion: tls.VersionTLS12,
            CipherSuites: []uint16{
                tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
                tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            },
        }
        "#);
    no_tls(&scan1("tls.go", &modern));
}

#[test]
fn cipher_go_rsa_key_exchange_is_medium() {
    let src = d(r#"
        package main

        import "crypto/tls"

        func config() *tls.Config {
            cfg := &tls.Config{MinVersion: tls.VersionTLS12}
            cfg.CipherSuites = []uint16{tls.TLS_RSA_WITH_AES_128_GCM_SHA256}
            return cfg
        }
        "#);
    only(
        &scan1("tls.go", &src),
        CIPHER,
        "tls.go",
        locate(&src, "TLS_RSA_WITH_AES_128_GCM_SHA256"),
        "medium",
        &["forward secrecy"],
    );
}

fn ingress(annotations: &str, tls: bool) -> String {
    let tls = if tls {
        "  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n"
    } else {
        ""
    };
    format!(
        "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\n  annotations:\n{annotations}spec:\n  ingressClassName: nginx\n{tls}  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 8080\n"
    )
}

#[test]
fn cipher_ingress_nginx_annotation_and_config_map() {
    let src = ingress(
        "    nginx.ingress.kubernetes.io/ssl-ciphers: \"ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA\"\n",
        true,
    );
    let f = only(
        &scan1("ingress.yaml", &src),
        CIPHER,
        "ingress.yaml",
        locate(&src, "DES-CBC3-SHA"),
        "high",
        &["3DES", "Ingress"],
    );
    assert_eq!(f.object.as_deref(), Some("Ingress/shop/web"));
    let fine = ingress(
        "    nginx.ingress.kubernetes.io/ssl-ciphers: \"ECDHE-RSA-AES128-GCM-SHA256:!3DES\"\n",
        true,
    );
    no_tls(&scan1("ingress.yaml", &fine));

    let cm = config_map(
        "  name: ingress-nginx-controller\n",
        "  ssl-ciphers: \"ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA\"\n",
    );
    only(
        &scan1("cm.yaml", &cm),
        CIPHER,
        "cm.yaml",
        locate(&cm, "DES-CBC3-SHA"),
        "high",
        &["3DES"],
    );
}

#[test]
fn cipher_istio_and_traefik_cipher_suites() {
    let gateway = istio_gateway(
        "        minProtocolVersion: TLSV1_2\n        cipherSuites:\n          - ECDHE-RSA-AES128-GCM-SHA256\n          - DES-CBC3-SHA\n",
    );
    only(
        &scan1("gateway.yaml", &gateway),
        CIPHER,
        "gateway.yaml",
        locate(&gateway, "DES-CBC3-SHA"),
        "high",
        &["3DES", "Istio Gateway"],
    );
    let traefik_list = traefik(
        "  minVersion: VersionTLS12\n  cipherSuites:\n    - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n    - TLS_RSA_WITH_3DES_EDE_CBC_SHA\n",
    );
    only(
        &scan1("traefik.yaml", &traefik_list),
        CIPHER,
        "traefik.yaml",
        locate(&traefik_list, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
        "high",
        &["3DES", "Traefik"],
    );

    let good_gateway = istio_gateway(
        "        minProtocolVersion: TLSV1_2\n        cipherSuites:\n          - ECDHE-ECDSA-AES256-GCM-SHA384\n          - ECDHE-RSA-CHACHA20-POLY1305\n",
    );
    no_tls(&scan1("gateway.yaml", &good_gateway));
    let good_traefik = traefik(
        "  minVersion: VersionTLS12\n  cipherSuites:\n    - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\n    - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256\n",
    );
    no_tls(&scan1("traefik.yaml", &good_traefik));
}

// ---------------------------------------------------------------------------------------------
// tls-unknown-cipher
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_cipher_js_typo_at_its_name() {
    let src = d(r#"
        import { NestFactory } from '@nestjs/core';

        async function bootstrap() {
          const httpsOptions = {
            key,
            cert,
            ciphers: 'TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1052_SHA256:ECDHE-RSA-AES128-GCM-SHA256',
          };
          await NestFactory.create(AppModule, { httpsOptions });
        }
        "#);
    let f = only(
        &scan1("main.ts", &src),
        UNKNOWN,
        "main.ts",
        locate(&src, "TLS_CHACHA20_POLY1052_SHA256"),
        "medium",
        &["`TLS_CHACHA20_POLY1052_SHA256`", "silently drops"],
    );
    assert_eq!(f.object.as_deref(), Some("bootstrap"));

    let fixed = src.replace("POLY1052", "POLY1305");
    no_tls(&scan1("main.ts", &fixed));
}

#[test]
fn unknown_cipher_js_misspelled_exclusion() {
    let src = js_ciphers("ECDHE-RSA-AES128-GCM-SHA256:!3DSE");
    let findings = scan1("server.ts", &src);
    let f = one(&findings, UNKNOWN);
    assert_eq!(f.severity, "medium");
    assert!(f.message.contains("3DSE"), "{f:#?}");
    // At the misspelled name after its `!`, inside the string.
    assert_eq!(f.at(), locate(&src, "3DSE"), "{f:#?}");
    assert_eq!(tls(&findings).len(), 1, "{findings:#?}");
    no_tls(&scan1(
        "server.ts",
        &js_ciphers("ECDHE-RSA-AES128-GCM-SHA256:!3DES:!aNULL:@STRENGTH"),
    ));
}

#[test]
fn unknown_cipher_kubernetes_lists() {
    let traefik_list = traefik(
        "  minVersion: VersionTLS12\n  cipherSuites:\n    - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n    - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1052_SHA256\n",
    );
    let f = only(
        &scan1("traefik.yaml", &traefik_list),
        UNKNOWN,
        "traefik.yaml",
        locate(&traefik_list, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1052_SHA256"),
        "medium",
        &["TLS_ECDHE_RSA_WITH_CHACHA20_POLY1052_SHA256", "Traefik"],
    );
    assert_eq!(f.object.as_deref(), Some("TLSOption/edge/partners"));

    let gateway = istio_gateway(
        "        minProtocolVersion: TLSV1_2\n        cipherSuites:\n          - ECDHE-RSA-AES128-GCM-SHA256\n          - ECDHE-RSA-AES128-GCM-SHA265\n",
    );
    only(
        &scan1("gateway.yaml", &gateway),
        UNKNOWN,
        "gateway.yaml",
        locate(&gateway, "ECDHE-RSA-AES128-GCM-SHA265"),
        "medium",
        &["ECDHE-RSA-AES128-GCM-SHA265"],
    );

    let annotated = ingress(
        "    nginx.ingress.kubernetes.io/ssl-ciphers: \"ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GMC-SHA256\"\n",
        true,
    );
    only(
        &scan1("ingress.yaml", &annotated),
        UNKNOWN,
        "ingress.yaml",
        locate(&annotated, "ECDHE-RSA-AES128-GMC-SHA256"),
        "medium",
        &["ECDHE-RSA-AES128-GMC-SHA256"],
    );
}

// ---------------------------------------------------------------------------------------------
// tls-plaintext-allowed
// ---------------------------------------------------------------------------------------------

#[test]
fn plaintext_ingress_ssl_redirect_false_on_tls_ingress() {
    let redirect = "    nginx.ingress.kubernetes.io/ssl-redirect: \"false\"\n";
    let src = ingress(redirect, true);
    let f = only(
        &scan1("ingress.yaml", &src),
        PLAINTEXT,
        "ingress.yaml",
        locate(&src, "\"false\""),
        "medium",
        &["`ssl-redirect: \"false\"`", "Ingress/shop/web"],
    );
    assert_eq!(f.object.as_deref(), Some("Ingress/shop/web"));

    // Plain HTTP only: not redirecting is no downgrade.
    no_tls(&scan1("ingress.yaml", &ingress(redirect, false)));
    let on = "    nginx.ingress.kubernetes.io/ssl-redirect: \"true\"\n";
    no_tls(&scan1("ingress.yaml", &ingress(on, true)));
    let other = "    example.com/ssl-redirect: \"false\"\n";
    no_tls(&scan1("ingress.yaml", &ingress(other, true)));
}

fn peer_authentication(spec: &str) -> String {
    format!(
        "apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: shop\nspec:\n{spec}"
    )
}

#[test]
fn plaintext_peer_authentication_modes() {
    for mode in ["PERMISSIVE", "DISABLE"] {
        let src = peer_authentication(&format!("  mtls:\n    mode: {mode}\n"));
        let f = only(
            &scan1("peer.yaml", &src),
            PLAINTEXT,
            "peer.yaml",
            locate(&src, mode),
            "medium",
            &[&format!("`mtls.mode: {mode}`")],
        );
        assert_eq!(f.object.as_deref(), Some("PeerAuthentication/shop/default"));
    }
    no_tls(&scan1(
        "peer.yaml",
        &peer_authentication("  mtls:\n    mode: STRICT\n"),
    ));
}

#[test]
fn plaintext_peer_authentication_port_level() {
    let src = peer_authentication(
        "  selector:\n    matchLabels: {app: orders}\n  mtls:\n    mode: STRICT\n  portLevelMtls:\n    8080:\n      mode: DISABLE\n    8443:\n      mode: STRICT\n",
    );
    only(
        &scan1("peer.yaml", &src),
        PLAINTEXT,
        "peer.yaml",
        locate(&src, "DISABLE"),
        "medium",
        &["DISABLE"],
    );
}

fn destination_rule(policy: &str) -> String {
    format!(
        "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: inventory\n  namespace: shop\nspec:\n  host: inventory.shop.svc.cluster.local\n  trafficPolicy:\n{policy}"
    )
}

#[test]
fn plaintext_destination_rule_disable() {
    let src = destination_rule("    tls:\n      mode: DISABLE\n");
    let f = only(
        &scan1("dr.yaml", &src),
        PLAINTEXT,
        "dr.yaml",
        locate(&src, "DISABLE"),
        "medium",
        &["`tls.mode: DISABLE`"],
    );
    assert_eq!(f.object.as_deref(), Some("DestinationRule/shop/inventory"));

    let per_port = destination_rule(
        "    tls:\n      mode: ISTIO_MUTUAL\n    portLevelSettings:\n      - port: {number: 9090}\n        tls:\n          mode: DISABLE\n",
    );
    only(
        &scan1("dr.yaml", &per_port),
        PLAINTEXT,
        "dr.yaml",
        locate(&per_port, "DISABLE"),
        "medium",
        &["DISABLE"],
    );

    for mode in ["ISTIO_MUTUAL", "MUTUAL", "SIMPLE"] {
        no_tls(&scan1(
            "dr.yaml",
            &destination_rule(&format!("    tls:\n      mode: {mode}\n")),
        ));
    }
}

// ---------------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------------

#[test]
fn ts_syntax_error_elsewhere_keeps_the_finding() {
    let src = d(r#"
        import * as https from 'https';

        const broken = (a: number => a +;
        function alsoBroken( {

        export const agent = new https.Agent({ rejectUnauthorized: false });
        "#);
    only(
        &scan1("agent.ts", &src),
        VERIFY,
        "agent.ts",
        locate(&src, "rejectUnauthorized"),
        "critical",
        &["https.Agent"],
    );
}

#[test]
fn large_js_file_without_tls_tokens_yields_nothing() {
    // Just under the 1 MiB bound on service code, with room for the TLS lines added below.
    let mut src = String::from("'use strict';\n");
    let mut i = 0;
    while src.len() < 1024 * 1024 - 400 {
        src.push_str(&format!(
            "function handler{i}(req, res) {{ const total = req.body.items.reduce((a, b) => a + b.price * {i}, 0); return res.json({{ total, id: '{i}' }}); }}\n"
        ));
        i += 1;
    }
    let started = std::time::Instant::now();
    no_tls(&scan1("bundle.js", &src));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );

    // The same file with one TLS option at its end is parsed, and the finding is placed.
    src.push_str("const https = require('https');\nmodule.exports = new https.Agent({ rejectUnauthorized: false });\n");
    only(
        &scan1("bundle.js", &src),
        VERIFY,
        "bundle.js",
        locate(&src, "rejectUnauthorized"),
        "critical",
        &["https.Agent"],
    );
}

#[test]
fn go_broken_import_block_keeps_the_finding() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "net/http
        )

        func client() *http.Client {
            return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
        }
        "#);
    let findings = scan1("client.go", &src);
    only(
        &findings,
        VERIFY,
        "client.go",
        locate_after(&src, "InsecureSkipVerify: ", "true"),
        "critical",
        &["InsecureSkipVerify"],
    );
}

#[test]
fn go_broken_import_with_tls_only_in_a_comment_yields_nothing() {
    let src = d(r#"
        package main

        // Uses crypto/tls elsewhere.
        import (
            "example.com/platform/tls
        )

        func client() {
            _ = tls.Config{InsecureSkipVerify: true}
        }
        "#);
    no_tls(&scan1("client.go", &src));
}

#[test]
fn js_and_go_in_one_tree_each_report_their_own_path() {
    let ts = "import * as https from 'https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    let go = "package main\n\nimport \"crypto/tls\"\n\nvar cfg = &tls.Config{InsecureSkipVerify: true}\n";
    let env = "NODE_TLS_REJECT_UNAUTHORIZED=0\n";
    let findings = scan(&[
        ("web/agent.ts", ts),
        ("svc/cfg.go", go),
        ("deploy/.env", env),
    ]);
    let found = of_rule(&findings, VERIFY);
    let mut places: Vec<(&str, (usize, usize))> =
        found.iter().map(|f| (f.path.as_str(), f.at())).collect();
    places.sort_unstable();
    assert_eq!(
        places,
        [
            ("deploy/.env", (1, 1)),
            (
                "svc/cfg.go",
                locate_after(go, "InsecureSkipVerify: ", "true")
            ),
            ("web/agent.ts", locate(ts, "rejectUnauthorized")),
        ],
        "{found:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// More forms of the same settings
// ---------------------------------------------------------------------------------------------

#[test]
fn verification_js_non_boolean_and_any_version_method_are_fine() {
    // Node verifies unless `rejectUnauthorized` is exactly `false`; `SSLv23_method` is the
    // any-version method, its floor is Node's default.
    let src = d(r#"
        const https = require('https');

        new https.Agent({ rejectUnauthorized: 0 });
        new https.Agent({ rejectUnauthorized: process.env.TLS_STRICT !== 'false' });
        new https.Agent({ secureProtocol: 'SSLv23_method' });
        "#);
    no_tls(&scan1("agent.js", &src));
}

#[test]
fn verification_js_env_object_of_a_child_process() {
    let src = d(r#"
        const { spawn } = require('child_process');

        spawn('node', ['sync.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
        spawn('node', ['ok.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' } });
        "#);
    let f = only(
        &scan1("run.js", &src),
        VERIFY,
        "run.js",
        locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED: '0'"),
        "critical",
        &["NODE_TLS_REJECT_UNAUTHORIZED"],
    );
    assert_eq!(f.object.as_deref(), Some("spawn"));
}

#[test]
fn verification_js_env_object_message_names_the_variable() {
    let src = "const { spawn } = require('child_process');\nspawn('node', ['sync.js'], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });\n";
    let f = one(&scan1("run.js", src), VERIFY);
    assert!(!f.message.contains("`rejectUnauthorized: false`"), "{f:#?}");
    assert!(f.message.contains("NODE_TLS_REJECT_UNAUTHORIZED"), "{f:#?}");
}

#[test]
fn verification_check_server_identity_that_only_logs_returns_nothing() {
    for callback in [
        "(host, cert) => { console.log(host); }",
        "(host, cert) => { debug('peer %s', cert.subject.CN); return undefined; }",
    ] {
        let src = format!(
            "import * as https from 'https';\n\nexport const agent = new https.Agent({{\n  checkServerIdentity: {callback},\n}});\n"
        );
        only(
            &scan1("agent.ts", &src),
            VERIFY,
            "agent.ts",
            locate(&src, "checkServerIdentity"),
            "critical",
            &["returns nothing"],
        );
    }
}

#[test]
fn verification_env_more_dockerfile_and_dotenv_forms() {
    let dockerfile = d(r#"
        FROM node:22-slim
        RUN set -eux; NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci
        RUN ["sh", "-c", "NODE_TLS_REJECT_UNAUTHORIZED=0 npm run build"]
        "#);
    let found = of_rule(&scan1("Dockerfile", &dockerfile), VERIFY);
    let at: Vec<(usize, usize)> = found.iter().map(Rec::at).collect();
    assert_eq!(
        at,
        [
            locate(&dockerfile, "NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci"),
            locate(&dockerfile, "NODE_TLS_REJECT_UNAUTHORIZED=0 npm run"),
        ],
        "{found:#?}"
    );

    for (env, at) in [
        ("NODE_TLS_REJECT_UNAUTHORIZED=\"0\"\n", (1, 1)),
        ("NODE_TLS_REJECT_UNAUTHORIZED='0'\n", (1, 1)),
        (
            "NODE_TLS_REJECT_UNAUTHORIZED=0 # for the staging proxy\n",
            (1, 1),
        ),
        ("export NODE_TLS_REJECT_UNAUTHORIZED=0\n", (1, 8)),
    ] {
        only(
            &scan1(".env.production", env),
            VERIFY,
            ".env.production",
            at,
            "critical",
            &[ENV_MESSAGE],
        );
    }
}

#[test]
fn verification_env_kubernetes_init_container_of_a_cron_job() {
    let src = d(r#"
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: sync
        spec:
          schedule: "*/5 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: fetch
                      image: ghcr.io/acme/fetch:1.0
                      env:
                        - {name: NODE_TLS_REJECT_UNAUTHORIZED, value: "0"}
                  containers:
                    - name: sync
                      image: ghcr.io/acme/sync:1.0
        "#);
    let f = only(
        &scan1("cron.yaml", &src),
        VERIFY,
        "cron.yaml",
        locate(&src, "{name: NODE_TLS_REJECT_UNAUTHORIZED"),
        "critical",
        &[ENV_MESSAGE],
    );
    let object = f.object.unwrap_or_default();
    assert!(
        object.contains("CronJob/sync") && object.contains("fetch"),
        "{object}"
    );
}

#[test]
fn test_code_is_judged_inside_the_scanned_tree() {
    let ts = "import * as https from 'https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    let dir = tempfile::tempdir().unwrap();
    for parent in ["tests/shop", "e2e", "ci/test"] {
        let root = dir.path().join(parent);
        common::write_tree(&root, &[("src/agent.ts", ts)]);
        let findings = common::audit_dir(&root, &caulk::AuditOptions::default());
        only(
            &findings,
            VERIFY,
            "src/agent.ts",
            locate(ts, "rejectUnauthorized"),
            "critical",
            &["https.Agent"],
        );
    }
}

#[test]
fn mtls_js_request_cert_from_a_spread() {
    let src = d(r#"
        const https = require('https');
        const base = { key, cert, requestCert: true };

        https.createServer({ ...base, rejectUnauthorized: false }, app);
        "#);
    let findings = scan1("server.js", &src);
    no(&findings, VERIFY);
    let f = only(
        &findings,
        MTLS,
        "server.js",
        locate(&src, "rejectUnauthorized"),
        "high",
        &["requestCert"],
    );
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        locate(&src, "requestCert")
    );
}

#[test]
fn mtls_go_client_auth_raised_later_is_fine() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"
            "net/http"
        )

        func main() {
            cfg := &tls.Config{MinVersion: tls.VersionTLS12, ClientAuth: tls.RequireAnyClientCert}
            cfg.ClientAuth = tls.RequireAndVerifyClientCert
            srv := &http.Server{TLSConfig: cfg}
            _ = srv.ListenAndServeTLS("server.crt", "server.key")
        }
        "#);
    no_tls(&scan1("main.go", &src));
    let lowered = src.replace(
        "= tls.RequireAndVerifyClientCert",
        "= tls.RequestClientCert",
    );
    only(
        &scan1("main.go", &lowered),
        MTLS,
        "main.go",
        locate(&lowered, "RequestClientCert"),
        "high",
        &["RequestClientCert"],
    );
}

#[test]
fn protocol_go_numeric_versions() {
    let src = d(r#"
        package main

        import "crypto/tls"

        var legacy = &tls.Config{MinVersion: 0x0301}
        var modern = &tls.Config{MinVersion: 0x0304}
        "#);
    let f = only(
        &scan1("tls.go", &src),
        PROTOCOL,
        "tls.go",
        locate(&src, "0x0301"),
        "high",
        &["0x0301"],
    );
    assert_eq!(f.object.as_deref(), Some("legacy"));
}

#[test]
fn cipher_js_openssl_operators() {
    // `!` removes for good, `-` can be added back, `+` only moves what is already there;
    // names may be separated by commas and spaces too.
    no_tls(&scan1(
        "server.ts",
        &js_ciphers("!RC4:RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256"),
    ));
    no_tls(&scan1(
        "server.ts",
        &js_ciphers("ECDHE-RSA-AES128-GCM-SHA256:+RC4"),
    ));
    for list in [
        "-RC4:RC4-SHA",
        "ECDHE-RSA-AES128-GCM-SHA256, RC4-SHA",
        "ECDHE-RSA-AES128-GCM-SHA256 RC4-SHA",
    ] {
        let src = js_ciphers(list);
        only(
            &scan1("server.ts", &src),
            CIPHER,
            "server.ts",
            locate(&src, "RC4-SHA"),
            "high",
            &["RC4"],
        );
    }
}

#[test]
fn cipher_js_keyword_all_is_high() {
    let src = js_ciphers("ALL");
    only(
        &scan1("server.ts", &src),
        CIPHER,
        "server.ts",
        locate(&src, "ALL"),
        "high",
        &["`ALL` enables", "anonymous"],
    );
}

#[test]
fn cipher_go_numeric_suite_ids() {
    let src = d(r#"
        package main

        import "crypto/tls"

        var cfg = &tls.Config{MinVersion: tls.VersionTLS12, CipherSuites: []uint16{0xc02f, 0x000a}}
        "#);
    // 0xc02f is TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, 0x000a TLS_RSA_WITH_3DES_EDE_CBC_SHA.
    only(
        &scan1("tls.go", &src),
        CIPHER,
        "tls.go",
        locate(&src, "0x000a"),
        "high",
        &["3DES"],
    );
}

#[test]
fn unknown_cipher_go_unresolved_element_is_not_a_name() {
    let src = d(r#"
        package main

        import (
            "crypto/tls"

            "example.com/platform/suites"
        )

        var cfg = &tls.Config{
            MinVersion:   tls.VersionTLS12,
            CipherSuites: []uint16{suites.Modern, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256},
        }
        "#);
    no_tls(&scan1("tls.go", &src));
}

#[test]
fn verification_env_compose_env_file_reported_once_where_written() {
    let compose = d(r#"
        services:
          api:
            image: ghcr.io/acme/api:1.0
            env_file: settings/prod.vars
          worker:
            image: ghcr.io/acme/worker:1.0
            env_file: [settings/prod.vars]
        "#);
    let vars = "LOG_LEVEL=info\nNODE_TLS_REJECT_UNAUTHORIZED=0\n";
    only(
        &scan(&[
            ("docker-compose.yml", &compose),
            ("settings/prod.vars", vars),
        ]),
        VERIFY,
        "settings/prod.vars",
        (2, 1),
        "critical",
        &[ENV_MESSAGE],
    );
    // A `.env` named by `env_file` is also read on its own: still one finding.
    let compose = "services:\n  api:\n    image: x\n    env_file: .env\n";
    only(
        &scan(&[("docker-compose.yml", compose), (".env", vars)]),
        VERIFY,
        ".env",
        (2, 1),
        "critical",
        &[ENV_MESSAGE],
    );
}

#[test]
fn verification_env_kubernetes_env_from_config_map() {
    let src = d(r#"
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: api-env
          namespace: shop
        data:
          LOG_LEVEL: info
          NODE_TLS_REJECT_UNAUTHORIZED: "0"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: ghcr.io/acme/api:1.0
                  envFrom:
                    - configMapRef: {name: api-env}
                - name: sidecar
                  image: ghcr.io/acme/sidecar:1.0
                  envFrom:
                    - configMapRef: {name: api-env}
        "#);
    let f = only(
        &scan1("k8s.yaml", &src),
        VERIFY,
        "k8s.yaml",
        locate(&src, "NODE_TLS_REJECT_UNAUTHORIZED"),
        "critical",
        &[ENV_MESSAGE],
    );
    assert!(
        f.object
            .as_deref()
            .unwrap_or_default()
            .contains("Deployment/shop/api"),
        "{f:#?}"
    );
    // A ConfigMap no container takes as its environment is only data.
    let alone = src.split("---").next().unwrap();
    no_tls(&scan1("k8s.yaml", alone));
}

#[test]
fn every_script_extension_is_read() {
    let agent = "import * as https from 'https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    let tsx = format!("{agent}export const Status = () => <div>{{String(agent)}}</div>;\n");
    for (path, src) in [
        ("a.ts", agent),
        ("a.tsx", tsx.as_str()),
        ("a.mts", agent),
        ("a.cts", agent),
        ("a.js", agent),
        ("a.jsx", agent),
        ("a.mjs", agent),
        ("a.cjs", agent),
    ] {
        only(
            &scan1(path, src),
            VERIFY,
            path,
            locate(src, "rejectUnauthorized"),
            "critical",
            &["https.Agent"],
        );
    }
}

#[test]
fn deep_nesting_does_not_overflow_and_keeps_the_finding() {
    let ts = format!(
        "import * as https from 'https';\nconst x = {}1{};\nexport const agent = new https.Agent({{ rejectUnauthorized: false }});\n",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    only(
        &scan1("deep.ts", &ts),
        VERIFY,
        "deep.ts",
        locate(&ts, "rejectUnauthorized"),
        "critical",
        &["https.Agent"],
    );
    let go = format!(
        "package main\n\nimport \"crypto/tls\"\n\nvar x = {}1{}\nvar cfg = &tls.Config{{InsecureSkipVerify: true}}\n",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    only(
        &scan1("deep.go", &go),
        VERIFY,
        "deep.go",
        locate_after(&go, "InsecureSkipVerify: ", "true"),
        "critical",
        &["InsecureSkipVerify"],
    );
}

#[test]
fn protocol_go_min_version_from_a_constant_points_at_the_constant() {
    let src = d(r#"
        package main

        import "crypto/tls"

        const floor = tls.VersionTLS10

        var cfg = &tls.Config{MinVersion: floor}
        "#);
    let f = only(
        &scan1("tls.go", &src),
        PROTOCOL,
        "tls.go",
        locate(&src, "VersionTLS10"),
        "high",
        &["VersionTLS10"],
    );
    assert_eq!(f.object.as_deref(), Some("cfg"));
}
