//! Runtime isolation rules (rules.md, "Runtime isolation"): every rule in every format it
//! applies to, with positive cases (rule, line, column, severity, message), negatives and hard
//! negatives. Positions are 1-based; line 1 is the first line after the raw string's newline.

mod common;

use common::{Rec, assert_finding, d, of_rule, scan};

const COMPOSE: &str = "docker-compose.yml";
const K8S: &str = "k8s.yaml";
const DOCKERFILE: &str = "Dockerfile";

fn compose(text: &str) -> Vec<Rec> {
    scan(&[(COMPOSE, &d(text))])
}

fn k8s(text: &str) -> Vec<Rec> {
    scan(&[(K8S, &d(text))])
}

fn dockerfile(text: &str) -> Vec<Rec> {
    scan(&[(DOCKERFILE, &d(text))])
}

/// Exactly one finding of `rule`.
#[track_caller]
fn one(findings: &[Rec], rule: &str) -> Rec {
    let found = of_rule(findings, rule);
    assert_eq!(found.len(), 1, "expected one `{rule}`, got {found:#?}");
    found.into_iter().next().unwrap()
}

/// No finding of `rule`.
#[track_caller]
fn no(findings: &[Rec], rule: &str) {
    let found = of_rule(findings, rule);
    assert!(found.is_empty(), "expected no `{rule}`, got {found:#?}");
}

/// The object was analysed (some finding names it): a negative test must not pass because
/// its input was never read.
#[track_caller]
fn seen(findings: &[Rec], object: &str) {
    assert!(
        findings.iter().any(|f| f.object.as_deref() == Some(object)),
        "nothing reported for {object}, was it read? {findings:#?}"
    );
}

/// A Compose service with every hardening setting, for tests that look at one field.
const HARDENED_SERVICE: &str = r#"
    user: "1000:1000"
    read_only: true
    cap_drop: [ALL]
    security_opt: ["no-new-privileges:true"]
"#;

// ---------------------------------------------------------------------------------------------
// run-as-root: Dockerfile
// ---------------------------------------------------------------------------------------------

#[test]
fn run_as_root_dockerfile_without_user_points_at_final_from() {
    let f = one(
        &dockerfile(
            r#"
            FROM alpine:3.20
            RUN apk add --no-cache curl
            CMD ["curl", "--version"]
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (1, 1), "high", "has no USER instruction");
    assert_eq!(f.path, DOCKERFILE);
}

#[test]
fn run_as_root_dockerfile_last_user_root() {
    let f = one(
        &dockerfile(
            r#"
            FROM alpine:3.20
            USER app
            RUN id
            USER root
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (4, 6), "high", "last USER is `root`");
}

#[test]
fn run_as_root_dockerfile_user_zero_zero() {
    let f = one(&dockerfile("\nFROM alpine\nUSER 0:0\n"), "run-as-root");
    assert_finding(&f, "run-as-root", (2, 6), "high", "`0:0`");
}

#[test]
fn run_as_root_dockerfile_user_from_variable() {
    let f = one(
        &dockerfile(
            r#"
            ARG RUNNER=root
            FROM alpine
            ARG RUNNER
            USER ${RUNNER}
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (4, 6), "high", "last USER is `root`");
}

#[test]
fn run_as_root_dockerfile_from_scratch_without_user() {
    let f = one(
        &dockerfile(
            r#"
            FROM golang:1.23 AS build
            RUN go build -o /app .
            FROM scratch
            COPY --from=build /app /app
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (3, 1), "high", "has no USER");
}

#[test]
fn run_as_root_dockerfile_numeric_non_root_user_is_fine() {
    no(&dockerfile("\nFROM alpine\nUSER 1000\n"), "run-as-root");
}

#[test]
fn hard_negative_user_in_final_stage_after_root_build_stage() {
    no(
        &dockerfile(
            r#"
            FROM node:20 AS build
            RUN npm ci && npm run build
            FROM node:20-slim
            COPY --from=build /app /app
            USER node
            CMD ["node", "/app/server.js"]
            "#,
        ),
        "run-as-root",
    );
}

#[test]
fn hard_negative_final_stage_from_build_stage_that_set_user() {
    no(
        &dockerfile(
            r#"
            FROM node:20 AS build
            USER node
            RUN npm ci
            FROM build
            CMD ["node", "server.js"]
            "#,
        ),
        "run-as-root",
    );
}

#[test]
fn run_as_root_final_stage_from_image_after_stage_with_user_points_at_from() {
    let f = one(
        &dockerfile(
            r#"
            FROM node:20 AS build
            USER node
            RUN npm ci
            FROM node:20
            COPY --from=build /home/node/app /app
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (4, 1), "high", "no USER");
}

#[test]
fn run_as_root_user_inherited_through_a_chain_of_stages() {
    no(
        &dockerfile(
            r#"
            FROM node:20 AS base
            USER node
            FROM base AS deps
            RUN npm ci
            FROM deps
            CMD ["node", "server.js"]
            "#,
        ),
        "run-as-root",
    );
}

#[test]
fn run_as_root_stage_names_are_case_insensitive() {
    no(
        &dockerfile(
            r#"
            FROM node:20 AS Build
            USER node
            FROM build
            "#,
        ),
        "run-as-root",
    );
}

#[test]
fn run_as_root_known_non_root_base_images() {
    no(
        &dockerfile("\nFROM gcr.io/distroless/nodejs20-debian12:nonroot\n"),
        "run-as-root",
    );
    no(
        &dockerfile("\nFROM cgr.dev/chainguard/node:latest\n"),
        "run-as-root",
    );
    let f = one(
        &dockerfile("\nFROM cgr.dev/chainguard/node:latest-dev\n"),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (1, 1), "high", "no USER");
    let f = one(
        &dockerfile("\nFROM gcr.io/distroless/static\n"),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (1, 1), "high", "no USER");
}

// ---------------------------------------------------------------------------------------------
// run-as-root: Compose
// ---------------------------------------------------------------------------------------------

#[test]
fn run_as_root_compose_user_root() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                user: root
            "#,
        ),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (4, 11), "high", "`user: root`");
    assert_eq!(f.object.as_deref(), Some("services.web"));
}

#[test]
fn run_as_root_compose_user_zero_quoted() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                user: "0:0"
            "#,
        ),
        "run-as-root",
    );
    assert_finding(
        &f,
        "run-as-root",
        (4, 11),
        "high",
        "service `web` runs as root",
    );
}

#[test]
fn run_as_root_compose_root_spellings() {
    for user in ["root", "0", "\"0:0\"", "root:root", "\"0:1000\""] {
        let f = one(
            &compose(&format!(
                r#"
                services:
                  web:
                    image: nginx:1.27
                    user: {user}
                "#
            )),
            "run-as-root",
        );
        assert_eq!(f.at(), (4, 11), "{user}");
    }
}

#[test]
fn run_as_root_compose_non_root_user() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
                user: "1000:1000"
            "#,
    );
    no(&findings, "run-as-root");
    seen(&findings, "services.web");
}

#[test]
fn run_as_root_compose_image_not_built_in_tree_is_not_reported() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
            "#,
    );
    no(&findings, "run-as-root");
    seen(&findings, "services.web");
}

#[test]
fn run_as_root_compose_build_from_dockerfile_without_user() {
    let findings = scan(&[
        (
            COMPOSE,
            &d(r#"
            services:
              api:
                build: ./api
                read_only: true
            "#),
        ),
        ("api/Dockerfile", "FROM python:3.12\nCOPY . /app\n"),
    ]);
    let in_compose: Vec<Rec> = of_rule(&findings, "run-as-root")
        .into_iter()
        .filter(|f| f.path == COMPOSE)
        .collect();
    assert_eq!(in_compose.len(), 1, "{findings:#?}");
    let f = &in_compose[0];
    assert_finding(
        f,
        "run-as-root",
        (2, 3),
        "high",
        "built from api/Dockerfile",
    );
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(f.related[0].path, "api/Dockerfile");
    assert_eq!((f.related[0].line, f.related[0].column), (1, 1));
    // The Dockerfile is reported in its own right too.
    let in_dockerfile = of_rule(&findings, "run-as-root")
        .into_iter()
        .find(|f| f.path == "api/Dockerfile")
        .expect("api/Dockerfile itself runs as root");
    assert_eq!(in_dockerfile.at(), (1, 1));
}

#[test]
fn run_as_root_compose_build_long_syntax_names_the_dockerfile() {
    let findings = scan(&[
        (
            COMPOSE,
            &d(r#"
            services:
              api:
                build:
                  context: ./api
                  dockerfile: Dockerfile.prod
            "#),
        ),
        ("api/Dockerfile.prod", "FROM python:3.12\nUSER root\n"),
    ]);
    let f = of_rule(&findings, "run-as-root")
        .into_iter()
        .find(|f| f.path == COMPOSE)
        .expect("compose service built from a root image");
    assert_finding(&f, "run-as-root", (2, 3), "high", "sets no `user:`");
    assert_eq!(f.related[0].path, "api/Dockerfile.prod");
    assert_eq!((f.related[0].line, f.related[0].column), (2, 6));
}

#[test]
fn hard_negative_compose_build_from_dockerfile_ending_with_user() {
    let findings = scan(&[
        (
            COMPOSE,
            &d(r#"
            services:
              api:
                build: ./api
            "#),
        ),
        (
            "api/Dockerfile",
            "FROM python:3.12\nCOPY . /app\nUSER 1000\n",
        ),
    ]);
    no(&findings, "run-as-root");
    seen(&findings, "services.api");
}

#[test]
fn run_as_root_compose_user_overrides_root_image() {
    let findings = scan(&[
        (
            COMPOSE,
            &d(r#"
            services:
              api:
                build: ./api
                user: "1000"
            "#),
        ),
        ("api/Dockerfile", "FROM python:3.12\n"),
    ]);
    assert!(
        of_rule(&findings, "run-as-root")
            .iter()
            .all(|f| f.path != COMPOSE),
        "{findings:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// run-as-root: Kubernetes
// ---------------------------------------------------------------------------------------------

#[test]
fn run_as_root_kubernetes_no_security_context_points_at_container_name() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
            "#),
        "run-as-root",
    );
    assert_finding(
        &f,
        "run-as-root",
        (7, 7),
        "high",
        "container `app` sets neither `runAsNonRoot: true` nor a non-zero `runAsUser`",
    );
    assert_eq!(f.object.as_deref(), Some("Pod/web:app"));
}

#[test]
fn run_as_root_kubernetes_run_as_user_zero() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsUser: 0
            "#),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (10, 20), "high", "`runAsUser: 0`");
}

#[test]
fn run_as_root_kubernetes_run_as_non_root_false() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsNonRoot: false
            "#),
        "run-as-root",
    );
    assert_finding(&f, "run-as-root", (10, 23), "high", "`runAsNonRoot: false`");
}

#[test]
fn run_as_root_kubernetes_non_zero_run_as_user() {
    let findings = k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsUser: 10001
            "#);
    no(&findings, "run-as-root");
    seen(&findings, "Pod/web:app");
}

#[test]
fn hard_negative_pod_level_run_as_non_root_applies_to_every_container() {
    let findings = k8s(r#"
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                  initContainers:
                    - name: migrate
                      image: app:1
                  containers:
                    - name: app
                      image: app:1
                    - name: sidecar
                      image: envoy:1
            "#);
    no(&findings, "run-as-root");
    seen(&findings, "Deployment/web:migrate");
    seen(&findings, "Deployment/web:app");
    seen(&findings, "Deployment/web:sidecar");
}

#[test]
fn hard_negative_container_overrides_pod_level_root_uid() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsUser: 0
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    runAsUser: 1000
                - name: helper
                  image: busybox:1
            "#),
        "run-as-root",
    );
    assert_finding(
        &f,
        "run-as-root",
        (7, 16),
        "high",
        "container `helper` runs as UID 0",
    );
    // The setting is the pod's: one finding, named for the pod, however many containers inherit it.
    assert_eq!(f.object.as_deref(), Some("Pod/web"));
    assert!(
        f.message.contains("set for every container of Pod/web"),
        "{}",
        f.message
    );
}

#[test]
fn run_as_root_kubernetes_init_container_is_checked() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              image: busybox:1
          containers:
            - name: app
              image: app:1
              securityContext:
                runAsNonRoot: true
        "#);
    let f = one(&findings, "run-as-root");
    assert_finding(&f, "run-as-root", (7, 7), "high", "container `init`");
}

// ---------------------------------------------------------------------------------------------
// privileged-container
// ---------------------------------------------------------------------------------------------

#[test]
fn privileged_compose() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                privileged: true
            "#,
        ),
        "privileged-container",
    );
    assert_finding(
        &f,
        "privileged-container",
        (4, 17),
        "critical",
        "service `web` is privileged",
    );
}

#[test]
fn privileged_compose_false_is_fine() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
                privileged: false
            "#,
    );
    no(&findings, "privileged-container");
    seen(&findings, "services.web");
}

#[test]
fn hard_negative_commented_out_privileged_in_compose() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
                # privileged: true
            "#,
    );
    no(&findings, "privileged-container");
    seen(&findings, "services.web");
}

#[test]
fn privileged_compose_quoted_true_counts() {
    // as_bool: a quoted "true" is true (Compose converts it).
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                privileged: "true"
            "#,
        ),
        "privileged-container",
    );
    assert_eq!(f.at(), (4, 17));
}

#[test]
fn privileged_compose_extends_reports_the_extending_service_too() {
    let findings = compose(
        r#"
        services:
          base:
            image: app:1
            privileged: true
          worker:
            extends: base
            command: ["work"]
        "#,
    );
    let objects: Vec<Option<String>> = of_rule(&findings, "privileged-container")
        .into_iter()
        .map(|f| f.object)
        .collect();
    assert!(
        objects.contains(&Some("services.base".to_string())),
        "{findings:#?}"
    );
    assert!(
        objects.contains(&Some("services.worker".to_string())),
        "extending service not reported: {findings:#?}"
    );
}

#[test]
fn privileged_compose_extends_long_form_inherits_settings() {
    // Other settings of the base are inherited through `extends: {service: …}` as well.
    let findings = compose(
        r#"
        services:
          base:
            image: app:1
            cap_add: [SYS_ADMIN]
          worker:
            extends:
              service: base
            read_only: true
        "#,
    );
    let caps = of_rule(&findings, "dangerous-capability");
    assert!(!caps.is_empty(), "{findings:#?}");
    assert!(caps.iter().all(|f| f.at() == (4, 15)), "{caps:#?}");
    // `worker` sets read_only itself, `base` does not.
    let writable = one(&findings, "writable-root-filesystem");
    assert_eq!(writable.object.as_deref(), Some("services.base"));
}

#[test]
fn privileged_kubernetes() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    privileged: true
            "#),
        "privileged-container",
    );
    assert_finding(
        &f,
        "privileged-container",
        (10, 21),
        "critical",
        "container `app` is privileged",
    );
}

fn pod_with_privileged(value: &str) -> Vec<Rec> {
    k8s(&format!(
        r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                privileged: {value}
        "#
    ))
}

#[test]
fn privileged_kubernetes_yaml_1_1_booleans() {
    // as_bool: plain YAML 1.1 `yes`/`on` are true (Kubernetes' YAML reader accepts them).
    for value in ["yes", "on", "Yes", "TRUE"] {
        let f = one(&pod_with_privileged(value), "privileged-container");
        assert_eq!(f.at(), (10, 21), "{value}");
    }
    for value in ["no", "off", "false"] {
        no(&pod_with_privileged(value), "privileged-container");
    }
}

#[test]
fn privileged_kubernetes_quoted_yes_is_a_string_not_a_bool() {
    // as_bool: `yes` counts only unquoted; "yes" is a string (the API server rejects it).
    no(&pod_with_privileged("\"yes\""), "privileged-container");
}

// ---------------------------------------------------------------------------------------------
// privilege-escalation-allowed
// ---------------------------------------------------------------------------------------------

#[test]
fn privilege_escalation_kubernetes_unset_is_medium_at_name() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
            "#),
        "privilege-escalation-allowed",
    );
    assert_finding(
        &f,
        "privilege-escalation-allowed",
        (7, 7),
        "medium",
        "does not set `allowPrivilegeEscalation: false`",
    );
}

#[test]
fn privilege_escalation_kubernetes_true_is_high_at_value() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    allowPrivilegeEscalation: true
            "#),
        "privilege-escalation-allowed",
    );
    assert_finding(
        &f,
        "privilege-escalation-allowed",
        (10, 35),
        "high",
        "`allowPrivilegeEscalation: true`",
    );
}

#[test]
fn privilege_escalation_kubernetes_false_is_fine() {
    let findings = k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    allowPrivilegeEscalation: false
            "#);
    no(&findings, "privilege-escalation-allowed");
    seen(&findings, "Pod/web:app");
}

#[test]
fn privilege_escalation_compose_without_no_new_privileges() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
            "#,
        ),
        "privilege-escalation-allowed",
    );
    assert_finding(
        &f,
        "privilege-escalation-allowed",
        (2, 3),
        "medium",
        "`security_opt: [no-new-privileges:true]`",
    );
}

#[test]
fn privilege_escalation_compose_with_no_new_privileges() {
    for option in ["no-new-privileges:true", "no-new-privileges=true"] {
        no(
            &compose(&format!(
                r#"
                services:
                  web:
                    image: nginx:1.27
                    security_opt: ["{option}"]
                "#
            )),
            "privilege-escalation-allowed",
        );
    }
}

#[test]
fn privilege_escalation_compose_no_new_privileges_false() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                security_opt:
                  - no-new-privileges:false
            "#,
        ),
        "privilege-escalation-allowed",
    );
    assert_eq!(f.at(), (2, 3));
}

// ---------------------------------------------------------------------------------------------
// dangerous-capability
// ---------------------------------------------------------------------------------------------

#[test]
fn dangerous_capability_compose_harmless_capability() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
                cap_add: [NET_BIND_SERVICE]
            "#,
    );
    no(&findings, "dangerous-capability");
    seen(&findings, "services.web");
}

#[test]
fn dangerous_capability_compose_lowercase_with_cap_prefix_is_critical() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                cap_add: [cap_sys_admin]
            "#,
        ),
        "dangerous-capability",
    );
    assert_finding(
        &f,
        "dangerous-capability",
        (4, 15),
        "critical",
        "adds the capability SYS_ADMIN",
    );
}

#[test]
fn dangerous_capability_compose_high_and_critical_sets() {
    let findings = compose(
        r#"
        services:
          web:
            image: nginx:1.27
            cap_add:
              - NET_RAW
              - CAP_ALL
              - chown
        "#,
    );
    let caps = of_rule(&findings, "dangerous-capability");
    assert_eq!(caps.len(), 2, "{caps:#?}");
    assert_finding(&caps[0], "dangerous-capability", (5, 9), "high", "NET_RAW");
    assert_finding(&caps[1], "dangerous-capability", (6, 9), "critical", "ALL");
}

#[test]
fn dangerous_capability_kubernetes() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                capabilities:
                  add: ["SYS_PTRACE", "NET_ADMIN", "NET_BIND_SERVICE"]
                  drop: ["ALL"]
        "#);
    let caps = of_rule(&findings, "dangerous-capability");
    assert_eq!(caps.len(), 2, "{caps:#?}");
    assert_finding(
        &caps[0],
        "dangerous-capability",
        (11, 17),
        "critical",
        "container `app` adds the capability SYS_PTRACE",
    );
    assert_finding(
        &caps[1],
        "dangerous-capability",
        (11, 31),
        "high",
        "NET_ADMIN",
    );
    no(&findings, "capabilities-not-dropped");
}

// ---------------------------------------------------------------------------------------------
// capabilities-not-dropped
// ---------------------------------------------------------------------------------------------

#[test]
fn capabilities_not_dropped_kubernetes_missing() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
            "#),
        "capabilities-not-dropped",
    );
    assert_finding(
        &f,
        "capabilities-not-dropped",
        (7, 7),
        "low",
        "does not drop capabilities",
    );
}

#[test]
fn capabilities_not_dropped_kubernetes_drop_without_all() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    capabilities:
                      drop: ["NET_RAW"]
            "#),
        "capabilities-not-dropped",
    );
    assert_finding(
        &f,
        "capabilities-not-dropped",
        (11, 11),
        "low",
        "drops some capabilities but not `ALL`",
    );
}

#[test]
fn capabilities_not_dropped_compose() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
            "#,
        ),
        "capabilities-not-dropped",
    );
    assert_finding(
        &f,
        "capabilities-not-dropped",
        (2, 3),
        "low",
        "service `web`",
    );
    no(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                cap_drop: [ALL]
            "#,
        ),
        "capabilities-not-dropped",
    );
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                cap_drop: [NET_RAW]
            "#,
        ),
        "capabilities-not-dropped",
    );
    assert_finding(&f, "capabilities-not-dropped", (4, 5), "low", "not `ALL`");
}

// ---------------------------------------------------------------------------------------------
// runtime-socket-mount
// ---------------------------------------------------------------------------------------------

#[test]
fn runtime_socket_compose_short_syntax() {
    let f = one(
        &compose(
            r#"
            services:
              agent:
                image: portainer/agent
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock
            "#,
        ),
        "runtime-socket-mount",
    );
    assert_finding(
        &f,
        "runtime-socket-mount",
        (5, 9),
        "critical",
        "service `agent` mounts the container runtime socket /var/run/docker.sock",
    );
}

#[test]
fn hard_negative_read_only_docker_socket_is_still_critical_and_only_a_socket() {
    let findings = compose(
        r#"
        services:
          agent:
            image: portainer/agent
            volumes:
              - /var/run/docker.sock:/var/run/docker.sock:ro
        "#,
    );
    let f = one(&findings, "runtime-socket-mount");
    assert_finding(
        &f,
        "runtime-socket-mount",
        (5, 9),
        "critical",
        "/var/run/docker.sock",
    );
    no(&findings, "sensitive-host-mount");
    no(&findings, "host-path-mount");
}

#[test]
fn runtime_socket_compose_long_syntax_points_at_source() {
    let f = one(
        &compose(
            r#"
            services:
              agent:
                image: portainer/agent
                volumes:
                  - type: bind
                    source: /run/containerd/containerd.sock
                    target: /run/containerd/containerd.sock
                    read_only: true
            "#,
        ),
        "runtime-socket-mount",
    );
    assert_finding(
        &f,
        "runtime-socket-mount",
        (6, 17),
        "critical",
        "/run/containerd/containerd.sock",
    );
}

#[test]
fn runtime_socket_parent_directory() {
    let findings = compose(
        r#"
        services:
          agent:
            image: agent:1
            volumes:
              - /var/run:/host/run
        "#,
    );
    let f = one(&findings, "runtime-socket-mount");
    assert_finding(&f, "runtime-socket-mount", (5, 9), "critical", "/var/run");
    no(&findings, "sensitive-host-mount");
}

#[test]
fn runtime_socket_docker_host_environment() {
    let findings = compose(
        r#"
        services:
          ci:
            image: docker:27
            environment:
              - DOCKER_HOST=unix:///var/run/docker.sock
          other:
            image: docker:27
            environment:
              DOCKER_HOST: tcp://docker:2376
        "#,
    );
    let f = one(&findings, "runtime-socket-mount");
    assert_finding(
        &f,
        "runtime-socket-mount",
        (5, 21),
        "critical",
        "`DOCKER_HOST`",
    );
    assert_eq!(f.object.as_deref(), Some("services.ci"));
}

#[test]
fn runtime_socket_kubernetes_host_path() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: dind
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - name: sock
                  mountPath: /var/run/docker.sock
                  readOnly: true
          volumes:
            - name: sock
              hostPath:
                path: /var/run/docker.sock
                type: Socket
        "#);
    let f = one(&findings, "runtime-socket-mount");
    assert_finding(
        &f,
        "runtime-socket-mount",
        (16, 15),
        "critical",
        "container `app` mounts the container runtime socket",
    );
    no(&findings, "sensitive-host-mount");
    no(&findings, "host-path-mount");
}

#[test]
fn runtime_socket_kubernetes_docker_host_env() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: ci
            spec:
              containers:
                - name: app
                  image: app:1
                  env:
                    - name: DOCKER_HOST
                      value: unix:///run/docker.sock
            "#),
        "runtime-socket-mount",
    );
    assert_finding(
        &f,
        "runtime-socket-mount",
        (11, 18),
        "critical",
        "/run/docker.sock",
    );
}

#[test]
fn runtime_socket_persistent_volume_host_path() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: sock
            spec:
              capacity:
                storage: 1Gi
              hostPath:
                path: /var/run/crio/crio.sock
            "#),
        "runtime-socket-mount",
    );
    assert_finding(
        &f,
        "runtime-socket-mount",
        (9, 11),
        "critical",
        "/var/run/crio/crio.sock",
    );
}

#[test]
fn runtime_socket_not_for_other_run_directories() {
    let findings = compose(
        r#"
        services:
          app:
            image: app:1
            volumes:
              - /run/secrets:/run/secrets:ro
        "#,
    );
    no(&findings, "runtime-socket-mount");
    let f = one(&findings, "host-path-mount");
    assert_finding(
        &f,
        "host-path-mount",
        (5, 9),
        "low",
        "/run/secrets (read-only)",
    );
}

// ---------------------------------------------------------------------------------------------
// sensitive-host-mount
// ---------------------------------------------------------------------------------------------

fn compose_volume(volume: &str) -> Vec<Rec> {
    compose(&format!(
        r#"
        services:
          app:
            image: app:1
            volumes:
              - {volume}
        "#
    ))
}

#[test]
fn sensitive_host_mount_critical_path_stays_critical_read_only() {
    let findings = compose_volume("/etc:/host/etc:ro");
    let f = one(&findings, "sensitive-host-mount");
    assert_finding(
        &f,
        "sensitive-host-mount",
        (5, 9),
        "critical",
        "mounts the sensitive host path /etc (read-only)",
    );
    no(&findings, "host-path-mount");
}

#[test]
fn sensitive_host_mount_high_path_is_one_step_lower_read_only() {
    let f = one(&compose_volume("/var/log:/logs"), "sensitive-host-mount");
    assert_finding(
        &f,
        "sensitive-host-mount",
        (5, 9),
        "high",
        "/var/log (writable)",
    );
    let f = one(&compose_volume("/var/log:/logs:ro"), "sensitive-host-mount");
    assert_finding(
        &f,
        "sensitive-host-mount",
        (5, 9),
        "medium",
        "/var/log (read-only)",
    );
}

#[test]
fn sensitive_host_mount_paths_under_and_above_sensitive_ones() {
    let f = one(
        &compose_volume("/var/lib/docker/containers:/c:ro"),
        "sensitive-host-mount",
    );
    assert_finding(
        &f,
        "sensitive-host-mount",
        (5, 9),
        "medium",
        "/var/lib/docker/containers",
    );
    let f = one(
        &compose_volume("/etc/nginx:/etc/nginx:ro"),
        "sensitive-host-mount",
    );
    assert_finding(&f, "sensitive-host-mount", (5, 9), "critical", "/etc/nginx");
    // /var holds /var/lib/kubelet: a parent of a critical path.
    let f = one(&compose_volume("/var:/host/var:ro"), "sensitive-host-mount");
    assert_finding(&f, "sensitive-host-mount", (5, 9), "critical", "/var");
    let findings = compose_volume("/:/host");
    let f = one(&findings, "sensitive-host-mount");
    assert_finding(
        &f,
        "sensitive-host-mount",
        (5, 9),
        "critical",
        "host path / ",
    );
    no(&findings, "runtime-socket-mount");
}

#[test]
fn hard_negative_read_only_relative_config_bind() {
    let findings = compose_volume("./config:/etc/app:ro");
    no(&findings, "host-path-mount");
    no(&findings, "sensitive-host-mount");
    seen(&findings, "services.app");
    let findings = compose_volume("./src:/app");
    no(&findings, "host-path-mount");
    no(&findings, "sensitive-host-mount");
}

#[test]
fn hard_negative_read_only_ca_certificates_are_not_reported() {
    let findings = compose_volume("/etc/ssl/certs:/etc/ssl/certs:ro");
    no(&findings, "sensitive-host-mount");
    seen(&findings, "services.app");
    no(&findings, "host-path-mount");
    let findings = compose_volume("/etc/localtime:/etc/localtime:ro");
    no(&findings, "sensitive-host-mount");
    seen(&findings, "services.app");
    no(&findings, "host-path-mount");
}

#[test]
fn sensitive_host_mount_writable_ca_certificates_are_reported() {
    let findings = compose_volume("/etc/ssl/certs:/etc/ssl/certs");
    let f = one(&findings, "sensitive-host-mount");
    assert_eq!(f.at(), (5, 9));
    assert!(f.message.contains("/etc/ssl/certs (writable)"), "{f:#?}");
    no(&findings, "host-path-mount");
}

#[test]
fn sensitive_host_mount_writable_ca_certificates_severity() {
    let f = one(
        &compose_volume("/etc/ssl/certs:/etc/ssl/certs"),
        "sensitive-host-mount",
    );
    assert_eq!(f.severity, "high", "{f:#?}");
}

#[test]
fn sensitive_host_mount_kubernetes_host_path() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: node-exporter
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - name: proc
                  mountPath: /host/proc
                  readOnly: true
                - name: home
                  mountPath: /home
                  readOnly: true
          volumes:
            - name: proc
              hostPath:
                path: /proc
            - name: home
              hostPath:
                path: /home
        "#);
    let mounts = of_rule(&findings, "sensitive-host-mount");
    assert_eq!(mounts.len(), 2, "{mounts:#?}");
    assert_finding(
        &mounts[0],
        "sensitive-host-mount",
        (19, 15),
        "critical",
        "/proc (read-only)",
    );
    assert_finding(
        &mounts[1],
        "sensitive-host-mount",
        (22, 15),
        "medium",
        "/home (read-only)",
    );
    no(&findings, "host-path-mount");
}

#[test]
fn sensitive_host_mount_kubernetes_dev_is_not_host_device() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: fuse
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - name: fuse
                  mountPath: /dev/fuse
          volumes:
            - name: fuse
              hostPath:
                path: /dev/fuse
        "#);
    let f = one(&findings, "sensitive-host-mount");
    assert_finding(
        &f,
        "sensitive-host-mount",
        (15, 15),
        "critical",
        "/dev/fuse (writable)",
    );
    no(&findings, "host-device");
}

#[test]
fn sensitive_host_mount_persistent_volume() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: kubelet
            spec:
              hostPath:
                path: /var/lib/kubelet
            "#),
        "sensitive-host-mount",
    );
    assert_finding(
        &f,
        "sensitive-host-mount",
        (7, 11),
        "critical",
        "mounts the sensitive host path /var/lib/kubelet",
    );
}

#[test]
fn sensitive_host_mount_compose_home_directory_bind() {
    let findings = compose_volume("~/.ssh:/root/.ssh:ro");
    let f = one(&findings, "sensitive-host-mount");
    assert_eq!(f.at(), (5, 9));
}

// ---------------------------------------------------------------------------------------------
// host-path-mount
// ---------------------------------------------------------------------------------------------

#[test]
fn host_path_mount_compose_writable_and_read_only() {
    let f = one(&compose_volume("/srv/data:/data"), "host-path-mount");
    assert_finding(
        &f,
        "host-path-mount",
        (5, 9),
        "medium",
        "service `app` mounts the host path /srv/data (writable)",
    );
    let f = one(&compose_volume("/srv/data:/data:ro"), "host-path-mount");
    assert_finding(
        &f,
        "host-path-mount",
        (5, 9),
        "low",
        "/srv/data (read-only)",
    );
}

#[test]
fn host_path_mount_compose_long_syntax_and_named_bind_volume() {
    let findings = compose(
        r#"
        services:
          db:
            image: postgres:17
            volumes:
              - type: bind
                source: /srv/pg
                target: /var/lib/postgresql/data
              - pgbackup:/backup
              - cache:/cache
        volumes:
          pgbackup:
            driver: local
            driver_opts:
              type: none
              o: bind
              device: /mnt/backup
          cache: {}
        "#,
    );
    let mounts = of_rule(&findings, "host-path-mount");
    assert_eq!(mounts.len(), 2, "{mounts:#?}");
    assert_finding(
        &mounts[0],
        "host-path-mount",
        (6, 17),
        "medium",
        "/srv/pg (writable)",
    );
    assert_finding(
        &mounts[1],
        "host-path-mount",
        (8, 9),
        "medium",
        "/mnt/backup (writable)",
    );
}

#[test]
fn host_path_mount_kubernetes() {
    let findings = k8s(r#"
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: ops
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: agent:1
                  volumeMounts:
                    - name: cache
                      mountPath: /cache
                    - name: data
                      mountPath: /data
                      readOnly: true
              volumes:
                - name: cache
                  hostPath:
                    path: /opt/agent/cache
                - name: data
                  hostPath:
                    path: /srv/data
        "#);
    let mounts = of_rule(&findings, "host-path-mount");
    assert_eq!(mounts.len(), 2, "{mounts:#?}");
    assert_finding(
        &mounts[0],
        "host-path-mount",
        (21, 19),
        "medium",
        "/opt/agent/cache (writable)",
    );
    assert_finding(
        &mounts[1],
        "host-path-mount",
        (24, 19),
        "low",
        "/srv/data (read-only)",
    );
    assert_eq!(
        mounts[0].object.as_deref(),
        Some("DaemonSet/ops/agent:agent")
    );
}

#[test]
fn host_path_mount_persistent_volume() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: data
            spec:
              hostPath:
                path: /mnt/data
            "#),
        "host-path-mount",
    );
    assert_finding(&f, "host-path-mount", (7, 11), "medium", "/mnt/data");
}

#[test]
fn host_path_mount_not_for_named_volumes_or_api_volumes() {
    let findings = compose_volume("data:/data");
    no(&findings, "host-path-mount");
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - {name: cfg, mountPath: /cfg}
                - {name: tmp, mountPath: /tmp}
          volumes:
            - name: cfg
              configMap: {name: cfg}
            - name: tmp
              emptyDir: {}
        "#);
    no(&findings, "host-path-mount");
    no(&findings, "sensitive-host-mount");
}

// ---------------------------------------------------------------------------------------------
// host-network, host-pid, host-ipc
// ---------------------------------------------------------------------------------------------

#[test]
fn host_namespaces_compose() {
    let findings = compose(
        r#"
        services:
          app:
            image: app:1
            network_mode: host
            pid: host
            ipc: host
          other:
            image: app:1
            network_mode: bridge
            pid: "service:app"
            ipc: shareable
        "#,
    );
    let f = one(&findings, "host-network");
    assert_finding(
        &f,
        "host-network",
        (4, 19),
        "high",
        "service `app` shares the host's network namespace (`network_mode: host`)",
    );
    let f = one(&findings, "host-pid");
    assert_finding(
        &f,
        "host-pid",
        (5, 10),
        "high",
        "process namespace (`pid: host`)",
    );
    let f = one(&findings, "host-ipc");
    assert_finding(
        &f,
        "host-ipc",
        (6, 10),
        "high",
        "IPC namespace (`ipc: host`)",
    );
}

#[test]
fn host_network_kubernetes_two_containers_one_finding() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostNetwork: true
          containers:
            - name: app
              image: app:1
            - name: sidecar
              image: envoy:1
        "#);
    let f = one(&findings, "host-network");
    assert_finding(
        &f,
        "host-network",
        (6, 16),
        "high",
        "pod of Pod/web shares the host's network namespace (`hostNetwork: true`)",
    );
    assert_eq!(f.object.as_deref(), Some("Pod/web"));
}

#[test]
fn host_pid_and_ipc_kubernetes() {
    let findings = k8s(r#"
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: debug
        spec:
          template:
            spec:
              hostPID: true
              hostIPC: true
              hostNetwork: false
              containers:
                - name: app
                  image: app:1
                - name: other
                  image: app:1
        "#);
    let f = one(&findings, "host-pid");
    assert_finding(&f, "host-pid", (8, 16), "high", "`hostPID: true`");
    let f = one(&findings, "host-ipc");
    assert_finding(&f, "host-ipc", (9, 16), "high", "`hostIPC: true`");
    no(&findings, "host-network");
}

// ---------------------------------------------------------------------------------------------
// host-user-namespace
// ---------------------------------------------------------------------------------------------

#[test]
fn host_user_namespace_compose_userns_and_uts() {
    let findings = compose(
        r#"
        services:
          app:
            image: app:1
            userns_mode: host
          other:
            image: app:1
            uts: host
        "#,
    );
    let found = of_rule(&findings, "host-user-namespace");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "host-user-namespace",
        (4, 18),
        "medium",
        "user namespace (`userns_mode: host`)",
    );
    assert_finding(
        &found[1],
        "host-user-namespace",
        (7, 10),
        "low",
        "UTS namespace (`uts: host`)",
    );
}

#[test]
fn host_user_namespace_kubernetes_host_users_true_is_not_reported() {
    let findings = k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              hostUsers: true
              containers:
                - name: app
                  image: app:1
            "#);
    no(&findings, "host-user-namespace");
    seen(&findings, "Pod/web:app");
}

// ---------------------------------------------------------------------------------------------
// writable-root-filesystem
// ---------------------------------------------------------------------------------------------

#[test]
fn writable_root_filesystem_kubernetes() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: a
              image: app:1
            - name: b
              image: app:1
              securityContext:
                readOnlyRootFilesystem: false
            - name: c
              image: app:1
              securityContext:
                readOnlyRootFilesystem: true
        "#);
    let found = of_rule(&findings, "writable-root-filesystem");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "writable-root-filesystem",
        (7, 7),
        "medium",
        "container `a` has a writable root filesystem (no `readOnlyRootFilesystem: true`)",
    );
    assert_finding(
        &found[1],
        "writable-root-filesystem",
        (12, 33),
        "medium",
        "container `b` has a writable root filesystem",
    );
}

#[test]
fn writable_root_filesystem_compose() {
    let findings = compose(
        r#"
        services:
          a:
            image: app:1
          b:
            image: app:1
            read_only: false
          c:
            image: app:1
            read_only: true
        "#,
    );
    let found = of_rule(&findings, "writable-root-filesystem");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "writable-root-filesystem",
        (2, 3),
        "medium",
        "(no `read_only: true`)",
    );
    assert_finding(
        &found[1],
        "writable-root-filesystem",
        (6, 16),
        "medium",
        "service `b`",
    );
}

#[test]
fn writable_root_filesystem_hardened_compose_service_has_no_findings() {
    let findings = compose(&format!(
        "\nservices:\n  web:\n    image: nginx:1.27{HARDENED_SERVICE}"
    ));
    assert!(findings.is_empty(), "{findings:#?}");
}

// ---------------------------------------------------------------------------------------------
// seccomp-profile-not-set, seccomp-unconfined
// ---------------------------------------------------------------------------------------------

#[test]
fn seccomp_profile_not_set_per_container() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
            - name: sidecar
              image: envoy:1
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
        "#);
    let f = one(&findings, "seccomp-profile-not-set");
    assert_finding(
        &f,
        "seccomp-profile-not-set",
        (7, 7),
        "low",
        "container `app` has no seccomp profile",
    );
}

#[test]
fn seccomp_profile_pod_level_and_legacy_annotations_count() {
    no(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              initContainers:
                - name: init
                  image: busybox:1
              containers:
                - name: app
                  image: app:1
            "#),
        "seccomp-profile-not-set",
    );
    no(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
            spec:
              containers:
                - name: app
                  image: app:1
            "#),
        "seccomp-profile-not-set",
    );
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                container.seccomp.security.alpha.kubernetes.io/app: runtime/default
            spec:
              containers:
                - name: app
                  image: app:1
                - name: other
                  image: app:1
            "#),
        "seccomp-profile-not-set",
    );
    assert_finding(
        &f,
        "seccomp-profile-not-set",
        (11, 7),
        "low",
        "container `other`",
    );
}

#[test]
fn seccomp_profile_not_set_not_for_compose() {
    let findings = compose(
        r#"
            services:
              web:
                image: nginx:1.27
            "#,
    );
    no(&findings, "seccomp-profile-not-set");
    seen(&findings, "services.web");
}

#[test]
fn seccomp_unconfined_compose_both_spellings() {
    let findings = compose(
        r#"
        services:
          a:
            image: app:1
            security_opt: ["seccomp:unconfined"]
          b:
            image: app:1
            security_opt:
              - seccomp=unconfined
          c:
            image: app:1
            security_opt: ["seccomp=./profile.json"]
        "#,
    );
    let found = of_rule(&findings, "seccomp-unconfined");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "seccomp-unconfined",
        (4, 20),
        "high",
        "service `a` runs without a seccomp profile (unconfined)",
    );
    assert_finding(
        &found[1],
        "seccomp-unconfined",
        (8, 9),
        "high",
        "service `b`",
    );
}

#[test]
fn seccomp_unconfined_kubernetes_container_pod_and_annotation() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    seccompProfile:
                      type: Unconfined
            "#),
        "seccomp-unconfined",
    );
    assert_finding(
        &f,
        "seccomp-unconfined",
        (11, 17),
        "high",
        "container `app`",
    );

    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            seccompProfile:
              type: Unconfined
          containers:
            - name: app
              image: app:1
            - name: other
              image: app:1
        "#);
    let f = one(&findings, "seccomp-unconfined");
    assert_finding(&f, "seccomp-unconfined", (8, 13), "high", "unconfined");
    no(&findings, "seccomp-profile-not-set");

    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
        spec:
          containers:
            - name: app
              image: app:1
        "#);
    let f = one(&findings, "seccomp-unconfined");
    assert_finding(&f, "seccomp-unconfined", (6, 47), "high", "container `app`");
    no(&findings, "seccomp-profile-not-set");
}

// ---------------------------------------------------------------------------------------------
// apparmor-unconfined
// ---------------------------------------------------------------------------------------------

#[test]
fn apparmor_unconfined_compose() {
    let findings = compose(
        r#"
        services:
          a:
            image: app:1
            security_opt: ["apparmor:unconfined"]
          b:
            image: app:1
            security_opt: ["apparmor:docker-default"]
        "#,
    );
    let f = one(&findings, "apparmor-unconfined");
    assert_finding(
        &f,
        "apparmor-unconfined",
        (4, 20),
        "high",
        "service `a` runs without an AppArmor profile (unconfined)",
    );
}

#[test]
fn apparmor_unconfined_kubernetes_field_and_annotation() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/legacy: unconfined
            container.apparmor.security.beta.kubernetes.io/ok: runtime/default
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                appArmorProfile:
                  type: Unconfined
            - name: legacy
              image: app:1
            - name: ok
              image: app:1
        "#);
    let found = of_rule(&findings, "apparmor-unconfined");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "apparmor-unconfined",
        (6, 60),
        "high",
        "container `legacy`",
    );
    assert_finding(
        &found[1],
        "apparmor-unconfined",
        (14, 17),
        "high",
        "container `app`",
    );
}

// ---------------------------------------------------------------------------------------------
// host-device, unmasked-proc-mount
// ---------------------------------------------------------------------------------------------

#[test]
fn host_device_compose() {
    let findings = compose(
        r#"
        services:
          app:
            image: app:1
            devices:
              - /dev/fuse:/dev/fuse
              - source: /dev/kvm
                target: /dev/kvm
        "#,
    );
    let found = of_rule(&findings, "host-device");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "host-device",
        (5, 9),
        "high",
        "service `app` is given the host device `/dev/fuse:/dev/fuse`",
    );
    assert_finding(&found[1], "host-device", (6, 9), "high", "`/dev/kvm`");
    no(&compose_volume("data:/data"), "host-device");
}

#[test]
fn unmasked_proc_mount_kubernetes() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                procMount: Unmasked
            - name: other
              image: app:1
              securityContext:
                procMount: Default
        "#);
    let f = one(&findings, "unmasked-proc-mount");
    assert_finding(
        &f,
        "unmasked-proc-mount",
        (10, 20),
        "high",
        "container `app` sees an unmasked /proc",
    );
}

// ---------------------------------------------------------------------------------------------
// unsafe-sysctl
// ---------------------------------------------------------------------------------------------

#[test]
fn unsafe_sysctl_kubernetes_slash_form_is_safe_msgmax_is_not() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            sysctls:
              - name: net/ipv4/tcp_syncookies
                value: "1"
              - name: kernel.msgmax
                value: "65536"
          containers:
            - name: app
              image: app:1
            - name: other
              image: app:1
        "#);
    let f = one(&findings, "unsafe-sysctl");
    assert_finding(
        &f,
        "unsafe-sysctl",
        (10, 15),
        "medium",
        "sets the sysctl `kernel.msgmax`, outside the safe set",
    );
    assert_eq!(f.object.as_deref(), Some("Pod/web"));
}

#[test]
fn unsafe_sysctl_compose_map_and_list() {
    let findings = compose(
        r#"
        services:
          a:
            image: app:1
            sysctls:
              net.ipv4.tcp_syncookies: 1
              net.core.somaxconn: 1024
          b:
            image: app:1
            sysctls:
              - net/ipv4/ip_local_port_range=1024 65000
              - kernel.msgmax=65536
        "#,
    );
    let found = of_rule(&findings, "unsafe-sysctl");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "unsafe-sysctl",
        (6, 7),
        "medium",
        "`net.core.somaxconn`",
    );
    assert_finding(
        &found[1],
        "unsafe-sysctl",
        (11, 9),
        "medium",
        "`kernel.msgmax`",
    );
}

// ---------------------------------------------------------------------------------------------
// service-account-token-mounted
// ---------------------------------------------------------------------------------------------

const POD_WITH_ACCOUNT: &str = r#"
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
      namespace: shop
    spec:
      serviceAccountName: web
      containers:
        - name: app
          image: app:1
        - name: sidecar
          image: envoy:1
"#;

#[test]
fn service_account_token_default_is_reported_once_per_pod() {
    let findings = k8s(POD_WITH_ACCOUNT);
    let f = one(&findings, "service-account-token-mounted");
    assert_finding(
        &f,
        "service-account-token-mounted",
        (6, 1),
        "low",
        "pod of Pod/shop/web mounts the token of service account `web`",
    );
}

#[test]
fn service_account_token_explicit_true_and_false() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          automountServiceAccountToken: true
          containers:
            - name: app
              image: app:1
        "#);
    let f = one(&findings, "service-account-token-mounted");
    assert_finding(
        &f,
        "service-account-token-mounted",
        (6, 33),
        "low",
        "`automountServiceAccountToken: true`",
    );
    no(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              automountServiceAccountToken: false
              containers:
                - name: app
                  image: app:1
            "#),
        "service-account-token-mounted",
    );
}

#[test]
fn hard_negative_service_account_in_another_file_opts_out() {
    let findings = scan(&[
        ("k8s/pod.yaml", &d(POD_WITH_ACCOUNT)),
        (
            "k8s/rbac/sa.yaml",
            &d(r#"
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: shop
            automountServiceAccountToken: false
            "#),
        ),
    ]);
    no(&findings, "service-account-token-mounted");
    seen(&findings, "Pod/shop/web:app");
}

#[test]
fn service_account_in_another_namespace_does_not_count() {
    let findings = scan(&[
        ("k8s/pod.yaml", &d(POD_WITH_ACCOUNT)),
        (
            "k8s/rbac/sa.yaml",
            &d(r#"
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: payments
            automountServiceAccountToken: false
            "#),
        ),
    ]);
    let f = one(&findings, "service-account-token-mounted");
    assert_eq!(f.path, "k8s/pod.yaml");
    assert_finding(&f, "service-account-token-mounted", (6, 1), "low", "`web`");
}

#[test]
fn service_account_token_deployment_points_at_template_spec() {
    let f = one(
        &k8s(r#"
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: app
                      image: app:1
            "#),
        "service-account-token-mounted",
    );
    assert_finding(
        &f,
        "service-account-token-mounted",
        (10, 5),
        "low",
        "service account `default`",
    );
}

// ---------------------------------------------------------------------------------------------
// Kubernetes shapes: List, CronJob, JSON, other workload kinds, multi-document streams
// ---------------------------------------------------------------------------------------------

#[test]
fn kubernetes_list_with_pod_inside() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: app
                      image: app:1
                      securityContext:
                        privileged: true
            "#),
        "privileged-container",
    );
    assert_finding(
        &f,
        "privileged-container",
        (13, 25),
        "critical",
        "container `app`",
    );
    assert_eq!(f.object.as_deref(), Some("Pod/web:app"));
}

#[test]
fn kubernetes_cronjob_job_template() {
    let findings = k8s(r#"
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: backup
          namespace: ops
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  hostPID: true
                  restartPolicy: OnFailure
                  containers:
                    - name: backup
                      image: backup:1
                      securityContext:
                        privileged: true
        "#);
    let f = one(&findings, "privileged-container");
    assert_finding(
        &f,
        "privileged-container",
        (18, 29),
        "critical",
        "container `backup`",
    );
    assert_eq!(f.object.as_deref(), Some("CronJob/ops/backup:backup"));
    let f = one(&findings, "host-pid");
    assert_finding(
        &f,
        "host-pid",
        (12, 20),
        "high",
        "pod of CronJob/ops/backup",
    );
}

#[test]
fn kubernetes_json_manifest() {
    let findings = scan(&[(
        "pod.json",
        &d(r#"
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": {"name": "web"},
          "spec": {
            "hostNetwork": true,
            "containers": [
              {
                "name": "app",
                "image": "app:1",
                "securityContext": {"privileged": true}
              }
            ]
          }
        }
        "#),
    )]);
    let f = one(&findings, "privileged-container");
    assert_eq!(f.path, "pod.json");
    assert_finding(
        &f,
        "privileged-container",
        (11, 43),
        "critical",
        "container `app`",
    );
    let f = one(&findings, "host-network");
    assert_finding(&f, "host-network", (6, 20), "high", "Pod/web");
    let f = one(&findings, "run-as-root");
    assert_eq!(f.at(), (9, 9));
}

#[test]
fn kubernetes_other_workload_kinds_found_by_shape() {
    let findings = k8s(r#"
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: canary
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    privileged: true
        ---
        apiVersion: serving.knative.dev/v1
        kind: Service
        metadata:
          name: hello
        spec:
          template:
            spec:
              containers:
                - name: hello
                  image: hello:1
                  securityContext:
                    privileged: true
        "#);
    let found = of_rule(&findings, "privileged-container");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "privileged-container",
        (12, 25),
        "critical",
        "container `app`",
    );
    assert_eq!(found[0].object.as_deref(), Some("Rollout/canary:app"));
    assert_finding(
        &found[1],
        "privileged-container",
        (25, 25),
        "critical",
        "container `hello`",
    );
    assert_eq!(found[1].object.as_deref(), Some("Service/hello:hello"));
}

#[test]
fn kubernetes_ephemeral_containers_are_checked() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: app
                  image: app:1
              ephemeralContainers:
                - name: debugger
                  image: busybox:1
                  securityContext:
                    privileged: true
            "#),
        "privileged-container",
    );
    assert_finding(
        &f,
        "privileged-container",
        (15, 21),
        "critical",
        "container `debugger`",
    );
}

#[test]
fn yaml_without_kubernetes_or_compose_shape_is_ignored() {
    let findings = scan(&[(
        "values.yaml",
        &d(r#"
        securityContext:
          privileged: true
        hostNetwork: true
        "#),
    )]);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn compose_recognised_by_content_under_another_name() {
    let findings = scan(&[(
        "deploy/stack.yml",
        &d(r#"
        services:
          web:
            image: nginx:1.27
            privileged: true
        "#),
    )]);
    let f = one(&findings, "privileged-container");
    assert_eq!(f.path, "deploy/stack.yml");
    assert_eq!(f.at(), (4, 17));
}

#[test]
fn columns_count_characters_not_bytes() {
    let f = one(
        &compose(
            r#"
            services:
              web:
                image: nginx:1.27
                cap_add: ["ÄÖÜ", SYS_ADMIN]
            "#,
        ),
        "dangerous-capability",
    );
    // `    cap_add: ["ÄÖÜ", ` is 21 characters (24 bytes).
    assert_eq!(f.at(), (4, 22));
}

#[test]
fn hard_negative_container_seccomp_profile_overrides_pod_unconfined() {
    let findings = k8s(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: confined
              image: app:1
              securityContext:
                seccompProfile: {type: RuntimeDefault}
            - name: plain
              image: app:1
        "#);
    let f = one(&findings, "seccomp-unconfined");
    assert_finding(
        &f,
        "seccomp-unconfined",
        (7, 28),
        "high",
        "container `plain`",
    );
    no(&findings, "seccomp-profile-not-set");
}

#[test]
fn seccomp_unconfined_kubernetes_legacy_container_annotation() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                container.seccomp.security.alpha.kubernetes.io/app: unconfined
            spec:
              containers:
                - name: app
                  image: app:1
            "#),
        "seccomp-unconfined",
    );
    // The annotation key is 50 characters long, indented by 4.
    assert_finding(&f, "seccomp-unconfined", (6, 57), "high", "container `app`");
}

#[test]
fn run_as_root_container_run_as_non_root_false_overrides_pod_true() {
    let f = one(
        &k8s(r#"
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: app
                  image: app:1
                  securityContext:
                    runAsNonRoot: false
                - name: ok
                  image: app:1
            "#),
        "run-as-root",
    );
    assert_finding(
        &f,
        "run-as-root",
        (12, 23),
        "high",
        "container `app` sets `runAsNonRoot: false`",
    );
}

#[test]
fn positions_in_crlf_files_and_after_a_bom() {
    let findings = scan(&[
        (
            COMPOSE,
            "services:\r\n  web:\r\n    image: app:1\r\n    privileged: true\r\n",
        ),
        (
            DOCKERFILE,
            "\u{feff}FROM alpine AS base\r\nUSER 1000\r\nFROM base\r\nUSER root\r\n",
        ),
    ]);
    let f = one(&findings, "privileged-container");
    assert_eq!((f.path.as_str(), f.at()), (COMPOSE, (4, 17)));
    let f = one(&findings, "run-as-root");
    assert_finding(&f, "run-as-root", (4, 6), "high", "last USER is `root`");
    assert_eq!(f.path, DOCKERFILE);
}

// ---------------------------------------------------------------------------------------------
// CustomResourceDefinition documents are skipped, not what sits around them
// ---------------------------------------------------------------------------------------------

/// A CRD whose schema is shaped like a privileged pod: were it parsed as an object, its
/// `spec.template.spec.containers` would be a container.
const PRIVILEGED_LOOKING_CRD: &str = "apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  template:
    spec:
      containers:
        - name: schema
          image: é-not-an-image
          securityContext:
            privileged: true
";

const PRIVILEGED_POD: &str = "apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: true
";

#[test]
fn findings_after_a_crd_keep_their_lines_and_columns() {
    let text = format!("{PRIVILEGED_LOOKING_CRD}---\n{PRIVILEGED_POD}");
    let findings = scan(&[(K8S, &text)]);
    let f = one(&findings, "privileged-container");
    // The pod starts on line 14; `privileged: true` is its 10th line.
    assert_finding(&f, "privileged-container", (23, 21), "critical", "`web`");
    assert_eq!(f.object.as_deref(), Some("Pod/web:web"));
}

#[test]
fn a_file_of_crds_only_reports_nothing() {
    let text = format!("{PRIVILEGED_LOOKING_CRD}---\r\n{PRIVILEGED_LOOKING_CRD}");
    let findings = scan(&[(K8S, &text)]);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn hard_negative_a_crd_quoted_in_a_block_scalar_does_not_hide_the_document() {
    // The CRD text is the content of an annotation: indented, so not the document's own
    // `kind:`; the pod spec of the same document must still be read.
    let text = PRIVILEGED_POD.replace(
        "  name: web\n",
        "  name: web\n  annotations:\n    schema: |\n      apiVersion: apiextensions.k8s.io/v1\n      kind: CustomResourceDefinition\n",
    );
    assert!(text.contains("\n      kind: CustomResourceDefinition\nspec:\n"));
    let f = one(&scan(&[(K8S, &text)]), "privileged-container");
    assert_finding(&f, "privileged-container", (14, 21), "critical", "`web`");
}

#[test]
fn hard_negative_a_crd_kind_of_another_api_group_is_read() {
    // Only apiextensions.k8s.io's CustomResourceDefinition is a schema; a custom kind of the
    // same name is an object like any other.
    let text = PRIVILEGED_LOOKING_CRD.replace("apiextensions.k8s.io/v1", "example.com/v1");
    let findings = scan(&[(K8S, &text)]);
    assert_eq!(
        of_rule(&findings, "privileged-container").len(),
        1,
        "{findings:#?}"
    );
}
