//! The development set for restore's suspects of lost quotation marks, kept apart from the
//! evaluation (restore-eval, tests/eval/corpus/) so that rules are tuned here and measured
//! there. It reads English prose that Debian packages install (nothing of it is committed):
//!
//! - `fortunes` (fortune-mod's data, BSD licence): the files people, politics, literature,
//!   humorists, miscellaneous and news, one paragraph per fortune, attributions left out;
//! - `debian-history` (the Debian project's history, GPL-2+): docs/detailed.en.html, as text.
//!
//! Their straight quotation marks, apostrophes, `--` dashes and `...` ellipses are set as a
//! typographer would (“ ” ‘ ’ — …), then every non-ASCII character is deleted, as the
//! evaluation damages its essays. Prints, per source, the lost quotation marks with a suspect
//! in their sentence and the suspects raised where no mark was lost (false alarms per 1000
//! words), with the built-in data and with the Hunspell dictionaries installed.
//!
//!     apt-get install fortunes debian-history
//!     cargo run --release --example restore-eval-dev [-- --misses | --alarms]
//!
//! `--misses` prints each sentence whose lost quotation mark no suspect reached; `--alarms`
//! each suspect of a lost mark with its reason, as FOUND or ALARM (a false alarm): what to
//! study when looking for a new signal or a rule's precision.

use std::path::Path;

use folio::restore::hunspell::Dictionaries;
use folio::restore::{restore, Lexicon, RestoreOptions, Restored};

#[path = "restore-eval-shared/mod.rs"]
mod shared;
use shared::{lost, offset_of, sentence_around, Lost, Marks};

const FORTUNES: &str = "/usr/share/games/fortunes";
const FORTUNE_FILES: &[&str] = &[
    "people",
    "politics",
    "literature",
    "humorists",
    "miscellaneous",
    "news",
];
const DEBIAN_HISTORY: &str = "/usr/share/doc/debian-history/docs/detailed.en.html";

/// One text of the set: where it came from and its prose (ASCII typography).
struct Source {
    name: String,
    prose: String,
}

/// The texts that are installed; a line on standard error for each that is not.
fn sources() -> Vec<Source> {
    let mut found = Vec::new();
    for name in FORTUNE_FILES {
        let path = Path::new(FORTUNES).join(name);
        match std::fs::read(&path) {
            Ok(bytes) => found.push(Source {
                name: format!("fortunes/{name}"),
                prose: fortunes_as_prose(&String::from_utf8_lossy(&bytes)),
            }),
            Err(e) => eprintln!("{}: {e} (apt-get install fortunes)", path.display()),
        }
    }
    match std::fs::read(DEBIAN_HISTORY) {
        Ok(bytes) => found.push(Source {
            name: "debian-history".into(),
            prose: html_as_prose(&String::from_utf8_lossy(&bytes)),
        }),
        Err(e) => eprintln!("{DEBIAN_HISTORY}: {e} (apt-get install debian-history)"),
    }
    found
}

/// A fortune file as paragraphs: one per fortune, and one per indented line in a fortune (a
/// new speaker in a dialogue); `-- Author` attributions and blank fortunes left out.
fn fortunes_as_prose(file: &str) -> String {
    let mut paragraphs = Vec::new();
    for fortune in file.split("\n%\n") {
        let mut paragraph = String::new();
        for line in fortune.lines() {
            if line.trim_start().starts_with("--") || line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t']) && !paragraph.is_empty() {
                paragraphs.push(std::mem::take(&mut paragraph));
            }
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line.trim());
        }
        if !paragraph.is_empty() {
            paragraphs.push(paragraph);
        }
    }
    paragraphs.join("\n\n")
}

/// An HTML page's text: a paragraph per block element, tags dropped, the few character
/// references such pages use decoded.
fn html_as_prose(html: &str) -> String {
    let body = html.split_once("<body").map_or(html, |(_, body)| body);
    let mut text = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = rest[open + 1..open + close].to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let block = [
            "p", "li", "h1", "h2", "h3", "h4", "div", "pre", "dt", "dd", "tr", "br",
        ];
        if block.iter().any(|b| {
            name.starts_with(b) && !name[b.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) {
            text.push_str("\n\n");
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// ASCII typography set as a typographer would: curly quotation marks and apostrophes, em
/// dashes for `--`, the ellipsis character for `...`, one space between sentences.
fn typeset(prose: &str) -> String {
    let prose = prose.replace("...", "\u{2026}").replace("--", "\u{2014}");
    let mut out = String::with_capacity(prose.len());
    let mut previous: Option<char> = None;
    let mut chars = prose.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let opens = previous.is_none_or(|p| p.is_whitespace() || "([{\u{2014}/".contains(p));
        let set = match c {
            '"' if opens => '\u{201C}',
            '"' => '\u{201D}',
            '\'' if previous.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric) =>
            {
                '\u{2019}'
            }
            '\'' if opens || previous == Some('\u{201C}') => '\u{2018}',
            '\'' => '\u{2019}',
            ' ' if previous == Some(' ') => continue,
            c => c,
        };
        out.push(set);
        previous = Some(set);
    }
    out
}

/// The counts for one source, with the built-in data and with the dictionaries.
struct Counted {
    built_in: Marks,
    dictionaries: Marks,
}

/// What `--misses` and `--alarms` print.
#[derive(Clone, Copy, PartialEq)]
enum Listing {
    Nothing,
    Misses,
    Alarms,
}

fn count(clean: &str, options: &RestoreOptions, marks: &mut Marks, listing: Listing) {
    let damaged: String = clean.chars().filter(char::is_ascii).collect();
    let restored = restore(damaged.as_bytes(), &Lexicon::default(), options);
    let truth = lost(&damaged, clean);
    marks.count(&damaged, &truth, &restored);
    match listing {
        Listing::Nothing => {}
        Listing::Misses => print_misses(&damaged, &truth, &restored),
        Listing::Alarms => print_mark_suspects(&damaged, &truth, &restored),
    }
}

/// The sentences of lost quotation marks that no suspect touches.
fn print_misses(damaged: &str, truth: &[Lost], restored: &Restored) {
    for at in truth
        .iter()
        .filter(|l| l.class == "quotation")
        .map(|l| l.at)
    {
        let (start, end) = sentence_around(damaged, at);
        let reached = restored.suspects.iter().any(|s| {
            let from = offset_of(damaged, s.line, s.column);
            let to = from + s.text.chars().filter(char::is_ascii).count();
            from <= end && to >= start
        });
        if !reached {
            println!("MISS {:?}", &damaged[start..end.min(damaged.len())]);
        }
    }
}

/// The suspects of lost marks, each marked FOUND where a mark was lost in its sentence and
/// ALARM where none was.
fn print_mark_suspects(damaged: &str, truth: &[Lost], restored: &Restored) {
    let lost: Vec<usize> = truth
        .iter()
        .filter(|l| matches!(l.class, "quotation" | "ellipsis" | "dash"))
        .map(|l| l.at)
        .collect();
    for s in &restored.suspects {
        let marks = ['\u{201C}', '\u{201D}', '\u{2026}', '\u{2014}', '\u{2013}'];
        if !s.candidates.iter().any(|c| c.contains(marks)) {
            continue;
        }
        let from = offset_of(damaged, s.line, s.column);
        let to = from + s.text.chars().filter(char::is_ascii).count();
        let (start, _) = sentence_around(damaged, from);
        let (_, end) = sentence_around(damaged, to);
        let found = lost.iter().any(|&at| start <= at && at <= end);
        println!(
            "{} {:?} in {:?}: {}",
            if found { "FOUND" } else { "ALARM" },
            s.text,
            &damaged[start..end.min(damaged.len())],
            s.reason
        );
    }
}

fn row(name: &str, marks: &Marks) -> String {
    let q = &marks.quotations;
    let a = &marks.alarms;
    let percent = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
    format!(
        "| {name} | {} | {:.1}% ({}/{}) | {:.1}% ({}/{}) | {} | {:.1} |",
        a.words,
        percent(q.listed, q.lost),
        q.listed,
        q.lost,
        percent(q.by_a_quotation_suspect, q.lost),
        q.by_a_quotation_suspect,
        q.lost,
        a.false_alarms,
        1000.0 * a.false_alarms as f64 / a.words.max(1) as f64
    )
}

fn main() {
    let listing = match std::env::args().nth(1).as_deref() {
        Some("--misses") => Listing::Misses,
        Some("--alarms") => Listing::Alarms,
        _ => Listing::Nothing,
    };
    let built_in = RestoreOptions::default();
    let installed = RestoreOptions {
        dictionaries: Dictionaries::installed(&[]),
        ..RestoreOptions::default()
    };
    let mut counted = Vec::new();
    for source in sources() {
        let clean = typeset(&source.prose);
        let mut marks = Counted {
            built_in: Marks::default(),
            dictionaries: Marks::default(),
        };
        count(&clean, &built_in, &mut marks.built_in, Listing::Nothing);
        if !installed.dictionaries.is_empty() {
            count(&clean, &installed, &mut marks.dictionaries, listing);
        }
        counted.push((source.name, marks));
    }
    for (title, pick) in [
        (
            "built-in data",
            (|c: &Counted| &c.built_in) as fn(&Counted) -> &Marks,
        ),
        ("with the installed dictionaries", |c: &Counted| {
            &c.dictionaries
        }),
    ] {
        println!("\n{title}\n\n| source | words | quotation marks listed | by a suspect offering one | false alarms | per 1000 words |\n|---|---|---|---|---|---|");
        let mut total = Marks::default();
        for (name, marks) in &counted {
            println!("{}", row(name, pick(marks)));
            total.add(pick(marks));
        }
        println!("{}", row("all", &total));
        println!("\nAll sources: {}.", total.alarms.sentence());
    }
}
