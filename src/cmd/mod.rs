//! The commands, each in its own module as mdBook and cargo keep theirs: what a command reads,
//! which stages it runs, and what it reports. The stages themselves are the library's (see
//! `lib.rs`); `main.rs` only parses the command line and prints.

pub mod build;
pub mod check;
pub mod diff;
pub mod new;
pub mod restore;
pub mod watch;
