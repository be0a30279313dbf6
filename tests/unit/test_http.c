/* Unit tests for ingest/http: status line, header fields, chunked transfer
 * coding, content codings, media type split. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/buf.h"
#include "ingest/http.h"

static np_status parse(np_http_head *h, const char *s, size_t max_head)
{
    np_error err;
    return np_http_parse_head(h, s, strlen(s), max_head, &err);
}

static void status_line_forms(void **state)
{
    (void)state;
    np_http_head h;
    np_http_head_init(&h);
    assert_int_equal(parse(&h, "HTTP/1.1 200 OK\r\n\r\nbody", 0), NP_OK);
    assert_int_equal(h.status, 200);
    assert_int_equal(h.version_major, 1);
    assert_int_equal(h.version_minor, 1);
    assert_string_equal(h.reason, "OK");
    assert_int_equal(h.head_len, 19);

    assert_int_equal(parse(&h, "HTTP/1.0 404\r\n\r\n", 0), NP_OK); /* no reason phrase */
    assert_int_equal(h.status, 404);
    assert_string_equal(h.reason, "");
    assert_int_equal(parse(&h, "HTTP/2 200\n\n", 0), NP_OK);
    assert_int_equal(h.version_major, 2);
    assert_int_equal(parse(&h, "HTTP/1.1 301 Moved   Permanently \r\n\r\n", 0), NP_OK);
    assert_string_equal(h.reason, "Moved   Permanently");

    assert_int_equal(parse(&h, "HTTP/1.1 2000 OK\r\n\r\n", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "HTTP/1.1 20 OK\r\n\r\n", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "HTP/1.1 200 OK\r\n\r\n", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "HTTP/1.1 abc\r\n\r\n", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "HTTP/ 200 OK\r\n\r\n", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "", 0), NP_EPARSE);
    assert_int_equal(parse(&h, "<html>", 0), NP_EPARSE);
    np_http_head_free(&h);
}

static void header_fields(void **state)
{
    (void)state;
    np_http_head h;
    np_http_head_init(&h);
    const char *msg = "HTTP/1.1 200 OK\r\n"
                      "Content-Type: text/html;\r\n"
                      "   charset=utf-8\r\n"      /* folded */
                      "X-Empty:\r\n"
                      "no colon here\r\n"
                      "  Server :  test  \r\n"   /* stray fold: ignored */
                      "Server: demo\r\n"
                      "\r\n"
                      "<html>";
    assert_int_equal(parse(&h, msg, 0), NP_OK);
    assert_string_equal(np_http_get(&h, "content-type"), "text/html; charset=utf-8");
    assert_string_equal(np_http_get(&h, "X-EMPTY"), "");
    assert_string_equal(np_http_get(&h, "server"), "demo");
    assert_null(np_http_get(&h, "Content-Length"));
    assert_string_equal(msg + h.head_len, "<html>");

    /* Bare LF line ends. */
    assert_int_equal(parse(&h, "HTTP/1.1 200 OK\nContent-Type: text/plain\n\nhi", 0), NP_OK);
    assert_string_equal(np_http_get(&h, "Content-Type"), "text/plain");
    assert_int_equal(h.head_len, strlen("HTTP/1.1 200 OK\nContent-Type: text/plain\n\n"));

    /* Data ending inside the head: a head with an empty body. */
    const char *cut = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
    assert_int_equal(parse(&h, cut, 0), NP_OK);
    assert_int_equal(h.head_len, strlen(cut));
    assert_string_equal(np_http_get(&h, "Content-Type"), "text/html");
    np_http_head_free(&h);
    np_http_head_free(NULL);
}

static void huge_head_is_refused(void **state)
{
    (void)state;
    size_t n = 1 << 20;
    char *s = malloc(n + 64);
    assert_non_null(s);
    const char *start = "HTTP/1.1 200 OK\r\nX-Big: ";
    size_t k = strlen(start);
    memcpy(s, start, k);
    memset(s + k, 'x', n - k);
    memcpy(s + n, "\r\n\r\n", 5);
    np_http_head h;
    np_http_head_init(&h);
    np_error err;
    assert_int_equal(np_http_parse_head(&h, s, strlen(s), 64 * 1024, &err), NP_ETOOBIG);
    /* Many fields: the extras are ignored, not an error. */
    np_buf b;
    np_buf_init(&b, 0);
    np_buf_append_str(&b, "HTTP/1.1 200 OK\r\n");
    for (int i = 0; i < 500; i++)
        np_buf_printf(&b, "X-F%d: %d\r\n", i, i);
    np_buf_append_str(&b, "Content-Type: text/html\r\n\r\n");
    assert_int_equal(np_http_parse_head(&h, b.data, b.len, 0, &err), NP_OK);
    assert_int_equal(h.nfields, NP_HTTP_MAX_FIELDS);
    assert_int_equal(h.head_len, b.len);
    np_buf_free(&b);
    np_http_head_free(&h);
    free(s);
}

static np_status dechunk(const char *s, np_buf *out)
{
    np_error err;
    np_buf_reset(out);
    return np_http_dechunk(s, strlen(s), out, &err);
}

static void chunked_decoding(void **state)
{
    (void)state;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(dechunk("5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n", &out), NP_OK);
    assert_string_equal(out.data, "hello, world");
    assert_int_equal(dechunk("A\nabcdefghij\n0\n\n", &out), NP_OK); /* bare LF, upper hex */
    assert_string_equal(out.data, "abcdefghij");
    assert_int_equal(dechunk("5  \r\nhello\r\n", &out), NP_OK); /* no last chunk: kept */
    assert_string_equal(out.data, "hello");
    assert_int_equal(dechunk("10\r\nshort", &out), NP_OK); /* truncated chunk: kept */
    assert_string_equal(out.data, "short");
    assert_int_equal(dechunk("zz\r\nhello\r\n0\r\n\r\n", &out), NP_EPARSE);
    assert_int_equal(dechunk("\r\nhello\r\n", &out), NP_EPARSE);
    assert_int_equal(dechunk("-5\r\nhello\r\n", &out), NP_EPARSE);
    assert_int_equal(dechunk("5x\r\nhello\r\n", &out), NP_EPARSE);
    assert_int_equal(dechunk("fffffffffffffffffffff\r\nx\r\n", &out), NP_EPARSE); /* overflow */
    assert_int_equal(dechunk("3\r\nabcdef\r\n0\r\n\r\n", &out), NP_EPARSE); /* size too small */
    np_buf_free(&out);
    np_buf_init(&out, 4);
    np_error err;
    assert_int_equal(np_http_dechunk("5\r\nhello\r\n0\r\n\r\n", 15, &out, &err), NP_ETOOBIG);
    np_buf_free(&out);
}

static size_t compress_with(const char *data, size_t len, int wbits, unsigned char *out, size_t cap)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit2(&zs, 9, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = (unsigned char *)data;
    zs.avail_in = (uInt)len;
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    size_t n = cap - zs.avail_out;
    deflateEnd(&zs);
    return n;
}

static void content_codings(void **state)
{
    (void)state;
    const char *text = "<html><body>compressed page body, compressed page body</body></html>";
    size_t tl = strlen(text);
    unsigned char z[512];
    np_buf out;
    np_error err;
    struct { const char *name; int wbits; } cases[] = {
        {"gzip", 16 + MAX_WBITS}, {"x-gzip", 16 + MAX_WBITS}, {"deflate", MAX_WBITS}, {"deflate", -MAX_WBITS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t zn = compress_with(text, tl, cases[i].wbits, z, sizeof z);
        np_buf_init(&out, 0);
        assert_int_equal(np_http_decode_coding(cases[i].name, strlen(cases[i].name), (char *)z, zn, &out, &err),
                         NP_OK);
        assert_int_equal(out.len, tl);
        assert_memory_equal(out.data, text, tl);
        np_buf_free(&out);
        /* A stream cut short keeps what was decoded. */
        np_buf_init(&out, 0);
        assert_int_equal(np_http_decode_coding(cases[i].name, strlen(cases[i].name), (char *)z, zn - 4, &out, &err),
                         NP_OK);
        assert_true(out.len <= tl);
        np_buf_free(&out);
    }
    np_buf_init(&out, 0);
    assert_int_equal(np_http_decode_coding("identity", 8, "abc", 3, &out, &err), NP_OK);
    assert_string_equal(out.data, "abc");
    np_buf_free(&out);
    np_buf_init(&out, 0);
    assert_int_equal(np_http_decode_coding("br", 2, "abc", 3, &out, &err), NP_EUNSUPPORTED);
    assert_int_equal(np_http_decode_coding("gzip", 4, "not gzip at all", 15, &out, &err), NP_EPARSE);
    np_buf_free(&out);
}

static void decompression_bomb_is_bounded(void **state)
{
    (void)state;
    size_t n = 8u << 20;
    char *zeros = calloc(1, n);
    unsigned char *z = malloc(n / 100);
    assert_non_null(zeros);
    assert_non_null(z);
    size_t zn = compress_with(zeros, n, 16 + MAX_WBITS, z, n / 100);
    np_buf out;
    np_error err;
    np_buf_init(&out, 1 << 20);
    assert_int_equal(np_http_decode_coding("gzip", 4, (char *)z, zn, &out, &err), NP_ETOOBIG);
    assert_null(out.data);
    np_buf_free(&out);
    /* The exact size passes. */
    np_buf_init(&out, n);
    assert_int_equal(np_http_decode_coding("gzip", 4, (char *)z, zn, &out, &err), NP_OK);
    assert_int_equal(out.len, n);
    np_buf_free(&out);
    free(zeros);
    free(z);
}

static void decode_body_stacks(void **state)
{
    (void)state;
    const char *text = "<!doctype html><p>chunked and gzipped</p>";
    unsigned char z[256];
    size_t zn = compress_with(text, strlen(text), 16 + MAX_WBITS, z, sizeof z);
    /* Chunk the gzip bytes in two pieces. */
    np_buf msg;
    np_buf_init(&msg, 0);
    np_buf_append_str(&msg, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
    size_t head = msg.len;
    size_t half = zn / 2;
    np_buf_printf(&msg, "%zx\r\n", half);
    np_buf_append(&msg, z, half);
    np_buf_printf(&msg, "\r\n%zx\r\n", zn - half);
    np_buf_append(&msg, z + half, zn - half);
    np_buf_append_str(&msg, "\r\n0\r\n\r\n");

    np_http_head h;
    np_http_head_init(&h);
    np_error err;
    assert_int_equal(np_http_parse_head(&h, msg.data, msg.len, 0, &err), NP_OK);
    assert_int_equal(h.head_len, head);
    np_buf a, b;
    np_buf_init(&a, 0);
    np_buf_init(&b, 0);
    const char *body;
    size_t blen;
    assert_int_equal(np_http_decode_body(&h, msg.data + head, msg.len - head, 1 << 20, &a, &b, &body, &blen, &err),
                     NP_OK);
    assert_int_equal(blen, strlen(text));
    assert_memory_equal(body, text, blen);

    /* Headers kept but the body stored already decoded: passed through. */
    const char *plain = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n<html>x</html>";
    assert_int_equal(np_http_parse_head(&h, plain, strlen(plain), 0, &err), NP_OK);
    assert_int_equal(np_http_decode_body(&h, plain + h.head_len, strlen(plain) - h.head_len, 1 << 20, &a, &b, &body,
                                         &blen, &err), NP_OK);
    assert_int_equal(blen, 14);
    assert_memory_equal(body, "<html>x</html>", 14);

    /* Unknown coding: unsupported. */
    const char *br = "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx";
    assert_int_equal(np_http_parse_head(&h, br, strlen(br), 0, &err), NP_OK);
    assert_int_equal(np_http_decode_body(&h, br + h.head_len, 2, 1 << 20, &a, &b, &body, &blen, &err),
                     NP_EUNSUPPORTED);
    np_buf_free(&a);
    np_buf_free(&b);
    np_buf_free(&msg);
    np_http_head_free(&h);
}

static void media_type_split(void **state)
{
    (void)state;
    char t[64], c[32];
    np_http_media_type("Text/HTML; Charset=\"UTF-8\"", t, sizeof t, c, sizeof c);
    assert_string_equal(t, "text/html");
    assert_string_equal(c, "utf-8");
    np_http_media_type("  application/xhtml+xml ;q=1; charset = iso-8859-1 ", t, sizeof t, c, sizeof c);
    assert_string_equal(t, "application/xhtml+xml");
    assert_string_equal(c, "iso-8859-1");
    np_http_media_type("text/plain", t, sizeof t, c, sizeof c);
    assert_string_equal(t, "text/plain");
    assert_string_equal(c, "");
    np_http_media_type(NULL, t, sizeof t, c, sizeof c);
    assert_string_equal(t, "");
    np_http_media_type("text/html; charset=", t, sizeof t, c, sizeof c);
    assert_string_equal(c, "");
    np_http_media_type("text/html; charset=averyveryveryveryveryveryverylongcharsetname", t, sizeof t, c, 8);
    assert_string_equal(c, ""); /* does not fit: dropped, not cut */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(status_line_forms),
        cmocka_unit_test(header_fields),
        cmocka_unit_test(huge_head_is_refused),
        cmocka_unit_test(chunked_decoding),
        cmocka_unit_test(content_codings),
        cmocka_unit_test(decompression_bomb_is_bounded),
        cmocka_unit_test(decode_body_stacks),
        cmocka_unit_test(media_type_split),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
