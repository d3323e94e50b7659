//! Sliding-window rate limits: one window for the API key and one per user identifier.
//!
//! Each window keeps the instants of the requests it admitted during the last minute. A
//! request is admitted only when every window it belongs to has room, and a rejected
//! request does not use up quota.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use super::RateLimits;

const WINDOW: Duration = Duration::from_secs(60);

/// Number of checks between sweeps that drop idle user windows, so that a run over many
/// users does not keep one window per user for ever.
const SWEEP_EVERY: u32 = 4096;

/// The state of both limits.
pub struct RateLimiter {
    limits: RateLimits,
    key_window: VecDeque<Instant>,
    user_windows: HashMap<String, VecDeque<Instant>>,
    checks_since_sweep: u32,
}

impl RateLimiter {
    pub fn new(limits: RateLimits) -> RateLimiter {
        RateLimiter {
            limits,
            key_window: VecDeque::new(),
            user_windows: HashMap::new(),
            checks_since_sweep: 0,
        }
    }

    /// Admits a request that names `users` (values of `id`, `email` or `uuid`, prefixed
    /// with the parameter name), or returns how long to wait before retrying.
    pub fn check(&mut self, users: &[String], now: Instant) -> Result<(), Duration> {
        self.sweep_if_due(now);
        let mut wait = wait_time(&mut self.key_window, self.limits.per_key_per_minute, now);
        for user in users {
            let window = self.user_windows.entry(user.clone()).or_default();
            let user_wait = wait_time(window, self.limits.per_user_per_minute, now);
            wait = wait.max(user_wait);
        }
        if let Some(wait) = wait {
            return Err(wait);
        }
        self.key_window.push_back(now);
        for user in users {
            if let Some(window) = self.user_windows.get_mut(user) {
                window.push_back(now);
            }
        }
        Ok(())
    }

    fn sweep_if_due(&mut self, now: Instant) {
        self.checks_since_sweep += 1;
        if self.checks_since_sweep < SWEEP_EVERY {
            return;
        }
        self.checks_since_sweep = 0;
        self.user_windows.retain(|_, window| {
            window
                .back()
                .is_some_and(|last| now.saturating_duration_since(*last) < WINDOW)
        });
    }
}

/// Drops instants older than the window, then returns `None` when the window has room
/// or the time until its oldest admitted request leaves it.
fn wait_time(window: &mut VecDeque<Instant>, limit: u32, now: Instant) -> Option<Duration> {
    while window
        .front()
        .is_some_and(|first| now.saturating_duration_since(*first) >= WINDOW)
    {
        window.pop_front();
    }
    if window.len() < limit as usize {
        return None;
    }
    let oldest = window.front().copied().unwrap_or(now);
    Some(WINDOW.saturating_sub(now.saturating_duration_since(oldest)))
}

/// Formats a wait as the whole seconds of a `Retry-After` header, rounded up, at least 1.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    seconds.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter(per_key: u32, per_user: u32) -> RateLimiter {
        RateLimiter::new(RateLimits {
            per_key_per_minute: per_key,
            per_user_per_minute: per_user,
        })
    }

    #[test]
    fn key_limit_rejects_until_the_window_moves() {
        let mut limiter = limiter(3, 100);
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check(&[], start), Ok(()));
        }
        let wait = limiter
            .check(&[], start + Duration::from_secs(20))
            .unwrap_err();
        assert_eq!(wait, Duration::from_secs(40));
        assert_eq!(limiter.check(&[], start + WINDOW), Ok(()));
    }

    #[test]
    fn user_limit_is_per_identifier() {
        let mut limiter = limiter(100, 2);
        let now = Instant::now();
        let ann = vec!["id:ann".to_string()];
        let bob = vec!["id:bob".to_string()];
        assert_eq!(limiter.check(&ann, now), Ok(()));
        assert_eq!(limiter.check(&ann, now), Ok(()));
        assert!(limiter.check(&ann, now).is_err());
        assert_eq!(limiter.check(&bob, now), Ok(()));
    }

    #[test]
    fn rejected_requests_use_no_quota() {
        let mut limiter = limiter(100, 1);
        let now = Instant::now();
        let ann = vec!["id:ann".to_string()];
        assert_eq!(limiter.check(&ann, now), Ok(()));
        for _ in 0..5 {
            assert!(limiter.check(&ann, now).is_err());
        }
        assert_eq!(limiter.key_window.len(), 1);
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_seconds(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_seconds(Duration::from_secs(40)), 40);
        assert_eq!(retry_after_seconds(Duration::ZERO), 1);
    }
}
