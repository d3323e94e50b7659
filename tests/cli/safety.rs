//! The guards of destructive commands, each with its exit code and nothing deleted:
//! `--max-delete`, `--dry-run`, no terminal without `--yes`, `--confirm` names, protected
//! profiles, and resuming a plan against another environment.

use crate::jobs::{column, only_job, project_name};
use crate::support::{json, run, Env, Sandbox};

fn contacts(sandbox: &Sandbox) -> i64 {
    sandbox.count("SELECT COUNT(*) FROM contacts")
}

fn first_uuids(sandbox: &Sandbox, count: usize) -> Vec<String> {
    column(
        sandbox,
        &format!("SELECT uuid FROM contacts ORDER BY id LIMIT {count}"),
    )
    .into_iter()
    .collect()
}

#[test]
fn max_delete_exceeded_exits_6() {
    let sandbox = Sandbox::start(40, &[]);
    let env = Env::new();
    let uuids = first_uuids(&sandbox, 3);

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--yes", "--max-delete", "2"])
        .args(&uuids));

    assert_eq!(out.code, 6, "{out:?}");
    assert!(
        out.stderr
            .contains("3 users are selected, more than --max-delete 2"),
        "{out:?}"
    );
    assert!(out.stderr.contains("hint:"), "{out:?}");
    assert_eq!(contacts(&sandbox), 40);
    assert!(!env.state_dir().join("jobs").exists(), "no job was planned");
}

#[test]
fn default_max_delete_is_1000() {
    let sandbox = Sandbox::start(1010, &[]);
    let env = Env::new();

    // Every contact uuid contains `-`, so this search selects the whole environment.
    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--search=-", "--yes"]));

    assert_eq!(out.code, 6, "{out:?}");
    assert!(
        out.stderr.contains("more than --max-delete 1000"),
        "{out:?}"
    );
    assert_eq!(contacts(&sandbox), 1010);
}

#[test]
fn dry_run_prints_plan_and_deletes_nothing() {
    let sandbox = Sandbox::start(30, &[]);
    let env = Env::new();
    let uuids = first_uuids(&sandbox, 4);

    let out = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--dry-run", "-o", "json"])
        .args(&uuids));

    assert_eq!(out.code, 0, "{out:?}");
    let listed: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["uuid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, uuids, "the plan lists every target");
    assert!(
        out.stderr
            .contains("Dry run: 4 users would be deleted. Nothing was deleted."),
        "{out:?}"
    );
    assert_eq!(contacts(&sandbox), 30);
    assert!(!env.state_dir().join("jobs").exists(), "no job was planned");
}

#[test]
fn no_terminal_without_yes_exits_3() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let uuids = first_uuids(&sandbox, 2);

    let out = run(env.cmd(&sandbox).args(["users", "delete"]).args(&uuids));

    assert_eq!(out.code, 3, "{out:?}");
    assert!(
        out.stderr.contains("no terminal, and --yes was not given"),
        "{out:?}"
    );
    assert!(
        out.stderr.contains("Users:       2"),
        "the banner shows the count: {out:?}"
    );
    assert_eq!(contacts(&sandbox), 20);
}

#[test]
fn purge_with_wrong_name_exits_6() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let name = project_name(&sandbox);

    let wrong =
        run(env
            .cmd(&sandbox)
            .args(["environment", "purge", "--confirm", "Not the one", "--yes"]));
    assert_eq!(wrong.code, 6, "{wrong:?}");
    assert!(
        wrong
            .stderr
            .contains(&format!("does not match the environment `{name}`")),
        "{wrong:?}"
    );

    let missing = run(env.cmd(&sandbox).args(["environment", "purge", "--yes"]));
    assert_eq!(missing.code, 6, "{missing:?}");
    assert!(
        missing
            .stderr
            .contains("--confirm <environment name> is required"),
        "{missing:?}"
    );

    let max = run(env.cmd(&sandbox).args([
        "environment",
        "purge",
        "--confirm",
        &name,
        "--yes",
        "--max-delete",
        "5",
    ]));
    assert_eq!(
        max.code, 6,
        "--max-delete still applies to a purge: {max:?}"
    );

    assert_eq!(contacts(&sandbox), 20);
}

#[cfg(unix)]
#[test]
fn protected_profile_requires_confirm() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    write_protected_config(&env);
    let uuids = first_uuids(&sandbox, 1);
    let name = project_name(&sandbox);

    let refused = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--yes"])
        .args(&uuids));
    assert_eq!(refused.code, 6, "{refused:?}");
    assert!(
        refused.stderr.contains("the profile is protected"),
        "{refused:?}"
    );
    assert_eq!(contacts(&sandbox), 20);

    let confirmed = run(env
        .cmd(&sandbox)
        .args(["users", "delete", "--yes", "--confirm", &name])
        .args(&uuids));
    assert_eq!(confirmed.code, 0, "{confirmed:?}");
    assert_eq!(contacts(&sandbox), 19);
}

#[cfg(unix)]
fn write_protected_config(env: &Env) {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .mode(0o700)
        .recursive(true)
        .create(env.config_dir())
        .unwrap();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(env.config_dir().join("config.toml"))
        .unwrap();
    std::io::Write::write_all(&mut file, b"[profiles.default]\nprotected = true\n").unwrap();
}

#[test]
fn resume_on_other_environment_exits_6() {
    let planned = Sandbox::start(20, &[]);
    let other = Sandbox::start(20, &[]);
    let env = Env::new();
    let uuids = first_uuids(&planned, 2);
    let done = run(env
        .cmd(&planned)
        .args(["users", "delete", "--yes"])
        .args(&uuids));
    assert_eq!(done.code, 0, "{done:?}");
    // An empty receipt file is what a crash before the first receipt leaves, so every
    // target would be deleted again. The other sandbox has the same seed and uuids.
    let job = only_job(&env);
    std::fs::write(job.join("receipts.ndjson"), "").unwrap();
    let job_id = job.file_name().unwrap().to_string_lossy().to_string();
    assert_eq!(
        first_uuids(&other, 2),
        uuids,
        "both sandboxes hold the targets"
    );

    let out = run(env.cmd(&other).args(["jobs", "resume", &job_id, "--yes"]));

    assert_eq!(out.code, 6, "{out:?}");
    assert!(
        out.stderr.contains("was planned for environment"),
        "{out:?}"
    );
    assert_eq!(
        contacts(&other),
        20,
        "nothing deleted in the other environment"
    );

    let back = run(env.cmd(&planned).args(["jobs", "resume", &job_id, "--yes"]));
    assert_eq!(back.code, 0, "{back:?}");
    assert!(
        back.stderr.contains("0 deleted, 2 already absent"),
        "{back:?}"
    );
}
