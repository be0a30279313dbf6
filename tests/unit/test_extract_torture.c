/* Out-of-memory paths of text/ and extract/: in a build with
 * -DNP_ALLOC_TORTURE (make EXTRA_CFLAGS=-DNP_ALLOC_TORTURE SAN=1 ...) every
 * allocation in turn is made to fail; each call must then return NP_ENOMEM
 * (or NULL) cleanly, without leaks or crashes (ASan checks those).  In a
 * normal build the test is skipped. */
#include "testutil.h"

#include <string.h>

#include "core/arena.h"
#include "core/mem.h"
#include "extract/analysis.h"

#ifdef NP_ALLOC_TORTURE
static const char *const TEXT =
    "Harbour Minister Lena Vostrikova said on Tuesday that 28 ships had docked. “It is a record for "
    "November 3, 2024,” she added. The Northern Grain Exchange Council (NGEC) expects $2.5 million, "
    "about 19% more than last year.\n\n“We will build it,” said Tomas Brandt, the mayor. Brandt’s aides "
    "met the U.S. envoy in Oslo.";

static int run_once(void)
{
    np_arena a;
    np_arena_init(&a, 256); /* small blocks: many allocations, many failure points */
    int failed = 0;
    np_gazetteer *gz = np_gazetteer_builtin(NULL);
    np_stemmer *st = np_stemmer_new();
    np_entity_linker *lk = np_entity_linker_new();
    if (!gz || !lk)
        failed = 1;
    np_analysis an;
    if (!failed) {
        np_status s = np_analyze(TEXT, strlen(TEXT), "2024-11-05", st, gz, &a, &an);
        assert_true(s == NP_OK || s == NP_ENOMEM);
        failed = s != NP_OK;
    }
    for (size_t i = 0; !failed && i < an.n_ents; i++) {
        np_status s = np_entity_linker_add(lk, 0, TEXT, &an.ents[i]);
        assert_true(s == NP_OK || s == NP_ENOMEM);
        failed = s != NP_OK;
    }
    if (!failed) {
        np_status s = np_entity_linker_finish(lk);
        assert_true(s == NP_OK || s == NP_ENOMEM);
        failed = s != NP_OK;
    }
    np_entity_linker_free(lk);
    np_stemmer_free(st);
    np_gazetteer_free(gz);
    np_arena_free(&a);
    return failed;
}

#endif

static void every_allocation_may_fail(void **state)
{
    (void)state;
#ifdef NP_ALLOC_TORTURE
    long n;
    for (n = 0; n < 100000; n++) {
        np_mem_fail_after(n);
        int failed = run_once();
        np_mem_fail_after(-1);
        if (!failed)
            break;
    }
    print_message("walked %ld allocation failure points\n", n);
    assert_true(n > 10);
#else
    skip();
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_may_fail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
