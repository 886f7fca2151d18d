// NFKC normalization that remembers, for every output unit, where in the
// input it came from.
#include "hq_icu.h"
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

int32_t hq_nfkc_with_map(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t *sourceIndex,
                         int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
    const UChar *text = (const UChar *)source;

    int32_t in = 0, out = 0;
    while (in < length) {
        // Copy the longest prefix that is already NFKC, unit for unit.
        int32_t normal = unorm2_spanQuickCheckYes(nfkc, text + in, length - in, &error);
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        if (out + normal > capacity) { *status = HQ_BUFFER_TOO_SMALL; return 0; }
        for (int32_t i = 0; i < normal; i++) {
            destination[out] = source[in + i];
            sourceIndex[out] = in + i;
            out++;
        }
        in += normal;
        if (in >= length) break;

        // Normalize the run up to the next normalization boundary as one
        // piece; all of its output maps back to the run's start.
        int32_t end = in;
        U16_FWD_1(text, end, length);
        while (end < length) {
            int32_t next = end;
            UChar32 c;
            U16_NEXT(text, next, length, c);
            if (unorm2_hasBoundaryBefore(nfkc, c)) break;
            end = next;
        }
        int32_t written = unorm2_normalize(nfkc, text + in, end - in,
                                           (UChar *)destination + out,
                                           capacity - out, &error);
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            *status = HQ_BUFFER_TOO_SMALL;
            return 0;
        }
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        for (int32_t i = 0; i < written; i++) sourceIndex[out + i] = in;
        out += written;
        in = end;
    }
    sourceIndex[out] = length;
    return out;
}
