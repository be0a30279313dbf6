/* text/token.c — tokenizer, normalisation and stemming (see token.h). */
#include "text/token.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/hash.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "text/lexicon.h"
#include "text/sentence.h"

/* Stems already made, by word: a story's texts repeat a few thousand words
 * over and over, and Snowball spends about two thousand instructions on
 * each (a sixth of a brief's analysis, callgrind), where a look-up here
 * is a hash and a compare.  Direct-mapped; a word longer than STEM_MEMO_LEN
 * bytes is stemmed every time. */
#define STEM_MEMO_SLOTS 4096
#define STEM_MEMO_LEN 23
typedef struct stem_memo {
    unsigned char in_len, out_len; /* 0: empty */
    char in[STEM_MEMO_LEN], out[STEM_MEMO_LEN];
} stem_memo;

struct np_stemmer {
    struct sb_stemmer *sb;
    stem_memo memo[STEM_MEMO_SLOTS];
};

np_stemmer *np_stemmer_new(void)
{
    np_stemmer *st = np_calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->sb = sb_stemmer_new("english", NULL);
    if (!st->sb) {
        np_free(st);
        return NULL;
    }
    return st;
}

void np_stemmer_free(np_stemmer *st)
{
    if (!st)
        return;
    sb_stemmer_delete(st->sb);
    np_free(st);
}

const char *np_stem(np_stemmer *st, const char *norm, size_t n, np_arena *arena)
{
    /* possessive: "putin's" → "putin", "leaders'" → "leaders" */
    if (n > 2 && norm[n - 2] == '\'' && norm[n - 1] == 's')
        n -= 2;
    else if (n > 1 && norm[n - 1] == '\'')
        n -= 1;
    if (!st || n > 512)
        return np_arena_strndup(arena, norm, n);
    stem_memo *m = NULL;
    if (n && n <= STEM_MEMO_LEN) {
        m = &st->memo[np_hash64(norm, n, 0x5157) & (STEM_MEMO_SLOTS - 1)];
        if (m->in_len == n && !memcmp(m->in, norm, n))
            return np_arena_strndup(arena, m->out, m->out_len);
    }
    const sb_symbol *s = sb_stemmer_stem(st->sb, (const sb_symbol *)norm, (int)n);
    if (!s)
        return NULL;
    size_t len = (size_t)sb_stemmer_length(st->sb);
    if (m && len && len <= STEM_MEMO_LEN) {
        memcpy(m->in, norm, n);
        memcpy(m->out, s, len);
        m->in_len = (unsigned char)n;
        m->out_len = (unsigned char)len;
    }
    return np_arena_strndup(arena, (const char *)s, len);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

static int is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* Map typographic variants to ASCII before folding (why: outlets differ only
 * in their choice of apostrophe, quote and dash characters). */
static utf8proc_int32_t fold_custom(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x201B: case 0x2032:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return '-';
    case 0x00A0:
        return ' ';
    default:
        return cp;
    }
}

char *np_text_fold(const char *s, size_t n, np_arena *arena, size_t *out_len)
{
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = 0;
            break;
        }
    if (ascii) {
        char *d = np_arena_alloc(arena, n + 1);
        if (!d)
            return NULL;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            d[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (out_len)
            *out_len = n;
        return d;
    }
    const utf8proc_option_t opt = UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE |
                                  UTF8PROC_STABLE | UTF8PROC_IGNORE;
    utf8proc_int32_t stackbuf[256];
    utf8proc_int32_t *buf = stackbuf;
    utf8proc_ssize_t cap = 256;
    for (int attempt = 0; attempt < 2; attempt++) {
        utf8proc_ssize_t r = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                                       buf, cap, opt, fold_custom, NULL);
        if (r < 0 && r != UTF8PROC_ERROR_NOMEM) {
            /* invalid UTF-8 (unsanitised input): ASCII-lowercased copy */
            char *d = np_arena_strndup(arena, s, n);
            if (!d)
                return NULL;
            for (size_t i = 0; i < n; i++)
                if (d[i] >= 'A' && d[i] <= 'Z')
                    d[i] = (char)(d[i] + 32);
            if (out_len)
                *out_len = n;
            return d;
        }
        if (r < 0)
            return NULL;
        if (r > cap) {
            /* arena memory is reclaimed with the arena; only on long strings */
            cap = r;
            buf = np_arena_alloc(arena, (size_t)cap * sizeof *buf);
            if (!buf)
                return NULL;
            continue;
        }
        r = utf8proc_reencode(buf, r, opt);
        if (r < 0)
            return NULL;
        char *d = np_arena_strndup(arena, (const char *)buf, (size_t)r);
        if (d && out_len)
            *out_len = (size_t)r;
        return d;
    }
    return NULL;
}

int np_is_stopword(const char *norm, size_t n)
{
    return np_lex_is_stopword_ascii(norm, n);
}

typedef struct tok_vec {
    np_token *v;
    size_t n, cap;
} tok_vec;

static int grow(tok_vec *tv, np_arena *arena)
{
    size_t cap = tv->cap ? tv->cap * 2 : 256;
    np_token *v = np_arena_alloc(arena, cap * sizeof *v);
    if (!v)
        return 0;
    if (tv->n)
        memcpy(v, tv->v, tv->n * sizeof *v);
    tv->v = v;
    tv->cap = cap;
    return 1;
}

static int32_t cp_at(const unsigned char *u, size_t len, size_t i, int *cl)
{
    if (u[i] < 0x80) { /* fast path: most news text is ASCII */
        *cl = 1;
        return u[i];
    }
    int32_t cp;
    *cl = np_utf8_decode(u + i, len - i, &cp);
    return cp;
}

np_status np_tokenize(const char *text, size_t len, np_stemmer *st, np_arena *arena,
                      np_token **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    const unsigned char *u = (const unsigned char *)text;
    tok_vec tv = {0};
    size_t i = 0;
    while (i < len) {
        int cl;
        int32_t cp = cp_at(u, len, i, &cl);
        if (!is_word_cp(cp)) {
            i += (size_t)cl;
            continue;
        }
        size_t s = i;
        int numeric = cp >= '0' && cp <= '9';
        unsigned flags = 0;
        int letters = 0, uppers = 0, lowers = 0;
        int32_t first = cp;
        while (i < len) {
            cp = cp_at(u, len, i, &cl);
            if (is_word_cp(cp)) {
                if (cp < 0x80) {
                    if (cp >= 'A' && cp <= 'Z') {
                        letters++;
                        uppers++;
                    } else if (cp >= 'a' && cp <= 'z') {
                        letters++;
                        lowers++;
                    }
                } else {
                    utf8proc_category_t cat = utf8proc_category(cp);
                    if (cat == UTF8PROC_CATEGORY_LU) {
                        letters++;
                        uppers++;
                    } else if (cat >= UTF8PROC_CATEGORY_LL && cat <= UTF8PROC_CATEGORY_LO) {
                        letters++;
                        lowers++;
                    }
                }
                i += (size_t)cl;
                continue;
            }
            /* inner apostrophe or digit separator continues the token */
            size_t j = i + (size_t)cl;
            if (j < len) {
                int cl2;
                int32_t nx = cp_at(u, len, j, &cl2);
                if (is_apostrophe(cp) && is_word_cp(nx) && !(nx >= '0' && nx <= '9')) {
                    i = j;
                    continue;
                }
                if (numeric && (cp == ',' || cp == '.') && nx >= '0' && nx <= '9' &&
                    u[i - 1] >= '0' && u[i - 1] <= '9') {
                    i = j;
                    continue;
                }
            }
            break;
        }
        /* dotted acronyms "U.S.", "U.N.": single capitals joined by periods
         * make one token ("U.S"; the final period stays punctuation) */
        if (i - s == 1 && u[s] >= 'A' && u[s] <= 'Z') {
            while (i + 1 < len && u[i] == '.' && u[i + 1] >= 'A' && u[i + 1] <= 'Z' &&
                   (i + 2 >= len || !((u[i + 2] >= 'a' && u[i + 2] <= 'z') || (u[i + 2] >= 'A' && u[i + 2] <= 'Z')))) {
                i += 2;
                uppers++;
                letters++;
            }
        }
        if (tv.n == tv.cap && !grow(&tv, arena))
            return NP_ENOMEM;
        np_token *t = &tv.v[tv.n++];
        t->start = s;
        t->end = i;
        size_t nl;
        char *norm = np_text_fold(text + s, i - s, arena, &nl);
        if (!norm)
            return NP_ENOMEM;
        t->norm = norm;
        if (letters)
            flags |= NP_TOK_WORD;
        if (numeric)
            flags |= NP_TOK_NUMBER;
        if (first < 0x80 ? (first >= 'A' && first <= 'Z') : utf8proc_category(first) == UTF8PROC_CATEGORY_LU)
            flags |= NP_TOK_CAP;
        if (uppers >= 2 && lowers == 0)
            flags |= NP_TOK_ALLCAPS;
        if ((flags & NP_TOK_WORD) && np_is_stopword(norm, nl))
            flags |= NP_TOK_STOP;
        if (!(flags & NP_TOK_STOP))
            flags |= NP_TOK_CONTENT;
        t->flags = flags;
        if (st) {
            t->stem = numeric ? norm : np_stem(st, norm, nl, arena);
            if (!t->stem)
                return NP_ENOMEM;
        }
    }
    *out = tv.v;
    *n = tv.n;
    return NP_OK;
}

np_status np_tokens_given_or_made(const char *text, size_t len, const np_token *tok, size_t ntok, np_arena *arena,
                                  const np_token **out, size_t *n)
{
    if (tok) {
        *out = tok;
        *n = ntok;
        return NP_OK;
    }
    np_token *t;
    np_status st = np_tokenize(text, len, NULL, arena, &t, n);
    if (st == NP_OK)
        *out = t;
    return st;
}

size_t np_tok_at_or_after(const np_token *t, size_t n, size_t off)
{
    return np_spans_first_at(t, n, sizeof *t, offsetof(np_token, start), off);
}

size_t np_count_word_runs(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int word = isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80);
        w += word && !in;
        in = word;
    }
    return w;
}
