// ICU's version string.
#include "hq_icu.h"
#include <string.h>
#include <unicode/uversion.h>

void hq_icu_version(char *buffer, int32_t capacity) {
    if (buffer == NULL || capacity <= 0) return;
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = '\0';
}
