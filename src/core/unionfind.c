/*
 * core/unionfind.c — disjoint sets (contract in core/unionfind.h).
 */
#include "core/unionfind.h"

uint32_t np_uf_find(uint32_t *parent, uint32_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

void np_uf_join(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = np_uf_find(parent, a);
    b = np_uf_find(parent, b);
    if (a != b)
        parent[a > b ? a : b] = a > b ? b : a;
}
