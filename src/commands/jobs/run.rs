//! Running a job from the command layer: progress, Ctrl-C, the summary and the exit code.

use crate::commands::context::{Connection, Context};
use crate::commands::interrupt;
use crate::exit::{Code, Outcome};
use crate::jobs::{run_job, BeforeDelete, JobSummary, Plan};
use crate::output::Format;
use anyhow::Result;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Runs or resumes a job, prints its summary, and turns it into an exit outcome.
pub async fn run_and_report(
    ctx: &mut Context,
    connection: &Connection,
    plan: &Plan,
    job_dir: &Path,
    before_delete: Option<Arc<dyn BeforeDelete>>,
) -> Result<()> {
    let concurrency = ctx.settings()?.concurrency;
    let progress = ctx
        .printer
        .progress("deleting", Some(plan.targets.len() as u64));
    ctx.attach_progress(Some(progress.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = interrupt::watch(stop.clone(), progress.clone(), &plan.job_id)?;
    let result = run_job(
        &connection.client,
        plan,
        job_dir,
        concurrency,
        &progress,
        stop,
        before_delete,
    )
    .await;
    watcher.abort();
    progress.finish();
    ctx.attach_progress(None);
    let summary = result?;
    report(ctx, &summary)
}

/// Prints the summary on stderr (and as JSON on stdout with `-o json`), and returns the
/// exit outcome: 130 interrupted, 7 gave up, 5 failures or survivors, 1 verification error.
pub fn report(ctx: &Context, summary: &JobSummary) -> Result<()> {
    let counts = &summary.counts;
    let pending = if counts.pending > 0 {
        format!(", {} not started", counts.pending)
    } else {
        String::new()
    };
    ctx.printer.status(&format!(
        "Job {}: {} deleted, {} already absent, {} failed, {} skipped{pending}.",
        summary.job_id, counts.deleted, counts.already_absent, counts.failed, counts.skipped
    ));
    print_verification(ctx, summary);
    if matches!(ctx.printer.format, Format::Json | Format::Ndjson) {
        ctx.printer.json(&serde_json::to_value(summary)?)?;
    }

    let resume = format!("refinerctl jobs resume {}", summary.job_id);
    if summary.interrupted {
        ctx.printer
            .status(&format!("Interrupted. Finish with: {resume}"));
        return Err(Outcome(Code::Interrupted).into());
    }
    if counts.failed > 0 || counts.pending > 0 {
        ctx.printer
            .status(&format!("Retry the failed items with: {resume}"));
        let code = if summary.gave_up {
            Code::GaveUp
        } else {
            Code::Partial
        };
        return Err(Outcome(code).into());
    }
    if summary.verification_error.is_some() {
        ctx.printer.status(&format!("Verify again with: {resume}"));
        return Err(Outcome(if summary.gave_up {
            Code::GaveUp
        } else {
            Code::Failure
        })
        .into());
    }
    if summary.survivors > 0 {
        ctx.printer.status("Every item of this job is final: run the same deletion again to select and delete what is left.");
        return Err(Outcome(Code::Partial).into());
    }
    Ok(())
}

fn print_verification(ctx: &Context, summary: &JobSummary) {
    let method = summary.verified_by.as_deref().unwrap_or("verification");
    if let Some(error) = &summary.verification_error {
        ctx.printer
            .warn(&format!("verification could not finish: {error}"));
    } else if summary.verified && summary.survivors == 0 {
        ctx.printer
            .status(&format!("Verified by {method}: no deleted user is left."));
    } else if summary.verified {
        ctx.printer.warn(&format!(
            "verification by {method} found {} users still present that should be gone (deleted ones that still resolve, or users that joined the selection after the plan was made)",
            summary.survivors
        ));
    }
}
