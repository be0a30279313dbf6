/* extract/entity.c — named-entity mentions in one document (see entity.h).
 *
 * Works on the token stream: capitalised runs joined by plain spaces form
 * candidate names; context words (titles, org keywords, the gazetteer, speech
 * verbs) type them.  Everything is one left-to-right pass plus a per-document
 * surname pass, so the cost is linear in the text. */
#include "extract/entity.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"
#include "text/lexicon.h"
#include "text/token.h"
#include "extract/internal.h"

/* Internal marker on type_run's result: OTHER that becomes PERSON when the
 * last word also occurs alone in the document. */
#define PERSON_IF_SURNAME 0x100

const char *np_entity_type_name(np_entity_type t)
{
    switch (t) {
    case NP_ENT_PERSON: return "PERSON";
    case NP_ENT_ORG: return "ORG";
    case NP_ENT_PLACE: return "PLACE";
    default: return "OTHER";
    }
}

typedef struct ctx {
    const char *text;
    size_t len;
    const np_token *t;
    size_t n;
    unsigned char *initial;  /* per token: first word of a sentence/quote */
    unsigned char *headline; /* per token: inside a title-case or all-caps line */
    size_t *mtok;            /* per mention: index of its first token */
    unsigned char *maybe_person; /* per mention: PERSON if its surname occurs alone */
    uint64_t *lower_set;     /* hashes of words seen in lower case */
    size_t lower_cap;
    uint64_t *given_set;     /* hashes of inner-capital and agency words written after a given name */
    size_t given_cap;
    const char *month_name[13]; /* a month's name this text uses as a person's name ("Theresa May"), by month */
    const np_gazetteer *gz;
    int have_common; /* gz knows ordinary English words (WordNet loaded) */
    np_arena *arena;
    np_entity_mention *v;
    size_t nv, cap;
} ctx;

static const char *W(const ctx *c, size_t i) { return c->text + c->t[i].start; }
static size_t WL(const ctx *c, size_t i) { return c->t[i].end - c->t[i].start; }

static int is_cap(const ctx *c, size_t i)
{
    if (i >= c->n || !(c->t[i].flags & NP_TOK_CAP) || !(c->t[i].flags & NP_TOK_WORD))
        return 0;
    /* "MYwRz9euaq"-like link debris: digits inside a mixed-case word */
    if (!(c->t[i].flags & NP_TOK_ALLCAPS))
        for (size_t p = c->t[i].start; p < c->t[i].end; p++)
            if (c->text[p] >= '0' && c->text[p] <= '9')
                return 0;
    return 1;
}

/* Length of the name part of token i: without a possessive ’s / 's / '. */
static size_t name_len(const ctx *c, size_t i, int *poss)
{
    const char *w = W(c, i);
    size_t n = WL(c, i);
    *poss = 0;
    if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'') {
        *poss = 1;
        return n - 2;
    }
    if (n > 4 && w[n - 1] == 's' && (unsigned char)w[n - 2] == 0x99 && (unsigned char)w[n - 3] == 0x80 &&
        (unsigned char)w[n - 4] == 0xE2) {
        *poss = 1;
        return n - 4;
    }
    return n;
}

static int possessive(const ctx *c, size_t i)
{
    int p;
    name_len(c, i, &p);
    return p;
}

/* Token i is a person's initials written together ("J.R", "T.J", the
 * final period outside the token): single capitals between periods, and
 * no place or body of that spelling ("U.S", "L.A", "U.N"). */
static int joined_initials(const ctx *c, size_t i)
{
    const char *w = c->text + c->t[i].start;
    size_t n = c->t[i].end - c->t[i].start;
    if (n < 3 || n > 5 || n % 2 == 0)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (k % 2 ? w[k] != '.' : !(w[k] >= 'A' && w[k] <= 'Z'))
            return 0;
    /* the dotted abbreviations of places, bodies and offices news writes
     * before a capitalised word ("U.N. Security Council", "L.A. Airport",
     * "Deputy D.A. Ann Ruiz") */
    static const char *const known[] = {"U.S", "U.K", "U.N", "E.U", "D.C", "L.A", "N.Y", "N.J", "S.F", "N.Z",
                                        "P.R", "B.C", "D.A", "M.P", "U.A.E", "U.S.A", "U.S.S.R", NULL};
    for (size_t k = 0; known[k]; k++)
        if (strlen(known[k]) == n && !memcmp(known[k], w, n))
            return 0;
    char dotted[8];
    memcpy(dotted, w, n);
    dotted[n] = '.';
    return !np_gazetteer_has(c->gz, dotted, n + 1) && !np_gazetteer_has(c->gz, w, n) &&
           !np_gazetteer_is_org(c->gz, dotted, n + 1) && !np_gazetteer_is_org(c->gz, w, n);
}

/* Tokens i and i+1 are separated by blanks only (same line). */
static int adjacent(const ctx *c, size_t i)
{
    if (i + 1 >= c->n)
        return 0;
    size_t a = c->t[i].end, b = c->t[i + 1].start;
    if (b == a)
        return 0;
    for (size_t p = a; p < b; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (ch == ' ' || ch == '\t')
            continue;
        /* "Mr. Trump", "Gen. Ferri": the period of a title abbreviation */
        if (ch == '.' && p == a && np_lex_is_abbrev(c->text + c->t[i].start, a - c->t[i].start) &&
            np_lex_is_title_word(c->text + c->t[i].start, a - c->t[i].start))
            continue;
        /* "J.R. Colton", "H.R. McMaster": initials written together, then
         * the surname (not "U.S. Navy", "D.C. Council": places) */
        if (ch == '.' && p == a && joined_initials(c, i) && (c->t[i + 1].flags & NP_TOK_CAP))
            continue;
        /* "Michael J. Green": a middle initial's period, a capital after it */
        if (ch == '.' && p == a && a - c->t[i].start == 1 && c->text[c->t[i].start] >= 'A' &&
            c->text[c->t[i].start] <= 'Z' && i > 0 && (c->t[i - 1].flags & NP_TOK_CAP) &&
            (c->t[i + 1].flags & NP_TOK_CAP) && c->t[i - 1].end + 1 == c->t[i].start)
            continue;
        if (ch == 0xC2 && p + 1 < b && (unsigned char)c->text[p + 1] == 0xA0) {
            p++;
            continue;
        }
        return 0;
    }
    return 1;
}

static int common_word(const ctx *c, size_t i);

static int tok_in(const ctx *c, size_t i, const char *const *w);

/* "Hau-yip": a capitalised word, a hyphen, then a short lower-case part that
 * is not an English word ("US-backed", "Kyiv-based" are not names). */
static int hyphen_tail(const ctx *c, size_t i)
{
    static const char *const compound_tails[] = {"area", "based", "born", "bound", "bred", "class", "era", "free",
                                                 "held", "led", "like", "made", "owned", "run", "size", "style",
                                                 "type", "wide", "year", NULL};
    if (i + 1 >= c->n || c->t[i + 1].start != c->t[i].end + 1 || c->text[c->t[i].end] != '-')
        return 0;
    const np_token *t = &c->t[i + 1];
    size_t n = t->end - t->start;
    if (!(c->t[i].flags & NP_TOK_CAP) || (t->flags & NP_TOK_CAP) || !(t->flags & NP_TOK_WORD) || n > 5 ||
        !c->have_common)
        return 0;
    /* a Korean given name's second syllable after a family name and a
     * first syllable ("Youn Kun-young", "Kim Jong-il"), whatever English
     * word it spells; not the compounds English makes of names of English
     * words or places ("Big Ten-level", "New York-based") */
    if (i >= 1 && WL(c, i) <= 4 && WL(c, i - 1) <= 5 && adjacent(c, i - 1) && is_cap(c, i - 1) &&
        !(c->t[i - 1].flags & NP_TOK_ALLCAPS) && !(c->t[i].flags & NP_TOK_ALLCAPS) && !common_word(c, i - 1) &&
        !common_word(c, i) &&
        !tok_in(c, i + 1, compound_tails) &&
        !np_gazetteer_has(c->gz, W(c, i - 1), c->t[i].end - c->t[i - 1].start) &&
        !np_gazetteer_has(c->gz, W(c, i), WL(c, i)))
        return 1;
    if (n > 4)
        return 0;
    /* a function-word syllable only after a short name syllable: "Jae-in",
     * not "Drive-in" */
    if (t->flags & NP_TOK_STOP)
        return WL(c, i) <= 4 && !common_word(c, i);
    return !common_word(c, i + 1);
}

static int hyphen_joined(const ctx *c, size_t i)
{
    return i + 1 < c->n && c->t[i + 1].start == c->t[i].end + 1 && c->text[c->t[i].end] == '-';
}

static int tok_is(const ctx *c, size_t i, const char *w)
{
    return np_tok_is(c->t, c->n, i, w);
}

/* Token i is "al" or "el" in lower case: the article of an Arabic family
 * name when hyphened to it ("al-Rashidi", "el-Sayed"). */
static int arabic_article(const ctx *c, size_t i)
{
    return !(c->t[i].flags & NP_TOK_CAP) && (tok_is(c, i, "al") || tok_is(c, i, "el"));
}

/* Token k of the run [a, b) is the article of its last word, a family
 * name, after a given name ("Mohammed al-Rashidi"), as gather_run() takes
 * it in. */
static int family_article(const ctx *c, size_t a, size_t b, size_t k)
{
    return k > a && k + 2 == b && arabic_article(c, k) && hyphen_joined(c, k) && adjacent(c, k - 1);
}

static int tok_in(const ctx *c, size_t i, const char *const *w)
{
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, i, w[k]))
            return 1;
    return 0;
}

static size_t name_len(const ctx *c, size_t i, int *poss);

/* Word-list lookup on the token without a possessive ("Ministry’s"). */
static int lex(int (*f)(const char *, size_t), const ctx *c, size_t i)
{
    if (i >= c->n)
        return 0;
    int p;
    size_t n = name_len(c, i, &p);
    return f(W(c, i), n);
}

/* Org keyword, also in the plural ("Institutions", "Forces" is listed). */
static int org_word(const ctx *c, size_t i)
{
    if (i >= c->n)
        return 0;
    const char *w = W(c, i);
    int p;
    size_t n = name_len(c, i, &p);
    if (np_lex_is_org_word(w, n))
        return 1;
    return n > 4 && (w[n - 1] == 's' || w[n - 1] == 'S') && np_lex_is_org_word(w, n - 1);
}

static size_t name_len(const ctx *c, size_t i, int *poss);

static int is_date_word(const ctx *c, size_t i)
{
    int p;
    size_t n = name_len(c, i, &p);
    return np_lex_month(W(c, i), n) || np_lex_weekday(W(c, i), n);
}

/* Token i (month m) alone is the person the text names with that month
 * elsewhere ("Theresa May ... accused May of ..."): the object of a verb,
 * where no word before it makes it a date ("in May", "since May",
 * "mid-May", "last May") and it opens no sentence ("May I ..."); a number
 * after it was ruled out. */
/* Words before a month that make it a date ("in May", "since June",
 * "last April", "the May deadline"). */
static const char *const k_dating[] = {"in", "on", "since", "until", "till", "by", "early", "late", "mid", "last",
                                       "next", "this", "of", "from", "to", "through", "during", "before", "after",
                                       "between", "and", "or", "each", "every", "that", "the", "a", "around",
                                       "throughout", "end", "beginning", "start", "middle", "for", "as", "than",
                                       "at", "her", "his", "its", "their", "our", "my", "your", NULL};

static int named_month_alone(const ctx *c, size_t i, int m)
{
    const char *const *dating = k_dating;
    /* nouns a month names the time of ("its May meeting") */
    static const char *const timed[] = {"deadline", "meeting", "meetings", "election", "elections", "vote", "summit",
                                        "session", "report", "budget", "figures", "data", "sales", "holiday",
                                        "issue", "edition", "primary", "poll", "polls", "day", "date", "visit",
                                        "trip", "event", "rally", "talks", "conference", NULL};
    const char *w = c->month_name[m];
    if (!w || strcmp(c->t[i].norm ? c->t[i].norm : "", w) != 0 || c->initial[i])
        return 0;
    if (i > 0) {
        if (hyphen_joined(c, i - 1) || (c->t[i - 1].flags & NP_TOK_NUMBER))
            return 0;
        for (size_t k = 0; dating[k]; k++)
            if (tok_is(c, i - 1, dating[k]))
                return 0;
    }
    /* the object of a verb ("accused May of", "urged May to", "thanked May
     * for"): a verb in the past before it, a preposition or a stop after it;
     * not "said May was the busiest month", "compared with May" */
    static const char *const irregular[] = {"told", "gave", "met", "sent", "left", "saw", "took", "made", "found",
                                            "kept", "held", "brought", "thought", "let", "beat", "urge", "asked",
                                            NULL};
    /* what changes in a month: "rose May on higher wages", "closed May 4" */
    static const char *const change[] = {"increased", "decreased", "rose", "fell", "closed", "opened", "ended",
                                         "started", "began", "peaked", "dropped", "jumped", "climbed", NULL};
    if (i == 0 || !(c->t[i - 1].flags & NP_TOK_WORD) || (c->t[i - 1].flags & NP_TOK_CAP) ||
        !(tok_in(c, i - 1, irregular) ||
          (WL(c, i - 1) >= 4 && memcmp(W(c, i - 1) + WL(c, i - 1) - 2, "ed", 2) == 0)) ||
        tok_in(c, i - 1, change))
        return 0;
    static const char *const after[] = {"of", "to", "for", "that", "in", "on", "at", "with", "about", "over", "and",
                                        "a", "an", "the", NULL};
    static const char *const period[] = {"this", "last", "next", "that", "each", NULL};
    int stop = i + 1 >= c->n || !adjacent(c, i);
    for (size_t k = 0; !stop && after[k]; k++)
        stop = tok_is(c, i + 1, after[k]);
    if (!stop || (tok_is(c, i + 1, "of") && i + 2 < c->n && tok_in(c, i + 2, period)))
        return 0; /* "closed May of this year" */
    /* a month among months ("April, May and June") */
    for (size_t k = i > 2 ? i - 2 : 0; k < c->n && k <= i + 2; k++)
        if (k != i && np_lex_month(W(c, k), WL(c, k)) && WL(c, k) >= 3)
            return 0;
    for (size_t k = 0; i + 1 < c->n && timed[k]; k++)
        if (tok_is(c, i + 1, timed[k]))
            return 0;
    return 1;
}

/* A lower-case word that may stand between an attribution verb and the
 * name of the one who speaks, as a part of the role: "said buyer May
 * Holt", "said opposition councillor Jan Mott".  No function word, number
 * or verb of speech. */
static int role_modifier(const ctx *c, size_t k)
{
    unsigned f = c->t[k].flags;
    return (f & NP_TOK_WORD) && !(f & (NP_TOK_CAP | NP_TOK_STOP | NP_TOK_NUMBER)) &&
           !lex(np_lex_is_preposition, c, k) && !lex(np_lex_is_speech_verb, c, k);
}

/* Is token a right after the verb of an inverted attribution, past at
 * most three role words ("“...,” said Jan Brekke", "..., said buyer May
 * Holt")?  The verb follows a comma or a closing quotation mark, so the
 * words after it are its subject; in "the company said May 3 that ..."
 * the subject came first and a date follows. */
static int after_inverted_verb(const ctx *c, size_t a)
{
    size_t k = a;
    while (k > 0 && a - k < 3 && (adjacent(c, k - 1) || hyphen_joined(c, k - 1)) && role_modifier(c, k - 1))
        k--;
    if (k == 0 || !adjacent(c, k - 1) || !lex(np_lex_is_speech_verb, c, k - 1))
        return 0;
    size_t v = c->t[k - 1].start;
    while (v > 0 && c->text[v - 1] == ' ')
        v--;
    const unsigned char *u = (const unsigned char *)c->text;
    return v > 0 && (u[v - 1] == ',' || u[v - 1] == '"' ||
                     (v >= 3 && u[v - 3] == 0xE2 && u[v - 2] == 0x80 && (u[v - 1] == 0x9D || u[v - 1] == 0x99)));
}

/* Does the run ending at token b - 1 end its clause: punctuation or the
 * line's end right after it ("said Jan Brekke.", "said June Park, who
 * ..."), not the clause going on ("said Hill Street was closed", "said
 * Park Avenue residents") nor a possessive ("said Lake Street's owner")? */
static int ends_clause(const ctx *c, size_t b)
{
    if (possessive(c, b - 1))
        return 0;
    size_t e = c->t[b - 1].end;
    return e >= c->len || (c->text[e] && strchr(".,;:!?)\r\n", c->text[e]));
}

/* An apposition after the run ending at token b - 1 that only a person
 * takes: ", who ...", or a role ("Lena Park, the head of the tenants'
 * group", "Jan Kowal, a trawler owner,"): "a"/"an"/"the", then within
 * three words a title word that ends the noun phrase (punctuation or a
 * preposition after it; not "the chief venue", "the mayor's garden"). */
static int person_apposition(const ctx *c, size_t b)
{
    size_t e = c->t[b - 1].end;
    if (b >= c->n || e + 2 > c->len || c->text[e] != ',' || c->t[b].start != e + 2)
        return 0;
    if (tok_is(c, b, "who"))
        return 1;
    if (!(tok_is(c, b, "a") || tok_is(c, b, "an") || tok_is(c, b, "the")))
        return 0;
    for (size_t k = b + 1; k < c->n && k <= b + 3 && adjacent(c, k - 1); k++) {
        if (c->t[k].flags & NP_TOK_CAP)
            return 0;
        if (!lex(np_lex_is_title_word, c, k))
            continue;
        if (possessive(c, k))
            return 0;
        if (!adjacent(c, k) || lex(np_lex_is_preposition, c, k + 1))
            return 1;
        /* "the chief economist at": a title word before the head */
    }
    return 0;
}

/* Is the run [a, b) where only a person's name goes: the subject of an
 * inverted attribution, ending its clause, or set off by an apposition
 * only people take?  There a capitalised word that is also a month, a
 * place's word or an ordinary word ("Jan", "Park", "Will") is a name. */
static int person_slot(const ctx *c, size_t a, size_t b)
{
    return (after_inverted_verb(c, a) && ends_clause(c, b)) || person_apposition(c, b);
}

/* Month i before a surname, as a given name: a capitalised word that is
 * no date word, title or function word follows, and the two stand where
 * only a person's name goes (person_slot(): "said Jan Brekke.", "said
 * buyer May Holt", "June Park, who lost her deposit"; also owning the
 * one who speaks, "said Jan Kowal's lawyer"), as the subject of a speech
 * verb ("Jan Brekke said") or after a role ("councillor Jan Mott"); never
 * after a word that makes it a date ("in June Park, ...") nor before a
 * number ("said May 3"). */
static int month_before_surname(const ctx *c, size_t i)
{
    if (!adjacent(c, i) || !is_cap(c, i + 1) || is_date_word(c, i + 1) || (c->t[i + 1].flags & NP_TOK_ALLCAPS) ||
        lex(np_lex_is_cap_function_word, c, i + 1) || lex(np_lex_is_title_word, c, i + 1) ||
        (i > 0 && tok_in(c, i - 1, k_dating)))
        return 0;
    if (i > 0 && adjacent(c, i - 1) && !(c->t[i - 1].flags & NP_TOK_CAP) && lex(np_lex_is_title_word, c, i - 1))
        return 1;
    size_t b = i + 2;
    while (b < c->n && b - i < 3 && adjacent(c, b - 1) && !possessive(c, b - 1) && is_cap(c, b) &&
           !is_date_word(c, b))
        b++;
    int says = !possessive(c, b - 1) && adjacent(c, b - 1) && lex(np_lex_is_speech_verb, c, b);
    return says || person_slot(c, i, b) || (possessive(c, b - 1) && after_inverted_verb(c, i));
}

/* A month's name used as a surname ("Theresa May", "Mrs. May", "Prime
 * Minister May", "May said"), not a date: after a title or a name word that
 * is no ordinary word ("Early May", "The May deadline" stay dates), or
 * before a speech verb, and never before a number ("May 5", "May 2018"). */
static int month_as_name(const ctx *c, size_t i)
{
    int p;
    size_t n = name_len(c, i, &p);
    int m = np_lex_month(W(c, i), n);
    if (!m || (c->t[i].flags & NP_TOK_ALLCAPS))
        return 0;
    if (i + 1 < c->n && c->text[c->t[i + 1].start] >= '0' && c->text[c->t[i + 1].start] <= '9')
        return 0;
    if (named_month_alone(c, i, m) || month_before_surname(c, i))
        return 1;
    if (i > 0 && adjacent(c, i - 1) && is_cap(c, i - 1) && !is_date_word(c, i - 1) &&
        (lex(np_lex_is_title_word, c, i - 1) ||
         (!lex(np_lex_is_cap_function_word, c, i - 1) && !common_word(c, i - 1))))
        return 1;
    /* "May said", not "on 13 July confirmed" */
    int after_number = i > 0 && c->text[c->t[i - 1].start] >= '0' && c->text[c->t[i - 1].start] <= '9';
    return !after_number && !possessive(c, i) && adjacent(c, i) && lex(np_lex_is_speech_verb, c, i + 1);
}

static int name_particle(const ctx *c, size_t i);
static int clause_word(const ctx *c, size_t i);
static int state_abbreviation(const ctx *c, size_t a);

/* A capitalised word that may be part of a name: not a date word, unless
 * it is a month used as a name or an abbreviation hyphened to a name
 * particle. */
static int name_word(const ctx *c, size_t i)
{
    /* "Mar-a-Lago": a month's abbreviation hyphened to a name particle */
    int hyphened = i + 2 < c->n && hyphen_joined(c, i) && hyphen_joined(c, i + 1) && name_particle(c, i + 1) &&
                   is_cap(c, i + 2);
    return is_cap(c, i) && (!is_date_word(c, i) || hyphened || month_as_name(c, i));
}

/* Open-addressing sets of word hashes (cap a power of two, 0 free). */
static uint64_t word_key(const char *norm)
{
    return np_hash64(norm, strlen(norm), 7) | 1;
}

static int set_has(const uint64_t *set, size_t cap, const char *norm)
{
    if (!cap)
        return 0;
    uint64_t h = word_key(norm);
    for (size_t j = h & (cap - 1); set[j]; j = (j + 1) & (cap - 1))
        if (set[j] == h)
            return 1;
    return 0;
}

static void set_add(uint64_t *set, size_t cap, const char *norm)
{
    uint64_t h = word_key(norm);
    size_t j = h & (cap - 1);
    while (set[j] && set[j] != h)
        j = (j + 1) & (cap - 1);
    set[j] = h;
}

/* An empty set of room for the document's tokens (the arena zeroes it). */
static uint64_t *new_set(ctx *c, size_t *cap)
{
    *cap = 64;
    while (*cap < c->n * 2 + 2)
        *cap *= 2;
    return np_arena_alloc(c->arena, *cap * sizeof(uint64_t));
}

static int seen_lower(const ctx *c, const char *norm)
{
    return set_has(c->lower_set, c->lower_cap, norm);
}

static np_status build_lower_set(ctx *c)
{
    size_t cap;
    c->lower_set = new_set(c, &cap);
    if (!c->lower_set)
        return NP_ENOMEM;
    c->lower_cap = cap;
    for (size_t i = 0; i < c->n; i++) {
        unsigned char f = (unsigned char)c->text[c->t[i].start];
        if (f >= 'a' && f <= 'z')
            set_add(c->lower_set, cap, c->t[i].norm);
    }
    return NP_OK;
}

static np_entity_mention *emit(ctx *c, size_t start, size_t end, size_t ns, size_t ne,
                               np_entity_type type, unsigned flags)
{
    if (c->nv == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        np_entity_mention *v = np_arena_alloc(c->arena, cap * sizeof *v);
        size_t *mt = np_arena_alloc(c->arena, cap * sizeof *mt);
        unsigned char *mp = np_arena_alloc(c->arena, cap);
        if (!v || !mt || !mp)
            return NULL;
        if (c->nv) {
            memcpy(v, c->v, c->nv * sizeof *v);
            memcpy(mt, c->mtok, c->nv * sizeof *mt);
            memcpy(mp, c->maybe_person, c->nv);
        }
        c->v = v;
        c->mtok = mt;
        c->maybe_person = mp;
        c->cap = cap;
    }
    np_entity_mention *m = &c->v[c->nv++];
    c->mtok[c->nv - 1] = (size_t)-1;
    c->maybe_person[c->nv - 1] = 0;
    m->start = start;
    m->end = end;
    m->name_start = ns;
    m->name_end = ne;
    m->type = type;
    m->flags = flags;
    m->place_id = 0;
    return m;
}

/* End byte of the name part of token i. */
static size_t name_end_of(const ctx *c, size_t i)
{
    int p;
    return c->t[i].start + name_len(c, i, &p);
}

/* Role words that are also common English surnames ("John Major",
 * "Angus King", "Tom Bishop"); an office noun ("Officer", "Director") is
 * none ("Chief Fire Officer at ..."). */
static int role_surname(const ctx *c, size_t k)
{
    static const char *const w[] = {"bishop", "cardinal", "chancellor", "dean", "judge", "king",
                                    "leader", "lord", "major", "marshal", "pope", "prince"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (c->t[k].norm && !strcmp(c->t[k].norm, w[i]))
            return 1;
    return 0;
}

/* Is token k, a role word after the name words [j, k) of a run, the
 * name's last word: a surname such as "Major", "King", "Leader" ("Sen.
 * Angus King said", "Cpl. Janice Leader, a dispatcher")?  It ends the
 * run: no capitalised word follows it, nor "of" ("Ann Ruiz, Leader of
 * the House" names a role). */
static int surname_of_role(const ctx *c, size_t j, size_t k)
{
    return k > j && k < c->n && name_word(c, k) && role_surname(c, k) && adjacent(c, k - 1) &&
           !(c->t[k].flags & NP_TOK_ALLCAPS) &&
           (k + 1 >= c->n || !adjacent(c, k) ||
            (!(c->t[k + 1].flags & NP_TOK_CAP) && !(c->t[k + 1].norm && !strcmp(c->t[k + 1].norm, "of"))));
}

/* A capitalised name run starting at j (no joiners): returns one past its
 * last token; stops after a possessive. */
static int name_particles(const ctx *c, size_t b, size_t k);

static size_t name_run(const ctx *c, size_t j)
{
    size_t k = j;
    while (k < c->n && name_word(c, k) && (!lex(np_lex_is_title_word, c, k) || surname_of_role(c, j, k))) {
        if (hyphen_tail(c, k))
            k++; /* "Cheuk Hau-yip" */
        if (possessive(c, k) || !(adjacent(c, k) || hyphen_joined(c, k)))
            return k + 1;
        /* a name's particles before its next word: "Monica de Bolle",
         * "Botic van de Zandschulp" */
        size_t p = k + 1;
        while (p < c->n && p - k <= 2 && name_particles(c, p, p + 1) && adjacent(c, p))
            p++;
        if (p > k + 1 && p < c->n && is_cap(c, p) && name_word(c, p) && !is_date_word(c, p)) {
            k = p;
            continue;
        }
        k++;
    }
    return k;
}

/* "Jr", "Sr", "II", "III", "IV" after a name: part of how the name is
 * written, not of the name the other mentions use. */
static int name_suffix(const ctx *c, size_t i)
{
    static const char *const k[] = {"Jr", "Sr", "II", "III", "IV"};
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (WL(c, i) == strlen(k[x]) && !memcmp(W(c, i), k[x], WL(c, i)))
            return 1;
    return 0;
}

/* "Jr" or "Sr": a son's or father's mark, not a numeral of a monarch. */
static int junior_suffix(const ctx *c, size_t i)
{
    return WL(c, i) == 2 && (!memcmp(W(c, i), "Jr", 2) || !memcmp(W(c, i), "Sr", 2));
}

static int titleish(const ctx *c, size_t i)
{
    if (i >= c->n || !(c->t[i].flags & NP_TOK_WORD))
        return 0;
    return lex(np_lex_is_title_word, c, i) || lex(np_lex_is_title_modifier, c, i) ||
           ((c->t[i].flags & NP_TOK_CAP) && lex(np_lex_is_demonym, c, i));
}

/* Can a title phrase start at i?  Only when a capitalised word follows
 * within a few tokens — a cheap filter before the word-list lookups. */
static int title_may_start(const ctx *c, size_t i)
{
    for (size_t k = i; k < c->n && k <= i + 4; k++)
        if (c->t[k].flags & NP_TOK_CAP)
            return 1;
    return 0;
}

/* Try "<title words> <Name>" at i.  On success emits a PERSON and returns the
 * index after the name; else returns i. */
static size_t try_titled(ctx *c, size_t i, int *oom)
{
    size_t j = i;
    int has_title = 0;
    if (c->headline[i])
        return i;
    while (j < c->n && titleish(c, j) && !possessive(c, j)) {
        if (lex(np_lex_is_title_word, c, j))
            has_title = 1;
        if (!adjacent(c, j) && !hyphen_joined(c, j))
            return i;
        j++;
    }
    if (!has_title || j >= c->n)
        return i;
    /* "Secretary of State Marco Rubio", "Envoy to the Northern Isles Tomas Brell" */
    if (tok_is(c, j, "of") || tok_is(c, j, "to") || tok_is(c, j, "for")) {
        size_t k = j + 1;
        if (!adjacent(c, j))
            return i;
        if (tok_is(c, k, "the") && adjacent(c, k))
            k++;
        size_t r = k;
        while (r < c->n && is_cap(c, r) && !possessive(c, r) && adjacent(c, r))
            r++;
        if (r < c->n && is_cap(c, r))
            r++; /* last cap word of the run (maybe possessive) */
        if (r - k < 3)
            return i;
        size_t name_first = r - 2;
        if (lex(np_lex_is_title_word, c, name_first) || org_word(c, name_first))
            name_first = r - 1;
        if (org_word(c, r - 1) || np_gazetteer_has(c->gz, W(c, r - 1), WL(c, r - 1)))
            return i;
        /* "adviser to Mayor Ana Ruiz", "aide to Senator Ana Ruiz": the
         * name holds the title of office after "to" or "for"; the role
         * before it is someone else's (her adviser is not Ana Ruiz).  Not
         * "Minister of Justice Ana Ruiz", "Minister for Justice ...": a
         * department, her own title */
        static const char *const holder[] = {"mayor",  "senator", "sen",      "president", "governor", "gov",
                                             "rep",    "representative", "congressman", "congresswoman",
                                             "premier", "chancellor", "king", "queen", "prince", "princess",
                                             "pope",   "sheikh", "emir", NULL};
        int office = np_lex_word_in(c->t[k].norm, holder);
        size_t from = k < name_first && office && (tok_is(c, j, "to") || tok_is(c, j, "for")) ? k : i;
        if (!emit(c, c->t[from].start, name_end_of(c, r - 1), c->t[name_first].start, name_end_of(c, r - 1),
                  NP_ENT_PERSON, NP_MENTION_TITLED))
            *oom = 1;
        return r;
    }
    if (!is_cap(c, j) || (lex(np_lex_is_cap_function_word, c, j) && !month_as_name(c, j)))
        return i;
    size_t e = name_run(c, j);
    if (e == j)
        return i;
    size_t e_run = e;
    if (e - j >= 2 && name_suffix(c, e - 1))
        e--;
    /* "General Assembly", "Prime Minister's Office": the "name" is an org */
    for (size_t k = j; k < e; k++)
        if (org_word(c, k))
            return i;
    if (e - j == 1 && np_gazetteer_has(c->gz, W(c, j), WL(c, j)))
        return i; /* "Russian President Russia"-like noise, e.g. "President Obama's Kenya" */
    if (!emit(c, c->t[i].start, name_end_of(c, e - 1), c->t[j].start, name_end_of(c, e - 1),
              NP_ENT_PERSON, NP_MENTION_TITLED))
        *oom = 1;
    return e_run;
}

static int is_joiner(const ctx *c, size_t i)
{
    if (i >= c->n || c->t[i].end - c->t[i].start > 3)
        return 0;
    static const char *const k[] = {"of", "for", "and", "the", "on", "de", "du", "da", "von", "van", "der",
                                    "bin", "al", "la", "le", "del", "di", "den", "ibn", "dos", "das"};
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (tok_is(c, i, k[x]) && !(c->t[i].flags & NP_TOK_CAP))
            return 1;
    return 0;
}

/* Initials of the capitalised words of run [a, b) match acronym token x. */
static int initials_match(const ctx *c, size_t a, size_t b, size_t x)
{
    const char *acr = W(c, x);
    size_t al = WL(c, x), k = 0;
    for (size_t i = a; i < b; i++) {
        if (!is_cap(c, i))
            continue;
        if (k >= al || (W(c, i)[0] != acr[k]))
            return 0;
        k++;
    }
    return k == al;
}

/* An ordinary English word (WordNet lemma), possessive stripped. */
static int common_word(const ctx *c, size_t i)
{
    int p;
    return c->have_common && np_gazetteer_is_common_word(c->gz, W(c, i), name_len(c, i, &p));
}

/* Gazetteer lookup of text[s,e) written in capitals ("WASHINGTON", "PALM
 * BEACH"): the gazetteer knows the title-case form. */
static int caps_place(const ctx *c, size_t s, size_t e)
{
    char b[64];
    if (e - s >= sizeof b)
        return 0;
    for (size_t i = s; i < e; i++) {
        unsigned char ch = (unsigned char)c->text[i];
        int word_start = i == s || c->text[i - 1] == ' ' || c->text[i - 1] == '-';
        b[i - s] = (char)(!word_start && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    return np_gazetteer_has(c->gz, b, e - s);
}

/* Does a list go on at token x, right after an item: "and"/"or", or a
 * comma and a word in lower case that one of them follows within three
 * tokens ("..., tariffs and trade")? */
static int list_goes_on(const ctx *c, size_t x)
{
    if (x >= c->n)
        return 0;
    if ((tok_is(c, x, "and") || tok_is(c, x, "or")) && adjacent(c, x - 1))
        return 1;
    if (!memchr(c->text + c->t[x - 1].end, ',', c->t[x].start - c->t[x - 1].end) || is_cap(c, x))
        return 0;
    for (size_t k = x + 1; k < c->n && k <= x + 3; k++) {
        if (tok_is(c, k, "and") || tok_is(c, k, "or"))
            return 1;
        if (!adjacent(c, k - 1) && !memchr(c->text + c->t[k - 1].end, ',', c->t[k].start - c->t[k - 1].end))
            return 0;
    }
    return 0;
}

/* The run starting at token a follows "city of", "town of", "the port of"
 * ...: a place's name. */
static int town_of(const ctx *c, size_t a)
{
    static const char *const towns[] = {"city", "town", "village", "port", "capital", "island", "province",
                                        "region", "county", "district", "municipality", "suburb", "borough",
                                        "hamlet", NULL};
    return a >= 2 && tok_is(c, a - 1, "of") && tok_in(c, a - 2, towns) && adjacent(c, a - 1) && adjacent(c, a - 2);
}

/* Context that only places get: "in X", "near X", "the city of X",
 * "X-based", "X, <known place>" ("Tijuana, Mexico").  People are rarely
 * "in" someone, and when they are ("faith in Voss") the name is also
 * typed by its other mentions; the linker's vote decides. */
static int place_context(const ctx *c, size_t a, size_t b)
{
    if (town_of(c, a) && !possessive(c, b - 1))
        return 1; /* "the Mexican city of Tapalcan" */
    if (a > 0 && adjacent(c, a - 1) && !possessive(c, b - 1)) {
        static const char *const k[] = {"in", "near", "outside", "across", "into", "toward", "towards", "inside"};
        for (size_t x = 0; x < sizeof k / sizeof *k; x++)
            if (tok_is(c, a - 1, k[x]) && !(c->t[a - 1].flags & NP_TOK_CAP))
                return 1;
    }
    if (hyphen_joined(c, b - 1) && (tok_is(c, b, "based") || tok_is(c, b, "born") || tok_is(c, b, "headquartered")))
        return 1;
    size_t e = c->t[b - 1].end;
    /* not a sentence's first word that is an ordinary one ("Second,
     * Canada will ...", "Finally, Chad ...") */
    if (b - a == 1 && c->initial[a] && common_word(c, a))
        return 0;
    if (b + 1 < c->n && e + 2 <= c->len && c->text[e] == ',' && c->text[e + 1] == ' ' && c->t[b].start == e + 2 &&
        is_cap(c, b)) {
        size_t k = b;
        while (k + 1 < c->n && adjacent(c, k) && is_cap(c, k + 1) && k - b < 3)
            k++;
        for (size_t x = k + 1; x > b; x--)
            if (np_gazetteer_has(c->gz, W(c, b), name_end_of(c, x - 1) - c->t[b].start) ||
                np_gazetteer_has_minor(c->gz, W(c, b), name_end_of(c, x - 1) - c->t[b].start))
                /* a list's items ("Brexit, Chad and trade", "Brexit,
                 * Chad, tariffs and trade") are no town and its country */
                return !list_goes_on(c, x);
    }
    return 0;
}

/* Token i follows a lower-case preposition ("officials from X", "the
 * people of X"): it is that preposition's object. */
static int after_preposition(const ctx *c, size_t i)
{
    static const char *const k[] = {"at", "by", "for", "from", "in", "of", "on", "with"};
    if (i == 0 || !adjacent(c, i - 1) || (c->t[i - 1].flags & NP_TOK_CAP))
        return 0;
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (tok_is(c, i - 1, k[x]))
            return 1;
    return 0;
}

/* "Organisers said", "Officials told": a plural of an ordinary noun
 * opening the sentence is a group of people, not someone's name; a
 * surname of that shape ("Waters") is typed by the full name in the same
 * document (upgrade_surnames). */
static int plural_noun_opening(const ctx *c, size_t i)
{
    size_t n = WL(c, i);
    return c->initial[i] && n > 3 && W(c, i)[n - 1] == 's' && common_word(c, i);
}

/* A word of a body's name among tokens [a, b). */
static int any_org_word(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (org_word(c, k))
            return 1;
    return 0;
}

/* Token i names a part of a place by its compass point. */
static int compass_word(const ctx *c, size_t i)
{
    static const char *const k[] = {"southern", "northern", "eastern", "western", "central", "south", "north",
                                    "east", "west", "northeast", "northwest", "southeast", "southwest",
                                    "northeastern", "northwestern", "southeastern", "southwestern", NULL};
    for (size_t x = 0; k[x]; x++)
        if (tok_is(c, i, k[x]))
            return 1;
    return 0;
}

/* Token i is the plural of an ordinary noun: it ends in "s" and its
 * singular is a common word ("Rights", "Works"; not "James", "Douglas"). */
static int plural_word(const ctx *c, size_t i);

static int plural_of_common(const ctx *c, size_t i)
{
    size_t n = WL(c, i);
    const char *w = W(c, i);
    if (!c->have_common || !plural_word(c, i))
        return 0;
    char low[48];
    if (n - 1 >= sizeof low)
        return 0;
    for (size_t k = 0; k + 1 < n; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    return np_gazetteer_is_common_word(c->gz, low, n - 1);
}

/* "WikiLeaks", "YouTube", "PayPal": a capital inside a word, after a
 * lower-case letter, starting an English word, names a company or a site;
 * people's names have one after a prefix ("McCain", "MacArthur",
 * "DeSantis", "LaGuardia", "DiCaprio"), a first syllable of two letters
 * ("LuAnn", "JoAnn") or before a name ("DesRosiers", "MaryKate"). */
static int camel_case(const ctx *c, size_t i)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", NULL};
    const char *w = W(c, i);
    size_t n = c->t[i].end - c->t[i].start;
    if (n < 4 || w[0] < 'A' || w[0] > 'Z')
        return 0;
    for (size_t k = 2; k < n; k++) {
        if (w[k] < 'A' || w[k] > 'Z' || w[k - 1] < 'a' || w[k - 1] > 'z')
            continue;
        if (k < 3)
            return 0; /* "LuAnn", "JoAnn", "RuPaul": given names */
        for (size_t p = 0; prefixes[p]; p++)
            if (strlen(prefixes[p]) == k && !strncmp(w, prefixes[p], k))
                return 0;
        /* the part after it an English word ("Leaks", "Tube", "Sports"):
         * not "DesRosiers", "AnnMarie", "VanderMeer" */
        return n - k >= 3 && c->have_common && np_gazetteer_is_common_word(c->gz, w + k, n - k);
    }
    return 0;
}

static int function_word(const ctx *c, size_t i);

/* Does the document write token i's word after a capitalised word that
 * is no function word ("Dana VanderWall", "Farzana Tasnim")?  Then it is a
 * person's surname, whatever its shape (build_given_set()). */
static int after_given_name(const ctx *c, size_t i)
{
    return c->t[i].norm && set_has(c->given_set, c->given_cap, c->t[i].norm);
}

/* The inner-capital and agency words (camel_case(), news agencies) the
 * document writes after a capitalised word that could be a given name:
 * not a function word, a title, a possessive, a date word, a place, an
 * ordinary word or a demonym ("China's Xinhua", "On Friday YouTube",
 * "Popular YouTube", "Russian Interfax"). */
static np_status build_given_set(ctx *c)
{
    size_t cap = 0;
    for (size_t k = 1; k < c->n; k++) {
        if (!c->t[k].norm || !is_cap(c, k) || !is_cap(c, k - 1) || !adjacent(c, k - 1) ||
            (c->t[k - 1].flags & NP_TOK_ALLCAPS) ||
            (c->t[k - 1].flags & NP_TOK_STOP) || !(lex(np_lex_is_news_agency, c, k) || camel_case(c, k)) ||
            function_word(c, k - 1) || np_lex_is_title_word(W(c, k - 1), WL(c, k - 1)) || possessive(c, k - 1) ||
            is_date_word(c, k - 1) || np_gazetteer_has(c->gz, W(c, k - 1), WL(c, k - 1)) ||
            /* "Popular YouTube", "Russian Interfax": an adjective, no name */
            common_word(c, k - 1) || lex(np_lex_is_demonym, c, k - 1))
            continue;
        if (!c->given_set && !(c->given_set = new_set(c, &cap)))
            return NP_ENOMEM;
        c->given_cap = cap;
        set_add(c->given_set, cap, c->t[k].norm);
    }
    return NP_OK;
}

/* The appositive after a name, "X, a citizens' watchdog group" (i at
 * "a"/"an"), describes a body: its head noun, the last word before "of",
 * a relative pronoun or the clause's end (at most six words on), is a word
 * bodies are named by.  "X, a member of the group" and "X, a union
 * leader" are people. */
static int appositive_body(const ctx *c, size_t i)
{
    /* collective nouns only: "guard", "observer", "center" are also
     * people ("a security guard", "a center for the Hawks"), and so is
     * "a party to the lawsuit" */
    static const char *const bodies[] = {"agency", "alliance", "association", "bank", "charity", "coalition",
                                         "committee", "company", "corporation", "council", "federation", "firm",
                                         "foundation", "group", "institute", "league", "movement", "network",
                                         "newspaper", "nonprofit", "organisation", "organization", "outlet",
                                         "society", "startup", "union", "watchdog", "website", NULL};
    static const char *const stops[] = {"of", "that", "which", "who", "whose", "with", "for", "in", "run", "led",
                                        "by", "based", "and", "from", "at", "on", "to", "as", NULL};
    size_t head = SIZE_MAX;
    for (size_t k = i + 1; k < c->n && k <= i + 6; k++) {
        if (c->t[k].flags & NP_TOK_CAP)
            return 0;
        if (tok_in(c, k, stops))
            break;
        size_t wl = c->t[k].end - c->t[k].start;
        if (k > i + 1 && wl > 4 && (!strncmp(W(c, k) + wl - 2, "ed", 2) || !strncmp(W(c, k) + wl - 3, "ing", 3)))
            break; /* "a group founded by ...", "a lawyer representing the company": a participle ends it */
        head = k;
        if (c->t[k].end < c->len && strchr(",.;:", c->text[c->t[k].end]))
            break;
    }
    if (head == SIZE_MAX)
        return 0;
    return tok_in(c, head, bodies);
}

/* A lone name after a word for someone's relative ("Lenk's wife,
 * Marta.", "his son Tomas, a pupil,"): the relative's given name, and so a
 * person, whatever else the word names ("her son, Jordan.").  The word is
 * owned -- a possessive or "his"/"her"/"their" before it, maybe past one
 * modifier ("Lenk's late wife") -- and the name ends its clause or its
 * speech verb follows ("his wife Marta said"). */
static int kin_given_name(const ctx *c, size_t a)
{
    static const char *const owners[] = {"his", "her", "their", NULL};
    if (a < 2 || !(ends_clause(c, a + 1) || (adjacent(c, a) && lex(np_lex_is_speech_verb, c, a + 1))))
        return 0;
    size_t k = a - 1;
    size_t gap0 = c->t[k].end, gap1 = c->t[a].start;
    int comma = gap1 == gap0 + 2 && c->text[gap0] == ',' && c->text[gap0 + 1] == ' ';
    if ((!comma && !adjacent(c, k)) || (c->t[k].flags & NP_TOK_CAP) || !lex(np_lex_kin, c, k))
        return 0;
    for (size_t o = k; o-- > 0 && k - o <= 2;) {
        if (!adjacent(c, o))
            return 0;
        if (possessive(c, o) || tok_in(c, o, owners))
            return 1;
        if (c->t[o].flags & (NP_TOK_CAP | NP_TOK_STOP))
            return 0;
    }
    return 0;
}

/* Token k of the run [a, b) is a given name's lower-case syllable after a
 * hyphen: after the family name and the first syllable ("Moon Jae-in",
 * "Youn Kun-young"), or second in a given name before the family name
 * ("Min-jun Park"); not a particle between capitals ("Bab-el-Mandab")
 * nor a district's suffix after one word ("Mapo-gu"). */
static int given_syllable(const ctx *c, size_t a, size_t b, size_t k)
{
    return k > a && hyphen_joined(c, k - 1) && !hyphen_joined(c, k) && (k >= a + 2 || k + 1 < b);
}

/* Does the run [a, b) of two or three words stand where only a person's
 * name goes (person_slot())?  Not when a word before the last is a
 * place's word as well ("said Park Avenue.", "Grace Hill Park, who"):
 * given names rarely are.  *verb_slot: the run is the subject of an
 * inverted attribution ("said Will Ford."), not only before a person's
 * apposition. */
static int name_slot(const ctx *c, size_t a, size_t b, int *verb_slot)
{
    *verb_slot = 0;
    if (b - a < 2 || b - a > 3 || compass_word(c, a))
        return 0;
    for (size_t k = a; k + 1 < b; k++)
        if (lex(np_lex_is_place_head, c, k) || lex(np_lex_is_place_prefix, c, k))
            return 0;
    *verb_slot = after_inverted_verb(c, a) && ends_clause(c, b);
    return *verb_slot || person_apposition(c, b);
}

/* What the common noun before the run [a, b) says it names: "the city
 * of X", "the town of X" (a place); "the advocacy group X,", "a law firm,
 * X.", "Rask of the group X." (a body) when the name closes its clause
 * part (a comma, a full stop, a parenthesis: "the company Ana Ruiz
 * founded" names a founder, not the company; "the head of the union, X"
 * names the head).  NP_ENT_OTHER when nothing is said. */
static np_entity_type named_by_head(const ctx *c, size_t a, size_t b)
{
    static const char *const bodies[] = {"group", "firm", "company", "newspaper", "charity", "nonprofit",
                                         "organization", "organisation", "agency", "association", "coalition",
                                         "network", "broadcaster", "publisher", "magazine", "daily", "airline",
                                         "bank", "union", "movement", "institute", "foundation", NULL};
    if (possessive(c, b - 1))
        return NP_ENT_OTHER;
    if (town_of(c, a))
        return NP_ENT_PLACE;
    if (a < 2 || !tok_in(c, a - 1, bodies) || is_cap(c, a - 1))
        return NP_ENT_OTHER;
    /* the noun right before the name, or set off by a comma after "a"
     * ("a law firm, X"; in "the head of the union, X" X is the head) */
    int comma = 0;
    for (size_t p = c->t[a - 1].end; p < c->t[a].start; p++) {
        if (c->text[p] == ',' && !comma)
            comma = 1;
        else if (c->text[p] != ' ')
            return NP_ENT_OTHER;
    }
    /* a determiner before the noun, past up to two modifiers ("the
     * nonprofit advocacy group X", "a Boston law firm, X"), and no "of"
     * before it */
    size_t k = a - 1;
    while (k > 0 && a - 1 - k < 3 && !tok_is(c, k - 1, "the") && !tok_is(c, k - 1, "a") && !tok_is(c, k - 1, "an") &&
           (c->t[k - 1].flags & NP_TOK_WORD))
        k--;
    int indefinite = k > 0 && (tok_is(c, k - 1, "a") || tok_is(c, k - 1, "an"));
    if (k == 0 || !(indefinite || tok_is(c, k - 1, "the")) || (comma && !indefinite) ||
        (comma && k >= 2 && tok_is(c, k - 2, "of")))
        return NP_ENT_OTHER;
    size_t e = c->t[b - 1].end;
    while (e < c->len && c->text[e] == ' ')
        e++;
    return e >= c->len || c->text[e] == ',' || c->text[e] == '.' || c->text[e] == '(' || c->text[e] == ';' ||
                   c->text[e] == '\n'
               ? NP_ENT_ORG
               : NP_ENT_OTHER;
}

/* Roles firms hold too ("the investor, Stone Ridge, said"). */
static const char *const k_firm_roles[] = {"buyer", "host", "investor", "owner", "partner", "receiver", NULL};

/* The run [a, b) is set off after a role noun ("The committee chair,
 * Marissa Baker, has ...", "two agents, Nadia Brook and Curtis Page,"):
 * the role's holder, a person.  The role in lower case, a comma between,
 * and the run closing its part (a comma, a full stop, "and"). */
static int role_apposition(const ctx *c, size_t a, size_t b)
{
    if (a == 0 || is_cap(c, a - 1) || !lex(np_lex_is_title_word, c, a - 1) || tok_in(c, a - 1, k_firm_roles) ||
        !memchr(c->text + c->t[a - 1].end, ',', c->t[a].start - c->t[a - 1].end) || possessive(c, b - 1))
        return 0;
    size_t e = c->t[b - 1].end;
    if (e >= c->len || c->text[e] == ',' || c->text[e] == '.')
        return 1;
    return b < c->n && tok_is(c, b, "and") && adjacent(c, b - 1);
}

/* A role word in the plural ("officials", "ministers"): people in
 * general, no apposition of one name. */
static int plural_role(const ctx *c, size_t k)
{
    size_t n = c->t[k].end - c->t[k].start;
    const char *w = c->text + c->t[k].start;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
}

#define ROLE_AFTER_REACH 10 /* words of a role set off after a name, at most */
/* The name ending before token b is followed by a role only people hold,
 * set off by a comma: "Tomas Held, chief executive of the railway, said",
 * "Ana Pelt, the city's mayor, said" (title words; not the roles firms
 * hold too). */
static int role_after(const ctx *c, size_t b)
{
    static const char *const det[] = {"a", "an", "its", "the", "their", NULL};
    if (b >= c->n || c->t[b - 1].end >= c->len || c->text[c->t[b - 1].end] != ',')
        return 0;
    size_t k = b;
    if (tok_in(c, k, det) || possessive(c, k))
        k++;
    if (k < c->n && possessive(c, k))
        k++; /* "the city's mayor" */
    /* not the speakers of a whole clause: "..., officials said" */
    if (k >= c->n || is_cap(c, k) || !lex(np_lex_is_title_word, c, k) || tok_in(c, k, k_firm_roles) ||
        (k + 1 < c->n && adjacent(c, k) && lex(np_lex_is_speech_verb, c, k + 1)) || plural_role(c, k))
        return 0;
    /* the apposition closes with a comma; a name right after a title word
     * is the role's holder ("At Ted Baker, chief executive Rachel Osborne
     * said"), a name after "of" its employer */
    for (size_t q = k; q + 1 < c->n && q < k + ROLE_AFTER_REACH; q++) {
        if (memchr(c->text + c->t[q].end, ',', c->t[q + 1].start - c->t[q].end))
            return 1;
        if (is_cap(c, q + 1) && lex(np_lex_is_title_word, c, q))
            return 0;
    }
    return 0;
}

/* Bytes [s, e) stand alone in quotation marks, straight or curly
 * ("banners saying \"Free Adriana\"", the film \u201cLong Shadows\u201d). */
static int quoted_alone(const ctx *c, size_t s, size_t e)
{
    const unsigned char *t = (const unsigned char *)c->text;
    int open = (s >= 1 && t[s - 1] == '"') || (s >= 3 && t[s - 3] == 0xE2 && t[s - 2] == 0x80 && t[s - 1] == 0x9C);
    int close = (e < c->len && t[e] == '"') ||
                (e + 2 < c->len && t[e] == 0xE2 && t[e + 1] == 0x80 && t[e + 2] == 0x9D);
    return open && close;
}

static np_entity_type type_run_words(const ctx *c, size_t a, size_t b);

/* The type of the name run [a, b): type_run_words(), but a name alone in
 * quotation marks is a slogan's or a title's words, no one's name
 * ("banners saying \"Free Adriana\"", the film \"Happy Feet\"); a place
 * or a body keeps its type. */
static np_entity_type type_run(const ctx *c, size_t a, size_t b)
{
    np_entity_type t = type_run_words(c, a, b);
    if ((t == NP_ENT_PERSON || ((unsigned)t & PERSON_IF_SURNAME)) &&
        quoted_alone(c, c->t[a].start, name_end_of(c, b - 1)))
        return NP_ENT_OTHER;
    return t;
}

static np_entity_type type_run_words(const ctx *c, size_t a, size_t b)
{
    size_t s = c->t[a].start, e = name_end_of(c, b - 1);
    int speaks = !possessive(c, b - 1) && adjacent(c, b - 1) && lex(np_lex_is_speech_verb, c, b);
    if (b - a == 1 && !(c->t[a].flags & NP_TOK_ALLCAPS) && kin_given_name(c, a))
        return NP_ENT_PERSON;
    /* "Downing Street said": a place WordNet also lists as the body
     * housed there speaks as that body */
    if (speaks && b - a >= 2 && !after_preposition(c, a) && np_gazetteer_is_org(c->gz, c->text + s, e - s))
        return NP_ENT_ORG;
    if (np_gazetteer_has(c->gz, c->text + s, e - s))
        return NP_ENT_PLACE; /* before org words: "West Bank" */
    /* "Rancho Mirage, Calif.": the city of a state */
    if (!speaks && state_abbreviation(c, b))
        return NP_ENT_PLACE;
    if ((c->t[a].flags & NP_TOK_ALLCAPS) && caps_place(c, s, e))
        return NP_ENT_PLACE;
    /* a subdivision of several words ("Baja California") */
    if (b - a >= 2 && np_gazetteer_has_minor(c->gz, c->text + s, e - s))
        return NP_ENT_PLACE;
    /* a part of a known place by its compass point ("Southern California",
     * "Eastern Europe", "West Texas") */
    if (b - a >= 2 && compass_word(c, a) && np_gazetteer_has(c->gz, W(c, a + 1), e - c->t[a + 1].start) &&
        !any_org_word(c, a + 1, b))
        return NP_ENT_PLACE; /* not "Western Union" */
    for (size_t k = a; k < b; k++)
        if (org_word(c, k))
            return NP_ENT_ORG;
    /* initials written together and a surname ("J.R. Colton"); a club's
     * "F.C." or "S.C." and its town ("F.C. Varna") */
    if (b - a == 2 && joined_initials(c, a) && adjacent(c, a))
        return WL(c, a) == 3 && (!memcmp(W(c, a), "F.C", 3) || !memcmp(W(c, a), "S.C", 3)) ? NP_ENT_ORG
                                                                                           : NP_ENT_PERSON;
    /* WordNet's groups ("Senate", "Taliban"); its person lemmas are too
     * mixed ("Republican", "Disney") to type anything */
    if (np_gazetteer_is_org(c->gz, c->text + s, e - s))
        return NP_ENT_ORG;
    /* "Demilitarized Zone", "San Ysidro": geography words; not when the
     * run is the subject of a speech verb ("Jane Park said"), unless its
     * last word names a division of a country, which no one is called
     * ("Hormozgan Province said", "Akhal Oblast") */
    /* and not where only a person's name goes ("said Lena Park.", "Grace
     * Hill, who ...") */
    int verb_slot;
    int named_slot = name_slot(c, a, b, &verb_slot);
    if ((!(speaks || named_slot) || lex(np_lex_is_division, c, b - 1)) && b - a >= 2 &&
        !(c->t[a].flags & NP_TOK_ALLCAPS) &&
        (lex(np_lex_is_place_head, c, b - 1) || lex(np_lex_is_place_prefix, c, a)))
        return NP_ENT_PLACE;
    if (b - a == 1) {
        if ((lex(np_lex_is_news_agency, c, a) || camel_case(c, a)) && !after_given_name(c, a))
            return NP_ENT_ORG;
        if (c->t[a].flags & NP_TOK_ALLCAPS)
            return NP_ENT_ORG;
        if (state_abbreviation(c, a))
            return NP_ENT_PLACE;
        /* subject of a speech verb, or "according to X"; in "diplomats
         * from X said" X is not the one speaking */
        if (!possessive(c, a) && adjacent(c, a) && lex(np_lex_is_speech_verb, c, a + 1) &&
            !after_preposition(c, a) && !plural_noun_opening(c, a))
            return NP_ENT_PERSON;
        if (a >= 2 && tok_is(c, a - 1, "to") && tok_is(c, a - 2, "according"))
            return NP_ENT_PERSON;
        return place_context(c, a, b) ? NP_ENT_PLACE : NP_ENT_OTHER;
    }
    if (b - a <= 3) {
        if (lex(np_lex_is_storm_head, c, a) || (b - a == 3 && lex(np_lex_is_storm_head, c, a + 1)))
            return NP_ENT_OTHER; /* "Storm Ilse", "Typhoon Haiyan", "Tropical Storm Alba" */
        int person = !lex(np_lex_is_demonym, c, a);
        /* only the first word must not be a place: surnames often are
         * ("Ian Hamilton", "Andrew Jackson"), given names rarely; when one
         * is ("Pierre Thomas", "Austin Reed"), the name is a person's only
         * if the document also names him by the surname alone */
        int place_first = np_gazetteer_has(c->gz, W(c, a), WL(c, a)) ||
                          np_gazetteer_has(c->gz, W(c, a), name_end_of(c, a) - c->t[a].start);
        /* a given name's lower-case syllable after a hyphen ("Moon
         * Jae-in", "Youn Kun-young") is part of a name */
        for (size_t k = a; k < b && person; k++)
            if ((!is_cap(c, k) && !given_syllable(c, a, b, k) && !family_article(c, a, b, k)) ||
                (c->t[k].flags & NP_TOK_ALLCAPS))
                person = 0; /* a particle between capitals ("Bab-el-Mandab") is no syllable, nor a
                             * district's suffix after one word ("Mapo-gu") */
        /* words used as common nouns in this document ("Hand Warmers ...
         * warmers") are not a person's name, unless the run stands where
         * only a name goes ("The club will appeal ... said Will Ford.") */
        for (size_t k = a; k < b && person && !named_slot; k++)
            if (seen_lower(c, c->t[k].norm) && !(given_syllable(c, a, b, k) && !is_cap(c, k)) &&
                !family_article(c, a, b, k))
                person = 0;
        if (person && lex(np_lex_is_thing_head, c, b - 1))
            person = 0; /* "Winter Olympics", "Korean War" */
        /* a plural of an ordinary noun inside it, past the given name's
         * place ("Human Rights Watch"; not "Miles Vinar"): words of a body's
         * or a thing's name, no one's; a body when it speaks */
        for (size_t k = a + 1; k + 1 < b && person; k++)
            if (plural_of_common(c, k))
                return speaks ? NP_ENT_ORG : NP_ENT_OTHER;
        /* "Center for Racial Justice", "Department of Internal Affairs": the
         * tail of a longer capitalised name cut at "for"/"of" */
        if (person && a >= 2 && (tok_is(c, a - 1, "for") || tok_is(c, a - 1, "of")) && adjacent(c, a - 1) &&
            adjacent(c, a - 2) && is_cap(c, a - 2))
            person = 0;
        /* a single letter is an initial only with its period ("J. Smith") */
        for (size_t k = a; k < b && person; k++)
            if (c->t[k].end - c->t[k].start == 1 &&
                !(c->t[k].end < c->len && c->text[c->t[k].end] == '.'))
                person = 0;
        /* "World Cup", "Islamic State": a surname is rarely an ordinary word;
         * when it is ("Adam Smith"), the document must also use it alone */
        /* a given name that is a place's, where only a person's name goes
         * ("said Florence Dunn, a nurse", "said Paris Hale."), before a
         * surname that is no ordinary word (a place's team or paper is:
         * "said Atlanta Hawks", "told Dorn Radio") */
        if (person && place_first && named_slot && (!common_word(c, b - 1) || person_apposition(c, b)))
            return NP_ENT_PERSON; /* ... or an apposition only people take ("said Lawrence Stone, a professor") */
        /* ... or a role only people hold, set off before or after it ("the
         * port's new director, Selma Arkwright, said", "Selma Arkwright,
         * the port's director, said") */
        if (person && place_first && (role_apposition(c, a, b) || role_after(c, b)))
            return NP_ENT_PERSON;
        if (person && place_first) {
            /* "Washington Post", "Miami Heat": an ordinary word after a
             * place is a name of the place's paper or team */
            return b - a == 2 && !common_word(c, b - 1) && !lex(np_lex_is_place_head, c, b - 1)
                       ? (np_entity_type)(NP_ENT_OTHER | PERSON_IF_SURNAME)
                       : NP_ENT_OTHER;
        }
        /* "Jae-in", "Tae-min": a hyphened given name is no English word,
         * whatever its last syllable spells */
        int syllable = b - 1 >= a + 2 && hyphen_joined(c, b - 2) && !is_cap(c, b - 1);
        if (person && !syllable && common_word(c, b - 1)) {
            /* context that only people get: "X said", "said X", "X, a ..." */
            int ctx_person = (!possessive(c, b - 1) && adjacent(c, b - 1) && lex(np_lex_is_speech_verb, c, b)) ||
                             (a > 0 && lex(np_lex_is_speech_verb, c, a - 1) && adjacent(c, a - 1)) || verb_slot ||
                             role_apposition(c, a, b) || role_after(c, b);
            if (!ctx_person && b + 1 < c->n && c->t[b - 1].end < c->len && c->text[c->t[b - 1].end] == ',' &&
                (tok_is(c, b, "a") || tok_is(c, b, "an")) && !(c->t[b + 1].flags & NP_TOK_CAP)) {
                if (appositive_body(c, b))
                    return NP_ENT_ORG; /* "Honest Count, a citizens' watchdog group" */
                ctx_person = 1;
            }
            return ctx_person ? NP_ENT_PERSON : (np_entity_type)(NP_ENT_OTHER | PERSON_IF_SURNAME);
        }
        if (person) {
            np_entity_type head = named_by_head(c, a, b);
            return head != NP_ENT_OTHER ? head : NP_ENT_PERSON;
        }
    }
    return !speaks && place_context(c, a, b) ? NP_ENT_PLACE : NP_ENT_OTHER;
}

/* "Rancho Mirage, Calif.", "Golden, Colo.": a US state's abbreviation in
 * the style of American newspapers, after a name and a comma (the
 * abbreviations of the states whose names are cut; line-ups and lists of
 * names end the same way with other words: "Kane, Bell, Ford."). */
static int state_abbreviation(const ctx *c, size_t a)
{
    static const char *const states[] = {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
                                         "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
                                         "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
                                         "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo", NULL};
    if (a >= c->n)
        return 0;
    const np_token *t = &c->t[a];
    size_t n = t->end - t->start;
    if (n < 2 || n > 5 || a < 1 || t->end >= c->len || c->text[t->end] != '.')
        return 0;
    int listed = 0;
    for (size_t x = 0; states[x] && !listed; x++)
        listed = strlen(states[x]) == n && !memcmp(c->text + t->start, states[x], n);
    if (!listed)
        return 0;
    /* ", " right before it, a capitalised name before the comma */
    const np_token *p = &c->t[a - 1];
    if (t->start != p->end + 2 || c->text[p->end] != ',' || c->text[p->end + 1] != ' ' || !is_cap(c, a - 1))
        return 0;
    /* and the place's clause going on after it ("Calif., on Thursday",
     * "Colo. said"), not a capitalised word ("Mass. Democrat": a party) */
    size_t q = t->end + 1;
    while (q < c->len && c->text[q] == ' ')
        q++;
    return q >= c->len || c->text[q] == ',' || c->text[q] == '\n' || (c->text[q] >= 'a' && c->text[q] <= 'z');
}

/* An indefinite pronoun, an interjection or a conjunction ("Anybody good at
 * ...?", "Oh, ...", "noise: Whether it was ..."): never part of a name. */
static int clause_word(const ctx *c, size_t i)
{
    static const char *const k[] = {"although", "anybody", "anyone", "anything", "because", "everybody",
                                    "everyone", "everything", "hello", "hey", "nobody", "nothing", "oh", "ok",
                                    "okay", "somebody", "someone", "something", "though", "unless",
                                    "whereas", "whether", "wow", "yeah", "yes"};
    const char *w = c->t[i].norm;
    size_t n = strlen(w);
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (strlen(k[x]) == n && !memcmp(k[x], w, n))
            return 1;
    return 0;
}

/* A preposition capitalised in a heading ("Defiance Toward Critics",
 * "Between Two Rivers") or a clause_word(): never a name alone.  Other
 * function words can be ("May", "Will"). */
static int function_word(const ctx *c, size_t i)
{
    const char *w = c->t[i].norm;
    size_t n = strlen(w);
    return clause_word(c, i) || (!(c->t[i].flags & NP_TOK_ALLCAPS) && np_lex_is_preposition(w, n));
}

/* A word shouted in capitals ("WOW!", "NOTE:", "NO COLLUSION", "BREAKING
 * —" opening a paragraph): an ordinary English word, next to another word
 * in capitals, before "!" or ":" or a label before a dash, that WordNet
 * does not also list as a name or an acronym ("WHO",
 * "NATO" are listed in capitals there).  An acronym that spells an
 * ordinary word ("an ICE raid") sits in a running sentence.  Not a plural:
 * the ordinary-word test strips it, and "AIDS" would read as "aids". */
static int shouted_word(const ctx *c, size_t i)
{
    int p;
    size_t n = name_len(c, i, &p);
    if (!(c->t[i].flags & NP_TOK_ALLCAPS) || n < 3 || W(c, i)[n - 1] == 'S')
        return 0;
    size_t e = c->t[i].start + n, d = e;
    while (d < c->len && c->text[d] == ' ')
        d++;
    /* a label opening a paragraph before a dash ("BREAKING —", "UPDATE -") */
    int label = (c->t[i].start == 0 || c->text[c->t[i].start - 1] == '\n') && d > e && d < c->len &&
                (c->text[d] == '-' || (unsigned char)c->text[d] == 0xE2);
    int shout = label || (e < c->len && (c->text[e] == '!' || c->text[e] == ':')) ||
                (i > 0 && adjacent(c, i - 1) && (c->t[i - 1].flags & NP_TOK_ALLCAPS)) ||
                (adjacent(c, i) && (c->t[i + 1].flags & NP_TOK_ALLCAPS));
    return shout && c->have_common && common_word(c, i) &&
           !np_gazetteer_is_org(c->gz, W(c, i), n) && !np_gazetteer_has(c->gz, W(c, i), n) &&
           !caps_place(c, c->t[i].start, c->t[i].start + n);
}

/* A time zone after a clock time ("4:30 p.m. ET", "at 10:00 GMT"): a
 * time's label, not a name. */
static int time_zone(const ctx *c, size_t i)
{
    static const char *const zones[] = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
                                        "PDT", "AKST", "AKDT", "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET",
                                        "EEST", "WET", "IST", "JST", "KST", "AEST", "AEDT", "AWST", "NZST"};
    size_t n = WL(c, i);
    int listed = 0;
    for (size_t k = 0; k < sizeof zones / sizeof *zones && !listed; k++)
        listed = strlen(zones[k]) == n && !memcmp(W(c, i), zones[k], n);
    if (!listed || i == 0)
        return 0;
    /* the text before: "a.m." / "p.m." / "am" / "pm" or a number ("10:00",
     * "1353") */
    size_t e = c->t[i].start;
    while (e > 0 && c->text[e - 1] == ' ')
        e--;
    while (e > 0 && c->text[e - 1] == '.')
        e--;
    if (e == 0)
        return 0;
    if (c->text[e - 1] >= '0' && c->text[e - 1] <= '9')
        return 1;
    static const char *const marks[] = {"a.m", "p.m", "am", "pm", "A.M", "P.M", "AM", "PM"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t l = strlen(marks[k]);
        if (e >= l && !memcmp(c->text + e - l, marks[k], l) && (e == l || !isalpha((unsigned char)c->text[e - l - 1])))
            return 1;
    }
    return 0;
}

/* One word that is capitalised without being a name: "I'm", "I've"; a
 * party tag "R-Va." / "D-Calif."; a class of people, also in the plural
 * ("Honduran", "Muslims", "Republicans", "Londoners", "Americans"); an
 * acronym of a common noun. */
static int not_a_name(const ctx *c, size_t a, size_t b)
{
    const char *w = W(c, a);
    size_t n = WL(c, a);
    /* an acronym of a common noun alone ("TV", "GDP", "CEO", "IPO") */
    if (b - a == 1 && (c->t[a].flags & NP_TOK_ALLCAPS) && np_gazetteer_is_common_acronym(c->gz, w, n))
        return 1;
    if (n >= 2 && w[0] == 'I' && (w[1] == '\'' || (n >= 4 && (unsigned char)w[1] == 0xE2 && (unsigned char)w[3] == 0x99)))
        return 1;
    if (n == 1 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && hyphen_joined(c, a))
        return 1;
    int p;
    if (b - a >= 2) { /* "Central American": a demonym ends it */
        size_t l = name_len(c, b - 1, &p), s = c->t[a].start;
        if (l > 4 && W(c, b - 1)[l - 1] == 's')
            l--; /* "Central Americans" */
        return np_lex_is_demonym(W(c, b - 1), l) &&
               !np_gazetteer_has(c->gz, c->text + s, name_end_of(c, b - 1) - s) && !org_word(c, b - 1);
    }
    n = name_len(c, a, &p);
    if (n > 3 && w[n - 1] == 's' && (np_gazetteer_is_kind(c->gz, w, n - 1) || np_lex_is_demonym(w, n - 1)))
        return 1;
    return function_word(c, a) || shouted_word(c, a) || time_zone(c, a);
}

/* "WASHINGTON —", "PALM BEACH, Fla. —", "MORVIK, Kestrava –", "LONDON
 * (Reuters) -": the place a story was filed from opens its first
 * paragraph, in capitals, before a dash.  Emits the place (and a
 * title-case region after the comma) and returns the index after them,
 * else i. */
static size_t try_dateline(ctx *c, size_t i, int *oom)
{
    size_t p = c->t[i].start;
    if (p > 0 && c->text[p - 1] != '\n')
        return i;
    size_t k = i;
    while (k < c->n && k - i < 4 && (c->t[k].flags & NP_TOK_ALLCAPS) && (k == i || adjacent(c, k - 1)))
        k++;
    if (k == i)
        return i;
    size_t q = c->t[k - 1].end, r0 = (size_t)-1, r1 = 0;
    if (q < c->len && c->text[q] == ',') {
        /* ", Fla." or ", Kestrava": a region or country */
        size_t r = k;
        /* ", Monday (Norpress) -": the day of the dispatch, no region */
        int day = r < c->n && is_date_word(c, r);
        while (!day && r < c->n && c->t[r].start < q + 40 && (c->t[r].flags & NP_TOK_WORD) &&
               (c->t[r].flags & NP_TOK_CAP)) {
            if (r0 == (size_t)-1)
                r0 = r;
            r1 = r + 1;
            q = c->t[r].end;
            if (!adjacent(c, r))
                break;
            r++;
        }
        if (day) {
            q = c->t[r].end;
            /* "Dec 16", "Dec. 16, 2026": the day of the month and its year */
            for (size_t x = r + 1; x < c->n && x <= r + 2 && (c->t[x].flags & NP_TOK_NUMBER) &&
                                   c->t[x].start <= q + 3 && c->t[x].end - c->t[x].start <= 4;
                 x++)
                q = c->t[x].end;
        }
        if (q < c->len && c->text[q] == '.')
            q++, r0 = (size_t)-1; /* an abbreviation ("Fla."): no entity of its own */
    }
    if (q < c->len && c->text[q] == ' ' && q + 1 < c->len && c->text[q + 1] == '(') {
        const char *close = memchr(c->text + q, ')', c->len - q < 40 ? c->len - q : 40);
        if (close)
            q = (size_t)(close - c->text) + 1; /* "(Reuters)" */
    }
    while (q < c->len && c->text[q] == ' ')
        q++;
    int dash = (q + 2 < c->len && (unsigned char)c->text[q] == 0xE2 && (unsigned char)c->text[q + 1] == 0x80 &&
                ((unsigned char)c->text[q + 2] == 0x93 || (unsigned char)c->text[q + 2] == 0x94 ||
                 (unsigned char)c->text[q + 2] == 0x95)) ||
               (q + 1 < c->len && c->text[q] == '-' && c->text[q + 1] == ' ');
    if (!dash)
        return i;
    size_t s0 = c->t[i].start, e0 = c->t[k - 1].end;
    /* a label or a body in capitals before a dash ("BREAKING —", "UPDATE
     * -", "NATO — The alliance ..."): an ordinary word or an organisation
     * WordNet knows, and no place it knows ("NICE —" stays a place) */
    if (k == i + 1 && !caps_place(c, s0, e0) &&
        (np_gazetteer_is_common_word(c->gz, c->text + s0, e0 - s0) || np_gazetteer_is_org(c->gz, c->text + s0, e0 - s0)))
        return i;
    if (!emit(c, s0, e0, s0, e0, NP_ENT_PLACE, 0)) {
        *oom = 1;
        return i;
    }
    c->mtok[c->nv - 1] = i;
    if (r0 != (size_t)-1) {
        size_t s1 = c->t[r0].start, e1 = name_end_of(c, r1 - 1);
        if (!emit(c, s1, e1, s1, e1, NP_ENT_PLACE, 0)) {
            *oom = 1;
            return i;
        }
        c->mtok[c->nv - 1] = r0;
    }
    size_t next = k;
    while (next < c->n && c->t[next].end <= q)
        next++;
    return next;
}

/* Token x is a role before a name: a title word, or "Member" after a
 * body's word ("City Council Member Ana Ruiz", "Board Member Ivo Dren"),
 * not before the states, nations or countries that are a union's members
 * ("European Union Member States"). */
static int role_word(const ctx *c, size_t x)
{
    if (lex(np_lex_is_title_word, c, x))
        return 1;
    static const char *const members[] = {"state", "states", "nation", "nations", "country", "countries", NULL};
    if (!tok_is(c, x, "member") || x == 0 || !org_word(c, x - 1) || x + 1 >= c->n)
        return 0;
    for (size_t k = 0; members[k]; k++)
        if (tok_is(c, x + 1, members[k]))
            return 0;
    return 1;
}

/* A role word followed by a capitalised word that is no title word in
 * the tokens [a, b): "Chairman Ivo Dren", a person's name after its role. */
static int titled_name_in(const ctx *c, size_t a, size_t b)
{
    for (size_t x = a; x + 1 < b; x++)
        if (role_word(c, x) && is_cap(c, x + 1) && !lex(np_lex_is_title_word, c, x + 1) && !org_word(c, x + 1))
            return 1;
    return 0;
}

/* Gather the capitalised run starting at token b: caps joined by spaces (or
 * hyphens), joiners between caps ("Bank of England").  Returns the token
 * after the run (b itself when no run starts there). */
#define RUN_MAX 40 /* tokens of one capitalised run: no name is longer, and a run of
                    * thousands ("Port Authority and Port Authority and ...") costs
                    * its square in the joiner checks */
/* Tokens [a, b) are ordinary capitalised words: each a common word of the
 * language, no place and no title ("Central Election", not "Norway" nor
 * "Governor"). */
static int ordinary_words(const ctx *c, size_t a, size_t b)
{
    for (size_t x = a; x < b; x++)
        if (!common_word(c, x) || np_gazetteer_has(c->gz, W(c, x), WL(c, x)) || lex(np_lex_is_title_word, c, x))
            return 0;
    return a < b;
}

/* Token i is a plural noun ("officials", "Democrats"): ends in "s" but
 * not "ss" or "us". */
static int plural_word(const ctx *c, size_t i)
{
    size_t n = WL(c, i);
    const char *w = W(c, i);
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

/* "Central Election and Referendum Commission": the words before "and"
 * ([lead, b)) and the name after it ([k, e)) share the body's head: the
 * name after is one ordinary word and an org word, the words before end in
 * no plural unless the word after "and" is one too ("Public Works and
 * Highways Department"; "Liberal Democrats and Labour Party" are two
 * bodies), and they are no known body ("Amnesty International and ..."). */
static int shared_head(const ctx *c, size_t lead, size_t b, size_t k, size_t e)
{
    return e == k + 2 && ordinary_words(c, k, k + 1) && org_word(c, k + 1) &&
           (!plural_word(c, b - 1) || plural_word(c, k)) &&
           !np_gazetteer_is_org(c->gz, W(c, lead), c->t[b - 1].end - c->t[lead].start);
}

/* The run [a, b) ends in an "of" complement of a body's word ("Board of
 * Agriculture"): "of" right after an org word, then one ordinary word
 * (not "Department of Justice": a title word). */
static int of_complement(const ctx *c, size_t a, size_t b)
{
    for (size_t w = 1; w <= 2; w++) /* "Board of Agriculture", "Centers for Disease Control" */
        if (b >= a + 2 + w && (tok_is(c, b - w - 1, "of") || tok_is(c, b - w - 1, "for")) &&
            org_word(c, b - w - 2) && ordinary_words(c, b - w, b))
            return 1;
    return 0;
}

/* Lower-case particles of a person's or a place's name between two
 * capitalised words ("Monica de Bolle", "Botic van de Zandschulp", "Rio de
 * Janeiro", "Osama bin Laden"): tokens [b, k) all such particles. */
static int name_particles(const ctx *c, size_t b, size_t k)
{
    static const char *const p[] = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "du",
                                    "le", "la", "bin", "ibn", "al", "dos", "das", "ter", "ten", NULL};
    if (k <= b)
        return 0;
    for (size_t i = b; i < k; i++) {
        int hit = 0;
        for (size_t x = 0; p[x] && !hit; x++)
            hit = tok_is(c, i, p[x]) && !(c->t[i].flags & NP_TOK_CAP);
        if (!hit)
            return 0;
    }
    return 1;
}

/* A lower-case particle inside a hyphened place name ("Mar-a-Lago",
 * "Port-au-Prince", "Stratford-upon-Avon", "Saint-Jean-de-Luz"). */
static int name_particle(const ctx *c, size_t i)
{
    static const char *const k[] = {"a", "al", "au", "aux", "d", "da", "de", "del", "der", "des", "di", "du",
                                    "el", "en", "l", "la", "le", "les", "lez", "on", "sur", "upon", "y", NULL};
    if (c->t[i].flags & NP_TOK_CAP)
        return 0;
    for (size_t x = 0; k[x]; x++)
        if (tok_is(c, i, k[x]))
            return 1;
    return 0;
}

/* Token i is a plural ending in -s followed by an apostrophe and blanks
 * ("Workers' Party"). */
static int plural_possessive_gap(const ctx *c, size_t i)
{
    if (i + 1 >= c->n)
        return 0;
    const np_token *t = &c->t[i];
    size_t a = t->end, b = c->t[i + 1].start;
    if (t->end - t->start < 3 || (c->text[a - 1] != 's' && c->text[a - 1] != 'S'))
        return 0;
    size_t q = a;
    if (q < b && c->text[q] == '\'')
        q++;
    else if (q + 2 < b && (unsigned char)c->text[q] == 0xE2 && (unsigned char)c->text[q + 1] == 0x80 &&
             (unsigned char)c->text[q + 2] == 0x99)
        q += 3;
    else
        return 0;
    if (q >= b)
        return 0;
    for (; q < b; q++)
        if (c->text[q] != ' ')
            return 0;
    return 1;
}

/* Token i names an agreement ("Treaty", "Accord", "Pact", "Convention",
 * "Protocol"): the head of a name with an "of" complement. */
static int agreement_word(const ctx *c, size_t i)
{
    static const char *const k[] = {"treaty", "accord", "accords", "pact", "convention", "protocol", NULL};
    for (size_t x = 0; k[x]; x++)
        if (tok_is(c, i, k[x]) && is_cap(c, i))
            return 1;
    return 0;
}

/* The gap after token i is an ampersand between spaces (" & "). */
static int ampersand_gap(const ctx *c, size_t i)
{
    if (i + 1 >= c->n)
        return 0;
    size_t a = c->t[i].end, b = c->t[i + 1].start;
    return b - a == 3 && c->text[a] == ' ' && c->text[a + 1] == '&' && c->text[a + 2] == ' ';
}

static size_t gather_run(const ctx *c, size_t b)
{
    size_t first = b, scanned = b;
    int has_org = 0, titled = 0;
    while (b < c->n && b - first < RUN_MAX) {
        if (name_word(c, b)) {
            if (org_word(c, b))
                has_org = 1;
            b++;
            if (possessive(c, b - 1))
                break;
            if (adjacent(c, b - 1) && b < c->n && is_cap(c, b))
                continue;
            /* "Workers' Party of Korea", "Veterans' Affairs": a plural
             * possessive inside a body's name */
            if (plural_possessive_gap(c, b - 1) && b < c->n && is_cap(c, b) && (org_word(c, b) || org_word(c, b + 1)) &&
                (b - 1 == first || (b >= 2 && (is_joiner(c, b - 2) || (c->t[b - 2].flags & NP_TOK_STOP)))) &&
                plural_of_common(c, b - 1) && !np_gazetteer_has(c->gz, W(c, b - 1), WL(c, b - 1)))
                continue; /* the name's first word or after "of": not "Torres' Labor Party", "Ana Rivers'
                           * Green Party", "United States' Justice Department" */
            if (hyphen_joined(c, b - 1) && is_cap(c, b) &&
                !np_gazetteer_has(c->gz, W(c, b - 1), WL(c, b - 1)) &&
                !np_gazetteer_has(c->gz, W(c, b), WL(c, b)))
                continue;
            /* "Mar-a-Lago", "Port-au-Prince", "Stratford-upon-Avon": a
             * lower-case particle hyphened between two capitalised words */
            if (b + 1 < c->n && hyphen_joined(c, b - 1) && hyphen_joined(c, b) && is_cap(c, b + 1) &&
                name_particle(c, b)) {
                b++;
                continue;
            }
            /* "Mohammed al-Rashidi", "Hassan el-Sayed": the Arabic article
             * hyphened to the family name, after a given name */
            if (b + 1 < c->n && adjacent(c, b - 1) && hyphen_joined(c, b) && is_cap(c, b + 1) &&
                arabic_article(c, b)) {
                b++;
                continue;
            }
            if (hyphen_tail(c, b - 1)) {
                b++; /* "Hau-yip": a short lower-case name syllable */
                if (possessive(c, b - 1))
                    break;
                if (adjacent(c, b - 1) && b < c->n && is_cap(c, b))
                    continue;
            }
            /* "Center for Strategic & International Studies", "Procter &
             * Gamble Co.": an ampersand inside a body's name (a body word
             * before it or in the words it joins; "Kim & Moon" in a
             * headline stays two names) */
            if (ampersand_gap(c, b - 1) && is_cap(c, b) && (has_org || org_word(c, b) || org_word(c, b + 1) ||
                                                          org_word(c, b + 2)))
                continue;
            /* joiner(s) then a cap: "Bank of England", "Treaty of the ..." */
            if (adjacent(c, b - 1) && is_joiner(c, b)) {
                size_t k = b;
                while (k < c->n && is_joiner(c, k) && adjacent(c, k) && k - b < 2)
                    k++;
                if (k < c->n && is_cap(c, k) && !is_date_word(c, k) &&
                    !lex(np_lex_is_cap_function_word, c, k)) {
                    /* keep the joiner only for names that look like orgs */
                    size_t e = name_run(c, k);
                    int org_after = 0;
                    for (size_t x = k; x < e; x++)
                        if (org_word(c, x))
                            org_after = 1;
                    /* only an org head takes a complement: "Bank of X",
                     * not "Delegates of the X Council" */
                    if (has_org && !tok_is(c, b, "and")) {
                        b = k;
                        continue;
                    }
                    /* a name's particles: "Monica de Bolle", "Ludwig van
                     * Beethoven", "Rio de Janeiro"; one or two words
                     * each side */
                    if (!has_org && !org_after && b - first <= 2 && e - k <= 2 && name_particles(c, b, k)) {
                        b = k;
                        continue;
                    }
                    /* "District of Columbia", "Gulf of Aden": a place head
                     * takes an "of" complement; so does an agreement's
                     * ("Treaty of Kelmont") */
                    if (tok_is(c, b, "of") && k == b + 1 &&
                        (lex(np_lex_is_place_head, c, b - 1) || agreement_word(c, b - 1))) {
                        b = k;
                        continue;
                    }
                    /* "Senate Leader Ana Ruiz and House Chairman Ivo Dren":
                     * the run so far holds a titled name, so "and" joins
                     * two people, not the words of one body's name */
                    if (!titled && scanned < b) { /* titled_name_in(first, b), read once */
                        titled = titled_name_in(c, scanned > first ? scanned - 1 : first, b);
                        scanned = b;
                    }
                    /* not across "and the": a second body ("the Supreme
                     * Court and the White House"); nor after a body's
                     * whole name ("Tarn Airlines and Ostria Motors") */
                    if ((has_org && org_after) && tok_is(c, b, "and") && k == b + 1 && !titled &&
                        !org_word(c, b - 1)) {
                        b = k;
                        continue;
                    }
                    /* "Customs and Border Protection", "Health and Human
                     * Services", "Central Election and Referendum
                     * Commission": up to three ordinary words, "and", an
                     * org name */
                    size_t lead = first; /* after an opening "But", "The" */
                    while (lead + 1 < b && lex(np_lex_is_cap_function_word, c, lead))
                        lead++;
                    if (org_after && tok_is(c, b, "and") && k == b + 1 && b > lead && b - lead <= 3 &&
                        c->have_common && ordinary_words(c, lead, b) &&
                        (b == lead + 1 || shared_head(c, lead, b, k, e))) {
                        b = k;
                        continue;
                    }
                    /* "Board of Agriculture and Conservation": a body's
                     * "of" complement of two ordinary words, the second no
                     * body of its own ("Department of Agriculture and
                     * Treasury officials") */
                    if (has_org && tok_is(c, b, "and") && k == b + 1 && name_run(c, k) == k + 1 && !titled &&
                        c->have_common && of_complement(c, first, b) && ordinary_words(c, k, k + 1) &&
                        !np_gazetteer_is_org(c->gz, W(c, k), WL(c, k))) {
                        b = k;
                        continue;
                    }
                }
            }
        }
        break;
    }
    return b;
}

/* The first token of the name in the run [a, b): past a sentence-initial
 * function word or common word, joiners and a leading number word, unless
 * the words form a known place or group ("New York", "New Zealand"). */
/* An acronym in capitals that names a known place or body ("US", "EU",
 * "UN"), though the word is also a pronoun or a title modifier. */
static int known_acronym(const ctx *c, size_t i)
{
    return (c->t[i].flags & NP_TOK_ALLCAPS) && !c->headline[i] &&
           (np_gazetteer_is_org(c->gz, W(c, i), WL(c, i)) || np_gazetteer_has(c->gz, W(c, i), WL(c, i)));
}

/* A sentence adverb opening a sentence before a name ("Ironically Nichols
 * ...", "Clearly Mark knew"): a word in "-ly" built on an ordinary word of
 * four letters or more ("ironic", "clear": not "Sally", "Holly", "Emily"),
 * or a "-ever" word ("Whatever Trump says goes"). */
static int initial_adverb(const ctx *c, size_t i)
{
    const char *w = c->t[i].norm;
    size_t n = strlen(w);
    static const char *const ever[] = {"whatever", "whoever", "whichever", "however", "wherever", "whenever"};
    for (size_t k = 0; k < sizeof ever / sizeof *ever; k++)
        if (!strcmp(w, ever[k]))
            return 1;
    if (n < 7 || strcmp(w + n - 2, "ly") != 0 || !c->have_common)
        return 0;
    char base[64];
    if (n - 2 >= sizeof base)
        return 0;
    memcpy(base, w, n - 2);
    base[n - 2] = '\0';
    if (np_gazetteer_is_common_word(c->gz, base, n - 2))
        return 1; /* "clearly", "ironically" -> "ironical" */
    if (n - 3 >= 4 && w[n - 3] == 'i') {
        base[n - 3] = 'y'; /* "happily" -> "happy" */
        base[n - 2] = '\0';
        return np_gazetteer_is_common_word(c->gz, base, n - 2);
    }
    return 0;
}

static size_t trim_run_start(const ctx *c, size_t a, size_t b)
{
    int known = 0;
    for (size_t k = a + 2; k <= b && !known; k++) {
        size_t ks = c->t[a].start, ke = name_end_of(c, k - 1);
        known = np_gazetteer_has(c->gz, c->text + ks, ke - ks) || np_gazetteer_is_org(c->gz, c->text + ks, ke - ks);
    }
    while (!known && a < b && c->initial[a] && !month_as_name(c, a)) {
        const char *nm = c->t[a].norm;
        size_t nl = strlen(nm);
        /* "Hosting Cook at ...", "Noting that ...": an initial verb form */
        int verb_form = nl > 4 && b - a >= 2 && common_word(c, a) &&
                        (!strcmp(nm + nl - 3, "ing") || !strcmp(nm + nl - 2, "ed"));
        if (verb_form || initial_adverb(c, a) || lex(np_lex_is_cap_function_word, c, a) || np_is_stopword(nm, nl) ||
            is_joiner(c, a) ||
            (seen_lower(c, nm) && !(c->t[a].flags & NP_TOK_ALLCAPS)) ||
            (b - a == 1 && nl > 4 && (!strcmp(nm + nl - 3, "ing") || !strcmp(nm + nl - 2, "ly")))) {
            a++;
            continue;
        }
        break;
    }
    while (a < b && !month_as_name(c, a) && !known_acronym(c, a) &&
           (is_joiner(c, a) || lex(np_lex_is_cap_function_word, c, a) || clause_word(c, a) ||
            (b - a >= 2 && np_lex_number_word(c->t[a].norm, strlen(c->t[a].norm)) > 0)))
        a++;
    return a;
}

/* A run of places only is a list of places ("Russia Ukraine" tag lines),
 * not one name: [a, b) is no known place as a whole, but each word is. */
static int only_places(const ctx *c, size_t a, size_t b)
{
    int all_places = !np_gazetteer_has(c->gz, c->text + c->t[a].start, name_end_of(c, b - 1) - c->t[a].start);
    for (size_t k = a; k < b && all_places; k++)
        if (!np_gazetteer_has(c->gz, W(c, k), name_end_of(c, k) - c->t[k].start))
            all_places = 0;
    return all_places;
}

/* Runs made only of title words, modifiers and demonyms are not names. */
static int only_title_words(const ctx *c, size_t a, size_t b)
{
    /* "EU", "UN", "UK" also modify titles ("EU Commissioner X"); alone
     * they name the union, the body, the country */
    if (b - a == 1 && known_acronym(c, a))
        return 0;
    for (size_t k = a; k < b; k++)
        if (!titleish(c, k) && !is_joiner(c, k))
            return 0;
    /* "White House", "Downing Street": title modifiers ("White House
     * spokeswoman") that WordNet also lists as a body or a place when they
     * stand alone */
    size_t s = c->t[a].start, e = name_end_of(c, b - 1);
    return !(b - a >= 2 && (np_gazetteer_is_org(c->gz, c->text + s, e - s) || np_gazetteer_has(c->gz, c->text + s, e - s)));
}

/* The acronym token in parentheses right after the run ending at b
 * ("Collective Security Treaty Organisation (CSTO)"), or (size_t)-1. */
static size_t paren_acronym(const ctx *c, size_t b, size_t next)
{
    size_t acr = (size_t)-1;
    if (b == next && b + 1 < c->n && (c->t[b].flags & NP_TOK_ALLCAPS) && c->t[b].start >= 2) {
        size_t g0 = c->t[b - 1].end, g1 = c->t[b].start;
        int open_paren = 0;
        for (size_t p = g0; p < g1; p++) {
            if (c->text[p] == '(')
                open_paren = 1;
            else if (c->text[p] != ' ')
                open_paren = -1000;
        }
        if (open_paren == 1 && c->t[b].end < c->len && c->text[c->t[b].end] == ')')
            acr = b;
    } else if (b == next && b < c->n && (c->t[b].flags & NP_TOK_ALLCAPS)) {
        /* parenthesised acronym right after the run */
        size_t g0 = c->t[b - 1].end, g1 = c->t[b].start;
        if (g1 > g0 && c->text[g1 - 1] == '(' && c->t[b].end < c->len && c->text[c->t[b].end] == ')')
            acr = b;
    }
    return acr;
}

/* Emit the run [a, b) as a titled PERSON whose name starts at token k (the
 * words before it are its title) and remember where the run began; sets
 * *oom on failure.  Returns 1: the run is taken either way. */
static int emit_titled_name(ctx *c, size_t a, size_t b, size_t k, int *oom)
{
    size_t e = name_end_of(c, b - 1);
    if (!emit(c, c->t[a].start, e, c->t[k].start, e, NP_ENT_PERSON, NP_MENTION_TITLED))
        *oom = 1;
    else
        c->mtok[c->nv - 1] = a;
    return 1;
}

/* Token i is a title written short with its period ("Lt.", "Sgt.",
 * "Gen."). */
static int abbreviated_title(const ctx *c, size_t i)
{
    return c->t[i].end < c->len && c->text[c->t[i].end] == '.' && lex(np_lex_is_abbrev, c, i) &&
           lex(np_lex_is_title_word, c, i);
}

/* "Harbour Minister Lena Vostrikova": a title word inside the run [a, b)
 * splits it into role and name; emits the person and returns 1 when it
 * does (also when the emit ran out of memory: *oom is set then). */
static int emit_titled_person(ctx *c, size_t a, size_t b, int *oom)
{
    size_t k = b - 1;
    while (k > a && !role_word(c, k - 1))
        k--;
    if (k > a && k < b) {
        int org = 0;
        for (size_t x = k; x < b; x++)
            if (org_word(c, x) || lex(np_lex_is_title_word, c, x))
                org = 1;
        /* a joiner in the role is part of a body's name ("Senate Roads and
         * Harbours Committee Chairman Ivo Dren", "Bank of Norland Governor
         * Ana Ruiz"); two people joined by "and" never reach here
         * (gather_run() stops at a titled name) */
        /* a name opens with a capitalised word: "Office of the
         * Comptroller of the Currency" names an office, not a person */
        /* ... and is no place's, unless an abbreviated title stands
         * before it: "Police Lt. Hastings" is a lieutenant */
        if (!org && is_cap(c, k) && !is_joiner(c, k) &&
            (!np_gazetteer_has(c->gz, W(c, k), WL(c, k)) || abbreviated_title(c, k - 1))) {
            return emit_titled_name(c, a, b, k, oom);
        }
    }
    return 0;
}

/* "Browns DL Sheldon Richardson", "CBS Sports NFL Jason Lee": an acronym
 * inside the run [a, b), then two or three ordinary capitalised words, the
 * person's name.  Emits it and returns 1 when it fits (*oom as above). */
static int emit_person_after_acronym(ctx *c, size_t a, size_t b, int *oom)
{
    size_t k = b;
    while (k > a && !(c->t[k - 1].flags & NP_TOK_ALLCAPS))
        k--;
    if (k > a && k < b && b - k >= 2 && b - k <= 3) {
        int name = 1;
        for (size_t x = k; x < b && name; x++)
            if (org_word(c, x) || is_joiner(c, x) || seen_lower(c, c->t[x].norm) ||
                np_gazetteer_has(c->gz, W(c, x), WL(c, x)) || lex(np_lex_is_title_word, c, x) ||
                (x == b - 1 && common_word(c, x)))
                name = 0;
        if (name) {
            return emit_titled_name(c, a, b, k, oom);
        }
    }
    return 0;
}

/* Type the run [a, b) and emit it, with the acronym of its expansion
 * after it when acr is one ("... Organisation (CSTO)").  Returns the token
 * to go on from. */
static size_t emit_run(ctx *c, size_t a, size_t b, size_t acr, int suffixed, size_t next, int *oom)
{
    unsigned tr = (unsigned)type_run(c, a, b);
    np_entity_type type = (np_entity_type)(tr & 0xff);
    if (type == NP_ENT_OTHER && suffixed)
        type = NP_ENT_PERSON, tr = NP_ENT_PERSON; /* only people are "Jr." or "III" */
    unsigned flags = 0;
    if (acr != (size_t)-1 && !initials_match(c, a, b, acr)) {
        /* the run may have started too early: match a suffix */
        for (size_t a2 = a + 1; a2 < b; a2++)
            if (is_cap(c, a2) && initials_match(c, a2, b, acr)) {
                a = a2;
                break;
            }
    }
    if (acr != (size_t)-1 && initials_match(c, a, b, acr)) {
        type = NP_ENT_ORG;
        flags |= NP_MENTION_EXPANDS;
    } else {
        acr = (size_t)-1;
    }
    if (b - a == 1 && (c->t[a].flags & NP_TOK_ALLCAPS))
        flags |= NP_MENTION_ACRONYM;
    /* demonym alone ("Russian") or a lone capitalised month is not an entity */
    if (b - a == 1 && lex(np_lex_is_demonym, c, a))
        return next;
    if (c->headline[a] && (c->t[a].flags & NP_TOK_ALLCAPS) && type != NP_ENT_PLACE)
        return next;
    size_t s = c->t[a].start, e = name_end_of(c, b - 1);
    if (!emit(c, s, e, s, e, type, flags)) {
        *oom = 1;
        return next;
    }
    c->mtok[c->nv - 1] = a;
    if (tr & PERSON_IF_SURNAME)
        c->maybe_person[c->nv - 1] = 1;
    if (acr != (size_t)-1) {
        if (!emit(c, c->t[acr].start, c->t[acr].end, c->t[acr].start, c->t[acr].end, NP_ENT_ORG,
                  NP_MENTION_ACRONYM)) {
            *oom = 1;
            return next;
        }
        return acr + 1;
    }
    return next;
}

/* Capitalised run at i (already known not to be a titled person). */
static size_t do_run(ctx *c, size_t i, int *oom)
{
    size_t a = i, b = gather_run(c, i);
    if (b == a)
        return i + 1;
    size_t next = b;
    a = trim_run_start(c, a, b);
    if (a < b && not_a_name(c, a, b))
        return next;
    if (b - a >= 2 && only_places(c, a, b))
        b = a + 1, next = a + 1;
    if (a >= b)
        return next;
    /* in headline-style lines capitalisation says nothing: single words only */
    if (c->headline[a]) {
        b = a + 1;
        next = a + 1;
        if (function_word(c, a))
            return next;
    }
    if (only_title_words(c, a, b))
        return next;
    while (b > a && is_joiner(c, b - 1))
        b--;
    int suffixed = 0;
    /* "Robert S. Mueller III"; "Brandt Jr." too (not "Elizabeth II": a
     * numeral after one word is the name's) */
    if ((b - a >= 3 || (b - a == 2 && junior_suffix(c, b - 1))) && name_suffix(c, b - 1))
        b--, suffixed = 1;
    size_t acr = paren_acronym(c, b, next);
    if (b - a >= 2 && !c->headline[a] && emit_titled_person(c, a, b, oom))
        return next;
    if (b - a >= 3 && !c->headline[a] && emit_person_after_acronym(c, a, b, oom))
        return next;
    return emit_run(c, a, b, acr, suffixed, next, oom);
}

static void mark_initials(ctx *c, const np_span *sents, size_t ns)
{
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++) {
        while (k < ns && sents[k].end <= c->t[i].start)
            k++;
        if (k < ns && (i == 0 || c->t[i - 1].end <= sents[k].start))
            c->initial[i] = 1;
        /* after an opening quote, a colon or a dash the next word is capitalised too */
        size_t p = c->t[i].start;
        while (p > 0 && c->text[p - 1] == ' ')
            p--;
        if (p > 0) {
            unsigned char ch = (unsigned char)c->text[p - 1];
            if (ch == '"' || ch == ':' || ch == '\n' || (ch == '-' && p >= 2 && c->text[p - 2] == ' ') ||
                (p >= 3 && (unsigned char)c->text[p - 3] == 0xE2 &&
                 ((unsigned char)c->text[p - 1] == 0x9C || (unsigned char)c->text[p - 1] == 0x94 ||
                  (unsigned char)c->text[p - 1] == 0x93 || (unsigned char)c->text[p - 1] == 0x98)))
                if (!(ch == '"' && i > 0 && c->t[i - 1].end == p - 1))
                    c->initial[i] = 1;
        }
    }
}

/* Title-case ("Putin Endorses Peace Plan") and all-caps lines: mark their
 * tokens, since capitalisation there does not signal names. */
/* Every word token in [i, j) is an ordinary English word. */
static int all_common(const ctx *c, size_t i, size_t j)
{
    for (size_t x = i; x < j; x++)
        if ((c->t[x].flags & NP_TOK_WORD) && !common_word(c, x))
            return 0;
    return 1;
}

static void mark_headlines(ctx *c, const np_span *sents, size_t ns)
{
    size_t i = 0;
    for (size_t k = 0; k < ns; k++) {
        while (i < c->n && c->t[i].start < sents[k].start)
            i++;
        size_t j = i, caps = 0, lowers = 0, allcaps = 0;
        for (; j < c->n && c->t[j].start < sents[k].end; j++) {
            if (!(c->t[j].flags & NP_TOK_WORD))
                continue;
            if (c->t[j].flags & NP_TOK_ALLCAPS)
                allcaps++;
            else if (c->t[j].flags & NP_TOK_CAP)
                caps++;
            else
                lowers++;
        }
        /* headlines: (almost) every word capitalised and no final period —
         * a running sentence dense with names still has its function words
         * in lower case and ends with punctuation */
        char last = c->text[sents[k].end - 1];
        int terminal = last == '.' || last == '!' || last == '?';
        size_t words = caps + allcaps + lowers;
        int head = !terminal && words >= 3 && lowers * 4 <= words && caps + allcaps >= 3;
        /* a two-word heading ("Background & Context") when both are
         * ordinary words: a two-word name has a name word in it */
        if (!terminal && words == 2 && caps == 2 && c->have_common)
            head = all_common(c, i, j);
        if (allcaps >= 3 && allcaps * 2 >= words)
            head = 1;
        if (head)
            for (size_t x = i; x < j; x++)
                c->headline[x] = 1;
        i = j;
    }
}

/* Drop single-word OTHER mentions that only ever occur first in a sentence
 * ("Background", "Conclusion" headings), and OTHER words of headlines. */
static void drop_initial_others(ctx *c)
{
    size_t w = 0;
    for (size_t i = 0; i < c->nv; i++) {
        np_entity_mention *m = &c->v[i];
        size_t ti = c->mtok[i];
        int drop = 0;
        size_t ml = m->name_end - m->name_start;
        int single = !memchr(c->text + m->name_start, ' ', ml);
        /* without WordNet every such word counts as common (the cautious side) */
        int common = !c->have_common || np_gazetteer_is_common_word(c->gz, c->text + m->name_start, ml);
        /* "Democratic" (emails, donors): the adjective of a class of people */
        int kind_adj = ml > 4 && !memcmp(c->text + m->name_end - 2, "ic", 2) &&
                       np_gazetteer_is_kind(c->gz, c->text + m->name_start, ml - 2);
        if (m->type == NP_ENT_OTHER && single &&
            (np_gazetteer_is_kind(c->gz, c->text + m->name_start, ml) || kind_adj) &&
            !np_gazetteer_has(c->gz, c->text + m->name_start, ml))
            drop = 1; /* "Honduran", "Republican": a class of people, not a name */
        else if (m->type == NP_ENT_OTHER && ti != (size_t)-1 && c->headline[ti] && (!single || common))
            drop = 1; /* headline words that never proved to be names */
        else if (m->type == NP_ENT_OTHER && ti != (size_t)-1 && c->initial[ti] && !(m->flags & NP_MENTION_ACRONYM) &&
            !memchr(c->text + m->name_start, ' ', m->name_end - m->name_start)) {
            drop = common;
            for (size_t k = 0; k < c->nv && drop; k++)
                if (k != i && c->mtok[k] != (size_t)-1 && !c->initial[c->mtok[k]] &&
                    c->v[k].name_end - c->v[k].name_start == ml &&
                    memcmp(c->text + c->v[k].name_start, c->text + m->name_start, ml) == 0)
                    drop = 0;
        }
        if (!drop) {
            c->v[w] = *m;
            c->mtok[w] = ti;
            w++;
        }
    }
    c->nv = w;
}

/* Surname-only mentions of a person named in full earlier or later in the
 * same document become PERSON. */
static void upgrade_surnames(ctx *c)
{
    for (size_t i = 0; i < c->nv; i++) {
        if (!c->maybe_person[i])
            continue;
        const np_entity_mention *p = &c->v[i];
        const char *sp = p->name_end > p->name_start ? (const char *)memrchr(c->text + p->name_start, ' ', p->name_end - p->name_start) : NULL;
        if (!sp)
            continue;
        size_t ls = (size_t)(sp + 1 - c->text), ll = p->name_end - ls;
        for (size_t k = 0; k < c->nv; k++) {
            const np_entity_mention *m = &c->v[k];
            /* "the Celtics" after "the Boston Celtics": a team's name, not
             * a surname */
            size_t mt = c->mtok[k];
            if (mt != (size_t)-1 && mt > 0 && mt < c->n && m->start == c->t[mt].start && tok_is(c, mt - 1, "the"))
                continue;
            if (m->name_end - m->name_start == ll && !memcmp(c->text + m->name_start, c->text + ls, ll)) {
                c->v[i].type = NP_ENT_PERSON;
                break;
            }
        }
    }
    for (size_t i = 0; i < c->nv; i++) {
        np_entity_mention *m = &c->v[i];
        if (m->type == NP_ENT_PERSON || m->type == NP_ENT_ORG)
            continue;
        size_t ml = m->name_end - m->name_start;
        if (memchr(c->text + m->name_start, ' ', ml))
            continue;
        for (size_t k = 0; k < c->nv; k++) {
            const np_entity_mention *p = &c->v[k];
            if (p->type != NP_ENT_PERSON)
                continue;
            size_t pl = p->name_end - p->name_start;
            if ((pl > ml && c->text[p->name_end - ml - 1] == ' ' &&
                 memcmp(c->text + p->name_end - ml, c->text + m->name_start, ml) == 0) ||
                (pl == ml && (p->flags & NP_MENTION_TITLED) &&
                 memcmp(c->text + p->name_start, c->text + m->name_start, ml) == 0)) {
                m->type = NP_ENT_PERSON;
                break;
            }
        }
    }
}

/* Is the one-word place m said to speak: the subject of a speech verb
 * right after it, opening its clause ("Lyons said", ", Lyons said", "But
 * Lyons warned"; not "police in downtown Houston said": the police
 * spoke), or the name after a closing ", said" ("..., said Lyons")?
 * compare/ takes such a place for the person of that surname the story
 * names (extract/linker.c). */
static int place_speaks(const ctx *c, const np_entity_mention *m)
{
    static const char *const opener[] = {"but", "and", "yet"};
    size_t a = np_tok_at_or_after(c->t, c->n, m->name_start);
    if (a >= c->n || c->t[a].end != m->name_end)
        return 0; /* more than one word */
    /* nothing but blanks between the word before and the name: no clause
     * boundary (".", ",", a line break) unless that word is a conjunction */
    int opens = a == 0 || !adjacent(c, a - 1);
    for (size_t k = 0; k < sizeof opener / sizeof *opener && !opens; k++)
        opens = tok_is(c, a - 1, opener[k]);
    if (opens && adjacent(c, a) && lex(np_lex_is_speech_verb, c, a + 1))
        return 1;
    /* "..., said Lyons": the verb right before, a comma or a closing
     * quotation mark before it */
    if (a == 0 || !(tok_is(c, a - 1, "said") || tok_is(c, a - 1, "says")))
        return 0;
    size_t v = c->t[a - 1].start;
    while (v > 0 && c->text[v - 1] == ' ')
        v--;
    const unsigned char *u = (const unsigned char *)c->text;
    return v > 0 && (u[v - 1] == ',' || u[v - 1] == '"' ||
                     (v >= 3 && u[v - 3] == 0xE2 && u[v - 2] == 0x80 && (u[v - 1] == 0x9D || u[v - 1] == 0x99)));
}

/* A person's full name right after a word for a relative, past a comma
 * ("his son, Pavel Marsh", "her husband Oren Talby", "Marsh's widow,
 * Irina Marsh"), or with one in the apposition after it ("Pavel Marsh,
 * one of the mayor's nephews"): one of a family, so another first name of
 * that surname in the same text is another person (NP_MENTION_KIN, for the
 * linker). */
static void mark_kin(ctx *c)
{
    for (size_t i = 0; i < c->nv; i++) {
        np_entity_mention *m = &c->v[i];
        if ((m->type != NP_ENT_PERSON && m->type != NP_ENT_OTHER) ||
            !memchr(c->text + m->name_start, ' ', m->name_end - m->name_start))
            continue;
        size_t k = np_tok_at_or_after(c->t, c->n, m->start);
        if (k == 0 || k >= c->n)
            continue;
        if (lex(np_lex_kin, c, k - 1))
            m->flags |= NP_MENTION_KIN;
        /* or in the apposition after it: "Pavel Marsh, one of the
         * mayor's nephews", "Marta Olvida, his wife," */
        size_t e = m->end;
        if (e >= c->len || c->text[e] != ',')
            continue;
        size_t j0 = np_tok_at_or_after(c->t, c->n, e);
        for (size_t j = j0; j < c->n && j < j0 + 6; j++) {
            if ((j != j0 && memchr(c->text + c->t[j - 1].end, ',', c->t[j].start - c->t[j - 1].end)) ||
                tok_is(c, j, "whose"))
                break; /* "X, whose daughter died," has a relative; X is none */
            /* someone's relative: a possessive before the word ("the
             * deputy's sons", "his wife") or "of" someone after it, not "a
             * father of three" */
            int owned = j > j0 && (possessive(c, j - 1) || tok_is(c, j - 1, "his") || tok_is(c, j - 1, "her") ||
                                   tok_is(c, j - 1, "their"));
            /* or "the mother of the slain teen", "widow of the officer" */
            if (!owned && j + 2 < c->n && tok_is(c, j + 1, "of") && !(c->t[j + 2].flags & NP_TOK_NUMBER) &&
                np_lex_number_word(c->t[j + 2].norm, strlen(c->t[j + 2].norm)) <= 0)
                owned = 1;
            if (owned && lex(np_lex_kin, c, j))
                m->flags |= NP_MENTION_KIN;
        }
    }
}

np_status np_entities_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                               const np_span *sents, size_t n_sents, const np_gazetteer *gz,
                               np_arena *arena, np_entity_mention **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    ctx c = {.text = text, .len = len, .gz = gz, .arena = arena};
    np_gazetteer *own_gz = NULL;
    np_span *own_sents = NULL;
    np_status st;
    if ((st = np_tokens_given_or_made(text, len, tok, ntok, arena, &c.t, &c.n)) != NP_OK)
        return st;
    if (!gz) {
        own_gz = np_gazetteer_builtin(NULL);
        if (!own_gz)
            return NP_ENOMEM;
        c.gz = own_gz;
    }
    if (!sents) {
        st = np_sentences_split(text, len, &own_sents, &n_sents);
        if (st != NP_OK)
            goto done;
        sents = own_sents;
    }
    c.initial = np_arena_alloc(arena, c.n + 1);
    if (!c.initial) {
        st = NP_ENOMEM;
        goto done;
    }
    c.have_common = np_gazetteer_is_common_word(c.gz, "water", 5); /* any common noun */
    c.headline = np_arena_alloc(arena, c.n + 1);
    if (!c.headline) {
        st = NP_ENOMEM;
        goto done;
    }
    mark_initials(&c, sents, n_sents);
    mark_headlines(&c, sents, n_sents);
    st = build_lower_set(&c);
    if (st == NP_OK)
        st = build_given_set(&c);
    if (st != NP_OK)
        goto done;
    /* months this text uses as a person's name, so that the name alone is
     * the person too (month_as_name()) */
    for (size_t i = 0; i < c.n; i++) {
        /* months open with one of these capitals: most words are not looked up */
        int m = WL(&c, i) >= 3 && strchr("JFMASOND", W(&c, i)[0]) && is_cap(&c, i) ? np_lex_month(W(&c, i), WL(&c, i))
                                                                                   : 0;
        if (m && !c.month_name[m] && c.t[i].norm && strlen(c.t[i].norm) >= 3 && month_as_name(&c, i))
            c.month_name[m] = c.t[i].norm;
    }
    int oom = 0;
    for (size_t i = 0; i < c.n && !oom;) {
        if (c.t[i].flags & NP_TOK_ALLCAPS) {
            size_t e = try_dateline(&c, i, &oom);
            if (e != i) {
                i = e;
                continue;
            }
        }
        if (title_may_start(&c, i) && titleish(&c, i)) {
            size_t e = try_titled(&c, i, &oom);
            if (e != i) {
                i = e;
                continue;
            }
        }
        if (name_word(&c, i)) {
            i = do_run(&c, i, &oom);
            continue;
        }
        i++;
    }
    if (oom) {
        st = NP_ENOMEM;
        goto done;
    }
    upgrade_surnames(&c);
    mark_kin(&c);
    drop_initial_others(&c);
    for (size_t i = 0; i < c.nv; i++)
        if (c.v[i].type == NP_ENT_PLACE) {
            c.v[i].place_id = np_gazetteer_place_id(c.gz, text + c.v[i].name_start,
                                                    c.v[i].name_end - c.v[i].name_start);
            if (place_speaks(&c, &c.v[i]))
                c.v[i].flags |= NP_MENTION_SPEAKS;
        }
    *out = c.v;
    *n = c.nv;
done:
    np_free(own_sents);
    np_gazetteer_free(own_gz);
    return st;
}

np_status np_entities_find(const char *text, size_t len, const np_span *sents, size_t n_sents,
                           const np_gazetteer *gz, np_arena *arena,
                           np_entity_mention **out, size_t *n)
{
    return np_entities_find_tok(text, len, NULL, 0, sents, n_sents, gz, arena, out, n);
}

size_t np_mention_at_or_after(const np_entity_mention *m, size_t n, size_t off)
{
    return np_spans_first_at(m, n, sizeof *m, offsetof(np_entity_mention, start), off);
}
