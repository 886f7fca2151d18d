// Passes over UTF-16 text that look at every unit and act on few (line
// breaks, undecodable units, separators, surrogates): the units sought are
// given as a few ranges, and the text is tested eight units at a time where
// the processor has SSE2 (every x86-64 one), the place of a match taken
// from the comparison's mask; one unit at a time elsewhere.
#include "hq_icu.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum { MOST_RANGES = 8 };

/// Whether `unit` falls in one of the `count` ranges.
static inline int in_ranges(uint16_t unit, const hq_unit_range *ranges, int32_t count) {
    for (int32_t range = 0; range < count; range++) {
        if ((uint16_t)(unit - ranges[range].first) < ranges[range].count) return 1;
    }
    return 0;
}

#if defined(__SSE2__)
/// The lanes' tests against `count` ranges, prepared once: a lane is in a
/// range when, less its first unit and plus 0x8000, it is below its count
/// less 0x8000 compared signed (SSE2 compares only signed).
typedef struct prepared_ranges { __m128i bias[MOST_RANGES], limit[MOST_RANGES]; } prepared_ranges;

static inline __attribute__((always_inline))
void prepare(prepared_ranges *prepared, const hq_unit_range *ranges, int32_t count) {
    for (int32_t range = 0; range < count; range++) {
        prepared->bias[range] = _mm_set1_epi16((short)(0x8000 - ranges[range].first));
        prepared->limit[range] = _mm_set1_epi16((short)(ranges[range].count - 0x8000));
    }
}

/// Two bits for each of the eight units at `units` that falls in a range.
static inline __attribute__((always_inline))
int matches(const uint16_t *units, const prepared_ranges *prepared, int32_t count) {
    __m128i lanes = _mm_loadu_si128((const __m128i *)units);
    __m128i found = _mm_setzero_si128();
    for (int32_t range = 0; range < count; range++) {
        found = _mm_or_si128(found, _mm_cmplt_epi16(_mm_add_epi16(lanes, prepared->bias[range]), prepared->limit[range]));
    }
    return _mm_movemask_epi8(found);
}
#endif

/// hq_first_in_ranges for a constant number of ranges, so that the tests unroll.
static inline __attribute__((always_inline))
int32_t first_in(const uint16_t *units, int32_t start, int32_t end, const hq_unit_range *ranges, int32_t count) {
    int32_t index = start;
#if defined(__SSE2__)
    prepared_ranges prepared;
    prepare(&prepared, ranges, count);
    for (; end - index >= 8; index += 8) {
        int mask = matches(units + index, &prepared, count);
        // Two bits a unit: the lowest set bit's unit is the first match.
        if (mask != 0) return index + __builtin_ctz((unsigned)mask) / 2;
    }
#endif
    for (; index < end; index++) {
        if (in_ranges(units[index], ranges, count)) return index;
    }
    return end;
}

/// hq_count_in_ranges for a constant number of ranges.
static inline __attribute__((always_inline))
int64_t count_in(const uint16_t *units, int64_t length, const hq_unit_range *ranges, int32_t count) {
    int64_t found = 0, index = 0;
#if defined(__SSE2__)
    prepared_ranges prepared;
    prepare(&prepared, ranges, count);
    for (; length - index >= 8; index += 8) {
        int mask = matches(units + index, &prepared, count);
        // Two bits a unit; matches are rare, so the count is mostly skipped.
        if (mask != 0) found += __builtin_popcount((unsigned)mask) / 2;
    }
#endif
    for (; index < length; index++) found += in_ranges(units[index], ranges, count);
    return found;
}

int32_t hq_first_in_ranges(const uint16_t *units, int32_t start, int32_t end,
                           const hq_unit_range *ranges, int32_t rangeCount) {
    switch (rangeCount) {
    case 1: return first_in(units, start, end, ranges, 1);
    case 2: return first_in(units, start, end, ranges, 2);
    case 3: return first_in(units, start, end, ranges, 3);
    case 4: return first_in(units, start, end, ranges, 4);
    case 5: return first_in(units, start, end, ranges, 5);
    case 6: return first_in(units, start, end, ranges, 6);
    case 7: return first_in(units, start, end, ranges, 7);
    case 8: return first_in(units, start, end, ranges, 8);
    default: return -1;
    }
}

int64_t hq_count_in_ranges(const uint16_t *units, int64_t count, const hq_unit_range *ranges, int32_t rangeCount) {
    switch (rangeCount) {
    case 1: return count_in(units, count, ranges, 1);
    case 2: return count_in(units, count, ranges, 2);
    case 3: return count_in(units, count, ranges, 3);
    case 4: return count_in(units, count, ranges, 4);
    case 5: return count_in(units, count, ranges, 5);
    case 6: return count_in(units, count, ranges, 6);
    case 7: return count_in(units, count, ranges, 7);
    case 8: return count_in(units, count, ranges, 8);
    default: return -1;
    }
}
