//! Exit codes and the one place where an error becomes text on stderr and a code.

use crate::api::ApiError;
use std::fmt;

/// The documented exit codes (`refinerctl help exit-codes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Success = 0,
    Failure = 1,
    Usage = 2,
    NotConfirmed = 3,
    Auth = 4,
    Partial = 5,
    Refused = 6,
    GaveUp = 7,
    AuditFound = 8,
    Interrupted = 130,
}

/// Table shown by `refinerctl help exit-codes` and in the man page.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success, including an empty selection and a dry run
  1    failure: API, network, unexpected response, I/O
  2    usage or configuration error
  3    not confirmed: declined at the prompt, or no terminal and no --yes
  4    authentication or permission failure (missing key, 401, 403)
  5    partial failure: some items failed; the job receipt names them
  6    refused by a safety guard (protected profile without --confirm, --max-delete exceeded,
       plan for another environment, mass deletion)
  7    gave up on transient errors (retry budget or timeout exhausted); the job is resumable
  8    retention audit found users that violate the policy
  130  interrupted; the job is checkpointed and resumable";

/// An error that carries its exit code and a hint that tells the user what to do next.
#[derive(Debug)]
pub struct CliError {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(code: Code, message: impl Into<String>) -> CliError {
        CliError {
            code,
            message: message.into(),
            hint: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(Code::Usage, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// A result that ends the command with a code but is not an error, such as exit 8 for an
/// audit that found candidates, or exit 5 after a job summary was printed.
#[derive(Debug)]
pub struct Outcome(pub Code);

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit {}", self.0 as i32)
    }
}

impl std::error::Error for Outcome {}

/// Chooses the exit code of an error from the first cause that determines one.
pub fn code_of(error: &anyhow::Error) -> Code {
    for cause in error.chain() {
        if let Some(outcome) = cause.downcast_ref::<Outcome>() {
            return outcome.0;
        }
        if let Some(cli) = cause.downcast_ref::<CliError>() {
            return cli.code;
        }
        if let Some(api) = cause.downcast_ref::<ApiError>() {
            return match api {
                ApiError::Unauthorized { .. } | ApiError::Forbidden { .. } => Code::Auth,
                ApiError::GaveUp { .. } => Code::GaveUp,
                _ => Code::Failure,
            };
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return Code::Success;
            }
        }
    }
    Code::Failure
}

/// Reports whether the error is a closed stdout, which ends the program quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Renders an error as `error: …`, one `caused by:` line per cause, and a `hint:`.
pub fn render(error: &anyhow::Error) -> String {
    let mut lines = vec![format!("error: {error}")];
    let mut hint = None;
    for cause in error.chain() {
        if hint.is_none() {
            hint = hint_for(cause);
        }
    }
    for cause in error.chain().skip(1) {
        let text = cause.to_string();
        if !lines.iter().any(|line| line.contains(&text)) {
            lines.push(format!("  caused by: {text}"));
        }
    }
    if let Some(hint) = hint {
        lines.push(format!("hint: {hint}"));
    }
    lines.join("\n")
}

fn hint_for(cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(cli) = cause.downcast_ref::<CliError>() {
        return cli.hint.clone();
    }
    let api = cause.downcast_ref::<ApiError>()?;
    let api = match api {
        ApiError::GaveUp { last, .. } => last.as_ref(),
        other => other,
    };
    Some(match api {
        ApiError::Unauthorized { .. } => {
            "check the key with `refinerctl auth status`, or store a new one with `refinerctl auth login`".into()
        }
        ApiError::Forbidden { .. } => "use a key of the environment you mean to change".into(),
        ApiError::Transport { .. } | ApiError::Timeout { .. } => {
            "check the API URL and the network, or raise --timeout; `refinerctl auth status` shows the URL".into()
        }
        ApiError::RateLimited { .. } => "lower --max-rps or --concurrency and run again".into(),
        ApiError::Incomplete { .. } => "run the command again; nothing was changed".into(),
        _ => return None,
    })
}
