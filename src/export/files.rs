//! Output files that appear whole or not at all.
//!
//! Every file is written to a temporary file in its target folder (mode 0600, as
//! `tempfile` creates it) and renamed into place once complete. A temporary file that is
//! dropped before `commit` is removed, so an error or an interrupt leaves no partial file.

use crate::exit::CliError;
use anyhow::{Context as _, Result};
use sha2::{Digest, Sha256};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Name, record count, size and digest of a finished file, for the manifest and summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WrittenFile {
    /// File name inside the export folder, or the full path of a single-file export.
    pub name: String,
    /// Records in the file: subjects, responses or segment memberships; header rows excluded.
    pub records: u64,
    pub bytes: u64,
    /// SHA-256 of the file's bytes, in lowercase hex.
    pub sha256: String,
}

/// Rejects `path` when it exists and `force` is off.
pub fn check_absent(path: &Path, force: bool) -> Result<()> {
    if force || std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    Err(
        CliError::usage(format!("the output file {} already exists", path.display()))
            .with_hint("choose another path, or pass --force to replace it")
            .into(),
    )
}

/// A file being written: buffered, hashed and counted, then renamed into place.
pub struct AtomicFile {
    path: PathBuf,
    force: bool,
    writer: BufWriter<tempfile::NamedTempFile>,
    hasher: Sha256,
    bytes: u64,
    records: u64,
}

impl AtomicFile {
    /// Creates the temporary file next to `path`; `force` allows replacing `path` later.
    pub fn create(path: &Path, force: bool) -> Result<AtomicFile> {
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".refinerctl-export-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("could not create a file in {}", dir.display()))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            force,
            writer: BufWriter::new(temp),
            hasher: Sha256::new(),
            bytes: 0,
            records: 0,
        })
    }

    /// Counts one record written since the last call.
    pub fn add_record(&mut self) {
        self.records += 1;
    }

    /// Counts `count` records written since the last call.
    pub fn add_records(&mut self, count: u64) {
        self.records += count;
    }

    /// Flushes, syncs and renames the file into place; `name` is recorded in the result.
    pub fn commit(self, name: &str) -> Result<WrittenFile> {
        let path = self.path;
        let temp = self
            .writer
            .into_inner()
            .map_err(|error| error.into_error())
            .with_context(|| format!("could not write {}", path.display()))?;
        temp.as_file()
            .sync_all()
            .with_context(|| format!("could not write {}", path.display()))?;
        let persisted = if self.force {
            temp.persist(&path).map(drop)
        } else {
            temp.persist_noclobber(&path).map(drop)
        };
        persisted.map_err(|error| {
            if error.error.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::Error::new(
                    CliError::usage(format!("the output file {} already exists", path.display()))
                        .with_hint("choose another path, or pass --force to replace it"),
                )
            } else {
                anyhow::Error::new(error.error)
                    .context(format!("could not write {}", path.display()))
            }
        })?;
        Ok(WrittenFile {
            name: name.to_string(),
            records: self.records,
            bytes: self.bytes,
            sha256: hex::encode(self.hasher.finalize()),
        })
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.writer.write(buf)?;
        self.hasher.update(&buf[..written]);
        self.bytes += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}

/// Names the file of one subject in a folder export, after its contact uuid.
///
/// Only letters, digits, `-` and `_` are accepted, so that a uuid from the server can never
/// name a path outside the folder.
pub fn subject_file_name(uuid: &str) -> Result<String> {
    let safe = !uuid.is_empty()
        && uuid.len() <= 128
        && uuid
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !safe {
        anyhow::bail!("the contact uuid {uuid:?} cannot be used as a file name");
    }
    Ok(format!("{uuid}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_writes_file_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let mut file = AtomicFile::create(&path, false).unwrap();
        file.write_all(b"{}\n").unwrap();
        file.add_record();
        let written = file.commit("out.json").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
        assert_eq!(written.records, 1);
        assert_eq!(written.bytes, 3);
        assert_eq!(written.sha256, hex::encode(Sha256::digest(b"{}\n")));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn dropped_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let mut file = AtomicFile::create(&path, false).unwrap();
        file.write_all(b"partial").unwrap();
        drop(file);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn commit_rejects_existing_file_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        std::fs::write(&path, b"old").unwrap();
        let file = AtomicFile::create(&path, false).unwrap();
        let error = file.commit("out.json").unwrap_err();
        assert_eq!(crate::exit::code_of(&error), crate::exit::Code::Usage);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn subject_file_name_rejects_path_characters() {
        assert_eq!(subject_file_name("ab-12_c").unwrap(), "ab-12_c.json");
        assert!(subject_file_name("../etc").is_err());
        assert!(subject_file_name("a/b").is_err());
        assert!(subject_file_name("").is_err());
    }
}
