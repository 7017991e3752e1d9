//! The words earlier builds shaped and hyphenated, kept in the edition's cache (`crate::cache`)
//! so that a rebuild sets its text without shaping or hyphenating a word it has seen: the two
//! were over half of setting this edition's lines, and an editor rebuilds after every change.
//!
//! A word's glyphs depend only on the word, the face, the variant's features, the fonts'
//! bytes and the shaper; its breaks only on the word and the language's patterns. The cache
//! file is named by a hash of all of them (the fonts, the language, what folio was made from,
//! and the source of the shaper, the hyphenator and this file), so a word read back is exactly
//! what shaping it again would give, and a build is byte-identical with or without the file.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::shape::{Glyph, Shaped};
use crate::cache::{self, CacheFile};

/// Words shaped, by face and variant slot then word, and the book language's breaks, by word.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct KnownWords {
    pub(super) shaped: Vec<FxHashMap<Box<str>, Shaped>>,
    pub(super) breaks: FxHashMap<Box<str>, Vec<usize>>,
    /// How many of the words were shaped or hyphenated by this build rather than read (not
    /// kept in the file).
    pub(super) fresh: usize,
}

/// What a words cache file holds: [`KnownWords`], encoded by [`KnownWords::encode`].
const FORMAT: cache::Format = cache::Format {
    magic: b"folio words\0\0\0\0\0",
    version: 1,
};

/// Past this many words the cache is not written: a cache that grew over many revisions
/// would cost more to read than it saves (this edition has about 3,500 words a face; a 1 MB
/// book about 40,000).
const MAX_WORDS: usize = 400_000;

impl KnownWords {
    /// The cache file of the words set in the faces `fonts` (their bytes) for a book in
    /// `language`.
    pub fn cache_file(
        directory: &std::path::Path,
        fonts: &[Arc<Vec<u8>>],
        language: &str,
    ) -> CacheFile {
        let mut inputs: Vec<&[u8]> = cache::made_by().to_vec();
        inputs.extend([
            include_str!("shape.rs").as_bytes(),
            include_str!("hyphenate.rs").as_bytes(),
            include_str!("words.rs").as_bytes(),
            language.as_bytes(),
        ]);
        inputs.extend(fonts.iter().map(|face| face.as_slice()));
        CacheFile::new(directory, ("words", "words", "bin"), &FORMAT, &inputs)
    }

    /// The words kept in `file`; none if there is no such file or it cannot be read whole.
    pub fn read(file: &CacheFile) -> KnownWords {
        file.read()
            .and_then(|bytes| KnownWords::decode(&bytes))
            .unwrap_or_default()
    }

    /// Keeps `learned` (the words a build used) in `file` when the build shaped or hyphenated
    /// any word anew. A build past `MAX_WORDS` is not kept: reading it would cost more than
    /// it saves.
    pub fn save(learned: &KnownWords, file: &CacheFile) {
        let words: usize = learned.shaped.iter().map(FxHashMap::len).sum();
        if learned.fresh > 0 && words <= MAX_WORDS {
            // A cache that cannot be written only costs the next build the shaping.
            let _ = file.write(&learned.encode());
        }
    }

    /// The glyphs of `word` in face and variant slot `slot`, if known.
    pub(super) fn shaped(&self, slot: usize, word: &str) -> Option<&Shaped> {
        self.shaped.get(slot)?.get(word)
    }

    /// Adds `other`'s words.
    pub fn add(&mut self, other: KnownWords) {
        if self.shaped.len() < other.shaped.len() {
            self.shaped
                .resize_with(other.shaped.len(), FxHashMap::default);
        }
        for (mine, theirs) in self.shaped.iter_mut().zip(other.shaped) {
            for (word, shaped) in theirs {
                mine.entry(word).or_insert(shaped);
            }
        }
        for (word, breaks) in other.breaks {
            self.breaks.entry(word).or_insert(breaks);
        }
        self.fresh += other.fresh;
    }

    /// The words in a stable order (by slot, then word), each as its bytes: counts and
    /// lengths as u32, floats as their bits, little-endian.
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put_len(&mut out, self.shaped.len());
        for words in &self.shaped {
            let mut words: Vec<_> = words.iter().collect();
            words.sort_by(|a, b| a.0.cmp(b.0));
            put_len(&mut out, words.len());
            for (word, shaped) in words {
                put_str(&mut out, word);
                out.extend_from_slice(&shaped.width.to_bits().to_le_bytes());
                put_len(&mut out, shaped.glyphs.len());
                for glyph in &shaped.glyphs {
                    out.extend_from_slice(&glyph.id.to_le_bytes());
                    out.extend_from_slice(&glyph.advance.to_bits().to_le_bytes());
                    out.extend_from_slice(&glyph.default_advance.to_bits().to_le_bytes());
                    put_len(&mut out, glyph.cluster);
                    match &glyph.text {
                        Some(text) => {
                            out.push(1);
                            put_str(&mut out, text);
                        }
                        None => out.push(0),
                    }
                }
            }
        }
        let mut breaks: Vec<_> = self.breaks.iter().collect();
        breaks.sort();
        put_len(&mut out, breaks.len());
        for (word, at) in breaks {
            put_str(&mut out, word);
            put_len(&mut out, at.len());
            for &offset in at {
                put_len(&mut out, offset);
            }
        }
        out
    }

    /// What [`KnownWords::encode`] wrote; `None` for anything else.
    fn decode(bytes: &[u8]) -> Option<KnownWords> {
        let mut r = Reader { bytes };
        let mut known = KnownWords::default();
        for _ in 0..r.len()?.min(MAX_SLOTS) {
            let mut words = FxHashMap::default();
            for _ in 0..r.len()? {
                let word: Box<str> = r.str()?.into();
                let width = f64::from_bits(r.u64()?);
                let count = r.len()?;
                let mut glyphs = Vec::with_capacity(count.min(r.bytes.len()));
                for _ in 0..count {
                    glyphs.push(r.glyph()?);
                }
                words.insert(word, Shaped { glyphs, width });
            }
            known.shaped.push(words);
        }
        for _ in 0..r.len()? {
            let word: Box<str> = r.str()?.into();
            let count = r.len()?;
            let breaks = (0..count).map(|_| r.len()).collect::<Option<Vec<_>>>()?;
            known.breaks.insert(word, breaks);
        }
        r.bytes.is_empty().then_some(known)
    }
}

/// More face and variant slots than a shaper has: a count past it is not a file `encode` wrote.
const MAX_SLOTS: usize = 64;

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_len(out, text.len());
    out.extend_from_slice(text.as_bytes());
}

/// Reads what `encode` wrote, from the front; `None` past the end.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(head)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }

    fn len(&mut self) -> Option<usize> {
        let n = u32::from_le_bytes(self.take(4)?.try_into().ok()?);
        usize::try_from(n).ok()
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn glyph(&mut self) -> Option<Glyph> {
        Some(Glyph {
            id: self.u16()?,
            advance: f64::from_bits(self.u64()?),
            default_advance: f64::from_bits(self.u64()?),
            cluster: self.len()?,
            text: match self.byte()? {
                0 => None,
                1 => Some(Arc::from(self.str()?)),
                _ => return None,
            },
        })
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> KnownWords {
        let mut known = KnownWords::default();
        let glyph = |id, cluster, text: Option<&str>| Glyph {
            id,
            advance: 0.25 + f64::from(id) / 1000.0,
            default_advance: 0.25,
            cluster,
            text: text.map(Arc::from),
        };
        known.shaped = vec![FxHashMap::default(); 6];
        known.shaped[0].insert(
            "office".into(),
            Shaped {
                glyphs: vec![
                    glyph(7, 0, Some("o")),
                    glyph(90, 1, Some("ffi")),
                    glyph(12, 4, Some("c")),
                    glyph(13, 5, Some("e")),
                ],
                width: 1.1,
            },
        );
        known.shaped[5].insert(
            "Gerő".into(),
            Shaped {
                glyphs: vec![glyph(3, 0, Some("G")), glyph(4, 1, None)],
                width: 0.5,
            },
        );
        known.breaks.insert("revolution".into(), vec![3, 5, 7]);
        known
    }

    #[test]
    fn words_read_back_as_written_and_nothing_else_reads() {
        let known = sample();
        let bytes = known.encode();
        assert_eq!(KnownWords::decode(&bytes), Some(known));
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(KnownWords::decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(KnownWords::decode(&longer), None);
    }
}
