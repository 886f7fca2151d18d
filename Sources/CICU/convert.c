// Conversion from a legacy or Unicode charset to UTF-16 through ucnv,
// with malformed input replaced by U+FFFD and counted.
#include "hq_icu.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
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
