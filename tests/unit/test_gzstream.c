/* Unit tests for ingest/gzstream: plain pass-through, single and multi-member
 * gzip, member offsets, truncated and corrupt members, resync, read_all. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/buf.h"
#include "ingest/gzstream.h"

/* One gzip member of data appended to out. */
static void gz_member(np_buf *out, const char *data, size_t len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t bound = deflateBound(&zs, len) + 64;
    assert_int_equal(np_buf_reserve(out, bound), NP_OK);
    zs.next_in = (unsigned char *)data;
    zs.avail_in = (uInt)len;
    zs.next_out = (unsigned char *)out->data + out->len;
    zs.avail_out = (uInt)bound;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out->len += bound - zs.avail_out;
    deflateEnd(&zs);
}

/* Read everything; returns status of the last read, output in got. */
static np_status drain(np_gzstream *gz, np_buf *got, size_t step, np_error *err)
{
    char tmp[4096];
    if (step > sizeof tmp)
        step = sizeof tmp;
    for (;;) {
        size_t n = 0;
        np_status st = np_gz_read(gz, tmp, step, &n, err);
        if (st != NP_OK)
            return st;
        if (n == 0)
            return NP_OK;
        assert_int_equal(np_buf_append(got, tmp, n), NP_OK);
    }
}

static void plain_passes_through(void **state)
{
    (void)state;
    char data[] = "WARC/1.1\r\nnot compressed at all\r\n";
    FILE *f = fmemopen(data, sizeof data - 1, "rb");
    np_gzstream *gz;
    np_error err;
    assert_int_equal(np_gz_open(&gz, f, "p.warc", &err), NP_OK);
    assert_int_equal(np_gz_is_gzip(gz), 0);
    np_buf got;
    np_buf_init(&got, 0);
    assert_int_equal(drain(gz, &got, 5, &err), NP_OK);
    assert_int_equal(got.len, sizeof data - 1);
    assert_memory_equal(got.data, data, got.len);
    assert_int_equal(np_gz_out_offset(gz), (long long)(sizeof data - 1));
    np_buf_free(&got);
    np_gz_close(gz);
    fclose(f);
}

static void multi_member_offsets(void **state)
{
    (void)state;
    np_buf z;
    np_buf_init(&z, 0);
    const char *parts[] = {"first member\n", "", "second member, a little longer\n", "third\n"};
    size_t starts[4];
    for (int i = 0; i < 4; i++) {
        starts[i] = z.len;
        gz_member(&z, parts[i], strlen(parts[i]));
    }
    FILE *f = fmemopen(z.data, z.len, "rb");
    np_gzstream *gz;
    np_error err;
    assert_int_equal(np_gz_open(&gz, f, "m.gz", &err), NP_OK);
    assert_int_equal(np_gz_is_gzip(gz), 1);
    char tmp[256];
    size_t n;
    /* Each read stays inside one member, so offsets map exactly. */
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_OK);
    assert_int_equal(n, strlen(parts[0]));
    assert_int_equal(np_gz_member_offset(gz), (long long)starts[0]);
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_OK);
    assert_int_equal(n, strlen(parts[2])); /* the empty member is skipped */
    assert_memory_equal(tmp, parts[2], n);
    assert_int_equal(np_gz_member_offset(gz), (long long)starts[2]);
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_OK);
    assert_int_equal(np_gz_member_offset(gz), (long long)starts[3]);
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_OK);
    assert_int_equal(n, 0);
    assert_int_equal(np_gz_members(gz), 4);
    np_gz_close(gz);
    fclose(f);
    np_buf_free(&z);
}

static void truncated_member_is_an_error(void **state)
{
    (void)state;
    np_buf z;
    np_buf_init(&z, 0);
    char big[20000];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)('a' + (i * 7 + i / 13) % 26);
    gz_member(&z, "ok\n", 3);
    size_t second = z.len;
    gz_member(&z, big, sizeof big);
    z.len -= (z.len - second) / 2; /* cut the second member in half */
    FILE *f = fmemopen(z.data, z.len, "rb");
    np_gzstream *gz;
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_gz_open(&gz, f, "t.gz", &err), NP_OK);
    np_buf got;
    np_buf_init(&got, 0);
    assert_int_equal(drain(gz, &got, 4096, &err), NP_EPARSE);
    assert_non_null(strstr(err.msg, "truncated"));
    assert_string_equal(err.file, "t.gz");
    assert_int_equal(err.offset, (long long)second);
    /* Failed stays failed until resync; resync finds no further member. */
    size_t n;
    char tmp[16];
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_EPARSE);
    assert_int_equal(np_gz_resync(gz), 0);
    assert_int_equal(np_gz_read(gz, tmp, sizeof tmp, &n, &err), NP_OK);
    assert_int_equal(n, 0);
    np_buf_free(&got);
    np_gz_close(gz);
    fclose(f);
    np_buf_free(&z);
}

static void corrupt_member_then_resync(void **state)
{
    (void)state;
    np_buf z;
    np_buf_init(&z, 0);
    char big[5000];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)('A' + (i * 11 + i / 7) % 26);
    gz_member(&z, big, sizeof big);
    size_t cut = z.len / 2;
    z.len = cut; /* first member truncated... */
    gz_member(&z, "after the damage\n", 17); /* ...followed by a good one */
    FILE *f = fmemopen(z.data, z.len, "rb");
    np_gzstream *gz;
    np_error err;
    assert_int_equal(np_gz_open(&gz, f, "c.gz", &err), NP_OK);
    np_buf got;
    np_buf_init(&got, 0);
    assert_int_equal(drain(gz, &got, 4096, &err), NP_EPARSE);
    assert_int_equal(err.offset, 0);
    assert_int_equal(np_gz_resync(gz), 1);
    np_buf_reset(&got);
    assert_int_equal(drain(gz, &got, 4096, &err), NP_OK);
    assert_string_equal(got.data, "after the damage\n");
    assert_int_equal(np_gz_member_offset(gz), (long long)cut);
    np_buf_free(&got);
    np_gz_close(gz);
    fclose(f);
    np_buf_free(&z);
}

static void garbage_after_member(void **state)
{
    (void)state;
    np_buf z;
    np_buf_init(&z, 0);
    gz_member(&z, "hello\n", 6);
    np_buf_append_str(&z, "trailing junk");
    FILE *f = fmemopen(z.data, z.len, "rb");
    np_gzstream *gz;
    np_error err;
    assert_int_equal(np_gz_open(&gz, f, "g.gz", &err), NP_OK);
    np_buf got;
    np_buf_init(&got, 0);
    assert_int_equal(drain(gz, &got, 4096, &err), NP_EPARSE);
    assert_string_equal(got.data, "hello\n");
    assert_non_null(strstr(err.msg, "not gzip"));
    assert_int_equal(np_gz_resync(gz), 0);
    np_buf_free(&got);
    np_gz_close(gz);
    fclose(f);
    np_buf_free(&z);
}

static void read_all_plain_gzip_and_limit(void **state)
{
    (void)state;
    np_buf z, out;
    np_error err;
    np_buf_init(&z, 0);
    gz_member(&z, "<html>part one ", 15);
    gz_member(&z, "part two</html>", 15);
    FILE *f = fmemopen(z.data, z.len, "rb");
    assert_int_equal(np_gz_read_all(f, "a.html.gz", 1000, &out, &err), NP_OK);
    assert_string_equal(out.data, "<html>part one part two</html>");
    np_buf_free(&out);
    fclose(f);

    f = fmemopen(z.data, z.len, "rb");
    assert_int_equal(np_gz_read_all(f, "a.html.gz", 20, &out, &err), NP_ETOOBIG);
    assert_null(out.data);
    assert_string_equal(err.file, "a.html.gz");
    np_buf_free(&out);
    fclose(f);

    char plain[] = "just text";
    f = fmemopen(plain, 9, "rb");
    assert_int_equal(np_gz_read_all(f, "t.txt", 9, &out, &err), NP_OK);
    assert_string_equal(out.data, "just text");
    np_buf_free(&out);
    fclose(f);

    /* Exactly at the limit is fine, one byte over is not. */
    f = fmemopen(plain, 9, "rb");
    assert_int_equal(np_gz_read_all(f, "t.txt", 8, &out, &err), NP_ETOOBIG);
    np_buf_free(&out);
    fclose(f);

    z.len -= 5; /* truncated */
    f = fmemopen(z.data, z.len, "rb");
    assert_int_equal(np_gz_read_all(f, "a.html.gz", 1000, &out, &err), NP_EPARSE);
    np_buf_free(&out);
    fclose(f);
    np_buf_free(&z);
}

static void read_all_empty_file(void **state)
{
    (void)state;
    char nothing[1];
    FILE *f = fmemopen(nothing, 0, "rb");
    if (!f) { /* some libcs refuse a zero-size fmemopen */
        f = tmpfile();
        assert_non_null(f);
    }
    np_buf out;
    np_error err;
    assert_int_equal(np_gz_read_all(f, "e", 10, &out, &err), NP_OK);
    assert_non_null(out.data);
    assert_int_equal(out.len, 0);
    np_buf_free(&out);
    fclose(f);
}

/* Reading through a real FILE larger than the internal buffer, one byte at
 * a time and in big strides, gives identical bytes. */
static void large_stream_round_trip(void **state)
{
    (void)state;
    size_t n = 3u << 20;
    char *data = malloc(n);
    assert_non_null(data);
    unsigned x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        data[i] = (char)((x >> 16) % 64 + 32);
    }
    np_buf z;
    np_buf_init(&z, 0);
    for (size_t off = 0; off < n; off += 700000)
        gz_member(&z, data + off, n - off < 700000 ? n - off : 700000);
    FILE *f = tmpfile();
    assert_non_null(f);
    assert_int_equal(fwrite(z.data, 1, z.len, f), z.len);
    rewind(f);
    np_gzstream *gz;
    np_error err;
    assert_int_equal(np_gz_open(&gz, f, "big.gz", &err), NP_OK);
    np_buf got;
    np_buf_init(&got, 0);
    assert_int_equal(drain(gz, &got, 3000, &err), NP_OK);
    assert_int_equal(got.len, n);
    assert_memory_equal(got.data, data, n);
    assert_int_equal(np_gz_members(gz), 5);
    np_gz_close(gz);
    np_buf_free(&got);
    np_buf_free(&z);
    fclose(f);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_passes_through),
        cmocka_unit_test(multi_member_offsets),
        cmocka_unit_test(truncated_member_is_an_error),
        cmocka_unit_test(corrupt_member_then_resync),
        cmocka_unit_test(garbage_after_member),
        cmocka_unit_test(read_all_plain_gzip_and_limit),
        cmocka_unit_test(read_all_empty_file),
        cmocka_unit_test(large_stream_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
