// A growing UTF-8 buffer, shared by the shim's renderers. Internal to the
// target: it is not in include/, so no Swift module sees it.
#ifndef HQ_TEXT_BUFFER_H
#define HQ_TEXT_BUFFER_H

#include <stdlib.h>
#include <string.h>

/// Bytes written so far, always NUL-terminated once any are; `failed` once memory ran out.
typedef struct {
    char *bytes;
    size_t length, capacity;
    int failed;
} Buffer;

/// Appends `count` bytes, growing the buffer by doubling.
static inline void append(Buffer *buffer, const char *text, size_t count) {
    if (buffer->failed || count == 0) return;
    if (buffer->length + count + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 4096;
        while (capacity < buffer->length + count + 1) capacity *= 2;
        char *grown = realloc(buffer->bytes, capacity);
        if (!grown) { buffer->failed = 1; return; }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, text, count);
    buffer->length += count;
    buffer->bytes[buffer->length] = 0;
}

/// The finished buffer for the caller (never NULL on success), or NULL after a failure.
static inline char *finished(Buffer *buffer, size_t *length) {
    if (buffer->failed) { free(buffer->bytes); return NULL; }
    if (!buffer->bytes) buffer->bytes = calloc(1, 1);
    *length = buffer->length;
    return buffer->bytes;
}

#endif
