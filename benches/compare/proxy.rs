//! A counting HTTP/1.1 relay on 127.0.0.1 between the tool under test and the sandbox.
//!
//! Every tool sends its requests through the relay, so requests, status codes and the time
//! span of each kind of request are counted the same way for refinerctl, curl and Python.
//! The relay forwards bytes unchanged and handles keep-alive connections, bodies framed by
//! `Content-Length` or chunked encoding, and responses that end with the connection. It
//! does not handle pipelined requests or `100 Continue`, which none of the tools send here.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, BufWriter};
use tokio::net::{TcpListener, TcpStream};

/// One request and its response as the relay saw them.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    pub status: u16,
    /// When the request head arrived, from the start of the relay.
    pub started: Duration,
    /// When the response was fully forwarded.
    pub finished: Duration,
}

/// A running relay. It stops when dropped.
pub struct Proxy {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Exchange>>>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Request and status counts of one run.
#[derive(Debug, Clone, Default)]
pub struct Traffic {
    pub requests: usize,
    pub rate_limited: usize,
    /// Responses other than 2xx, 404 and 429.
    pub errors: usize,
    /// Time from the first request's arrival to the last response, in seconds.
    pub span_secs: f64,
}

impl Proxy {
    /// Starts relaying connections on a free port of 127.0.0.1 to `upstream`.
    pub async fn start(upstream: SocketAddr) -> std::io::Result<Proxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let origin = Instant::now();
        let accept_log = log.clone();
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let log = accept_log.clone();
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(upstream).await {
                        let _ = relay(client, server, origin, log).await;
                    }
                });
            }
        });
        Ok(Proxy { addr, log, accept })
    }

    /// Removes and returns every exchange recorded so far.
    pub fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

/// Counts the exchanges whose method is in `methods` (all when empty).
pub fn traffic(exchanges: &[Exchange], methods: &[&str]) -> Traffic {
    let selected: Vec<&Exchange> = exchanges
        .iter()
        .filter(|e| methods.is_empty() || methods.contains(&e.method.as_str()))
        .collect();
    let first = selected.iter().map(|e| e.started).min().unwrap_or_default();
    let last = selected
        .iter()
        .map(|e| e.finished)
        .max()
        .unwrap_or_default();
    Traffic {
        requests: selected.len(),
        rate_limited: selected.iter().filter(|e| e.status == 429).count(),
        errors: selected
            .iter()
            .filter(|e| !(200..300).contains(&e.status) && e.status != 404 && e.status != 429)
            .count(),
        span_secs: last.saturating_sub(first).as_secs_f64(),
    }
}

/// Framing of a message body, which tells where the body ends.
enum Framing {
    Length(u64),
    Chunked,
    UntilClose,
}

struct Head {
    bytes: Vec<u8>,
    first_line: String,
    framing: Framing,
    close: bool,
}

async fn relay(
    client: TcpStream,
    server: TcpStream,
    origin: Instant,
    log: Arc<Mutex<Vec<Exchange>>>,
) -> std::io::Result<()> {
    // Without TCP_NODELAY, a body written after its head waits for the peer's delayed ACK
    // (40 ms on Linux) on keep-alive connections.
    client.set_nodelay(true)?;
    server.set_nodelay(true)?;
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    let mut client_read = BufReader::new(client_read);
    let mut server_read = BufReader::new(server_read);
    let mut client_write = BufWriter::new(client_write);
    let mut server_write = BufWriter::new(server_write);
    loop {
        let Some(request) = read_head(&mut client_read, false).await? else {
            return Ok(());
        };
        let started = origin.elapsed();
        server_write.write_all(&request.bytes).await?;
        copy_body(&mut client_read, &mut server_write, &request.framing).await?;
        server_write.flush().await?;

        let Some(response) = read_head(&mut server_read, true).await? else {
            return Ok(());
        };
        client_write.write_all(&response.bytes).await?;
        let head_request = request.first_line.starts_with("HEAD ");
        let no_body = head_request || matches!(status_of(&response.first_line), 204 | 304);
        if !no_body {
            copy_body(&mut server_read, &mut client_write, &response.framing).await?;
        }
        client_write.flush().await?;
        log.lock().unwrap().push(exchange(
            &request.first_line,
            &response.first_line,
            started,
            origin.elapsed(),
        ));
        if response.close
            || request.close
            || (!no_body && matches!(response.framing, Framing::UntilClose))
        {
            return client_write.shutdown().await;
        }
    }
}

fn exchange(
    request_line: &str,
    status_line: &str,
    started: Duration,
    finished: Duration,
) -> Exchange {
    let method = request_line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    Exchange {
        method,
        status: status_of(status_line),
        started,
        finished,
    }
}

fn status_of(status_line: &str) -> u16 {
    status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

/// Reads a message head up to the blank line, or returns `None` when the peer closed first.
async fn read_head<R: AsyncBufReadExt + Unpin>(
    reader: &mut R,
    is_response: bool,
) -> std::io::Result<Option<Head>> {
    let mut bytes = Vec::new();
    let mut first_line = String::new();
    let mut framing = if is_response {
        Framing::UntilClose
    } else {
        Framing::Length(0)
    };
    let mut close = false;
    loop {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return if bytes.is_empty() {
                Ok(None)
            } else {
                Err(std::io::ErrorKind::UnexpectedEof.into())
            };
        }
        bytes.extend_from_slice(&line);
        let text = String::from_utf8_lossy(&line).trim_end().to_string();
        if first_line.is_empty() {
            first_line = text;
            continue;
        }
        if text.is_empty() {
            return Ok(Some(Head {
                bytes,
                first_line,
                framing,
                close,
            }));
        }
        let Some((name, value)) = text.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" if !matches!(framing, Framing::Chunked) => {
                framing = Framing::Length(value.parse().unwrap_or(0))
            }
            "transfer-encoding" if value.contains("chunked") => framing = Framing::Chunked,
            "connection" if value.contains("close") => close = true,
            _ => {}
        }
    }
}

async fn copy_body<R, W>(reader: &mut R, writer: &mut W, framing: &Framing) -> std::io::Result<()>
where
    R: AsyncBufReadExt + Unpin,
    W: AsyncWrite + Unpin,
{
    match framing {
        Framing::Length(length) => {
            tokio::io::copy(&mut reader.take(*length), writer).await?;
        }
        Framing::UntilClose => {
            tokio::io::copy(reader, writer).await?;
        }
        Framing::Chunked => copy_chunks(reader, writer).await?,
    }
    Ok(())
}

/// Copies chunks up to and including the last (empty) chunk and its trailer section.
async fn copy_chunks<R, W>(reader: &mut R, writer: &mut W) -> std::io::Result<()>
where
    R: AsyncBufReadExt + Unpin,
    W: AsyncWrite + Unpin,
{
    loop {
        let mut size_line = Vec::new();
        reader.read_until(b'\n', &mut size_line).await?;
        writer.write_all(&size_line).await?;
        let text = String::from_utf8_lossy(&size_line);
        let hex = text.split(';').next().unwrap_or_default().trim();
        let size = u64::from_str_radix(hex, 16).map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("invalid chunk size `{hex}`"),
            )
        })?;
        if size == 0 {
            return copy_trailers(reader, writer).await;
        }
        // The chunk data is followed by CRLF.
        tokio::io::copy(&mut reader.take(size + 2), writer).await?;
    }
}

async fn copy_trailers<R, W>(reader: &mut R, writer: &mut W) -> std::io::Result<()>
where
    R: AsyncBufReadExt + Unpin,
    W: AsyncWrite + Unpin,
{
    loop {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        writer.write_all(&line).await?;
        if line == b"\r\n" || line == b"\n" {
            return Ok(());
        }
    }
}

/// Requests and seconds before the first request of `method`, from its first to its last,
/// and after its last, for example lookups, deletions and verification around DELETEs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    pub before: (usize, f64),
    pub during: (usize, f64),
    pub after: (usize, f64),
}

/// Splits the exchanges into the phases around the requests of `method`.
pub fn phases(exchanges: &[Exchange], method: &str) -> Phases {
    let Some(first) = exchanges.iter().map(|e| e.started).min() else {
        return Phases::default();
    };
    let last = exchanges.iter().map(|e| e.finished).max().unwrap_or(first);
    let of_method = exchanges.iter().filter(|e| e.method == method);
    let (Some(begin), Some(end)) = (
        of_method.clone().map(|e| e.started).min(),
        of_method.map(|e| e.finished).max(),
    ) else {
        return Phases {
            before: (exchanges.len(), last.saturating_sub(first).as_secs_f64()),
            ..Phases::default()
        };
    };
    let count = |range: &dyn Fn(&Exchange) -> bool| exchanges.iter().filter(|e| range(e)).count();
    Phases {
        before: (
            count(&|e| e.started < begin),
            begin.saturating_sub(first).as_secs_f64(),
        ),
        during: (
            count(&|e| e.started >= begin && e.started <= end),
            end.saturating_sub(begin).as_secs_f64(),
        ),
        after: (
            count(&|e| e.started > end),
            last.saturating_sub(end).as_secs_f64(),
        ),
    }
}
