//! A dictionary's two files turned into the text spellbook reads: decoded from the encoding
//! the `.aff` file declares, with its flags kept as Hunspell reads them.
//!
//! A dictionary with no `FLAG` line names each flag by one byte, which need not be a
//! character of its encoding: hu_HU.aff declares UTF-8 and names 84 of its affix classes, and
//! most of its 1,478 flag sets (`AF`), with bytes no UTF-8 character has. Decoded as text,
//! each such byte became U+FFFD, whose first byte spellbook took for the flag, so every one of
//! those classes was one class, and every stem with any of them took the suffixes of all:
//! spellbook accepted "iak", "Szilgyi" and "kiak" as Hungarian, which Hunspell itself
//! rejects, and restore left those damaged words as they stood. So where a flag has a byte
//! outside ASCII, each byte of every flag becomes the character of the same number (U+0080 to
//! U+00FF), and the `.aff` text starts with `FLAG UTF-8`: one character, one flag, as one byte
//! was. A flag made of a UTF-8 character's bytes (cs_CZ's "í") reads as those bytes' flags,
//! as before and as in Hunspell.

use std::ops::Range;

use encoding_rs::Encoding;

/// The directives whose value is one flag (or, for `COMPOUNDRULE`, a pattern of flags).
const FLAG_DIRECTIVES: &[&[u8]] = &[
    b"CIRCUMFIX",
    b"COMPOUNDBEGIN",
    b"COMPOUNDEND",
    b"COMPOUNDFIRST",
    b"COMPOUNDFLAG",
    b"COMPOUNDFORBIDFLAG",
    b"COMPOUNDLAST",
    b"COMPOUNDMIDDLE",
    b"COMPOUNDPERMITFLAG",
    b"COMPOUNDROOT",
    b"COMPOUNDRULE",
    b"FORBIDDENWORD",
    b"FORCEUCASE",
    b"KEEPCASE",
    b"LEMMA_PRESENT",
    b"NEEDAFFIX",
    b"NOSUGGEST",
    b"ONLYINCOMPOUND",
    b"PSEUDOROOT",
    b"SUBSTANDARD",
    b"WARN",
];

/// How one dictionary's files are read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reading {
    encoding: &'static Encoding,
    /// Each byte of a flag is read as the character of its number, under `FLAG UTF-8`.
    flags_by_byte: bool,
}

impl Reading {
    /// How to read the dictionary whose `.aff` file is `aff`, in `encoding` (the one it
    /// declares).
    pub(super) fn of(encoding: &'static Encoding, aff: &[u8]) -> Reading {
        let declares_its_flags = lines(aff).any(|line| keyword(line) == Some(&b"FLAG"[..]));
        let a_flag_outside_ascii = || {
            lines(aff).any(|line| {
                flags_of_aff_line(line)
                    .into_iter()
                    .any(|flag| !line[flag].is_ascii())
            })
        };
        Reading {
            encoding,
            flags_by_byte: !declares_its_flags && a_flag_outside_ascii(),
        }
    }

    /// The `.aff` file's text.
    pub(super) fn aff(&self, aff: &[u8]) -> String {
        if !self.flags_by_byte {
            return decode(self.encoding, aff);
        }
        let mut text = String::from("FLAG UTF-8\n");
        for line in lines(without_bom(aff)) {
            self.push_line(&mut text, line, &flags_of_aff_line(line));
        }
        text
    }

    /// The `.dic` file's text.
    pub(super) fn dic(&self, dic: &[u8]) -> String {
        if !self.flags_by_byte {
            return decode(self.encoding, dic);
        }
        let mut text = String::with_capacity(dic.len() + dic.len() / 8);
        for line in lines(without_bom(dic)) {
            let flags: Vec<Range<usize>> = flags_of_dic_line(line).into_iter().collect();
            self.push_line(&mut text, line, &flags);
        }
        text
    }

    /// `line` decoded onto `text`, but for the byte ranges `flags`, whose bytes become the
    /// characters of their numbers. The ranges are in order and start and end at ASCII
    /// bytes, so no character of the encoding is cut.
    fn push_line(&self, text: &mut String, line: &[u8], flags: &[Range<usize>]) {
        let mut at = 0;
        for flag in flags {
            text.push_str(
                &self
                    .encoding
                    .decode_without_bom_handling(&line[at..flag.start])
                    .0,
            );
            text.extend(line[flag.clone()].iter().map(|&b| char::from(b)));
            at = flag.end;
        }
        text.push_str(&self.encoding.decode_without_bom_handling(&line[at..]).0);
    }
}

/// The text of a file in `encoding`. Bytes that are not valid in it (Latin-1 in the comments
/// of hu_HU.aff, which declares UTF-8) become U+FFFD: outside flags, they are never in a word
/// that matters.
pub(super) fn decode(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_with_bom_removal(bytes).0.into_owned()
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The lines of a file, each with its line break.
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split_inclusive(|&b| b == b'\n')
}

/// The first field of a line: its keyword, in an `.aff` file.
fn keyword(line: &[u8]) -> Option<&[u8]> {
    line.split(|b| b.is_ascii_whitespace())
        .find(|field| !field.is_empty())
}

/// The byte ranges of a line's fields.
fn field_ranges(line: &[u8]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = None;
    for (i, b) in line.iter().enumerate() {
        match (b.is_ascii_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                ranges.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    ranges.extend(start.map(|s| s..line.len()));
    ranges
}

/// What follows the first `/` of a field, as a range of the line: the flags of an affix's
/// continuation or of a compound pattern's part.
fn after_a_slash(line: &[u8], field: &Range<usize>) -> Option<Range<usize>> {
    let slash = line[field.clone()].iter().position(|&b| b == b'/')?;
    Some(field.start + slash + 1..field.end)
}

/// The flags of a line of an `.aff` file, as byte ranges of it: an alias's set (`AF`), an
/// affix class's name and its continuation (`SFX`, `PFX`), a directive's flag, a compound
/// pattern's parts' flags (`CHECKCOMPOUNDPATTERN`).
fn flags_of_aff_line(line: &[u8]) -> Vec<Range<usize>> {
    let ranges = field_ranges(line);
    let Some(keyword) = ranges.first().map(|r| &line[r.clone()]) else {
        return Vec::new();
    };
    match keyword {
        b"AF" => ranges.into_iter().skip(1).take(1).collect(),
        b"PFX" | b"SFX" => {
            let name = ranges.get(1).cloned();
            let continuation = ranges.get(3).and_then(|add| after_a_slash(line, add));
            name.into_iter().chain(continuation).collect()
        }
        b"CHECKCOMPOUNDPATTERN" => ranges
            .iter()
            .skip(1)
            .take(2)
            .filter_map(|part| after_a_slash(line, part))
            .collect(),
        _ if FLAG_DIRECTIVES.contains(&keyword) => ranges.into_iter().skip(1).take(1).collect(),
        _ => Vec::new(),
    }
}

/// The flags of a `.dic` entry (`stem/flags morphology`), as a byte range of its line: after
/// the first `/` no backslash escapes, up to a space or a tab.
fn flags_of_dic_line(line: &[u8]) -> Option<Range<usize>> {
    let end = line
        .iter()
        .position(|&b| b == b'\t' || b == b' ' || b == b'\n' || b == b'\r')
        .unwrap_or(line.len());
    let slash = (0..end).find(|&i| line[i] == b'/' && (i == 0 || line[i - 1] != b'\\'))?;
    Some(slash + 1..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dictionary whose two affix classes are named by bytes no UTF-8 character has, as
    /// hu_HU's are: each applies to its own stem only.
    const AFF: &[u8] = b"SET UTF-8\nSFX \xD6 Y 1\nSFX \xD6 0 ak .\nSFX \xD2 Y 1\nSFX \xD2 0 ok .\n";
    const DIC: &[u8] = b"2\nh\xC3\xA1z/\xD6\nl\xC3\xB3/\xD2\tpo:noun\n";

    fn checker(aff: &[u8], dic: &[u8]) -> spellbook::Dictionary {
        let reading = Reading::of(encoding_rs::UTF_8, aff);
        spellbook::Dictionary::new(&reading.aff(aff), &reading.dic(dic)).unwrap()
    }

    #[test]
    fn byte_flags_outside_utf_8_stay_apart() {
        let dictionary = checker(AFF, DIC);
        assert!(dictionary.check("házak") && dictionary.check("lóok"));
        // Read as text, both classes were U+FFFD's first byte: "házok" and "lóak" were words.
        assert!(!dictionary.check("házok") && !dictionary.check("lóak"));
    }

    #[test]
    fn words_and_morphology_are_decoded_as_before() {
        let reading = Reading::of(encoding_rs::UTF_8, AFF);
        let dic = reading.dic(DIC);
        assert_eq!(dic, "2\nház/\u{D6}\nló/\u{D2}\tpo:noun\n");
        assert!(reading
            .aff(AFF)
            .starts_with("FLAG UTF-8\nSET UTF-8\nSFX \u{D6} Y 1\n"));
    }

    #[test]
    fn a_dictionary_with_ascii_flags_or_its_own_flag_type_is_read_as_text() {
        let ascii = b"SET UTF-8\nSFX A Y 1\nSFX A 0 ak .\n";
        assert!(!Reading::of(encoding_rs::UTF_8, ascii).flags_by_byte);
        let long = b"SET UTF-8\nFLAG long\nSFX \xD6\xD6 Y 1\nSFX \xD6\xD6 0 ak .\n";
        assert!(!Reading::of(encoding_rs::UTF_8, long).flags_by_byte);
    }

    #[test]
    fn the_fields_that_hold_flags_are_found() {
        let line = b"SFX \xD6 0 ak/AB [^a] st:x\n";
        let flags = flags_of_aff_line(line);
        assert_eq!(
            flags.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            [&b"\xD6"[..], b"AB"]
        );
        let pattern = b"CHECKCOMPOUNDPATTERN o/X b/Y z\n";
        let flags = flags_of_aff_line(pattern);
        assert_eq!(
            flags
                .iter()
                .map(|r| &pattern[r.clone()])
                .collect::<Vec<_>>(),
            [&b"X"[..], b"Y"]
        );
        assert_eq!(flags_of_dic_line(b"a\\/b/XY\tpo:noun"), Some(5..7));
        assert_eq!(flags_of_dic_line(b"plain\n"), None);
    }
}
