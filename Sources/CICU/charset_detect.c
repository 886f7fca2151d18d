// Charset detection through ICU's ucsdet.
#include "hq_icu.h"
#include <string.h>
#include <unicode/ucsdet.h>

int32_t hq_detect_charsets(const char *bytes, int32_t length,
                           hq_charset_match *matches, int32_t capacity,
                           int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
    ucsdet_setText(detector, bytes, length, &error);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(detector, &found, &error);
    int32_t written = 0;
    if (U_SUCCESS(error) && all != NULL) {
        for (int32_t i = 0; i < found && written < capacity; i++) {
            const char *name = ucsdet_getName(all[i], &error);
            int32_t confidence = ucsdet_getConfidence(all[i], &error);
            if (U_FAILURE(error) || name == NULL) break;
            strncpy(matches[written].name, name, sizeof matches[written].name - 1);
            matches[written].name[sizeof matches[written].name - 1] = '\0';
            matches[written].confidence = confidence;
            written++;
        }
    }
    if (U_FAILURE(error)) *status = HQ_ICU_FAILURE;
    ucsdet_close(detector);
    return written;
}
