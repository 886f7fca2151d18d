// NFKC normalization that remembers where its output came from, as a short
// list of segments rather than one entry per unit.
#include "hq_icu.h"
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Starts a segment at output unit `normalized`, unless a linear one is
// simply continued.
static void add_segment(hq_offset_segment *segments, int32_t *count,
                        int32_t normalized, int32_t original, int32_t constant) {
    if (*count > 0) {
        hq_offset_segment *last = &segments[*count - 1];
        if (!constant && !last->constant && last->original + (normalized - last->normalized) == original) return;
        if (last->normalized == normalized) { (*count)--; }
    }
    segments[*count].normalized = normalized;
    segments[*count].original = original;
    segments[*count].constant = constant;
    (*count)++;
}

// Pages of 256 units (by a unit's high byte) whose units are all plain (see
// is_plain), or some: the commonest units, ideographs, are told by one load.
enum { NOT_PLAIN = 0, ALL_PLAIN = 1, PARTLY_PLAIN = 2 };
static const uint8_t plain_pages[256] = {
    [0x00] = PARTLY_PLAIN, [0x20] = PARTLY_PLAIN, [0x30] = PARTLY_PLAIN,
    [0x34 ... 0x4C] = ALL_PLAIN, [0x4D] = PARTLY_PLAIN, [0x4E ... 0x9F] = ALL_PLAIN,
};

// Whether `unit` is NFKC as it stands whatever surrounds it, except that a
// combining mark after it may compose with it: ASCII, the CJK ideographs of
// the Basic Multilingual Plane, and the CJK punctuation commonest in Chinese
// text (、。《》「」『』【】 and curly quotes). None decomposes, and none
// composes with what comes before it.
static inline int is_plain(uint16_t unit) {
    uint8_t page = plain_pages[unit >> 8];
    return page == ALL_PLAIN || (page == PARTLY_PLAIN
        && (unit < 0x80 || (unit >= 0x4D00 && unit <= 0x4DBF)
            || (unit >= 0x3001 && unit <= 0x3002) || (unit >= 0x300A && unit <= 0x3011)
            || unit == 0x2018 || unit == 0x2019 || unit == 0x201C || unit == 0x201D));
}

// Whether NFKC maps `unit` alone to one ASCII unit: full-width ASCII and the
// ideographic space.
static inline int is_full_width(uint16_t unit) {
    return (unit >= 0xFF01 && unit <= 0xFF5E) || unit == 0x3000;
}

// The ASCII unit NFKC makes of a full-width one (see is_full_width).
static inline uint16_t ascii_of_full_width(uint16_t unit) {
    return unit == 0x3000 ? 0x20 : (uint16_t)(unit - 0xFEE0);
}

#if defined(__SSE2__)
// Copies the eight units at `source` to `destination` and returns how many
// of them, from the first, are ideographs of U+4E00 to U+9FFF or ASCII: the
// bulk of Chinese text, plain (see is_plain), told eight at a time. A lane
// is in a range when, less the range's start, it is below the range's size
// compared unsigned: adding 0x8000 as well makes that the signed comparison
// SSE2 has.
static inline int32_t simple_units(const uint16_t *source, uint16_t *destination) {
    const __m128i ideograph_bias = _mm_set1_epi16((short)(0x8000 - 0x4E00));
    const __m128i ideograph_limit = _mm_set1_epi16((short)(0x9FFF + 1 - 0x4E00 - 0x8000));
    const __m128i ascii_bias = _mm_set1_epi16((short)0x8000);
    const __m128i ascii_limit = _mm_set1_epi16((short)(0x80 - 0x8000));
    __m128i units = _mm_loadu_si128((const __m128i *)source);
    _mm_storeu_si128((__m128i *)destination, units);
    __m128i simple = _mm_or_si128(_mm_cmplt_epi16(_mm_add_epi16(units, ideograph_bias), ideograph_limit),
                                  _mm_cmplt_epi16(_mm_add_epi16(units, ascii_bias), ascii_limit));
    // One bit a unit, the first unit lowest; the bits above are clear, so
    // the count stops at eight.
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(simple, _mm_setzero_si128()));
    return __builtin_ctz(~mask);
}
#endif

// Writes the NFKC form of the longest start of `source` made of plain and
// full-width units, at most `room` units, and returns its length (the same
// in and out). Where it stops before the end of `source`, its last unit is
// left out, since a combining mark after it could compose with it (e + U+0301
// is é): the caller normalizes from there. A full-width unit is taken only
// when a plain or full-width unit, or the end, follows it.
static int32_t plain_run(const uint16_t *source, int32_t length, uint16_t *destination, int32_t room) {
    int32_t limit = length < room ? length : room;
    int32_t index = 0;
    while (index < limit) {
#if defined(__SSE2__)
        if (limit - index >= 8) {
            int32_t simple = simple_units(source + index, destination + index);
            index += simple;
            if (simple == 8) continue;
        }
#endif
        uint16_t unit = source[index];
        if (is_plain(unit)) {
            destination[index] = unit;
        } else if (is_full_width(unit) && (index + 1 == length || is_plain(source[index + 1])
                                           || is_full_width(source[index + 1]))) {
            destination[index] = ascii_of_full_width(unit);
        } else {
            break;
        }
        index += 1;
    }
    return index == length ? index : (index > 0 ? index - 1 : 0);
}

// How far ICU is to look from `start`, where the plain run stopped: up to the
// first plain unit after a unit that is not plain, where a normalization
// boundary always falls, if that is near; otherwise (a long stretch of other
// script) to the end, so that the search costs at most a few units each time.
static int32_t until_plain_again(const uint16_t *source, int32_t start, int32_t length) {
    int32_t limit = length - start > 64 ? start + 64 : length;
    int seenOther = !is_plain(source[start]);
    for (int32_t index = start + 1; index < limit; index++) {
        if (!is_plain(source[index])) {
            seenOther = 1;
        } else if (seenOther) {
            return index;
        }
    }
    return length;
}

int32_t hq_nfkc_with_map(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity,
                         hq_offset_segment *segments, int32_t *segmentCount,
                         int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *status = HQ_OK;
    *segmentCount = 0;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&error);
    if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
    const UChar *text = (const UChar *)source;

    int32_t in = 0, out = 0;
    while (in < length) {
        // Copy what is plainly NFKC, and change full-width ASCII one for
        // one, without asking ICU.
        int32_t plain = plain_run(source + in, length - in, destination + out, capacity - out);
        if (plain > 0) {
            add_segment(segments, segmentCount, out, in, 0);
            out += plain;
            in += plain;
            if (in >= length) break;
        }
        // Copy the longest prefix that is already NFKC, unit for unit, up
        // to where the plain run can take over again.
        int32_t normal = unorm2_spanQuickCheckYes(nfkc, text + in, until_plain_again(source, in, length) - in, &error);
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        if (out + normal > capacity) { *status = HQ_BUFFER_TOO_SMALL; return 0; }
        if (normal > 0) {
            memcpy(destination + out, source + in, (size_t)normal * sizeof(uint16_t));
            add_segment(segments, segmentCount, out, in, 0);
            out += normal;
            in += normal;
        }
        if (in >= length) break;

        // Normalize the run up to the next normalization boundary as one
        // piece; all of its output maps back to the run's start, unless it
        // is one unit for one.
        int32_t end = in;
        U16_FWD_1(text, end, length);
        while (end < length) {
            int32_t next = end;
            UChar32 c;
            U16_NEXT(text, next, length, c);
            if (unorm2_hasBoundaryBefore(nfkc, c)) break;
            end = next;
        }
        int32_t written;
        UChar single = text[in];
        if (end - in == 1 && is_full_width(single)) {
            // Full-width ASCII or the ideographic space before a character the
            // plain run does not take (％—), one for one, without a call.
            if (out + 1 > capacity) { *status = HQ_BUFFER_TOO_SMALL; return 0; }
            destination[out] = ascii_of_full_width(single);
            written = 1;
        } else {
            written = unorm2_normalize(nfkc, text + in, end - in, (UChar *)destination + out, capacity - out, &error);
        }
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            *status = HQ_BUFFER_TOO_SMALL;
            return 0;
        }
        if (U_FAILURE(error)) { *status = HQ_ICU_FAILURE; return 0; }
        if (written > 0) add_segment(segments, segmentCount, out, in, written > 1);
        out += written;
        in = end;
    }
    add_segment(segments, segmentCount, out, length, 0);
    return out;
}
