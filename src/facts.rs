//! Format-independent facts. The Dockerfile, Compose and Kubernetes parsers all produce
//! `Container`s, so a rule such as `run-as-root` is written once.

use crate::source::{FileId, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Spanned<T> {
        Spanned { value, span }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Dockerfile,
    Compose,
    Kubernetes,
}

/// One container as it will run: a Dockerfile's final stage, a Compose service, or a Kubernetes
/// container with its pod's settings already applied (the container's own win).
#[derive(Clone, Debug)]
pub struct Container {
    pub file: FileId,
    pub origin: Origin,
    /// What reports call it: `services.api`, `Deployment/shop/web:api`, `stage runtime`.
    pub object: String,
    /// The pod (Kubernetes) or service (Compose) that holds it: pod-level findings name this.
    pub pod_object: String,
    /// Where a finding about a missing container-level field points.
    pub anchor: Span,
    /// Where a finding about a missing pod-level field points.
    pub pod_anchor: Span,
    /// Spans of settings this container inherited from its pod (Kubernetes pod-level
    /// `securityContext`, pod annotations): their findings name the pod, once.
    pub inherited: Vec<Span>,
    pub name: String,
    pub image: Option<Spanned<String>>,
    /// Dockerfile `USER`, Compose `user:`, Kubernetes `runAsUser` (container's, else pod's).
    pub user: Option<Spanned<String>>,
    /// Kubernetes `runAsNonRoot` (container's, else pod's).
    pub run_as_non_root: Option<Spanned<bool>>,
    /// Dockerfile: the final stage's base image is known to set a non-root user.
    pub base_image_non_root: bool,
    pub privileged: Option<Spanned<bool>>,
    /// Kubernetes `allowPrivilegeEscalation`.
    pub allow_privilege_escalation: Option<Spanned<bool>>,
    /// Compose `security_opt: [no-new-privileges:true]`.
    pub no_new_privileges: Option<Span>,
    pub cap_add: Vec<Spanned<String>>,
    pub cap_drop: Vec<Spanned<String>>,
    /// The `cap_drop:`/`drop:` entry when present, so that a list without `ALL` is pointed at.
    pub cap_drop_list: Option<Span>,
    pub mounts: Vec<Mount>,
    pub host_network: Option<Span>,
    pub host_pid: Option<Span>,
    pub host_ipc: Option<Span>,
    pub host_userns: Option<Span>,
    pub host_uts: Option<Span>,
    pub read_only_root: Option<Spanned<bool>>,
    /// Seccomp profile: Kubernetes `seccompProfile.type` or legacy annotation, Compose
    /// `security_opt: seccomp…`. The value is lower-cased (`unconfined`, `runtimedefault`, …).
    pub seccomp: Option<Spanned<String>>,
    pub apparmor: Option<Spanned<String>>,
    pub devices: Vec<Spanned<String>>,
    pub sysctls: Vec<Spanned<String>>,
    pub proc_mount: Option<Spanned<String>>,
    /// Kubernetes pod `automountServiceAccountToken`.
    pub automount_token: Option<Spanned<bool>>,
    pub service_account: Option<String>,
    pub namespace: Option<String>,
    pub env: Vec<EnvVar>,
    /// Compose `build:`: where the image's Dockerfile lives.
    pub build: Option<BuildRef>,
}

impl Container {
    /// The object a finding at `span` belongs to: the container, or its pod when the setting
    /// was inherited from the pod.
    pub fn object_at(&self, span: Span) -> &str {
        if self.is_inherited(span) {
            &self.pod_object
        } else {
            &self.object
        }
    }

    pub fn is_inherited(&self, span: Span) -> bool {
        self.inherited.contains(&span)
    }

    pub fn new(
        file: FileId,
        origin: Origin,
        object: String,
        name: String,
        anchor: Span,
    ) -> Container {
        Container {
            file,
            origin,
            pod_object: object.clone(),
            object,
            anchor,
            pod_anchor: anchor,
            inherited: Vec::new(),
            name,
            image: None,
            user: None,
            run_as_non_root: None,
            base_image_non_root: false,
            privileged: None,
            allow_privilege_escalation: None,
            no_new_privileges: None,
            cap_add: Vec::new(),
            cap_drop: Vec::new(),
            cap_drop_list: None,
            mounts: Vec::new(),
            host_network: None,
            host_pid: None,
            host_ipc: None,
            host_userns: None,
            host_uts: None,
            read_only_root: None,
            seccomp: None,
            apparmor: None,
            devices: Vec::new(),
            sysctls: Vec::new(),
            proc_mount: None,
            automount_token: None,
            service_account: None,
            namespace: None,
            env: Vec::new(),
            build: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum MountSource {
    /// A path on the host: Compose bind, Kubernetes `hostPath`.
    HostPath(String),
    /// A Compose bind from a path relative to the Compose file (`./config`).
    RelativePath(String),
    /// A Compose named volume or a Kubernetes volume of another type.
    Volume(String),
    /// Kubernetes Secret, ConfigMap, projected or downwardAPI volume: always read-only.
    ReadOnlyApiVolume,
    EmptyDir,
    PersistentVolumeClaim(String),
    Tmpfs,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mount {
    pub source: MountSource,
    pub target: Option<String>,
    pub read_only: bool,
    /// The text that names the source: the `hostPath.path` value, the Compose volume entry.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnvVar {
    pub name: String,
    /// `None` when the value is not a literal (`valueFrom`, a Compose variable without value).
    pub value: Option<String>,
    pub span: Span,
    pub value_span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BuildRef {
    /// The build context directory, as written (relative to the Compose file).
    pub context: String,
    /// The Dockerfile, relative to the context.
    pub dockerfile: String,
    pub span: Span,
}

/// A PersistentVolume with a `hostPath`: a host path mount for whichever pod claims it.
#[derive(Clone, Debug)]
pub struct PersistentVolumeHostPath {
    pub file: FileId,
    pub object: String,
    pub path: Spanned<String>,
}

#[derive(Clone, Debug)]
pub struct ServiceAccount {
    pub namespace: Option<String>,
    pub name: String,
    pub automount_token: Option<bool>,
}

/// Where a Dockerfile's final stage gets its user, for the related location of a Compose
/// service built from it.
#[derive(Clone, Debug)]
pub struct ImageUser {
    /// The span that decides: the `USER` instruction, or the final `FROM` line.
    pub span: Span,
    pub runs_as_root: bool,
}

/// Everything one file yields.
#[derive(Debug, Default)]
pub struct FileFacts {
    pub containers: Vec<Container>,
    pub persistent_volumes: Vec<PersistentVolumeHostPath>,
    pub service_accounts: Vec<ServiceAccount>,
    pub parse_errors: Vec<(Span, String)>,
    pub notes: Vec<String>,
}
