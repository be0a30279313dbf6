/*
 * compare/story.c — the story every stage of the brief works on: the
 * vocabulary (stems cut to six characters, resolved dates as terms), the
 * sentences with their tf-idf vectors and the "states no fact" mark, and the
 * small helpers the stages share.  See story.h.
 */
#include "compare/story.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article/byline.h"
#include "article/datefmt.h"
#include "article/linefeat.h"
#include "article/outlet.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "core/unionfind.h"
#include "extract/date.h"
#include "text/lexicon.h"
#include "text/sentence.h"

#define NO_TERM UINT32_MAX

np_status np_grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return NP_OK;
    size_t nc = *cap ? *cap * 2 : 16;
    if (nc > SIZE_MAX / elem)
        return NP_ENOMEM;
    void *p = np_realloc(*arr, nc * elem);
    if (!p)
        return NP_ENOMEM;
    *arr = p;
    *cap = nc;
    return NP_OK;
}

/* ---------------------------------------------------------------- vocabulary */

static uint64_t term_hash(const char *k, size_t n) { return np_hash64(k, n, 0x6e70627269656621ull); }

static np_status rehash(np_story *s, size_t cap)
{
    uint32_t *t = np_calloc(cap, sizeof *t);
    if (!t)
        return NP_ENOMEM;
    for (size_t i = 0; i < s->n_terms; i++) {
        const char *k = s->term_str[i];
        size_t h = term_hash(k, strlen(k)) & (cap - 1);
        while (t[h])
            h = (h + 1) & (cap - 1);
        t[h] = (uint32_t)i + 1;
    }
    np_free(s->term_hash);
    s->term_hash = t;
    s->hash_cap = cap;
    return NP_OK;
}

uint32_t np_story_term_find(const np_story *s, const char *key, size_t n)
{
    if (!s->hash_cap)
        return NO_TERM;
    size_t h = term_hash(key, n) & (s->hash_cap - 1);
    while (s->term_hash[h]) {
        uint32_t id = s->term_hash[h] - 1;
        const char *k = s->term_str[id];
        if (strncmp(k, key, n) == 0 && k[n] == '\0')
            return id;
        h = (h + 1) & (s->hash_cap - 1);
    }
    return NO_TERM;
}

uint32_t np_story_term(np_story *s, const char *key, size_t n)
{
    uint32_t id = np_story_term_find(s, key, n);
    if (id != NO_TERM)
        return id;
    if ((s->n_terms + 1) * 2 > s->hash_cap && rehash(s, s->hash_cap ? s->hash_cap * 2 : 1024) != NP_OK)
        return NO_TERM;
    if (s->n_terms >= s->cap_terms) {
        size_t nc = s->cap_terms ? s->cap_terms * 2 : 1024;
        char **ns = np_realloc(s->term_str, nc * sizeof *ns);
        if (!ns)
            return NO_TERM;
        s->term_str = ns;
        uint32_t *nd = np_realloc(s->term_df, nc * sizeof *nd);
        if (!nd)
            return NO_TERM;
        s->term_df = nd;
        s->cap_terms = nc;
    }
    char *copy = np_arena_strndup(&s->work, key, n);
    if (!copy)
        return NO_TERM;
    id = (uint32_t)s->n_terms++;
    s->term_str[id] = copy;
    s->term_df[id] = 0;
    size_t h = term_hash(key, n) & (s->hash_cap - 1);
    while (s->term_hash[h])
        h = (h + 1) & (s->hash_cap - 1);
    s->term_hash[h] = id + 1;
    return id;
}

/* Alignment key of a token: its stem cut to six characters, so that
 * "militarily"/"military" and "Ukraine"/"Ukrainian" meet (Snowball keeps
 * them apart); numbers keep their full form. */
static size_t term_key_len(const char *k, int is_number)
{
    size_t n = strlen(k);
    if (is_number)
        return n;
    size_t chars = 0, i = 0;
    while (i < n) {
        if (chars == 6)
            return i;
        i++;
        while (i < n && ((unsigned char)k[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    return n;
}

/* "illegitimate", "unacceptable", "irregular": the negated word is about
 * the same thing as the plain one ("legitimate"), which is what alignment
 * needs; the prefix goes when at least six letters remain. */
static const char *strip_negation(const char *stem)
{
    static const char *const pre[] = {"non", "il", "ir", "un"};
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        size_t n = strlen(pre[i]);
        if (strncmp(stem, pre[i], n) == 0 && strlen(stem + n) >= 6)
            return stem + n;
    }
    return stem;
}

/* -------------------------------------------------------------- vectors */

typedef struct tf_pair { uint32_t term; uint32_t tf; } tf_pair;

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static np_status vec_from_tokens(np_story *s, int doc, size_t lo, size_t hi, np_svec *out)
{
    memset(out, 0, sizeof *out);
    size_t n = 0;
    for (size_t k = lo; k < hi; k++)
        n += (s->tok_term[doc][k] != NO_TERM) + (s->tok_date[doc][k] != NO_TERM);
    if (!n)
        return NP_OK;
    uint32_t *ids = np_arena_alloc(&s->work, n * sizeof *ids);
    if (!ids)
        return NP_ENOMEM;
    size_t m = 0;
    for (size_t k = lo; k < hi; k++) {
        uint32_t t = s->tok_term[doc][k];
        if (t != NO_TERM)
            ids[m++] = s->syn ? s->syn[t] : t;
        if (s->tok_date[doc][k] != NO_TERM)
            ids[m++] = s->tok_date[doc][k];
    }
    qsort(ids, m, sizeof *ids, cmp_u32);
    uint32_t u = 0;
    float *w = np_arena_alloc(&s->work, m * sizeof *w);
    if (!w)
        return NP_ENOMEM;
    double norm = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && ids[j] == ids[i])
            j++;
        float idf = s->idf ? s->idf[ids[i]] : 1.0f;
        float wt = (1.0f + logf((float)(j - i))) * idf;
        ids[u] = ids[i];
        w[u] = wt;
        norm += (double)wt * wt;
        u++;
        i = j;
    }
    norm = sqrt(norm);
    if (norm > 0)
        for (uint32_t i = 0; i < u; i++)
            w[i] = (float)(w[i] / norm);
    out->term = ids;
    out->w = w;
    out->n = u;
    return NP_OK;
}

size_t np_story_token_at(const np_analysis *an, size_t off)
{
    return np_tok_at_or_after(an->tokens, an->n_tokens, off);
}

size_t np_story_ent_at(const np_analysis *an, size_t off)
{
    return np_mention_at_or_after(an->ents, an->n_ents, off);
}

int np_story_report_term(const np_story *s, uint32_t t)
{
    const char *w = t < s->n_terms ? s->term_str[t] : NULL;
    return w && w[0] == '@' && !isdigit((unsigned char)w[1]);
}


np_status np_story_vec_span(np_story *s, int doc, size_t start, size_t end, np_svec *out)
{
    const np_analysis *an = &s->an[doc];
    return vec_from_tokens(s, doc, np_story_token_at(an, start), np_story_token_at(an, end), out);
}

/* A person's mention starts at byte off, past spaces and commas, before
 * end (at most the text's length). */
static int person_starts_at(const np_analysis *an, size_t off, size_t end)
{
    while (off < end && (an->text[off] == ' ' || an->text[off] == ','))
        off++;
    size_t m = np_story_ent_at(an, off);
    return m < an->n_ents && an->ents[m].start == off && an->ents[m].type == NP_ENT_PERSON;
}

int np_story_office_word(const np_story *s, int doc, uint32_t k)
{
    const np_analysis *an = &s->an[doc];
    if (k + 1 >= an->n_tokens)
        return 0;
    const np_token *tk = &an->tokens[k], *nx = &an->tokens[k + 1];
    /* a modifier of the title: capitalised ("Transport minister") or
     * after a determiner ("the transport minister"), never a verb
     * ("arrested Councillor Paulo Menz") */
    static const char *const det[] = {"a", "her", "his", "its", "the", "their", NULL};
    const char *pw = k > 0 ? an->tokens[k - 1].norm : NULL;
    size_t pn = pw ? strlen(pw) : 0;
    int after_det = pw && (np_lex_word_in(pw, det) || (pn > 2 && !strcmp(pw + pn - 2, "'s")));
    size_t tn = tk->norm ? strlen(tk->norm) : 0;
    if (!tk->norm || (!(tk->flags & NP_TOK_CAP) && !after_det) || (tn > 4 && !strcmp(tk->norm + tn - 2, "ed")))
        return 0;
    size_t m = np_story_ent_at(an, tk->end);
    /* "Transport minister Paulo Menz": the title inside the mention */
    if (m < an->n_ents && an->ents[m].start == nx->start)
        return an->ents[m].type == NP_ENT_PERSON && an->ents[m].name_start > an->ents[m].start;
    if (!np_lex_is_title_word(an->text + nx->start, nx->end - nx->start))
        return 0;
    /* "the transport minister, Paulo Menz" / "transport minister Menz" */
    size_t after = k + 2 < an->n_tokens ? an->tokens[k + 2].start : an->len;
    if (after - nx->end <= 2 && person_starts_at(an, nx->end, after))
        return 1;
    /* "Paulo Menz, the transport minister," */
    uint32_t j = k;
    if (pw && (!strcmp(pw, "the") || !strcmp(pw, "a")))
        j--; /* "Paulo Menz, the transport minister" */
    if (j == 0 || !memchr(an->text + an->tokens[j - 1].end, ',', an->tokens[j].start - an->tokens[j - 1].end))
        return 0;
    for (size_t q = m; q-- > 0;)
        if (an->ents[q].end <= an->tokens[j - 1].end)
            return an->ents[q].end == an->tokens[j - 1].end && an->ents[q].type == NP_ENT_PERSON;
    return 0;
}

static int holds_u32(const uint32_t *a, size_t n, uint32_t x)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] == x)
            return 1;
    return 0;
}

void np_svec_drop_span(const np_story *s, int doc, size_t start, size_t end, np_svec *v)
{
    const np_analysis *an = &s->an[doc];
    size_t lo = np_story_token_at(an, start), hi = np_story_token_at(an, end);
    uint32_t drop[16];
    size_t n_drop = 0;
    for (size_t k = lo; k < hi && n_drop < sizeof drop / sizeof *drop; k++) {
        uint32_t t = s->tok_term[doc][k];
        if (t != NO_TERM)
            drop[n_drop++] = s->syn ? s->syn[t] : t;
    }
    if (!n_drop)
        return;
    uint32_t u = 0;
    double norm = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        if (holds_u32(drop, n_drop, v->term[i]))
            continue;
        v->term[u] = v->term[i];
        v->w[u] = v->w[i];
        norm += (double)v->w[u] * v->w[u];
        u++;
    }
    v->n = u;
    norm = sqrt(norm);
    if (norm > 0)
        for (uint32_t i = 0; i < u; i++)
            v->w[i] = (float)(v->w[i] / norm);
}

/* ------------------------------------------------------------------ memos */

typedef struct memo_vec {
    int doc;
    size_t start, end;
    np_svec vec;
} memo_vec;

struct np_story_memo {
    np_u64map spans; /* hash of (ref text pointer, doc) -> start + 1 */
    np_u64map vecs;  /* hash of (doc, start, end) -> index + 1 into vec */
    memo_vec *vec;
    size_t n_vec, cap_vec;
};

np_status np_story_memo_init(np_story *s)
{
    s->memo = np_calloc(1, sizeof *s->memo);
    if (!s->memo)
        return NP_ENOMEM;
    np_u64map_init(&s->memo->spans);
    np_u64map_init(&s->memo->vecs);
    return NP_OK;
}

static void memo_free(struct np_story_memo *m)
{
    if (!m)
        return;
    np_u64map_free(&m->spans);
    np_u64map_free(&m->vecs);
    np_free(m->vec);
    np_free(m);
}

static uint64_t memo_key(const void *parts, size_t n)
{
    uint64_t h = np_hash64(parts, n, 0x6d656d6fULL);
    return h ? h : 1;
}

np_status np_story_vec_memo(np_story *s, int doc, size_t start, size_t end, np_svec *out)
{
    struct np_story_memo *m = s->memo;
    if (!m)
        return np_story_vec_span(s, doc, start, end, out);
    size_t parts[3] = {(size_t)doc, start, end};
    uint64_t key = memo_key(parts, sizeof parts);
    uint64_t *at = np_u64map_get(&m->vecs, key);
    if (at) {
        const memo_vec *x = &m->vec[*at - 1];
        if (x->doc == doc && x->start == start && x->end == end) {
            *out = x->vec;
            return NP_OK;
        }
        return np_story_vec_span(s, doc, start, end, out); /* a hash collision: not kept */
    }
    np_status st = np_story_vec_span(s, doc, start, end, out);
    if (st != NP_OK)
        return st;
    if (m->n_vec == m->cap_vec) {
        size_t cap = m->cap_vec ? m->cap_vec * 2 : 256;
        memo_vec *v = np_realloc(m->vec, cap * sizeof *v);
        if (!v)
            return NP_OK; /* not kept: computed again next time */
        m->vec = v;
        m->cap_vec = cap;
    }
    uint64_t *slot = np_u64map_slot(&m->vecs, key);
    if (slot) {
        m->vec[m->n_vec] = (memo_vec){doc, start, end, *out};
        *slot = ++m->n_vec;
    }
    return NP_OK;
}

size_t np_svec_common(const np_svec *a, const np_svec *b)
{
    return np_story_sorted_common(a->term, a->n, b->term, b->n);
}

float np_svec_contain(const np_svec *a, const np_svec *b)
{
    float hit = 0;
    for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->term[i] == b->term[j]) {
            hit += a->w[i] * a->w[i];
            i++;
            j++;
        } else if (a->term[i] < b->term[j]) {
            i++;
        } else {
            j++;
        }
    }
    return hit;
}

float np_svec_cos(const np_svec *a, const np_svec *b)
{
    uint32_t i = 0, j = 0;
    float dot = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] == b->term[j])
            dot += a->w[i++] * b->w[j++];
        else if (a->term[i] < b->term[j])
            i++;
        else
            j++;
    }
    return dot;
}

void np_story_claim_ranks(const np_story *s, uint32_t *rank)
{
    for (size_t d = 0; d < s->n_docs; d++) {
        uint32_t k = 0;
        for (size_t i = s->doc_sent0[d]; i < s->doc_sent0[d + 1]; i++) {
            rank[i] = k;
            k += !s->sents[i].no_fact;
        }
    }
}

size_t np_story_quoted_bytes(const np_analysis *an, size_t start, size_t end)
{
    size_t in = 0; /* from the first quotation ending after start */
    for (size_t q = np_spans_first_at(an->quotes, an->n_quotes, sizeof *an->quotes, offsetof(np_quote, end), start + 1);
         q < an->n_quotes && an->quotes[q].start < end; q++) {
        size_t a = an->quotes[q].start > start ? an->quotes[q].start : start;
        size_t b = an->quotes[q].end < end ? an->quotes[q].end : end;
        in += b > a ? b - a : 0;
    }
    return in;
}

int np_story_speaker_word(const np_analysis *an, const np_token *tk)
{
    const char *w = an->text + tk->start;
    size_t n = tk->end - tk->start;
    return (tk->flags & NP_TOK_CAP) || np_lex_is_attribution_verb(w, n) || np_lex_is_title_word(w, n) ||
           np_lex_is_title_modifier(w, n);
}

long np_story_sent_at(const np_story *s, int doc, size_t off)
{
    size_t lo = s->doc_sent0[doc], hi = s->doc_sent0[doc + 1];
    long best = -1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->sents[mid].start <= off) {
            best = (long)mid;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return best;
}

static int is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

const char *np_story_str(np_story *s, const char *str, size_t n)
{
    return np_arena_strndup(&s->brief->arena, str, n);
}

np_status np_regions_add(np_regions *r, uint32_t region, uint32_t place)
{
    if (region == place)
        return NP_OK;
    if (np_grow((void **)&r->pairs, &r->cap, r->n, sizeof *r->pairs) != NP_OK)
        return NP_ENOMEM;
    r->pairs[r->n++] = (uint64_t)region << 32 | place;
    return NP_OK;
}

static int cmp_region_pair(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

void np_regions_join(np_regions *r, uint32_t *uf)
{
    uint64_t *p = r->pairs;
    size_t n = r->n;
    if (n > 1)
        qsort(p, n, sizeof *p, cmp_region_pair);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        int one = 1;
        while (j < n && p[j] >> 32 == p[i] >> 32) {
            one &= (uint32_t)p[j] == (uint32_t)p[i];
            j++;
        }
        if (one)
            np_uf_join(uf, (uint32_t)(p[i] >> 32), (uint32_t)p[i]);
        i = j;
    }
    np_free(p);
    *r = (np_regions){0};
}

/* The month name at t[*i, n) ("April", "Sept."), past it; 0 when none. */
static int month_at(const char *t, size_t n, size_t *i)
{
    size_t a = *i, b = a;
    while (b < n && ((t[b] >= 'A' && t[b] <= 'Z') || (t[b] >= 'a' && t[b] <= 'z')))
        b++;
    if (b == a || !np_month_from_name(t + a, b - a))
        return 0;
    *i = b < n && t[b] == '.' ? b + 1 : b; /* "Sept." */
    return 1;
}

/* One or two digits at t[*i, n), past them; 0 when none. */
static int day_at(const char *t, size_t n, size_t *i)
{
    size_t d0 = *i, b = d0;
    while (b < n && t[b] >= '0' && t[b] <= '9')
        b++;
    if (b == d0 || b - d0 > 2)
        return 0;
    *i = b;
    return 1;
}

/* A dateline of a date and an agency's credit, its place left out by the
 * page ("April 29 (UPI) — ", "May 3, 2031 (AFP) - ", "29 April (UPI) — "):
 * its length with the blanks after it, 0 when t[0, n) opens otherwise. */
static size_t date_credit_len(const char *t, size_t n)
{
    size_t i = 0;
    /* "April 29" or "29 April" */
    if (month_at(t, n, &i)) {
        if (i >= n || t[i] != ' ')
            return 0;
        i++;
        if (!day_at(t, n, &i))
            return 0;
    } else {
        if (!day_at(t, n, &i) || i >= n || t[i] != ' ')
            return 0;
        i++;
        if (!month_at(t, n, &i))
            return 0;
    }
    /* ", 2031" or " 2031" */
    size_t y = i < n && t[i] == ',' ? i + 1 : i;
    if (y < n && t[y] == ' ')
        y++;
    size_t y0 = y;
    while (y < n && t[y] >= '0' && t[y] <= '9')
        y++;
    if (y - y0 == 4)
        i = y;
    while (i < n && t[i] == ' ')
        i++;
    if (i >= n || t[i] != '(')
        return 0;
    size_t close = i;
    while (close < n && close - i < 40 && t[close] != ')')
        close++;
    if (close >= n || t[close] != ')')
        return 0;
    char credit[48];
    size_t cl = close + 1 - i;
    if (cl >= sizeof credit)
        return 0;
    memcpy(credit, t + i, cl);
    credit[cl] = '\0';
    if (!np_story_agency(credit))
        return 0;
    i = close + 1;
    size_t sp = np_space_len(t, n, i), d = np_dash_len(t, n, i + sp);
    if (!d)
        return 0;
    i += sp + d;
    size_t after = np_space_len(t, n, i);
    if (!after && d == 1)
        return 0; /* "(UPI)-based": a hyphen joins words */
    i += after;
    while (i < n && is_space_byte(t[i]))
        i++;
    return i < n ? i : 0;
}

/* The dateline opening a dispatch's paragraph at t[start, end) ("WASHINGTON
 * — ", "LONDON (Reuters) - "): its length with the blanks after it, 0 when
 * none.  It says where the report was filed, not what happened, so a
 * wording shown to the reader leaves it out.  np_dateline_parse() reads
 * any "Words - ..." opening; a dispatch's dateline is a known place in
 * capitals ("ROME —", "WASHINGTON —"), or a name in capitals of five
 * letters or more that is no body ("NATO — The alliance ...": the subject;
 * "NYPD — Officers ...": short enough to be an acronym), or any opening
 * credited to a news agency ("Orsk (AFP) -"). */
static size_t dateline_len(const np_story *s, const char *t, size_t start, size_t end)
{
    if (start > 0 && t[start - 1] != '\n')
        return 0;
    char place[128];
    size_t n = np_dateline_parse(t + start, end - start, place, sizeof place);
    if (!n)
        return date_credit_len(t + start, end - start);
    if (n >= end - start)
        return 0;
    char credit[160];
    size_t cn = n < sizeof credit - 1 ? n : sizeof credit - 1;
    memcpy(credit, t + start, cn);
    credit[cn] = '\0';
    int agency = np_story_agency(credit) != 0;
    size_t letters = 0, i = start;
    for (; !agency && i < start + n && t[i] != ',' && t[i] != '(' && !((unsigned char)t[i] == 0xE2) && t[i] != '-';
         i++) {
        if (t[i] >= 'a' && t[i] <= 'z')
            return 0;
        letters += (t[i] >= 'A' && t[i] <= 'Z') || (unsigned char)t[i] >= 0x80;
    }
    if (!agency) {
        size_t pl = strlen(place);
        while (pl && place[pl - 1] == ' ')
            pl--;
        int known = s->gz && np_gazetteer_has(s->gz, place, pl);
        if (letters < 3 || (!known && (letters < 5 || (s->gz && (np_gazetteer_is_org(s->gz, t + start, i - start) ||
                                                                 np_gazetteer_is_org(s->gz, place, pl))))))
            return 0;
    }
    while (n < end - start && is_space_byte(t[start + n]))
        n++;
    return n < end - start ? n : 0;
}

np_status np_story_ref(np_story *s, int doc, size_t start, size_t end, np_bref *out)
{
    const char *t = s->docs[doc]->text;
    while (start < end && is_space_byte(t[start]))
        start++;
    start += dateline_len(s, t, start, end);
    while (end > start && is_space_byte(t[end - 1]))
        end--;
    out->doc = doc;
    out->text = np_story_str(s, t + start, end - start);
    return out->text ? NP_OK : NP_ENOMEM;
}

long np_story_ref_sent(const np_story *s, const np_bref *ref)
{
    size_t a, e;
    return np_story_ref_span(s, ref, &a, &e) ? np_story_sent_at(s, ref->doc, a) : -1;
}

void np_story_sort_facts(np_brief_fact *f, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        np_brief_fact x = f[i];
        size_t j = i;
        while (j > 0 && f[j - 1].n_docs < x.n_docs) {
            f[j] = f[j - 1];
            j--;
        }
        f[j] = x;
    }
}

int np_story_ref_span(const np_story *s, const np_bref *ref, size_t *start, size_t *end)
{
    if (!ref->text || ref->doc < 0 || (size_t)ref->doc >= s->n_docs || !s->docs[ref->doc]->text)
        return 0;
    const char *text = s->docs[ref->doc]->text;
    size_t len = strlen(ref->text);
    /* the memo maps the ref's string to where strstr() found it: refs are
     * story strings, looked up many times; a stale or colliding entry is
     * caught by comparing the words (the memo is the story's own cache,
     * written through its pointer from this const function) */
    uintptr_t parts[2] = {(uintptr_t)ref->text, (uintptr_t)ref->doc};
    uint64_t key = s->memo ? memo_key(parts, sizeof parts) : 0;
    uint64_t *at = key ? np_u64map_get(&s->memo->spans, key) : NULL;
    if (at && len && *at - 1 + len <= s->an[ref->doc].len && !memcmp(text + *at - 1, ref->text, len)) {
        *start = *at - 1;
        *end = *start + len;
        return 1;
    }
    const char *p = strstr(text, ref->text);
    if (!p || !ref->text[0])
        return 0;
    *start = (size_t)(p - text);
    *end = *start + len;
    uint64_t *slot = key && !at ? np_u64map_slot(&s->memo->spans, key) : NULL;
    if (slot)
        *slot = *start + 1;
    return 1;
}

/* Bytes joining two parts of a sentence: spaces, ',', ';', ':', '-' and
 * the en and em dashes ("E2 80 93/94"); the length of the one at t[i]
 * (reading forward, or backward ending before t[i] when back), else 0. */
static size_t joiner_len(const char *t, size_t i, size_t lo, int back)
{
    const unsigned char *c = (const unsigned char *)t;
    if (back) {
        if (i > lo && strchr(" \n\t\r,;:-", c[i - 1]))
            return 1;
        if (i >= lo + 3 && c[i - 3] == 0xE2 && c[i - 2] == 0x80 && (c[i - 1] == 0x93 || c[i - 1] == 0x94))
            return 3;
        return 0;
    }
    if (c[i] && strchr(" \n\t\r,;:-", c[i]))
        return 1;
    if (c[i] == 0xE2 && c[i + 1] == 0x80 && (c[i + 2] == 0x93 || c[i + 2] == 0x94))
        return 3;
    return 0;
}

float np_story_mean_cos(np_story *s, const np_brief_fact *f, int doc, const np_svec *v)
{
    float sum = 0;
    size_t n = 0;
    for (size_t j = 0; j < f->n_support && n < NP_REST_PEERS; j++) {
        size_t a, b;
        np_svec o;
        if (f->support[j].doc == doc || !np_story_ref_span(s, &f->support[j], &a, &b))
            continue;
        if (np_story_vec_memo(s, f->support[j].doc, a, b, &o) != NP_OK)
            return -1;
        sum += np_svec_cos(v, &o);
        n++;
    }
    return n ? sum / (float)n : 0;
}

int np_story_ref_rest(np_story *s, const np_brief_fact *f, size_t k, size_t a, size_t b, size_t *rs, size_t *re)
{
    const np_bref *ref = &f->support[k];
    size_t ra, rb;
    if (!np_story_ref_span(s, ref, &ra, &rb))
        return 0;
    const char *t = s->docs[ref->doc]->text;
    np_svec whole;
    if (np_story_vec_memo(s, ref->doc, ra, rb, &whole) != NP_OK)
        return -1;
    float w = np_story_mean_cos(s, f, ref->doc, &whole), best = -1;
    if (w < 0)
        return -1;
    size_t lo[2] = {ra, b > ra ? b : ra}, hi[2] = {a < rb ? a : rb, rb};
    int found = 0;
    for (int side = 0; side < 2; side++) {
        size_t x = lo[side], y = hi[side], n;
        if (side == 0 ? a <= ra : b >= rb)
            continue;
        while (x < y && (n = joiner_len(t, x, x, 0)) > 0)
            x += n;
        while (y > x && (n = joiner_len(t, y, x, 1)) > 0)
            y -= n;
        np_svec v;
        if (y <= x)
            continue;
        if (np_story_vec_memo(s, ref->doc, x, y, &v) != NP_OK)
            return -1;
        if (v.n < NP_REST_MIN_TERMS)
            continue;
        float c = np_story_mean_cos(s, f, ref->doc, &v);
        if (c < 0)
            return -1;
        if (c > 0 && c >= NP_REST_KEEP * w && c > best) {
            best = c;
            *rs = x;
            *re = y;
            found = 1;
        }
    }
    return found;
}

/* ------------------------------------------------------------ sentences */

#define SUBHEAD_WORDS 8 /* words of a line without a final mark read as a subhead */

/* Bytes [start, end) are a line of their own: only blanks before them
 * since the line began and after them until it ends. */
static int whole_line(const char *t, size_t len, size_t start, size_t end)
{
    for (size_t p = start; p > 0 && t[p - 1] != '\n'; p--)
        if (t[p - 1] != ' ' && t[p - 1] != '\t')
            return 0;
    for (size_t p = end; p < len && t[p] != '\n'; p++)
        if (t[p] != ' ' && t[p] != '\t' && t[p] != '\r')
            return 0;
    return 1;
}

/* A line without closing punctuation whose words are mostly capitalised is a
 * headline or section title ("Upcoming Talks and US Involvement"): it names a
 * topic but states nothing an outlet could corroborate. */
static int is_heading(const np_analysis *an, const np_sent *se)
{
    size_t e = se->end;
    while (e > se->start && (an->text[e - 1] == ' ' || an->text[e - 1] == '\n'))
        e--;
    if (e == se->start)
        return 1;
    unsigned char last = (unsigned char)an->text[e - 1];
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == 0x9d /* ” */)
        return 0;
    /* a stop inside closing marks ("... built in 1961.)", "... for good.’") */
    size_t m = e;
    while (m > se->start && (an->text[m - 1] == ')' || an->text[m - 1] == ']' || an->text[m - 1] == '\'' ||
                             (m >= se->start + 3 && (unsigned char)an->text[m - 3] == 0xE2 &&
                              (unsigned char)an->text[m - 2] == 0x80 &&
                              ((unsigned char)an->text[m - 1] == 0x99 || (unsigned char)an->text[m - 1] == 0x9D))))
        m -= (unsigned char)an->text[m - 1] >= 0x80 ? 3 : 1;
    if (m < e && m > se->start && (an->text[m - 1] == '.' || an->text[m - 1] == '!' || an->text[m - 1] == '?'))
        return 0;
    size_t words = 0, caps = 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!(tk->flags & NP_TOK_WORD))
            continue;
        words++;
        if ((tk->flags & NP_TOK_CAP) || (tk->flags & NP_TOK_STOP))
            caps++;
    }
    if (words <= 3 || caps * 10 >= words * 8)
        return 1;
    /* a short line of its own with no stop at its end is a subhead, a
     * kicker or a promotion ("Ferry fares had risen twice", "LIVE:
     * terminal updates and coverage"): an article's sentences end with a
     * mark (a colon opens what follows: "X has hosted before:" stays) */
    return words <= SUBHEAD_WORDS && last != ':' && whole_line(an->text, an->len, se->start, e);
}

/* ---------------------------------------------------- what is not a claim
 *
 * Besides headings, a sentence states nothing an outlet could corroborate
 * when it is a list bullet (a timeline entry, a "Read more" list), a
 * question, a fragment of a few words, or a photo caption: a noun phrase
 * with no finite verb ("Members of the group at the fence on Sunday.").  The
 * signals are the shape of the line, never its words' meaning. */

#define CLAIM_MIN_WORDS 4

static int is_bullet(const char *t, size_t start, size_t end)
{
    while (start < end && (t[start] == ' ' || t[start] == '\t' || t[start] == '\n'))
        start++;
    if (start >= end)
        return 0;
    unsigned char c = (unsigned char)t[start];
    /* not dashes: "— President X said ..." is a sentence after a dateline */
    if (c == '*' || c == '>')
        return start + 1 < end && t[start + 1] == ' ';
    if (c == 0xE2 && start + 2 < end) {
        unsigned char c1 = (unsigned char)t[start + 1], c2 = (unsigned char)t[start + 2];
        /* U+2022 bullet, U+2023, U+2043, U+25AA/25B8/25BA/25CF */
        return (c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3)) ||
               (c1 == 0x81 && c2 == 0x83) || (c1 == 0x96 && (c2 == 0xAA || c2 == 0xB8 || c2 == 0xBA)) ||
               (c1 == 0x97 && c2 == 0x8F);
    }
    if (c == 0xC2 && start + 1 < end && (unsigned char)t[start + 1] == 0xB7)
        return 1; /* U+00B7 middle dot */
    return 0;
}

/* Last character before closing quotes and spaces is '?'. */
static int is_question(const char *t, size_t start, size_t end)
{
    while (end > start) {
        unsigned char c = (unsigned char)t[end - 1];
        if (c == ' ' || c == '\n' || c == '"' || c == '\'' || c == ')')
            end--;
        else if (end - start >= 3 && c >= 0x98 && c <= 0x9d && (unsigned char)t[end - 2] == 0x80 &&
                 (unsigned char)t[end - 3] == 0xE2)
            end -= 3; /* curly quotes */
        else
            break;
    }
    return end > start && t[end - 1] == '?';
}

static int word_is(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* w[0..n) (lower case, ending in "s") is the "-s" form of a WordNet verb:
 * "stems" (stem), "goes" (go), "carries" (carry).  The word itself minus
 * its ending, not its Snowball stem: the stem of "supporters" is
 * "support", a verb, but "supporters" is a noun (a caption's "migrants
 * and supporters of the group at the fence" has no finite verb). */
static int third_person_verb(const np_story *s, const char *w, size_t n)
{
    char buf[64];
    if (n < 2 || n > sizeof buf)
        return 0;
    if (np_wn_is_verb(s->wn, w, n - 1))
        return 1;
    if (n > 4 && w[n - 2] == 'e' && np_wn_is_verb(s->wn, w, n - 2))
        return 1;
    if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e') {
        memcpy(buf, w, n - 3);
        buf[n - 3] = 'y';
        return np_wn_is_verb(s->wn, buf, n - 2);
    }
    return 0;
}

/* Is token k a finite verb (prev: the word before it, or NULL): an
 * auxiliary or modal, a subject pronoun (what follows it is a clause), a
 * speech verb, a regular past ("-ed") not after an article, an irregular
 * form of WordNet's verb.exc, or (unless strong) a "-s" form whose stem is
 * a WordNet verb after a word that is not a determiner, or a plural
 * present: those two also fit plural nouns ("carrying banners"). */
static int finite_at(const np_story *s, const np_analysis *an, uint32_t k, const char *prev, size_t prev_n,
                     int strong)
{
    static const char *const aux[] = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                      "would", "can", "could", "should", "may", "might", "must", "do", "does",
                                      "did", "shall", "am", "isn't", "wasn't", "won't", "can't", "didn't", NULL};
    static const char *const adv[] = {"also", "not", "never", "still", "often", "now", "then", NULL};
    static const char *const subj[] = {"he", "she", "they", "we", "i", "you", "it", "who", NULL};
    static const char *const det[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                      "these", "those", "of", "some", "many", "all", NULL};
    static const char *const article[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                          "your", "this", "these", "those", NULL};
    const np_token *tk = &an->tokens[k];
    const char *w = tk->norm;
    size_t n = strlen(w);
    if (word_is(w, n, aux) || word_is(w, n, subj) || np_lex_is_speech_verb(an->text + tk->start, tk->end - tk->start))
        return 1;
    /* "it's", "we'll", "they're": a pronoun with its verb */
    const char *ap = memchr(w, '\'', n);
    if (ap && ap > w && word_is(w, (size_t)(ap - w), subj))
        return 1;
    if (tk->flags & NP_TOK_CAP)
        return 0;
    /* "-ed" after an article or a possessive qualifies a noun ("the
     * proposed visit", "their injured colleague"): no verb */
    if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && !(prev && word_is(prev, prev_n, article)))
        return 1;
    if (np_wn_is_verb(s->wn, w, n) == 2)
        return 1; /* an irregular form (verb.exc) */
    if (strong)
        return 0;
    /* a plural present after a plural noun or an adverb ("the questions
     * serve", "they also touch") */
    if (prev && np_wn_is_verb(s->wn, w, n) && prev_n > 3 &&
        ((prev[prev_n - 1] == 's' && prev[prev_n - 2] != 's') || (prev[prev_n - 2] == 'l' && prev[prev_n - 1] == 'y') ||
         word_is(prev, prev_n, adv)))
        return 1;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && third_person_verb(s, w, n) &&
           !(prev && word_is(prev, prev_n, det));
}

/* A finite verb among the sentence's words (finite_at()).  Without WordNet
 * every sentence is taken to have one. */
int np_story_clause_gap(const np_analysis *an, size_t k, int flags)
{
    const char *t = an->text;
    int asides = flags & NP_GAP_ASIDES, quotes = flags & NP_GAP_QUOTES;
    for (size_t p = an->tokens[k].end; p < an->tokens[k + 1].start; p++) {
        unsigned char c = (unsigned char)t[p];
        if (c == ',' || c == ';' || c == ':' || (asides && (c == '(' || c == ')')) || (quotes && c == '"'))
            return 1;
        if (c == 0xE2 && p + 2 < an->tokens[k + 1].start && (unsigned char)t[p + 1] == 0x80) {
            unsigned char d = (unsigned char)t[p + 2];
            if ((asides && (d == 0x93 || d == 0x94)) || (quotes && (d == 0x9C || d == 0x9D)))
                return 1; /* en or em dash; curly double quotes */
        }
    }
    return 0;
}

/* A finite verb among tokens [lo, hi) (finite_at()); flags: NP_VERB_NOT_FIRST
 * (story.h), and VERB_COMPOUNDS: the first word of a hyphen compound is no
 * verb ("a closed-door meeting"), its last is read after the word before
 * the compound ("Ruiz rear-ended a truck", but "the long-awaited report":
 * an adjective after its article).  Without WordNet every span has one. */
#define VERB_COMPOUNDS 4
static int finite_in_span(const np_story *s, const np_analysis *an, uint32_t lo, uint32_t hi, int flags)
{
    if (!s->wn)
        return 1;
    const char *prev = NULL, *before = NULL;
    size_t prev_n = 0, before_n = 0;
    int first = 1;
    for (uint32_t k = lo; k < hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!(tk->flags & NP_TOK_WORD) || !tk->norm)
            continue;
        int head = (flags & VERB_COMPOUNDS) && tk->end < an->len && an->text[tk->end] == '-';
        int tail = (flags & VERB_COMPOUNDS) && tk->start > 0 && an->text[tk->start - 1] == '-';
        if (!head && !(first && (flags & NP_VERB_NOT_FIRST)) &&
            finite_at(s, an, k, tail ? before : prev, tail ? before_n : prev_n, 0))
            return 1;
        first = 0;
        if (!tail) {
            before = prev;
            before_n = prev_n;
        }
        prev = tk->norm;
        prev_n = strlen(prev);
    }
    return 0;
}

static int span_has_finite_verb(const np_story *s, const np_analysis *an, uint32_t lo, uint32_t hi)
{
    return finite_in_span(s, an, lo, hi, 0);
}

int np_story_span_has_verb(const np_story *s, int doc, uint32_t lo, uint32_t hi, int flags)
{
    static const char *const before_noun[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                              "your", "this", "that", "these", "those", "of", "in", "on",
                                              "at", "by", "for", "with", "from", "into", "to", NULL};
    static const char *const object[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                         "him", "them", "it", "us", "me", "this", "these", "those", NULL};
    const np_analysis *an = &s->an[doc];
    if (finite_in_span(s, an, lo, hi, flags | VERB_COMPOUNDS))
        return 1;
    if (!(flags & NP_VERB_LOOSE))
        return 0;
    /* finite forms of verbs too short for the WordNet table (lemmas of
     * four letters up), not after a word that makes them nouns ("a hit") */
    static const char *const short_forms[] = {"saw", "sees", "ran", "runs", "won", "got", "gets", "met", "led",
                                              "hit", "cut", "set", "put", "puts", "let", "lets", "went", "goes",
                                              "ate", "sat", "fed", "fled", "fell", "flew", "shot", "held", NULL};
    for (uint32_t k = lo; k < hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!(tk->flags & NP_TOK_WORD) || (tk->flags & NP_TOK_CAP) || !tk->norm ||
            !word_is(tk->norm, strlen(tk->norm), short_forms))
            continue;
        if (k > lo && an->tokens[k - 1].norm &&
            word_is(an->tokens[k - 1].norm, strlen(an->tokens[k - 1].norm), before_noun))
            continue;
        if ((flags & NP_VERB_NOT_FIRST) && k == lo)
            continue;
        return 1;
    }
    /* a verb whose past is its base ("the river burst its banks"): a word
     * WordNet has as a verb after a word that does not make it a noun and
     * before its object ("a safety review on Monday" is a noun) */
    for (uint32_t k = lo + 1; k + 1 < hi; k++) {
        const np_token *tk = &an->tokens[k], *pv = &an->tokens[k - 1], *nx = &an->tokens[k + 1];
        if (!(tk->flags & NP_TOK_WORD) || (tk->flags & NP_TOK_CAP) || !tk->norm || !(pv->flags & NP_TOK_WORD) ||
            !pv->norm || word_is(pv->norm, strlen(pv->norm), before_noun) || !nx->norm ||
            !word_is(nx->norm, strlen(nx->norm), object))
            continue;
        if (np_wn_is_verb(s->wn, tk->norm, strlen(tk->norm)))
            return 1;
    }
    return 0;
}

static int has_finite_verb(const np_story *s, const np_analysis *an, const np_sent *se)
{
    return span_has_finite_verb(s, an, se->tok_lo, se->tok_hi);
}

/* A caption of people doing something: a noun phrase, a present
 * participle and no finite verb of its own ("Marchers carrying a banner to
 * the square where they will rally."); the verb of a relative clause after
 * it ("where they will rally") belongs to the noun before it.  The
 * participle within the first PARTICIPLE_AT words, no finite verb before
 * the first relative word after it, and none after that but the relative
 * clause's own, within REL_VERB_AT words of the relative word (a later one
 * is the main verb: "Marchers carrying signs that read 'Stop' gathered at
 * the square" is a sentence).  After the participle only the forms that
 * are no nouns count (finite_at() strong: "carrying banners"). */
#define PARTICIPLE_AT 4
#define REL_VERB_AT 2
static int participle_caption(const np_story *s, const np_analysis *an, const np_sent *se)
{
    static const char *const rel[] = {"where", "who", "which", "that", "when", "whom", "whose", NULL};
    if (!s->wn)
        return 0;
    const char *prev = NULL;
    size_t prev_n = 0, words = 0, rel_at = 0;
    int ing = 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!(tk->flags & NP_TOK_WORD) || !tk->norm)
            continue;
        const char *w = tk->norm;
        size_t n = strlen(w);
        words++;
        if (!ing) {
            if (words > PARTICIPLE_AT || finite_at(s, an, k, prev, prev_n, 0))
                return 0;
            ing = words > 1 && n > 5 && !strcmp(w + n - 3, "ing") && !(tk->flags & NP_TOK_CAP);
        } else if (!rel_at && word_is(w, n, rel)) {
            rel_at = words;
        } else if (finite_at(s, an, k, prev, prev_n, 1) && (!rel_at || words > rel_at + REL_VERB_AT)) {
            return 0;
        }
        prev = w;
        prev_n = n;
    }
    return ing;
}

/* The sentence tells a picture in the present: its first finite verb is
 * a present with no auxiliary ("Marchers cross the bridge ...", "Ana Ruiz
 * waves to ..."), not a speech verb ("Ana Ruiz writes that ...") nor a
 * scheduled event's ("the trial begins"), and no verb of it is in the past
 * ("crossed", "was", "has crossed", "will cross" all fail). */
static int present_scene(const np_story *s, const np_analysis *an, const np_sent *se)
{
    static const char *const not_present[] = {"is", "are", "was", "were", "be", "been", "has", "have", "had",
                                              "will", "would", "can", "could", "should", "may", "might",
                                              "must", "do", "does", "did", "shall", "am", NULL};
    static const char *const scheduled[] = {"begins", "begin", "opens", "open", "starts", "start", "ends", "end",
                                            "closes", "close", "resumes", "resume", "expires", "expire",
                                            "meets", "meet", "runs", "run", "takes", "take", NULL};
    if (!s->wn)
        return 0;
    const char *prev = NULL;
    size_t prev_n = 0;
    int first = 1;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!(tk->flags & NP_TOK_WORD) || !tk->norm)
            continue;
        const char *w = tk->norm;
        size_t n = strlen(w);
        if (finite_at(s, an, k, prev, prev_n, 0)) {
            int past = word_is(w, n, not_present) || memchr(w, '\'', n) || (n > 2 && !strcmp(w + n - 2, "ed")) ||
                       np_wn_is_verb(s->wn, w, n) == 2;
            if (past)
                return 0;
            if (first && (word_is(w, n, scheduled) || np_lex_is_speech_verb(w, n) ||
                          !(np_wn_is_verb(s->wn, w, n) == 1 || third_person_verb(s, w, n))))
                return 0;
            first = 0;
        }
        prev = w;
        prev_n = n;
    }
    return !first;
}

/* A photo or video caption with a verb: agency captions close with the
 * day the picture was taken, written in full with its year ("... at the
 * fence near the park, on May 3, 2031." / "..., Friday, May 2, 2031.").
 * Running text names a day of the week it reports on by its weekday, and
 * gives the year of a full date only for events farther away, so a
 * sentence ending in a full date of the week before publication (or the
 * day after, for time zones) is a caption; so is one ending in a day of
 * that week without its year when it tells the picture in the present
 * ("Marchers cross the bridge on May 2.": present_scene()). */
#define CAPTION_DAYS_BEFORE 7
static int dated_caption(const np_story *s, const np_analysis *an, const np_sent *se)
{
    /* the document's publication date; else (a date taken from its own
     * text could be the caption's) the latest reference date of the story */
    const char *ref = s->docs[se->doc]->published, *latest = NULL;
    for (size_t d = 0; !ref && s->ref_date && d < s->n_docs; d++)
        if (s->ref_date[d] && (!latest || strcmp(s->ref_date[d], latest) > 0))
            latest = s->ref_date[d];
    if (!ref)
        ref = latest;
    int64_t ry, y;
    int rm, rd, m, d;
    if (!ref || !np_date_parse_iso(ref, &ry, &rm, &rd))
        return 0;
    const np_date_mention *last = NULL;
    for (size_t k = 0; k < an->n_dates; k++)
        if (an->dates[k].start >= se->start && an->dates[k].end <= se->end)
            last = &an->dates[k];
    /* a day without its year only in the present of a picture ("... march
     * toward the quay on May 2."), and only a day before publication (or
     * the reference day of an undated text): running text tells a past day
     * in the past tense, and a scheduled one lies ahead */
    int yearless = last && (last->flags & NP_DATE_INFERRED_YEAR);
    if (!last || last->gran != NP_DATE_DAY || (last->flags & (NP_DATE_RELATIVE | NP_DATE_RANGE)) ||
        (yearless && !present_scene(s, an, se)) || !np_date_parse_iso(last->iso, &y, &m, &d))
        return 0;
    /* after a comma (", Friday, May 2, 2031", ", in Lyon, May 2, 2031")
     * or "on": not "a memo dated May 2, 2031"; a weekday opening the
     * mention (extract/date.c reads "Friday, May 2, 2031" as one) counts
     * as before the date ("in Lyon Friday, May 2, 2031") */
    size_t b = last->start, w = np_date_weekday_len(an->text, last);
    if (w && an->text[b + w] == ',')
        b += w + 1;
    while (b > se->start && an->text[b - 1] == ' ')
        b--;
    if (!(b > se->start && an->text[b - 1] == ',') &&
        !(b >= se->start + 3 && an->text[b - 3] == ' ' && an->text[b - 2] == 'o' && an->text[b - 1] == 'n'))
        return 0;
    /* only the closing period (and quotes or spaces) after the date */
    for (size_t e = last->end; e < se->end; e++) {
        char c = an->text[e];
        if (c != '.' && c != ' ' && c != '\n' && c != ')')
            return 0;
    }
    int64_t gap = np_days_from_civil(ry, rm, rd) - np_days_from_civil(y, m, d);
    /* a yearless day: before the publication day, or on the reference
     * day of an undated text (the writing day is that or later) */
    int exact = s->docs[se->doc]->published != NULL;
    return gap >= (yearless ? exact : -1) && gap <= CAPTION_DAYS_BEFORE;
}

/* A line pointing the reader to something else on the page ("The full
 * letter can be read below.", "Watch the video above."): its last word is
 * "below" or "above" and it has a verb of looking, reading or listening.
 * It tells where the page shows a document, not what happened. */
static int page_pointer(const np_analysis *an, const np_sent *se)
{
    static const char *const look[] = {"see", "seen", "read", "watch", "watched", "view", "viewed", "found",
                                       "listen", "heard", "shown", "embedded", "click", "scroll", NULL};
    uint32_t last = se->tok_hi;
    while (last > se->tok_lo && !(an->tokens[last - 1].flags & NP_TOK_WORD))
        last--;
    if (last == se->tok_lo || !an->tokens[last - 1].norm ||
        (strcmp(an->tokens[last - 1].norm, "below") && strcmp(an->tokens[last - 1].norm, "above")))
        return 0;
    for (uint32_t k = se->tok_lo; k + 1 < last; k++) {
        const char *w = an->tokens[k].norm;
        if (w && word_is(w, strlen(w), look))
            return 1;
    }
    return 0;
}

/* A question the sentence reports someone asked ("X asked: “Who will pay
 * for the quay?”", "one question reads: “What did you ...?”"): the
 * question is inside a quotation opened after the sentence's start, and a
 * speech verb stands before it; or the sentence is the quotation itself.
 * That someone asked it is a claim; the outlet's own question is none. */
static int reported_question(const np_analysis *an, const np_sent *se)
{
    size_t end = se->end;
    while (end > se->start && an->text[end - 1] != '?')
        end--;
    if (end == se->start)
        return 0;
    const np_quote *q = np_quote_at(an->quotes, an->n_quotes, end - 1);
    if (!q)
        return 0;
    /* a sentence that is the quoted question itself, one of a list of
     * someone's questions ("“What steps were taken to warn the ...?”"):
     * the outlet prints it in quotation marks, so it is not its own.  The
     * quotation's words start right after the sentence's first token, its
     * opening mark (a quotation that opened in an earlier sentence starts
     * before it) */
    if (q->start >= se->start && (se->tok_lo >= se->tok_hi || q->start <= an->tokens[se->tok_lo].start))
        return 1;
    if (q->start <= se->start)
        return 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi && an->tokens[k].end <= q->start; k++) {
        const np_token *t = &an->tokens[k];
        if ((t->flags & NP_TOK_WORD) && t->norm && np_lex_is_attribution_verb(t->norm, strlen(t->norm)))
            return 1; /* "asked", "asking", "wrote", "reads" */
    }
    return 0;
}

static int not_a_claim(const np_story *s, const np_analysis *an, const np_sent *se)
{
    if (is_heading(an, se) || is_bullet(an->text, se->start, se->end) ||
        (is_question(an->text, se->start, se->end) && !reported_question(an, se)) ||
        dated_caption(s, an, se) || page_pointer(an, se))
        return 1;
    size_t words = 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++)
        words += (an->tokens[k].flags & NP_TOK_WORD) != 0;
    if (words < CLAIM_MIN_WORDS)
        return 1;
    /* a caption, standing alone or glued to the text by the scraper */
    return !has_finite_verb(s, an, se) || participle_caption(s, an, se);
}

int np_story_tells_no_event(const np_story *s, uint32_t i)
{
    const np_sent *se = &s->sents[i];
    const np_analysis *an = &s->an[se->doc];
    return (is_heading(an, se) && !is_bullet(an->text, se->start, se->end)) ||
           (is_question(an->text, se->start, se->end) && !reported_question(an, se)) || page_pointer(an, se);
}

/* Same token norms (case, punctuation and a final period ignored). */
static int same_words(const np_analysis *an, const np_sent *a, const np_sent *b)
{
    if (a->tok_hi - a->tok_lo != b->tok_hi - b->tok_lo || a->tok_hi == a->tok_lo)
        return 0;
    for (uint32_t i = 0; i < a->tok_hi - a->tok_lo; i++)
        if (strcmp(an->tokens[a->tok_lo + i].norm, an->tokens[b->tok_lo + i].norm) != 0)
            return 0;
    return 1;
}

int np_story_agency(const char *text)
{
    /* each agency's credits, one agency per row; the bare name only in
     * parentheses, where it is a credit and not a mention */
    static const char *const credit[][3] = {
        {"(Reuters)", "Reuters -", NULL},
        {"(AP)", "Associated Press", NULL},
        {"(AFP)", "Agence France-Presse", "(AFP/"},
        {"(UPI)", "United Press International", NULL},
        {"(dpa)", "Deutsche Presse-Agentur", NULL},
    };
    if (!text)
        return 0;
    size_t n = strlen(text);
    /* the opening lines (a dateline credit) and the closing ones */
    size_t head = n < 400 ? n : 400, tail = n > 400 ? n - 400 : 0;
    for (size_t a = 0; a < sizeof credit / sizeof credit[0]; a++)
        for (size_t k = 0; k < 3 && credit[a][k]; k++) {
            const char *c = credit[a][k];
            size_t cn = strlen(c);
            for (const char *p = text; (p = strstr(p, c)) != NULL; p += cn) {
                size_t at = (size_t)(p - text);
                /* mentions in the body are not credits */
                if (at + cn <= head || at >= tail)
                    return (int)a + 1;
            }
        }
    return 0;
}

/* The agency a dispatch's dateline credits ("HOLMPORT, Dec 3 (Norpress) -",
 * np_outlet_agency_credit()), named or not in np_story_agency()'s list: a
 * number of its own for each credit (its words' hash), above that list's;
 * 0 when the first paragraph credits none. */
static int dateline_credit(const char *text)
{
    char name[64];
    size_t n = np_outlet_agency_credit(text, strlen(text), name, sizeof name);
    for (size_t k = 0; k < n; k++)
        name[k] = (char)tolower((unsigned char)name[k]);
    return n ? 64 + (int)(np_hash64(name, n, 0x637265646974ull) % 1000000u) : 0;
}

int np_story_doc_agency(const char *text)
{
    int a = np_story_agency(text);
    return a ? a : text ? dateline_credit(text) : 0;
}

/* The term key of a verb of speaking's polarity: "@" + its stem into
 * key (REPORT_KEY bytes); its length, 0 when the stem does not fit. */
#define REPORT_KEY 40
static size_t report_key(const char *stem, char key[REPORT_KEY])
{
    int kn = stem ? snprintf(key, REPORT_KEY, "@%s", stem) : 0;
    return kn > 1 && kn < REPORT_KEY ? (size_t)kn : 0;
}

/* The key of one name of an author list (a[0..n)): lower case, single
 * spaces; 0 unless it has two words or more (a full name, not "Staff"). */
static uint64_t reporter_key(const char *a, size_t n)
{
    char buf[96];
    size_t k = 0, words = 0;
    int space = 1;
    for (size_t i = 0; i < n && k + 1 < sizeof buf; i++) {
        unsigned char c = (unsigned char)a[i];
        if (c == ' ' || c == '\t') {
            space = 1;
            continue;
        }
        if (space && k)
            buf[k++] = ' ';
        if (space)
            words++;
        space = 0;
        buf[k++] = (char)tolower(c);
    }
    return words >= 2 ? np_hash64(buf, k, 0x7265706f72746572ull) | 1 : 0;
}

/* Agency numbers of one reporter's copies: above np_story_agency()'s
 * list and the dateline credits' hashes (64 + under 1,000,000). */
#define REPORTER_AGENCY 2000000

/* Documents of different outlets under one reporter's name ("By Ansel
 * Grieve" on one page, "Reporting by Ansel Grieve" under another) print
 * one report: a reporter files for one newsroom, and another outlet
 * running the piece reruns it, however subedited.  They share an agency
 * number: the one either credits, else one of the reporter's own. */
static np_status same_reporter(np_story *s)
{
    np_u64map first; /* reporter key -> 1 + the first document naming it */
    np_u64map_init(&first);
    np_status st = NP_OK;
    int next_reporter = 0;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const char *au = s->docs[d]->author, *out = s->docs[d]->outlet;
        for (const char *p = au; p && *p && st == NP_OK;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            uint64_t key = reporter_key(p, n);
            p = e ? e + 1 : p + n;
            if (!key)
                continue;
            uint64_t *v = np_u64map_slot(&first, key);
            if (!v) {
                st = NP_ENOMEM;
                break;
            }
            if (!*v) {
                *v = d + 1;
                continue;
            }
            size_t o = (size_t)(*v - 1);
            const char *oo = s->docs[o]->outlet;
            if (!out || !oo || strcmp(out, oo) == 0)
                continue; /* one outlet's two pages are one outlet anyway */
            if (!s->agency[o] && !s->agency[d])
                s->agency[o] = REPORTER_AGENCY + next_reporter++; /* a number no credit has */
            if (!s->agency[d])
                s->agency[d] = s->agency[o];
            else if (!s->agency[o])
                s->agency[o] = s->agency[d];
        }
    }
    np_u64map_free(&first);
    return st;
}

np_status np_story_terms(np_story *s)
{
    s->agency = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->agency);
    if (!s->agency)
        return NP_ENOMEM;
    for (size_t d = 0; d < s->n_docs; d++)
        s->agency[d] = np_story_doc_agency(s->docs[d]->text);
    np_status rst = same_reporter(s);
    if (rst != NP_OK)
        return rst;
    size_t total = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_sents;
    s->sents = np_arena_alloc(&s->work, (total + 1) * sizeof *s->sents);
    s->doc_sent0 = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->doc_sent0);
    if (!s->sents || !s->doc_sent0)
        return NP_ENOMEM;
    /* intern terms */
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        s->tok_term[d] = np_arena_alloc(&s->work, (an->n_tokens + 1) * sizeof(uint32_t));
        uint32_t *report = s->tok_report ? np_arena_alloc(&s->work, (an->n_tokens + 1) * sizeof(uint32_t)) : NULL;
        if (!s->tok_term[d] || (s->tok_report && !report))
            return NP_ENOMEM;
        if (s->tok_report)
            s->tok_report[d] = report;
        for (size_t k = 0; k < an->n_tokens; k++) {
            const np_token *tk = &an->tokens[k];
            s->tok_term[d][k] = NO_TERM;
            if (report)
                report[k] = NO_TERM;
            if (!(tk->flags & NP_TOK_CONTENT))
                continue;
            /* "said", "told", "added": attribution, not content — two
             * sentences do not state the same fact because both say "said";
             * but "did not confirm" denies what "confirmed" reports */
            if ((tk->flags & NP_TOK_WORD) && np_lex_is_speech_verb(an->text + tk->start, tk->end - tk->start)) {
                char key[REPORT_KEY];
                size_t kn = report_key(tk->stem ? tk->stem : tk->norm, key);
                if (report && kn && (report[k] = np_story_term(s, key, kn)) == NO_TERM)
                    return NP_ENOMEM;
                continue;
            }
            const char *key = tk->stem ? tk->stem : tk->norm;
            if (!key || !key[0] || (!(tk->flags & NP_TOK_NUMBER) && strlen(tk->norm) < 2))
                continue;
            if (!(tk->flags & NP_TOK_NUMBER))
                key = strip_negation(key);
            uint32_t id = np_story_term(s, key, term_key_len(key, (tk->flags & NP_TOK_NUMBER) != 0));
            if (id == NO_TERM)
                return NP_ENOMEM;
            s->tok_term[d][k] = id;
        }
    }
    /* the resolved date of each date mention is a term of its own, so
     * "Thursday" in one outlet meets "November 27" in another */
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        s->tok_date[d] = np_arena_alloc(&s->work, (an->n_tokens + 1) * sizeof(uint32_t));
        if (!s->tok_date[d])
            return NP_ENOMEM;
        for (size_t k = 0; k < an->n_tokens; k++)
            s->tok_date[d][k] = NO_TERM;
        for (size_t i = 0; i < an->n_dates; i++) {
            const np_date_mention *m = &an->dates[i];
            if (!m->iso[0] || (m->flags & NP_DATE_UNRESOLVED) || m->gran == NP_DATE_YEAR)
                continue;
            size_t k = np_story_token_at(an, m->start);
            if (k >= an->n_tokens || an->tokens[k].start >= m->end)
                continue;
            char key[16];
            int kn = snprintf(key, sizeof key, "@%s", m->iso);
            uint32_t id = np_story_term(s, key, (size_t)kn);
            if (id == NO_TERM)
                return NP_ENOMEM;
            s->tok_date[d][k] = id;
        }
    }
    return NP_OK;
}

/* Event words of a sentence (np_sent.ev): content words in lower case
 * that lie in no entity mention.  A capitalised word counts only as the
 * sentence's first word outside a name ("Officials", "Tariffs").  Terms
 * are synonym classes, sorted and unique. */
static np_status event_terms(np_story *s, np_sent *se)
{
    return np_story_events_span(s, se->doc, se->start, se->tok_lo, se->tok_hi, &se->ev, &se->n_ev, &se->pol,
                                &se->n_pol);
}

/* A word that negates the verb after it: "not", "never", "didn't", and
 * "without" the word after it ("released without charge" was not
 * charged).  ("no" negates a noun: "no evidence of", which says nothing
 * about the action.) */
static int negation_word(const char *w)
{
    static const char *const neg[] = {"not", "never", "nor", "neither", "cannot", "without", NULL};
    size_t n = strlen(w);
    if (n > 3 && strcmp(w + n - 3, "n't") == 0)
        return 1;
    return np_lex_word_in(w, neg);
}

/* A verb that negates the verb it governs: "refused to sign", "declined
 * to comment", "failed to agree" (to_seen: a "to" lies between); "denied"
 * negates what it governs with or without "to" ("denied coaching"). */
static int negating_verb(const np_token *tk, int to_seen)
{
    static const char *const with_to[] = {"refus", "declin", "fail", NULL};
    if (!tk->stem)
        return 0;
    if (!strcmp(tk->stem, "deni") || !strcmp(tk->stem, "deny"))
        return 1;
    if (!to_seen)
        return 0;
    for (size_t i = 0; with_to[i]; i++)
        if (!strncmp(tk->stem, with_to[i], strlen(with_to[i])))
            return 1;
    return 0;
}

#define NEG_WINDOW 6 /* tokens between a negation and the word it negates */

/* "No flood warning was issued", "no bodies have been found", "no jobs
 * will be cut": a subject opened by "no" negates its passive or perfect
 * verb (k), as "was not issued" does; noun is the subject's last word,
 * auxiliaries only between it and k.  Not "the no campaign", not "No. 10"
 * or "No 10 officials", not "no more than 300 people", not "with no
 * warning residents were evacuated", not "no doubt". */
/* The auxiliaries that may stand between a subject opened by "no" and its
 * verb (no_subject(), denied_event_noun()). */
static const char *const k_no_subject_aux[] = {"are",   "be",    "been",  "being",  "can", "could", "had",
                                               "has",   "have",  "is",    "may",    "might", "shall", "should",
                                               "was",   "were",  "will",  "would",  NULL};

#define NO_SUBJECT_WORDS 5
static int no_subject(const np_analysis *an, uint32_t noun, uint32_t k, uint32_t lo)
{
    /* what may stand before a clause's subject: "..., and no warning was",
     * a verb of speaking ("said no warning had been issued") */
    static const char *const opener[] = {"although", "and", "as", "because", "but", "so", "that", "though",
                                         "while", "yet", NULL};
    static const char *const idiom[] = {"doubt", "matter", "wonder", NULL}; /* "no doubt", "no wonder" */
    if (noun + 1 >= k)
        return 0; /* active "no nation owns it": said as often "it belongs to no nation" */
    for (uint32_t q = noun + 1; q < k; q++)
        if (!an->tokens[q].norm || !np_lex_word_in(an->tokens[q].norm, k_no_subject_aux))
            return 0;
    /* up to NO_SUBJECT_WORDS words between "no" and its noun, "or" / "and"
     * joining two of them ("no bank or payment card details had been
     * accessed") */
    for (uint32_t q = noun; q > lo && noun - q < NO_SUBJECT_WORDS; q--) {
        const np_token *p = &an->tokens[q - 1];
        if (!p->norm || an->tokens[q].start != p->end + 1 || an->text[p->end] != ' ')
            return 0;
        /* one modifier, then "or"/"and", right after "no" ("no bank or
         * payment card details"); never a clause joined ("No alarm sounded
         * and nearby residents were evacuated") */
        if ((!strcmp(p->norm, "or") || !strcmp(p->norm, "and")) && q < noun) {
            if (!(q >= lo + 3 && an->tokens[q - 3].norm && !strcmp(an->tokens[q - 3].norm, "no")))
                return 0;
            continue;
        }
        if (!strcmp(p->norm, "no")) {
            /* "no" opens the clause: at its start, after a comma or a
             * conjunction; not "With no warning, ...", "the no campaign" */
            if (np_lex_word_in(an->tokens[q].norm ? an->tokens[q].norm : "", idiom))
                return 0;
            if (q - 1 == lo)
                return 1;
            const np_token *before = &an->tokens[q - 2];
            return memchr(an->text + before->end, ',', p->start - before->end) ||
                   memchr(an->text + before->end, ';', p->start - before->end) ||
                   (before->norm && (np_lex_word_in(before->norm, opener) ||
                                     np_lex_is_speech_verb(before->norm, strlen(before->norm))));
        }
        if (!(p->flags & NP_TOK_CONTENT) || (p->flags & (NP_TOK_CAP | NP_TOK_NUMBER)))
            return 0; /* "No 10 officials were briefed": a name */
    }
    return 0;
}

/* "No arrests were made", "no charges have been filed": the noun at k,
 * opened by "no" (no_subject()), names the event a light verb after it
 * only reports; the event is negated, as in "nobody was arrested", and
 * clashes with "two men were arrested" (one term: the stems agree). */
static int denied_event_noun(const np_analysis *an, uint32_t k, uint32_t lo, uint32_t hi)
{
    static const char *const light[] = {"brought", "carried", "conducted", "filed", "given", "held", "laid",
                                        "made", "recorded", "reported", "taken", NULL};
    int no = 0; /* a "no" right before the noun's phrase: the cheap test first */
    for (uint32_t q = k; q > lo && k - q < 3 && !no; q--)
        no = an->tokens[q - 1].norm && an->tokens[q - 1].norm[0] == 'n' && !strcmp(an->tokens[q - 1].norm, "no");
    if (!no)
        return 0;
    uint32_t v = k + 1;
    while (v < hi && v < k + 4 && an->tokens[v].norm && np_lex_word_in(an->tokens[v].norm, k_no_subject_aux))
        v++;
    return v > k + 1 && v < hi && an->tokens[v].norm && np_lex_word_in(an->tokens[v].norm, light) &&
           no_subject(an, k, v, lo);
}

/* A negation at token j (cue) in a condition or a restrictive relative
 * clause is no assertion: "if Ukraine does not withdraw", "countries that
 * don't have exemptions", "migrants who do not pass".  Looks back over at
 * most three function words or names for "if", "unless", "whether",
 * "who", "which", and for "that" right before the cue or its auxiliary
 * ("said that it would not sign" stays a negation). */
static int hedged_negation(const np_analysis *an, uint32_t j, uint32_t lo)
{
    int relative = 1; /* only function words and names so far */
    for (uint32_t q = j, n = 0; q > lo && n < 5; q--, n++) {
        const np_token *p = &an->tokens[q - 1];
        if (!p->norm)
            return 0;
        if (!strcmp(p->norm, "if") || !strcmp(p->norm, "unless") || !strcmp(p->norm, "whether"))
            return 1;
        if (relative && n < 3 &&
            (!strcmp(p->norm, "who") || !strcmp(p->norm, "which") || (!strcmp(p->norm, "that") && n < 2)))
            return 1;
        if ((p->flags & NP_TOK_CONTENT) && !(p->flags & NP_TOK_CAP))
            relative = 0;
    }
    return 0;
}

/* A word right after a determiner, a possessive or a preposition is a
 * noun here ("the questions", "of the signing"): it names a thing, it is
 * not the action the sentence asserts; nor is an action asked about
 * ("whether to sign"). */
static int nominal(const np_analysis *an, uint32_t k, uint32_t lo)
{
    /* "whether to re-certify": an open question, neither yes nor no */
    for (uint32_t q = k, n = 0; q > lo && n < 4; q--, n++) {
        const char *w = an->tokens[q - 1].norm;
        if (!w)
            break;
        if (!strcmp(w, "whether"))
            return 1;
        if ((an->tokens[q - 1].flags & NP_TOK_CONTENT) && strlen(w) > 2)
            break;
    }
    static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                                      "those", "of", "for", "on", "in", "with", "by", "any", "no", NULL};
    return k > lo && np_lex_word_in(an->tokens[k - 1].norm, det);
}

/* A negation at token j that the sentence calls a lie: "lied about never
 * having dumped waste", "lied when she said she had not signed", "falsely
 * claimed it did not know".  What it denies is what the sentence asserts
 * happened, so the word it negates is stated plainly (and clashes with
 * another outlet's "must never dump").  Only that shape: the lie word
 * ("lied", "lies", "lying", "lie") followed by "about" or "when", or
 * "falsely" followed by a verb of claiming, then only pronouns,
 * auxiliaries, "that", speech verbs and -ly adverbs up to the negation
 * (LIE_WINDOW tokens at most, no punctuation).  Whatever else follows a
 * lie word is another clause ("lied and did not resign", "lied because
 * he did not trust", "lies where it cannot be reached"), and a lie denied,
 * doubted or asked about ("denied lying about never having", "did not lie
 * when", "may have lied", "whether it lied") asserts nothing. */
#define LIE_WINDOW 8
#define LIE_DOUBT_WINDOW 8 /* words before the lie word, in its clause, that may deny or doubt it */

static int ly_token(const np_token *t)
{
    return t->norm && np_lex_is_ly_adverb(t->norm, strlen(t->norm));
}

/* Only spaces between token q - 1 and token q (no punctuation, no line
 * break). */
static int spaced(const np_analysis *an, uint32_t q)
{
    for (size_t x = an->tokens[q - 1].end; x < an->tokens[q].start; x++)
        if (an->text[x] != ' ')
            return 0;
    return 1;
}

static int lie_doubted(const np_analysis *an, uint32_t at)
{
    static const char *const doubt[] = {"may",     "might",  "could",  "whether", "if",     "unless",
                                        "denied",  "deny",   "denies", "denying", "nobody", "no", NULL};
    for (uint32_t q = at, n = 0; q > 0 && n < LIE_DOUBT_WINDOW; q--, n++) {
        const np_token *p = &an->tokens[q - 1];
        if (!p->norm || !spaced(an, q))
            return 0; /* its clause starts after punctuation */
        if (negation_word(p->norm) || np_lex_word_in(p->norm, doubt))
            return 1;
    }
    return 0;
}

static int called_false(const np_analysis *an, uint32_t j)
{
    static const char *const lie[] = {"lied", "lying", "lies", "lie", NULL};
    static const char *const claim[] = {"said", "says", "claimed", "claims", "stated", "insisted", "asserted", NULL};
    static const char *const between[] = {"about", "when", "that", "it", "he", "she", "they", "we", "i", "you",
                                          "had", "has", "have", "having", "was", "were", "is", "are", "did",
                                          "does", "do", "been", "ever", NULL};
    for (uint32_t q = j, n = 0; q > 0 && n < LIE_WINDOW; q--, n++) {
        const np_token *p = &an->tokens[q - 1];
        if (!p->norm || !spaced(an, q))
            return 0; /* punctuation between */
        uint32_t next = q; /* the token after p */
        if (next < j && ly_token(&an->tokens[next]))
            next++;
        const char *after = next < j ? an->tokens[next].norm : NULL;
        if (np_lex_word_in(p->norm, lie))
            return after && (!strcmp(after, "about") || !strcmp(after, "when")) && !lie_doubted(an, q - 1);
        if (!strcmp(p->norm, "falsely"))
            return after && np_lex_word_in(after, claim) && !lie_doubted(an, q - 1);
        if (!np_lex_word_in(p->norm, between) && !np_lex_is_speech_verb(p->norm, strlen(p->norm)) && !ly_token(p))
            return 0;
    }
    return 0;
}

/* Token j (a negating verb) follows "falsely", the lie undoubted
 * ("falsely denied dumping"; not "may have falsely denied"). */
static int falsely_before(const np_analysis *an, uint32_t j)
{
    return j >= 1 && an->tokens[j - 1].norm && !strcmp(an->tokens[j - 1].norm, "falsely") && spaced(an, j) &&
           !lie_doubted(an, j - 1);
}

/* Is token k (a content word) negated: the first content word after a
 * negation word or a negating verb ("did not sign", "has never been
 * signed", "refused on Tuesday to sign")?  Only function words, names,
 * figures and -ly adverbs may stand between, and no punctuation: the
 * negation is about the action, not about every word after it ("declined
 * to attend the opening": "opening" is not negated).  lo: first token of
 * the sentence.  Returns 1 when negated, 2 when neither asserted nor
 * denied (a hedged negation, the complement of a negated verb), 3 when the
 * negation is called a lie (called_false(), "falsely denied": the word is
 * asserted), else 0. */
static int negated(const np_analysis *an, uint32_t k, uint32_t lo, int depth)
{
    int to_seen = 0;
    for (uint32_t j = k; j > lo && k - j < NEG_WINDOW; j--) {
        const np_token *p = &an->tokens[j - 1];
        const char *gap = an->text + p->end;
        size_t glen = an->tokens[j].start - p->end;
        for (size_t g = 0; g < glen; g++)
            if (gap[g] == ',' || gap[g] == ';' || gap[g] == ':' || gap[g] == '"' || (unsigned char)gap[g] == 0xE2)
                return 0;
        if (!p->norm)
            return 0;
        int word = negation_word(p->norm);
        if (word || negating_verb(p, to_seen)) {
            /* a negation the sentence calls a lie ("lied about never having
             * dumped"), or a denial called false ("falsely denied dumping"):
             * what was denied happened */
            if (word ? called_false(an, j - 1) : falsely_before(an, j - 1))
                return 3;
            return hedged_negation(an, j - 1, lo) ? 2 : 1;
        }
        size_t n = strlen(p->norm);
        if (!strcmp(p->norm, "to"))
            to_seen = 1;
        else if (!strcmp(p->norm, "that"))
            /* "never claimed that she felt ignored": the complement of a
             * negated verb is not asserted either */
            return depth || j - 1 <= lo || !(an->tokens[j - 2].flags & NP_TOK_CONTENT)
                       ? 0
                       : negated(an, j - 2, lo, 1) == 1 ? 2 : 0;
        else if ((p->flags & NP_TOK_CONTENT) && !(p->flags & (NP_TOK_CAP | NP_TOK_NUMBER)) &&
                 !np_lex_is_ly_adverb(p->norm, n))
            /* another content word: the negation, if any, is about it,
             * unless it is the verb's subject opened by "no" */
            return !depth && no_subject(an, j - 1, k, lo) ? (hedged_negation(an, j - 1, lo) ? 2 : 1) : 0;
    }
    return 0;
}

/* Verbs of speaking that grant what a denial refuses (Snowball stems):
 * "X denied failing to declare the stake" and "X admitted failing to
 * declare the stake" state opposite things in the same words, as "did not
 * confirm" and "confirmed" do. */
#define DENIED_REPORTS 4
static const char *const k_granting_reports[DENIED_REPORTS] = {"acknowledg", "admit", "conced", "confirm"};

/* A plain denial at tk ("denied", "denies") writes into out a negated
 * report of each granting verb the story uses; their number. */
static size_t denied_reports(const np_story *s, const np_token *tk, uint32_t *out)
{
    const char *stem = tk->stem ? tk->stem : tk->norm;
    if (!stem || (strcmp(stem, "deni") && strcmp(stem, "deny")))
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < DENIED_REPORTS; i++) {
        char key[REPORT_KEY];
        size_t kn = report_key(k_granting_reports[i], key);
        uint32_t r = kn ? np_story_term_find(s, key, kn) : NO_TERM;
        if (r != NO_TERM)
            out[n++] = r << 1 | 1u;
    }
    return n;
}

/* "Police arrested no one", "found no evidence of", "killed nobody": a
 * verb at k (in the past, after its subject: no noun reading) whose object
 * is opened by a word of none negates it, as "did not arrest anyone" does.
 * Not "voted no" nor "said no" (no object after "no"), nor "no more
 * than" (a bound). */
static int denied_object(const np_analysis *an, uint32_t k, uint32_t lo, uint32_t hi)
{
    static const char *const none[] = {"no-one", "nobody", "none", "noone", "nothing", NULL};
    const char *v = an->tokens[k].norm;
    size_t vn = v ? strlen(v) : 0;
    if (k + 1 >= hi || vn < 4 || strcmp(v + vn - 2, "ed") != 0)
        return 0;
    const np_token *o = &an->tokens[k + 1];
    if (!o->norm || o->norm[0] != 'n' || o->start != an->tokens[k].end + 1 || nominal(an, k, lo))
        return 0;
    if (np_lex_word_in(o->norm, none))
        return 1;
    if (strcmp(o->norm, "no") != 0 || k + 2 >= hi)
        return 0;
    const np_token *w = &an->tokens[k + 2];
    return w->norm && (w->flags & NP_TOK_WORD) && !(w->flags & NP_TOK_CAP) && w->start == o->end + 1 &&
           strcmp(w->norm, "more") != 0 && strcmp(w->norm, "less") != 0 && strcmp(w->norm, "longer") != 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

np_status np_story_events_span(np_story *s, int doc, size_t start, uint32_t tok_lo, uint32_t tok_hi, uint32_t **ev_out,
                               uint32_t *n_out, uint32_t **pol_out, uint32_t *n_pol_out)
{
    const np_analysis *an = &s->an[doc];
    size_t n = tok_hi - tok_lo;
    *ev_out = NULL;
    *n_out = 0;
    if (pol_out) {
        *pol_out = NULL;
        *n_pol_out = 0;
    }
    if (!n)
        return NP_OK;
    uint32_t *ev = np_arena_alloc(&s->work, n * sizeof *ev);
    /* pol: a term's polarity, and a verb of speaking's; a denied one
     * ("did not confirm") may hold both */
    uint32_t *pol = np_arena_alloc(&s->work, (2 + DENIED_REPORTS) * n * sizeof *pol);
    uint64_t *occ = np_malloc(n * sizeof *occ); /* term << 2 | use, per occurrence: 0 verb, 1 noun, 2 negated */
    /* verbs of speaking: term << 1 | negated (a denial adds DENIED_REPORTS) */
    uint32_t *report = np_malloc(n * (1 + DENIED_REPORTS) * sizeof *report);
    if (!ev || !pol || !occ || !report) {
        np_free(occ);
        np_free(report);
        return NP_ENOMEM;
    }
    /* entity mentions are in text order: walk them alongside */
    size_t lo = 0, hi = an->n_ents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (an->ents[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t m = lo, u = 0, nr = 0;
    int first = 1;
    for (uint32_t k = tok_lo; k < tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        int was_first = first;
        if (tk->flags & NP_TOK_WORD)
            first = 0;
        while (m < an->n_ents && an->ents[m].end <= tk->start)
            m++;
        if (m < an->n_ents && an->ents[m].start <= tk->start)
            continue; /* inside a name */
        if (s->tok_report && s->tok_report[doc][k] != NO_TERM) {
            /* a verb of speaking: its polarity only, after the terms */
            int ng = negated(an, k, tok_lo, 0);
            if (ng <= 1)
                report[nr++] = s->tok_report[doc][k] << 1 | (uint32_t)(ng == 1);
            if (ng == 0)
                nr += denied_reports(s, tk, report + nr);
            continue;
        }
        uint32_t t = s->tok_term[doc][k];
        if (t == NO_TERM || !(tk->flags & NP_TOK_WORD) || (tk->flags & NP_TOK_ALLCAPS))
            continue;
        if ((tk->flags & NP_TOK_CAP) && !was_first)
            continue;
        t = s->syn ? s->syn[t] : t;
        /* a hedged negation ("if they do not leave") or the complement
         * of a negated verb says neither yes nor no: like a noun, no polarity */
        int ng = negated(an, k, tok_lo, 0);
        if (!ng && (denied_event_noun(an, k, tok_lo, tok_hi) || denied_object(an, k, tok_lo, tok_hi)))
            ng = 1;
        uint64_t use = ng == 3 ? 0 : ng == 1 ? 2 : ng == 2 || nominal(an, k, tok_lo) ? 1 : 0;
        occ[u++] = (uint64_t)t << 2 | use;
        /* "did not confirm": the base form is a term, the past "confirmed"
         * a verb of speaking; the denial clashes with the report too */
        if (ng == 1 && s->tok_report) {
            char key[REPORT_KEY];
            size_t kn = report_key(tk->stem ? tk->stem : tk->norm, key);
            uint32_t r = kn ? np_story_term_find(s, key, kn) : NO_TERM;
            if (r != NO_TERM)
                report[nr++] = r << 1 | 1u;
        }
    }
    qsort(occ, u, sizeof *occ, cmp_u64);
    /* per term (its occurrences sorted verb, noun, negated): plain when
     * some use is a verb, negated when every use is negated */
    size_t w = 0, wp = 0;
    for (size_t i = 0; i < u;) {
        uint32_t t = (uint32_t)(occ[i] >> 2);
        size_t j = i;
        while (j < u && (uint32_t)(occ[j] >> 2) == t)
            j++;
        ev[w++] = t;
        if ((occ[i] & 3) == 0)
            pol[wp++] = t << 1;
        else if ((occ[i] & 3) == 2)
            pol[wp++] = t << 1 | 1;
        i = j;
    }
    np_free(occ);
    /* verbs of speaking (no event words): plain when one use is plain,
     * negated when every use is ("did not confirm"); then pol is sorted
     * again (their "@" terms' ids lie among the other terms') */
    if (nr) {
        qsort(report, nr, sizeof *report, cmp_u32);
        for (size_t i = 0; i < nr; i++)
            if (!i || report[i] >> 1 != report[i - 1] >> 1)
                pol[wp++] = report[i];
        qsort(pol, wp, sizeof *pol, cmp_u32);
    }
    np_free(report);
    *ev_out = ev;
    *n_out = (uint32_t)w;
    if (pol_out) {
        *pol_out = pol;
        *n_pol_out = (uint32_t)wp;
    }
    return NP_OK;
}

size_t np_story_u64_lower_bound(const uint64_t *a, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int np_story_opposed(const np_story *s, uint32_t a, uint32_t b, const uint32_t *ev, uint32_t n_ev)
{
    uint64_t key = a < b ? (uint64_t)a << 32 | b : (uint64_t)b << 32 | a;
    for (size_t lo = np_story_u64_lower_bound(s->opposed, s->n_opposed, key); lo < s->n_opposed && s->opposed[lo] == key;
         lo++)
        if (!ev || np_story_sorted_index(ev, n_ev, s->opposed_verb[lo]) >= 0)
            return 1;
    return 0;
}

uint32_t np_story_sorted_common(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
    uint32_t n = 0;
    for (uint32_t i = 0, j = 0; i < na && j < nb;) {
        if (a[i] == b[j]) {
            n++;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

long np_story_sorted_index(const uint32_t *a, uint32_t n, uint32_t t)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (a[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && a[lo] == t ? (long)lo : -1;
}

int np_story_polarity_clash(const uint32_t *pol_a, uint32_t n_a, const uint32_t *pol_b, uint32_t n_b)
{
    for (uint32_t i = 0; i < n_a; i++)
        if (np_story_sorted_index(pol_b, n_b, pol_a[i] ^ 1u) >= 0)
            return 1;
    return 0;
}

/* A sentence whose words all stand, in order, inside a longer sentence of
 * the same document (a pull quote set apart from the paragraph that
 * quotes it whole, "'The night crews carried this port for years.'" beside
 * "'The night crews carried this port for years,' said Ana Ruiz, calling
 * the plan an insult") states nothing that sentence does not: it is a
 * repeat, as a sentence printed twice is, and
 * states no claim of its own.  Sentences of REPEAT_MIN_WORDS words or more;
 * the longer one must itself state a claim.  The sentences' first three
 * words go into a small table that one pass over the document's words
 * probes, so a long document costs about its number of words. */
#define REPEAT_MIN_WORDS 8

static uint64_t three_words(const uint64_t *wh)
{
    return np_hash_mix64(wh[0] * 0x9e3779b97f4a7c15ull ^ wh[1] * 0xc2b2ae3d27d4eb4full ^ wh[2]);
}

static np_status mark_contained_repeats(np_story *s, size_t d, size_t s0, size_t s1)
{
    const np_analysis *an = &s->an[d];
    size_t nw = 0, nq = 0;
    for (size_t i = s0; i < s1; i++) {
        size_t n = 0;
        for (uint32_t k = s->sents[i].tok_lo; k < s->sents[i].tok_hi; k++)
            n += (an->tokens[k].flags & (NP_TOK_WORD | NP_TOK_NUMBER)) != 0;
        nw += n;
        nq += n >= REPEAT_MIN_WORDS && !s->sents[i].no_fact;
    }
    if (nq < 1 || nw < 2 * REPEAT_MIN_WORDS)
        return NP_OK;
    size_t cap = 8;
    while (cap < 2 * nq)
        cap *= 2;
    size_t ns = s1 - s0;
    uint64_t *wh = np_malloc(nw * sizeof *wh);               /* each word's hash */
    uint32_t *sent_of = np_malloc(nw * sizeof *sent_of);     /* each word's sentence */
    uint32_t *first = np_malloc((ns + 1) * sizeof *first);   /* each sentence's first word */
    uint32_t *slot = np_malloc(cap * sizeof *slot);          /* sentence + 1 heading a chain, 0 empty */
    uint32_t *next = np_calloc(ns + 1, sizeof *next);        /* next sentence + 1 with the same slot */
    uint64_t *key = np_malloc((ns + 1) * sizeof *key);       /* each query sentence's three words */
    unsigned char *repeat = np_calloc(ns + 1, 1);
    np_status st = wh && sent_of && first && slot && next && key && repeat ? NP_OK : NP_ENOMEM;
    if (st == NP_OK) {
        size_t w = 0;
        for (size_t i = 0; i < ns; i++) {
            first[i] = (uint32_t)w;
            const np_sent *se = &s->sents[s0 + i];
            for (uint32_t k = se->tok_lo; k < se->tok_hi; k++)
                if (an->tokens[k].flags & (NP_TOK_WORD | NP_TOK_NUMBER)) {
                    wh[w] = np_hash64(an->tokens[k].norm, strlen(an->tokens[k].norm), 0x72657065u);
                    sent_of[w++] = (uint32_t)i;
                }
        }
        first[ns] = (uint32_t)w;
        memset(slot, 0, cap * sizeof *slot);
        for (size_t i = 0; i < ns; i++) {
            if (first[i + 1] - first[i] < REPEAT_MIN_WORDS || s->sents[s0 + i].no_fact)
                continue;
            key[i] = three_words(&wh[first[i]]);
            size_t h = key[i] & (cap - 1);
            while (slot[h] && key[slot[h] - 1] != key[i])
                h = (h + 1) & (cap - 1);
            next[i] = slot[h];
            slot[h] = (uint32_t)i + 1;
        }
        for (size_t x = 0; x + 2 < nw; x++) {
            size_t j = sent_of[x];
            if (sent_of[x + 2] != j || s->sents[s0 + j].no_fact)
                continue;
            uint64_t k3 = three_words(&wh[x]);
            size_t h = k3 & (cap - 1);
            while (slot[h] && key[slot[h] - 1] != k3)
                h = (h + 1) & (cap - 1);
            for (uint32_t q = slot[h]; q; q = next[q - 1]) {
                size_t i = q - 1, a0 = first[i], len = first[i + 1] - a0;
                if (i == j || repeat[i] || first[j + 1] - first[j] <= len || x + len > first[j + 1])
                    continue;
                size_t m = 0;
                while (m < len && wh[a0 + m] == wh[x + m])
                    m++;
                repeat[i] = m == len;
            }
        }
        for (size_t i = 0; i < ns; i++)
            if (repeat[i])
                s->sents[s0 + i].no_fact = 1;
    }
    np_free(wh);
    np_free(sent_of);
    np_free(first);
    np_free(slot);
    np_free(next);
    np_free(key);
    np_free(repeat);
    return st;
}

np_status np_story_sentences(np_story *s)
{
    np_status st;
    /* sentences and document frequencies (per sentence) */
    uint32_t *last = np_arena_alloc(&s->work, (s->n_terms + 1) * sizeof *last);
    if (!last)
        return NP_ENOMEM;
    for (size_t t = 0; t < s->n_terms; t++)
        last[t] = UINT32_MAX;
    size_t si = 0;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        s->doc_sent0[d] = si;
        size_t k = 0;
        for (size_t j = 0; j < an->n_sents; j++) {
            np_sent *se = &s->sents[si];
            se->doc = (int)d;
            se->start = an->sents[j].start;
            se->end = an->sents[j].end;
            while (k < an->n_tokens && an->tokens[k].start < se->start)
                k++;
            se->tok_lo = (uint32_t)k;
            while (k < an->n_tokens && an->tokens[k].start < se->end) {
                uint32_t t = s->tok_term[d][k];
                if (t != NO_TERM) {
                    if (s->syn)
                        t = s->syn[t];
                    se->n_content++;
                    if (last[t] != si) {
                        last[t] = (uint32_t)si;
                        s->term_df[t]++;
                    }
                }
                t = s->tok_date[d][k];
                if (t != NO_TERM && last[t] != si) {
                    last[t] = (uint32_t)si;
                    s->term_df[t]++;
                }
                k++;
            }
            se->tok_hi = (uint32_t)k;
            se->no_fact = not_a_claim(s, an, se);
            /* a sentence repeated in the same document (headline printed
             * twice, a pull quote) is one statement: keep the first */
            for (size_t p = s->doc_sent0[d]; p < si && !se->no_fact; p++) {
                const np_sent *o = &s->sents[p];
                if (same_words(an, o, se))
                    se->no_fact = 1;
            }
            si++;
        }
        if ((st = mark_contained_repeats(s, d, s->doc_sent0[d], si)) != NP_OK)
            return st;
    }
    s->doc_sent0[s->n_docs] = si;
    s->n_sents = si;
    s->idf = np_arena_alloc(&s->work, (s->n_terms + 1) * sizeof *s->idf);
    if (!s->idf)
        return NP_ENOMEM;
    for (size_t t = 0; t < s->n_terms; t++)
        s->idf[t] = s->term_df[t] ? logf(1.0f + (float)si / (float)s->term_df[t]) : 0.0f;
    for (size_t i = 0; i < si; i++) {
        if ((st = event_terms(s, &s->sents[i])) != NP_OK)
            return st;
        st = vec_from_tokens(s, s->sents[i].doc, s->sents[i].tok_lo, s->sents[i].tok_hi, &s->sents[i].vec);
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* ---------------------------------------------------------------- free */

void np_story_free(np_story *s)
{
    np_stemmer_free(s->st);
    np_entity_linker_free(s->lk);
    np_free(s->term_str);
    np_free(s->term_df);
    np_free(s->term_hash);
    np_free(s->edges);
    memo_free(s->memo);
    s->memo = NULL;
    np_arena_free(&s->work);
}


/* ------------------------------------------------------------- clauses */

/* Words that open a clause of their own after a comma ("..., and police
 * said", "..., while the ministry ...", "..., after talks ..."), and those
 * that open one even without a comma (contrast: "while", "whereas"). */
static int clause_word_after_comma(const char *w)
{
    static const char *const conj[] = {"and", "but", "while", "whereas", "although", "though", "after",
                                       "before", "because", "yet", "adding", "saying", NULL};
    for (size_t i = 0; conj[i]; i++)
        if (!strcmp(w, conj[i]))
            return 1;
    return 0;
}

#define RELATIVE_CLAUSES 1 /* relative clauses are claim units (np_story_relative_antecedent()) */

/* A word that opens a noun phrase naming one thing: "the deal", "its plan". */
static int determiner(const char *w)
{
    static const char *const det[] = {"the", "this", "its", "his", "her", "their", NULL};
    for (size_t i = 0; det[i]; i++)
        if (!strcmp(w, det[i]))
            return 1;
    return 0;
}

/* The first byte of what a non-restrictive relative clause opening at
 * token k is about: "..., who" / "..., which" / "..., where" right after a
 * name ("Michael Flynn, who has pleaded guilty"; "the Halden Dam, which
 * opened in May"; "in Tarnow, where the mill closed") or after a noun
 * phrase of a determiner and at most three words ("the new tram line,
 * which opened in May"; "the valley, where 3,000 people live").  "where"
 * after a place is the same kind of clause: what happens there, a claim
 * of its own next to what the main clause says of the place.  Such a clause is a claim of its
 * own about that name or thing, which it does not repeat.  *is_name (may
 * be NULL) tells which of the two it is about.  SIZE_MAX when token k opens
 * no such clause, or when what stands before the comma is neither (the
 * clause is then left to its sentence). */
size_t np_story_relative_antecedent(const np_story *s, const np_sent *se, uint32_t k, int *is_name)
{
    const np_analysis *an = &s->an[se->doc];
    if (!RELATIVE_CLAUSES || k <= se->tok_lo || k >= se->tok_hi || !an->tokens[k].norm)
        return SIZE_MAX;
    const char *w = an->tokens[k].norm;
    if (strcmp(w, "who") != 0 && strcmp(w, "which") != 0 && strcmp(w, "whose") != 0 && strcmp(w, "where") != 0)
        return SIZE_MAX;
    size_t end = an->tokens[k - 1].end;
    if (!memchr(an->text + end, ',', an->tokens[k].start - end))
        return SIZE_MAX;
    if (is_name)
        *is_name = 1;
    for (size_t m = 0; m < an->n_ents; m++) {
        const np_entity_mention *e = &an->ents[m];
        if ((e->end == end || e->name_end == end) && e->start >= se->start)
            return e->start;
    }
    if (is_name)
        *is_name = 0;
    /* back over at most three content words, no punctuation, to a determiner */
    for (uint32_t j = k, n = 0; j > se->tok_lo && n < 4; j--, n++) {
        const np_token *p = &an->tokens[j - 1];
        if (!p->norm || (j < k && memchr(an->text + p->end, ',', an->tokens[j].start - p->end)))
            break;
        if (determiner(p->norm))
            return j < k ? p->start : SIZE_MAX;
        if (!(p->flags & NP_TOK_CONTENT))
            break;
    }
    return SIZE_MAX;
}

static int clause_word_alone(const char *w)
{
    return !strcmp(w, "while") || !strcmp(w, "whereas") || !strcmp(w, "although");
}

/* A sentence opening with a participle phrase ("Speaking in Bishkek after
 * the summit, Putin said ...") states its setting as a claim of its own:
 * where or when the main clause happened, which other outlets may tell in
 * a sentence of its own ("He spoke in Bishkek").  The opener is a word in
 * -ing whose stem WordNet knows as a verb; prepositions in -ing are not
 * ("According to", "During", "Including"). */
static int participle_opener(const np_story *s, const np_token *tk)
{
    static const char *const prep[] = {"according", "during", "including", "regarding", "concerning",
                                       "considering", "notwithstanding", "pending", "excluding", NULL};
    size_t n = tk->norm ? strlen(tk->norm) : 0;
    if (!s->wn || n < 6 || strcmp(tk->norm + n - 3, "ing") != 0 || !tk->stem)
        return 0;
    for (size_t i = 0; prep[i]; i++)
        if (!strcmp(tk->norm, prep[i]))
            return 0;
    return np_wn_is_verb(s->wn, tk->stem, strlen(tk->stem)) != 0;
}

/* The semicolons of a series ("A, of X; B, of Y; and C said"): the token
 * of the "and" or "or" after the semicolon that ends the series, or 0 when
 * se has none.  Those semicolons separate the items of a list that is one
 * clause's subject or object, and cutting at them leaves a clause "and C
 * said ..." that drops the other items; a semicolon after the series still
 * cuts. */
static uint32_t semicolon_series_end(const np_analysis *an, const np_sent *se)
{
    for (uint32_t k = se->tok_lo + 1; k < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (tk->norm && (!strcmp(tk->norm, "and") || !strcmp(tk->norm, "or")) &&
            memchr(an->text + an->tokens[k - 1].end, ';', tk->start - an->tokens[k - 1].end))
            return k;
    }
    return 0;
}

#define SERIES_ITEM_WORDS 3 /* words of an item of a series "A, B, and C" (np_story_clauses()) */
size_t np_story_clauses(const np_story *s, const np_sent *se, uint32_t *first, size_t max, uint32_t min_content)
{
    const np_analysis *an = &s->an[se->doc];
    size_t n = 0;
    if (!max || se->tok_hi <= se->tok_lo)
        return 0;
    first[n++] = se->tok_lo;
    uint32_t content = 0; /* content words of the clause being read */
    uint32_t w0 = se->tok_lo;
    while (w0 < se->tok_hi && !(an->tokens[w0].flags & NP_TOK_WORD))
        w0++;
    int opener = w0 < se->tok_hi && participle_opener(s, &an->tokens[w0]); /* until its first comma */
    uint32_t series_end = semicolon_series_end(an, se);
    uint32_t after_comma = UINT32_MAX; /* the token after the last comma read */
    /* does the clause being read have a finite verb (tokens before
     * verb_at read; vprev the word before verb_at)?  Read once per clause,
     * as far as needed: a sentence of a thousand ", and"s is read once */
    int verb_seen = !s->wn;
    uint32_t verb_at = se->tok_lo;
    const char *vprev = NULL;
    size_t vprev_n = 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        int comma_before = k > se->tok_lo &&
                           memchr(an->text + an->tokens[k - 1].end, ',', tk->start - an->tokens[k - 1].end) != NULL;
        /* "claims of fraud, bribery, and extortion": the
         * last item of a series of short ones (SERIES_ITEM_WORDS words
         * between two commas, not opening on a conjunction) is no clause */
        int series = 0;
        if (comma_before && after_comma != UINT32_MAX && tk->norm && (!strcmp(tk->norm, "and") || !strcmp(tk->norm, "or")) &&
            an->tokens[after_comma].norm && strcmp(an->tokens[after_comma].norm, "and") != 0 &&
            strcmp(an->tokens[after_comma].norm, "or") != 0) {
            uint32_t words = 0;
            for (uint32_t r = after_comma; r < k; r++)
                words += (an->tokens[r].flags & NP_TOK_WORD) != 0;
            /* "In 2019, she left, and ...": an item with a verb is a clause */
            series = words >= 1 && words <= SERIES_ITEM_WORDS && !span_has_finite_verb(s, an, after_comma, k);
        }
        if (comma_before)
            after_comma = k;
        if (k > se->tok_lo && content >= min_content && tk->norm && !series) {
            const char *gap = an->text + an->tokens[k - 1].end;
            size_t glen = tk->start - an->tokens[k - 1].end;
            int semi = k > series_end && memchr(gap, ';', glen) != NULL;
            /* a comma or a dash ("\u2014", "\u2013") before the conjunction */
            int comma = memchr(gap, ',', glen) != NULL || memmem(gap, glen, "\xe2\x80\x94", 3) != NULL ||
                        memmem(gap, glen, "\xe2\x80\x93", 3) != NULL;
            /* the participle phrase ends at its first comma, unless the
             * comma is inside a date ("on May 3, 2025,") */
            int open_end = opener && comma && !(tk->flags & NP_TOK_NUMBER);
            /* ", and" after words with no verb joins a subject or an
             * object ("Ada Holm, the board's former chair, and Per Vik
             * were charged"), not two clauses */
            int and_or = comma && (!strcmp(tk->norm, "and") || !strcmp(tk->norm, "or"));
            if (and_or && !verb_seen) { /* read on from where the clause's scan stopped */
                for (; verb_at < k && !verb_seen; verb_at++) {
                    const np_token *v = &an->tokens[verb_at];
                    if (!(v->flags & NP_TOK_WORD) || !v->norm)
                        continue;
                    verb_seen = finite_at(s, an, verb_at, vprev, vprev_n, 0);
                    vprev = v->norm;
                    vprev_n = strlen(vprev);
                }
            }
            int joins_clauses = comma && clause_word_after_comma(tk->norm) && (!and_or || verb_seen);
            if (semi || open_end || joins_clauses ||
                np_story_relative_antecedent(s, se, k, NULL) != SIZE_MAX || clause_word_alone(tk->norm)) {
                /* the rest must be a clause too, not a tail ("..., and others") */
                uint32_t rest = 0;
                for (uint32_t r = k; r < se->tok_hi && rest < min_content; r++)
                    rest += (an->tokens[r].flags & NP_TOK_CONTENT) != 0;
                if (rest >= min_content) {
                    if (n == max)
                        break;
                    first[n++] = k;
                    content = 0;
                    verb_seen = !s->wn, verb_at = k, vprev = NULL, vprev_n = 0;
                }
            }
        }
        if (opener && k > se->tok_lo && !(tk->flags & NP_TOK_NUMBER) &&
            memchr(an->text + an->tokens[k - 1].end, ',', tk->start - an->tokens[k - 1].end))
            opener = 0; /* the opener ended here, split or not */
        content += (tk->flags & NP_TOK_CONTENT) != 0;
    }
    return n;
}
