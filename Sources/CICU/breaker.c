// Sentence and word break iterators over caller-owned UTF-16 text.
#include "hq_icu.h"
#include <stdlib.h>
#include <unicode/ubrk.h>

struct hq_breaker {
    UBreakIterator *iterator;
};

hq_breaker *hq_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    UBreakIteratorType type = kind == HQ_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return NULL; }
    hq_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = HQ_ICU_FAILURE;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void hq_breaker_close(hq_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t hq_breaker_set_text(hq_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
    return U_SUCCESS(error) ? HQ_OK : HQ_ICU_FAILURE;
}

int32_t hq_breaker_next(hq_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t hq_breaker_rule_status(hq_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}
