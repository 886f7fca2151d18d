// ICU's rule-based spellout formatter, used as an oracle for numeral parsing.
#include "hq_icu.h"
#include <stdlib.h>
#include <unicode/unum.h>

struct hq_spellout {
    UNumberFormat *format;
};

hq_spellout *hq_spellout_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return NULL; }
    hq_spellout *formatter = malloc(sizeof *formatter);
    if (formatter == NULL) {
        unum_close(format);
        *status = HQ_ICU_FAILURE;
        return NULL;
    }
    formatter->format = format;
    return formatter;
}

void hq_spellout_close(hq_spellout *formatter) {
    if (formatter == NULL) return;
    unum_close(formatter->format);
    free(formatter);
}

static int32_t finish(UErrorCode error, int32_t length, int32_t *status) {
    if (error == U_BUFFER_OVERFLOW_ERROR) *status = HQ_BUFFER_TOO_SMALL;
    else if (U_FAILURE(error)) *status = HQ_ICU_FAILURE;
    else *status = HQ_OK;
    return length;
}

int32_t hq_spellout_format_int64(hq_spellout *formatter, int64_t value,
                                 uint16_t *destination, int32_t capacity,
                                 int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = unum_formatInt64(formatter->format, value, (UChar *)destination, capacity, NULL, &error);
    return finish(error, length, status);
}

int32_t hq_spellout_format_decimal(hq_spellout *formatter, const char *decimal,
                                   uint16_t *destination, int32_t capacity,
                                   int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = unum_formatDecimal(formatter->format, decimal, -1, (UChar *)destination, capacity, NULL, &error);
    return finish(error, length, status);
}
