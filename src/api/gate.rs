//! Pacing shared by every request of one client: a fixed interval between request starts,
//! and a pause that a 429 imposes on all workers at once.

use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::Instant;

pub struct Gate {
    state: Mutex<GateState>,
}

struct GateState {
    interval: Duration,
    next_start: Instant,
    paused_until: Instant,
}

impl Gate {
    /// Creates a gate that lets at most `max_rps` requests start per second. Zero or less
    /// means no pacing.
    pub fn new(max_rps: f64) -> Gate {
        let interval = if max_rps > 0.0 && max_rps.is_finite() {
            Duration::from_secs_f64(1.0 / max_rps)
        } else {
            Duration::ZERO
        };
        let now = Instant::now();
        Gate {
            state: Mutex::new(GateState {
                interval,
                next_start: now,
                paused_until: now,
            }),
        }
    }

    /// Waits for this caller's start slot. Slots are handed out in call order, so workers
    /// share the rate fairly.
    pub async fn acquire(&self) {
        let start = {
            let mut state = self.state.lock().await;
            let now = Instant::now();
            let start = now.max(state.next_start).max(state.paused_until);
            state.next_start = start + state.interval;
            start
        };
        tokio::time::sleep_until(start).await;
    }

    /// Holds every caller back until `wait` has passed, for example after a 429.
    pub async fn pause(&self, wait: Duration) {
        let mut state = self.state.lock().await;
        let until = Instant::now() + wait;
        if until > state.paused_until {
            state.paused_until = until;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn spaces_starts_by_interval() {
        let gate = Gate::new(10.0);
        let begin = Instant::now();
        for _ in 0..5 {
            gate.acquire().await;
        }
        let elapsed = begin.elapsed();
        assert_eq!(elapsed, Duration::from_millis(400));
    }

    #[tokio::test(start_paused = true)]
    async fn pause_delays_next_start() {
        let gate = Gate::new(0.0);
        gate.pause(Duration::from_secs(3)).await;
        let begin = Instant::now();
        gate.acquire().await;
        assert_eq!(begin.elapsed(), Duration::from_secs(3));
    }
}
