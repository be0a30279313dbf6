/*
 * core/hash.c — 64-bit hashing.  Reads 8 bytes at a time and folds them with
 * 128-bit multiplies (the construction used by wyhash): about 10 GB/s, good
 * avalanche, which matters because MinHash and LSH depend on it.
 */
#include "core/hash.h"

#include <string.h>

static inline uint64_t read64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t mum(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t np_hash_mix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t np_hash64(const void *data, size_t n, uint64_t seed)
{
    const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
    const unsigned char *p = data;
    uint64_t h = seed ^ k0 ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        h = mum(read64(p + i) ^ k1, read64(p + i + 8) ^ h);
    uint64_t a = 0, b = 0;
    size_t rest = n - i;
    if (rest >= 8) {
        a = read64(p + i);
        rest -= 8;
        i += 8;
    }
    if (rest) {
        unsigned char tail[8] = {0};
        memcpy(tail, p + i, rest);
        b = read64(tail);
    }
    h = mum(a ^ k1, b ^ h);
    return np_hash_mix64(h);
}

void np_hash_hex128(const void *data, size_t n, char out[33])
{
    static const char hex[] = "0123456789abcdef";
    uint64_t h[2] = {np_hash64(data, n, 0x6e657773ULL), np_hash64(data, n, 0x707269736dULL)};
    for (int w = 0; w < 2; w++)
        for (int i = 0; i < 16; i++)
            out[w * 16 + i] = hex[(h[w] >> (60 - 4 * i)) & 15];
    out[32] = '\0';
}
