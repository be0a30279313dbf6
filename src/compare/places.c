/*
 * compare/places.c — where the story's main event happened, as one fact.
 *
 * Why: every outlet says where it happened, each in its own words ("at a
 * press conference in Vell", "Speaking in Vell after the summit", "during
 * a state visit to Ostria", a dateline "VELL, Ostria –"), and mostly as a
 * side clause of a sentence that states something else.  The sentence
 * facts (compare/align.c) pair those sentences on what they mainly say, so
 * the place itself, which every outlet confirms, ends up corroborated by
 * two outlets or none.  Here it becomes a fact of its own, citing the
 * clause of each outlet that places the event.
 *
 * The rule, in order:
 *  1. A locative mention: a place named right after "in" or "at", after
 *     "in the <Adj> capital|city|town ..." ("in the Ostrian capital
 *     Vell"), after "visit|trip|journey to", or naming the event after it
 *     ("at the Vell summit", "after the Vell talks") ("from X" is left out:
 *     "imports from X" happen elsewhere; so are the ends of a route, "a
 *     move from a depot in A to one in B": what happened on the way
 *     happened between them; and so are a life's places, "born in A",
 *     "who lives in A"), outside quotations (the speaker's words).
 *     A place named in the dateline opening a
 *     paragraph ("VELL, Ostria –", "Vell —") is a dateline mention: the
 *     outlet reports from there, which is not yet saying the event
 *     happened there.
 *  2. One place: mentions of one linked entity, joined with the places
 *     written in apposition after a located one ("in Vell, Ostria") and
 *     with the places WordNet lists as holding it (its part holonyms:
 *     "Bishkek" is part of "Kyrgyzstan"), when the story names them; a
 *     region the story gives two places ("Malibu, Calif.", "Rancho Mirage,
 *     Calif.") joins neither: they are not one place.
 *  3. The story's main place: the place most outlets report from under a
 *     dateline, then the one most outlets name as where something
 *     happened.  One place per story (the main event's), not every place
 *     the story passes through (measured: ranking by located outlets alone
 *     chose where the next talks will be held, or a side event).
 *  4. The main event's words: the event words (np_sent.ev, and the head
 *     of a name ending in an ordinary word: "the Orvane Basin Summit")
 *     of the PLACE_WINDOW tokens right before each locative mention, kept
 *     when those of two outlets or more use them ("summit", "press
 *     conference", "speaking", "visit").  A mention sharing none of them
 *     names the place in passing ("hotels in Vell were full") and is never
 *     cited.  The fact needs PLACE_MIN_LOCATED outlets locating the event
 *     so, and half of the story's outlets with the datelines whose clause
 *     tells the main event (holds a main word): the outlets that locate
 *     the event in words confirm that the place such an outlet reports
 *     from is where the event happened.  A dateline alone never makes the
 *     fact, and an outlet is cited for its dateline only when it has no
 *     locative mention that qualifies.
 *  5. The fact cites, per outlet, the words that place the event: the part
 *     of the clause (np_story_clauses()) between commas, colons or dashes
 *     that holds the mention, not the clause's neighbouring claim ("the
 *     leaders signed the plan at a summit in Vell, while X refused"); a
 *     dateline's whole clause.  A fact taken before whose every ref lies
 *     in the words the place fact cites was the same fact seen by fewer
 *     outlets: the place fact replaces it.  One sentence, one claim: a
 *     ref of another fact that lies within the words the place fact cites
 *     in words (a whole sentence that only says where and when: "He spoke
 *     at a press conference in Vell on Monday") leaves that fact, and a
 *     fact left with one outlet leaves the brief (its other sentence is
 *     free again for the single-source stage).  A dateline's sentence
 *     keeps its claim: what it reports.
 *
 * Ownership: reads the story; writes brief facts (strings in
 * brief->arena); scratch in the work arena or freed before return.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "compare/visits.h"
#include "core/mem.h"
#include "core/unionfind.h"

#define PLACE_FACTS 1         /* 0: no place fact (for measuring) */
#define PLACE_MIN_LOCATED 2   /* outlets locating the event in words */
#define PLACE_CLAUSE_MAX 4
#define PLACE_CLAUSE_MIN 5    /* content words of a clause (as compare/align.c's clause facts) */
#define PLACE_MIN_CONTENT 4   /* content words of a cited sentence */
#define PLACE_DESCR_MAX 3     /* words between "in" and "capital" ("the Ostrian capital") */
#define PLACE_DATELINE_MAX 80 /* bytes from a dateline's first place to its dash */
#define PLACE_LEAD_HALF 4.0f  /* an outlet naming the place in its fifth claim counts half */
#define PLACE_CANDIDATES 8    /* places tried, best first, for one whose event enough outlets locate */
#define PLACE_HOLONYM_DEPTH 2 /* city -> province -> country */
#define PLACE_WINDOW 6        /* tokens before a locative place that say what happened there */

typedef struct pref {
    uint32_t group;    /* the place (root of its union) */
    uint32_t ent;      /* the place as this mention names it (its entity) */
    uint32_t sent;
    int doc;
    int dateline;      /* a dateline mention */
    size_t start, end; /* the clause holding the mention */
    uint32_t *ev;      /* its event words */
    uint32_t n_ev;
    unsigned score;    /* main event words it holds */
    size_t m_start, m_end; /* the mention (with a place in apposition: "Vell, Ostria") */
    uint32_t m_tok;    /* its first token */
    uint32_t noun;     /* "at the X summit": the event noun's token, else 0 */
    int lw;            /* locative_words() of the mention */
} pref;

static int word_is(const np_token *t, const char *w) { return t->norm && !strcmp(t->norm, w); }

/* Is t one of the words of the NULL-ended list w? */
static int word_in(const np_token *t, const char *const *w)
{
    for (size_t i = 0; w[i]; i++)
        if (word_is(t, w[i]))
            return 1;
    return 0;
}

/* "from X" is left out: "imports from X", "a threat from X" come from
 * there and happen elsewhere */
static int is_prep(const np_token *t) { return word_is(t, "in") || word_is(t, "at"); }

/* Nouns that describe a settlement or region before its name. */
static int place_noun(const np_token *t)
{
    static const char *const w[] = {"capital", "city", "town", "village", "port", "resort", "region",
                                    "province", "county", "district", "enclave", NULL};
    return word_in(t, w);
}

/* Words naming a part of a place before its name ("central Paris",
 * "northern Iran", "downtown Atlanta"). */
static int part_of_place(const np_token *t)
{
    static const char *const w[] = {"central", "northern", "southern", "eastern", "western", "northeastern",
                                    "northwestern", "southeastern", "southwestern", "north", "south", "east",
                                    "west", "downtown", "midtown", "uptown", "suburban", "rural", "coastal",
                                    "upstate", "greater", "inner", "outer", NULL};
    return word_in(t, w);
}

/* Nouns of an event a place name may qualify ("the Vell summit"). */
static int event_noun(const np_token *t)
{
    static const char *const w[] = {"summit", "talks", "meeting", "conference", "forum", "ceremony",
                                    "session", "negotiations", "rally", NULL};
    return word_in(t, w);
}

#define PLACE_ROUTE_WORDS 4 /* words between "to" or "from" and "in X" ("to the Stiles Unit in X") */
#define PLACE_ROUTE_SPAN 8  /* words between a route's "from" and its "to" */

static int clause_stop(const np_token *t) { return t->norm && (t->norm[0] == '.' || t->norm[0] == ';'); }

/* Does the word w come among the n tokens after token a (forward > 0) or
 * before it, within its sentence? */
static int word_near(const np_analysis *an, size_t a, size_t n, int forward, const char *w)
{
    for (size_t j = a, k = 0; k < n; k++) {
        if (forward ? j >= an->n_tokens : j == 0)
            return 0;
        const np_token *t = &an->tokens[forward ? j++ : --j];
        if (word_is(t, w))
            return 1;
        if (clause_stop(t))
            return 0;
    }
    return 0;
}

/* Words of moving someone or something from one place to another. */
static int movement_word(const np_token *t)
{
    static const char *const w[] = {"transfer", "transferred", "transferring", "transport", "transported",
                                    "transporting", "move", "moved", "moving", "driving", "driven", "drove",
                                    "taken", "taking", "flown", "flying", "flight", "route", "travelling",
                                    "traveling", "journey", "bound", "shipped", "carried", "carrying",
                                    "escorted", "escorting", "sailing", "sailed", NULL};
    return word_in(t, w);
}

/* Does a movement word (movement_word()) come among the n tokens before
 * token a, within its sentence? */
static int moving_before(const np_analysis *an, size_t a, size_t n)
{
    for (size_t j = a, k = 0; k < n && j > 0; k++) {
        const np_token *t = &an->tokens[--j];
        if (movement_word(t))
            return 1;
        if (clause_stop(t))
            return 0;
    }
    return 0;
}

/* Is "in X" (the mention's first token `first`, "in" right before it, the
 * token after the mention `after`) an end of a route, "from A to B" told
 * of something moved: "a move from a depot in A to one in B", "driven
 * to a clinic in B from A"?  A route's ends are where it started and
 * where it was going; what happened on the way (an escape, a crash)
 * happened between them.  "to" alone says nothing of the kind ("set fire
 * to a store in X", "fell to his death in X", "went to a rally in X"),
 * nor does a "from" that is no route's ("officers from three departments
 * rushed to a bar in X"): a word of moving must come before. */
static int route_end(const np_analysis *an, size_t first, size_t after)
{
    if (first < 2)
        return 0;
    size_t in = first - 1; /* "in" */
    for (size_t k = in, seen = 0; k > 0 && seen <= PLACE_ROUTE_WORDS; seen++) {
        const np_token *q = &an->tokens[--k];
        if (!(q->flags & NP_TOK_WORD) || event_noun(q))
            return 0;
        if (word_is(q, "to")) {
            if (word_near(an, k, PLACE_ROUTE_SPAN, 0, "from"))
                return moving_before(an, k, 2 * PLACE_ROUTE_SPAN);
            return word_near(an, after, PLACE_ROUTE_WORDS, 1, "from") && moving_before(an, k, PLACE_ROUTE_SPAN);
        }
        if (word_is(q, "from"))
            return word_near(an, after, PLACE_ROUTE_WORDS, 1, "to") && moving_before(an, k + 1, PLACE_ROUTE_SPAN);
        if (is_prep(q) || word_is(q, "on") || word_is(q, "of"))
            return 0;
    }
    return 0;
}

/* Token j is a word of where someone was born or lives: the place of a
 * life, not of the story's event ("Page was born in Nashville", "who
 * lives in Brell", "grew up in Vell"). */
static int life_word(const np_analysis *an, size_t j)
{
    static const char *const w[] = {"born", "lives", "lived", "resides", "resided", "native", "hometown", NULL};
    const np_token *t = &an->tokens[j];
    if (word_in(t, w))
        return 1;
    /* "grew up in X", "was raised in X"; not "protests grew in X",
     * "raised its alert in X" */
    if (word_is(t, "grew") || word_is(t, "grown"))
        return j + 1 < an->n_tokens && word_is(&an->tokens[j + 1], "up");
    /* "who has been living in X", "is living in X"; not "families living
     * in X were told to leave" */
    if (word_is(t, "living"))
        return j > 0 && (word_is(&an->tokens[j - 1], "been") || word_is(&an->tokens[j - 1], "is") ||
                         word_is(&an->tokens[j - 1], "was") || word_is(&an->tokens[j - 1], "who"));
    return word_is(t, "raised") && j > 0 && (word_is(&an->tokens[j - 1], "was") || word_is(&an->tokens[j - 1], "were"));
}

/* Does a life word (life_word()) come among the n tokens before token a,
 * within its clause? */
static int life_before(const np_analysis *an, size_t a, size_t n)
{
    for (size_t j = a, k = 0; k < n && j > 0; k++) {
        if (j < an->n_tokens &&
            memchr(an->text + an->tokens[j - 1].end, ',', an->tokens[j].start - an->tokens[j - 1].end))
            return 0;
        const np_token *t = &an->tokens[--j];
        if (life_word(an, j))
            return 1;
        if (clause_stop(t))
            return 0;
    }
    return 0;
}

/* A place named where something happened: "in X", "at X", "in the
 * Ostrian capital X", "a visit to X"; or (returns 2) naming the event that
 * follows it: "at the X summit", "after the X talks".  Not an end of a
 * movement (route_end()), nor where someone was born or lives
 * (life_before()). */
#define LIFE_WINDOW 6
static int locative_words(const np_analysis *an, const np_entity_mention *m)
{
    size_t t = np_story_token_at(an, m->start);
    if (t == 0 || t > an->n_tokens || life_before(an, t, LIFE_WINDOW))
        return 0;
    const np_token *p = &an->tokens[t - 1];
    if (is_prep(p))
        return !(word_is(p, "in") && route_end(an, t, np_story_token_at(an, m->end)));
    /* "in central Paris", "in northern Iran", "in downtown Atlanta" */
    if (part_of_place(p) && t >= 2 && is_prep(&an->tokens[t - 2]))
        return !(word_is(&an->tokens[t - 2], "in") && route_end(an, t - 1, np_story_token_at(an, m->end)));
    size_t after = np_story_token_at(an, m->end);
    if (word_is(p, "the") && t >= 2 && after < an->n_tokens && event_noun(&an->tokens[after]) &&
        (is_prep(&an->tokens[t - 2]) || word_is(&an->tokens[t - 2], "during") ||
         word_is(&an->tokens[t - 2], "after") || word_is(&an->tokens[t - 2], "following") ||
         word_is(&an->tokens[t - 2], "before")))
        return 2;
    if (word_is(p, "to") && t >= 2)
        return word_is(&an->tokens[t - 2], "visit") || word_is(&an->tokens[t - 2], "trip") ||
               word_is(&an->tokens[t - 2], "journey") || word_is(&an->tokens[t - 2], "travel");
    if (!place_noun(p))
        return 0;
    /* "in the Ostrian capital X": back over "the" and capitalised words */
    for (size_t k = t - 1, seen = 0; k > 0 && seen <= PLACE_DESCR_MAX; seen++) {
        const np_token *q = &an->tokens[--k];
        if (is_prep(q))
            return 1;
        if (!word_is(q, "the") && !(q->flags & (NP_TOK_CAP | NP_TOK_ALLCAPS)))
            return 0;
    }
    return 0;
}

size_t np_dateline_end(const np_analysis *an, const np_entity_mention *m)
{
    if (m->start > 0 && an->text[m->start - 1] != '\n')
        return 0;
    const unsigned char *c = (const unsigned char *)an->text;
    int paren = 0;
    for (size_t b = m->end; b < an->len && b < m->start + PLACE_DATELINE_MAX; b++) {
        if (c[b] == '\n')
            return 0;
        if (c[b] == '(')
            paren = 1;
        else if (c[b] == ')')
            paren = 0;
        if (paren)
            continue;
        if ((c[b] == '-' && b + 1 < an->len && c[b + 1] == ' ') ||
            (c[b] == 0xE2 && b + 2 < an->len && c[b + 1] == 0x80 && (c[b + 2] == 0x93 || c[b + 2] == 0x94)))
            return b > m->end || c[b] != '-' || c[b - 1] == ' ' ? b + (c[b] == '-' ? 1 : 3) : 0;
        /* a lower-case word: the sentence has begun, no dateline */
        if (c[b] >= 'a' && c[b] <= 'z' && (c[b - 1] == ' ' || c[b - 1] == ','))
            return 0;
    }
    return 0;
}

/* WordNet noun synset keys of a place name ("New York" -> "new_york"). */
static size_t place_keys(const np_wn_senses *wn, const char *name, uint64_t *keys, size_t max)
{
    char low[96];
    size_t n = strlen(name);
    if (!wn || !n || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        low[i] = ch == ' ' ? '_' : (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    size_t k = np_wn_senses_get(wn, low, n, keys, max), w = 0;
    for (size_t i = 0; i < k; i++)
        if ((keys[i] >> 40) == (uint64_t)'n')
            keys[w++] = keys[i];
    return w;
}

typedef struct placekey {
    uint64_t key;
    uint32_t ent;
} placekey;

static int cmp_placekey(const void *x, const void *y)
{
    const placekey *a = x, *b = y;
    return a->key != b->key ? (a->key < b->key ? -1 : 1) : (a->ent > b->ent) - (a->ent < b->ent);
}

static long find_key(const placekey *pk, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (pk[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && pk[lo].key == key ? (long)lo : -1;
}

/* Each located place with the places WordNet says hold it (part holonyms,
 * PLACE_HOLONYM_DEPTH steps), when the story names them, as region pairs
 * (np_regions_join()): "in Bishkek" and "a visit to Kyrgyzstan" place one
 * event.  A pair left out for want of memory makes a weaker brief, not an
 * error. */
static void join_holonyms(np_story *s, const unsigned char *located, np_regions *rg)
{
    size_t ne = np_entity_linker_count(s->lk), n = 0;
    if (!s->wn)
        return;
    placekey *pk = np_malloc((ne * NP_WN_MAX_KEYS + 1) * sizeof *pk);
    if (!pk)
        return; /* no holonyms is a weaker brief, not an error */
    for (size_t e = 0; e < ne; e++) {
        const np_entity *en = np_entity_linker_get(s->lk, e);
        if (!en || en->type != NP_ENT_PLACE || !en->canonical)
            continue;
        uint64_t keys[NP_WN_MAX_KEYS];
        size_t k = place_keys(s->wn, en->canonical, keys, NP_WN_MAX_KEYS);
        for (size_t i = 0; i < k; i++)
            pk[n++] = (placekey){keys[i], (uint32_t)e};
    }
    if (n > 1)
        qsort(pk, n, sizeof *pk, cmp_placekey);
    void *files[4];
    np_wn_data_open(s->wn, files);
    static const char *const part_of[] = {"#p", NULL};
    for (size_t e = 0; e < ne; e++) {
        const np_entity *en = np_entity_linker_get(s->lk, e);
        if (!located[e] || !en || en->type != NP_ENT_PLACE || !en->canonical)
            continue;
        uint64_t frontier[NP_WN_MAX_KEYS], next[NP_WN_MAX_KEYS];
        size_t nf = place_keys(s->wn, en->canonical, frontier, NP_WN_MAX_KEYS);
        for (int depth = 0; depth < PLACE_HOLONYM_DEPTH && nf; depth++) {
            size_t nn = 0;
            for (size_t i = 0; i < nf; i++) {
                uint64_t up[NP_WN_MAX_KEYS];
                int k = np_wn_pointers(files, frontier[i], part_of, up, NP_WN_MAX_KEYS, NULL);
                for (int q = 0; q < k && nn < NP_WN_MAX_KEYS; q++) {
                    long at = find_key(pk, n, up[q]);
                    for (; at >= 0 && (size_t)at < n && pk[at].key == up[q]; at++)
                        (void)np_regions_add(rg, pk[at].ent, (uint32_t)e);
                    next[nn++] = up[q];
                }
            }
            memcpy(frontier, next, nn * sizeof *next);
            nf = nn;
        }
    }
    np_wn_data_close(files);
    np_free(pk);
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return (a > b) - (a < b);
}

/* Event words of tokens [lo, hi) of doc d into r->ev: np_story_events_span()
 * plus the head of each name ending in an ordinary word ("the Orvane Basin
 * Summit", "the Vell Peace Conference"): the event such a name calls. */
static np_status event_words(np_story *s, int d, uint32_t lo, uint32_t hi, pref *r)
{
    const np_analysis *an = &s->an[d];
    uint32_t *ev = NULL, n = 0;
    np_status st = np_story_events_span(s, d, an->tokens[lo].start, lo, hi, &ev, &n, NULL, NULL);
    if (st != NP_OK)
        return st;
    uint32_t heads = 0;
    for (size_t k = 0; k < an->n_ents; k++) {
        const np_entity_mention *m = &an->ents[k];
        if (m->start >= an->tokens[hi - 1].end)
            break;
        heads += m->end > an->tokens[lo].start && m->type != NP_ENT_PERSON;
    }
    uint32_t *all = np_arena_alloc(&s->work, (n + heads + 1) * sizeof *all);
    if (!all)
        return NP_ENOMEM;
    memcpy(all, ev, n * sizeof *all);
    for (size_t k = 0; k < an->n_ents; k++) {
        const np_entity_mention *m = &an->ents[k];
        if (m->start >= an->tokens[hi - 1].end)
            break;
        if (m->end <= an->tokens[lo].start || m->type == NP_ENT_PERSON || m->type == NP_ENT_PLACE)
            continue;
        size_t t = np_story_token_at(an, m->end);
        if (t == 0 || t > an->n_tokens || an->tokens[t - 1].start < m->start)
            continue;
        const np_token *tk = &an->tokens[t - 1];
        uint32_t term = s->tok_term[d][t - 1];
        if (term == UINT32_MAX || !(tk->flags & NP_TOK_WORD) || tk->start == m->start ||
            !np_gazetteer_is_common_word(s->gz, an->text + tk->start, tk->end - tk->start))
            continue;
        all[n++] = s->syn ? s->syn[term] : term;
    }
    if (n > 1)
        qsort(all, n, sizeof *all, cmp_u32);
    uint32_t w = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!w || all[i] != all[w - 1])
            all[w++] = all[i];
    r->ev = all;
    r->n_ev = w;
    return NP_OK;
}

/* A break inside a clause: a comma, colon or dash, not the comma of a date
 * or figure ("May 3, 2025", "1,200"). */
static int segment_break(const np_analysis *an, size_t k)
{
    const char *gap = an->text + an->tokens[k - 1].end;
    size_t glen = an->tokens[k].start - an->tokens[k - 1].end;
    if (memchr(gap, ':', glen) || memchr(gap, ';', glen) || memmem(gap, glen, "\xe2\x80\x94", 3) ||
        memmem(gap, glen, "\xe2\x80\x93", 3) || memmem(gap, glen, " - ", 3))
        return 1;
    return memchr(gap, ',', glen) && !(an->tokens[k].flags & NP_TOK_NUMBER);
}

/* The clause of sentence si holding token t: into *r the words cited (the
 * part of the clause between breaks that holds the place: the words that
 * place the event, not the neighbouring claim of the clause; a dateline's
 * whole clause) and the event words that say what happened there. */
static np_status clause_of(np_story *s, uint32_t si, size_t t, size_t noun, pref *r)
{
    const np_sent *se = &s->sents[si];
    const np_analysis *an = &s->an[se->doc];
    uint32_t first[PLACE_CLAUSE_MAX + 1];
    if (se->tok_hi <= se->tok_lo)
        return NP_OK;
    if (t < se->tok_lo || t >= se->tok_hi) /* a mention across the sentence's edge */
        t = t < se->tok_lo ? se->tok_lo : se->tok_hi - 1;
    size_t k = np_story_clauses(s, se, first, PLACE_CLAUSE_MAX, PLACE_CLAUSE_MIN), q = 0;
    if (!k) {
        first[0] = se->tok_lo;
        k = 1;
    }
    first[k] = se->tok_hi;
    while (q + 1 < k && first[q + 1] <= t)
        q++;
    uint32_t lo = first[q], hi = first[q + 1];
    if (!r->dateline) {
        uint32_t a = (uint32_t)t, b = (uint32_t)t + 1;
        while (a > lo && !segment_break(an, a))
            a--;
        while (b < hi && !segment_break(an, b))
            b++;
        lo = a;
        hi = b;
    }
    r->start = lo > se->tok_lo ? an->tokens[lo].start : se->start;
    r->end = hi < se->tok_hi ? an->tokens[hi - 1].end : se->end;
    /* a dateline's clause tells what it reports; a locative's event is
     * the words it qualifies, right before it ("a press conference in X",
     * "Speaking in X", "a visit to X"), not the rest of the clause
     * (measured: the words after it too let "stay in X" / "remain in X"
     * make a place fact of a side event on a real story) */
    if (!r->dateline) {
        uint32_t top = hi;
        hi = (uint32_t)t;
        lo = hi > lo + PLACE_WINDOW ? hi - PLACE_WINDOW : lo;
        if (noun > t && noun < top)
            hi = (uint32_t)noun + 1; /* "the X summit": the event named after it */
    }
    return hi > lo ? event_words(s, se->doc, lo, hi, r) : NP_OK;
}

static int cmp_pref(const void *x, const void *y)
{
    const pref *a = x, *b = y;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    if (a->dateline != b->dateline)
        return a->dateline - b->dateline; /* words before datelines */
    return (a->start > b->start) - (a->start < b->start);
}

/* A place entity of the linker for mention m of doc d, or -1. */
static long place_entity(const np_story *s, int d, const np_entity_mention *m)
{
    if (m->type == NP_ENT_PERSON)
        return -1;
    long e = np_entity_linker_lookup(s->lk, d, m->start);
    const np_entity *en = e >= 0 ? np_entity_linker_get(s->lk, (size_t)e) : NULL;
    if (!en || en->type == NP_ENT_PERSON || (en->type != NP_ENT_PLACE && m->type != NP_ENT_PLACE))
        return -1;
    return e;
}

/* "will travel to Vell", "is expected in Vell": a planned trip's
 * destination is where someone is going, not where the event happened,
 * and the trip's fact needs the place among its words (compare/visits.h). */
static int planned_destination(const np_story *s, int d, uint32_t si, const np_entity_mention *m)
{
    np_visit v;
    const np_sent *x = &s->sents[si];
    return s->frames && np_visit_find(s, s->frames, d, x->tok_lo, x->tok_hi, &v) && v.where &&
           v.where == np_visit_place_key(s, d, m);
}

/* Every locative and dateline mention of a place, in a sentence that may
 * state a fact, into *out (groups still entity ids); uf gets the
 * appositions ("in Vell, Ostria") and holonyms joined, a region given two
 * places joining neither (np_regions_join()). */
static np_status collect(np_story *s, uint32_t *uf, pref **out, size_t *n_out)
{
    size_t total = 0, n = 0, ne = np_entity_linker_count(s->lk);
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_ents;
    pref *r = np_malloc((total + 1) * sizeof *r);
    unsigned char *located = np_calloc(ne + 1, 1);
    if (!r || !located) {
        np_free(r);
        np_free(located);
        return NP_ENOMEM;
    }
    np_status st = NP_OK;
    np_regions rg = {0};
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_ents && st == NP_OK; k++) {
            const np_entity_mention *m = &an->ents[k];
            long e = place_entity(s, (int)d, m);
            if (e < 0)
                continue;
            int dl = np_dateline_end(an, m) != 0, lw = dl ? 0 : locative_words(an, m);
            if ((!dl && !lw) || np_quote_at(an->quotes, an->n_quotes, m->start))
                continue;
            long si = np_story_sent_at(s, (int)d, m->start);
            if (si < 0 || s->sents[si].no_fact || s->sents[si].n_content < PLACE_MIN_CONTENT ||
                planned_destination(s, (int)d, (uint32_t)si, m))
                continue;
            located[e] = 1;
            pref x = {.group = (uint32_t)e, .ent = (uint32_t)e, .sent = (uint32_t)si, .doc = (int)d, .dateline = dl,
                      .m_start = m->start, .m_end = m->end, .m_tok = (uint32_t)np_story_token_at(an, m->start),
                      .noun = lw == 2 ? (uint32_t)np_story_token_at(an, m->end) : 0, .lw = lw};
            /* "in Vell, Ostria": one place written with its region */
            if (k + 1 < an->n_ents && an->ents[k + 1].start == m->end + 2 && an->text[m->end] == ',') {
                long b = place_entity(s, (int)d, &an->ents[k + 1]);
                if (b >= 0) {
                    (void)np_regions_add(&rg, (uint32_t)b, (uint32_t)e); /* as the holonyms */
                    x.m_end = an->ents[k + 1].end;
                }
            }
            st = clause_of(s, (uint32_t)si, np_story_token_at(an, m->start),
                           lw == 2 ? np_story_token_at(an, m->end) : 0, &x);
            r[n++] = x;
        }
    }
    if (st == NP_OK)
        join_holonyms(s, located, &rg);
    np_regions_join(&rg, uf);
    np_free(located);
    if (st != NP_OK) {
        np_free(r);
        return st;
    }
    for (size_t i = 0; i < n; i++)
        r[i].group = np_uf_find(uf, r[i].group);
    if (n > 1)
        qsort(r, n, sizeof *r, cmp_pref);
    *out = r;
    *n_out = n;
    return NP_OK;
}

typedef struct termdoc {
    uint32_t term;
    int doc;
} termdoc;

static int cmp_termdoc(const void *x, const void *y)
{
    const termdoc *a = x, *b = y;
    if (a->term != b->term)
        return a->term < b->term ? -1 : 1;
    return (a->doc > b->doc) - (a->doc < b->doc);
}


/* Score the mentions r[0..n) of one place by the main event words they
 * hold (the event words the locative clauses of two outlets or more use);
 * returns the outlets locating the event there in words (*datelined: those
 * only reporting it from there under a dateline that tells the event). */
static np_status score_group(pref *r, size_t n, size_t *located, size_t *datelined)
{
    size_t nt = 0;
    *located = *datelined = 0;
    for (size_t i = 0; i < n; i++)
        nt += r[i].dateline ? 0 : r[i].n_ev;
    termdoc *td = np_malloc((nt + 1) * sizeof *td);
    uint32_t *main = np_malloc((nt + 1) * sizeof *main);
    if (!td || !main) {
        np_free(td);
        np_free(main);
        return NP_ENOMEM;
    }
    size_t k = 0, nm = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t q = 0; q < r[i].n_ev && !r[i].dateline; q++)
            td[k++] = (termdoc){r[i].ev[q], r[i].doc};
    if (k > 1)
        qsort(td, k, sizeof *td, cmp_termdoc);
    for (size_t i = 0; i < k;) {
        size_t j = i + 1, docs = 1;
        for (; j < k && td[j].term == td[i].term; j++)
            docs += td[j].doc != td[j - 1].doc;
        if (docs >= 2)
            main[nm++] = td[i].term;
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        r[i].score = 0;
        for (uint32_t q = 0; q < r[i].n_ev; q++)
            r[i].score += np_story_sorted_index(main, (uint32_t)nm, r[i].ev[q]) >= 0;
    }
    /* per outlet (mentions sorted by doc, words before datelines) */
    for (size_t a = 0; a < n;) {
        size_t b = a;
        int words = 0, dl = 0;
        for (; b < n && r[b].doc == r[a].doc; b++) {
            words |= !r[b].dateline && r[b].score;
            dl |= r[b].dateline && r[b].score;
        }
        *located += words;
        *datelined += !words && dl;
        a = b;
    }
    np_free(td);
    np_free(main);
    return NP_OK;
}

static int within_pick(const np_story *s, const np_bref *ref, pref *const *pick, size_t *a, size_t *b);

/* Fact f holds only clauses the place fact cites (pick[doc] its mention
 * of doc, or NULL): the same fact seen by fewer outlets. */
static int subsumed(const np_story *s, const np_brief_fact *f, pref *const *pick)
{
    if (f->n_docs < 2)
        return 0;
    for (size_t k = 0; k < f->n_support; k++) {
        size_t a, b;
        if (!within_pick(s, &f->support[k], pick, &a, &b))
            return 0;
    }
    return 1;
}

/* Ref lies within the words the place fact cites of its outlet, in words
 * (a dateline's sentence states what it reports: its claim stays there). */
static int within_pick(const np_story *s, const np_bref *ref, pref *const *pick, size_t *a, size_t *b)
{
    if (ref->doc < 0 || (size_t)ref->doc >= s->n_docs)
        return 0;
    const pref *p = pick[ref->doc];
    return p && !p->dateline && np_story_ref_span(s, ref, a, b) && *a >= p->start && *b <= p->end;
}

/* Some multi-outlet fact cites words of sentence i. */
static int sentence_cited(const np_story *s, uint32_t i)
{
    const np_sent *se = &s->sents[i];
    for (size_t f = 0; f < s->brief->n_facts; f++)
        for (size_t k = 0; k < s->brief->facts[f].n_support; k++) {
            const np_bref *ref = &s->brief->facts[f].support[k];
            size_t a, b;
            if (ref->doc == se->doc && np_story_ref_span(s, ref, &a, &b) && a < se->end && b > se->start)
                return 1;
        }
    return 0;
}

/* One sentence, one claim: the words the place fact cites leave the facts
 * that held them.  A fact whose every ref lies in those words, or that is
 * left with one outlet, leaves the brief; the sentences only it cited are
 * free again for the single-source stage. */
static np_status release_words(np_story *s, pref *const *pick)
{
    np_brief *b = s->brief;
    size_t nfreed = 0, w = 0, capf = 1, most = 1;
    for (size_t f = 0; f < b->n_facts; f++) {
        most = b->facts[f].n_support > most ? b->facts[f].n_support : most;
        capf += b->facts[f].n_support; /* every ref may be freed: none is skipped */
    }
    uint32_t *freed = np_malloc(capf * sizeof *freed), *sents = np_malloc(most * sizeof *sents);
    if (!freed || !sents) {
        np_free(freed);
        np_free(sents);
        return NP_ENOMEM;
    }
    for (size_t f = 0; f < b->n_facts; f++) {
        np_brief_fact *x = &b->facts[f];
        if (subsumed(s, x, pick))
            continue; /* the place fact seen by fewer outlets */
        if (x->n_docs < 2) {
            b->facts[w++] = *x;
            continue;
        }
        size_t keep = 0, docs = 0;
        for (size_t k = 0; k < x->n_support; k++) {
            size_t a, e;
            if (within_pick(s, &x->support[k], pick, &a, &e))
                continue;
            int seen = 0;
            for (size_t q = 0; q < keep && !seen; q++)
                seen = x->support[q].doc == x->support[k].doc;
            docs += !seen;
            long si = np_story_ref_sent(s, &x->support[k]);
            sents[keep] = si < 0 ? UINT32_MAX : (uint32_t)si;
            x->support[keep++] = x->support[k];
        }
        if (keep == x->n_support) {
            b->facts[w++] = *x;
            continue;
        }
        if (docs >= 2) {
            for (size_t q = 0; q < keep; q++)
                sents[q] = sents[q] == UINT32_MAX ? s->doc_sent0[x->support[q].doc] : sents[q];
            x->n_support = keep;
            x->n_docs = docs;
            x->n_independent = np_align_independent(s, sents, keep);
            x->summary = x->support[0].text;
            b->facts[w++] = *x;
            continue;
        }
        for (size_t q = 0; q < keep && nfreed < capf; q++)
            if (sents[q] != UINT32_MAX)
                freed[nfreed++] = sents[q];
    }
    b->n_facts = w;
    np_story_sort_facts(b->facts, w); /* a fact that lost outlets moves down */
    for (size_t q = 0; q < nfreed && s->in_fact; q++)
        if (!pick[s->sents[freed[q]].doc] || pick[s->sents[freed[q]].doc]->sent != freed[q])
            s->in_fact[freed[q]] = (unsigned char)sentence_cited(s, freed[q]);
    np_free(sents);
    np_free(freed);
    return NP_OK;
}

/* A word that opens the phrase of an event's place: "at the end of a
 * summit in Vell", "after a one-day summit in Vell". */
static int phrase_opener(const np_token *t)
{
    return is_prep(t) || word_is(t, "after") || word_is(t, "during") || word_is(t, "following") ||
           word_is(t, "before") || word_is(t, "on");
}

/* The fewest words of p's sentence that place the event: its dateline
 * ("VELL, Ostria", up to the dash), or the locative phrase from its
 * preposition ("in the Ostrian capital Vell", "a visit to Ostria", "at
 * the Vell summit") back over the event it places when one is named
 * right before it ("at the end of a summit in Vell"), to the place (with
 * its region in apposition).  0 when they cannot be told. */
static int phrase_of(const np_story *s, const pref *p, size_t *start, size_t *end)
{
    const np_analysis *an = &s->an[p->doc];
    const np_sent *se = &s->sents[p->sent];
    size_t t = p->m_tok;
    if (p->dateline) {
        const unsigned char *c = (const unsigned char *)an->text;
        for (size_t b = p->m_end; b < an->len && b < p->m_start + PLACE_DATELINE_MAX; b++)
            if (c[b] == '(' || c[b] == '\n')
                break;
            else if ((c[b] == '-' && b + 1 < an->len && c[b + 1] == ' ' && c[b - 1] == ' ') ||
                     (c[b] == 0xE2 && b + 2 < an->len && c[b + 1] == 0x80 && (c[b + 2] == 0x93 || c[b + 2] == 0x94))) {
                *start = p->m_start;
                *end = b;
                return 1;
            }
        return 0;
    }
    if (t <= se->tok_lo || t >= se->tok_hi)
        return 0;
    size_t first = t - 1; /* "in X", "at X" */
    if (p->lw == 2) {
        if (t < se->tok_lo + 2 || !p->noun || p->noun >= se->tok_hi)
            return 0;
        *start = an->tokens[t - 2].start;
        *end = an->tokens[p->noun].end;
        return 1;
    }
    if (word_is(&an->tokens[first], "to") && first > se->tok_lo)
        first--; /* "a visit to X" */
    else if (!is_prep(&an->tokens[first]))
        while (first > se->tok_lo && !is_prep(&an->tokens[first]) && t - first <= PLACE_DESCR_MAX + 2)
            first--; /* "in the Ostrian capital X" */
    if (!is_prep(&an->tokens[first]) && !word_is(&an->tokens[first + 1], "to"))
        return 0;
    /* back over the event the place is of ("a one-day summit in X") */
    int event = 0;
    for (size_t k = first; k > se->tok_lo && first - k < PLACE_WINDOW; k--) {
        if (segment_break(an, k))
            break;
        const np_token *q = &an->tokens[k - 1];
        event |= event_noun(q);
        if (phrase_opener(q)) {
            if (event)
                first = k - 1;
            break;
        }
    }
    *start = an->tokens[first].start;
    *end = p->m_end;
    return 1;
}

/* Every ref of another fact overlapping the words [a, b) of p's outlet
 * (with all 0, not those lying within them: they leave their fact,
 * release_words()) keeps a rest that says its claim
 * (np_story_ref_rest()); with apply, the refs are cut to it.  1 when all
 * do, 0 when one does not, -1 on ENOMEM; *seen (may be NULL) counts the
 * refs met. */
static int others_keep_rest(np_story *s, const pref *p, size_t a, size_t b, int all, int apply, size_t *seen)
{
    np_brief *br = s->brief;
    for (size_t f = 0; f < br->n_facts; f++)
        for (size_t k = 0; k < br->facts[f].n_support; k++) {
            np_brief_fact *x = &br->facts[f];
            size_t ra, rb, ca, cb;
            if (x->support[k].doc != p->doc || !np_story_ref_span(s, &x->support[k], &ra, &rb) || ra >= b ||
                rb <= a)
                continue;
            if (seen)
                ++*seen;
            if (!all && ra >= a && rb <= b)
                continue;
            int r = np_story_ref_rest(s, x, k, a, b, &ca, &cb);
            if (r <= 0)
                return r;
            if (!apply)
                continue;
            int head = x->summary == x->support[k].text;
            if (np_story_ref(s, p->doc, ca, cb, &x->support[k]) != NP_OK)
                return -1;
            if (head)
                x->summary = x->support[k].text;
        }
    return 1;
}

/* One sentence, one claim: the words the place fact cites of an outlet
 * are no other fact's.  Where another fact cites a sentence that also
 * says where ("X signed the plan at a summit in Vell": that X signed it,
 * and where), the place fact cites its clause and the other fact the
 * rest of the sentence, when that rest still says its claim; else the
 * place fact cites only the words that place the event ("at a summit in
 * Vell", a dateline) and the other fact keeps the rest around them.
 * When no rest says the other fact's claim, a fact citing only words of
 * the clause leaves it (release_words(): "He spoke at a news conference
 * in Vell" says where and nothing else), and a fact citing more keeps
 * the sentence: the place fact does not cite the outlet.  Decides only
 * (apply 0), or cuts the other facts' refs (apply 1, on the decided
 * picks). */
static np_status split_shared(np_story *s, pref **pick, int apply)
{
    for (size_t d = 0; d < s->n_docs; d++) {
        pref *p = pick[d];
        if (!p)
            continue;
        if (apply) {
            if (others_keep_rest(s, p, p->start, p->end, p->dateline, 1, NULL) < 0)
                return NP_ENOMEM;
            continue;
        }
        size_t seen = 0, a, b;
        int r = others_keep_rest(s, p, p->start, p->end, p->dateline, 0, &seen);
        if (r < 0)
            return NP_ENOMEM;
        if (seen && (!r || !p->dateline) && phrase_of(s, p, &a, &b) && a >= p->start && b <= p->end &&
            (a > p->start || b < p->end)) {
            int q = others_keep_rest(s, p, a, b, 1, 0, NULL);
            if (q < 0)
                return NP_ENOMEM;
            if (q) {
                p->start = a;
                p->end = b;
                r = 1;
            }
        }
        if (!r)
            pick[d] = NULL;
    }
    return NP_OK;
}

/* The place fact's summary: "Where it happened: <the place as named>",
 * in the brief's arena; NULL without the name or memory (the caller then
 * shows the head's words). */
static const char *place_line(np_story *s, uint32_t ent)
{
    const np_entity *e = s->lk ? np_entity_linker_get(s->lk, ent) : NULL;
    if (!e || !e->canonical || !e->canonical[0])
        return NULL;
    /* as an outlet writes it in a sentence, not a dateline's capitals */
    const char *name = e->canonical;
    for (size_t v = 0; v < e->n_variants; v++) {
        const char *n = e->variants[v].name;
        int lower = 0;
        for (const char *c = n; c && *c && !lower; c++)
            lower = *c >= 'a' && *c <= 'z';
        if (lower) {
            name = n;
            break;
        }
    }
    char buf[256];
    snprintf(buf, sizeof buf, "Where it happened: %s", name);
    return np_arena_strdup(&s->brief->arena, buf);
}

/* The place fact from the mentions r[0..n) of the main place: per outlet
 * the mention whose clause holds the most main event words (a dateline
 * only for an outlet without one in words), head the best in words. */
static np_status emit_place(np_story *s, pref *r, size_t n)
{
    pref **pick = np_calloc(s->n_docs + 1, sizeof *pick);
    uint32_t *sents = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *sents);
    if (!pick || !sents) {
        np_free(pick);
        return NP_ENOMEM;
    }
    size_t np = 0;
    int hd = -1;
    for (size_t i = 0; i < n; i++) {
        pref *x = &r[i], **p = &pick[x->doc];
        if (!x->score)
            continue;
        if (!*p)
            np++;
        if (!*p || ((*p)->dateline && !x->dateline) || (x->dateline == (*p)->dateline && x->score > (*p)->score))
            *p = x;
    }
    np_status st = split_shared(s, pick, 0);
    np = 0;
    for (size_t d = 0; d < s->n_docs; d++) {
        np += pick[d] != NULL;
        if (pick[d] && !pick[d]->dateline && (hd < 0 || pick[d]->score > pick[hd]->score))
            hd = (int)d;
    }
    if (st != NP_OK || np < 2 || hd < 0) {
        np_free(pick);
        return st;
    }
    np_brief *b = s->brief;
    st = split_shared(s, pick, 1);
    if (st == NP_OK)
        st = release_words(s, pick);
    size_t cap = b->n_facts;
    if (st == NP_OK)
        st = np_grow((void **)&b->facts, &cap, b->n_facts, sizeof *b->facts);
    np_bref *sup = np_arena_alloc(&b->arena, (np + 1) * sizeof *sup);
    if (st != NP_OK || !sup) {
        np_free(pick);
        return NP_ENOMEM;
    }
    /* the head first, then the other outlets in document order */
    size_t k = 0;
    const char *where = place_line(s, pick[hd]->ent);
    sents[k++] = (uint32_t)hd;
    for (size_t d = 0; d < s->n_docs; d++)
        if (pick[d] && (int)d != hd)
            sents[k++] = (uint32_t)d;
    for (size_t q = 0; q < k && st == NP_OK; q++) {
        pref *x = pick[sents[q]];
        st = np_story_ref(s, x->doc, x->start, x->end, &sup[q]);
        sents[q] = x->sent;
        if (s->in_fact)
            s->in_fact[x->sent] = 1;
    }
    np_free(pick);
    if (st != NP_OK)
        return st;
    /* most outlets first: after the facts with as many */
    size_t at = b->n_facts;
    while (at > 0 && b->facts[at - 1].n_docs < k)
        at--;
    memmove(&b->facts[at + 1], &b->facts[at], (b->n_facts - at) * sizeof *b->facts);
    np_brief_fact *f = &b->facts[at];
    memset(f, 0, sizeof *f);
    f->support = sup;
    f->n_support = f->n_docs = k;
    f->n_independent = np_align_independent(s, sents, k);
    /* the fact is where it happened, not what each cited clause says
     * besides (a head clause "X closed the summit in Vell with a
     * concession" would credit every outlet with the concession) */
    f->summary = where ? where : sup[0].text;
    f->score = 1.0;
    b->n_facts++;
    return NP_OK;
}

np_status np_compare_places(np_story *s)
{
    size_t ne = s->lk ? np_entity_linker_count(s->lk) : 0;
    if (!PLACE_FACTS || !ne || s->n_docs < 2)
        return NP_OK;
    uint32_t *uf = np_malloc(ne * sizeof *uf);
    if (!uf)
        return NP_ENOMEM;
    for (size_t i = 0; i < ne; i++)
        uf[i] = (uint32_t)i;
    pref *r = NULL;
    size_t n = 0;
    np_status st = collect(s, uf, &r, &n);
    np_free(uf);
    /* the main place: the one most outlets name where something happened
     * (in words or under their dateline), each outlet counted by how early
     * it names it (1 in its first claim, 1/2 in its fifth: PLACE_LEAD_HALF):
     * the news is told first, and the place of a background event every
     * outlet recalls further down ("after a spate of robberies in Cannes")
     * is not the story's.  Its main event must be located in words by
     * PLACE_MIN_LOCATED outlets, and by half of them with the datelines that
     * tell it; else, when that place is one outlet's only, the next place
     * is tried (one outlet's early mention of a place does not hide the
     * place two others name later) */
    uint32_t *claim_rank = st == NP_OK ? np_arena_alloc(&s->work, (s->n_sents + 1) * sizeof *claim_rank) : NULL;
    if (st == NP_OK && !claim_rank)
        st = NP_ENOMEM;
    if (st == NP_OK)
        np_story_claim_ranks(s, claim_rank);
    /* candidate places, best first; the first whose main event enough
     * outlets locate in words is the story's */
    typedef struct cand {
        size_t lo, hi, dl, outlets;
        float all;
    } cand;
    cand *cd = st == NP_OK ? np_arena_alloc(&s->work, (n + 1) * sizeof *cd) : NULL;
    size_t nc = 0;
    if (st == NP_OK && !cd)
        st = NP_ENOMEM;
    for (size_t lo = 0; st == NP_OK && lo < n;) {
        size_t hi = lo, dl = 0, outlets = 0;
        float all = 0.0f, outlet = 0.0f;
        for (; hi < n && r[hi].group == r[lo].group; hi++) {
            int last = hi + 1 == n || r[hi + 1].doc != r[hi].doc || r[hi + 1].group != r[hi].group;
            float w = 1.0f / (1.0f + (float)claim_rank[r[hi].sent] / PLACE_LEAD_HALF);
            if (hi == lo || r[hi].doc != r[hi - 1].doc)
                outlet = 0.0f;
            if (w > outlet)
                outlet = w;
            if (last)
                all += outlet;
            outlets += last;
            /* datelines sort last within an outlet */
            dl += r[hi].dateline && last;
        }
        cd[nc++] = (cand){lo, hi, dl, outlets, all};
        lo = hi;
    }
    size_t best_lo = 0, best_hi = 0;
    for (size_t tried = 0; st == NP_OK && tried < nc && tried < PLACE_CANDIDATES && best_hi == best_lo; tried++) {
        size_t pick = SIZE_MAX;
        for (size_t k = 0; k < nc; k++)
            if (cd[k].hi > cd[k].lo &&
                (pick == SIZE_MAX || cd[k].dl > cd[pick].dl || (cd[k].dl == cd[pick].dl && cd[k].all > cd[pick].all)))
                pick = k;
        if (pick == SIZE_MAX)
            break;
        size_t words = 0, dl = 0;
        st = score_group(&r[cd[pick].lo], cd[pick].hi - cd[pick].lo, &words, &dl);
        if (st == NP_OK && words >= PLACE_MIN_LOCATED && (words + dl) * 2 >= s->n_docs) {
            best_lo = cd[pick].lo;
            best_hi = cd[pick].hi;
        }
        /* a place enough outlets name, whose event they do not locate
         * there alike, leaves the story without a place: a background
         * place further down the list is no better answer */
        if (cd[pick].outlets >= PLACE_MIN_LOCATED)
            break;
        cd[pick].hi = cd[pick].lo; /* tried */
    }
    if (st == NP_OK && best_hi > best_lo)
        st = emit_place(s, &r[best_lo], best_hi - best_lo);
    np_free(r);
    return st;
}
