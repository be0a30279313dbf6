/*
 * compare/singles.c — the single-source section (contract in
 * compare/singles.h).
 *
 * A sentence in no multi-outlet fact and in no quote group of several
 * outlets becomes a single-source fact, unless a sentence of another outlet
 * resembles it: then "only this outlet says it" would be a guess.  Tests
 * of resemblance: the sentence graph's cosine with a shared event word
 * (SINGLE_DOUBT), and paraphrase() below over every sentence of the other
 * outlets (the graph keeps only pairs found through rare words, while a
 * restatement may share only the story's common ones).
 */
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "compare/names.h"
#include "compare/singles.h"
#include "core/mem.h"

#define SINGLE_MIN_CONTENT 4
#define SINGLE_DOUBT 0.12f  /* cosine to another outlet that makes "single-source" unsure */
#define SINGLE_DOUBT_EV 1
/* ... and at this cosine, with no event word in common: the same people
 * named with the same titles and roles at that length ("the press
 * secretary Ana Velk confirmed" / "press secretary Ana Maris
 * Velk made the announcement") is one report.  Measured on the
 * real-news claim golds: 2 single-source items stated elsewhere and 1
 * right one left out, single-source P 0.926 -> 0.934 (mean of the seven
 * stories; the same from 0.25 to 0.30). */
#define SINGLE_ALIKE 0.30f
/* the cosine below which two sentences are not one claim (compare/align.c's
 * PROP_MIN): a sentence giving a figure no other outlet gives is in doubt
 * only above it */
#define SINGLE_QTY_DOUBT 0.25f
/* Any sentence of another outlet (graph edge or not) at this cosine that
 * shares SINGLE_ANY_EV event words says what happened in the same words
 * (two of them: one shared noun is a topic, two are an action on it).
 * Measured on the real-news claim golds (293 single-source items, 36
 * stated elsewhere): 0.13 with two event words drops 11 items stated
 * elsewhere and 35 of the 257 right ones, single-source precision 0.868 ->
 * 0.897 (mean of the seven stories); one event word drops about twice as
 * many right ones for 5 more wrong ones. */
#define SINGLE_ANY_COS 0.13f
#define SINGLE_ANY_EV 2
/* ... or, for a sentence giving a figure no other outlet gives, this
 * cosine with a figure of the same kind ("nearly 80 percent passed the
 * screening" / "more than three quarters pass that review"): the figure is
 * evidence of its own, so the words may differ more.  Measured on the
 * real-news claim golds: 1 item stated elsewhere left out and no right one
 * (caravan 0.875 -> 0.894), the same from 0.08 to 0.12. */
#define SINGLE_ANY_COS_FIGURE 0.10f
/* ... and the words shared must not all be the story's common ones: idf
 * adding up to this (two words each in under a tenth of the sentences); in
 * a short story whose every sentence shares its topic the cosine alone is
 * high.  No real-news pair above 0.13 falls below it. */
#define SINGLE_ANY_IDF 4.5f

/* The looser test of "another outlet may say this too" (paraphrase()):
 * the same event told in other words shares few terms, so the cosine stays
 * low, but it keeps its named actors, some figures and a predicate (or a
 * synonym of it).  Measured on the real-news claim golds, a sentence of
 * another outlet sharing at least LOOSE_TERMS synonym classes whose idf
 * adds up to LOOSE_IDF (rare ones: names, figures, specific nouns) and an
 * event word states the same claim about as often as not, so
 * "single-source" would be a coin toss there.  A sentence giving a figure
 * no other outlet gives needs more in common (LOOSE_TERMS_FIGURE): the
 * figure may be just what it alone reports. */
#define LOOSE_TERMS 3
#define LOOSE_TERMS_FIGURE 5
#define LOOSE_IDF 10.0f
/* ... but its figure aside, a sentence also states an action, and an
 * outlet telling that action alike (more than LOOSE_TERMS classes worth
 * LOOSE_IDF, LOOSE_EV_FIGURE event words of them: "was hit with new fraud
 * charges ... rose to $14 million" / "has pleaded not guilty to the fraud
 * charges") states one of its claims: "only this outlet says it" would be
 * wrong.  Measured on the real-news claim golds: 3 single-source items
 * stated elsewhere and 4 right ones left out, single-source P 0.911 ->
 * 0.922 (mean of the seven stories; mueller 0.864 -> 0.900). */
#define LOOSE_EV_FIGURE 3
/* An article's first LEAD_CLAIMS claims (its sentences that are no
 * headline, caption or other no_fact line: np_story_claim_ranks()) are its
 * lead, which tells what happened: the event every outlet of the story
 * reports, most in words of their own.  A lead sentence that resembles no
 * other outlet's sentence is then more often the event told apart than a
 * claim only this outlet makes, so the lead is not listed as single-source.
 * Measured over the single-source items of three sets of claim golds,
 * items among the first five claims of their article against the rest:
 * real news 6 of 11 right against 201 of 212, the unseen NewsWCL50 stories
 * 2 of 6 against 67 of 89, ECB+ 20 of 55 against 121 of 180.  With 3,
 * single-source precision (mean of the stories) real news 0.932 -> 0.935,
 * unseen 0.711 -> 0.720, ECB+ 0.513 -> 0.550, and two of the 43
 * single-source items of the editor golds are lost (caravan: each told in
 * its outlet's lead); with 4 the sample corpus loses an outlet's exclusive
 * told in its lead (recall 98.2% -> 97.6%). */
#define LEAD_CLAIMS 3
/* Up to NEAR_LEAD_CLAIMS claims in, an article still mostly retells the
 * event, and a figure of its own there ("fought the blaze for 14 hours",
 * "over the past three weeks") is a detail of the retelling more often than
 * the evidence of a claim only it makes: it does not raise the bar of
 * doubt (stated_elsewhere(): SINGLE_QTY_DOUBT) as it does further down.
 * Measured on the three claim-gold sets: 5 single-source items fewer (2 of
 * the unseen NewsWCL50 stories, 3 of ECB+), each stated by another
 * outlet; single-source P unseen 0.720 -> 0.734, ECB+ 0.550 -> 0.559, real
 * news, the seeds and the corpus unchanged.  Items at claims 3-4 had been
 * right 3 of 7 (real news), 1 of 4 (unseen), 8 of 27 (ECB+). */
#define NEAR_LEAD_CLAIMS 5

/* Synonym classes of each sentence's terms as postings: class -> the
 * sentences holding it, each once (arena storage). */
typedef struct postings {
    size_t *off;   /* n_terms + 1 */
    uint32_t *sent;
} postings;

static uint32_t term_class(const np_story *s, uint32_t t)
{
    return s->syn ? s->syn[t] : t;
}

/* Each sentence's distinct term classes, once per sentence: counted into
 * off[c + 1] when at is NULL, else placed at sent[at[c]++]. */
static void scan_classes(np_story *s, uint32_t *stamp, size_t *off, size_t *at, uint32_t *sent)
{
    for (size_t t = 0; t < s->n_terms; t++)
        stamp[t] = UINT32_MAX;
    for (size_t i = 0; i < s->n_sents; i++)
        for (uint32_t k = 0; k < s->sents[i].vec.n; k++) {
            uint32_t c = term_class(s, s->sents[i].vec.term[k]);
            if (stamp[c] == (uint32_t)i)
                continue;
            stamp[c] = (uint32_t)i;
            if (at)
                sent[at[c]++] = (uint32_t)i;
            else
                off[c + 1]++;
        }
}

static np_status build_postings(np_story *s, postings *p, uint32_t *stamp)
{
    size_t T = s->n_terms;
    p->off = np_arena_alloc(&s->work, (T + 1) * sizeof *p->off);
    if (!p->off)
        return NP_ENOMEM;
    memset(p->off, 0, (T + 1) * sizeof *p->off);
    scan_classes(s, stamp, p->off, NULL, NULL);
    for (size_t t = 0; t < T; t++)
        p->off[t + 1] += p->off[t];
    p->sent = np_arena_alloc(&s->work, (p->off[T] + 1) * sizeof *p->sent);
    size_t *pos = np_malloc((T + 1) * sizeof *pos);
    if (!p->sent || !pos) {
        np_free(pos);
        return NP_ENOMEM;
    }
    memcpy(pos, p->off, (T + 1) * sizeof *pos);
    scan_classes(s, stamp, NULL, pos, p->sent);
    np_free(pos);
    return NP_OK;
}

/* Per-call scratch of paraphrase(): class stamps, and per sentence the
 * shared class count and idf, with the sentences touched; which sentences
 * give a figure; the terms of the sentence tested left aside. */
typedef struct loose {
    uint32_t *stamp;   /* n_terms */
    uint32_t *aside;   /* n_terms: aside[t] == i when term t of sentence i says only when or who reports (mark_aside()) */
    uint32_t *cnt;     /* n_sents, zero between calls */
    float *w;          /* n_sents, zero between calls */
    uint32_t *touched; /* n_sents */
    unsigned char *figure; /* n_sents: holds a number that is not an ordinal */
} loose;

/* The kind of quantity a number counts: a share (percent, fraction), money
 * in one currency, a count of a unit noun, or a bare count. */
static int same_kind(const np_number_mention *x, const np_number_mention *y)
{
    unsigned share = NP_NUM_PERCENT | NP_NUM_FRACTION;
    if ((x->flags & share) || (y->flags & share))
        return (x->flags & share) && (y->flags & share);
    if ((x->flags & NP_NUM_MONEY) || (y->flags & NP_NUM_MONEY))
        return (x->flags & NP_NUM_MONEY) && (y->flags & NP_NUM_MONEY) && strcmp(x->currency, y->currency) == 0;
    if (!x->unit || !y->unit)
        return !x->unit && !y->unit;
    return strcmp(x->unit, y->unit) == 0;
}

/* Do sentences a and b give figures of one kind (same_kind())?  Ordinals
 * rank, they do not count: left out. */
static int same_kind_figures(const np_story *s, const np_sent *a, const np_sent *b)
{
    const np_analysis *na = &s->an[a->doc], *nb = &s->an[b->doc];
    for (size_t x = 0; x < na->n_numbers; x++) {
        const np_number_mention *m = &na->numbers[x];
        if (m->start < a->start || m->start >= a->end || (m->flags & NP_NUM_ORDINAL))
            continue;
        for (size_t y = 0; y < nb->n_numbers; y++) {
            const np_number_mention *o = &nb->numbers[y];
            if (o->start >= b->start && o->start < b->end && !(o->flags & NP_NUM_ORDINAL) && same_kind(m, o))
                return 1;
        }
    }
    return 0;
}

/* Does sentence j of another outlet restate sentence i?  Either it shares
 * LOOSE_TERMS classes (LOOSE_TERMS_FIGURE when i gives a figure of its
 * own, or more than LOOSE_TERMS with LOOSE_EV_FIGURE event words) worth
 * LOOSE_IDF and an event word, or it is as alike as
 * SINGLE_ANY_COS (SINGLE_ANY_COS_FIGURE for a figure of its own) with
 * SINGLE_ANY_EV event words and shared words worth SINGLE_ANY_IDF.  A sentence giving a
 * figure no other outlet gives is its claim about that figure: a sentence
 * without a figure of that kind does not restate it, one with a figure of
 * the kind (the same quantity told with another value or in other words:
 * "three quarters" / "nearly 80 percent") does. */
static int restates(const np_story *s, const loose *l, uint32_t i, uint32_t j)
{
    const np_sent *a = &s->sents[i], *b = &s->sents[j];
    int own = s->own_quantity[i];
    unsigned ev = np_align_shared_events(a, b);
    if (l->cnt[j] >= (own ? LOOSE_TERMS_FIGURE : LOOSE_TERMS) && l->w[j] >= LOOSE_IDF && ev >= 1)
        return 1;
    if (own && l->cnt[j] > LOOSE_TERMS && l->w[j] >= LOOSE_IDF && ev >= LOOSE_EV_FIGURE)
        return 1;
    if (l->cnt[j] < 2 || l->w[j] < SINGLE_ANY_IDF || (own && !l->figure[j]) ||
        np_align_shared_events(a, b) < SINGLE_ANY_EV)
        return 0;
    float cos = np_svec_cos(&a->vec, &b->vec);
    if (!own)
        return cos >= SINGLE_ANY_COS;
    return cos >= SINGLE_ANY_COS_FIGURE && same_kind_figures(s, a, b);
}

/* Does sentence j of the same outlet restate sentence i?  An outlet
 * repeating its own claim uses its own words again ("the governor
 * mobilized the guard, ..." then "he mobilized the guard."), so the test
 * is the close one (SINGLE_ALIKE with an event word), not the loose one
 * meant for other outlets' wording: within one article the loose test
 * finds shared vocabulary everywhere (measured: seeds recall and 4 of 7
 * real-news stories' single-source precision dropped). */
static int restates_own(const np_story *s, uint32_t i, uint32_t j)
{
    const np_sent *a = &s->sents[i], *b = &s->sents[j];
    return np_svec_cos(&a->vec, &b->vec) >= SINGLE_ALIKE && np_align_shared_events(a, b) >= 1;
}

/* The tokens [*lo, *hi) of sentence se that credit its source: "according
 * to" and what follows, up to the first comma when the sentence opens with
 * it ("According to the ministry, ..."), else, set off by a comma, a dash
 * or a bracket, up to the next clause (np_story_clauses()) or the
 * sentence's end ("..., according to the commission, which monitors the
 * river").  0 when there is none. */
static int source_credit(const np_story *s, const np_sent *se, uint32_t *lo, uint32_t *hi)
{
    const np_analysis *an = &s->an[se->doc];
    for (uint32_t k = se->tok_lo; k + 1 < se->tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!tk->norm || strcmp(tk->norm, "according") != 0 || !an->tokens[k + 1].norm ||
            strcmp(an->tokens[k + 1].norm, "to") != 0)
            continue;
        *hi = se->tok_hi;
        if (k == se->tok_lo) {
            *lo = k;
            for (uint32_t e = k + 2; e < se->tok_hi; e++)
                if (memchr(an->text + an->tokens[e - 1].end, ',', an->tokens[e].start - an->tokens[e - 1].end)) {
                    *hi = e;
                    break;
                }
            return 1;
        }
        /* set off from the claim by a comma, a dash or a bracket: "went
         * according to plan" credits no one */
        const char *gap = an->text + an->tokens[k - 1].end;
        size_t glen = tk->start - an->tokens[k - 1].end;
        if (!memchr(gap, ',', glen) && !memchr(gap, '(', glen) && !memmem(gap, glen, "\xe2\x80\x94", 3) &&
            !memmem(gap, glen, "\xe2\x80\x93", 3))
            continue;
        *lo = k;
        uint32_t first[16];
        size_t n = np_story_clauses(s, se, first, 16, 2);
        /* a relative clause after the source is about the source ("...,
         * which monitors the river"): part of the credit */
        for (size_t c = 0; c < n; c++)
            if (first[c] > k && np_story_relative_antecedent(s, se, first[c], NULL) == SIZE_MAX) {
                *hi = first[c];
                break;
            }
        return 1;
    }
    return 0;
}

/* Marks the terms of sentence i that stand only inside its date mentions
 * ("since 2022", "last year", "between June and August") or in the credit
 * of its source (source_credit()): aside[t] = i.  A date says when, not
 * what: the events of one story share its years and months, so a date in
 * common is no sign that two sentences tell one event.  The source says
 * who reports it: another outlet naming the same commission or its river
 * does not restate what the commission measured. */
static void mark_aside(const np_story *s, loose *l, uint32_t i)
{
    const np_sent *a = &s->sents[i];
    const np_analysis *an = &s->an[a->doc];
    const uint32_t *tt = s->tok_term[a->doc];
    uint32_t c_lo = 0, c_hi = 0;
    if (!source_credit(s, a, &c_lo, &c_hi))
        c_lo = c_hi = 0;
    size_t lo = 0, hi = an->n_dates;
    while (lo < hi) { /* first date mention ending after the sentence starts */
        size_t mid = lo + (hi - lo) / 2;
        if (an->dates[mid].end <= a->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int pass = 0; pass < 2; pass++) {
        size_t m = lo;
        for (uint32_t k = a->tok_lo; k < a->tok_hi; k++) {
            size_t at = an->tokens[k].start;
            while (m < an->n_dates && an->dates[m].end <= at)
                m++;
            int inside = (m < an->n_dates && an->dates[m].start <= at) || (k >= c_lo && k < c_hi);
            if (tt[k] == UINT32_MAX)
                continue;
            if (pass == 0 && inside)
                l->aside[tt[k]] = i;
            else if (pass == 1 && !inside && l->aside[tt[k]] == i)
                l->aside[tt[k]] = UINT32_MAX;
        }
    }
}

static int paraphrase_in(const np_story *s, const postings *p, loose *l, uint32_t i, const unsigned char *own_doc);

/* Does a sentence of another outlet restate sentence i (restates())?  Its
 * date words, resolved dates and source credit (mark_aside()) count for
 * neither side. */
static int paraphrase(const np_story *s, const postings *p, loose *l, uint32_t i)
{
    return paraphrase_in(s, p, l, i, NULL);
}

/* paraphrase(), or with own_doc: does a sentence j of i's own outlet with
 * own_doc[j] set restate i (restates_own())? */
static int paraphrase_in(const np_story *s, const postings *p, loose *l, uint32_t i, const unsigned char *own_doc)
{
    const np_sent *a = &s->sents[i];
    size_t nt = 0;
    /* a second call for i must not see the first one's stamps */
    uint32_t mark = own_doc ? i + (uint32_t)s->n_sents : i;
    mark_aside(s, l, i);
    for (uint32_t k = 0; k < a->vec.n; k++) {
        uint32_t t = a->vec.term[k], c = term_class(s, t);
        if (l->stamp[c] == mark || l->aside[t] == i || s->term_str[t][0] == '@')
            continue;
        l->stamp[c] = mark;
        for (size_t e = p->off[c]; e < p->off[c + 1]; e++) {
            uint32_t j = p->sent[e];
            if (own_doc ? (s->sents[j].doc != a->doc || j == i || !own_doc[j]) : s->sents[j].doc == a->doc)
                continue;
            if (!l->cnt[j]++)
                l->touched[nt++] = j;
            l->w[j] += s->idf[t];
        }
    }
    int hit = 0;
    for (size_t k = 0; k < nt; k++) {
        uint32_t j = l->touched[k];
        if (!hit && (own_doc ? restates_own(s, i, j) : restates(s, l, i, j)))
            hit = 1;
        l->cnt[j] = 0;
        l->w[j] = 0;
    }
    return hit;
}

/* figure[k] = sentence k holds a number mention other than an ordinal
 * ("fourth year" ranks, it does not count). */
static void mark_figures(const np_story *s, unsigned char *figure)
{
    memset(figure, 0, s->n_sents);
    for (size_t d = 0; d < s->n_docs; d++)
        for (size_t k = 0; k < s->an[d].n_numbers; k++) {
            const np_number_mention *m = &s->an[d].numbers[k];
            long at = np_story_sent_at(s, (int)d, m->start);
            if (at >= 0 && !(m->flags & NP_NUM_ORDINAL))
                figure[at] = 1;
        }
}

/* Is se only the attribution of the quotation closing just before it
 * ("..." Mr. Kask planned to ask.)?  Its claim is the quotation's, which
 * the quote section lists: it follows a closing quotation mark and says
 * nothing beyond who spoke and a verb or two of speaking or intending
 * (every event word an action, at most two). */
static int attribution_tail(const np_story *s, const np_sent *se)
{
    const char *t = s->docs[se->doc]->text;
    size_t k = se->start;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
        k--;
    int closes = (k >= 1 && t[k - 1] == '"') ||
                 (k >= 3 && (unsigned char)t[k - 3] == 0xE2 && (unsigned char)t[k - 2] == 0x80 &&
                  (unsigned char)t[k - 1] == 0x9D);
    if (!closes || !se->n_ev || se->n_ev > 2)
        return 0;
    /* every event word a plain verb; a verb of speaking's own polarity
     * (np_story_report_term()) is no event word */
    uint32_t e = 0;
    for (uint32_t q = 0; q < se->n_pol; q++) {
        if (np_story_report_term(s, se->pol[q] >> 1))
            continue;
        if (e >= se->n_ev || (se->pol[q] & 1) || se->pol[q] >> 1 != se->ev[e])
            return 0;
        e++;
    }
    return e == se->n_ev;
}

/* Does a sentence of another outlet state what sentence i states?
 * "Only this outlet says it" is a claim too: a sentence that some
 * other outlet's sentence resembles may state the same thing in
 * words the alignment could not prove; say nothing about it, unless
 * it gives a quantity no other outlet gives and stands past the lead's
 * neighbourhood (rank: how many claims its article states before it,
 * NEAR_LEAD_CLAIMS or more): then only a close resemblance casts doubt. */
static int stated_elsewhere(const np_story *s, const postings *post, loose *lz, uint32_t i, uint32_t rank)
{
    float bar = s->own_quantity[i] && rank >= NEAR_LEAD_CLAIMS ? SINGLE_QTY_DOUBT : SINGLE_DOUBT;
    int doubt = 0;
    for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1] && !doubt; e++)
        doubt = s->adj_sim[e] >= SINGLE_ALIKE ||
                (s->adj_sim[e] >= bar &&
                 np_align_shared_events(&s->sents[i], &s->sents[s->adj_to[e]]) >= SINGLE_DOUBT_EV);
    return doubt || paraphrase(s, post, lz, i);
}

/* A few quoted words another outlet prints inside a quotation of the
 * same speaker ("calling it \"very good news\"" beside the tweet quoted
 * whole; "\"Iran lied\"" beside the sentence that opens so): the outlet
 * tells that statement in its own words, and others print it.  The
 * quotation of several outlets is in a quote group (quoted[] below); a
 * fragment of two to QUOTED_WORDS_MAX words often is not (too short to
 * match by meaning), so it is found by its words.  Words nobody in
 * particular said, or said of a person ("called Ruiz's promise \"simply
 * false\""), prove nothing: the same speaker must say both. */
#define QUOTED_FRAGMENTS 1
#define QUOTED_WORDS_MAX 12
/* a quotation longer than this (a speech, or a mark never closed) is not
 * searched: each fragment would read it whole */
#define QUOTED_TEXT_MAX 4000

typedef struct quoted_text {
    int doc;
    size_t start, end; /* the quoted words in the document */
    char *norm;     /* " lower-case words separated by single spaces " */
    size_t words;
    char key[48];   /* the speaker's surname key, "" unknown */
} quoted_text;

/* Lower-case words of t[lo, hi) joined by single spaces, with a space at
 * each end, into the arena; *words counts them. */
static char *normal_words(np_arena *a, const char *t, size_t lo, size_t hi, size_t *words)
{
    char *o = np_arena_alloc(a, 2 * (hi - lo) + 3);
    if (!o)
        return NULL;
    size_t n = 0;
    *words = 0;
    o[n++] = ' ';
    for (size_t i = lo; i < hi;) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 0x80 && i + 2 < hi && c == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] == 0x99) { /* ’ */
            o[n++] = '\'';
            i += 3;
            continue;
        }
        int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                   (c == '\'' && n > 1 && o[n - 1] != ' ');
        if (word) {
            if (o[n - 1] == ' ')
                (*words)++;
            o[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (o[n - 1] != ' ') {
            o[n++] = ' ';
        }
        i++;
    }
    if (o[n - 1] != ' ')
        o[n++] = ' ';
    o[n] = 0;
    return o;
}

static np_status quoted_texts(np_story *s, quoted_text **out, size_t *n_out)
{
    size_t total = 0, n = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_quotes;
    quoted_text *q = np_arena_alloc(&s->work, (total + 1) * sizeof *q);
    if (!q)
        return NP_ENOMEM;
    for (size_t d = 0; d < s->n_docs; d++)
        for (size_t k = 0; k < s->an[d].n_quotes; k++) {
            const np_quote *x = &s->an[d].quotes[k];
            q[n].doc = (int)d;
            q[n].start = x->start;
            q[n].end = x->end;
            q[n].norm = NULL;
            q[n].words = 0;
            if (x->end - x->start <= QUOTED_TEXT_MAX &&
                !(q[n].norm = normal_words(&s->work, s->an[d].text, x->start, x->end, &q[n].words)))
                return NP_ENOMEM;
            q[n].key[0] = 0;
            if (x->speaker)
                np_speaker_surname_key(x->speaker, x->by_group, q[n].key);
            n++;
        }
    *out = q;
    *n_out = n;
    return NP_OK;
}

/* Mention m is a person's name whose surname key is key. */
static int mention_has_key(const np_analysis *an, const np_entity_mention *m, const char *key)
{
    if (m->type != NP_ENT_PERSON || m->name_end <= m->name_start)
        return 0;
    char name[128], mk[48];
    size_t n = m->name_end - m->name_start < sizeof name - 1 ? m->name_end - m->name_start : sizeof name - 1;
    memcpy(name, an->text + m->name_start, n);
    name[n] = 0;
    np_name_surname_key(name, mk);
    return !strcmp(mk, key);
}

/* Does sentence se name a person of surname key ("Trump ... calling it
 * \"very good news\"": the words are his)? */
static int names_person(const np_story *s, const np_sent *se, const char *key)
{
    const np_analysis *an = &s->an[se->doc];
    for (size_t k = np_story_ent_at(an, se->start); k < an->n_ents && an->ents[k].start < se->end; k++) {
        const np_entity_mention *m = &an->ents[k];
        if (m->type != NP_ENT_PERSON || m->name_end <= m->name_start)
            continue;
        /* the sentence's subject: only capitalised words before the name
         * ("President Donald Trump commended ..."); a person named after
         * a verb ("accused Orvik of \"selling out\"") or in the possessive
         * ("Ruiz's promise") is what the words are about */
        if (m->end + 1 < an->len && (an->text[m->end] == '\'' || (unsigned char)an->text[m->end] == 0xE2) &&
            (an->text[m->end + 1] == 's' || (m->end + 3 < an->len && an->text[m->end + 3] == 's')))
            continue;
        int subject = 1;
        for (uint32_t t = se->tok_lo; t < se->tok_hi && an->tokens[t].start < m->start && subject; t++)
            subject = (an->tokens[t].flags & NP_TOK_CAP) != 0;
        if (subject && mention_has_key(an, m, key))
            return 1;
    }
    return 0;
}

/* Does another outlet print fragment q[a] inside a quotation of its
 * speaker - or, when q[a]'s speaker is unknown, of a person sentence se
 * names as its subject? */
static int printed_elsewhere(const np_story *s, const quoted_text *q, size_t nq, size_t a, const np_sent *se)
{
    for (size_t b = 0; b < nq; b++) {
        if (q[b].doc == q[a].doc || !q[b].norm || q[b].words < q[a].words || !q[b].key[0] ||
            (q[a].key[0] && strcmp(q[a].key, q[b].key)) || !strstr(q[b].norm, q[a].norm))
            continue;
        if (q[a].key[0] || names_person(s, se, q[b].key))
            return 1;
    }
    return 0;
}

/* Sentences holding a fragment another outlet quotes (printed_elsewhere())
 * get quoted[i] = 1, unless a shared fact holds them already.  Driven by
 * the fragments, few beside the sentences. */
static void mark_quoted_fragments(const np_story *s, const quoted_text *q, size_t nq, unsigned char *quoted)
{
    for (size_t a = 0; a < nq; a++) {
        if (q[a].words < 2 || q[a].words > QUOTED_WORDS_MAX)
            continue;
        long first = np_story_sent_at(s, q[a].doc, q[a].start);
        size_t i = first >= 0 ? (size_t)first : s->doc_sent0[q[a].doc];
        for (; i < s->doc_sent0[q[a].doc + 1] && s->sents[i].start < q[a].end; i++)
            if (s->sents[i].end > q[a].start && !s->in_fact[i] && !quoted[i] &&
                printed_elsewhere(s, q, nq, a, &s->sents[i]))
                quoted[i] = 1;
    }
}

/* Share of a sentence in quotation marks at which it is the speaker's
 * words rather than the outlet's. */
#define SPEAKER_QUOTED 0.7

/* Who said sentence i, when it is mostly one quotation and does not name
 * its speaker ("\u201cWe owe it to our fans.\u201d", a paragraph going on
 * with a statement): the quotation's speaker (extract/quote.h), copied
 * into the brief's arena; NULL when the sentence names its speaker, is
 * mostly the outlet's words, or nobody is known.  A reader of the
 * single-source list sees the words and who said them. */
static np_status unnamed_speaker(np_story *s, uint32_t i, const char **out)
{
    const np_sent *se = &s->sents[i];
    const np_analysis *an = &s->an[se->doc];
    size_t quoted = 0, best_n = 0, len = se->end - se->start;
    const np_quote *best = NULL;
    *out = NULL;
    for (size_t k = np_spans_first_at(an->quotes, an->n_quotes, sizeof *an->quotes, offsetof(np_quote, end),
                                      se->start + 1);
         k < an->n_quotes && an->quotes[k].start < se->end; k++) {
        const np_quote *q = &an->quotes[k];
        size_t a = q->start > se->start ? q->start : se->start, e = q->end < se->end ? q->end : se->end;
        if (e <= a)
            continue;
        quoted += e - a;
        if (e - a > best_n) {
            best_n = e - a;
            best = q;
        }
    }
    if (!best || !best->speaker || !len || (double)quoted < SPEAKER_QUOTED * (double)len)
        return NP_OK;
    /* named in the sentence itself ("..., said Ana Ruiz.", "Ruiz wrote that
     * ..."): nothing to add */
    if (!best->by_pronoun && best->speaker_start >= se->start && best->speaker_start < se->end)
        return NP_OK;
    char key[48];
    np_speaker_surname_key(best->speaker, best->by_group, key);
    if (np_singles_names_speaker(s, se->doc, se->start, se->end, key))
        return NP_OK;
    *out = np_arena_strdup(&s->brief->arena, best->speaker);
    return *out ? NP_OK : NP_ENOMEM;
}

int np_singles_names_speaker(const np_story *s, int doc, size_t lo, size_t hi, const char *key)
{
    const np_analysis *an = &s->an[doc];
    if (!key[0])
        return 0;
    for (size_t e = np_story_ent_at(an, lo); e < an->n_ents && an->ents[e].start < hi; e++)
        if (mention_has_key(an, &an->ents[e], key))
            return 1;
    return 0;
}

/* Text opening on a pronoun that stands for something named before ("It
 * destroyed ...", "They said ...", "His ..."); a connective ("But",
 * "Meanwhile") leans on the story, not on one sentence. */
static int opens_on_pronoun(const char *t)
{
    static const char *const pro[] = {"It ", "It's ", "Its ", "They ", "Their ", "He ", "His ", "She ", "Her ",
                                      "This ", "These ", "That ", "Those ", NULL};
    for (size_t i = 0; pro[i]; i++)
        if (!strncmp(t, pro[i], strlen(pro[i])))
            return 1;
    return 0;
}

/* Text opening on a pronoun for one person ("He paid ...", "Her office
 * ..."): which person, the sentence before may or may not tell. */
static int opens_on_person_pronoun(const char *t)
{
    static const char *const pro[] = {"He ", "His ", "She ", "Her ", NULL};
    for (size_t i = 0; pro[i]; i++)
        if (!strncmp(t, pro[i], strlen(pro[i])))
            return 1;
    return 0;
}

/* Sentences k and k + 1 of one document stand in one paragraph. */
static int same_paragraph(const np_story *s, size_t k)
{
    const np_sent *a = &s->sents[k], *b = &s->sents[k + 1];
    return a->doc == b->doc && !memmem(s->docs[a->doc]->text + a->end, b->start - a->end, "\n\n", 2);
}

/* A third-person singular pronoun among sentence k's words ("Rolf Hagen,
 * his lawyer, ..."; "Bell answered him"): someone the sentence does not
 * name takes part in it. */
static int has_person_pronoun(const np_story *s, size_t k)
{
    static const char *const pro[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself", NULL};
    const np_analysis *an = &s->an[s->sents[k].doc];
    for (uint32_t t = s->sents[k].tok_lo; t < s->sents[k].tok_hi && t < an->n_tokens; t++)
        for (size_t x = 0; pro[x]; x++)
            if (an->tokens[t].norm && !strcmp(an->tokens[t].norm, pro[x]))
                return 1;
    return 0;
}

#define PERSON_NAME_MAX 96

/* The name of person mention m, NUL-terminated in buf (cut at its size). */
static const char *person_name(const char *text, const np_entity_mention *m, char buf[PERSON_NAME_MAX])
{
    size_t n = m->name_end - m->name_start;
    if (n >= PERSON_NAME_MAX)
        n = PERSON_NAME_MAX - 1;
    memcpy(buf, text + m->name_start, n);
    buf[n] = '\0';
    return buf;
}

/* Sentence k names the person e names (by np_names_same_person). */
static int sentence_names(const np_story *s, size_t k, const np_entity_mention *e)
{
    const np_sent *se = &s->sents[k];
    const np_analysis *an = &s->an[se->doc];
    const char *text = s->docs[se->doc]->text;
    char want[PERSON_NAME_MAX], got[PERSON_NAME_MAX];
    person_name(text, e, want);
    for (size_t m = np_mention_at_or_after(an->ents, an->n_ents, se->start); m < an->n_ents && an->ents[m].start < se->end;
         m++)
        if (an->ents[m].type == NP_ENT_PERSON && np_names_same_person(want, person_name(text, &an->ents[m], got)))
            return 1;
    return 0;
}

/* Does sentence i - 1 hold the person a "he"/"she"/"his"/"her" opening
 * sentence i stands for?  That person is someone the paragraph named, so
 * only when no doubt is left: sentence i - 1 names a person, names every
 * person the paragraph named before it, does not itself open on a pronoun
 * and has no pronoun of its own for someone it does not name.  "Kord
 * bought the plot. Rolf Hagen, his lawyer, joined the firm. He paid 14
 * million": "he" is Kord, whom the sentence before leaves out; so is Bell
 * in "Bell took the case from Nils Ek. Ek had opened the inquiry. Her
 * office ...".  Better no context than one without the person meant. */
static int names_the_person(const np_story *s, size_t i)
{
    size_t prev = i - 1;
    const np_sent *pv = &s->sents[prev];
    const np_analysis *an = &s->an[pv->doc];
    if (opens_on_pronoun(s->docs[pv->doc]->text + pv->start) || has_person_pronoun(s, prev))
        return 0;
    size_t first = prev;
    while (first > s->doc_sent0[pv->doc] && same_paragraph(s, first - 1))
        first--;
    int named = 0;
    for (size_t m = np_mention_at_or_after(an->ents, an->n_ents, s->sents[first].start);
         m < an->n_ents && an->ents[m].start < pv->end; m++) {
        const np_entity_mention *e = &an->ents[m];
        if (e->type != NP_ENT_PERSON)
            continue;
        if (e->start >= pv->start)
            named = 1;
        else if (!sentence_names(s, prev, e))
            return 0; /* a person the sentence before leaves out */
    }
    return named;
}

/* Sentences in no shared fact become single-source facts (after the
 * quote groups, so the two sections agree on how many outlets say it). */
np_status np_compare_singles(np_story *s)
{
    if (!s->n_sents || !s->in_fact)
        return NP_OK;
    np_brief *b = s->brief;
    postings post;
    loose lz = {np_arena_alloc(&s->work, (s->n_terms + 1) * sizeof *lz.stamp),
                np_arena_alloc(&s->work, (s->n_terms + 1) * sizeof *lz.aside),
                np_arena_alloc(&s->work, s->n_sents * sizeof *lz.cnt),
                np_arena_alloc(&s->work, s->n_sents * sizeof *lz.w),
                np_arena_alloc(&s->work, s->n_sents * sizeof *lz.touched), np_arena_alloc(&s->work, s->n_sents)};
    if (!lz.stamp || !lz.aside || !lz.cnt || !lz.w || !lz.touched || !lz.figure)
        return NP_ENOMEM;
    mark_figures(s, lz.figure);
    memset(lz.cnt, 0, s->n_sents * sizeof *lz.cnt);
    for (size_t k = 0; k < s->n_sents; k++)
        lz.w[k] = 0;
    np_status pst = build_postings(s, &post, lz.stamp);
    if (pst != NP_OK)
        return pst;
    for (size_t t = 0; t < s->n_terms; t++)
        lz.stamp[t] = lz.aside[t] = UINT32_MAX;
    size_t cap = b->n_facts;
    /* a sentence holding a quotation other outlets print too is not "only
     * this outlet says it": the quote section lists it with them */
    unsigned char *quoted = np_arena_alloc(&s->work, s->n_sents);
    if (!quoted)
        return NP_ENOMEM;
    memset(quoted, 0, s->n_sents);
    for (size_t g = 0; g < b->n_quotes; g++) {
        if (b->quotes[g].n_docs < 2)
            continue;
        for (size_t v = 0; v < b->quotes[g].n_variants; v++) {
            const np_bref *r = &b->quotes[g].variants[v];
            const char *txt = s->docs[r->doc]->text, *at = txt && r->text[0] ? strstr(txt, r->text) : NULL;
            if (!at)
                continue;
            size_t off = (size_t)(at - txt), end = off + strlen(r->text);
            for (long k = np_story_sent_at(s, r->doc, off); k >= 0 && (size_t)k < s->doc_sent0[r->doc + 1] &&
                                                             s->sents[k].start < end;
                 k++)
                quoted[k] = 1;
        }
    }
    /* elsewhere[i]: another outlet states what sentence i states (a shared
     * fact, a shared quotation, a resembling sentence).  A sentence its
     * own outlet's such sentence restates closely (restates_own()) is not
     * single-source either: the outlet told the claim twice, and another
     * outlet matched only one of the two tellings. */
    unsigned char *elsewhere = np_arena_alloc(&s->work, s->n_sents);
    if (!elsewhere)
        return NP_ENOMEM;
    quoted_text *qt = NULL;
    size_t nqt = 0;
    np_status qst = QUOTED_FRAGMENTS ? quoted_texts(s, &qt, &nqt) : NP_OK;
    if (qst != NP_OK)
        return qst;
    if (QUOTED_FRAGMENTS)
        mark_quoted_fragments(s, qt, nqt, quoted);
    uint32_t *rank = np_arena_alloc(&s->work, s->n_sents * sizeof *rank);
    if (!rank)
        return NP_ENOMEM;
    np_story_claim_ranks(s, rank);
    for (size_t i = 0; i < s->n_sents; i++)
        elsewhere[i] = s->in_fact[i] || quoted[i] ||
                       (!s->sents[i].no_fact && stated_elsewhere(s, &post, &lz, (uint32_t)i, rank[i]));
    for (size_t i = 0; i < s->n_sents; i++) {
        if (rank[i] < LEAD_CLAIMS || s->in_fact[i] || quoted[i] || s->sents[i].n_content < SINGLE_MIN_CONTENT ||
            s->sents[i].no_fact || attribution_tail(s, &s->sents[i]))
            continue;
        if (elsewhere[i] || paraphrase_in(s, &post, &lz, (uint32_t)i, elsewhere))
            continue;
        uint32_t m = (uint32_t)i;
        np_status st = np_align_add_fact(s, &cap, &m, 1, 0.0f);
        if (st != NP_OK)
            return st;
        np_brief_fact *f = &b->facts[b->n_facts - 1];
        if ((st = unnamed_speaker(s, m, &f->speaker)) != NP_OK)
            return st;
        f->context = (np_bref){-1, NULL};
        /* "It destroyed thousands of homes.": the sentence before, in the
         * same paragraph, says what "it" is (another quake), which the list
         * alone would hide; for "he" or "she", only when it names the one
         * person the paragraph is about (names_the_person) */
        if (!f->speaker && i > s->doc_sent0[s->sents[i].doc] && f->support[0].text &&
            opens_on_pronoun(f->support[0].text) && same_paragraph(s, i - 1) &&
            (!opens_on_person_pronoun(f->support[0].text) || names_the_person(s, i))) {
            const np_sent *pv = &s->sents[i - 1];
            if ((st = np_story_ref(s, pv->doc, pv->start, pv->end, &f->context)) != NP_OK)
                return st;
        }
    }
    return NP_OK;
}
