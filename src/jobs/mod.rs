//! Deletion jobs: a plan written before the first delete, a receipt line per item,
//! concurrent deletes behind the client's shared gate, and a verification pass.
//!
//! A job folder `<state dir>/jobs/<job id>/` contains three files. `plan.json` is the
//! full target set and where it applies, written atomically. `receipts.ndjson` has one
//! line per finished item, appended with one write as each completes. `result.json` is the
//! summary of the last run, written atomically.

pub mod engine;
pub mod hook;
pub mod plan;
pub mod receipts;
pub mod store;
pub mod verify;

pub use engine::{run_job, Counts, JobSummary};
pub use hook::BeforeDelete;
pub use plan::{Plan, Target};
pub use receipts::{Receipt, ReceiptStatus};
pub use store::{JobState, StoredJob};

use std::path::{Path, PathBuf};

/// Returns the folder that contains every job.
pub fn jobs_dir(state_dir: &Path) -> PathBuf {
    state_dir.join("jobs")
}

#[cfg(test)]
mod tests;
