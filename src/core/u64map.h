/*
 * core/u64map.h — open-addressing hash map from uint64 keys to uint64 values
 * (term hashes to counts or indexes).  Key 0 is reserved (callers hash
 * strings with np_hash64, which makes 0 vanishingly rare; np_u64map_put maps
 * it to 1).  The map owns its table; np_u64map_free releases it.
 */
#ifndef NP_CORE_U64MAP_H
#define NP_CORE_U64MAP_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

typedef struct np_u64map {
    uint64_t *keys;
    uint64_t *vals;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} np_u64map;

void np_u64map_init(np_u64map *m);
void np_u64map_free(np_u64map *m);
/* Pointer to the value of key, inserting 0 when absent; NULL on ENOMEM.
 * The pointer is valid until the next insertion. */
uint64_t *np_u64map_slot(np_u64map *m, uint64_t key);
/* Pointer to the value of key, or NULL when absent. */
uint64_t *np_u64map_get(const np_u64map *m, uint64_t key);

#endif
