//! `auth login`, `auth status` and `auth logout`.

use super::Context;
use crate::api::{ApiKey, Client, ClientConfig};
use crate::exit::{CliError, Code};
use crate::settings::{self, ConfigFile, Source};
use anyhow::Result;
use clap::Subcommand;
use serde_json::json;
use std::io::IsTerminal;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store an API key for a profile, read from --api-key-file or stdin (never from the
    /// command line), after checking it against the API
    Login {
        /// Mark the profile protected: destructive commands then also need --confirm
        #[arg(long)]
        protected: bool,
        /// Store the key without checking it against the API
        #[arg(long)]
        no_verify: bool,
    },
    /// Show the profile, the key's source (masked), the API URL and the environment
    Status,
    /// Remove the stored key of a profile
    Logout,
}

pub async fn run(command: AuthCommand, ctx: &mut Context) -> Result<()> {
    match command {
        AuthCommand::Login {
            protected,
            no_verify,
        } => login(ctx, protected, no_verify).await,
        AuthCommand::Status => status(ctx).await,
        AuthCommand::Logout => logout(ctx),
    }
}

async fn login(ctx: &mut Context, protected: bool, no_verify: bool) -> Result<()> {
    if ctx.global.sandbox {
        return Err(CliError::usage(
            "the sandbox needs no login: its key is created with its database",
        )
        .into());
    }
    let key = read_login_key(ctx)?;
    let settings = ctx.settings()?.clone();
    let environment = if no_verify {
        None
    } else {
        let client = Client::new(ClientConfig {
            base_url: settings.api_url.clone(),
            key: key.clone(),
            timeout: Duration::from_secs(ctx.global.timeout.max(1)),
            max_rps: settings.max_rps,
            retry: Default::default(),
            page_length: settings.page_length,
        })?;
        Some(
            client
                .root()
                .await?
                .project_name
                .unwrap_or_else(|| "(unnamed)".into()),
        )
    };

    let mut config = ConfigFile::load(&settings.config_path)?;
    let profile = config.profiles.entry(settings.profile.clone()).or_default();
    profile.api_key = Some(key.expose().to_string());
    if settings.api_url_source != Source::Default {
        profile.api_url = Some(settings.api_url.to_string());
    }
    if protected {
        profile.protected = Some(true);
    }
    config.save(&settings.config_path)?;

    let target = environment
        .map(|name| format!(" for environment `{name}`"))
        .unwrap_or_default();
    ctx.printer.status(&format!(
        "Stored the key{target} in profile `{}` ({})",
        settings.profile,
        settings.config_path.display()
    ));
    Ok(())
}

fn read_login_key(ctx: &Context) -> Result<ApiKey> {
    if let Some(path) = &ctx.global.api_key_file {
        return settings::read_key_file(path);
    }
    if std::io::stdin().is_terminal() {
        if ctx.global.no_input {
            return Err(CliError::usage(
                "no key given: pass --api-key-file FILE or pipe the key on stdin",
            )
            .into());
        }
        let key = rpassword::prompt_password("Paste the API key (Integrations > REST API): ")?;
        let key = key.trim();
        if key.is_empty() {
            return Err(CliError::usage("no key entered").into());
        }
        return Ok(ApiKey::new(key));
    }
    settings::read_key_file(std::path::Path::new("-"))
}

async fn status(ctx: &mut Context) -> Result<()> {
    let connection = ctx.connect().await;
    let settings = ctx.settings()?.clone();
    let key_line = match &settings.key {
        Some((key, source)) => format!("{} (from {source})", key.masked()),
        None => "none".to_string(),
    };
    let mut report = json!({
        "profile": settings.profile,
        "profile_source": settings.profile_source.to_string(),
        "api_url": settings.api_url.to_string(),
        "api_url_source": settings.api_url_source.to_string(),
        "key": key_line,
        "protected": settings.protected,
        "config_file": settings.config_path.display().to_string(),
        "state_dir": settings.state_dir.display().to_string(),
    });
    let connection = match connection {
        Ok(connection) => connection,
        Err(error) => {
            print_status(ctx, &report)?;
            return Err(error);
        }
    };
    let root = connection.client.root().await;
    match &root {
        Ok(root) => {
            report["environment"] = json!(root.project_name);
            report["environment_uuid"] = json!(root.project_uuid);
        }
        Err(error) => report["environment"] = json!(format!("unknown: {error}")),
    }
    print_status(ctx, &report)?;
    root.map(|_| ()).map_err(Into::into)
}

fn print_status(ctx: &Context, report: &serde_json::Value) -> Result<()> {
    if ctx.printer.format != crate::output::Format::Table {
        return ctx.printer.json(report);
    }
    let mut text = String::new();
    let fields = [
        ("Profile", "profile", Some("profile_source")),
        ("API URL", "api_url", Some("api_url_source")),
        ("Key", "key", None),
        ("Environment", "environment", None),
        ("Protected", "protected", None),
        ("Config file", "config_file", None),
        ("State folder", "state_dir", None),
    ];
    for (label, field, source) in fields {
        let Some(value) = report.get(field) else {
            continue;
        };
        let value = value
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| value.to_string());
        let source = source.and_then(|s| report.get(s)).and_then(|s| s.as_str());
        match source {
            Some(source) => text.push_str(&format!("{label:<13} {value} (from {source})\n")),
            None => text.push_str(&format!("{label:<13} {value}\n")),
        }
    }
    ctx.printer.data(&crate::output::sanitize(&text))
}

fn logout(ctx: &mut Context) -> Result<()> {
    let settings = ctx.settings()?.clone();
    let mut config = ConfigFile::load(&settings.config_path)?;
    let removed = config
        .profiles
        .get_mut(&settings.profile)
        .and_then(|profile| profile.api_key.take())
        .is_some();
    if !removed {
        return Err(CliError::new(
            Code::Usage,
            format!("profile `{}` has no stored key", settings.profile),
        )
        .into());
    }
    config.save(&settings.config_path)?;
    ctx.printer.status(&format!(
        "Removed the stored key of profile `{}`",
        settings.profile
    ));
    Ok(())
}
