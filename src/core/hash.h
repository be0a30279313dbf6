/*
 * core/hash.h — fast non-cryptographic hashing for tables, shingles and
 * content identity.  Pure functions, no state.
 */
#ifndef NP_CORE_HASH_H
#define NP_CORE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* 64-bit hash of n bytes with a seed (a wyhash-style multiply-mix). */
uint64_t np_hash64(const void *data, size_t n, uint64_t seed);
/* Finalizer that spreads the bits of x (splitmix64). */
uint64_t np_hash_mix64(uint64_t x);
/* 128-bit content identity as 32 lowercase hex digits + NUL into out[33]. */
void np_hash_hex128(const void *data, size_t n, char out[33]);

#endif
