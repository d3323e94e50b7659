//! `manifest.json`: what a folder export contains. It is written last, so its presence
//! marks a complete export.

use super::document::events_note;
use super::files::{AtomicFile, WrittenFile};
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

pub const MANIFEST_NAME: &str = "manifest.json";

/// Facts about the run that the manifest records.
#[derive(Debug, Clone)]
pub struct RunInfo {
    /// Project name of the environment, from `GET /`.
    pub environment: String,
    pub selector: String,
}

/// Builds the manifest of an export.
pub fn manifest(
    info: &RunInfo,
    format: &str,
    subjects: u64,
    responses: u64,
    files: &[WrittenFile],
) -> Value {
    json!({
        "generated_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "environment": info.environment,
        "tool": format!("refinerctl {}", env!("CARGO_PKG_VERSION")),
        "selector": info.selector,
        "format": format,
        "subjects": subjects,
        "responses": responses,
        "files": files,
        "events": events_note(),
        "csv_null_rule": "JSON null and missing keys are empty unquoted fields; empty strings are the quoted field \"\"",
    })
}

/// Writes the manifest into `dir` atomically.
pub fn write_manifest(dir: &Path, manifest: &Value, force: bool) -> Result<WrittenFile> {
    let mut file = AtomicFile::create(&dir.join(MANIFEST_NAME), force)?;
    serde_json::to_writer_pretty(&mut file, manifest)?;
    file.write_all(b"\n")?;
    file.add_record();
    file.commit(MANIFEST_NAME)
}
