//! Shell completion scripts and man pages generated from the command tree, as committed
//! under `completions/` and `man/`.

use clap::CommandFactory;
use clap_complete::Shell;
use std::path::PathBuf;

/// The shells that `completions/` covers, with their file names.
pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "refinerctl.bash"),
    (Shell::Zsh, "_refinerctl"),
    (Shell::Fish, "refinerctl.fish"),
    (Shell::PowerShell, "_refinerctl.ps1"),
    (Shell::Elvish, "refinerctl.elv"),
];

/// Returns every generated file as a path relative to the repository and its content.
pub fn generated_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in SHELLS {
        let mut buffer = Vec::new();
        crate::commands::completions::write_completions(shell, &mut buffer);
        files.push((PathBuf::from("completions").join(name), buffer));
    }
    let mut root = crate::cli::Cli::command();
    root.build();
    collect_man_pages(&root, "refinerctl", &mut files);
    files
}

/// Renders a man page for `command` and, recursively, for each visible subcommand, named
/// like `refinerctl-users-delete.1`.
fn collect_man_pages(command: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    let page = command
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buffer = Vec::new();
    if clap_mangen::Man::new(page).render(&mut buffer).is_ok() {
        files.push((PathBuf::from("man").join(format!("{name}.1")), buffer));
    }
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        collect_man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}
