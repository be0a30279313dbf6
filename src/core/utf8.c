/* core/utf8.c — UTF-8 validation and repair via utf8proc's decoder. */
#include "core/utf8.h"

#include <utf8proc.h>

int np_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t len = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
    if (len <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (int)len;
}

np_status np_utf8_sanitize(const char *in, size_t n, np_buf *out, np_utf8_report *rep)
{
    static const char replacement[] = "\xEF\xBF\xBD";
    const unsigned char *s = (const unsigned char *)in;
    np_utf8_report r = {0, 0, -1};
    size_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    np_status st = np_buf_reserve(out, n - i);
    if (st != NP_OK)
        return st;
    size_t run = i; /* start of a pending run of plain bytes */
#define FLUSH(to)                                                              \
    do {                                                                       \
        if ((to) > run && (st = np_buf_append(out, s + run, (to) - run)))      \
            return st;                                                         \
    } while (0)
    while (i < n) {
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7f) {
            i++;
            continue;
        }
        if (c == '\n' || c == '\t') {
            i++;
            continue;
        }
        if (c == '\r') {
            FLUSH(i);
            if ((st = np_buf_append_char(out, '\n')))
                return st;
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            run = i;
            continue;
        }
        if (c < 0x20 || c == 0x7f) {
            FLUSH(i);
            r.controls++;
            run = ++i;
            continue;
        }
        int32_t cp;
        int len = np_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) {
            FLUSH(i);
            if (r.first_invalid < 0)
                r.first_invalid = (long long)i;
            r.invalid++;
            if ((st = np_buf_append(out, replacement, 3)))
                return st;
            run = ++i;
            continue;
        }
        i += (size_t)len;
    }
    FLUSH(n);
#undef FLUSH
    if (rep)
        *rep = r;
    return NP_OK;
}

double np_binary_ratio(const unsigned char *s, size_t n)
{
    if (n == 0)
        return 0.0;
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b))
            bad++;
    }
    return (double)bad / (double)n;
}

size_t np_utf8_squeeze(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            out[k++] = (char)(c + 32);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}
