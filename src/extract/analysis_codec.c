/*
 * extract/analysis_codec.c — see analysis_codec.h.
 *
 * Layout: "NPA", then the version, text length (varints) and text hash;
 * varints (LEB128; signed ones zig-zag) for every integer; offsets as the
 * difference to the previous record's start and a length; strings as
 * length + bytes (0 = NULL, else length + 1); a token's normal form as "the
 * surface in lower case" when it is that (most are), its stem as the length
 * of the prefix it shares with the normal form plus the rest.  Doubles as
 * their 8 bytes.
 */
#include "extract/analysis_codec.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/hash.h"
#include "core/mem.h"

#define MAGIC "NPA"
#define TEXT_SEED 0x616e616c79736973ull

/* ---- writing ---- */

typedef struct wr {
    np_buf b;
    np_status st;
} wr;

static void put_u(wr *w, uint64_t v)
{
    unsigned char tmp[10];
    size_t n = 0;
    do {
        unsigned char c = v & 0x7f;
        v >>= 7;
        tmp[n++] = (unsigned char)(c | (v ? 0x80 : 0));
    } while (v);
    if (w->st == NP_OK)
        w->st = np_buf_append(&w->b, tmp, n);
}

static void put_s(wr *w, int64_t v) { put_u(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

static void put_bytes(wr *w, const void *p, size_t n)
{
    if (w->st == NP_OK && n)
        w->st = np_buf_append(&w->b, p, n);
}

static void put_str(wr *w, const char *s)
{
    if (!s) {
        put_u(w, 0);
        return;
    }
    size_t n = strlen(s);
    put_u(w, n + 1);
    put_bytes(w, s, n);
}

/* start as a difference to the previous start, then the length */
static void put_span(wr *w, size_t *prev, size_t start, size_t end)
{
    put_s(w, (int64_t)start - (int64_t)*prev);
    put_s(w, (int64_t)end - (int64_t)start);
    *prev = start;
}

/* A token's normal form: 0 NULL, 1 the surface in ASCII lower case (most
 * words), else its length + 2 and the bytes. */
static void put_norm(wr *w, const char *text, const np_token *t)
{
    if (!t->norm) {
        put_u(w, 0);
        return;
    }
    size_t n = strlen(t->norm), sl = t->end - t->start;
    int lower = text && n == sl;
    for (size_t i = 0; lower && i < n; i++) {
        unsigned char c = (unsigned char)text[t->start + i];
        lower = t->norm[i] == (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (lower) {
        put_u(w, 1);
        return;
    }
    put_u(w, n + 2);
    put_bytes(w, t->norm, n);
}

static void put_tokens(wr *w, const np_analysis *an)
{
    size_t prev = 0;
    put_u(w, an->n_tokens);
    for (size_t i = 0; i < an->n_tokens; i++) {
        const np_token *t = &an->tokens[i];
        put_span(w, &prev, t->start, t->end);
        put_u(w, t->flags);
        put_norm(w, an->text, t);
        if (!t->stem) {
            put_u(w, 0);
            continue;
        }
        size_t k = 0;
        if (t->norm)
            while (t->norm[k] && t->norm[k] == t->stem[k])
                k++;
        put_u(w, k + 1);
        put_str(w, t->stem + k);
    }
}

np_status np_analysis_encode(const np_analysis *an, const char *ref_date, void **out, size_t *len)
{
    if (!an || !out || !len)
        return NP_EINVAL;
    *out = NULL;
    *len = 0;
    wr w = {.st = NP_OK};
    np_buf_init(&w.b, 0);
    put_bytes(&w, MAGIC, 3);
    put_u(&w, NP_ANALYSIS_VERSION);
    put_u(&w, an->len);
    uint64_t h = np_hash64(an->text ? an->text : "", an->len, TEXT_SEED);
    put_bytes(&w, &h, sizeof h);
    put_str(&w, ref_date);
    size_t prev = 0;
    put_u(&w, an->n_sents);
    for (size_t i = 0; i < an->n_sents; i++)
        put_span(&w, &prev, an->sents[i].start, an->sents[i].end);
    put_tokens(&w, an);
    prev = 0;
    put_u(&w, an->n_ents);
    for (size_t i = 0; i < an->n_ents; i++) {
        const np_entity_mention *m = &an->ents[i];
        put_span(&w, &prev, m->start, m->end);
        put_s(&w, (int64_t)m->name_start - (int64_t)m->start);
        put_s(&w, (int64_t)m->name_end - (int64_t)m->name_start);
        put_u(&w, (uint64_t)m->type);
        put_u(&w, m->flags);
        put_s(&w, m->place_id);
    }
    prev = 0;
    put_u(&w, an->n_quotes);
    for (size_t i = 0; i < an->n_quotes; i++) {
        const np_quote *q = &an->quotes[i];
        put_span(&w, &prev, q->start, q->end);
        put_str(&w, q->speaker);
        put_u(&w, q->speaker_start);
        put_u(&w, q->speaker_end);
        put_s(&w, q->speaker_mention);
        put_u(&w, (uint64_t)(q->continues != 0) | (uint64_t)(q->is_short != 0) << 1 | (uint64_t)(q->by_pronoun != 0) << 2 |
                      (uint64_t)(q->by_group != 0) << 3);
    }
    prev = 0;
    put_u(&w, an->n_dates);
    for (size_t i = 0; i < an->n_dates; i++) {
        const np_date_mention *d = &an->dates[i];
        put_span(&w, &prev, d->start, d->end);
        put_str(&w, d->iso);
        put_str(&w, d->iso_end);
        put_u(&w, (uint64_t)d->gran);
        put_u(&w, d->flags);
    }
    prev = 0;
    put_u(&w, an->n_numbers);
    for (size_t i = 0; i < an->n_numbers; i++) {
        const np_number_mention *m = &an->numbers[i];
        put_span(&w, &prev, m->start, m->end);
        put_bytes(&w, &m->value, sizeof m->value);
        put_bytes(&w, &m->against, sizeof m->against);
        put_str(&w, m->unit);
        put_str(&w, m->currency);
        put_u(&w, m->flags);
    }
    if (w.st != NP_OK) {
        np_buf_free(&w.b);
        return w.st;
    }
    *len = w.b.len;
    *out = np_buf_take(&w.b);
    if (!*out) {
        *len = 0;
        return NP_ENOMEM;
    }
    return NP_OK;
}

/* ---- reading ---- */

typedef struct rd {
    const unsigned char *p, *end;
    const char *text;
    size_t text_len;
    np_arena *arena;
    const char *why; /* first problem, or NULL */
} rd;

static uint64_t get_u(rd *r)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            r->why = r->why ? r->why : "truncated";
            return 0;
        }
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    r->why = r->why ? r->why : "bad varint";
    return 0;
}

static int64_t get_s(rd *r)
{
    uint64_t u = get_u(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of records of at least `min` bytes each: no more than the bytes left. */
static size_t get_count(rd *r, size_t min)
{
    uint64_t n = get_u(r);
    if (n > (uint64_t)(r->end - r->p) / min) {
        r->why = r->why ? r->why : "count larger than the blob";
        return 0;
    }
    return (size_t)n;
}

static void get_bytes(rd *r, void *out, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        r->why = r->why ? r->why : "truncated";
        memset(out, 0, n);
        return;
    }
    memcpy(out, r->p, n);
    r->p += n;
}

static const char *get_raw(rd *r, uint64_t n, size_t max);

/* String into the arena (NULL for the NULL string); max: longest allowed. */
static const char *get_str(rd *r, size_t max)
{
    uint64_t n = get_u(r);
    if (!n || r->why)
        return NULL;
    return get_raw(r, n - 1, max);
}

/* n bytes as an arena string (no NUL inside). */
static const char *get_raw(rd *r, uint64_t n, size_t max)
{
    if (r->why)
        return NULL;
    if (n > max || n > (uint64_t)(r->end - r->p) || memchr(r->p, '\0', (size_t)n)) {
        r->why = r->why ? r->why : "bad string";
        return NULL;
    }
    char *s = np_arena_strndup(r->arena, (const char *)r->p, (size_t)n);
    if (!s)
        r->why = r->why ? r->why : "out of memory";
    r->p += n;
    return s;
}

/* A span within the text, start as a difference to *prev. */
static void get_span(rd *r, size_t *prev, size_t *start, size_t *end)
{
    int64_t s = (int64_t)*prev + get_s(r);
    int64_t l = get_s(r);
    if (s < 0 || l < 0 || (uint64_t)s > r->text_len || (uint64_t)l > r->text_len - (uint64_t)s) {
        r->why = r->why ? r->why : "span outside the text";
        s = l = 0;
    }
    *start = (size_t)s;
    *end = (size_t)(s + l);
    *prev = *start;
}

static void *get_array(rd *r, size_t n, size_t size)
{
    if (!n || r->why)
        return NULL;
    void *a = np_arena_alloc(r->arena, n * size);
    if (!a)
        r->why = "out of memory";
    return a;
}

static const char *get_norm(rd *r, const np_token *t)
{
    uint64_t k = get_u(r);
    if (k == 0 || r->why)
        return NULL;
    if (k >= 2)
        return get_raw(r, k - 2, r->text_len * 4 + 16);
    size_t n = t->end - t->start;
    char *s = np_arena_alloc(r->arena, n + 1);
    if (!s) {
        r->why = "out of memory";
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)r->text[t->start + i];
        s[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    s[n] = '\0';
    if (memchr(s, '\0', n)) {
        r->why = r->why ? r->why : "bad token";
        return NULL;
    }
    return s;
}

static void get_tokens(rd *r, np_analysis *an)
{
    size_t prev = 0;
    an->n_tokens = get_count(r, 4);
    an->tokens = get_array(r, an->n_tokens, sizeof *an->tokens);
    for (size_t i = 0; i < an->n_tokens && !r->why; i++) {
        np_token *t = &an->tokens[i];
        get_span(r, &prev, &t->start, &t->end);
        t->flags = (unsigned)get_u(r);
        t->norm = get_norm(r, t);
        uint64_t k = get_u(r);
        if (!k) {
            t->stem = NULL;
            continue;
        }
        k--;
        size_t nl = t->norm ? strlen(t->norm) : 0;
        const char *rest = get_str(r, r->text_len * 4 + 16);
        if (k > nl || !rest) {
            r->why = r->why ? r->why : "bad stem";
            return;
        }
        size_t rl = strlen(rest);
        char *s = np_arena_alloc(r->arena, (size_t)k + rl + 1);
        if (!s) {
            r->why = "out of memory";
            return;
        }
        memcpy(s, t->norm ? t->norm : "", (size_t)k);
        memcpy(s + k, rest, rl + 1);
        t->stem = s;
    }
}

static void get_mentions(rd *r, np_analysis *an)
{
    size_t prev = 0;
    an->n_ents = get_count(r, 7);
    an->ents = get_array(r, an->n_ents, sizeof *an->ents);
    for (size_t i = 0; i < an->n_ents && !r->why; i++) {
        np_entity_mention *m = &an->ents[i];
        get_span(r, &prev, &m->start, &m->end);
        int64_t ns = (int64_t)m->start + get_s(r);
        int64_t nl = get_s(r);
        uint64_t type = get_u(r);
        m->flags = (unsigned)get_u(r);
        m->place_id = (long)get_s(r);
        if (ns < 0 || nl < 0 || (uint64_t)ns > r->text_len || (uint64_t)nl > r->text_len - (uint64_t)ns ||
            type > NP_ENT_PLACE) {
            r->why = r->why ? r->why : "bad entity mention";
            return;
        }
        m->name_start = (size_t)ns;
        m->name_end = (size_t)(ns + nl);
        m->type = (np_entity_type)type;
    }
    prev = 0;
    an->n_quotes = get_count(r, 7);
    an->quotes = get_array(r, an->n_quotes, sizeof *an->quotes);
    for (size_t i = 0; i < an->n_quotes && !r->why; i++) {
        np_quote *q = &an->quotes[i];
        get_span(r, &prev, &q->start, &q->end);
        q->speaker = get_str(r, r->text_len + 16);
        uint64_t ss = get_u(r), se = get_u(r);
        int64_t sm = get_s(r);
        uint64_t bits = get_u(r);
        if (ss > se || se > r->text_len || sm < -1 || sm >= (int64_t)an->n_ents || bits > 15) {
            r->why = r->why ? r->why : "bad quote";
            return;
        }
        q->speaker_start = (size_t)ss;
        q->speaker_end = (size_t)se;
        q->speaker_mention = (long)sm;
        q->continues = (int)(bits & 1);
        q->is_short = (int)(bits >> 1 & 1);
        q->by_pronoun = (int)(bits >> 2 & 1);
        q->by_group = (int)(bits >> 3 & 1);
    }
}

static void get_figures(rd *r, np_analysis *an)
{
    size_t prev = 0;
    an->n_dates = get_count(r, 6);
    an->dates = get_array(r, an->n_dates, sizeof *an->dates);
    for (size_t i = 0; i < an->n_dates && !r->why; i++) {
        np_date_mention *d = &an->dates[i];
        get_span(r, &prev, &d->start, &d->end);
        const char *iso = get_str(r, sizeof d->iso - 1), *iso_end = get_str(r, sizeof d->iso_end - 1);
        uint64_t gran = get_u(r);
        d->flags = (unsigned)get_u(r);
        if (!iso || !iso_end || gran > NP_DATE_DAY) {
            r->why = r->why ? r->why : "bad date";
            return;
        }
        memset(d->iso, 0, sizeof d->iso);
        memset(d->iso_end, 0, sizeof d->iso_end);
        memcpy(d->iso, iso, strlen(iso));
        memcpy(d->iso_end, iso_end, strlen(iso_end));
        d->gran = (np_date_gran)gran;
    }
    prev = 0;
    an->n_numbers = get_count(r, 13);
    an->numbers = get_array(r, an->n_numbers, sizeof *an->numbers);
    for (size_t i = 0; i < an->n_numbers && !r->why; i++) {
        np_number_mention *m = &an->numbers[i];
        get_span(r, &prev, &m->start, &m->end);
        get_bytes(r, &m->value, sizeof m->value);
        get_bytes(r, &m->against, sizeof m->against);
        m->unit = get_str(r, r->text_len + 16);
        const char *cur = get_str(r, sizeof m->currency - 1);
        m->flags = (unsigned)get_u(r);
        if (!cur) {
            r->why = r->why ? r->why : "bad number";
            return;
        }
        memset(m->currency, 0, sizeof m->currency);
        memcpy(m->currency, cur, strlen(cur));
    }
}

np_status np_analysis_decode(const void *blob, size_t n, const char *text, size_t len, np_arena *arena,
                             np_analysis *out, const char **ref_date_out, np_error *err)
{
    if (!out || !arena || (!blob && n) || (!text && len))
        return np_error_set(err, NP_EINVAL, "", 0, -1, "analysis: bad arguments");
    memset(out, 0, sizeof *out);
    if (ref_date_out)
        *ref_date_out = NULL;
    rd r = {blob, (const unsigned char *)blob + n, text, len, arena, NULL};
    if (n < 3 || memcmp(blob, MAGIC, 3))
        return np_error_set(err, NP_EPARSE, "", 0, -1, "analysis: not an analysis blob");
    r.p += 3;
    uint64_t version = get_u(&r), text_len = get_u(&r), h = 0;
    get_bytes(&r, &h, sizeof h);
    if (!r.why && version != NP_ANALYSIS_VERSION)
        return np_error_set(err, NP_EPARSE, "", 0, -1, "analysis: format version %llu, this build reads %u",
                            (unsigned long long)version, NP_ANALYSIS_VERSION);
    if (!r.why && (text_len != len || h != np_hash64(text ? text : "", len, TEXT_SEED)))
        return np_error_set(err, NP_EPARSE, "", 0, -1, "analysis: computed on another text");
    const char *ref = get_str(&r, 64);
    size_t prev = 0;
    out->n_sents = get_count(&r, 2);
    out->sents = get_array(&r, out->n_sents, sizeof *out->sents);
    for (size_t i = 0; i < out->n_sents && !r.why; i++)
        get_span(&r, &prev, &out->sents[i].start, &out->sents[i].end);
    if (!r.why)
        get_tokens(&r, out);
    if (!r.why)
        get_mentions(&r, out);
    if (!r.why)
        get_figures(&r, out);
    if (!r.why && r.p != r.end)
        r.why = "trailing bytes";
    if (r.why) {
        np_status st = strcmp(r.why, "out of memory") ? NP_EPARSE : NP_ENOMEM;
        memset(out, 0, sizeof *out);
        return np_error_set(err, st, "", 0, -1, "analysis: %s at byte %zu", r.why,
                            (size_t)(r.p - (const unsigned char *)blob));
    }
    out->text = text;
    out->len = len;
    if (ref_date_out)
        *ref_date_out = ref;
    return NP_OK;
}
