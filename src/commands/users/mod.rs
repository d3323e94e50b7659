//! `users list`, `users get` and `users delete`.

mod delete;
mod get;
pub mod list;

use super::Context;
use crate::selection::Identifier;
use anyhow::Result;
use clap::{Args, Subcommand};

pub use delete::DeleteArgs;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List users, optionally filtered by segment or search text
    List(list::ListArgs),
    /// Show every user an identifier names (an email may name several)
    Get(IdentifierArgs),
    /// Delete users: dry run, confirmation, plan, receipts and verification
    Delete(DeleteArgs),
}

pub async fn run(command: UsersCommand, ctx: &mut Context) -> Result<()> {
    match command {
        UsersCommand::List(args) => list::run(args, ctx).await,
        UsersCommand::Get(args) => get::run(args, ctx).await,
        UsersCommand::Delete(args) => delete::run(args, ctx).await,
    }
}

/// One identifier: inferred from its form, or stated with --id, --email or --uuid.
#[derive(Debug, Args, Clone)]
#[group(required = true, multiple = false)]
pub struct IdentifierArgs {
    /// A user ID, an email or a Refiner uuid, told apart by form
    pub identifier: Option<String>,
    /// The identifier is a user ID (your own ID, `remote_id` in Refiner)
    #[arg(long = "id", value_name = "USER_ID")]
    pub remote_id: Option<String>,
    /// The identifier is an email; every contact with it is meant
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// The identifier is a Refiner contact uuid
    #[arg(long, value_name = "UUID")]
    pub uuid: Option<String>,
}

impl IdentifierArgs {
    pub fn identifier(&self) -> Identifier {
        if let Some(id) = &self.remote_id {
            Identifier::RemoteId(id.clone())
        } else if let Some(email) = &self.email {
            Identifier::Email(email.clone())
        } else if let Some(uuid) = &self.uuid {
            Identifier::Uuid(uuid.clone())
        } else {
            Identifier::Auto(self.identifier.clone().unwrap_or_default())
        }
    }
}
