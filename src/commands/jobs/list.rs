//! `jobs list`.

use super::{describe, Context};
use crate::jobs::jobs_dir;
use crate::jobs::store::list_jobs;
use crate::output::Records;
use anyhow::Result;

const COLUMNS: [&str; 11] = [
    "id",
    "kind",
    "created",
    "environment",
    "selector",
    "deleted",
    "absent",
    "failed",
    "skipped",
    "pending",
    "state",
];

pub fn run(ctx: &mut Context) -> Result<()> {
    let jobs = list_jobs(&jobs_dir(&ctx.settings()?.state_dir))?;
    let mut records = Records::new(&COLUMNS);
    for job in &jobs {
        let counts = job.counts();
        let plan = &job.plan;
        let row = vec![
            plan.job_id.clone(),
            plan.kind.clone(),
            plan.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            plan.environment_name.clone(),
            plan.selector.clone(),
            counts.deleted.to_string(),
            counts.already_absent.to_string(),
            counts.failed.to_string(),
            counts.skipped.to_string(),
            counts.pending.to_string(),
            job.state().as_str().to_string(),
        ];
        records.push(row, describe(job, &counts));
    }
    if jobs.is_empty() {
        ctx.printer
            .status("No jobs yet: `users delete` and `environment purge` create them.");
    }
    ctx.printer.records(&records)
}
