//! Subject-access export: everything an environment stores about the selected people, and
//! nothing about anyone else.
//!
//! An export runs in three steps. Selection streams the matching contacts into a temporary
//! SQLite spool (`spool`). Their responses are then listed with as few requests as the API
//! allows and filed under each subject's contact uuid (`fetch`). Finally the writers read
//! the spool one subject at a time and produce JSON (`json`, documents shaped as in
//! `document`) or CSV (`csv` for cells, `tables` for columns, `csv_files` for files). Every
//! file is written atomically (`files`), and a folder export ends with its `manifest`.
//! Memory stays bounded by one subject's data plus the CSV column names.

pub mod csv;
pub mod csv_files;
pub mod document;
pub mod fetch;
pub mod files;
pub mod hook;
pub mod json;
pub mod manifest;
pub mod spool;
pub mod tables;

use crate::api::Client;
use crate::output::Progress;
use crate::selection::{SelectionReport, Selector};
use anyhow::Result;
use chrono::{DateTime, Utc};
use csv_files::CsvOptions;
use fetch::{fetch_responses, ResponseSource};
use files::WrittenFile;
use manifest::{manifest, write_manifest, RunInfo, MANIFEST_NAME};
use spool::Spool;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON document per subject, lossless
    Json,
    /// contacts.csv, responses.csv and segments.csv
    Csv,
}

/// Destination of an export: stdout, one file or a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
    Dir(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Options {
    pub format: ExportFormat,
    pub destination: Destination,
    /// Replace existing output files.
    pub force: bool,
    pub csv: CsvOptions,
}

/// Counts and files of a finished export.
#[derive(Debug, Default)]
pub struct Summary {
    pub subjects: u64,
    pub responses: u64,
    pub files: Vec<WrittenFile>,
}

/// Selects the subjects and reads their responses into a spool, which stops writers once
/// `stop` is set.
pub async fn collect(
    client: &Client,
    selector: &Selector,
    now: DateTime<Utc>,
    progress: &Progress,
    stop: Arc<AtomicBool>,
) -> Result<(Spool, SelectionReport)> {
    let mut spool = Spool::new()?;
    spool.stop_on(stop);
    spool.begin()?;
    let report = selector
        .select(client, now, |found| {
            progress.inc(1);
            spool.add_contact(&found.raw)
        })
        .await?;
    spool.commit()?;

    let explicit = !selector.identifiers.is_empty();
    let segment = report.segment.as_ref().map(|segment| segment.uuid.as_str());
    let source = ResponseSource::choose(explicit, segment, spool.contacts);
    fetch_responses(client, &mut spool, &source, progress).await?;
    Ok((spool, report))
}

/// Checks before any work that the output can be written: the files that exist already
/// without `--force`, and a folder that cannot be created.
pub fn prepare(options: &Options) -> Result<()> {
    match &options.destination {
        Destination::Stdout => Ok(()),
        Destination::File(path) => files::check_absent(path, options.force),
        Destination::Dir(dir) => {
            crate::settings::create_private_dir(dir)?;
            let fixed = match options.format {
                ExportFormat::Csv => vec![
                    csv_files::CONTACTS_NAME,
                    csv_files::RESPONSES_NAME,
                    csv_files::SEGMENTS_NAME,
                    MANIFEST_NAME,
                ],
                ExportFormat::Json => vec![MANIFEST_NAME],
            };
            fixed
                .iter()
                .try_for_each(|name| files::check_absent(&dir.join(name), options.force))
        }
    }
}

/// Writes the spooled subjects to the destination.
pub fn write(
    spool: &Spool,
    options: &Options,
    info: &RunInfo,
    stdout: &mut dyn Write,
    progress: &Progress,
) -> Result<Summary> {
    let mut summary = Summary {
        subjects: spool.contacts,
        responses: spool.responses,
        files: Vec::new(),
    };
    match (&options.destination, options.format) {
        (Destination::Stdout, ExportFormat::Json) => {
            json::write_ndjson(spool, stdout, progress)?;
        }
        (Destination::Stdout, ExportFormat::Csv) => {
            csv_files::write_contacts(spool, stdout, options.csv, progress)?;
        }
        (Destination::File(path), ExportFormat::Json) => {
            summary
                .files
                .push(json::write_file(spool, path, options.force, progress)?);
        }
        (Destination::File(path), ExportFormat::Csv) => {
            summary.files.push(csv_files::write_contacts_file(
                spool,
                path,
                options.force,
                options.csv,
                progress,
            )?);
        }
        (Destination::Dir(dir), format) => {
            summary.files = write_dir(spool, dir, format, options, progress)?;
            let format_name = if format == ExportFormat::Csv {
                "csv"
            } else {
                "json"
            };
            let manifest = manifest(
                info,
                format_name,
                spool.contacts,
                spool.responses,
                &summary.files,
            );
            summary
                .files
                .push(write_manifest(dir, &manifest, options.force)?);
        }
    }
    Ok(summary)
}

/// Writes the data files of a folder export. An old manifest goes first, so that the
/// folder never shows a manifest beside files of a newer, unfinished export.
fn write_dir(
    spool: &Spool,
    dir: &std::path::Path,
    format: ExportFormat,
    options: &Options,
    progress: &Progress,
) -> Result<Vec<WrittenFile>> {
    if options.force {
        match std::fs::remove_file(dir.join(MANIFEST_NAME)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
            _ => {}
        }
    }
    match format {
        ExportFormat::Csv => csv_files::write_dir(spool, dir, options.force, options.csv, progress),
        ExportFormat::Json => {
            for uuid in spool.contact_uuids()? {
                files::check_absent(&dir.join(files::subject_file_name(&uuid)?), options.force)?;
            }
            json::write_dir(spool, dir, options.force, progress)
        }
    }
}
