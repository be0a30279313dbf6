/*
 * ingest/ingest.c — walking inputs, sniffing formats, bounded reading, and
 * handing every article to the caller (see ingest.h).
 *
 * Reading strategy: every input is read through one gzip-transparent
 * stream (gzstream.h) whose first 8 KB decide the format.  Whole-file
 * formats (text, HTML) are then read into a bounded np_buf; JSONL is streamed
 * line by line with a bounded line buffer, so a 2 GB line costs its length in
 * time but not in memory, and a never-ending pipe is processed as it comes;
 * WARC goes to the streaming WARC reader (a non-seekable WARC input is first
 * spooled, decompressed, to an anonymous temporary file, within a limit).
 * Folder walks follow symbolic links but never visit a folder twice and open
 * only regular files.
 */
#include "ingest/ingest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "core/utf8.h"
#include "ingest/gzstream.h"
#include "article/html.h"
#include "article/html_charset.h"
#include "article/html_meta.h"
#include "article/lang.h"
#include "article/textdoc.h"
#include "article/outlet.h"
#include "ingest/warc.h"

#define DEFAULT_LIMIT ((size_t)64 << 20)
#define SNIFF_BYTES 8192

void np_ingest_init(np_ingest *ig)
{
    memset(ig, 0, sizeof *ig);
    ig->max_file_bytes = DEFAULT_LIMIT;
    ig->max_line_bytes = DEFAULT_LIMIT;
    ig->max_record_bytes = DEFAULT_LIMIT;
    ig->max_spool_bytes = (unsigned long long)16 << 30;
}

void np_ingest_cleanup(np_ingest *ig)
{
    if (!ig)
        return;
    np_langid_free(ig->langid);
    ig->langid = NULL;
    ig->langid_tried = 0;
    np_verbs_free(ig->verbs);
    ig->verbs = NULL;
}

const char *np_format_name(np_format f)
{
    switch (f) {
    case NP_FORMAT_TEXT: return "text";
    case NP_FORMAT_JSONL: return "jsonl";
    case NP_FORMAT_HTML: return "html";
    case NP_FORMAT_WARC: return "warc";
    case NP_FORMAT_NONE: return "none";
    default: return "auto";
    }
}

np_status np_format_parse(const char *name, np_format *out)
{
    static const struct { const char *name; np_format f; } names[] = {
        {"auto", NP_FORMAT_AUTO}, {"text", NP_FORMAT_TEXT}, {"txt", NP_FORMAT_TEXT},
        {"jsonl", NP_FORMAT_JSONL}, {"ndjson", NP_FORMAT_JSONL}, {"html", NP_FORMAT_HTML},
        {"warc", NP_FORMAT_WARC},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].f;
            return NP_OK;
        }
    return NP_EINVAL;
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

static np_format format_from_name(const char *name)
{
    if (!name)
        return NP_FORMAT_AUTO;
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    if (ends_with(base, n, ".gz"))
        n -= 3;
    static const struct { const char *ext; np_format f; } exts[] = {
        {".txt", NP_FORMAT_TEXT}, {".text", NP_FORMAT_TEXT},
        {".jsonl", NP_FORMAT_JSONL}, {".ndjson", NP_FORMAT_JSONL},
        {".html", NP_FORMAT_HTML}, {".htm", NP_FORMAT_HTML}, {".xhtml", NP_FORMAT_HTML},
        {".warc", NP_FORMAT_WARC},
        {".json", NP_FORMAT_NONE}, {".md", NP_FORMAT_NONE}, {".png", NP_FORMAT_NONE},
        {".jpg", NP_FORMAT_NONE}, {".jpeg", NP_FORMAT_NONE}, {".gif", NP_FORMAT_NONE},
        {".pdf", NP_FORMAT_NONE}, {".db", NP_FORMAT_NONE}, {".py", NP_FORMAT_NONE},
        {".sh", NP_FORMAT_NONE}, {".c", NP_FORMAT_NONE}, {".h", NP_FORMAT_NONE},
    };
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (ends_with(base, n, exts[i].ext))
            return exts[i].f;
    return NP_FORMAT_AUTO;
}

static const unsigned char *skip_space(const unsigned char *p, const unsigned char *end)
{
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

np_format np_format_sniff(const char *name, const unsigned char *head, size_t n)
{
    np_format by_name = format_from_name(name);
    if (by_name != NP_FORMAT_AUTO)
        return by_name;
    const unsigned char *p = skip_space(head, head + n), *end = head + n;
    size_t rest = (size_t)(end - p);
    if (rest >= 7 && memcmp(p, "WARC/1.", 7) == 0)
        return NP_FORMAT_WARC;
    if (rest > 0 && *p == '{')
        return NP_FORMAT_JSONL;
    if (rest > 0 && *p == '<') {
        static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
                                           "<!--", "<div", "<p", "<article", "<title"};
        for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
            size_t k = strlen(tags[i]);
            if (rest >= k && strncasecmp((const char *)p, tags[i], k) == 0)
                return NP_FORMAT_HTML;
        }
    }
    return NP_FORMAT_TEXT;
}

static void warn(np_ingest *ig, np_status st, const char *file, long line, long long off,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void warn(np_ingest *ig, np_status st, const char *file, long line, long long off,
                 const char *fmt, ...)
{
    if (!ig->on_warning)
        return;
    np_error w;
    va_list ap;
    va_start(ap, fmt);
    np_error_vset(&w, st, file, line, off, fmt, ap);
    va_end(ap);
    ig->on_warning(ig->ctx, &w);
}

static void warn_error(np_ingest *ig, const np_error *e)
{
    if (ig->on_warning)
        ig->on_warning(ig->ctx, e);
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Guess doc->language from the body when the markup did not give it.  The
 * classifier is loaded on the first document; if it cannot be (fingerprints
 * not installed) documents simply go on without a language. */
static np_status guess_language(np_ingest *ig, np_doc *doc)
{
    if (doc->language || !doc->text || ig->skip_language)
        return NP_OK;
    if (!ig->langid && !ig->langid_tried) {
        np_error e;
        np_error_clear(&e);
        ig->langid = np_langid_new(&e);
        if (!ig->langid && e.status == NP_ENOMEM)
            return NP_ENOMEM; /* retried on the next document */
        ig->langid_tried = 1;
    }
    if (!ig->langid)
        return NP_OK;
    char code[8];
    np_status s = np_langid_guess(ig->langid, doc->text, strlen(doc->text), code);
    if (s)
        return s;
    return code[0] ? np_doc_set(&doc->language, code) : NP_OK;
}

/* Finish and deliver a document; one without a body counts as rejected. */
static np_status deliver(np_ingest *ig, np_doc *doc, const char *file, long line, long long off)
{
    np_status s = np_outlet_finish(doc);
    if (s == NP_OK)
        s = np_doc_finish(doc);
    if (s == NP_EEMPTY) {
        warn(ig, NP_EEMPTY, file, line, off, "no article text found, skipped");
        ig->stats.rejected++;
        np_doc_free(doc);
        return NP_OK;
    }
    if (s || (s = guess_language(ig, doc))) {
        np_doc_free(doc);
        return s;
    }
    ig->stats.docs++;
    return ig->on_doc(ig->ctx, doc);
}

/* Characters beyond ASCII that bytes[0..n) writes as valid UTF-8. */
static size_t utf8_multibyte(const char *bytes, size_t n)
{
    const unsigned char *p = (const unsigned char *)bytes;
    size_t count = 0;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        int len = np_utf8_decode(p + i, n - i, &cp);
        count += cp >= 0x80;
        i += (size_t)len;
    }
    return count;
}

/* Valid UTF-8 text from raw bytes.  Bytes that are not UTF-8 are taken to
 * be a legacy single-byte charset (detected by uchardet, cp1252 by default,
 * as scraped pages most often are) and converted, with a warning naming the
 * first offending byte; then control characters and line ends are cleaned.
 * A text that writes more characters beyond ASCII in valid UTF-8 than it
 * has bad sequences is UTF-8 with a few damaged bytes: those alone become
 * U+FFFD (read as a legacy charset, its every accent would turn to
 * mojibake: "CafÃ©"). */
static np_status to_utf8(np_ingest *ig, const char *bytes, size_t n, const char *file,
                         long line, long long base_off, np_buf *out)
{
    np_utf8_report rep;
    np_buf_init(out, 3 * n + 16);
    np_status s = np_utf8_sanitize(bytes, n, out, &rep);
    if (s || rep.invalid == 0)
        return s;
    if (utf8_multibyte(bytes, n) > rep.invalid) {
        warn(ig, NP_EENCODING, file, line, base_off + rep.first_invalid,
             "invalid UTF-8 (%zu bad sequence%s replaced with U+FFFD)", rep.invalid,
             rep.invalid == 1 ? "" : "s");
        return NP_OK;
    }
    np_buf conv;
    np_buf_init(&conv, 0);
    const char *text = NULL;
    size_t text_len = 0;
    char used[64] = "";
    if (np_html_to_utf8(bytes, n, NULL, &conv, &text, &text_len, used, sizeof used) == NP_OK &&
        text) {
        np_buf_free(out);
        np_buf_init(out, 3 * text_len + 16);
        s = np_utf8_sanitize(text, text_len, out, NULL);
        np_buf_free(&conv);
        /* a UTF-16 text announced by its byte-order mark is no encoding error */
        if (!s && strncmp(used, "UTF-16", 6) != 0)
            warn(ig, NP_EENCODING, file, line, base_off + rep.first_invalid,
                 "not valid UTF-8; read as %s", used[0] ? used : "a legacy charset");
        return s;
    }
    np_buf_free(&conv);
    warn(ig, NP_EENCODING, file, line, base_off + rep.first_invalid,
         "invalid UTF-8 (%zu bad sequence%s replaced with U+FFFD)", rep.invalid,
         rep.invalid == 1 ? "" : "s");
    return NP_OK;
}

/* File names are bytes; what the store keeps and JSON prints must be text. */
static np_status set_name(char **field, const char *name)
{
    np_buf b;
    np_buf_init(&b, 0);
    np_status s = np_utf8_sanitize(name, strlen(name), &b, NULL);
    if (s)
        return s;
    char *v = np_buf_take(&b);
    if (!v)
        return NP_ENOMEM;
    np_doc_take(field, v);
    return NP_OK;
}

/* Parse one article held in memory (text or HTML) into doc. */
static np_status parse_article(np_ingest *ig, np_format fmt, const char *bytes, size_t n,
                               const char *file, long line, long long off, np_doc *doc,
                               np_error *perr)
{
    if (fmt == NP_FORMAT_HTML)
        return np_html_to_doc(bytes, n, doc->url, NULL, doc, perr);
    np_buf clean;
    np_status s = to_utf8(ig, bytes, n, file, line, off, &clean);
    if (s)
        return np_error_set(perr, s, file, line, off, "cannot decode text");
    if (!ig->verbs) {
        /* WordNet's verbs tell photo captions from sentences; without
         * WordNet the object answers "no" and every line stays */
        ig->verbs = np_verbs_load(NULL, NULL);
        if (!ig->verbs) {
            np_buf_free(&clean);
            return np_error_set(perr, NP_ENOMEM, file, line, off, "out of memory loading WordNet's verbs");
        }
    }
    s = np_textdoc_parse_with(clean.data ? clean.data : "", clean.len, ig->verbs, doc, perr);
    if (s == NP_OK)
        s = np_outlet_from_page(clean.data ? clean.data : "", clean.len, doc);
    np_buf_free(&clean);
    return s;
}

static np_status set_source(np_doc *doc, const char *file, long line, long long off)
{
    char src[1100];
    if (line > 0)
        snprintf(src, sizeof src, "%s:%ld", file, line);
    else if (off >= 0)
        snprintf(src, sizeof src, "%s@%lld", file, off);
    else
        snprintf(src, sizeof src, "%s", file);
    return set_name(&doc->source, src);
}

/* ---- the byte source: head buffer, then the gzip-transparent stream ------ */

typedef struct source {
    np_gzstream *gz;
    const char *name;
    unsigned char head[SNIFF_BYTES];
    size_t head_len, head_pos;
} source;

/* Fill the head buffer (as much of the first SNIFF_BYTES as there is). */
static np_status source_open(source *src, FILE *in, const char *name, np_error *err)
{
    memset(src, 0, sizeof *src);
    src->name = name;
    np_status s = np_gz_open(&src->gz, in, name, err);
    while (!s && src->head_len < sizeof src->head) {
        size_t got = 0;
        s = np_gz_read(src->gz, src->head + src->head_len, sizeof src->head - src->head_len, &got, err);
        if (!s && got == 0)
            break;
        src->head_len += got;
    }
    return s;
}

static np_status source_read(source *src, char *buf, size_t cap, size_t *got, np_error *err)
{
    if (src->head_pos < src->head_len) {
        size_t n = src->head_len - src->head_pos;
        if (n > cap)
            n = cap;
        memcpy(buf, src->head + src->head_pos, n);
        src->head_pos += n;
        *got = n;
        return NP_OK;
    }
    return np_gz_read(src->gz, buf, cap, got, err);
}

static void source_close(source *src)
{
    np_gz_close(src->gz);
    src->gz = NULL;
}

/* ---- whole-file formats ---------------------------------------------- */

static np_status ingest_whole(np_ingest *ig, source *src, const char *name, np_format fmt)
{
    np_buf raw;
    np_buf_init(&raw, ig->max_file_bytes);
    np_error e;
    np_error_clear(&e);
    char chunk[65536];
    np_status s = NP_OK;
    for (;;) {
        size_t got = 0;
        if ((s = source_read(src, chunk, sizeof chunk, &got, &e)))
            break;
        if (got == 0)
            break;
        if ((s = np_buf_append(&raw, chunk, got))) {
            np_error_set(&e, s, name, 0, (long long)ig->max_file_bytes,
                         s == NP_ETOOBIG ? "file larger than the %zu-byte limit; skipped"
                                         : "out of memory reading a %zu-byte file", ig->max_file_bytes);
            break;
        }
    }
    if (s) {
        np_buf_free(&raw);
        if (!e.file[0])
            snprintf(e.file, sizeof e.file, "%s", name);
        warn_error(ig, &e);
        ig->stats.rejected++;
        return s == NP_ENOMEM ? s : NP_OK;
    }
    if (raw.len == 0) {
        warn(ig, NP_EEMPTY, name, 0, -1, "empty file, skipped");
        ig->stats.rejected++;
        np_buf_free(&raw);
        return NP_OK;
    }
    size_t probe = raw.len < SNIFF_BYTES ? raw.len : SNIFF_BYTES;
    /* a UTF-16 byte-order mark: text whose every other byte is NUL, which
     * the charset conversion reads (article/html_charset.h) */
    const unsigned char *u = (const unsigned char *)raw.data;
    int utf16 = raw.len >= 4 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    if (!utf16 && np_binary_ratio((const unsigned char *)raw.data, probe) > 0.02) {
        warn(ig, NP_EPARSE, name, 0, 0, "binary data, not a %s article; skipped",
             np_format_name(fmt));
        ig->stats.rejected++;
        np_buf_free(&raw);
        return NP_OK;
    }
    np_doc *doc = np_doc_new();
    if (!doc || set_name(&doc->key, base_name(name)) ||
        np_doc_set(&doc->format, np_format_name(fmt)) || set_source(doc, name, 0, -1)) {
        np_doc_free(doc);
        np_buf_free(&raw);
        return NP_ENOMEM;
    }
    s = parse_article(ig, fmt, raw.data, raw.len, name, 0, 0, doc, &e);
    np_buf_free(&raw);
    if (s) {
        if (!e.file[0])
            snprintf(e.file, sizeof e.file, "%s", name);
        warn_error(ig, &e);
        ig->stats.rejected++;
        np_doc_free(doc);
        return s == NP_ENOMEM ? s : NP_OK;
    }
    return deliver(ig, doc, name, 0, -1);
}

/* ---- JSONL --------------------------------------------------------------- */

/* A string field as a new heap string; embedded NULs (legal in JSON as
 * \u0000) become spaces so that nothing after them is lost. */
static np_status json_text(json_t *obj, const char *key, char **out)
{
    *out = NULL;
    json_t *v = json_object_get(obj, key);
    if (!json_is_string(v))
        return NP_OK;
    size_t n = json_string_length(v);
    char *copy = np_strndup(json_string_value(v), n);
    if (!copy)
        return NP_ENOMEM;
    for (size_t i = 0; i < n; i++)
        if (copy[i] == '\0')
            copy[i] = ' ';
    *out = copy;
    return NP_OK;
}

static const char *json_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Field names other tools write for each field (news-please, trafilatura,
 * common crawl exports, schema.org), tried in order after ours. */
static const char *const k_text_keys[] = {"text", "maintext", "body", "content", "article", "article_text",
                                          "full_text", "articleBody", NULL};
static const char *const k_html_keys[] = {"html", "raw_html", "page_html", NULL};
static const char *const k_title_keys[] = {"title", "headline", NULL};
static const char *const k_outlet_keys[] = {"outlet", "source_name", "site_name", "sitename", "publisher",
                                            "source", "source_domain", "hostname", NULL};
static const char *const k_author_keys[] = {"author", "authors", "byline", "creator", NULL};
static const char *const k_published_keys[] = {"published", "date_publish", "datePublished", "date_published",
                                               "published_at", "publish_date", "publication_date", "pubdate",
                                               "pub_date", "date", NULL};
static const char *const k_modified_keys[] = {"modified", "date_modify", "dateModified", "date_modified",
                                              "updated_at", NULL};
static const char *const k_url_keys[] = {"url", "link", "canonical_url", "source_url", NULL};
static const char *const k_description_keys[] = {"description", "summary", NULL};

/* The first of keys holding a non-empty string (an object's "name" counts:
 * "publisher": {"name": ...}); NULL when none does. */
static const char *json_first(json_t *obj, const char *const *keys)
{
    for (size_t i = 0; keys[i]; i++) {
        json_t *v = json_object_get(obj, keys[i]);
        if (json_is_object(v))
            v = json_object_get(v, "name");
        if (json_is_string(v) && json_string_length(v))
            return json_string_value(v);
    }
    return NULL;
}

/* Whether a body field's text is a page's markup ("<p>...") rather than
 * plain text: it opens on a tag. */
static int looks_like_html(const char *t)
{
    while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
        t++;
    return t[0] == '<' && (t[1] == '!' || (t[1] >= 'a' && t[1] <= 'z') || (t[1] >= 'A' && t[1] <= 'Z'));
}

/* The article's author(s): the first of k_author_keys holding a string, or
 * an array of strings or of objects with a "name", cleaned as a byline
 * ("By Jane Doe" -> "Jane Doe"; desks such as "Staff" are no author);
 * NULL when none.  A list past 4 KB is cut (a page of names is no byline). */
static np_status json_authors(json_t *obj, const char *outlet, char **out)
{
    *out = NULL;
    np_buf b;
    np_buf_init(&b, 4096);
    np_status s = NP_OK;
    for (size_t k = 0; k_author_keys[k] && !b.len && s == NP_OK; k++) {
        json_t *v = json_object_get(obj, k_author_keys[k]);
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        for (size_t i = 0; i < n && s == NP_OK; i++) {
            json_t *x = json_is_array(v) ? json_array_get(v, i) : v;
            if (json_is_object(x))
                x = json_object_get(x, "name");
            char clean[256];
            if (!json_is_string(x) || !np_author_clean(json_string_value(x), outlet, clean, sizeof clean) ||
                !clean[0])
                continue;
            size_t len = b.len;
            if (b.len)
                s = np_buf_append(&b, ", ", 2);
            if (s == NP_OK)
                s = np_buf_append(&b, clean, strlen(clean));
            if (s == NP_ETOOBIG) { /* keep the names that fit */
                b.len = len;
                if (b.data)
                    b.data[len] = '\0';
                s = NP_OK;
                break;
            }
        }
    }
    if (s == NP_OK && b.len && !(*out = np_buf_take(&b)))
        s = NP_ENOMEM;
    np_buf_free(&b);
    return s;
}

/* A date field in ISO 8601: the first of keys that reads as one (a string,
 * a YYYYMMDD number, or seconds or milliseconds since 1970); a warning
 * naming the first unreadable one when none does. */
static np_status json_date(np_ingest *ig, json_t *obj, const char *const *keys, char **field,
                           const char *name, long lineno, long long off)
{
    char iso[40];
    const char *bad = NULL;
    for (size_t i = 0; keys[i]; i++) {
        json_t *v = json_object_get(obj, keys[i]);
        int ok = 0;
        if (json_is_integer(v) || json_is_real(v)) {
            double t = json_number_value(v);
            char digits[16];
            if (t >= 19000101 && t <= 21991231 && t == (double)(long)t) { /* 20260304 */
                snprintf(digits, sizeof digits, "%ld", (long)t);
                ok = np_date_normalize(digits, iso, sizeof iso);
            } else {
                ok = np_date_from_epoch(t > 1e11 ? t / 1000 : t, iso, sizeof iso);
            }
        } else if (json_is_string(v) && json_string_length(v)) {
            ok = np_date_normalize(json_string_value(v), iso, sizeof iso);
        } else {
            continue; /* absent, null, empty */
        }
        if (ok)
            return np_doc_set(field, iso);
        if (!bad)
            bad = keys[i];
    }
    if (bad)
        warn(ig, NP_EPARSE, name, lineno, off, "\"%s\" is not a date I can read; ignored", bad);
    return NP_OK;
}

/* A JSONL "language" is taken when it is an ISO 639-1 code ("de"); any
 * other value is left for the classifier to redo. */
static const char *iso_language(const char *v)
{
    if (!v || strlen(v) != 2 || v[0] < 'a' || v[0] > 'z' || v[1] < 'a' || v[1] > 'z')
        return NULL;
    return v;
}

/* A record with bytes that are not UTF-8 (the JSON parser refuses them):
 * those bytes alone become U+FFFD and the record is read, with a warning
 * naming the first; NULL (and *jerr) when it still does not parse. */
static json_t *load_repaired(np_ingest *ig, const char *name, long lineno, long long off, const char *line,
                             size_t len, json_error_t *jerr)
{
    np_buf fixed;
    np_utf8_report rep;
    np_buf_init(&fixed, 0);
    json_t *root = NULL;
    if (np_utf8_sanitize(line, len, &fixed, &rep) == NP_OK && rep.invalid && fixed.data &&
        (root = json_loadb(fixed.data, fixed.len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, jerr)))
        warn(ig, NP_EENCODING, name, lineno, off + rep.first_invalid,
             "invalid UTF-8 (%zu bad sequence%s replaced with U+FFFD)", rep.invalid, rep.invalid == 1 ? "" : "s");
    np_buf_free(&fixed);
    return root;
}

static np_status jsonl_record(np_ingest *ig, const char *name, long lineno, long long off,
                              const char *line, size_t len)
{
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!root && json_error_code(&jerr) == json_error_invalid_utf8)
        root = load_repaired(ig, name, lineno, off, line, len, &jerr);
    if (!root) {
        warn(ig, NP_EPARSE, name, lineno, off + (jerr.position > 0 ? jerr.position : 0),
             "malformed JSON at column %d: %s; line skipped", jerr.column, jerr.text);
        ig->stats.rejected++;
        return NP_OK;
    }
    np_status s = NP_OK;
    np_doc *doc = NULL;
    char *text = NULL, *html = NULL;
    if (!json_is_object(root)) {
        warn(ig, NP_EPARSE, name, lineno, off, "line is not a JSON object; skipped");
        ig->stats.rejected++;
        goto done;
    }
    for (size_t i = 0; k_text_keys[i] && (!text || !*text) && s == NP_OK; i++) {
        np_free(text); /* an empty one: try the next name */
        s = json_text(root, k_text_keys[i], &text);
    }
    for (size_t i = 0; k_html_keys[i] && (!html || !*html) && s == NP_OK; i++) {
        np_free(html);
        s = json_text(root, k_html_keys[i], &html);
    }
    if (s)
        goto done;
    if (text && !html && looks_like_html(text)) { /* "content": "<p>..." */
        html = text;
        text = NULL;
    }
    if ((!text || !*text) && (!html || !*html) && json_str(root, "reason")) {
        /* a record `extract --format jsonl` wrote for a page without an
         * article: pass its reason on */
        const char *why = json_str(root, "error");
        warn(ig, NP_EEMPTY, name, lineno, off, "%s", why && strncmp(why, "no article [", 12) == 0 ? why : "no article");
        ig->stats.rejected++;
        goto done;
    }
    if ((!text || !*text) && (!html || !*html)) {
        warn(ig, NP_EPARSE, name, lineno, off, "record has no \"text\" or \"html\"; skipped");
        ig->stats.rejected++;
        goto done;
    }
    doc = np_doc_new();
    if (!doc) {
        s = NP_ENOMEM;
        goto done;
    }
    char keybuf[64];
    const char *key = json_str(root, "id");
    json_t *idv = json_object_get(root, "id");
    if (!key && json_is_integer(idv)) {
        snprintf(keybuf, sizeof keybuf, "%lld", (long long)json_integer_value(idv));
        key = keybuf;
    }
    char fallback[1100];
    if (!key || !*key) {
        snprintf(fallback, sizeof fallback, "%s:%ld", base_name(name), lineno);
        key = fallback;
    }
    const char *outlet = json_first(root, k_outlet_keys);
    if (outlet && (!strncmp(outlet, "http://", 7) || !strncmp(outlet, "https://", 8)))
        outlet = NULL; /* "source": a URL; the host is read from "url" */
    char *authors = NULL;
    if (set_name(&doc->key, key) || set_source(doc, name, lineno, -1) ||
        np_doc_set(&doc->url, json_first(root, k_url_keys)) ||
        np_doc_set(&doc->title, json_first(root, k_title_keys)) ||
        np_doc_set(&doc->outlet, outlet) ||
        json_authors(root, outlet, &authors) ||
        np_doc_set(&doc->language, iso_language(json_str(root, "language"))) ||
        np_doc_set(&doc->description, json_first(root, k_description_keys)) ||
        np_doc_set(&doc->format, "jsonl") ||
        json_date(ig, root, k_published_keys, &doc->published, name, lineno, off) ||
        json_date(ig, root, k_modified_keys, &doc->modified, name, lineno, off)) {
        np_free(authors);
        s = NP_ENOMEM;
        goto done;
    }
    np_doc_take(&doc->author, authors);
    np_error e;
    np_error_clear(&e);
    np_format fmt = (text && *text) ? NP_FORMAT_TEXT : NP_FORMAT_HTML;
    const char *body = fmt == NP_FORMAT_TEXT ? text : html;
    s = parse_article(ig, fmt, body, strlen(body), name, lineno, off, doc, &e);
    if (s) {
        if (!e.file[0] || e.line == 0) {
            char why[sizeof e.msg];
            snprintf(why, sizeof why, "%s", e.msg[0] ? e.msg : "no article");
            np_error_set(&e, s, name, lineno, off, "%s", why);
        }
        warn_error(ig, &e);
        ig->stats.rejected++;
        s = s == NP_ENOMEM ? s : NP_OK;
        goto done;
    }
    s = deliver(ig, doc, name, lineno, off);
    doc = NULL;
done:
    np_free(text);
    np_free(html);
    np_doc_free(doc);
    json_decref(root);
    return s;
}

/* One complete line: skip blank ones and a UTF-8 byte-order mark. */
static np_status jsonl_line(np_ingest *ig, const char *name, long lineno, long long off,
                            const char *line, size_t n, int *records)
{
    while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    const unsigned char *b = (const unsigned char *)line;
    const unsigned char *p = skip_space(b, b + n);
    if (p == b + n)
        return NP_OK;
    (*records)++;
    return jsonl_record(ig, name, lineno, off + (p - b), (const char *)p, (size_t)(b + n - p));
}

static np_status ingest_jsonl(np_ingest *ig, source *src, const char *name)
{
    np_buf line;
    np_buf_init(&line, ig->max_line_bytes);
    char chunk[65536];
    long lineno = 1;
    long long off = 0, line_off = 0;
    int discarding = 0, records = 0;
    np_status s = NP_OK;
    for (;;) {
        size_t got = 0;
        np_error e;
        np_error_clear(&e);
        if (source_read(src, chunk, sizeof chunk, &got, &e)) {
            np_error_set(&e, e.status, name, lineno, off, "read stopped: %.400s", e.msg);
            warn_error(ig, &e);
            ig->stats.rejected++;
            if (e.status == NP_ENOMEM)
                s = NP_ENOMEM;
            break;
        }
        if (got == 0)
            break;
        size_t i = 0;
        while (i < got) {
            char *nl = memchr(chunk + i, '\n', got - i);
            size_t take = nl ? (size_t)(nl - (chunk + i)) : got - i;
            if (!discarding && np_buf_append(&line, chunk + i, take) != NP_OK) {
                discarding = 1; /* the buffer freed itself */
                warn(ig, NP_ETOOBIG, name, lineno, line_off,
                     "line longer than the %zu-byte limit; skipped", ig->max_line_bytes);
                ig->stats.rejected++;
            }
            i += take;
            off += (long long)take;
            if (!nl)
                break;
            i++;
            off++;
            if (!discarding && line.len)
                s = jsonl_line(ig, name, lineno, line_off, line.data, line.len, &records);
            np_buf_free(&line);
            np_buf_init(&line, ig->max_line_bytes);
            discarding = 0;
            lineno++;
            line_off = off;
            if (s)
                goto out;
        }
    }
    if (!s && !discarding && line.len)
        s = jsonl_line(ig, name, lineno, line_off, line.data, line.len, &records);
    if (!s && records == 0 && off == 0) {
        warn(ig, NP_EEMPTY, name, 0, -1, "empty file, skipped");
        ig->stats.rejected++;
    } else if (!s && records == 0) {
        warn(ig, NP_EEMPTY, name, 0, -1, "no JSON records, only blank lines; skipped");
        ig->stats.rejected++;
    }
out:
    np_buf_free(&line);
    return s;
}

/* ---- WARC ---------------------------------------------------------------- */

typedef struct warc_ctx {
    np_ingest *ig;
    const char *name;
} warc_ctx;

static np_status on_warc_record(void *vctx, const np_warc_record *rec)
{
    warc_ctx *wc = vctx;
    np_ingest *ig = wc->ig;
    np_doc *doc = np_doc_new();
    if (!doc)
        return NP_ENOMEM;
    const char *key = rec->target_uri ? rec->target_uri : rec->record_id;
    char keybuf[64];
    if (!key) {
        snprintf(keybuf, sizeof keybuf, "record@%lld", rec->offset);
        key = keybuf;
    }
    if (set_name(&doc->key, key) || np_doc_set(&doc->url, rec->target_uri) ||
        np_doc_set(&doc->format, "warc") || set_source(doc, wc->name, 0, rec->offset)) {
        np_doc_free(doc);
        return NP_ENOMEM;
    }
    np_error e;
    np_error_clear(&e);
    np_status s = np_html_to_doc(rec->body, rec->body_len, rec->target_uri, rec->charset, doc, &e);
    if (s) {
        char why[sizeof e.msg];
        snprintf(why, sizeof why, "%s", e.msg[0] ? e.msg : np_status_name(s));
        np_error_set(&e, s, wc->name, 0, rec->offset, "record %s: %s", key, why);
        warn_error(ig, &e);
        ig->stats.rejected++;
        np_doc_free(doc);
        return s == NP_ENOMEM ? s : NP_OK;
    }
    if (!doc->published && rec->date && strlen(rec->date) >= 10 &&
        np_doc_setn(&doc->published, rec->date, 10)) {
        np_doc_free(doc);
        return NP_ENOMEM;
    }
    return deliver(ig, doc, wc->name, 0, rec->offset);
}

static void on_warc_warning(void *vctx, const np_error *w)
{
    warc_ctx *wc = vctx;
    warn_error(wc->ig, w);
}

static np_status ingest_warc(np_ingest *ig, FILE *f, const char *name)
{
    warc_ctx wc = {ig, name};
    np_warc_stats ws;
    memset(&ws, 0, sizeof ws);
    np_error e;
    np_error_clear(&e);
    np_status s = np_warc_read(f, name, ig->max_record_bytes, on_warc_record, on_warc_warning,
                               &wc, &ws, &e);
    ig->stats.rejected += ws.damaged;
    if (s && s != NP_ENOMEM && s != NP_EDB) {
        warn_error(ig, &e);
        ig->stats.rejected++;
        return NP_OK;
    }
    return s;
}

/* A WARC arriving through a pipe: spool its decompressed bytes to an
 * anonymous temporary file (within max_spool_bytes) and read that. */
static np_status ingest_warc_spooled(np_ingest *ig, source *src, const char *name)
{
    FILE *tmp = tmpfile();
    if (!tmp) {
        warn(ig, NP_EIO, name, 0, -1, "cannot create a temporary file: %s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    char chunk[65536];
    unsigned long long total = 0;
    np_status s = NP_OK;
    for (;;) {
        size_t got = 0;
        np_error e;
        np_error_clear(&e);
        if ((s = source_read(src, chunk, sizeof chunk, &got, &e))) {
            warn_error(ig, &e); /* keep what arrived intact: read it */
            ig->stats.rejected++;
            s = NP_OK;
            break;
        }
        if (got == 0)
            break;
        total += got;
        if (total > ig->max_spool_bytes) {
            warn(ig, NP_ETOOBIG, name, 0, (long long)total,
                 "input from a pipe larger than the %llu-byte limit; the rest is skipped",
                 (unsigned long long)ig->max_spool_bytes);
            ig->stats.rejected++;
            break;
        }
        if (fwrite(chunk, 1, got, tmp) != got) {
            warn(ig, NP_EIO, name, 0, (long long)total, "cannot spool input: %s", strerror(errno));
            ig->stats.rejected++;
            break;
        }
    }
    if (fflush(tmp) == 0 && fseek(tmp, 0, SEEK_SET) == 0)
        s = ingest_warc(ig, tmp, name);
    fclose(tmp);
    return s;
}

/* ---- files, streams and folders ----------------------------------------- */

static np_status ingest_stream_as(np_ingest *ig, FILE *in, const char *name, int explicit)
{
    source src;
    np_error e;
    np_error_clear(&e);
    if (source_open(&src, in, name, &e) && src.head_len == 0) {
        source_close(&src);
        warn_error(ig, &e);
        ig->stats.rejected++;
        return e.status == NP_ENOMEM ? NP_ENOMEM : NP_OK;
    }
    np_format fmt = ig->format != NP_FORMAT_AUTO ? ig->format
                                                 : np_format_sniff(name, src.head, src.head_len);
    np_status s = NP_OK;
    switch (fmt) {
    case NP_FORMAT_NONE:
        if (explicit) {
            warn(ig, NP_EUNSUPPORTED, name, 0, -1,
                 "not an article format (text, HTML, WARC or JSONL); skipped");
            ig->stats.rejected++;
        } else {
            ig->stats.ignored++;
        }
        break;
    case NP_FORMAT_WARC:
        if (fseek(in, 0, SEEK_SET) == 0 && lseek(fileno(in), 0, SEEK_SET) == 0) {
            source_close(&src);
            return ingest_warc(ig, in, name);
        }
        s = ingest_warc_spooled(ig, &src, name);
        break;
    case NP_FORMAT_JSONL:
        s = ingest_jsonl(ig, &src, name);
        break;
    default:
        s = ingest_whole(ig, &src, name, fmt == NP_FORMAT_AUTO ? NP_FORMAT_TEXT : fmt);
        break;
    }
    source_close(&src);
    return s;
}

/* A fatal status from a callback (the store) keeps the callback's own
 * error detail, e.g. "database is locked"; only a bare status gets ours. */
static np_status stopped(np_status s, const char *name, np_error *err)
{
    if (s && err && err->status == NP_OK)
        np_error_set(err, s, name, 0, -1, "ingest stopped: %s", np_status_name(s));
    return s;
}

np_status np_ingest_stream(np_ingest *ig, FILE *in, const char *name, np_error *err)
{
    ig->stats.files++;
    struct stat sb;
    if (fileno(in) >= 0 && fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode))
        ig->stats.bytes += (uint64_t)sb.st_size;
    return stopped(ingest_stream_as(ig, in, name, 1), name, err);
}

/* Folders already entered, by device and inode: symbolic links may point
 * back up the tree.  A hash set, so a tree of many folders stays linear. */
typedef struct visited {
    np_u64map set;
} visited;

static int visited_add(visited *v, dev_t dev, ino_t ino)
{
    uint64_t pair[2] = {(uint64_t)dev, (uint64_t)ino};
    uint64_t key = np_hash64(pair, sizeof pair, 0x76697369ULL);
    if (np_u64map_get(&v->set, key))
        return 0;
    uint64_t *slot = np_u64map_slot(&v->set, key);
    if (!slot)
        return -1;
    *slot = 1;
    return 1;
}

/* Names of project files that sit beside articles but are not articles. */
static int is_project_file(const char *base)
{
    static const char *const names[] = {"readme", "license", "licence", "copying", "changelog",
                                        "notice", "authors", "makefile"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t k = strlen(names[i]);
        if (strncasecmp(base, names[i], k) == 0 && (base[k] == '\0' || base[k] == '.'))
            return 1;
    }
    return 0;
}

static np_status ingest_one(np_ingest *ig, const char *path, int explicit, int depth,
                            visited *seen, np_error *err);

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static np_status ingest_dir(np_ingest *ig, const char *path, int depth, visited *seen,
                            np_error *err)
{
    if (depth > 64) {
        warn(ig, NP_EINVAL, path, 0, -1, "folders nested too deep; skipped");
        ig->stats.rejected++;
        return NP_OK;
    }
    DIR *d = opendir(path);
    if (!d) {
        warn(ig, NP_EIO, path, 0, -1, "cannot open folder: %s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    np_status s = NP_OK;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **p = np_realloc(names, ncap * sizeof *p);
            if (!p) {
                s = NP_ENOMEM;
                break;
            }
            names = p;
            cap = ncap;
        }
        if (!(names[n] = np_strdup(e->d_name))) {
            s = NP_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (!s && n > 1)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && !s; i++) {
        if (is_project_file(names[i]) || format_from_name(names[i]) == NP_FORMAT_NONE) {
            ig->stats.ignored++;
            continue;
        }
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *child = np_malloc(len);
        if (!child) {
            s = NP_ENOMEM;
            break;
        }
        snprintf(child, len, "%s/%s", path, names[i]);
        s = ingest_one(ig, child, 0, depth + 1, seen, err);
        np_free(child);
    }
    for (size_t i = 0; i < n; i++)
        np_free(names[i]);
    np_free(names);
    if (s == NP_ENOMEM)
        return np_error_set(err, s, path, 0, -1, "out of memory");
    return s;
}

/* One path: a folder (walked), a regular file, or — when named explicitly —
 * a FIFO or device read as a stream. */
static np_status ingest_one(np_ingest *ig, const char *path, int explicit, int depth,
                            visited *seen, np_error *err)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        warn(ig, errno == ENOENT ? NP_ENOTFOUND : NP_EIO, path, 0, -1, "%s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    if (S_ISDIR(sb.st_mode)) {
        int fresh = visited_add(seen, sb.st_dev, sb.st_ino);
        if (fresh < 0)
            return np_error_set(err, NP_ENOMEM, path, 0, -1, "out of memory");
        if (fresh == 0) {
            if (explicit)
                warn(ig, NP_EINVAL, path, 0, -1, "folder already read; skipped");
            return NP_OK;
        }
        return ingest_dir(ig, path, depth, seen, err);
    }
    if (!S_ISREG(sb.st_mode) && !explicit) {
        warn(ig, NP_EUNSUPPORTED, path, 0, -1, "not a regular file; skipped");
        ig->stats.rejected++;
        return NP_OK;
    }
    /* O_NONBLOCK: a FIFO with no writer must not hang the open. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0 && !S_ISREG(sb.st_mode)) {
        int fl = fcntl(fd, F_GETFL);
        if (fl >= 0)
            fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (!f) {
        warn(ig, NP_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
        ig->stats.rejected++;
        if (fd >= 0)
            close(fd);
        return NP_OK;
    }
    ig->stats.files++;
    if (S_ISREG(sb.st_mode))
        ig->stats.bytes += (uint64_t)sb.st_size;
    np_status s = ingest_stream_as(ig, f, path, explicit);
    fclose(f);
    return stopped(s, path, err);
}

np_status np_ingest_path(np_ingest *ig, const char *path, np_error *err)
{
    if (strcmp(path, "-") == 0)
        return np_ingest_stream(ig, stdin, "-", err);
    /* "dir/" and "dir" name their files the same way */
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    char *clean = np_strndup(path, n);
    if (!clean)
        return np_error_set(err, NP_ENOMEM, path, 0, -1, "out of memory");
    visited seen;
    np_u64map_init(&seen.set);
    np_status s = ingest_one(ig, clean, 1, 0, &seen, err);
    np_u64map_free(&seen.set);
    np_free(clean);
    return s;
}

/* ---- single document for `extract` -------------------------------------- */

typedef struct first_doc {
    np_doc *doc;
    np_warn_fn on_warning;
    void *ctx;
    np_error warning; /* the first warning, for the error when no document came */
    int warned;
} first_doc;

static np_status keep_first(void *ctx, np_doc *doc)
{
    first_doc *fd = ctx;
    if (fd->doc) {
        np_doc_free(doc);
        return NP_OK;
    }
    fd->doc = doc;
    return NP_OK;
}

static void keep_warning(void *ctx, const np_error *w)
{
    first_doc *fd = ctx;
    if (!fd->warned) {
        fd->warning = *w;
        fd->warned = 1;
    }
    if (fd->on_warning)
        fd->on_warning(fd->ctx, w);
}

np_status np_ingest_file_to_doc(const char *path, np_format format, np_warn_fn on_warning,
                                void *ctx, np_doc **out, np_error *err)
{
    *out = NULL;
    first_doc fd;
    memset(&fd, 0, sizeof fd);
    fd.on_warning = on_warning;
    fd.ctx = ctx;
    np_ingest ig;
    np_ingest_init(&ig);
    ig.format = format;
    ig.on_doc = keep_first;
    ig.on_warning = keep_warning;
    ig.ctx = &fd;
    np_status s = np_ingest_path(&ig, path, err);
    np_ingest_cleanup(&ig);
    if (s) {
        np_doc_free(fd.doc);
        return s;
    }
    if (!fd.doc) {
        if (fd.warned && err)
            *err = fd.warning;
        else
            np_error_set(err, NP_EEMPTY, path, 0, -1, "no article found");
        return fd.warned ? fd.warning.status : NP_EEMPTY;
    }
    *out = fd.doc;
    return NP_OK;
}
