//! The steps every destructive command shares: the banner, the guards, the dry run, the
//! confirmation, then the job and its summary.

use super::context::{Connection, Context};
use crate::exit::{CliError, Code, Outcome};
use crate::jobs::plan::{IdentifierRecording, Plan, Target};
use crate::jobs::{jobs_dir, run_job, JobSummary};
use crate::output::{Format, Records};
use anyhow::Result;
use chrono::Utc;
use clap::Args;
use std::sync::atomic::AtomicBool;
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

/// Runs the shared steps, and returns the exit outcome of the job.
pub async fn execute(
    ctx: &mut Context,
    connection: &Connection,
    safety: &SafetyArgs,
    deletion: Deletion<'_>,
) -> Result<()> {
    let env = environment(connection).await?;
    let count = deletion.targets.len();
    print_banner(ctx, connection, &env, &deletion.selector, count);
    if count == 0 {
        ctx.printer
            .status("Nothing to delete: the selection is empty.");
        return Ok(());
    }
    check_guards(ctx, &env, safety, &deletion)?;

    if safety.dry_run {
        if ctx.printer.format == Format::Table || !deletion.preview.is_empty() {
            ctx.printer.records(&deletion.preview)?;
        }
        ctx.printer.status(&format!(
            "Dry run: {count} users would be deleted. Nothing was deleted."
        ));
        return Ok(());
    }
    confirm(ctx, &env, safety, &deletion.selector, count)?;

    let now = Utc::now();
    let settings = ctx.settings()?.clone();
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
    let job_dir = jobs_dir(&settings.state_dir).join(&plan.job_id);
    plan.save(&job_dir)?;
    ctx.printer
        .detail(&format!("Plan written to {}", job_dir.display()));
    run_and_report(ctx, connection, &plan, &job_dir).await
}

fn print_banner(
    ctx: &Context,
    connection: &Connection,
    env: &EnvironmentName,
    selector: &str,
    count: usize,
) {
    let marker = if connection.is_sandbox {
        " (local sandbox, not a real environment)"
    } else {
        ""
    };
    ctx.printer
        .status(&format!("Profile:     {}", connection.profile));
    ctx.printer
        .status(&format!("Environment: {}{marker}", env.name));
    ctx.printer
        .status(&format!("API URL:     {}", connection.api_url));
    ctx.printer.status(&format!("Selector:    {selector}"));
    ctx.printer.status(&format!("Users:       {count}"));
}

fn check_guards(
    ctx: &mut Context,
    env: &EnvironmentName,
    safety: &SafetyArgs,
    deletion: &Deletion<'_>,
) -> Result<()> {
    let count = deletion.targets.len();
    if let Some(max) = safety.max_delete.or(deletion.default_max_delete) {
        if count > max {
            return Err(CliError::new(Code::Refused, format!("{count} users are selected, more than --max-delete {max}; nothing was deleted"))
                .with_hint(format!("check the selection with --dry-run, then raise the limit with --max-delete {count}"))
                .into());
        }
    }
    let protected = !ctx.global.sandbox && ctx.settings()?.protected;
    if protected || deletion.always_confirm_by_name {
        match &safety.confirm {
            Some(name) if name == &env.name => {}
            Some(name) => {
                return Err(CliError::new(
                    Code::Refused,
                    format!(
                    "--confirm `{name}` does not match the environment `{}`; nothing was deleted",
                    env.name
                ),
                )
                .with_hint(format!(
                    "pass --confirm '{}' if this is the environment you mean",
                    env.name
                ))
                .into())
            }
            None if safety.dry_run => {}
            None => {
                let why = if protected {
                    "the profile is protected"
                } else {
                    "this deletes a whole environment"
                };
                return Err(CliError::new(
                    Code::Refused,
                    format!("{why}: --confirm <environment name> is required; nothing was deleted"),
                )
                .with_hint(format!("pass --confirm '{}'", env.name))
                .into());
            }
        }
    }
    Ok(())
}

fn confirm(
    ctx: &Context,
    env: &EnvironmentName,
    safety: &SafetyArgs,
    selector: &str,
    count: usize,
) -> Result<()> {
    if safety.yes {
        return Ok(());
    }
    if !ctx.printer.is_interactive() {
        return Err(CliError::new(Code::NotConfirmed, "refusing to delete without confirmation: no terminal, and --yes was not given; nothing was deleted")
            .with_hint("review with --dry-run, then run again with --yes")
            .into());
    }
    let question = format!(
        "Delete {count} users selected by {selector} from environment `{}`? This cannot be undone.",
        env.name
    );
    if ctx.printer.confirm(&question)? {
        Ok(())
    } else {
        Err(CliError::new(Code::NotConfirmed, "not confirmed; nothing was deleted").into())
    }
}

/// Runs or resumes a job, prints its summary, and turns it into an exit outcome.
pub async fn run_and_report(
    ctx: &mut Context,
    connection: &Connection,
    plan: &Plan,
    job_dir: &std::path::Path,
) -> Result<()> {
    let concurrency = ctx.settings()?.concurrency;
    let progress = ctx
        .printer
        .progress("deleting", Some(plan.targets.len() as u64));
    ctx.attach_progress(Some(progress.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let result = run_job(
        &connection.client,
        plan,
        job_dir,
        concurrency,
        &progress,
        stop,
    )
    .await;
    progress.finish();
    ctx.attach_progress(None);
    let summary = result?;
    report(ctx, &summary)
}

fn report(ctx: &Context, summary: &JobSummary) -> Result<()> {
    let counts = &summary.counts;
    ctx.printer.status(&format!(
        "Job {}: {} deleted, {} already absent, {} failed, {} skipped{}.",
        summary.job_id,
        counts.deleted,
        counts.already_absent,
        counts.failed,
        counts.skipped,
        if counts.pending > 0 {
            format!(", {} not started", counts.pending)
        } else {
            String::new()
        }
    ));
    if summary.verified {
        if summary.survivors == 0 {
            ctx.printer
                .status("Verified: no deleted user resolves any more.");
        } else {
            ctx.printer.warn(&format!(
                "verification found {} users still present",
                summary.survivors
            ));
        }
    }
    if ctx.printer.format == Format::Json || ctx.printer.format == Format::Ndjson {
        ctx.printer.json(&serde_json::to_value(summary)?)?;
    }
    if summary.interrupted {
        ctx.printer.status(&format!(
            "Interrupted. Finish with: refinerctl jobs resume {}",
            summary.job_id
        ));
        return Err(Outcome(Code::Interrupted).into());
    }
    if counts.failed > 0 || counts.pending > 0 {
        ctx.printer.status(&format!(
            "Retry the failed items with: refinerctl jobs resume {}",
            summary.job_id
        ));
        let code = if summary.gave_up {
            Code::GaveUp
        } else {
            Code::Partial
        };
        return Err(Outcome(code).into());
    }
    if summary.survivors > 0 {
        return Err(Outcome(Code::Partial).into());
    }
    Ok(())
}
