/*
 * ingest/ingest.c — walking inputs, sniffing formats, bounded reading, and
 * handing every article to the caller (see ingest.h).
 *
 * Reading strategy: whole-file formats (text, HTML) are read through zlib's
 * gz* interface, which is transparent for uncompressed files, into a bounded
 * np_buf; JSONL is streamed line by line with a bounded line buffer, so a
 * 2 GB line costs its length in time but not in memory; WARC files go to the
 * streaming WARC reader.  stdin that is not seekable is spooled to an
 * anonymous temporary file first so that every format can be sniffed and
 * re-read the same way.
 */
#include "ingest/ingest.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "ingest/html.h"
#include "ingest/lang.h"
#include "ingest/textdoc.h"
#include "ingest/warc.h"

#define DEFAULT_LIMIT ((size_t)64 << 20)
#define SNIFF_BYTES 8192

void np_ingest_init(np_ingest *ig)
{
    memset(ig, 0, sizeof *ig);
    ig->max_file_bytes = DEFAULT_LIMIT;
    ig->max_line_bytes = DEFAULT_LIMIT;
    ig->max_record_bytes = DEFAULT_LIMIT;
}

void np_ingest_cleanup(np_ingest *ig)
{
    if (!ig)
        return;
    np_langid_free(ig->langid);
    ig->langid = NULL;
    ig->langid_tried = 0;
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
    if (doc->language || !doc->text)
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

/* Finish and deliver a document; a rejected one counts as rejected. */
static np_status deliver(np_ingest *ig, np_doc *doc, const char *file, long line, long long off)
{
    np_status s = np_doc_finish(doc);
    if (s) {
        warn(ig, NP_EEMPTY, file, line, off, "no article text found, skipped");
        ig->stats.rejected++;
        np_doc_free(doc);
        return NP_OK;
    }
    if ((s = guess_language(ig, doc))) {
        np_doc_free(doc);
        return s;
    }
    ig->stats.docs++;
    return ig->on_doc(ig->ctx, doc);
}

/* Sanitize raw bytes to UTF-8 with a warning naming the first bad byte. */
static np_status to_utf8(np_ingest *ig, const char *bytes, size_t n, const char *file,
                         long line, long long base_off, np_buf *out)
{
    np_utf8_report rep;
    np_buf_init(out, n + 16);
    np_status s = np_utf8_sanitize(bytes, n, out, &rep);
    if (s)
        return s;
    if (rep.invalid)
        warn(ig, NP_EENCODING, file, line, base_off + rep.first_invalid,
             "invalid UTF-8 (%zu bad sequence%s replaced with U+FFFD)", rep.invalid,
             rep.invalid == 1 ? "" : "s");
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
    s = np_textdoc_parse(clean.data ? clean.data : "", clean.len, doc, perr);
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
    return np_doc_set(&doc->source, src);
}

/* ---- whole-file formats ---------------------------------------------- */

static np_status read_all_gz(int fd, const char *name, size_t limit, np_buf *out, np_error *err)
{
    int dfd = dup(fd);
    if (dfd < 0)
        return np_error_set(err, NP_EIO, name, 0, -1, "%s", strerror(errno));
    gzFile gz = gzdopen(dfd, "rb");
    if (!gz) {
        close(dfd);
        return np_error_set(err, NP_ENOMEM, name, 0, -1, "cannot open stream");
    }
    gzbuffer(gz, 128 * 1024);
    np_buf_init(out, limit);
    char chunk[65536];
    np_status s = NP_OK;
    for (;;) {
        int got = gzread(gz, chunk, sizeof chunk);
        if (got < 0) {
            int zerr;
            const char *msg = gzerror(gz, &zerr);
            s = np_error_set(err, NP_EIO, name, 0, (long long)out->len,
                             "read failed: %s", msg ? msg : "?");
            break;
        }
        if (got == 0) {
            int zerr;
            gzerror(gz, &zerr);
            if (!gzeof(gz) || zerr == Z_BUF_ERROR)
                s = np_error_set(err, NP_EPARSE, name, 0, (long long)out->len,
                                 "truncated compressed data");
            break;
        }
        if ((s = np_buf_append(out, chunk, (size_t)got))) {
            np_error_set(err, s, name, 0, (long long)limit,
                         s == NP_ETOOBIG ? "file larger than the %zu-byte limit"
                                         : "out of memory (%zu-byte limit)", limit);
            break;
        }
    }
    gzclose(gz);
    if (s)
        np_buf_free(out);
    return s;
}

static np_status ingest_whole(np_ingest *ig, int fd, const char *name, np_format fmt)
{
    np_buf raw;
    np_error e;
    np_error_clear(&e);
    np_status s = read_all_gz(fd, name, ig->max_file_bytes, &raw, &e);
    if (s) {
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
    if (np_binary_ratio((const unsigned char *)raw.data, probe) > 0.02) {
        warn(ig, NP_EPARSE, name, 0, 0, "binary data, not a %s article; skipped",
             np_format_name(fmt));
        ig->stats.rejected++;
        np_buf_free(&raw);
        return NP_OK;
    }
    np_doc *doc = np_doc_new();
    if (!doc || np_doc_set(&doc->key, base_name(name)) ||
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

static const char *json_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static np_status jsonl_record(np_ingest *ig, const char *name, long lineno, long long off,
                              const char *line, size_t len)
{
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!root) {
        warn(ig, NP_EPARSE, name, lineno, off + (jerr.position > 0 ? jerr.position : 0),
             "malformed JSON at column %d: %s; line skipped", jerr.column, jerr.text);
        ig->stats.rejected++;
        return NP_OK;
    }
    np_status s = NP_OK;
    np_doc *doc = NULL;
    if (!json_is_object(root)) {
        warn(ig, NP_EPARSE, name, lineno, off, "line is not a JSON object; skipped");
        ig->stats.rejected++;
        goto done;
    }
    const char *text = json_str(root, "text"), *html = json_str(root, "html");
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
    if (!key) {
        snprintf(fallback, sizeof fallback, "%s:%ld", base_name(name), lineno);
        key = fallback;
    }
    if (np_doc_set(&doc->key, key) || set_source(doc, name, lineno, -1) ||
        np_doc_set(&doc->url, json_str(root, "url")) ||
        np_doc_set(&doc->title, json_str(root, "title")) ||
        np_doc_set(&doc->published, json_str(root, "published")) ||
        np_doc_set(&doc->outlet, json_str(root, "outlet")) ||
        np_doc_set(&doc->author, json_str(root, "author")) ||
        np_doc_set(&doc->format, "jsonl")) {
        s = NP_ENOMEM;
        goto done;
    }
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
    np_doc_free(doc);
    json_decref(root);
    return s;
}

static np_status ingest_jsonl(np_ingest *ig, int fd, const char *name)
{
    int dfd = dup(fd);
    gzFile gz = dfd >= 0 ? gzdopen(dfd, "rb") : NULL;
    if (!gz) {
        if (dfd >= 0)
            close(dfd);
        warn(ig, NP_EIO, name, 0, -1, "cannot open: %s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    gzbuffer(gz, 256 * 1024);
    np_buf line;
    np_buf_init(&line, ig->max_line_bytes);
    char chunk[65536];
    long lineno = 1;
    long long off = 0, line_off = 0;
    int discarding = 0;
    np_status s = NP_OK;
    for (;;) {
        int got = gzread(gz, chunk, sizeof chunk);
        if (got <= 0) {
            int zerr = Z_OK;
            const char *msg = gzerror(gz, &zerr);
            if (got < 0 || (!gzeof(gz) && zerr != Z_OK) || zerr == Z_BUF_ERROR)
                warn(ig, NP_EPARSE, name, lineno, off, "read stopped: %s",
                     got < 0 || zerr != Z_BUF_ERROR ? (msg ? msg : "i/o error")
                                                    : "truncated compressed data");
            break;
        }
        size_t i = 0;
        while (i < (size_t)got) {
            char *nl = memchr(chunk + i, '\n', (size_t)got - i);
            size_t take = nl ? (size_t)(nl - (chunk + i)) : (size_t)got - i;
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
            if (!discarding) {
                size_t n = line.len;
                while (n && (line.data[n - 1] == '\r' || line.data[n - 1] == ' '))
                    n--;
                const unsigned char *p = skip_space((const unsigned char *)(line.data ? line.data : ""),
                                                    (const unsigned char *)(line.data ? line.data : "") + n);
                if (p < (const unsigned char *)line.data + n)
                    s = jsonl_record(ig, name, lineno, line_off, line.data, n);
            }
            np_buf_free(&line);
            np_buf_init(&line, ig->max_line_bytes);
            discarding = 0;
            lineno++;
            line_off = off;
            if (s)
                goto out;
        }
    }
    if (!discarding && line.len > 0) {
        const unsigned char *p = skip_space((const unsigned char *)line.data,
                                            (const unsigned char *)line.data + line.len);
        if (p < (const unsigned char *)line.data + line.len)
            s = jsonl_record(ig, name, lineno, line_off, line.data, line.len);
    }
out:
    np_buf_free(&line);
    gzclose(gz);
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
    if (np_doc_set(&doc->key, key) || np_doc_set(&doc->url, rec->target_uri) ||
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

/* ---- files, streams and folders ----------------------------------------- */

static int gz_magic(const unsigned char *p, size_t n)
{
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

/* First bytes of the (decompressed) content, for sniffing. */
static size_t sniff_head(int fd, unsigned char *head, size_t cap, int *is_gz)
{
    ssize_t n = pread(fd, head, cap, 0);
    if (n <= 0)
        return 0;
    *is_gz = gz_magic(head, (size_t)n);
    if (!*is_gz)
        return (size_t)n;
    int dfd = dup(fd);
    gzFile gz = dfd >= 0 ? gzdopen(dfd, "rb") : NULL;
    if (!gz) {
        if (dfd >= 0)
            close(dfd);
        return 0;
    }
    int got = gzread(gz, head, (unsigned)cap);
    gzclose(gz);
    return got > 0 ? (size_t)got : 0;
}

static np_status ingest_seekable(np_ingest *ig, FILE *f, const char *name)
{
    int fd = fileno(f);
    unsigned char head[SNIFF_BYTES];
    int is_gz = 0;
    size_t n = sniff_head(fd, head, sizeof head, &is_gz);
    np_format fmt = ig->format != NP_FORMAT_AUTO ? ig->format : np_format_sniff(name, head, n);
    if (fmt == NP_FORMAT_AUTO && n > 0 && head[0] == 0)
        fmt = NP_FORMAT_TEXT;
    if (lseek(fd, 0, SEEK_SET) < 0 || fseek(f, 0, SEEK_SET) < 0)
        return np_error_set(NULL, NP_EIO, name, 0, -1, "cannot rewind");
    switch (fmt) {
    case NP_FORMAT_NONE:
        ig->stats.ignored++;
        return NP_OK;
    case NP_FORMAT_WARC:
        return ingest_warc(ig, f, name);
    case NP_FORMAT_JSONL:
        return ingest_jsonl(ig, fd, name);
    default:
        return ingest_whole(ig, fd, name, fmt == NP_FORMAT_AUTO ? NP_FORMAT_TEXT : fmt);
    }
}

np_status np_ingest_stream(np_ingest *ig, FILE *in, const char *name, np_error *err)
{
    ig->stats.files++;
    struct stat sb;
    if (fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode) &&
        lseek(fileno(in), 0, SEEK_CUR) >= 0) {
        ig->stats.bytes += (uint64_t)sb.st_size;
        np_status s = ingest_seekable(ig, in, name);
        return s ? np_error_set(err, s, name, 0, -1, "ingest stopped: %s", np_status_name(s)) : NP_OK;
    }
    /* A pipe: spool to an unlinked temporary file so it can be sniffed and re-read. */
    FILE *tmp = tmpfile();
    if (!tmp)
        return np_error_set(err, NP_EIO, name, 0, -1, "cannot create a temporary file: %s",
                            strerror(errno));
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, in)) > 0) {
        ig->stats.bytes += got;
        if (fwrite(chunk, 1, got, tmp) != got) {
            fclose(tmp);
            return np_error_set(err, NP_EIO, name, 0, (long long)ig->stats.bytes,
                                "cannot spool input: %s", strerror(errno));
        }
    }
    if (ferror(in)) {
        fclose(tmp);
        return np_error_set(err, NP_EIO, name, 0, -1, "read failed: %s", strerror(errno));
    }
    fflush(tmp);
    np_status s = ingest_seekable(ig, tmp, name);
    fclose(tmp);
    return s ? np_error_set(err, s, name, 0, -1, "ingest stopped: %s", np_status_name(s)) : NP_OK;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static np_status ingest_dir(np_ingest *ig, const char *path, int depth, np_error *err)
{
    if (depth > 64) {
        warn(ig, NP_EINVAL, path, 0, -1, "folders nested too deep; skipped");
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
    if (!s)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && !s; i++) {
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *child = np_malloc(len);
        if (!child) {
            s = NP_ENOMEM;
            break;
        }
        snprintf(child, len, "%s/%s", path, names[i]);
        struct stat sb;
        if (lstat(child, &sb) == 0 && S_ISDIR(sb.st_mode))
            s = ingest_dir(ig, child, depth + 1, err);
        else if (lstat(child, &sb) == 0 && (S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)) &&
                 format_from_name(child) != NP_FORMAT_NONE)
            s = np_ingest_path(ig, child, err);
        else
            ig->stats.ignored++;
        np_free(child);
    }
    for (size_t i = 0; i < n; i++)
        np_free(names[i]);
    np_free(names);
    if (s == NP_ENOMEM)
        return np_error_set(err, s, path, 0, -1, "out of memory");
    return s;
}

np_status np_ingest_path(np_ingest *ig, const char *path, np_error *err)
{
    if (strcmp(path, "-") == 0)
        return np_ingest_stream(ig, stdin, "-", err);
    struct stat sb;
    if (stat(path, &sb) != 0) {
        warn(ig, NP_ENOTFOUND, path, 0, -1, "%s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    if (S_ISDIR(sb.st_mode)) {
        /* "dir/" and "dir" name their files the same way */
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/')
            n--;
        char *dir = np_strndup(path, n);
        if (!dir)
            return np_error_set(err, NP_ENOMEM, path, 0, -1, "out of memory");
        np_status s = ingest_dir(ig, dir, 0, err);
        np_free(dir);
        return s;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        warn(ig, NP_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
        ig->stats.rejected++;
        return NP_OK;
    }
    np_status s = np_ingest_stream(ig, f, path, err);
    fclose(f);
    return s;
}

/* ---- single document for `extract` -------------------------------------- */

typedef struct first_doc {
    np_doc *doc;
    np_error warning;
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
}

np_status np_ingest_file_to_doc(const char *path, np_format format, np_doc **out, np_error *err)
{
    *out = NULL;
    first_doc fd;
    memset(&fd, 0, sizeof fd);
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
