//! `retention clear`: remove the policy from the profile.

use super::Context;
use crate::settings::ConfigFile;
use anyhow::Result;

pub fn run(ctx: &mut Context) -> Result<()> {
    let settings = ctx.settings()?.clone();
    let mut config = ConfigFile::load(&settings.config_path)?;
    let removed = config
        .profiles
        .get_mut(&settings.profile)
        .and_then(|profile| profile.retention.take());
    if removed.is_none() {
        ctx.printer.status(&format!(
            "Profile `{}` has no retention policy; nothing changed.",
            settings.profile
        ));
        return Ok(());
    }
    config.save(&settings.config_path)?;
    ctx.printer.status(&format!(
        "Removed the retention policy from profile `{}`.",
        settings.profile
    ));
    Ok(())
}
