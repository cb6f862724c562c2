//! Kubernetes access and network objects: RBAC roles and bindings, NetworkPolicies, and the
//! pod-template labels of workloads that NetworkPolicies select.
//!
//! Items carry no `FileId`: an item's file is the index of its `FileFacts` in `project.facts`.

use crate::facts::FileFacts;
use crate::parse::kubernetes::object_name;
use crate::parse::yaml::{Node, NodeKind};
use crate::source::{FileId, Span};

use crate::parse::kubernetes::POD_SPEC_PATHS;

/// Everything one file yields for the access and network rules.
#[derive(Debug, Default)]
pub struct AccessFacts {
    pub roles: Vec<Role>,
    pub bindings: Vec<Binding>,
    pub policies: Vec<NetworkPolicy>,
    pub workloads: Vec<Workload>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    Role,
    ClusterRole,
}

impl RoleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleKind::Role => "Role",
            RoleKind::ClusterRole => "ClusterRole",
        }
    }
}

/// A Role or ClusterRole.
#[derive(Clone, Debug)]
pub struct Role {
    pub kind: RoleKind,
    /// `Role/shop/reader`.
    pub object: String,
    pub name: String,
    pub namespace: Option<String>,
    /// `metadata.name`'s value, else the object.
    pub anchor: Span,
    pub labels: Vec<(String, String)>,
    /// A ClusterRole with an `aggregationRule`: the controller writes its `rules` from the
    /// ClusterRoles its selectors match, so the rules written here do not count.
    pub aggregation: Option<Vec<LabelSelector>>,
    pub rules: Vec<PolicyRule>,
}

/// One entry of a role's `rules:`. Lists are as written (`*` kept as is).
#[derive(Clone, Debug, Default)]
pub struct PolicyRule {
    /// The `- apiGroups: …` item.
    pub span: Span,
    /// `None` when the key is absent.
    pub api_groups: Option<Vec<String>>,
    pub resources: Vec<String>,
    pub verbs: Vec<String>,
    pub resource_names: Vec<String>,
    pub non_resource_urls: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    RoleBinding,
    ClusterRoleBinding,
}

impl BindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BindingKind::RoleBinding => "RoleBinding",
            BindingKind::ClusterRoleBinding => "ClusterRoleBinding",
        }
    }
}

/// A RoleBinding or ClusterRoleBinding.
#[derive(Clone, Debug)]
pub struct Binding {
    pub kind: BindingKind,
    pub object: String,
    pub name: String,
    pub namespace: Option<String>,
    /// `roleRef.kind` (`Role`, `ClusterRole`) and `roleRef.name`.
    pub role_kind: String,
    pub role_name: String,
    /// The `roleRef:` entry, key to end of value; the object when there is none.
    pub role_ref: Span,
    pub subjects: Vec<Subject>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    /// `ServiceAccount`, `User`, `Group`.
    pub kind: String,
    pub name: String,
    /// As written; a ServiceAccount without one is in the binding's namespace.
    pub namespace: Option<String>,
}

impl Subject {
    /// `ServiceAccount shop/api`, `Group dev-team`, `User alice`.
    pub fn describe(&self, binding_namespace: Option<&str>) -> String {
        match (
            self.kind.as_str(),
            self.namespace.as_deref().or(binding_namespace),
        ) {
            ("ServiceAccount", Some(ns)) => format!("ServiceAccount {ns}/{}", self.name),
            _ => format!("{} {}", self.kind, self.name),
        }
    }

    /// A `system:` group (`system:masters`, `system:nodes`): the cluster's own identities.
    pub fn is_system_group(&self) -> bool {
        self.kind == "Group" && self.name.starts_with("system:")
    }
}

/// A `networking.k8s.io` NetworkPolicy.
#[derive(Clone, Debug)]
pub struct NetworkPolicy {
    pub object: String,
    pub namespace: Option<String>,
    /// The `podSelector:` entry, else the object.
    pub span: Span,
    pub selector: LabelSelector,
}

/// A Kubernetes label selector: `matchLabels` and `matchExpressions`, ANDed. An empty one
/// selects everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LabelSelector {
    pub match_labels: Vec<(String, String)>,
    pub match_expressions: Vec<Requirement>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub key: String,
    /// As written: `In`, `NotIn`, `Exists`, `DoesNotExist` (anything else selects nothing, as
    /// the API server would refuse it).
    pub operator: String,
    pub values: Vec<String>,
}

impl LabelSelector {
    pub fn is_empty(&self) -> bool {
        self.match_labels.is_empty() && self.match_expressions.is_empty()
    }

    pub fn matches(&self, labels: &[(String, String)]) -> bool {
        let value = |key: &str| labels.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        self.match_labels.iter().all(|(k, v)| value(k) == Some(v))
            && self.match_expressions.iter().all(|r| {
                let present = value(&r.key);
                match r.operator.as_str() {
                    "In" => present.is_some_and(|v| r.values.contains(v)),
                    "NotIn" => present.is_none_or(|v| !r.values.contains(v)),
                    "Exists" => present.is_some(),
                    "DoesNotExist" => present.is_none(),
                    _ => false,
                }
            })
    }
}

/// An object that runs pods: anything with a pod spec found by shape.
#[derive(Clone, Debug)]
pub struct Workload {
    pub object: String,
    pub namespace: Option<String>,
    /// `metadata.name`'s value, else the object.
    pub anchor: Span,
    /// The pod template's labels (a bare Pod's own `metadata.labels`).
    pub labels: Vec<(String, String)>,
    /// `hostNetwork: true`: NetworkPolicies do not apply to the pod's host-network traffic.
    pub host_network: bool,
}

/// Reads `object` when it is a Role, ClusterRole, RoleBinding, ClusterRoleBinding,
/// NetworkPolicy or a workload (its pod-template labels).
pub fn facts(file_id: FileId, object: &Node, facts: &mut FileFacts) {
    let _ = file_id;
    let kind = object.get_str("kind").unwrap_or("");
    let api_version = object.get_str("apiVersion").unwrap_or("");
    let rbac = api_version.starts_with("rbac.authorization.k8s.io/");
    let access = &mut facts.access;
    match kind {
        "Role" if rbac => access.roles.push(role(RoleKind::Role, object)),
        "ClusterRole" if rbac => access.roles.push(role(RoleKind::ClusterRole, object)),
        "RoleBinding" if rbac => access
            .bindings
            .push(binding(BindingKind::RoleBinding, object)),
        "ClusterRoleBinding" if rbac => access
            .bindings
            .push(binding(BindingKind::ClusterRoleBinding, object)),
        "NetworkPolicy" if api_version.starts_with("networking.k8s.io/") => {
            let selector_entry = object.get("spec").and_then(|s| s.entry("podSelector"));
            access.policies.push(NetworkPolicy {
                object: object_name(object),
                namespace: namespace(object),
                span: selector_entry
                    .map_or(object.span, |e| e.key.span.join(content_span(&e.value))),
                selector: selector_entry
                    .map(|e| label_selector(&e.value))
                    .unwrap_or_default(),
            });
        }
        // A template for pods, not a running workload.
        "PodTemplate" => {}
        _ => {
            if let Some(workload) = workload(object) {
                access.workloads.push(workload);
            }
        }
    }
}

fn namespace(object: &Node) -> Option<String> {
    object
        .path(&["metadata", "namespace"])
        .and_then(Node::as_text)
        .map(str::to_string)
}

/// A node's span from its start to the end of its last scalar. A block collection's own span
/// runs on to the token after it (the next `- ` item or key, past comments); the closing
/// brackets of a flow collection are added back by the rules, which have the text.
pub fn content_span(node: &Node) -> Span {
    fn end(node: &Node) -> usize {
        let last = match &node.kind {
            NodeKind::Scalar { .. } => None,
            NodeKind::Seq(items) => items.iter().map(end).max(),
            NodeKind::Map(entries) => entries.iter().map(|e| end(&e.key).max(end(&e.value))).max(),
        };
        last.unwrap_or(node.span.end)
    }
    Span::new(node.span.start, end(node))
}

fn name_anchor(object: &Node) -> Span {
    object
        .path(&["metadata", "name"])
        .or_else(|| object.path(&["metadata", "generateName"]))
        .map_or(object.span, |n| n.span)
}

/// A list of strings; a lone scalar counts as a list of one.
fn strings(node: Option<&Node>) -> Vec<String> {
    let Some(node) = node else {
        return Vec::new();
    };
    if node.is_seq() {
        node.items()
            .iter()
            .filter_map(Node::as_str)
            .map(str::to_string)
            .collect()
    } else {
        node.as_text()
            .map(|t| vec![t.to_string()])
            .unwrap_or_default()
    }
}

fn labels(metadata: Option<&Node>) -> Vec<(String, String)> {
    string_map(metadata.and_then(|m| m.get("labels")))
}

fn string_map(node: Option<&Node>) -> Vec<(String, String)> {
    node.map(|n| {
        n.entries()
            .iter()
            .filter_map(|e| {
                let value = if e.value.is_null() {
                    ""
                } else {
                    e.value.as_str()?
                };
                Some((e.key_str().to_string(), value.to_string()))
            })
            .collect()
    })
    .unwrap_or_default()
}

pub fn label_selector(node: &Node) -> LabelSelector {
    LabelSelector {
        match_labels: string_map(node.get("matchLabels")),
        match_expressions: node
            .get("matchExpressions")
            .map(|list| {
                list.items()
                    .iter()
                    .map(|item| Requirement {
                        key: item.get_str("key").unwrap_or("").to_string(),
                        operator: item.get_str("operator").unwrap_or("").to_string(),
                        values: strings(item.get("values")),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn role(kind: RoleKind, object: &Node) -> Role {
    let aggregation = object.get("aggregationRule").map(|rule| {
        rule.get("clusterRoleSelectors")
            .map(|s| s.items().iter().map(label_selector).collect())
            .unwrap_or_default()
    });
    let rules = object
        .get("rules")
        .map(|rules| {
            rules
                .items()
                .iter()
                .filter(|item| item.is_map())
                .map(|item| PolicyRule {
                    span: content_span(item),
                    api_groups: item.get("apiGroups").map(|g| strings(Some(g))),
                    resources: strings(item.get("resources")),
                    verbs: strings(item.get("verbs")),
                    resource_names: strings(item.get("resourceNames")),
                    non_resource_urls: strings(item.get("nonResourceURLs")),
                })
                .collect()
        })
        .unwrap_or_default();
    Role {
        kind,
        object: object_name(object),
        name: object
            .path(&["metadata", "name"])
            .and_then(Node::as_text)
            .unwrap_or("")
            .to_string(),
        namespace: namespace(object),
        anchor: name_anchor(object),
        labels: labels(object.get("metadata")),
        aggregation,
        rules,
    }
}

fn binding(kind: BindingKind, object: &Node) -> Binding {
    let role_ref = object.entry("roleRef");
    let role_ref_node = role_ref.map(|e| &e.value);
    let text = |key: &str| {
        role_ref_node
            .and_then(|r| r.get_str(key))
            .unwrap_or("")
            .to_string()
    };
    let subjects = object
        .get("subjects")
        .map(|list| {
            list.items()
                .iter()
                .filter_map(|s| {
                    Some(Subject {
                        kind: s.get_str("kind")?.to_string(),
                        name: s.get_str("name")?.to_string(),
                        namespace: s.get_str("namespace").map(str::to_string),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Binding {
        kind,
        object: object_name(object),
        name: object
            .path(&["metadata", "name"])
            .and_then(Node::as_text)
            .unwrap_or("")
            .to_string(),
        namespace: namespace(object),
        role_kind: text("kind"),
        role_name: text("name"),
        role_ref: role_ref.map_or(object.span, |e| e.key.span.join(content_span(&e.value))),
        subjects,
    }
}

fn workload(object: &Node) -> Option<Workload> {
    POD_SPEC_PATHS
        .iter()
        .find_map(|(spec_path, metadata_path)| {
            let spec = object.path(spec_path)?;
            if !spec.get("containers").is_some_and(Node::is_seq) {
                return None;
            }
            Some(Workload {
                object: object_name(object),
                namespace: namespace(object),
                anchor: name_anchor(object),
                labels: labels(object.path(metadata_path)),
                host_network: spec.get("hostNetwork").and_then(Node::as_bool) == Some(true),
            })
        })
}
