//! Base images known to set a non-root user, so a final stage built on them without a `USER`
//! does not run as root.

/// True for distroless `:nonroot`/`:debug-nonroot` tags and Chainguard images other than their
/// `-dev` variants (which run as root to allow package installs).
pub fn sets_non_root_user(image: &str) -> bool {
    let image = image.trim();
    let without_digest = image.split('@').next().unwrap_or(image);
    let (name, tag) = split_tag(without_digest);
    if name.starts_with("gcr.io/distroless/") || name.starts_with("distroless/") {
        return tag.is_some_and(|t| {
            t == "nonroot" || t.ends_with("-nonroot") || t.starts_with("nonroot-")
        });
    }
    if name.starts_with("cgr.dev/chainguard/") {
        return !tag.is_some_and(|t| t == "dev" || t.ends_with("-dev") || t.starts_with("dev-"))
            && !name.ends_with("-dev");
    }
    false
}

fn split_tag(image: &str) -> (&str, Option<&str>) {
    // A colon after the last slash separates the tag; one before it is a registry port.
    let last_slash = image.rfind('/').map_or(0, |i| i + 1);
    match image[last_slash..].rfind(':') {
        Some(i) => (&image[..last_slash + i], Some(&image[last_slash + i + 1..])),
        None => (image, None),
    }
}

#[cfg(test)]
mod tests {
    use super::sets_non_root_user;

    #[test]
    fn recognises_non_root_bases() {
        assert!(sets_non_root_user(
            "gcr.io/distroless/nodejs20-debian12:nonroot"
        ));
        assert!(sets_non_root_user("gcr.io/distroless/static:debug-nonroot"));
        assert!(sets_non_root_user("cgr.dev/chainguard/node:latest"));
        assert!(sets_non_root_user("cgr.dev/chainguard/node"));
        assert!(!sets_non_root_user("cgr.dev/chainguard/node:latest-dev"));
        assert!(!sets_non_root_user("gcr.io/distroless/static"));
        assert!(!sets_non_root_user("localhost:5000/distroless/base"));
        assert!(!sets_non_root_user("node:20"));
    }
}
