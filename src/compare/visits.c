/*
 * compare/visits.c — planned visits (contract in compare/visits.h).
 *
 * A visit is found from its word, without a parser:
 *  - a movement word ("visit", "travel", "arrive", "fly", "trip",
 *    "journey") framed as expected (compare/frames.h), with its
 *    destination: a place named right after it ("visit Vell") or after
 *    "to", "in", "at", "into" (and "the") within VISIT_REACH tokens;
 *  - "expected in|at <place>", "due in|at <place>": the expectation is
 *    the frame;
 *  - a meeting word ("meet", "meets", "meeting") framed as expected with
 *    the person met right after it (or after "with"); a movement word
 *    going to a person ("will visit Mr. Kask") is a meeting too.
 * The traveller is the last person named before the word in the span.
 * Words inside quotation marks are the speaker's: no visit.
 */
#include <string.h>

#include "compare/visits.h"
#include "extract/analysis.h"
#include "extract/entity.h"
#include "text/lexicon.h"
#include "text/token.h"

#define VISIT_REACH 3 /* tokens between the word and the name it goes to */

/* A word of moving somewhere: by stem, so "travels", "travelling",
 * "arriving", "flies" count too. */
static int movement_word(const np_token *tk)
{
    static const char *const stems[] = {"visit", "travel", "arriv", "fli", "fly", "trip", "journey", NULL};
    return tk->stem && np_lex_word_in(tk->stem, stems);
}

static int meeting_word(const np_token *tk)
{
    static const char *const meet[] = {"meet", "meets", "meeting", NULL};
    return np_lex_word_in(tk->norm, meet);
}

/* "expected in", "due at": an expectation of presence at a place. */
static int expected_at(const np_analysis *an, uint32_t k, uint32_t hi)
{
    static const char *const cue[] = {"expected", "due", NULL};
    static const char *const at[] = {"in", "at", NULL};
    return k + 1 < hi && np_lex_word_in(an->tokens[k].norm, cue) && np_lex_word_in(an->tokens[k + 1].norm, at);
}

/* The mention holding token t, or NULL: the last one starting at or
 * before it (mentions lie apart, np_story_ent_at()). */
static const np_entity_mention *mention_at(const np_analysis *an, uint32_t t)
{
    size_t off = an->tokens[t].start, m = np_story_ent_at(an, off + 1);
    return m > 0 && off < an->ents[m - 1].end ? &an->ents[m - 1] : NULL;
}

static np_entity_type type_of(const np_story *s, int doc, const np_entity_mention *m, long *e)
{
    *e = s->lk ? np_entity_linker_lookup(s->lk, doc, m->start) : -1;
    const np_entity *x = *e >= 0 ? np_entity_linker_get(s->lk, (size_t)*e) : NULL;
    return x ? x->type : m->type;
}

static int32_t person_group(const np_story *s, long e)
{
    if (e < 0)
        return -1;
    return s->ent_group ? (int32_t)s->ent_group[e] : (int32_t)e;
}

/* The name a movement or meeting word at k goes to: the first mention
 * within VISIT_REACH tokens after it, reached over "to", "in", "at",
 * "into", "with", "the" only.  Its type into *type, its linker entity into
 * *e. */
static const np_entity_mention *goes_to(const np_story *s, int doc, uint32_t k, uint32_t hi, np_entity_type *type,
                                        long *e)
{
    static const char *const over[] = {"to", "in", "at", "into", "with", "the", NULL};
    const np_analysis *an = &s->an[doc];
    for (uint32_t t = k + 1; t < hi && t <= k + VISIT_REACH; t++) {
        if (an->tokens[t].flags & NP_TOK_CAP) {
            const np_entity_mention *m = mention_at(an, t);
            if (!m)
                return NULL;
            *type = type_of(s, doc, m, e);
            return m;
        }
        if (!np_lex_word_in(an->tokens[t].norm, over))
            return NULL;
    }
    return NULL;
}

/* The mention m is the source credited ("according to X"): who reports,
 * not who travels. */
static int credited(const np_analysis *an, const np_entity_mention *m, uint32_t lo)
{
    size_t t = np_story_token_at(an, m->start);
    return t >= lo + 2 && t < an->n_tokens && an->tokens[t - 1].norm && an->tokens[t - 2].norm &&
           !strcmp(an->tokens[t - 1].norm, "to") && !strcmp(an->tokens[t - 2].norm, "according");
}

/* The last person named in [lo, k) of doc, not as a source credited, or
 * -1. */
static int32_t traveller(const np_story *s, int doc, uint32_t lo, uint32_t k)
{
    const np_analysis *an = &s->an[doc];
    size_t a = an->tokens[lo].start, b = an->tokens[k].start;
    int32_t who = -1;
    for (size_t m = np_story_ent_at(an, a); m < an->n_ents && an->ents[m].start < b; m++) {
        if (credited(an, &an->ents[m], lo))
            continue;
        long e;
        if (type_of(s, doc, &an->ents[m], &e) == NP_ENT_PERSON && e >= 0)
            who = person_group(s, e);
    }
    return who;
}

long np_visit_place_key(const np_story *s, int doc, const np_entity_mention *m)
{
    /* a gazetteer place by its id (one key for "Kyiv" and "Kiev"), else
     * the linker's entity; the low bit keeps the two apart */
    if (m->place_id > 0)
        return m->place_id * 2;
    long e = s->lk ? np_entity_linker_lookup(s->lk, doc, m->start) : -1;
    return e >= 0 ? (e + 1) * 2 + 1 : 0;
}

int np_visit_find(const np_story *s, const np_frames *fr, int doc, uint32_t tok_lo, uint32_t tok_hi, np_visit *out)
{
    const np_analysis *an = &s->an[doc];
    for (uint32_t k = tok_lo; k < tok_hi; k++) {
        const np_token *tk = &an->tokens[k];
        if (!tk->norm)
            continue;
        int quoted = 0, expect = expected_at(an, k, tok_hi);
        int move = expect || movement_word(tk), meet = !move && meeting_word(tk);
        if (!move && !meet)
            continue;
        if (!expect && !(np_frames_tok(fr, doc, k, &quoted) & NP_FRAME_EXPECT))
            continue;
        if (quoted || np_quote_at(an->quotes, an->n_quotes, tk->start))
            continue;
        np_entity_type type;
        long e = -1;
        const np_entity_mention *m = goes_to(s, doc, expect ? k + 1 : k, tok_hi, &type, &e);
        if (!m)
            continue;
        np_visit v = {traveller(s, doc, tok_lo, k), 0, -1};
        if (type == NP_ENT_PLACE && move)
            v.where = np_visit_place_key(s, doc, m);
        else if (type == NP_ENT_PERSON && !expect)
            v.meets = person_group(s, e);
        if (!v.where && v.meets < 0)
            continue;
        *out = v;
        return 1;
    }
    return 0;
}

/* Does tokens [lo, hi) of doc name person group p? */
static int names_person(const np_story *s, int doc, uint32_t lo, uint32_t hi, int32_t p)
{
    const np_analysis *an = &s->an[doc];
    if (hi <= lo)
        return 0;
    size_t a = an->tokens[lo].start, b = an->tokens[hi - 1].end;
    for (size_t m = np_story_ent_at(an, a); m < an->n_ents && an->ents[m].start < b; m++) {
        long e;
        if (type_of(s, doc, &an->ents[m], &e) == NP_ENT_PERSON && person_group(s, e) == p)
            return 1;
    }
    return 0;
}

int np_visit_same_place(const np_visit *a, const np_visit *b)
{
    return a->where && a->where == b->where;
}

int np_visit_same(const np_story *s, const np_visit *a, int a_doc, uint32_t a_lo, uint32_t a_hi, const np_visit *b,
                  int b_doc, uint32_t b_lo, uint32_t b_hi)
{
    if (np_visit_same_place(a, b))
        return 1;
    if (a->who < 0 || a->who != b->who)
        return 0;
    return (a->meets >= 0 && a->meets != a->who && names_person(s, b_doc, b_lo, b_hi, a->meets)) ||
           (b->meets >= 0 && b->meets != b->who && names_person(s, a_doc, a_lo, a_hi, b->meets));
}
