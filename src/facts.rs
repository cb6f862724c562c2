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
    /// Compose `env_file:` paths as written (relative to the Compose file).
    pub env_files: Vec<Spanned<String>>,
    /// Kubernetes `envFrom: [{configMapRef: {name}}]`: ConfigMaps whose entries become
    /// variables.
    pub env_from_config_maps: Vec<String>,
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
            env_files: Vec::new(),
            env_from_config_maps: Vec::new(),
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
    /// A Kubernetes Secret volume (or projected secret source), a Compose `secrets:`/`configs:`
    /// entry: which secret, and the file modes it is mounted with.
    pub secret: Option<SecretMount>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SecretMount {
    /// Kubernetes Secret name, Compose secret or config name.
    pub name: String,
    /// Compose: the top-level `secrets:`/`configs:` entry's `file:` (relative to the Compose
    /// file), when it names one.
    pub file: Option<String>,
    /// Kubernetes `defaultMode`, Compose long-syntax `mode`.
    pub default_mode: Option<Spanned<i64>>,
    /// Kubernetes `items[]`: the Secret key, and its own `mode` if set.
    pub items: Vec<SecretItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SecretItem {
    pub key: String,
    pub mode: Option<Spanned<i64>>,
}

/// A Kubernetes Secret known to the tree: written out as a `Secret` object, or requested from
/// cert-manager by a `Certificate`'s `secretName`.
#[derive(Clone, Debug, PartialEq)]
pub struct SecretObject {
    pub namespace: Option<String>,
    pub name: String,
    /// `type:` (`kubernetes.io/tls`); cert-manager's secrets are TLS secrets.
    pub secret_type: Option<String>,
    /// One of its entries holds a private key.
    pub holds_private_key: bool,
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
    pub key_material: Vec<KeyMaterial>,
    pub secrets: Vec<SecretObject>,
    pub tls: Vec<TlsSettings>,
    /// A `.env` file's assignments.
    pub env: Vec<EnvVar>,
    /// Kubernetes ConfigMaps: their `data` entries are variables for `envFrom`.
    pub config_maps: Vec<ConfigMap>,
    /// Kubernetes access and network facts (RBAC, NetworkPolicies, workload labels).
    pub access: crate::parse::access::AccessFacts,
    /// Permission bits of a key file on disk, recorded only outside a git work tree (git
    /// checks every file out 0644, so there the mode says nothing).
    pub disk_mode: Option<u32>,
    /// A Dockerfile's parsed stages, for following `COPY`/`ADD` into the build context.
    pub dockerfile: Option<crate::parse::dockerfile::Dockerfile>,
    pub parse_errors: Vec<(Span, String)>,
    pub notes: Vec<String>,
    /// Kubernetes `caulk.dev/ignore` annotations: the objects (or pod templates) they cover.
    pub ignore_annotations: Vec<crate::suppress::IgnoreAnnotation>,
}

/// Where a certificate or key was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyLocation {
    /// A file of its own (PEM block or DER file).
    File,
    /// A Kubernetes `Secret`'s `data`/`stringData` entry.
    Secret {
        /// `Secret/<ns>/<name>`.
        object: String,
        /// The entry's key (`tls.key`).
        key: String,
        /// `type:` of the Secret (`kubernetes.io/tls`), if given.
        secret_type: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyAlgorithm {
    Rsa,
    Dsa,
    /// Elliptic curve, with the curve's name (`P-256`, `secp192r1`…) when known.
    Ec(Option<String>),
    Ed25519,
    Ed448,
    Other(String),
}

impl KeyAlgorithm {
    pub fn name(&self) -> String {
        match self {
            KeyAlgorithm::Rsa => "RSA".into(),
            KeyAlgorithm::Dsa => "DSA".into(),
            KeyAlgorithm::Ec(Some(curve)) => format!("EC {curve}"),
            KeyAlgorithm::Ec(None) => "EC".into(),
            KeyAlgorithm::Ed25519 => "Ed25519".into(),
            KeyAlgorithm::Ed448 => "Ed448".into(),
            KeyAlgorithm::Other(name) => name.clone(),
        }
    }
}

/// The public half of a key, normalised so that a certificate's key and the key derived from a
/// private key compare equal exactly when they are the same key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicKey {
    /// Modulus and exponent, big-endian without leading zero bytes.
    Rsa { modulus: Vec<u8>, exponent: Vec<u8> },
    /// The uncompressed SEC1 point (`04 || x || y`).
    Ec(Vec<u8>),
    /// Raw public key bytes (Ed25519, Ed448, DSA `y`).
    Raw(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    pub algorithm: KeyAlgorithm,
    /// RSA/DSA modulus bits, EC field bits; `None` when not known (an encrypted key).
    pub bits: Option<u32>,
    pub public: Option<PublicKey>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivateKeyFormat {
    /// `BEGIN RSA PRIVATE KEY`.
    Pkcs1,
    /// `BEGIN PRIVATE KEY`.
    Pkcs8,
    /// `BEGIN ENCRYPTED PRIVATE KEY`.
    EncryptedPkcs8,
    /// `BEGIN EC PRIVATE KEY`.
    Sec1,
    /// `BEGIN DSA PRIVATE KEY` (OpenSSL's legacy DSA form).
    Dsa,
    /// `BEGIN OPENSSH PRIVATE KEY`.
    OpenSsh,
    /// Any legacy form with a `Proc-Type: 4,ENCRYPTED` header.
    LegacyEncrypted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrivateKey {
    pub format: PrivateKeyFormat,
    pub encrypted: bool,
    pub key: KeyInfo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// RFC 4514 text of the subject and issuer names.
    pub subject: String,
    pub issuer: String,
    /// The subjectAltName entries (`DNS:api.internal`, `IP:10.0.0.1`); `None` when the
    /// extension is absent.
    pub sans: Option<Vec<String>>,
    /// basicConstraints CA:TRUE.
    pub is_ca: bool,
    /// extendedKeyUsage: `None` when absent (any use), else whether serverAuth is listed.
    pub server_auth: Option<bool>,
    pub key: KeyInfo,
    /// Signature algorithm name (`sha256WithRSAEncryption`, `ecdsa-with-SHA1`, or the OID).
    pub signature_algorithm: String,
    /// The signature's hash when it is a broken one: `MD2`, `MD4`, `MD5`, `SHA-1`.
    pub weak_signature_hash: Option<&'static str>,
    /// Seconds since the Unix epoch.
    pub not_before: i64,
    pub not_after: i64,
    /// Issuer equals subject.
    pub self_signed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMaterialKind {
    Certificate(Box<Certificate>),
    PrivateKey(PrivateKey),
    /// A PKCS#12 (`.p12`/`.pfx`) key store: noted, its contents are password-protected.
    KeyStore,
}

/// One certificate or key, where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMaterial {
    pub file: FileId,
    /// The PEM block (`-----BEGIN` through `-----END …-----`), the Secret value, or the start
    /// of a DER file.
    pub span: Span,
    pub location: KeyLocation,
    pub kind: KeyMaterialKind,
    /// Position of this block among the file's blocks (0 for the first): the leaf of a chain
    /// is block 0.
    pub index: usize,
}

impl KeyMaterial {
    pub fn private_key(&self) -> Option<&PrivateKey> {
        match &self.kind {
            KeyMaterialKind::PrivateKey(key) => Some(key),
            _ => None,
        }
    }

    pub fn certificate(&self) -> Option<&Certificate> {
        match &self.kind {
            KeyMaterialKind::Certificate(cert) => Some(cert),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsRole {
    Server,
    Client,
    Unknown,
}

/// Where TLS settings were written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsSource {
    /// TypeScript or JavaScript service code.
    JavaScript,
    Go,
    /// An environment variable (`NODE_TLS_REJECT_UNAUTHORIZED`, `NODE_OPTIONS`).
    Environment,
    /// A Kubernetes object: ingress-nginx ConfigMap or annotation, Traefik `TLSOption`, Istio
    /// `Gateway`, `DestinationRule`, `PeerAuthentication`.
    Kubernetes,
}

/// A verification callback (`checkServerIdentity`, Go `VerifyPeerCertificate`,
/// `VerifyConnection`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsCallback {
    /// `VerifyPeerCertificate`, `checkServerIdentity`.
    pub name: String,
    /// The field (key and value) that sets it.
    pub span: Span,
    /// The body does no work: it only returns `nil`/`undefined`, or is empty.
    pub trivial: bool,
}

/// One TLS configuration: a Node options object, a Go `tls.Config`, an environment variable, a
/// Kubernetes TLS object. Every field is `None` when the configuration does not set it.
#[derive(Clone, Debug, PartialEq)]
pub struct TlsSettings {
    pub file: FileId,
    pub source: TlsSource,
    /// The options object, config literal or object the settings were read from: where a
    /// finding about a missing field points.
    pub span: Span,
    /// The API the settings are given to (`https.createServer`, `NestFactory.create`,
    /// `tls.Config`, `Gateway`), for messages.
    pub api: String,
    /// The enclosing function or the variable holding the config (`bootstrap`, `tlsConfig`),
    /// or the Kubernetes object; reports use it as `object`.
    pub object: Option<String>,
    pub role: TlsRole,
    /// As written, without quotes: `TLSv1`, `VersionTLS10`, `TLSV1_0`, `TLSv1 TLSv1.1`.
    pub min_version: Option<Spanned<String>>,
    pub max_version: Option<Spanned<String>>,
    /// JS `secureProtocol` (`TLSv1_method`).
    pub secure_protocol: Option<Spanned<String>>,
    /// Cipher lists as written: each element is one string (an OpenSSL cipher string such as
    /// `HIGH:!aNULL`, or one suite name of a list) with the span of its text without quotes,
    /// so that the span of a name inside it is the element's start plus its offset.
    pub ciphers: Vec<Spanned<String>>,
    /// JS `rejectUnauthorized`, or `NODE_TLS_REJECT_UNAUTHORIZED` (false for `0`).
    pub reject_unauthorized: Option<Spanned<bool>>,
    /// Go `InsecureSkipVerify`.
    pub insecure_skip_verify: Option<Spanned<bool>>,
    /// JS `checkServerIdentity`; Go `VerifyPeerCertificate`/`VerifyConnection`.
    pub callbacks: Vec<TlsCallback>,
    /// JS `requestCert`.
    pub request_cert: Option<Spanned<bool>>,
    /// Go `ClientAuth` as written, without the package (`RequireAndVerifyClientCert`).
    pub client_auth: Option<Spanned<String>>,
    /// Go `ClientCAs`, JS `ca`: the server has a pool to verify clients against.
    pub client_cas: Option<Span>,
    /// Literal paths of the key, certificate and CA files the configuration loads
    /// (`fs.readFileSync('/app/certs/server.key')`, `tls.LoadX509KeyPair("a.crt", "a.key")`).
    pub key_paths: Vec<Spanned<String>>,
    pub cert_paths: Vec<Spanned<String>>,
    pub ca_paths: Vec<Spanned<String>>,
    /// Plaintext allowed: ingress-nginx `ssl-redirect: "false"` on a TLS ingress, Istio
    /// `PERMISSIVE`/`DISABLE` modes. The span and the setting as written.
    pub plaintext: Option<Spanned<String>>,
}

impl TlsSettings {
    pub fn new(file: FileId, source: TlsSource, span: Span, api: impl Into<String>) -> TlsSettings {
        TlsSettings {
            file,
            source,
            span,
            api: api.into(),
            object: None,
            role: TlsRole::Unknown,
            min_version: None,
            max_version: None,
            secure_protocol: None,
            ciphers: Vec::new(),
            reject_unauthorized: None,
            insecure_skip_verify: None,
            callbacks: Vec::new(),
            request_cert: None,
            client_auth: None,
            client_cas: None,
            key_paths: Vec::new(),
            cert_paths: Vec::new(),
            ca_paths: Vec::new(),
            plaintext: None,
        }
    }
}

/// A Kubernetes ConfigMap of the tree, for containers that take it as `envFrom`.
#[derive(Clone, Debug)]
pub struct ConfigMap {
    pub namespace: Option<String>,
    pub name: String,
    /// `data` entries as variables (name = key, value = the literal).
    pub entries: Vec<EnvVar>,
}
