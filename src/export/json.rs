//! JSON destinations: NDJSON on stdout or in a file, one pretty document for a single
//! subject in a file, or one file per subject in a folder.

use super::document::{contact_uuid, subject_document};
use super::files::{subject_file_name, AtomicFile, WrittenFile};
use super::spool::Spool;
use crate::output::Progress;
use anyhow::Result;
use serde_json::Value;
use std::io::Write;
use std::path::Path;

/// Writes one subject per line to `out`.
pub fn write_ndjson(spool: &Spool, out: &mut dyn Write, progress: &Progress) -> Result<u64> {
    let mut count = 0;
    spool.for_each_subject(|contact, responses| {
        serde_json::to_writer(&mut *out, &subject_document(contact, responses))?;
        out.write_all(b"\n")?;
        count += 1;
        progress.inc(1);
        Ok(())
    })?;
    out.flush()?;
    Ok(count)
}

/// Writes `path`: a pretty JSON document for one subject, NDJSON for any other number.
pub fn write_file(
    spool: &Spool,
    path: &Path,
    force: bool,
    progress: &Progress,
) -> Result<WrittenFile> {
    let mut file = AtomicFile::create(path, force)?;
    if spool.contacts == 1 {
        spool.for_each_subject(|contact, responses| {
            serde_json::to_writer_pretty(&mut file, &subject_document(contact, responses))?;
            file.write_all(b"\n")?;
            file.add_record();
            progress.inc(1);
            Ok(())
        })?;
    } else {
        let records = write_ndjson(spool, &mut file, progress)?;
        file.add_records(records);
    }
    file.commit(&path.display().to_string())
}

/// Writes `<uuid>.json` for each subject into `dir`.
pub fn write_dir(
    spool: &Spool,
    dir: &Path,
    force: bool,
    progress: &Progress,
) -> Result<Vec<WrittenFile>> {
    let mut written = Vec::new();
    spool.for_each_subject(|contact, responses| {
        let name = subject_file_name(contact_uuid(&contact).unwrap_or_default())?;
        written.push(write_subject(
            &dir.join(&name),
            &name,
            contact,
            responses,
            force,
        )?);
        progress.inc(1);
        Ok(())
    })?;
    Ok(written)
}

/// Writes the document of one subject to `path` atomically.
pub fn write_subject(
    path: &Path,
    name: &str,
    contact: Value,
    responses: Vec<Value>,
    force: bool,
) -> Result<WrittenFile> {
    let mut file = AtomicFile::create(path, force)?;
    serde_json::to_writer_pretty(&mut file, &subject_document(contact, responses))?;
    file.write_all(b"\n")?;
    file.add_record();
    file.commit(name)
}
