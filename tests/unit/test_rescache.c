/*
 * tests/unit/test_rescache.c — the binary caches of the language resources
 * (core/rescache.c, text/gazetteer.c, compare/synonyms.c): a cache file
 * round-trips; a truncated, corrupted, stale or foreign file is an error
 * naming the reason, never a crash, whatever byte is damaged; a gazetteer
 * and WordNet senses read from a cache answer exactly as freshly parsed
 * ones; a source file that changes makes the cache stale and it is rebuilt.
 * Uses WordNet when /usr/share/wordnet is installed (skips otherwise).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "compare/story.h"
#include "core/rescache.h"
#include "text/gazetteer.h"

static char *path_in(const char *dir, const char *name)
{
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    assert_non_null(p);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static void test_blob_round_trip_and_damage(void **state)
{
    (void)state;
    char *dir = np_test_tmpdir();
    char *src = path_in(dir, "source.txt");
    char *path = path_in(dir, "sub/dir/x.bin");
    assert_int_equal(np_test_write_file(src, "alpha\n", 6), 0);
    const char *paths[] = {src};
    uint64_t stamp = np_rescache_stamp(1, "k", paths, 1);
    unsigned char payload[256];
    for (size_t i = 0; i < sizeof payload; i++)
        payload[i] = (unsigned char)(i * 7 + 3);
    np_error err;
    assert_int_equal(np_rescache_write(path, stamp, payload, sizeof payload, &err), NP_OK);
    np_blob b;
    assert_int_equal(np_rescache_open(path, stamp, &b, &err), NP_OK);
    assert_int_equal(b.len, sizeof payload);
    assert_memory_equal(b.data, payload, sizeof payload);
    np_blob_free(&b);

    /* another format version or key: another stamp */
    assert_true(np_rescache_stamp(2, "k", paths, 1) != stamp);
    assert_true(np_rescache_stamp(1, "other", paths, 1) != stamp);
    assert_int_equal(np_rescache_open(path, stamp + 1, &b, &err), NP_EPARSE);
    assert_non_null(strstr(err.msg, "stale"));

    size_t len;
    unsigned char *whole = (unsigned char *)np_test_read_file(path, &len);
    assert_non_null(whole);
    assert_int_equal(len, NP_RESCACHE_HEADER + sizeof payload);
    /* every truncation */
    for (size_t cut = 0; cut < len; cut += 7) {
        assert_int_equal(np_test_write_file(path, whole, cut), 0);
        assert_int_equal(np_rescache_open(path, stamp, &b, &err), NP_EPARSE);
        assert_non_null(strstr(err.msg, "truncated"));
    }
    /* every single damaged byte */
    for (size_t at = 0; at < len; at++) {
        whole[at] ^= 0x5a;
        assert_int_equal(np_test_write_file(path, whole, len), 0);
        assert_int_equal(np_rescache_open(path, stamp, &b, &err), NP_EPARSE);
        whole[at] ^= 0x5a;
    }
    /* trailing garbage */
    unsigned char *more = malloc(len + 3);
    assert_non_null(more);
    memcpy(more, whole, len);
    memcpy(more + len, "xyz", 3);
    assert_int_equal(np_test_write_file(path, more, len + 3), 0);
    assert_int_equal(np_rescache_open(path, stamp, &b, &err), NP_EPARSE);
    free(more);
    /* a changed source changes the stamp */
    sleep(0); /* mtime has nanoseconds; the size changes anyway */
    assert_int_equal(np_test_write_file(src, "alphabet\n", 9), 0);
    assert_true(np_rescache_stamp(1, "k", paths, 1) != stamp);
    unlink(path);
    assert_int_equal(np_rescache_open(path, stamp, &b, &err), NP_ENOTFOUND);
    free(whole);
    free(src);
    free(path);
    free(dir);
}

static const char *const probes[] = {"France", "Kyiv", "Kiev", "New York", "New_York", "Honduran", "NATO",
                                     "Lincoln", "Baja California", "talks", "commits", "water", "Zzyzxq",
                                     "Muslim", "Bolton", "Morvik", "", "united states", "United States"};

static void same_answers(const np_gazetteer *a, const np_gazetteer *b)
{
    assert_int_equal(np_gazetteer_size(a), np_gazetteer_size(b));
    for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) {
        const char *w = probes[i];
        size_t n = strlen(w);
        assert_int_equal(np_gazetteer_has(a, w, n), np_gazetteer_has(b, w, n));
        assert_int_equal(np_gazetteer_has_minor(a, w, n), np_gazetteer_has_minor(b, w, n));
        assert_int_equal(np_gazetteer_place_id(a, w, n), np_gazetteer_place_id(b, w, n));
        assert_int_equal(np_gazetteer_is_common_word(a, w, n), np_gazetteer_is_common_word(b, w, n));
        assert_int_equal(np_gazetteer_is_org(a, w, n), np_gazetteer_is_org(b, w, n));
        assert_int_equal(np_gazetteer_is_person(a, w, n), np_gazetteer_is_person(b, w, n));
        assert_int_equal(np_gazetteer_is_kind(a, w, n), np_gazetteer_is_kind(b, w, n));
    }
}

static void test_gazetteer_cache(void **state)
{
    (void)state;
    if (access("/usr/share/wordnet/data.noun", R_OK) != 0)
        skip();
    char *dir = np_test_tmpdir();
    char *cdir = path_in(dir, "cache");
    setenv("NEWSPRISM_CACHE_DIR", "off", 1);
    np_error err;
    np_gazetteer *fresh = np_gazetteer_load(NULL, &err);
    assert_non_null(fresh);
    assert_true(np_gazetteer_has(fresh, "France", 6));
    setenv("NEWSPRISM_CACHE_DIR", cdir, 1);
    np_gazetteer *first = np_gazetteer_load(NULL, &err); /* builds and writes the cache */
    assert_non_null(first);
    np_gazetteer *mapped = np_gazetteer_load(NULL, &err); /* reads it */
    assert_non_null(mapped);
    same_answers(fresh, first);
    same_answers(fresh, mapped);
    np_gazetteer_free(first);
    np_gazetteer_free(mapped);

    /* the one cache file: damaged copies are errors, the loader rebuilds */
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "ls %s/gazetteer-*.bin > %s/list", cdir, dir);
    assert_int_equal(system(cmd), 0);
    char *list = path_in(dir, "list");
    char *name = np_test_read_file(list, NULL);
    assert_non_null(name);
    name[strcspn(name, "\n")] = '\0';
    size_t len;
    unsigned char *whole = (unsigned char *)np_test_read_file(name, &len);
    assert_non_null(whole);
    np_gazetteer *g = NULL;
    assert_int_equal(np_gazetteer_open_cache(name, &g, &err), NP_OK);
    same_answers(fresh, g);
    np_gazetteer_free(g);
    size_t cuts[] = {0, 10, NP_RESCACHE_HEADER, NP_RESCACHE_HEADER + 100, len / 2, len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        assert_int_equal(np_test_write_file(name, whole, cuts[i]), 0);
        assert_int_not_equal(np_gazetteer_open_cache(name, &g, &err), NP_OK);
        assert_null(g);
        np_gazetteer *again = np_gazetteer_load(NULL, &err); /* rebuilt, not a crash */
        assert_non_null(again);
        same_answers(fresh, again);
        np_gazetteer_free(again);
    }
    for (size_t at = 0; at < len; at += len / 97 + 1) {
        whole[at] ^= 0x21;
        assert_int_equal(np_test_write_file(name, whole, len), 0);
        assert_int_equal(np_gazetteer_open_cache(name, &g, &err), NP_EPARSE);
        whole[at] ^= 0x21;
    }
    np_gazetteer *again = np_gazetteer_load(NULL, &err);
    assert_non_null(again);
    same_answers(fresh, again);
    np_gazetteer_free(again);
    assert_int_equal(np_gazetteer_open_cache(name, &g, &err), NP_OK); /* the rebuilt file is whole */
    np_gazetteer_free(g);
    np_gazetteer_free(fresh);
    unsetenv("NEWSPRISM_CACHE_DIR");
    free(whole);
    free(name);
    free(list);
    free(cdir);
    free(dir);
}

static void test_wordnet_senses_cache(void **state)
{
    (void)state;
    if (access("/usr/share/wordnet/index.noun", R_OK) != 0)
        skip();
    char *dir = np_test_tmpdir();
    char *cdir = path_in(dir, "cache");
    static const char *const words[] = {"basis", "foundation", "meet", "met", "took", "water", "xqzzy", "run"};
    setenv("NEWSPRISM_CACHE_DIR", "off", 1);
    np_wn_senses *fresh = np_wn_senses_load("/usr/share/wordnet");
    assert_non_null(fresh);
    setenv("NEWSPRISM_CACHE_DIR", cdir, 1);
    np_wn_senses *built = np_wn_senses_load("/usr/share/wordnet");
    np_wn_senses *mapped = np_wn_senses_load("/usr/share/wordnet");
    assert_non_null(built);
    assert_non_null(mapped);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        uint64_t a[NP_WN_MAX_KEYS], b[NP_WN_MAX_KEYS], c[NP_WN_MAX_KEYS];
        size_t n = strlen(words[i]);
        size_t na = np_wn_senses_get(fresh, words[i], n, a, NP_WN_MAX_KEYS);
        assert_int_equal(na, np_wn_senses_get(built, words[i], n, b, NP_WN_MAX_KEYS));
        assert_int_equal(na, np_wn_senses_get(mapped, words[i], n, c, NP_WN_MAX_KEYS));
        assert_memory_equal(a, b, na * sizeof *a);
        assert_memory_equal(a, c, na * sizeof *a);
        assert_int_equal(np_wn_is_verb(fresh, words[i], n), np_wn_is_verb(mapped, words[i], n));
    }
    assert_int_equal(np_wn_is_verb(mapped, "met", 3), 2);
    assert_true(np_wn_senses_get(mapped, "basis", 5, (uint64_t[NP_WN_MAX_KEYS]){0}, NP_WN_MAX_KEYS) > 0);
    np_wn_senses_free(built);
    np_wn_senses_free(mapped);
    /* a truncated cache: rebuilt with the same answers */
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "for f in %s/wnsenses-*.bin; do head -c 5000 \"$f\" > \"$f.t\" && mv \"$f.t\" \"$f\"; done",
             cdir);
    assert_int_equal(system(cmd), 0);
    np_wn_senses *again = np_wn_senses_load("/usr/share/wordnet");
    assert_non_null(again);
    uint64_t a[NP_WN_MAX_KEYS], b[NP_WN_MAX_KEYS];
    size_t na = np_wn_senses_get(fresh, "foundation", 10, a, NP_WN_MAX_KEYS);
    assert_int_equal(na, np_wn_senses_get(again, "foundation", 10, b, NP_WN_MAX_KEYS));
    assert_memory_equal(a, b, na * sizeof *a);
    np_wn_senses_free(again);
    np_wn_senses_free(fresh);
    unsetenv("NEWSPRISM_CACHE_DIR");
    free(cdir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blob_round_trip_and_damage),
        cmocka_unit_test(test_gazetteer_cache),
        cmocka_unit_test(test_wordnet_senses_cache),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
