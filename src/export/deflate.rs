//! zlib compression of PDF streams at the fastest level, with one compressor reused per
//! thread: setting up a fresh one costs more than compressing a page of a book.

/// A zlib compressor kept across streams.
pub struct Deflater {
    compressor: flate2::Compress,
}

impl Default for Deflater {
    fn default() -> Self {
        Deflater {
            // The fastest level: lopdf's own `compress` uses the best, which a profile showed
            // to be 15 % of building this edition and a quarter of building a 1 MB
            // manuscript; the PDF is about a quarter larger for it.
            compressor: flate2::Compress::new(flate2::Compression::fast(), true),
        }
    }
}

impl Deflater {
    /// `data` compressed, or `None` when that would not make it smaller (tiny streams can
    /// grow) or the compressor fails.
    pub fn deflate(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        self.compressor.reset();
        let mut out = Vec::with_capacity(data.len() / 3 + 64);
        loop {
            let consumed = usize::try_from(self.compressor.total_in()).ok()?;
            let status = self
                .compressor
                .compress_vec(&data[consumed..], &mut out, flate2::FlushCompress::Finish)
                .ok()?;
            match status {
                flate2::Status::StreamEnd => break,
                // The output is full: give it room and go on.
                flate2::Status::Ok | flate2::Status::BufError => out.reserve(out.len() + 64),
            }
        }
        (out.len() < data.len()).then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn inflate(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(data)
            .read_to_end(&mut out)
            .expect("valid zlib");
        out
    }

    #[test]
    fn round_trips_and_reuses_the_compressor() {
        let mut deflater = Deflater::default();
        let big: Vec<u8> = (0..200_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        let text = b"BT /F 10 Tf [<0001000200030004>]TJ ET\n".repeat(50);
        for data in [&big[..], &text[..], &big[..]] {
            let compressed = deflater.deflate(data).expect("compressible");
            assert!(compressed.len() < data.len());
            assert_eq!(inflate(&compressed), data);
        }
        assert_eq!(deflater.deflate(b"q"), None, "one byte cannot shrink");
    }
}
