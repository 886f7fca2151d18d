// Conversion from a legacy or Unicode charset to UTF-16 through ucnv, and
// from UTF-8 without it, with malformed input replaced by U+FFFD and counted.
#include "hq_icu.h"
#include "utf8_three_byte_runs.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <string.h>
#include <strings.h>

/// What the substitution callback records while converting.
typedef struct invalid_tally {
    const char *sourceStart;
    int32_t count;
    int32_t firstOffset;
} invalid_tally;

static void substitute_and_count(const void *context,
                                 UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason,
                                 UErrorCode *error) {
    (void)codeUnits;
    if (reason > UCNV_IRREGULAR) return; // reset, close, clone: nothing to do
    invalid_tally *tally = (invalid_tally *)context;
    if (tally->count == 0) {
        int32_t offset = (int32_t)(args->source - tally->sourceStart) - length;
        tally->firstOffset = offset < 0 ? 0 : offset;
    }
    tally->count += 1;
    static const UChar replacement = 0xFFFD;
    *error = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

/// The scalar of the well-formed sequence of `length` bytes at `source`.
static inline uint32_t scalar_of(const uint8_t *source, int32_t length) {
    switch (length) {
    case 2: return (uint32_t)(source[0] & 0x1F) << 6 | (source[1] & 0x3F);
    case 3: return (uint32_t)(source[0] & 0x0F) << 12 | (uint32_t)(source[1] & 0x3F) << 6 | (source[2] & 0x3F);
    default:
        return (uint32_t)(source[0] & 0x07) << 18 | (uint32_t)(source[1] & 0x3F) << 12
            | (uint32_t)(source[2] & 0x3F) << 6 | (source[3] & 0x3F);
    }
}

/// Whether the eight bytes at `source` open with two well-formed
/// three-byte sequences, their shape tested on one load (lead 1110xxxx,
/// then two 10xxxxxx, twice), neither overlong nor a surrogate; their
/// scalars go to `*first` and `*second`. Chinese text is mostly such
/// sequences, read here two at a time.
static inline int two_three_byte_sequences(const uint8_t *source, uint32_t *first, uint32_t *second) {
    uint64_t word;
    memcpy(&word, source, 8);
    if ((word & 0x0000C0C0F0C0C0F0ull) != 0x00008080E08080E0ull) return 0;
    *first = (uint32_t)((word & 0x0F) << 12 | (word >> 2 & 0x0FC0) | (word >> 16 & 0x3F));
    *second = (uint32_t)((word >> 12 & 0xF000) | (word >> 26 & 0x0FC0) | (word >> 40 & 0x3F));
    return !((*first < 0x800) | ((*first - 0xD800) < 0x800) | (*second < 0x800) | ((*second - 0xD800) < 0x800));
}

/// The sequence that starts with the non-ASCII byte at `source`: its
/// scalar when well-formed (Unicode table 3-7), else -1 for a maximal
/// subpart (the longest start of a well-formed sequence, or else one
/// byte), as ICU's UTF-8 converter delimits them. `*next` is set past it.
static inline int32_t non_ascii_sequence(const uint8_t *source, const uint8_t *end, const uint8_t **next) {
    uint32_t lead = source[0];
    // The sequence's length, and the range its second byte must fall in
    // to be neither overlong, a surrogate nor past U+10FFFF.
    int32_t sequence = 0;
    uint8_t least = 0x80, most = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        sequence = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        sequence = 3;
        if (lead == 0xE0) least = 0xA0;
        if (lead == 0xED) most = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        sequence = 4;
        if (lead == 0xF0) least = 0x90;
        if (lead == 0xF4) most = 0x8F;
    }
    const uint8_t *after = source + 1;
    if (sequence > 0 && after < end && *after >= least && *after <= most) {
        after += 1;
        while (after - source < sequence && after < end && (*after & 0xC0) == 0x80) after += 1;
        if (after - source == sequence) {
            *next = after;
            return (int32_t)scalar_of(source, sequence);
        }
    }
    *next = after;
    return -1;
}

/// How far reading bytes as UTF-8 got, and what it found.
typedef struct utf8_reading {
    /// Bytes read, and UTF-16 units written (none when only counting).
    int32_t consumed, written;
    /// Malformed sequences, and the byte offset of the first (-1 when none).
    int32_t invalid, firstInvalid;
    /// UTF-16 units beyond ASCII of the well-formed sequences, U+FFFD apart
    /// (counted only when asked).
    int32_t nonASCII;
    /// Why reading stopped before the end, if it did (UTF8_ENDED otherwise).
    int32_t stopped;
} utf8_reading;

enum { UTF8_ENDED = 0, UTF8_FAR_FROM_UTF8 = 1, UTF8_AT_FIRST_INVALID = 2 };

static const utf8_reading utf8_start = { 0, 0, 0, -1, 0, UTF8_ENDED };

/// Reads `length` bytes as UTF-8 from where `reading` got to, writing
/// UTF-16 to `destination` when `write` (room for `length` units: never
/// fewer than the bytes need). A byte sequence that is not well-formed
/// becomes one U+FFFD for each maximal subpart, as ICU's UTF-8 converter
/// substitutes them. With `count_non_ascii`, counts the units beyond
/// ASCII. With `stop_far` (which needs that count), stops as soon as the
/// bytes can no longer be mostly UTF-8: more than one malformed sequence
/// for every ten units beyond ASCII, however well-formed the rest, which
/// gives at most one such unit for every two bytes. With
/// `pause_at_invalid`, stops before the first malformed sequence. Always
/// inlined with constant flags, so that each caller gets a loop of its
/// own without the others' work.
static inline __attribute__((always_inline))
void read_utf8(const uint8_t *bytes, int32_t length, uint16_t *destination, utf8_reading *reading,
               int write, int count_non_ascii, int stop_far, int pause_at_invalid) {
    const uint8_t *source = bytes + reading->consumed, *end = bytes + length;
    uint16_t *target = write ? destination + reading->written : NULL;
    int32_t invalid = reading->invalid, nonASCII = reading->nonASCII;
    while (source < end) {
        uint32_t first, second;
        // Where nothing is counted (a well-formed U+FFFD is not counted),
        // a run of three-byte sequences goes four at a time if it can.
        if (write && !count_non_ascii && source[0] >= 0xE0 && end - source >= 16) {
            int32_t run = hq_utf8_three_byte_run(source, (int32_t)(end - source), target);
            target += run / 3;
            source += run;
        }
        while (end - source >= 8 && two_three_byte_sequences(source, &first, &second)) {
            if (write) {
                target[0] = (uint16_t)first;
                target[1] = (uint16_t)second;
                target += 2;
            }
            if (count_non_ascii) nonASCII += (first != 0xFFFD) + (second != 0xFFFD);
            source += 6;
        }
        if (source >= end) break;
        if (source[0] < 0x80) {
            if (write) *target++ = source[0];
            source += 1;
            continue;
        }
        const uint8_t *next;
        int32_t scalar = non_ascii_sequence(source, end, &next);
        if (scalar >= 0x10000) {
            if (write) {
                scalar -= 0x10000;
                *target++ = (uint16_t)(0xD800 | (scalar >> 10));
                *target++ = (uint16_t)(0xDC00 | (scalar & 0x3FF));
            }
            if (count_non_ascii) nonASCII += 2;
        } else if (scalar >= 0) {
            if (write) *target++ = (uint16_t)scalar;
            if (count_non_ascii) nonASCII += scalar != 0xFFFD;
        } else {
            if (pause_at_invalid) {
                reading->stopped = UTF8_AT_FIRST_INVALID;
                break;
            }
            if (invalid == 0) reading->firstInvalid = (int32_t)(source - bytes);
            invalid += 1;
            if (write) *target++ = 0xFFFD;
            if (stop_far && (int64_t)invalid * 10 > (int64_t)nonASCII + (end - next) / 2) {
                reading->stopped = UTF8_FAR_FROM_UTF8;
                source = next;
                break;
            }
        }
        source = next;
    }
    reading->consumed = (int32_t)(source - bytes);
    reading->written = write ? (int32_t)(target - destination) : 0;
    reading->invalid = invalid;
    reading->nonASCII = nonASCII;
}

/// The units of `units` beyond ASCII, U+FFFD apart.
static int32_t non_ascii_units(const uint16_t *units, int32_t count) {
    int32_t found = 0;
    for (int32_t index = 0; index < count; index++) found += (units[index] >= 0x80) & (units[index] != 0xFFFD);
    return found;
}

int32_t hq_utf8_tally(const char *bytes, int32_t length, int32_t *invalidCount, int32_t *wellFormedNonASCII) {
    utf8_reading reading = utf8_start;
    read_utf8((const uint8_t *)bytes, length, NULL, &reading, 0, 1, 1, 0);
    *invalidCount = reading.invalid;
    *wellFormedNonASCII = reading.nonASCII;
    return reading.stopped == UTF8_FAR_FROM_UTF8;
}

int32_t hq_decode_mostly_utf8(const char *bytes, int32_t length,
                              uint16_t *destination, int32_t capacity,
                              int32_t *invalidCount, int32_t *firstInvalidOffset,
                              int32_t *status) {
    *status = HQ_OK;
    if (capacity < length) {
        *status = HQ_BUFFER_TOO_SMALL;
        return length;
    }
    // Well-formed UTF-8 is decoded as fast as ever, nothing counted; from
    // the first malformed sequence on, the units beyond ASCII are counted,
    // those before it once, from the units written.
    utf8_reading reading = utf8_start;
    read_utf8((const uint8_t *)bytes, length, destination, &reading, 1, 0, 0, 1);
    if (reading.stopped == UTF8_AT_FIRST_INVALID) {
        reading.stopped = UTF8_ENDED;
        reading.nonASCII = non_ascii_units(destination, reading.written);
        read_utf8((const uint8_t *)bytes, length, destination, &reading, 1, 1, 1, 0);
    }
    if (reading.stopped == UTF8_FAR_FROM_UTF8 || (int64_t)reading.invalid * 10 > reading.nonASCII) {
        *status = HQ_NOT_MOSTLY_UTF8;
        return 0;
    }
    *invalidCount += reading.invalid;
    if (reading.invalid > 0) *firstInvalidOffset = reading.firstInvalid;
    return reading.written;
}

int32_t hq_charset_is_known(const char *charset) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (converter != NULL) ucnv_close(converter);
    return U_SUCCESS(error) ? 1 : 0;
}

int32_t hq_convert_to_utf16(const char *charset,
                            const char *bytes, int32_t length,
                            uint16_t *destination, int32_t capacity,
                            int32_t *invalidCount, int32_t *firstInvalidOffset,
                            int32_t *status) {
    if (strcasecmp(charset, "UTF-8") != 0) {
        return hq_convert_with_converter(charset, bytes, length, destination, capacity,
                                         invalidCount, firstInvalidOffset, status);
    }
    // UTF-8, well-formed or not, is decoded here, several times faster than
    // through a converter, and substituted as ICU's converter substitutes.
    *status = HQ_OK;
    if (capacity < length) {
        *status = HQ_BUFFER_TOO_SMALL;
        return length;
    }
    utf8_reading reading = utf8_start;
    read_utf8((const uint8_t *)bytes, length, destination, &reading, 1, 0, 0, 0);
    *invalidCount += reading.invalid;
    if (reading.invalid > 0) *firstInvalidOffset = reading.firstInvalid;
    return reading.written;
}

int32_t hq_convert_with_converter(const char *charset,
                                  const char *bytes, int32_t length,
                                  uint16_t *destination, int32_t capacity,
                                  int32_t *invalidCount, int32_t *firstInvalidOffset,
                                  int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) { *status = HQ_UNKNOWN_CHARSET; return 0; }

    invalid_tally tally = { bytes, 0, -1 };
    ucnv_setToUCallBack(converter, substitute_and_count, &tally, NULL, NULL, &error);

    UChar *target = (UChar *)destination;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, (UChar *)destination + capacity,
                   &source, bytes + length, NULL, 1, &error);
    int32_t written = (int32_t)(target - (UChar *)destination);
    ucnv_close(converter);

    if (error == U_BUFFER_OVERFLOW_ERROR) {
        *status = HQ_BUFFER_TOO_SMALL;
        return length * 2 + 16;
    }
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return written; }
    *invalidCount += tally.count;
    if (tally.count > 0) *firstInvalidOffset = tally.firstOffset;
    return written;
}
