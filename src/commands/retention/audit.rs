//! `retention audit`: read-only, never prompts, safe for cron. Exits 8 when users violate
//! the policy and 0 when the environment complies.

use super::{audit_and_summarize, Context, PolicyArgs};
use crate::exit::{Code, Outcome};
use crate::retention::report::candidate_records;
use crate::retention::Report;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Also write the audit as a JSON report to FILE (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

pub async fn run(args: AuditArgs, ctx: &mut Context) -> Result<()> {
    let loaded = args.policy.load(ctx)?;
    let connection = ctx.connect().await?;
    let audit = audit_and_summarize(ctx, &connection, &loaded).await?;
    let evaluation = &audit.evaluation;

    ctx.printer
        .records(&candidate_records(&evaluation.candidates, evaluation.now))?;
    if let Some(path) = &args.report {
        Report::new(&connection.profile, &loaded.policy, evaluation).write(path)?;
        ctx.printer
            .status(&format!("Report written to {}", path.display()));
    }

    let count = evaluation.candidates.len();
    if count == 0 {
        ctx.printer
            .status("The environment complies with the policy.");
        return Ok(());
    }
    ctx.printer.status(&format!(
        "{count} users violate the policy; `refinerctl retention apply` deletes them."
    ));
    Err(Outcome(Code::AuditFound).into())
}
