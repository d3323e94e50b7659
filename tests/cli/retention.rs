//! `retention set`, `show`, `clear`, `audit` and `apply` against a sandbox whose contacts
//! have timestamps written by SQL, so that each test can name exactly the users that violate the
//! policy.
//!
//! The fixed clock is 2026-03-29T01:30:00Z, half an hour after Berlin switched to summer
//! time. The policy deletes non-responders after 30 days (cutoff 2026-02-27T01:30:00Z) and
//! responders after 365 days (cutoff 2025-03-29T01:30:00Z).

use crate::support::{run, write_file, Env, Run, Sandbox};
use std::collections::BTreeSet;

const NOW: &str = "2026-03-29T01:30:00Z";
const FORM_UUID: &str = "11111111-0000-4000-8000-000000000001";

/// Contacts: user ID, first_seen_at, last_seen_at, and whether a completed response exists.
const CONTACTS: [(&str, &str, Option<&str>, bool); 16] = [
    (
        "at-cutoff",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T01:30:00.000000Z"),
        false,
    ),
    (
        "just-before",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T01:29:59.000000Z"),
        false,
    ),
    (
        "offset-style",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T02:29:59+01:00"),
        false,
    ),
    (
        "offset-equal",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T02:30:00+01:00"),
        false,
    ),
    (
        "response-style",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27 01:29:59"),
        false,
    ),
    (
        "fraction-before",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T01:29:59.999999Z"),
        false,
    ),
    (
        "no-zone-equal",
        "2024-01-01T00:00:00Z",
        Some("2026-02-27T01:30:00"),
        false,
    ),
    (
        "unparseable",
        "2024-01-01T00:00:00Z",
        Some("last tuesday"),
        false,
    ),
    ("never-seen-old", "2025-01-01T00:00:00.000000Z", None, false),
    ("never-seen-new", "2026-03-20T00:00:00Z", None, false),
    (
        "responder-recent",
        "2024-01-01T00:00:00Z",
        Some("2025-06-01T00:00:00Z"),
        true,
    ),
    (
        "responder-old",
        "2024-01-01T00:00:00Z",
        Some("2025-03-29T01:29:59Z"),
        true,
    ),
    (
        "viewer-only",
        "2024-01-01T00:00:00Z",
        Some("2025-06-01 00:00:00"),
        false,
    ),
    (
        "vip-member",
        "2019-01-01T00:00:00Z",
        Some("2020-01-01T00:00:00Z"),
        false,
    ),
    (
        "protected",
        "2019-01-01T00:00:00Z",
        Some("2020-01-01T00:00:00Z"),
        false,
    ),
    (
        "active",
        "2024-01-01T00:00:00Z",
        Some("2026-03-28T00:00:00Z"),
        false,
    ),
];

/// The candidates at `NOW`, by user ID.
const CANDIDATES: [&str; 7] = [
    "just-before",
    "offset-style",
    "response-style",
    "fraction-before",
    "never-seen-old",
    "responder-old",
    "viewer-only",
];

const POLICY: &str = "inactive_days = 365\nnever_responded_inactive_days = 30\n\
exclude_segments = [\"VIP\"]\nprotect = [\"keep@example.com\"]\n";

fn uuid_of(index: usize) -> String {
    format!("00000000-0000-4000-8000-{:012}", index + 1)
}

/// Starts a sandbox, empties its seeded data, and inserts the fixture contacts, a VIP segment, a survey, one
/// completed response per responder and one view without completion for `viewer-only`.
fn fixture() -> Sandbox {
    let sandbox = Sandbox::start(0, &[]);
    let db = sandbox.db();
    db.execute_batch(
        "DELETE FROM responses; DELETE FROM memberships; DELETE FROM events; \
         DELETE FROM contacts; DELETE FROM segments;",
    )
    .unwrap();
    let stamp = "2024-01-01T00:00:00.000000Z";
    db.execute(
        "INSERT INTO forms (uuid, name, status, created_at, updated_at) VALUES (?1, 'Fixture survey', 'published', ?2, ?2)",
        [FORM_UUID, stamp],
    )
    .unwrap();
    db.execute(
        "INSERT INTO segments (uuid, name, is_manual, created_at) VALUES (?1, 'VIP', 1, ?2)",
        ["22222222-0000-4000-8000-000000000001", stamp],
    )
    .unwrap();
    for (index, (user_id, first_seen, last_seen, responded)) in CONTACTS.iter().enumerate() {
        let email = if *user_id == "protected" {
            "keep@example.com".to_string()
        } else {
            format!("{user_id}@example.com")
        };
        db.execute(
            "INSERT INTO contacts (uuid, remote_id, email, first_seen_at, last_seen_at, search_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![uuid_of(index), user_id, email, first_seen, last_seen, format!("{user_id} {email}")],
        )
        .unwrap();
        let completed = if *responded { Some(stamp) } else { None };
        if *responded || *user_id == "viewer-only" {
            db.execute(
                "INSERT INTO responses (uuid, contact_id, form_id, first_shown_at, last_shown_at, completed_at) \
                 SELECT ?1, c.id, f.id, ?2, ?2, ?3 FROM contacts c, forms f WHERE c.remote_id = ?4 AND f.uuid = ?5",
                rusqlite::params![format!("33333333-0000-4000-8000-{:012}", index + 1), stamp, completed, user_id, FORM_UUID],
            )
            .unwrap();
        }
    }
    db.execute(
        "INSERT INTO memberships (segment_id, contact_id, created_at) SELECT s.id, c.id, ?1 FROM segments s, contacts c WHERE s.name = 'VIP' AND c.remote_id = 'vip-member'",
        [stamp],
    )
    .unwrap();
    sandbox
}

fn policy_file(env: &Env, text: &str) -> String {
    let path = env.path("policy.toml");
    write_file(&path, text.as_bytes());
    path.to_str().unwrap().to_string()
}

fn retention(env: &Env, sandbox: &Sandbox, args: &[&str]) -> Run {
    run(env
        .cmd(sandbox)
        .env("REFINER_NOW", NOW)
        .arg("retention")
        .args(args))
}

/// User IDs in the `user_id` column of CSV output.
fn user_ids(out: &Run) -> BTreeSet<String> {
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "user_id").unwrap();
    reader
        .records()
        .map(|record| record.unwrap()[column].to_string())
        .collect()
}

fn expected(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

fn remaining(sandbox: &Sandbox) -> BTreeSet<String> {
    let db = sandbox.db();
    let mut statement = db.prepare("SELECT remote_id FROM contacts").unwrap();
    let rows = statement
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

fn everyone_but(excluded: &[&str]) -> BTreeSet<String> {
    CONTACTS
        .iter()
        .map(|contact| contact.0)
        .filter(|id| !excluded.contains(id))
        .map(String::from)
        .collect()
}

#[test]
fn audit_lists_exact_candidates() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let out = retention(&env, &sandbox, &["audit", "--policy", &policy, "-o", "csv"]);
    assert_eq!(out.code, 8, "{out:?}");
    assert_eq!(user_ids(&out), expected(&CANDIDATES));
    assert!(
        out.stderr
            .contains("before 2026-02-27T01:30:00Z: 6 candidates"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("before 2025-03-29T01:30:00Z: 1 candidates"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("from 2025-01-01T00:00:00Z to 2026-02-27T01:29:59.999999Z"),
        "{out:?}"
    );
    assert!(out.stderr.contains("Spared by segment `VIP`: 1"), "{out:?}");
    assert!(out.stderr.contains("Spared by protect list: 1"), "{out:?}");
    assert!(
        out.stderr.contains("unreadable timestamp `last tuesday`"),
        "{out:?}"
    );
    assert!(
        !out.stderr.contains('\r'),
        "no progress bar without a terminal: {out:?}"
    );
}

#[test]
fn audit_identical_across_time_zones() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    for now in ["2026-03-29T01:30:00Z", "2026-03-08T07:30:00Z"] {
        let mut sets = Vec::new();
        for zone in ["UTC", "Europe/Berlin", "America/New_York"] {
            let out = run(env
                .cmd(&sandbox)
                .env("REFINER_NOW", now)
                .env("TZ", zone)
                .args(["retention", "audit", "--policy", &policy, "-o", "csv"]));
            assert_eq!(out.code, 8, "{zone} {now}: {out:?}");
            sets.push(user_ids(&out));
        }
        assert_eq!(sets[0], sets[1], "UTC and Berlin differ at {now}");
        assert_eq!(sets[0], sets[2], "UTC and New York differ at {now}");
        if now == NOW {
            assert_eq!(sets[0], expected(&CANDIDATES));
        }
    }
}

#[test]
fn audit_exits_zero_when_compliant() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(
        &env,
        "inactive_days = 36500\nnever_responded_inactive_days = 36500\n",
    );
    let out = retention(&env, &sandbox, &["audit", "--policy", &policy, "-o", "csv"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(user_ids(&out).is_empty(), "{out:?}");
    assert!(out.stderr.contains("complies"), "{out:?}");
}

#[test]
fn audit_report_file_is_private() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let report = env.path("reports/audit.json");
    let out = retention(
        &env,
        &sandbox,
        &[
            "audit",
            "--policy",
            &policy,
            "--report",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(out.code, 8, "{out:?}");
    let document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    let ids: BTreeSet<String> = document["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["user_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, expected(&CANDIDATES));
    assert_eq!(document["now"], "2026-03-29T01:30:00Z");
    assert_eq!(document["contacts"], 16);
    assert_eq!(document["skipped"].as_array().unwrap().len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn apply_deletes_exactly_candidates() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let out = retention(&env, &sandbox, &["apply", "--policy", &policy, "--yes"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(remaining(&sandbox), everyone_but(&CANDIDATES));
    let audit = retention(&env, &sandbox, &["audit", "--policy", &policy, "-o", "csv"]);
    assert_eq!(audit.code, 0, "{audit:?}");
}

#[test]
fn apply_dry_run_deletes_nothing() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let out = retention(
        &env,
        &sandbox,
        &["apply", "--policy", &policy, "--dry-run", "-o", "csv"],
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(user_ids(&out), expected(&CANDIDATES));
    assert!(out.stderr.contains("Nothing was deleted"), "{out:?}");
    assert_eq!(remaining(&sandbox), everyone_but(&[]));
}

#[test]
fn apply_budget_continues_next_run() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let first = retention(
        &env,
        &sandbox,
        &["apply", "--policy", &policy, "--yes", "--max-delete", "3"],
    );
    assert_eq!(first.code, 0, "{first:?}");
    assert!(
        first.stderr.contains("deletes 3 of 7 candidates"),
        "{first:?}"
    );
    assert!(first.stderr.contains("4 candidates remain"), "{first:?}");
    let oldest = ["never-seen-old", "responder-old", "viewer-only"];
    assert_eq!(remaining(&sandbox), everyone_but(&oldest));

    let second = retention(
        &env,
        &sandbox,
        &["apply", "--policy", &policy, "--yes", "--max-delete", "3"],
    );
    assert_eq!(second.code, 0, "{second:?}");
    let second_batch = ["just-before", "offset-style", "response-style"];
    let deleted: Vec<&str> = oldest.iter().chain(&second_batch).copied().collect();
    assert_eq!(remaining(&sandbox), everyone_but(&deleted));

    let third = retention(
        &env,
        &sandbox,
        &["apply", "--policy", &policy, "--yes", "--max-delete", "3"],
    );
    assert_eq!(third.code, 0, "{third:?}");
    assert!(!third.stderr.contains("remain"), "{third:?}");
    assert_eq!(remaining(&sandbox), everyone_but(&CANDIDATES));
}

#[test]
fn apply_refuses_mass_deletion() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(
        &env,
        "never_responded_inactive_days = 1\ninactive_days = 1\n",
    );
    let out = retention(&env, &sandbox, &["apply", "--policy", &policy, "--yes"]);
    assert_eq!(out.code, 6, "{out:?}");
    assert!(
        out.stderr.contains("more than half of the environment"),
        "{out:?}"
    );
    assert!(out.stderr.contains("--allow-mass-deletion"), "{out:?}");
    assert_eq!(remaining(&sandbox), everyone_but(&[]));
}

#[test]
fn apply_without_yes_off_terminal() {
    let sandbox = fixture();
    let env = Env::new();
    let policy = policy_file(&env, POLICY);
    let out = retention(&env, &sandbox, &["apply", "--policy", &policy]);
    assert_eq!(out.code, 3, "{out:?}");
    assert_eq!(remaining(&sandbox), everyone_but(&[]));
}

#[test]
fn set_show_clear_profile_policy() {
    let sandbox = fixture();
    let env = Env::new();
    let set = retention(
        &env,
        &sandbox,
        &[
            "set",
            "--inactive-days",
            "365",
            "--never-responded-inactive-days",
            "30",
            "--exclude-segment",
            "VIP",
            "--protect",
            "keep@example.com",
        ],
    );
    assert_eq!(set.code, 0, "{set:?}");
    let config = env.config_dir().join("config.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    let show = retention(&env, &sandbox, &["show", "-o", "json"]);
    assert_eq!(show.code, 0, "{show:?}");
    let shown: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(shown["inactive_days"], 365);
    assert_eq!(shown["never_responded_inactive_days"], 30);
    assert_eq!(shown["exclude_segments"][0], "VIP");
    assert_eq!(shown["protect"][0], "keep@example.com");

    let audit = retention(&env, &sandbox, &["audit", "-o", "csv"]);
    assert_eq!(audit.code, 8, "{audit:?}");
    assert_eq!(user_ids(&audit), expected(&CANDIDATES));

    let clear = retention(&env, &sandbox, &["clear"]);
    assert_eq!(clear.code, 0, "{clear:?}");
    let after = retention(&env, &sandbox, &["show"]);
    assert_eq!(after.code, 2, "{after:?}");
    assert!(
        after.stderr.contains("has no retention policy"),
        "{after:?}"
    );
}

#[test]
fn set_rejects_invalid_policies() {
    let sandbox = fixture();
    let env = Env::new();
    let cases: [(&[&str], &str); 4] = [
        (&["--inactive-days", "0"], "inactive_days is 0"),
        (
            &["--inactive-days", "30", "--exclude-segment", "Nope"],
            "segment `Nope` not found",
        ),
        (
            &["--inactive-days", "30", "--protect", "broken@"],
            "`broken@`",
        ),
        (&["--exclude-segment", "VIP"], "no retention period given"),
    ];
    for (args, message) in cases {
        let out = retention(&env, &sandbox, &[&["set"], args].concat());
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert!(out.stderr.contains(message), "{args:?}: {out:?}");
    }
    assert!(
        !env.config_dir().join("config.toml").exists(),
        "nothing stored"
    );
}
