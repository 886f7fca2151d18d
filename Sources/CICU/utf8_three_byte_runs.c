// Runs of Chinese characters in UTF-8 (three bytes each) decoded four at a
// time with SSSE3's byte shuffle, on processors that have it.
#include "utf8_three_byte_runs.h"
#if defined(__x86_64__)
#include <tmmintrin.h>

/// The run decoded with SSSE3: each 16-byte load is tested for four
/// three-byte shapes (lead 1110xxxx, two 10xxxxxx), its sequences spread
/// one to a 32-bit lane, their scalars put together and tested for being
/// neither overlong nor surrogates, and packed to four UTF-16 units.
__attribute__((target("ssse3")))
static int32_t three_byte_run_ssse3(const uint8_t *source, int32_t available, uint16_t *target) {
    const __m128i shape_mask = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                             (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                             0, 0, 0, 0);
    const __m128i shape = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                        (char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                        0, 0, 0, 0);
    // Lane i holds the last byte lowest, then the middle one, then the lead.
    const __m128i spread = _mm_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1);
    const __m128i pack = _mm_setr_epi8(0, 1, 4, 5, 8, 9, 12, 13, -1, -1, -1, -1, -1, -1, -1, -1);
    const __m128i last_bits = _mm_set1_epi32(0x3F), middle_bits = _mm_set1_epi32(0x3F00),
                  lead_bits = _mm_set1_epi32(0x0F0000);
    const __m128i least = _mm_set1_epi32(0x800), surrogate_bits = _mm_set1_epi32(0xF800),
                  surrogate = _mm_set1_epi32(0xD800);
    int32_t read = 0;
    while (available - read >= 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(source + read));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(bytes, shape_mask), shape)) != 0xFFFF) break;
        __m128i lanes = _mm_shuffle_epi8(bytes, spread);
        __m128i scalars = _mm_or_si128(_mm_and_si128(lanes, last_bits),
                                       _mm_or_si128(_mm_srli_epi32(_mm_and_si128(lanes, middle_bits), 2),
                                                    _mm_srli_epi32(_mm_and_si128(lanes, lead_bits), 4)));
        __m128i refused = _mm_or_si128(_mm_cmplt_epi32(scalars, least),
                                       _mm_cmpeq_epi32(_mm_and_si128(scalars, surrogate_bits), surrogate));
        if (_mm_movemask_epi8(refused) != 0) break;
        _mm_storel_epi64((__m128i *)target, _mm_shuffle_epi8(scalars, pack));
        target += 4;
        read += 12;
    }
    return read;
}
#endif

int32_t hq_utf8_three_byte_run(const uint8_t *source, int32_t available, uint16_t *target) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("ssse3")) return three_byte_run_ssse3(source, available, target);
#endif
    (void)source; (void)available; (void)target;
    return 0;
}
