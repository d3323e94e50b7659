//! `users list`.

use super::Context;
use crate::api::models::Contact;
use crate::output::{Format, Records};
use crate::selection::resolve_segment;
use anyhow::Result;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only members of this segment (name or uuid)
    #[arg(long, value_name = "NAME|UUID")]
    pub segment: Option<String>,
    /// Only users whose user ID, uuid, email or name contains TEXT (the API's search)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Stop after N users
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Sort order of the listing
    #[arg(long, value_enum, default_value_t = OrderBy::FirstSeenAt)]
    pub order_by: OrderBy,
}

/// Sort orders the API offers; the names are the API's field names.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[allow(clippy::enum_variant_names)]
pub enum OrderBy {
    FirstSeenAt,
    LastSeenAt,
    LastFormSubmissionAt,
}

impl OrderBy {
    fn as_api(self) -> &'static str {
        match self {
            OrderBy::FirstSeenAt => "first_seen_at",
            OrderBy::LastSeenAt => "last_seen_at",
            OrderBy::LastFormSubmissionAt => "last_form_submission_at",
        }
    }
}

pub const COLUMNS: [&str; 6] = [
    "uuid",
    "user_id",
    "email",
    "name",
    "last_seen_at",
    "segments",
];

pub async fn run(args: ListArgs, ctx: &mut Context) -> Result<()> {
    let connection = ctx.connect().await?;
    let client = connection.client;
    let mut filters = vec![("order_by".to_string(), args.order_by.as_api().to_string())];
    if let Some(reference) = &args.segment {
        let segment = resolve_segment(&client, reference).await?;
        filters.push(("segment_uuid".into(), segment.uuid));
    }
    if let Some(search) = &args.search {
        filters.push(("search".into(), search.clone()));
    }
    let mut pager = client.list("contacts", filters).limit(args.limit);

    // NDJSON and CSV stream page by page; tables and JSON arrays need the whole list.
    let streaming = matches!(ctx.printer.format, Format::Ndjson | Format::Csv);
    let mut records = Records::new(&COLUMNS);
    let mut first = true;
    while let Some(items) = pager.next_page().await? {
        for raw in items {
            let contact: Contact = serde_json::from_value(raw.clone())?;
            records.push(row(&contact), raw);
        }
        if streaming {
            if !first && ctx.printer.format == Format::Csv {
                records.columns.clear();
            }
            write_chunk(ctx, &records)?;
            records.rows.clear();
            records.json.clear();
            first = false;
        }
    }
    if !streaming || first {
        ctx.printer.records(&records)?;
    }
    Ok(())
}

fn write_chunk(ctx: &Context, records: &Records) -> Result<()> {
    if ctx.printer.format == Format::Csv && records.columns.is_empty() {
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        for row in &records.rows {
            writer.write_record(row)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!(e.to_string()))?;
        return ctx.printer.data(&String::from_utf8_lossy(&bytes));
    }
    ctx.printer.records(records)
}

/// Builds the table row of a contact.
pub fn row(contact: &Contact) -> Vec<String> {
    vec![
        contact.uuid.clone(),
        contact.remote_id.clone().unwrap_or_default(),
        contact.email.clone().unwrap_or_default(),
        contact.display_name.clone().unwrap_or_default(),
        contact.last_seen_at.clone().unwrap_or_default(),
        contact.segments.len().to_string(),
    ]
}
