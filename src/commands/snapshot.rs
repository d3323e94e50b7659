//! The snapshot that a destructive command takes before it deletes anything: every
//! contact the selector matches, as job targets and dry-run rows.

use super::context::Connection;
use crate::jobs::plan::{IdentifierRecording, Target};
use crate::output::Records;
use crate::selection::{SelectionReport, Selector};
use anyhow::Result;

/// The contacts a selector finds, as job targets and dry-run rows.
pub struct Snapshot {
    pub targets: Vec<Target>,
    pub preview: Records,
    pub report: SelectionReport,
}

/// Collects every contact that `selector` matches before anything is deleted.
pub async fn snapshot(
    connection: &Connection,
    selector: &Selector,
    recording: IdentifierRecording,
) -> Result<Snapshot> {
    let now = crate::time::now().map_err(crate::exit::CliError::usage)?;
    let mut targets = Vec::new();
    let mut preview = Records::new(&super::users::list::COLUMNS);
    let report = selector
        .select(&connection.client, now, |found| {
            let identifier = found
                .contact
                .email
                .clone()
                .or(found.contact.remote_id.clone());
            targets.push(Target {
                uuid: found.contact.uuid.clone(),
                identifier: identifier.map(|text| recording.record(&text)),
            });
            preview.push(super::users::list::row(&found.contact), found.raw);
            Ok(())
        })
        .await?;
    Ok(Snapshot {
        targets,
        preview,
        report,
    })
}
