//! Lists that rules consult, kept as data so that each lives in exactly one place.

pub mod base_images;
pub mod capabilities;
pub mod ciphers;
pub mod download_tools;
pub mod host_paths;
pub mod key_names;
pub mod secret_patterns;
pub mod sysctls;
