/*
 * compare/quote_facts.c — a claim that is only a quote is grouped with its
 * quote group.
 *
 * The fact alignment compares sentences by their words; translations of one
 * statement ("can be the basis" / "could serve as a foundation") often fall
 * under its bars, so the fact of a quotation holds some of the outlets that
 * print it while the quote section (compare/quotes.c, which matches by
 * speaker and meaning) lists them all.  This stage, run after the quote
 * groups and before the single-source facts, makes the two sections agree:
 * for each quote group of two or more outlets, its fact is the fact in which
 * the most outlets' sentences hold the group's wording, provided at least
 * one outlet and at least half of the fact's outlets do (the fact is about
 * that quotation, not merely beside it); between equals, the fact of more
 * outlets.  Then
 *   - another fact whose every sentence holds the group's wording (a second
 *     fact of the same quotation) is merged into it;
 *   - every outlet of the group that the fact still lacks joins it
 *     (complete_group(): whole when its sentence is free or says nothing
 *     but the quotation and who said it, by the quoted words alone when
 *     its sentence also states another claim and stays in that claim's
 *     fact), unless its wording shares words with few of the group's
 *     others (coherent(): a statement quotes.c grouped by mistake).
 * A quote group no fact takes, whose wording only one member of a fact of
 * three or more outlets prints, in a sentence that is mostly the
 * quotation, among members that quote nothing, takes that sentence out of
 * the fact (release_lone_holder()): it reports what the speaker said, not
 * what the others state in their own words.
 * So the agreement item of a quotation cites the outlets the quote section
 * lists, and the outlet counts of the two sections meet.  An outlet whose
 * wording spans several sentences joins by the one sentence that states
 * the fact's claim (fitting_sentence()).  Last, sentence_facts() works
 * below the quote groups: a quoted sentence two outlets print in the same
 * words is one claim, however each cut the quotation around it.
 */
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "compare/names.h"
#include "compare/quote_words.h"
#include "compare/singles.h"
#include "core/mem.h"
#include "text/lexicon.h"

#define QMARK_NONE UINT32_MAX
#define QMARK_MANY (UINT32_MAX - 1)

/* qmark[k] = the quote group (of 2+ outlets) whose words sentence k holds,
 * QMARK_MANY for several, QMARK_NONE for none. */
static void mark_quotes(const np_story *s, uint32_t *qmark)
{
    const np_brief *b = s->brief;
    for (size_t k = 0; k < s->n_sents; k++)
        qmark[k] = QMARK_NONE;
    for (size_t g = 0; g < b->n_quotes; g++) {
        if (b->quotes[g].n_docs < 2)
            continue;
        for (size_t v = 0; v < b->quotes[g].n_variants; v++) {
            const np_bref *r = &b->quotes[g].variants[v];
            size_t off, end;
            if (!np_story_ref_span(s, r, &off, &end))
                continue;
            for (long k = np_story_sent_at(s, r->doc, off);
                 k >= 0 && (size_t)k < s->doc_sent0[r->doc + 1] && s->sents[k].start < end; k++)
                qmark[k] = qmark[k] == QMARK_NONE || qmark[k] == (uint32_t)g ? (uint32_t)g : QMARK_MANY;
        }
    }
}

/* Outlets of fact f whose sentence holds group g's words, and whether every
 * sentence of f does. */
static size_t group_docs(const np_story *s, const np_brief_fact *f, const long *sent, uint32_t g,
                         const uint32_t *qmark, unsigned char *seen, int *all)
{
    size_t n = 0;
    *all = f->n_support > 0;
    for (size_t k = 0; k < f->n_support; k++) {
        int in = sent[k] >= 0 && qmark[sent[k]] == g;
        *all &= in;
        if (in && !seen[f->support[k].doc]) {
            seen[f->support[k].doc] = 1;
            n++;
        }
    }
    for (size_t k = 0; k < f->n_support; k++)
        seen[f->support[k].doc] = 0;
    (void)s;
    return n;
}

typedef struct qf_ctx {
    np_story *s;
    uint32_t *qmark;
    long **sent;        /* per fact, the sentence of each support ref */
    unsigned char *gone; /* per fact: merged into another */
    unsigned char *seen; /* per doc, scratch (zero between uses) */
    int32_t *fact_of;   /* per sentence: the fact holding it, or -1 */
} qf_ctx;

/* Sentence k is a wire copy of one of the fact's sentences sent[0..n)
 * of another outlet (np_align_wire_copy()): it adds an outlet, not an
 * independent confirmation. */
static int wire_copy(const np_story *s, const long *sent, size_t n, long k)
{
    for (size_t m = 0; m < n; m++)
        if (sent[m] >= 0 && np_align_wire_copy(s, (uint32_t)sent[m], (uint32_t)k))
            return 1;
    return 0;
}

/* Append support to fact f from (doc, sentence) candidates, one per outlet
 * not yet in f. */
static np_status grow_fact(qf_ctx *c, size_t f, const uint32_t *cand, size_t n_cand)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    for (size_t k = 0; k < fa->n_support; k++)
        c->seen[fa->support[k].doc] = 1;
    size_t add = 0;
    for (size_t q = 0; q < n_cand; q++)
        add += !c->seen[s->sents[cand[q]].doc];
    np_status st = NP_OK;
    if (add) {
        np_bref *sup = np_arena_alloc(&s->brief->arena, (fa->n_support + add) * sizeof *sup);
        long *sent = np_malloc((fa->n_support + add) * sizeof *sent);
        if (!sup || !sent) {
            np_free(sent);
            st = NP_ENOMEM;
        } else {
            memcpy(sup, fa->support, fa->n_support * sizeof *sup);
            memcpy(sent, c->sent[f], fa->n_support * sizeof *sent);
            size_t n = fa->n_support;
            for (size_t q = 0; q < n_cand && st == NP_OK; q++) {
                const np_sent *se = &s->sents[cand[q]];
                if (c->seen[se->doc])
                    continue;
                c->seen[se->doc] = 1;
                st = np_story_ref(s, se->doc, se->start, se->end, &sup[n]);
                sent[n++] = (long)cand[q];
                s->in_fact[cand[q]] = 1;
                c->fact_of[cand[q]] = (int32_t)f;
            }
            fa->n_docs += n - fa->n_support;
            for (size_t q = fa->n_support; q < n; q++)
                fa->n_independent += !wire_copy(s, sent, fa->n_support, sent[q]);
            fa->support = sup;
            fa->n_support = n;
            np_free(c->sent[f]);
            c->sent[f] = sent;
        }
    }
    for (size_t k = 0; k < fa->n_support; k++)
        c->seen[fa->support[k].doc] = 0;
    return st;
}

/* ------------------------------------------------ the group's outlets join
 *
 * The quote group already proves its variants are one statement (quotes.c
 * matched them by speaker and meaning), so an outlet of the group that its
 * fact lacks joins it whatever its words, in the first way that keeps one
 * claim per sentence:
 *   1. a sentence of the quotation that is in no fact joins whole;
 *   2. a sentence in another fact that states nothing but the quotation
 *      and who said it (attribution_only) moves to the group's fact;
 *   3. a sentence that also states another claim stays where it is, and
 *      the group's fact cites the quoted words only (with their marks):
 *      the reader sees the same count under agreement and under quotes,
 *      and each fact cites the words that say it. */

/* Content words outside the quotation marks that an attribution may have
 * besides the speaker's name, titles and speech verbs: the audience or the
 * medium ("told reporters", "in a statement", "according to the official
 * translation").  A second claim needs a predicate and its object on top. */
#define QF_ATTRIB_WORDS 3

/* A name, a speech verb or a title ("Ruiz", "said", "minister"). */
static int speaks(const np_analysis *an, const np_token *tk)
{
    const char *w = an->text + tk->start;
    size_t n = tk->end - tk->start;
    return (tk->flags & NP_TOK_CAP) || np_lex_is_speech_verb(w, n) || np_lex_is_title_word(w, n);
}

/* Content words of sentence k inside its quotations (*in) and the
 * outlet's own words outside them, who speaks aside (*own: names, and with
 * speech_only speech verbs and titles, else every word
 * np_story_speaker_word() takes: attribution verbs and title modifiers
 * too); *figure: a number stands outside them. */
static void word_counts(const np_story *s, long k, int speech_only, size_t *in, size_t *own, int *figure)
{
    const np_sent *se = &s->sents[k];
    const np_analysis *an = &s->an[se->doc];
    *in = *own = 0;
    *figure = 0;
    for (uint32_t t = se->tok_lo; t < se->tok_hi && t < an->n_tokens; t++) {
        const np_token *tk = &an->tokens[t];
        if (!(tk->flags & NP_TOK_CONTENT))
            continue;
        if (np_quote_at(an->quotes, an->n_quotes, tk->start))
            (*in)++;
        else if (tk->flags & NP_TOK_NUMBER)
            *figure = 1, (*own)++;
        else if (!(speech_only ? speaks(an, tk) : np_story_speaker_word(an, tk)))
            (*own)++;
    }
}

/* Sentence k states nothing outside its quotations but who said them:
 * no figure and at most QF_ATTRIB_WORDS lower-case content words that are
 * neither speech verbs nor titles ("the minister said"; "accused" or
 * "dismissed" tell what someone did). */
static int attribution_only(const np_story *s, long k)
{
    size_t in, own;
    int figure;
    word_counts(s, k, 1, &in, &own, &figure);
    return !figure && own <= QF_ATTRIB_WORDS;
}

/* Distinct outlets of fact f and, of those, the ones that are not a wire
 * copy of an earlier member (as grow_fact() counts joiners). */
static void recount(qf_ctx *c, size_t f)
{
    np_brief_fact *fa = &c->s->brief->facts[f];
    size_t docs = 0, ind = 0;
    for (size_t k = 0; k < fa->n_support; k++) {
        int d = fa->support[k].doc;
        if (c->seen[d])
            continue;
        c->seen[d] = 1;
        docs++;
        ind += c->sent[f][k] < 0 || !wire_copy(c->s, c->sent[f], k, c->sent[f][k]);
    }
    for (size_t k = 0; k < fa->n_support; k++)
        c->seen[fa->support[k].doc] = 0;
    /* the agency credits align.c also counted are not known here: never
     * more independent than before */
    fa->n_docs = docs;
    if (ind < fa->n_independent)
        fa->n_independent = ind;
}

/* Sentence k leaves fact f (it moves to its quote group's fact).  A fact
 * left with one outlet is no agreement any more: it goes, and its sentence
 * is free for the single-source stage to judge. */
static void drop_sentence(qf_ctx *c, size_t f, long k)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    size_t w = 0;
    int shown = 0; /* the summary was the text of the ref leaving */
    for (size_t m = 0; m < fa->n_support; m++) {
        if (c->sent[f][m] == k) {
            shown |= fa->summary == fa->support[m].text;
            continue;
        }
        fa->support[w] = fa->support[m];
        c->sent[f][w++] = c->sent[f][m];
    }
    fa->n_support = w;
    /* a summary of its own (the place fact's) stays */
    if (w && shown)
        fa->summary = fa->support[0].text;
    recount(c, f);
    c->fact_of[k] = -1;
    s->in_fact[k] = 0;
    if (fa->n_docs >= 2)
        return;
    c->gone[f] = 1;
    for (size_t m = 0; m < fa->n_support; m++)
        if (c->sent[f][m] >= 0) {
            s->in_fact[c->sent[f][m]] = 0;
            c->fact_of[c->sent[f][m]] = -1;
        }
}

/* The quoted words text[*lo, *hi) widened to their quotation marks (and
 * the comma or stop before the closing one), so the cited words read as
 * a quotation. */
static void widen_to_marks(const char *t, size_t len, size_t *lo, size_t *hi)
{
    static const char *const open[] = {"\xe2\x80\x9c", "\xe2\x80\x98", "\"", "'"};
    static const char *const close[] = {"\xe2\x80\x9d", "\xe2\x80\x99", "\"", "'"};
    for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
        size_t n = strlen(open[i]);
        if (*lo >= n && !memcmp(t + *lo - n, open[i], n)) {
            size_t e = *hi;
            if (e < len && t[e] && strchr(",.!?", t[e]))
                e++;
            size_t m = strlen(close[i]);
            if (e + m <= len && !memcmp(t + e, close[i], m)) {
                *lo -= n;
                *hi = e + m;
            }
            return;
        }
    }
}

/* Append to fact f a ref citing text[lo, hi) of doc (inside sentence k). */
static np_status append_span(qf_ctx *c, size_t f, int doc, size_t lo, size_t hi, long k)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    np_bref *sup = np_arena_alloc(&s->brief->arena, (fa->n_support + 1) * sizeof *sup);
    long *sent = np_malloc((fa->n_support + 1) * sizeof *sent);
    if (!sup || !sent) {
        np_free(sent);
        return NP_ENOMEM;
    }
    memcpy(sup, fa->support, fa->n_support * sizeof *sup);
    memcpy(sent, c->sent[f], fa->n_support * sizeof *sent);
    np_status st = np_story_ref(s, doc, lo, hi, &sup[fa->n_support]);
    sent[fa->n_support] = k;
    fa->n_independent += !wire_copy(s, sent, fa->n_support, k);
    fa->n_docs++;
    fa->support = sup;
    fa->n_support++;
    np_free(c->sent[f]);
    c->sent[f] = sent;
    return st;
}

/* The tf-idf vector of the words of ref r (empty when r is not found). */
static np_status ref_vec(np_story *s, const np_bref *r, np_svec *out)
{
    size_t lo, hi;
    out->n = 0;
    if (!np_story_ref_span(s, r, &lo, &hi))
        return NP_OK;
    return np_story_vec_memo(s, r->doc, lo, hi, out); /* read only */
}

/* Variant r shares a word with most of the other outlets' variants of
 * group g.  quotes.c groups by speaker and meaning, and now and then puts
 * two statements of one speaker on one occasion together; a translation of
 * the statement keeps a word or two (the object, the action, under WordNet
 * classes) with most of the other wordings, however common in the story
 * the word is (a cosine of 0.047 for "harbour" in a harbour story), while
 * a second statement shares words with few of them (on the real-news
 * stories: none, or "going" and "even" with one of two).  The bar is
 * "some word in common", not a resemblance: that is what the group
 * already vouches for. */
#define QF_QUOTE_WORDS 0.01f
#define QF_ORPHAN_FACTS 1 /* 0: a quotation no fact states stays in the quote section only (for measuring) */
#define QF_ORPHAN_ALIKE 0.50f /* ... and the cosine of every two of its wordings to make it a fact */
#define QF_QUOTED_SHARE 0.5f /* a sentence "mostly the quotation": this share of its own words quoted */
#define QF_QUOTE_HELD 0.4f /* share of the quoted words' weight a fact's member prints: the quotation states its claim */
#define QF_SPLIT_INCOHERENT 1 /* 0: an incoherent outlet stays in the quote group (for measuring) */
#define QF_COHERE_PEERS 24 /* other wordings compared: enough to tell most from few */
static int coherent(const np_brief_quote *q, const np_svec *vec, size_t v)
{
    size_t n = 0, near = 0;
    for (size_t x = 0; x < q->n_variants && n < QF_COHERE_PEERS; x++) {
        if (q->variants[x].doc == q->variants[v].doc)
            continue;
        n++;
        near += vec[v].n && vec[x].n && np_svec_cos(&vec[v], &vec[x]) >= QF_QUOTE_WORDS;
    }
    return n && near * 2 > n;
}

typedef struct qf_span {
    int doc;
    size_t lo, hi;
    long sent;
} qf_span;

/* Does fact f cite sentence k by words holding the quotation q (the
 * whole sentence, or its quoted part)?  A fact citing another clause of
 * the sentence (a place, a relative clause) keeps it: that clause is its
 * claim, not the quotation. */
static int cites_quote(const qf_ctx *c, size_t f, long k, const char *q)
{
    const np_brief_fact *fa = &c->s->brief->facts[f];
    for (size_t m = 0; m < fa->n_support; m++)
        if (c->sent[f][m] == k && fa->support[m].text && strstr(fa->support[m].text, q))
            return 1;
    return 0;
}

/* Of the sentences k0..k1 of doc holding a quotation [lo, hi), the one
 * stating fact f's claim: the one whose quoted words read as the
 * sentences of most of f's other outlets, each in the same words
 * (compare/quote_words.h) or sharing QF_FIT_MIN of their weight; -1 when
 * none does so for at least half of them.  A quote group holds an
 * outlet's whole quotation while the fact is about one of its sentences
 * ("It's absurd" and "It ought never to have been signed" are two claims):
 * joining another sentence of the quotation to the fact cited the outlet
 * for what it did not say there, and so did joining the sentence that
 * matches only one outlet's sentence of two claims. */
#define QF_FIT_MIN 0.20f
static long fitting_sentence(qf_ctx *c, size_t f, int doc, size_t lo, size_t hi, long k0, long k1)
{
    np_story *s = c->s;
    const np_brief_fact *fa = &s->brief->facts[f];
    long best = -1;
    size_t best_n = 0, others = 0;
    for (size_t m = 0; m < fa->n_support; m++)
        others += c->sent[f][m] >= 0 && s->sents[c->sent[f][m]].doc != doc;
    for (long k = k0; k <= k1; k++) {
        if (s->sents[k].no_fact || (s->copy_shadow && s->copy_shadow[k]))
            continue;
        size_t p0 = lo > s->sents[k].start ? lo : s->sents[k].start, p1 = hi < s->sents[k].end ? hi : s->sents[k].end;
        np_svec pv; /* the quoted words only: "Trump said of the deal" is in every sentence */
        if (np_story_vec_memo(s, doc, p0, p1, &pv) != NP_OK)
            pv.n = 0;
        size_t n = 0;
        for (size_t m = 0; m < fa->n_support; m++) {
            long x = c->sent[f][m];
            if (x < 0 || s->sents[x].doc == doc)
                continue;
            n += (pv.n && np_svec_cos(&pv, &s->sents[x].vec) >= QF_FIT_MIN) ||
                 np_qw_match(&s->an[doc], p0, p1, &s->an[s->sents[x].doc], s->sents[x].start, s->sents[x].end);
        }
        if (n > best_n) {
            best_n = n;
            best = k;
        }
    }
    return best_n && best_n * 2 >= others ? best : -1;
}

/* How one outlet's variant r of group g joins fact best (rules 1-3
 * above): a sentence to add whole in cand[*n_cand] (moved out of its fact
 * first under rule 2), or the quoted words in sp[*n_sp].  1 when it
 * added one of those, 0 when the variant's words were not found or lie
 * only in a headline or a hidden copy (another variant of that outlet may
 * still join). */
static int join_variant(qf_ctx *c, uint32_t g, size_t best, const np_bref *r, uint32_t *cand, size_t *n_cand,
                        qf_span *sp, size_t *n_sp)
{
    np_story *s = c->s;
    size_t lo, hi;
    if (!np_story_ref_span(s, r, &lo, &hi))
        return 0;
    long k0 = np_story_sent_at(s, r->doc, lo), k1 = k0;
    if (k0 < 0)
        return 0;
    while ((size_t)k1 + 1 < s->doc_sent0[r->doc + 1] && s->sents[k1 + 1].start < hi)
        k1++;
    if (k1 > k0) {
        /* a quotation of several sentences: the fact states what one of
         * them says, and only that one joins it */
        long k = fitting_sentence(c, best, r->doc, lo, hi, k0, k1);
        if (k < 0)
            return 0;
        k0 = k1 = k;
        lo = lo > s->sents[k].start ? lo : s->sents[k].start;
        hi = hi < s->sents[k].end ? hi : s->sents[k].end;
    }
    long move = -1, stay = -1;
    for (long k = k0; k <= k1; k++) {
        if (s->sents[k].no_fact || (s->copy_shadow && s->copy_shadow[k]))
            continue;
        int32_t f2 = c->fact_of[k];
        if (c->qmark[k] == g && f2 < 0 && !s->in_fact[k]) {
            cand[(*n_cand)++] = (uint32_t)k;
            return 1;
        }
        if (move < 0 && c->qmark[k] == g && f2 >= 0 && (size_t)f2 != best && !c->gone[f2] &&
            attribution_only(s, k) && cites_quote(c, (size_t)f2, k, r->text))
            move = k;
        if (stay < 0)
            stay = k;
    }
    if (move >= 0) {
        drop_sentence(c, (size_t)c->fact_of[move], move);
        cand[(*n_cand)++] = (uint32_t)move;
        return 1;
    }
    if (stay < 0)
        return 0; /* only in a headline or a hidden copy: no claim of the outlet */
    const char *t = s->docs[r->doc]->text;
    widen_to_marks(t, strlen(t), &lo, &hi);
    sp[(*n_sp)++] = (qf_span){r->doc, lo, hi, stay};
    return 1;
}

/* The outlets of group g that did not join its fact (took[doc] 0) and
 * none of whose wordings shares words with most of the group's others
 * (coherent()): quotes.c grouped another statement with the group's.
 * Each leaves the group as a quotation of its own, so the quote section
 * credits the statement to the outlets its fact cites (issue 8: one
 * outlet count in every section). */
static np_status split_incoherent(np_story *s, uint32_t g, const np_svec *vec, const unsigned char *took)
{
    np_brief *b = s->brief;
    const np_brief_quote *q = &b->quotes[g];
    unsigned char *mark = np_calloc(s->n_docs + 1, 1); /* 1: leaves the group, 2: stays */
    if (!mark)
        return NP_ENOMEM;
    for (size_t v = 0; v < q->n_variants; v++)
        if (took[q->variants[v].doc] || coherent(q, vec, v))
            mark[q->variants[v].doc] = 2;
    size_t leave = 0;
    for (size_t v = 0; v < q->n_variants; v++)
        if (!mark[q->variants[v].doc]) {
            mark[q->variants[v].doc] = 1;
            leave++;
        }
    size_t cap = b->n_quotes;
    np_status st = NP_OK;
    for (int d = 0; (size_t)d < s->n_docs && leave && st == NP_OK; d++) {
        if (mark[d] != 1)
            continue;
        q = &b->quotes[g];
        size_t n = 0, words = 0;
        for (size_t x = 0; x < q->n_variants; x++)
            if (q->variants[x].doc == d) {
                n++;
                words += np_count_word_runs(q->variants[x].text, strlen(q->variants[x].text));
            }
        /* one quoted word ("final") was in the group only as a piece of
         * its statement (compare/quotes.c adopt_quotes()): alone it is no
         * quotation, and it leaves the section */
        np_brief_quote *o = NULL;
        if (words > 1) {
            np_bref *own = np_arena_alloc(&b->arena, (n + 1) * sizeof *own);
            if (!own || np_grow((void **)&b->quotes, &cap, b->n_quotes, sizeof *b->quotes) != NP_OK) {
                st = NP_ENOMEM;
                break;
            }
            o = &b->quotes[b->n_quotes++];
            memset(o, 0, sizeof *o);
            o->speaker = b->quotes[g].speaker;
            o->variants = own;
            o->n_docs = 1;
        }
        np_brief_quote *from = &b->quotes[g];
        size_t w = 0;
        for (size_t x = 0; x < from->n_variants; x++)
            if (from->variants[x].doc != d)
                from->variants[w++] = from->variants[x];
            else if (o)
                o->variants[o->n_variants++] = from->variants[x];
        from->n_variants = w;
        from->n_docs--;
    }
    np_free(mark);
    return st;
}

static np_status complete_group(qf_ctx *c, uint32_t g, size_t best, uint32_t *cand)
{
    np_story *s = c->s;
    const np_brief_quote *q = &s->brief->quotes[g];
    np_svec *vec = np_malloc((q->n_variants + 1) * sizeof *vec);
    qf_span *sp = np_malloc((q->n_variants + 1) * sizeof *sp);
    unsigned char *took = np_calloc(s->n_docs + 1, 1);
    np_status st = vec && sp && took ? NP_OK : NP_ENOMEM;
    for (size_t v = 0; v < q->n_variants && st == NP_OK; v++)
        st = ref_vec(s, &q->variants[v], &vec[v]);
    const np_brief_fact *fa = &s->brief->facts[best];
    for (size_t k = 0; k < fa->n_support && st == NP_OK; k++)
        took[fa->support[k].doc] = 1;
    size_t n_cand = 0, n_sp = 0;
    for (size_t v = 0; v < q->n_variants && st == NP_OK; v++) {
        const np_bref *r = &q->variants[v];
        if (took[r->doc] || !coherent(q, vec, v))
            continue;
        took[r->doc] = (unsigned char)join_variant(c, g, best, r, cand, &n_cand, sp, &n_sp);
    }
    if (st == NP_OK)
        st = grow_fact(c, best, cand, n_cand);
    for (size_t i = 0; i < n_sp && st == NP_OK; i++)
        st = append_span(c, best, sp[i].doc, sp[i].lo, sp[i].hi, sp[i].sent);
    if (st == NP_OK && QF_SPLIT_INCOHERENT)
        st = split_incoherent(s, g, vec, took);
    np_free(vec);
    np_free(sp);
    np_free(took);
    return st;
}

/* Share of sentence k's own content words that lie inside its quotations
 * (names, speech verbs and titles left aside: they say who spoke). */
static float quoted_share(const np_story *s, long k)
{
    size_t in, own;
    int figure;
    word_counts(s, k, 0, &in, &own, &figure);
    return in + own ? (float)in / (float)(in + own) : 0.0f;
}

/* Quote group g has no fact of its own: a fact of three or more outlets
 * holds the wording of only one of them, k, a sentence that is mostly the
 * quotation, while the fact's other outlets quote nothing and the group's
 * other outlets print it outside that fact.  k states what the speaker
 * said, not the claim its fact's other outlets state beside it ("X said
 * the town 'will work with the other ports'" among reports that X scrapped
 * the tolls): it leaves that fact, for orphan_group() to make the
 * quotation's own when the group's sentences are free. */
static np_status release_lone_holder(qf_ctx *c, uint32_t g)
{
    np_story *s = c->s;
    const np_brief_quote *q = &s->brief->quotes[g];
    /* the one variant whose sentence a fact of 3+ outlets holds (a second
     * one in such a fact, the same or another, and none is alone) */
    long lone = -1;
    for (size_t v = 0; v < q->n_variants; v++) {
        size_t lo, hi;
        if (!np_story_ref_span(s, &q->variants[v], &lo, &hi))
            return NP_OK;
        long k = np_story_sent_at(s, q->variants[v].doc, lo);
        if (k < 0 || s->sents[k].no_fact)
            return NP_OK;
        int32_t f = c->fact_of[k];
        if (f < 0 || c->gone[f] || s->brief->facts[f].n_docs < 3 || k == lone)
            continue;
        if (lone >= 0)
            return NP_OK;
        lone = k;
    }
    if (lone < 0 || c->qmark[lone] != g || quoted_share(s, lone) < QF_QUOTED_SHARE)
        return NP_OK;
    size_t f = (size_t)c->fact_of[lone];
    /* the others tell it in their own words: a fact whose other members
     * quote too (parts of one statement, "read a joint statement" / "said
     * a statement from") may be that statement, quoted in pieces */
    for (size_t m = 0; m < s->brief->facts[f].n_support; m++) {
        long x = c->sent[f][m];
        if (x >= 0 && x != lone &&
            (c->qmark[x] == g || np_story_quoted_bytes(&s->an[s->sents[x].doc], s->sents[x].start, s->sents[x].end)))
            return NP_OK;
    }
    /* ... and what they state is not in the quoted words ("a ruinous
     * contract that should never have been signed" states the others'
     * "the contract is ruinous" too) */
    size_t lo = SIZE_MAX, hi = 0;
    for (size_t v = 0; v < q->n_variants; v++) {
        size_t a, e;
        if (q->variants[v].doc != s->sents[lone].doc || !np_story_ref_span(s, &q->variants[v], &a, &e) ||
            a < s->sents[lone].start || a >= s->sents[lone].end)
            continue; /* the words the lone sentence quotes, not the outlet's other printing of them */
        e = e < s->sents[lone].end ? e : s->sents[lone].end;
        lo = a < lo ? a : lo;
        hi = e > hi ? e : hi;
    }
    np_svec qv = {0};
    if (lo >= hi)
        return NP_OK;
    np_status st = np_story_vec_memo(s, s->sents[lone].doc, lo, hi, &qv);
    if (st != NP_OK)
        return st;
    float held = 0;
    for (size_t m = 0; m < s->brief->facts[f].n_support; m++) {
        long x = c->sent[f][m];
        if (x < 0 || x == lone)
            continue;
        float h = np_svec_contain(&qv, &s->sents[x].vec);
        held = h > held ? h : held;
    }
    if (held < QF_QUOTE_HELD)
        drop_sentence(c, f, lone);
    return NP_OK;
}

static np_status join_group(qf_ctx *c, uint32_t g, uint32_t *cand)
{
    np_story *s = c->s;
    np_brief *b = s->brief;
    size_t best = SIZE_MAX, best_n = 0;
    int tie = 0, all;
    for (size_t f = 0; f < b->n_facts; f++) {
        if (c->gone[f])
            continue;
        size_t n = group_docs(s, &b->facts[f], c->sent[f], g, c->qmark, c->seen, &all);
        /* most outlets holding the wording; between equals, the larger
         * fact (the other is often the quotation's second sentence) */
        size_t fd = b->facts[f].n_docs, bd = best == SIZE_MAX ? 0 : b->facts[best].n_docs;
        if (n > best_n || (n == best_n && n && fd > bd)) {
            best = f;
            best_n = n;
            tie = 0;
        } else if (n == best_n && n && fd == bd) {
            tie = 1;
        }
    }
    if (best == SIZE_MAX || tie || !best_n || best_n * 2 < b->facts[best].n_docs) {
        return release_lone_holder(c, g);
    }
    /* the facts that are only this quotation merge into it; then every
     * outlet of the group joins it (complete_group) */
    size_t n;
    np_status st = NP_OK;
    for (size_t f = 0; f < b->n_facts && st == NP_OK; f++) {
        if (f == best || c->gone[f])
            continue;
        np_brief_fact *fa = &b->facts[f];
        if (!group_docs(s, fa, c->sent[f], g, c->qmark, c->seen, &all) || !all)
            continue;
        n = 0;
        for (size_t k = 0; k < fa->n_support; k++)
            cand[n++] = (uint32_t)c->sent[f][k];
        st = grow_fact(c, best, cand, n);
        c->gone[f] = 1;
    }
    return st == NP_OK ? complete_group(c, g, best, cand) : st;
}

static int cmp_fact_docs(const void *x, const void *y)
{
    const np_brief_fact *a = x, *b = y;
    if (a->n_docs != b->n_docs)
        return a->n_docs < b->n_docs ? 1 : -1;
    return a->score < b->score ? -1 : a->score > b->score; /* previous order, kept in score */
}

/* Drop merged facts; most outlets first again, ties in their order. */
static np_status compact(np_story *s, const unsigned char *gone)
{
    np_brief *b = s->brief;
    double *score = np_malloc((b->n_facts + 1) * sizeof *score);
    if (!score)
        return NP_ENOMEM;
    size_t w = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        if (gone[f])
            continue;
        b->facts[w] = b->facts[f];
        score[w] = b->facts[w].score;
        b->facts[w].score = (double)w;
        w++;
    }
    b->n_facts = w;
    qsort(b->facts, w, sizeof *b->facts, cmp_fact_docs);
    for (size_t f = 0; f < w; f++)
        b->facts[f].score = score[(size_t)b->facts[f].score];
    np_free(score);
    return NP_OK;
}

/* ------------------------------------------------ the same quoted sentence
 *
 * Outlets cut one statement differently: one prints three of its sentences
 * as one quotation, another two and then, after "he said", the third, a
 * third only the last.  The facts state sentences, and each quoted
 * sentence that two outlets print in the same words (compare/
 * quote_words.h) is a claim both state, whatever quotation it sits in.
 * sentence_facts() lets the fact of such a sentence cite every outlet
 * printing it: the fact citing most of those sentences, when they are at
 * least half of its outlets, takes the others that are in no fact (a
 * sentence another fact cites stays there: one claim per sentence).
 * Two quoted sentences are one statement only when their speakers have
 * the same surname, or when one speaker is unknown and the sentence is
 * long (QSF_ANON_WORDS): the same words said by two people are two
 * statements ("We will not back down"). */

/* 0: the free sentences of a quoted sentence no fact cites make no new fact
 * (for measuring) */
#define QSF_NEW_FACTS 1
/* words of a quoted sentence whose speaker is unknown.  Measured (real-news
 * and unseen claim golds): 8 -> 6 lets a partial quotation of a question
 * join the outlets printing it whole (Mueller pair F1 0.521 -> 0.556, mean
 * 0.524 -> 0.529; ECB+ pair P 0.934 -> 0.933, F1 the same); at 5 the unseen
 * stories' pair precision falls (North Korea 0.865 -> 0.842). */
#define QSF_ANON_WORDS 6
#define QSF_COMMON_MIN 32  /* a term in more pieces than this (or an eighth of them) finds no candidates */

typedef struct qsf_piece {
    int doc;
    long k;           /* story sentence */
    size_t lo, hi;    /* the quoted words inside it */
    char key[48];     /* speaker's surname, lower case; "" unknown */
    size_t words;
    np_svec v;        /* tf-idf vector of the words (shared with the story memo) */
    uint32_t root;
} qsf_piece;

static uint32_t qsf_find(qsf_piece *p, uint32_t i)
{
    while (p[i].root != i) {
        p[i].root = p[p[i].root].root;
        i = p[i].root;
    }
    return i;
}

static size_t qsf_count_words(const np_analysis *an, size_t lo, size_t hi)
{
    size_t n = 0;
    for (size_t k = np_story_token_at(an, lo); k < an->n_tokens && an->tokens[k].end <= hi; k++)
        n += (an->tokens[k].flags & (NP_TOK_WORD | NP_TOK_NUMBER)) != 0;
    return n;
}

/* The pieces of every quotation of the story: its part inside each
 * sentence that may state a claim, of NP_QW_MIN_WORDS words or more. */
static np_status qsf_pieces(np_story *s, qsf_piece **out, size_t *n_out)
{
    qsf_piece *p = NULL;
    size_t n = 0, cap = 0;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t q = 0; q < an->n_quotes; q++) {
            size_t lo = an->quotes[q].start, hi = an->quotes[q].end;
            for (long k = hi > lo ? np_story_sent_at(s, (int)d, lo) : -1;
                 k >= 0 && (size_t)k < s->doc_sent0[d + 1] && s->sents[k].start < hi; k++) {
                if (s->sents[k].no_fact || (s->copy_shadow && s->copy_shadow[k]))
                    continue;
                size_t a = lo > s->sents[k].start ? lo : s->sents[k].start, b = hi < s->sents[k].end ? hi : s->sents[k].end;
                size_t w = b > a ? qsf_count_words(an, a, b) : 0;
                if (w < NP_QW_MIN_WORDS)
                    continue;
                if (np_grow((void **)&p, &cap, n, sizeof *p) != NP_OK) {
                    np_free(p);
                    return NP_ENOMEM;
                }
                qsf_piece *x = &p[n];
                memset(x, 0, sizeof *x);
                *x = (qsf_piece){.doc = (int)d, .k = k, .lo = a, .hi = b, .words = w, .root = (uint32_t)n};
                np_speaker_surname_key(an->quotes[q].speaker, an->quotes[q].by_group, x->key);
                if (np_story_vec_memo(s, (int)d, a, b, &x->v) != NP_OK) {
                    np_free(p);
                    return NP_ENOMEM;
                }
                n++;
            }
        }
    }
    *out = p;
    *n_out = n;
    return NP_OK;
}

/* May pieces a and b be one statement (speakers, then words)? */
static int qsf_same(const np_story *s, const qsf_piece *a, const qsf_piece *b)
{
    if (a->doc == b->doc)
        return 0;
    if (a->key[0] && b->key[0]) {
        if (strcmp(a->key, b->key))
            return 0;
    } else if ((a->words < b->words ? a->words : b->words) < QSF_ANON_WORDS) {
        return 0;
    }
    return np_qw_match(&s->an[a->doc], a->lo, a->hi, &s->an[b->doc], b->lo, b->hi);
}

/* Union the pieces that read as one quoted sentence.  Candidates share a
 * term that at most QSF_COMMON_MIN (or an eighth of the) pieces hold: a
 * big story's quotations are not compared all pairs. */
static np_status qsf_link(np_story *s, qsf_piece *p, size_t n)
{
    size_t T = s->n_terms + 1;
    uint32_t *off = np_calloc(T + 1, sizeof *off), *post = NULL, *stamp = np_calloc(n + 1, sizeof *stamp);
    if (!off || !stamp) {
        np_free(off);
        np_free(stamp);
        return NP_ENOMEM;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t t = 0; t < p[i].v.n; t++)
            if (p[i].v.term[t] < T) {
                off[p[i].v.term[t] + 1]++;
                total++;
            }
    for (size_t t = 0; t < T; t++)
        off[t + 1] += off[t];
    post = np_malloc((total + 1) * sizeof *post);
    uint32_t *fill = np_malloc((T + 1) * sizeof *fill);
    if (!post || !fill) {
        np_free(off);
        np_free(stamp);
        np_free(post);
        np_free(fill);
        return NP_ENOMEM;
    }
    memcpy(fill, off, (T + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++)
        for (uint32_t t = 0; t < p[i].v.n; t++)
            if (p[i].v.term[t] < T)
                post[fill[p[i].v.term[t]]++] = (uint32_t)i;
    /* stamp[j] = i + 1 while piece i's candidates are counted, fill[j]
     * (reused) their shared terms: a match needs NP_QW_CONTENT content
     * words in common, so pieces sharing fewer terms are not compared
     * word by word */
    size_t common = n / 8 > QSF_COMMON_MIN ? n / 8 : QSF_COMMON_MIN;
    uint32_t *cnt = np_calloc(n + 1, sizeof *cnt), *cand = np_malloc((n + 1) * sizeof *cand);
    if (!cnt || !cand) {
        np_free(off);
        np_free(stamp);
        np_free(post);
        np_free(fill);
        np_free(cnt);
        np_free(cand);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        size_t nc = 0;
        for (uint32_t t = 0; t < p[i].v.n; t++) {
            uint32_t term = p[i].v.term[t];
            if (term >= T || off[term + 1] - off[term] > common)
                continue;
            for (uint32_t x = off[term]; x < off[term + 1]; x++) {
                uint32_t j = post[x];
                if (j <= i || p[j].doc == p[i].doc)
                    continue;
                if (stamp[j] != i + 1) {
                    stamp[j] = (uint32_t)i + 1;
                    cnt[j] = 0;
                    cand[nc++] = j;
                }
                cnt[j]++;
            }
        }
        for (size_t c = 0; c < nc; c++) {
            uint32_t j = cand[c];
            if (cnt[j] >= NP_QW_CONTENT && qsf_find(p, (uint32_t)i) != qsf_find(p, j) && qsf_same(s, &p[i], &p[j]))
                p[qsf_find(p, j)].root = qsf_find(p, (uint32_t)i);
        }
    }
    np_free(cnt);
    np_free(cand);
    np_free(off);
    np_free(stamp);
    np_free(post);
    np_free(fill);
    return NP_OK;
}

/* Fact f gets sentence k (of a document it does not cite) whole. */
static np_status qsf_add(np_story *s, int32_t *fact_of, size_t f, long k)
{
    np_brief_fact *fa = &s->brief->facts[f];
    np_bref *sup = np_arena_alloc(&s->brief->arena, (fa->n_support + 1) * sizeof *sup);
    if (!sup)
        return NP_ENOMEM;
    memcpy(sup, fa->support, fa->n_support * sizeof *sup);
    np_status st = np_story_ref(s, s->sents[k].doc, s->sents[k].start, s->sents[k].end, &sup[fa->n_support]);
    if (st != NP_OK)
        return st;
    fa->support = sup;
    fa->n_support++;
    fa->n_docs++;
    s->in_fact[k] = 1;
    fact_of[k] = (int32_t)f;
    /* an outlet printing another's wire copy is no independent confirmation
     * (as append_span() counts it): recount over the sentences cited */
    uint32_t *sents = np_malloc(fa->n_support * sizeof *sents);
    if (!sents)
        return NP_ENOMEM;
    size_t n = 0;
    for (size_t m = 0; m < fa->n_support; m++) {
        long km = np_story_ref_sent(s, &fa->support[m]);
        if (km >= 0)
            sents[n++] = (uint32_t)km;
    }
    fa->n_independent = np_align_independent(s, sents, n);
    np_free(sents);
    return NP_OK;
}

/* May sentences k[0..n) (one per document) make a fact of their own?  Not
 * when a quote group of more outlets holds one of them: the quote section
 * would credit the quotation to outlets the fact lacks (one outlet count
 * in every section), although those outlets print another sentence of it. */
static int qsf_counts_agree(const np_story *s, const uint32_t *k, size_t n)
{
    const np_brief *b = s->brief;
    for (size_t g = 0; g < b->n_quotes; g++) {
        const np_brief_quote *q = &b->quotes[g];
        if (q->n_docs < 2)
            continue;
        int holds = 0;
        for (size_t v = 0; v < q->n_variants && !holds; v++) {
            size_t lo, hi;
            if (!np_story_ref_span(s, &q->variants[v], &lo, &hi))
                continue;
            for (size_t i = 0; i < n && !holds; i++) {
                const np_sent *se = &s->sents[k[i]];
                holds = se->doc == q->variants[v].doc && se->start < hi && lo < se->end;
            }
        }
        for (size_t v = 0; v < q->n_variants && holds; v++) {
            int in = 0;
            for (size_t i = 0; i < n && !in; i++)
                in = s->sents[k[i]].doc == q->variants[v].doc;
            if (!in)
                return 0;
        }
    }
    return 1;
}

/* A new fact of the cluster's sentence: its free sentences (two at least).
 * A member another fact cites stays there only: it states that fact's
 * claim too, and one claim per sentence (compare/one_claim.c) would take
 * its quoted words out of the new fact again.  Not made when a quote
 * group holding one of the members lists an outlet that prints none of
 * them (qsf_counts_agree()). */
static np_status qsf_new_fact(np_story *s, int32_t *fact_of, size_t *cap, const qsf_piece *p, const uint32_t *pm,
                              size_t n, const uint32_t *free_k, size_t n_free)
{
    np_brief *b = s->brief;
    if (!QSF_NEW_FACTS || n_free < 2)
        return NP_OK;
    uint32_t *all = np_malloc((n + 1) * sizeof *all);
    if (!all)
        return NP_ENOMEM;
    for (size_t i = 0; i < n; i++)
        all[i] = (uint32_t)p[pm[i]].k;
    int agree = qsf_counts_agree(s, all, n);
    np_free(all);
    if (!agree)
        return NP_OK;
    size_t f = b->n_facts;
    np_status st = np_align_add_fact(s, cap, free_k, n_free, 0.0f);
    if (st != NP_OK || b->n_facts == f)
        return st;
    for (size_t i = 0; i < n_free; i++) {
        fact_of[free_k[i]] = (int32_t)f;
        s->in_fact[free_k[i]] = 1;
    }
    return st;
}

/* One cluster of pieces (pm[0..n), documents distinct) joins a fact;
 * free_k is scratch of n entries. */
static np_status qsf_cluster(np_story *s, int32_t *fact_of, size_t *cap, const qsf_piece *p, const uint32_t *pm, size_t n,
                             uint32_t *free_k)
{
    np_brief *b = s->brief;
    int32_t best = -1;
    size_t best_n = 0, n_free = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t f = fact_of[p[pm[i]].k];
        if (f < 0) {
            if (!s->in_fact[p[pm[i]].k])
                free_k[n_free++] = (uint32_t)p[pm[i]].k;
            continue;
        }
        size_t c = 0;
        for (size_t j = 0; j < n; j++)
            c += fact_of[p[pm[j]].k] == f;
        if (c > best_n) {
            best_n = c;
            best = f;
        }
    }
    /* a fact is about this sentence when at least half its outlets print
     * it; else (a sentence of two claims in the fact of the other) the
     * sentence is a claim no fact states yet */
    if (best < 0 || best_n * 2 < b->facts[best].n_docs)
        return qsf_new_fact(s, fact_of, cap, p, pm, n, free_k, n_free);
    np_status st = NP_OK;
    for (size_t i = 0; i < n_free && st == NP_OK; i++) {
        int cited = 0;
        for (size_t m = 0; m < b->facts[best].n_support && !cited; m++)
            cited = b->facts[best].support[m].doc == s->sents[free_k[i]].doc;
        if (!cited)
            st = qsf_add(s, fact_of, (size_t)best, (long)free_k[i]);
    }
    return st;
}

/* Each cluster of linked pieces, the first piece of each document. */
static np_status qsf_clusters(np_story *s, int32_t *fact_of, size_t *cap, qsf_piece *p, size_t n)
{
    uint32_t *off = np_calloc(n + 2, sizeof *off), *mem = np_malloc((n + 1) * sizeof *mem);
    uint32_t *sk = np_malloc((s->n_docs + 1) * sizeof *sk), *free_k = np_malloc((s->n_docs + 1) * sizeof *free_k);
    unsigned char *seen = np_calloc(s->n_docs + 1, 1);
    np_status st = off && mem && sk && free_k && seen ? NP_OK : NP_ENOMEM;
    if (st == NP_OK) {
        for (size_t i = 0; i < n; i++)
            off[qsf_find(p, (uint32_t)i) + 2]++;
        for (size_t r = 0; r < n; r++)
            off[r + 2] += off[r + 1];
        for (size_t i = 0; i < n; i++) /* pieces in order: each cluster's members in document order */
            mem[off[qsf_find(p, (uint32_t)i) + 1]++] = (uint32_t)i;
    }
    for (size_t r = 0; r < n && st == NP_OK; r++) {
        size_t m = 0;
        for (uint32_t x = off[r]; x < off[r + 1]; x++)
            if (!seen[p[mem[x]].doc]) {
                seen[p[mem[x]].doc] = 1;
                sk[m++] = mem[x];
            }
        for (uint32_t x = off[r]; x < off[r + 1]; x++)
            seen[p[mem[x]].doc] = 0;
        if (m >= 2)
            st = qsf_cluster(s, fact_of, cap, p, sk, m, free_k);
    }
    np_free(off);
    np_free(mem);
    np_free(sk);
    np_free(free_k);
    np_free(seen);
    return st;
}

static np_status sentence_facts(np_story *s)
{
    np_brief *b = s->brief;
    qsf_piece *p = NULL;
    size_t n = 0;
    np_status st = qsf_pieces(s, &p, &n);
    if (st != NP_OK || n < 2) {
        np_free(p);
        return st;
    }
    int32_t *fact_of = np_malloc((s->n_sents + 1) * sizeof *fact_of);
    unsigned char *gone = NULL;
    st = fact_of ? qsf_link(s, p, n) : NP_ENOMEM;
    for (size_t k = 0; k < s->n_sents && st == NP_OK; k++)
        fact_of[k] = -1;
    for (size_t f = 0; f < b->n_facts && st == NP_OK; f++)
        for (size_t m = 0; m < b->facts[f].n_support; m++) {
            long k = np_story_ref_sent(s, &b->facts[f].support[m]);
            if (k >= 0 && fact_of[k] < 0)
                fact_of[k] = (int32_t)f;
        }
    size_t cap = b->n_facts, before = b->n_facts, refs_before = 0, refs_after = 0;
    for (size_t f = 0; f < b->n_facts; f++)
        refs_before += b->facts[f].n_support;
    if (st == NP_OK)
        st = qsf_clusters(s, fact_of, &cap, p, n);
    for (size_t f = 0; f < b->n_facts; f++)
        refs_after += b->facts[f].n_support;
    /* new facts, or facts that grew: the order by outlets may have changed */
    if (st == NP_OK && (b->n_facts > before || refs_after > refs_before)) {
        gone = np_calloc(b->n_facts + 1, 1);
        st = gone ? compact(s, gone) : NP_ENOMEM;
    }
    np_free(gone);
    np_free(fact_of);
    np_free(p);
    return st;
}

/* A quotation several outlets print that no fact states: the alignment
 * linked none of its wordings (one outlet cut it, another translated it),
 * so it was neither agreed nor single-source, only a group of the quote
 * section.  It becomes a fact of its own when every outlet of the group
 * prints its wording inside one sentence that no fact cites and that is
 * no headline or hidden copy (the quotation is that sentence's claim), and
 * every two wordings are alike by their own words (quote cosine
 * QF_ORPHAN_ALIKE: the quote section's looser links, by meaning and
 * surroundings, made facts of two different statements): the fact then
 * cites exactly the outlets the quote section lists. */
static np_status orphan_group(np_story *s, uint32_t g, const uint32_t *qmark, uint32_t *cand, size_t *cap)
{
    const np_brief_quote *q = &s->brief->quotes[g];
    np_svec *vec = np_malloc((q->n_variants + 1) * sizeof *vec);
    long *of_doc = np_malloc((s->n_docs + 1) * sizeof *of_doc);
    np_status st = vec && of_doc ? NP_OK : NP_ENOMEM;
    for (size_t v = 0; v < q->n_variants && st == NP_OK; v++)
        st = ref_vec(s, &q->variants[v], &vec[v]);
    for (size_t d = 0; d < s->n_docs && of_doc; d++)
        of_doc[d] = -1;
    for (size_t v = 0; v < q->n_variants && st == NP_OK; v++) {
        const np_bref *r = &q->variants[v];
        size_t lo, hi;
        if (of_doc[r->doc] >= 0 || !vec[v].n || !np_story_ref_span(s, r, &lo, &hi))
            continue;
        long k = np_story_sent_at(s, r->doc, lo);
        if (k < 0 || s->sents[k].end < hi || qmark[k] != g || s->in_fact[k] || s->sents[k].no_fact ||
            (s->copy_shadow && s->copy_shadow[k]))
            continue;
        int alike = 1; /* this bar holds coherent()'s (a word in common with most) */
        for (size_t x = 0; x < q->n_variants && alike; x++)
            if (q->variants[x].doc != r->doc)
                alike = np_svec_cos(&vec[v], &vec[x]) >= QF_ORPHAN_ALIKE;
        if (alike)
            of_doc[r->doc] = k;
    }
    size_t n = 0, docs = 0;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        if (of_doc[d] >= 0)
            cand[n++] = (uint32_t)of_doc[d];
        docs += of_doc[d] >= 0;
    }
    if (st == NP_OK && n >= 2 && docs == q->n_docs) {
        size_t f = s->brief->n_facts;
        st = np_align_add_fact(s, cap, cand, n, 0.0f);
        for (size_t i = 0; st == NP_OK && s->brief->n_facts > f && i < n; i++)
            s->in_fact[cand[i]] = 1;
    }
    np_free(vec);
    np_free(of_doc);
    return st;
}

np_status np_compare_quote_facts(np_story *s)
{
    np_brief *b = s->brief;
    if (!s->n_sents || !s->in_fact || !b->n_quotes || !b->n_facts)
        return NP_OK;
    size_t F = b->n_facts;
    qf_ctx c = {.s = s};
    c.qmark = np_malloc(s->n_sents * sizeof *c.qmark);
    c.sent = np_calloc(F, sizeof *c.sent);
    c.gone = np_calloc(F, 1);
    c.seen = np_calloc(s->n_docs + 1, 1);
    c.fact_of = np_malloc(s->n_sents * sizeof *c.fact_of);
    uint32_t *cand = np_malloc(s->n_sents * sizeof *cand);
    np_status st = NP_OK;
    if (!c.qmark || !c.sent || !c.gone || !c.seen || !c.fact_of || !cand) {
        st = NP_ENOMEM;
        goto done;
    }
    mark_quotes(s, c.qmark);
    for (size_t k = 0; k < s->n_sents; k++)
        c.fact_of[k] = -1;
    for (size_t f = 0; f < F && st == NP_OK; f++) {
        const np_brief_fact *fa = &b->facts[f];
        c.sent[f] = np_malloc((fa->n_support + 1) * sizeof **c.sent);
        if (!c.sent[f]) {
            st = NP_ENOMEM;
            break;
        }
        for (size_t k = 0; k < fa->n_support; k++) {
            long i = np_story_ref_sent(s, &fa->support[k]);
            c.sent[f][k] = i;
            if (i >= 0 && c.fact_of[i] < 0)
                c.fact_of[i] = (int32_t)f;
        }
    }
    for (size_t g = 0; g < b->n_quotes && st == NP_OK; g++)
        if (b->quotes[g].n_docs >= 2)
            st = join_group(&c, (uint32_t)g, cand);
    if (st == NP_OK)
        st = compact(s, c.gone);
    if (st == NP_OK && QF_ORPHAN_FACTS) {
        size_t cap = b->n_facts, before = b->n_facts;
        mark_quotes(s, c.qmark); /* split_incoherent() may have changed the groups */
        for (size_t g = 0; g < b->n_quotes && st == NP_OK; g++)
            if (b->quotes[g].n_docs >= 2)
                st = orphan_group(s, (uint32_t)g, c.qmark, cand, &cap);
        if (st == NP_OK && b->n_facts > before) {
            unsigned char *none = np_calloc(b->n_facts + 1, 1);
            st = none ? compact(s, none) : NP_ENOMEM;
            np_free(none);
        }
    }
    if (st == NP_OK)
        st = sentence_facts(s);
done:
    if (c.sent)
        for (size_t f = 0; f < F; f++)
            np_free(c.sent[f]);
    np_free(c.sent);
    np_free(c.qmark);
    np_free(c.gone);
    np_free(c.seen);
    np_free(c.fact_of);
    np_free(cand);
    return st;
}

/* ------------------------------------------------- whole quotations shown
 *
 * The sentence splitter cuts a quotation of several sentences into them, so
 * a fact may cite (and show) "“The river is ours." - a fragment that opens
 * a quotation mark and never closes it, or one that closes a mark it never
 * opened.  np_compare_quote_spans() widens such a ref to the whole
 * quotation (the sentences from the one holding the opening mark to the one
 * holding the closing mark, within the paragraph; a quotation left open at
 * the paragraph's end closes there unless the next paragraph opens on a
 * mark, the convention for one running on) when those sentences are
 * cited by no other fact; otherwise, when the fact shows the fragment, it
 * shows a support of its own that is a whole sentence instead. */

#define QS_MAX_SENTS 6 /* sentences one quotation may span: longer is a speech, not a statement */
#define QS_RUN_ON 1 /* 0: a paragraph with an odd count of straight marks is not read (for measuring) */
#define QS_MERGE_SINGLES 1 /* one outlet's single-source pieces of one quotation shown as one item */
#define QS_NONE SIZE_MAX
#define QS_REOPENED (SIZE_MAX - 1) /* qs_close_after(): a new quotation opened first */
#define QS_OWNER_NONE (-1)
#define QS_OWNER_MANY (-2)

/* Length of the quotation mark at t[i]: curly open/close or straight;
 * *kind = 1 open, 2 close, 3 straight; 0 when none. */
static size_t qs_mark(const char *t, size_t i, int *kind)
{
    const unsigned char *u = (const unsigned char *)t + i;
    if (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x9c || u[2] == 0x9d)) {
        *kind = u[2] == 0x9c ? 1 : 2;
        return 3;
    }
    *kind = u[0] == '"' ? 3 : 0;
    return *kind ? 1 : 0;
}

/* The start of the paragraph holding t[off] and its end. */
static void qs_paragraph(const char *t, size_t len, size_t off, size_t *p0, size_t *p1)
{
    size_t a = off, b = off;
    while (a > 0 && t[a - 1] != '\n')
        a--;
    while (b < len && t[b] != '\n')
        b++;
    *p0 = a;
    *p1 = b;
}

/* The opening mark of the quotation open at t[pos] when reading the
 * paragraph from p0 (QS_NONE when none).  Straight marks alternate. */
static size_t qs_open_at(const char *t, size_t p0, size_t pos)
{
    size_t open = QS_NONE;
    for (size_t i = p0; i < pos;) {
        int kind;
        size_t n = qs_mark(t, i, &kind);
        if (kind == 1 || (kind == 3 && open == QS_NONE))
            open = i;
        else if (kind == 2 || kind == 3)
            open = QS_NONE;
        i += n ? n : 1;
    }
    return open;
}

/* The closing mark of the quotation open at t[pos], before p1; its end in
 * *end.  QS_NONE when the paragraph ends first (a quotation running on
 * into the next paragraph, or left open there), QS_REOPENED when a new
 * quotation opens first (the marks are not paired). */
static size_t qs_close_after(const char *t, size_t pos, size_t p1, size_t *end)
{
    for (size_t i = pos; i < p1;) {
        int kind;
        size_t n = qs_mark(t, i, &kind);
        if (kind == 2 || kind == 3) {
            *end = i + n;
            return i;
        }
        if (kind == 1)
            return QS_REOPENED;
        i += n ? n : 1;
    }
    return QS_NONE;
}

/* Straight marks pair up in the paragraph t[p0, *p1).  An odd count is
 * read as a last quotation running on into the next paragraph (the
 * convention: no closing mark at a paragraph's end, an opening one at
 * the next): the paragraph is read up to that mark (*p1).  0 when the
 * marks cannot be read so (the last one closes a quotation: two quotes
 * of the paragraph then lost a mark). */
static int qs_even_straight(const char *t, size_t p0, size_t *p1)
{
    size_t n = 0, last = 0;
    for (size_t i = p0; i < *p1; i++)
        if (t[i] == '"') {
            n++;
            last = i;
        }
    if (n % 2 == 0 || !QS_RUN_ON)
        return n % 2 == 0;
    /* an opening mark: at the paragraph's start or after a space or colon */
    if (last > p0 && t[last - 1] != ' ' && t[last - 1] != ':')
        return 0;
    *p1 = last;
    return 1;
}

typedef struct qs_ctx {
    np_story *s;
    int32_t *owner;      /* per sentence: the fact citing it, or QS_OWNER_* */
    unsigned char *gone; /* per fact: merged into another (qs_merge_parallel) */
} qs_ctx;

/* Sentences [k0, k1] of the ref text[lo, hi) of doc, -1 when not found. */
static long qs_locate(const np_story *s, const np_bref *r, size_t *lo, size_t *hi, long *k1)
{
    if (!np_story_ref_span(s, r, lo, hi))
        return -1;
    long k0 = np_story_sent_at(s, r->doc, *lo);
    if (k0 < 0)
        return -1;
    *k1 = k0;
    while ((size_t)*k1 + 1 < s->doc_sent0[r->doc + 1] && s->sents[*k1 + 1].start < *hi)
        (*k1)++;
    return k0;
}

static void qs_own(qs_ctx *c, long k0, long k1, int32_t f)
{
    for (long k = k0; k >= 0 && k <= k1; k++)
        c->owner[k] = c->owner[k] == QS_OWNER_NONE || c->owner[k] == f ? f : QS_OWNER_MANY;
}

/* Sentences k0..k1 are free for fact f (cited by no other fact) and few.
 * (Taking in the single-source facts that hold the quotation's other
 * sentences whatever else it takes in was tried: single-source precision
 * fell, 0.925 -> 0.919 on the real-news stories, as the merged items lose
 * their right pieces; qs_singles_only() takes them in only when every
 * other sentence is such a piece.) */
static int qs_free(const qs_ctx *c, long k0, long k1, int32_t f)
{
    if (k0 < 0 || k1 < k0 || k1 - k0 + 1 > QS_MAX_SENTS)
        return 0;
    for (long k = k0; k <= k1; k++)
        if (c->owner[k] != QS_OWNER_NONE && c->owner[k] != f)
            return 0;
    return 1;
}

/* Is ref r a fragment of a quotation (it opens a mark it never closes,
 * closes one it never opened, or lies inside one)?  Then *w gets the span of
 * the whole quotation, sentences n0..n1 (n0 = -1 when it cannot be told:
 * a quotation running on past its paragraph, unpaired straight marks). */
typedef struct qs_span {
    size_t lo, hi;
    long n0, n1;
} qs_span;

/* Does the paragraph after the one ending at t[p1] open on a quotation
 * mark?  A quotation left open at a paragraph's end runs on into the next
 * only then (the convention); else the paragraph's end closes it, its
 * closing mark lost or never written. */
static int qs_next_reopens(const char *t, size_t len, size_t p1)
{
    size_t i = p1;
    while (i < len && (t[i] == '\n' || t[i] == ' ' || t[i] == '\t' || t[i] == '\r'))
        i++;
    int kind = 0;
    if (i < len)
        (void)qs_mark(t, i, &kind);
    return kind == 1 || kind == 3;
}

static int qs_fragment(const np_story *s, const np_bref *r, qs_span *w)
{
    size_t lo, hi, p0, p1, end = 0;
    long k1, k0 = qs_locate(s, r, &lo, &hi, &k1);
    w->n0 = -1;
    if (k0 < 0)
        return 0;
    const char *t = s->docs[r->doc]->text;
    size_t len = strlen(t);
    qs_paragraph(t, len, lo, &p0, &p1);
    size_t para_end = p1;
    if (!qs_even_straight(t, p0, &p1))
        return 0;
    /* the ref lies in the paragraph's last quotation, left open: it ends
     * with the paragraph unless the next one reopens */
    int open_to_end = !qs_next_reopens(t, len, para_end);
    if (hi > p1) {
        if (!open_to_end || hi > para_end)
            return 0;
        p1 = para_end;
    }
    size_t open_lo = qs_open_at(t, p0, lo), open_hi = qs_open_at(t, p0, hi);
    if (open_lo == QS_NONE && open_hi == QS_NONE)
        return 0;
    *w = (qs_span){lo, hi, k0, k1};
    if (open_lo != QS_NONE) {
        w->n0 = np_story_sent_at(s, r->doc, open_lo);
        w->lo = w->n0 >= 0 ? s->sents[w->n0].start : lo;
    }
    if (open_hi != QS_NONE) {
        size_t close = qs_close_after(t, hi, p1, &end);
        if (close == QS_NONE && open_to_end && p1 == para_end && para_end > p0) {
            close = para_end; /* closed by the paragraph's end */
            end = para_end;
        }
        w->n1 = close == QS_NONE || close == QS_REOPENED ? -1
                                                        : np_story_sent_at(s, r->doc, close > p0 ? close - 1 : close);
        if (w->n1 < 0)
            w->n0 = -1;
        else
            w->hi = s->sents[w->n1].end > end ? s->sents[w->n1].end : end;
    }
    return 1;
}

/* The one fact other than f citing sentences k0..k1 (-1 when none or
 * several). */
static int32_t qs_other(const qs_ctx *c, long k0, long k1, int32_t f)
{
    int32_t g = -1;
    for (long k = k0; k <= k1; k++) {
        int32_t o = c->owner[k];
        if (o == QS_OWNER_MANY || (o >= 0 && o != f && g >= 0 && o != g))
            return -1;
        if (o >= 0 && o != f)
            g = o;
    }
    return g;
}

/* The ref of fact g from doc, or NULL. */
static const np_bref *qs_ref_of(const np_brief_fact *g, int doc)
{
    for (size_t m = 0; m < g->n_support; m++)
        if (g->support[m].doc == doc)
            return &g->support[m];
    return NULL;
}

/* Fact f shows a fragment whose quotation's other sentences fact g cites:
 * several outlets print a quotation of several sentences and the
 * alignment made a fact of each sentence.  When, outlet by outlet, every
 * ref of f is a fragment whose whole quotation holds g's ref of that
 * outlet and no sentence of a third fact, the two are one statement: f
 * cites each outlet's whole quotation and g goes.  *done tells whether.
 * Facts of several outlets only: one outlet's single-source pieces of a
 * quotation are taken into one by qs_singles_only() (a merged item with
 * one piece another outlet states is wrong as a whole, so only pieces
 * that are all single-source items). */
static np_status qs_merge_parallel(qs_ctx *c, size_t f, const qs_span *w, int *done)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    int32_t g = qs_other(c, w->n0, w->n1, (int32_t)f);
    *done = 0;
    if (g < 0 || c->gone[g] || fa->n_docs < 2 || s->brief->facts[g].n_docs != fa->n_docs || fa->n_support != fa->n_docs ||
        s->brief->facts[g].n_support != s->brief->facts[g].n_docs)
        return NP_OK;
    qs_span *sp = np_malloc(fa->n_support * sizeof *sp);
    if (!sp)
        return NP_ENOMEM;
    int ok = 1;
    for (size_t m = 0; m < fa->n_support && ok; m++) {
        const np_bref *gr = qs_ref_of(&s->brief->facts[g], fa->support[m].doc);
        size_t lo, hi;
        long k1 = -1, k0 = gr ? qs_locate(s, gr, &lo, &hi, &k1) : -1;
        ok = k0 >= 0 && qs_fragment(s, &fa->support[m], &sp[m]) && sp[m].n0 >= 0 &&
             sp[m].n1 - sp[m].n0 < QS_MAX_SENTS && sp[m].n0 <= k0 && k1 <= sp[m].n1;
        for (long k = ok ? sp[m].n0 : 0; ok && k <= sp[m].n1; k++)
            ok = c->owner[k] == QS_OWNER_NONE || c->owner[k] == (int32_t)f || c->owner[k] == g;
    }
    np_status st = NP_OK;
    for (size_t m = 0; m < fa->n_support && ok && st == NP_OK; m++)
        st = np_story_ref(s, fa->support[m].doc, sp[m].lo, sp[m].hi, &fa->support[m]);
    if (ok && st == NP_OK) {
        for (size_t k = 0; k < s->n_sents; k++)
            if (c->owner[k] == g)
                c->owner[k] = (int32_t)f;
        for (size_t m = 0; m < fa->n_support; m++)
            for (long k = sp[m].n0; k <= sp[m].n1; k++)
                c->owner[k] = (int32_t)f;
        c->gone[g] = 1;
        fa->summary = fa->support[0].text;
        *done = 1;
    }
    np_free(sp);
    return st;
}

/* Fact f is one outlet's (single-source) and the other sentences of the
 * quotation its ref is cut from (w) are each cited by a single-source
 * fact of that outlet citing nothing else: the singles stage made an item
 * of each sentence of one statement, and showing them whole takes them
 * into one.  (Taking in sentences no item states too was measured: a
 * piece another outlet states made the merged item wrong, single-source
 * precision 0.931 -> 0.893 on a real-news story.) */
static int qs_singles_only(const qs_ctx *c, size_t f, const qs_span *w)
{
    const np_brief *b = c->s->brief;
    const np_brief_fact *fa = &b->facts[f];
    if (fa->n_docs != 1 || fa->n_support != 1 || w->n0 < 0 || w->n1 < w->n0 || w->n1 - w->n0 + 1 > QS_MAX_SENTS)
        return 0;
    for (long k = w->n0; k <= w->n1; k++) {
        int32_t o = c->owner[k];
        if (o == QS_OWNER_MANY || o == QS_OWNER_NONE)
            return 0; /* a sentence no item states: not taken in on a piece's say */
        if (o == (int32_t)f)
            continue;
        const np_brief_fact *g = &b->facts[o];
        size_t lo, hi;
        long k1, k0 = g->n_support == 1 ? qs_locate(c->s, &g->support[0], &lo, &hi, &k1) : -1;
        if (c->gone[o] || g->n_docs != 1 || k0 < w->n0 || k1 > w->n1 || g->support[0].doc != fa->support[0].doc)
            return 0;
    }
    return 1;
}

/* Ref r cites a sentence from its start (not only the quoted words of one,
 * which would show a statement without who made it). */
static int qs_from_start(const np_story *s, const np_bref *r)
{
    size_t lo, hi;
    long k1, k0 = qs_locate(s, r, &lo, &hi, &k1);
    if (k0 < 0)
        return 0;
    const char *t = s->docs[r->doc]->text;
    size_t start = s->sents[k0].start;
    while (start < lo && (t[start] == ' ' || t[start] == '\n' || t[start] == '\t'))
        start++;
    return lo == start;
}

/* The shown ref of fact f (its first support) is a fragment of a
 * quotation: show another support of the fact that is none (a complete
 * statement in the outlet's own sentence), or else the whole quotation
 * when the sentences it takes in are cited by no other fact. */
static np_status qs_show_whole(qs_ctx *c, size_t f)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    qs_span w, x;
    if (!fa->n_support || fa->summary != fa->support[0].text || !qs_fragment(s, &fa->support[0], &w))
        return NP_OK;
    for (size_t m = 1; m < fa->n_support; m++)
        if (qs_from_start(s, &fa->support[m]) && !qs_fragment(s, &fa->support[m], &x)) {
            np_bref tmp = fa->support[0];
            fa->support[0] = fa->support[m];
            fa->support[m] = tmp;
            fa->summary = fa->support[0].text;
            return NP_OK;
        }
    if (w.n0 < 0)
        return NP_OK;
    if (!qs_free(c, w.n0, w.n1, (int32_t)f)) {
        int merged;
        np_status st = qs_merge_parallel(c, f, &w, &merged);
        if (st != NP_OK || merged || !QS_MERGE_SINGLES || !qs_singles_only(c, f, &w))
            return st;
        for (long k = w.n0; k <= w.n1; k++)
            if (c->owner[k] >= 0 && c->owner[k] != (int32_t)f)
                c->gone[c->owner[k]] = 1;
    }
    np_status st = np_story_ref(s, fa->support[0].doc, w.lo, w.hi, &fa->support[0]);
    if (st == NP_OK) {
        fa->summary = fa->support[0].text;
        qs_own(c, w.n0, w.n1, (int32_t)f);
        /* the whole quotation may go on to its attribution ("... The
         * cranes are old," Ruiz said.): its speaker is then named in the text */
        if (fa->speaker) {
            /* the speaker may be a group ("A, B and C"): its first member or its last named */
            char first[48], last[48];
            np_speaker_surname_key(fa->speaker, 1, first);
            np_name_surname_key(fa->speaker, last);
            int doc = fa->support[0].doc;
            if (np_singles_names_speaker(s, doc, w.lo, w.hi, first) ||
                (strcmp(first, last) && np_singles_names_speaker(s, doc, w.lo, w.hi, last)))
                fa->speaker = NULL;
        }
    }
    return st;
}

np_status np_compare_quote_spans(np_story *s)
{
    np_brief *b = s->brief;
    if (!s->n_sents || !b->n_facts)
        return NP_OK;
    qs_ctx c = {.s = s, .owner = np_malloc(s->n_sents * sizeof *c.owner), .gone = np_calloc(b->n_facts, 1)};
    if (!c.owner || !c.gone) {
        np_free(c.owner);
        np_free(c.gone);
        return NP_ENOMEM;
    }
    for (size_t k = 0; k < s->n_sents; k++)
        c.owner[k] = QS_OWNER_NONE;
    for (size_t f = 0; f < b->n_facts; f++)
        for (size_t m = 0; m < b->facts[f].n_support; m++) {
            size_t lo, hi;
            long k1, k0 = qs_locate(s, &b->facts[f].support[m], &lo, &hi, &k1);
            if (k0 >= 0)
                qs_own(&c, k0, k1, (int32_t)f);
        }
    np_status st = NP_OK;
    for (size_t f = 0; f < b->n_facts && st == NP_OK; f++)
        if (!c.gone[f])
            st = qs_show_whole(&c, f);
    size_t w = 0;
    for (size_t f = 0; f < b->n_facts; f++)
        if (!c.gone[f])
            b->facts[w++] = b->facts[f];
    b->n_facts = w;
    np_free(c.owner);
    np_free(c.gone);
    return st;
}
