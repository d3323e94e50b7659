//! `retention apply`: the audit, then a deletion job of the candidates through the shared
//! destructive steps. `--max-delete` caps a run instead of aborting it: the candidates with
//! the oldest last activity go first, and the rest wait for the next run.

use super::{audit_and_summarize, Context, PolicyArgs};
use crate::commands::destructive::{execute, Deletion, SafetyArgs};
use crate::exit::{CliError, Code};
use crate::jobs::plan::Target;
use crate::retention::report::candidate_records;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub policy: PolicyArgs,
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Allow a run that deletes more than half of the environment's users
    #[arg(long)]
    pub allow_mass_deletion: bool,
}

pub async fn run(args: ApplyArgs, ctx: &mut Context) -> Result<()> {
    let loaded = args.policy.load(ctx)?;
    let connection = ctx.connect().await?;
    let audit = audit_and_summarize(ctx, &connection, &loaded).await?;
    let evaluation = audit.evaluation;

    let total = evaluation.candidates.len();
    let budget = args.safety.max_delete.unwrap_or(total).min(total);
    let batch = &evaluation.candidates[..budget];
    if budget < total {
        ctx.printer.status(&format!(
            "This run deletes {budget} of {total} candidates (--max-delete {budget}, oldest last activity first); the other {} wait for the next run.",
            total - budget
        ));
    }
    check_mass_deletion(batch.len(), evaluation.contacts, args.allow_mass_deletion)?;

    let recording = args.safety.receipt_identifiers;
    let targets = batch
        .iter()
        .map(|candidate| Target {
            uuid: candidate.uuid.clone(),
            identifier: candidate
                .email
                .as_deref()
                .or(candidate.user_id.as_deref())
                .map(|text| recording.record(text)),
        })
        .collect();
    let deletion = Deletion {
        kind: "retention-apply",
        selector: format!("retention policy of {}", loaded.source),
        targets,
        preview: candidate_records(batch, evaluation.now),
        default_max_delete: None,
        always_confirm_by_name: false,
        verify_listing: None,
    };
    // The budget has been applied above, so the shared guard must not abort on it.
    let safety = SafetyArgs {
        max_delete: None,
        ..args.safety
    };
    execute(ctx, &connection, &safety, deletion).await?;
    if budget < total && !safety.dry_run {
        ctx.printer.status(&format!(
            "{} candidates remain; run `refinerctl retention apply` again to continue.",
            total - budget
        ));
    }
    Ok(())
}

/// Rejects a run that deletes more than half of the environment, which points to a wrong
/// clock or a wrong policy more often than to real inactivity.
fn check_mass_deletion(count: usize, contacts: usize, allowed: bool) -> Result<()> {
    if allowed || count * 2 <= contacts {
        return Ok(());
    }
    Err(CliError::new(
        Code::Refused,
        format!("this run would delete {count} of {contacts} users, more than half of the environment; nothing was deleted"),
    )
    .with_hint("check the clock and the policy with `refinerctl retention audit`, then pass --allow-mass-deletion if this is intended")
    .into())
}

#[cfg(test)]
mod tests {
    use super::check_mass_deletion;

    #[test]
    fn mass_deletion_guard_threshold() {
        assert!(check_mass_deletion(5, 10, false).is_ok());
        assert!(check_mass_deletion(6, 10, false).is_err());
        assert!(check_mass_deletion(6, 10, true).is_ok());
        assert!(check_mass_deletion(0, 0, false).is_ok());
    }
}
