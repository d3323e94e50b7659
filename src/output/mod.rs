//! All output goes through `Printer`: data to stdout in the chosen format, and everything a
//! person reads about the run (status, warnings, prompts, progress) to stderr.

mod progress;
mod records;

pub use progress::{LineProgress, Progress};
pub use records::Records;

use crate::exit::{CliError, Code};
use anyhow::Result;
use serde_json::Value;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Printer settings, resolved once from flags and the environment.
#[derive(Debug, Clone)]
pub struct PrinterConfig {
    pub format: Format,
    pub color: ColorChoice,
    pub quiet: bool,
    pub verbose: bool,
    pub no_input: bool,
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    color: bool,
    quiet: bool,
    verbose: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    interactive: bool,
    ci: bool,
}

/// Reports whether `CI` is set to a true value, as CI services do.
pub fn running_in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| {
        !value.is_empty() && value != "0" && !value.eq_ignore_ascii_case("false")
    })
}

impl Printer {
    pub fn new(config: &PrinterConfig) -> Printer {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let ci = running_in_ci();
        let interactive = !config.no_input && !ci && std::io::stdin().is_terminal() && stderr_tty;
        Printer {
            format: config.format,
            color: resolve_color(config.color, stdout_tty),
            quiet: config.quiet,
            verbose: config.verbose,
            stdout_tty,
            stderr_tty,
            interactive,
            ci,
        }
    }

    /// Reports whether a person can answer a prompt: a terminal, no `--no-input`, no `CI`.
    pub fn is_interactive(&self) -> bool {
        self.interactive
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    pub fn is_verbose(&self) -> bool {
        self.verbose
    }

    /// Writes a list of records to stdout in the chosen format.
    pub fn records(&self, records: &Records) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => records.write_table(&mut out, self.stdout_tty, self.color)?,
            Format::Json => records.write_json(&mut out)?,
            Format::Ndjson => records.write_ndjson(&mut out)?,
            Format::Csv => records.write_csv(&mut out)?,
        }
        out.flush()?;
        Ok(())
    }

    /// Writes one JSON document to stdout, pretty on a terminal and compact otherwise.
    pub fn json(&self, value: &Value) -> Result<()> {
        let mut out = std::io::stdout().lock();
        if self.stdout_tty {
            serde_json::to_writer_pretty(&mut out, value)?;
        } else {
            serde_json::to_writer(&mut out, value)?;
        }
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    /// Writes raw text to stdout.
    pub fn data(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// Writes a status line to stderr unless `--quiet`.
    pub fn status(&self, line: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(line));
        }
    }

    /// Writes a warning to stderr, also under `--quiet`.
    pub fn warn(&self, line: &str) {
        let label = self.paint_stderr("warning:", "33");
        eprintln!("{label} {}", sanitize(line));
    }

    /// Writes a detail line to stderr under `--verbose` only.
    pub fn detail(&self, line: &str) {
        if self.verbose {
            eprintln!("{}", sanitize(line));
        }
    }

    /// Writes an error report to stderr.
    pub fn error(&self, text: &str) {
        let painted = text.replacen("error:", &self.paint_stderr("error:", "31"), 1);
        eprintln!("{painted}");
    }

    fn paint_stderr(&self, text: &str, code: &str) -> String {
        if self.color && self.stderr_tty {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Asks a yes/no question on the terminal; anything but `y` or `yes` is a no.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if !self.interactive {
            return Err(CliError::new(
                Code::NotConfirmed,
                "confirmation required but no terminal is available",
            )
            .with_hint("review the plan with --dry-run, then run again with --yes")
            .into());
        }
        eprint!("{} [y/N] ", sanitize(question));
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        let answer = answer.trim().to_ascii_lowercase();
        Ok(answer == "y" || answer == "yes")
    }

    /// Asks the user to type a word (such as the environment name) to go on.
    pub fn confirm_by_typing(&self, question: &str, expected: &str) -> Result<bool> {
        if !self.interactive {
            return Err(CliError::new(
                Code::NotConfirmed,
                "confirmation required but no terminal is available",
            )
            .with_hint("run again with --yes")
            .into());
        }
        eprint!("{} ", sanitize(question));
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        Ok(answer.trim() == expected)
    }

    /// Creates a progress reporter: a bar on a terminal, a plain line at most every 10
    /// seconds otherwise, nothing under `--quiet`.
    pub fn progress(&self, label: &str, total: Option<u64>) -> Progress {
        if self.quiet {
            Progress::hidden()
        } else if self.stderr_tty && !self.ci && !self.verbose {
            Progress::bar(label, total)
        } else {
            Progress::lines(label, total)
        }
    }
}

fn resolve_color(choice: ColorChoice, stdout_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0")
            {
                true
            } else {
                stdout_tty && std::env::var("TERM").map_or(true, |term| term != "dumb")
            }
        }
    }
}

/// Removes control characters (escape sequences included) from text that came from the
/// server, so that it cannot move the cursor or recolour a terminal. Tabs become spaces.
pub fn sanitize(text: &str) -> String {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.to_string();
    }
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_strips_escape_sequences() {
        assert_eq!(sanitize("a\x1b[31mred\x1b[0m\tb\u{7}"), "a[31mred[0m b");
        assert_eq!(sanitize("plain Zoë"), "plain Zoë");
    }
}
