/* core/u64map.c — linear-probing u64 map (see u64map.h). */
#include "core/u64map.h"

#include "core/hash.h"
#include "core/mem.h"

void np_u64map_init(np_u64map *m)
{
    m->keys = NULL;
    m->vals = NULL;
    m->cap = 0;
    m->count = 0;
}

void np_u64map_free(np_u64map *m)
{
    if (!m)
        return;
    np_free(m->keys);
    np_free(m->vals);
    np_u64map_init(m);
}

static inline uint64_t fix_key(uint64_t k) { return k ? k : 1; }

static int grow(np_u64map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    uint64_t *nk = np_calloc(ncap, sizeof *nk), *nv = np_calloc(ncap, sizeof *nv);
    if (!nk || !nv) {
        np_free(nk);
        np_free(nv);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = np_hash_mix64(m->keys[i]) & (ncap - 1);
        while (nk[j])
            j = (j + 1) & (ncap - 1);
        nk[j] = m->keys[i];
        nv[j] = m->vals[i];
    }
    np_free(m->keys);
    np_free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
    return 0;
}

uint64_t *np_u64map_get(const np_u64map *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    key = fix_key(key);
    size_t j = np_hash_mix64(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key)
            return &m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

uint64_t *np_u64map_slot(np_u64map *m, uint64_t key)
{
    key = fix_key(key);
    if ((m->count + 1) * 4 > m->cap * 3 && grow(m) != 0)
        return NULL;
    size_t j = np_hash_mix64(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key)
            return &m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = key;
    m->vals[j] = 0;
    m->count++;
    return &m->vals[j];
}
