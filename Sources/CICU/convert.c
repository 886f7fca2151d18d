// Conversion from a legacy or Unicode charset to UTF-16 through ucnv, and
// from UTF-8 without it, with malformed input replaced by U+FFFD and counted.
#include "hq_icu.h"
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

/// Decodes `length` bytes of UTF-8 into `destination`, which has room for
/// `length` units (never fewer than the bytes need: a unit per byte at
/// most). A byte sequence that is not well-formed (Unicode table 3-7)
/// becomes one U+FFFD for each maximal subpart (the longest start of a
/// well-formed sequence, or else one byte), as ICU's UTF-8 converter
/// substitutes them; their number is added to `*invalidCount` and the
/// offset of the first stored in `*firstInvalidOffset`. Returns the units
/// written. Chinese text is mostly three-byte sequences, decoded here two
/// at a time.
static int32_t decode_utf8(const uint8_t *bytes, int32_t length, uint16_t *destination,
                           int32_t *invalidCount, int32_t *firstInvalidOffset) {
    const uint8_t *source = bytes, *end = bytes + length;
    uint16_t *target = destination;
    int32_t invalid = 0;
    while (source < end) {
        // Two three-byte sequences at once, their shape tested on one 8-byte
        // load: lead 1110xxxx, then two 10xxxxxx, twice; an overlong form or a
        // surrogate among them is left to the byte-by-byte path below.
        while (end - source >= 8) {
            uint64_t word;
            memcpy(&word, source, 8);
            if ((word & 0x0000C0C0F0C0C0F0ull) != 0x00008080E08080E0ull) break;
            uint32_t first = (uint32_t)((word & 0x0F) << 12 | (word >> 2 & 0x0FC0) | (word >> 16 & 0x3F));
            uint32_t second = (uint32_t)((word >> 12 & 0xF000) | (word >> 26 & 0x0FC0) | (word >> 40 & 0x3F));
            if ((first < 0x800) | ((first - 0xD800) < 0x800) | (second < 0x800) | ((second - 0xD800) < 0x800)) break;
            target[0] = (uint16_t)first;
            target[1] = (uint16_t)second;
            target += 2;
            source += 6;
        }
        if (source >= end) break;
        uint32_t lead = source[0];
        if (lead < 0x80) {
            *target++ = (uint16_t)lead;
            source += 1;
            continue;
        }
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
        const uint8_t *next = source + 1;
        if (sequence > 0 && next < end && *next >= least && *next <= most) {
            next += 1;
            while (next - source < sequence && next < end && (*next & 0xC0) == 0x80) next += 1;
            if (next - source == sequence) {
                uint32_t scalar = scalar_of(source, sequence);
                if (scalar >= 0x10000) {
                    scalar -= 0x10000;
                    *target++ = (uint16_t)(0xD800 | (scalar >> 10));
                    *target++ = (uint16_t)(0xDC00 | (scalar & 0x3FF));
                } else {
                    *target++ = (uint16_t)scalar;
                }
                source = next;
                continue;
            }
        }
        // Not well-formed: the bytes from `source` to `next` are one maximal subpart.
        if (invalid == 0) *firstInvalidOffset = (int32_t)(source - bytes);
        invalid += 1;
        *target++ = 0xFFFD;
        source = next;
    }
    *invalidCount += invalid;
    return (int32_t)(target - destination);
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
    return decode_utf8((const uint8_t *)bytes, length, destination, invalidCount, firstInvalidOffset);
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
