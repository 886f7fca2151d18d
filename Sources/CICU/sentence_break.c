// The Sentence_Break property of UAX #29, as ranges of code points.
#include "hq_icu.h"
#include <unicode/uchar.h>
#include <unicode/uset.h>

int32_t hq_sentence_break_ranges(int32_t group, int32_t *ranges, int32_t capacity, int32_t *status) {
    static const int32_t separators[] = { U_SB_SEP, U_SB_CR, U_SB_LF };
    int32_t values[3];
    int32_t valueCount = 1;
    switch (group) {
    case HQ_SENTENCE_TERMINATOR: values[0] = U_SB_STERM; break;
    case HQ_SENTENCE_AMBIGUOUS_TERMINATOR: values[0] = U_SB_ATERM; break;
    case HQ_SENTENCE_SEPARATOR:
        for (int32_t i = 0; i < 3; i++) values[i] = separators[i];
        valueCount = 3;
        break;
    case HQ_SENTENCE_OTHER_LETTER: values[0] = U_SB_OLETTER; break;
    default: *status = HQ_ICU_FAILURE; return 0;
    }
    UErrorCode error = U_ZERO_ERROR;
    USet *set = uset_openEmpty();
    USet *part = uset_openEmpty();
    for (int32_t i = 0; i < valueCount && U_SUCCESS(error); i++) {
        uset_applyIntPropertyValue(part, UCHAR_SENTENCE_BREAK, values[i], &error);
        uset_addAll(set, part);
    }
    int32_t count = 0;
    if (U_SUCCESS(error)) {
        count = uset_getRangeCount(set);
        if (count <= capacity) {
            for (int32_t i = 0; i < count; i++) {
                UChar32 first, last;
                uset_getItem(set, i, &first, &last, NULL, 0, &error);
                ranges[2 * i] = first;
                ranges[2 * i + 1] = last;
            }
        }
    }
    uset_close(part);
    uset_close(set);
    *status = U_SUCCESS(error) ? (count <= capacity ? HQ_OK : HQ_BUFFER_TOO_SMALL) : HQ_ICU_FAILURE;
    return count;
}
