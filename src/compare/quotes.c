/*
 * compare/quotes.c — quote groups: the same statement by the same speaker as
 * worded by each outlet (translations differ, so exact matching fails).
 *
 * Quotes are grouped by speaker (the linked entity's surname, so "Putin",
 * "Vladimir Putin" and "Russian President Vladimir Putin" meet); within a
 * speaker, two quotes of different documents are linked when a mix of the
 * quote's own tf-idf cosine and the cosine of its context (the sentences
 * around it: what the outlet says the speaker was talking about) is high
 * enough.  Under that bar a link must prove mutual (each is the other's
 * best in its outlet), and then meaning counts: words one WordNet link
 * apart meet (soft cosine), a person named in one quote and around the
 * other links them through the outlet's own account, while one shared
 * word in different surroundings, or a person the other outlet names only
 * elsewhere, keeps two statements apart.  Two people of one surname quoted
 * in nearly the same words by two outlets are one speaker misattributed
 * (namesake_links), and so are their quotes in less alike words when the
 * story's sentence alignment matched the two sentences.  When the quotes'
 * words barely meet, the alignment may still vouch for a link: it matched
 * one quote with the other outlet's own account of what was said, beside
 * that outlet's quote (bridge()); and a partial quote (a few words inside
 * the outlet's own clause) is also matched by that clause (account_match()).
 * Two quotes that print one quoted sentence in the same words
 * (compare/quote_words.h: a piece of a longer quotation, a re-cut) are a
 * strong link whatever the rest of each quotation says (same_sentence()).
 * Linked quotes form groups (union-find, strongest links first), one
 * wording per outlet, except that an outlet's partial quote ("remains
 * 'practically impossible'") and its full quote of the same answer further
 * down may share a group, and so may the two halves of a quote split by an
 * attribution (attach_halves()).  Every attributed quote appears in exactly
 * one group, single-source ones in a group of their own.  A quotation
 * printed without its speaker joins the group of a statement another
 * outlet attributes when it holds one of its sentences word for word, and
 * may join two such groups into one when it prints as one passage what
 * another outlet quoted in parts (adopt_quotes()).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "compare/names.h"
#include "compare/quote_words.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"

#define QUOTE_MIX_MIN 0.24f   /* 0.6 * quote cosine + 0.4 * context cosine */
#define QUOTE_SELF_MIN 0.40f  /* quote cosine alone */
#define QUOTE_FRAGMENT_WORDS 6 /* a fragment: a few words quoted */
#define QUOTE_FRAGMENT_MIN 0.15f /* cosine of a fragment and the full quote it comes from */
#define QUOTE_FRAGMENT_HELD 0.5f /* share of a fragment's weight inside the quote it belongs to */
#define QUOTE_REPEAT_MIN 0.5f /* share of a quote's weight inside another quote of its outlet */
#define QUOTE_WEAK_SHARED 2   /* words a link must share... */
#define QUOTE_ONE_WORD_CTX 0.15f /* ...unless its contexts meet this well */
#define QUOTE_WORDS_MEET 0.10f /* quote cosine under which own words do not meet... */
#define QUOTE_MEANING_MIN 0.30f /* ...unless their meanings do this well (soft cosine) */
#define QUOTE_SUBJECTS 4      /* people named in a quote, kept for matching */
#define QUOTE_ALL_PAIRS 64    /* up to this many quotes of a speaker: compare all pairs */
#define QUOTE_NAMESAKE_MIN 0.60f /* quote cosine that joins two speakers of one surname */
#define QUOTE_NAMESAKE_WORDS 5   /* ...for quotes of at least this many words */
#define QUOTE_NAMESAKE_BLOCK 256 /* most quotes of one surname compared that way */
#define QUOTE_NAMESAKE_ALIGNED 0.30f /* ...or this much when their sentences are aligned */
#define QUOTE_BODY_MIN 0.80f  /* quote cosine that joins two bodies' wordings (body_links) */
#define QUOTE_BODY_WORDS 8    /* ...for quotes of at least this many words */
#define QUOTE_BODY_BUCKET 256 /* most body quotes compared under one rare word */
#define QUOTE_CLAUSES 8       /* clauses of a fragment's sentence looked at */
#define QUOTE_ACCOUNT_MORE 3  /* a partial quote's clause holds this many words more than it... */
#define QUOTE_ACCOUNT_TOKENS 8 /* ...within this many words each side of it */
#define QUOTE_ACCOUNT_SHARED 3 /* words a partial quote's clause shares with a quote it is linked to */
#define QUOTE_BRIDGE_SENTS 2  /* an outlet's account of a quote: this many sentences around it */
#define QUOTE_BRIDGE_MIN 0.20f /* a bridge (both of its similarities) that links two quotes */
#define QUOTE_HALVES_HELD 0.5f /* share of each half of a split quote another outlet's wording holds */

typedef struct semkey {
    uint64_t key;
    float w;
} semkey;

typedef struct semvec {
    semkey *k;
    size_t n;
    float norm2; /* sum of squared weights */
} semvec;

typedef struct qitem {
    int doc;
    size_t start, end;
    const char *speaker; /* display name */
    char key[48];        /* lower-case surname */
    np_svec q, ctx;
    semvec own, ext;     /* meaning vectors of q (see sem_vectors) */
    int partial;         /* a fragment inside the outlet's own clause (see partial_quote) */
    np_svec acc;         /* a partial quote's account: the words around it in its clause */
    size_t cs, ce;       /* context span: the quote's sentence and its neighbours */
    long sent0, sent1;   /* the story sentences of the quote's first and last byte (-1: none) */
    uint32_t spk;        /* speaker's person cluster, or UINT32_MAX */
    uint32_t subj[QUOTE_SUBJECTS]; /* other people the quote names (clusters) */
    unsigned n_subj;
    int cont;            /* continues the previous quote (split by an attribution) */
    int group;           /* its speaker is a group (np_quote.by_group) */
    size_t words;        /* words in the quote */
    uint32_t root;
    size_t order;
} qitem;

typedef struct qedge {
    uint32_t a, b;
    float sim;
    int strong; /* above the bar on its own; else kept only when mutual */
} qedge;

/* Postings (CSR over term ids) of the context terms of items [lo, hi):
 * *poff has T + 1 entries, *post the item indices.  count (T + 1 zeros) is
 * scratch and is left zeroed. */
static np_status block_index(const qitem *it, const uint32_t *copy_of, size_t lo, size_t hi, size_t T,
                             uint32_t *count, uint32_t **poff, uint32_t **post)
{
    np_free(*poff);
    np_free(*post);
    *post = NULL;
    *poff = np_calloc(T + 1, sizeof **poff);
    if (!*poff)
        return NP_ENOMEM;
    size_t total = 0;
    for (size_t i = lo; i < hi; i++)
        for (uint32_t k = 0; k < it[i].ctx.n; k++) {
            (*poff)[it[i].ctx.term[k] + 1]++;
            total++;
        }
    for (size_t t = 0; t < T; t++)
        (*poff)[t + 1] += (*poff)[t];
    *post = np_malloc((total + 1) * sizeof **post);
    if (!*post)
        return NP_ENOMEM;
    for (size_t i = lo; i < hi; i++)
        for (uint32_t k = 0; k < it[i].ctx.n; k++) {
            uint32_t t = it[i].ctx.term[k];
            (*post)[(*poff)[t] + count[t]++] = copy_of[i] == UINT32_MAX ? (uint32_t)i : UINT32_MAX;
        }
    for (size_t i = lo; i < hi; i++)
        for (uint32_t k = 0; k < it[i].ctx.n; k++)
            count[it[i].ctx.term[k]] = 0;
    return NP_OK;
}

static int cmp_qitem(const void *x, const void *y)
{
    const qitem *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    return a->order < b->order ? -1 : a->order > b->order;
}

static int cmp_qedge(const void *x, const void *y)
{
    const qedge *a = x, *b = y;
    return a->sim < b->sim ? 1 : a->sim > b->sim ? -1 : 0;
}

static uint32_t find(qitem *it, uint32_t i)
{
    while (it[i].root != i) {
        it[i].root = it[it[i].root].root;
        i = it[i].root;
    }
    return i;
}

/* Meaning links of the story's terms, read from WordNet on first use:
 * exp[t] holds term t's own first-sense synsets and those one link away
 * (np_wn_links), n_exp[t] their count; exp[t] == NULL: not read yet.
 * Only quoted words are ever read, so storage is per term read. */
typedef struct qsem {
    np_story *s;
    void *files[4];
    uint64_t **exp;
    unsigned char *n_exp;
} qsem;

#define QSEM_MAX 48

static void qsem_init(qsem *m, np_story *s)
{
    memset(m, 0, sizeof *m);
    m->s = s;
    if (!s->term_keys || !s->wn || !s->n_terms)
        return;
    m->exp = np_arena_alloc(&s->work, s->n_terms * sizeof *m->exp);
    m->n_exp = np_arena_alloc(&s->work, s->n_terms);
    if (!m->exp || !m->n_exp) {
        m->exp = NULL; /* no meaning links: word identity only */
        return;
    }
    memset(m->exp, 0, s->n_terms * sizeof *m->exp);
    np_wn_data_open(s->wn, m->files);
}

static void qsem_free(qsem *m) { np_wn_data_close(m->files); }

/* Term t's senses and links; its own senses first (term_nkeys[t] of them).
 * On ENOMEM, just its own senses. */
static const uint64_t *qsem_exp(qsem *m, uint32_t t, size_t *n)
{
    const uint64_t *own = m->s->term_keys + (size_t)t * NP_WN_MAX_KEYS;
    if (!m->exp[t]) {
        uint64_t e[QSEM_MAX];
        size_t k = m->s->term_nkeys[t];
        memcpy(e, own, k * sizeof *e);
        for (size_t i = 0, no = k; i < no && k < QSEM_MAX; i++)
            k += np_wn_links(m->files, e[i], e + k, QSEM_MAX - k);
        uint64_t *keep = np_arena_alloc(&m->s->work, (k ? k : 1) * sizeof *keep);
        if (!keep) {
            *n = m->s->term_nkeys[t];
            return own;
        }
        memcpy(keep, e, k * sizeof *keep);
        m->exp[t] = keep;
        m->n_exp[t] = (unsigned char)k;
    }
    *n = m->n_exp[t];
    return m->exp[t];
}

static int cmp_semkey(const void *x, const void *y)
{
    const semkey *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->w > b->w ? -1 : a->w < b->w;
}

/* Sort, keep each key once at its highest weight. */
static size_t sem_dedupe(semkey *k, size_t n)
{
    if (n > 1)
        qsort(k, n, sizeof *k, cmp_semkey);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || k[u - 1].key != k[i].key)
            k[u++] = k[i];
    return u;
}


/* Meaning vectors of a quote: own holds, per WordNet sense of each of its
 * words, the word's weight (a word WordNet lacks, a name or number, stands
 * for itself, its term id under a zero part-of-speech byte); ext the same
 * over the senses one link away as well.  Storage in the work arena. */
static np_status sem_vectors(qsem *m, np_story *s, const np_svec *q, semvec *own, semvec *ext)
{
    memset(own, 0, sizeof *own);
    memset(ext, 0, sizeof *ext);
    if (!m->exp || !q->n)
        return NP_OK;
    size_t cap_own = 0, cap_ext = 0;
    for (uint32_t i = 0; i < q->n; i++) {
        size_t ne;
        qsem_exp(m, q->term[i], &ne);
        size_t no = s->term_nkeys[q->term[i]];
        cap_own += no ? no : 1;
        cap_ext += ne ? ne : 1;
    }
    own->k = np_arena_alloc(&s->work, cap_own * sizeof *own->k);
    ext->k = np_arena_alloc(&s->work, cap_ext * sizeof *ext->k);
    if (!own->k || !ext->k)
        return NP_ENOMEM;
    for (uint32_t i = 0; i < q->n; i++) {
        uint32_t t = q->term[i];
        size_t ne, no = s->term_nkeys[t];
        const uint64_t *e = qsem_exp(m, t, &ne);
        if (!no) {
            /* pos byte 0: cannot clash with a synset key */
            own->k[own->n++] = (semkey){t, q->w[i]};
            ext->k[ext->n++] = (semkey){t, q->w[i]};
            continue;
        }
        for (size_t j = 0; j < no; j++)
            own->k[own->n++] = (semkey){e[j], q->w[i]};
        for (size_t j = 0; j < ne; j++)
            ext->k[ext->n++] = (semkey){e[j], q->w[i]};
    }
    own->n = sem_dedupe(own->k, own->n);
    ext->n = sem_dedupe(ext->k, ext->n);
    for (size_t i = 0; i < own->n; i++)
        own->norm2 += own->k[i].w * own->k[i].w;
    return NP_OK;
}

static float sem_dot(const semvec *a, const semvec *b)
{
    float d = 0;
    for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->k[i].key == b->k[j].key) {
            d += a->k[i].w * b->k[j].w;
            i++;
            j++;
        } else if (a->k[i].key < b->k[j].key) {
            i++;
        } else {
            j++;
        }
    }
    return d;
}

/* Soft cosine of two quotes: a word of one meets a word of the other when
 * they share a sense or one's sense is a link of the other's ("property" /
 * "belong", "aggression" / "attack"), so translations choosing different
 * words still meet.  At least the plain cosine. */
static float sem_cos(const semvec *oa, const semvec *ea, const semvec *ob, const semvec *eb, float plain)
{
    if (!oa->n || !ob->n || oa->norm2 <= 0 || ob->norm2 <= 0)
        return plain;
    float c = 0.5f * (sem_dot(oa, eb) + sem_dot(ob, ea)) / sqrtf(oa->norm2 * ob->norm2);
    if (c > 1)
        c = 1;
    return c > plain ? c : plain;
}

/* Is key among v's keys (sorted by sem_dedupe())? */
static int semvec_has(const semvec *v, uint64_t key)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->k[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->n && v->k[lo].key == key;
}

/* Words of quote a met in quote b: the same term (or synonym class), else a
 * term one WordNet link away ("property" / "belong", "Ukrainian" /
 * "Ukraine"): one of the word's own senses among the senses and links of
 * b's words (b->ext), or one of its links among their own senses
 * (b->own).  Siblings under a common hypernym do not count: too loose
 * ("statement" covers half of what people say).  b's meaning vectors
 * hold every word's senses at once (a word WordNet lacks stands there for
 * itself under a zero part-of-speech byte, which no sense key has), so
 * each word of a is looked up there rather than tested against every word
 * of b.  Counted up to `enough` (the callers ask "any?" or "two?"). */
static size_t shared_terms(qsem *m, const qitem *a, const qitem *b, size_t enough)
{
    size_t c = 0;
    for (uint32_t i = 0; i < a->q.n && c < enough; i++) {
        uint32_t t = a->q.term[i];
        int hit = 0;
        for (uint32_t j = 0; j < b->q.n && !hit; j++)
            hit = t == b->q.term[j];
        if (!hit && m->exp && t < m->s->n_terms) {
            size_t na;
            const uint64_t *ea = qsem_exp(m, t, &na);
            size_t oa = m->s->term_nkeys[t];
            for (size_t k = 0; k < oa && !hit; k++)
                hit = semvec_has(&b->ext, ea[k]);
            for (size_t k = 0; k < na && !hit; k++)
                hit = semvec_has(&b->own, ea[k]);
        }
        c += (size_t)hit;
    }
    return c;
}

/* Person cluster of the entity mention m of doc d, or UINT32_MAX. */
static uint32_t mention_person(const np_story *s, int d, const np_entity_mention *m)
{
    if (m->type != NP_ENT_PERSON || !s->ent_group)
        return UINT32_MAX;
    long ei = np_entity_linker_lookup(s->lk, d, m->start);
    return ei < 0 ? UINT32_MAX : s->ent_group[ei];
}

/* Does doc d name person cluster c in [lo, hi)? */
static int names_person(const np_story *s, int d, uint32_t c, size_t lo, size_t hi)
{
    const np_analysis *an = &s->an[d];
    for (size_t k = 0; k < an->n_ents; k++)
        if (an->ents[k].start >= lo && an->ents[k].start < hi && mention_person(s, d, &an->ents[k]) == c)
            return 1;
    return 0;
}

/* The people a quote talks about are its subject: "X showed no bias"
 * and a quote whose surroundings name X are about one thing; a quote whose
 * outlet names X elsewhere but not around it is about another.  Returns
 * 1 (a person named in one quote is named around the other), -1 (only
 * elsewhere in the other's outlet), 0 (no evidence). */
static int subject_match(const np_story *s, const qitem *a, const qitem *b)
{
    int off = 0;
    for (int pass = 0; pass < 2; pass++) {
        const qitem *x = pass ? b : a, *y = pass ? a : b;
        for (unsigned k = 0; k < x->n_subj; k++) {
            if (x->subj[k] == y->spk)
                continue;
            if (names_person(s, y->doc, x->subj[k], y->cs, y->ce))
                return 1;
            if (names_person(s, y->doc, x->subj[k], 0, SIZE_MAX))
                off = 1;
        }
    }
    return off ? -1 : 0;
}

/* Is the shorter of two quotes of one outlet mostly made of the longer
 * one's words (a partial quote repeated in full: "foundation for future
 * talks" / "... the foundation for future talks")? */
static int repeats(const np_svec *a, const np_svec *b)
{
    if (a->n > b->n) {
        const np_svec *t = a;
        a = b;
        b = t;
    }
    return a->n && np_svec_contain(a, b) >= QUOTE_REPEAT_MIN;
}

/* The kept links as lists per quote (CSR): quote i's partners are
 * to[off[i] .. off[i + 1]), in increasing order (common_partner() walks
 * two lists side by side: a quote of a big story has hundreds of links). */
typedef struct qlinks {
    uint32_t *off, *to;
} qlinks;

static np_status links_build(qlinks *L, size_t n, const qedge *edges, size_t n_edges)
{
    L->off = np_calloc(n + 2, sizeof *L->off);
    L->to = np_malloc((2 * n_edges + 1) * sizeof *L->to);
    uint32_t *by_edge = np_malloc((2 * n_edges + 1) * sizeof *by_edge), *fill = np_malloc((n + 1) * sizeof *fill);
    if (!L->off || !L->to || !by_edge || !fill) {
        np_free(by_edge);
        np_free(fill);
        return NP_ENOMEM;
    }
    for (size_t e = 0; e < n_edges; e++) {
        L->off[edges[e].a + 2]++;
        L->off[edges[e].b + 2]++;
    }
    for (size_t i = 0; i < n; i++)
        L->off[i + 2] += L->off[i + 1];
    for (size_t e = 0; e < n_edges; e++) {
        by_edge[L->off[edges[e].a + 1]++] = edges[e].b;
        by_edge[L->off[edges[e].b + 1]++] = edges[e].a;
    }
    /* the links are symmetric: listing each quote i in the lists of its
     * partners, i ascending, gives the same lists in increasing order */
    memcpy(fill, L->off, n * sizeof *fill);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t p = L->off[i]; p < L->off[i + 1]; p++)
            L->to[fill[by_edge[p]]++] = i;
    np_free(by_edge);
    np_free(fill);
    return NP_OK;
}

static void links_free(qlinks *L)
{
    np_free(L->off);
    np_free(L->to);
}

/* Is one quote linked to both a and b (of one outlet)? */
static int common_partner(const qlinks *L, uint32_t a, uint32_t b)
{
    for (uint32_t i = L->off[a], j = L->off[b]; i < L->off[a + 1] && j < L->off[b + 1];) {
        if (L->to[i] == L->to[j])
            return 1;
        if (L->to[i] < L->to[j])
            i++;
        else
            j++;
    }
    return 0;
}

/* Two quotes of one outlet are one statement when one repeats the other,
 * or when one is a fragment (a few words quoted in the lead, quoted in full
 * further down) sharing words with it, or both the fragment and the full
 * quote match one quote of another outlet: an outlet that renders "legally
 * impossible" in its lead and "pointless" further down quotes one answer
 * twice, as the other outlet's single quote of it shows. */
static int one_statement(const qitem *it, const qlinks *L, uint32_t x, uint32_t y)
{
    const qitem *a = &it[x], *b = &it[y];
    /* (the two halves of a quotation cut by "he said" are not one statement
     * even when another outlet prints both whole: measured in e8ef8c0, that
     * joined one more editor-gold variant but made groups of several claims,
     * quote-count self contradictions 5 -> 7) */
    if (repeats(&a->q, &b->q))
        return 1;
    size_t w = a->words < b->words ? a->words : b->words;
    if (w > QUOTE_FRAGMENT_WORDS)
        return 0;
    if (np_svec_cos(&a->q, &b->q) >= QUOTE_FRAGMENT_MIN)
        return 1;
    /* a partial quote inside the outlet's sentence, not a short quoted
     * sentence of its own ("It's absurd," he said) */
    const qitem *f = a->words <= b->words ? a : b;
    return f->partial && common_partner(L, x, y);
}

/* Do the groups of roots ra and rb (member lists in next[]) hold two
 * different statements of one document?  Two quotes of one outlet are one
 * statement only when one_statement() says so.  mark (per document, all 0
 * between calls) flags ra's documents first, so that only the members of
 * rb sharing one are compared: a group holds about one quote per outlet,
 * and in a story of hundreds of outlets comparing every pair of two
 * groups' members cost more than the linking itself. */
static int share_doc(const qitem *it, const qlinks *L, const uint32_t *next, uint32_t ra, uint32_t rb,
                     unsigned char *mark)
{
    int found = 0;
    for (uint32_t a = ra; a != UINT32_MAX; a = next[a])
        mark[it[a].doc] = 1;
    for (uint32_t b = rb; b != UINT32_MAX && !found; b = next[b]) {
        if (!mark[it[b].doc])
            continue;
        for (uint32_t a = ra; a != UINT32_MAX && !found; a = next[a])
            found = it[a].doc == it[b].doc && !one_statement(it, L, a, b);
    }
    for (uint32_t a = ra; a != UINT32_MAX; a = next[a])
        mark[it[a].doc] = 0;
    return found;
}

/* The sentence of quote x (a quotation of several sentences; -1 for one
 * of a single sentence) that quote y is most like. */
#define QUOTE_PARTS_MAX 12 /* sentences of a quotation compared one by one (a longer one runs on unclosed) */
static long part_like(const np_story *s, const qitem *x, const qitem *y)
{
    if (x->sent0 < 0 || x->sent1 <= x->sent0 || x->sent1 - x->sent0 >= QUOTE_PARTS_MAX)
        return -1;
    long best = x->sent0;
    float bs = -1.0f;
    for (long k = x->sent0; k <= x->sent1; k++) {
        float c = np_svec_cos(&s->sents[k].vec, &y->q);
        if (c > bs) {
            bs = c;
            best = k;
        }
    }
    return best;
}

/* Quote x, a quotation of several sentences, already joined its group
 * through its sentence via[x]; a link to y through another of its
 * sentences, one y is not like, would join two statements through x alone
 * (a speaker says the deal is bad and, in the same quotation, that a new
 * one may be possible: one outlet prints both, the others one each).
 * Unless another outlet's quote in x's group is like y too: then more
 * than one outlet prints the two sentences as one statement ("withdraw
 * and the fighting stops; if not, we will take it by force").  Nor when
 * y's outlet has a quote in the group already (its lead quotes a few words
 * of the answer it quotes in full below). */
#define QUOTE_PART_MIN 0.20f
static int other_part(const np_story *s, qitem *it, const uint32_t *next, const long *via, uint32_t x, long part,
                      const qitem *y)
{
    if (part < 0 || via[x] < 0 || part == via[x] || np_svec_cos(&s->sents[via[x]].vec, &y->q) >= QUOTE_PART_MIN)
        return 0;
    for (uint32_t z = find(it, x); z != UINT32_MAX; z = next[z]) {
        if (it[z].doc == y->doc)
            return 0; /* y's outlet is in the group already: one_statement() judged its pieces */
        if (it[z].doc != it[x].doc && np_svec_cos(&it[z].q, &y->q) >= QUOTE_PART_MIN)
            return 0;
    }
    return 1;
}

/* Union-find over the sorted edges, refusing a join that would put two
 * statements of one outlet in a group, or two statements that only one
 * outlet's long quotation holds together (other_part()). */
static np_status join_groups(const np_story *s, qitem *it, size_t n, size_t n_docs, const qedge *edges,
                             size_t n_edges)
{
    uint32_t *next = np_malloc((n + 1) * sizeof *next), *tail = np_malloc((n + 1) * sizeof *tail);
    unsigned char *mark = np_calloc(n_docs + 1, 1);
    long *via = np_malloc((n + 1) * sizeof *via); /* the sentence a long quotation joined its group by */
    qlinks L = {0}; /* all kept links */
    if (!next || !tail || !mark || !via || links_build(&L, n, edges, n_edges) != NP_OK) {
        np_free(next);
        np_free(tail);
        np_free(mark);
        np_free(via);
        links_free(&L);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        next[i] = UINT32_MAX;
        tail[i] = (uint32_t)i;
        via[i] = -1;
    }
    for (size_t e = 0; e < n_edges; e++) {
        uint32_t a = edges[e].a, b = edges[e].b, ra = find(it, a), rb = find(it, b);
        if (ra == rb)
            continue;
        if (share_doc(it, &L, next, ra, rb, mark))
            continue;
        long pa = part_like(s, &it[a], &it[b]), pb = part_like(s, &it[b], &it[a]);
        if (other_part(s, it, next, via, a, pa, &it[b]) || other_part(s, it, next, via, b, pb, &it[a]))
            continue;
        if (via[a] < 0)
            via[a] = pa;
        if (via[b] < 0)
            via[b] = pb;
        uint32_t lo = rb > ra ? ra : rb, hi = rb > ra ? rb : ra;
        it[hi].root = lo;
        next[tail[lo]] = hi;
        tail[lo] = tail[hi];
    }
    np_free(next);
    np_free(tail);
    np_free(mark);
    np_free(via);
    links_free(&L);
    return NP_OK;
}

/* Translations of one statement can share few words ("connect peoples" /
 * "a bridge between our peoples"), yet each is the other's closest quote of
 * that speaker in the other outlet.  A weak link (cosine mix >= NP_EDGE_MIN,
 * under the strong bar) is kept when it is mutual: a is b's best match among
 * b's speaker's quotes in a's document and vice versa.  Strong links stay.
 * Directed links are sorted by (from, to's doc, sim desc); the first of each
 * run is the best, recorded in a hash set of (from, to) pairs. */
typedef struct qdir {
    uint32_t from, to;
    int to_doc;
    int to_frag; /* to is a fragment: an outlet's lead quote of a few words competes with its fragments only */
    float sim;
} qdir;

static int cmp_qdir(const void *x, const void *y)
{
    const qdir *a = x, *b = y;
    if (a->from != b->from)
        return a->from < b->from ? -1 : 1;
    if (a->to_doc != b->to_doc)
        return a->to_doc < b->to_doc ? -1 : 1;
    if (a->to_frag != b->to_frag)
        return a->to_frag - b->to_frag;
    if (a->sim != b->sim)
        return a->sim > b->sim ? -1 : 1;
    return (a->to > b->to) - (a->to < b->to);
}

static int pair_has(const uint64_t *set, size_t cap, uint64_t k)
{
    for (size_t p = (size_t)(k * 0x9e3779b97f4a7c15ull) & (cap - 1); set[p]; p = (p + 1) & (cap - 1))
        if (set[p] == k)
            return 1;
    return 0;
}

static np_status keep_mutual(const qitem *it, qedge *edges, size_t *n_edges)
{
    size_t n = *n_edges, nd = 2 * n, cap = 16;
    if (!n)
        return NP_OK;
    while (cap < 2 * nd)
        cap *= 2;
    qdir *d = np_malloc(nd * sizeof *d);
    uint64_t *set = np_calloc(cap, sizeof *set);
    if (!d || !set) {
        np_free(d);
        np_free(set);
        return NP_ENOMEM;
    }
    for (size_t e = 0; e < n; e++) {
        d[2 * e] = (qdir){edges[e].a, edges[e].b, it[edges[e].b].doc, it[edges[e].b].words <= QUOTE_FRAGMENT_WORDS,
                          edges[e].sim};
        d[2 * e + 1] = (qdir){edges[e].b, edges[e].a, it[edges[e].a].doc,
                              it[edges[e].a].words <= QUOTE_FRAGMENT_WORDS, edges[e].sim};
    }
    qsort(d, nd, sizeof *d, cmp_qdir);
    for (size_t k = 0; k < nd; k++) {
        if (k && d[k].from == d[k - 1].from && d[k].to_doc == d[k - 1].to_doc && d[k].to_frag == d[k - 1].to_frag)
            continue;
        uint64_t key = ((uint64_t)d[k].from << 32 | d[k].to) + 1;
        size_t p = (size_t)(key * 0x9e3779b97f4a7c15ull) & (cap - 1);
        while (set[p])
            p = (p + 1) & (cap - 1);
        set[p] = key;
    }
    size_t w = 0;
    for (size_t e = 0; e < n; e++) {
        uint64_t ab = ((uint64_t)edges[e].a << 32 | edges[e].b) + 1, ba = ((uint64_t)edges[e].b << 32 | edges[e].a) + 1;
        if (edges[e].strong || (pair_has(set, cap, ab) && pair_has(set, cap, ba)))
            edges[w++] = edges[e];
    }
    *n_edges = w;
    np_free(d);
    np_free(set);
    return NP_OK;
}

static size_t count_words(const char *t, size_t a, size_t b)
{
    return np_count_word_runs(t + a, b - a);
}

/* Does text[a, b) hold a mark that ends a sentence or a clause of its
 * own (". ! ? ;")?  The sentence splitter keeps '"absurd." He said' in
 * one sentence, so a fragment's account stops at such marks itself. */
static int ends_clause(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == '.' || t[i] == '!' || t[i] == '?' || t[i] == ';')
            return 1;
    return 0;
}

/* Is quote o a fragment inside the outlet's own clause (Putin said Russia
 * was "ready to sign" a pledge ...), not a short quoted sentence of its own
 * ("It's absurd," he said)?  The clause around it, up to
 * QUOTE_ACCOUNT_TOKENS words each side, is the outlet's account of the
 * statement and must hold QUOTE_ACCOUNT_MORE words more than the quote;
 * its vector goes to o->acc.  *st: NP_ENOMEM when that vector failed. */
static int partial_quote(np_story *s, qitem *o, np_status *st)
{
    if (o->words > QUOTE_FRAGMENT_WORDS)
        return 0;
    long k = np_story_sent_at(s, o->doc, o->start);
    if (k < 0)
        return 0;
    const np_sent *se = &s->sents[k];
    const np_analysis *an = &s->an[o->doc];
    uint32_t first[QUOTE_CLAUSES + 1];
    size_t n = np_story_clauses(s, se, first, QUOTE_CLAUSES, 3);
    uint32_t lo = se->tok_lo, hi = se->tok_hi;
    if (n >= 2) {
        first[n] = se->tok_hi;
        for (size_t c = 0; c < n; c++)
            if (an->tokens[first[c]].start <= o->start) {
                lo = first[c];
                hi = first[c + 1];
            }
    }
    uint32_t q0 = (uint32_t)np_story_token_at(an, o->start), q1 = (uint32_t)np_story_token_at(an, o->end);
    if (q0 < lo || q0 >= hi)
        return 0;
    uint32_t a = q0, b = q1 < hi ? q1 : hi;
    for (unsigned w = 0; a > lo && w < QUOTE_ACCOUNT_TOKENS; w++) {
        if (ends_clause(an->text, an->tokens[a - 1].end, an->tokens[a].start))
            break;
        a--;
    }
    for (unsigned w = 0; b < hi && w < QUOTE_ACCOUNT_TOKENS; w++) {
        if (b > q0 && ends_clause(an->text, an->tokens[b - 1].end, an->tokens[b].start))
            break;
        b++;
    }
    if (b <= a || b - a < (q1 - q0) + QUOTE_ACCOUNT_MORE)
        return 0;
    *st = np_story_vec_span(s, o->doc, an->tokens[a].start, an->tokens[b - 1].end, &o->acc);
    return 1;
}

/* o's speaker, person cluster and key for quote q of document d: the
 * person cluster (compare/names.c) when the speaker is a linked person, so
 * every spelling of one name is one speaker; the entity of a linked
 * organisation; the whole name of a body no entity names; else the
 * surname (a group's first member's, np_speaker_surname_key()). */
static void speaker_key(const np_story *s, int d, const np_quote *q, qitem *o)
{
    const np_analysis *an = &s->an[d];
    o->speaker = q->speaker;
    o->spk = UINT32_MAX;
    long ei = -1;
    if (q->speaker_mention >= 0 && (size_t)q->speaker_mention < an->n_ents)
        ei = np_entity_linker_lookup(s->lk, d, an->ents[q->speaker_mention].start);
    if (ei < 0 && q->speaker_end > q->speaker_start)
        ei = np_entity_linker_lookup(s->lk, d, q->speaker_start);
    if (ei >= 0) {
        const np_entity *e = np_entity_linker_get(s->lk, (size_t)ei);
        if (e && e->canonical && e->type == NP_ENT_PERSON && s->ent_name[ei]) {
            /* a group is shown whole, and meets the other outlets' quotes
             * of it by its first member */
            o->speaker = q->by_group ? q->speaker : s->ent_name[ei];
            o->spk = s->ent_group[ei];
            snprintf(o->key, sizeof o->key, "#%lu", (unsigned long)s->ent_group[ei]);
            return;
        }
        /* a body by its linked entity ("EU" and "the European Union" meet),
         * not by its last word: the Judiciary Committee is not the
         * Intelligence Committee */
        if (e && e->canonical && e->type == NP_ENT_ORG && s->ent_name[ei]) {
            o->speaker = s->ent_name[ei];
            snprintf(o->key, sizeof o->key, "@%lu", (unsigned long)s->ent_group[ei]);
            return;
        }
    }
    if (q->speaker_mention < 0 && !q->by_group) {
        /* a body no entity names ("the Norlandic government"): by its
         * whole name, so that two governments stay two speakers */
        size_t k = 0;
        o->key[k++] = '@';
        for (const char *p = o->speaker; *p && k + 1 < sizeof o->key; p++)
            o->key[k++] = (char)tolower((unsigned char)*p);
        o->key[k] = '\0';
        return;
    }
    np_speaker_surname_key(o->speaker, q->by_group, o->key);
}

/* Quotes are compared within one speaker, whose name the surroundings of
 * both carry ("Interior Minister Tomas Brezan said"): it tells nothing of
 * whether the two were said in one setting, so the name leaves the
 * surroundings' vector. */
static void drop_speaker_name(const np_story *s, int d, qitem *o, size_t cs, size_t ce)
{
    if (o->spk == UINT32_MAX)
        return;
    const np_analysis *an = &s->an[d];
    for (size_t k = np_story_ent_at(an, cs); k < an->n_ents && an->ents[k].start < ce; k++)
        if (mention_person(s, d, &an->ents[k]) == o->spk)
            np_svec_drop_span(s, d, an->ents[k].start, an->ents[k].end, &o->ctx);
}

/* The quotes of every document with a speaker and two words or more,
 * with their speaker key, vectors (own words, surroundings) and the
 * persons they name; *n_out of them in it[]. */
static np_status collect_quotes(np_story *s, qsem *sem, qitem *it, size_t *n_out)
{
    size_t n = 0;
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_quotes; k++) {
            const np_quote *q = &an->quotes[k];
            if (!q->speaker || !q->speaker[0] || q->end <= q->start)
                continue;
            if (count_words(an->text, q->start, q->end) < 2)
                continue; /* one-word scare quotes are words, not statements */
            qitem *o = &it[n];
            o->doc = (int)d;
            o->start = q->start;
            o->end = q->end;
            o->order = n;
            o->cont = q->continues;
            o->group = q->by_group;
            o->words = count_words(an->text, q->start, q->end);
            speaker_key(s, (int)d, q, o);
            if (!o->key[0])
                continue;
            if ((st = np_story_vec_span(s, (int)d, q->start, q->end, &o->q)) != NP_OK)
                return st;
            if ((st = sem_vectors(sem, s, &o->q, &o->own, &o->ext)) != NP_OK)
                return st;
            long s0 = np_story_sent_at(s, (int)d, q->start);
            long s1 = np_story_sent_at(s, (int)d, q->end ? q->end - 1 : 0);
            o->sent0 = s0;
            o->sent1 = s1;
            size_t cs = q->start, ce = q->end;
            if (s0 >= 0) {
                if ((size_t)s0 > s->doc_sent0[d])
                    s0--;
                cs = s->sents[s0].start;
            }
            if (s1 >= 0) {
                if ((size_t)s1 + 1 < s->doc_sent0[d + 1])
                    s1++;
                ce = s->sents[s1].end;
            }
            if ((st = np_story_vec_span(s, (int)d, cs, ce, &o->ctx)) != NP_OK)
                return st;
            drop_speaker_name(s, (int)d, o, cs, ce);
            o->cs = cs;
            o->ce = ce;
            o->partial = partial_quote(s, o, &st);
            if (st != NP_OK)
                return st;
            for (size_t m = 0; m < an->n_ents && o->n_subj < QUOTE_SUBJECTS; m++) {
                const np_entity_mention *em = &an->ents[m];
                if (em->start < q->start || em->start >= q->end)
                    continue;
                /* "I reminded [Trump] that ...": a name the outlet inserted
                 * to say who "him" is; two passages of one memo, each with
                 * its insertion, are not one statement about that person */
                if (em->start > q->start && em->end < q->end &&
                    (an->text[em->start - 1] == '[' || an->text[em->start - 1] == '(') &&
                    (an->text[em->end] == ']' || an->text[em->end] == ')'))
                    continue;
                uint32_t c = mention_person(s, (int)d, em);
                if (c != UINT32_MAX && c != o->spk)
                    o->subj[o->n_subj++] = c;
            }
            n++;
        }
    }
    *n_out = n;
    return NP_OK;
}

/* The mutual best matches (each the other's best in its outlet: adj_best
 * both ways) of the sentences holding a quote, per sentence sorted by the
 * other sentence, so that bridge_one() reads only a sentence's matches
 * within a few sentences of one outlet: a row of the story's adjacency
 * holds matches in every outlet, and scanning whole rows for each
 * candidate pair of quotes cost more than all the rest of quote linking in
 * a story of 200 outlets.  Built when the story has its adjacency; off
 * NULL: no bridges. */
typedef struct qbridge {
    size_t *off; /* n_sents + 1 */
    uint32_t *to;
    float *sim;
} qbridge;

static np_status qbridge_build(const np_story *s, const qitem *it, size_t n, qbridge *br)
{
    memset(br, 0, sizeof *br);
    if (!s->adj_off || !s->adj_best)
        return NP_OK;
    size_t S = s->n_sents;
    size_t *off = np_calloc(S + 2, sizeof *off);
    unsigned char *quoted = np_calloc(S + 1, 1);
    if (!off || !quoted) {
        np_free(off);
        np_free(quoted);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        for (long x = it[i].sent0; x >= 0 && x <= it[i].sent1; x++)
            quoted[x] = 1;
    /* entry e of row y links y and x = adj_to[e] (one similarity both
     * ways); the reverse entry is read only for the rows kept */
    for (size_t y = 0; y < S; y++)
        for (size_t e = s->adj_off[y]; e < s->adj_off[y + 1]; e++)
            if (quoted[s->adj_to[e]] && s->adj_best[e] && s->adj_best[s->adj_rev[e]])
                off[s->adj_to[e] + 2]++;
    for (size_t x = 0; x < S; x++)
        off[x + 2] += off[x + 1];
    br->to = np_malloc((off[S + 1] + 1) * sizeof *br->to);
    br->sim = np_malloc((off[S + 1] + 1) * sizeof *br->sim);
    if (!br->to || !br->sim) {
        np_free(off);
        np_free(quoted);
        np_free(br->to);
        np_free(br->sim);
        memset(br, 0, sizeof *br);
        return NP_ENOMEM;
    }
    /* rows filled in order of the other sentence: each comes out sorted
     * (off[x + 1] is row x's fill position, then its end) */
    for (size_t y = 0; y < S; y++)
        for (size_t e = s->adj_off[y]; e < s->adj_off[y + 1]; e++)
            if (quoted[s->adj_to[e]] && s->adj_best[e] && s->adj_best[s->adj_rev[e]]) {
                size_t p = off[s->adj_to[e] + 1]++;
                br->to[p] = (uint32_t)y;
                br->sim[p] = s->adj_sim[e];
            }
    np_free(quoted);
    br->off = off;
    return NP_OK;
}

static void qbridge_free(qbridge *br)
{
    np_free(br->off);
    np_free(br->to);
    np_free(br->sim);
}

/* The outlet's own account of what was said sits beside the quote
 * ("X reiterated that an agreement is legally impossible." then the quote
 * itself), and the story's sentence alignment may have matched another
 * outlet's quote with that account rather than with the quote.  The bridge
 * from a to b: a sentence of b's outlet within QUOTE_BRIDGE_SENTS sentences
 * of b's, matched with one of a's sentences (each the other's best in its
 * outlet), whose words meet b's quote; its value is the weaker of the two
 * similarities (0 when there is none). */
static float bridge_one(const np_story *s, const qbridge *br, const qitem *a, const qitem *b)
{
    long a0 = a->sent0, a1 = a->sent1, b0 = b->sent0, b1 = b->sent1;
    if (!br->off || a0 < 0 || a1 < 0 || b0 < 0 || b1 < 0)
        return 0;
    long lo = b0 - QUOTE_BRIDGE_SENTS, hi = b1 + QUOTE_BRIDGE_SENTS;
    if (lo < (long)s->doc_sent0[b->doc])
        lo = (long)s->doc_sent0[b->doc];
    if (hi >= (long)s->doc_sent0[b->doc + 1])
        hi = (long)s->doc_sent0[b->doc + 1] - 1;
    float best = 0;
    for (long x = a0; x <= a1; x++) {
        size_t p = br->off[x], end = br->off[x + 1];
        for (size_t h = end; p < h;) { /* the first match at or after lo */
            size_t mid = p + (h - p) / 2;
            if ((long)br->to[mid] < lo)
                p = mid + 1;
            else
                h = mid;
        }
        for (; p < end && (long)br->to[p] <= hi; p++) {
            long y = (long)br->to[p];
            if (y >= b0 && y <= b1)
                continue; /* b's own sentence is no separate account */
            float to_b = np_svec_cos(&s->sents[y].vec, &b->q);
            float v = br->sim[p] < to_b ? br->sim[p] : to_b;
            if (v > best)
                best = v;
        }
    }
    return best;
}

static float bridge(const np_story *s, const qbridge *br, const qitem *a, const qitem *b)
{
    float x = bridge_one(s, br, a, b), y = bridge_one(s, br, b, a);
    return x > y ? x : y;
}

/* The cosine of a partial quote's account (its clause) with the other
 * quote's words, when they share QUOTE_ACCOUNT_SHARED words or more; else
 * 0.  Fewer shared words are a topic, not a statement: a story's quotes of
 * one speaker share its names and its subject. */
static float account_match(const qitem *a, const qitem *b)
{
    float best = 0;
    for (int pass = 0; pass < 2; pass++) {
        const qitem *f = pass ? b : a, *o = pass ? a : b;
        if (!f->partial || !f->acc.n || np_svec_common(&f->acc, &o->q) < QUOTE_ACCOUNT_SHARED)
            continue;
        float c = np_svec_cos(&f->acc, &o->q);
        if (c > best)
            best = c;
    }
    return best;
}

/* Quotes a and b (one speaker, two documents) hold one quoted sentence in
 * the same words (compare/quote_words.h): one outlet quotes the statement
 * whole, another a piece of it, or cut in two by "he said".  Quotes that
 * that share no term cannot, and are not read. */
static int same_sentence(const np_story *s, const qitem *a, const qitem *b)
{
    if (a->words < NP_QW_MIN_WORDS || b->words < NP_QW_MIN_WORDS || np_svec_common(&a->q, &b->q) < 1)
        return 0;
    return np_qw_quotes_match(s, a->doc, a->start, a->end, b->doc, b->start, b->end, NULL, NULL);
}

/* A few words quoted (f or g, the shorter) that lie mostly outside the
 * longer quote they are linked to, while another quote of the speaker
 * [lo, hi) holds most of them: they are a piece of that other statement
 * ("the harbour toll outright" of "team up with the other ports to scrap
 * the tolls outright", not of "the toll office has served its time"), when
 * no quote holding them is more like the longer one than the few words are
 * (else the two may be one statement in two wordings, "a fresh start" /
 * "start again from what the talks achieved").  Words held nowhere else
 * may still be a rewording ("it was no accident" / "someone meant it to
 * happen"), left to the link. */
static int fragment_elsewhere(const qitem *it, size_t lo, size_t hi, const qitem *f, const qitem *g)
{
    if (f->words > g->words) {
        const qitem *t = f;
        f = g;
        g = t;
    }
    float fg = np_svec_cos(&f->q, &g->q);
    if (f->words > QUOTE_FRAGMENT_WORDS || g->words <= f->words || fg >= QUOTE_SELF_MIN ||
        np_svec_contain(&f->q, &g->q) >= QUOTE_FRAGMENT_HELD)
        return 0;
    int held = 0;
    for (size_t k = lo; k < hi; k++) {
        if (&it[k] == f || &it[k] == g || it[k].doc == f->doc || np_svec_contain(&f->q, &it[k].q) < QUOTE_FRAGMENT_HELD)
            continue;
        if (np_svec_cos(&it[k].q, &g->q) > fg)
            return 0;
        held = 1;
    }
    return held;
}

/* Whether quotes a and b (one speaker, two documents) are one statement:
 * 1 with the link's similarity and strength, 0 when they are not. */
static int quote_link(const np_story *s, qsem *sem, const qbridge *bri, const qitem *a, const qitem *b,
                      float *sim_out, int *strong_out)
{
        float cq = np_svec_cos(&a->q, &b->q);
        float cc = np_svec_cos(&a->ctx, &b->ctx);
        float sim = 0.6f * cq + 0.4f * cc;
        if (cq >= QUOTE_SELF_MIN && sim < cq)
            sim = cq;
        /* the surroundings alone make no link: two statements of one
         * speaker at one event ("they will pay a price" / "I like him a
         * lot") share their setting, not their words */
        int strong = (sim >= QUOTE_MIX_MIN && cq >= NP_EDGE_MIN) || cq >= QUOTE_SELF_MIN;
        int subj = (a->n_subj || b->n_subj) ? subject_match(s, a, b) : 0;
        /* a quote about someone its partner's outlet names only
         * elsewhere is another statement, however many words meet */
        if (subj < 0 && cq < QUOTE_SELF_MIN)
            return 0;
        float cs = cq;
        int by_account = 0;
        if (!strong) {
            /* under the strong bar, words one WordNet link apart
             * count too ("belongs" / "property"): translations
             * pick different words for one meaning */
            cs = sem_cos(&a->own, &a->ext, &b->own, &b->ext, cq);
            if (cs < NP_EDGE_MIN && subj > 0) {
                /* one quote names a person the other's
                 * surroundings name: the outlet's own account of
                 * what was said may carry the words the quote
                 * lacks ("dismissed claims that X was biased") */
                float x1 = np_svec_cos(&a->q, &b->ctx), x2 = np_svec_cos(&a->ctx, &b->q);
                float x = x1 > x2 ? x1 : x2;
                if (x >= NP_EDGE_MIN) {
                    cs = x;
                    by_account = 1;
                }
            }
            if (cs < NP_EDGE_MIN) {
                /* the alignment matched one quote with the other
                 * outlet's own account beside its quote (bridge()):
                 * with a word the quotes share, that account vouches
                 * for the words the translations do not share */
                float br = bridge(s, bri, a, b);
                if (br >= QUOTE_BRIDGE_MIN && shared_terms(sem, a, b, 1) > 0) {
                    cs = br;
                    by_account = 1;
                }
            }
            if (cs < NP_EDGE_MIN) {
                /* a partial quote is about what its clause says ("willing
                 * to 'put in writing' that the dam will stay open to
                 * barges"): several of those words in the other quote make
                 * one statement of the two */
                float x = account_match(a, b);
                if (x >= NP_EDGE_MIN) {
                    cs = x;
                    by_account = 1;
                }
            }
            /* a weak link needs the quotes' own words to meet, not
             * only their surroundings */
            if (cs < NP_EDGE_MIN)
                return 0;
        }
        /* unless the quotes' words alone make the link, one shared
         * word in different surroundings is not enough:
         * translations of one statement meet on several of its
         * words (or their synonyms) or are reported in the same
         * setting, while two statements of one speaker on one
         * story often share a single topic word ("relations" /
         * "related"), short ones too ("they will regret it like no
         * other town ..." / "I like her very much") */
        if (!by_account && cq < QUOTE_SELF_MIN && cc < QUOTE_ONE_WORD_CTX &&
            shared_terms(sem, a, b, QUOTE_WEAK_SHARED) < QUOTE_WEAK_SHARED)
            return 0;
        /* nor do a few meanings alone: when neither the quotes' own words
         * (their cosine under QUOTE_WORDS_MEET) nor their surroundings
         * meet, a word or two one WordNet link apart ("hoped" / "eager",
         * "find") is what any two sentences of one speaker share; a
         * translation meets on most of its words' meanings ("unacceptable
         * and deeply provocative" / "intolerable and highly inflammatory":
         * QUOTE_MEANING_MIN) */
        if (!by_account && cq < QUOTE_WORDS_MEET && cc < QUOTE_ONE_WORD_CTX && cs < QUOTE_MEANING_MIN)
            return 0;
        if (!strong) {
            sim = 0.6f * cs + 0.4f * cc;
            if (sim >= QUOTE_MIX_MIN)
                sim = QUOTE_MIX_MIN - 1e-4f; /* still weak: must prove mutual */
        }
    *sim_out = sim;
    *strong_out = strong;
    return 1;
}

/* A quote split by an attribution ("...," he said. "...") is often one
 * answer, but outlets also quote its halves as two statements, so each
 * half is grouped on its own.  A half that no other outlet quotes (a group
 * of its own) and that goes on about what the other half says (they share
 * QUOTE_WEAK_SHARED words), or that another outlet printed with the other
 * half (its wording in that group holds it: held_in_group()), is more of
 * that answer: it joins the other half's group when that group spans
 * outlets.  A half on something else
 * stays a statement of its own outlet.  Items are sorted by speaker key,
 * then text order. */
/* Item i continues item i - 1 (the second half of a quote its outlet split
 * with an attribution, one speaker key) and the halves are in two groups,
 * *rh and *rp; *lo follows the start of item i's run of one speaker key as
 * i goes up (items are sorted by key, then text order). */
static int split_halves_at(qitem *it, size_t i, size_t *lo, uint32_t *rh, uint32_t *rp)
{
    if (strcmp(it[i].key, it[*lo].key) != 0)
        *lo = i;
    if (!it[i].cont || it[i - 1].doc != it[i].doc || i - 1 < *lo)
        return 0;
    *rh = find(it, (uint32_t)i);
    *rp = find(it, (uint32_t)(i - 1));
    return *rh != *rp;
}

/* Another outlet's wording in group r (among the items of one speaker
 * key from lo) holds most of half h (QUOTE_HALVES_HELD of its weight):
 * that outlet printed h with the rest of the passage. */
static int held_in_group(qitem *it, size_t lo, size_t n, uint32_t r, const qitem *h)
{
    for (size_t j = lo; j < n && strcmp(it[j].key, it[lo].key) == 0; j++)
        if (it[j].doc != h->doc && find(it, (uint32_t)j) == r && np_svec_contain(&h->q, &it[j].q) >= QUOTE_HALVES_HELD)
            return 1;
    return 0;
}

static np_status attach_halves(qitem *it, size_t n)
{
    uint32_t *size = np_calloc(n + 1, sizeof *size);
    unsigned char *multi = np_calloc(n + 1, 1);
    int *doc0 = np_malloc((n + 1) * sizeof *doc0);
    if (!size || !multi || !doc0) {
        np_free(size);
        np_free(multi);
        np_free(doc0);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t r = find(it, (uint32_t)i);
        if (!size[r]++)
            doc0[r] = it[i].doc;
        else if (it[i].doc != doc0[r])
            multi[r] = 1;
    }
    size_t lo = 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t rh, rp;
        if (!split_halves_at(it, i, &lo, &rh, &rp))
            continue;
        const qitem *h = &it[i], *p = &it[i - 1];
        if (np_svec_common(&p->q, &h->q) < QUOTE_WEAK_SHARED && !held_in_group(it, lo, n, rp, h) &&
            !held_in_group(it, lo, n, rh, p))
            continue;
        if (size[rh] == 1 && multi[rp]) {
            it[i].root = rp;
            size[rp]++;
        } else if (size[rp] == 1 && multi[rh]) {
            it[i - 1].root = rh;
            size[rh]++;
        }
    }
    np_free(size);
    np_free(multi);
    np_free(doc0);
    return NP_OK;
}

/* The two halves of one split quote ("...," he wrote. "...") each in a
 * group of several outlets, because another outlet printed the first half
 * alone and a third the whole passage, which went with the second half:
 * one statement shown as two.  The groups become one when an outlet's
 * wording in them holds most of each half (QUOTE_HALVES_HELD of its
 * weight, and QUOTE_WEAK_SHARED words: it printed both, so they are one
 * passage; a paraphrase of one answer does not hold them) and no outlet
 * but the splitting one has a wording in both groups (two statements of
 * that outlet stay apart), unless those are its own two halves.  Items
 * are sorted by speaker key, then text order; mark is scratch of n_docs
 * entries. */
static np_status join_split_halves(qitem *it, size_t n, size_t n_docs)
{
    unsigned char *mark = np_calloc(n_docs + 1, 1);
    if (!mark)
        return NP_ENOMEM;
    size_t lo = 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t rh, rp;
        if (!split_halves_at(it, i, &lo, &rh, &rp))
            continue;
        const qitem *h = &it[i], *p = &it[i - 1];
        size_t hi = i;
        while (hi < n && strcmp(it[hi].key, it[lo].key) == 0)
            hi++;
        int both = 0, spans = 0, other_h = 0, other_p = 0;
        for (size_t j = lo; j < hi; j++) {
            uint32_t r = find(it, (uint32_t)j);
            if ((r != rh && r != rp) || it[j].doc == h->doc)
                continue;
            mark[it[j].doc] |= r == rh ? 1 : 2;
            other_h |= r == rh;
            other_p |= r == rp;
            spans |= np_svec_common(&it[j].q, &h->q) >= QUOTE_WEAK_SHARED &&
                     np_svec_common(&it[j].q, &p->q) >= QUOTE_WEAK_SHARED &&
                     np_svec_contain(&h->q, &it[j].q) >= QUOTE_HALVES_HELD &&
                     np_svec_contain(&p->q, &it[j].q) >= QUOTE_HALVES_HELD;
        }
        /* an outlet whose own two wordings are the two halves too (it went
         * on in a paragraph of its own) splits nothing */
        for (size_t j = lo + 1; j < hi; j++)
            if (it[j].cont && it[j - 1].doc == it[j].doc && mark[it[j].doc] == 3) {
                uint32_t a = find(it, (uint32_t)j), b = find(it, (uint32_t)(j - 1));
                if ((a == rh && b == rp) || (a == rp && b == rh))
                    mark[it[j].doc] = 4;
            }
        for (size_t j = lo; j < hi; j++) {
            both |= mark[it[j].doc] == 3;
            mark[it[j].doc] = 0;
        }
        if (!other_h || !other_p || !spans || both)
            continue;
        if (rh < rp)
            it[rp].root = rh;
        else
            it[rh].root = rp;
    }
    np_free(mark);
    return NP_OK;
}

/* The groups as brief quotes, in order of their first member;
 * multi-outlet groups first. */
static np_status emit_groups(np_story *s, qitem *it, size_t n)
{
    np_brief *b = s->brief;
    np_status st = NP_OK;
    /* groups, in order of their first member; multi-outlet groups first.
     * Members are bucketed by root (counting sort) so this is linear. */
    uint32_t *off = np_calloc(n + 2, sizeof *off);
    uint32_t *mem = np_malloc((n + 1) * sizeof *mem);
    b->quotes = np_calloc(n + 1, sizeof *b->quotes);
    if (!off || !mem || !b->quotes) {
        np_free(off);
        np_free(mem);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        off[find(it, (uint32_t)i) + 1]++;
    for (size_t r = 0; r < n; r++)
        off[r + 1] += off[r];
    {
        uint32_t *fill = np_malloc((n + 1) * sizeof *fill);
        if (!fill) {
            np_free(off);
            np_free(mem);
            return NP_ENOMEM;
        }
        memcpy(fill, off, (n + 1) * sizeof *fill);
        for (size_t i = 0; i < n; i++)
            mem[fill[find(it, (uint32_t)i)]++] = (uint32_t)i;
        np_free(fill);
    }
    /* members in document order, as read: quotes adopt_quotes() appended
     * come after the rest (insertion sort: groups are small) */
    for (size_t r = 0; r < n; r++)
        for (uint32_t m = off[r] + 1; m < off[r + 1]; m++)
            for (uint32_t x = m; x > off[r] && (it[mem[x - 1]].doc > it[mem[x]].doc ||
                                                (it[mem[x - 1]].doc == it[mem[x]].doc &&
                                                 it[mem[x - 1]].start > it[mem[x]].start));
                 x--) {
                uint32_t t = mem[x];
                mem[x] = mem[x - 1];
                mem[x - 1] = t;
            }
    for (int pass = 0; pass < 2 && st == NP_OK; pass++) {
        for (size_t r = 0; r < n && st == NP_OK; r++) {
            uint32_t lo = off[r], hi = off[r + 1];
            if (lo == hi)
                continue;
            /* pass 0: groups spanning outlets; pass 1: the rest */
            int multi = 0;
            for (uint32_t m = lo + 1; m < hi && !multi; m++)
                multi = it[mem[m]].doc != it[mem[lo]].doc;
            if (multi != (pass == 0))
                continue;
            np_brief_quote *g = &b->quotes[b->n_quotes];
            g->variants = np_arena_alloc(&b->arena, (hi - lo) * sizeof *g->variants);
            g->speaker = np_arena_strdup(&b->arena, it[r].speaker);
            if (!g->variants || !g->speaker) {
                st = NP_ENOMEM;
                break;
            }
            size_t ndocs = 0;
            for (uint32_t m = lo; m < hi; m++) {
                const qitem *q = &it[mem[m]];
                if ((st = np_story_ref(s, q->doc, q->start, q->end, &g->variants[g->n_variants])) != NP_OK)
                    break;
                g->n_variants++;
                /* members are in document order: a new doc differs from the last */
                if (g->n_variants == 1 || g->variants[g->n_variants - 2].doc != q->doc)
                    ndocs++;
            }
            g->n_docs = ndocs;
            b->n_quotes++;
        }
    }
    np_free(off);
    np_free(mem);
    return st;
}

#define ADOPT_MIN_WORDS 8    /* a speakerless quotation that joins a group... */
#define ADOPT_WORD_LETTERS 5 /* ...and a one-word quote (see adopt_quotes()) */
#define ADOPT_READS 64       /* wordings one quote's adoption reads at most */

/* Does text[a, b) hold the word w[0, wn) whole, in any case? */
static int holds_word(const char *text, size_t a, size_t b, const char *w, size_t wn)
{
    int w0 = tolower((unsigned char)w[0]);
    for (size_t p = a; p + wn <= b; p++)
        if (tolower((unsigned char)text[p]) == w0 && (p == a || !isalnum((unsigned char)text[p - 1])) &&
            strncasecmp(text + p, w, wn) == 0 && (p + wn == b || !isalnum((unsigned char)text[p + wn])))
            return 1;
    return 0;
}

/* The wordings of one document while its quotes are adopted: the items
 * linked before adoption (dq[0, ndq), from adopt_quotes()'s bucketing by
 * document) and those adopted for it since (it[app_lo, n)). */
typedef struct docitems {
    const uint32_t *dq;
    size_t ndq, app_lo;
} docitems;

/* Does the group of root r among it[0, n) already hold a wording of the
 * document di lists? */
static int group_has_doc(qitem *it, size_t n, uint32_t r, const docitems *di)
{
    for (size_t k = 0; k < di->ndq; k++)
        if (find(it, di->dq[k]) == r)
            return 1;
    for (size_t j = di->app_lo; j < n; j++)
        if (find(it, (uint32_t)j) == r)
            return 1;
    return 0;
}

#define ADOPT_PARTS 8 /* groups one speakerless quotation may join into one */
#define ADOPT_PART_GAP 320 /* bytes between two parts of a passage another outlet quotes apart */
#define ADOPT_WORDINGS 64  /* one outlet's wordings of the parts read, in text order */
#define ADOPT_PART_DOCS 64 /* outlets of the first part's group read for parts side by side */

/* Do the groups part[0, n_parts) (roots) each hold a wording of one
 * document that quotes them one after another, ADOPT_PART_GAP bytes or
 * less apart ("...," he said. "..." / "...," he added, "...")?  That
 * outlet cut one passage at its attributions.  Two statements other
 * outlets quote apart, each on its own, stay two statements, whatever a
 * third outlet's long quotation holds.  Each document of the first part's
 * group (of the story's n_docs) is read once: its wordings in the parts'
 * groups, in text order, must chain with short gaps and hold every part;
 * ADOPT_PART_DOCS outlets at most (each read scans the story's quotes, and
 * a statement a thousand outlets print would cost a thousand scans). */
static int parts_adjacent(qitem *it, size_t n, size_t n_docs, const uint32_t *part, size_t n_parts)
{
    unsigned char *read = np_calloc(n_docs + 1, 1); /* documents already read */
    if (!read)
        return 0; /* out of memory: no join, the cautious side */
    int found = 0;
    size_t n_read = 0;
    for (size_t j = 0; j < n && !found && n_read < ADOPT_PART_DOCS; j++) {
        if (find(it, (uint32_t)j) != part[0] || (size_t)it[j].doc >= n_docs || read[it[j].doc])
            continue;
        int e = it[j].doc;
        read[e] = 1;
        n_read++;
        /* e's wordings in the parts' groups, by start (insertion sort: an
         * outlet quotes one speaker a few times; past ADOPT_WORDINGS, the
         * rest are not looked at) */
        size_t w[ADOPT_WORDINGS], nw = 0;
        for (size_t m = 0; m < n && nw < sizeof w / sizeof *w; m++) {
            if (it[m].doc != e)
                continue;
            uint32_t r = find(it, (uint32_t)m);
            int in_parts = 0;
            for (size_t k = 0; k < n_parts && !in_parts; k++)
                in_parts = part[k] == r;
            if (!in_parts)
                continue;
            size_t x = nw++;
            while (x > 0 && it[w[x - 1]].start > it[m].start) {
                w[x] = w[x - 1];
                x--;
            }
            w[x] = m;
        }
        /* each chain of wordings with short gaps: does it hold every part? */
        for (size_t lo = 0, hi; lo < nw; lo = hi) {
            size_t reach = it[w[lo]].end;
            for (hi = lo + 1; hi < nw && it[w[hi]].start <= reach + ADOPT_PART_GAP; hi++)
                if (it[w[hi]].end > reach)
                    reach = it[w[hi]].end;
            size_t held = 0;
            for (size_t k = 0; k < n_parts; k++) {
                int has = 0;
                for (size_t x = lo; x < hi && !has; x++)
                    has = find(it, (uint32_t)w[x]) == part[k];
                held += has;
            }
            if (held == n_parts)
                found = 1;
        }
    }
    np_free(read);
    return found;
}

/* The group of it[0, n0) that quote q of document d may join, and that
 * lacks d: a long speakerless quotation joins the group of the
 * statement another outlet attributes when it holds one of its quoted
 * sentences word for word (np_qw_quotes_match()); a one-word quote of a
 * speaker ("insane") joins that speaker's group whose wording in another
 * outlet holds the word.  A group that already holds a wording of d is
 * no candidate: an outlet that prints a statement whole, and a few words
 * of its last sentence elsewhere, matches the group of those words too.
 * A speakerless quotation that holds sentences of several groups of one
 * speaker prints as one passage what other outlets quote in parts
 * ("...," he said. "..."): those parts are one statement, and their
 * groups are joined into one (up to ADOPT_PARTS); parts of two speakers
 * leave the quotation out.  UINT32_MAX when none. */
static uint32_t adoptive_group(const np_story *s, qitem *it, size_t n0, size_t n, int d, const docitems *di,
                               const np_quote *q, const char *key, const char *word, size_t word_n, const np_svec *v)
{
    size_t reads = 0, n_parts = 0, n_done = 0;
    uint32_t part[ADOPT_PARTS];
    uint32_t done[ADOPT_READS]; /* groups read and found to hold a wording of d */
    long first_ka = -1; /* the sentence of q the first part matched */
    int one_sentence = 1;
    for (size_t j = 0; j < n0; j++) {
        if (it[j].doc == d || (key ? strcmp(it[j].key, key) != 0 : it[j].words < ADOPT_MIN_WORDS))
            continue;
        uint32_t r = find(it, (uint32_t)j);
        int seen = 0;
        for (size_t k = 0; k < n_parts && !seen; k++)
            seen = part[k] == r;
        for (size_t k = 0; k < n_done && !seen; k++)
            seen = done[k] == r;
        /* a word in common first (the same word, or for a long quotation
         * two): a cheap test before reading the texts; a quote reads at
         * most ADOPT_READS wordings (a story of a thousand alike
         * quotations is not read all pairs: past that, no adoption) */
        if (seen || np_svec_common(v, &it[j].q) < (key ? 1u : 2u))
            continue;
        if (++reads > ADOPT_READS)
            return UINT32_MAX;
        long ka = -1;
        int match = key ? holds_word(s->an[it[j].doc].text, it[j].start, it[j].end, word, word_n)
                        : np_qw_quotes_match(s, d, q->start, q->end, it[j].doc, it[j].start, it[j].end, &ka, NULL);
        if (!match)
            continue;
        if (group_has_doc(it, n, r, di)) {
            if (n_done < ADOPT_READS)
                done[n_done++] = r; /* not read again for its other wordings */
            continue;
        }
        /* one word names one statement; parts must be one speaker's */
        if (n_parts == ADOPT_PARTS || (n_parts && (key || strcmp(it[part[0]].key, it[r].key) != 0)))
            return UINT32_MAX;
        one_sentence = one_sentence && (!n_parts || ka == first_ka);
        if (!n_parts)
            first_ka = ka;
        part[n_parts++] = r;
    }
    /* several groups: they print one sentence of q's (two wordings of one
     * statement, kept apart), or parts of one passage (parts_adjacent()) */
    if (!n_parts || (n_parts > 1 && !one_sentence && !parts_adjacent(it, n, s->n_docs, part, n_parts)))
        return UINT32_MAX;
    for (size_t k = 1; k < n_parts; k++)
        it[find(it, part[k])].root = find(it, part[0]);
    return find(it, part[0]);
}

/* Quotes left out of the linking that still belong to a group
 * (adoptive_group()): an outlet printing a long statement without naming
 * who spoke ("A ministry aide said: “...”", "“...,” the two directors
 * said") prints the statement other outlets attribute, whoever it
 * credits, when ADOPT_MIN_WORDS words of it read the same; and a speaker's
 * one word ("assailed the deal as “insane”") is the same speaker's
 * statement that another outlet quotes at length around that word, if one
 * statement only has it.  Such a word must be no function word and have
 * ADOPT_WORD_LETTERS letters.  Appends to it[*n .. cap). */
static np_status adopt_quotes(np_story *s, qitem *it, size_t *n, size_t cap)
{
    size_t n0 = *n;
    /* the linked items bucketed by document (counting sort), so that a
     * quote's own outlet's wordings are found without reading them all */
    size_t *off = np_calloc(s->n_docs + 1, sizeof *off), *fill = np_malloc((s->n_docs + 1) * sizeof *fill);
    uint32_t *byd = np_malloc((n0 + 1) * sizeof *byd);
    if (!off || !fill || !byd) {
        np_free(off);
        np_free(fill);
        np_free(byd);
        return NP_ENOMEM;
    }
    for (size_t j = 0; j < n0; j++)
        off[it[j].doc + 1]++;
    for (size_t d = 0; d < s->n_docs; d++)
        off[d + 1] += off[d];
    memcpy(fill, off, (s->n_docs + 1) * sizeof *fill);
    for (size_t j = 0; j < n0; j++)
        byd[fill[it[j].doc]++] = (uint32_t)j; /* bucket d: byd[off[d], off[d + 1]) */
    np_free(fill);
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        docitems di = {byd + off[d], off[d + 1] - off[d], *n};
        for (size_t k = 0; k < an->n_quotes && *n < cap; k++) {
            const np_quote *q = &an->quotes[k];
            size_t words = count_words(an->text, q->start, q->end);
            qitem tmp; /* the speaker's key only (speaker_key()) */
            const char *key = NULL;
            /* the quote's one word: its letters, without marks around it */
            size_t w0 = q->start, w1 = q->end;
            while (w0 < w1 && !isalnum((unsigned char)an->text[w0]) && !((unsigned char)an->text[w0] & 0x80))
                w0++;
            while (w1 > w0 && !isalnum((unsigned char)an->text[w1 - 1]) && !((unsigned char)an->text[w1 - 1] & 0x80))
                w1--;
            if (q->speaker && q->speaker[0]) {
                char lw[32];
                if (words != 1 || w1 - w0 < ADOPT_WORD_LETTERS || w1 - w0 >= sizeof lw)
                    continue;
                for (size_t x = w0; x < w1; x++)
                    lw[x - w0] = (char)tolower((unsigned char)an->text[x]);
                lw[w1 - w0] = '\0';
                if (np_is_stopword(lw, w1 - w0))
                    continue;
                tmp.key[0] = '\0';
                speaker_key(s, (int)d, q, &tmp);
                if (!tmp.key[0])
                    continue;
                key = tmp.key;
            } else if (words < ADOPT_MIN_WORDS) {
                continue;
            }
            np_svec v;
            if ((st = np_story_vec_span(s, (int)d, q->start, q->end, &v)) != NP_OK)
                break;
            uint32_t root = adoptive_group(s, it, n0, *n, (int)d, &di, q, key, an->text + w0, w1 - w0, &v);
            if (root == UINT32_MAX)
                continue;
            qitem *o = &it[(*n)++];
            memset(o, 0, sizeof *o);
            o->doc = (int)d;
            o->start = q->start;
            o->end = q->end;
            o->speaker = it[root].speaker;
            memcpy(o->key, it[root].key, sizeof o->key);
            o->words = words;
            o->order = *n - 1;
            o->spk = it[root].spk;
            o->root = root;
        }
    }
    np_free(off);
    np_free(byd);
    return st;
}

/* Quotes of near-copy shadows (compare/copies.c): copy_of[i] is the quote
 * at the same place in the sentence the shadow copies, by the same speaker
 * and in the same words, or UINT32_MAX.  Such a quote is not compared with
 * anything; it joins its copy's group at the end. */
static np_status mark_copies(const np_story *s, qitem *it, size_t n, uint32_t *copy_of)
{
    np_u64map at; /* (doc, start) -> 1 + item */
    np_u64map_init(&at);
    np_status st = NP_OK;
    for (size_t i = 0; i < n; i++) {
        copy_of[i] = UINT32_MAX;
        uint64_t *slot = np_u64map_slot(&at, ((uint64_t)it[i].doc << 40 ^ (uint64_t)it[i].start) + 1);
        if (!slot) {
            st = NP_ENOMEM;
            goto out;
        }
        *slot = (uint64_t)i + 1;
    }
    if (!s->copy_shadow)
        goto out;
    for (size_t i = 0; i < n; i++) {
        long si = np_story_sent_at(s, it[i].doc, it[i].start);
        if (si < 0 || !s->copy_shadow[si])
            continue;
        uint32_t r = s->copy_mem[s->copy_off[s->copy_cls[si]]];
        size_t start = s->sents[r].start + (it[i].start - s->sents[si].start);
        int d = s->sents[r].doc;
        uint64_t *slot = np_u64map_get(&at, ((uint64_t)d << 40 ^ (uint64_t)start) + 1);
        if (!slot)
            continue;
        const qitem *c = &it[*slot - 1];
        size_t len = it[i].end - it[i].start;
        if (c->doc != d || c->start != start || c->end - c->start != len || strcmp(c->key, it[i].key) ||
            memcmp(s->docs[d]->text + start, s->docs[it[i].doc]->text + it[i].start, len))
            continue;
        copy_of[i] = (uint32_t)(*slot - 1);
    }
out:
    np_u64map_free(&at);
    return st;
}

/* Do the sentences of quotes a and b (two documents) match each other in
 * the story's sentence alignment (compare/align.c): each the other's best
 * match in its document? */
static int aligned_sentences(const np_story *s, const qitem *a, const qitem *b)
{
    if (!s->adj_off || !s->adj_best)
        return 0;
    long a0 = np_story_sent_at(s, a->doc, a->start), a1 = np_story_sent_at(s, a->doc, a->end - 1);
    if (a0 < 0 || a1 < 0)
        return 0;
    for (long x = a0; x <= a1; x++)
        for (size_t e = s->adj_off[x]; e < s->adj_off[x + 1]; e++) {
            const np_sent *y = &s->sents[s->adj_to[e]];
            if (y->doc == b->doc && y->end > b->start && y->start < b->end && s->adj_best[e] &&
                s->adj_best[s->adj_rev[e]])
                return 1;
        }
    return 0;
}

/* Two speakers of one surname ("Donald Trump" / "Melania Trump") quoted in
 * nearly the same words by two outlets: one of the outlets' attributions
 * went to the wrong person of that name (a "she said" resolved to the
 * nearest Trump), since two people do not utter the same sentence.  Two
 * translations of one sentence meet on fewer words; then the alignment
 * must have matched their sentences (each the other's best in its outlet)
 * and they must still share QUOTE_NAMESAKE_ALIGNED of their weight.  Such
 * pairs are strong links although their speaker keys differ.  Quotes are
 * bucketed by surname; a surname of more than QUOTE_NAMESAKE_BLOCK quotes
 * is skipped (the common case has a handful). */
typedef struct qsur {
    char key[48];
    uint32_t i;
} qsur;

static int cmp_qsur(const void *x, const void *y)
{
    const qsur *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

static np_status namesake_links(const np_story *s, const qitem *it, size_t n, const uint32_t *copy_of, qedge **edges, size_t *n_edges,
                                size_t *cap_edges)
{
    qsur *sk = np_malloc((n + 1) * sizeof *sk);
    if (!sk)
        return NP_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        /* people only: two bodies whose names end in one word ("the
         * Harbour Committee", "the Budget Committee") are no namesakes */
        if (copy_of[i] != UINT32_MAX || it[i].words < QUOTE_NAMESAKE_WORDS || it[i].key[0] == '@' || it[i].group)
            continue;
        np_name_surname_key(it[i].speaker, sk[m].key);
        if (!sk[m].key[0])
            continue;
        sk[m++].i = (uint32_t)i;
    }
    if (m > 1)
        qsort(sk, m, sizeof *sk, cmp_qsur);
    np_status st = NP_OK;
    for (size_t lo = 0; lo < m && st == NP_OK;) {
        size_t hi = lo;
        while (hi < m && strcmp(sk[hi].key, sk[lo].key) == 0)
            hi++;
        for (size_t x = lo; x < hi && hi - lo <= QUOTE_NAMESAKE_BLOCK && st == NP_OK; x++)
            for (size_t y = x + 1; y < hi && st == NP_OK; y++) {
                const qitem *a = &it[sk[x].i], *b = &it[sk[y].i];
                if (a->doc == b->doc || strcmp(a->key, b->key) == 0)
                    continue; /* one speaker: compared in its own block */
                float cq = np_svec_cos(&a->q, &b->q);
                /* under the bar, the alignment may vouch for it: the two
                 * outlets' sentences around the quotes match each other */
                if (cq < QUOTE_NAMESAKE_MIN && (cq < QUOTE_NAMESAKE_ALIGNED || !aligned_sentences(s, a, b)))
                    continue;
                if ((st = np_grow((void **)edges, cap_edges, *n_edges, sizeof **edges)) == NP_OK)
                    (*edges)[(*n_edges)++] = (qedge){sk[x].i, sk[y].i, cq, 1};
            }
        lo = hi;
    }
    np_free(sk);
    return st;
}

/* A quote filed under one of its two heaviest words (body_links()). */
typedef struct qtop {
    uint32_t term, i;
} qtop;

static int cmp_qtop(const void *x, const void *y)
{
    const qtop *a = x, *b = y;
    return a->term != b->term ? (a->term < b->term ? -1 : 1) : (a->i > b->i) - (a->i < b->i);
}

/* The heaviest term of v other than skip (UINT32_MAX for none); UINT32_MAX
 * when v has none. */
static uint32_t heaviest(const np_svec *v, uint32_t skip)
{
    uint32_t best = UINT32_MAX;
    float w = -1;
    for (uint32_t k = 0; k < v->n; k++)
        if (v->term[k] != skip && v->w[k] > w) {
            w = v->w[k];
            best = v->term[k];
        }
    return best;
}

/* The words of name (up to max, "the" skipped) as [start, end) offsets. */
static size_t name_words(const char *name, size_t *ws, size_t *we, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; name[i] && n < max;) {
        while (name[i] == ' ')
            i++;
        size_t a = i;
        while (name[i] && name[i] != ' ')
            i++;
        if (i > a && !(i - a == 3 && !strncasecmp(name + a, "the", 3))) {
            ws[n] = a;
            we[n] = i;
            n++;
        }
    }
    return n;
}

/* Bodies' names of which one is the other shortened: every word of one is
 * in the other ("Police" / "Surrey Police").  Names that only share a word
 * name two bodies as often as one ("the Russian Defence Ministry" / "the
 * Russian Foreign Ministry", "the European Union" / "the European Central
 * Bank"), and an outlet's other attribution is what the brief must show. */
static int one_body(const char *a, const char *b)
{
    size_t as[8], ae[8], bs[8], be[8];
    size_t na = name_words(a, as, ae, 8), nb = name_words(b, bs, be, 8);
    if (!na || !nb)
        return 0;
    const char *x = na <= nb ? a : b, *y = na <= nb ? b : a;
    size_t *xs = na <= nb ? as : bs, *xe = na <= nb ? ae : be, *ys = na <= nb ? bs : as, *ye = na <= nb ? be : ae;
    size_t nx = na <= nb ? na : nb, ny = na <= nb ? nb : na;
    for (size_t i = 0; i < nx; i++) {
        int found = 0;
        for (size_t j = 0; j < ny && !found; j++)
            found = xe[i] - xs[i] == ye[j] - ys[j] && !strncasecmp(x + xs[i], y + ys[j], xe[i] - xs[i]);
        if (!found)
            return 0;
    }
    return 1;
}

/* One statement of one institution that outlets name in full and
 * shortened ("Surrey Police said" / "Police said"), each a linked body of
 * its own, before the same long wording: two bodies' quotes of
 * QUOTE_BODY_WORDS words or more that are nearly the same words
 * (QUOTE_BODY_MIN) in different outlets are linked when one_body() says
 * the names may be one; linked[] marks both.  A person's words under two
 * names stay apart (namesake_links(), and the discrepancy of who said
 * it).  Each quote is filed under each of its two heaviest words, which
 * near-identical wordings share, so candidates are few. */
static np_status body_links(const qitem *it, size_t n, const uint32_t *copy_of, qedge **edges, size_t *n_edges,
                            size_t *cap_edges, unsigned char *linked)
{
    qtop *tp = np_malloc((2 * n + 1) * sizeof *tp);
    uint32_t *top = np_malloc((2 * n + 1) * sizeof *top); /* each quote's two heaviest terms */
    if (!tp || !top) {
        np_free(tp);
        np_free(top);
        return NP_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        top[2 * i] = top[2 * i + 1] = UINT32_MAX;
        if (copy_of[i] != UINT32_MAX || it[i].key[0] != '@' || it[i].group || it[i].words < QUOTE_BODY_WORDS)
            continue;
        uint32_t t0 = heaviest(&it[i].q, UINT32_MAX), t1 = t0 == UINT32_MAX ? t0 : heaviest(&it[i].q, t0);
        top[2 * i] = t0;
        top[2 * i + 1] = t1;
        if (t0 != UINT32_MAX)
            tp[m++] = (qtop){t0, (uint32_t)i};
        if (t1 != UINT32_MAX)
            tp[m++] = (qtop){t1, (uint32_t)i};
    }
    if (m > 1)
        qsort(tp, m, sizeof *tp, cmp_qtop);
    np_status st = NP_OK;
    for (size_t lo = 0; lo < m && st == NP_OK;) {
        size_t hi = lo;
        while (hi < m && tp[hi].term == tp[lo].term)
            hi++;
        for (size_t x = lo; x < hi && hi - lo <= QUOTE_BODY_BUCKET && st == NP_OK; x++)
            for (size_t y = x + 1; y < hi && st == NP_OK; y++) {
                const qitem *a = &it[tp[x].i], *b = &it[tp[y].i];
                if (a->doc == b->doc || strcmp(a->key, b->key) == 0 || !one_body(a->speaker, b->speaker))
                    continue; /* one outlet, one body (compared in its own block), or two bodies */
                /* a pair that shares both heavy words meets twice: under the
                 * lower term only */
                const uint32_t *as = &top[2 * tp[x].i], *bs = &top[2 * tp[y].i];
                uint32_t shared_low = UINT32_MAX;
                for (int p = 0; p < 2; p++)
                    for (int q = 0; q < 2; q++)
                        if (as[p] == bs[q] && as[p] < shared_low)
                            shared_low = as[p];
                if (shared_low != tp[lo].term)
                    continue;
                float cq = np_svec_cos(&a->q, &b->q);
                if (cq < QUOTE_BODY_MIN)
                    continue;
                if ((st = np_grow((void **)edges, cap_edges, *n_edges, sizeof **edges)) == NP_OK) {
                    (*edges)[(*n_edges)++] = (qedge){tp[x].i, tp[y].i, cq, 1};
                    linked[tp[x].i] = linked[tp[y].i] = 1;
                }
            }
        lo = hi;
    }
    np_free(tp);
    np_free(top);
    return st;
}

/* A group holding a pair body_links() made (linked[]) is shown under the
 * name most of its bodies' wordings give, the longer name on a tie
 * ("Surrey Police" over "Police"): the more particular one.  Only a
 * group whose shown speaker is a body.  Bodies' quotes are sorted by group
 * and key, so each name's votes are one run. */
typedef struct qvote {
    uint32_t root, i;
    const char *key; /* it[i].key */
} qvote;

static int cmp_qvote(const void *x, const void *y)
{
    const qvote *a = x, *b = y;
    if (a->root != b->root)
        return a->root < b->root ? -1 : 1;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

static np_status body_names(qitem *it, size_t n, const unsigned char *linked)
{
    qvote *v = np_malloc((n + 1) * sizeof *v);
    if (!v)
        return NP_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (it[i].key[0] == '@')
            v[m++] = (qvote){find(it, (uint32_t)i), (uint32_t)i, it[i].key};
    if (m > 1)
        qsort(v, m, sizeof *v, cmp_qvote);
    for (size_t lo = 0; lo < m;) {
        size_t hi = lo;
        const char *best = NULL;
        size_t best_votes = 0;
        int joined = 0;
        while (hi < m && v[hi].root == v[lo].root) {
            size_t k = hi;
            while (k < m && v[k].root == v[lo].root && !strcmp(it[v[k].i].key, it[v[hi].i].key)) {
                joined |= linked[v[k].i];
                k++;
            }
            const char *name = it[v[hi].i].speaker;
            if (k - hi > best_votes || (k - hi == best_votes && strlen(name) > strlen(best))) {
                best = name;
                best_votes = k - hi;
            }
            hi = k;
        }
        uint32_t r = v[lo].root;
        if (joined && it[r].key[0] == '@')
            it[r].speaker = best;
        lo = hi;
    }
    np_free(v);
    return NP_OK;
}

/* The words of item it (letters and digits, lower case) hashed: two
 * outlets printing one quotation, whatever its punctuation. */
static uint64_t quote_words_hash(const np_story *s, const qitem *it)
{
    const char *t = s->an[it->doc].text;
    char buf[256];
    size_t n = 0;
    uint64_t h = 0x71756f7465ull; /* the chunks chain through the seed */
    for (size_t k = it->start; k < it->end; k++) {
        unsigned char ch = (unsigned char)t[k];
        if (!isalnum(ch) && ch < 0x80)
            continue;
        buf[n++] = (char)(ch < 0x80 ? tolower(ch) : ch);
        if (n == sizeof buf) {
            h = np_hash64(buf, n, h);
            n = 0;
        }
    }
    return np_hash64(buf, n, h);
}

typedef struct qhash {
    uint64_t h;
    uint32_t i;
} qhash;

static int cmp_qhash(const void *x, const void *y)
{
    const qhash *a = x, *b = y;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return (a->i > b->i) - (a->i < b->i);
}

/* Why: an outlet that gives another person's quotation to the wrong
 * speaker ("X vowed: <Y's words>") would have it joined, by the words it
 * shares, to X's own, different quotation in other outlets: X credited
 * with two outlets for what one of them never printed as X's.  A quotation
 * of a few words or more printed word for word by another outlet under
 * another speaker is marked ((*out)[i] = 1); it links within its speaker
 * only to a quotation printing one of its sentences word for word. */
#define MISQUOTED_GROUP 16 /* one wording printed more often than this: a slogan, left alone */
static np_status mark_misquoted(const np_story *s, const qitem *it, size_t n, unsigned char **out)
{
    unsigned char *mark = np_calloc(n + 1, 1);
    qhash *v = np_malloc((n + 1) * sizeof *v);
    if (!mark || !v) {
        np_free(mark);
        np_free(v);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = (qhash){quote_words_hash(s, &it[i]), (uint32_t)i};
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_qhash);
    for (size_t lo = 0, hi; lo < n; lo = hi) {
        for (hi = lo + 1; hi < n && v[hi].h == v[lo].h; hi++)
            ;
        for (size_t a = lo; a < hi && hi - lo <= MISQUOTED_GROUP; a++)
            for (size_t b = lo; b < hi; b++) {
                const qitem *x = &it[v[a].i], *y = &it[v[b].i];
                if (x->doc != y->doc && strcmp(x->key, y->key) != 0 && x->words >= QUOTE_FRAGMENT_WORDS)
                    mark[v[a].i] = 1;
            }
    }
    np_free(v);
    *out = mark;
    return NP_OK;
}

np_status np_compare_quotes(np_story *s)
{
    size_t total = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_quotes;
    if (!total)
        return NP_OK;
    qitem *it = np_calloc(total, sizeof *it);
    qedge *edges = NULL;
    size_t n_edges = 0, cap_edges = 0, n = 0, T = 0;
    uint32_t *pcount = NULL, *poff = NULL, *post = NULL, *stamp = NULL, *cands = NULL, *copy_of = NULL;
    unsigned char *body_joined = np_calloc(total + 1, 1); /* joined across two bodies' names (body_links) */
    unsigned char *misquoted = NULL;                        /* mark_misquoted() */
    np_status st = NP_OK;
    qsem sem;
    qbridge bri = {0};
    if (!it || !body_joined) {
        np_free(it);
        np_free(body_joined);
        return NP_ENOMEM;
    }
    qsem_init(&sem, s);
    if ((st = collect_quotes(s, &sem, it, &n)) != NP_OK || (st = qbridge_build(s, it, n, &bri)) != NP_OK)
        goto done;
    if (n > 1)
        qsort(it, n, sizeof *it, cmp_qitem);
    for (size_t i = 0; i < n; i++)
        it[i].root = (uint32_t)i;
    copy_of = np_malloc((n + 1) * sizeof *copy_of);
    if (!copy_of || (st = mark_copies(s, it, n, copy_of)) != NP_OK) {
        st = NP_ENOMEM;
        goto done;
    }
    if ((st = mark_misquoted(s, it, n, &misquoted)) != NP_OK)
        goto done;
    /* links within each speaker; a big speaker block gets candidates from an
     * inverted index over context terms (skipping its most common ones) so
     * a story with thousands of quotes by one person is not all pairs */
    T = s->n_terms + 1;
    pcount = np_calloc(T + 1, sizeof *pcount);
    stamp = np_calloc(n + 1, sizeof *stamp);
    cands = np_malloc((n + 1) * sizeof *cands);
    if (!pcount || !stamp || !cands) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t lo = 0; lo < n;) {
        size_t hi = lo;
        while (hi < n && strcmp(it[hi].key, it[lo].key) == 0)
            hi++;
        size_t m = hi - lo;
        int indexed = m > QUOTE_ALL_PAIRS;
        if (indexed && (st = block_index(it, copy_of, lo, hi, T, pcount, &poff, &post)) != NP_OK)
            goto done;
        size_t common = m / 8 > 32 ? m / 8 : 32;
        for (size_t i = lo; i < hi; i++) {
            /* the second half of a quote split by "he said" is not forced
             * into the first half's group: outlets often quote the two
             * halves as two statements (the one-wording-per-outlet rule of
             * join_groups() decides) */
            size_t nc = 0;
            if (copy_of[i] != UINT32_MAX) {
                /* a shadow's quote joins its copy's group below */
            } else if (indexed) {
                for (uint32_t k = 0; k < it[i].ctx.n; k++) {
                    uint32_t t = it[i].ctx.term[k];
                    if (poff[t + 1] - poff[t] > common)
                        continue;
                    for (size_t p = poff[t]; p < poff[t + 1]; p++) {
                        uint32_t j = post[p];
                        if (j != UINT32_MAX && j > i && stamp[j] != i + 1) {
                            stamp[j] = (uint32_t)i + 1;
                            cands[nc++] = j;
                        }
                    }
                }
            } else {
                for (size_t j = i + 1; j < hi; j++)
                    if (copy_of[j] == UINT32_MAX)
                        cands[nc++] = (uint32_t)j;
            }
            for (size_t c = 0; c < nc; c++) {
                size_t j = cands[c];
                if (it[i].doc == it[j].doc)
                    continue;
                float sim = 0;
                int strong = 0;
                int linked = quote_link(s, &sem, &bri, &it[i], &it[j], &sim, &strong);
                /* (read for weak links only) */
                int same = (!linked || !strong || misquoted[i] || misquoted[j]) && same_sentence(s, &it[i], &it[j]);
                if ((!linked || !strong) && same) {
                    /* a quoted sentence both print in the same words:
                     * one statement, however differently it is cut */
                    sim = linked && sim > QUOTE_SELF_MIN ? sim : QUOTE_SELF_MIN;
                    strong = linked = 1;
                }
                if (linked && !same && (misquoted[i] || misquoted[j]))
                    continue; /* another speaker's words: not a variant of this speaker's own */
                if (!linked || fragment_elsewhere(it, lo, hi, &it[i], &it[j]))
                    continue;
                /* below the strong bar a link is kept only if it proves
                 * mutual (see keep_mutual) */
                if ((st = np_grow((void **)&edges, &cap_edges, n_edges, sizeof *edges)) != NP_OK)
                    goto done;
                edges[n_edges++] = (qedge){(uint32_t)i, (uint32_t)j, sim, strong};
            }
        }
        lo = hi;
    }
    if ((st = namesake_links(s, it, n, copy_of, &edges, &n_edges, &cap_edges)) != NP_OK ||
        (st = body_links(it, n, copy_of, &edges, &n_edges, &cap_edges, body_joined)) != NP_OK)
        goto done;
    if ((st = keep_mutual(it, edges, &n_edges)) != NP_OK)
        goto done;
    if (n_edges > 1)
        qsort(edges, n_edges, sizeof *edges, cmp_qedge);
    /* strongest links first; a group holds one statement, so it takes at
     * most one wording per outlet: two groups that both hold a quote of one
     * document are different statements of that speaker and stay apart */
    if ((st = join_groups(s, it, n, s->n_docs, edges, n_edges)) != NP_OK || (st = attach_halves(it, n)) != NP_OK ||
        (st = join_split_halves(it, n, s->n_docs)) != NP_OK)
        goto done;
    for (size_t i = 0; i < n; i++)
        if (copy_of[i] != UINT32_MAX)
            it[i].root = find(it, copy_of[i]);
    if ((st = body_names(it, n, body_joined)) != NP_OK || (st = adopt_quotes(s, it, &n, total)) != NP_OK)
        goto done;
    st = emit_groups(s, it, n);
done:
    qsem_free(&sem);
    qbridge_free(&bri);
    np_free(pcount);
    np_free(poff);
    np_free(post);
    np_free(stamp);
    np_free(cands);
    np_free(copy_of);
    np_free(body_joined);
    np_free(misquoted);
    np_free(it);
    np_free(edges);
    return st;
}
