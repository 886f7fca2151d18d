// Decoding runs of three-byte UTF-8 sequences four at a time (private to the shim).
#ifndef HQ_UTF8_THREE_BYTE_RUNS_H
#define HQ_UTF8_THREE_BYTE_RUNS_H
#include <stdint.h>

/// Decodes the run of well-formed three-byte sequences (U+0800 to U+FFFF,
/// surrogates apart) that opens the `available` bytes at `source`, four
/// sequences at a time, writing one UTF-16 unit per sequence to `target`.
/// Returns the bytes read, a multiple of 12; it stops where the next 16
/// bytes do not open with four such sequences, and reads nothing where
/// the processor lacks SSSE3 (the caller decodes the rest its own way).
int32_t hq_utf8_three_byte_run(const uint8_t *source, int32_t available, uint16_t *target);

#endif
