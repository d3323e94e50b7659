//! The committed completions and man pages must equal what the command tree generates.
//! Regenerate them with `REFINERCTL_REGENERATE=1 cargo test --test cli generated`.

use std::path::Path;

#[test]
fn generated_files_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let regenerate = std::env::var_os("REFINERCTL_REGENERATE").is_some();
    let files = refinerctl::assets::generated_files();
    assert!(
        files.len() > 10,
        "expected completions and man pages, got {}",
        files.len()
    );
    if regenerate {
        for folder in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(folder));
            std::fs::create_dir_all(root.join(folder)).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (path, content) in &files {
        let full = root.join(path);
        if regenerate {
            std::fs::write(&full, content).unwrap();
        } else if std::fs::read(&full).ok().as_ref() != Some(content) {
            stale.push(path.display().to_string());
        }
    }
    for folder in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let name = Path::new(folder).join(entry.unwrap().file_name());
            if !files.iter().any(|(path, _)| *path == name) {
                stale.push(format!("{} (no longer generated)", name.display()));
            }
        }
    }
    assert!(stale.is_empty(), "stale generated files: {stale:?}; run REFINERCTL_REGENERATE=1 cargo test --test cli generated");
}
