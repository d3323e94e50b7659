//! Progress reporting: an indicatif bar on a terminal, or a plain line at most every 10
//! seconds when stderr is a file, a pipe or a CI log.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Interval between plain progress lines.
const LINE_INTERVAL: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct Progress {
    kind: Arc<Kind>,
}

enum Kind {
    Hidden,
    Bar(ProgressBar),
    Lines(LineProgress),
}

/// State of the plain-line reporter.
pub struct LineProgress {
    label: String,
    total: Option<u64>,
    state: Mutex<LineState>,
}

struct LineState {
    done: u64,
    /// Items done before this run started; they count towards the total but not the rate.
    skipped: u64,
    started: Instant,
    last_line: Instant,
}

impl Progress {
    pub fn hidden() -> Progress {
        Progress {
            kind: Arc::new(Kind::Hidden),
        }
    }

    pub fn bar(label: &str, total: Option<u64>) -> Progress {
        let bar = match total {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        let template = if total.is_some() {
            "{prefix} [{bar:30}] {pos}/{len} {per_sec} eta {eta} {msg}"
        } else {
            "{prefix} {spinner} {pos} {per_sec} {msg}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(label.to_string());
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress {
            kind: Arc::new(Kind::Bar(bar)),
        }
    }

    pub fn lines(label: &str, total: Option<u64>) -> Progress {
        let now = Instant::now();
        Progress {
            kind: Arc::new(Kind::Lines(LineProgress {
                label: label.to_string(),
                total,
                state: Mutex::new(LineState {
                    done: 0,
                    skipped: 0,
                    started: now,
                    last_line: now,
                }),
            })),
        }
    }

    pub fn inc(&self, count: u64) {
        match self.kind.as_ref() {
            Kind::Hidden => {}
            Kind::Bar(bar) => bar.inc(count),
            Kind::Lines(lines) => lines.inc(count),
        }
    }

    /// Counts `count` items as done before this run, so that they do not inflate the rate
    /// and the estimated time left.
    pub fn skip(&self, count: u64) {
        match self.kind.as_ref() {
            Kind::Hidden => {}
            Kind::Bar(bar) => {
                bar.inc(count);
                bar.reset_eta();
            }
            Kind::Lines(lines) => {
                let mut state = lines.state.lock().unwrap_or_else(|e| e.into_inner());
                state.done += count;
                state.skipped += count;
            }
        }
    }

    /// Prints a line (a retry notice, a warning) without breaking the bar.
    pub fn println(&self, line: &str) {
        match self.kind.as_ref() {
            Kind::Bar(bar) => bar.suspend(|| eprintln!("{line}")),
            _ => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) {
        if let Kind::Bar(bar) = self.kind.as_ref() {
            bar.finish_and_clear();
        }
    }
}

impl LineProgress {
    fn inc(&self, count: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.done += count;
        if state.last_line.elapsed() < LINE_INTERVAL {
            return;
        }
        state.last_line = Instant::now();
        let seconds = state.started.elapsed().as_secs_f64().max(0.001);
        let rate = (state.done - state.skipped) as f64 / seconds;
        match self.total {
            Some(total) => {
                let left = total.saturating_sub(state.done) as f64;
                let eta = if rate > 0.0 {
                    format!(", about {:.0}s left", left / rate)
                } else {
                    String::new()
                };
                eprintln!(
                    "{}: {}/{} ({rate:.1}/s{eta})",
                    self.label, state.done, total
                );
            }
            None => eprintln!("{}: {} ({rate:.1}/s)", self.label, state.done),
        }
    }
}
