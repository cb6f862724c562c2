//! Kubernetes access and network: RBAC wildcards and dangerous permissions, cluster-admin
//! bindings, workloads no NetworkPolicy selects (stub: being written).

use crate::project::Project;
use crate::rules::Finding;

pub fn check(project: &Project, findings: &mut Vec<Finding>) {
    let _ = (project, findings);
}
