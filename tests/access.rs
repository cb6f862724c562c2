//! Kubernetes access and network rules (rules.md, "Kubernetes access and network"):
//! `rbac-wildcard`, `rbac-dangerous-permission`, `rbac-cluster-admin-binding` and
//! `missing-network-policy`, with positives (rule, line, column, severity, message, object),
//! negatives and hard negatives. Positions are 1-based and computed from the text, so a test
//! says which text a finding points at.

mod common;

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use caulk::AuditOptions;
use common::{Rec, assert_finding, audit_dir, d, of_rule, scan};
use serde_json::Value;

const K8S: &str = "k8s.yaml";

fn k8s(text: &str) -> (String, Vec<Rec>) {
    let text = d(text);
    let findings = scan(&[(K8S, &text)]);
    (text, findings)
}

/// Line and column of the `nth` (0-based) occurrence of `needle` in `text`.
#[track_caller]
fn pos(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the text"))
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Where the value of the first `name: <name>` line is.
#[track_caller]
fn name_at(text: &str, name: &str) -> (usize, usize) {
    let (line, column) = pos(text, &format!("name: {name}\n"), 0);
    (line, column + "name: ".len())
}

/// Exactly one finding of `rule`.
#[track_caller]
fn one(findings: &[Rec], rule: &str) -> Rec {
    let found = of_rule(findings, rule);
    assert_eq!(found.len(), 1, "expected one `{rule}`, got {found:#?}");
    found.into_iter().next().unwrap()
}

#[track_caller]
fn no(findings: &[Rec], rule: &str) {
    let found = of_rule(findings, rule);
    assert!(found.is_empty(), "expected no `{rule}`, got {found:#?}");
}

const RBAC_RULES: &[&str] = &[
    "rbac-wildcard",
    "rbac-dangerous-permission",
    "rbac-cluster-admin-binding",
];

#[track_caller]
fn no_rbac(findings: &[Rec]) {
    for rule in RBAC_RULES {
        no(findings, rule);
    }
}

/// A Role in namespace shop with one rule entry, and a RoleBinding of it to the api service
/// account and the dev-team group.
fn role_with(rule: &str) -> String {
    format!(
        r#"apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: api
  namespace: shop
rules:
{rule}---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-binding
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: api
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
  - kind: Group
    name: dev-team
"#
    )
}

fn scan_role(rule: &str) -> (String, Vec<Rec>) {
    let text = role_with(rule);
    let findings = scan(&[(K8S, &text)]);
    (text, findings)
}

// ---------------------------------------------------------------------------------------------
// rbac-wildcard
// ---------------------------------------------------------------------------------------------

#[test]
fn wildcard_verbs_on_configmaps_is_wildcard_only() {
    let (text, findings) =
        scan_role("  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n    verbs: [\"*\"]\n");
    let f = one(&findings, "rbac-wildcard");
    assert_finding(
        &f,
        "rbac-wildcard",
        pos(&text, "apiGroups", 0),
        "high",
        "`*` in verbs: it grants verbs [*] on resources [configmaps] in apiGroups [\"\"]",
    );
    assert!(
        f.message.contains(
            "bound by RoleBinding/shop/api-binding to ServiceAccount shop/api, Group dev-team"
        ),
        "{f:#?}"
    );
    assert_eq!(f.object.as_deref(), Some("Role/shop/api"));
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        pos(&text, "roleRef:", 0)
    );
    no(&findings, "rbac-dangerous-permission");
}

#[test]
fn wildcard_verbs_on_secrets_fires_both_rules() {
    let (text, findings) =
        scan_role("  - apiGroups: [\"\"]\n    resources: [\"secrets\"]\n    verbs: [\"*\"]\n");
    let at = pos(&text, "apiGroups", 0);
    let w = one(&findings, "rbac-wildcard");
    assert_finding(&w, "rbac-wildcard", at, "high", "`*` in verbs");
    let p = one(&findings, "rbac-dangerous-permission");
    assert_finding(
        &p,
        "rbac-dangerous-permission",
        at,
        "high",
        "grants get, list, watch on secrets (all names in namespace shop)",
    );
    assert!(
        p.message
            .contains("to ServiceAccount shop/api, Group dev-team"),
        "{p:#?}"
    );
    assert_eq!(p.object.as_deref(), Some("Role/shop/api"));
}

#[test]
fn wildcard_api_groups_alone_is_wildcard() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"*\"]\n    resources: [\"configmaps\"]\n    verbs: [\"get\"]\n",
    );
    let f = one(&findings, "rbac-wildcard");
    assert_finding(
        &f,
        "rbac-wildcard",
        pos(&text, "apiGroups", 0),
        "high",
        "`*` in apiGroups",
    );
    no(&findings, "rbac-dangerous-permission");
}

#[test]
fn wildcard_resources_with_create_fires_both_and_lists_workloads() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"\", \"apps\"]\n    resources: [\"*\"]\n    verbs: [\"create\"]\n",
    );
    let at = pos(&text, "apiGroups", 0);
    assert_finding(
        &one(&findings, "rbac-wildcard"),
        "rbac-wildcard",
        at,
        "high",
        "`*` in resources",
    );
    let p = one(&findings, "rbac-dangerous-permission");
    assert_finding(
        &p,
        "rbac-dangerous-permission",
        at,
        "high",
        "create on pods/exec, pods/attach; create on pods, deployments, statefulsets, \
         daemonsets, replicasets, replicationcontrollers",
    );
    // jobs and cronjobs are in batch, which the rule does not name.
    assert!(!p.message.contains("jobs"), "{p:#?}");
}

#[test]
fn non_resource_url_star_is_wildcard_but_prefix_is_not() {
    let (text, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: scraper
        rules:
          - nonResourceURLs: ["/metrics", "/healthz/*"]
            verbs: ["get"]
          - nonResourceURLs: ["*"]
            verbs: ["get"]
        "#);
    let f = one(&findings, "rbac-wildcard");
    assert_finding(
        &f,
        "rbac-wildcard",
        pos(&text, "nonResourceURLs", 1),
        "high",
        "`*` in nonResourceURLs: it grants verbs [get] on non-resource URLs [*]",
    );
    assert!(
        f.message.contains("no binding in the tree binds it"),
        "{f:#?}"
    );
    assert_eq!(f.object.as_deref(), Some("ClusterRole/scraper"));
    no(&findings, "rbac-dangerous-permission");
}

#[test]
fn star_inside_a_name_is_literal() {
    let (_, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"c*e\", \"secret*\"]\n    verbs: [\"get\", \"list\"]\n",
    );
    no_rbac(&findings);
}

#[test]
fn specific_read_rules_are_not_reported() {
    let (_, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"configmaps\", \"pods\", \"services\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n",
    );
    no_rbac(&findings);
}

#[test]
fn aggregated_cluster_role_is_not_reported_but_its_sources_say_where_they_go() {
    let (text, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: monitoring
        aggregationRule:
          clusterRoleSelectors:
            - matchLabels:
                rbac.example.com/aggregate-to-monitoring: "true"
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: monitoring-endpoints
          labels:
            rbac.example.com/aggregate-to-monitoring: "true"
        rules:
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: monitoring
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: monitoring
        subjects:
          - kind: ServiceAccount
            name: prometheus
            namespace: monitoring
        "#);
    no(&findings, "rbac-wildcard");
    let f = one(&findings, "rbac-dangerous-permission");
    assert_finding(
        &f,
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 1),
        "high",
        "grants list on secrets (all names in every namespace); bound by \
         ClusterRoleBinding/monitoring to ServiceAccount monitoring/prometheus; aggregated \
         into ClusterRole monitoring",
    );
    assert_eq!(
        f.object.as_deref(),
        Some("ClusterRole/monitoring-endpoints")
    );
}

#[test]
fn built_in_aggregation_label_is_named() {
    let (_, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: widgets-edit
          labels:
            rbac.authorization.k8s.io/aggregate-to-edit: "true"
        rules:
          - apiGroups: ["widgets.example.com"]
            resources: ["*"]
            verbs: ["*"]
        "#);
    let f = one(&findings, "rbac-wildcard");
    assert!(
        f.message.contains(
            "no binding in the tree binds it; aggregated into the built-in ClusterRole edit"
        ),
        "{f:#?}"
    );
    // Every resource of a custom API group: none of them is on the dangerous list.
    no(&findings, "rbac-dangerous-permission");
}

// ---------------------------------------------------------------------------------------------
// rbac-dangerous-permission
// ---------------------------------------------------------------------------------------------

#[test]
fn secret_read_names_verbs_and_scope() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"secrets\"]\n    verbs: [\"get\", \"list\"]\n",
    );
    let f = one(&findings, "rbac-dangerous-permission");
    assert_finding(
        &f,
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 0),
        "high",
        "Role rule grants get, list on secrets (all names in namespace shop); bound by \
         RoleBinding/shop/api-binding to ServiceAccount shop/api, Group dev-team",
    );
    no(&findings, "rbac-wildcard");
}

#[test]
fn resource_names_lower_the_severity_and_are_named() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"secrets\"]\n    resourceNames: [\"db-password\"]\n    verbs: [\"get\"]\n",
    );
    let f = one(&findings, "rbac-dangerous-permission");
    assert_finding(
        &f,
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 0),
        "medium",
        "grants get on secrets (only db-password)",
    );
}

#[test]
fn resource_names_cannot_limit_create_of_pods() {
    let (_, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"pods\"]\n    resourceNames: [\"web-0\"]\n    verbs: [\"create\", \"get\"]\n",
    );
    no_rbac(&findings);
    // but a named pods/exec is still an exec into that pod
    let (_, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"pods/exec\"]\n    resourceNames: [\"web-0\"]\n    verbs: [\"create\"]\n",
    );
    let f = one(&findings, "rbac-dangerous-permission");
    assert_eq!(f.severity, "medium");
    assert!(
        f.message
            .contains("grants create on pods/exec (only web-0)"),
        "{f:#?}"
    );
}

#[test]
fn exec_and_attach_and_subresource_wildcard() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"\"]\n    resources: [\"pods/exec\", \"pods/attach\"]\n    verbs: [\"create\"]\n  - apiGroups: [\"\"]\n    resources: [\"*/attach\"]\n    verbs: [\"create\"]\n",
    );
    let found = of_rule(&findings, "rbac-dangerous-permission");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 0),
        "high",
        "grants create on pods/exec, pods/attach (",
    );
    assert_finding(
        &found[1],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 1),
        "high",
        "grants create on pods/attach (",
    );
    let w = one(&findings, "rbac-wildcard");
    assert_finding(
        &w,
        "rbac-wildcard",
        pos(&text, "apiGroups", 1),
        "high",
        "`*` in resources",
    );
}

#[test]
fn create_on_workload_kinds_in_their_api_groups() {
    let (text, findings) = scan_role(
        "  - apiGroups: [\"apps\"]\n    resources: [\"deployments\", \"statefulsets\"]\n    verbs: [\"create\", \"update\"]\n  - apiGroups: [\"batch\"]\n    resources: [\"cronjobs\"]\n    verbs: [\"create\"]\n",
    );
    let found = of_rule(&findings, "rbac-dangerous-permission");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 0),
        "high",
        "grants create on deployments, statefulsets (",
    );
    assert_finding(
        &found[1],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 1),
        "high",
        "grants create on cronjobs (",
    );
}

#[test]
fn workload_name_in_another_api_group_is_not_a_workload() {
    // A CRD that happens to be called deployments, and secrets of a custom group.
    let (_, findings) = scan_role(
        "  - apiGroups: [\"deploy.example.com\"]\n    resources: [\"deployments\", \"secrets\"]\n    verbs: [\"create\", \"get\"]\n",
    );
    no_rbac(&findings);
}

#[test]
fn update_and_patch_of_workloads_are_not_on_the_list() {
    let (_, findings) = scan_role(
        "  - apiGroups: [\"apps\"]\n    resources: [\"deployments\", \"deployments/scale\"]\n    verbs: [\"get\", \"update\", \"patch\"]\n",
    );
    no_rbac(&findings);
}

#[test]
fn escalate_bind_impersonate_and_node_proxy() {
    let (text, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: platform
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles"]
            verbs: ["bind", "escalate"]
          - apiGroups: [""]
            resources: ["users", "groups"]
            verbs: ["impersonate"]
          - apiGroups: [""]
            resources: ["nodes/proxy"]
            verbs: ["get"]
          - apiGroups: [""]
            resources: ["nodes", "nodes/metrics"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: platform
          namespace: tools
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: platform
        subjects:
          - kind: ServiceAccount
            name: runner
        "#);
    let found = of_rule(&findings, "rbac-dangerous-permission");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_finding(
        &found[0],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 0),
        "high",
        "ClusterRole rule grants escalate, bind on clusterroles (all names in namespace \
         tools); bound by RoleBinding/tools/platform to ServiceAccount tools/runner",
    );
    assert_finding(
        &found[1],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 1),
        "high",
        "grants impersonate on users, groups (",
    );
    assert_finding(
        &found[2],
        "rbac-dangerous-permission",
        pos(&text, "apiGroups", 2),
        "high",
        "grants get on nodes/proxy (",
    );
    assert!(
        found
            .iter()
            .all(|f| f.object.as_deref() == Some("ClusterRole/platform"))
    );
    no(&findings, "rbac-wildcard");
}

#[test]
fn wildcard_verbs_on_rbac_objects_grant_escalate_and_bind() {
    let (_, findings) = scan_role(
        "  - apiGroups: [\"rbac.authorization.k8s.io\"]\n    resources: [\"rolebindings\", \"roles\"]\n    verbs: [\"*\"]\n",
    );
    let f = one(&findings, "rbac-dangerous-permission");
    assert!(
        f.message.contains("grants escalate, bind on roles ("),
        "{f:#?}"
    );
    one(&findings, "rbac-wildcard");
}

#[test]
fn role_bound_in_another_namespace_is_not_its_binding() {
    let (_, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["watch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: reader
          namespace: billing
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: reader
        subjects:
          - kind: User
            name: alice
        "#);
    let f = one(&findings, "rbac-dangerous-permission");
    assert!(
        f.message.contains(
            "grants watch on secrets (all names in namespace shop); no binding in the tree binds it"
        ),
        "{f:#?}"
    );
    assert!(f.related.is_empty(), "{f:#?}");
}

/// A generated manifest of 10,000 Roles, each bound by one RoleBinding: the same 100 role
/// names in 100 namespaces, so a binding of `read-17` in another namespace is never taken for
/// the role's own. Such a tree once cost a scan of every binding per role and a fresh read of
/// the whole file per finding; the test pins what the user sees, not the time.
#[test]
fn ten_thousand_roles_each_name_their_own_binding() {
    const NAMESPACES: usize = 100;
    const NAMES: usize = 100;
    let mut text = String::new();
    for ns in 0..NAMESPACES {
        for name in 0..NAMES {
            text.push_str(&format!(
                r#"apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: read-{name}
  namespace: ns-{ns}
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-{name}
  namespace: ns-{ns}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: read-{name}
subjects:
  - kind: ServiceAccount
    name: app-{name}
---
"#
            ));
        }
    }
    // A file over 4 MiB is skipped with a note, which would leave nothing to count.
    assert!(text.len() < 4 * 1024 * 1024, "{} bytes", text.len());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(K8S), &text).unwrap();

    let output = cargo_bin_cmd!("caulk")
        .current_dir(dir.path())
        .args(["audit", ".", "--format", "json", "--no-config"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}); stderr: {stderr}"));
    let dangerous: Vec<&Value> = report["findings"]
        .as_array()
        .expect("a findings array")
        .iter()
        .filter(|f| f["rule"] == "rbac-dangerous-permission")
        .collect();
    // At most 1,000 findings per file are reported, all of one severity here: the first ones.
    assert_eq!(dangerous.len(), 1_000);
    let notes = report["notes"].to_string();
    assert!(
        notes.contains("9,000 more findings not shown (at most 1,000 per file)"),
        "{notes}"
    );
    let f = dangerous
        .iter()
        .find(|f| f["object"] == "Role/ns-7/read-17")
        .expect("a finding on Role/ns-7/read-17");
    assert_eq!(
        f["message"],
        "Role rule grants get on secrets (all names in namespace ns-7); bound by \
         RoleBinding/ns-7/read-17 to ServiceAccount ns-7/app-17",
        "{f:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// rbac-cluster-admin-binding
// ---------------------------------------------------------------------------------------------

fn cluster_admin(subjects: &str) -> (String, Vec<Rec>) {
    let text = format!(
        r#"apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
{subjects}"#
    );
    let findings = scan(&[(K8S, &text)]);
    (text, findings)
}

#[test]
fn cluster_admin_to_system_masters_is_not_reported() {
    let (_, findings) = cluster_admin(
        "  - kind: Group\n    name: system:masters\n    apiGroup: rbac.authorization.k8s.io\n",
    );
    no_rbac(&findings);
}

#[test]
fn cluster_admin_to_a_service_account_is_critical() {
    let (text, findings) =
        cluster_admin("  - kind: ServiceAccount\n    name: deployer\n    namespace: ci\n");
    let f = one(&findings, "rbac-cluster-admin-binding");
    assert_finding(
        &f,
        "rbac-cluster-admin-binding",
        pos(&text, "roleRef:", 0),
        "critical",
        "ClusterRoleBinding binds cluster-admin (full control of the cluster) to \
         ServiceAccount ci/deployer",
    );
    assert_eq!(f.object.as_deref(), Some("ClusterRoleBinding/admins"));
}

#[test]
fn cluster_admin_lists_only_the_non_system_subjects() {
    let (_, findings) = cluster_admin(
        "  - kind: Group\n    name: system:masters\n  - kind: User\n    name: alice@example.com\n  - kind: Group\n    name: dev-team\n",
    );
    let f = one(&findings, "rbac-cluster-admin-binding");
    assert!(
        f.message
            .ends_with("to User alice@example.com, Group dev-team"),
        "{f:#?}"
    );
}

#[test]
fn cluster_admin_in_a_role_binding_names_the_namespace() {
    let (text, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: owner
          namespace: shop
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: ServiceAccount
            name: api
        "#);
    let f = one(&findings, "rbac-cluster-admin-binding");
    assert_finding(
        &f,
        "rbac-cluster-admin-binding",
        pos(&text, "roleRef:", 0),
        "critical",
        "RoleBinding binds cluster-admin (full control of namespace shop) to ServiceAccount \
         shop/api",
    );
    assert_eq!(f.object.as_deref(), Some("RoleBinding/shop/owner"));
}

#[test]
fn other_roles_and_a_role_named_cluster_admin_are_not_cluster_admin() {
    let (_, findings) = k8s(r#"
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: viewers
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: view
        subjects:
          - kind: Group
            name: dev-team
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: local
          namespace: shop
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: cluster-admin
        subjects:
          - kind: Group
            name: dev-team
        "#);
    no_rbac(&findings);
}

// ---------------------------------------------------------------------------------------------
// missing-network-policy
// ---------------------------------------------------------------------------------------------

fn deployment(name: &str, namespace: Option<&str>, labels: &str) -> String {
    let ns = namespace.map_or(String::new(), |ns| format!("  namespace: {ns}\n"));
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n{ns}spec:\n  selector:\n    matchLabels: {labels}\n  template:\n    metadata:\n      labels: {labels}\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/{name}:1.0\n"
    )
}

fn policy(name: &str, namespace: Option<&str>, selector: &str) -> String {
    let ns = namespace.map_or(String::new(), |ns| format!("  namespace: {ns}\n"));
    format!(
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: {name}\n{ns}spec:\n  podSelector:\n{selector}  policyTypes: [Ingress]\n"
    )
}

fn docs(parts: &[String]) -> String {
    parts.join("---\n")
}

fn network(text: &str) -> Vec<Rec> {
    of_rule(&scan(&[(K8S, text)]), "missing-network-policy")
}

#[test]
fn match_labels_selects_api_but_not_web() {
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        deployment("web", Some("shop"), "{app: web}"),
        policy(
            "api-only",
            Some("shop"),
            "    matchLabels:\n      app: api\n",
        ),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_finding(
        f,
        "missing-network-policy",
        name_at(&text, "web"),
        "low",
        "no NetworkPolicy of namespace shop selects Deployment/shop/web (pod labels app=web); \
         the 1 policy there select other pods",
    );
    assert_eq!(f.object.as_deref(), Some("Deployment/shop/web"));
    assert_eq!(f.related.len(), 1, "{f:#?}");
    assert_eq!(
        (f.related[0].line, f.related[0].column),
        pos(&text, "podSelector", 0)
    );
    assert_eq!(
        f.related[0].message,
        "NetworkPolicy/shop/api-only selects app=api"
    );
}

#[test]
fn match_expressions_operators() {
    // Four workloads; each policy selects one of them through one operator.
    let text = docs(&[
        deployment("a", Some("ops"), "{tier: front}"),
        deployment("b", Some("ops"), "{tier: back, team: x}"),
        deployment("c", Some("ops"), "{tier: back, legacy: \"yes\"}"),
        deployment("d", Some("ops"), "{tier: db, team: y}"),
        deployment("e", Some("ops"), "{tier: back, team: y}"),
        policy(
            "in",
            Some("ops"),
            "    matchExpressions:\n      - {key: tier, operator: In, values: [front, edge]}\n",
        ),
        policy(
            "exists",
            Some("ops"),
            "    matchExpressions:\n      - {key: legacy, operator: Exists}\n",
        ),
        policy(
            "notin-and-doesnotexist",
            Some("ops"),
            "    matchExpressions:\n      - {key: tier, operator: NotIn, values: [front, back]}\n      - {key: legacy, operator: DoesNotExist}\n",
        ),
        policy(
            "team-x",
            Some("ops"),
            "    matchLabels: {team: x}\n    matchExpressions:\n      - {key: tier, operator: In, values: [back]}\n",
        ),
    ]);
    let found = network(&text);
    // a: In; b: team-x; c: Exists; d: NotIn + DoesNotExist; e: none (team y, tier back).
    let objects: Vec<&str> = found.iter().filter_map(|f| f.object.as_deref()).collect();
    assert_eq!(objects, ["Deployment/ops/e"], "{found:#?}");
    assert_eq!(found[0].at(), name_at(&text, "e"));
    assert_eq!(found[0].related.len(), 4);
    assert_eq!(
        found[0].related[2].message,
        "NetworkPolicy/ops/notin-and-doesnotexist selects tier NotIn (front, back), no legacy"
    );
}

#[test]
fn match_expressions_that_miss_the_workload_still_report_it() {
    // Hard negative: the namespace has a policy, but NotIn leaves the worker out.
    let text = docs(&[
        deployment("worker", Some("shop"), "{app: worker}"),
        policy(
            "not-workers",
            Some("shop"),
            "    matchExpressions:\n      - {key: app, operator: NotIn, values: [worker]}\n",
        ),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_finding(
        &found[0],
        "missing-network-policy",
        name_at(&text, "worker"),
        "low",
        "selects Deployment/shop/worker (pod labels app=worker)",
    );
}

#[test]
fn unknown_operator_selects_nothing() {
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        policy(
            "typo",
            Some("shop"),
            "    matchExpressions:\n      - {key: app, operator: Equals, values: [api]}\n",
        ),
    ]);
    assert_eq!(network(&text).len(), 1);
}

#[test]
fn empty_pod_selector_selects_every_workload() {
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        deployment("web", Some("shop"), "{app: web}"),
        policy("default-deny", Some("shop"), "    {}\n"),
    ]);
    assert!(network(&text).is_empty());
    // `podSelector: {}` written inline too
    let text = text.replace("  podSelector:\n    {}\n", "  podSelector: {}\n");
    assert!(text.contains("podSelector: {}"));
    assert!(network(&text).is_empty());
}

#[test]
fn namespace_without_policy_is_reported_once_at_its_first_workload() {
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        deployment("web", Some("shop"), "{app: web}"),
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n  namespace: shop\nspec:\n  schedule: \"@daily\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: report\n              image: ghcr.io/acme/report:1.0\n".to_string(),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_finding(
        f,
        "missing-network-policy",
        name_at(&text, "api"),
        "low",
        "namespace shop has 3 workloads and no NetworkPolicy: every pod in it accepts \
         connections from any pod (Deployment/shop/api, Deployment/shop/web, \
         CronJob/shop/report)",
    );
    assert_eq!(f.object.as_deref(), Some("Deployment/shop/api"));
    let related: Vec<(usize, usize)> = f.related.iter().map(|r| (r.line, r.column)).collect();
    assert_eq!(
        related,
        [name_at(&text, "web"), name_at(&text, "report")],
        "{f:#?}"
    );
}

#[test]
fn two_namespaces_are_judged_apart() {
    // shop's policy does not select anything in billing; billing has no policy.
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        deployment("ledger", Some("billing"), "{app: api}"),
        policy("all", Some("shop"), "    {}\n"),
        deployment("invoices", Some("billing"), "{app: invoices}"),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_finding(
        &found[0],
        "missing-network-policy",
        name_at(&text, "ledger"),
        "low",
        "namespace billing has 2 workloads and no NetworkPolicy",
    );
    assert_eq!(
        found[0].object.as_deref(),
        Some("Deployment/billing/ledger")
    );
}

#[test]
fn objects_without_namespace_share_the_unnamed_namespace() {
    let text = docs(&[
        deployment("api", None, "{app: api}"),
        deployment("web", None, "{app: web}"),
        policy("api", None, "    matchLabels: {app: api}\n"),
        // a policy in a named namespace does not cover unnamed-namespace pods
        policy("web", Some("shop"), "    matchLabels: {app: web}\n"),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_finding(
        &found[0],
        "missing-network-policy",
        name_at(&text, "web"),
        "low",
        "no NetworkPolicy of the unnamed namespace (objects without metadata.namespace) \
         selects Deployment/web (pod labels app=web)",
    );
}

#[test]
fn bare_pod_uses_its_own_labels_and_other_kinds_are_found_by_shape() {
    let text = d(r#"
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          namespace: shop
          labels:
            app: api
        spec:
          containers:
            - name: sh
              image: busybox:1.36
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: canary
          namespace: shop
        spec:
          template:
            metadata:
              labels:
                app: canary
            spec:
              containers:
                - name: app
                  image: ghcr.io/acme/canary:1.0
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          namespace: shop
        data:
          spec: not a pod
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          podSelector:
            matchLabels:
              app: api
        "#);
    let found = network(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_finding(
        &found[0],
        "missing-network-policy",
        name_at(&text, "canary"),
        "low",
        "selects Rollout/shop/canary (pod labels app=canary)",
    );
}

#[test]
fn host_network_pods_and_pod_templates_are_not_workloads_here() {
    let text = d(r#"
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-agent
          namespace: kube-system
        spec:
          template:
            metadata:
              labels: {app: agent}
            spec:
              hostNetwork: true
              containers:
                - name: agent
                  image: ghcr.io/acme/agent:1.0
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata:
          name: tpl
          namespace: kube-system
        template:
          spec:
            containers:
              - name: x
                image: busybox:1.36
        "#);
    assert!(network(&text).is_empty());
}

#[test]
fn other_policy_kinds_are_not_network_policies() {
    // A GKE FQDNNetworkPolicy is not a networking.k8s.io NetworkPolicy.
    let text = docs(&[
        deployment("api", Some("shop"), "{app: api}"),
        "apiVersion: networking.gke.io/v1alpha1\nkind: FQDNNetworkPolicy\nmetadata:\n  name: x\n  namespace: shop\nspec:\n  podSelector: {}\n".to_string(),
    ]);
    let found = network(&text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .message
            .contains("has 1 workload and no NetworkPolicy")
    );
}

#[test]
fn list_kind_and_multi_document_files() {
    let text = d(r#"
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
            spec:
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: ghcr.io/acme/api:1.0
          - apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: api
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: ["secrets"]
                verbs: ["list"]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: web
          namespace: shop
        spec:
          podSelector:
            matchLabels: {app: web}
        "#);
    let findings = scan(&[(K8S, &text)]);
    let f = one(&findings, "rbac-dangerous-permission");
    assert_eq!(f.at(), pos(&text, "apiGroups", 0));
    assert_eq!(f.object.as_deref(), Some("Role/shop/api"));
    let n = one(&findings, "missing-network-policy");
    assert_eq!(n.at(), name_at(&text, "api"));
    assert_eq!(n.object.as_deref(), Some("Deployment/shop/api"));
}

// ---------------------------------------------------------------------------------------------
// Fixture tree: testdata/access/ (several files, bindings in another file than their role)
// ---------------------------------------------------------------------------------------------

#[test]
fn fixture_tree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/access");
    // Paths are shown relative to the current directory, the crate root under cargo.
    let mut findings = audit_dir(&root, &AuditOptions::default());
    for f in &mut findings {
        let strip = |p: &mut String| {
            if let Some(rest) = p.strip_prefix("testdata/access/") {
                *p = rest.to_string();
            }
        };
        strip(&mut f.path);
        f.related.iter_mut().for_each(|r| strip(&mut r.path));
    }
    let summary: Vec<(String, String, usize, usize, Option<String>)> = findings
        .iter()
        .filter(|f| RBAC_RULES.contains(&f.rule.as_str()) || f.rule == "missing-network-policy")
        .map(|f| {
            (
                f.rule.clone(),
                f.path.clone(),
                f.line,
                f.column,
                f.object.clone(),
            )
        })
        .collect();
    let expected: Vec<(String, String, usize, usize, Option<String>)> = [
        (
            "missing-network-policy",
            "apps/batch.yaml",
            4,
            9,
            "CronJob/batch/nightly",
        ),
        (
            "missing-network-policy",
            "apps/shop.yaml",
            22,
            9,
            "StatefulSet/shop/db",
        ),
        (
            "rbac-dangerous-permission",
            "rbac/roles.yaml",
            7,
            5,
            "Role/shop/api",
        ),
        (
            "rbac-cluster-admin-binding",
            "rbac/bindings.yaml",
            6,
            1,
            "ClusterRoleBinding/ci-admin",
        ),
    ]
    .into_iter()
    .map(|(r, p, l, c, o)| (r.to_string(), p.to_string(), l, c, Some(o.to_string())))
    .collect();
    let mut sorted_expected = expected.clone();
    sorted_expected.sort_by(|a, b| (&a.1, a.2, a.3).cmp(&(&b.1, b.2, b.3)));
    assert_eq!(summary, sorted_expected, "{findings:#?}");
    let role = findings
        .iter()
        .find(|f| f.rule == "rbac-dangerous-permission")
        .unwrap();
    assert!(
        role.message
            .contains("bound by RoleBinding/shop/api to ServiceAccount shop/api"),
        "{role:#?}"
    );
    assert_eq!(role.related.len(), 1);
    assert_eq!(role.related[0].path, "rbac/bindings.yaml");
    let batch = findings
        .iter()
        .find(|f| f.object.as_deref() == Some("CronJob/batch/nightly"))
        .unwrap();
    assert!(
        batch.message.contains("namespace batch has 2 workloads"),
        "{batch:#?}"
    );
    assert_eq!(batch.related[0].path, "apps/batch.yaml");
}

#[test]
fn a_patch_without_labels_is_the_same_object_as_its_selected_base() {
    // A kustomize patch of the StatefulSet leaves the template labels out; the base has them.
    let base = docs(&[
        deployment("api", None, "{app: api}"),
        policy("api", None, "    matchLabels: {app: api}\n"),
    ]);
    let patch = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 0\n  template:\n    spec:\n      containers:\n        - name: app\n          args: [--replicas=0]\n";
    let findings = scan(&[("base/api.yaml", &base), ("overlay/patch.yaml", patch)]);
    no(&findings, "missing-network-policy");
    // while another object of the same labels-less shape is reported
    let other = patch.replace("name: api", "name: worker");
    let findings = scan(&[("base/api.yaml", &base), ("overlay/worker.yaml", &other)]);
    let f = one(&findings, "missing-network-policy");
    assert_eq!(f.path, "overlay/worker.yaml");
    assert_eq!(f.at(), name_at(&other, "worker"));
    assert!(
        f.message
            .contains("selects Deployment/worker (no pod labels)"),
        "{f:#?}"
    );
}
