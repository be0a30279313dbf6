/* Unit tests for core/: buffers, arena, hashing, UTF-8 repair, errors. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/status.h"
#include "core/url.h"
#include "core/utf8.h"
#include "core/utf8.h"

static void buf_appends_and_takes(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "abc"), NP_OK);
    assert_int_equal(np_buf_printf(&b, "-%d-", 42), NP_OK);
    assert_string_equal(b.data, "abc-42-");
    char *s = np_buf_take(&b);
    assert_string_equal(s, "abc-42-");
    assert_null(b.data);
    free(s);
    s = np_buf_take(&b); /* empty buffer gives "" */
    assert_string_equal(s, "");
    free(s);
}

static void buf_limit_fails_and_frees(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 8);
    assert_int_equal(np_buf_append_str(&b, "12345678"), NP_OK);
    assert_int_equal(np_buf_append_char(&b, 'x'), NP_ETOOBIG);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
}

/* np_arena_push grows past its first capacity, keeps what was stored and
 * hands out zeroed elements even where the arena held other bytes. */
static void arena_push_appends_zeroed_elements(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 64);
    struct pair {
        int x, y;
    } *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 100; i++) {
        struct pair *p = np_arena_push(&a, (void **)&v, &n, &cap, sizeof *v);
        assert_non_null(p);
        assert_int_equal(p->x, 0);
        assert_int_equal(p->y, 0);
        p->x = i;
        p->y = -i;
        memset(np_arena_alloc(&a, 24), 0xff, 24);
    }
    assert_int_equal(n, 100);
    assert_true(cap >= 100);
    for (int i = 0; i < 100; i++) {
        assert_int_equal(v[i].x, i);
        assert_int_equal(v[i].y, -i);
    }
    np_arena_free(&a);
}

static void arena_allocates_aligned_and_frees(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 64);
    for (int i = 0; i < 1000; i++) {
        char *p = np_arena_alloc(&a, (size_t)(i % 37) + 1);
        assert_non_null(p);
        assert_int_equal(((uintptr_t)p) % 16, 0);
    }
    char *big = np_arena_alloc(&a, 100000);
    assert_non_null(big);
    assert_string_equal(np_arena_strdup(&a, "hello"), "hello");
    np_arena_free(&a);
    np_arena_free(NULL);
}

static void hash_is_stable_and_spreads(void **state)
{
    (void)state;
    assert_int_equal(np_hash64("abc", 3, 1), np_hash64("abc", 3, 1));
    assert_true(np_hash64("abc", 3, 1) != np_hash64("abd", 3, 1));
    assert_true(np_hash64("abc", 3, 1) != np_hash64("abc", 3, 2));
    char hex[33];
    np_hash_hex128("", 0, hex);
    assert_int_equal(strlen(hex), 32);
}

static void utf8_repairs_bad_bytes(void **state)
{
    (void)state;
    const char in[] = "\xEF\xBB\xBFok\xC3\xA9 \xFF\xFEz\r\nx\0y";
    np_buf b;
    np_buf_init(&b, 0);
    np_utf8_report r;
    assert_int_equal(np_utf8_sanitize(in, sizeof in - 1, &b, &r), NP_OK);
    assert_string_equal(b.data, "ok\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBDz\nxy");
    assert_int_equal(r.invalid, 2);
    assert_int_equal(r.first_invalid, 8);
    assert_int_equal(r.controls, 1);
    np_buf_free(&b);
}

/* Letters and digits, lower-cased, multi-byte characters kept, cut to the
 * buffer with its NUL. */
static void utf8_squeeze(void **state)
{
    (void)state;
    char out[16];
    assert_int_equal(np_utf8_squeeze("U.S.", 4, out, sizeof out), 2);
    assert_string_equal(out, "us");
    assert_int_equal(np_utf8_squeeze("Kestrel-Wire 24", 15, out, sizeof out), 13);
    assert_string_equal(out, "kestrelwire24");
    assert_int_equal(np_utf8_squeeze("Zürich", strlen("Zürich"), out, sizeof out), 7);
    assert_int_equal(np_utf8_squeeze("abcdef", 6, out, 4), 3);
    assert_string_equal(out, "abc");
    assert_int_equal(np_utf8_squeeze("", 0, out, 1), 0);
    assert_string_equal(out, "");
}

static void utf8_truncated_sequence_at_end(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    np_utf8_report r;
    assert_int_equal(np_utf8_sanitize("a\xE2\x80", 3, &b, &r), NP_OK);
    assert_int_equal(r.invalid, 2);
    np_buf_free(&b);
}

static void error_formats_position(void **state)
{
    (void)state;
    np_error e;
    np_error_clear(&e);
    np_error_set(&e, NP_EPARSE, "x.jsonl", 3, 120, "expected '%c'", '}');
    char out[256];
    np_error_format(&e, out, sizeof out);
    assert_string_equal(out, "x.jsonl:3: byte 120: expected '}' (parse error)");
    assert_string_equal(np_status_name(NP_ETOOBIG), "too big");
}

static void doc_owns_fields(void **state)
{
    (void)state;
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_finish(d), NP_EEMPTY);
    assert_int_equal(np_doc_set(&d->title, "T"), NP_OK);
    assert_int_equal(np_doc_set(&d->title, "T2"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, "body"), NP_OK);
    assert_int_equal(np_doc_finish(d), NP_OK);
    assert_int_equal(strlen(d->content_hash), 32);
    np_doc_free(d);
    np_doc_free(NULL);
}

/* The hash is the cleaned body's alone: a re-fetch, another format of the
 * page, or the same text printed by another site is one stored document
 * (see README: a word-for-word copy from another site is not kept). */
static char *hash_of(const char *text, const char *url, const char *outlet)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    assert_int_equal(np_doc_set(&d->url, url), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, outlet), NP_OK);
    assert_int_equal(np_doc_finish(d), NP_OK);
    char *h = d->content_hash;
    d->content_hash = NULL;
    np_doc_free(d);
    return h;
}

static void doc_hash_is_the_body(void **state)
{
    (void)state;
    const char *body = "The ferry to Tarvik was cancelled on Monday.";
    char *a = hash_of(body, "https://www.harbour-times.example/2026/ferry", NULL);
    char *b = hash_of(body, "https://syndicate.example/ferry", "Syndicate");
    char *plain = hash_of(body, NULL, NULL);
    char *other = hash_of("The ferry to Tarvik ran on Monday.", "https://www.harbour-times.example/2026/ferry", NULL);
    assert_string_equal(a, b);
    assert_string_equal(a, plain);
    assert_string_not_equal(a, other);
    char expect[33];
    np_hash_hex128(body, strlen(body), expect);
    assert_string_equal(plain, expect);
    np_free(a), np_free(b), np_free(plain), np_free(other);
}

/* The site a URL names, and the URLs that name none. */
static void url_site_cases(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"https://www.Tarvik-Post.example/2026/ferry", "tarvik-post.example"},
        {"http://user:pw@tarvik-post.example.:8080/amp?x=1", "tarvik-post.example"},
        {"//islands.example/a", "islands.example"},
        {"https://[2001:db8::1]:8443/x", "[2001:db8::1]"},
        {"http://www./x", "www"},
        {"example.com/a?next=https://other.example/", ""},
        {"/tmp/ferry.html", ""},
        {"file:///tmp/ferry.html", ""},
        {"corpus/a.html", ""},
        {"", ""},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = np_url_site(cases[i][0], out, sizeof out);
        assert_int_equal(n, strlen(cases[i][1]));
        if (n)
            assert_string_equal(out, cases[i][1]);
    }
    assert_int_equal(np_url_site("https://a-very-long-host.example/", out, 8), 0); /* does not fit */
}

/* The page a URL names on its site: path and query, no fragment or
 * trailing slash; none without a site */
static void url_page_cases(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"https://www.tarvik-post.example/bridge/", "/bridge"},
        {"https://tarvik-post.example/news.php?id=2#top", "/news.php?id=2"},
        {"//islands.example/a?next=https://b.example/c", "/a?next=https://b.example/c"},
        {"https://tarvik-post.example/", ""},
        {"https://tarvik-post.example", ""},
        {"/tmp/ferry.html", ""},
        {"example.com/a?next=https://other.example/", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *p;
        size_t n = np_url_page(cases[i][0], &p);
        assert_int_equal(n, strlen(cases[i][1]));
        assert_memory_equal(p, cases[i][1], n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(buf_appends_and_takes),
        cmocka_unit_test(buf_limit_fails_and_frees),
        cmocka_unit_test(arena_allocates_aligned_and_frees),
        cmocka_unit_test(arena_push_appends_zeroed_elements),
        cmocka_unit_test(hash_is_stable_and_spreads),
        cmocka_unit_test(utf8_repairs_bad_bytes),
        cmocka_unit_test(utf8_truncated_sequence_at_end),
        cmocka_unit_test(error_formats_position),
        cmocka_unit_test(doc_owns_fields),
        cmocka_unit_test(doc_hash_is_the_body),
        cmocka_unit_test(url_site_cases),
        cmocka_unit_test(url_page_cases),
        cmocka_unit_test(utf8_squeeze),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
