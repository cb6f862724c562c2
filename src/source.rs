//! Source files, byte spans and the line/column index that turns one into the other.

use std::path::PathBuf;

/// Index of a file in the scan's file table.
pub type FileId = usize;

/// A byte range in one file. `end` is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The smallest span that covers both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A position a user reads: 1-based line, 1-based column in Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Byte offsets of line starts, built once per file so that every finding's position is a
/// binary search instead of a rescan of the file. Offsets are `u32`: files are read only up
/// to a few MiB, and a large scan keeps one index per file.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        // Past 4 GiB (never read: files are capped far lower) lines are not indexed.
        starts.extend(memchr_newlines(text.as_bytes()).map_while(|i| u32::try_from(i + 1).ok()));
        starts.shrink_to_fit();
        LineIndex { starts }
    }

    /// The 0-based line that holds `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).map(|start| *start as usize)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Line and column of a byte offset; an offset inside a multi-byte character is moved back
    /// to the character's start, one past the end is clamped to the end.
    pub fn position(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_start(line).unwrap_or(0).min(offset);
        let column = text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// Byte offset of a 1-based line and 1-based column (in characters), as parsers report errors.
    pub fn offset_of(&self, text: &str, line: usize, column: usize) -> usize {
        let Some(start) = line.checked_sub(1).and_then(|l| self.line_start(l)) else {
            return text.len();
        };
        let line_end = self.line_start(line).unwrap_or(text.len()).min(text.len());
        let chars = column.saturating_sub(1);
        text[start..line_end]
            .char_indices()
            .nth(chars)
            .map_or(line_end, |(i, _)| start + i)
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter_map(|(i, b)| (*b == b'\n').then_some(i))
}

/// A file read for the scan: its path as reported, its text and its line index.
///
/// Once parsed, a file's text is released ([`SourceFile::release_text`]): its facts carry
/// what the rules need, its positions follow from the line index alone, and the few
/// consumers of its text (the human report, fingerprints) read it again with
/// [`SourceFile::full_text`]. A scan of a large tree then holds its facts, not its bytes.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as printed in reports: relative to the current directory when under it.
    pub display_path: String,
    /// The path on disk, for reading neighbours (a Compose file's build context).
    pub disk_path: PathBuf,
    /// The text, or empty once released.
    pub text: String,
    pub lines: LineIndex,
    len: usize,
    ascii: bool,
    released: bool,
    /// Once a non-ASCII file's text is released: the offsets of its UTF-8 continuation bytes,
    /// so that a column (which counts characters) is still the byte distance minus the
    /// continuation bytes in between.
    continuation_bytes: Vec<u32>,
}

impl SourceFile {
    pub fn new(display_path: String, disk_path: PathBuf, text: String) -> SourceFile {
        let lines = LineIndex::new(&text);
        SourceFile {
            display_path,
            disk_path,
            len: text.len(),
            ascii: text.is_ascii(),
            text,
            lines,
            released: false,
            continuation_bytes: Vec::new(),
        }
    }

    /// The text's length in bytes, released or not.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn is_released(&self) -> bool {
        self.released
    }

    /// Drops the text. A non-ASCII file keeps the offsets of its continuation bytes instead,
    /// since a column counts characters; one dense with them (most text outside Latin
    /// scripts), where those offsets would outweigh the text, keeps its text.
    pub fn release_text(&mut self) {
        if self.released {
            return;
        }
        if !self.ascii {
            let continuation = self.text.bytes().filter(|b| is_continuation(*b)).count();
            if continuation * size_of::<u32>() > self.text.len() / 4 {
                return;
            }
            let mut offsets = Vec::with_capacity(continuation);
            offsets.extend(
                self.text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| is_continuation(*b))
                    .map_while(|(i, _)| u32::try_from(i).ok()),
            );
            self.continuation_bytes = offsets;
        }
        self.text = String::new();
        self.released = true;
    }

    /// Continuation bytes in `start..end` of a released file.
    fn continuation_bytes_in(&self, start: usize, end: usize) -> usize {
        let index = |offset: usize| {
            let offset = u32::try_from(offset).unwrap_or(u32::MAX);
            self.continuation_bytes.partition_point(|b| *b < offset)
        };
        index(end) - index(start).min(index(end))
    }

    /// The whole text: kept, or read again from disk when released. A file that changed on
    /// disk since the scan read it (another length) gives "", never text that does not match
    /// the spans.
    pub fn full_text(&self) -> std::borrow::Cow<'_, str> {
        if !self.released {
            return std::borrow::Cow::Borrowed(&self.text);
        }
        match crate::discover::read(&self.disk_path) {
            crate::discover::ReadOutcome::Text(text) if text.len() == self.len => {
                std::borrow::Cow::Owned(text)
            }
            _ => std::borrow::Cow::Owned(String::new()),
        }
    }

    pub fn position(&self, offset: usize) -> LineCol {
        if self.released {
            let mut offset = offset.min(self.len);
            // An offset inside a character moves back to its start, as with the text.
            while offset > 0 && self.continuation_bytes_in(offset, offset + 1) == 1 {
                offset -= 1;
            }
            let line = self.lines.line_of(offset);
            let start = self.lines.line_start(line).unwrap_or(0).min(offset);
            return LineCol {
                line: line + 1,
                column: offset - start - self.continuation_bytes_in(start, offset) + 1,
            };
        }
        self.lines.position(&self.text, offset)
    }

    /// The text of a span, or "" when the span does not fit the file.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// A span of one character at a byte offset (or empty at the end of the file), for errors
    /// that have a position but no extent.
    pub fn point(&self, offset: usize) -> Span {
        let mut start = offset.min(self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let end = self.text[start..]
            .chars()
            .next()
            .filter(|c| *c != '\n')
            .map_or(start, |c| start + c.len_utf8());
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a: é\nbé: x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), LineCol { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), LineCol { line: 2, column: 5 });
        assert_eq!(index.offset_of(text, 2, 5), x);
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let text = "abc";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 99), LineCol { line: 1, column: 4 });
        assert_eq!(index.offset_of(text, 7, 1), 3);
    }

    #[test]
    fn a_released_file_gives_the_positions_its_text_gave() {
        let text = format!(
            "a: é\nbé: \"x😀y\"\r\n\u{feff}z: 日本\n\n{}",
            "plain: ascii text\n".repeat(20)
        );
        let text = text.as_str();
        let mut file = SourceFile::new("f".into(), "f".into(), text.to_string());
        let before: Vec<LineCol> = (0..=text.len() + 2).map(|o| file.position(o)).collect();
        file.release_text();
        assert!(file.is_released());
        assert!(file.text.is_empty());
        let after: Vec<LineCol> = (0..=text.len() + 2).map(|o| file.position(o)).collect();
        assert_eq!(before, after);
    }

    #[test]
    fn text_dense_with_multibyte_characters_is_kept() {
        let text = "名前: 日本語のテキスト\n".repeat(4);
        let mut file = SourceFile::new("f".into(), "f".into(), text.clone());
        file.release_text();
        assert!(!file.is_released());
        assert_eq!(file.text, text);
    }
}
