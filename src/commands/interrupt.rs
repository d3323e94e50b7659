//! Ctrl-C during a job: the first SIGINT or SIGTERM stops new deletes, the second exits at
//! once with code 130.
//!
//! Exiting at once cannot corrupt a job: each receipt is one whole line appended with a
//! single write, and the plan and result files are replaced atomically.

use crate::exit::Code;
use crate::output::Progress;
use anyhow::{Context as _, Result};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::task::JoinHandle;

/// Watches for interruptions until the returned task is aborted.
pub fn watch(stop: Arc<AtomicBool>, progress: Progress, job_id: &str) -> Result<JoinHandle<()>> {
    let mut signals = Signals::new().context("could not install the Ctrl-C handler")?;
    let resume = format!("refinerctl jobs resume {job_id}");
    Ok(tokio::spawn(async move {
        signals.next().await;
        stop.store(true, Ordering::SeqCst);
        progress.println("Interrupted: finishing the deletes in flight, starting no new one (press Ctrl-C again to exit at once).");
        signals.next().await;
        progress.println(&format!("Interrupted again: exiting now. Every finished delete has its receipt. Finish with: {resume}"));
        std::process::exit(Code::Interrupted as i32);
    }))
}

#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    async fn next(&mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn new() -> std::io::Result<Signals> {
        Ok(Signals)
    }

    async fn next(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}
