//! The safety steps before a deletion: the banner, `--max-delete`, `--confirm`, the
//! confirmation prompt, and the check that a resumed plan belongs to this environment.

use super::context::{Connection, Context};
use super::destructive::EnvironmentName;
use crate::exit::{CliError, Code};
use crate::jobs::Plan;
use anyhow::Result;

/// Prints what is about to be deleted, and where, to stderr.
pub fn print_banner(
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

/// Rejects a selection larger than `max` (exit 6).
pub fn check_max_delete(count: usize, max: Option<usize>) -> Result<()> {
    match max {
        Some(max) if count > max => Err(CliError::new(
            Code::Refused,
            format!(
                "{count} users are selected, more than --max-delete {max}; nothing was deleted"
            ),
        )
        .with_hint(format!(
            "check the selection with --dry-run, then raise the limit with --max-delete {count}"
        ))
        .into()),
        _ => Ok(()),
    }
}

/// Requires `--confirm <environment name>` on protected profiles and when `always` is set
/// (purges); a dry run on a protected profile may leave it out. Exit 6 otherwise.
pub fn check_confirm_name(
    ctx: &mut Context,
    env: &EnvironmentName,
    confirm: Option<&str>,
    dry_run: bool,
    always: bool,
) -> Result<()> {
    let protected = !ctx.global.sandbox && ctx.settings()?.protected;
    if !protected && !always {
        return Ok(());
    }
    match confirm {
        Some(name) if name == env.name => Ok(()),
        Some(name) => Err(CliError::new(
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
        .into()),
        None if dry_run && !always => Ok(()),
        None => {
            let reason = if always {
                "this deletes every user in the environment"
            } else {
                "the profile is protected"
            };
            Err(CliError::new(
                Code::Refused,
                format!("{reason}: --confirm <environment name> is required; nothing was deleted"),
            )
            .with_hint(format!("pass --confirm '{}'", env.name))
            .into())
        }
    }
}

/// Asks for confirmation on a terminal; without one, only `--yes` goes on (exit 3 otherwise).
pub fn confirm(
    ctx: &Context,
    env: &EnvironmentName,
    yes: bool,
    selector: &str,
    count: usize,
) -> Result<()> {
    if yes {
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

/// Rejects a plan made for another API URL or environment (exit 6).
///
/// The local `--sandbox` listens on a new port each run, so its plans match on the profile
/// instead of the URL.
pub fn check_same_environment(
    plan: &Plan,
    connection: &Connection,
    env: &EnvironmentName,
) -> Result<()> {
    let same_url = plan.api_url == connection.api_url
        || (connection.is_sandbox && plan.profile == connection.profile);
    let same_uuid = match (&plan.environment_uuid, &env.uuid) {
        (Some(planned), Some(current)) => planned == current,
        _ => true,
    };
    if same_url && same_uuid && plan.environment_name == env.name {
        return Ok(());
    }
    let planned = format!(
        "environment `{}` at {}",
        plan.environment_name, plan.api_url
    );
    let current = format!("environment `{}` at {}", env.name, connection.api_url);
    Err(CliError::new(Code::Refused, format!("job {} was planned for {planned}, but this key belongs to {current}; nothing was deleted", plan.job_id))
        .with_hint(format!("resume with the profile, API URL and key of {planned}"))
        .into())
}
