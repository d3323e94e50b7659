//! `--export-to DIR`, which makes a deletion export each user before deleting it.

use super::context::Connection;
use crate::export::hook::SubjectExporter;
use crate::jobs::BeforeDelete;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Args, Clone, Default)]
pub struct ExportToArgs {
    /// Before deleting each user, write everything the environment stores about them to
    /// DIR/<uuid>.json. A user whose export fails is skipped and not deleted
    #[arg(long, value_name = "DIR")]
    pub export_to: Option<PathBuf>,
}

impl ExportToArgs {
    /// Returns the exporter that the deletion job runs before each delete, if requested.
    pub fn hook(&self, connection: &Connection) -> Option<Arc<dyn BeforeDelete>> {
        let dir = self.export_to.clone()?;
        Some(Arc::new(SubjectExporter::new(
            connection.client.clone(),
            dir,
        )))
    }
}
