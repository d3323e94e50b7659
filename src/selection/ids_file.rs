//! Reading identifiers from a file or stdin: one per line, or one column of a CSV file.
//!
//! A UTF-8 byte order mark, CRLF line ends, blank lines, surrounding spaces and duplicates
//! are accepted. Lines starting with `#` are comments in the one-per-line form. Every
//! malformed line is reported with its number before anything happens.

use super::identifier::Identifier;
use crate::exit::CliError;
use anyhow::{Context as _, Result};
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

/// Identifiers read from a file, without duplicates, in file order.
#[derive(Debug, Default)]
pub struct IdsFile {
    pub identifiers: Vec<Identifier>,
    pub duplicates: usize,
}

/// Reads `path` (`-` for stdin). With `column`, the file is CSV with a header row.
pub fn read_ids_file(path: &Path, column: Option<&str>) -> Result<IdsFile> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("could not read identifiers from stdin")?;
    } else {
        std::fs::File::open(path)
            .and_then(|mut file| file.read_to_end(&mut bytes))
            .with_context(|| format!("could not read the ids file {}", path.display()))?;
    }
    let origin = if path == Path::new("-") {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let text = String::from_utf8(bytes).map_err(|error| {
        CliError::usage(format!(
            "{origin} is not UTF-8 text (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        ))
        .with_hint("save the file as UTF-8")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let lines = match column {
        Some(column) => csv_column(text, column, &origin)?,
        None => plain_lines(text),
    };
    collect(lines, &origin, column.is_some())
}

/// Returns (line number, value) pairs of the one-per-line form.
fn plain_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim().to_string()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

fn csv_column(text: &str, column: &str, origin: &str) -> Result<Vec<(usize, String)>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .with_context(|| format!("could not read the header row of {origin}"))?
        .clone();
    let Some(index) = headers.iter().position(|h| h.trim() == column) else {
        let names: Vec<&str> = headers.iter().collect();
        return Err(CliError::usage(format!(
            "column `{column}` not found in {origin}; the header row has: {}",
            names.join(", ")
        ))
        .into());
    };
    let mut values = Vec::new();
    for record in reader.records() {
        let record = record.with_context(|| format!("invalid CSV in {origin}"))?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let value = record.get(index).unwrap_or("").trim().to_string();
        if !value.is_empty() {
            values.push((line, value));
        }
    }
    Ok(values)
}

fn collect(lines: Vec<(usize, String)>, origin: &str, from_csv: bool) -> Result<IdsFile> {
    let mut file = IdsFile::default();
    let mut seen = HashSet::new();
    let mut malformed = Vec::new();
    for (line, value) in lines {
        if !from_csv && value.contains(',') {
            malformed.push(format!("line {line}: `{value}` contains a comma (for a CSV file, name the column with --column)"));
            continue;
        }
        let identifier = Identifier::Auto(value.clone());
        if let Err(reason) = identifier.validate() {
            malformed.push(format!("line {line}: {reason}"));
            continue;
        }
        if seen.insert(value.to_lowercase()) {
            file.identifiers.push(identifier);
        } else {
            file.duplicates += 1;
        }
    }
    if !malformed.is_empty() {
        let shown: Vec<String> = malformed.iter().take(20).cloned().collect();
        let more = if malformed.len() > 20 {
            format!("\n  … and {} more", malformed.len() - 20)
        } else {
            String::new()
        };
        return Err(CliError::usage(format!(
            "{} malformed lines in {origin}; nothing was changed:\n  {}{more}",
            malformed.len(),
            shown.join("\n  ")
        ))
        .with_hint("fix or remove these lines and run again")
        .into());
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(content: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, content).unwrap();
        file
    }

    #[test]
    fn handles_bom_crlf_blanks_duplicates_and_spaces() {
        let file = write(b"\xEF\xBB\xBFann@example.com\r\n\r\n  user-1  \r\nANN@example.com\r\n# comment\r\nuser-2");
        let ids = read_ids_file(file.path(), None).unwrap();
        let texts: Vec<&str> = ids.identifiers.iter().map(|i| i.text()).collect();
        assert_eq!(texts, ["ann@example.com", "user-1", "user-2"]);
        assert_eq!(ids.duplicates, 1);
    }

    #[test]
    fn names_malformed_lines() {
        let file = write(b"ann@example.com\nbroken@\nok-1\nx,y\n");
        let error = read_ids_file(file.path(), None).unwrap_err();
        let text = crate::exit::render(&error);
        assert!(text.contains("line 2"), "{text}");
        assert!(text.contains("line 4"), "{text}");
        assert!(!text.contains("line 3"), "{text}");
        assert_eq!(crate::exit::code_of(&error), crate::exit::Code::Usage);
    }

    #[test]
    fn reads_a_csv_column() {
        let file = write(b"\xEF\xBB\xBFname,email\r\nAnn,ann@example.com\r\n\"Doe, Jo\",jo@example.com\r\nNobody,\r\n");
        let ids = read_ids_file(file.path(), Some("email")).unwrap();
        let texts: Vec<&str> = ids.identifiers.iter().map(|i| i.text()).collect();
        assert_eq!(texts, ["ann@example.com", "jo@example.com"]);
        let missing = read_ids_file(file.path(), Some("mail")).unwrap_err();
        assert!(missing.to_string().contains("column `mail` not found"));
    }
}
