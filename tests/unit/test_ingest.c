/* Unit tests for ingest/: format sniffing, JSONL records and errors, limits, gzip, folders. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/mem.h"
#include "ingest/ingest.h"

typedef struct collected {
    np_doc *docs[16];
    int n_docs;
    np_error warnings[16];
    int n_warnings;
} collected;

static np_status collect_doc(void *ctx, np_doc *d)
{
    collected *c = ctx;
    if (c->n_docs < 16)
        c->docs[c->n_docs++] = d;
    else
        np_doc_free(d);
    return NP_OK;
}

static void collect_warning(void *ctx, const np_error *w)
{
    collected *c = ctx;
    if (c->n_warnings < 16)
        c->warnings[c->n_warnings++] = *w;
}

static void collected_free(collected *c)
{
    for (int i = 0; i < c->n_docs; i++)
        np_doc_free(c->docs[i]);
}

static void run(np_ingest *ig, collected *c, const char *path)
{
    ig->on_doc = collect_doc;
    ig->on_warning = collect_warning;
    ig->ctx = c;
    np_error e;
    np_error_clear(&e);
    assert_int_equal(np_ingest_path(ig, path, &e), NP_OK);
}

static char *tmpfile_with(const char *name, const void *data, size_t len)
{
    char *dir = np_test_tmpdir();
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    free(dir);
    assert_int_equal(np_test_write_file(p, data, len), 0);
    return p;
}

static void sniffs_by_name_then_content(void **state)
{
    (void)state;
    const unsigned char *t = (const unsigned char *)"plain words";
    assert_int_equal(np_format_sniff("a.txt", t, 11), NP_FORMAT_TEXT);
    assert_int_equal(np_format_sniff("a.JSONL.gz", t, 11), NP_FORMAT_JSONL);
    assert_int_equal(np_format_sniff("x.warc.gz", t, 11), NP_FORMAT_WARC);
    assert_int_equal(np_format_sniff("gold.json", t, 11), NP_FORMAT_NONE);
    const char *w = "WARC/1.1\r\nWARC-Type: warcinfo\r\n";
    assert_int_equal(np_format_sniff("-", (const unsigned char *)w, strlen(w)), NP_FORMAT_WARC);
    const char *h = "\xEF\xBB\xBF  <!DOCTYPE html><html>";
    assert_int_equal(np_format_sniff(NULL, (const unsigned char *)h, strlen(h)), NP_FORMAT_HTML);
    const char *j = "\n{\"id\": 1}\n";
    assert_int_equal(np_format_sniff("stdin", (const unsigned char *)j, strlen(j)), NP_FORMAT_JSONL);
    assert_int_equal(np_format_sniff(NULL, t, 11), NP_FORMAT_TEXT);
    np_format f;
    assert_int_equal(np_format_parse("warc", &f), NP_OK);
    assert_int_equal(f, NP_FORMAT_WARC);
    assert_int_equal(np_format_parse("pdf", &f), NP_EINVAL);
}

static void jsonl_keeps_fields_and_reports_bad_lines(void **state)
{
    (void)state;
    const char data[] =
        "{\"id\": \"r1\", \"url\": \"https://example.org/a\", \"title\": \"Mill reopens\", "
        "\"text\": \"The old mill in Carden reopened on Saturday as a museum, the trust said.\", "
        "\"published\": \"2026-02-14\", \"outlet\": \"Carden Courier\", \"author\": \"Ana Ruiz\", "
        "\"extra\": [1, 2]}\n"
        "\n"
        "{\"id\": 42, \"text\": \"Numbers work as ids too, said the clerk of the county court.\"}\n"
        "{\"id\": \"r3\", \"text\": \"unterminated\n"
        "\"a string\"\n"
        "{\"id\": \"r5\", \"title\": \"no body\"}\n"
        "{\"text\": \"No id at all: the key falls back to the file and line of the record.\"}";
    char *path = tmpfile_with("in.jsonl", data, sizeof data - 1);
    np_ingest ig;
    np_ingest_init(&ig);
    collected c = {0};
    run(&ig, &c, path);
    assert_int_equal(c.n_docs, 3);
    assert_string_equal(c.docs[0]->key, "r1");
    assert_string_equal(c.docs[0]->url, "https://example.org/a");
    assert_string_equal(c.docs[0]->title, "Mill reopens");
    assert_string_equal(c.docs[0]->outlet, "Carden Courier");
    assert_string_equal(c.docs[0]->author, "Ana Ruiz");
    assert_string_equal(c.docs[0]->published, "2026-02-14");
    assert_string_equal(c.docs[0]->format, "jsonl");
    assert_non_null(strstr(c.docs[0]->source, "in.jsonl:1"));
    assert_non_null(c.docs[0]->content_hash);
    assert_string_equal(c.docs[1]->key, "42");
    assert_string_equal(c.docs[2]->key, "in.jsonl:7");
    assert_int_equal(c.n_warnings, 3);
    assert_int_equal(c.warnings[0].line, 4);
    assert_int_equal(c.warnings[0].status, NP_EPARSE);
    assert_int_equal(c.warnings[1].line, 5);
    assert_int_equal(c.warnings[2].line, 6);
    assert_int_equal(ig.stats.rejected, 3);
    assert_int_equal(ig.stats.docs, 3);
    np_ingest_cleanup(&ig);
    collected_free(&c);
    free(path);
}

static void overlong_line_is_skipped_without_buffering(void **state)
{
    (void)state;
    size_t big = 300000;
    char *data = malloc(big + 200);
    size_t n = 0;
    n += (size_t)snprintf(data + n, 200, "{\"id\": \"big\", \"text\": \"");
    memset(data + n, 'y', big);
    n += big;
    n += (size_t)snprintf(data + n, 200, "\"}\n{\"id\": \"small\", \"text\": \"A short record after the long one.\"}\n");
    char *path = tmpfile_with("big.jsonl", data, n);
    np_ingest ig;
    np_ingest_init(&ig);
    ig.max_line_bytes = 4096;
    collected c = {0};
    run(&ig, &c, path);
    assert_int_equal(c.n_docs, 1);
    assert_string_equal(c.docs[0]->key, "small");
    assert_int_equal(c.n_warnings, 1);
    assert_int_equal(c.warnings[0].status, NP_ETOOBIG);
    assert_int_equal(c.warnings[0].line, 1);
    np_ingest_cleanup(&ig);
    collected_free(&c);
    free(path);
    free(data);
}

static void gzip_is_read_transparently_and_truncation_reported(void **state)
{
    (void)state;
    const char line[] = "{\"id\": \"z\", \"text\": \"Compressed records read like plain ones, the tests say.\"}\n";
    unsigned char comp[512];
    z_stream zs = {0};
    assert_int_equal(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = (unsigned char *)line;
    zs.avail_in = sizeof line - 1;
    zs.next_out = comp;
    zs.avail_out = sizeof comp;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    size_t clen = sizeof comp - zs.avail_out;
    deflateEnd(&zs);
    char *path = tmpfile_with("a.jsonl.gz", comp, clen);
    np_ingest ig;
    np_ingest_init(&ig);
    collected c = {0};
    run(&ig, &c, path);
    assert_int_equal(c.n_docs, 1);
    assert_string_equal(c.docs[0]->key, "z");
    np_ingest_cleanup(&ig);
    collected_free(&c);
    free(path);

    char *cut = tmpfile_with("cut.txt.gz", comp, clen / 2);
    collected d = {0};
    np_ingest_init(&ig);
    run(&ig, &d, cut);
    assert_int_equal(d.n_docs, 0);
    assert_int_equal(d.n_warnings, 1);
    assert_non_null(strstr(d.warnings[0].msg, "truncated"));
    np_ingest_cleanup(&ig);
    collected_free(&d);
    free(cut);
}

static void empty_binary_and_missing_files_are_reported(void **state)
{
    (void)state;
    char *empty = tmpfile_with("empty.txt", "", 0);
    unsigned char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 37 + (i >> 3));
    char *bin = tmpfile_with("junk.txt", junk, sizeof junk);
    np_ingest ig;
    np_ingest_init(&ig);
    collected c = {0};
    run(&ig, &c, empty);
    run(&ig, &c, bin);
    run(&ig, &c, "/nonexistent/dir/file.txt");
    assert_int_equal(c.n_docs, 0);
    assert_int_equal(c.n_warnings, 3);
    assert_int_equal(c.warnings[0].status, NP_EEMPTY);
    assert_non_null(strstr(c.warnings[1].msg, "binary"));
    assert_int_equal(c.warnings[2].status, NP_ENOTFOUND);
    assert_string_equal(c.warnings[2].file, "/nonexistent/dir/file.txt");
    assert_int_equal(ig.stats.rejected, 3);
    np_ingest_cleanup(&ig);
    free(empty);
    free(bin);
}

static void folders_are_walked_in_order_skipping_non_articles(void **state)
{
    (void)state;
    char *dir = np_test_tmpdir();
    char p[4096];
    snprintf(p, sizeof p, "%s/sub", dir);
    assert_int_equal(mkdir(p, 0700), 0);
    const char *body = "A council meeting on Tuesday approved the new library budget for the town.";
    snprintf(p, sizeof p, "%s/b.txt", dir);
    np_test_write_file(p, body, strlen(body));
    snprintf(p, sizeof p, "%s/sub/a.txt", dir);
    np_test_write_file(p, "Other text: the river festival returns in June with boats.", 58);
    snprintf(p, sizeof p, "%s/gold.json", dir);
    np_test_write_file(p, "{}", 2);
    snprintf(p, sizeof p, "%s/.hidden.txt", dir);
    np_test_write_file(p, "hidden", 6);
    np_ingest ig;
    np_ingest_init(&ig);
    collected c = {0};
    run(&ig, &c, dir);
    assert_int_equal(c.n_docs, 2);
    assert_string_equal(c.docs[0]->key, "b.txt");
    assert_string_equal(c.docs[1]->key, "a.txt");
    assert_int_equal(ig.stats.ignored, 1);
    /* plain text has no declared language: it is guessed from the body when
     * libexttextcat's fingerprints are installed, else left unknown */
    if (access("/usr/share/libexttextcat/fpdb.conf", R_OK) == 0)
        assert_string_equal(c.docs[0]->language, "en");
    else
        assert_null(c.docs[0]->language);
    np_ingest_cleanup(&ig);
    collected_free(&c);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sniffs_by_name_then_content),
        cmocka_unit_test(jsonl_keeps_fields_and_reports_bad_lines),
        cmocka_unit_test(overlong_line_is_skipped_without_buffering),
        cmocka_unit_test(gzip_is_read_transparently_and_truncation_reported),
        cmocka_unit_test(empty_binary_and_missing_files_are_reported),
        cmocka_unit_test(folders_are_walked_in_order_skipping_non_articles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
