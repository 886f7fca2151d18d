/// A narrow C shim over the system ICU (Debian's libicu-dev).
///
/// This header deliberately exposes no ICU type: only fixed-width integers,
/// `uint16_t` UTF-16 buffers and opaque handles. Swift's Foundation carries
/// its own ICU, and a Swift module that sees both fails to compile. ICU's
/// headers are therefore included only by the `.c` files of this target,
/// which also hide ICU's versioned symbol names (`ubrk_open_72`).
#ifndef HQ_ICU_H
#define HQ_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes returned by the shim's functions.
enum {
    /// The call succeeded.
    HQ_OK = 0,
    /// The destination buffer was too small; retry with a larger one.
    HQ_BUFFER_TOO_SMALL = 1,
    /// The named charset is not known to ICU.
    HQ_UNKNOWN_CHARSET = 2,
    /// ICU reported a failure not covered by the other codes.
    HQ_ICU_FAILURE = 3,
    /// The bytes are not mostly UTF-8 (see hq_decode_mostly_utf8).
    HQ_NOT_MOSTLY_UTF8 = 4
};

/// Kinds of text boundaries a breaker finds.
enum {
    /// Sentence boundaries (ICU `UBRK_SENTENCE`).
    HQ_BREAK_SENTENCE = 0,
    /// Word boundaries (ICU `UBRK_WORD`), dictionary-based for Chinese.
    HQ_BREAK_WORD = 1
};

/// Writes ICU's version (for example "72.1") into `buffer` as a
/// NUL-terminated string, truncated to `capacity` bytes.
void hq_icu_version(char *buffer, int32_t capacity);

/// One candidate charset found by the detector.
typedef struct hq_charset_match {
    /// The charset's name as ICU's detector spells it, NUL-terminated.
    char name[32];
    /// ICU's confidence, from 0 to 100.
    int32_t confidence;
} hq_charset_match;

/// Runs ICU's charset detector over `length` bytes and writes up to
/// `capacity` candidates, best first, into `matches`. Returns how many were
/// written (zero when nothing matched). `*status` receives an HQ_ code.
int32_t hq_detect_charsets(const char *bytes, int32_t length,
                           hq_charset_match *matches, int32_t capacity,
                           int32_t *status);

/// Returns 1 when ICU knows a converter for `charset`, 0 otherwise.
int32_t hq_charset_is_known(const char *charset);

/// Converts `length` bytes in `charset` to UTF-16 in `destination`.
///
/// Malformed and unmappable byte sequences become U+FFFD. Their number is
/// added to `*invalidCount`, and the byte offset of the first one is stored
/// in `*firstInvalidOffset` (left untouched when there is none). Returns the
/// number of UTF-16 units written. On HQ_BUFFER_TOO_SMALL the return value is
/// the capacity needed.
int32_t hq_convert_to_utf16(const char *charset,
                            const char *bytes, int32_t length,
                            uint16_t *destination, int32_t capacity,
                            int32_t *invalidCount, int32_t *firstInvalidOffset,
                            int32_t *status);

/// Converts as hq_convert_to_utf16 does, through ICU's converter for every
/// charset. UTF-8 is decoded by hq_convert_to_utf16 without one, to the
/// same units and counts; tests hold it to this.
int32_t hq_convert_with_converter(const char *charset,
                                  const char *bytes, int32_t length,
                                  uint16_t *destination, int32_t capacity,
                                  int32_t *invalidCount, int32_t *firstInvalidOffset,
                                  int32_t *status);

/// Counts, in `length` bytes read as UTF-8, the malformed sequences (as
/// hq_convert_to_utf16 substitutes them) into `*invalidCount`, and the
/// UTF-16 units beyond ASCII of the well-formed ones, U+FFFD apart, into
/// `*wellFormedNonASCII`: what the decoded text would tell, without it.
/// Stops and returns 1, the counts those so far, once the bytes can no
/// longer be mostly UTF-8 (more than one malformed sequence for every ten
/// units beyond ASCII, however well-formed the rest); otherwise returns 0
/// with the whole counts.
int32_t hq_utf8_tally(const char *bytes, int32_t length, int32_t *invalidCount, int32_t *wellFormedNonASCII);

/// Decodes `length` bytes of UTF-8 as hq_convert_to_utf16 does, when they
/// are mostly UTF-8: at most one malformed sequence for every ten UTF-16
/// units beyond ASCII of the well-formed ones, U+FFFD apart. Otherwise
/// sets `*status` to HQ_NOT_MOSTLY_UTF8 and returns 0, having stopped as
/// soon as that was sure: bytes in another charset cost only their first
/// stretch.
int32_t hq_decode_mostly_utf8(const char *bytes, int32_t length,
                              uint16_t *destination, int32_t capacity,
                              int32_t *invalidCount, int32_t *firstInvalidOffset,
                              int32_t *status);

/// Counts the runs of ASCII or full-width digits that begin in
/// `units[start..<end]` (a digit at `start` after a digit at `start - 1`
/// continues a run begun before) onto `*runs`, and returns where the run
/// that takes `*runs` past `most` begins, or -1 when none does before `end`.
int32_t hq_digit_runs(const uint16_t *units, int32_t start, int32_t end, int32_t *runs, int32_t most);

/// The code units from `first` through `first + count - 1`.
typedef struct hq_unit_range {
    uint16_t first;
    uint16_t count;
} hq_unit_range;

/// The index of the first unit of `units[start..<end]` that falls in one of
/// the `rangeCount` ranges (1 to 8), or `end`; -1 for another number of ranges.
int32_t hq_first_in_ranges(const uint16_t *units, int32_t start, int32_t end,
                           const hq_unit_range *ranges, int32_t rangeCount);

/// How many of the `count` units fall in one of the `rangeCount` ranges
/// (1 to 8); -1 for another number of ranges.
int64_t hq_count_in_ranges(const uint16_t *units, int64_t count, const hq_unit_range *ranges, int32_t rangeCount);

/// A stretch of NFKC output and where it came from. Output unit `i` of
/// the stretch starting at `normalized` came from source unit
/// `original + (i - normalized)`, or from `original` itself when `constant`
/// is nonzero (a run of characters normalized together, such as ㎡ → m2).
typedef struct hq_offset_segment {
    int32_t normalized;
    int32_t original;
    int32_t constant;
} hq_offset_segment;

/// Applies NFKC to `length` UTF-16 units and records where the output came
/// from, as segments in output order (see hq_offset_segment).
///
/// Text that NFKC leaves alone, or changes one unit for one, continues the
/// current segment, so most documents need a single segment. The last
/// segment maps the end of the output to `length`. `segments` must hold
/// `2 * length + 2` entries; `*segmentCount` receives how many were written.
/// Returns the number of units written. On HQ_BUFFER_TOO_SMALL, retry with
/// a larger capacity.
int32_t hq_nfkc_with_map(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity,
                         hq_offset_segment *segments, int32_t *segmentCount,
                         int32_t *status);

/// An ICU break iterator. Not thread-safe: use one per task.
typedef struct hq_breaker hq_breaker;

/// Opens a breaker of the given HQ_BREAK_ kind for `locale` (for example
/// "zh"). Returns NULL on failure, with `*status` set.
hq_breaker *hq_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Releases a breaker. Accepts NULL.
void hq_breaker_close(hq_breaker *breaker);

/// Points the breaker at `length` UTF-16 units. The text is not copied: it
/// must stay alive and unmoved while the breaker is used on it.
int32_t hq_breaker_set_text(hq_breaker *breaker, const uint16_t *text,
                            int32_t length);

/// Returns the next boundary after the current one, or -1 after the last.
int32_t hq_breaker_next(hq_breaker *breaker);

/// ICU's rule status of the boundary just returned. For word breakers,
/// values from 100 to 199 mark numbers, 200 to 299 letters, 400 to 499
/// ideographic words, and values below 100 spaces and punctuation.
int32_t hq_breaker_rule_status(hq_breaker *breaker);

/// Groups of characters by their Unicode Sentence_Break property (UAX #29),
/// as ICU's data gives it.
enum {
    /// STerm: full stops that always end a sentence, such as 。 ! ?
    HQ_SENTENCE_TERMINATOR = 0,
    /// ATerm: full stops that may be abbreviations or decimals, such as `.`
    HQ_SENTENCE_AMBIGUOUS_TERMINATOR = 1,
    /// Sep, CR and LF: paragraph and line separators.
    HQ_SENTENCE_SEPARATOR = 2,
    /// OLetter: letters without case, such as Chinese ideographs.
    HQ_SENTENCE_OTHER_LETTER = 3
};

/// Writes the code point ranges of one HQ_SENTENCE_ group into `ranges`, as
/// pairs of first and last code point, and returns the number of ranges.
/// Writes nothing when more than `capacity` pairs are needed; the return
/// value then says how many.
int32_t hq_sentence_break_ranges(int32_t group, int32_t *ranges, int32_t capacity, int32_t *status);

/// ICU's rule-based spellout formatter (UNUM_SPELLOUT), which writes
/// numbers in words: 2016 becomes 二千〇一十六 for "zh". Not thread-safe.
typedef struct hq_spellout hq_spellout;

/// Opens a spellout formatter for `locale`. Returns NULL on failure.
hq_spellout *hq_spellout_open(const char *locale, int32_t *status);

/// Releases a formatter. Accepts NULL.
void hq_spellout_close(hq_spellout *formatter);

/// Spells out `value` into `destination`; returns the UTF-16 length.
int32_t hq_spellout_format_int64(hq_spellout *formatter, int64_t value,
                                 uint16_t *destination, int32_t capacity,
                                 int32_t *status);

/// Spells out a decimal given as ASCII text ("123.456"); returns the UTF-16 length.
int32_t hq_spellout_format_decimal(hq_spellout *formatter, const char *decimal,
                                   uint16_t *destination, int32_t capacity,
                                   int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
