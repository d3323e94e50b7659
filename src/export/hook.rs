//! "Export, then erase": a before-delete hook that writes each subject's document before
//! the deletion job removes the contact.

use super::fetch::responses_of;
use super::files::subject_file_name;
use super::json::write_subject;
use crate::api::{ApiError, Client, ContactKey};
use crate::jobs::plan::Target;
use crate::jobs::BeforeDelete;
use futures::future::BoxFuture;
use std::path::PathBuf;

/// Writes `<dir>/<uuid>.json` for each target, atomically and never over an existing file.
pub struct SubjectExporter {
    client: Client,
    dir: PathBuf,
}

impl SubjectExporter {
    /// Creates the exporter. The folder is created (mode 0700) by the first export, so a
    /// dry run leaves no trace.
    pub fn new(client: Client, dir: PathBuf) -> SubjectExporter {
        SubjectExporter { client, dir }
    }

    /// Writes the document of one contact, and fails when it cannot be written whole.
    pub async fn export(&self, uuid: &str) -> anyhow::Result<()> {
        crate::settings::create_private_dir(&self.dir)?;
        let name = subject_file_name(uuid)?;
        let path = self.dir.join(&name);
        super::files::check_absent(&path, false)?;
        let contact = match self
            .client
            .contact(&ContactKey::Uuid(uuid.to_string()))
            .await
        {
            Ok((_, raw)) => raw,
            Err(ApiError::NotFound { .. }) => {
                anyhow::bail!("contact {uuid} was not found to export")
            }
            Err(error) => return Err(error.into()),
        };
        let responses = responses_of(&self.client, uuid).await?;
        write_subject(&path, &name, contact, responses, false)?;
        Ok(())
    }
}

impl BeforeDelete for SubjectExporter {
    fn before_delete<'a>(&'a self, target: &'a Target) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            self.export(&target.uuid)
                .await
                .map_err(|error| format!("export failed: {error:#}"))
        })
    }
}
