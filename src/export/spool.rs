//! A temporary SQLite store that keeps memory bounded however many subjects are exported.
//!
//! Contacts are appended in selection order and responses are filed under their contact's
//! uuid, each as its JSON text. The writers then read one subject at a time. The names of
//! traits and answers seen so far are kept in memory for the CSV column union; they grow
//! with the environment's schema, not with the number of subjects. The database lives in
//! a temporary folder that is removed when the spool is dropped.

use super::document::{contact_uuid, response_contact_uuid};
use crate::exit::{CliError, Code};
use anyhow::{Context as _, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct Spool {
    db: Connection,
    // Kept for its Drop, which removes the database file.
    _dir: tempfile::TempDir,
    /// Trait names of all spooled contacts.
    pub attribute_names: BTreeSet<String>,
    /// Question identifiers of all spooled responses' answers (`data`).
    pub answer_names: BTreeSet<String>,
    pub contacts: u64,
    pub responses: u64,
    /// Set by an interrupt; `for_each_subject` stops at the next subject when it is set.
    stop: Arc<AtomicBool>,
}

impl Spool {
    pub fn new() -> Result<Spool> {
        let dir = tempfile::Builder::new()
            .prefix("refinerctl-export-")
            .tempdir()
            .context("could not create a temporary folder for the export")?;
        let db = Connection::open(dir.path().join("spool.db"))
            .context("could not create the export's temporary database")?;
        db.execute_batch(
            "PRAGMA journal_mode = OFF;
             PRAGMA synchronous = OFF;
             PRAGMA cache_size = -8192;
             CREATE TABLE contacts (seq INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
                                    json TEXT NOT NULL);
             CREATE TABLE responses (contact_uuid TEXT NOT NULL, uuid TEXT NOT NULL,
                                     json TEXT NOT NULL, PRIMARY KEY (contact_uuid, uuid));",
        )?;
        Ok(Spool {
            db,
            _dir: dir,
            attribute_names: BTreeSet::new(),
            answer_names: BTreeSet::new(),
            contacts: 0,
            responses: 0,
            stop: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Adds a contact once; a uuid seen before is ignored.
    pub fn add_contact(&mut self, contact: &Value) -> Result<()> {
        let uuid = contact_uuid(contact).context("the API returned a contact without a uuid")?;
        let added = self.db.execute(
            "INSERT OR IGNORE INTO contacts (uuid, json) VALUES (?1, ?2)",
            params![uuid, serde_json::to_string(contact)?],
        )?;
        if added > 0 {
            self.contacts += 1;
            if let Some(attributes) = contact.get("attributes").and_then(Value::as_object) {
                self.attribute_names.extend(attributes.keys().cloned());
            }
        }
        Ok(())
    }

    pub fn has_contact(&self, uuid: &str) -> Result<bool> {
        let mut statement = self
            .db
            .prepare_cached("SELECT 1 FROM contacts WHERE uuid = ?1")?;
        Ok(statement
            .query_row([uuid], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Files a response under its contact when that contact is a subject; returns whether
    /// it was kept. A response listed twice (pages shifting under a live listing) is kept once.
    pub fn add_response(&mut self, response: &Value) -> Result<bool> {
        let Some(contact) = response_contact_uuid(response) else {
            return Ok(false);
        };
        if !self.has_contact(contact)? {
            return Ok(false);
        }
        // A response without a uuid cannot be recognised when listed twice, so it gets a
        // key of its own and is always kept.
        let uuid = match response.get("uuid").and_then(Value::as_str) {
            Some(uuid) => uuid.to_string(),
            None => format!("(no uuid) {}", self.responses),
        };
        let added = self
            .db
            .prepare_cached(
                "INSERT OR IGNORE INTO responses (contact_uuid, uuid, json) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![contact, uuid, serde_json::to_string(response)?])?;
        if added > 0 {
            self.responses += 1;
            if let Some(data) = response.get("data").and_then(Value::as_object) {
                self.answer_names.extend(data.keys().cloned());
            }
        }
        Ok(added > 0)
    }

    /// Starts a transaction: inserts between `begin` and `commit` are written together, which
    /// SQLite needs for speed. Without a commit, the spool is dropped with its data anyway.
    pub fn begin(&mut self) -> Result<()> {
        Ok(self.db.execute_batch("BEGIN")?)
    }

    pub fn commit(&mut self) -> Result<()> {
        Ok(self.db.execute_batch("COMMIT")?)
    }

    /// Returns the contact uuids in selection order.
    pub fn contact_uuids(&self) -> Result<Vec<String>> {
        let mut statement = self.db.prepare("SELECT uuid FROM contacts ORDER BY seq")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Makes `for_each_subject` fail with exit code 130 once `stop` is set.
    pub fn stop_on(&mut self, stop: Arc<AtomicBool>) {
        self.stop = stop;
    }

    /// Calls `visit` with each contact and its responses, one subject at a time, in
    /// selection order.
    pub fn for_each_subject(
        &self,
        mut visit: impl FnMut(Value, Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        let mut contacts = self
            .db
            .prepare("SELECT uuid, json FROM contacts ORDER BY seq")?;
        let mut responses = self
            .db
            .prepare("SELECT json FROM responses WHERE contact_uuid = ?1 ORDER BY rowid")?;
        let mut rows = contacts.query([])?;
        while let Some(row) = rows.next()? {
            if self.stop.load(Ordering::Relaxed) {
                return Err(interrupted());
            }
            let uuid: String = row.get(0)?;
            let contact: Value = serde_json::from_str(&row.get::<_, String>(1)?)?;
            let mut items = Vec::new();
            let mut response_rows = responses.query([&uuid])?;
            while let Some(response) = response_rows.next()? {
                items.push(serde_json::from_str(&response.get::<_, String>(0)?)?);
            }
            visit(contact, items)?;
        }
        Ok(())
    }
}

/// Returns the error of an export stopped by Ctrl-C.
pub fn interrupted() -> anyhow::Error {
    CliError::new(
        Code::Interrupted,
        "interrupted before the export was complete",
    )
    .with_hint(
        "temporary files were removed, and a folder without manifest.json holds an \
             incomplete export; run the command again with --force",
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn responses_are_routed_by_contact_uuid() {
        let mut spool = Spool::new().unwrap();
        spool
            .add_contact(&json!({"uuid": "c1", "attributes": {"b": 1}}))
            .unwrap();
        spool
            .add_contact(&json!({"uuid": "c2", "attributes": {"a": null}}))
            .unwrap();
        spool.add_contact(&json!({"uuid": "c1"})).unwrap();
        assert!(spool
            .add_response(&json!({"uuid": "r1", "contact": {"uuid": "c2"}, "data": {"q": 1}}))
            .unwrap());
        assert!(!spool
            .add_response(&json!({"uuid": "r2", "contact": {"uuid": "c10"}}))
            .unwrap());
        assert!(!spool
            .add_response(&json!({"uuid": "r1", "contact": {"uuid": "c2"}}))
            .unwrap());
        for _ in 0..2 {
            let without_uuid = json!({"contact": {"uuid": "c2"}});
            assert!(spool.add_response(&without_uuid).unwrap());
        }
        assert_eq!(spool.contacts, 2);
        assert_eq!(spool.responses, 3);
        assert_eq!(spool.attribute_names.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(spool.answer_names.iter().collect::<Vec<_>>(), ["q"]);

        let mut seen = Vec::new();
        spool
            .for_each_subject(|contact, responses| {
                seen.push((
                    contact["uuid"].as_str().unwrap().to_string(),
                    responses.len(),
                ));
                Ok(())
            })
            .unwrap();
        assert_eq!(seen, [("c1".to_string(), 0), ("c2".to_string(), 3)]);
    }

    #[test]
    fn stop_flag_ends_iteration() {
        let mut spool = Spool::new().unwrap();
        spool.add_contact(&json!({"uuid": "c1"})).unwrap();
        let stop = Arc::new(AtomicBool::new(true));
        spool.stop_on(stop);
        let mut visited = 0;
        let error = spool
            .for_each_subject(|_, _| {
                visited += 1;
                Ok(())
            })
            .unwrap_err();
        assert_eq!(visited, 0);
        assert_eq!(crate::exit::code_of(&error), Code::Interrupted);
    }
}
