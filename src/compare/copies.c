/*
 * compare/copies.c — near-copies: a wire text run by many outlets is
 * compared once, not pairwise.
 *
 * np_compare_copies() puts sentences with the same tf-idf vector (same
 * content words, whatever the punctuation or case) in one class.  The
 * members of a class's first NP_COPY_PEERS documents stay in the sentence
 * graph (alignment, facts); the members in further documents are shadows:
 * they are identical to a graph member, so alignment would only add edges
 * that say what the graph members already say, and those edges grow with
 * the square of the copies.  Shadows are hidden from the fact stages (as
 * no_fact) until np_compare_copies_expand() adds each shadow to the fact
 * that a copy of it supports (the same words, sentence or clause), and are shown
 * again by np_compare_copies_restore() before framing and timeline.
 *
 * A story where no sentence is printed by more than NP_COPY_PEERS documents
 * has no shadow, and its brief is exactly what the graph alone gives.
 *
 * np_compare_copy_docs() names, per document, an earlier one printing the
 * same text (a syndicated copy): the sources say so, as the facts' counts
 * of independent outlets do.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "core/unionfind.h"

/* Empty vectors (a sentence of stop words and figures only) have NULL
 * arrays, which memcmp must not be given even for zero bytes. */
static int same_vec(const np_svec *a, const np_svec *b)
{
    return a->n == b->n && (a->n == 0 || (!memcmp(a->term, b->term, a->n * sizeof *a->term) &&
                                          !memcmp(a->w, b->w, a->n * sizeof *a->w)));
}

/* Class of every sentence by vector (hash, then compared), classes numbered
 * in order of their first sentence. */
static np_status assign_classes(np_story *s, uint32_t *rep, uint32_t *next)
{
    np_u64map by_hash; /* vector hash -> 1 + latest class of that hash */
    np_u64map_init(&by_hash);
    for (size_t i = 0; i < s->n_sents; i++) {
        const np_svec *v = &s->sents[i].vec;
        uint64_t h = np_hash64(v->term, v->n * sizeof *v->term, v->n);
        h = np_hash64(v->w, v->n * sizeof *v->w, h) | 1;
        uint64_t *slot = np_u64map_slot(&by_hash, h);
        if (!slot) {
            np_u64map_free(&by_hash);
            return NP_ENOMEM;
        }
        uint32_t c = *slot ? (uint32_t)(*slot - 1) : UINT32_MAX;
        while (c != UINT32_MAX && !same_vec(&s->sents[rep[c]].vec, v))
            c = next[c];
        if (c == UINT32_MAX) {
            c = (uint32_t)s->n_copy_cls++;
            rep[c] = (uint32_t)i;
            next[c] = *slot ? (uint32_t)(*slot - 1) : UINT32_MAX;
            *slot = (uint64_t)c + 1;
        }
        s->copy_cls[i] = c;
    }
    np_u64map_free(&by_hash);
    return NP_OK;
}

np_status np_compare_copies(np_story *s)
{
    size_t S = s->n_sents;
    s->n_copy_cls = 0;
    s->copy_cls = np_arena_alloc(&s->work, (S + 1) * sizeof *s->copy_cls);
    s->copy_mem = np_arena_alloc(&s->work, (S + 1) * sizeof *s->copy_mem);
    s->copy_off = np_arena_alloc(&s->work, (S + 2) * sizeof *s->copy_off);
    s->copy_shadow = np_arena_alloc(&s->work, S + 1);
    s->copy_saved_no_fact = np_arena_alloc(&s->work, (S + 1) * sizeof *s->copy_saved_no_fact);
    uint32_t *rep = np_malloc((S + 1) * sizeof *rep);
    uint32_t *next = np_malloc((S + 1) * sizeof *next);
    np_status st = NP_ENOMEM;
    if (!s->copy_cls || !s->copy_mem || !s->copy_off || !s->copy_shadow || !s->copy_saved_no_fact || !rep || !next)
        goto out;
    if ((st = assign_classes(s, rep, next)) != NP_OK)
        goto out;
    size_t C = s->n_copy_cls;
    for (size_t i = 0; i < S; i++)
        s->copy_off[s->copy_cls[i] + 1]++;
    for (size_t c = 0; c < C; c++)
        s->copy_off[c + 1] += s->copy_off[c];
    for (size_t c = 0; c < C; c++)
        next[c] = s->copy_off[c];
    for (size_t i = 0; i < S; i++)
        s->copy_mem[next[s->copy_cls[i]]++] = (uint32_t)i;
    /* shadows: members beyond the class's first NP_COPY_PEERS documents
     * (members are in sentence order, and sentences in document order) */
    for (size_t c = 0; c < C; c++) {
        size_t docs = 0;
        int last = -1;
        for (uint32_t m = s->copy_off[c]; m < s->copy_off[c + 1]; m++) {
            uint32_t i = s->copy_mem[m];
            if (s->sents[i].doc != last) {
                last = s->sents[i].doc;
                docs++;
            }
            s->copy_shadow[i] = docs > NP_COPY_PEERS;
            s->copy_saved_no_fact[i] = s->sents[i].no_fact;
            if (s->copy_shadow[i])
                s->sents[i].no_fact = 1;
        }
    }
    st = NP_OK;
out:
    np_free(rep);
    np_free(next);
    return st;
}

/* ---- documents printing one text ---- */

/* Two documents print one text when each prints this share of the other's
 * sentences (a wire story run whole, a headline or a closing line changed),
 * counted as distinct sentences (copy classes) with content words, and each
 * has at least COPY_DOC_MIN of them: two short notes sharing a line are not
 * copies. */
#define COPY_DOC_SHARE 0.8
#define COPY_DOC_MIN 3
/* Two documents are also one report, with a client's edits (some sentences
 * reworded, a paragraph cut or added), when they print COPY_DOC_MIN
 * sentences word for word in their own voice (a quotation both print whole
 * is the speaker's, not a copy): independent reports of one event share a
 * quotation, not three sentences of their own.  Their alike sentences are
 * then one copy (np_align_wire_copy()). */

np_status np_compare_copy_docs(np_story *s)
{
    size_t D = s->n_docs, S = s->n_sents, C = s->n_copy_cls;
    uint32_t *own = np_calloc(D ? D : 1, sizeof *own);      /* distinct classes with content, per document */
    uint32_t *common = np_calloc(D ? D : 1, sizeof *common); /* of the document read: classes shared with e */
    uint32_t *said = np_calloc(D ? D : 1, sizeof *said); /* of those, in its own words, not a quotation's */
    uint32_t *seen = np_calloc(C ? C : 1, sizeof *seen);     /* per class: 1 + the last document counting it */
    uint32_t *last_e = np_malloc((D ? D : 1) * sizeof *last_e); /* per document e: the class last counted for it */
    uint32_t *touched = np_malloc((D ? D : 1) * sizeof *touched); /* the documents e with common[e] > 0 */
    s->copy_root = np_arena_alloc(&s->work, (D ? D : 1) * sizeof *s->copy_root);
    if (!own || !common || !said || !seen || !last_e || !touched || !s->copy_root) {
        np_free(own), np_free(common), np_free(said), np_free(seen), np_free(last_e), np_free(touched);
        s->copy_root = NULL;
        return NP_ENOMEM;
    }
    for (size_t d = 0; d < D; d++)
        s->copy_root[d] = (uint32_t)d;
    for (size_t i = 0; i < S; i++) {
        uint32_t c = s->copy_cls[i], d = (uint32_t)s->sents[i].doc;
        if (s->sents[i].vec.n && seen[c] != d + 1) {
            seen[c] = d + 1;
            own[d]++;
        }
    }
    memset(seen, 0, (C ? C : 1) * sizeof *seen);
    for (size_t e = 0; e < D; e++)
        last_e[e] = UINT32_MAX;
    /* each document against the documents sharing a sentence with it only:
     * the work is the size of the classes it prints, not the story's */
    for (size_t lo = 0, hi; lo < S; lo = hi) {
        int d = s->sents[lo].doc;
        for (hi = lo; hi < S && s->sents[hi].doc == d; hi++)
            ;
        if (own[d] < COPY_DOC_MIN)
            continue;
        size_t nt = 0;
        for (size_t i = lo; i < hi; i++) {
            uint32_t c = s->copy_cls[i];
            if (!s->sents[i].vec.n || seen[c] == (uint32_t)d + 1)
                continue; /* a class d prints twice counts once */
            seen[c] = (uint32_t)d + 1;
            const np_sent *se = &s->sents[i];
            int own_words = 2 * np_story_quoted_bytes(&s->an[d], se->start, se->end) < se->end - se->start;
            for (uint32_t m = s->copy_off[c]; m < s->copy_off[c + 1]; m++) {
                uint32_t e = (uint32_t)s->sents[s->copy_mem[m]].doc;
                if (e == (uint32_t)d || last_e[e] == c)
                    continue;
                last_e[e] = c;
                said[e] += (uint32_t)own_words;
                if (!common[e]++)
                    touched[nt++] = e;
            }
        }
        uint32_t best = UINT32_MAX; /* the earliest document d copies */
        for (size_t k = 0; k < nt; k++) {
            uint32_t e = touched[k];
            if (said[e] >= COPY_DOC_MIN)
                np_uf_join(s->copy_root, e, (uint32_t)d);
            if (e < (uint32_t)d && e < best && own[e] >= COPY_DOC_MIN && common[e] >= COPY_DOC_SHARE * own[d] &&
                common[e] >= COPY_DOC_SHARE * own[e])
                best = e;
            common[e] = said[e] = 0;
            last_e[e] = UINT32_MAX;
        }
        if (best != UINT32_MAX)
            s->brief->docs[d].same_text_as = (size_t)best + 1;
    }
    for (size_t d = 0; d < D; d++) /* every root found once, for lookups */
        s->copy_root[d] = np_uf_find(s->copy_root, (uint32_t)d);
    np_free(own), np_free(common), np_free(said), np_free(seen), np_free(last_e), np_free(touched);
    return NP_OK;
}

/* ---- expansion ---- */

/* The sentence a support ref cites (its first occurrence in the document),
 * and the ref's offset in it; -1 when not found. */
static long ref_sentence(const np_story *s, const np_bref *r, size_t *off)
{
    const char *t = s->docs[r->doc]->text;
    if (!t || !r->text[0])
        return -1;
    const char *p = strstr(t, r->text);
    if (!p)
        return -1;
    long i = np_story_sent_at(s, r->doc, (size_t)(p - t));
    if (i < 0)
        return -1;
    *off = (size_t)(p - t) - s->sents[i].start;
    return i;
}

/* The same words in shadow sentence i: at the same offset when the copy is
 * byte-identical, else their first occurrence in it; 0 when absent. */
static int shadow_span(const np_story *s, uint32_t i, const char *words, size_t n, size_t off, size_t *start)
{
    const char *t = s->docs[s->sents[i].doc]->text;
    size_t a = s->sents[i].start, b = s->sents[i].end;
    if (a + off + n <= b && !memcmp(t + a + off, words, n)) {
        *start = a + off;
        return 1;
    }
    const char *p = n <= b - a ? memmem(t + a, b - a, words, n) : NULL;
    if (!p)
        return 0;
    *start = (size_t)(p - t);
    return 1;
}

/* Add to fact f the shadows of the sentences its supports cite (the same
 * words, whole sentence or clause), one per document not yet in the fact;
 * taken holds the (shadow, words) already placed. */
static np_status expand_fact(np_story *s, np_brief_fact *f, np_u64map *taken, unsigned char *doc_in)
{
    size_t add = 0;
    long *sent_of = np_malloc((f->n_support + 1) * sizeof *sent_of);
    size_t *off_of = np_malloc((f->n_support + 1) * sizeof *off_of);
    if (!sent_of || !off_of) {
        np_free(sent_of);
        np_free(off_of);
        return NP_ENOMEM;
    }
    for (size_t k = 0; k < f->n_support; k++) {
        doc_in[f->support[k].doc] = 1;
        sent_of[k] = ref_sentence(s, &f->support[k], &off_of[k]);
        if (sent_of[k] >= 0 && !s->copy_shadow[sent_of[k]]) {
            uint32_t c = s->copy_cls[sent_of[k]];
            add += s->copy_off[c + 1] - s->copy_off[c];
        }
    }
    np_status st = NP_OK;
    np_bref *sup = NULL;
    size_t n = f->n_support;
    if (add) {
        sup = np_arena_alloc(&s->brief->arena, (n + add) * sizeof *sup);
        if (!sup)
            st = NP_ENOMEM;
        else
            memcpy(sup, f->support, n * sizeof *sup);
    }
    for (size_t k = 0; k < f->n_support && sup && st == NP_OK; k++) {
        if (sent_of[k] < 0 || s->copy_shadow[sent_of[k]])
            continue;
        uint32_t c = s->copy_cls[sent_of[k]];
        const char *words = f->support[k].text;
        size_t wl = strlen(words), at;
        for (uint32_t m = s->copy_off[c]; m < s->copy_off[c + 1] && st == NP_OK; m++) {
            uint32_t i = s->copy_mem[m];
            int d = s->sents[i].doc;
            if (!s->copy_shadow[i] || doc_in[d] || s->copy_saved_no_fact[i] ||
                !shadow_span(s, i, words, wl, off_of[k], &at))
                continue;
            /* these words of that copy support one fact (a sentence of two
             * clauses may support two) */
            uint64_t key[3] = {i, at, wl};
            uint64_t *seen = np_u64map_slot(taken, np_hash64(key, sizeof key, 0x636f706965730a01ull) | 1);
            if (!seen) {
                st = NP_ENOMEM;
                break;
            }
            if (*seen)
                continue;
            *seen = 1;
            st = np_story_ref(s, d, at, at + wl, &sup[n]);
            n++;
            doc_in[d] = 1;
            if (s->in_fact)
                s->in_fact[i] = 1;
        }
    }
    for (size_t k = 0; k < n; k++)
        doc_in[(sup ? sup : f->support)[k].doc] = 0;
    if (sup && st == NP_OK) {
        /* copies print one report: the independent count stays */
        f->n_docs += n - f->n_support;
        f->support = sup;
        f->n_support = n;
    }
    np_free(sent_of);
    np_free(off_of);
    return st;
}

static int cmp_fact_docs(const void *x, const void *y)
{
    const np_brief_fact *a = x, *b = y;
    if (a->n_docs != b->n_docs)
        return a->n_docs < b->n_docs ? 1 : -1;
    /* stable: the facts' order before expansion, kept in score's slot */
    return a->score < b->score ? -1 : a->score > b->score;
}

np_status np_compare_copies_expand(np_story *s)
{
    np_brief *b = s->brief;
    int any = 0;
    for (size_t i = 0; i < s->n_sents && !any; i++)
        any = s->copy_shadow[i];
    if (!any || !b->n_facts)
        return NP_OK;
    np_status st = NP_OK;
    np_u64map taken;
    np_u64map_init(&taken);
    unsigned char *doc_in = np_calloc(s->n_docs + 1, 1);
    double *score = np_malloc(b->n_facts * sizeof *score);
    if (st == NP_OK && (!doc_in || !score))
        st = NP_ENOMEM;
    for (size_t k = 0; k < b->n_facts && st == NP_OK; k++)
        st = expand_fact(s, &b->facts[k], &taken, doc_in);
    if (st == NP_OK) {
        /* most outlets first again, ties in their previous order */
        for (size_t k = 0; k < b->n_facts; k++) {
            score[k] = b->facts[k].score;
            b->facts[k].score = (double)k;
        }
        qsort(b->facts, b->n_facts, sizeof *b->facts, cmp_fact_docs);
        for (size_t k = 0; k < b->n_facts; k++)
            b->facts[k].score = score[(size_t)b->facts[k].score];
    }
    np_free(score);
    np_u64map_free(&taken);
    np_free(doc_in);
    return st;
}

np_status np_compare_copies_restore(np_story *s)
{
    for (size_t i = 0; i < s->n_sents; i++)
        if (s->copy_shadow && s->copy_shadow[i])
            s->sents[i].no_fact = s->copy_saved_no_fact[i];
    return NP_OK;
}
