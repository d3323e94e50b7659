//! What every command shares: the printer, the resolved settings and, once a command needs
//! it, a connected API client and the name of its environment.

use crate::api::retry::RetryPolicy;
use crate::api::{ApiKey, Client, ClientConfig, RetryEvent, RetryObserver};
use crate::cli::GlobalArgs;
use crate::exit::{CliError, Code};
use crate::output::{Printer, PrinterConfig, Progress};
use crate::sandbox;
use crate::settings::{Overrides, Settings, Source};
use anyhow::{Context as _, Result};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Sandbox data used by `--sandbox`: seed and number of contacts on first use.
pub const SANDBOX_SEED: u64 = 1;
pub const SANDBOX_CONTACTS: usize = 5000;

pub struct Context {
    pub printer: Printer,
    pub global: GlobalArgs,
    settings: Option<Settings>,
    sandbox: Option<sandbox::Running>,
    retry_sink: Arc<RetrySink>,
}

/// A connected client and what it is connected to.
#[derive(Clone)]
pub struct Connection {
    pub client: Client,
    pub profile: String,
    pub api_url: String,
    pub is_sandbox: bool,
}

/// Prints retry notices on stderr, through the active progress bar when there is one.
pub struct RetrySink {
    quiet: bool,
    verbose: bool,
    progress: Mutex<Option<Progress>>,
}

impl RetrySink {
    fn print(&self, line: &str) {
        let progress = self.progress.lock().unwrap_or_else(|e| e.into_inner());
        match progress.as_ref() {
            Some(progress) => progress.println(line),
            None => eprintln!("{line}"),
        }
    }
}

impl RetryObserver for RetrySink {
    fn on_attempt(&self, method: &str, path: &str, outcome: &str, elapsed: Duration) {
        if self.verbose {
            let outcome = crate::output::sanitize(outcome);
            self.print(&format!(
                "{method} {path}: {outcome} in {} ms",
                elapsed.as_millis()
            ));
        }
    }

    fn on_retry(&self, event: &RetryEvent) {
        if self.quiet {
            return;
        }
        self.print(&format!(
            "retrying {} {} in {:.1}s (attempt {} failed: {})",
            event.method,
            event.path,
            event.wait.as_secs_f64(),
            event.attempt,
            crate::output::sanitize(&event.reason)
        ));
    }
}

impl Context {
    pub fn new(global: GlobalArgs) -> Context {
        let printer = Printer::new(&PrinterConfig {
            format: global.output,
            color: global.color,
            quiet: global.quiet,
            verbose: global.verbose,
            no_input: global.no_input,
        });
        let retry_sink = Arc::new(RetrySink {
            quiet: global.quiet,
            verbose: global.verbose,
            progress: Mutex::new(None),
        });
        Context {
            printer,
            global,
            settings: None,
            sandbox: None,
            retry_sink,
        }
    }

    pub fn overrides(&self) -> Overrides {
        Overrides {
            profile: self.global.profile.clone(),
            api_url: self.global.api_url.clone(),
            api_key_file: self.global.api_key_file.clone(),
            concurrency: self.global.concurrency,
            max_rps: self.global.max_rps,
        }
    }

    /// Resolves the settings once.
    pub fn settings(&mut self) -> Result<&Settings> {
        if self.settings.is_none() {
            self.settings = Some(Settings::resolve(&self.overrides())?);
        }
        Ok(self.settings.as_ref().expect("settings were just resolved"))
    }

    /// Shows retry notices through `progress` until the next call.
    pub fn attach_progress(&self, progress: Option<Progress>) {
        *self
            .retry_sink
            .progress
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = progress;
    }

    /// Connects to the API of the resolved profile, or starts the local sandbox for
    /// `--sandbox`.
    pub async fn connect(&mut self) -> Result<Connection> {
        if self.global.sandbox {
            return self.connect_sandbox().await;
        }
        let settings = self.settings()?.clone();
        let Some((key, _)) = settings.key.clone() else {
            return Err(CliError::new(Code::Auth, format!("no API key for profile `{}`", settings.profile))
                .with_hint("run `refinerctl auth login`, set REFINER_API_KEY, pass --api-key-file FILE, or try --sandbox")
                .into());
        };
        let client = self.client(settings.api_url.clone(), key, &settings)?;
        Ok(Connection {
            client,
            profile: settings.profile.clone(),
            api_url: settings.api_url.to_string(),
            is_sandbox: false,
        })
    }

    async fn connect_sandbox(&mut self) -> Result<Connection> {
        let mut settings = self.settings()?.clone();
        if self.sandbox.is_none() {
            let db_path = settings.state_dir.join("sandbox.db");
            crate::settings::create_private_dir(&settings.state_dir)?;
            let options = sandbox::ServeOptions::local(db_path, SANDBOX_SEED, SANDBOX_CONTACTS);
            let running = sandbox::start(options)
                .await
                .context("could not start the local sandbox")?;
            self.printer.status(&format!(
                "Using the local sandbox `{}` at {} (not a real Refiner environment)",
                running.project_name, running.base_url
            ));
            self.sandbox = Some(running);
        }
        let running = self.sandbox.as_ref().expect("sandbox was just started");
        settings.api_url = crate::settings::parse_api_url(&running.base_url)?;
        settings.api_url_source = Source::Sandbox;
        settings.profile = "sandbox".to_string();
        let key = ApiKey::new(running.api_key.clone());
        settings.key = Some((key.clone(), Source::Sandbox));
        let client = self.client(settings.api_url.clone(), key, &settings)?;
        let api_url = settings.api_url.to_string();
        self.settings = Some(settings);
        Ok(Connection {
            client,
            profile: "sandbox".into(),
            api_url,
            is_sandbox: true,
        })
    }

    fn client(&self, base_url: url::Url, key: ApiKey, settings: &Settings) -> Result<Client> {
        let client = Client::new(ClientConfig {
            base_url,
            key,
            timeout: Duration::from_secs(self.global.timeout.max(1)),
            max_rps: settings.max_rps,
            retry: RetryPolicy {
                max_attempts: self.global.retries.saturating_add(1),
                ..RetryPolicy::default()
            },
            page_length: settings.page_length,
        })?;
        client.set_observer(self.retry_sink.clone());
        Ok(client)
    }

    /// Stops the in-process sandbox, if one was started.
    pub async fn shutdown(&mut self) {
        if let Some(running) = self.sandbox.take() {
            running.shutdown().await;
        }
    }
}
