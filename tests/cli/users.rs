//! `users list`, `users get`, `users delete`, `segments list` and `account` against a
//! real sandbox.

use crate::support::{json, run, Env, Sandbox};
use serde_json::json;

#[test]
fn list_returns_every_contact_across_pages() {
    let sandbox = Sandbox::start(230, &[]);
    let env = Env::new();
    let total = sandbox.count("SELECT COUNT(*) FROM contacts");
    let out = run(env
        .cmd(&sandbox)
        .args(["users", "list", "-o", "json"])
        .env("REFINER_PAGE_LENGTH", "17"));
    assert_eq!(out.code, 0, "{out:?}");
    let items = json(&out);
    let uuids: std::collections::HashSet<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["uuid"].as_str().unwrap())
        .collect();
    assert_eq!(items.as_array().unwrap().len() as i64, total);
    assert_eq!(uuids.len() as i64, total, "no contact listed twice");
}

#[test]
fn list_limit_and_search() {
    let sandbox = Sandbox::start(60, &[]);
    let env = Env::new();
    sandbox.identify(json!({"id": "needle-1", "email": "needle.one@example.com"}));
    sandbox.identify(json!({"id": "needle-2", "email": "NEEDLE.two@example.com"}));

    let limited = run(env
        .cmd(&sandbox)
        .args(["users", "list", "--limit", "5", "-o", "ndjson"]));
    assert_eq!(limited.code, 0, "{limited:?}");
    assert_eq!(limited.stdout.lines().count(), 5);

    let found = run(env
        .cmd(&sandbox)
        .args(["users", "list", "--search", "needle", "-o", "csv"]));
    assert_eq!(found.code, 0, "{found:?}");
    let mut reader = csv::Reader::from_reader(found.stdout.as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[1].to_string())
        .collect();
    assert_eq!(ids.len(), 2, "{found:?}");
    assert!(ids.contains(&"needle-1".to_string()));
    assert!(ids.contains(&"needle-2".to_string()));
}

#[test]
fn table_without_terminal_is_plain() {
    let sandbox = Sandbox::start(10, &[]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["users", "list", "--limit", "3"]));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with("UUID"), "{out:?}");
    assert!(
        !out.stdout.contains('│') && !out.stdout.contains('\u{1b}'),
        "{out:?}"
    );
    assert_eq!(out.stdout.lines().count(), 4, "{out:?}");
}

#[test]
fn get_by_shared_email_returns_every_contact() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let first = sandbox.identify(json!({"id": "twin-a", "email": "twin@example.com"}));
    let second = sandbox.identify(json!({"id": "twin-b", "email": "twin@example.com"}));
    sandbox.identify(json!({"id": "twin-c", "email": "not-twin@example.com"}));

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "get", "twin@example.com", "-o", "json"]));
    assert_eq!(out.code, 0, "{out:?}");
    let mut uuids: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["uuid"].as_str().unwrap().to_string())
        .collect();
    uuids.sort();
    let mut expected = vec![first, second];
    expected.sort();
    assert_eq!(uuids, expected);
}

#[test]
fn get_by_id_and_uuid_and_unknown() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let uuid = sandbox.identify(json!({"id": "user-1", "email": "u1@example.com", "plan": "pro"}));
    sandbox.identify(json!({"id": "user-10", "email": "u10@example.com"}));

    let by_id = run(env
        .cmd(&sandbox)
        .args(["users", "get", "--id", "user-1", "-o", "json"]));
    assert_eq!(by_id.code, 0, "{by_id:?}");
    let contacts = json(&by_id);
    assert_eq!(contacts.as_array().unwrap().len(), 1);
    assert_eq!(contacts[0]["uuid"], uuid.as_str());
    assert_eq!(contacts[0]["attributes"]["plan"], "pro");

    let by_uuid = run(env
        .cmd(&sandbox)
        .args(["users", "get", &uuid, "-o", "json"]));
    assert_eq!(by_uuid.code, 0, "{by_uuid:?}");
    assert_eq!(json(&by_uuid)[0]["remote_id"], "user-1");

    let table = run(env.cmd(&sandbox).args(["users", "get", "user-1"]));
    assert_eq!(table.code, 0, "{table:?}");
    assert!(table.stdout.contains("attributes.plan"), "{table:?}");

    let unknown = run(env.cmd(&sandbox).args(["users", "get", "nobody-here"]));
    assert_eq!(unknown.code, 1, "{unknown:?}");
    assert!(
        unknown
            .stderr
            .contains("no user found for user ID `nobody-here`"),
        "{unknown:?}"
    );
}

#[test]
fn delete_without_terminal_or_yes_exits_3() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let uuid = sandbox.identify(json!({"id": "keep-me", "email": "keep@example.com"}));
    let before = sandbox.count("SELECT COUNT(*) FROM contacts");
    let out = run(env.cmd(&sandbox).args(["users", "delete", "keep-me"]));
    assert_eq!(out.code, 3, "{out:?}");
    assert!(out.stderr.contains("--yes"), "{out:?}");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), before);
    let (status, _) = sandbox.get(&format!("contact?uuid={uuid}"));
    assert_eq!(status, 200);
}

#[test]
fn delete_dry_run_deletes_nothing() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    sandbox.identify(json!({"id": "dry-1", "email": "dry@example.com"}));
    let before = sandbox.count("SELECT COUNT(*) FROM contacts");
    let out = run(env.cmd(&sandbox).args([
        "users",
        "delete",
        "dry@example.com",
        "--dry-run",
        "-o",
        "json",
    ]));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("Nothing was deleted"), "{out:?}");
    assert_eq!(json(&out)[0]["remote_id"], "dry-1");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), before);
}

#[test]
fn delete_with_yes_removes_contact_and_responses() {
    let sandbox = Sandbox::start(200, &[]);
    let env = Env::new();
    // A seeded contact that has responses.
    let uuid: String = sandbox
        .db()
        .query_row(
            "SELECT c.uuid FROM contacts c JOIN responses r ON r.contact_id = c.id GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let contacts_before = sandbox.count("SELECT COUNT(*) FROM contacts");
    let responses_of_subject = sandbox.count(&format!("SELECT COUNT(*) FROM responses r JOIN contacts c ON r.contact_id = c.id WHERE c.uuid = '{uuid}'"));
    let responses_before = sandbox.count("SELECT COUNT(*) FROM responses");
    assert!(responses_of_subject > 0);

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--uuid", &uuid, "--yes"]));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr
            .contains("1 deleted, 0 already absent, 0 failed, 0 skipped"),
        "{out:?}"
    );
    assert!(out.stderr.contains("Verified"), "{out:?}");
    assert_eq!(
        sandbox.count(&format!(
            "SELECT COUNT(*) FROM contacts WHERE uuid = '{uuid}'"
        )),
        0
    );
    assert_eq!(
        sandbox.count("SELECT COUNT(*) FROM contacts"),
        contacts_before - 1
    );
    assert_eq!(
        sandbox.count("SELECT COUNT(*) FROM responses"),
        responses_before - responses_of_subject
    );

    let jobs: Vec<_> = std::fs::read_dir(env.state_dir().join("jobs"))
        .unwrap()
        .collect();
    assert_eq!(jobs.len(), 1);
    let job = jobs.into_iter().next().unwrap().unwrap().path();
    let receipts = std::fs::read_to_string(job.join("receipts.ndjson")).unwrap();
    assert!(
        receipts.contains(&format!("\"uuid\":\"{uuid}\"")),
        "{receipts}"
    );
    assert!(receipts.contains("\"status\":\"deleted\""), "{receipts}");
}

#[test]
fn delete_by_email_covers_every_contact_with_it() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let a = sandbox.identify(json!({"id": "dup-a", "email": "dup+tag@example.com"}));
    let b = sandbox.identify(json!({"id": "dup-b", "email": "dup+tag@example.com"}));
    let other = sandbox.identify(json!({"id": "dup-c", "email": "dup@example.com"}));
    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "dup+tag@example.com", "--yes"]));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("2 deleted"), "{out:?}");
    for uuid in [&a, &b] {
        assert_eq!(sandbox.get(&format!("contact?uuid={uuid}")).0, 404);
    }
    assert_eq!(sandbox.get(&format!("contact?uuid={other}")).0, 200);
}

#[test]
fn segments_list_counts_members() {
    let sandbox = Sandbox::start(300, &[]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["segments", "list", "-o", "json"]));
    assert_eq!(out.code, 0, "{out:?}");
    let segments = json(&out);
    let segments = segments.as_array().unwrap();
    assert!(segments.len() >= 8, "{out:?}");
    for segment in segments {
        let uuid = segment["uuid"].as_str().unwrap();
        let members = sandbox.count(&format!(
            "SELECT COUNT(*) FROM segment_members m JOIN segments s ON s.id = m.segment_id WHERE s.uuid = '{uuid}'"
        ));
        assert_eq!(segment["members"].as_i64(), Some(members), "segment {uuid}");
    }
}

#[test]
fn account_shows_plan_and_environment() {
    let sandbox = Sandbox::start(10, &[]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["account", "-o", "json"]));
    assert_eq!(out.code, 0, "{out:?}");
    let account = json(&out);
    assert!(account["subscription"]["plan"].is_string(), "{out:?}");
    assert_eq!(account["environments"][0]["name"], "Sandbox");
}
