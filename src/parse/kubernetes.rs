//! Kubernetes objects: pod specs found by shape, service accounts, PersistentVolumes.

use crate::facts::{
    Container, EnvVar, FileFacts, KeyLocation, KeyMaterial, Mount, MountSource, Origin,
    PersistentVolumeHostPath, SecretItem, SecretMount, SecretObject, ServiceAccount, Spanned,
    TlsRole, TlsSettings, TlsSource,
};
use crate::parse::pki;
use crate::parse::yaml::{Entry, Node};
use crate::source::{FileId, Span};

/// Where a pod spec sits in an object, and where that pod's metadata sits. Any object with
/// containers at one of these places is a workload, whatever its kind (Argo Rollout, Knative
/// Service, OpenShift DeploymentConfig, …).
pub(crate) const POD_SPEC_PATHS: &[(&[&str], &[&str])] = &[
    (&["spec"], &["metadata"]),
    (
        &["spec", "template", "spec"],
        &["spec", "template", "metadata"],
    ),
    (
        &["spec", "jobTemplate", "spec", "template", "spec"],
        &["spec", "jobTemplate", "spec", "template", "metadata"],
    ),
    (&["template", "spec"], &["template", "metadata"]),
];

const CONTAINER_LISTS: &[&str] = &["initContainers", "containers", "ephemeralContainers"];

/// The text with every CustomResourceDefinition document blanked out (its bytes but line
/// breaks turned into spaces, so that every offset and line stays where it was), or `None`
/// when there is none. A CRD declares a schema and never runs anything, yet CRDs are most of
/// the bytes of many repositories (kube-prometheus's are 1 MiB each); not parsing them halves
/// the time of a typical scan.
///
/// Written by hand, not with the YAML parser, since the point is not to run it: a document
/// counts as a CRD only when it has both `apiVersion: apiextensions.k8s.io/…` and
/// `kind: CustomResourceDefinition` as lines at column 0, which in YAML can only be keys of the
/// document's root mapping (a block scalar's content is indented; document markers end
/// documents wherever they appear). Anything less certain is parsed as usual.
pub fn blank_custom_resource_definitions(text: &str) -> Option<String> {
    if !text.contains("CustomResourceDefinition") {
        return None;
    }
    let mut documents = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let is_marker = ["---", "..."].iter().any(|marker| {
            line.strip_prefix(marker)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
        });
        if is_marker {
            documents.push(start..offset);
            // The marker line itself is left alone: it may carry a tag or a comment.
            start = offset + line.len();
        }
        offset += line.len();
    }
    documents.push(start..text.len());
    let definitions: Vec<_> = documents
        .into_iter()
        .filter(|range| is_custom_resource_definition(&text[range.clone()]))
        .collect();
    if definitions.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for range in definitions {
        for byte in &mut bytes[range] {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
    }
    // Only whole UTF-8 sequences were replaced, by ASCII, so the bytes are still UTF-8.
    String::from_utf8(bytes).ok()
}

fn is_custom_resource_definition(document: &str) -> bool {
    let top_level = |key: &str| {
        document.lines().find_map(|line| {
            let value = line.strip_prefix(key)?.strip_prefix(':')?;
            let value = value.split(" #").next().unwrap_or(value).trim();
            Some(value.trim_matches(['"', '\'']).to_string())
        })
    };
    top_level("kind").is_some_and(|kind| kind == "CustomResourceDefinition")
        && top_level("apiVersion").is_some_and(|api| api.starts_with("apiextensions.k8s.io/"))
}

/// True when the document is a Kubernetes object (`apiVersion` and `kind` at the top).
pub fn is_object(root: &Node) -> bool {
    root.get_str("apiVersion").is_some() && root.get_str("kind").is_some()
}

/// The objects of a document: itself, or the items of a `List` kind.
pub fn objects(root: &Node) -> Vec<&Node> {
    let kind = root.get_str("kind").unwrap_or("");
    if kind == "List" || kind.ends_with("List") && root.get("items").is_some_and(Node::is_seq) {
        root.get("items")
            .map(|items| items.items().iter().filter(|i| is_object(i)).collect())
            .unwrap_or_default()
    } else {
        vec![root]
    }
}

pub fn object_name(object: &Node) -> String {
    let kind = object.get_str("kind").unwrap_or("?");
    let name = object.path(&["metadata", "name"]).and_then(Node::as_text);
    let name = name
        .or_else(|| {
            object
                .path(&["metadata", "generateName"])
                .and_then(Node::as_text)
        })
        .unwrap_or("?");
    match object
        .path(&["metadata", "namespace"])
        .and_then(Node::as_text)
    {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}

/// `caulk.dev/ignore` annotations, recorded with the span they cover: the whole object for one
/// in the object's `metadata`, the pod template for one in a template's `metadata`. Findings
/// whose span lies inside are suppressed (see `crate::suppress`).
fn ignore_annotations(object: &Node, facts: &mut FileFacts) {
    let mut record = |metadata_path: &[&str], covers: Span| {
        let Some(value) = object
            .path(metadata_path)
            .and_then(|m| m.path(&["annotations", crate::suppress::ANNOTATION]))
        else {
            return;
        };
        let annotation = crate::suppress::IgnoreAnnotation {
            covers,
            at: value.span,
            value: value.as_text().unwrap_or("").to_string(),
        };
        if !facts.ignore_annotations.contains(&annotation) {
            facts.ignore_annotations.push(annotation);
        }
    };
    record(&["metadata"], object.span);
    for (_, metadata_path) in POD_SPEC_PATHS {
        if let Some((_, parent)) = metadata_path.split_last()
            && !parent.is_empty()
            && let Some(template) = object.path(parent)
        {
            record(metadata_path, template.span);
        }
    }
}

fn entry_at<'a>(root: &'a Node, path: &[&str]) -> Option<&'a Entry> {
    let (last, parents) = path.split_last()?;
    root.path(parents)?.entry(last)
}

pub fn facts(file_id: FileId, object: &Node, facts: &mut FileFacts) {
    let kind = object.get_str("kind").unwrap_or("");
    let namespace = object
        .path(&["metadata", "namespace"])
        .and_then(Node::as_text)
        .map(str::to_string);
    crate::parse::access::facts(file_id, object, facts);
    ignore_annotations(object, facts);
    if tls_objects(file_id, object, facts) {
        return;
    }
    match kind {
        "ServiceAccount" => {
            if let Some(name) = object.path(&["metadata", "name"]).and_then(Node::as_text) {
                facts.service_accounts.push(ServiceAccount {
                    namespace,
                    name: name.to_string(),
                    automount_token: object
                        .get("automountServiceAccountToken")
                        .and_then(Node::as_bool),
                });
            }
            return;
        }
        "Secret" => {
            secret(file_id, object, namespace, facts);
            return;
        }
        "ConfigMap" => {
            if let Some(name) = object.path(&["metadata", "name"]).and_then(Node::as_text) {
                let entries = object
                    .get("data")
                    .map(|data| {
                        data.entries()
                            .iter()
                            .map(|entry| EnvVar {
                                name: entry.key_str().to_string(),
                                value: entry.value.as_str().map(str::to_string),
                                span: entry.span(),
                                value_span: entry.value.span,
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                facts.config_maps.push(crate::facts::ConfigMap {
                    namespace,
                    name: name.to_string(),
                    entries,
                });
            }
            return;
        }
        // cert-manager writes the key pair it issues into a TLS Secret of this name.
        "Certificate"
            if object
                .get_str("apiVersion")
                .is_some_and(|v| v.starts_with("cert-manager.io/")) =>
        {
            if let Some(name) = object.path(&["spec", "secretName"]).and_then(Node::as_text) {
                facts.secrets.push(SecretObject {
                    namespace,
                    name: name.to_string(),
                    secret_type: Some("kubernetes.io/tls".to_string()),
                    holds_private_key: true,
                });
            }
            return;
        }
        "PersistentVolume" => {
            if let Some(path) = object.path(&["spec", "hostPath", "path"])
                && let Some(text) = path.as_text()
            {
                facts.persistent_volumes.push(PersistentVolumeHostPath {
                    file: file_id,
                    object: object_name(object),
                    path: Spanned::new(text.to_string(), path.span),
                });
            }
            return;
        }
        _ => {}
    }
    for (spec_path, metadata_path) in POD_SPEC_PATHS {
        let Some(spec_entry) = entry_at(object, spec_path) else {
            continue;
        };
        if !spec_entry.value.get("containers").is_some_and(Node::is_seq) {
            continue;
        }
        let pod = Pod {
            file: file_id,
            object: object_name(object),
            namespace: namespace.clone(),
            spec: &spec_entry.value,
            spec_key: spec_entry.key.span,
            metadata: object.path(metadata_path),
            object_metadata: object.get("metadata"),
        };
        pod.containers(facts);
        return;
    }
}

struct Pod<'a> {
    file: FileId,
    object: String,
    namespace: Option<String>,
    spec: &'a Node,
    spec_key: Span,
    metadata: Option<&'a Node>,
    object_metadata: Option<&'a Node>,
}

fn bool_at(node: Option<&Node>, key: &str) -> Option<Spanned<bool>> {
    let value = node?.get(key)?;
    value.as_bool().map(|b| Spanned::new(b, value.span))
}

fn true_at(node: &Node, key: &str) -> Option<Span> {
    bool_at(Some(node), key).filter(|b| b.value).map(|b| b.span)
}

fn text_at(node: Option<&Node>, path: &[&str]) -> Option<Spanned<String>> {
    let value = node?.path(path)?;
    value
        .as_text()
        .map(|t| Spanned::new(t.to_string(), value.span))
}

impl Pod<'_> {
    /// Annotations of the pod template, then of the object, as older controllers read both.
    fn annotation(&self, key: &str) -> Option<Spanned<String>> {
        [self.metadata, self.object_metadata]
            .into_iter()
            .flatten()
            .find_map(|m| text_at(Some(m), &["annotations", key]))
    }

    fn containers(&self, facts: &mut FileFacts) {
        let pod_security = self.spec.get("securityContext");
        let volumes = self.spec.get("volumes");
        for list in CONTAINER_LISTS {
            let Some(items) = self.spec.get(list) else {
                continue;
            };
            for item in items.items() {
                if let Some(container) = self.container(item, pod_security, volumes) {
                    facts.containers.push(container);
                }
            }
        }
    }

    fn container(
        &self,
        item: &Node,
        pod_security: Option<&Node>,
        volumes: Option<&Node>,
    ) -> Option<Container> {
        if !item.is_map() {
            return None;
        }
        let name = item.get_str("name").unwrap_or("?").to_string();
        let anchor = item
            .entry("name")
            .map_or(Span::new(item.span.start, item.span.start), Entry::span);
        let mut c = Container::new(
            self.file,
            Origin::Kubernetes,
            format!("{}:{}", self.object, name),
            name.clone(),
            anchor,
        );
        c.pod_object = self.object.clone();

        c.pod_anchor = self.spec_key;
        c.namespace = self.namespace.clone();
        c.image = text_at(Some(item), &["image"]);
        let security = item.get("securityContext");
        // The container's own setting, else the pod's (noted as inherited).
        let mut inherited = Vec::new();
        let mut either = |key: &str| -> Option<&Node> {
            security.and_then(|s| s.get(key)).or_else(|| {
                let from_pod = pod_security?.get(key)?;
                inherited.push(from_pod.span);
                Some(from_pod)
            })
        };
        c.user = either("runAsUser")
            .and_then(|n| n.as_int().map(|uid| Spanned::new(uid.to_string(), n.span)));
        c.run_as_non_root =
            either("runAsNonRoot").and_then(|n| n.as_bool().map(|b| Spanned::new(b, n.span)));
        c.privileged = bool_at(security, "privileged");
        c.allow_privilege_escalation = bool_at(security, "allowPrivilegeEscalation");
        c.read_only_root = bool_at(security, "readOnlyRootFilesystem");
        c.proc_mount = text_at(security, &["procMount"]);
        if let Some(capabilities) = security.and_then(|s| s.get("capabilities")) {
            let list = |key: &str| -> Vec<Spanned<String>> {
                capabilities
                    .get(key)
                    .map(|l| {
                        l.items()
                            .iter()
                            .filter_map(|i| {
                                i.as_text().map(|t| Spanned::new(t.to_string(), i.span))
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            };
            c.cap_add = list("add");
            c.cap_drop = list("drop");
            c.cap_drop_list = capabilities.entry("drop").map(Entry::span);
        }

        let own_seccomp = text_at(security, &["seccompProfile", "type"]).or_else(|| {
            self.annotation(&format!(
                "container.seccomp.security.alpha.kubernetes.io/{name}"
            ))
        });
        let pod_seccomp = text_at(pod_security, &["seccompProfile", "type"])
            .or_else(|| self.annotation("seccomp.security.alpha.kubernetes.io/pod"));
        c.seccomp = inherit(own_seccomp, pod_seccomp, &mut inherited).map(lowercase);
        let own_apparmor = text_at(security, &["appArmorProfile", "type"]).or_else(|| {
            self.annotation(&format!(
                "container.apparmor.security.beta.kubernetes.io/{name}"
            ))
        });
        let pod_apparmor = text_at(pod_security, &["appArmorProfile", "type"]);
        c.apparmor = inherit(own_apparmor, pod_apparmor, &mut inherited).map(lowercase);
        c.inherited = inherited;

        c.host_network = true_at(self.spec, "hostNetwork");
        c.host_pid = true_at(self.spec, "hostPID");
        c.host_ipc = true_at(self.spec, "hostIPC");
        c.automount_token = bool_at(Some(self.spec), "automountServiceAccountToken");
        c.service_account = self
            .spec
            .get_str("serviceAccountName")
            .or_else(|| self.spec.get_str("serviceAccount"))
            .map(str::to_string);
        if let Some(sysctls) = pod_security.and_then(|s| s.get("sysctls")) {
            for sysctl in sysctls.items() {
                if let Some(name) = sysctl.get("name")
                    && let Some(text) = name.as_text()
                {
                    c.sysctls.push(Spanned::new(text.to_string(), name.span));
                }
            }
        }
        if let Some(mounts) = item.get("volumeMounts") {
            for mount in mounts.items() {
                if let Some(m) = volume_mount(mount, volumes) {
                    c.mounts.push(m);
                }
            }
        }
        if let Some(env_from) = item.get("envFrom") {
            c.env_from_config_maps = env_from
                .items()
                .iter()
                .filter_map(|source| source.path(&["configMapRef", "name"])?.as_text())
                .map(str::to_string)
                .collect();
        }
        if let Some(env) = item.get("env") {
            c.env = env.items().iter().filter_map(env_var).collect();
        }
        Some(c)
    }
}

/// The container's own setting, else the pod's, whose span is noted as inherited.
fn inherit(
    own: Option<Spanned<String>>,
    pod: Option<Spanned<String>>,
    inherited: &mut Vec<Span>,
) -> Option<Spanned<String>> {
    own.or_else(|| {
        let from_pod = pod?;
        inherited.push(from_pod.span);
        Some(from_pod)
    })
}

fn lowercase(s: Spanned<String>) -> Spanned<String> {
    Spanned::new(s.value.to_ascii_lowercase(), s.span)
}

fn volume_mount(mount: &Node, volumes: Option<&Node>) -> Option<Mount> {
    let name = mount.get_str("name")?;
    let volume = volumes?
        .items()
        .iter()
        .find(|v| v.get_str("name") == Some(name))?;
    let read_only = mount
        .get("readOnly")
        .and_then(Node::as_bool)
        .unwrap_or(false);
    let target = mount.get_str("mountPath").map(str::to_string);
    let mut secret = None;
    let (source, span, read_only) = if let Some(path) = volume.path(&["hostPath", "path"]) {
        let text = path.as_text()?.to_string();
        (MountSource::HostPath(text), path.span, read_only)
    } else if ["secret", "configMap", "projected", "downwardAPI"]
        .iter()
        .any(|k| volume.get(k).is_some())
    {
        secret = secret_volume(volume);
        (MountSource::ReadOnlyApiVolume, mount.span, true)
    } else if volume.get("emptyDir").is_some() {
        (MountSource::EmptyDir, mount.span, read_only)
    } else if let Some(claim) = volume.path(&["persistentVolumeClaim", "claimName"]) {
        let claim = claim.as_text().unwrap_or("").to_string();
        (
            MountSource::PersistentVolumeClaim(claim),
            mount.span,
            read_only,
        )
    } else {
        (MountSource::Volume(name.to_string()), mount.span, read_only)
    };
    Some(Mount {
        source,
        target,
        read_only,
        span,
        secret,
    })
}

/// A `secret:` volume, or the first secret source of a `projected:` one, with its modes.
fn secret_volume(volume: &Node) -> Option<SecretMount> {
    let mode = |node: Option<&Node>| node.and_then(|m| m.as_int().map(|v| Spanned::new(v, m.span)));
    let (secret, default_mode) = match volume.get("secret") {
        Some(secret) => (secret, mode(secret.get("defaultMode"))),
        None => {
            let projected = volume.get("projected")?;
            let source = projected
                .get("sources")?
                .items()
                .iter()
                .find_map(|s| s.get("secret"))?;
            (source, mode(projected.get("defaultMode")))
        }
    };
    let name = secret
        .get_str("secretName")
        .or_else(|| secret.get_str("name"))?
        .to_string();
    let items = secret
        .get("items")
        .map(|items| {
            items
                .items()
                .iter()
                .filter_map(|item| {
                    Some(SecretItem {
                        key: item.get_str("key")?.to_string(),
                        mode: mode(item.get("mode")),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Some(SecretMount {
        name,
        file: None,
        default_mode,
        items,
    })
}

fn env_var(item: &Node) -> Option<EnvVar> {
    let name = item.get("name")?;
    let value = item.get("value");
    Some(EnvVar {
        name: name.as_text()?.to_string(),
        value: value.and_then(Node::as_str).map(str::to_string),
        span: item.span,
        value_span: value.map_or(name.span, |v| v.span),
    })
}

/// A Secret's entries that hold PEM: `data` values are base64, `stringData` values plain text.
/// Each certificate or key becomes key material located at the entry's value.
fn secret(file_id: FileId, object: &Node, namespace: Option<String>, facts: &mut FileFacts) {
    use base64::Engine;
    let object_name = object_name(object);
    let secret_type = object.get_str("type").map(str::to_string);
    let mut holds_private_key = false;
    for (field, encoded) in [("data", true), ("stringData", false)] {
        let Some(entries) = object.get(field) else {
            continue;
        };
        for entry in entries.entries() {
            let Some(text) = entry.value.as_text() else {
                continue;
            };
            let decoded;
            let pem_text = if encoded {
                let compact: String = text.split_ascii_whitespace().collect();
                // Values that are not base64, or not UTF-8 once decoded, hold no PEM.
                let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(compact) else {
                    continue;
                };
                let Ok(text) = String::from_utf8(bytes) else {
                    continue;
                };
                decoded = text;
                decoded.as_str()
            } else {
                text
            };
            if !pki::has_pem(pem_text) {
                continue;
            }
            let key = entry.key_str().to_string();
            let scan = pki::scan_pem(pem_text);
            for (index, block) in scan.blocks.into_iter().enumerate() {
                holds_private_key |=
                    matches!(block.kind, crate::facts::KeyMaterialKind::PrivateKey(_));
                facts.key_material.push(KeyMaterial {
                    file: file_id,
                    span: entry.value.span,
                    location: KeyLocation::Secret {
                        object: object_name.clone(),
                        key: key.clone(),
                        secret_type: secret_type.clone(),
                    },
                    kind: block.kind,
                    index,
                });
            }
            for (_, message) in scan.errors {
                facts
                    .parse_errors
                    .push((entry.value.span, format!("Secret entry `{key}`: {message}")));
            }
        }
    }
    if let Some(name) = object.path(&["metadata", "name"]).and_then(Node::as_text) {
        facts.secrets.push(SecretObject {
            namespace,
            name: name.to_string(),
            secret_type,
            holds_private_key,
        });
    }
}

/// A string field as TLS settings record it: the text with the span of the text itself.
fn spanned_text(node: &Node) -> Option<Spanned<String>> {
    node.as_text()
        .map(|text| Spanned::new(text.to_string(), node.content_span()))
}

/// ingress-nginx reads its controller ConfigMap by name (or by its chart's label).
fn is_ingress_nginx_config(object: &Node) -> bool {
    let name = object
        .path(&["metadata", "name"])
        .and_then(Node::as_text)
        .unwrap_or("");
    let labelled = object
        .path(&["metadata", "labels", "app.kubernetes.io/name"])
        .and_then(Node::as_text)
        == Some("ingress-nginx");
    name == "ingress-nginx-controller" || name == "nginx-configuration" || labelled
}

/// TLS settings of Kubernetes objects: ingress-nginx's controller ConfigMap and Ingress
/// annotations, Traefik `TLSOption`, Istio `Gateway`, `DestinationRule` and
/// `PeerAuthentication`. Returns true when the object was one of them.
pub fn tls_objects(file_id: FileId, object: &Node, facts: &mut FileFacts) -> bool {
    let kind = object.get_str("kind").unwrap_or("");
    let api = object.get_str("apiVersion").unwrap_or("");
    let name = object_name(object);
    let new = |span: Span, what: &str| {
        let mut settings = TlsSettings::new(file_id, TlsSource::Kubernetes, span, what);
        settings.object = Some(name.clone());
        settings.role = TlsRole::Server;
        settings
    };
    let anchor = object
        .path(&["metadata", "name"])
        .map_or(object.span, |n| n.span);
    match kind {
        "ConfigMap" if is_ingress_nginx_config(object) => {
            let Some(data) = object.get("data") else {
                return true;
            };
            let mut settings = new(anchor, "the ingress-nginx controller ConfigMap");
            settings.min_version = data.get("ssl-protocols").and_then(spanned_text);
            if let Some(ciphers) = data.get("ssl-ciphers").and_then(spanned_text) {
                settings.ciphers.push(ciphers);
            }
            if settings.min_version.is_some() || !settings.ciphers.is_empty() {
                facts.tls.push(settings);
            }
            true
        }
        "Ingress" => {
            let annotations = object.path(&["metadata", "annotations"]);
            let mut settings = new(anchor, "the Ingress");
            if let Some(ciphers) = annotations
                .and_then(|a| a.get("nginx.ingress.kubernetes.io/ssl-ciphers"))
                .and_then(spanned_text)
            {
                settings.ciphers.push(ciphers);
            }
            let has_tls = object
                .path(&["spec", "tls"])
                .is_some_and(|tls| !tls.items().is_empty());
            if has_tls
                && let Some(redirect) =
                    annotations.and_then(|a| a.get("nginx.ingress.kubernetes.io/ssl-redirect"))
                && redirect.as_bool() == Some(false)
            {
                settings.plaintext = Some(Spanned::new(
                    "ssl-redirect: \"false\"".to_string(),
                    redirect.span,
                ));
            }
            if !settings.ciphers.is_empty() || settings.plaintext.is_some() {
                facts.tls.push(settings);
            }
            true
        }
        "TLSOption" if api.starts_with("traefik.") => {
            let Some(spec) = object.get("spec") else {
                return true;
            };
            let mut settings = new(anchor, "the Traefik TLSOption");
            settings.min_version = spec.get("minVersion").and_then(spanned_text);
            settings.max_version = spec.get("maxVersion").and_then(spanned_text);
            if let Some(list) = spec.get("cipherSuites") {
                settings.ciphers = list.items().iter().filter_map(spanned_text).collect();
            }
            if let Some(auth) = spec
                .path(&["clientAuth", "clientAuthType"])
                .and_then(spanned_text)
            {
                settings.client_auth = Some(auth);
            }
            facts.tls.push(settings);
            true
        }
        "Gateway" if api.starts_with("networking.istio.io/") => {
            for server in object
                .path(&["spec", "servers"])
                .map(Node::items)
                .unwrap_or_default()
            {
                let Some(tls) = server.get("tls") else {
                    continue;
                };
                let mut settings = new(tls.span, "the Istio Gateway");
                settings.min_version = tls.get("minProtocolVersion").and_then(spanned_text);
                settings.max_version = tls.get("maxProtocolVersion").and_then(spanned_text);
                if let Some(list) = tls.get("cipherSuites") {
                    settings.ciphers = list.items().iter().filter_map(spanned_text).collect();
                }
                if let Some(mode) = tls.get("mode").and_then(spanned_text) {
                    settings.client_auth = Some(mode);
                }
                facts.tls.push(settings);
            }
            true
        }
        "DestinationRule" if api.starts_with("networking.istio.io/") => {
            let policy = object.path(&["spec", "trafficPolicy"]);
            let mut modes: Vec<&Node> = Vec::new();
            if let Some(mode) = policy.and_then(|p| p.path(&["tls", "mode"])) {
                modes.push(mode);
            }
            for port in policy
                .and_then(|p| p.get("portLevelSettings"))
                .map(Node::items)
                .unwrap_or_default()
            {
                if let Some(mode) = port.path(&["tls", "mode"]) {
                    modes.push(mode);
                }
            }
            for mode in modes {
                if mode
                    .as_text()
                    .is_some_and(|m| m.eq_ignore_ascii_case("DISABLE"))
                {
                    let mut settings = new(mode.span, "the Istio DestinationRule");
                    settings.role = TlsRole::Client;
                    settings.plaintext = spanned_text(mode)
                        .map(|m| Spanned::new(format!("tls.mode: {}", m.value), mode.span));
                    facts.tls.push(settings);
                }
            }
            true
        }
        "PeerAuthentication" if api.starts_with("security.istio.io/") => {
            let mut modes: Vec<&Node> = Vec::new();
            if let Some(mode) = object.path(&["spec", "mtls", "mode"]) {
                modes.push(mode);
            }
            for port in object
                .path(&["spec", "portLevelMtls"])
                .map(Node::entries)
                .unwrap_or_default()
            {
                if let Some(mode) = port.value.get("mode") {
                    modes.push(mode);
                }
            }
            for mode in modes {
                let text = mode.as_text().unwrap_or("");
                if text.eq_ignore_ascii_case("PERMISSIVE") || text.eq_ignore_ascii_case("DISABLE") {
                    let mut settings = new(mode.span, "the Istio PeerAuthentication");
                    settings.plaintext =
                        Some(Spanned::new(format!("mtls.mode: {text}"), mode.span));
                    facts.tls.push(settings);
                }
            }
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::blank_custom_resource_definitions as blank;

    const CRD: &str = "apiVersion: apiextensions.k8s.io/v1\r\nkind: \"CustomResourceDefinition\" # schema\r\nspec: {é: 1}\r\n";

    #[test]
    fn only_crd_documents_are_blanked_and_offsets_stay() {
        let pod = "apiVersion: v1\nkind: Pod\n";
        let text = format!("{pod}---\n{CRD}--- # next\n{pod}...\n");
        let blanked = blank(&text).expect("a CRD to blank");
        assert_eq!(blanked.len(), text.len());
        assert_eq!(blanked.matches('\n').count(), text.matches('\n').count());
        assert!(blanked.starts_with(pod));
        assert!(blanked.contains(&format!("--- # next\n{pod}...\n")));
        assert!(!blanked.contains("CustomResourceDefinition"));
        assert!(!blanked.contains("spec"));
    }

    #[test]
    fn text_without_a_crd_is_not_copied() {
        assert_eq!(blank("apiVersion: v1\nkind: Pod\n"), None);
        // Named, but not as the document's kind.
        assert_eq!(
            blank("apiVersion: v1\nkind: ConfigMap\ndata:\n  kind: CustomResourceDefinition\n"),
            None
        );
        assert_eq!(blank(""), None);
    }
}
