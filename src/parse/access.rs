//! Kubernetes access and network objects: RBAC roles and bindings, NetworkPolicies, and the
//! pod-template labels of workloads that NetworkPolicies select (stub: being written).

use crate::facts::FileFacts;
use crate::parse::yaml::Node;
use crate::source::FileId;

/// Everything one file yields for the access and network rules (the helper's own types; fill
/// in as needed).
#[derive(Debug, Default)]
pub struct AccessFacts {}

/// Reads `object` when it is a Role, ClusterRole, RoleBinding, ClusterRoleBinding,
/// NetworkPolicy or a workload (its pod-template labels).
pub fn facts(file_id: FileId, object: &Node, facts: &mut FileFacts) {
    let _ = (file_id, object, facts);
}
