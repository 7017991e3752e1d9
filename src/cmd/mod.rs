//! The commands that are more than one library call, each in its own module, as mdBook and
//! cargo keep theirs. (`build`, `check`, `diff` and `restore` still live in `main.rs`,
//! `check/`, `diff.rs` and `restore/command.rs`; issue 17 moves them here.)

pub mod new;
