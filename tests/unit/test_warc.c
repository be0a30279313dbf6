/* Unit tests for ingest/warc: the fixtures of tests/fixtures/warc (made by
 * make_fixtures.py) plus damage built in memory (huge header line, record
 * over the size limit, bare LF files). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "ingest/warc.h"

#define MAX_KEEP 16

typedef struct seen {
    int n;
    char uri[MAX_KEEP][128];
    char id[MAX_KEEP][80];
    char ctype[MAX_KEEP][40];
    char charset[MAX_KEEP][40];
    char title[MAX_KEEP][40];
    char body_has[MAX_KEEP]; /* body holds "Paragraph" lines */
    int status[MAX_KEEP];
    long long offset[MAX_KEEP];
    long long uoffset[MAX_KEEP];
    int warnings;
    np_error first_warning;
    np_error last_warning;
    char warn_msgs[1024];
    int stop_after; /* return NP_EINVAL after this many records, 0 = never */
} seen;

static void copy_str(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "(null)");
}

static np_status on_record(void *ctx, const np_warc_record *rec)
{
    seen *s = ctx;
    if (s->n < MAX_KEEP) {
        int i = s->n;
        copy_str(s->uri[i], sizeof s->uri[i], rec->target_uri);
        copy_str(s->id[i], sizeof s->id[i], rec->record_id);
        copy_str(s->ctype[i], sizeof s->ctype[i], rec->content_type);
        copy_str(s->charset[i], sizeof s->charset[i], rec->charset);
        s->status[i] = rec->http_status;
        s->offset[i] = rec->offset;
        s->uoffset[i] = rec->uoffset;
        /* The body is not NUL-terminated by contract: search within body_len. */
        const char *t = memmem(rec->body, rec->body_len, "<title>", 7);
        s->title[i][0] = '\0';
        if (t) {
            const char *e = memmem(t, rec->body_len - (size_t)(t - rec->body), "</title>", 8);
            if (e)
                snprintf(s->title[i], sizeof s->title[i], "%.*s", (int)(e - t - 7), t + 7);
        }
        s->body_has[i] = memmem(rec->body, rec->body_len, "Paragraph", 9) != NULL;
    }
    s->n++;
    if (s->stop_after && s->n >= s->stop_after)
        return NP_EINVAL;
    return NP_OK;
}

static void on_warning(void *ctx, const np_error *w)
{
    seen *s = ctx;
    if (s->warnings++ == 0)
        s->first_warning = *w;
    s->last_warning = *w;
    size_t l = strlen(s->warn_msgs);
    snprintf(s->warn_msgs + l, sizeof s->warn_msgs - l, "%s|", w->msg);
}

static char *fixture_path(const char *name)
{
    size_t n = strlen(np_test_root()) + strlen(name) + 64;
    char *p = malloc(n);
    snprintf(p, n, "%s/tests/fixtures/warc/%s", np_test_root(), name);
    return p;
}

static np_status read_fixture(const char *name, size_t max, seen *s, np_warc_stats *st, np_error *err)
{
    char *path = fixture_path(name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    memset(s, 0, sizeof *s);
    np_error_clear(err);
    np_status r = np_warc_read(f, name, max, on_record, on_warning, s, st, err);
    fclose(f);
    free(path);
    return r;
}

static np_status read_mem(const char *data, size_t len, size_t max, seen *s, np_warc_stats *st,
                          np_error *err)
{
    FILE *f = fmemopen((void *)data, len, "rb");
    assert_non_null(f);
    np_error_clear(err);
    np_status r = np_warc_read(f, "mem.warc", max, on_record, on_warning, s, st, err);
    fclose(f);
    return r;
}

/* The mixed fixture: see standard_set() in make_fixtures.py. */
static void check_standard(const char *name, int gz_per_record)
{
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture(name, 0, &s, &st, &err), NP_OK);
    assert_int_equal(st.records, 13);
    assert_int_equal(st.delivered, 6);
    assert_int_equal(s.n, 6);
    assert_int_equal(st.skipped_type, 4);
    assert_int_equal(st.skipped_status, 1);
    assert_int_equal(st.skipped_media, 2);
    assert_int_equal(st.damaged, 0);
    assert_int_equal(s.warnings, 0);
    const char *titles[] = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"};
    for (int i = 0; i < 6; i++) {
        assert_string_equal(s.title[i], titles[i]);
        assert_true(s.body_has[i]);
    }
    assert_string_equal(s.uri[0], "http://example.org/a"); /* 1.0 brackets removed */
    assert_string_equal(s.id[0], "<urn:uuid:00000000-0000-4000-8000-000000000003>");
    assert_string_equal(s.ctype[0], "text/html");
    assert_string_equal(s.charset[0], "utf-8");
    assert_int_equal(s.status[0], 200);
    assert_string_equal(s.charset[2], "iso-8859-1");
    assert_string_equal(s.ctype[4], "(null)"); /* sniffed, no type given */
    assert_string_equal(s.uri[5], "file:///f.html");
    assert_int_equal(s.status[5], 0); /* resource record */
    for (int i = 1; i < 6; i++)
        assert_true(s.uoffset[i] > s.uoffset[i - 1]);
    if (gz_per_record) {
        /* Each offset is the start of a gzip member in the file. */
        char *path = fixture_path(name);
        size_t len;
        char *raw = np_test_read_file(path, &len);
        assert_non_null(raw);
        for (int i = 0; i < 6; i++) {
            assert_true(s.offset[i] >= 0 && (size_t)s.offset[i] + 2 < len);
            assert_int_equal((unsigned char)raw[s.offset[i]], 0x1f);
            assert_int_equal((unsigned char)raw[s.offset[i] + 1], 0x8b);
            if (i)
                assert_true(s.offset[i] > s.offset[i - 1]);
        }
        free(raw);
        free(path);
    }
}

static void warc_10(void **state) { (void)state; check_standard("std-v10.warc", 0); }
static void warc_11(void **state) { (void)state; check_standard("std-v11.warc", 0); }
static void warc_11_gz_per_record(void **state) { (void)state; check_standard("std-v11-per-record.warc.gz", 1); }

static void warc_11_gz_whole(void **state)
{
    (void)state;
    check_standard("std-v11-whole.warc.gz", 0);
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("std-v11-whole.warc.gz", 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.offset[3], 0); /* one member for the whole file */
}

/* Three HTML responses with the middle one damaged: One and Three survive. */
static void check_one_three(const char *name, const char *expect_in_warning)
{
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture(name, 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.title[0], "One");
    assert_string_equal(s.title[1], "Three");
    assert_true(s.warnings >= 1);
    assert_int_equal(st.damaged, (uint64_t)s.warnings);
    assert_string_equal(s.last_warning.file, name);
    assert_true(s.last_warning.offset > 0);
    if (expect_in_warning && !strstr(s.warn_msgs, expect_in_warning))
        fail_msg("warnings '%s' lack '%s'", s.warn_msgs, expect_in_warning);
    /* The first warning points at the damaged second record: in a plain file
     * its "WARC/1." line, in a gzip file the start of its member. */
    char *path = fixture_path(name);
    size_t len;
    char *raw = np_test_read_file(path, &len);
    assert_non_null(raw);
    long long second = -1;
    if ((unsigned char)raw[0] == 0x1f) {
        for (size_t i = 1, k = 0; i + 2 < len; i++)
            if ((unsigned char)raw[i] == 0x1f && (unsigned char)raw[i + 1] == 0x8b && raw[i + 2] == 8 && ++k == 1) {
                second = (long long)i;
                break;
            }
    } else {
        const char *p = memmem(raw + 1, len - 1, "WARC/1.", 7);
        second = p ? (long long)(p - raw) : -1;
    }
    assert_int_equal(s.first_warning.offset, second);
    free(raw);
    free(path);
}

static void content_length_too_short(void **state) { (void)state; check_one_three("clen-short.warc", "Content-Length"); }
static void content_length_too_long(void **state) { (void)state; check_one_three("clen-long.warc", "Content-Length"); }
static void content_length_short_gz(void **state) { (void)state; check_one_three("clen-short-per-record.warc.gz", "Content-Length"); }
static void content_length_long_gz(void **state) { (void)state; check_one_three("clen-long-per-record.warc.gz", "Content-Length"); }
static void content_length_missing(void **state) { (void)state; check_one_three("no-clen.warc", "missing Content-Length"); }
static void truncated_gzip_member_mid(void **state) { (void)state; check_one_three("gz-truncated-mid.warc.gz", "gzip"); }
static void decompression_bomb_record(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("bomb.warc", 1 << 20, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.title[1], "Three");
    assert_int_equal(s.warnings, 1);
    assert_int_equal(s.last_warning.status, NP_ETOOBIG);
    /* With room for it the same record is read (it is only spaces). */
    assert_int_equal(read_fixture("bomb.warc", 8 << 20, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 3);
}

static void junk_between_records(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("junk.warc", 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 3);
    assert_int_equal(s.warnings, 1);
    assert_non_null(strstr(s.last_warning.msg, "junk"));
}

static void truncated_gzip_member_end(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("gz-truncated-end.warc.gz", 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.title[1], "Two");
    assert_int_equal(s.warnings, 1);
    assert_non_null(strstr(s.last_warning.msg, "truncated gzip member"));
    assert_true(s.last_warning.offset > 0);
}

static void content_length_past_end(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("clen-past-end.warc", 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.warnings, 1);
    assert_non_null(strstr(s.last_warning.msg, "cut off"));
}

static void empty_file(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("empty.warc", 0, &s, &st, &err), NP_EEMPTY);
    assert_string_equal(err.file, "empty.warc");
    assert_int_equal(st.records, 0);
}

static void not_a_warc(void **state)
{
    (void)state;
    seen s;
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_fixture("not-a-warc.html", 0, &s, &st, &err), NP_EPARSE);
    assert_non_null(strstr(err.msg, "not a WARC"));
    assert_string_equal(err.file, "not-a-warc.html");
    assert_int_equal(s.n, 0);
    const char old[] = "WARC/0.18\r\nWARC-Type: response\r\n\r\n";
    memset(&s, 0, sizeof s);
    assert_int_equal(read_mem(old, sizeof old - 1, 0, &s, &st, &err), NP_EUNSUPPORTED);
    const char bin[] = "\x00\x01\x02\x03\xff\xfe binary";
    assert_int_equal(read_mem(bin, sizeof bin - 1, 0, &s, &st, &err), NP_EPARSE);
}

/* One in-memory record with an HTML body of body_len bytes. */
static void add_record(np_buf *b, const char *uri, size_t body_len, const char *extra_header)
{
    np_buf body;
    np_buf_init(&body, 0);
    np_buf_printf(&body, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>%s</title>", uri);
    while (body.len < body_len)
        np_buf_append_str(&body, "<p>Paragraph text.</p>\n");
    np_buf_printf(b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n%s"
                     "Content-Type: application/http;msgtype=response\r\nContent-Length: %zu\r\n\r\n",
                  uri, extra_header ? extra_header : "", body.len);
    np_buf_append(b, body.data, body.len);
    np_buf_append_str(b, "\r\n\r\n");
    np_buf_free(&body);
}

static void record_over_limit_is_skipped(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    add_record(&b, "a", 100, NULL);
    add_record(&b, "big", 300000, NULL);
    add_record(&b, "c", 100, NULL);
    seen s;
    memset(&s, 0, sizeof s);
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_mem(b.data, b.len, 64 * 1024, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.title[0], "a");
    assert_string_equal(s.title[1], "c");
    assert_int_equal(st.skipped_size, 1);
    assert_int_equal(s.warnings, 1);
    assert_int_equal(s.last_warning.status, NP_ETOOBIG);
    assert_true(s.last_warning.offset > 0);
    np_buf_free(&b);
}

/* A block cut short in the middle of a line (its Content-Length still
 * counts the lost bytes): the next record's "WARC/1.1" follows the cut text
 * on the same line, and the read of the block runs into that record.  The
 * damaged record is reported by id and offset and every record after it is
 * read, with a record cut in its HTTP head or in its last line alike. */
static void record_after_block_cut_mid_line(void **state)
{
    (void)state;
    const size_t cuts[] = {30, 200};
    for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
        np_buf b, cut;
        np_buf_init(&b, 0);
        np_buf_init(&cut, 0);
        add_record(&b, "a", 300, NULL);
        add_record(&cut, "b", 600, "WARC-Record-ID: <urn:uuid:bbbb>\r\n");
        cut.len -= 4 + cuts[k]; /* the trailer and the end of the block */
        assert_true(cut.data[cut.len - 1] != '\n');
        np_buf_append(&b, cut.data, cut.len);
        long long b_off = (long long)(b.len - cut.len);
        add_record(&b, "c", 300, NULL);
        add_record(&b, "d", 300, NULL);
        seen s;
        memset(&s, 0, sizeof s);
        np_warc_stats st;
        np_error err;
        assert_int_equal(read_mem(b.data, b.len, 0, &s, &st, &err), NP_OK);
        assert_int_equal(s.n, 3);
        assert_string_equal(s.title[0], "a");
        assert_string_equal(s.title[1], "c");
        assert_string_equal(s.title[2], "d");
        assert_int_equal(s.warnings, 1);
        assert_non_null(strstr(s.first_warning.msg, "urn:uuid:bbbb"));
        assert_int_equal(s.first_warning.offset, b_off);
        np_buf_free(&cut);
        np_buf_free(&b);
    }
}

static void megabyte_header_line(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    add_record(&b, "a", 100, NULL);
    np_buf h;
    np_buf_init(&h, 0);
    np_buf_append_str(&h, "X-Huge: ");
    while (h.len < (1u << 20))
        np_buf_append_str(&h, "abcdefghijklmnopqrstuvwxyz0123456789");
    np_buf_append_str(&h, "\r\n");
    add_record(&b, "huge", 100, h.data);
    add_record(&b, "c", 100, NULL);
    seen s;
    memset(&s, 0, sizeof s);
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_mem(b.data, b.len, 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.title[1], "c");
    assert_int_equal(s.warnings, 1);
    assert_non_null(strstr(s.last_warning.msg, "header longer"));
    np_buf_free(&h);
    np_buf_free(&b);
}

static void bare_lf_and_folded_header(void **state)
{
    (void)state;
    const char body[] = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html><title>lf</title></html>";
    char data[1024];
    int n = snprintf(data, sizeof data,
                     "\n\nWARC/1.0\nWARC-Type: response\nWARC-Target-URI:\n  http://example.org/folded\n"
                     "Content-Type: application/http; msgtype=response\nContent-Length: %zu\n\n%s\n\n",
                     sizeof body - 1, body);
    seen s;
    memset(&s, 0, sizeof s);
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_mem(data, (size_t)n, 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.warnings, 0);
    assert_string_equal(s.uri[0], "http://example.org/folded");
    assert_string_equal(s.title[0], "lf");
}

static void interim_100_continue_head(void **state)
{
    (void)state;
    const char body[] = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                        "<html><title>after100</title></html>";
    char data[1024];
    int n = snprintf(data, sizeof data,
                     "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
                     sizeof body - 1, body);
    seen s;
    memset(&s, 0, sizeof s);
    np_warc_stats st;
    np_error err;
    assert_int_equal(read_mem(data, (size_t)n, 0, &s, &st, &err), NP_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.title[0], "after100");
    assert_string_equal(s.uri[0], "(null)"); /* no WARC-Target-URI */
}

static void callback_can_stop(void **state)
{
    (void)state;
    char *path = fixture_path("std-v11.warc");
    FILE *f = fopen(path, "rb");
    seen s;
    memset(&s, 0, sizeof s);
    s.stop_after = 2;
    np_warc_stats st;
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_warc_read(f, "x", 0, on_record, on_warning, &s, &st, &err), NP_EINVAL);
    assert_int_equal(s.n, 2);
    fclose(f);
    free(path);
}

/* A pipe cannot seek back, so gzip resync scans forward: still no crash,
 * the records before the damage arrive, and the damage is reported. */
static void truncated_member_through_a_pipe(void **state)
{
    (void)state;
    char *path = fixture_path("gz-truncated-mid.warc.gz");
    size_t len;
    char *raw = np_test_read_file(path, &len);
    assert_non_null(raw);
    assert_true(len < 16384); /* fits in the pipe buffer: no writer thread needed */
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    assert_int_equal(write(fds[1], raw, len), (ssize_t)len);
    close(fds[1]);
    FILE *f = fdopen(fds[0], "rb");
    assert_non_null(f);
    seen s;
    memset(&s, 0, sizeof s);
    np_warc_stats st;
    np_error err;
    assert_int_equal(np_warc_read(f, "pipe", 0, on_record, on_warning, &s, &st, &err), NP_OK);
    assert_true(s.n >= 1);
    assert_string_equal(s.title[0], "One");
    assert_true(s.warnings >= 1);
    fclose(f);
    free(raw);
    free(path);
}

/* Every prefix of a valid file is read without crashing and without
 * delivering more than the whole file holds. */
static void every_truncation_is_safe(void **state)
{
    (void)state;
    const char *names[] = {"std-v11.warc", "std-v11-per-record.warc.gz", "std-v11-whole.warc.gz"};
    for (size_t k = 0; k < 3; k++) {
        char *path = fixture_path(names[k]);
        size_t len;
        char *raw = np_test_read_file(path, &len);
        assert_non_null(raw);
        for (size_t cut = 1; cut < len; cut += (len / 300) + 1) {
            seen s;
            memset(&s, 0, sizeof s);
            np_warc_stats st;
            np_error err;
            np_status r = read_mem(raw, cut, 0, &s, &st, &err);
            assert_true(r == NP_OK || r == NP_EPARSE);
            assert_true(s.n <= 6);
        }
        free(raw);
        free(path);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(warc_10),
        cmocka_unit_test(warc_11),
        cmocka_unit_test(warc_11_gz_per_record),
        cmocka_unit_test(warc_11_gz_whole),
        cmocka_unit_test(content_length_too_short),
        cmocka_unit_test(content_length_too_long),
        cmocka_unit_test(content_length_short_gz),
        cmocka_unit_test(content_length_long_gz),
        cmocka_unit_test(content_length_missing),
        cmocka_unit_test(content_length_past_end),
        cmocka_unit_test(truncated_gzip_member_mid),
        cmocka_unit_test(truncated_gzip_member_end),
        cmocka_unit_test(truncated_member_through_a_pipe),
        cmocka_unit_test(junk_between_records),
        cmocka_unit_test(decompression_bomb_record),
        cmocka_unit_test(record_over_limit_is_skipped),
        cmocka_unit_test(record_after_block_cut_mid_line),
        cmocka_unit_test(megabyte_header_line),
        cmocka_unit_test(bare_lf_and_folded_header),
        cmocka_unit_test(empty_file),
        cmocka_unit_test(not_a_warc),
        cmocka_unit_test(interim_100_continue_head),
        cmocka_unit_test(callback_can_stop),
        cmocka_unit_test(every_truncation_is_safe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
