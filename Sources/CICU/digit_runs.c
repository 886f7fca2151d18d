// Counting runs of digits in UTF-16 text, eight units at a time where the
// processor has SSE2 (every x86-64 one), for the window reader's cut.
#include "hq_icu.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Whether `unit` is an ASCII or full-width digit.
static inline int is_digit(uint16_t unit) {
    return (uint16_t)(unit - 0x30) < 10 || (uint16_t)(unit - 0xFF10) < 10;
}

/// Counts the run starts of `units[index..<end]` one unit at a time, as
/// hq_digit_runs does; the count so far is in `*runs`.
static int32_t runs_one_by_one(const uint16_t *units, int32_t index, int32_t end, int after_digit,
                               int32_t *runs, int32_t most) {
    for (; index < end; index++) {
        int digit = is_digit(units[index]);
        if (digit && !after_digit) {
            *runs += 1;
            if (*runs > most) return index;
        }
        after_digit = digit;
    }
    return -1;
}

int32_t hq_digit_runs(const uint16_t *units, int32_t start, int32_t end, int32_t *runs, int32_t most) {
    int32_t index = start;
    int after_digit = start > 0 && is_digit(units[start - 1]);
#if defined(__SSE2__)
    // A lane is a digit when it is below 10 after 0x30 or 0xFF10 is taken
    // away, compared unsigned: adding 0x8000 as well turns that into the
    // signed comparison SSE2 has, below 0x800A.
    const __m128i ascii_bias = _mm_set1_epi16((short)0x7FD0);     // - 0x30 + 0x8000
    const __m128i full_width_bias = _mm_set1_epi16((short)0x80F0); // - 0xFF10 + 0x8000
    const __m128i below = _mm_set1_epi16((short)0x800A);
    for (; end - index >= 8; index += 8) {
        __m128i lanes = _mm_loadu_si128((const __m128i *)(units + index));
        __m128i digits = _mm_or_si128(_mm_cmplt_epi16(_mm_add_epi16(lanes, ascii_bias), below),
                                      _mm_cmplt_epi16(_mm_add_epi16(lanes, full_width_bias), below));
        // One bit a unit, the first unit lowest.
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(digits, _mm_setzero_si128()));
        unsigned starts = mask & ~((mask << 1) | (unsigned)after_digit);
        after_digit = (int)(mask >> 7);
        if (starts == 0) continue;
        int32_t count = __builtin_popcount(starts);
        if (*runs + count > most) {
            // The run one too many begins at the (most - runs + 1)th start of this block.
            while (*runs < most) {
                starts &= starts - 1;
                *runs += 1;
            }
            *runs += 1;
            return index + __builtin_ctz(starts);
        }
        *runs += count;
    }
#endif
    return runs_one_by_one(units, index, end, after_digit, runs, most);
}
