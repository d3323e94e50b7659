//! The selection flags shared by `users delete` and `export`.

use crate::exit::CliError;
use crate::selection::ids_file::read_ids_file;
use crate::selection::{Condition, Identifier, Selector};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args, Clone, Default)]
pub struct SelectorArgs {
    /// User IDs, emails or Refiner uuids, told apart by form; an email selects every user
    /// with that email
    #[arg(value_name = "IDENTIFIER")]
    pub identifiers: Vec<String>,
    /// A user ID (`remote_id`), for IDs that look like an email or a uuid (repeatable)
    #[arg(long = "id", value_name = "USER_ID")]
    pub remote_ids: Vec<String>,
    /// An email; selects every user with it (repeatable)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// A Refiner contact uuid (repeatable)
    #[arg(long = "uuid", value_name = "UUID")]
    pub uuids: Vec<String>,
    /// Read identifiers from FILE (`-` for stdin): one per line, or a CSV column with --column
    #[arg(long, value_name = "FILE")]
    pub ids_file: Option<PathBuf>,
    /// Column of the ids file that holds the identifiers; makes the file CSV with a header row
    #[arg(long, value_name = "NAME", requires = "ids_file")]
    pub column: Option<String>,
    /// Only members of this segment (name or uuid)
    #[arg(long, value_name = "NAME|UUID")]
    pub segment: Option<String>,
    /// Only users whose user ID, uuid, email or name contains TEXT, ignoring case
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only users matching a condition (repeatable): FIELD=VALUE, FIELD^=PREFIX,
    /// FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent; FIELD is a contact
    /// field, account.FIELD or a trait
    #[arg(long = "where", value_name = "CONDITION")]
    pub conditions: Vec<String>,
    /// Only users whose last activity (last seen, else first seen) is more than N days ago
    #[arg(long, value_name = "N")]
    pub inactive_days: Option<u32>,
}

impl SelectorArgs {
    /// Parses and checks every flag, and reads the ids file, before anything else happens.
    pub fn selector(&self, all: bool) -> Result<Selector> {
        let mut identifiers: Vec<Identifier> = Vec::new();
        identifiers.extend(self.identifiers.iter().cloned().map(Identifier::Auto));
        identifiers.extend(self.remote_ids.iter().cloned().map(Identifier::RemoteId));
        identifiers.extend(self.emails.iter().cloned().map(Identifier::Email));
        identifiers.extend(self.uuids.iter().cloned().map(Identifier::Uuid));
        for identifier in &identifiers {
            identifier
                .validate()
                .map_err(|reason| CliError::usage(format!("invalid identifier: {reason}")))?;
        }
        if let Some(path) = &self.ids_file {
            let file = read_ids_file(path, self.column.as_deref())?;
            identifiers.extend(file.identifiers);
        }
        let conditions = self
            .conditions
            .iter()
            .map(|text| Condition::parse(text).map_err(CliError::usage))
            .collect::<Result<Vec<_>, _>>()?;
        if self
            .search
            .as_deref()
            .is_some_and(|text| text.trim().is_empty())
        {
            return Err(CliError::usage(
                "invalid --search: the text is empty, which would match every user",
            )
            .into());
        }
        if self.inactive_days.is_some_and(|days| days > 36500) {
            return Err(CliError::usage("invalid --inactive-days: use at most 36500 days").into());
        }
        if self.inactive_days == Some(0) {
            return Err(CliError::usage(
                "invalid --inactive-days 0: use a positive number of days",
            )
            .into());
        }
        if self.ids_file.is_some() && identifiers.is_empty() {
            return Err(CliError::usage(
                "the ids file contains no identifiers; nothing was selected",
            )
            .into());
        }
        Ok(Selector {
            identifiers,
            segment: self.segment.clone(),
            search: self.search.clone(),
            conditions,
            inactive_days: self.inactive_days,
            all,
        })
    }
}
