/*
 * tests/unit/test_unionfind.c — core/unionfind: joins in any order give
 * the same sets, each rooted at its smallest index.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/unionfind.h"

static void test_sets_rooted_at_smallest(void **state)
{
    (void)state;
    uint32_t p[8];
    for (uint32_t i = 0; i < 8; i++)
        p[i] = i;
    np_uf_join(p, 5, 3);
    np_uf_join(p, 7, 5);
    np_uf_join(p, 6, 1);
    np_uf_join(p, 3, 7); /* already one set */
    assert_int_equal(np_uf_find(p, 7), 3);
    assert_int_equal(np_uf_find(p, 5), 3);
    assert_int_equal(np_uf_find(p, 6), 1);
    assert_int_equal(np_uf_find(p, 0), 0);
    np_uf_join(p, 7, 6);
    for (uint32_t i = 1; i < 8; i++)
        assert_int_equal(np_uf_find(p, i), (i == 2 || i == 4) ? i : 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sets_rooted_at_smallest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
