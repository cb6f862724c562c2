//! Programs that fetch code or packages over the network and have a switch that turns
//! certificate verification off (`insecure-download` checks their arguments).
//!
//! The Dockerfile parser keeps only the `RUN` commands that run one of these: on a large tree
//! the words of every other command cost more memory than all other Dockerfile facts together.

pub const DOWNLOAD_TOOLS: &[&str] = &[
    "curl", "wget", "pip", "pip3", "pipenv", "uv", "poetry", "python", "python3", "npm", "yarn",
    "pnpm", "git",
];

pub fn is_download_tool(program: &str) -> bool {
    DOWNLOAD_TOOLS.contains(&program)
}
