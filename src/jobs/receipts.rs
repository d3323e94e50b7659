//! Receipts: one NDJSON line per finished item, appended and flushed as it completes, so
//! that a crash loses at most the items in flight.

use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptStatus {
    Deleted,
    /// The API returned 404: nothing was left to delete.
    AlreadyAbsent,
    Failed,
    Skipped,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Receipt {
    pub uuid: String,
    pub status: ReceiptStatus,
    pub attempts: u32,
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The error of a failed item, or the reason an item was skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Appends receipts to `receipts.ndjson`.
pub struct ReceiptLog {
    file: Mutex<File>,
}

pub fn receipts_path(job_dir: &Path) -> PathBuf {
    job_dir.join("receipts.ndjson")
}

impl ReceiptLog {
    pub fn open(job_dir: &Path) -> Result<ReceiptLog> {
        let path = receipts_path(job_dir);
        let mut options = OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(&path)
            .with_context(|| format!("could not open the receipts {}", path.display()))?;
        // A crash mid-write can leave a torn last line; end it so that the next receipt
        // starts on a line of its own.
        if !ends_with_newline(&path)? {
            file.write_all(b"\n")?;
        }
        Ok(ReceiptLog {
            file: Mutex::new(file),
        })
    }

    /// Appends one receipt as a single write, so that lines never interleave.
    pub fn append(&self, receipt: &Receipt) -> Result<()> {
        let mut line = serde_json::to_vec(receipt)?;
        line.push(b'\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.write_all(&line)
            .context("could not append a receipt")?;
        file.flush()?;
        Ok(())
    }

    pub fn sync(&self) -> Result<()> {
        let file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.sync_all().context("could not sync the receipts")
    }
}

fn ends_with_newline(path: &Path) -> Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = File::open(path)?;
    if file.metadata()?.len() == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Reads every receipt of a job. A torn last line (from a crash mid-write) is ignored.
pub fn read_receipts(job_dir: &Path) -> Result<Vec<Receipt>> {
    let path = receipts_path(job_dir);
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(error).with_context(|| format!("could not read {}", path.display()))
        }
    };
    let mut receipts = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if let Ok(receipt) = serde_json::from_str::<Receipt>(&line) {
            receipts.push(receipt);
        }
    }
    Ok(receipts)
}

/// Returns the latest receipt of each uuid.
pub fn latest_by_uuid(receipts: &[Receipt]) -> HashMap<&str, &Receipt> {
    let mut latest = HashMap::new();
    for receipt in receipts {
        latest.insert(receipt.uuid.as_str(), receipt);
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn torn_last_line_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let log = ReceiptLog::open(dir.path()).unwrap();
        let receipt = Receipt {
            uuid: "u1".into(),
            status: ReceiptStatus::Deleted,
            attempts: 1,
            at: Utc::now(),
            identifier: None,
            detail: None,
        };
        log.append(&receipt).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(receipts_path(dir.path()))
            .unwrap()
            .write_all(b"{\"uuid\":\"u2\",\"sta")
            .unwrap();
        let reopened = ReceiptLog::open(dir.path()).unwrap();
        reopened
            .append(&Receipt {
                uuid: "u3".into(),
                ..receipt.clone()
            })
            .unwrap();
        let receipts = read_receipts(dir.path()).unwrap();
        assert_eq!(receipts.len(), 2);
        assert_eq!(receipts[1].uuid, "u3");
        assert_eq!(receipts[0].uuid, "u1");
        assert_eq!(receipts[0].status, ReceiptStatus::Deleted);
    }
}
