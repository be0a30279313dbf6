/*
 * compare/timeline.c — dated events merged across outlets.
 *
 * Every day- or month-precise date mention (resolved by extract/date against
 * the document's publication date and the tense of its clause) dates the
 * sentence holding it; a sentence with several dates is listed once, under
 * the one most likely its own event (date_rank).  Mentions
 * of the same date whose sentences are alike (cosine >= SAME_EVENT with any
 * sentence already in the event) are one event with one source per outlet; unlike sentences on the same date stay
 * separate events.  Events are listed by date.
 */
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/mem.h"
#include "extract/date.h"

#define SAME_EVENT 0.20f
#define SAME_EVENT_LINK 0.15f /* alignment strength that also makes one event */

typedef struct tl_item {
    char date[11];
    uint32_t sent;
    size_t order;
    long event; /* assigned event, -1 none */
    int rank;   /* how likely the date is its sentence's event (date_rank) */
} tl_item;

static int cmp_item(const void *x, const void *y)
{
    const tl_item *a = x, *b = y;
    int c = strcmp(a->date, b->date);
    if (c)
        return c;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* The two sentences were aligned (an edge of the alignment graph). */
static int linked(const np_story *s, uint32_t a, uint32_t b)
{
    for (size_t e = s->adj_off[a]; e < s->adj_off[a + 1]; e++)
        if (s->adj_to[e] == b && s->adj_sim[e] >= SAME_EVENT_LINK)
            return 1;
    return 0;
}

/* Does byte off lie inside one of the document's quotations? */
static int in_quote(const np_analysis *an, size_t off)
{
    for (size_t q = 0; q < an->n_quotes; q++)
        if (off >= an->quotes[q].start && off < an->quotes[q].end)
            return 1;
    return 0;
}

/* A sentence may hold several dates ("fell by 18% between June and
 * August", "signed on May 3, a week after the talks of April 26"); it is
 * listed once, under the date most likely its own event: a day before a
 * month, a date that is not a bound ("since", "until", "before", "after",
 * "from", "between" mark the edge of a span or another event) nor the day
 * a statement was made ("..., the union said on Friday"), then the
 * first. */
static int date_rank(const np_analysis *an, const np_date_mention *m)
{
    static const char *const bound[] = {"since", "until", "till", "before", "after", "from", "between",
                                        "through", "by", "and", "to", NULL};
    int r = m->gran == NP_DATE_DAY ? 4 : 2;
    size_t lo = 0, hi = an->n_tokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (an->tokens[mid].start < m->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    static const char *const say[] = {"said", "says", "told", "announced", "added", "stated", "wrote",
                                      "tweeted", "reported", "confirmed", "declared", NULL};
    /* the word before the date (or before "early"/"late"/"mid"/"on") */
    for (size_t k = lo, seen = 0; k > 0 && seen < 3; k--, seen++) {
        const char *w = an->tokens[k - 1].norm;
        if (!w)
            break;
        if (!strcmp(w, "on") || !strcmp(w, "late") || !strcmp(w, "early")) {
            if (k >= 2 && an->tokens[k - 2].norm)
                for (size_t i = 0; say[i]; i++)
                    if (strcmp(an->tokens[k - 2].norm, say[i]) == 0)
                        return 1; /* "the union said on Friday": when it was said */
        }
        for (size_t i = 0; say[i]; i++)
            if (strcmp(w, say[i]) == 0)
                return 1;
        if (!strcmp(w, "early") || !strcmp(w, "late") || !strcmp(w, "mid") || !strcmp(w, "the") ||
            !strcmp(w, "end") || !strcmp(w, "of"))
            continue;
        for (size_t i = 0; bound[i]; i++)
            if (strcmp(w, bound[i]) == 0)
                return r - 1;
        break;
    }
    return r;
}

np_status np_compare_timeline(np_story *s)
{
    np_brief *b = s->brief;
    size_t total = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_dates;
    if (!total)
        return NP_OK;
    tl_item *it = np_calloc(total, sizeof *it);
    size_t n = 0, cap = 0;
    np_status st = NP_OK;
    if (!it)
        return NP_ENOMEM;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_dates; k++) {
            const np_date_mention *m = &an->dates[k];
            if ((m->gran != NP_DATE_DAY && m->gran != NP_DATE_MONTH) || !m->iso[0] ||
                (m->flags & NP_DATE_UNRESOLVED))
                continue;
            long si = np_story_sent_at(s, (int)d, m->start);
            if (si < 0)
                continue;
            /* a speaker's "tomorrow" counts from the day they spoke, which
             * the outlet's publication date only approximates */
            if ((m->flags & NP_DATE_RELATIVE) && in_quote(an, m->start))
                continue;
            int rank = date_rank(an, m);
            if (n && it[n - 1].sent == (uint32_t)si) {
                /* one date per sentence: the sentence's own event */
                if (rank <= it[n - 1].rank)
                    continue;
                n--;
            }
            memcpy(it[n].date, m->iso, sizeof it[n].date);
            it[n].date[10] = '\0';
            it[n].rank = rank;
            it[n].sent = (uint32_t)si;
            it[n].order = n;
            it[n].event = -1;
            n++;
        }
    }
    qsort(it, n, sizeof *it, cmp_item);
    uint32_t *mem = np_malloc((n + 1) * sizeof *mem);
    if (!mem) {
        np_free(it);
        return NP_ENOMEM;
    }
    for (size_t lo = 0; lo < n && st == NP_OK;) {
        size_t hi = lo;
        while (hi < n && strcmp(it[hi].date, it[lo].date) == 0)
            hi++;
        for (size_t i = lo; i < hi && st == NP_OK; i++) {
            if (it[i].event >= 0)
                continue;
            /* a new event seeded by it[i]; gather alike sentences of the date,
             * one per outlet */
            size_t nm = 0;
            mem[nm++] = it[i].sent;
            it[i].event = (long)b->n_timeline;
            for (size_t j = i + 1; j < hi; j++) {
                if (it[j].event >= 0)
                    continue;
                const np_sent *sj = &s->sents[it[j].sent];
                int dup = 0;
                for (size_t q = 0; q < nm && !dup; q++)
                    dup = s->sents[mem[q]].doc == sj->doc;
                if (it[j].sent == it[i].sent) {
                    it[j].event = it[i].event;
                    continue;
                }
                if (dup)
                    continue;
                /* alike any sentence already in the event (single link: the
                 * date is shared, so chaining stays within one day) */
                int alike = 0;
                for (size_t q = 0; q < nm && !alike; q++)
                    alike = np_svec_cos(&s->sents[mem[q]].vec, &sj->vec) >= SAME_EVENT ||
                            linked(s, mem[q], it[j].sent);
                if (!alike)
                    continue;
                it[j].event = it[i].event;
                mem[nm++] = it[j].sent;
            }
            if ((st = np_grow((void **)&b->timeline, &cap, b->n_timeline, sizeof *b->timeline)) != NP_OK)
                break;
            np_brief_event *ev = &b->timeline[b->n_timeline];
            memset(ev, 0, sizeof *ev);
            memcpy(ev->date, it[i].date, sizeof ev->date);
            ev->sources = np_arena_alloc(&b->arena, nm * sizeof *ev->sources);
            if (!ev->sources) {
                st = NP_ENOMEM;
                break;
            }
            for (size_t q = 0; q < nm && st == NP_OK; q++) {
                const np_sent *se = &s->sents[mem[q]];
                st = np_story_ref(s, se->doc, se->start, se->end, &ev->sources[q]);
            }
            ev->n_sources = nm;
            ev->event = ev->sources[0].text;
            b->n_timeline++;
        }
        lo = hi;
    }
    np_free(mem);
    np_free(it);
    return st;
}
