//! `jobs list`, `jobs show` and `jobs resume`: the deletion jobs kept in the state folder.

mod list;
mod resume;
pub mod run;
mod show;

use super::Context;
use crate::jobs::{Counts, StoredJob};
use anyhow::Result;
use clap::Subcommand;
use serde_json::{json, Value};

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// List the deletion jobs in the state folder, oldest first
    List,
    /// Show one job: where it ran, its counts, and with -o json the result of every item
    Show(show::ShowArgs),
    /// Finish a job: delete the items with no receipt and retry the failed ones, then verify
    Resume(resume::ResumeArgs),
}

pub async fn run(command: JobsCommand, ctx: &mut Context) -> Result<()> {
    match command {
        JobsCommand::List => list::run(ctx),
        JobsCommand::Show(args) => show::run(args, ctx),
        JobsCommand::Resume(args) => resume::run(args, ctx).await,
    }
}

/// Describes a job as JSON, for `jobs list` and `jobs show`.
fn describe(job: &StoredJob, counts: &Counts) -> Value {
    let plan = &job.plan;
    json!({
        "job_id": plan.job_id,
        "kind": plan.kind,
        "created_at": plan.created_at,
        "profile": plan.profile,
        "api_url": plan.api_url,
        "environment": { "name": plan.environment_name, "uuid": plan.environment_uuid },
        "selector": plan.selector,
        "target_count": plan.target_count,
        "counts": counts,
        "state": job.state(),
        "last_run": job.last_run,
    })
}
