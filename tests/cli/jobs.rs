//! Deletion jobs against a real sandbox: segments across many small pages, injected
//! faults, Ctrl-C and `kill -9` followed by `jobs resume`, ids files, and the job records
//! that `jobs list` and `jobs show` print.

use crate::support::{json, run, Env, Sandbox};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// Returns the environment name that `GET /` reports.
pub fn project_name(sandbox: &Sandbox) -> String {
    let (status, body) = sandbox.get("");
    assert_eq!(status, 200, "GET / failed: {body}");
    body["project_name"].as_str().unwrap().to_string()
}

/// Returns the first column of every row of `sql` as text.
pub fn column(sandbox: &Sandbox, sql: &str) -> BTreeSet<String> {
    let db = sandbox.db();
    let mut statement = db.prepare(sql).unwrap();
    let rows = statement
        .query_map([], |row| row.get::<_, rusqlite::types::Value>(0))
        .unwrap();
    rows.map(|value| match value.unwrap() {
        rusqlite::types::Value::Integer(number) => number.to_string(),
        rusqlite::types::Value::Text(text) => text,
        other => panic!("unexpected value {other:?}"),
    })
    .collect()
}

/// Returns the uuid and member uuids of the segment with the most members.
fn biggest_segment(sandbox: &Sandbox) -> (String, BTreeSet<String>) {
    let uuid = column(
        sandbox,
        "SELECT s.uuid FROM segments s JOIN memberships m ON m.segment_id = s.id \
         GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1",
    )
    .pop_first()
    .expect("the sandbox has a segment with members");
    let members = column(
        sandbox,
        &format!(
            "SELECT c.uuid FROM contacts c JOIN memberships m ON m.contact_id = c.id \
             JOIN segments s ON s.id = m.segment_id WHERE s.uuid = '{uuid}'"
        ),
    );
    (uuid, members)
}

/// Returns the folder of the only job in the state folder.
pub fn only_job(env: &Env) -> PathBuf {
    let jobs: Vec<PathBuf> = std::fs::read_dir(env.state_dir().join("jobs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(jobs.len(), 1, "expected one job: {jobs:?}");
    jobs.into_iter().next().unwrap()
}

/// Reads the whole receipt lines of a job.
pub fn receipts(job: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(job.join("receipts.ndjson")).unwrap_or_default();
    text.lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

/// Counts receipt lines of every job, without parsing them.
fn receipt_lines(env: &Env) -> usize {
    let Ok(entries) = std::fs::read_dir(env.state_dir().join("jobs")) else {
        return 0;
    };
    entries
        .map(|entry| {
            std::fs::read_to_string(entry.unwrap().path().join("receipts.ndjson"))
                .unwrap_or_default()
        })
        .map(|text| text.lines().count())
        .sum()
}

/// Waits until the running job has at least `count` receipts. The limit only keeps a
/// broken build from hanging the suite.
fn wait_for_receipts(env: &Env, child: &mut Child, count: usize) {
    let started = Instant::now();
    while receipt_lines(env) < count {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the job ended before {count} receipts"
        );
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "no {count} receipts after 300 s"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Writes the uuids of every contact with an even id to an ids file, and returns them.
fn even_contacts_file(env: &Env, sandbox: &Sandbox) -> (PathBuf, BTreeSet<String>) {
    let uuids = column(sandbox, "SELECT uuid FROM contacts WHERE id % 2 = 0");
    let path = env.path("even.txt");
    let text: Vec<&str> = uuids.iter().map(String::as_str).collect();
    std::fs::write(&path, text.join("\n")).unwrap();
    (path, uuids)
}

fn spawn_delete(env: &Env, sandbox: &Sandbox, ids_file: &Path) -> Child {
    env.process()
        .env("REFINER_API_URL", &sandbox.url)
        .env("REFINER_API_KEY", &sandbox.key)
        .args([
            "users",
            "delete",
            "--yes",
            "--max-rps",
            "150",
            "--concurrency",
            "4",
            "--ids-file",
        ])
        .arg(ids_file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Deletes the even contacts of a fresh sandbox without interruption, and returns the
/// uuids left.
fn uninterrupted_result(contacts: usize) -> BTreeSet<String> {
    let sandbox = Sandbox::start(contacts, &[]);
    let env = Env::new();
    let (file, _) = even_contacts_file(&env, &sandbox);
    let out = run(env
        .cmd(&sandbox)
        .args([
            "users",
            "delete",
            "--yes",
            "--max-rps",
            "1000",
            "--concurrency",
            "16",
            "--ids-file",
        ])
        .arg(&file));
    assert_eq!(out.code, 0, "{out:?}");
    column(&sandbox, "SELECT uuid FROM contacts")
}

#[test]
fn segment_delete_across_small_pages() {
    let sandbox = Sandbox::start(400, &["--page-length", "10"]);
    let env = Env::new();
    let everyone = column(&sandbox, "SELECT uuid FROM contacts");
    let (segment, members) = biggest_segment(&sandbox);
    assert!(
        members.len() > 30,
        "the segment spans several pages of 7: {} members",
        members.len()
    );

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--segment", &segment, "--yes"])
        .env("REFINER_PAGE_LENGTH", "7"));

    assert_eq!(out.code, 0, "{out:?}");
    let left = column(&sandbox, "SELECT uuid FROM contacts");
    let expected: BTreeSet<String> = everyone.difference(&members).cloned().collect();
    assert!(left.is_disjoint(&members), "no member survives: {out:?}");
    assert_eq!(left, expected, "nobody outside the segment is touched");
    assert!(
        out.stderr
            .contains("Verified by a fresh listing of the segment"),
        "{out:?}"
    );
    assert!(
        out.stderr.contains(&format!(
            "{} deleted, 0 already absent, 0 failed, 0 skipped",
            members.len()
        )),
        "{out:?}"
    );
}

/// The client requests 1,000 items a page here, so the sandbox's `--page-length 10` (its
/// default for requests without one) does not apply. A server that clamps `page_length`
/// is covered by the pager's unit tests.
#[test]
fn segment_delete_with_full_pages() {
    let sandbox = Sandbox::start(400, &["--page-length", "10"]);
    let env = Env::new();
    let everyone = column(&sandbox, "SELECT uuid FROM contacts");
    let (segment, members) = biggest_segment(&sandbox);

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--segment", &segment, "--yes"]));

    assert_eq!(out.code, 0, "{out:?}");
    let left = column(&sandbox, "SELECT uuid FROM contacts");
    let expected: BTreeSet<String> = everyone.difference(&members).cloned().collect();
    assert_eq!(left, expected, "{out:?}");
}

#[test]
fn faulty_server_deletes_each_once() {
    let faults = "500=0.05,503=0.05,429=0.05,drop=0.05";
    let sandbox = Sandbox::start(2000, &["--faults", faults]);
    let env = Env::new();
    let everyone = column(&sandbox, "SELECT uuid FROM contacts");
    assert_eq!(everyone.len(), 2000);
    let name = project_name(&sandbox);

    let out = run(env.cmd(&sandbox).args([
        "environment",
        "purge",
        "--confirm",
        &name,
        "--yes",
        "--max-rps",
        "1000",
        "--concurrency",
        "16",
        "-o",
        "json",
    ]));

    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), 0, "{out:?}");
    assert!(
        out.stderr.contains("retrying DELETE /contact"),
        "faults were injected: {out:?}"
    );
    let summary = json(&out);
    assert_eq!(summary["counts"]["deleted"], 2000, "{out:?}");
    assert_eq!(
        summary["counts"]["already_absent"], 0,
        "the sandbox drops before deleting: {out:?}"
    );
    assert_eq!(summary["counts"]["failed"], 0, "{out:?}");
    assert_eq!(summary["survivors"], 0, "{out:?}");

    let receipts = receipts(&only_job(&env));
    let receipted: BTreeSet<String> = receipts
        .iter()
        .map(|r| r["uuid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(receipts.len(), 2000, "one receipt per target");
    assert_eq!(receipted, everyone, "every contact has its receipt");
    assert!(
        receipts.iter().all(|r| r["status"] == "deleted"),
        "every receipt says deleted"
    );
}

/// Sends a signal to a running child with `kill`.
fn send_signal(child: &Child, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill {signal} failed");
}

#[cfg(unix)]
#[test]
fn interrupt_then_resume_matches_full_run() {
    let expected = uninterrupted_result(1600);
    let sandbox = Sandbox::start(1600, &[]);
    let env = Env::new();
    let (file, targets) = even_contacts_file(&env, &sandbox);
    let before = sandbox.count("SELECT COUNT(*) FROM contacts");

    let mut child = spawn_delete(&env, &sandbox, &file);
    wait_for_receipts(&env, &mut child, 200);
    send_signal(&child, "-INT");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);

    assert_eq!(output.status.code(), Some(130), "{stderr}");
    let job = only_job(&env);
    let job_id = job.file_name().unwrap().to_string_lossy().to_string();
    assert!(
        stderr.contains(&format!("refinerctl jobs resume {job_id}")),
        "{stderr}"
    );
    let done = receipts(&job).len();
    assert!(
        done < targets.len(),
        "stopped before the end: {done} receipts"
    );
    let deleted = (before - sandbox.count("SELECT COUNT(*) FROM contacts")) as usize;
    assert_eq!(
        deleted, done,
        "in-flight deletes finished with receipts, no new one started"
    );

    let unconfirmed = run(env.cmd(&sandbox).args(["jobs", "resume", "--last"]));
    assert_eq!(unconfirmed.code, 3, "{unconfirmed:?}");
    assert!(
        unconfirmed.stderr.contains("Environment:"),
        "the banner is printed: {unconfirmed:?}"
    );
    assert_eq!(
        (before - sandbox.count("SELECT COUNT(*) FROM contacts")) as usize,
        done
    );

    let resumed = run(env
        .cmd(&sandbox)
        .args(["jobs", "resume", "--last", "--yes"]));
    assert_eq!(resumed.code, 0, "{resumed:?}");
    assert!(
        resumed
            .stderr
            .contains(&format!("Users:       {}", targets.len() - done)),
        "{resumed:?}"
    );
    assert_eq!(column(&sandbox, "SELECT uuid FROM contacts"), expected);
}

#[test]
fn kill_then_resume_matches_full_run() {
    let expected = uninterrupted_result(1600);
    let sandbox = Sandbox::start(1600, &[]);
    let env = Env::new();
    let (file, targets) = even_contacts_file(&env, &sandbox);

    let mut child = spawn_delete(&env, &sandbox, &file);
    wait_for_receipts(&env, &mut child, 300);
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), None, "ended by SIGKILL");
    let done = receipts(&only_job(&env)).len();
    assert!(
        done < targets.len(),
        "killed before the end: {done} receipts"
    );

    let resumed = run(env
        .cmd(&sandbox)
        .args(["jobs", "resume", "--last", "--yes", "-o", "json"]));

    assert_eq!(resumed.code, 0, "{resumed:?}");
    assert_eq!(column(&sandbox, "SELECT uuid FROM contacts"), expected);
    let summary = json(&resumed);
    let counts = &summary["counts"];
    let finished = counts["deleted"].as_u64().unwrap() + counts["already_absent"].as_u64().unwrap();
    assert_eq!(finished as usize, targets.len(), "{resumed:?}");
    assert_eq!(counts["failed"], 0, "{resumed:?}");
    assert_eq!(counts["pending"], 0, "{resumed:?}");
}

#[test]
fn ids_file_with_bom_crlf_and_unknowns() {
    let sandbox = Sandbox::start(50, &[]);
    let env = Env::new();
    let ids: Vec<String> = column(
        &sandbox,
        "SELECT remote_id FROM contacts WHERE remote_id IS NOT NULL AND remote_id NOT LIKE '%@%' ORDER BY id LIMIT 2",
    )
    .into_iter()
    .collect();
    let file = env.path("ids.txt");
    let text = format!(
        "\u{feff}{first}\r\n\r\n  {second}  \r\n{first}\r\nno-such-user-1\r\nghost@example.com\r\n\r\n",
        first = ids[0],
        second = ids[1]
    );
    std::fs::write(&file, text).unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--yes", "--ids-file"])
        .arg(&file));

    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr.contains("no user found for") && out.stderr.contains("no-such-user-1"),
        "{out:?}"
    );
    assert!(out.stderr.contains("ghost@example.com"), "{out:?}");
    assert!(
        out.stderr
            .contains("2 deleted, 0 already absent, 0 failed, 0 skipped"),
        "{out:?}"
    );
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), 48);
    for id in &ids {
        let left = sandbox.count(&format!(
            "SELECT COUNT(*) FROM contacts WHERE remote_id = '{id}'"
        ));
        assert_eq!(left, 0, "{id} is deleted");
    }
}

#[test]
fn ids_file_malformed_line_deletes_nothing() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let file = env.path("ids.txt");
    let uuid = column(&sandbox, "SELECT uuid FROM contacts ORDER BY id LIMIT 1")
        .pop_first()
        .unwrap();
    std::fs::write(&file, format!("{uuid}\r\nuser-x\r\n\r\nbroken@\r\n")).unwrap();

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--yes", "--ids-file"])
        .arg(&file));

    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("line 4"), "{out:?}");
    assert!(!out.stderr.contains("line 2"), "{out:?}");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), 20);
    assert!(!env.state_dir().join("jobs").exists(), "no job was planned");
}

#[test]
fn purge_empties_environment_and_records_job() {
    let sandbox = Sandbox::start(120, &[]);
    let env = Env::new();
    assert!(
        sandbox.count("SELECT COUNT(*) FROM responses") > 0,
        "the seed has responses"
    );
    let name = project_name(&sandbox);

    let out = run(env
        .cmd(&sandbox)
        .args(["environment", "purge", "--confirm", &name, "--yes"]));

    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM contacts"), 0);
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM responses"), 0);
    assert_eq!(sandbox.count("SELECT COUNT(*) FROM memberships"), 0);
    assert!(
        out.stderr
            .contains("Verified by a fresh listing of the environment"),
        "{out:?}"
    );

    let listed = run(env.bare().args(["jobs", "list", "-o", "json"]));
    assert_eq!(listed.code, 0, "{listed:?}");
    let jobs = json(&listed);
    assert_eq!(jobs.as_array().unwrap().len(), 1, "{listed:?}");
    assert_eq!(jobs[0]["kind"], "environment-purge");
    assert_eq!(jobs[0]["state"], "done");
    assert_eq!(jobs[0]["environment"]["name"], name.as_str());
    assert_eq!(jobs[0]["counts"]["deleted"], 120);

    let job_id = jobs[0]["job_id"].as_str().unwrap();
    let show = run(env.bare().args(["jobs", "show", job_id, "-o", "json"]));
    assert_eq!(show.code, 0, "{show:?}");
    let document = json(&show);
    let items = document["items"].as_array().unwrap();
    assert_eq!(items.len(), 120);
    assert!(
        items.iter().all(|item| item["status"] == "deleted"),
        "{show:?}"
    );
    assert_eq!(document["counts"]["failed"], 0);
    assert_eq!(document["last_run"]["survivors"], 0);

    let table = run(env.bare().args(["jobs", "list"]));
    assert_eq!(table.code, 0, "{table:?}");
    assert!(table.stdout.contains(job_id), "{table:?}");
    assert!(table.stdout.contains("done"), "{table:?}");
}

#[cfg(unix)]
#[test]
fn second_interrupt_keeps_files_whole() {
    let sandbox = Sandbox::start(1600, &[]);
    let env = Env::new();
    let (file, targets) = even_contacts_file(&env, &sandbox);

    let mut child = spawn_delete(&env, &sandbox, &file);
    wait_for_receipts(&env, &mut child, 200);
    send_signal(&child, "-INT");
    send_signal(&child, "-INT");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);

    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("Interrupted again: exiting now"),
        "{stderr}"
    );
    let job = only_job(&env);
    let text = std::fs::read_to_string(job.join("receipts.ndjson")).unwrap();
    assert!(text.ends_with('\n'), "the last receipt is a whole line");
    for line in text.lines() {
        assert!(
            serde_json::from_str::<Value>(line).is_ok(),
            "torn receipt line: {line}"
        );
    }
    let plan: Value =
        serde_json::from_slice(&std::fs::read(job.join("plan.json")).unwrap()).unwrap();
    assert_eq!(plan["target_count"], targets.len());

    let resumed = run(env
        .cmd(&sandbox)
        .args(["jobs", "resume", "--last", "--yes"]));
    assert_eq!(resumed.code, 0, "{resumed:?}");
    let left = column(&sandbox, "SELECT uuid FROM contacts");
    assert!(left.is_disjoint(&targets), "every target is deleted");
    assert_eq!(left.len(), 800, "nobody else is deleted");
}

#[cfg(unix)]
#[test]
fn terminate_stops_like_interrupt() {
    let sandbox = Sandbox::start(1600, &[]);
    let env = Env::new();
    let (file, targets) = even_contacts_file(&env, &sandbox);
    let before = sandbox.count("SELECT COUNT(*) FROM contacts");

    let mut child = spawn_delete(&env, &sandbox, &file);
    wait_for_receipts(&env, &mut child, 200);
    send_signal(&child, "-TERM");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);

    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("Interrupted. Finish with: refinerctl jobs resume"),
        "{stderr}"
    );
    let done = receipts(&only_job(&env)).len();
    assert!(
        done < targets.len(),
        "stopped before the end: {done} receipts"
    );
    let deleted = (before - sandbox.count("SELECT COUNT(*) FROM contacts")) as usize;
    assert_eq!(deleted, done, "every delete that ran has its receipt");
}
