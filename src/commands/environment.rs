//! `environment purge`: delete every user in the API key's environment, and with them
//! every survey response (the API deletes a contact's responses with the contact).

use super::destructive::{environment, execute_with_hook, Deletion, SafetyArgs};
use super::export_to::ExportToArgs;
use super::guards::check_confirm_name;
use super::snapshot::snapshot;
use super::Context;
use crate::selection::Selector;
use anyhow::Result;
use clap::{Args, Subcommand};

/// The job kind of a purge, recorded in its plan.
pub const PURGE_KIND: &str = "environment-purge";

#[derive(Debug, Subcommand)]
pub enum EnvironmentCommand {
    /// Delete every user, and so every response, in the environment of the API key
    #[command(
        long_about = "Delete every user, and so every response, in the environment of the \
API key. The Refiner API has no purge: this lists every contact, writes the list to a job \
plan, deletes them one by one, and checks that a fresh listing is empty.\n\n\
--confirm must name the environment exactly as `GET /` reports it (the banner shows it). \
There is no default --max-delete for a purge."
    )]
    Purge(PurgeArgs),
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    #[command(flatten)]
    pub safety: SafetyArgs,
    #[command(flatten)]
    pub export: ExportToArgs,
}

pub async fn run(command: EnvironmentCommand, ctx: &mut Context) -> Result<()> {
    match command {
        EnvironmentCommand::Purge(args) => purge(args, ctx).await,
    }
}

async fn purge(args: PurgeArgs, ctx: &mut Context) -> Result<()> {
    let selector = Selector {
        all: true,
        ..Selector::default()
    };
    let connection = ctx.connect().await?;
    // Checked before the listing too, so that a wrong name costs no page of contacts.
    let env = environment(&connection).await?;
    check_confirm_name(
        ctx,
        &env,
        args.safety.confirm.as_deref(),
        args.safety.dry_run,
        true,
    )?;
    let snapshot = snapshot(&connection, &selector, args.safety.receipt_identifiers).await?;
    let deletion = Deletion {
        kind: PURGE_KIND,
        selector: selector.describe(),
        targets: snapshot.targets,
        preview: snapshot.preview,
        default_max_delete: None,
        always_confirm_by_name: true,
        // An empty filter list: the whole environment's listing must be empty afterwards.
        verify_listing: Some(Vec::new()),
    };
    let exporter = args.export.hook(&connection);
    execute_with_hook(ctx, &connection, &args.safety, deletion, exporter).await
}
