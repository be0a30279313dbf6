/*
 * compare/quote_words.c — the same quoted sentence in two outlets (see
 * quote_words.h).
 *
 * Two pieces are compared by their word tokens in order (a longest common
 * subsequence), not as bags of words: a re-cut quotation keeps the
 * speaker's word order, while two statements of one speaker on one topic
 * share words in any order.  Translations of one statement rarely keep
 * five words in order, so this finds re-cuts, not paraphrases (quotes.c
 * matches those by meaning).
 */
#include <stdint.h>
#include <string.h>

#include "compare/quote_words.h"

#include "core/hash.h"

typedef struct qw_words {
    const np_token *t[NP_QW_MAX_WORDS];
    uint64_t h[NP_QW_MAX_WORDS]; /* hash of each norm: most pairs of words differ, and strcmp on each cost a
                                  * fifth of a big story's brief */
    size_t len[NP_QW_MAX_WORDS];
    size_t n;
} qw_words;

static uint64_t qw_hash(const char *w, size_t *len)
{
    *len = strlen(w);
    return np_hash64(w, *len, 0x71776f7264ull);
}

/* The word and number tokens of an inside [lo, hi), at most NP_QW_MAX_WORDS. */
static void qw_collect(const np_analysis *an, size_t lo, size_t hi, qw_words *w)
{
    w->n = 0;
    for (size_t k = np_story_token_at(an, lo); k < an->n_tokens && w->n < NP_QW_MAX_WORDS; k++) {
        const np_token *tk = &an->tokens[k];
        if (tk->start >= hi || tk->end > hi)
            break;
        if ((tk->flags & (NP_TOK_WORD | NP_TOK_NUMBER)) && tk->norm) {
            w->h[w->n] = qw_hash(tk->norm, &w->len[w->n]);
            w->t[w->n++] = tk;
        }
    }
}

static int qw_eq(const qw_words *A, size_t i, const qw_words *B, size_t j)
{
    return A->h[i] == B->h[j] && A->len[i] == B->len[j] && !memcmp(A->t[i]->norm, B->t[j]->norm, A->len[i]);
}

/* Word i of A is words j, j + 1 of B written as one ("goodwill" / "good will"). */
static int qw_joined(const qw_words *A, size_t i, const qw_words *B, size_t j)
{
    size_t lx = A->len[i], ly = B->len[j], lz = B->len[j + 1];
    const char *x = A->t[i]->norm;
    return ly && lz && lx == ly + lz && !memcmp(x, B->t[j]->norm, ly) && !memcmp(x + ly, B->t[j + 1]->norm, lz);
}

/* Words matched so far: of a, of b, and content words among them. */
typedef struct qw_cell {
    unsigned char a, b, c;
} qw_cell;

static int qw_better(qw_cell x, qw_cell y)
{
    int sx = x.a + x.b, sy = y.a + y.b;
    return sx > sy || (sx == sy && x.c > y.c);
}

static void qw_take(qw_cell *best, qw_cell from, int da, int db, int content)
{
    qw_cell v = {(unsigned char)(from.a + da), (unsigned char)(from.b + db), (unsigned char)(from.c + content)};
    if (qw_better(v, *best))
        *best = v;
}

/* Words of A and of B matched in order (*ga, *gb), and content words
 * among them (returned). */
static size_t qw_lcs(const qw_words *A, const qw_words *B, size_t *ga, size_t *gb)
{
    static const qw_cell zero = {0, 0, 0};
    qw_cell dp[NP_QW_MAX_WORDS + 1][NP_QW_MAX_WORDS + 1];
    for (size_t i = 0; i <= A->n; i++)
        for (size_t j = 0; j <= B->n; j++) {
            qw_cell best = zero;
            if (i)
                qw_take(&best, dp[i - 1][j], 0, 0, 0);
            if (j)
                qw_take(&best, dp[i][j - 1], 0, 0, 0);
            if (i && j && qw_eq(A, i - 1, B, j - 1))
                qw_take(&best, dp[i - 1][j - 1], 1, 1, !!(A->t[i - 1]->flags & NP_TOK_CONTENT));
            /* the lengths first: a word written as two is rare */
            if (i && j >= 2 && A->len[i - 1] == B->len[j - 2] + B->len[j - 1] && qw_joined(A, i - 1, B, j - 2))
                qw_take(&best, dp[i - 1][j - 2], 1, 2, !!(A->t[i - 1]->flags & NP_TOK_CONTENT));
            if (i >= 2 && j && B->len[j - 1] == A->len[i - 2] + A->len[i - 1] && qw_joined(B, j - 1, A, i - 2))
                qw_take(&best, dp[i - 2][j - 1], 2, 1, !!(B->t[j - 1]->flags & NP_TOK_CONTENT));
            dp[i][j] = best;
        }
    qw_cell r = dp[A->n][B->n];
    *ga = r.a;
    *gb = r.b;
    return r.c;
}

/* Bit of a word hash in a 64-bit set of a piece's words. */
static uint64_t qw_bit(uint64_t h) { return 1ull << (h >> 58); }

/* A cheap test that qw_match_words() can hold, before the alignment: the
 * shorter piece's words (and all but the allowed content words) must be
 * among the other's, as far as a 64-bit set of hashes tells, give or take
 * one word written as two ("goodwill" / "good will").  Most pairs of
 * quoted sentences share a few words, not most. */
static int qw_may_match(const qw_words *S, const qw_words *L, size_t sc)
{
    uint64_t set = 0;
    for (size_t j = 0; j < L->n; j++)
        set |= qw_bit(L->h[j]);
    size_t in = 0, content_out = 0;
    for (size_t i = 0; i < S->n; i++) {
        int hit = (set & qw_bit(S->h[i])) != 0;
        in += hit;
        content_out += !hit && (S->t[i]->flags & NP_TOK_CONTENT);
    }
    /* one word written as two may be missing from the set */
    return (float)(in + 1) >= NP_QW_SHARE * (float)S->n && content_out <= (sc >= 4 ? 2u : 1u);
}

static int qw_match_words(const qw_words *A, const qw_words *B)
{
    size_t short_n = A->n < B->n ? A->n : B->n, ga, gb;
    if (short_n < NP_QW_MIN_WORDS)
        return 0;
    const qw_words *S = A->n <= B->n ? A : B, *L = A->n <= B->n ? B : A;
    size_t sc = 0; /* content words of the shorter piece */
    for (size_t i = 0; i < S->n; i++)
        sc += !!(S->t[i]->flags & NP_TOK_CONTENT);
    if (!qw_may_match(S, L, sc))
        return 0;
    size_t c = qw_lcs(A, B, &ga, &gb);
    size_t got = A->n <= B->n ? ga : gb;
    /* the words that differ must not be what it says: "The Norvale pact is a
     * failure" / "The Norvale pact is a dreadful pact" share five words of
     * six, but not the judgement.  The shorter piece may leave out one of
     * its content words only when it has four or more. */
    if (c + (sc >= 4 ? 1 : 0) < sc)
        return 0;
    return c >= NP_QW_CONTENT && (float)got >= NP_QW_SHARE * (float)short_n;
}

int np_qw_match(const np_analysis *an_a, size_t a0, size_t a1, const np_analysis *an_b, size_t b0, size_t b1)
{
    qw_words A, B;
    if (!an_a || !an_b || a1 <= a0 || b1 <= b0)
        return 0;
    qw_collect(an_a, a0, a1, &A);
    qw_collect(an_b, b0, b1, &B);
    return qw_match_words(&A, &B);
}

/* The words of the part of quotation [q0, q1) inside sentence k, into *w;
 * 0 when the quotation has no part there. */
static int qw_piece_words(const np_story *s, const np_analysis *an, long k, size_t q0, size_t q1, qw_words *w)
{
    size_t lo = s->sents[k].start > q0 ? s->sents[k].start : q0;
    size_t hi = s->sents[k].end < q1 ? s->sents[k].end : q1;
    if (hi <= lo)
        return 0;
    qw_collect(an, lo, hi, w);
    return 1;
}

int np_qw_quotes_match(const np_story *s, int doc_a, size_t a0, size_t a1, int doc_b, size_t b0, size_t b1, long *ka,
                       long *kb)
{
    if (doc_a < 0 || doc_b < 0 || (size_t)doc_a >= s->n_docs || (size_t)doc_b >= s->n_docs)
        return 0;
    long x0 = np_story_sent_at(s, doc_a, a0), y0 = np_story_sent_at(s, doc_b, b0);
    if (x0 < 0 || y0 < 0)
        return 0;
    const np_analysis *an_a = &s->an[doc_a], *an_b = &s->an[doc_b];
    for (long x = x0; (size_t)x < s->doc_sent0[doc_a + 1] && s->sents[x].start < a1; x++) {
        qw_words A;
        if (!qw_piece_words(s, an_a, x, a0, a1, &A) || A.n < NP_QW_MIN_WORDS)
            continue;
        for (long y = y0; (size_t)y < s->doc_sent0[doc_b + 1] && s->sents[y].start < b1; y++) {
            qw_words B;
            if (!qw_piece_words(s, an_b, y, b0, b1, &B) || !qw_match_words(&A, &B))
                continue;
            if (ka)
                *ka = x;
            if (kb)
                *kb = y;
            return 1;
        }
    }
    return 0;
}
