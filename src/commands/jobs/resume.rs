//! `jobs resume`: finish a job where it stopped, on the environment it was planned for.

use super::Context;
use crate::commands::destructive::{environment, print_dry_run};
use crate::commands::environment::PURGE_KIND;
use crate::commands::guards::{check_confirm_name, check_same_environment, confirm, print_banner};
use crate::jobs::engine::remaining_targets;
use crate::jobs::receipts::latest_by_uuid;
use crate::jobs::store::find_job;
use crate::jobs::{jobs_dir, StoredJob, Target};
use crate::output::Records;
use anyhow::Result;
use clap::Args;
use serde_json::json;

#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// Job id, or a unique prefix of it, as `refinerctl jobs list` shows it
    #[arg(required_unless_present = "last", conflicts_with = "last")]
    pub job: Option<String>,
    /// Resume the most recently created job
    #[arg(long)]
    pub last: bool,
    /// Print the items that would be deleted, and delete nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete without the interactive confirmation (required without a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// Name of the environment, required for protected profiles and purges
    #[arg(long, value_name = "ENVIRONMENT_NAME")]
    pub confirm: Option<String>,
}

pub async fn run(args: ResumeArgs, ctx: &mut Context) -> Result<()> {
    let job = find_job(&jobs_dir(&ctx.settings()?.state_dir), args.job.as_deref())?;
    let connection = ctx.connect().await?;
    let env = environment(&connection).await?;
    check_same_environment(&job.plan, &connection, &env)?;

    // NOTE: no lock keeps two processes from running one job at once. Items both delete
    // end as `already_absent` in one of them, so the receipts stay true.
    let remaining = remaining_targets(&job.plan, &job.receipts);
    let selector = format!("{} (job {})", job.plan.selector, job.plan.job_id);
    print_banner(ctx, &connection, &env, &selector, remaining.len());
    check_confirm_name(
        ctx,
        &env,
        args.confirm.as_deref(),
        args.dry_run,
        job.plan.kind == PURGE_KIND,
    )?;
    if args.dry_run {
        return print_dry_run(ctx, &preview(&job, &remaining), remaining.len());
    }
    if remaining.is_empty() {
        ctx.printer.status(&format!(
            "Nothing left to delete in job {}; verifying again.",
            job.plan.job_id
        ));
    } else {
        confirm(ctx, &env, args.yes, &selector, remaining.len())?;
    }
    super::run::run_and_report(ctx, &connection, &job.plan, &job.dir, None).await
}

/// Builds the dry-run rows of the remaining items: uuid, identifier, and `pending` or `failed`.
fn preview(job: &StoredJob, remaining: &[Target]) -> Records {
    let latest = latest_by_uuid(&job.receipts);
    let mut records = Records::new(&["uuid", "identifier", "status"]);
    for target in remaining {
        let status = if latest.contains_key(target.uuid.as_str()) {
            "failed"
        } else {
            "pending"
        };
        let identifier = target.identifier.clone().unwrap_or_default();
        let value =
            json!({ "uuid": target.uuid, "identifier": target.identifier, "status": status });
        records.push(
            vec![target.uuid.clone(), identifier, status.to_string()],
            value,
        );
    }
    records
}
