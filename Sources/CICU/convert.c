// Conversion from a legacy or Unicode charset to UTF-16 through ucnv,
// with malformed input replaced by U+FFFD and counted.
#include "hq_icu.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
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

/// Decodes `length` bytes of well-formed UTF-8 into `destination`, which
/// has room for `length` units (never fewer than the bytes need); returns
/// the units written, or -1 at the first byte sequence that is not
/// well-formed (Unicode table 3-7), leaving the text to ICU. On well-formed
/// text, ICU's answer is the same: the UTF-16 form of the same scalars.
/// Chinese text is mostly three-byte sequences, decoded here in one step.
static int32_t decode_wellformed_utf8(const uint8_t *bytes, int32_t length, uint16_t *destination) {
    const uint8_t *source = bytes, *end = bytes + length;
    uint16_t *target = destination;
    uint32_t malformed = 0; // set by the two-at-a-time path, tested once at the end
    while (source < end) {
        // Two three-byte sequences at once, their shape tested on one 8-byte
        // load: lead 1110xxxx, then two 10xxxxxx, twice.
        while (end - source >= 8) {
            uint64_t word;
            memcpy(&word, source, 8);
            if ((word & 0x0000C0C0F0C0C0F0ull) != 0x00008080E08080E0ull) break;
            uint32_t first = (uint32_t)((word & 0x0F) << 12 | (word >> 2 & 0x0FC0) | (word >> 16 & 0x3F));
            uint32_t second = (uint32_t)((word >> 12 & 0xF000) | (word >> 26 & 0x0FC0) | (word >> 40 & 0x3F));
            // Overlong forms and surrogates, as below.
            malformed |= (first < 0x800) | ((first - 0xD800) < 0x800) | (second < 0x800) | ((second - 0xD800) < 0x800);
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
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (end - source < 3) return -1;
            uint32_t second = source[1], third = source[2];
            if ((second & 0xC0) != 0x80 || (third & 0xC0) != 0x80) return -1;
            uint32_t scalar = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F);
            // Overlong forms (E0 80..9F) and surrogates (ED A0..BF) are not well-formed.
            if (scalar < 0x800 || (scalar >= 0xD800 && scalar <= 0xDFFF)) return -1;
            *target++ = (uint16_t)scalar;
            source += 3;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            if (end - source < 2) return -1;
            uint32_t second = source[1];
            if ((second & 0xC0) != 0x80) return -1;
            *target++ = (uint16_t)(((lead & 0x1F) << 6) | (second & 0x3F));
            source += 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (end - source < 4) return -1;
            uint32_t second = source[1], third = source[2], fourth = source[3];
            if ((second & 0xC0) != 0x80 || (third & 0xC0) != 0x80 || (fourth & 0xC0) != 0x80) return -1;
            uint32_t scalar = ((lead & 0x07) << 18) | ((second & 0x3F) << 12) | ((third & 0x3F) << 6) | (fourth & 0x3F);
            // Overlong forms (F0 80..8F) and scalars past U+10FFFF (F4 90..BF) are not well-formed.
            if (scalar < 0x10000 || scalar > 0x10FFFF) return -1;
            scalar -= 0x10000;
            *target++ = (uint16_t)(0xD800 | (scalar >> 10));
            *target++ = (uint16_t)(0xDC00 | (scalar & 0x3FF));
            source += 4;
        } else {
            return -1;
        }
    }
    return malformed ? -1 : (int32_t)(target - destination);
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
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    if (strcasecmp(charset, "UTF-8") == 0) {
        // Well-formed UTF-8, the usual input, goes through ICU's string
        // conversion, several times faster than a converter; anything
        // malformed falls through to the converter, which counts and places it.
        if (capacity >= length) {
            int32_t decoded = decode_wellformed_utf8((const uint8_t *)bytes, length, destination);
            if (decoded >= 0) return decoded;
        }
        int32_t written = 0, substitutions = 0;
        u_strFromUTF8WithSub((UChar *)destination, capacity, &written, bytes, length,
                             0xFFFD, &substitutions, &error);
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            *status = HQ_BUFFER_TOO_SMALL;
            return length * 2 + 16;
        }
        if (U_SUCCESS(error) && substitutions == 0) return written;
        error = U_ZERO_ERROR;
    }
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
