//! Embeds every `rules/<id>.toml` so that rule metadata ships inside the binary.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let mut entries: Vec<_> = std::fs::read_dir("rules")
        .expect("rules/ directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    entries.sort();
    let mut code = String::from("pub static RULE_FILES: &[(&str, &str)] = &[\n");
    for path in entries {
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let absolute = std::fs::canonicalize(&path).unwrap();
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    ({id:?}, include_str!({:?})),",
            absolute.display()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("rule_files.rs");
    std::fs::write(out, code).unwrap();
}
