//! `export` against a real sandbox: JSON and CSV read back to the database's content,
//! subject isolation, spreadsheet safety, and files that appear whole or not at all.

use crate::support::{run, Env, Sandbox, BIN};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A contact row of the sandbox database, as the API renders it.
struct DbContact {
    remote_id: Option<String>,
    email: Option<String>,
    display_name: Option<String>,
    attributes: Value,
}

fn db_contacts(sandbox: &Sandbox) -> BTreeMap<String, DbContact> {
    let db = sandbox.db();
    let mut statement = db
        .prepare("SELECT uuid, remote_id, email, display_name, attributes FROM contacts")
        .unwrap();
    let rows = statement
        .query_map([], |row| {
            let attributes: String = row.get(4)?;
            Ok((
                row.get::<_, String>(0)?,
                DbContact {
                    remote_id: row.get(1)?,
                    email: row.get(2)?,
                    display_name: row.get(3)?,
                    attributes: serde_json::from_str(&attributes).unwrap(),
                },
            ))
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

/// Returns each response of a contact as (uuid, answers).
fn db_responses(sandbox: &Sandbox, contact_uuid: &str) -> BTreeMap<String, Value> {
    let db = sandbox.db();
    let mut statement = db
        .prepare(
            "SELECT r.uuid, r.data FROM responses r JOIN contacts c ON c.id = r.contact_id \
             WHERE c.uuid = ?1",
        )
        .unwrap();
    let rows = statement
        .query_map([contact_uuid], |row| {
            let data: String = row.get(1)?;
            Ok((
                row.get::<_, String>(0)?,
                serde_json::from_str(&data).unwrap(),
            ))
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

fn form_uuid(sandbox: &Sandbox) -> String {
    sandbox
        .db()
        .query_row("SELECT uuid FROM forms LIMIT 1", [], |row| row.get(0))
        .unwrap()
}

/// Stores a completed response for the user with `remote_id`.
fn respond(sandbox: &Sandbox, remote_id: &str, data: Value) {
    let form = form_uuid(sandbox);
    sandbox.post(
        "responses",
        json!({"form_uuid": form, "id": remote_id, "data": data, "prevent_duplicates": false}),
    );
}

/// Creates contacts whose values are hard to carry through JSON and CSV, and returns the
/// uuid of the first and of the last one.
fn seed_tricky(sandbox: &Sandbox) -> (String, String) {
    let big: Value = serde_json::from_str("12345678901234567890123").unwrap();
    let first = sandbox.identify(json!({
        "id": "tricky-1",
        "email": "tricky@example.com",
        "name": "Zoë \"Q\" Łukasz, 東京",
        "attributes": {
            "formula": "=HYPERLINK(\"http://127.0.0.1\")",
            "plus": "+1",
            "minus_text": "-5",
            "minus_number": -5,
            "at_sign": "@SUM(A1)",
            "multiline": "line one\nline \"two\"\r\nthree",
            "nothing": null,
            "empty": "",
            "big": big,
        }
    }));
    respond(
        sandbox,
        "tricky-1",
        json!({"comment": "=cmd|' /C calc'!A0", "score": -3}),
    );
    let last = sandbox.identify(json!({
        "id": "tricky-2",
        "email": "tricky2@example.com",
        "attributes": {"only_later": "late value"}
    }));
    (first, last)
}

/// Returns `path` with a trailing `/`, which makes `--out` a folder.
fn folder(path: &Path) -> String {
    format!("{}/", path.display())
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Lists the names of the entries of a folder.
fn entries(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn json_folder_matches_database() {
    let sandbox = Sandbox::start(40, &[]);
    let env = Env::new();
    seed_tricky(&sandbox);
    let out_dir = env.path("export");

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "--all", "--out"])
        .arg(folder(&out_dir)));
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "", "{out:?}");

    let contacts = db_contacts(&sandbox);
    let mut expected: BTreeSet<String> = contacts.keys().map(|u| format!("{u}.json")).collect();
    expected.insert("manifest.json".into());
    assert_eq!(entries(&out_dir), expected);
    #[cfg(unix)]
    assert_eq!(mode(&out_dir), 0o700);

    for (uuid, row) in &contacts {
        let path = out_dir.join(format!("{uuid}.json"));
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        let document: Value = serde_json::from_str(&read(&path)).unwrap();
        let subject = &document["subject"];
        assert_eq!(subject["uuid"], json!(uuid));
        assert_eq!(subject["remote_id"], json!(row.remote_id));
        assert_eq!(subject["email"], json!(row.email));
        assert_eq!(subject["display_name"], json!(row.display_name));
        assert_eq!(subject["attributes"], row.attributes, "{uuid}");

        let exported: BTreeMap<String, Value> = document["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["uuid"].as_str().unwrap().to_string(), r["data"].clone()))
            .collect();
        assert_eq!(exported, db_responses(&sandbox, uuid), "{uuid}");
        assert_eq!(document["events"]["exported"], json!(false));
    }

    let manifest: Value = serde_json::from_str(&read(&out_dir.join("manifest.json"))).unwrap();
    assert_eq!(manifest["subjects"], json!(contacts.len()));
    assert_eq!(manifest["events"]["exported"], json!(false));
}

#[test]
fn json_keeps_null_empty_and_big_integers() {
    let sandbox = Sandbox::start(5, &[]);
    let env = Env::new();
    seed_tricky(&sandbox);

    let out = run(env.cmd(&sandbox).args(["export", "tricky-1"]));
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout.lines().count(), 1, "{out:?}");
    let line = out.stdout.trim_end();
    assert!(line.contains("\"big\":12345678901234567890123"), "{line}");
    assert!(line.contains("\"nothing\":null"), "{line}");
    assert!(line.contains("\"empty\":\"\""), "{line}");
    let document: Value = serde_json::from_str(line).unwrap();
    let attributes = &document["subject"]["attributes"];
    assert!(attributes.get("only_later").is_none());
    assert_eq!(
        attributes["multiline"],
        json!("line one\nline \"two\"\r\nthree")
    );
    assert_eq!(
        document["subject"]["display_name"],
        json!("Zoë \"Q\" Łukasz, 東京")
    );
    assert_eq!(document["responses"].as_array().unwrap().len(), 1);
    assert!(
        out.stderr.contains("Exported 1 subject and 1 response"),
        "{out:?}"
    );
}

/// Reports for each field of each record of a CSV file whether it was quoted, reading the
/// records with the csv crate and the raw bytes at each field's start.
fn raw_quoting(bytes: &[u8]) -> Vec<Vec<bool>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut quoting = Vec::new();
    loop {
        // The reader's position before a read is where the previous record ended, which
        // may be before the LF of its CRLF terminator.
        let mut offset = reader.position().byte() as usize;
        while matches!(bytes.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        if !reader.read_byte_record(&mut record).unwrap() {
            break;
        }
        let mut row = Vec::new();
        for field in record.iter() {
            let quoted = bytes.get(offset) == Some(&b'"');
            let length = if quoted {
                field.len() + 2 + field.iter().filter(|b| **b == b'"').count()
            } else {
                field.len()
            };
            offset += length + 1;
            row.push(quoted);
        }
        quoting.push(row);
    }
    quoting
}

#[test]
fn csv_folder_matches_database() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let (first, last) = seed_tricky(&sandbox);
    let out_dir = env.path("csv");

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "--all", "--format", "csv", "--out"])
        .arg(&out_dir));
    assert_eq!(out.code, 0, "{out:?}");
    let names = [
        "contacts.csv",
        "manifest.json",
        "responses.csv",
        "segments.csv",
    ];
    assert_eq!(
        entries(&out_dir),
        names.iter().map(|n| n.to_string()).collect()
    );

    // contacts.csv: one row per contact, traits as a sorted union of columns.
    let bytes = std::fs::read(out_dir.join("contacts.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let contacts = db_contacts(&sandbox);
    assert_eq!(rows.len(), contacts.len());
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let attribute_columns: Vec<&String> = header
        .iter()
        .filter(|h| h.starts_with("attributes."))
        .collect();
    let mut sorted = attribute_columns.clone();
    sorted.sort();
    assert_eq!(attribute_columns, sorted);
    for record in &rows {
        let uuid = &record[column("uuid")];
        let row = &contacts[uuid];
        assert_eq!(record[column("email")], *row.email.as_deref().unwrap_or(""));
        assert_eq!(
            record[column("remote_id")],
            *row.remote_id.as_deref().unwrap_or("")
        );
    }

    let row_of = |uuid: &str| {
        rows.iter()
            .position(|r| &r[column("uuid")] == uuid)
            .unwrap()
    };
    let tricky = &rows[row_of(&first)];
    assert_eq!(
        &tricky[column("attributes.formula")],
        "'=HYPERLINK(\"http://127.0.0.1\")"
    );
    assert_eq!(&tricky[column("attributes.plus")], "'+1");
    assert_eq!(&tricky[column("attributes.minus_text")], "'-5");
    assert_eq!(&tricky[column("attributes.minus_number")], "-5");
    assert_eq!(&tricky[column("attributes.at_sign")], "'@SUM(A1)");
    assert_eq!(
        &tricky[column("attributes.multiline")],
        "line one\nline \"two\"\r\nthree"
    );
    assert_eq!(&tricky[column("attributes.big")], "12345678901234567890123");
    assert_eq!(&tricky[column("display_name")], "Zoë \"Q\" Łukasz, 東京");
    assert_eq!(&tricky[column("attributes.only_later")], "");
    assert_eq!(
        &rows[row_of(&last)][column("attributes.only_later")],
        "late value"
    );

    // Null is an empty unquoted field, the empty string the quoted "".
    let quoting = raw_quoting(&bytes);
    let tricky_quoting = &quoting[row_of(&first) + 1];
    assert!(!tricky_quoting[column("attributes.nothing")]);
    assert!(tricky_quoting[column("attributes.empty")]);
    assert!(!tricky_quoting[column("attributes.only_later")]);

    // responses.csv: every response of every contact, answers as data columns.
    let mut reader = csv::Reader::from_path(out_dir.join("responses.csv")).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let responses: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let total = sandbox.count("SELECT COUNT(*) FROM responses");
    assert_eq!(responses.len() as i64, total);
    let comment = header.iter().position(|h| h == "data.comment").unwrap();
    let score = header.iter().position(|h| h == "data.score").unwrap();
    let mine: Vec<&csv::StringRecord> = responses.iter().filter(|r| r[0] == first).collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(&mine[0][comment], "'=cmd|' /C calc'!A0");
    assert_eq!(&mine[0][score], "-3");

    // segments.csv: every membership.
    let memberships = sandbox.count("SELECT COUNT(*) FROM memberships");
    let segments = csv::Reader::from_path(out_dir.join("segments.csv"))
        .unwrap()
        .records()
        .count();
    assert_eq!(segments as i64, memberships);

    // manifest.json: counts and digests of the files as written.
    let manifest: Value = serde_json::from_str(&read(&out_dir.join("manifest.json"))).unwrap();
    assert_eq!(manifest["format"], json!("csv"));
    assert_eq!(
        manifest["environment"].as_str().map(str::is_empty),
        Some(false)
    );
    for file in manifest["files"].as_array().unwrap() {
        let name = file["name"].as_str().unwrap();
        let bytes = std::fs::read(out_dir.join(name)).unwrap();
        use sha2::Digest;
        assert_eq!(
            file["sha256"],
            json!(hex::encode(sha2::Sha256::digest(&bytes))),
            "{name}"
        );
    }
    let records: BTreeMap<&str, u64> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap(), f["records"].as_u64().unwrap()))
        .collect();
    assert_eq!(records["contacts.csv"], contacts.len() as u64);
    assert_eq!(records["responses.csv"] as i64, total);
    assert_eq!(records["segments.csv"] as i64, memberships);
    assert_eq!(manifest["events"]["exported"], json!(false));
}

/// Checks NDJSON export output against the database: exactly `expected` subjects, each
/// with exactly its own responses.
fn assert_ndjson_matches(sandbox: &Sandbox, stdout: &str, expected: &BTreeSet<String>) {
    let mut seen = BTreeSet::new();
    for line in stdout.lines() {
        let document: Value = serde_json::from_str(line).unwrap();
        let uuid = document["subject"]["uuid"].as_str().unwrap().to_string();
        let exported: BTreeMap<String, Value> = document["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["uuid"].as_str().unwrap().to_string(), r["data"].clone()))
            .collect();
        assert_eq!(exported, db_responses(sandbox, &uuid), "{uuid}");
        seen.insert(uuid);
    }
    assert_eq!(&seen, expected);
}

#[test]
fn segment_export_covers_members_only() {
    let sandbox = Sandbox::start(120, &[]);
    let env = Env::new();
    let segment: String = sandbox
        .db()
        .query_row(
            "SELECT s.uuid FROM segments s JOIN memberships m ON m.segment_id = s.id \
             GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let db = sandbox.db();
    let mut statement = db
        .prepare(
            "SELECT c.uuid FROM contacts c JOIN memberships m ON m.contact_id = c.id \
             JOIN segments s ON s.id = m.segment_id WHERE s.uuid = ?1",
        )
        .unwrap();
    let members: BTreeSet<String> = statement
        .query_map([&segment], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(members.len() > 1, "the seed has a segment with members");

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "-v", "--segment", &segment]));
    assert_eq!(out.code, 0, "{out:?}");
    let response_requests = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("GET /responses"))
        .count();
    assert_eq!(response_requests, 1, "{out:?}");
    assert_ndjson_matches(&sandbox, &out.stdout, &members);
}

#[test]
fn large_ids_file_lists_responses_once() {
    let sandbox = Sandbox::start(80, &[]);
    let env = Env::new();
    let db = sandbox.db();
    let mut statement = db
        .prepare("SELECT uuid, remote_id FROM contacts WHERE remote_id IS NOT NULL LIMIT 30")
        .unwrap();
    let chosen: Vec<(String, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(chosen.len(), 30);
    let ids_file = env.path("ids.txt");
    let lines: Vec<&str> = chosen.iter().map(|(_, id)| id.as_str()).collect();
    std::fs::write(&ids_file, lines.join("\n")).unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "--ids-file"])
        .arg(&ids_file));
    assert_eq!(out.code, 0, "{out:?}");
    let expected: BTreeSet<String> = chosen.into_iter().map(|(uuid, _)| uuid).collect();
    assert_ndjson_matches(&sandbox, &out.stdout, &expected);
}

#[test]
fn csv_raw_cells_and_bom() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    seed_tricky(&sandbox);

    let out =
        run(env
            .cmd(&sandbox)
            .args(["export", "tricky-1", "-o", "csv", "--raw-cells", "--bom"]));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with('\u{feff}'), "{out:?}");
    let mut reader = csv::Reader::from_reader(out.stdout.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let formula = header
        .iter()
        .position(|h| h == "attributes.formula")
        .unwrap();
    assert_eq!(&rows[0][formula], "=HYPERLINK(\"http://127.0.0.1\")");
}

#[test]
fn substring_identifiers_stay_isolated() {
    let sandbox = Sandbox::start(5, &[]);
    let env = Env::new();
    let one = sandbox.identify(json!({"id": "user-1", "email": "one@example.com"}));
    let ten = sandbox.identify(json!({"id": "user-10", "email": "ten@example.com"}));
    respond(&sandbox, "user-1", json!({"q": "from one"}));
    respond(&sandbox, "user-10", json!({"q": "from ten"}));

    let out = run(env.cmd(&sandbox).args(["export", "user-1"]));
    assert_eq!(out.code, 0, "{out:?}");
    let documents: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(documents.len(), 1, "{out:?}");
    assert_eq!(documents[0]["subject"]["uuid"], json!(one));
    let responses = documents[0]["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0]["contact"]["uuid"], json!(one));
    assert_eq!(responses[0]["data"]["q"], json!("from one"));
    assert!(!out.stdout.contains(&ten));
}

#[test]
fn shared_email_covers_every_contact() {
    let sandbox = Sandbox::start(5, &[]);
    let env = Env::new();
    let a = sandbox.identify(json!({"id": "twin-a", "email": "twin@example.com"}));
    let b = sandbox.identify(json!({"id": "twin-b", "email": "twin@example.com"}));
    let other = sandbox.identify(json!({"id": "twin-c", "email": "other.twin@example.com"}));

    let out = run(env.cmd(&sandbox).args(["export", "twin@example.com"]));
    assert_eq!(out.code, 0, "{out:?}");
    let uuids: BTreeSet<String> = out
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["subject"]["uuid"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(uuids, [a, b].into_iter().collect());
    assert!(!out.stdout.contains(&other));
}

#[test]
fn single_subject_files_are_private() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    let uuid = sandbox.identify(json!({"id": "solo", "email": "solo@example.com"}));

    let json_path = env.path("solo.json");
    let out = run(env
        .cmd(&sandbox)
        .args(["export", "solo", "--format", "json", "--out"])
        .arg(&json_path));
    assert_eq!(out.code, 0, "{out:?}");
    let document: Value = serde_json::from_str(&read(&json_path)).unwrap();
    assert_eq!(document["subject"]["uuid"], json!(uuid));
    #[cfg(unix)]
    assert_eq!(mode(&json_path), 0o600);

    let csv_path = env.path("solo.csv");
    let out = run(env
        .cmd(&sandbox)
        .args(["export", "solo", "--format", "csv", "--out"])
        .arg(&csv_path));
    assert_eq!(out.code, 0, "{out:?}");
    let rows = csv::Reader::from_path(&csv_path).unwrap().records().count();
    assert_eq!(rows, 1);
    #[cfg(unix)]
    assert_eq!(mode(&csv_path), 0o600);
}

#[test]
fn no_selector_is_usage_error() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["export"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("--all"), "{out:?}");
    assert_eq!(out.stdout, "");
}

#[test]
fn csv_flags_rejected_for_json() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["export", "--all", "--bom"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("CSV only"), "{out:?}");
    assert_eq!(out.stdout, "");
}

#[test]
fn existing_output_needs_force() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    sandbox.identify(json!({"id": "solo"}));
    let path = env.path("solo.json");
    std::fs::write(&path, "keep me").unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "solo", "--out"])
        .arg(&path));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("already exists"), "{out:?}");
    assert!(out.stderr.contains("--force"), "{out:?}");
    assert_eq!(read(&path), "keep me");
    assert_eq!(
        entries(env.dir.path())
            .iter()
            .filter(|n| n.contains(".tmp"))
            .count(),
        0
    );

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "solo", "--force", "--out"])
        .arg(&path));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(read(&path).contains("\"subject\""));
}

#[test]
fn unwritable_folder_fails_cleanly() {
    let sandbox = Sandbox::start(3, &[]);
    let env = Env::new();
    let blocker = env.path("blocker");
    std::fs::write(&blocker, "a file, not a folder").unwrap();
    let out_dir = blocker.join("export/");

    let out = run(env
        .cmd(&sandbox)
        .args(["export", "--all", "--out"])
        .arg(&out_dir));
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stderr.contains("could not create the folder"),
        "{out:?}"
    );
    assert_eq!(read(&blocker), "a file, not a folder");
}

#[cfg(unix)]
#[test]
fn interrupt_leaves_no_partial_file() {
    let sandbox = Sandbox::start(200, &["--latency-ms", "300"]);
    let env = Env::new();
    let out_dir = env.path("export");
    let child = std::process::Command::new(BIN)
        .args(["export", "--all", "--out"])
        .arg(folder(&out_dir))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("REFINER_CONFIG_DIR", env.config_dir())
        .env("REFINER_STATE_DIR", env.state_dir())
        .env("REFINER_API_URL", &sandbox.url)
        .env("REFINER_API_KEY", &sandbox.key)
        .env("REFINER_PAGE_LENGTH", "10")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();

    // The export reads 20 pages at 300 ms each, so it is still running after a second.
    std::thread::sleep(std::time::Duration::from_secs(1));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());

    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert_eq!(entries(&out_dir), BTreeSet::new(), "{stderr}");
}
/// Returns every receipt line of every job in the state folder.
fn receipts(env: &Env) -> Vec<Value> {
    let mut lines = Vec::new();
    for job in std::fs::read_dir(env.state_dir().join("jobs")).unwrap() {
        let path = job.unwrap().path().join("receipts.ndjson");
        for line in read(&path).lines() {
            lines.push(serde_json::from_str(line).unwrap());
        }
    }
    lines
}

fn contact_exists(sandbox: &Sandbox, uuid: &str) -> bool {
    let sql = format!("SELECT COUNT(*) FROM contacts WHERE uuid = '{uuid}'");
    sandbox.count(&sql) == 1
}

#[test]
fn export_to_writes_before_delete() {
    let sandbox = Sandbox::start(5, &[]);
    let env = Env::new();
    let a = sandbox.identify(json!({"id": "gone-a", "email": "a@example.com"}));
    let b = sandbox.identify(json!({"id": "gone-b", "email": "b@example.com"}));
    respond(&sandbox, "gone-a", json!({"q": "kept in the export"}));
    let expected_a = db_responses(&sandbox, &a);
    let dir = env.path("erased");

    let out = run(env
        .cmd(&sandbox)
        .args([
            "users",
            "delete",
            "gone-a",
            "gone-b",
            "--yes",
            "--export-to",
        ])
        .arg(&dir));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(!contact_exists(&sandbox, &a));
    assert!(!contact_exists(&sandbox, &b));
    for uuid in [&a, &b] {
        let path = dir.join(format!("{uuid}.json"));
        let document: Value = serde_json::from_str(&read(&path)).unwrap();
        assert_eq!(document["subject"]["uuid"], json!(uuid));
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }
    let document: Value = serde_json::from_str(&read(&dir.join(format!("{a}.json")))).unwrap();
    let exported: BTreeMap<String, Value> = document["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["uuid"].as_str().unwrap().to_string(), r["data"].clone()))
        .collect();
    assert_eq!(exported, expected_a);
    #[cfg(unix)]
    assert_eq!(mode(&dir), 0o700);
}

#[test]
fn export_to_failure_keeps_user() {
    let sandbox = Sandbox::start(5, &[]);
    let env = Env::new();
    let kept = sandbox.identify(json!({"id": "kept", "email": "kept@example.com"}));
    let gone = sandbox.identify(json!({"id": "gone", "email": "gone@example.com"}));
    let dir = env.path("erased");
    std::fs::create_dir(&dir).unwrap();
    let blocking = dir.join(format!("{kept}.json"));
    std::fs::write(&blocking, "an earlier export").unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "kept", "gone", "--yes", "--export-to"])
        .arg(&dir));
    assert!(out.stderr.contains("1 skipped"), "{out:?}");
    assert!(contact_exists(&sandbox, &kept));
    assert!(!contact_exists(&sandbox, &gone));
    assert_eq!(read(&blocking), "an earlier export");
    let receipts = receipts(&env);
    let receipt = receipts.iter().find(|r| r["uuid"] == json!(kept)).unwrap();
    assert_eq!(receipt["status"], json!("skipped"), "{receipt}");
    let detail = receipt.to_string();
    assert!(detail.contains("export failed"), "{detail}");
    assert!(detail.contains("already exists"), "{detail}");
    let names = entries(&dir);
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn purge_export_to_unwritable_folder_deletes_nothing() {
    let sandbox = Sandbox::start(4, &[]);
    let env = Env::new();
    let before = sandbox.count("SELECT COUNT(*) FROM contacts");
    let blocker = env.path("blocker");
    std::fs::write(&blocker, "a file, not a folder").unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args([
            "environment",
            "purge",
            "--yes",
            "--confirm",
            "Sandbox",
            "--export-to",
        ])
        .arg(blocker.join("erased")));
    assert!(out.stderr.contains(&format!("{before} skipped")), "{out:?}");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), before);
    let receipts = receipts(&env);
    assert_eq!(receipts.len() as i64, before);
    assert!(receipts.iter().all(|r| r["status"] == json!("skipped")));
}
