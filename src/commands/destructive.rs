//! The steps every destructive command shares: snapshot the selection, print the banner,
//! check the guards, stop at a dry run or ask for confirmation, write the plan, then run
//! the job and report it.

use super::context::{Connection, Context};
use super::guards::{check_confirm_name, check_max_delete, confirm, print_banner};
use super::jobs::run::run_and_report;
use crate::jobs::plan::{IdentifierRecording, Plan, Target};
use crate::jobs::{jobs_dir, BeforeDelete};
use crate::output::{Format, Records};
use anyhow::Result;
use chrono::Utc;
use clap::Args;
use std::sync::Arc;

/// Flags that every destructive command takes.
#[derive(Debug, Args, Clone)]
pub struct SafetyArgs {
    /// Print exactly what would be deleted, and delete nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete without the interactive confirmation (required without a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// Name of the environment, required for protected profiles and purges
    #[arg(long, value_name = "ENVIRONMENT_NAME")]
    pub confirm: Option<String>,
    /// Abort before deleting anything when more than N users are selected
    #[arg(long, value_name = "N")]
    pub max_delete: Option<usize>,
    /// How plans and receipts record the identifiers that selected each user
    #[arg(long, value_enum, default_value_t = IdentifierRecording::Hashed)]
    pub receipt_identifiers: IdentifierRecording,
}

/// The environment a key belongs to, as `GET /` names it.
#[derive(Debug, Clone)]
pub struct EnvironmentName {
    pub name: String,
    pub uuid: Option<String>,
}

pub async fn environment(connection: &Connection) -> Result<EnvironmentName> {
    let root = connection.client.root().await?;
    Ok(EnvironmentName {
        name: root.project_name.unwrap_or_default(),
        uuid: root.project_uuid,
    })
}

/// A deletion about to run.
pub struct Deletion<'a> {
    pub kind: &'a str,
    pub selector: String,
    pub targets: Vec<Target>,
    /// Rows shown by a dry run, one per target.
    pub preview: Records,
    pub default_max_delete: Option<usize>,
    /// Purges always need `--confirm`; other kinds only on protected profiles.
    pub always_confirm_by_name: bool,
    pub verify_listing: Option<Vec<(String, String)>>,
}

/// Runs the shared steps with no before-delete hook.
pub async fn execute(
    ctx: &mut Context,
    connection: &Connection,
    safety: &SafetyArgs,
    deletion: Deletion<'_>,
) -> Result<()> {
    execute_with_hook(ctx, connection, safety, deletion, None).await
}

/// Runs the shared steps; `before_delete` runs before each delete and can veto it.
pub async fn execute_with_hook(
    ctx: &mut Context,
    connection: &Connection,
    safety: &SafetyArgs,
    deletion: Deletion<'_>,
    before_delete: Option<Arc<dyn BeforeDelete>>,
) -> Result<()> {
    let env = environment(connection).await?;
    let count = deletion.targets.len();
    print_banner(ctx, connection, &env, &deletion.selector, count);
    check_confirm_name(
        ctx,
        &env,
        safety.confirm.as_deref(),
        safety.dry_run,
        deletion.always_confirm_by_name,
    )?;
    if count == 0 {
        ctx.printer
            .status("Nothing to delete: the selection is empty.");
        return Ok(());
    }
    check_max_delete(count, safety.max_delete.or(deletion.default_max_delete))?;

    if safety.dry_run {
        print_dry_run(ctx, &deletion.preview, count)?;
        return Ok(());
    }
    confirm(ctx, &env, safety.yes, &deletion.selector, count)?;

    let now = Utc::now();
    let plan = Plan {
        job_id: Plan::new_job_id(now),
        kind: deletion.kind.to_string(),
        created_at: now,
        profile: connection.profile.clone(),
        api_url: connection.api_url.clone(),
        environment_name: env.name.clone(),
        environment_uuid: env.uuid.clone(),
        selector: deletion.selector,
        target_count: count,
        targets: deletion.targets,
        verify_listing: deletion.verify_listing,
    };
    let job_dir = jobs_dir(&ctx.settings()?.state_dir).join(&plan.job_id);
    plan.save(&job_dir)?;
    ctx.printer
        .detail(&format!("Plan written to {}", job_dir.display()));
    run_and_report(ctx, connection, &plan, &job_dir, before_delete).await
}

/// Prints what a run would delete, and states that nothing was deleted.
pub fn print_dry_run(ctx: &Context, preview: &Records, count: usize) -> Result<()> {
    if ctx.printer.format == Format::Table || !preview.is_empty() {
        ctx.printer.records(preview)?;
    }
    ctx.printer.status(&format!(
        "Dry run: {count} users would be deleted. Nothing was deleted."
    ));
    Ok(())
}
