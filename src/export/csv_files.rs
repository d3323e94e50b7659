//! CSV destinations: the three tables in a folder, or the contacts table alone on stdout or
//! in one file.

use super::csv::{CellOptions, TableWriter};
use super::files::{AtomicFile, WrittenFile};
use super::spool::Spool;
use super::tables;
use crate::output::Progress;
use anyhow::Result;
use std::io::Write;
use std::path::Path;

pub const CONTACTS_NAME: &str = "contacts.csv";
pub const RESPONSES_NAME: &str = "responses.csv";
pub const SEGMENTS_NAME: &str = "segments.csv";

/// CSV output settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    pub cells: CellOptions,
    /// Start each file with a UTF-8 byte order mark, for Excel.
    pub bom: bool,
}

/// Writes the contacts table to `out`; returns the number of rows.
pub fn write_contacts(
    spool: &Spool,
    out: &mut dyn Write,
    options: CsvOptions,
    progress: &Progress,
) -> Result<u64> {
    let names: Vec<String> = spool.attribute_names.iter().cloned().collect();
    let mut table = TableWriter::start(out, &tables::contacts_header(&names), options.bom)?;
    let mut rows = 0;
    spool.for_each_subject(|contact, _| {
        table.write_row(&tables::contact_row(&contact, &names, options.cells))?;
        rows += 1;
        progress.inc(1);
        Ok(())
    })?;
    table.inner_mut().flush()?;
    Ok(rows)
}

/// Writes the contacts table to the file `path`.
pub fn write_contacts_file(
    spool: &Spool,
    path: &Path,
    force: bool,
    options: CsvOptions,
    progress: &Progress,
) -> Result<WrittenFile> {
    let mut file = AtomicFile::create(path, force)?;
    let rows = write_contacts(spool, &mut file, options, progress)?;
    file.add_records(rows);
    file.commit(&path.display().to_string())
}

/// Writes `contacts.csv`, `responses.csv` and `segments.csv` into `dir` in one pass over
/// the subjects. The files are renamed into place only after every row is written.
pub fn write_dir(
    spool: &Spool,
    dir: &Path,
    force: bool,
    options: CsvOptions,
    progress: &Progress,
) -> Result<Vec<WrittenFile>> {
    let attributes: Vec<String> = spool.attribute_names.iter().cloned().collect();
    let answers: Vec<String> = spool.answer_names.iter().cloned().collect();
    let cells = options.cells;
    let mut contacts = TableWriter::start(
        AtomicFile::create(&dir.join(CONTACTS_NAME), force)?,
        &tables::contacts_header(&attributes),
        options.bom,
    )?;
    let mut responses = TableWriter::start(
        AtomicFile::create(&dir.join(RESPONSES_NAME), force)?,
        &tables::responses_header(&answers),
        options.bom,
    )?;
    let mut segments = TableWriter::start(
        AtomicFile::create(&dir.join(SEGMENTS_NAME), force)?,
        &tables::segments_header(),
        options.bom,
    )?;

    spool.for_each_subject(|contact, items| {
        let uuid = contact
            .get("uuid")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        contacts.write_row(&tables::contact_row(&contact, &attributes, cells))?;
        contacts.inner_mut().add_record();
        for response in &items {
            responses.write_row(&tables::response_row(&uuid, response, &answers, cells))?;
            responses.inner_mut().add_record();
        }
        for row in tables::segment_rows(&contact, cells) {
            segments.write_row(&row)?;
            segments.inner_mut().add_record();
        }
        progress.inc(1);
        Ok(())
    })?;

    Ok(vec![
        contacts.into_inner().commit(CONTACTS_NAME)?,
        responses.into_inner().commit(RESPONSES_NAME)?,
        segments.into_inner().commit(SEGMENTS_NAME)?,
    ])
}
