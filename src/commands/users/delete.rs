//! `users delete`: resolve the selection into a snapshot, then run a deletion job.

use super::Context;
use crate::commands::destructive::{execute_with_hook, Deletion, SafetyArgs};
use crate::commands::export_to::ExportToArgs;
use crate::commands::selector::SelectorArgs;
use crate::commands::snapshot::snapshot;
use crate::exit::CliError;
use anyhow::Result;
use clap::Args;

/// Default `--max-delete` for group deletions.
pub const DEFAULT_MAX_DELETE: usize = 1000;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub selection: SelectorArgs,
    #[command(flatten)]
    pub safety: SafetyArgs,
    #[command(flatten)]
    pub export: ExportToArgs,
}

pub async fn run(args: DeleteArgs, ctx: &mut Context) -> Result<()> {
    let selector = args.selection.selector(false)?;
    if selector.is_empty() {
        return Err(CliError::usage("no users selected: name identifiers, --ids-file, --segment, --search, --where or --inactive-days")
            .with_hint("for example `refinerctl users delete ann@example.com --dry-run`")
            .into());
    }

    let connection = ctx.connect().await?;
    let snapshot = snapshot(&connection, &selector, args.safety.receipt_identifiers).await?;
    let report = snapshot.report;
    for identifier in &report.not_found {
        ctx.printer.warn(&format!("no user found for {identifier}"));
    }
    for (uuid, text) in &report.unparseable {
        ctx.printer.warn(&format!(
            "skipped user {uuid}: unreadable timestamp `{text}`"
        ));
    }

    let deletion = Deletion {
        kind: "users-delete",
        selector: selector.describe(),
        targets: snapshot.targets,
        preview: snapshot.preview,
        default_max_delete: Some(DEFAULT_MAX_DELETE),
        always_confirm_by_name: false,
        verify_listing: report.verify_listing.filter(|filters| !filters.is_empty()),
    };
    let exporter = args.export.hook(&connection);
    execute_with_hook(ctx, &connection, &args.safety, deletion, exporter).await
}
