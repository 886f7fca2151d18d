// Passes over UTF-16 text that look at every unit and act on few: line
// breaks, and units that show text was not decoded right. Eight units at a
// time where the processor has SSE2 (every x86-64 one), the position of a
// match taken from the comparison's mask.
#include "hq_icu.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Whether `unit` ends a line: LF, CR, NEL, LS or PS.
static inline int is_line_break(uint16_t unit) {
    return unit == 0x0A || unit == 0x0D || unit == 0x85 || (unit | 1) == 0x2029;
}

/// Whether `unit` is U+FFFD or a control character other than tab, the
/// line breaks (U+0009 to U+000D) and escape (U+001B).
static inline int is_undecodable(uint16_t unit) {
    return unit == 0xFFFD || unit < 0x09 || (uint16_t)(unit - 0x0E) < 0x0D || (uint16_t)(unit - 0x1C) < 0x04;
}

#if defined(__SSE2__)
/// A lane is in [low, low + size) when, less `low` and plus 0x8000, it is
/// below size - 0x8000 compared signed: SSE2 compares only signed.
static inline __m128i in_range(__m128i lanes, int low, int size) {
    return _mm_cmplt_epi16(_mm_add_epi16(lanes, _mm_set1_epi16((short)(0x8000 - low))),
                           _mm_set1_epi16((short)(size - 0x8000)));
}

static inline __m128i equal(__m128i lanes, int value) {
    return _mm_cmpeq_epi16(lanes, _mm_set1_epi16((short)value));
}

static inline __m128i line_breaks(__m128i lanes) {
    return _mm_or_si128(_mm_or_si128(equal(lanes, 0x0A), equal(lanes, 0x0D)),
                        _mm_or_si128(equal(lanes, 0x85), equal(_mm_or_si128(lanes, _mm_set1_epi16(1)), 0x2029)));
}

static inline __m128i undecodable(__m128i lanes) {
    return _mm_or_si128(_mm_or_si128(equal(lanes, 0xFFFD), in_range(lanes, 0, 0x09)),
                        _mm_or_si128(in_range(lanes, 0x0E, 0x0D), in_range(lanes, 0x1C, 0x04)));
}
#endif

int32_t hq_first_line_break(const uint16_t *units, int32_t start, int32_t end) {
    int32_t index = start;
#if defined(__SSE2__)
    for (; end - index >= 8; index += 8) {
        int mask = _mm_movemask_epi8(line_breaks(_mm_loadu_si128((const __m128i *)(units + index))));
        // Two bits a unit: the lowest set bit's unit is the first break.
        if (mask != 0) return index + __builtin_ctz((unsigned)mask) / 2;
    }
#endif
    for (; index < end; index++) {
        if (is_line_break(units[index])) return index;
    }
    return end;
}

int64_t hq_undecodable_units(const uint16_t *units, int64_t count) {
    int64_t found = 0, index = 0;
#if defined(__SSE2__)
    for (; count - index >= 8; index += 8) {
        int mask = _mm_movemask_epi8(undecodable(_mm_loadu_si128((const __m128i *)(units + index))));
        // Two bits a unit; such units are rare, so the count is mostly skipped.
        if (mask != 0) found += __builtin_popcount((unsigned)mask) / 2;
    }
#endif
    for (; index < count; index++) found += is_undecodable(units[index]);
    return found;
}
