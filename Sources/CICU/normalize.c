// NFKC normalization that remembers where its output came from, as a short
// list of segments rather than one entry per unit.
#include "hq_icu.h"
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

// Starts a segment at output unit `normalized`, unless a linear one is
// simply continued.
static void add_segment(hq_offset_segment *segments, int32_t *count,
                        int32_t normalized, int32_t original, int32_t constant) {
    if (*count > 0) {
        hq_offset_segment *last = &segments[*count - 1];
        if (!constant && !last->constant && last->original + (normalized - last->normalized) == original) return;
        if (last->normalized == normalized) { (*count)--; }
    }
    segments[*count].normalized = normalized;
    segments[*count].original = original;
    segments[*count].constant = constant;
    (*count)++;
}

int32_t hq_nfkc_with_map(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity,
                         hq_offset_segment *segments, int32_t *segmentCount,
                         int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    *segmentCount = 0;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
    const UChar *text = (const UChar *)source;

    int32_t in = 0, out = 0;
    while (in < length) {
        // Copy the longest prefix that is already NFKC, unit for unit.
        int32_t normal = unorm2_spanQuickCheckYes(nfkc, text + in, length - in, &error);
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        if (out + normal > capacity) { *status = HQ_BUFFER_TOO_SMALL; return 0; }
        if (normal > 0) {
            memcpy(destination + out, source + in, (size_t)normal * sizeof(uint16_t));
            add_segment(segments, segmentCount, out, in, 0);
            out += normal;
            in += normal;
        }
        if (in >= length) break;

        // Normalize the run up to the next normalization boundary as one
        // piece; all of its output maps back to the run's start, unless it
        // is one unit for one.
        int32_t end = in;
        U16_FWD_1(text, end, length);
        while (end < length) {
            int32_t next = end;
            UChar32 c;
            U16_NEXT(text, next, length, c);
            if (unorm2_hasBoundaryBefore(nfkc, c)) break;
            end = next;
        }
        int32_t written;
        UChar single = text[in];
        if (end - in == 1 && ((single >= 0xFF01 && single <= 0xFF5E) || single == 0x3000)) {
            // Full-width ASCII and the ideographic space, one for one, as NFKC
            // defines them: the commonest case in Chinese text, without a call.
            if (out + 1 > capacity) { *status = HQ_BUFFER_TOO_SMALL; return 0; }
            destination[out] = single == 0x3000 ? 0x20 : (uint16_t)(single - 0xFEE0);
            written = 1;
        } else {
            written = unorm2_normalize(nfkc, text + in, end - in, (UChar *)destination + out, capacity - out, &error);
        }
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            *status = HQ_BUFFER_TOO_SMALL;
            return 0;
        }
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        if (written > 0) add_segment(segments, segmentCount, out, in, written > 1);
        out += written;
        in = end;
    }
    add_segment(segments, segmentCount, out, length, 0);
    return out;
}
