//! Deletion jobs: a plan written before the first delete, a receipt line per item,
//! concurrent deletes behind the client's shared gate, and a verification pass.
//!
//! Layout of a job folder `<state dir>/jobs/<job id>/`: `plan.json` (the full target set
//! and where it applies) and `receipts.ndjson` (one line per finished item, appended and
//! flushed as each completes).

pub mod engine;
pub mod plan;
pub mod receipts;

pub use engine::{run_job, JobSummary};
pub use plan::{Plan, Target};
pub use receipts::{Receipt, ReceiptStatus};

use std::path::{Path, PathBuf};

/// Returns the folder that holds every job.
pub fn jobs_dir(state_dir: &Path) -> PathBuf {
    state_dir.join("jobs")
}
