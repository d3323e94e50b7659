//! Seed data: determinism, size and the cases the data must contain.

use crate::sandbox::{ensure_seeded, identity_for_seed, reset};
use rusqlite::Connection;

const TABLES: &[&str] = &[
    "meta",
    "accounts",
    "contacts",
    "segments",
    "memberships",
    "forms",
    "responses",
    "tags",
    "response_tags",
    "events",
];

/// Dumps every row of every table as text, in primary-key order.
fn dump(path: &std::path::Path) -> Vec<String> {
    let connection = Connection::open(path).unwrap();
    let mut lines = Vec::new();
    for table in TABLES {
        let sql = format!("SELECT * FROM {table} ORDER BY 1, 2");
        let mut statement = connection.prepare(&sql).unwrap();
        let columns = statement.column_count();
        let mut rows = statement.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..columns)
                .map(|index| format!("{:?}", row.get_ref(index).unwrap()))
                .collect();
            lines.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    lines
}

fn count(path: &std::path::Path, sql: &str) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(sql, [], |row| row.get(0))
        .unwrap()
}

#[test]
fn same_seed_gives_identical_rows() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.db");
    let second = dir.path().join("second.db");
    let other = dir.path().join("other.db");
    let identity = ensure_seeded(&first, 7, 300).unwrap();
    assert_eq!(ensure_seeded(&second, 7, 300).unwrap(), identity);
    ensure_seeded(&other, 8, 300).unwrap();
    let dumped = dump(&first);
    assert!(dumped.len() > 1000, "{} rows", dumped.len());
    assert_eq!(dumped, dump(&second));
    assert_ne!(dumped, dump(&other));
}

#[test]
fn identity_is_stored_and_derived_from_seed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.db");
    let identity = ensure_seeded(&path, 3, 20).unwrap();
    assert_eq!(identity, identity_for_seed(3));
    assert_eq!(identity.project_name, "Sandbox");
    assert!(identity.api_key.starts_with("sandbox-"));
    // An existing database keeps its identity and rows, and ignores seed and count.
    assert_eq!(ensure_seeded(&path, 4, 50).unwrap(), identity);
    assert_eq!(count(&path, "SELECT COUNT(*) FROM contacts"), 20);
}

#[test]
fn reset_reseeds_and_refuses_foreign_databases() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.db");
    ensure_seeded(&path, 1, 20).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM contacts", [])
        .unwrap();
    reset(&path, 1, 30).unwrap();
    assert_eq!(count(&path, "SELECT COUNT(*) FROM contacts"), 30);

    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign)
        .unwrap()
        .execute("CREATE TABLE notes (text TEXT)", [])
        .unwrap();
    let error = reset(&foreign, 1, 30).unwrap_err().to_string();
    assert!(error.contains("did not create"), "{error}");
    assert_eq!(
        count(
            &foreign,
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'"
        ),
        1
    );
}

#[cfg(unix)]
#[test]
fn database_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.db");
    ensure_seeded(&path, 1, 5).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn seed_contains_the_hard_cases() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.db");
    ensure_seeded(&path, 1, 5000).unwrap();
    let checks = [
        ("contacts", "SELECT COUNT(*) FROM contacts", 5000, 5000),
        ("responses", "SELECT COUNT(*) FROM responses", 10_000, 20_000),
        ("partials", "SELECT COUNT(*) FROM responses WHERE first_data_reception_at IS NOT NULL AND completed_at IS NULL", 1, 20_000),
        ("dismissed", "SELECT COUNT(*) FROM responses WHERE dismissed_at IS NOT NULL AND data = '{}'", 1, 20_000),
        ("never seen", "SELECT COUNT(*) FROM contacts WHERE last_seen_at IS NULL", 1, 1000),
        ("e2e users", "SELECT COUNT(*) FROM contacts WHERE remote_id LIKE 'e2e-%'", 2, 1000),
        ("plus emails", "SELECT COUNT(*) FROM contacts WHERE email LIKE '%+%@%'", 2, 1000),
        ("segments", "SELECT COUNT(*) FROM segments", 8, 100),
        ("manual segments", "SELECT COUNT(*) FROM segments WHERE is_manual", 2, 100),
        ("forms", "SELECT COUNT(*) FROM forms", 4, 100),
        ("big integers", "SELECT COUNT(*) FROM contacts WHERE attributes LIKE '%\"legacy_id\":98765432109876543%'", 1, 1000),
        ("accounts with nested traits", "SELECT COUNT(*) FROM accounts WHERE attributes LIKE '%\"billing\":{%'", 3, 1000),
        ("emails shared by 3", "SELECT COUNT(*) FROM (SELECT email FROM contacts GROUP BY email HAVING COUNT(*) = 3)", 1, 100),
        ("emails shared by 2", "SELECT COUNT(*) FROM (SELECT email FROM contacts WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) = 2)", 1, 100),
        ("memberships", "SELECT COUNT(*) FROM memberships", 1000, 50_000),
    ];
    for (name, sql, low, high) in checks {
        let value = count(&path, sql);
        assert!(
            (low..=high).contains(&value),
            "{name}: {value} not in {low}..={high}"
        );
    }
    assert_eq!(
        count(&path, "SELECT COUNT(*) FROM segment_members"),
        count(&path, "SELECT COUNT(*) FROM memberships")
    );
    let oldest: String = Connection::open(&path)
        .unwrap()
        .query_row("SELECT MIN(last_seen_at) FROM contacts", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert!(oldest.starts_with("2023-"), "oldest last_seen_at {oldest}");
}

#[test]
fn unicode_names_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.db");
    ensure_seeded(&path, 1, 10).unwrap();
    for name in ["Zoë Ångström", "李雷", "Ольга Смирнова"] {
        let sql = format!("SELECT COUNT(*) FROM contacts WHERE display_name = '{name}'");
        assert_eq!(count(&path, &sql), 1, "{name}");
    }
}
