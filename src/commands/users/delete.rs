//! `users delete`: resolve the selection, then run a deletion job.

use super::Context;
use crate::commands::destructive::{execute, Deletion, SafetyArgs};
use crate::exit::CliError;
use crate::jobs::plan::Target;
use crate::output::Records;
use crate::selection::{resolve, Identifier};
use anyhow::Result;
use clap::Args;
use std::collections::HashSet;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// User IDs, emails or Refiner uuids, told apart by form; an email selects every user
    /// with that email
    #[arg(value_name = "IDENTIFIER")]
    pub identifiers: Vec<String>,
    /// A user ID (`remote_id`), for IDs that look like an email or a uuid
    #[arg(long = "id", value_name = "USER_ID")]
    pub remote_ids: Vec<String>,
    /// An email; selects every user with it
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// A Refiner contact uuid
    #[arg(long = "uuid", value_name = "UUID")]
    pub uuids: Vec<String>,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

impl DeleteArgs {
    fn identifiers(&self) -> Vec<Identifier> {
        let auto = self.identifiers.iter().cloned().map(Identifier::Auto);
        let ids = self.remote_ids.iter().cloned().map(Identifier::RemoteId);
        let emails = self.emails.iter().cloned().map(Identifier::Email);
        let uuids = self.uuids.iter().cloned().map(Identifier::Uuid);
        auto.chain(ids).chain(emails).chain(uuids).collect()
    }
}

pub async fn run(args: DeleteArgs, ctx: &mut Context) -> Result<()> {
    let identifiers = args.identifiers();
    if identifiers.is_empty() {
        return Err(CliError::usage("no users selected: name at least one identifier")
            .with_hint("for example `refinerctl users delete ann@example.com --dry-run`")
            .into());
    }
    for identifier in &identifiers {
        identifier.validate().map_err(|reason| CliError::usage(format!("invalid identifier: {reason}")))?;
    }

    let connection = ctx.connect().await?;
    let mut targets = Vec::new();
    let mut seen = HashSet::new();
    let mut preview = Records::new(&super::list::COLUMNS);
    for identifier in &identifiers {
        let found = resolve(&connection.client, identifier).await?;
        if found.is_empty() {
            ctx.printer.warn(&format!("no user found for {identifier}"));
        }
        for item in found {
            if !seen.insert(item.contact.uuid.clone()) {
                continue;
            }
            targets.push(Target {
                uuid: item.contact.uuid.clone(),
                identifier: Some(args.safety.receipt_identifiers.record(identifier.text())),
            });
            preview.push(super::list::row(&item.contact), item.raw);
        }
    }
    let selector = identifiers.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let deletion = Deletion {
        kind: "users-delete",
        selector,
        targets,
        preview,
        default_max_delete: Some(1000),
        always_confirm_by_name: false,
        verify_listing: None,
    };
    execute(ctx, &connection, &args.safety, deletion).await
}
