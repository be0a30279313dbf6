/* article/html_charset.c — charset sniffing and conversion to UTF-8 (see html_charset.h). */
#include "article/html_charset.h"

#include <errno.h>
#include <stdint.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <uchardet/uchardet.h>

#include "core/utf8.h"

/* How far into the page a <meta charset> is looked for, as browsers do. */
#define PRESCAN_BYTES 4096
/* How much of the page the statistical detector sees: enough for a stable
 * guess, bounded so a huge page does not cost a huge detection. */
#define DETECT_BYTES (64 * 1024)

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int label_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':';
}

struct alias { const char *label; const char *iconv; };

/* WHATWG Encoding Standard aliases that differ from what iconv would do with
 * the label as written: the browser meaning is what pages are written for. */
static const struct alias aliases[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"}, {"iso-8859-11", "WINDOWS-874"},
    {"tis-620", "WINDOWS-874"}, {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
    {"gb18030", "GB18030"}, {"chinese", "GB18030"}, {"shift_jis", "CP932"}, {"shift-jis", "CP932"},
    {"sjis", "CP932"}, {"x-sjis", "CP932"}, {"windows-31j", "CP932"}, {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"}, {"big5", "BIG5-HKSCS"}, {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"}, {"koi8-r", "KOI8-R"}, {"koi8-u", "KOI8-U"},
};

int np_charset_normalize(const char *label, size_t n, char *out, size_t cap)
{
    char low[48];
    size_t k = 0;
    while (n && (*label == ' ' || *label == '"' || *label == '\'' || *label == '\t')) {
        label++;
        n--;
    }
    for (size_t i = 0; i < n && label_char((unsigned char)label[i]); i++) {
        if (k + 1 >= sizeof low)
            return 0;
        low[k++] = (char)lower((unsigned char)label[i]);
    }
    low[k] = '\0';
    if (k == 0 || cap == 0)
        return 0;
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (strcmp(low, aliases[i].label) == 0) {
            snprintf(out, cap, "%s", aliases[i].iconv);
            return 1;
        }
    for (size_t i = 0; i < k; i++)
        low[i] = (char)(low[i] >= 'a' && low[i] <= 'z' ? low[i] - 32 : low[i]);
    snprintf(out, cap, "%s", low);
    return 1;
}

/* Count invalid sequences and valid multi-byte sequences of UTF-8 text. */
static void utf8_stats(const unsigned char *s, size_t n, size_t *invalid, size_t *multi)
{
    size_t bad = 0, mb = 0, i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        int l = np_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            bad++;
        else
            mb++;
        i += (size_t)l;
    }
    *invalid = bad;
    *multi = mb;
}

/* Clean UTF-8 with no NUL or stray control bytes: usable as is.  Eight
 * ASCII bytes at a time, since most of a page is markup. */
static int utf8_clean(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            /* no high bit, and no byte below 0x20 (checked below only when
             * some byte is < 0x20: (w - 0x20..) & ~w & 0x80.. detects it) */
            if (!(w & 0x8080808080808080ull) &&
                !((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f')
                return 0;
            i++;
            continue;
        }
        int32_t cp;
        int l = np_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            return 0;
        i += (size_t)l;
    }
    return 1;
}

static int ci_match(const unsigned char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n < wl)
        return 0;
    for (size_t i = 0; i < wl; i++)
        if (lower(s[i]) != word[i])
            return 0;
    return 1;
}

/* Look for charset=... inside <meta ...> tags of the first PRESCAN_BYTES. */
static int prescan_meta(const unsigned char *s, size_t n, char *out, size_t cap)
{
    if (n > PRESCAN_BYTES)
        n = PRESCAN_BYTES;
    for (size_t i = 0; i + 5 < n; i++) {
        if (s[i] != '<' || !ci_match(s + i + 1, n - i - 1, "meta"))
            continue;
        size_t end = i + 5;
        while (end < n && s[end] != '>')
            end++;
        for (size_t j = i + 5; j + 7 < end; j++) {
            if (!ci_match(s + j, end - j, "charset"))
                continue;
            size_t k = j + 7;
            while (k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r'))
                k++;
            if (k >= end || s[k] != '=')
                continue;
            k++;
            while (k < end && (s[k] == ' ' || s[k] == '"' || s[k] == '\''))
                k++;
            size_t st = k;
            while (k < end && label_char(s[k]))
                k++;
            if (k > st && np_charset_normalize((const char *)s + st, k - st, out, cap))
                return 1;
        }
        i = end;
    }
    return 0;
}

static int detect(const char *s, size_t n, char *out, size_t cap)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return 0;
    int ok = 0;
    if (uchardet_handle_data(ud, s, n > DETECT_BYTES ? DETECT_BYTES : n) == 0) {
        uchardet_data_end(ud);
        const char *cs = uchardet_get_charset(ud);
        if (cs && *cs)
            ok = np_charset_normalize(cs, strlen(cs), out, cap);
    }
    uchardet_delete(ud);
    return ok;
}

/* Convert with iconv; invalid or truncated input becomes U+FFFD.  The
 * output goes through np_utf8_sanitize so it is valid whatever iconv did. */
static np_status convert(const char *in, size_t n, const char *from, np_buf *out, int *opened)
{
    *opened = 0;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return NP_OK;
    *opened = 1;
    np_buf tmp;
    np_buf_init(&tmp, out->limit);
    np_status st = np_buf_reserve(&tmp, n + n / 2 + 16);
    char *ip = (char *)in;
    size_t ileft = n;
    while (st == NP_OK && ileft > 0) {
        if (tmp.cap - tmp.len < 16 && (st = np_buf_reserve(&tmp, tmp.cap)) != NP_OK)
            break;
        char *op = tmp.data + tmp.len;
        size_t oleft = tmp.cap - tmp.len - 1;
        size_t r = iconv(cd, &ip, &ileft, &op, &oleft);
        tmp.len = (size_t)(op - tmp.data);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            st = np_buf_reserve(&tmp, tmp.cap);
        } else if (errno == EILSEQ || errno == EINVAL) {
            st = np_buf_append(&tmp, "\xEF\xBF\xBD", 3);
            ip++;
            ileft--;
            iconv(cd, NULL, NULL, NULL, NULL); /* reset shift state */
        } else {
            break;
        }
    }
    iconv_close(cd);
    if (st == NP_OK)
        st = np_utf8_sanitize(tmp.data ? tmp.data : "", tmp.len, out, NULL);
    np_buf_free(&tmp);
    return st;
}

static int is_utf8_name(const char *cs) { return strcmp(cs, "UTF-8") == 0; }

static np_status to_utf8(const char *bytes, size_t len, const char *hint, np_buf *out,
                         char *used, size_t used_cap, const char **view, size_t *view_len)
{
    const unsigned char *s = (const unsigned char *)bytes;
    char cs[48] = "";
    size_t skip = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        snprintf(cs, sizeof cs, "UTF-8");
        skip = 3;
    } else if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        snprintf(cs, sizeof cs, "UTF-16LE");
        skip = 2;
    } else if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        snprintf(cs, sizeof cs, "UTF-16BE");
        skip = 2;
    } else if (!(hint && np_charset_normalize(hint, strlen(hint), cs, sizeof cs)) &&
               !prescan_meta(s, len, cs, sizeof cs)) {
        cs[0] = '\0';
    }
    /* A page declaring UTF-16 without a BOM is really ASCII-compatible
     * (browsers treat such a <meta> as UTF-8). */
    if (!skip && strncmp(cs, "UTF-16", 6) == 0)
        snprintf(cs, sizeof cs, "UTF-8");
    const char *body = bytes + skip;
    size_t blen = len - skip;

    if (cs[0] == '\0' || is_utf8_name(cs)) {
        if (utf8_clean((const unsigned char *)body, blen)) {
            snprintf(used, used_cap, "UTF-8");
            *view = body;
            *view_len = blen;
            return NP_OK;
        }
        size_t mark = out->len;
        np_utf8_report rep;
        np_status st = np_utf8_sanitize(body, blen, out, &rep);
        if (st != NP_OK)
            return st;
        size_t invalid = rep.invalid, multi = 0;
        if (invalid)
            utf8_stats((const unsigned char *)body, blen, &invalid, &multi);
        /* Valid, or a real UTF-8 page with a few broken bytes: keep UTF-8.
         * Otherwise the label lies (or there is none): detect. */
        if (invalid == 0 || multi >= 8 * invalid) {
            snprintf(used, used_cap, "UTF-8");
            return NP_OK;
        }
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
        if (!detect(body, blen, cs, sizeof cs) || is_utf8_name(cs))
            snprintf(cs, sizeof cs, "WINDOWS-1252");
    } else if (!skip) {
        /* Servers often label UTF-8 pages with a default single-byte
         * charset.  Text in a legacy charset almost never happens to be
         * valid UTF-8 once it has a few non-ASCII characters, so valid
         * UTF-8 with some of them is taken as what it is. */
        size_t invalid, multi;
        utf8_stats((const unsigned char *)body, blen, &invalid, &multi);
        if (invalid == 0 && multi >= 4) {
            snprintf(used, used_cap, "UTF-8");
            return np_utf8_sanitize(body, blen, out, NULL);
        }
    }
    int opened = 0;
    np_status st = convert(body, blen, cs, out, &opened);
    if (st == NP_OK && !opened) {
        /* Unknown label: fall back to the detector, then to windows-1252. */
        if (!detect(body, blen, cs, sizeof cs))
            snprintf(cs, sizeof cs, "WINDOWS-1252");
        st = convert(body, blen, cs, out, &opened);
        if (st == NP_OK && !opened) {
            snprintf(cs, sizeof cs, "WINDOWS-1252");
            st = convert(body, blen, cs, out, &opened);
        }
    }
    snprintf(used, used_cap, "%s", cs);
    return st;
}

np_status np_html_to_utf8(const char *bytes, size_t len, const char *hint, np_buf *out,
                          const char **text, size_t *text_len, char *used, size_t used_cap)
{
    const char *view = NULL;
    size_t view_len = 0;
    np_status st = to_utf8(bytes, len, hint, out, used, used_cap, &view, &view_len);
    if (st != NP_OK)
        return st;
    if (view) {
        *text = view;
        *text_len = view_len;
    } else {
        *text = out->data ? out->data : "";
        *text_len = out->len;
    }
    return NP_OK;
}
