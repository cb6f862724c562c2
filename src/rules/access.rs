//! Kubernetes access and network: RBAC wildcards and dangerous permissions, cluster-admin
//! bindings, workloads no NetworkPolicy selects.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::parse::access::{
    Binding, BindingKind, LabelSelector, NetworkPolicy, PolicyRule, Role, RoleKind, Workload,
};
use crate::project::Project;
use crate::rules::{Finding, Severity};
use crate::source::{FileId, Span};

pub fn check(project: &Project, findings: &mut Vec<Finding>) {
    let mut out = Vec::new();
    rbac(project, &mut out);
    network_policies(project, &mut out);
    // An ASCII file's text is released after parsing and each request reads it from disk
    // again: fetch it once per file, not once per span, or a manifest of thousands of roles is
    // read thousands of times.
    let mut spans: Vec<(FileId, &mut Span)> = Vec::new();
    for finding in &mut out {
        let Finding {
            file,
            span,
            related,
            ..
        } = finding;
        spans.push((*file, span));
        spans.extend(related.iter_mut().map(|r| (r.file, &mut r.span)));
    }
    spans.sort_by_key(|(file, _)| *file);
    for group in spans.chunk_by_mut(|a, b| a.0 == b.0) {
        let Some(source) = group.first().and_then(|(file, _)| project.files.get(*file)) else {
            continue;
        };
        let full = source.full_text();
        for (_, span) in group {
            **span = tight(&full, **span);
        }
    }
    findings.extend(out);
}

/// Spans from the parser end at their last scalar: add back the closing brackets of flow
/// collections opened inside the span (`verbs: ["get"]` ends at its `]`).
fn tight(full: &str, span: Span) -> Span {
    let text = full.get(span.start..span.end).unwrap_or("");
    let mut open: usize = 0;
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => open += 1,
            (None, ']' | '}') => open = open.saturating_sub(1),
            _ => {}
        }
    }
    let rest = full.get(span.end..).unwrap_or("");
    let mut end = span.end;
    for (i, c) in rest.char_indices() {
        if open == 0 {
            break;
        }
        match c {
            ']' | '}' => {
                open -= 1;
                end = span.end + i + 1;
            }
            ' ' | '\t' | '\n' | '\r' | ',' => {}
            _ => break,
        }
    }
    Span::new(span.start, end)
}

fn rbac(project: &Project, findings: &mut Vec<Finding>) {
    let bindings: Vec<(FileId, &Binding)> = project
        .facts
        .iter()
        .enumerate()
        .flat_map(|(file, f)| f.access.bindings.iter().map(move |b| (file, b)))
        .collect();
    let roles: Vec<(FileId, &Role)> = project
        .facts
        .iter()
        .enumerate()
        .flat_map(|(file, f)| f.access.roles.iter().map(move |r| (file, r)))
        .collect();
    let index = RbacIndex::new(&roles, &bindings);
    for &(file, role) in &roles {
        role_rules(file, role, &index, findings);
    }
    for &(file, binding) in &bindings {
        cluster_admin_binding(file, binding, findings);
    }
}

// ---------------------------------------------------------------------------------------------
// RBAC
// ---------------------------------------------------------------------------------------------

/// Workload kinds whose `create` starts pods, with their API groups.
const WORKLOAD_RESOURCES: &[(&str, &[&str])] = &[
    ("pods", &[""]),
    ("deployments", &["apps", "extensions"]),
    ("statefulsets", &["apps"]),
    ("daemonsets", &["apps", "extensions"]),
    ("replicasets", &["apps", "extensions"]),
    ("jobs", &["batch"]),
    ("cronjobs", &["batch"]),
    ("replicationcontrollers", &[""]),
];

/// Resources `escalate`/`bind` and `impersonate` act on, for telling what `verbs: ["*"]`
/// grants.
const ESCALATE_RESOURCES: &[(&str, &[&str])] = &[
    ("roles", &["rbac.authorization.k8s.io"]),
    ("clusterroles", &["rbac.authorization.k8s.io"]),
];
const IMPERSONATE_RESOURCES: &[(&str, &[&str])] = &[
    ("users", &[""]),
    ("groups", &[""]),
    ("serviceaccounts", &[""]),
    ("userextras/*", &["authentication.k8s.io"]),
    ("uids", &["authentication.k8s.io"]),
];

impl PolicyRule {
    fn group_matches(&self, groups: &[&str]) -> bool {
        match &self.api_groups {
            Some(written) => written
                .iter()
                .any(|g| g == "*" || groups.contains(&g.as_str())),
            // The API server refuses a resource rule without apiGroups; read it as the core
            // group, which is what its author most likely meant.
            None => groups.contains(&""),
        }
    }

    /// Whether the rule covers `resource` (`pods`, `pods/exec`) in one of `groups`, as the RBAC
    /// authorizer matches: `*`, the exact name, or `*/<subresource>`. No other globbing.
    fn resource_matches(&self, resource: &str, groups: &[&str]) -> bool {
        if !self.group_matches(groups) {
            return false;
        }
        let subresource = resource.split_once('/').map(|(_, sub)| sub);
        self.resources.iter().any(|r| {
            r == "*"
                || r == resource
                || subresource.is_some_and(|sub| r.strip_prefix("*/") == Some(sub))
        })
    }

    fn verb_matches(&self, verb: &str) -> bool {
        self.verbs.iter().any(|v| v == "*" || v == verb)
    }

    /// The resources of `candidates` this rule grants `verb` on.
    fn granted<'a>(&self, verb: &str, candidates: &[(&'a str, &[&str])]) -> Vec<&'a str> {
        if !self.verb_matches(verb) {
            return Vec::new();
        }
        candidates
            .iter()
            .filter(|(resource, groups)| self.resource_matches(resource, groups))
            .map(|(resource, _)| *resource)
            .collect()
    }

    /// Where the rule has `*`: `verbs`, `resources`, `apiGroups`, `nonResourceURLs`.
    fn wildcards(&self) -> Vec<&'static str> {
        let star = |list: &[String]| list.iter().any(|x| x == "*");
        let mut fields = Vec::new();
        if star(&self.verbs) {
            fields.push("verbs");
        }
        if self
            .resources
            .iter()
            .any(|r| r == "*" || r.starts_with("*/"))
        {
            fields.push("resources");
        }
        if self.api_groups.as_deref().is_some_and(star) {
            fields.push("apiGroups");
        }
        // `/healthz/*` is a prefix and names a few endpoints; `*` and `/*` are all of them.
        if self.non_resource_urls.iter().any(|u| u == "*" || u == "/*") {
            fields.push("nonResourceURLs");
        }
        fields
    }

    /// What the rule grants from rules.md's dangerous list, one phrase per kind of grant:
    /// `get, list on secrets`, `create on pods/exec`.
    fn dangerous(&self) -> Vec<String> {
        let mut phrases = Vec::new();
        let named = !self.resource_names.is_empty();
        let exec = self.granted("create", &[("pods/exec", &[""]), ("pods/attach", &[""])]);
        if !exec.is_empty() {
            phrases.push(format!("create on {}", exec.join(", ")));
        }
        let read: Vec<&str> = ["get", "list", "watch"]
            .into_iter()
            .filter(|verb| !self.granted(verb, &[("secrets", &[""])]).is_empty())
            .collect();
        if !read.is_empty() {
            phrases.push(format!("{} on secrets", read.join(", ")));
        }
        // `resourceNames` cannot authorize a `create` of a top-level object: the request
        // carries no name yet, so such a rule grants no create at all.
        if !named {
            let created = self.granted("create", WORKLOAD_RESOURCES);
            if !created.is_empty() {
                phrases.push(format!("create on {}", created.join(", ")));
            }
        }
        // Verbs written out count on whatever resource they name; through `verbs: ["*"]`
        // only on the resources they act on.
        let mut escalation: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
        for verb in ["escalate", "bind", "impersonate"] {
            let explicit = self.verbs.iter().any(|v| v == verb);
            let resources: Vec<&str> = if explicit {
                self.resources.iter().map(String::as_str).collect()
            } else if verb == "impersonate" {
                self.granted(verb, IMPERSONATE_RESOURCES)
            } else {
                self.granted(verb, ESCALATE_RESOURCES)
            };
            if !explicit && resources.is_empty() {
                continue;
            }
            match escalation.iter_mut().find(|(_, r)| *r == resources) {
                Some((verbs, _)) => verbs.push(verb),
                None => escalation.push((vec![verb], resources)),
            }
        }
        for (verbs, resources) in escalation {
            phrases.push(if resources.is_empty() {
                verbs.join(", ")
            } else {
                format!("{} on {}", verbs.join(", "), resources.join(", "))
            });
        }
        if self.resource_matches("nodes/proxy", &[""]) && !self.verbs.is_empty() {
            phrases.push(format!("{} on nodes/proxy", self.verbs.join(", ")));
        }
        phrases
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `[a, b]` with the core group shown as `""`.
fn list(items: &[String]) -> String {
    let shown: Vec<String> = items
        .iter()
        .map(|i| {
            if i.is_empty() {
                "\"\"".to_string()
            } else {
                i.clone()
            }
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

/// The bindings of the tree that grant `role`, directly or through a ClusterRole that
/// aggregates it; and the built-in roles it is aggregated into.
struct Holders<'a> {
    bindings: Vec<(FileId, &'a Binding)>,
    aggregated_into: Vec<String>,
}

/// Which role a binding's `roleRef` grants, as the authorizer resolves it: a ClusterRole by
/// name from either kind of binding; a Role by name only from a RoleBinding of its own
/// namespace.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Grant<'a> {
    kind: &'static str,
    name: &'a str,
    /// The Role's namespace; `None` for a ClusterRole, which has none.
    namespace: Option<&'a str>,
}

impl<'a> Grant<'a> {
    fn of_role(role: &'a Role) -> Self {
        Grant {
            kind: role.kind.as_str(),
            name: &role.name,
            namespace: match role.kind {
                RoleKind::ClusterRole => None,
                RoleKind::Role => role.namespace.as_deref(),
            },
        }
    }

    /// `None` when the binding can grant no role: a ClusterRoleBinding of a Role, or a
    /// `roleRef.kind` that is neither `Role` nor `ClusterRole`.
    fn of_binding(binding: &'a Binding) -> Option<Self> {
        let (kind, namespace) = match (binding.role_kind.as_str(), binding.kind) {
            ("ClusterRole", _) => (RoleKind::ClusterRole, None),
            ("Role", BindingKind::RoleBinding) => (RoleKind::Role, binding.namespace.as_deref()),
            _ => return None,
        };
        Some(Grant {
            kind: kind.as_str(),
            name: &binding.role_name,
            namespace,
        })
    }
}

/// Label selectors filed under one `matchLabels` pair each. A selector matches only labels
/// that hold every one of its pairs, so the selectors filed under the pairs a set of labels
/// holds, with those that have no pair, include every selector that can match it: a lookup
/// per label instead of trying every selector of the tree against every object.
struct SelectorIndex<'a> {
    /// Owner positions, ascending, by one pair of their selectors.
    by_pair: HashMap<(&'a str, &'a str), Vec<usize>>,
    /// Owners with a selector without `matchLabels` (empty, or `matchExpressions` only):
    /// those can match any labels.
    unpaired: Vec<usize>,
}

impl<'a> SelectorIndex<'a> {
    /// `selectors` yields each owner's position (ascending) with one of its selectors. An
    /// empty selector has no pair and so is a candidate for any labels.
    fn new(selectors: impl Iterator<Item = (usize, &'a LabelSelector)>) -> Self {
        let mut index = SelectorIndex {
            by_pair: HashMap::new(),
            unpaired: Vec::new(),
        };
        for (owner, selector) in selectors {
            let list = match selector.match_labels.first() {
                Some((key, value)) => index
                    .by_pair
                    .entry((key.as_str(), value.as_str()))
                    .or_default(),
                None => &mut index.unpaired,
            };
            // An owner's selectors come one after another: one entry is enough.
            if list.last() != Some(&owner) {
                list.push(owner);
            }
        }
        index
    }

    /// The owners whose selectors may match `labels`, ascending and each once, so that the
    /// caller still meets them in the order of the tree.
    fn candidates(&self, labels: &[(String, String)]) -> Vec<usize> {
        let mut owners = self.unpaired.clone();
        for (key, value) in labels {
            if let Some(list) = self.by_pair.get(&(key.as_str(), value.as_str())) {
                owners.extend_from_slice(list);
            }
        }
        owners.sort_unstable();
        owners.dedup();
        owners
    }
}

/// The tree's bindings and aggregating ClusterRoles, filed by what they refer to, built once:
/// a generated tree has tens of thousands of roles, and scanning every binding for each of
/// them grows with the square of the tree.
struct RbacIndex<'a> {
    /// In the order of the tree, which is the order a role's bindings are named in.
    bindings: HashMap<Grant<'a>, Vec<(FileId, &'a Binding)>>,
    /// Roles with an `aggregationRule`, in the order of the tree, with its selectors.
    aggregators: Vec<(&'a Role, &'a [LabelSelector])>,
    selectors: SelectorIndex<'a>,
    /// The names of `BUILT_IN_AGGREGATES` the tree defines a ClusterRole of: that one, not
    /// the built-in, is what the label feeds.
    defined_built_ins: HashSet<&'a str>,
}

impl<'a> RbacIndex<'a> {
    fn new(roles: &[(FileId, &'a Role)], bindings: &[(FileId, &'a Binding)]) -> Self {
        let mut by_grant: HashMap<Grant<'a>, Vec<(FileId, &'a Binding)>> = HashMap::new();
        for &(file, binding) in bindings {
            if let Some(grant) = Grant::of_binding(binding) {
                by_grant.entry(grant).or_default().push((file, binding));
            }
        }
        let aggregators: Vec<(&'a Role, &'a [LabelSelector])> = roles
            .iter()
            .filter_map(|&(_, role)| role.aggregation.as_deref().map(|s| (role, s)))
            .collect();
        let selectors = SelectorIndex::new(
            aggregators
                .iter()
                .enumerate()
                .flat_map(|(i, (_, selectors))| selectors.iter().map(move |s| (i, s)))
                .filter(|(_, s)| !s.is_empty()),
        );
        let defined_built_ins = roles
            .iter()
            .filter(|(_, r)| r.kind == RoleKind::ClusterRole)
            .map(|(_, r)| r.name.as_str())
            .filter(|name| BUILT_IN_AGGREGATES.contains(name))
            .collect();
        RbacIndex {
            bindings: by_grant,
            aggregators,
            selectors,
            defined_built_ins,
        }
    }

    fn bindings_of(&self, role: &'a Role) -> &[(FileId, &'a Binding)] {
        self.bindings
            .get(&Grant::of_role(role))
            .map_or(&[], Vec::as_slice)
    }
}

/// ClusterRoles `rbac.authorization.k8s.io/aggregate-to-<name>: "true"` feeds into.
const BUILT_IN_AGGREGATES: &[&str] = &["admin", "edit", "view"];

fn holders<'a>(file: FileId, role: &'a Role, index: &RbacIndex<'a>) -> Holders<'a> {
    let mut held = Holders {
        bindings: index.bindings_of(role).to_vec(),
        aggregated_into: Vec::new(),
    };
    if role.kind == RoleKind::ClusterRole {
        aggregation(role, index, &mut held);
    }
    // The same binding is often written in several manifests of one tree (a kustomize base and
    // the rendered install.yaml): name it once, pointing at the copy nearest the role.
    held.bindings.sort_by_key(|(f, _)| *f != file);
    let mut seen: HashSet<String> = HashSet::new();
    held.bindings
        .retain(|(_, b)| seen.insert(format!("{} {}", b.object, subjects(b, false))));
    held
}

/// Adds the ClusterRoles that aggregate `role` (by their `aggregationRule` selectors or the
/// built-in `aggregate-to-*` labels) and the bindings that grant them.
fn aggregation<'a>(role: &'a Role, index: &RbacIndex<'a>, held: &mut Holders<'a>) {
    for i in index.selectors.candidates(&role.labels) {
        let Some(&(aggregate, selectors)) = index.aggregators.get(i) else {
            continue;
        };
        if aggregate.name == role.name
            || !selectors
                .iter()
                .any(|s| !s.is_empty() && s.matches(&role.labels))
        {
            continue;
        }
        held.aggregated_into
            .push(format!("ClusterRole {}", aggregate.name));
        held.bindings
            .extend_from_slice(index.bindings_of(aggregate));
    }
    for name in BUILT_IN_AGGREGATES {
        let key = format!("rbac.authorization.k8s.io/aggregate-to-{name}");
        if !index.defined_built_ins.contains(name)
            && role.labels.iter().any(|(k, v)| *k == key && v == "true")
        {
            held.aggregated_into
                .push(format!("the built-in ClusterRole {name}"));
        }
    }
}

impl Holders<'_> {
    /// `bound by RoleBinding/shop/read to ServiceAccount shop/api`, or that nothing binds it.
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.bindings.is_empty() {
            parts.push("no binding in the tree binds it".to_string());
        } else {
            // A generated tree can bind one role thousands of times: name a few.
            let each: Vec<String> = self
                .bindings
                .iter()
                .take(MAX_LISTED)
                .map(|(_, b)| format!("{} {}", b.object, subjects(b, false)))
                .collect();
            let more = self.bindings.len().saturating_sub(MAX_LISTED);
            let more = if more > 0 {
                format!(" and {more} more bindings")
            } else {
                String::new()
            };
            parts.push(format!("bound by {}{more}", each.join("; ")));
        }
        if !self.aggregated_into.is_empty() {
            parts.push(format!(
                "aggregated into {}",
                self.aggregated_into.join(", ")
            ));
        }
        parts.join("; ")
    }

    fn relate(&self, mut finding: Finding) -> Finding {
        for (file, binding) in self.bindings.iter().take(MAX_LISTED) {
            finding = finding.related(
                *file,
                binding.role_ref,
                format!(
                    "{} grants the role {}",
                    binding.object,
                    subjects(binding, false)
                ),
            );
        }
        finding
    }
}

/// How many bindings, subjects or related locations a message lists before "and N more".
const MAX_LISTED: usize = 5;

/// `to ServiceAccount shop/api, Group dev-team`; `system:` groups left out when asked.
fn subjects(binding: &Binding, skip_system: bool) -> String {
    let all: Vec<&_> = binding
        .subjects
        .iter()
        .filter(|s| !(skip_system && s.is_system_group()))
        .collect();
    let names: Vec<String> = all
        .iter()
        .take(MAX_LISTED)
        .map(|s| s.describe(binding.namespace.as_deref()))
        .collect();
    let more = all.len().saturating_sub(MAX_LISTED);
    if names.is_empty() {
        "to no subject".to_string()
    } else if more > 0 {
        format!("to {} and {more} more", names.join(", "))
    } else {
        format!("to {}", names.join(", "))
    }
}

/// Which objects the rule's grants reach: the names it is limited to, else all of them in
/// the namespaces the role applies to.
fn scope(role: &Role, rule: &PolicyRule, holders: &Holders) -> String {
    if !rule.resource_names.is_empty() {
        return format!("only {}", rule.resource_names.join(", "));
    }
    match role.kind {
        RoleKind::Role => match &role.namespace {
            Some(ns) => format!("all names in namespace {ns}"),
            None => "all names in its namespace".to_string(),
        },
        RoleKind::ClusterRole => {
            let mut namespaces: Vec<&str> = Vec::new();
            let mut seen: HashSet<&str> = HashSet::new();
            for (_, b) in &holders.bindings {
                match (&b.kind, &b.namespace) {
                    (BindingKind::RoleBinding, Some(ns)) => {
                        if seen.insert(ns) {
                            namespaces.push(ns);
                        }
                    }
                    // a namespace the manifest leaves to `kubectl -n`
                    (BindingKind::RoleBinding, None) => {
                        return "all names in the namespaces it is bound in".to_string();
                    }
                    (BindingKind::ClusterRoleBinding, _) => {
                        return "all names in every namespace".to_string();
                    }
                }
            }
            if namespaces.is_empty() || !holders.aggregated_into.is_empty() {
                "all names in every namespace".to_string()
            } else {
                format!("all names in namespace {}", namespaces.join(", "))
            }
        }
    }
}

fn role_rules<'a>(
    file: FileId,
    role: &'a Role,
    index: &RbacIndex<'a>,
    findings: &mut Vec<Finding>,
) {
    // An aggregated ClusterRole's rules are written by the controller from the roles it
    // selects; those roles are checked themselves.
    if role.aggregation.is_some() || role.rules.is_empty() {
        return;
    }
    let held = holders(file, role, index);
    let who = held.describe();
    for rule in &role.rules {
        let wildcards = rule.wildcards();
        if !wildcards.is_empty() {
            let what = if rule.resources.is_empty() && !rule.non_resource_urls.is_empty() {
                format!(
                    "verbs {} on non-resource URLs {}",
                    list(&rule.verbs),
                    list(&rule.non_resource_urls)
                )
            } else {
                let groups = rule.api_groups.clone().unwrap_or_default();
                let mut what = format!(
                    "verbs {} on resources {} in apiGroups {}",
                    list(&rule.verbs),
                    list(&rule.resources),
                    list(&groups)
                );
                if !rule.resource_names.is_empty() {
                    what.push_str(&format!(" (only {})", rule.resource_names.join(", ")));
                }
                what
            };
            let finding = Finding::new(
                "rbac-wildcard",
                file,
                rule.span,
                format!(
                    "{} rule has `*` in {}: it grants {what}; {who}",
                    role.kind.as_str(),
                    and_list(&wildcards)
                ),
            )
            .object(&role.object);
            findings.push(held.relate(finding));
        }
        let dangerous = rule.dangerous();
        if !dangerous.is_empty() {
            let mut finding = Finding::new(
                "rbac-dangerous-permission",
                file,
                rule.span,
                format!(
                    "{} rule grants {} ({}); {who}",
                    role.kind.as_str(),
                    dangerous.join("; "),
                    scope(role, rule, &held)
                ),
            )
            .object(&role.object);
            if !rule.resource_names.is_empty() {
                finding = finding.severity(Severity::Medium);
            }
            findings.push(held.relate(finding));
        }
    }
}

fn cluster_admin_binding(file: FileId, binding: &Binding, findings: &mut Vec<Finding>) {
    if binding.role_kind != "ClusterRole" || binding.role_name != "cluster-admin" {
        return;
    }
    if binding.subjects.iter().all(|s| s.is_system_group()) {
        return;
    }
    let reach = match (binding.kind, &binding.namespace) {
        (BindingKind::ClusterRoleBinding, _) => "full control of the cluster".to_string(),
        (BindingKind::RoleBinding, Some(ns)) => format!("full control of namespace {ns}"),
        (BindingKind::RoleBinding, None) => "full control of its namespace".to_string(),
    };
    findings.push(
        Finding::new(
            "rbac-cluster-admin-binding",
            file,
            binding.role_ref,
            format!(
                "{} binds cluster-admin ({reach}) {}",
                binding.kind.as_str(),
                subjects(binding, true)
            ),
        )
        .object(&binding.object),
    );
}

// ---------------------------------------------------------------------------------------------
// NetworkPolicies
// ---------------------------------------------------------------------------------------------

/// How many other workloads or policies a finding lists as related locations.
const MAX_RELATED: usize = 10;
/// How many workloads a namespace finding names in its message.
const MAX_NAMED: usize = 5;

fn describe_labels(labels: &[(String, String)]) -> String {
    if labels.is_empty() {
        return "no pod labels".to_string();
    }
    let pairs: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("pod labels {}", pairs.join(", "))
}

fn describe_selector(selector: &LabelSelector) -> String {
    if selector.is_empty() {
        return "every pod (empty podSelector)".to_string();
    }
    let mut parts: Vec<String> = selector
        .match_labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    for r in &selector.match_expressions {
        parts.push(match r.operator.as_str() {
            "Exists" => format!("{} exists", r.key),
            "DoesNotExist" => format!("no {}", r.key),
            op => format!("{} {op} ({})", r.key, r.values.join(", ")),
        });
    }
    parts.join(", ")
}

fn namespace_name(ns: &Option<String>) -> String {
    match ns {
        Some(ns) => format!("namespace {ns}"),
        None => "the unnamed namespace (objects without metadata.namespace)".to_string(),
    }
}

fn network_policies(project: &Project, findings: &mut Vec<Finding>) {
    type Entry<'a> = (
        Vec<(FileId, &'a Workload)>,
        Vec<(FileId, &'a NetworkPolicy)>,
    );
    let mut namespaces: BTreeMap<Option<String>, Entry> = BTreeMap::new();
    for (file, facts) in project.facts.iter().enumerate() {
        for workload in &facts.access.workloads {
            // NetworkPolicies do not govern a host-network pod's traffic: no policy helps.
            if !workload.host_network {
                namespaces
                    .entry(workload.namespace.clone())
                    .or_default()
                    .0
                    .push((file, workload));
            }
        }
        for policy in &facts.access.policies {
            namespaces
                .entry(policy.namespace.clone())
                .or_default()
                .1
                .push((file, policy));
        }
    }
    for (ns, (mut workloads, policies)) in namespaces {
        if workloads.is_empty() {
            continue;
        }
        workloads.sort_by(|(fa, a), (fb, b)| {
            (project.files[*fa].display_path.as_str(), a.anchor.start)
                .cmp(&(project.files[*fb].display_path.as_str(), b.anchor.start))
        });
        if policies.is_empty() {
            let (file, first) = workloads[0];
            // The same object is often written in several manifests (overlays, variants):
            // count and name it once.
            let mut distinct: Vec<&str> = Vec::new();
            let mut seen: HashSet<&str> = HashSet::new();
            for (_, w) in &workloads {
                if seen.insert(&w.object) {
                    distinct.push(&w.object);
                }
            }
            let count = distinct.len();
            let mut named: Vec<&str> = distinct.iter().take(MAX_NAMED).copied().collect();
            if count > MAX_NAMED {
                named.push("…");
            }
            let mut finding = Finding::new(
                "missing-network-policy",
                file,
                first.anchor,
                format!(
                    "{} has {count} workload{} and no NetworkPolicy: every pod in it accepts \
                     connections from any pod ({})",
                    namespace_name(&ns),
                    if count == 1 { "" } else { "s" },
                    named.join(", ")
                ),
            )
            .object(&first.object);
            for (other_file, other) in workloads.iter().skip(1).take(MAX_RELATED) {
                let message = if other.object == first.object {
                    format!("{} is defined here too", other.object)
                } else {
                    format!("{} is in the same namespace", other.object)
                };
                finding = finding.related(*other_file, other.anchor, message);
            }
            findings.push(finding);
            continue;
        }
        // An object written more than once (a kustomize base and a patch of it that leaves the
        // labels out) is one object: selected when any of its definitions is.
        let by_label = SelectorIndex::new(
            policies
                .iter()
                .enumerate()
                .map(|(i, (_, p))| (i, &p.selector)),
        );
        let selected: HashSet<&str> = workloads
            .iter()
            .filter(|(_, w)| {
                by_label.candidates(&w.labels).into_iter().any(|i| {
                    policies
                        .get(i)
                        .is_some_and(|(_, p)| p.selector.matches(&w.labels))
                })
            })
            .map(|(_, w)| w.object.as_str())
            .collect();
        for (file, workload) in &workloads {
            if selected.contains(&workload.object.as_str()) {
                continue;
            }
            let mut finding = Finding::new(
                "missing-network-policy",
                *file,
                workload.anchor,
                format!(
                    "no NetworkPolicy of {} selects {} ({}); {} there select other pods",
                    namespace_name(&ns),
                    workload.object,
                    describe_labels(&workload.labels),
                    if policies.len() == 1 {
                        "the 1 policy".to_string()
                    } else {
                        format!("the {} policies", policies.len())
                    }
                ),
            )
            .object(&workload.object);
            for (policy_file, policy) in policies.iter().take(MAX_RELATED) {
                finding = finding.related(
                    *policy_file,
                    policy.span,
                    format!(
                        "{} selects {}",
                        policy.object,
                        describe_selector(&policy.selector)
                    ),
                );
            }
            findings.push(finding);
        }
    }
}
