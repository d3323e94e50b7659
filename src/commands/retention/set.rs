//! `retention set`: validate a policy (segments against the API) and store it in the profile.

use super::Context;
use crate::exit::CliError;
use crate::retention::audit::resolve_exclusions;
use crate::retention::policy::MAX_DAYS;
use crate::retention::Policy;
use crate::settings::ConfigFile;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Delete users with a completed survey response after N days without activity
    #[arg(long, value_name = "DAYS")]
    pub inactive_days: Option<u32>,
    /// Delete users without any completed response after N days without activity
    #[arg(long, value_name = "DAYS")]
    pub never_responded_inactive_days: Option<u32>,
    /// Never delete members of this segment (name or uuid); repeatable
    #[arg(long = "exclude-segment", value_name = "NAME|UUID")]
    pub exclude_segments: Vec<String>,
    /// Never delete the user with this user ID, email or uuid; repeatable
    #[arg(long = "protect", value_name = "IDENTIFIER")]
    pub protect: Vec<String>,
}

pub async fn run(args: SetArgs, ctx: &mut Context) -> Result<()> {
    let policy = Policy {
        inactive_days: args.inactive_days,
        never_responded_inactive_days: args.never_responded_inactive_days,
        exclude_segments: args.exclude_segments,
        protect: args.protect,
    };
    if policy.has_no_period() {
        return Err(CliError::usage("no retention period given")
            .with_hint("pass --inactive-days N, --never-responded-inactive-days N or both")
            .into());
    }
    policy.validate().map_err(|error| {
        CliError::usage(format!("invalid retention policy: {error}")).with_hint(
            format!("day counts are whole numbers from 1 to {MAX_DAYS}; identifiers are user IDs, emails or uuids"),
        )
    })?;

    // Segments are checked now, so that a typo fails here and not in the nightly audit.
    if !policy.exclude_segments.is_empty() {
        let connection = ctx.connect().await?;
        resolve_exclusions(&connection.client, &policy.exclude_segments).await?;
    }

    let settings = ctx.settings()?.clone();
    let mut config = ConfigFile::load(&settings.config_path)?;
    config
        .profiles
        .entry(settings.profile.clone())
        .or_default()
        .retention = Some(policy);
    config.save(&settings.config_path)?;
    ctx.printer.status(&format!(
        "Stored the retention policy in profile `{}` ({}).",
        settings.profile,
        settings.config_path.display()
    ));
    Ok(())
}
