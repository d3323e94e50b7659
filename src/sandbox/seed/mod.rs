//! Deterministic seed data: the same seed and contact count give the same rows.
//!
//! Every value comes from one ChaCha8 stream seeded with the seed, consumed in a fixed
//! order, and every instant is an offset from `reference()`, never from the clock. Rows
//! get explicit ids, so the database content does not depend on anything else. All rows
//! are written in one transaction with prepared statements, and the indexes are built
//! at the end.

mod catalog;
mod people;
mod surveys;

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection, Statement, Transaction};

use super::db;
use super::ids::{identity_parts, uuid_v1};
use super::SandboxIdentity;
use crate::time::{format_contact_style, format_response_style};
use catalog::{SegmentRule, SEGMENTS, TAG_NAMES};
use people::{Account, Person};
use surveys::{Event, Form, Response};

/// Name of the environment the sandbox pretends to be.
pub const PROJECT_NAME: &str = "Sandbox";

/// Returns the instant that all seeded timestamps count back from: 2026-11-01T00:00:00Z.
pub fn reference() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Picks an instant uniformly, to the second, from `start` to `end`; `start` when the
/// range is empty.
pub(crate) fn random_between(
    rng: &mut ChaCha8Rng,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> DateTime<Utc> {
    let span = (end - start).num_seconds();
    if span <= 0 {
        return start;
    }
    start + Duration::seconds(rng.gen_range(0..=span))
}

/// Creates the schema and writes the seed data and identity into an empty database.
pub fn seed_database(
    connection: &mut Connection,
    seed: u64,
    contacts: usize,
) -> Result<SandboxIdentity> {
    let transaction = connection.transaction()?;
    db::create_schema(&transaction)?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let reference = reference();
    let forms = surveys::forms(&mut rng, reference);
    insert_forms(&transaction, &forms)?;
    insert_segments(&transaction, &mut rng, reference)?;
    insert_tags(&transaction, &mut rng, reference)?;
    let account_count = (contacts / 25).max(3) as i64;
    insert_accounts(&transaction, &mut rng, account_count, reference)?;
    insert_people(&transaction, &mut rng, contacts, account_count, &forms)?;
    transaction.execute_batch(db::INDEXES)?;
    let identity = write_identity(&transaction, seed, contacts)?;
    transaction
        .commit()
        .context("could not commit the seed data")?;
    Ok(identity)
}

fn write_identity(
    transaction: &Transaction,
    seed: u64,
    contacts: usize,
) -> Result<SandboxIdentity> {
    let (api_key, project_uuid) = identity_parts(seed, reference());
    let entries = [
        ("schema_version", db::SCHEMA_VERSION.to_string()),
        ("api_key", api_key.clone()),
        ("project_name", PROJECT_NAME.to_string()),
        ("project_uuid", project_uuid.clone()),
        ("seed", seed.to_string()),
        ("contacts", contacts.to_string()),
        ("reference_at", format_contact_style(reference())),
    ];
    for (key, value) in entries {
        db::write_meta(transaction, key, &value)?;
    }
    Ok(SandboxIdentity {
        api_key,
        project_name: PROJECT_NAME.to_string(),
        project_uuid,
    })
}

fn insert_forms(transaction: &Transaction, forms: &[Form]) -> rusqlite::Result<()> {
    let mut statement = transaction.prepare(
        "INSERT INTO forms (id, uuid, name, status, created_at, updated_at, published_at, archived_at,
                            channels, page_url, config)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for form in forms {
        statement.execute(params![
            form.id,
            form.uuid,
            form.def.name,
            form.def.status.as_str(),
            format_contact_style(form.created),
            format_contact_style(form.updated),
            form.published.map(format_contact_style),
            form.archived.map(format_contact_style),
            serde_json::to_string(form.def.channels).unwrap_or_default(),
            form.def.page_url,
            form.config.to_string(),
        ])?;
    }
    Ok(())
}

fn insert_segments(
    transaction: &Transaction,
    rng: &mut ChaCha8Rng,
    reference: DateTime<Utc>,
) -> rusqlite::Result<()> {
    let mut statement = transaction.prepare(
        "INSERT INTO segments (id, uuid, name, is_manual, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (segment, id) in SEGMENTS.iter().zip(1i64..) {
        let created = reference - Duration::days(900 - 30 * id);
        let uuid = uuid_v1(rng, created);
        statement.execute(params![
            id,
            uuid,
            segment.name,
            segment.is_manual,
            format_contact_style(created)
        ])?;
    }
    Ok(())
}

fn insert_tags(
    transaction: &Transaction,
    rng: &mut ChaCha8Rng,
    reference: DateTime<Utc>,
) -> rusqlite::Result<()> {
    let mut statement =
        transaction.prepare("INSERT INTO tags (id, uuid, name) VALUES (?1, ?2, ?3)")?;
    for (name, id) in TAG_NAMES.iter().zip(1i64..) {
        let uuid = uuid_v1(rng, reference - Duration::days(400 - id));
        statement.execute(params![id, uuid, name])?;
    }
    Ok(())
}

fn insert_accounts(
    transaction: &Transaction,
    rng: &mut ChaCha8Rng,
    count: i64,
    reference: DateTime<Utc>,
) -> rusqlite::Result<()> {
    let mut statement = transaction.prepare(
        "INSERT INTO accounts (id, uuid, remote_id, display_name, domain, first_seen_at, last_seen_at, attributes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for id in 1..=count {
        let account: Account = people::account(rng, id, reference);
        statement.execute(params![
            account.id,
            account.uuid,
            account.remote_id,
            account.display_name,
            account.domain,
            format_contact_style(account.first_seen),
            format_contact_style(account.last_seen),
            account.attributes.to_string(),
        ])?;
    }
    Ok(())
}

/// The prepared statements used once per contact or response.
struct PeopleWriter<'a> {
    contact: Statement<'a>,
    membership: Statement<'a>,
    response: Statement<'a>,
    response_tag: Statement<'a>,
    event: Statement<'a>,
    next_response_id: i64,
    next_event_id: i64,
}

fn insert_people(
    transaction: &Transaction,
    rng: &mut ChaCha8Rng,
    contacts: usize,
    accounts: i64,
    forms: &[Form],
) -> Result<()> {
    let mut writer = PeopleWriter::prepare(transaction)?;
    let reference = reference();
    let mut previous_email: Option<String> = None;
    for id in 1..=contacts as i64 {
        let mut person = people::person(rng, id, accounts, reference);
        if rng.gen_bool(0.006) && previous_email.is_some() {
            person.email.clone_from(&previous_email);
        }
        apply_fixture(&mut person);
        let responses = surveys::responses(rng, &person, forms, &mut writer.next_response_id);
        let events = surveys::events(rng, &person);
        writer.write_person(&person, &responses)?;
        writer.write_memberships(rng, &person, reference)?;
        writer.write_responses(rng, &responses)?;
        writer.write_events(&events)?;
        previous_email.clone_from(&person.email);
    }
    Ok(())
}

/// Gives the first contacts fixed names and emails, so that even a database of ten
/// contacts has unicode names, a plus-addressed email, an email shared by three contacts,
/// a contact never seen and a CI user.
fn apply_fixture(person: &mut Person) {
    const SHARED: &str = "shared.inbox@example.com";
    let (name, email): (Option<&str>, Option<&str>) = match person.id {
        1 => (Some("Zoë Ångström"), Some("zoe.angstrom@example.com")),
        2 => (Some("李雷"), Some("li.lei@example.com")),
        3 => (Some("Ольга Смирнова"), Some(SHARED)),
        4 => (Some("Ann Lee"), Some("ann+test@example.com")),
        5 => (Some("Mateo García"), Some(SHARED)),
        6 => (Some("Ingrid Jensen"), Some(SHARED)),
        7 => {
            person.last_seen = None;
            (Some("Never Seen"), Some("never.seen@example.org"))
        }
        8 => {
            person.remote_id = Some("e2e-000008".to_string());
            (Some("CI Runner"), Some("ci+e2e8@example.com"))
        }
        _ => return,
    };
    person.display_name = name.map(str::to_string);
    person.email = email.map(str::to_string);
    if person.remote_id.is_none() {
        person.remote_id = Some(format!("user-{:06}", person.id));
    }
}

impl<'a> PeopleWriter<'a> {
    fn prepare(transaction: &'a Transaction) -> rusqlite::Result<PeopleWriter<'a>> {
        Ok(PeopleWriter {
            contact: transaction.prepare(
                "INSERT INTO contacts (id, uuid, remote_id, email, display_name, first_seen_at, last_seen_at,
                                       last_form_submission_at, attributes, account_id, search_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?,
            membership: transaction
                .prepare("INSERT INTO memberships (segment_id, contact_id, created_at) VALUES (?1, ?2, ?3)")?,
            response: transaction.prepare(
                "INSERT INTO responses (id, uuid, contact_id, form_id, first_shown_at, last_shown_at, show_counter,
                                        first_data_reception_at, last_data_reception_at, completed_at,
                                        received_at, dismissed_at, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?,
            response_tag: transaction.prepare("INSERT INTO response_tags (response_id, tag_id) VALUES (?1, ?2)")?,
            event: transaction.prepare("INSERT INTO events (id, contact_id, name, created_at) VALUES (?1, ?2, ?3, ?4)")?,
            next_response_id: 1,
            next_event_id: 1,
        })
    }

    fn write_person(&mut self, person: &Person, responses: &[Response]) -> rusqlite::Result<()> {
        let last_submission = responses
            .iter()
            .filter_map(|response| response.completed)
            .max();
        // A view shown shortly after the first visit may end after the drawn `last_seen`.
        let latest_view = responses.iter().map(|response| response.received).max();
        let last_seen = person
            .last_seen
            .map(|seen| latest_view.map_or(seen, |view| view.max(seen)));
        let search_text = db::search_text(
            person.remote_id.as_deref(),
            &person.uuid,
            person.email.as_deref(),
            person.display_name.as_deref(),
        );
        self.contact.execute(params![
            person.id,
            person.uuid,
            person.remote_id,
            person.email,
            person.display_name,
            format_contact_style(person.first_seen),
            last_seen.map(format_contact_style),
            last_submission.map(format_contact_style),
            serde_json::Value::Object(person.attributes.clone()).to_string(),
            person.account_id,
            search_text,
        ])?;
        Ok(())
    }

    fn write_memberships(
        &mut self,
        rng: &mut ChaCha8Rng,
        person: &Person,
        reference: DateTime<Utc>,
    ) -> rusqlite::Result<()> {
        let joined = format_contact_style(person.first_seen);
        for (segment, segment_id) in SEGMENTS.iter().zip(1i64..) {
            if is_member(rng, segment.rule, person, reference) {
                self.membership
                    .execute(params![segment_id, person.id, joined])?;
            }
        }
        Ok(())
    }

    fn write_responses(
        &mut self,
        rng: &mut ChaCha8Rng,
        responses: &[Response],
    ) -> rusqlite::Result<()> {
        for response in responses {
            self.response.execute(params![
                response.id,
                response.uuid,
                response.contact_id,
                response.form_id,
                format_response_style(response.first_shown),
                format_response_style(response.last_shown),
                response.show_counter,
                response.first_data.map(format_response_style),
                response.last_data.map(format_response_style),
                response.completed.map(format_response_style),
                format_response_style(response.received),
                response.dismissed.map(format_response_style),
                response.data.to_string(),
            ])?;
            if response.completed.is_some() && rng.gen_bool(0.05) {
                let tag_id = rng.gen_range(1..=TAG_NAMES.len() as i64);
                self.response_tag.execute(params![response.id, tag_id])?;
            }
        }
        Ok(())
    }

    fn write_events(&mut self, events: &[Event]) -> rusqlite::Result<()> {
        for event in events {
            self.event.execute(params![
                self.next_event_id,
                event.contact_id,
                event.name,
                format_response_style(event.at)
            ])?;
            self.next_event_id += 1;
        }
        Ok(())
    }
}

/// Decides whether a contact belongs to a segment. Random rules draw from `rng` for every
/// contact, so the stream stays aligned whatever the outcome.
fn is_member(
    rng: &mut ChaCha8Rng,
    rule: SegmentRule,
    person: &Person,
    reference: DateTime<Utc>,
) -> bool {
    match rule {
        SegmentRule::ActiveWithin(days) => person
            .last_seen
            .is_some_and(|seen| seen > reference - Duration::days(days)),
        SegmentRule::DormantFor(days) => match person.last_seen {
            Some(seen) => seen <= reference - Duration::days(days),
            None => true,
        },
        SegmentRule::Plan(plan) => person.plan == plan,
        SegmentRule::Admins => person.is_admin,
        SegmentRule::Newsletter => person.newsletter,
        SegmentRule::EndToEndUsers => person
            .remote_id
            .as_deref()
            .is_some_and(|id| id.starts_with("e2e-")),
        SegmentRule::Random(probability) => rng.gen_bool(probability),
    }
}
