//! The SQLite store: opening the file, the schema and the `meta` table.
//!
//! Timestamps are stored as the text the API sends, contact style
//! (`2020-09-02T20:44:24.000000Z`) on contacts, accounts, segments and forms, response
//! style (`2020-09-02 21:53:33`) on responses and events. Both styles have a fixed width,
//! so text order is time order. Attributes and survey answers are stored as the compact JSON text
//! that serde_json writes. `contacts.search_text` is the lowercase of remote id, uuid,
//! email and display name, kept up to date by every write the sandbox makes, because
//! SQLite's `lower()` folds ASCII letters only.

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// Version of the schema below, stored in `meta` as `schema_version`.
pub const SCHEMA_VERSION: &str = "1";

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    remote_id TEXT NOT NULL UNIQUE,
    display_name TEXT,
    domain TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT,
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    remote_id TEXT UNIQUE,
    email TEXT,
    display_name TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT,
    last_form_submission_at TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_manual INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE memberships (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (segment_id, contact_id)
) WITHOUT ROWID;
-- Another name for memberships, for queries written against that name.
CREATE VIEW segment_members AS SELECT segment_id, contact_id, created_at FROM memberships;
CREATE TABLE forms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'draft', 'archived')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT,
    archived_at TEXT,
    channels TEXT NOT NULL DEFAULT '[]',
    page_url TEXT,
    config TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    form_id INTEGER NOT NULL REFERENCES forms(id),
    first_shown_at TEXT NOT NULL,
    last_shown_at TEXT NOT NULL,
    show_counter INTEGER NOT NULL DEFAULT 1,
    first_data_reception_at TEXT,
    last_data_reception_at TEXT,
    completed_at TEXT,
    received_at TEXT,
    dismissed_at TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE response_tags (
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (response_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
";

/// Indexes, created after the seed rows because building an index once is faster than
/// updating it row by row.
pub const INDEXES: &str = "
CREATE INDEX contacts_email_nocase ON contacts(email COLLATE NOCASE, id);
CREATE INDEX contacts_email ON contacts(email, id);
CREATE INDEX contacts_first_seen ON contacts(first_seen_at, id);
CREATE INDEX contacts_last_seen ON contacts(last_seen_at, id);
CREATE INDEX contacts_last_submission ON contacts(last_form_submission_at, id);
CREATE INDEX contacts_display_name ON contacts(display_name, id);
CREATE INDEX contacts_account ON contacts(account_id);
CREATE INDEX memberships_contact ON memberships(contact_id);
CREATE INDEX responses_contact ON responses(contact_id);
CREATE INDEX responses_form ON responses(form_id);
CREATE INDEX responses_last_shown ON responses(last_shown_at, id);
CREATE INDEX responses_last_data ON responses(last_data_reception_at, id);
CREATE INDEX response_tags_tag ON response_tags(tag_id);
CREATE INDEX events_contact ON events(contact_id);
";

/// Content of a database path.
#[derive(Debug, PartialEq, Eq)]
pub enum FileState {
    Missing,
    /// A SQLite file without tables, such as an empty file.
    Empty,
    Sandbox,
    /// A SQLite database with tables that the sandbox did not create.
    Foreign,
}

/// Opens (creating when missing, with mode 0600) a database file and sets the pragmas
/// every sandbox connection uses.
pub fn open(path: &Path) -> Result<Connection> {
    create_private_file(path)?;
    let connection = Connection::open(path)
        .with_context(|| format!("could not open the sandbox database {}", path.display()))?;
    connection
        .execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )
        .with_context(|| format!("{} is not a usable SQLite database", path.display()))?;
    Ok(connection)
}

/// Creates an empty file readable by its owner only, unless the path exists. SQLite gives
/// the `-wal` and `-shm` files it creates the same mode as the database file.
fn create_private_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(error)
            .with_context(|| format!("could not create the sandbox database {}", path.display())),
    }
}

/// Tells whether `path` is missing, empty, a sandbox database or something else.
pub fn inspect(path: &Path) -> Result<FileState> {
    if !path.exists() {
        return Ok(FileState::Missing);
    }
    if std::fs::metadata(path)?.len() == 0 {
        return Ok(FileState::Empty);
    }
    let connection = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("could not open {}", path.display()))?;
    let tables: i64 = connection
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |row| row.get(0),
        )
        .with_context(|| format!("{} is not a SQLite database", path.display()))?;
    if tables == 0 {
        return Ok(FileState::Empty);
    }
    if read_meta(&connection, "api_key").ok().flatten().is_some() {
        Ok(FileState::Sandbox)
    } else {
        Ok(FileState::Foreign)
    }
}

/// Creates the tables (without the bulk-load indexes).
pub fn create_schema(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch(SCHEMA)
}

/// Reads one `meta` value.
pub fn read_meta(connection: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    connection
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()
}

/// Writes one `meta` value.
pub fn write_meta(connection: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Reads a `meta` value that every sandbox database has.
pub fn require_meta(connection: &Connection, key: &str) -> Result<String> {
    match read_meta(connection, key)? {
        Some(value) => Ok(value),
        None => bail!(
            "the sandbox database has no `{key}` in its meta table; run `refinerctl sandbox reset`"
        ),
    }
}

/// Computes the text that `search` matches against: the lowercase of each identifying
/// field, separated by a unit separator so that a match cannot span two fields.
pub fn search_text(
    remote_id: Option<&str>,
    uuid: &str,
    email: Option<&str>,
    display_name: Option<&str>,
) -> String {
    [remote_id, Some(uuid), email, display_name]
        .into_iter()
        .flatten()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// Recomputes `search_text` for one contact after a write.
pub fn refresh_search_text(connection: &Connection, contact_id: i64) -> rusqlite::Result<()> {
    let (remote_id, uuid, email, display_name): (
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    ) = connection.query_row(
        "SELECT remote_id, uuid, email, display_name FROM contacts WHERE id = ?1",
        [contact_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
    )?;
    let text = search_text(
        remote_id.as_deref(),
        &uuid,
        email.as_deref(),
        display_name.as_deref(),
    );
    connection.execute(
        "UPDATE contacts SET search_text = ?1 WHERE id = ?2",
        rusqlite::params![text, contact_id],
    )?;
    Ok(())
}
