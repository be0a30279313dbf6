/*
 * compare/timeline.c — dated events merged across outlets.
 *
 * Every day- or month-precise date mention (resolved by extract/date against
 * the document's publication date and the tense of its clause) dates the
 * sentence holding it; a sentence with several dates is listed once, under
 * the one most likely its own event (date_rank).  Mentions
 * of the same date whose sentences are alike (cosine >= SAME_EVENT with any
 * sentence already in the event, and an event word in common unless
 * SAME_EVENT_CLOSE alike) are one event with one source per outlet; unlike
 * sentences on the same date stay separate events.  Events are listed by
 * date.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/brief_internal.h"
#include "core/mem.h"
#include "extract/date.h"
#include "text/lexicon.h"

#define SAME_EVENT 0.20f
#define SAME_EVENT_LINK 0.15f /* alignment strength that also makes one event */
#define SAME_EVENT_WORDS 1    /* event words (np_sent.ev) the two sentences share, at least; with no
                               * more, they also share something besides the day ... */
#define SAME_EVENT_CLOSE 0.35f /* ... unless they are this alike ("entered the clinic" / "checked in") */

typedef struct tl_item {
    char date[11];
    uint32_t sent;
    size_t order;
    long event; /* assigned event, -1 none */
    int rank;   /* how likely the date is its sentence's event (date_rank) */
    size_t at;  /* the date mention's first byte */
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
static int linked(const np_story *s, uint32_t a, uint32_t b, float min)
{
    for (size_t e = s->adj_off[a]; e < s->adj_off[a + 1]; e++)
        if (s->adj_to[e] == b && s->adj_sim[e] >= min)
            return 1;
    return 0;
}


/* Each sentence names a place and none the other's ("killed a cyclist in
 * Dorn" / "lightning killed 40 sheep near Varnholt"): one verb in common
 * tells two events of one day. */
#define PLACES_MAX 4
static size_t places_of(const np_story *s, const np_sent *se, const char **name, size_t *len)
{
    const np_analysis *an = &s->an[se->doc];
    size_t n = 0;
    for (size_t e = np_story_ent_at(an, se->start); e < an->n_ents && an->ents[e].start < se->end && n < PLACES_MAX;
         e++)
        if (an->ents[e].type == NP_ENT_PLACE) {
            name[n] = an->text + an->ents[e].name_start;
            len[n++] = an->ents[e].name_end - an->ents[e].name_start;
        }
    return n;
}

/* Name a[0..na) holds name b[0..nb) as whole words, case aside. */
static int contains_name(const char *a, size_t na, const char *b, size_t nb)
{
    for (size_t i = 0; nb && i + nb <= na; i++)
        if ((i == 0 || a[i - 1] == ' ') && (i + nb == na || a[i + nb] == ' ') && !strncasecmp(a + i, b, nb))
            return 1;
    return 0;
}

static int other_places(const np_story *s, const np_sent *a, const np_sent *b)
{
    const char *na[PLACES_MAX], *nb[PLACES_MAX];
    size_t la[PLACES_MAX], lb[PLACES_MAX];
    size_t ka = places_of(s, a, na, la), kb = places_of(s, b, nb, lb);
    if (!ka || !kb)
        return 0;
    /* one place named more or less fully ("Richmond Hill" / "South
     * Richmond Hill") is one place */
    for (size_t i = 0; i < ka; i++)
        for (size_t j = 0; j < kb; j++)
            if (contains_name(na[i], la[i], nb[j], lb[j]) || contains_name(nb[j], lb[j], na[i], la[i]))
                return 0;
    return 1;
}

/* The terms of the words inside a sentence's own date mentions ("Tuesday",
 * "evening", and the day they resolve to): every sentence of one timeline
 * day shares them, so they say nothing about the event. */
#define DAY_TERMS_MAX 12
static size_t day_terms(const np_story *s, const np_sent *se, uint32_t *out)
{
    const np_analysis *an = &s->an[se->doc];
    size_t n = 0;
    for (size_t i = np_spans_first_at(an->dates, an->n_dates, sizeof *an->dates, offsetof(np_date_mention, start),
                                      se->start);
         i < an->n_dates && an->dates[i].start < se->end && n < DAY_TERMS_MAX; i++) {
        const np_date_mention *m = &an->dates[i];
        if (m->end > se->end)
            continue;
        for (size_t k = np_story_token_at(an, m->start);
             k < se->tok_hi && an->tokens[k].start < m->end && n + 2 <= DAY_TERMS_MAX; k++) {
            uint32_t t = s->tok_term[se->doc][k];
            if (t != UINT32_MAX)
                out[n++] = s->syn ? s->syn[t] : t;
            if (s->tok_date[se->doc][k] != UINT32_MAX)
                out[n++] = s->tok_date[se->doc][k];
        }
    }
    return n;
}

static int in_list(const uint32_t *a, size_t n, uint32_t t)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] == t)
            return 1;
    return 0;
}

/* How many terms two sentences of one day have in common besides the
 * day's words and the event words both use: names, figures, the nouns of
 * who or what the event is about. */
static unsigned shared_beyond_day(const np_story *s, const np_sent *a, const np_sent *b)
{
    uint32_t day[2 * DAY_TERMS_MAX];
    size_t nd = day_terms(s, a, day);
    nd += day_terms(s, b, day + nd);
    unsigned others = 0;
    for (uint32_t i = 0, j = 0; i < a->vec.n && j < b->vec.n;) {
        uint32_t t = a->vec.term[i];
        if (t < b->vec.term[j]) {
            i++;
            continue;
        }
        if (t > b->vec.term[j]) {
            j++;
            continue;
        }
        i++;
        j++;
        if (!in_list(day, nd, t) &&
            !(np_story_sorted_index(a->ev, a->n_ev, t) >= 0 && np_story_sorted_index(b->ev, b->n_ev, t) >= 0))
            others++;
    }
    return others;
}

/* Sentences a and b of one day tell one event: alike (cosine SAME_EVENT,
 * or aligned), and either close (SAME_EVENT_CLOSE: "entered the clinic" /
 * "checked in") or sharing event words; one event word shared is not
 * enough when each names a place of its own ("killed a cyclist in Dorn" /
 * "killed 40 sheep near Varnholt"), nor with nothing else in common but
 * the day ("the board met on Tuesday" / "supporters met on Tuesday to
 * protest", however alike two short sentences look: "Vinter was injured on
 * Monday" / "Osk was injured on Monday"). */
static int same_event(const np_story *s, uint32_t a, uint32_t b)
{
    const np_sent *sa = &s->sents[a], *sb = &s->sents[b];
    float cos = np_svec_cos(&sa->vec, &sb->vec);
    if (cos < SAME_EVENT && !linked(s, a, b, SAME_EVENT_LINK))
        return 0;
    unsigned shared = np_align_shared_events(sa, sb);
    if (cos < SAME_EVENT_CLOSE && shared < SAME_EVENT_WORDS)
        return 0;
    if (shared > SAME_EVENT_WORDS)
        return 1;
    if (shared == SAME_EVENT_WORDS && cos < SAME_EVENT_CLOSE && other_places(s, sa, sb))
        return 0;
    return shared_beyond_day(s, sa, sb) > 0;
}

/* One event while the timeline is built: its date and members (sentence
 * ids mem[m0 .. m0 + nm)); root: the event it was merged into (itself
 * while it stands alone). */
typedef struct tl_event {
    char date[11];
    size_t m0, nm;
    size_t root;
} tl_event;

/* Merging across dates: an outlet that dates an event by its month ("in
 * mid-September") and one that gives the day inside it give one entry,
 * under the day; sentences more alike than within one date.  Two different
 * days stay two entries, each citing only the outlets that give it: until
 * 2026-12-07 days at most 3 apart were merged under the date most outlets
 * gave, so an outlet saying November 29 was cited for November 30 and the
 * conflict was hidden wherever the discrepancy section missed it (4 of 4
 * invented stories with a planted date conflict; on ECB+ the merges also
 * joined a Tuesday signing to a Wednesday injury-list entry). */
#define CROSS_EVENT 0.30f
#define CROSS_LINK 0.25f

static size_t ev_root(tl_event *ev, size_t e)
{
    while (ev[e].root != e)
        e = ev[e].root = ev[ev[e].root].root;
    return e;
}

static int ev_alike(const np_story *s, const tl_event *a, const tl_event *b, const uint32_t *mem)
{
    for (size_t p = 0; p < a->nm; p++)
        for (size_t q = 0; q < b->nm; q++) {
            uint32_t x = mem[a->m0 + p], y = mem[b->m0 + q];
            if (s->sents[x].doc == s->sents[y].doc)
                continue;
            if (np_svec_cos(&s->sents[x].vec, &s->sents[y].vec) >= CROSS_EVENT || linked(s, x, y, CROSS_LINK))
                return 1;
        }
    return 0;
}

static void merge_across_dates(const np_story *s, tl_event *ev, size_t n_ev, const uint32_t *mem)
{
    for (size_t i = 0; i < n_ev; i++) {
        if (strlen(ev[i].date) != 7)
            continue; /* a day: merged with its month's entry below, never with another day */
        for (size_t j = i + 1; j < n_ev && strncmp(ev[j].date, ev[i].date, 7) == 0; j++) {
            if (strlen(ev[j].date) == 7 || !ev_alike(s, &ev[i], &ev[j], mem))
                continue;
            size_t ri = ev_root(ev, i), rj = ev_root(ev, j);
            if (ri == rj || strlen(ev[ri].date) != 7)
                continue; /* the month went under another day already: two days stay apart */
            ev[ri].root = rj; /* under the day, however many outlets give the month */
        }
    }
}

static int cmp_root_date(const void *x, const void *y)
{
    const tl_event *a = *(tl_event *const *)x, *b = *(tl_event *const *)y;
    int c = strcmp(a->date, b->date);
    return c ? c : (a < b ? -1 : a > b);
}

/* Words that open a noun phrase. */
static const char *const k_det[] = {"the", "a", "an", "his", "her", "their", "its", "our", NULL};

/* The words of sentence se telling the event its date mention at byte `at`
 * dates, into [*lo, *hi): the sentence, unless the date stands in a
 * subordinate clause with a subject and verb of its own while the rest of
 * the sentence has a verb too ("Her stay comes after Ruiz crashed her car
 * on June 8"; "The storm, which hit the coast on Monday, cut power to
 * 2,000 homes"): then the clause past its conjunction ("Ruiz crashed her
 * car on June 8"), or a relative clause with the noun it is about ("The
 * storm, which hit the coast on Monday").  The main clause's event
 * happened on another day, or on one the sentence does not give.  Only
 * conjunctions of another time or of a reason ("after", "before", "since",
 * "until", "because", "although", "though", "whereas"): what happens
 * "when" or "while" the clause's event does happens that day too ("were
 * hurt when it ran aground on Monday").  Returns 1 when the span is such a
 * clause. */
#define SUB_REACH 30   /* tokens from the date back to its conjunction */
#define SUB_SUBJECT 5  /* words after the conjunction within which its verb stands */
static int dated_span(const np_story *s, const np_sent *se, size_t at, size_t *lo, size_t *hi, size_t *own)
{
    static const char *const conj[] = {"after", "before", "since", "until", "because", "although", "though",
                                       "whereas", NULL};
    static const char *const rel[] = {"which", "who", "whose", "where", NULL};
    static const char *const prep[] = {"in", "on", "at", "of", "from", "to", "near", "into", "for", "with",
                                       "by", "off", "across", "about", "over", "under", "during", NULL};
    const np_analysis *an = &s->an[se->doc];
    *lo = *own = se->start;
    *hi = se->end;
    size_t kd = np_story_token_at(an, at);
    if (kd <= se->tok_lo || kd >= se->tok_hi || np_quote_at(an->quotes, an->n_quotes, at))
        return 0; /* a date inside a quotation is the speaker's */
    size_t ks = SIZE_MAX;
    int relative = 0;
    for (size_t k = kd, steps = 0; k-- > se->tok_lo && steps < SUB_REACH; steps++) {
        if (np_story_clause_gap(an, k, NP_GAP_ASIDES | NP_GAP_QUOTES))
            return 0;
        const char *w = an->tokens[k].norm;
        if (!w)
            continue;
        if (np_lex_word_in(w, conj)) {
            ks = k;
            break;
        }
        if (np_lex_word_in(w, rel)) {
            ks = k;
            relative = 1;
            break;
        }
    }
    if (ks == SIZE_MAX || ks + 1 >= kd)
        return 0;
    /* the clause ends at the first break after the date's words (the
     * comma of "May 4, 2031," is the date's) or at the sentence's end */
    size_t date_end = at;
    for (size_t m = np_spans_first_at(an->dates, an->n_dates, sizeof *an->dates, offsetof(np_date_mention, start), at);
         m < an->n_dates && an->dates[m].start == at; m++)
        if (an->dates[m].end > date_end)
            date_end = an->dates[m].end;
    size_t ke = kd;
    while (ke + 1 < se->tok_hi && (an->tokens[ke + 1].start < date_end || !np_story_clause_gap(an, ke, NP_GAP_ASIDES)))
        ke++;
    ke++;
    const np_token *after = &an->tokens[ks + 1];
    int clause_verb;
    if (relative) {
        /* "which" or "who" before a lower-case word that is no determiner
         * is the subject of its verb ("which hit the coast"); else a verb
         * in the clause */
        clause_verb = ((!strcmp(an->tokens[ks].norm, "which") || !strcmp(an->tokens[ks].norm, "who")) &&
                       (after->flags & NP_TOK_WORD) && !(after->flags & NP_TOK_CAP) && after->norm &&
                       !np_lex_word_in(after->norm, k_det)) ||
                      np_story_span_has_verb(s, se->doc, (uint32_t)ks, (uint32_t)ke, NP_VERB_LOOSE);
    } else {
        /* a subject, then a finite verb within a few words, before the
         * date ("after the river rose on Tuesday", "after Ruiz crashed her
         * car on June 8"); not a noun the date or a phrase qualifies ("after
         * a safety review on Monday", "since its May 2 opening", "after
         * months of talks the city reopened ..."), nor a clause without a
         * subject ("after being hit"), nor a sentence opening on the
         * conjunction ("After a debate the council approved the budget on
         * Tuesday": where its clause ends is not written) */
        size_t an_ = after->norm ? strlen(after->norm) : 0;
        size_t vhi = ks + 1 + SUB_SUBJECT < kd ? ks + 1 + SUB_SUBJECT : kd;
        size_t first_word = se->tok_lo;
        while (first_word < se->tok_hi && !(an->tokens[first_word].flags & NP_TOK_WORD))
            first_word++;
        /* a pronoun would leave the entry without its referent ("it sailed
         * on Monday", "his term expired in May"): the sentence says whose */
        static const char *const pronoun[] = {"it", "he", "she", "they", "we", "i", "you", "its", "his",
                                              "her", "their", "our", "this", "that", "these", "those", NULL};
        clause_verb = ks > first_word && after->norm && (after->flags & NP_TOK_WORD) &&
                      !np_lex_word_in(after->norm, prep) && !np_lex_word_in(after->norm, pronoun) &&
                      !(an_ > 4 && !strcmp(after->norm + an_ - 3, "ing")) &&
                      np_story_span_has_verb(s, se->doc, (uint32_t)ks + 1, (uint32_t)vhi,
                                             NP_VERB_LOOSE | NP_VERB_NOT_FIRST);
    }
    if (!clause_verb || !(np_story_span_has_verb(s, se->doc, se->tok_lo, (uint32_t)ks, NP_VERB_LOOSE) ||
                          np_story_span_has_verb(s, se->doc, (uint32_t)ke, se->tok_hi, NP_VERB_LOOSE)))
        return 0;
    if (relative) {
        size_t head = np_story_relative_antecedent(s, se, (uint32_t)ks, NULL);
        if (head == SIZE_MAX)
            return 0; /* "the man who was held on Monday": where the noun starts is not known */
        /* a noun after a preposition ("a patrol off the Tarn coast, which
         * began in May") may not be what the clause is about */
        size_t kh = np_story_token_at(an, head);
        if (kh > se->tok_lo && kh < an->n_tokens && an->tokens[kh - 1].norm &&
            (np_lex_word_in(an->tokens[kh - 1].norm, prep) ||
             (kh - 1 > se->tok_lo && np_lex_word_in(an->tokens[kh - 1].norm, k_det) && an->tokens[kh - 2].norm &&
              np_lex_word_in(an->tokens[kh - 2].norm, prep))))
            return 0;
        *lo = head;
        *own = an->tokens[ks].start; /* the clause's own words: not its noun's */
    } else {
        *lo = *own = after->start;
    }
    *hi = an->tokens[ke - 1].end;
    /* a quotation the clause opens closes with it ("called the ship \"a
     * wreck\"," ends after the mark); one it leaves open (the clause ends at
     * a comma inside the quotation) makes no span: the sentence is shown */
    size_t open = 0;
    for (size_t p = *lo; p < *hi; p++)
        open += an->text[p] == '"' || (p + 2 < *hi && !memcmp(an->text + p, "\xe2\x80\x9c", 3)) ||
                (p + 2 < *hi && !memcmp(an->text + p, "\xe2\x80\x9d", 3));
    if (open % 2 && ke < an->n_tokens) {
        size_t gap_end = an->tokens[ke].start;
        if (*hi < gap_end && an->text[*hi] == '"')
            *hi += 1, open++;
        else if (*hi + 3 <= gap_end && !memcmp(an->text + *hi, "\xe2\x80\x9d", 3))
            *hi += 3, open++;
    }
    if (open % 2) {
        *lo = *own = se->start;
        *hi = se->end;
        return 0;
    }
    return 1;
}

/* The words a listed sentence's date dates (dated_span()), read once per
 * sentence: the span its entry shows, and for a sentence dated by a
 * subordinate clause that clause's own event words (np_sent.ev). */
typedef struct dated_words {
    size_t lo, hi;     /* the span shown */
    unsigned char sub; /* dated by a subordinate clause */
    uint32_t *ev;      /* its clause's event words (sorted), when sub */
    uint32_t n_ev;
} dated_words;

/* Sentences a and b are opposed (np_story_opposed()) on an action the
 * words their dates date hold: "No arrests were made after protesters
 * blocked the road on Sunday" and "Two men were arrested after protesters
 * blocked the road on Sunday" tell one blocking on Sunday; only an entry
 * dated by the arrests would take a side. */
static int opposed_dated(const np_story *s, const dated_words *dw, uint32_t a, uint32_t b)
{
    int ok = 1;
    for (int k = 0; k < 2 && ok; k++) {
        const dated_words *w = &dw[k ? b : a];
        ok = !w->sub || np_story_opposed(s, a, b, w->ev, w->n_ev);
    }
    return ok && np_story_opposed(s, a, b, NULL, 0);
}

/* The brief's entries: one per root event, its members first, then those
 * of the events merged into it from outlets not yet cited. */
static np_status emit_events(np_story *s, tl_event *ev, size_t n_ev, const uint32_t *mem, const dated_words *dw)
{
    np_brief *b = s->brief;
    size_t n_roots = 0;
    for (size_t e = 0; e < n_ev; e++)
        n_roots += ev_root(ev, e) == e;
    tl_event **roots = np_malloc((n_roots + 1) * sizeof *roots);
    size_t *next = np_malloc((n_ev + 1) * sizeof *next), *head = np_malloc((n_ev + 1) * sizeof *head);
    int *docs = np_malloc((s->n_docs + 1) * sizeof *docs);
    np_bref *refs = NULL;
    np_status st = NP_OK;
    if (!roots || !next || !head || !docs) {
        st = NP_ENOMEM;
        goto done;
    }
    /* members lists per root, in event order (the root's own first) */
    for (size_t e = 0; e < n_ev; e++)
        head[e] = SIZE_MAX;
    for (size_t e = n_ev; e-- > 0;) {
        size_t r = ev_root(ev, e);
        if (r == e)
            continue;
        next[e] = head[r];
        head[r] = e;
    }
    n_roots = 0;
    for (size_t e = 0; e < n_ev; e++)
        if (ev[e].root == e)
            roots[n_roots++] = &ev[e];
    qsort(roots, n_roots, sizeof *roots, cmp_root_date);
    b->timeline = np_calloc(n_roots ? n_roots : 1, sizeof *b->timeline);
    if (!b->timeline) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t r = 0; r < n_roots && st == NP_OK; r++) {
        size_t re = (size_t)(roots[r] - ev), nd = 0, total = 0;
        for (size_t e = re; e != SIZE_MAX; e = e == re ? head[re] : next[e])
            total += ev[e].nm;
        refs = np_arena_alloc(&b->arena, (total ? total : 1) * sizeof *refs);
        if (!refs) {
            st = NP_ENOMEM;
            break;
        }
        size_t k = 0;
        for (size_t e = re; e != SIZE_MAX && st == NP_OK; e = e == re ? head[re] : next[e])
            for (size_t q = 0; q < ev[e].nm && st == NP_OK; q++) {
                const np_sent *se = &s->sents[mem[ev[e].m0 + q]];
                int dup = 0;
                for (size_t x = 0; x < nd && !dup; x++)
                    dup = docs[x] == se->doc;
                if (dup && e != re)
                    continue; /* that outlet is cited already */
                if (!dup)
                    docs[nd++] = se->doc;
                const dated_words *w = &dw[mem[ev[e].m0 + q]];
                st = np_story_ref(s, se->doc, w->lo, w->hi, &refs[k++]);
            }
        if (st != NP_OK)
            break;
        np_brief_event *be = &b->timeline[b->n_timeline++];
        memcpy(be->date, roots[r]->date, sizeof be->date);
        be->sources = refs;
        be->n_sources = k;
        be->event = refs[0].text;
    }
done:
    np_free(roots);
    np_free(next);
    np_free(head);
    np_free(docs);
    return st;
}

/* Two sentences dated alike tell one event only when the words their
 * dates date share an event word: for a sentence dated by a subordinate
 * clause, that clause's ("the mayor, who took office on Tuesday, ordered
 * an inquiry" beside "the mayor ordered an inquiry on Tuesday": two events
 * of one day). */
static int dated_words_alike(const np_story *s, const dated_words *dw, uint32_t a, uint32_t b)
{
    if (!dw[a].sub && !dw[b].sub)
        return 1;
    const np_sent *sa = &s->sents[a], *sb = &s->sents[b];
    const uint32_t *ea = dw[a].sub ? dw[a].ev : sa->ev, *eb = dw[b].sub ? dw[b].ev : sb->ev;
    uint32_t na = dw[a].sub ? dw[a].n_ev : sa->n_ev, nb = dw[b].sub ? dw[b].n_ev : sb->n_ev;
    return np_story_sorted_common(ea, na, eb, nb) >= 1;
}

/* A sentence that tells what may happen or what happens as a rule,
 * not an event: it opens on a condition ("If the club wins on Saturday,
 * it will host the final on May 3"), or a word of habit stands in the
 * clause of its date `at` ("The season usually opens in late October";
 * not "The ferry, which usually runs hourly, was cancelled on Monday"). */
static int not_an_event(const np_story *s, const np_sent *se, size_t at, int rank)
{
    static const char *const condition[] = {"if", "unless", NULL};
    static const char *const habit[] = {"usually", "generally", "typically", "normally", NULL};
    const np_analysis *an = &s->an[se->doc];
    uint32_t k = se->tok_lo;
    while (k < se->tok_hi && !(an->tokens[k].flags & NP_TOK_WORD))
        k++;
    /* the speaker's condition is a statement the outlet reports, quoted
     * ("\"If they leave, we strike,\" she said on Monday") or not, when the
     * date is the statement's ("If pay stays low, the union will strike, its
     * leader said on Monday"); "If anything, ..." is no condition */
    if (k < se->tok_hi && an->tokens[k].norm && np_lex_word_in(an->tokens[k].norm, condition) &&
        !np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start) && rank != 1 &&
        !(k + 1 < se->tok_hi && an->tokens[k + 1].norm && !strcmp(an->tokens[k + 1].norm, "anything")))
        return 1;
    size_t kd = np_story_token_at(an, at);
    if (kd < se->tok_lo || kd >= se->tok_hi)
        return 0;
    size_t lo = kd, hi = kd;
    while (lo > se->tok_lo && !np_story_clause_gap(an, lo - 1, NP_GAP_ASIDES | NP_GAP_QUOTES))
        lo--;
    while (hi + 1 < se->tok_hi && !np_story_clause_gap(an, hi, NP_GAP_ASIDES | NP_GAP_QUOTES))
        hi++;
    /* the date of what the sentence compares with ("prices rose 0.4 per
     * cent, compared with a 0.2 per cent rise in April"; "23 treated, up
     * from 17 reported yesterday"; "higher than the first count announced
     * on Sunday"): another period's figure, not this sentence's event */
    for (size_t j = lo; j < kd; j++) {
        const char *w = an->tokens[j].norm;
        if (!w || np_quote_at(an->quotes, an->n_quotes, an->tokens[j].start))
            continue;
        const char *next = j + 1 < kd ? an->tokens[j + 1].norm : NULL;
        if (!next)
            continue;
        if (!strcmp(w, "compared") && (!strcmp(next, "with") || !strcmp(next, "to")))
            return 1; /* not "vs.": a match's other side ("the game vs. Atlanta in September") */
        if ((!strcmp(w, "up") || !strcmp(w, "down")) && !strcmp(next, "from"))
            return 1;
        if ((!strcmp(w, "higher") || !strcmp(w, "lower")) && !strcmp(next, "than"))
            return 1;
    }
    /* the habit of a verb ("usually opens"), not of an adjective ("the
     * usually quiet harbour was sealed off on Monday") */
    for (size_t j = lo; j + 1 <= hi; j++) {
        if (!an->tokens[j].norm || !np_lex_word_in(an->tokens[j].norm, habit) ||
            np_quote_at(an->quotes, an->n_quotes, an->tokens[j].start) ||
            !np_story_span_has_verb(s, se->doc, (uint32_t)j + 1, (uint32_t)j + 2, NP_VERB_LOOSE))
            continue;
        /* "the usually crowded ferry": an adjective after its article */
        if (j > se->tok_lo && an->tokens[j - 1].norm && np_lex_word_in(an->tokens[j - 1].norm, k_det))
            continue;
        /* "usually carries 40 and carried 38 on Monday": the date is the
         * second verb's */
        int joined = 0;
        for (size_t q = j + 1; q < kd && !joined; q++)
            joined = an->tokens[q].norm && (!strcmp(an->tokens[q].norm, "and") || !strcmp(an->tokens[q].norm, "but"));
        if (!joined)
            return 1;
    }
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
    size_t lo = np_story_token_at(an, m->start);
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
    size_t total = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_dates;
    if (!total)
        return NP_OK;
    tl_item *it = np_calloc(total, sizeof *it);
    size_t n = 0;
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
            int rank = si < 0 ? 0 : date_rank(an, m);
            if (si < 0 || np_story_tells_no_event(s, (uint32_t)si) || not_an_event(s, &s->sents[si], m->start, rank))
                continue;
            /* a speaker's "tomorrow" counts from the day they spoke, which
             * the outlet's publication date only approximates */
            if ((m->flags & NP_DATE_RELATIVE) && np_quote_at(an->quotes, an->n_quotes, m->start))
                continue;
            size_t sub_lo, sub_hi, sub_own;
            /* a date of a subordinate clause is less likely the sentence's
             * own than one of its main clause */
            if (rank > 1 && dated_span(s, &s->sents[si], m->start, &sub_lo, &sub_hi, &sub_own))
                rank--;
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
            it[n].at = m->start;
            it[n].order = n;
            it[n].event = -1;
            n++;
        }
    }
    qsort(it, n, sizeof *it, cmp_item);
    /* the words each listed sentence's date (one per sentence) dates */
    dated_words *dw = np_calloc(s->n_sents + 1, sizeof *dw);
    if (!dw) {
        np_free(it);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n && st == NP_OK; i++) {
        const np_sent *se = &s->sents[it[i].sent];
        dated_words *w = &dw[it[i].sent];
        size_t own;
        if (!dated_span(s, se, it[i].at, &w->lo, &w->hi, &own))
            continue;
        const np_analysis *an = &s->an[se->doc];
        w->sub = 1;
        st = np_story_events_span(s, se->doc, own, (uint32_t)np_story_token_at(an, own),
                                  (uint32_t)np_story_token_at(an, w->hi), &w->ev, &w->n_ev, NULL, NULL);
    }
    if (st != NP_OK) {
        np_free(dw);
        np_free(it);
        return st;
    }
    /* events: ev_m0[e] .. + ev_nm[e] index mem (members, sentence ids) */
    uint32_t *mem = np_malloc((n + 1) * sizeof *mem);
    tl_event *ev = np_malloc((n + 1) * sizeof *ev);
    size_t n_ev = 0, used = 0;
    if (!mem || !ev) {
        np_free(mem);
        np_free(ev);
        np_free(it);
        np_free(dw);
        return NP_ENOMEM;
    }
    for (size_t lo = 0; lo < n;) {
        size_t hi = lo;
        while (hi < n && strcmp(it[hi].date, it[lo].date) == 0)
            hi++;
        for (size_t i = lo; i < hi; i++) {
            if (it[i].event >= 0)
                continue;
            /* a new event seeded by it[i]; gather alike sentences of the date,
             * one per outlet */
            size_t m0 = used, nm = 0;
            mem[m0 + nm++] = it[i].sent;
            it[i].event = (long)n_ev;
            for (size_t j = i + 1; j < hi; j++) {
                if (it[j].event >= 0)
                    continue;
                const np_sent *sj = &s->sents[it[j].sent];
                int dup = 0;
                for (size_t q = 0; q < nm && !dup; q++)
                    dup = s->sents[mem[m0 + q]].doc == sj->doc;
                if (it[j].sent == it[i].sent) {
                    it[j].event = it[i].event;
                    continue;
                }
                if (dup)
                    continue;
                /* alike any sentence already in the event (single link: the
                 * date is shared, so chaining stays within one day), and
                 * telling something that happens in the same words: two
                 * sentences of one day about one place or person that share
                 * no event word tell two events ("scientists urged the
                 * secretary to act" / "the secretary rescinded the rule") */
                int alike = 0;
                for (size_t q = 0; q < nm && !alike; q++)
                    alike = same_event(s, mem[m0 + q], it[j].sent) &&
                            dated_words_alike(s, dw, mem[m0 + q], it[j].sent);
                /* nor negating what a member states ("Senn resigned on
                 * Thursday" / "Senn denied resigning on Thursday", a
                 * contradiction of the discrepancy section): the entry
                 * would credit the denial with the event */
                for (size_t q = 0; q < nm && alike; q++)
                    alike = !opposed_dated(s, dw, mem[m0 + q], it[j].sent);
                if (!alike)
                    continue;
                it[j].event = it[i].event;
                mem[m0 + nm++] = it[j].sent;
            }
            used += nm;
            tl_event *e = &ev[n_ev++];
            memcpy(e->date, it[i].date, sizeof e->date);
            e->m0 = m0;
            e->nm = nm;
            e->root = n_ev - 1;
        }
        lo = hi;
    }
    merge_across_dates(s, ev, n_ev, mem);
    st = emit_events(s, ev, n_ev, mem, dw);
    np_free(dw);
    np_free(ev);
    np_free(mem);
    np_free(it);
    return st;
}
