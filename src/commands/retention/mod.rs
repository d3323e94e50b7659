//! `retention set`, `show`, `clear`, `audit` and `apply`: a policy kept in the profile (or
//! a policy file) and enforced through the API, because Refiner's API exposes none of its
//! own retention settings.

mod apply;
mod audit;
mod clear;
mod set;
mod show;

use super::Context;
use crate::exit::CliError;
use crate::retention::Policy;
use crate::settings::ConfigFile;
use anyhow::Result;
use chrono::SubsecRound;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Store a retention policy in the profile, replacing the one stored before
    Set(set::SetArgs),
    /// Print the retention policy of the profile or of a policy file
    Show(PolicyArgs),
    /// Remove the retention policy from the profile
    Clear,
    /// List the users that violate the policy; read-only, exits 8 when there are any
    Audit(audit::AuditArgs),
    /// Delete the users that violate the policy, oldest last activity first
    #[command(mut_arg("max_delete", |arg| {
        arg.help("Delete at most N users in this run, those with the oldest last activity; the rest wait for the next run")
    }))]
    Apply(apply::ApplyArgs),
}

pub async fn run(command: RetentionCommand, ctx: &mut Context) -> Result<()> {
    match command {
        RetentionCommand::Set(args) => set::run(args, ctx).await,
        RetentionCommand::Show(args) => show::run(args, ctx),
        RetentionCommand::Clear => clear::run(ctx),
        RetentionCommand::Audit(args) => audit::run(args, ctx).await,
        RetentionCommand::Apply(args) => apply::run(args, ctx).await,
    }
}

/// The policy source: a file given with `--policy`, or else the profile.
#[derive(Debug, Args, Clone)]
pub struct PolicyArgs {
    /// Read the policy from this TOML file instead of the profile
    #[arg(long = "policy", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// A policy with a description of where it came from.
pub struct LoadedPolicy {
    pub policy: Policy,
    pub source: String,
}

impl PolicyArgs {
    /// Loads the policy; a missing policy, or one without any period, is a usage error.
    pub fn load(&self, ctx: &mut Context) -> Result<LoadedPolicy> {
        let loaded = match &self.file {
            Some(path) => LoadedPolicy {
                policy: Policy::load(path)?,
                source: format!("policy file {}", path.display()),
            },
            None => {
                let settings = ctx.settings()?;
                let profile = settings.profile.clone();
                let config = ConfigFile::load(&settings.config_path)?;
                let stored = config.profile(&profile).and_then(|p| p.retention.clone());
                let Some(policy) = stored else {
                    return Err(CliError::usage(format!("profile `{profile}` has no retention policy"))
                        .with_hint("store one with `refinerctl retention set --inactive-days N`, or pass --policy FILE")
                        .into());
                };
                policy.validate().map_err(|error| {
                    CliError::usage(format!(
                        "invalid retention policy in profile `{profile}`: {error}"
                    ))
                    .with_hint("replace it with `refinerctl retention set`")
                })?;
                LoadedPolicy {
                    policy,
                    source: format!("profile `{profile}`"),
                }
            }
        };
        if loaded.policy.has_no_period() {
            return Err(CliError::usage(format!(
                "the retention policy of {} sets no period",
                loaded.source
            ))
            .with_hint("set inactive_days, never_responded_inactive_days or both")
            .into());
        }
        Ok(loaded)
    }
}

/// Skipped users named one by one on stderr; the report file lists every one.
const MAX_SKIPPED_WARNINGS: usize = 20;

/// Runs the audit and prints its summary and skipped contacts on stderr.
pub async fn audit_and_summarize(
    ctx: &mut Context,
    connection: &crate::commands::context::Connection,
    loaded: &LoadedPolicy,
) -> Result<crate::retention::Audit> {
    // Whole seconds, so that the printed cutoffs are exact and `REFINER_NOW` with the
    // reported `now` reproduces the audit.
    let now = crate::time::now()
        .map_err(CliError::usage)?
        .trunc_subsecs(0);
    let audit = crate::retention::audit(&connection.client, &loaded.policy, now).await?;
    ctx.printer.status(&format!("Policy: {}", loaded.source));
    let report =
        crate::retention::Report::new(&connection.profile, &loaded.policy, &audit.evaluation);
    for line in report.summary_lines() {
        ctx.printer.status(&line);
    }
    let skipped = &audit.evaluation.skipped;
    for item in skipped.iter().take(MAX_SKIPPED_WARNINGS) {
        ctx.printer
            .warn(&format!("skipped user {}: {}", item.uuid, item.reason));
    }
    if skipped.len() > MAX_SKIPPED_WARNINGS {
        ctx.printer.warn(&format!(
            "{} more users skipped; `--report FILE` lists them all",
            skipped.len() - MAX_SKIPPED_WARNINGS
        ));
    }
    Ok(audit)
}
