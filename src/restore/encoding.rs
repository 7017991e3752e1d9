//! Bytes to text, and the exact repairs of encoding damage: input that is not UTF-8 is decoded
//! by detection (chardetng picks, encoding_rs decodes) and the choice is reported; UTF-8 that
//! was read as Windows-1252, Windows-1250, ISO-8859-2 or Latin-1 (once or twice) and HTML
//! entities are undone. Each repair replaces a sequence by the one character it must have been,
//! so they are exact and reversible.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use encoding_rs::{Encoding, ISO_8859_2, WINDOWS_1250, WINDOWS_1252};

use super::damage::{Damage, DamageKind};
use super::stages::Proposal;
use super::Class;
use crate::text::compose;

/// The input as text, with the encoding used and any damage found while decoding.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: String,
    pub damage: Vec<Damage>,
}

/// Decodes UTF-8 (dropping a byte-order mark); anything else is detected and decoded.
pub fn decode(input: &[u8]) -> Decoded {
    let (input, bom) = match input.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (input, false),
    };
    let mut damage = Vec::new();
    if bom {
        damage.push(Damage::new(
            DamageKind::ByteOrderMark,
            "a UTF-8 byte-order mark was removed".into(),
        ));
    }
    if let Ok(text) = std::str::from_utf8(input) {
        return Decoded {
            text: text.to_string(),
            encoding: "UTF-8".into(),
            damage,
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(input, true);
    // No top-level domain hint; allow UTF-8 so that a guess of UTF-8 means "broken UTF-8".
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, had_errors) = encoding.decode(input);
    let name = format!("{} (detected)", encoding.name());
    damage.push(Damage::new(
        DamageKind::NotUtf8,
        format!(
            "not UTF-8: decoded as {}{}",
            encoding.name(),
            if had_errors {
                "; undecodable bytes became U+FFFD"
            } else {
                ""
            }
        ),
    ));
    Decoded {
        text: text.into_owned(),
        encoding: name,
        damage,
    }
}

/// The single-byte encodings UTF-8 is commonly misread as, most common first. Latin-1 is
/// handled apart: every U+0080..U+00FF character is its own byte.
fn misreadings() -> &'static [(&'static str, BTreeMap<char, u8>)] {
    static TABLES: OnceLock<Vec<(&'static str, BTreeMap<char, u8>)>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let table = |encoding: &'static Encoding| {
            let mut map = BTreeMap::new();
            for byte in 0x80..=0xFFu8 {
                let bytes = [byte];
                let (text, errors) = encoding.decode_without_bom_handling(&bytes);
                if let (false, Some(c)) = (errors, text.chars().next()) {
                    map.insert(c, byte);
                }
            }
            map
        };
        vec![
            ("Windows-1252", table(WINDOWS_1252)),
            ("Windows-1250", table(WINDOWS_1250)),
            ("ISO-8859-2", table(ISO_8859_2)),
            (
                "Latin-1",
                (0x80..=0xFFu8).map(|b| (char::from(b), b)).collect(),
            ),
        ]
    })
}

/// How many bytes a UTF-8 sequence starting with `lead` has (0 if it cannot start one).
fn sequence_length(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

/// One pass of mojibake repair: every run of characters that, written back in one of the
/// misreadings, forms exactly one valid UTF-8 character is replaced by that character.
pub fn mojibake(text: &str) -> (Vec<Proposal>, BTreeMap<&'static str, usize>) {
    let mut proposals = Vec::new();
    let mut counts = BTreeMap::new();
    // Walked by byte offset, not collected into characters first: a 10 MB text would make
    // 160 MB of (offset, char) pairs, and faulting them in cost a fifth of a restore.
    let mut at = 0;
    while let Some(skip) = text.as_bytes()[at..].iter().position(|b| !b.is_ascii()) {
        let start = at + skip;
        let c = text[start..]
            .chars()
            .next()
            .expect("a non-ASCII byte starts a char");
        let mut repaired = None;
        for (name, table) in misreadings() {
            let Some(&lead) = table.get(&c) else { continue };
            let n = sequence_length(lead);
            let sequence: Vec<(usize, char)> = text[start..].char_indices().take(n).collect();
            if n == 0 || sequence.len() < n {
                continue;
            }
            let bytes: Option<Vec<u8>> = sequence
                .iter()
                .map(|(_, ch)| table.get(ch).copied())
                .collect();
            let decoded = bytes.as_deref().and_then(|b| std::str::from_utf8(b).ok());
            // A C1 control is never what the writer meant.
            if let Some(s) = decoded.filter(|s| !s.chars().any(char::is_control)) {
                let (last, last_char) = sequence[n - 1];
                let end = start + last + last_char.len_utf8();
                repaired = Some((*name, end, s.to_string()));
                break;
            }
        }
        match repaired {
            Some((name, end, replacement)) => {
                *counts.entry(name).or_insert(0) += 1;
                proposals.push(Proposal {
                    start,
                    end,
                    evidence: format!(
                        "UTF-8 bytes of `{replacement}` read as {name}: exact inverse"
                    ),
                    replacement,
                    rule: "encoding.mojibake",
                    class: Class::Encoding,
                });
                at = end;
            }
            None => at = start + c.len_utf8(),
        }
    }
    (proposals, counts)
}

/// Mojibake repair repeated while it finds something (double encodings need two passes;
/// three is the most any real text has needed, and the cap keeps this from looping).
pub fn mojibake_passes(text: &str) -> (Vec<Vec<Proposal>>, Vec<Damage>) {
    let mut passes = Vec::new();
    let mut damage = Vec::new();
    let mut current = text.to_string();
    for pass in 0..3 {
        let (proposals, counts) = mojibake(&current);
        if proposals.is_empty() {
            break;
        }
        for (name, count) in counts {
            let kind = if pass == 0 {
                DamageKind::Mojibake
            } else {
                DamageKind::DoubleMojibake
            };
            let twice = if pass == 0 {
                ""
            } else {
                " again (double encoding)"
            };
            damage.push(Damage::new(
                kind,
                format!(
                    "UTF-8 read as {name}{twice}: {}",
                    crate::text::counted(count, "sequence", "sequences")
                ),
            ));
        }
        current = apply(&current, &proposals);
        passes.push(proposals);
    }
    (passes, damage)
}

fn apply(text: &str, proposals: &[Proposal]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for p in proposals {
        out.push_str(&text[at..p.start]);
        out.push_str(&p.replacement);
        at = p.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Named entities outside the accented-letter pattern (`&aacute;`, `&odblac;`, ...).
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("sbquo", '\u{201A}'),
    ("bdquo", '\u{201E}'),
    ("laquo", '\u{AB}'),
    ("raquo", '\u{BB}'),
    ("copy", '\u{A9}'),
    ("deg", '\u{B0}'),
    ("pound", '\u{A3}'),
    ("euro", '\u{20AC}'),
    ("szlig", '\u{DF}'),
    ("aelig", '\u{E6}'),
    ("AElig", '\u{C6}'),
    ("oslash", '\u{F8}'),
    ("Oslash", '\u{D8}'),
    ("lstrok", '\u{142}'),
    ("Lstrok", '\u{141}'),
    ("dstrok", '\u{111}'),
    ("Dstrok", '\u{110}'),
    ("eth", '\u{F0}'),
    ("thorn", '\u{FE}'),
];

/// HTML's accent suffixes and the combining marks they stand for (`&odblac;` is o + U+030B).
const MARKS: &[(&str, char)] = &[
    ("acute", '\u{301}'),
    ("grave", '\u{300}'),
    ("circ", '\u{302}'),
    ("tilde", '\u{303}'),
    ("uml", '\u{308}'),
    ("ring", '\u{30A}'),
    ("cedil", '\u{327}'),
    ("caron", '\u{30C}'),
    ("dblac", '\u{30B}'),
    ("ogon", '\u{328}'),
    ("macr", '\u{304}'),
    ("breve", '\u{306}'),
    ("dot", '\u{307}'),
];

/// The character an entity name stands for.
fn named_entity(name: &str) -> Option<char> {
    if let Some(&(_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    let mut chars = name.chars();
    let base = chars.next().filter(char::is_ascii_alphabetic)?;
    let suffix = chars.as_str();
    let &(_, mark) = MARKS.iter().find(|(m, _)| *m == suffix)?;
    compose(base, mark)
}

/// The character of the entity at the start of `text` (which starts with `&`) and its length.
fn entity_at(text: &str) -> Option<(char, usize)> {
    // The longest entity name in the tables is 6 letters; numeric ones need at most 8 digits.
    let end = text[1..].find(';').filter(|&e| e <= 10)? + 1;
    let body = &text[1..end];
    let c = if let Some(hex) = body.strip_prefix("#x").or(body.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
    } else if let Some(decimal) = body.strip_prefix('#') {
        char::from_u32(decimal.parse().ok()?)?
    } else {
        named_entity(body)?
    };
    (!c.is_control() || c == '\n' || c == '\t').then_some((c, end + 1))
}

/// Replaces HTML character references by their characters.
pub fn entities(text: &str) -> (Vec<Proposal>, Vec<Damage>) {
    let mut proposals = Vec::new();
    for (start, _) in text.match_indices('&') {
        if let Some((c, len)) = entity_at(&text[start..]) {
            proposals.push(Proposal {
                start,
                end: start + len,
                replacement: c.to_string(),
                rule: "entity.html",
                class: Class::Entity,
                evidence: format!("HTML character reference for U+{:04X}", c as u32),
            });
        }
    }
    let damage = if proposals.is_empty() {
        Vec::new()
    } else {
        vec![Damage::new(
            DamageKind::Entities,
            format!(
                "HTML entities: {}",
                crate::text::counted(proposals.len(), "reference", "references")
            ),
        )]
    };
    (proposals, damage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repair(text: &str) -> String {
        let (passes, _) = mojibake_passes(text);
        let mut current = text.to_string();
        for pass in passes {
            current = apply(&current, &pass);
        }
        current
    }

    #[test]
    fn undoes_windows_1252_and_1250_and_double_encoding() {
        assert_eq!(repair("RÃ¡kosi"), "Rákosi");
        assert_eq!(repair("GerÅ‘ didnâ€™t"), "Gerő didn’t");
        assert_eq!(repair("GerĹ‘ PoznaĹ„"), "Gerő Poznań");
        assert_eq!(repair("RÃƒÂ¡kosi"), "Rákosi");
    }

    #[test]
    fn leaves_real_accents_alone() {
        for text in ["Rákosi és Gerő", "Wałęsa", "naïve café", "Ã alone"] {
            assert_eq!(repair(text), text);
        }
    }

    #[test]
    fn decodes_entities() {
        let (proposals, _) = entities("G&eacute;r&odblac; &amp; &#8217; &#x2014; &bogus; &");
        let out = apply(
            "G&eacute;r&odblac; &amp; &#8217; &#x2014; &bogus; &",
            &proposals,
        );
        assert_eq!(out, "Gérő & ’ — &bogus; &");
    }

    #[test]
    fn detects_windows_1250() {
        // Detection needs a few sentences to tell Central European from Western text.
        let text = "Gerő Ernő és Rákosi Mátyás bukása után a munkástanácsok követelték, hogy \
                    a szovjet csapatok hagyják el az országot. Szabó Lőrinc verse szerint \
                    Dávid leterítette Góliátot; a felkelők szétlőtték a rádió épületét.";
        let (bytes, _, _) = WINDOWS_1250.encode(text);
        let decoded = decode(&bytes);
        assert_eq!(decoded.text, text);
        assert!(decoded.encoding.contains("detected"));
    }
}
