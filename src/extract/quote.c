/* extract/quote.c — quotations and their speakers (see quote.h).
 *
 * Two passes: pair quotation marks into spans (linear scan), then attribute
 * each span from the words right after it ("..., X said") or, failing
 * that, from the speech verb before it in the same sentence ("X said that
 * “...”").  Pronouns resolve to the last named speaker of the document. */
#include "extract/quote.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "text/lexicon.h"
#include "text/token.h"
#include "extract/internal.h"

struct qspan {
    size_t open, start, end, close; /* marks at [open,start) and [end,close) */
    int unclosed;                    /* ran to the end of the paragraph */
};

typedef struct qspan qspan;
typedef struct ctx {
    const char *text;
    size_t len;
    const np_token *t;
    size_t n;
    const np_span *sents;
    size_t ns;
    const np_entity_mention *m;
    size_t nm;
    np_arena *arena;
    const qspan *q; /* all quote spans, text order */
    size_t nq;
    np_u64map surnames; /* last word of a person's name (surname_key()) -> its group in by_surname */
    uint32_t *by_surname;  /* person mentions by surname, each group in text order (count_surnames()) */
    np_u64map *fullest_memo; /* a name's hash -> fullest()'s answer: 1 the mention itself, k + 2 mention k */
} ctx;

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Quote mark at p: 1 = opening curly/guillemet, 2 = closing curly/guillemet,
 * 3 = straight double, 4 = opening single curly, 5 = closing single curly
 * (also the apostrophe), 0 = none.  *ml = its byte length.  Two single
 * curly marks in a row are a double one, as wire copy sets them (‘‘...’’). */
static int mark_at(const unsigned char *p, size_t left, size_t *ml)
{
    *ml = 1;
    if (p[0] == '"')
        return 3;
    if (left >= 6 && p[0] == 0xE2 && p[1] == 0x80 && p[3] == 0xE2 && p[4] == 0x80 && p[2] == p[5] &&
        (p[2] == 0x98 || p[2] == 0x99)) {
        *ml = 6;
        return p[2] == 0x98 ? 1 : 2;
    }
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
        *ml = 3;
        switch (p[2]) {
        case 0x9C: case 0x9E: return 1; /* “ „ */
        case 0x9D: return 2;            /* ” */
        case 0x98: return 4;            /* ‘ */
        case 0x99: return 5;            /* ’ */
        }
    }
    if (left >= 2 && p[0] == 0xC2) {
        *ml = 2;
        if (p[1] == 0xAB)
            return 1;
        if (p[1] == 0xBB)
            return 2;
    }
    return 0;
}

typedef struct qvec {
    qspan *v;
    size_t n, cap;
} qvec;

static int qpush(qvec *qv, np_arena *a, size_t open, size_t start, size_t end, size_t close, int unclosed)
{
    if (qv->n == qv->cap) {
        size_t cap = qv->cap ? qv->cap * 2 : 32;
        qspan *v = np_arena_alloc(a, cap * sizeof *v);
        if (!v)
            return 0;
        if (qv->n)
            memcpy(v, qv->v, qv->n * sizeof *v);
        qv->v = v;
        qv->cap = cap;
    }
    qv->v[qv->n++] = (qspan){open, start, end, close, unclosed};
    return 1;
}

static int is_letter_at(const unsigned char *u, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    unsigned char c = u[i];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
}

/* Does a lower-case letter start the text at p (a sentence going on, not
 * one a quotation opens)? */
static int lower_after(const unsigned char *u, size_t len, size_t p)
{
    return p < len && u[p] >= 'a' && u[p] <= 'z';
}

/* Does a digit come right before byte i (a mark there is an inch mark:
 * "14\" of snow", "6’5”")? */
static int after_digit(const unsigned char *u, size_t i)
{
    return i > 0 && u[i - 1] >= '0' && u[i - 1] <= '9';
}

/* Is the curly opener at open_at (open_len bytes) one half of a swapped
 * pair: a closing mark that closed nothing (stray_close) came before it
 * in its paragraph, and it goes on in lower case? */
static int swapped_opener(const unsigned char *u, size_t len, size_t stray_close, size_t open_at, size_t open_len)
{
    return stray_close < open_at && lower_after(u, len, open_at + open_len);
}

/* Pair quotation marks.  An unclosed quote ends at the paragraph break,
 * unless a closing curly mark that closed nothing (no inch mark after a
 * digit) came before its opener in the paragraph, with no pair closed
 * since, and the opener goes on in lower case: the two marks are swapped
 * (“their” 20 Top Fugitives “roll of ...”, a page's broken conversion), and
 * what follows the opener is the outlet's own text, not a quotation. */
static int find_spans(const ctx *c, qvec *qv)
{
    const unsigned char *u = (const unsigned char *)c->text;
    size_t len = c->len;
    int open_kind = 0; /* 0 none, 1 curly double, 3 straight, 4 single curly */
    size_t open_at = 0, open_len = 0;
    size_t stray_close = SIZE_MAX; /* a closing curly mark of this paragraph that closed nothing */
    for (size_t i = 0; i < len;) {
        if (u[i] == '\n') {
            /* paragraph break: an open quote ends here */
            size_t j = i + 1;
            while (j < len && is_space(u[j]))
                j++;
            if (open_kind) {
                int swapped = open_kind == 1 && swapped_opener(u, len, stray_close, open_at, open_len);
                if (!swapped && !qpush(qv, c->arena, open_at, open_at + open_len, i, i, 1))
                    return 0;
                open_kind = 0;
            }
            stray_close = SIZE_MAX;
            i = j;
            continue;
        }
        size_t ml;
        int k = mark_at(u + i, len - i, &ml);
        if (!k) {
            i++;
            continue;
        }
        if (k == 1) {
            if (open_kind == 4 || !open_kind || open_kind == 3) {
                if (open_kind == 1 || open_kind == 3) {
                    /* an opener while open: treat the old one as unclosed */
                }
                open_kind = 1;
                open_at = i;
                open_len = ml;
            } else {
                open_at = i; /* “ ... “ ... : restart at the newer opener */
                open_len = ml;
            }
        } else if (k == 2) {
            if (open_kind == 1 || open_kind == 3) {
                if (!qpush(qv, c->arena, open_at, open_at + open_len, i, i + ml, 0))
                    return 0;
                open_kind = 0;
                stray_close = SIZE_MAX; /* marks pair up again */
            } else if (!open_kind && stray_close == SIZE_MAX && !after_digit(u, i)) {
                stray_close = i;
            }
        } else if (k == 3) {
            if (!open_kind && after_digit(u, i)) {
                /* an inch mark, no quotation */
            } else if (open_kind == 3 || open_kind == 1) {
                if (!qpush(qv, c->arena, open_at, open_at + open_len, i, i + ml, 0))
                    return 0;
                open_kind = 0;
            } else {
                open_kind = 3;
                open_at = i;
                open_len = ml;
            }
        } else if (k == 4) {
            /* single curly opener only at a word start, outside other quotes */
            if (!open_kind && (i == 0 || is_space(u[i - 1]) || u[i - 1] == '(') && is_letter_at(u, len, i + ml)) {
                open_kind = 4;
                open_at = i;
                open_len = ml;
            }
        } else if (k == 5) {
            /* ’ closes a single quote only when not an apostrophe (letter after) */
            if (open_kind == 4 && !is_letter_at(u, len, i + ml) && i > 0 && !is_space(u[i - 1])) {
                if (!qpush(qv, c->arena, open_at, open_at + open_len, i, i + ml, 0))
                    return 0;
                open_kind = 0;
            }
        }
        i += ml;
    }
    if ((open_kind == 1 && !swapped_opener(u, len, stray_close, open_at, open_len)) || open_kind == 3) {
        if (!qpush(qv, c->arena, open_at, open_at + open_len, len, len, 1))
            return 0;
    }
    return 1;
}

/* ---- token helpers ---- */

static size_t tok_at_or_after(const ctx *c, size_t off)
{
    return np_tok_at_or_after(c->t, c->n, off);
}

static int tok_is(const ctx *c, size_t i, const char *w)
{
    return np_tok_is(c->t, c->n, i, w);
}

/* Is token i one of the words of the NULL-ended list w? */
static int tok_in(const ctx *c, size_t i, const char *const *w)
{
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, i, w[k]))
            return 1;
    return 0;
}

/* Personal pronouns of each gender, subject and object forms. */
static const char *const k_she[] = {"she", "her", NULL};
static const char *const k_he[] = {"he", "him", "his", NULL};

static int speech_verb(const ctx *c, size_t i)
{
    return i < c->n && np_lex_is_attribution_verb(c->t[i].norm, strlen(c->t[i].norm));
}

/* 1: he/she; 2: they/it/we (np_lex_pronoun()); 0: no pronoun. */
static int pronoun(const ctx *c, size_t i)
{
    return i < c->n ? np_lex_pronoun(c->t[i].norm, strlen(c->t[i].norm)) : 0;
}

/* Adverbs and auxiliaries that may sit between a subject and its verb. */
static int filler(const ctx *c, size_t i)
{
    if (i < c->n && !(c->t[i].flags & NP_TOK_CAP)) {
        const char *w = c->t[i].norm;
        if (np_lex_is_ly_adverb(w, strlen(w)))
            return 1; /* adverbs: "repeatedly", "quietly"; not "the Kord family said" */
    }
    static const char *const k[] = {"also", "has", "have", "had", "again", "later", "then", "once",
                                    "repeatedly", "expressly", "reportedly", "further", "recently",
                                    "previously", "publicly", "earlier", "subsequently", "openly",
                                    "clearly", "firmly", "simply", "flatly", "bluntly", "initially",
                                    "ultimately", "would", "will", "quickly", "pointedly", "separately",
                                    "additionally", "explicitly", "bluntly", "privately", "emphatically",
                                    "reiterated", "went", "on", "to", "instead", "still", "even", "now", "just",
                                    "once", "again", "too",
                                    /* "Loren herself said": the speaker stressed */
                                    "herself", "himself", "themselves"};
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (tok_is(c, i, k[x]))
            return 1;
    return 0;
}

/* Mention index starting at token i, or -1. */
static long mention_starting(const ctx *c, size_t i)
{
    if (i >= c->n)
        return -1;
    size_t off = c->t[i].start, lo = np_mention_at_or_after(c->m, c->nm, off);
    if (lo < c->nm && c->m[lo].start == off)
        return (long)lo;
    return -1;
}

/* Mention index ending at token i (its last token), or -1. */
static long mention_ending(const ctx *c, size_t i)
{
    if (i >= c->n)
        return -1;
    size_t s = c->t[i].start, e = c->t[i].end;
    size_t lo = np_mention_at_or_after(c->m, c->nm, s + 1); /* first mention with start > s */
    if (lo == 0)
        return -1;
    const np_entity_mention *m = &c->m[lo - 1];
    if (m->end <= e && m->end > s)
        return (long)(lo - 1);
    return -1;
}

/* Token index just after mention mi. */
static size_t after_mention(const ctx *c, long mi)
{
    size_t i = tok_at_or_after(c, c->m[mi].start);
    while (i < c->n && c->t[i].start < c->m[mi].end)
        i++;
    return i;
}

/* Is there a sentence end or a newline in [a, b)? */
static int has_break(const ctx *c, size_t a, size_t b)
{
    for (size_t p = a; p < b && p < c->len; p++) {
        char ch = c->text[p];
        /* the dots of "U.K." end no sentence */
        if (ch == '.' && p >= 1 && (unsigned char)(c->text[p - 1] - 'A') < 26 &&
            ((p >= 2 && c->text[p - 2] == '.') ||
             (p + 2 < c->len && (unsigned char)(c->text[p + 1] - 'A') < 26 && c->text[p + 2] == '.')))
            continue;
        if (ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == ';')
            return 1;
    }
    return 0;
}

/* Is there a quotation mark in [a, b)? */
static int has_mark(const ctx *c, size_t a, size_t b)
{
    for (size_t p = a; p < b && p < c->len; p++) {
        size_t ml;
        int k = mark_at((const unsigned char *)c->text + p, c->len - p, &ml);
        if (k == 1 || k == 2 || k == 3)
            return 1;
    }
    return 0;
}

static int quoted(const ctx *c, size_t p);
static size_t quote_close_at(const ctx *c, size_t p);

/* A mention may speak: a person or organisation named outside any quote. */
static int can_speak(const ctx *c, long mi)
{
    if (mi < 0)
        return 0;
    const np_entity_mention *m = &c->m[mi];
    return (m->type == NP_ENT_PERSON || m->type == NP_ENT_ORG) && !quoted(c, m->start);
}

typedef struct attrib {
    long mention;  /* the speaker's mention; kind 4: the group's first member; else -1 */
    size_t pron;   /* kind 2: token of the pronoun */
    int kind;      /* 0 none, 1 mention, 2 pronoun, 3 nobody named ("the council said"),
                    * 4 a group named ("Hale, Kord and Ruiz said"), 5 a group referred to
                    * ("they wrote", "the chairmen said"), 6 a nation's body named by its
                    * demonym ("the Norlandic government said") */
    size_t end;    /* byte offset where the attribution clause ends */
    long last;     /* kind 4: the group's last member; else -1 */
    size_t w0, w1; /* kind 6: the body's words, tokens w0..w1; kind 5: w0 the plural role
                    * noun ("the chairmen"), SIZE_MAX for "they" */
} attrib;

/* No attribution. */
#define NO_ATTRIB ((attrib){-1, 0, 0, 0, -1, SIZE_MAX, SIZE_MAX})

/* Does mention mi only own the one who speaks ("according to Kord's
 * lawyer", "according to the ministry's spokesman")?  A possessive ("'s",
 * or "'" after an s) right after it and, maybe after a word or two
 * ("outside counsel"), a word for a person who speaks for someone: a role
 * (np_lex_is_title_word()) or one of their own people; "according to
 * Kord's testimony" is his. */
static const char *const own_people[] = {
    "advisers", "advisors", "attorneys", "representatives", "publicist", "office", "campaign", "staff", "team", "allies", "ally",
    "supporters", "friend", "friends", "family", "wife", "husband", "son", "daughter", "brother", "sister",
    "mother", "father", "parents", "relatives", "colleague", "colleagues", "doctor", "doctors",
    "physician", "assistant", "deputy", NULL};

/* Those who speak beside someone without a title or kinship. */
static const char *const beside_people[] = {"aide", "aides", "associate", "associates", "confidant", "confidante",
                                            "predecessor", "successor", "neighbor", "neighbour", "neighbors",
                                            "neighbours", "employer", "employee", "employees", "person", "people",
                                            "source", "sources", "partner", "partners", "co-founder", "cofounder",
                                            "accountant", "driver", "bodyguard", "biographer", "relative",
                                            "rival", "landlord", "tenant", "client", "classmate", "teammate",
                                            "roommate", "agent", NULL};

/* Length of a possessive mark at byte e, right after a word ("'s", "’s",
 * or "'" after an s: "Ross' lawyer"), or 0. */
static size_t possessive_after(const ctx *c, size_t e)
{
    size_t n = c->len;
    if (e + 2 < n && c->text[e] == '\'' && c->text[e + 1] == 's')
        return 2;
    if (e + 4 < n && (unsigned char)c->text[e] == 0xE2 && (unsigned char)c->text[e + 1] == 0x80 &&
        (unsigned char)c->text[e + 2] == 0x99 && c->text[e + 3] == 's')
        return 4;
    if (e + 1 < n && e > 0 && c->text[e - 1] == 's' && c->text[e] == '\'')
        return 1;
    return 0;
}

/* The word ending at byte e ends in its own possessive ("Kord's"). */
static int possessive_within(const ctx *c, size_t e)
{
    return e >= 2 && c->text[e - 2] == '\'' && c->text[e - 1] == 's';
}

static int owner_only(const ctx *c, long mi)
{
    size_t e = c->m[mi].end, n = c->len;
    /* "the Kord family's attorney": the possessive after the family's or
     * the team's word */
    {
        size_t w = e;
        while (w < n && c->text[w] == ' ')
            w++;
        size_t we = w;
        while (we < n && c->text[we] >= 'a' && c->text[we] <= 'z')
            we++;
        for (size_t x = 0; we > w && own_people[x]; x++)
            if (strlen(own_people[x]) == we - w && !strncmp(c->text + w, own_people[x], we - w) &&
                possessive_after(c, we) >= 2) {
                e = we;
                break;
            }
    }
    size_t mark = possessive_after(c, e);
    if (mark)
        e += mark;
    else if (!possessive_within(c, e))
        return 0;
    for (int words = 0; words < 3; words++) {
        while (e < n && c->text[e] == ' ')
            e++;
        size_t w = e;
        while (w < n && c->text[w] >= 'a' && c->text[w] <= 'z')
            w++;
        if (w == e)
            return 0;
        if (np_lex_is_title_word(c->text + e, w - e) || np_lex_kin(c->text + e, w - e))
            return 1;
        for (size_t x = 0; beside_people[x]; x++)
            if (strlen(beside_people[x]) == w - e && !strncmp(c->text + e, beside_people[x], w - e))
                return 1;
        for (size_t x = 0; own_people[x]; x++)
            if (strlen(own_people[x]) == w - e && !strncmp(c->text + e, own_people[x], w - e))
                return 1;
        e = w;
    }
    return 0;
}

/* An attribution to mention mi, or (mi < 0) to nobody named, whose clause
 * ends at byte end. */
static attrib to_mention(long mi, size_t end) { return (attrib){mi, 0, mi >= 0 ? 1 : 3, end, -1, SIZE_MAX, SIZE_MAX}; }

/* An attribution to the pronoun at token j, whose clause ends at byte end. */
static attrib to_pronoun(size_t j, size_t end) { return (attrib){-1, j, 2, end, -1, SIZE_MAX, SIZE_MAX}; }

/* An attribution to the people named from mention first to mention last
 * (kind 4), or to a group named before (kind 5, first < 0; role: the token
 * of the plural role noun naming it, SIZE_MAX for "they"). */
static attrib to_group(long first, long last, size_t role, size_t end)
{
    return (attrib){first, 0, first >= 0 ? 4 : 5, end, last, role, SIZE_MAX};
}

/* The people before mention last in a coordination ending with it
 * ("Hale, Kord and Ruiz", "Chairman Ana Ruiz, R-Va., and Chairman Ivo
 * Dren", "Ruiz of the Port Committee and Dren"): between two of them only
 * commas, "and", "of the", capitalised words (titles, committees, "R-Va.")
 * and at most GROUP_GAP tokens, and "and" before the last.  The first
 * member's mention, or -1 when mention last ends no coordination of two
 * people or more. */
#define GROUP_GAP 10
#define GROUP_MAX 8 /* people in one group at most (a longer list is no joint statement) */
static long group_first(const ctx *c, size_t lo, long last)
{
    long cur = last, first = -1;
    for (int members = 1; members < GROUP_MAX; members++) {
        /* the person named last before cur, among the mentions of the
         * GROUP_GAP tokens before it (a bounded walk: a long sentence of
         * many names costs no more per quote) */
        long px = cur - 1;
        size_t from = tok_at_or_after(c, c->m[cur].start);
        while (px >= 0 && (c->m[px].type != NP_ENT_PERSON || quoted(c, c->m[px].start)) &&
               c->m[px].end > (lo < c->n ? c->t[lo].start : 0) &&
               from - tok_at_or_after(c, c->m[px].end) <= GROUP_GAP)
            px--;
        if (px < 0 || c->m[px].type != NP_ENT_PERSON || quoted(c, c->m[px].start) ||
            (lo < c->n && c->m[px].start < c->t[lo].start))
            break;
        size_t g0 = tok_at_or_after(c, c->m[px].end), g1 = tok_at_or_after(c, c->m[cur].start);
        int has_and = 0, ok = g1 >= g0 && g1 - g0 <= GROUP_GAP;
        for (size_t k = g0; ok && k < g1; k++) {
            has_and |= tok_is(c, k, "and");
            ok = tok_is(c, k, "and") || tok_is(c, k, "of") || tok_is(c, k, "the") || (c->t[k].flags & NP_TOK_CAP) ||
                 !(c->t[k].flags & NP_TOK_WORD);
        }
        /* within the sentence (px starts after lo), so the dots of "R-Va." and
         * the semicolons of a list are no break; a line is */
        ok = ok && !has_mark(c, c->m[px].end, c->m[cur].start) &&
             !memchr(c->text + c->m[px].end, '\n', c->m[cur].start - c->m[px].end) &&
             (has_and || memchr(c->text + c->m[px].end, ',', c->m[cur].start - c->m[px].end));
        if (!ok || (members == 1 && !has_and))
            break;
        first = px;
        cur = px;
    }
    return first;
}

/* The last member of a coordination of people starting with mention
 * first (the mirror of group_first()), within the sentence ending at byte
 * end; -1 when first starts none. */
static long group_last(const ctx *c, size_t lo, long first, size_t end)
{
    long best = -1;
    for (long x = first + 1; x < (long)c->nm && c->m[x].start < end; x++) {
        if (c->m[x].type != NP_ENT_PERSON || quoted(c, c->m[x].start))
            continue;
        if (group_first(c, lo, x) == first)
            best = x;
        else if (best >= 0 || tok_at_or_after(c, c->m[x].start) - tok_at_or_after(c, c->m[first].end) > 3 * GROUP_GAP)
            break;
    }
    return best;
}

/* The author named after a statement's word at token k: "statement from
 * X", "letter by the X" (a mention that can speak), else -1. */
static long statement_author(const ctx *c, size_t k)
{
    if (k + 2 >= c->n || !(tok_is(c, k + 1, "from") || tok_is(c, k + 1, "by")))
        return -1;
    long mi = mention_starting(c, k + 2);
    if (mi < 0 && tok_is(c, k + 2, "the"))
        mi = mention_starting(c, k + 3);
    return can_speak(c, mi) ? mi : -1;
}

/* "“...,” read a joint statement from Ana Ruiz, Ivo Dren and Tomas Kord",
 * "“...,” said a statement by the ministry": the statement's author
 * (kind 1) or authors (kind 4), from token i (the verb). */
static attrib attr_statement_from(const ctx *c, size_t i)
{
    attrib a = NO_ATTRIB;
    if (!(speech_verb(c, i) || tok_is(c, i, "read")) || i + 3 >= c->n ||
        !(tok_is(c, i + 1, "a") || tok_is(c, i + 1, "the")))
        return a;
    size_t k = i + 2;
    if (tok_is(c, k, "joint"))
        k++;
    long mi = tok_is(c, k, "statement") || tok_is(c, k, "letter") ? statement_author(c, k) : -1;
    if (mi < 0)
        return a;
    long si = np_sentence_at(c->sents, c->ns, c->t[i].start);
    size_t lo = si >= 0 ? tok_at_or_after(c, c->sents[si].start) : 0, end = si >= 0 ? c->sents[si].end : c->len;
    long last = c->m[mi].type == NP_ENT_PERSON ? group_last(c, lo, mi, end) : -1;
    return last >= 0 ? to_group(mi, last, SIZE_MAX, c->m[last].end) : to_mention(mi, c->m[mi].end);
}

/* The rank word w[0..n) gives a role it stands before ("Vice President",
 * "Deputy Minister"): the entry of the list, or NULL. */
static const char *rank_word(const char *w, size_t n)
{
    /* a lower office of the role; not "former", "acting": "the president"
     * may be the one named "former President X" when no other is */
    static const char *const ranks[] = {"vice", "deputy", "assistant", "under", "lieutenant", "associate", NULL};
    for (size_t i = 0; ranks[i]; i++)
        if (n == strlen(ranks[i]) && strncasecmp(w, ranks[i], n) == 0)
            return ranks[i];
    return NULL;
}

/* The rank word right before byte p (a role word) in a title starting at
 * byte t0 ("Vice President", "Deputy-Minister"); NULL when none. */
static const char *title_rank(const ctx *c, size_t t0, size_t p)
{
    size_t e = p;
    while (e > t0 && (c->text[e - 1] == ' ' || c->text[e - 1] == '-'))
        e--;
    size_t b = e;
    while (b > t0 && isalpha((unsigned char)c->text[b - 1]))
        b--;
    return b < e ? rank_word(c->text + b, e - b) : NULL;
}

/* "the (Russian) minister" ending at token e (the title word): the person
 * most recently named before byte `before` with that role word in the
 * title written before his name, of the same rank (title_rank()); -1 when
 * none (never a guess). */
static long nominal_speaker(const ctx *c, size_t e, size_t before)
{
    if (e >= c->n)
        return -1;
    int role = np_lex_is_title_word(c->t[e].norm, strlen(c->t[e].norm));
    int org = !role && np_lex_is_org_word(c->t[e].norm, strlen(c->t[e].norm));
    if (!role && !org)
        return -1;
    size_t k = e;
    while (k > 0 && e - k < 4 && !tok_is(c, k - 1, "the"))
        k--;
    if (k == 0 || !tok_is(c, k - 1, "the"))
        return -1;
    const char *word = c->t[e].norm;
    size_t rl = strlen(word);
    if (org) {
        /* "the ministry said": the last organisation named with that word
         * (mentions starting at or after `before` end after it) */
        for (size_t x = np_mention_at_or_after(c->m, c->nm, before); x-- > 0;) {
            const np_entity_mention *m = &c->m[x];
            if (m->end > before || m->type != NP_ENT_ORG || quoted(c, m->start))
                continue;
            for (size_t p = m->name_start; p + rl <= m->name_end; p++)
                if (strncasecmp(c->text + p, word, rl) == 0 && (p == m->name_start || c->text[p - 1] == ' ') &&
                    (p + rl == m->name_end || c->text[p + rl] == ' '))
                    return (long)x;
        }
        return -1;
    }
    const char *role_w = word;
    /* "the vice president", "the deputy minister": the rank the phrase
     * gives the role (none in "the president") */
    const char *rank = e > k ? rank_word(c->text + c->t[e - 1].start, c->t[e - 1].end - c->t[e - 1].start) : NULL;
    for (size_t x = np_mention_at_or_after(c->m, c->nm, before); x-- > 0;) {
        const np_entity_mention *m = &c->m[x];
        if (m->end > before || m->type != NP_ENT_PERSON || m->name_start == m->start || quoted(c, m->start))
            continue;
        /* whole-word, case-insensitive search of the role in the title,
         * of the same rank: "the president" is not "Vice President X" */
        for (size_t p = m->start; p + rl <= m->name_start; p++) {
            if (strncasecmp(c->text + p, role_w, rl) == 0 && (p == m->start || c->text[p - 1] == ' ') &&
                (c->text[p + rl] == ' ' || c->text[p + rl] == '-') && title_rank(c, m->start, p) == rank)
                return (long)x;
        }
    }
    return -1;
}

/* Words that may follow an attribution verb without starting a clause of
 * its own: "Trump tweeted before Election Day", "she said on Monday". */
static int adjunct_word(const ctx *c, size_t i)
{
    static const char *const k[] = {"on", "in", "at", "during", "after", "before", "when", "while", "as",
                                    "via", "to", "from", "late", "early", "earlier", "later", "yesterday",
                                    "today", "tonight", "this", "last", "recently", "afterwards", "afterward",
                                    "told", "by", "with", "of", "following", "outside", "inside", "about",
                                    "then", "again", "too", "also", "repeatedly"};
    for (size_t x = 0; x < sizeof k / sizeof *k; x++)
        if (tok_is(c, i, k[x]))
            return 1;
    return np_lex_weekday(c->t[i].norm, strlen(c->t[i].norm)) != 0;
}

/* Title-case quotes ("Listen To The Music", "Black Water") name works, not
 * speech: two or more words, each capitalised, no final punctuation. */
static int is_title_quote(const ctx *c, size_t s, size_t e)
{
    size_t i = tok_at_or_after(c, s), words = 0, caps = 0;
    for (; i < c->n && c->t[i].start < e; i++) {
        if (!(c->t[i].flags & NP_TOK_WORD))
            continue;
        words++;
        caps += (c->t[i].flags & NP_TOK_CAP) != 0;
        const char *w = c->t[i].norm;
        size_t n = strlen(w);
        /* short function words may stay lower case in titles */
        if (!(c->t[i].flags & NP_TOK_CAP) && !(n <= 3 && np_is_stopword(w, n)))
            return 0;
    }
    char last = e > s ? c->text[e - 1] : 0;
    return words >= 2 && words <= 10 && caps >= 2 && caps * 3 >= words * 2 && last != '!' && last != '?';
}

/* "a spokesperson", "one user", "officials": a subject that names nobody,
 * from token i up to the verb at k (exclusive). */
static int anonymous_subject(const ctx *c, size_t i, size_t k)
{
    static const char *const k_det[] = {"a", "an", "one", "another", "some", "several", "many", "most",
                                        "two", "three", "officials", "critics", "analysts", "experts",
                                        "sources", "residents", "witnesses", "diplomats", "observers",
                                        "people", "others", "aides", "police", "authorities"};
    int det = 0;
    for (size_t x = 0; x < sizeof k_det / sizeof *k_det; x++)
        if (tok_is(c, i, k_det[x]))
            det = 1;
    if (!det)
        return 0;
    for (size_t x = i; x < k; x++)
        if (pronoun(c, x) || tok_is(c, x, "and") || tok_is(c, x, "but") || tok_is(c, x, "yet"))
            return 0;
    return 1;
}

static attrib attr_after_at(const ctx *c, const qspan *q, size_t i);
static long org_subject(const ctx *c, size_t pi);

/* "the Courier quoted witness Ana Ruiz as saying", "cited Ana Ruiz as
 * telling reporters": the person someone else quoted, named before "as
 * saying" at token k (-1 when none is named).  A report that quotes a
 * person passes on that person's words: the paper is not the speaker. */
static long quoted_as_saying(const ctx *c, size_t k)
{
    if (k == 0 || k + 1 >= c->n || !tok_is(c, k, "as") ||
        !(tok_is(c, k + 1, "saying") || tok_is(c, k + 1, "telling")))
        return -1;
    long mi = mention_ending(c, k - 1);
    /* the phrase says the name speaks, whatever its type was guessed
     * ("witness Leon Abara": Leon is a place's name too); not the one
     * who quoted ("X was quoted by the Courier as saying") */
    if (mi < 0 || c->m[mi].type == NP_ENT_PLACE || quoted(c, c->m[mi].start))
        return -1;
    size_t ms = tok_at_or_after(c, c->m[mi].start);
    if (ms > 0 && (tok_is(c, ms - 1, "by") || (ms > 1 && tok_is(c, ms - 1, "the") && tok_is(c, ms - 2, "by"))))
        return -1;
    return mi;
}
#define QUOTED_AS_REACH 12 /* tokens after a closing mark to find "X as saying" in */

/* A word opening another clause ("which", "who", "after", "when", ...). */
static int clause_word(const ctx *c, size_t k)
{
    static const char *const w[] = {"which", "who", "whom", "after", "when", "while", "but", "because", NULL};
    return tok_in(c, k, w);
}

/* "..., X said" / "..., said X" / "X, the minister, said" right after close;
 * also "“...” impeachment, Trump said" (a few words finishing the clause). */
static attrib attr_after(const ctx *c, const qspan *q)
{
    size_t i = tok_at_or_after(c, q->close);
    attrib a = attr_after_at(c, q, i);
    if (a.kind || q->unclosed || i >= c->n || (c->t[i].flags & NP_TOK_CAP))
        return a;
    for (size_t k = i; k < c->n && k < i + 6; k++) {
        if (has_break(c, c->t[k].end, k + 1 < c->n ? c->t[k + 1].start : c->len) ||
            has_mark(c, c->t[k].end, k + 1 < c->n ? c->t[k + 1].start : c->len))
            break;
        if (k + 1 < c->n && memchr(c->text + c->t[k].end, ',', c->t[k + 1].start - c->t[k].end)) {
            qspan q2 = *q;
            q2.close = c->t[k].end;
            q2.end = q2.start; /* not "ended": the clause continues */
            return attr_after_at(c, &q2, k + 1);
        }
    }
    return a;
}

/* Only punctuation and blanks (no line break, no quotation mark) between
 * the closing mark at q->close and the first word after it at token i. */
static int plain_gap_after(const ctx *c, const qspan *q, size_t i)
{
    for (size_t p = q->close; p < c->t[i].start; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (ch == '\n')
            return 0;
        if (!(ch == ' ' || ch == ',' || ch == '\t' || ch >= 0x80 || ch == '-'))
            return 0;
        if (ch >= 0x80) {
            size_t ml;
            if (mark_at((const unsigned char *)c->text + p, c->len - p, &ml))
                return 0;
        }
    }
    return 1;
}

/* Did the quote end its sentence ("...win.”)?  Then the clause after it
 * must end right after its verb.  A lower-case word after it that is no
 * pronoun or verb ("... win.” he said") continues the sentence. */
static int quote_ended(const ctx *c, const qspan *q, size_t i)
{
    int ended = 0;
    for (size_t p = q->end; p > q->start; p--) {
        char ch = c->text[p - 1];
        if (ch == ' ')
            continue;
        ended = ch == '.' || ch == '!' || ch == '?';
        break;
    }
    if (ended && !(c->t[i].flags & NP_TOK_CAP) && !pronoun(c, i) && !speech_verb(c, i))
        ended = 0;
    return ended;
}

/* "“...,” he said" (fillers allowed between: "he later said"). */
static attrib attr_pronoun_verb(const ctx *c, size_t i)
{
    attrib a = NO_ATTRIB;
    size_t j = i + 1;
    while (filler(c, j))
        j++;
    if (speech_verb(c, j))
        a = to_pronoun(i, c->t[j].end);
    return a;
}

/* Token i is a word for one who speaks for a body ("spokeswoman"). */
static int spokes_word(const ctx *c, size_t i)
{
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", NULL};
    return tok_in(c, i, spokes);
}

/* "a White House spokeswoman", "the European Commission spokesman", "an EU
 * spokesperson": an organisation named right before the word for one who
 * speaks for it, which ends at token e (the verb follows).  The body
 * speaks through its spokesperson; the mention index, else -1. */
static long spokesperson_of(const ctx *c, size_t e)
{
    if (e < 2 || e > c->n || !spokes_word(c, e - 1))
        return -1;
    long mi = mention_ending(c, e - 2);
    if (!can_speak(c, mi) || c->m[mi].type != NP_ENT_ORG)
        return -1;
    size_t ms = tok_at_or_after(c, c->m[mi].start);
    /* right after the article or opening the clause: "a White House
     * spokeswoman", not "the minister's aide and a White House spokeswoman" */
    return ms == 0 || tok_is(c, ms - 1, "a") || tok_is(c, ms - 1, "an") || tok_is(c, ms - 1, "the") ? mi : -1;
}

/* "the Norlandic government", "the Ostrian foreign ministry": a demonym,
 * at most one modifier and a body of the state, ending at token e (the
 * body's word); the demonym's token, or SIZE_MAX.  No entity names such a
 * body, yet it speaks as one. */
static size_t national_body(const ctx *c, size_t e)
{
    static const char *const body[] = {"government", "ministry", "embassy", "cabinet", "military", "army",
                                       "navy", "police", "parliament", "presidency", NULL};
    static const char *const modifier[] = {"foreign", "defence", "defense", "interior", "finance", "trade",
                                           "economy", "health", NULL};
    int is_body = 0;
    for (size_t k = 0; body[k] && e < c->n; k++)
        is_body |= tok_is(c, e, body[k]);
    if (!is_body || e == 0)
        return SIZE_MAX;
    size_t d = e - 1;
    for (size_t k = 0; modifier[k] && d > 0; k++)
        if (tok_is(c, d, modifier[k])) {
            d--;
            break;
        }
    if (!(c->t[d].flags & NP_TOK_CAP) || !np_lex_is_demonym(c->t[d].norm, strlen(c->t[d].norm)) ||
        has_break(c, c->t[d].end, c->t[e].start) || quoted(c, c->t[d].start))
        return SIZE_MAX;
    return d;
}

/* An attribution to the national body of tokens d..e (kind 6). */
static attrib to_body(size_t d, size_t e, size_t end) { return (attrib){-1, 0, 6, end, -1, d, e}; }

/* w is the plural of a title word ("chairmen", "senators", "ministers"):
 * its singular in one[0..cap) and 1, else 0. */
static int plural_title(const char *w, char *one, size_t cap)
{
    size_t n = strlen(w);
    if (n < 4 || n >= cap)
        return 0;
    memcpy(one, w, n + 1);
    if (n > 4 && !strcmp(w + n - 3, "men"))
        one[n - 2] = 'a'; /* chairmen -> chairman */
    else if (w[n - 1] == 's')
        one[--n] = 0;
    else
        return 0;
    return np_lex_is_title_word(one, strlen(one));
}

/* "“...,” the statement said": the statement the text told of just before,
 * with who made it, in the quotation's sentence or one of the two before
 * it (the nearest first): "Kord said in a statement", "Kord said in an
 * official statement", "Kord issued a statement", "the ministry's
 * statement", "a statement from the ministry".  The mention of who made it,
 * or -1 when no such statement is told (a statement of nobody named stays
 * nobody's). */
#define STATEMENT_BACK 2
static long statement_owner(const ctx *c, size_t open)
{
    long si = np_sentence_at(c->sents, c->ns, open);
    for (long s0 = si; s0 >= 0 && si - s0 <= STATEMENT_BACK; s0--) {
        size_t lo = tok_at_or_after(c, c->sents[s0].start), hi = c->sents[s0].end;
        for (size_t k = lo; k < c->n && c->t[k].start < hi && c->t[k].start < open; k++) {
            if (!tok_is(c, k, "statement") || quoted(c, c->t[k].start))
                continue;
            /* the word before it, past adjectives of its kind */
            size_t b = k;
            while (b > lo && (tok_is(c, b - 1, "official") || tok_is(c, b - 1, "written") ||
                              tok_is(c, b - 1, "joint") || tok_is(c, b - 1, "brief")))
                b--;
            /* "a statement from / by X" */
            long found = statement_author(c, k);
            /* "the ministry's statement" */
            long owner = b > lo ? mention_ending(c, b - 1) : -1;
            if (found < 0 && can_speak(c, owner) && possessive_after(c, c->m[owner].end))
                found = owner;
            /* "X said in a statement", "X issued a statement": X right
             * before the verb */
            size_t v = b;
            if (v >= lo + 2 && (tok_is(c, v - 1, "a") || tok_is(c, v - 1, "an")) && tok_is(c, v - 2, "in"))
                v -= 2;
            else if (v >= lo + 1 && (tok_is(c, v - 1, "a") || tok_is(c, v - 1, "an")))
                v -= 1;
            if (found < 0 && v > lo + 1 && v < k &&
                (speech_verb(c, v - 1) || tok_is(c, v - 1, "issued") || tok_is(c, v - 1, "released"))) {
                long who = mention_ending(c, v - 2);
                if (can_speak(c, who))
                    found = who;
            }
            if (found >= 0)
                return found;
        }
    }
    return -1;
}

/* "“...,” the Russian leader said": a role noun ending in a title or
 * organisation word before the verb; the person is the one last named with
 * that role, or nobody (kind 3: "the council said"). */
static attrib attr_the_role(const ctx *c, const qspan *q, size_t i)
{
    attrib a = NO_ATTRIB;
    /* "the Norlandic government said (in a statement)" */
    for (size_t e = i + 2; e < c->n && e <= i + 3; e++) {
        size_t d = national_body(c, e);
        if (d != i + 1)
            continue;
        size_t j = e + 1;
        while (filler(c, j))
            j++;
        if (speech_verb(c, j) && !has_break(c, c->t[e].end, c->t[j].start) &&
            !memchr(c->text + c->t[e].end, ',', c->t[j].start - c->t[e].end))
            return to_body(d, e, c->t[j].end);
    }
    /* "the European Commission said", "the White House statement said":
     * a body named right there, its statement standing for it */
    long mi = mention_starting(c, i + 1);
    if (can_speak(c, mi)) {
        size_t j = after_mention(c, mi);
        if (tok_is(c, j, "statement") || spokes_word(c, j))
            j++;
        while (filler(c, j))
            j++;
        if (speech_verb(c, j) && !has_break(c, c->m[mi].end, c->t[j].start) &&
            !has_mark(c, c->m[mi].end, c->t[j].start) &&
            !memchr(c->text + c->m[mi].end, ',', c->t[j].start - c->m[mi].end))
            return to_mention(mi, c->t[j].end);
    }
    for (size_t j = i + 1; j < c->n && j < i + 5; j++) {
        if (!speech_verb(c, j))
            continue;
        size_t e = j;
        while (e > i + 1 && filler(c, e - 1))
            e--;
        long mi2 = nominal_speaker(c, e - 1, q->open);
        const char *hw = c->t[e - 1].norm;
        int nominal = np_lex_is_title_word(hw, strlen(hw)) || np_lex_is_org_word(hw, strlen(hw));
        int clean = !has_break(c, c->t[i].end, c->t[j].start) &&
                    !memchr(c->text + c->t[i].end, ',', c->t[j].start - c->t[i].end);
        char one[40];
        if (clean && plural_title(hw, one, sizeof one)) {
            /* "the chairmen said": the group named before, if its members
             * hold that role (group_role()) */
            return to_group(-1, -1, e - 1, c->t[j].end);
        }
        if (clean && nominal)
            a = to_mention(mi2, c->t[j].end); /* mi2 < 0: "the council said", nobody named */
        else if (clean && e == i + 2 && !strcmp(hw, "statement")) {
            long owner = statement_owner(c, q->open);
            if (owner >= 0)
                a = to_mention(owner, c->t[j].end); /* "the statement said": its maker's words */
        }
        break;
    }
    return a;
}

/* Tokens to skip from i to the speech verb of "X planned to ask", "X
 * wanted to know": an intention before it (2); 0 otherwise.  "Wanted to
 * know" asks, whatever "know" means alone.  (Not "declined to say" or
 * "refused to comment": those say nothing.  "X went on to say" needs no
 * skip: filler() passes over "went on to".) */
static size_t intends_to(const ctx *c, size_t i)
{
    static const char *const intent[] = {"plan", "plans", "planned", "want", "wants", "wanted", "hope",
                                         "hopes", "hoped", "intend", "intends", "intended", "continued", NULL};
    if (i + 2 >= c->n || !tok_is(c, i + 1, "to"))
        return 0;
    for (size_t k = 0; intent[k]; k++)
        if (tok_is(c, i, intent[k]))
            return speech_verb(c, i + 2) || (k >= 3 && k <= 5 && tok_is(c, i + 2, "know")) ? 2 : 0;
    return 0;
}

/* "“...,” X said", and with an appositive: "X, the minister, said", "X, a
 * fellow at ..., Germany, and co-author of the study, said" — the verb
 * right after a comma.  mi: the mention starting right after the quote. */
static attrib attr_named_verb(const ctx *c, long mi)
{
    attrib a = NO_ATTRIB;
    size_t j = after_mention(c, mi);
    if (j < c->n && c->m[mi].end < c->len && c->text[c->m[mi].end] == ',' && !speech_verb(c, j)) {
        for (size_t k = j + 1; k < c->n && k < j + 30; k++) {
            if (has_break(c, c->t[k - 1].end, c->t[k].start) || has_mark(c, c->t[k - 1].end, c->t[k].start))
                break;
            /* with "X, a/an/the ..." the aside may end without its comma
             * ("X, a research analyst at Y told CBS") */
            int apposition = tok_is(c, j, "a") || tok_is(c, j, "an") || tok_is(c, j, "the");
            if (speech_verb(c, k) &&
                (apposition || memchr(c->text + c->t[k - 1].end, ',', c->t[k].start - c->t[k - 1].end))) {
                j = k;
                break;
            }
        }
    }
    while (filler(c, j))
        j++;
    size_t skip = intends_to(c, j);
    j += skip;
    if ((speech_verb(c, j) || (skip && tok_is(c, j, "know"))) && !has_break(c, c->m[mi].end, c->t[j].start) &&
        !has_mark(c, c->m[mi].end, c->t[j].start))
        a = to_mention(mi, c->t[j].end);
    return a;
}

/* Token k is a word for a person who speaks for or beside someone: a role
 * (np_lex_is_title_word(): "attorney", "spokesman") or one of a person's
 * own people ("sister", "friend"). */
static int role_noun(const ctx *c, size_t k)
{
    const char *w = c->t[k].norm;
    return w && (np_lex_is_title_word(w, strlen(w)) || tok_in(c, k, own_people) || tok_in(c, k, beside_people) ||
                 np_lex_kin(w, strlen(w)));
}

/* A name a role phrase sets off by a comma names its holder: a person, or
 * a run of two capitalised words the entity finder left untyped ("a lawyer
 * for Kord, Rolf Hagen"). */
static int holder_name(const ctx *c, long mi)
{
    if (!can_speak(c, mi) && !(mi >= 0 && c->m[mi].type == NP_ENT_OTHER && !quoted(c, c->m[mi].start)))
        return 0;
    if (c->m[mi].type == NP_ENT_PERSON)
        return 1;
    if (c->m[mi].type != NP_ENT_OTHER)
        return 0;
    size_t a = tok_at_or_after(c, c->m[mi].start), words = 0;
    for (size_t k = a; k < c->n && c->t[k].start < c->m[mi].end; k++)
        words++;
    return words >= 2;
}

/* The speaker named by the role phrase opening at token k after a speech
 * verb: the person right after its role words ("said former president Bill
 * Clinton", "said campaign spokesman Tim Murtaugh", "said a lawyer, Ana
 * Ruiz"); nobody named when a complement follows the role instead ("said
 * an attorney for the Kord family": the family's name is no speaker). */
static attrib role_speaker(const ctx *c, size_t k)
{
    /* a mention its role word opens ("spokeswoman Dana Pell"; not "aide to
     * Interior Minister Lena Brisk": the aide speaks) */
    static const char *const of_to[] = {"to", "for", "of", "with", NULL};
    long own = mention_starting(c, k);
    int complement = 0;
    for (size_t y = k + 1; own >= 0 && y < c->n && c->t[y].start < c->m[own].name_start && !complement; y++)
        complement = tok_in(c, y, of_to);
    if (own >= 0 && !complement && holder_name(c, own) && c->m[own].name_start > c->t[k].start &&
        !owner_only(c, own))
        return to_mention(own, c->m[own].end);
    size_t x = k;
    for (;;) {
        /* the name, or a mention its title opens ("spokesman Tim Murtaugh") */
        long ap = x + 1 < c->n ? mention_starting(c, x + 1) : -1;
        if (ap >= 0)
            return holder_name(c, ap) && !has_break(c, c->t[x].end, c->m[ap].start) && !owner_only(c, ap)
                       ? to_mention(ap, c->m[ap].end)
                       : to_mention(-1, c->t[x].end);
        /* a spokesperson speaks for whom it names ("said a spokesman for
         * Ana Ruiz"), as "a White House spokeswoman" does (spokesperson_of());
         * not for whom that one belongs to ("a spokesman for Kord's employer") */
        if (spokes_word(c, x) && tok_is(c, x + 1, "for")) {
            long pr = mention_starting(c, x + 2);
            if (can_speak(c, pr) && !owner_only(c, pr))
                return to_mention(pr, c->m[pr].end);
        }
        if (x + 1 >= c->n || x >= k + 3 || (c->t[x + 1].flags & NP_TOK_CAP) || !role_noun(c, x + 1) ||
            has_break(c, c->t[x].end, c->t[x + 1].start))
            break;
        x++;
    }
    /* "a lawyer for Kord, Rolf Hagen": a complement, a comma, the holder */
    for (size_t y = x + 1; y + 1 < c->n && y <= x + 6; y++) {
        if (has_break(c, c->t[y - 1].end, c->t[y].start) || speech_verb(c, y))
            break;
        if (!memchr(c->text + c->t[y - 1].end, ',', c->t[y].start - c->t[y - 1].end))
            continue;
        long ap = mention_starting(c, y);
        if (ap >= 0 && holder_name(c, ap) && !owner_only(c, ap))
            return to_mention(ap, c->m[ap].end);
        break;
    }
    return to_mention(-1, c->t[x].end);
}

/* A noun phrase after an inverted verb is at most this many tokens long
 * before the comma that sets off its holder's name (described_speaker()). */
#define DESCRIBED_MAX 10

/* "said an investigator working for the buyers, Ola Berg", "said the
 * administrator appointed by the court, Lars Wren": a noun phrase opening
 * on a determiner at token d right after the verb, with a complement or a
 * participle's phrase after its head or not, then a comma and a name that
 * ends the clause: the name is the phrase's apposition, its holder, who
 * speaks -- whatever the head noun (role_speaker() knows the role words;
 * here the name's place tells).  No attribution when no such name follows:
 * the phrase alone names nobody the reader can tell. */
static const char *const k_np_det[] = {"a", "an", "the", "one", NULL};

static attrib described_speaker(const ctx *c, size_t d)
{
    if (!tok_in(c, d, k_np_det))
        return NO_ATTRIB;
    for (size_t y = d + 2; y < c->n && y <= d + DESCRIBED_MAX; y++) {
        if (has_break(c, c->t[y - 1].end, c->t[y].start) || has_mark(c, c->t[y - 1].end, c->t[y].start) ||
            speech_verb(c, y))
            break;
        if (!memchr(c->text + c->t[y - 1].end, ',', c->t[y].start - c->t[y - 1].end))
            continue;
        long ap = mention_starting(c, y);
        size_t e = ap >= 0 ? c->m[ap].end : 0;
        /* the name ends the clause: "..., Lars Wren." / "..., Lars Wren, who" */
        int ends = ap >= 0 && (e >= c->len || c->text[e] == '.' || c->text[e] == ',' || c->text[e] == ';' ||
                               c->text[e] == '\n');
        if (ends && holder_name(c, ap) && !owner_only(c, ap))
            return to_mention(ap, e);
        break;
    }
    return NO_ATTRIB;
}

/* Mention mi, after token i, is the complement of a role word before it
 * ("an attorney for the Kord family", "a friend of Ana Ruiz", "Kord's
 * sister"): the role holder speaks, not the one it is related to.  A
 * spokesperson speaks for whom it names ("a spokesman for Ana Ruiz"). */
static int role_complement(const ctx *c, size_t i, long mi)
{
    static const char *const preps[] = {"for", "of", "to", "with", NULL};
    size_t ms = tok_at_or_after(c, c->m[mi].start);
    /* the mention right in the complement ("for the Kord family"), not an
     * appositive after it ("the governor of the province, Ana Ruiz,") */
    for (size_t k = i; k + 1 < ms && k < i + 8; k++)
        if (!(c->t[k].flags & NP_TOK_CAP) && role_noun(c, k) && !spokes_word(c, k) && tok_in(c, k + 1, preps) &&
            ms <= k + 4 && !memchr(c->text + c->t[k + 1].end, ',', c->m[mi].start - c->t[k + 1].end)) {
            /* only an article or a possessive between ("for the Kord
             * family"): not another name ("ambassador to the U.S. Ron
             * Dermer": he is the ambassador) nor the rest of a role ("head
             * of state Ana Ruiz", "mother of two Ana Ruiz": she speaks) */
            static const char *const dets[] = {"the", "a", "an", "his", "her", "their", "its", NULL};
            for (size_t y = k + 2; y < ms; y++)
                if (!tok_in(c, y, dets))
                    return 0;
            return 1;
        }
    return 0;
}

/* The speaker of "said X's sister, Crystal" whose possessive mention mi
 * only owns the role (owner_only()): a person named right after the role
 * word, set off by a comma or not; else nobody named, ending after the
 * role word. */
static attrib owned_speaker(const ctx *c, long mi)
{
    size_t k = tok_at_or_after(c, c->m[mi].end);
    for (size_t x = k; x < c->n && x < k + 4; x++)
        if (role_noun(c, x))
            return role_speaker(c, x);
    return to_mention(-1, c->m[mi].end);
}

/* "“...,” said he", "“...,” said planetary geologist Rosaly Lopes": the
 * verb first; a few lower-case role words may come before the name. */
static attrib attr_verb_first(const ctx *c, size_t i)
{
    attrib a = NO_ATTRIB;
    /* "“...,” adding that Kord ...": a participle continues the
     * sentence's subject (attr_before()); whom it names is no speaker */
    const char *vw = c->t[i].norm;
    size_t vl = strlen(vw);
    if (vl > 4 && !strcmp(vw + vl - 3, "ing"))
        return a;
    size_t j = i + 1;
    if (pronoun(c, j) == 1)
        return to_pronoun(j, c->t[j].end);
    a = described_speaker(c, j);
    if (a.kind)
        return a;
    static const char *const of_to[] = {"to", "for", "of", "with", NULL};
    long mi = -1;
    int complement = 0; /* past a preposition after a noun phrase's head */
    for (size_t k = j; k < c->n && k < j + 5 && mi < 0; k++) {
        /* "said an aide to Interior Minister Lena Brisk": a mention may take
         * the role and its complement for the name's title */
        if (!(c->t[k].flags & NP_TOK_CAP) && role_noun(c, k) && tok_in(c, k + 1, of_to) &&
            !spokes_word(c, k))
            return role_speaker(c, k);
        if (k >= j + 2 && tok_in(c, j, k_np_det) && !(c->t[k].flags & NP_TOK_CAP) &&
            np_lex_is_preposition(c->t[k].norm, strlen(c->t[k].norm)))
            complement = 1;
        mi = mention_starting(c, k);
        if (mi >= 0)
            break;
        /* "said an attorney for the Kord family": the role speaks, not the
         * one it works for; "said a lawyer, Ana Ruiz": the name after it */
        if (!(c->t[k].flags & NP_TOK_CAP) && role_noun(c, k))
            return role_speaker(c, k);
        if ((c->t[k].flags & NP_TOK_CAP) || has_break(c, c->t[k].end, k + 1 < c->n ? c->t[k + 1].start : c->len))
            break;
    }
    /* "said Varnok's mayor, Ana Ruiz", "said Holt's lawyer Rolf Hagen": the
     * one a possessive owns speaks, whatever the owner is (a place, a name
     * the entity finder left untyped) */
    if (mi >= 0 && !can_speak(c, mi) && !quoted(c, c->m[mi].start) && !complement &&
        !has_break(c, c->t[i].end, c->m[mi].start) && owner_only(c, mi)) {
        attrib o = owned_speaker(c, mi);
        if (o.mention >= 0)
            return o;
    }
    /* "said Varnok mayor Ana Ruiz", "said Tarn police chief Ola Berg": a
     * place or an untyped name modifies a role, whose holder speaks */
    if (mi >= 0 && !can_speak(c, mi) && c->m[mi].type != NP_ENT_PERSON && !quoted(c, c->m[mi].start) &&
        !complement && !has_break(c, c->t[i].end, c->m[mi].start)) {
        size_t after = tok_at_or_after(c, c->m[mi].end), k = after;
        /* the role may follow a word or two of its own ("police chief") */
        while (k < c->n && k < after + 2 && !(c->t[k].flags & NP_TOK_CAP) && !role_noun(c, k) &&
               (c->t[k].flags & NP_TOK_WORD) && !speech_verb(c, k) && !tok_in(c, k, k_np_det) &&
               !np_lex_is_preposition(c->t[k].norm, strlen(c->t[k].norm)))
            k++;
        if (k < c->n && c->t[after].start >= c->m[mi].end && !(c->t[k].flags & NP_TOK_CAP) && role_noun(c, k) &&
            !has_break(c, c->m[mi].end, c->t[k].start) &&
            !memchr(c->text + c->m[mi].end, ',', c->t[k].start - c->m[mi].end))
            return role_speaker(c, k);
    }
    if (can_speak(c, mi) && !has_break(c, c->t[i].end, c->m[mi].start)) {
        /* "said an investigator working for Kord": whom a noun phrase's
         * complement names is not the one who speaks, who is unnamed (as
         * after a role word: role_speaker()) */
        if (complement)
            return to_mention(-1, c->m[mi].end);
        /* "said Ms. Davis's sister, Crystal": the one her possessive owns
         * speaks, named after the role or not at all */
        if (owner_only(c, mi))
            return owned_speaker(c, mi);
        /* "said Brisk spokeswoman Dana Pell", "said Kord aide ...": the
         * name modifies a role, whose holder speaks */
        size_t after = tok_at_or_after(c, c->m[mi].end);
        if (after < c->n && c->t[after].start >= c->m[mi].end && !(c->t[after].flags & NP_TOK_CAP) &&
            role_noun(c, after) && !has_break(c, c->m[mi].end, c->t[after].start) &&
            !memchr(c->text + c->m[mi].end, ',', c->t[after].start - c->m[mi].end))
            return role_speaker(c, after);
        a = to_mention(mi, c->m[mi].end);
    }
    return a;
}

/* "..., JPL scientist and co-author Michael Malaska said": the first speech
 * verb within a few words of token i, its subject the person named right
 * before it; "..., a spokesperson said" is attributed to nobody (kind 3). */
static attrib attr_subject_verb(const ctx *c, size_t i)
{
    attrib a = NO_ATTRIB;
    /* "... as “highly prejudicial,” though Judge Bodiford said jurors
     * could ...": a conjunction opens a clause of its own, whose speaker
     * says something else */
    static const char *const joins[] = {"but", "and", "yet", "nor", NULL};
    if (i < c->n && c->t[i].norm && !tok_is(c, i, "as") && !(tok_is(c, i, "or") && tok_is(c, i + 1, "so")) &&
        (tok_in(c, i, joins) || np_lex_is_subordinator(c->t[i].norm, strlen(c->t[i].norm))))
        return a; /* "as Senator Hart described it", "or so Tom Baker argued" stay the quote's */
    int as = i < c->n && tok_is(c, i, "as");
    for (size_t k = i + 1; k < c->n && k < i + 10; k++) {
        if (has_break(c, c->t[k - 1].end, c->t[k].start) || has_mark(c, c->t[k - 1].end, c->t[k].start))
            break;
        if (!speech_verb(c, k))
            continue;
        size_t x = k;
        while (x > i && filler(c, x - 1))
            x--;
        long m2 = x > i ? mention_ending(c, x - 1) : -1;
        long sp = spokesperson_of(c, x);
        if (sp >= 0 && c->m[sp].start >= c->t[i].start) {
            a = to_mention(sp, c->t[k].end);
            break;
        }
        /* a body speaks from its address ("10 Downing Street said") */
        int addressed = m2 >= 0 && c->m[m2].type == NP_ENT_ORG && (c->t[i].flags & NP_TOK_NUMBER) &&
                        m2 == mention_starting(c, i + 1);
        /* after "as", a verb that ends its clause or takes "it" ("as Ana
         * Ruiz described it"), not "as Ivo Dren told parliament the reform
         * would pass": a time */
        if (as && !(k + 1 >= c->n || tok_is(c, k + 1, "it") || tok_is(c, k + 1, "them") ||
                    memchr(c->text + c->t[k].end, ',', k + 1 < c->n ? c->t[k + 1].start - c->t[k].end : 0) ||
                    memchr(c->text + c->t[k].end, '.', k + 1 < c->n ? c->t[k + 1].start - c->t[k].end : 0)))
            break;
        if (can_speak(c, m2) && (c->m[m2].type == NP_ENT_PERSON || addressed) && c->m[m2].start >= c->t[i].start &&
            role_complement(c, i, m2))
            a = to_mention(-1, c->t[k].end); /* "an attorney for the Kord family said" */
        else if (can_speak(c, m2) && (c->m[m2].type == NP_ENT_PERSON || addressed) && c->m[m2].start >= c->t[i].start)
            a = to_mention(m2, c->t[k].end);
        else if (anonymous_subject(c, i, k))
            a = to_mention(-1, c->t[k].end);
        break;
    }
    return a;
}

/* After a quote that ended its sentence, a new sentence is its attribution
 * only when the verb does not open a clause or a quote of its own ("He said
 * that ...", "He said: “...”", "She said residents ..."). */
static int clause_ends_at_verb(const ctx *c, const attrib *a)
{
    size_t p = a->end;
    while (p < c->len && c->text[p] == ' ')
        p++;
    size_t nt = tok_at_or_after(c, a->end);
    return !(p < c->len && c->text[p] != '.' && c->text[p] != ',' && c->text[p] != ';' && c->text[p] != '\n' &&
             !(nt < c->n && c->t[nt].start == p && adjunct_word(c, nt)));
}

/* The attribution of q from the words starting at token i (see attr_after). */
static attrib attr_after_at(const ctx *c, const qspan *q, size_t i)
{
    attrib a = NO_ATTRIB;
    if (i >= c->n || q->unclosed || !plain_gap_after(c, q, i))
        return a;
    int ended = quote_ended(c, q, i);
    long mi;
    /* "“...,” the Courier quoted witness Ana Ruiz as saying." */
    for (size_t k = i; k + 1 < c->n && k < i + QUOTED_AS_REACH; k++) {
        if (k > i && (has_break(c, c->t[k - 1].end, c->t[k].start) || has_mark(c, c->t[k - 1].end, c->t[k].start)))
            break;
        /* "..., X said, after the Courier quoted Y as saying ...": the
         * first attribution is the quotation's, not one in a later clause */
        /* "... reported, quoting Y as saying": the report passes Y's words on */
        int passes_on = tok_is(c, k, "quoted") || tok_is(c, k, "cited") || tok_is(c, k, "quoting") ||
                        tok_is(c, k, "citing") ||
                        (k + 1 < c->n && (tok_is(c, k + 1, "quoting") || tok_is(c, k + 1, "citing")));
        if ((speech_verb(c, k) && !passes_on) || clause_word(c, k))
            break;
        if (k > i && (mi = quoted_as_saying(c, k)) >= 0)
            return to_mention(mi, c->t[k + 1].end);
    }
    if (pronoun(c, i) == 1)
        a = attr_pronoun_verb(c, i);
    else if (tok_is(c, i, "it")) {
        /* "it said" names the organisation before it, or nobody: never the
         * last person quoted (kind 3 stops the turn) */
        a = attr_pronoun_verb(c, i);
        if (a.kind) {
            long mo = org_subject(c, i);
            a = to_mention(mo, a.end);
        }
    } else if (tok_is(c, i, "they")) {
        a = attr_pronoun_verb(c, i);
        if (a.kind)
            a = to_group(-1, -1, SIZE_MAX, a.end); /* a group named before, if any */
    } else if (tok_is(c, i, "the"))
        a = attr_the_role(c, q, i);
    else if (can_speak(c, mi = mention_starting(c, i)))
        a = attr_named_verb(c, mi);
    else if (tok_is(c, i, "according") && tok_is(c, i + 1, "to") &&
             can_speak(c, mi = mention_starting(c, i + 2)))
        /* "according to Ruiz's chief of staff, Ben Ode": the holder */
        a = owner_only(c, mi) ? owned_speaker(c, mi) : to_mention(mi, c->m[mi].end);
    else if (speech_verb(c, i) || tok_is(c, i, "read")) {
        a = attr_statement_from(c, i); /* "said a statement from X" */
        if (!a.kind && speech_verb(c, i))
            a = attr_verb_first(c, i);
    }
    if (!a.kind)
        a = attr_subject_verb(c, i);
    if (a.kind && ended && !clause_ends_at_verb(c, &a))
        a.kind = 0;
    return a;
}

/* The closing mark's offset of the quoted span holding byte p, or
 * SIZE_MAX when p is outside every quoted span. */
static size_t quote_close_at(const ctx *c, size_t p)
{
    size_t lo = 0, hi = c->nq;
    while (lo < hi) { /* first span with open > p */
        size_t mid = lo + (hi - lo) / 2;
        if (c->q[mid].open <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && p < c->q[lo - 1].close ? c->q[lo - 1].close : SIZE_MAX;
}

/* Is byte offset p inside a quoted span? */
static int quoted(const ctx *c, size_t p)
{
    return quote_close_at(c, p) != SIZE_MAX;
}

/* Is token v inside parentheses opened after token lo?  Read backwards
 * from the token: a '(' that no ')' before the token closes opens the
 * aside it stands in (the same pairs as reading forwards).  An aside is
 * short: a '(' more than PAREN_REACH bytes back is not looked for, so a
 * long sentence is not read again for every verb in it. */
#define PAREN_REACH 2000
static int in_parens(const ctx *c, size_t lo, size_t v)
{
    size_t from = c->t[lo].start, p = c->t[v].start;
    size_t stop = p - from > PAREN_REACH ? p - PAREN_REACH : from;
    size_t closes = 0;
    while (p-- > stop) {
        if (c->text[p] == ')')
            closes++;
        else if (c->text[p] == '(') {
            if (!closes)
                return 1;
            closes--;
        }
    }
    return 0;
}

/* Do tokens [lo, hi) (the last WRITING_REACH of them) tell of writing
 * someone shows, reads or passes on ("held up the letter from the
 * ministry:", "the plaque reads:", "quoted one signer:"): the words after
 * the colon are not the subject's own. */
#define WRITING_REACH 40 /* tokens before the colon looked at */
static int shows_writing(const ctx *c, size_t lo, size_t hi)
{
    static const char *const w[] = {"letter", "note", "inscription", "sign", "message", "poster", "banner",
                                    "placard", "card", "text", "email", "post", "tweet", "plaque", "statement",
                                    "quoted", "quoting", "read", "reads", "shared", "held", "showed", "shown",
                                    "displayed", "wrote", "written", "from", NULL};
    for (size_t k = hi; k-- > lo && hi - k <= WRITING_REACH;)
        if (tok_in(c, k, w))
            return 1;
    return 0;
}

/* The gap before token k holds a dash (an em dash, or a spaced en dash or
 * hyphen) that is no score's or range's ("5 - 4": numbers both sides). */
static int dash_gap(const ctx *c, size_t k)
{
    const char *g = c->text + c->t[k - 1].end;
    size_t n = c->t[k].start - c->t[k - 1].end;
    if (!memmem(g, n, "\xe2\x80\x94", 3) && !memmem(g, n, " \xe2\x80\x93 ", 5) && !memmem(g, n, " - ", 3))
        return 0;
    return !((c->t[k - 1].flags & NP_TOK_NUMBER) && (c->t[k].flags & NP_TOK_NUMBER));
}

/* Is token v inside a dash aside closed before token hi, the quotation's
 * first ("X told reporters - where Y said Z - '...'": Y's verb is no
 * attribution of the quotation after the aside)?  The last two dashes in
 * the gaps between token lo and hi, within DASH_REACH tokens of hi. */
#define DASH_REACH 40
static int in_dash_aside(const ctx *c, size_t lo, size_t v, size_t hi)
{
    size_t d2 = SIZE_MAX;
    for (size_t k = hi; k > lo && hi - k < DASH_REACH; k--) {
        if (k >= c->n || !dash_gap(c, k))
            continue;
        if (d2 == SIZE_MAX)
            d2 = k;
        else
            return v >= k && v < d2; /* the aside: tokens [k, d2) */
    }
    return 0;
}

static size_t subject_token(const ctx *c, long si);

/* Subject of the sentence: a mention or he/she as its first word (past an
 * opening phrase or clause). */
static attrib sentence_subject(const ctx *c, size_t lo, size_t hi)
{
    attrib a = NO_ATTRIB;
    /* "“...,” Ortiz said, adding that “...”": past a quotation opening
     * the sentence to the words attributing it */
    size_t close;
    while (lo < hi && (close = quote_close_at(c, c->t[lo].start)) != SIZE_MAX)
        lo = tok_at_or_after(c, close); /* past the whole quotation at once */
    if (lo >= hi)
        return a;
    /* past an opening phrase or clause ("In January, Kord cancelled the
     * trip, saying ...") */
    long si = np_sentence_at(c->sents, c->ns, c->t[lo].start);
    size_t t0 = si >= 0 && tok_at_or_after(c, c->sents[si].start) == lo ? subject_token(c, si) : lo;
    if (t0 > lo && t0 < hi)
        lo = t0;
    long mi = mention_starting(c, lo);
    if (can_speak(c, mi))
        return to_mention(mi, 0);
    if (pronoun(c, lo) == 1)
        return to_pronoun(lo, 0);
    return a;
}

#define REPORTED_THAT_GAP 4 /* words between a speech verb and the "that" of its clause */

/* Is token i one of the words that tell of a call or a message ("called
 * 911", "phoned her", "posted a statement", "sent a letter")? */
static int contact_verb(const ctx *c, size_t i)
{
    static const char *const w[] = {"called", "phoned", "rang", "wrote", "texted", "tweeted", "emailed",
                                    "e-mailed", "messaged", "radioed", "contacted", "dialed", "dialled",
                                    "posted", "sent", "issued", "released", "published", "shouted", "yelled",
                                    "screamed", "answered", "replied", "responded", NULL};
    return tok_in(c, i, w);
}

/* Is token v a participle of passing on a message ("saying", "writing",
 * "explaining"), not one of the sentence subject's own comment
 * ("adding", "insisting", "warning", "accusing")? */
static int message_participle(const ctx *c, size_t v)
{
    static const char *const w[] = {"saying", "telling", "asking", "writing", "explaining", "shouting",
                                    "yelling", "screaming", NULL};
    return tok_in(c, v, w);
}

/* Subject of the participle at token v ("..., saying “...”"): the
 * sentence's subject, unless a reported clause that tells of a call or a
 * message runs on to a participle of passing it on: "X told reporters
 * Friday that Y called 911, saying ..." and "X said that Y posted a
 * statement, writing ..." are Y's (named or a pronoun); "X said that the
 * captain phoned her, saying ..." is nobody named.  "X said that Y had
 * failed, insisting “...”" stays X's: insisting is X's comment, as are
 * adding, warning, accusing. */
static attrib participle_subject(const ctx *c, size_t lo, size_t v)
{
    if (!message_participle(c, v))
        return sentence_subject(c, lo, v);
    for (size_t k = v; k-- > lo;) {
        if (!tok_is(c, k, "that"))
            continue;
        int reported = 0;
        for (size_t j = k; j-- > lo && k - j <= REPORTED_THAT_GAP && !reported;)
            reported = speech_verb(c, j);
        if (!reported || k + 1 >= v)
            break;
        /* the clause runs on to the participle (no quotation between:
         * "noted that X “...,” adding") and tells of a call or a message
         * ("that day, saying" and "the crowd that gathered, saying" do not) */
        int runs_on = 1, contact = 0;
        for (size_t j = k + 1; j < v && runs_on; j++) {
            runs_on = !quoted(c, c->t[j].start);
            contact |= contact_verb(c, j);
        }
        if (!runs_on || !contact)
            break;
        long mi = mention_starting(c, k + 1);
        if (can_speak(c, mi))
            return to_mention(mi, 0);
        if (pronoun(c, k + 1) == 1)
            return to_pronoun(k + 1, 0);
        return NO_ATTRIB;
    }
    return sentence_subject(c, lo, v);
}

/* Token i is a role word ("leader", "spokesperson", "minister"). */
static int lex_title(const ctx *c, size_t i)
{
    return i < c->n && np_lex_is_title_word(c->t[i].norm, strlen(c->t[i].norm));
}

/* Words an aside between a speaker and the verb may take ("X, a lecturer
 * in the coastal studies programme of the Norland Institute in Brell,
 * said"). */
#define QUOTE_ASIDE_MAX 20

/* subject_of_verb() found no subject: the caller reads on. */
#define UNSETTLED ((attrib){-1, 0, -1, 0, -1, SIZE_MAX, SIZE_MAX})

/* Token i is a role noun in the plural ("officials", "aides", "lawyers":
 * plural_title()): the body they serve speaks through them. */
static int plural_role(const ctx *c, size_t i)
{
    char one[32];
    return c->t[i].norm && plural_title(c->t[i].norm, one, sizeof one);
}

/* The person named right before "of (the)" and body mention mi ("Ana
 * Ruiz of the Halden Courier", "Bo Lind of Reuters"), or -1. */
static long person_of_body(const ctx *c, size_t lo, long mi)
{
    size_t b = tok_at_or_after(c, c->m[mi].start);
    if (b > lo && tok_is(c, b - 1, "the"))
        b--;
    if (b < lo + 2 || !tok_is(c, b - 1, "of"))
        return -1;
    long pm = mention_ending(c, b - 2);
    if (pm < 0 || c->m[pm].type != NP_ENT_PERSON || !can_speak(c, pm))
        return -1;
    /* "a lawyer for Berg of the Halden Group": Berg is not the subject */
    size_t ps = tok_at_or_after(c, c->m[pm].start);
    return ps > lo && c->t[ps - 1].norm && np_lex_is_preposition(c->t[ps - 1].norm, strlen(c->t[ps - 1].norm)) ? -1 : pm;
}

/* Does the "and" at token i join two clauses rather than two names ("X
 * called it “reckless,” and Tomas Berg said"; "X left, and Berg said"):
 * a comma or a closing quotation mark before it, and no name ending
 * there ("Hale, Kord, and Ruiz said" lists names)? */
#define CLAUSE_AND_WORDS 4 /* words before ", and" that make a clause, not a list item */
static int clause_and(const ctx *c, size_t lo, size_t i)
{
    if (i <= lo)
        return 0;
    size_t gap0 = c->t[i - 1].end, gap1 = c->t[i].start;
    int quote_closed = memchr(c->text + gap0, '"', gap1 - gap0) != NULL ||
                       memmem(c->text + gap0, gap1 - gap0, "\xe2\x80\x9d", 3) != NULL;
    int comma = memchr(c->text + gap0, ',', gap1 - gap0) != NULL;
    if (!(quote_closed || comma) || mention_ending(c, i - 1) >= 0)
        return 0;
    if (quote_closed)
        return 1;
    /* a comma: a clause runs before it ("X left the hall early, and Berg
     * said"), not a list's item ("officials, firefighters, and Interpol
     * said") */
    size_t words = 0;
    for (size_t k = i; k-- > lo;) {
        if (k + 1 < i && memchr(c->text + c->t[k].end, ',', c->t[k + 1].start - c->t[k].end))
            break;
        words += (c->t[k].flags & NP_TOK_WORD) != 0;
    }
    return words >= CLAUSE_AND_WORDS;
}

/* The subject of speech verb v (tokens lo..v of sentence si): a name, a
 * group, a pronoun, a body or a role named right before the verb or before
 * an aside ("X, a former aide, said").  NO_ATTRIB for a coordinated subject
 * ("the US and Ukraine announced": no single speaker); UNSETTLED (kind -1)
 * when no subject was found. */
static attrib subject_of_verb(const ctx *c, const qspan *q, long si, size_t lo, size_t v)
{
    size_t s0 = si >= 0 ? c->sents[si].start : 0;
    size_t j = v;
    while (j > lo && filler(c, j - 1))
        j--;
    if (j > lo) {
        long mi = mention_ending(c, j - 1);
        /* "Ana Ruiz of the Halden Courier said": the person, of a body */
        if (mi >= 0 && c->m[mi].type != NP_ENT_PERSON) {
            long pm = person_of_body(c, lo, mi);
            if (pm >= 0)
                mi = pm;
        }
        /* "Norland's ambassador to the United Nations stated", "a spokeswoman
         * in Brell said": a body or place after a preposition completes
         * the subject's noun and is no speaker; unless an aside below
         * names the person ("X, the former head of training at the Port
         * Authority, said"), the noun is read as the subject instead */
        long complement = -1;
        size_t noun_end = j;
        if (mi >= 0 && c->m[mi].type != NP_ENT_PERSON) {
            static const char *const preps[] = {"to", "on", "in", "at", "for", "from", "with", NULL};
            size_t pt = tok_at_or_after(c, c->m[mi].start);
            if (pt > lo + 1 && tok_is(c, pt - 1, "the"))
                pt--;
            /* a place never speaks there; a body does for "a statement
             * from X", "officials at X": only a single role's holder
             * ("ambassador to X", "member of the board on X") is not it */
            /* "a source close to the party", "people familiar with the
             * board": someone near the body, not the body */
            static const char *const near[] = {"close", "familiar", "loyal", "linked", "connected", "near", NULL};
            if (pt > lo + 1 && tok_in(c, pt - 1, preps) && (c->t[pt - 2].flags & NP_TOK_WORD) &&
                (!(c->t[pt - 2].flags & NP_TOK_CAP) || lex_title(c, pt - 2)) &&
                (c->m[mi].type == NP_ENT_PLACE || (lex_title(c, pt - 2) && !plural_role(c, pt - 2)) ||
                 tok_in(c, pt - 2, near))) {
                complement = mi;
                noun_end = pt - 1;
            }
        }
        /* "X, via Y, said" / "X, a former aide, said": when a comma
         * separates the verb from the words before it, the subject is
         * the person just before the opening comma of that aside */
        if (memchr(c->text + c->t[j - 1].end, ',', c->t[j].start - c->t[j - 1].end)) {
            for (size_t x = j - 1; x-- > lo && j - x < QUOTE_ASIDE_MAX;) {
                if (!memchr(c->text + c->t[x].end, ',', c->t[x + 1].start - c->t[x].end))
                    continue;
                long m2 = mention_ending(c, x);
                /* "Rep. Ana Ruiz of Kelmont, the senior member of the
                 * committee, said": the person of the place */
                if (m2 >= 0 && c->m[m2].type != NP_ENT_PERSON) {
                    long pm = person_of_body(c, lo, m2);
                    if (pm >= 0)
                        m2 = pm;
                }
                /* ", Raymond Kelly," right after the subject names it */
                int appositive = mi >= 0 && tok_at_or_after(c, c->m[mi].start) == x + 1;
                int common = !pronoun(c, x) && (c->t[x].flags & NP_TOK_WORD) && !(c->t[x].flags & NP_TOK_CAP);
                if (can_speak(c, m2) && c->m[m2].type == NP_ENT_PERSON) {
                    /* "A friend of Ana Ruiz, Ola Berg, said": the name set
                     * off after the role's complement holds the role */
                    if (!(appositive && role_complement(c, lo, m2)))
                        mi = m2;
                } else if (!appositive && common && (m2 = nominal_speaker(c, x, q->open)) >= 0) {
                    return to_mention(m2, 0); /* "The president, sitting next to X, said": the title, not X */
                } else if (!appositive && common && tok_is(c, lo, "the") && x - lo <= 3) {
                    mi = -1; /* "The aide, standing beside X, said": nobody named */
                }
                break;
            }
        }
        /* "X, a research analyst at the Port Council told ...", "X, Party
         * vice chair and Housing spokesperson said": the aside
         * lost its closing comma; its head is the person before ", a"
         * (or before an aside holding a role word) */
        if ((mi >= 0 && c->m[mi].type != NP_ENT_PERSON) || (mi < 0 && lex_title(c, j - 1))) {
            /* with no name before the verb ("..., Party deputy leader
             * and Transport spokeswoman said"), only an aside opening on
             * a capitalised word, after the sentence's subject: in "In a
             * letter to X, the committee chairman said" or "Hale met X,
             * the party leader said" X is no speaker */
            int bare = mi < 0;
            size_t ms = mi >= 0 ? tok_at_or_after(c, c->m[mi].start) : j;
            int role = 0;
            for (size_t x = ms; x-- > lo + 1 && ms - x < 14;) {
                if (has_break(c, c->t[x - 1].end, c->t[x].start))
                    break;
                role |= lex_title(c, x);
                int det = tok_is(c, x, "a") || tok_is(c, x, "an") || tok_is(c, x, "the");
                if (!(bare ? role && !det && (c->t[x].flags & NP_TOK_CAP) : det || role) ||
                    !memchr(c->text + c->t[x - 1].end, ',', c->t[x].start - c->t[x - 1].end))
                    continue;
                long m2 = mention_ending(c, x - 1);
                if (can_speak(c, m2) && c->m[m2].type == NP_ENT_PERSON &&
                    (!bare || tok_at_or_after(c, c->m[m2].start) == subject_token(c, si)))
                    mi = m2;
                break;
            }
        }
        if (complement >= 0 && mi == complement) {
            mi = -1;
            j = noun_end;
        }
        /* "A senior adviser to Mayor Ana Ruiz said", "The lawyer for Ana
         * Ruiz told": the role's holder speaks, and is not named */
        if (mi >= 0 && c->m[mi].type == NP_ENT_PERSON && role_complement(c, lo, mi))
            return to_mention(-1, 0);
        if (can_speak(c, mi) && c->m[mi].start >= s0) {
            /* "Hale, Kord and Ruiz noted": the three, a joint statement */
            long g = c->m[mi].type == NP_ENT_PERSON ? group_first(c, lo, mi) : -1;
            if (g >= 0)
                return to_group(g, mi, SIZE_MAX, 0);
            /* "the US and Ukraine announced": a coordinated subject */
            size_t ms = tok_at_or_after(c, c->m[mi].start);
            if (ms > lo && (tok_is(c, ms - 1, "and") || tok_is(c, ms - 1, "or")) && !clause_and(c, lo, ms - 1))
                return NO_ATTRIB; /* no single speaker */
            return to_mention(mi, 0);
        }
        if (pronoun(c, j - 1) == 1)
            return to_pronoun(j - 1, 0);
        if (tok_is(c, j - 1, "they"))
            return to_group(-1, -1, SIZE_MAX, 0); /* "they said that “...”": a group named before, if any */
        size_t nd = national_body(c, j - 1);
        if (nd != SIZE_MAX && nd > lo && tok_is(c, nd - 1, "the"))
            return to_body(nd, j - 1, 0); /* "the Norlandic government said the move was “...”" */
        /* "a Norlandic government spokeswoman (in Brell) said" */
        size_t sw = j - 1;
        long pm = mention_ending(c, j - 1);
        if (pm >= 0 && c->m[pm].type == NP_ENT_PLACE) {
            size_t pt = tok_at_or_after(c, c->m[pm].start);
            sw = pt >= lo + 2 && tok_is(c, pt - 1, "in") ? pt - 2 : sw;
        }
        if (sw > lo && spokes_word(c, sw) && (nd = national_body(c, sw - 1)) != SIZE_MAX && nd > lo &&
            (tok_is(c, nd - 1, "a") || tok_is(c, nd - 1, "an") || tok_is(c, nd - 1, "the")))
            return to_body(nd, sw - 1, 0);
        long so = spokesperson_of(c, j);
        if (so >= 0)
            return to_mention(so, 0); /* "An EU spokesperson said: “...”" */
        long mn = nominal_speaker(c, j - 1, q->open);
        if (mn >= 0)
            return to_mention(mn, 0);
    }
    return UNSETTLED;
}

/* The mention mi is a possessive owner ("Ana Lind's party rejected"):
 * what follows it is the subject, not the person. */
static int owned_after(const ctx *c, long mi)
{
    return possessive_after(c, c->m[mi].end) || possessive_within(c, c->m[mi].end);
}

/* Token i opens a relative or subordinate clause ("who", "where", "after"). */
static int clause_opens(const ctx *c, size_t i)
{
    static const char *const relative[] = {"who", "whom", "whose", "which", "where", NULL};
    return tok_in(c, i, relative) || (c->t[i].norm && np_lex_is_subordinator(c->t[i].norm, strlen(c->t[i].norm)));
}

/* Does a subordinate or relative clause begin, or someone else stand,
 * between bytes a and b ("met Lind, who listened and said", "the plant,
 * where workers stopped him and said", "after an official walked out and
 * said", "met Lind and said")?  Then the verb after it need not be the
 * sentence subject's.  (A pronoun there is mostly the subject itself:
 * "Varga said she wanted ... but said".) */
static int other_clause_between(const ctx *c, size_t a, size_t b)
{
    size_t i = tok_at_or_after(c, a);
    while (i < c->n && c->t[i].start < b && !(c->t[i].flags & NP_TOK_WORD))
        i++;
    /* an aside right after the subject is about it ("Williams, who
     * represents the area, has been posting updates and said"): past it */
    if (i < c->n && c->t[i].start < b && memchr(c->text + a, ',', c->t[i].start - a) && clause_opens(c, i)) {
        while (i < c->n && c->t[i].start < b &&
               !memchr(c->text + c->t[i].end, ',', i + 1 < c->n ? c->t[i + 1].start - c->t[i].end : 0))
            i++;
        i++; /* the aside's last word too */
    }
    for (; i < c->n && c->t[i].start < b; i++) {
        if (quoted(c, c->t[i].start))
            continue;
        if (clause_opens(c, i))
            return 1;
        long mi = mention_starting(c, i);
        if (mi >= 0 && c->m[mi].type == NP_ENT_PERSON)
            return 1;
    }
    return 0;
}

/* "X said (that) “...”", "according to X, “...”", partial quotes: the
 * nearest speech verb before the quote in its sentence. */
static attrib attr_before(const ctx *c, const qspan *q)
{
    attrib a = NO_ATTRIB;
    long si = np_sentence_at(c->sents, c->ns, q->open);
    size_t s0 = si >= 0 ? c->sents[si].start : 0;
    /* for quotes that open a sentence, look at the previous sentence only
     * when it ends with a colon */
    size_t lo = tok_at_or_after(c, s0), hi = tok_at_or_after(c, q->open), infinitive = SIZE_MAX;
    if (lo >= hi)
        return a;
    int spoken = 0; /* a verb of speaking stands before the quotation */
    for (size_t v = hi; v-- > lo;) {
        if (hi - v > 30)
            break; /* too far: the quote belongs to another clause */
        if (!speech_verb(c, v) || quoted(c, c->t[v].start) || in_parens(c, lo, v) ||
            in_dash_aside(c, lo, v, hi))
            continue;
        spoken = 1;
        /* "the Post quoted Ana Ruiz as saying the bridge “...”" */
        long qa = v > lo ? quoted_as_saying(c, v - 1) : -1;
        if (qa >= 0)
            return to_mention(qa, 0);
        const char *w = c->t[v].norm;
        size_t wl = strlen(w);
        /* "prompting Ortiz to reply that “...”": the one told to speak;
         * "called Ortiz on April 11 to ask “...”": the caller, further back */
        if (v > lo && tok_is(c, v - 1, "to")) {
            long mo = v >= lo + 2 ? mention_ending(c, v - 2) : -1;
            if (can_speak(c, mo) && c->m[mo].type == NP_ENT_PERSON)
                return to_mention(mo, 0);
            if (mo >= 0)
                break; /* a name that cannot speak: nobody, not the caller */
            infinitive = v;
            continue;
        }
        int participle = wl > 4 && !strcmp(w + wl - 3, "ing");
        /* ", saying “...”": the participle belongs to the sentence subject,
         * or to the subject of the clause reported before it ("Leader told
         * reporters that Hiller called 911, saying “...”": Hiller) */
        if (participle && v > lo && memchr(c->text + c->t[v - 1].end, ',', c->t[v].start - c->t[v - 1].end))
            return participle_subject(c, lo, v);
        /* "Varga called it “...” and said the figures were “...”": a
         * second predicate, whose subject is the sentence's when it is a
         * name ("Trump's lawyer, Rudy Vance, met X and said": not the
         * owner).  A pronoun there is left to the rules below: across a
         * caption or a long clause it was read as the wrong person. */
        if (v > lo + 1 && (tok_is(c, v - 1, "and") || tok_is(c, v - 1, "but"))) {
            attrib sa = sentence_subject(c, lo, v - 1);
            if (sa.kind == 1 && sa.mention >= 0 && !owner_only(c, sa.mention) && !owned_after(c, sa.mention) &&
                !other_clause_between(c, c->m[sa.mention].end, c->t[v - 1].start))
                return sa;
        }
        /* subject before the verb */
        attrib sub = subject_of_verb(c, q, si, lo, v);
        if (sub.kind >= 0)
            return sub;
        /* "said X: “...”" — only punctuation between X and the quote,
         * and some: in "the report says Officer Dane “chased him”" Dane is
         * the subject of the quoted words, which the report says */
        long mi = mention_starting(c, v + 1);
        if (can_speak(c, mi) && c->m[mi].end <= q->open) {
            int only_punct = 1, punct = 0;
            for (size_t p = c->m[mi].end; p < q->open; p++) {
                if (c->text[p] != ' ' && c->text[p] != ':' && c->text[p] != ',')
                    only_punct = 0;
                punct |= c->text[p] == ':' || c->text[p] == ',';
            }
            if (only_punct && punct)
                return to_mention(mi, 0);
        }
        if (participle)
            return sentence_subject(c, lo, v);
        infinitive = SIZE_MAX;
        break; /* the nearest verb had no usable subject */
    }
    /* "Brody latched onto the letters in a blog to repeat that “...”": no other
     * speech verb before the infinitive, so the one who repeats is the
     * sentence's subject (named at its start, as for a participle) */
    if (infinitive != SIZE_MAX) {
        attrib sa = sentence_subject(c, lo, infinitive);
        if (sa.kind)
            return sa;
    }
    /* "Hale also took credit for the thaw: “...”": no verb of speaking
     * in the sentence (one whose subject is no use leaves the quotation
     * unattributed), but a colon right before the quotation hands it to
     * the sentence's subject, a person named there (not an owner: "Hale's
     * aide read it:") */
    if (!spoken && hi > lo && memchr(c->text + c->t[hi - 1].end, ':', q->open - c->t[hi - 1].end) &&
        !shows_writing(c, lo, hi)) {
        attrib sa = sentence_subject(c, lo, hi);
        if (sa.kind == 1 && sa.mention >= 0 && c->m[sa.mention].type == NP_ENT_PERSON &&
            !owner_only(c, sa.mention) && !owned_after(c, sa.mention))
            return sa;
    }
    /* "according to X" */
    for (size_t i = lo; i + 2 < c->n && i + 2 <= hi; i++) {
        if (tok_is(c, i, "according") && tok_is(c, i + 1, "to")) {
            long mi = mention_starting(c, i + 2);
            if (can_speak(c, mi))
                return to_mention(owner_only(c, mi) ? -1 : mi, 0);
            if (pronoun(c, i + 2) == 1 || tok_is(c, i + 2, "him") || tok_is(c, i + 2, "her"))
                return to_pronoun(i + 2, 0);
        }
    }
    return a;
}

/* The last word of a's title is the last word of b's ("President"). */
static int same_title(const ctx *c, const np_entity_mention *a, const np_entity_mention *b)
{
    size_t ae = a->name_start, be = b->name_start;
    while (ae > a->start && c->text[ae - 1] == ' ')
        ae--;
    while (be > b->start && c->text[be - 1] == ' ')
        be--;
    size_t as = ae, bs = be;
    while (as > a->start && c->text[as - 1] != ' ')
        as--;
    while (bs > b->start && c->text[bs - 1] != ' ')
        bs--;
    return ae > as && ae - as == be - bs && strncasecmp(c->text + as, c->text + bs, ae - as) == 0;
}

static const np_entity_mention *fullest_scan(const ctx *c, const np_entity_mention *m);
static uint64_t surname_key(const ctx *c, const np_entity_mention *m);

/* Fullest form of a person's name in this document: a surname-only
 * mention maps to a longer PERSON name ending with it (fullest_scan()).
 * The answer depends only on the name: remembered per name (a text
 * quoting one person a thousand times asks a thousand times). */
static const np_entity_mention *fullest(const ctx *c, const np_entity_mention *m)
{
    uint64_t key = np_hash64(c->text + m->name_start, m->name_end - m->name_start, 0xf011);
    uint64_t *v = c->fullest_memo ? np_u64map_slot(c->fullest_memo, key) : NULL;
    if (v && *v)
        return *v == 1 ? m : &c->m[*v - 2];
    const np_entity_mention *r = fullest_scan(c, m);
    if (v)
        *v = r == m ? 1 : (uint64_t)(r - c->m) + 2;
    return r;
}

static const np_entity_mention *fullest_scan(const ctx *c, const np_entity_mention *m)
{
    size_t ml = m->name_end - m->name_start;
    const np_entity_mention *best = m, *first = NULL;
    size_t bl = ml;
    /* a longer name ending with m's ends with its surname: only that
     * surname's mentions are read (all of them when there is no index) */
    const uint64_t *group = c->by_surname ? np_u64map_get(&c->surnames, surname_key(c, m)) : NULL;
    size_t lo = group ? (size_t)(*group >> 32) : 0, cnt = group ? (size_t)(*group & 0xffffffffu) : c->nm;
    if (c->by_surname && !group)
        cnt = 0;
    for (size_t g = lo; g < lo + cnt; g++) {
        const np_entity_mention *p = &c->m[c->by_surname ? c->by_surname[g] : g];
        size_t pl = p->name_end - p->name_start;
        if (p->type != NP_ENT_PERSON || pl < ml || memcmp(c->text + p->name_end - ml, c->text + m->name_start, ml) != 0 ||
            (pl > ml && c->text[p->name_end - ml - 1] != ' '))
            continue;
        if (!first && (pl > ml || (p->flags & NP_MENTION_TITLED)))
            first = p; /* a bare untitled surname (a headline's) introduces nobody */
        if (pl > bl) {
            best = p;
            bl = pl;
        }
    }
    /* "President Varn ... his wife, Irena Varn ... Varn said": the name as
     * the document first gave it is the one a bare surname continues; a
     * longer name met only later may be a relative's, unless it comes with
     * the same title ("President Varn ... Norland's President Olek
     * Varn") */
    if (!first || first == best)
        return best;
    if (first->name_end - first->name_start > ml)
        return first;
    return same_title(c, first, best) ? best : m;
}

/* Grammatical gender known for a speaker: from a title before any mention
 * of the same name ("Mr", "Ms", "Queen") or from an earlier he/she that
 * resolved to it.  Used only to refuse a pronoun that cannot fit. */
typedef struct gender_note {
    size_t start, len; /* the fullest name, as bytes of the text */
    char g;            /* 'm' or 'f' */
} gender_note;

typedef struct gender_book {
    gender_note v[64];
    size_t n;
} gender_book;

static int same_name(const char *text, const np_entity_mention *a, size_t start, size_t len)
{
    return a->name_end - a->name_start == len && !memcmp(text + a->name_start, text + start, len);
}

static char title_gender(const char *w, size_t n)
{
    static const char *const male[] = {"mr", "sir", "lord", "king", "prince", "mister", "father", "brother"};
    static const char *const female[] = {"mrs", "ms", "miss", "lady", "queen", "princess", "dame", "madam",
                                         "sister", "mother"};
    char b[16];
    if (n == 0 || n >= sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
    b[n] = '\0';
    for (size_t i = 0; i < sizeof male / sizeof *male; i++)
        if (!strcmp(b, male[i]))
            return 'm';
    for (size_t i = 0; i < sizeof female / sizeof *female; i++)
        if (!strcmp(b, female[i]))
            return 'f';
    return 0;
}

static char gender_of(const ctx *c, const gender_book *gb, const np_entity_mention *m)
{
    size_t len = m->name_end - m->name_start;
    for (size_t i = 0; i < gb->n; i++)
        if (gb->v[i].len == len && !memcmp(c->text + gb->v[i].start, c->text + m->name_start, len))
            return gb->v[i].g;
    /* a title word before this name anywhere ("Ms Persson"), or before its surname */
    const char *sp = memrchr(c->text + m->name_start, ' ', len);
    size_t ls = sp ? (size_t)(sp + 1 - c->text) : m->name_start, ll = m->name_end - ls;
    for (size_t k = 0; k < c->nm; k++) {
        const np_entity_mention *x = &c->m[k];
        if (x->name_start == x->start || !(same_name(c->text, x, m->name_start, len) || same_name(c->text, x, ls, ll)))
            continue;
        for (size_t p = x->start; p < x->name_start;) {
            size_t e = p;
            while (e < x->name_start && c->text[e] != ' ' && c->text[e] != '.')
                e++;
            char g = title_gender(c->text + p, e - p);
            if (g)
                return g;
            p = e + 1;
        }
    }
    return 0;
}

static void note_gender(gender_book *gb, const np_entity_mention *m, char g)
{
    size_t len = m->name_end - m->name_start;
    for (size_t i = 0; i < gb->n; i++)
        if (gb->v[i].start == m->name_start && gb->v[i].len == len)
            return;
    if (gb->n < sizeof gb->v / sizeof *gb->v)
        gb->v[gb->n++] = (gender_note){m->name_start, len, g};
}

static int word_count(const char *s, size_t n)
{
    int w = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* What carries from one quote to the next while attributing them in text
 * order: the last named speaker (pronouns and continuations resolve to it)
 * and the genders learnt so far. */
typedef struct turn {
    const np_entity_mention *last_speaker;
    size_t last_speaker_at; /* where the last named speaker's quote ended */
    int prev_after;         /* the previous quote was attributed by words after it */
    gender_book gb;
    np_quote group;         /* the last group that spoke (speaker NULL: none) ... */
    size_t group_at;        /* ... and where its quote ended */
} turn;

/* Tokens and sentences of the text: the caller's, or made here (*own then
 * holds the sentences to free). */
static np_status quote_context(ctx *c, const np_token *tok, size_t ntok, const np_span *sents, size_t n_sents,
                               np_span **own)
{
    np_status st;
    if (tok) {
        c->t = tok;
        c->n = ntok;
    } else {
        np_token *t;
        if ((st = np_tokenize(c->text, c->len, NULL, c->arena, &t, &c->n)) != NP_OK)
            return st;
        c->t = t;
    }
    if (!sents) {
        st = np_sentences_split(c->text, c->len, own, &n_sents);
        if (st != NP_OK)
            return st;
        sents = *own;
    }
    c->sents = sents;
    c->ns = n_sents;
    return NP_OK;
}

/* The quoted words of q without blanks around them (nor a trailing comma)
 * in [*s, *e); 0 when nothing is left. */
static int trim_quote(const char *text, const qspan *q, size_t *s, size_t *e)
{
    *s = q->start;
    *e = q->end;
    while (*s < *e && is_space((unsigned char)text[*s]))
        (*s)++;
    while (*e > *s && (is_space((unsigned char)text[*e - 1]) || text[*e - 1] == ','))
        (*e)--;
    return *s < *e;
}

/* Does the quote close its sentence (a period or a line break after the
 * mark, or final punctuation inside it right before the mark)? */
static int closes_sentence(const ctx *c, const qspan *q, size_t e)
{
    int closes = 0;
    for (size_t p = q->close; p < c->len && !closes; p++) {
        if (c->text[p] == ' ')
            continue;
        closes = c->text[p] == '.' || c->text[p] == '\n' ||
                 (p == q->close && e < c->len &&
                  (c->text[e - 1] == '.' || c->text[e - 1] == '!' || c->text[e - 1] == '?'));
        break;
    }
    return closes;
}

/* Does a speech verb stand right before q's opening mark ("what Kord
 * called “...”", "dismissed it as “...”")?  Then the words are that
 * verb's subject's, whatever follows the quote. */
static int verb_opens(const ctx *c, const qspan *q)
{
    size_t i = tok_at_or_after(c, q->open);
    if (i == 0 || i > c->n || has_break(c, c->t[i - 1].end, q->open))
        return 0;
    size_t v = i - 1;
    /* up to two object words between: "called it", "dismissed it as" */
    for (int k = 0; k < 2 && v > 0 && (tok_is(c, v, "it") || tok_is(c, v, "as") || tok_is(c, v, "them")); k++)
        v--;
    return speech_verb(c, v);
}

/* A verb of reporting ("reported", "reports") among the words of bytes
 * [a, b): a newspaper credited for a story, not a speaker's verb. */
static int reports_between(const ctx *c, size_t a, size_t b)
{
    for (size_t i = tok_at_or_after(c, a); i < c->n && c->t[i].start < b; i++)
        if (tok_is(c, i, "reported") || tok_is(c, i, "reports") || tok_is(c, i, "reporting"))
            return 1;
    return 0;
}

/* Quote q is introduced by a verb of relaying and a colon and
 * goes on with a comma inside its marks ("X tweeted: “...,” Y said"). */
static int relayed(const ctx *c, const qspan *q)
{
    size_t e = q->end;
    while (e > q->start && c->text[e - 1] == ' ')
        e--;
    if (q->unclosed || e <= q->start || c->text[e - 1] != ',')
        return 0;
    size_t p = q->open;
    while (p > 0 && c->text[p - 1] == ' ')
        p--;
    if (p == 0 || c->text[p - 1] != ':')
        return 0;
    /* a verb of passing words on ("tweeted:", "posted:", "wrote:"), not
     * of saying them ("Varga said: “...,” Lind recalled": the narrator) */
    static const char *const relay[] = {"tweeted", "posted", "wrote", "shared", "retweeted", "reposted", "texted",
                                        "emailed", "e-mailed", "messaged", "quoted", "cited", "reported", NULL};
    size_t i = tok_at_or_after(c, q->open);
    return i > 0 && tok_in(c, i - 1, relay); /* i <= c->n */
}

/* The attribution of quote q (its words at [s, e)).  A quote closing its
 * sentence is most often introduced before it ("X said that “...”"); one
 * followed by a comma is attributed after it ("“...,” X said").  A title
 * ("the film “...”") has none.  *after: attributed by the words after it;
 * *reported: by a body that reports it, no speaker named before it. */
static attrib attribute(const ctx *c, const qspan *q, size_t s, size_t e, int *after, int *reported)
{
    attrib a = NO_ATTRIB;
    *after = 0;
    *reported = 0;
    if (is_title_quote(c, s, e))
        return a;
    /* "Ruiz tweeted: “The dam is lost,” Varga said": the one who relays
     * the words introduces them with a colon, the one who spoke them is
     * named after them */
    if (relayed(c, q)) {
        a = attr_after(c, q);
        if (a.kind == 1 && c->m[a.mention].type == NP_ENT_PERSON) {
            *after = 1;
            return a;
        }
    }
    if ((closes_sentence(c, q, e) || verb_opens(c, q)) && (a = attr_before(c, q)).kind)
        return a;
    a = attr_after(c, q);
    /* "X said the department was “...” but did not elaborate, the Daily
     * News reported": a body that reports is where the outlet read it;
     * the person who said it is named before */
    if (a.kind == 1 && c->m[a.mention].type == NP_ENT_ORG && reports_between(c, q->close, a.end)) {
        attrib b = attr_before(c, q);
        if (b.kind == 1 && c->m[b.mention].type == NP_ENT_PERSON)
            return b;
        *reported = 1;
    }
    *after = a.kind == 1 || a.kind == 2 || a.kind == 4 || a.kind == 5 || a.kind == 6;
    if (!a.kind)
        a = attr_before(c, q);
    return a;
}

/* Quote q is its paragraph: nothing before its opening mark since the
 * line began, nothing after its closing mark but punctuation up to the
 * line's end. */
static int whole_paragraph(const ctx *c, const qspan *q)
{
    if (q->unclosed)
        return 0;
    for (size_t p = q->open; p > 0 && c->text[p - 1] != '\n'; p--)
        if (!is_space((unsigned char)c->text[p - 1]))
            return 0;
    for (size_t p = q->close; p < c->len && c->text[p] != '\n'; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (!(is_space(ch) || ch == '.' || ch == ',' || ch == '!' || ch == '?' || ch >= 0x80))
            return 0;
        if (ch >= 0x80) {
            size_t ml;
            if (!mark_at((const unsigned char *)c->text + p, c->len - p, &ml))
                return 0;
            p += ml - 1;
        }
    }
    return 1;
}

/* Quote pq is a question (its words end with "?", or its attribution
 * says it was asked): the paragraph after it is more likely the answer,
 * someone else's. */
static int asks(const ctx *c, const qspan *pq)
{
    size_t e = pq->end;
    while (e > pq->start && (c->text[e - 1] == ' ' || c->text[e - 1] == ','))
        e--;
    if (e > pq->start && c->text[e - 1] == '?')
        return 1;
    /* or its attribution asks ("..., the prosecutor asked"); "told
     * reporters" names the audience of the speaker's next words too */
    static const char *const not_asking[] = {"when", "if", "was", "after", "had", "who", "and", NULL};
    size_t k = tok_at_or_after(c, pq->close);
    for (size_t j = k; j < c->n && j < k + 8 && !memchr(c->text + pq->close, '\n', c->t[j].start - pq->close); j++) {
        if (speech_verb(c, j) && !tok_is(c, j, "asked"))
            return 0; /* the attribution's verb is another: "said, and asked supporters to ..." */
        if (tok_is(c, j, "asked"))
            return !tok_in(c, j - 1, not_asking); /* not "said when asked whether ...": an answer */
    }
    return 0;
}

/* Does q continue the previous quote pq: “...,” he said. “...” — q opens
 * the next sentence of the same paragraph — or is pq a multi-paragraph
 * quote running on into q? */
static int continues_quote(const ctx *c, const qspan *pq, const qspan *q)
{
    int same_par = 1;
    for (size_t p = pq->close; p < q->open; p++)
        if (c->text[p] == '\n')
            same_par = 0;
    long s_prev = np_sentence_at(c->sents, c->ns, pq->close);
    long s_this = np_sentence_at(c->sents, c->ns, q->open);
    int next_sentence = s_this >= 0 && s_this <= s_prev + 2 && s_this > s_prev - 1 &&
                        tok_at_or_after(c, c->sents[s_this].start) == tok_at_or_after(c, q->open);
    /* '"...," said X, a lawyer.' and a paragraph that is a quotation and
     * nothing else: X goes on (news prints a speaker's next words so) */
    int next_par = !same_par && s_this == s_prev + 1 && whole_paragraph(c, q) && !asks(c, pq);
    return (same_par && next_sentence) || next_par || pq->unclosed;
}

/* Is q the rest of the sentence pq began, split by the attribution
 * between them ("“A,” X said, “b ...”")?  One sentence and paragraph and a
 * comma right before q's opening mark.  The caller checks that the words
 * between name nobody else ("“A,” Kord said, and Vik replied, “b”"). */
static int split_sentence(const ctx *c, const qspan *pq, const qspan *q)
{
    if (pq->unclosed || q->open <= pq->close)
        return 0;
    /* two people named between ("Kord said, and Ana Vik replied"): the
     * second speaks the second part */
    size_t people = 0;
    for (size_t k = 0; k < c->nm; k++)
        people += c->m[k].start >= pq->close && c->m[k].end <= q->open && c->m[k].type == NP_ENT_PERSON;
    if (people >= 2)
        return 0;
    for (size_t p = pq->close; p < q->open; p++)
        if (c->text[p] == '\n' || c->text[p] == '"')
            return 0;
    size_t p = q->open;
    while (p > pq->close && c->text[p - 1] == ' ')
        p--;
    if (p <= pq->close || c->text[p - 1] != ',')
        return 0;
    long s_prev = np_sentence_at(c->sents, c->ns, pq->close);
    return s_prev >= 0 && s_prev == np_sentence_at(c->sents, c->ns, q->open);
}

/* A named speaker (kind 1): its fullest name; a person becomes the last
 * speaker. */
static const np_entity_mention *named_speaker(const ctx *c, turn *tn, const attrib *a, const qspan *q)
{
    const np_entity_mention *sm = &c->m[a->mention];
    if (sm->type == NP_ENT_PERSON)
        sm = fullest(c, sm);
    if (sm->type == NP_ENT_PERSON) {
        tn->last_speaker = sm;
        tn->last_speaker_at = q->close;
    }
    return sm;
}

/* The token where sentence si's subject may start: its first, or after
 * the comma of an opening prepositional phrase ("In her talks with Kord,
 * Brandt said": the name in that phrase is not the subject) or subordinate
 * clause ("As she left the talks with Kord, Brandt said"; such a clause
 * runs longer, SUBJECT_CLAUSE_MAX words). */
#define SUBJECT_PHRASE_MAX 12
#define SUBJECT_CLAUSE_MAX 24
static size_t subject_token(const ctx *c, long si)
{
    size_t t0 = tok_at_or_after(c, c->sents[si].start), end = c->sents[si].end, most = SUBJECT_PHRASE_MAX;
    if (t0 >= c->n)
        return t0;
    size_t wn = strlen(c->t[t0].norm);
    if (np_lex_is_subordinator(c->t[t0].norm, wn))
        most = SUBJECT_CLAUSE_MAX;
    else if (!np_lex_is_preposition(c->t[t0].norm, wn))
        return t0;
    for (size_t k = t0; k + 1 < c->n && k - t0 < most && c->t[k + 1].start < end; k++)
        if (memchr(c->text + c->t[k].end, ',', c->t[k + 1].start - c->t[k].end))
            return k + 1;
    return t0;
}

/* The organisation "it" at token pi stands for: the subject of its own
 * sentence when a name comes before the pronoun there, else of the
 * sentence before ("The commission said ...  “...,” it said in a
 * statement."): an organisation named first, within a few words of the
 * subject's start; -1 otherwise (a person or a place there is no "it"
 * that speaks). */
static long org_subject(const ctx *c, size_t pi)
{
    long si = np_sentence_at(c->sents, c->ns, c->t[pi].start);
    for (int back = 0; back < 2 && si >= 0; back++, si--) {
        size_t t0 = subject_token(c, si), lim = back ? c->sents[si].end : c->t[pi].start;
        for (size_t x = np_mention_at_or_after(c->m, c->nm, c->t[t0].start); x < c->nm; x++) {
            const np_entity_mention *m = &c->m[x];
            if (m->start >= lim)
                break;
            if (quoted(c, m->start))
                continue;
            size_t tm = tok_at_or_after(c, m->start);
            return tm - t0 <= 4 && m->type == NP_ENT_ORG ? (long)x : -1;
        }
    }
    return -1;
}

/* The first name at or after token t0 stands within a few words of it and
 * is m (m NULL: is any name there). */
static int first_name_at(const ctx *c, size_t t0, const np_entity_mention *m)
{
    if (t0 >= c->n)
        return 0;
    size_t x = np_mention_at_or_after(c->m, c->nm, c->t[t0].start);
    if (x >= c->nm)
        return 0;
    size_t tx = tok_at_or_after(c, c->m[x].start);
    return tx - t0 <= 4 && (!m || &c->m[x] == m);
}

/* A role in lower case heads the subject starting at token t0, words
 * between it and the name at token tm: the name is what the role's holder
 * acts on ("the judge addressed Rimbauer"), not the subject ("the
 * director, Selma Arkwright, ..." and "chief executive Rachel Osborne"
 * are). */
static int role_heads(const ctx *c, size_t t0, size_t tm)
{
    for (size_t k = t0; k + 1 < tm && k < c->n; k++)
        if (!(c->t[k].flags & NP_TOK_CAP) && np_lex_is_title_word(c->t[k].norm, strlen(c->t[k].norm)))
            return 1;
    return 0;
}

/* Where sentence si's subject may start (up to 4, in *out): its subject
 * token (subject_token()), past a dateline ("OSTMARRA, Escarra - When
 * ...") or an opening participle phrase ("Speaking in Escarran, the judge
 * ..."): after each of the first two dashes or commas of its first
 * SUBJECT_PHRASE_MAX tokens; and after a subordinator opening any of those
 * ("When Judge Vasch sentenced Rimbauer, ..."). */
static size_t subject_starts(const ctx *c, long si, size_t out[4])
{
    size_t n = 0, first = tok_at_or_after(c, c->sents[si].start), end = c->sents[si].end;
    out[n++] = subject_token(c, si);
    for (size_t k = first; k + 1 < c->n && k < first + SUBJECT_PHRASE_MAX && c->t[k + 1].start < end; k++) {
        const char *g = c->text + c->t[k].end;
        size_t gl = c->t[k + 1].start - c->t[k].end;
        int dash = 0; /* a dash set off by spaces, or an en or em dash; not "vice-president" */
        for (size_t x = 0; x < gl && !dash; x++)
            dash = (g[x] == '-' && x > 0 && x + 1 < gl && g[x - 1] == ' ' && g[x + 1] == ' ') ||
                   (x + 2 < gl && (unsigned char)g[x] == 0xE2 && (unsigned char)g[x + 1] == 0x80 &&
                    ((unsigned char)g[x + 2] == 0x93 || (unsigned char)g[x + 2] == 0x94));
        if ((dash || memchr(g, ',', gl)) && k + 1 != out[0] && n < 3)
            out[n++] = k + 1;
    }
    for (size_t i = 0, m = n; i < m && n < 4; i++)
        if (out[i] < c->n && c->t[out[i]].start < end &&
            np_lex_is_subordinator(c->t[out[i]].norm, strlen(c->t[out[i]].norm)))
            out[n++] = out[i] + 1;
    return n;
}

/* Sentence si opens on a person named by a role and no name ("the judge
 * addressed Rimbauer", "The new director said ..."): a singular title word
 * after an article at one of its subject starts. */
static int role_subject(const ctx *c, long si)
{
    size_t st[4], n = subject_starts(c, si, st);
    for (size_t i = 0; i < n; i++) {
        size_t t0 = st[i];
        if (t0 < c->n && (tok_is(c, t0, "the") || tok_is(c, t0, "a") || tok_is(c, t0, "an")))
            t0++;
        for (size_t k = t0; k < c->n && k < t0 + 3 && c->t[k].start < c->sents[si].end; k++) {
            const char *w = c->t[k].norm;
            size_t wn = strlen(w);
            if (c->t[k].flags & NP_TOK_CAP)
                break;
            if (np_lex_is_title_word(w, wn)) {
                if (!(wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's')) /* "officials": people in general */
                    return 1;
                break;
            }
        }
    }
    return 0;
}

/* The person mention standing first, within a few words, at one of
 * sentence si's subject starts (subject_starts()); NULL when none does. */
static const np_entity_mention *subject_mention(const ctx *c, long si)
{
    size_t st[4], n = subject_starts(c, si, st);
    for (size_t i = 0; i < n; i++) {
        if (st[i] >= c->n)
            continue;
        size_t x = np_mention_at_or_after(c->m, c->nm, c->t[st[i]].start);
        if (x < c->nm && c->m[x].start < c->sents[si].end && c->m[x].type == NP_ENT_PERSON &&
            first_name_at(c, st[i], &c->m[x]) && !role_heads(c, st[i], tok_at_or_after(c, c->m[x].start)))
            return &c->m[x];
    }
    return NULL;
}

/* Another person (recent) was named after the last speaker's quote: the
 * pronoun means that person when it is the subject (first name) of one of
 * the two sentences before the pronoun, else nobody (ambiguous).  sm: the
 * last speaker, kept when recent is the same name.  With no speaker yet,
 * recent stands for the pronoun unless its sentence's subject is someone
 * else: another person named there (that one), or a person named by a
 * role only ("the judge addressed Rimbauer. '...,' she said": nobody
 * known, rather than the judge's words given to the man she sentenced). */
static const np_entity_mention *recent_or_nobody(const ctx *c, const turn *tn, const np_entity_mention *sm,
                                                 const np_entity_mention *recent, size_t pron_at)
{
    const np_entity_mention *rf = fullest(c, recent);
    int same = sm && sm->name_end - sm->name_start == rf->name_end - rf->name_start &&
               !memcmp(c->text + sm->name_start, c->text + rf->name_start, rf->name_end - rf->name_start);
    if (same)
        return sm;
    long sr = np_sentence_at(c->sents, c->ns, recent->start);
    long sp = np_sentence_at(c->sents, c->ns, pron_at);
    /* subject: the first name of its sentence, within a few words of its
     * start ("Later, Brandt visited ..."), with no name between the
     * subject's start and it; or, when the sentence opens with a
     * subordinate clause and its main clause names no one there, the
     * clause's subject ("While Brandt praised Kord, he did not ...") */
    int subject = 0;
    if (sr >= 0) {
        size_t t0 = subject_token(c, sr), first = tok_at_or_after(c, c->sents[sr].start);
        subject = first_name_at(c, t0, recent);
        if (!subject && t0 != first && first < c->n &&
            np_lex_is_subordinator(c->t[first].norm, strlen(c->t[first].norm)) && !first_name_at(c, t0, NULL))
            subject = first_name_at(c, first + 1, recent);
    }
    if (subject)
        return sp - sr <= 2 || !tn->last_speaker ? rf : NULL;
    if (tn->last_speaker || sr < 0)
        return NULL;
    const np_entity_mention *sj = subject_mention(c, sr);
    if (sj && sp - sr <= 2)
        return fullest(c, sj);
    return role_subject(c, sr) ? NULL : rf;
}

/* The last word of m's name (a person's surname), hashed. */
static uint64_t surname_key(const ctx *c, const np_entity_mention *m)
{
    const char *last = c->text + m->name_end;
    size_t ln = 0;
    while (last - ln > c->text + m->name_start && last[-(long)ln - 1] != ' ')
        ln++;
    return np_hash64(last - ln, ln, 0x5eed);
}

/* c->surnames: how many person mentions end with each surname, counted
 * once per text rather than once per quote. */
typedef struct keyed {
    uint64_t key;
    uint32_t mention;
} keyed;

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->mention < b->mention ? -1 : a->mention > b->mention;
}

/* c->surnames and c->by_surname: the person mentions grouped by surname,
 * each group in text order; the map holds its place in c->by_surname (high
 * 32 bits) and its size (low 32 bits).  Built once per text, so a
 * surname's mentions are counted and read without a pass over all of
 * them per quote. */
static np_status count_surnames(ctx *c)
{
    np_u64map_init(&c->surnames);
    c->by_surname = NULL;
    keyed *kv = np_malloc((c->nm + 1) * sizeof *kv);
    uint32_t *by = np_malloc((c->nm + 1) * sizeof *by);
    if (!kv || !by) {
        np_free(kv);
        np_free(by);
        return NP_ENOMEM;
    }
    size_t n = 0;
    for (size_t k = 0; k < c->nm; k++)
        if (c->m[k].type == NP_ENT_PERSON)
            kv[n++] = (keyed){surname_key(c, &c->m[k]), (uint32_t)k};
    qsort(kv, n, sizeof *kv, cmp_keyed);
    for (size_t i = 0; i < n; i++) {
        by[i] = kv[i].mention;
        uint64_t *v = np_u64map_slot(&c->surnames, kv[i].key);
        if (!v) {
            np_free(kv);
            np_free(by);
            return NP_ENOMEM;
        }
        if (!*v)
            *v = (uint64_t)i << 32;
        (*v)++;
    }
    np_free(kv);
    c->by_surname = by;
    return NP_OK;
}

/* The person named as the subject of sentence si (its first name, within
 * a few words of its start, outside quotation marks), before offset limit,
 * whose surname the document names `named` times in all (SUBJECT_NAMED:
 * the story is about them), or with a title; NULL when it opens otherwise
 * ("The president, sitting next to X, said": X is no subject).  A chain
 * of "she" leading back to a name is evidence enough of a person: 1. */
#define SUBJECT_NAMED 3
static const np_entity_mention *subject_from(const ctx *c, long si, size_t t0, size_t limit, unsigned named)
{
    for (size_t x = np_mention_at_or_after(c->m, c->nm, c->sents[si].start); x < c->nm; x++) {
        const np_entity_mention *m = &c->m[x];
        if (quoted(c, m->start))
            continue;
        if (m->start >= limit || m->start >= c->sents[si].end)
            return NULL;
        size_t tm = tok_at_or_after(c, m->start);
        if (tm < t0)
            continue; /* in the phrase before the subject */
        if (m->type != NP_ENT_PERSON || tm - t0 > 4)
            return NULL;
        if (role_heads(c, t0, tm))
            return NULL;
        /* and the story is about them: named again elsewhere (a one-off
         * name in subject position may be no person at all), or named
         * with a title ("Former Gov. Ivo Dren went further"), surely a
         * person */
        if (m->flags & NP_MENTION_TITLED)
            return m;
        const uint64_t *group = np_u64map_get(&c->surnames, surname_key(c, m));
        return group && (*group & 0xffffffffu) >= named ? m : NULL;
    }
    return NULL;
}

static const np_entity_mention *named_subject(const ctx *c, long si, size_t limit, unsigned named)
{
    if (si < 0 || (size_t)si >= c->ns)
        return NULL;
    size_t first = tok_at_or_after(c, c->sents[si].start), t0 = subject_token(c, si);
    const np_entity_mention *m = subject_from(c, si, t0, limit, named);
    /* "While Mr. Hale praised Ms. Kern, he did not ...": the main clause
     * names no one, its "he" is the subordinate clause's subject */
    if (!m && t0 != first && first < c->n && np_lex_is_subordinator(c->t[first].norm, strlen(c->t[first].norm)))
        m = subject_from(c, si, first + 1, limit, named);
    return m;
}

#define SENTENCE_READ_MAX 150 /* tokens of a sentence read for its speaker or its pronouns */

/* The person sentence si says spoke, outside quotation marks: ", said
 * X," or "X said" ("said" or "told" and the name adjacent, fillers
 * aside); the last such in the sentence, or NULL. */
static const np_entity_mention *reported_speaker(const ctx *c, long si)
{
    const np_entity_mention *who = NULL;
    size_t end = c->sents[si].end, k0 = tok_at_or_after(c, c->sents[si].start);
    if (tok_at_or_after(c, end) - k0 > SENTENCE_READ_MAX)
        return NULL; /* no sentence: a run of text read once per quote would cost its square */
    for (size_t k = k0; k < c->n && c->t[k].start < end; k++) {
        /* the plain verbs of saying: "accusing X of ..." or "X promised"
         * tell what X did, not that X spoke */
        if (!(tok_is(c, k, "said") || tok_is(c, k, "says") || tok_is(c, k, "told")) || quoted(c, c->t[k].start))
            continue;
        /* the verb first only as an attribution set off by commas (",
         * said Ana Ruiz, a consultant" or "..., said Ana Ruiz."): in
         * "said Kord would sign", Kord is what was said, not who said it */
        long mi = -1;
        if (k > 0 && memchr(c->text + c->t[k - 1].end, ',', c->t[k].start - c->t[k - 1].end)) {
            mi = mention_starting(c, k + 1);
            size_t after = mi >= 0 ? c->m[mi].end : 0;
            while (mi >= 0 && after < c->len && c->text[after] == ' ')
                after++;
            if (mi >= 0 && !(after >= end || c->text[after] == ',' || c->text[after] == '.'))
                mi = -1;
        }
        if (mi < 0 || c->m[mi].type != NP_ENT_PERSON || c->m[mi].start >= end) {
            size_t x = k;
            while (x > 0 && filler(c, x - 1))
                x--;
            mi = x > 0 ? mention_ending(c, x - 1) : -1;
        }
        if (mi >= 0 && c->m[mi].type == NP_ENT_PERSON && !quoted(c, c->m[mi].start) &&
            c->m[mi].start >= c->sents[si].start)
            who = &c->m[mi];
    }
    return who;
}

/* Sentence si reports its subject speaking of another person by the
 * pronoun of gender g: "X said he wondered how she coped" for g 'f' (after
 * "said he", a "she" or "her" further on, outside quotation marks).  The
 * next "'...,' she said" is then taken from X: most often it is the other
 * person's ("Ranger Dan Ruiz said he found her under a ledge. '...,' she
 * said"), and when it is X's ("Lopez said he grabbed her arm") the quote
 * goes unattributed, not misattributed.  "Linda Jones said he had
 * struggled" speaks of no "she", and tells nothing. */
static int reports_other(const ctx *c, long si, char g)
{
    const char *const *want = g == 'f' ? k_she : k_he;
    const char *opposite = g == 'f' ? "he" : "she";
    size_t end = c->sents[si].end, k = tok_at_or_after(c, c->sents[si].start);
    for (; k + 1 < c->n && c->t[k + 1].start < end; k++)
        if ((tok_is(c, k, "said") || tok_is(c, k, "says")) && !quoted(c, c->t[k].start))
            break;
    if (k + 1 >= c->n || c->t[k + 1].start >= end || !tok_is(c, k + 1, opposite))
        return 0;
    for (size_t j = k + 2; j < c->n && c->t[j].start < end; j++)
        if (tok_in(c, j, want) && !quoted(c, c->t[j].start))
            return 1;
    return 0;
}

/* Sentence si speaks, outside quotation marks, of "he" (or "she") before
 * it names any person: a pronoun that can only point back past it. */
static int pronoun_before_names(const ctx *c, long si, int feminine)
{
    const char *const *want = feminine ? k_she : k_he;
    size_t x = np_mention_at_or_after(c->m, c->nm, c->sents[si].start), k0 = tok_at_or_after(c, c->sents[si].start);
    for (size_t k = k0; k < c->n && c->t[k].start < c->sents[si].end && k - k0 < SENTENCE_READ_MAX; k++) {
        if (quoted(c, c->t[k].start))
            continue;
        for (; x < c->nm && c->m[x].start <= c->t[k].start; x++)
            if (c->m[x].type == NP_ENT_PERSON && !quoted(c, c->m[x].start))
                return 0;
        if (tok_in(c, k, want))
            return 1;
    }
    return 0;
}

/* Sentence si opens (past a leading clause) on a person it does not
 * name, known by whose relative or what role they are: "Nichols' mother
 * expressed their sentiments", "His lawyer declined", "The victim's widow
 * wept".  A "she said" after it (g 'f'; 'm' for "he") is that person's,
 * not the possessor's nor the last speaker's, when the relative can be a
 * "she" (a "her husband" cannot: "Maria Lopez ... Her husband was killed.
 * '...,' she said" is Maria's) and the sentence tells what the relative
 * did, not what the relative was ("Her mother was a nurse"); a role may be
 * either sex. */
static int possessed_subject(const ctx *c, long si, char g)
{
    static const char *const owners[] = {"his", "her", "their", NULL};
    if (si < 0 || (size_t)si >= c->ns)
        return 0;
    size_t t0 = subject_token(c, si), end = c->sents[si].end;
    for (size_t k = t0; k + 1 < c->n && k < t0 + 4 && c->t[k + 1].start < end; k++) {
        /* only at the head of the subject: "the" or words of a name before it */
        if (k > t0 && !tok_is(c, k - 1, "the") && !(c->t[k - 1].flags & NP_TOK_CAP))
            break;
        int owner = tok_in(c, k, owners);
        if (!owner) {
            /* "Nichols'", "the victim's": a possessive right before the noun */
            size_t e = c->t[k].end, n = strlen(c->t[k].norm);
            const unsigned char *u = (const unsigned char *)c->text;
            const char *w = c->t[k].norm;
            owner = (e < c->len && u[e] == '\'') ||
                    (e + 2 < c->len && u[e] == 0xE2 && u[e + 1] == 0x80 && u[e + 2] == 0x99) ||
                    (n > 2 && w[n - 1] == 's' &&
                     (w[n - 2] == '\'' || (n > 4 && !memcmp(w + n - 4, "\xe2\x80\x99", 3))));
        }
        if (!owner || !c->t[k + 1].norm)
            continue;
        int sex = np_lex_kin(c->t[k + 1].norm, strlen(c->t[k + 1].norm));
        int role = np_lex_is_title_word(c->t[k + 1].norm, strlen(c->t[k + 1].norm));
        if ((sex && sex != g) || (!sex && !role))
            return 0; /* "her husband" is no "she"; "their parents" no one speaker */
        /* "Her mother was a nurse": the text describes the relative, who
         * is then spoken of, not speaking ("His wife was standing at the
         * counter" tells what she did) */
        static const char *const be[] = {"was", "is", "were", "are", NULL};
        static const char *const det[] = {"a", "an", "the", "not", NULL};
        if (k + 3 < c->n && tok_in(c, k + 2, be) && tok_in(c, k + 3, det))
            return 0;
        return k + 2 >= c->n || !(c->t[k + 2].flags & NP_TOK_CAP); /* "his lawyer, Ana Ruiz," names her */
    }
    return 0;
}

/* Sentence si opens on a person set off by commas after a country's, a
 * body's or a person's role, "<Owner>'s <role>, <Person>," ("Norland's
 * foreign minister, Ana Ruiz, said ...", "Kord's lawyer, Ana Ruiz, was
 * scathing"): that person is the subject, not the owner, nor a possessor
 * named later in the sentence ("... used the mayor's words").  The role
 * is at most four words, among them a title or a relative ("Kord's
 * sister, Ana Kord,"); the person is named before offset limit.  NULL
 * otherwise. */
#define APPOSED_ROLE_WORDS 4
static const np_entity_mention *apposed_subject(const ctx *c, long si, size_t limit)
{
    if (si < 0 || (size_t)si >= c->ns)
        return NULL;
    size_t t0 = subject_token(c, si);
    if (t0 >= c->n)
        return NULL;
    size_t x = np_mention_at_or_after(c->m, c->nm, c->t[t0].start);
    if (x + 1 >= c->nm)
        return NULL;
    const np_entity_mention *owner = &c->m[x], *who = &c->m[x + 1];
    size_t mark = possessive_after(c, owner->end);
    if (owner->start != c->t[t0].start || who->type != NP_ENT_PERSON ||
        who->end > limit || who->end > c->sents[si].end || !mark || quoted(c, owner->start))
        return NULL;
    size_t words = 0, k = tok_at_or_after(c, owner->end + mark), last_end = owner->end + mark;
    int title = 0;
    for (; k < c->n && c->t[k].start < who->start; k++, words++) {
        size_t n = c->t[k].norm ? strlen(c->t[k].norm) : 0;
        int is_title = n && (np_lex_is_title_word(c->t[k].norm, n) || np_lex_kin(c->t[k].norm, n));
        if (!n || words >= APPOSED_ROLE_WORDS || (!is_title && !np_lex_is_title_modifier(c->t[k].norm, n) &&
                                                  (c->t[k].flags & NP_TOK_CAP)))
            return NULL;
        title |= is_title;
        last_end = c->t[k].end;
    }
    if (!title || !memchr(c->text + last_end, ',', who->start - last_end))
        return NULL;
    size_t e = who->end;
    while (e < c->len && c->text[e] == ' ')
        e++;
    return e < c->len && c->text[e] == ',' ? who : NULL;
}

#define PRONOUN_CHAIN 3 /* sentences a "he" may be passed back through */

/* A pronoun speaker (kind 2, he/she): the titled subject of its own
 * sentence ("Mr. Hale alluded to Ms. Kern's trip when he said ...": Hale)
 * or, when the pronoun's sentence names nobody and nothing before it, the
 * subject of the sentence before ("Hale said he would talk with Kern.  He
 * said in May he was 'ready'": Hale): a pronoun in subject position
 * continues the subject, not the last name read.  Else the last named
 * speaker, unless another person was named since (recent_or_nobody); "she"
 * cannot be a speaker known as a man, and the reverse: then the recent
 * person if that fits, else nobody.  A resolved pronoun continues (or
 * starts) the turn. */
static const np_entity_mention *pronoun_speaker(const ctx *c, turn *tn, const attrib *a, const qspan *q)
{
    const np_entity_mention *recent = NULL;
    size_t pron_at = c->t[a->pron].start;
    for (size_t x = np_mention_at_or_after(c->m, c->nm, pron_at); x-- > 0;)
        if (c->m[x].type == NP_ENT_PERSON && c->m[x].end <= pron_at && !quoted(c, c->m[x].start)) {
            recent = &c->m[x];
            break;
        }
    long sp = np_sentence_at(c->sents, c->ns, pron_at);
    const np_entity_mention *subj = named_subject(c, sp, pron_at, SUBJECT_NAMED);
    if (subj && !(subj->flags & NP_MENTION_TITLED))
        subj = NULL; /* "Harbour Daily reported on Vesna's speech, when he said": a name
                      * with a title is surely a person, a bare one may be an outlet */
    const np_entity_mention *apposed = subj ? NULL : apposed_subject(c, sp, pron_at);
    int named_before = 0; /* a name of any kind before the pronoun in its sentence */
    for (size_t x = sp >= 0 ? np_mention_at_or_after(c->m, c->nm, c->sents[sp].start) : c->nm;
         x < c->nm && c->m[x].start < pron_at; x++)
        named_before |= !quoted(c, c->m[x].start);
    /* the sentence before the quotation (past its own sentences: "“It is
     * naive.  He will fail,” he said."): the outlet's words before it.
     * When it reports what someone said without quoting ("Most mayors
     * would have signed, said Ana Ruiz, a consultant who worked for
     * Kord."), the next "she said" goes on with that speaker; else with
     * its subject */
    long qs = np_sentence_at(c->sents, c->ns, q->open), prev = (qs >= 0 && qs < sp ? qs : sp) - 1;
    const np_entity_mention *reported = !subj && !named_before && prev >= 0 ? reported_speaker(c, prev) : NULL;
    subj = reported ? reported : subj;
    const char pg = c->t[a->pron].norm[0] == 's' ? 'f' : 'm'; /* the pronoun's gender: "she", "he" */
    if (!subj && !named_before && prev >= 0 && possessed_subject(c, prev, pg))
        return NULL; /* "Nichols' mother expressed their sentiments.  '...,' she said" */
    /* "Kord's lawyer, Ana Ruiz, was scathing.  '...,' he said": the
     * person the role is set off with, not its owner opening the sentence */
    if (!subj && !apposed && !named_before && prev >= 0) {
        apposed = apposed_subject(c, prev, pron_at);
        /* ... whom the pronoun can name ("Ms Kord's lawyer, Mr Tom Ruiz,
         * was furious.  '...,' she said" is Ms Kord's) */
        char ga = apposed ? gender_of(c, &tn->gb, fullest(c, apposed)) : 0;
        if (ga && ga != pg)
            apposed = NULL;
    }
    if (!subj && !apposed && !named_before && prev >= 0)
        subj = named_subject(c, prev, pron_at, SUBJECT_NAMED);
    /* "X said he wondered how she coped.  '...,' she said": the "she" is the
     * one X spoke of, not X */
    const np_entity_mention *not_x = NULL;
    if (!named_before && prev >= 0 && subj && reports_other(c, prev, pg)) {
        not_x = fullest(c, subj);
        reported = subj = NULL;
    }
    /* a chain of the pronoun: the sentence before names no subject of its
     * own and speaks of the same "he" before naming anyone ("Mr. Hale,
     * who ..., was coy.  Aides said he hoped to sway Ms. Kern.  '...,' he
     * said"): that pronoun and this one continue the subject of the
     * sentence before it, up to PRONOUN_CHAIN sentences back ("She fled.
     * She would not say why.  '...,' she said") */
    const np_entity_mention *chained = NULL;
    for (long back = prev; !subj && !apposed && !named_before && back > 0 && prev - back < PRONOUN_CHAIN &&
                           pronoun_before_names(c, back, pg == 'f');
         back--)
        subj = chained = named_subject(c, back - 1, pron_at, 1);
    if (subj && recent && recent != subj)
        recent = subj;
    const np_entity_mention *sm = tn->last_speaker;
    if (reported || chained || apposed) {
        /* a speaker already, the subject the pronoun's chain leads to, or
         * the sentence's subject named with its role: no doubt left
         * between it and the last speaker */
        sm = fullest(c, reported ? reported : chained ? chained : apposed);
    } else if (recent && (!sm || recent->start > tn->last_speaker_at)) {
        sm = recent_or_nobody(c, tn, sm, recent, pron_at);
        /* ambiguous between the last speaker and the person named since,
         * unless the pronoun fits only the latter ("Mr. Hale spoke ... on
         * Ms. Kern's remarks, when she said") */
        const np_entity_mention *rf = fullest(c, recent);
        if (!sm && tn->last_speaker && gender_of(c, &tn->gb, tn->last_speaker) == (pg == 'f' ? 'm' : 'f') &&
            gender_of(c, &tn->gb, rf) == pg)
            sm = rf;
    }
    if (sm) {
        char g = gender_of(c, &tn->gb, sm);
        if (g && g != pg) {
            const np_entity_mention *alt = recent ? fullest(c, recent) : NULL;
            sm = (alt && alt != sm && !same_name(c->text, alt, sm->name_start, sm->name_end - sm->name_start) &&
                  gender_of(c, &tn->gb, alt) != (pg == 'f' ? 'm' : 'f'))
                     ? alt
                     : NULL;
        }
    }
    if (sm && not_x && same_name(c->text, sm, not_x->name_start, not_x->name_end - not_x->name_start))
        sm = NULL;
    if (sm) {
        note_gender(&tn->gb, sm, pg);
        tn->last_speaker = sm;
        tn->last_speaker_at = q->close;
    }
    return sm;
}

/* Fill r's speaker from sm (the span is the pronoun's for kind 2); 0 when
 * the arena is out of memory. */
static int set_speaker(const ctx *c, np_quote *r, const attrib *a, const np_entity_mention *sm)
{
    r->speaker = np_arena_strndup(c->arena, c->text + sm->name_start, sm->name_end - sm->name_start);
    if (!r->speaker)
        return 0;
    r->speaker_start = a->kind == 2 ? c->t[a->pron].start : sm->name_start;
    r->speaker_end = a->kind == 2 ? c->t[a->pron].end : sm->name_end;
    r->speaker_mention = sm - c->m;
    return 1;
}

#define GROUP_REACH 1500 /* bytes after a group's quote that "they said" still means it */

/* No other group of people is named (outside quotations) between the last
 * group's quote and byte `before`: "they" still means that group, not the
 * two people the text turned to ("Mayor X and Governor Y met the press.
 * '...,' they said").  People named one by one do not count: the story's
 * own figures are named all along. */
static int no_other_group_since(const ctx *c, const turn *tn, size_t before)
{
    for (size_t x = np_mention_at_or_after(c->m, c->nm, tn->group_at); x < c->nm && c->m[x].start < before; x++) {
        if (c->m[x].type != NP_ENT_PERSON || quoted(c, c->m[x].start) ||
            (c->m[x].start >= tn->group.speaker_start && c->m[x].start < tn->group.speaker_end))
            continue;
        long si = np_sentence_at(c->sents, c->ns, c->m[x].start);
        if (si >= 0 && group_first(c, tok_at_or_after(c, c->sents[si].start), (long)x) >= 0)
            return 0;
    }
    return 1;
}

/* The plural role noun at token k ("the chairmen said") fits the group:
 * its singular is the title of one of the members ("Chairman A, ...") or
 * a member of a legislature, which every politician quoted in a group may
 * be called.  "The lawyers said" or "the officials said" is someone else. */
static int group_role(const ctx *c, const np_quote *g, size_t k)
{
    static const char *const legislator[] = {"congressman", "congresswoman", "senator", "representative",
                                             "lawmaker", "legislator", NULL};
    char one[40];
    if (k >= c->n || !plural_title(c->t[k].norm, one, sizeof one))
        return 0;
    for (size_t i = 0; legislator[i]; i++)
        if (!strcmp(one, legislator[i]))
            return 1;
    size_t n = strlen(one);
    for (size_t x = tok_at_or_after(c, g->speaker_start); x < c->n && c->t[x].start < g->speaker_end; x++)
        if (strlen(c->t[x].norm) == n && !strcmp(c->t[x].norm, one))
            return 1;
    return 0;
}

/* A group that spoke (kind 4): "Orrin Hale, Tomas Kord and Ana Ruiz", each
 * in its fullest name, from the people named from a->mention to a->last;
 * the group's first member is the quote's speaker mention.  0 when the
 * arena is out of memory. */
static int set_group(const ctx *c, np_quote *r, const attrib *a)
{
    size_t len = 0, n = 0;
    for (long x = a->mention; x <= a->last; x++)
        if (c->m[x].type == NP_ENT_PERSON && !quoted(c, c->m[x].start)) {
            const np_entity_mention *f = fullest(c, &c->m[x]);
            len += f->name_end - f->name_start + 5;
            n++;
        }
    char *out = np_arena_alloc(c->arena, len + 1), *p = out;
    if (!out)
        return 0;
    size_t i = 0;
    for (long x = a->mention; x <= a->last; x++) {
        if (c->m[x].type != NP_ENT_PERSON || quoted(c, c->m[x].start))
            continue;
        const np_entity_mention *f = fullest(c, &c->m[x]);
        if (i) {
            const char *sep = i + 1 == n ? " and " : ", ";
            memcpy(p, sep, strlen(sep));
            p += strlen(sep);
        }
        memcpy(p, c->text + f->name_start, f->name_end - f->name_start);
        p += f->name_end - f->name_start;
        i++;
    }
    *p = 0;
    r->speaker = out;
    r->speaker_start = c->m[a->mention].start;
    r->speaker_end = c->m[a->last].end;
    r->speaker_mention = a->mention;
    r->by_group = 1;
    return 1;
}

/* Role word w (a token's norm) stands in prev's attribution, outside its
 * quotations: the words of the sentence its speaker's name is in ("said
 * Finance Minister Ana Ruiz", "said Ada Voss, the union leader"), not the
 * quoted words ("“... the minister knows it,” said Nils Mott"). */
static int role_in_attribution(const ctx *c, const np_quote *prev, const char *w)
{
    long ss = np_sentence_at(c->sents, c->ns, prev->speaker_start);
    if (ss < 0)
        return 0;
    for (size_t k = tok_at_or_after(c, c->sents[ss].start); k < c->n && c->t[k].start < c->sents[ss].end; k++)
        if (c->t[k].norm && !strcmp(c->t[k].norm, w) && !quoted(c, c->t[k].start))
            return 1;
    return 0;
}

/* A sentence from sentence si on, before offset end, opens on someone
 * named by a role the previous speaker's attribution does not hold ("“...,”
 * said councillor Nils Mott. The minister disagreed. “...”"): another
 * person may speak next.  "The minister added" after "said Finance
 * Minister Ana Ruiz" is the same person. */
static int role_subject_between(const ctx *c, const np_quote *prev, long si, size_t end)
{
    for (; si >= 0 && (size_t)si < c->ns && c->sents[si].start < end; si++) {
        size_t k = tok_at_or_after(c, c->sents[si].start);
        /* past an opening connective or time ("However, the mayor ...",
         * "Two hours later, the mayor ...") */
        for (size_t j = k; j < c->n && j < k + 4 && c->t[j].start < c->sents[si].end; j++)
            if (c->t[j].end < c->len && c->text[c->t[j].end] == ',') {
                k = j + 1;
                break;
            }
        if (k + 1 >= c->n || !c->t[k].norm ||
            (strcmp(c->t[k].norm, "the") && strcmp(c->t[k].norm, "a") && strcmp(c->t[k].norm, "an")))
            continue;
        for (size_t r = k + 1; r <= k + 5 && r < c->n && c->t[r].start < c->sents[si].end; r++) {
            const char *w = c->t[r].norm;
            if (!w || !np_lex_is_title_word(w, strlen(w)) || quoted(c, c->t[r].start))
                continue;
            if (!role_in_attribution(c, prev, w))
                return 1;
        }
    }
    return 0;
}

/* Is another person than prev's speaker named, outside quotes, in a
 * sentence of its own between prev (span pq) and q?  "“The scheme was
 * rotten,” said councillor Nils Mott. Prosecutor Hana Bell answered him at
 * once. “The evidence points to one man.”": the words after the answer may
 * be hers; not knowing, nobody's rather than Mott's.  The sentence that
 * holds the attribution may name others ("said Mott, a rival of Bell"). */
static int other_named_between(const ctx *c, const np_quote *prev, const qspan *pq, const qspan *q)
{
    size_t from = prev->speaker_start > pq->close ? prev->speaker_start : pq->close;
    long si = np_sentence_at(c->sents, c->ns, from);
    if (si < 0)
        return 0;
    size_t lo = c->sents[si].end;
    uint64_t key = prev->speaker_mention >= 0 ? surname_key(c, &c->m[prev->speaker_mention]) : 0;
    for (size_t x = np_mention_at_or_after(c->m, c->nm, lo); x < c->nm && c->m[x].end <= q->open; x++) {
        const np_entity_mention *m = &c->m[x];
        if (m->type == NP_ENT_PERSON && !quoted(c, m->start) && (prev->speaker_mention < 0 || surname_key(c, m) != key))
            return 1;
    }
    return role_subject_between(c, prev, si + 1, q->open);
}

/* Do the words of bytes [a, b) go on with a second speech verb of the
 * same subject ("... “reckless,” and said the figures were"), naming
 * nobody ("and Tomas Berg said" is another speaker)? */
static int second_predicate(const ctx *c, size_t a, size_t b)
{
    for (size_t i = tok_at_or_after(c, a); i + 1 < c->n && c->t[i].end <= b; i++)
        if ((tok_is(c, i, "and") || tok_is(c, i, "but")) && speech_verb(c, i + 1))
            /* nobody else, and no clause of someone else's, before it
             * ("after a union official walked out and said") */
            return !other_clause_between(c, a, c->t[i].start);
    return 0;
}

/* Turn the spans c->q into quotes res[0..*nr) with their speakers, in text
 * order. */
static np_status attribute_quotes(const ctx *c, np_quote *res, size_t *nr)
{
    turn tn;
    tn.last_speaker = NULL;
    tn.last_speaker_at = 0;
    tn.prev_after = 0;
    tn.gb.n = 0;
    memset(&tn.group, 0, sizeof tn.group);
    tn.group_at = 0;
    for (size_t k = 0; k < c->nq; k++) {
        const qspan *q = &c->q[k];
        size_t s, e;
        if (!trim_quote(c->text, q, &s, &e))
            continue;
        np_quote *r = &res[*nr];
        memset(r, 0, sizeof *r);
        r->start = s;
        r->end = e;
        r->speaker_mention = -1;
        r->is_short = word_count(c->text + s, e - s) <= 3;
        int after, reported;
        attrib a = attribute(c, q, s, e, &after, &reported);
        /* kind 3: an attribution whose speaker is not named ("a spokesman
         * said"): no speaker, and no inheritance from the previous quote */
        int anonymous = a.kind == 3;
        if (anonymous)
            a.kind = 0;
        const np_quote *prev = *nr > 0 ? &res[*nr - 1] : NULL;
        /* "“In all of these talks,” the ministry said, “the aim is ...”":
         * the attribution that named the first part splits one sentence;
         * the second part is the same speaker's whatever that clause
         * reads as on its own ("the ministry statement said"), unless it
         * names someone else */
        int split = prev && prev->speaker && tn.prev_after && split_sentence(c, &c->q[k - 1], q) &&
                    (!a.kind || (a.kind == 1 && a.mention == prev->speaker_mention));
        int goes_on = !a.kind && !anonymous && prev && prev->speaker && (tn.prev_after || c->q[k - 1].unclosed) &&
                      continues_quote(c, &c->q[k - 1], q) && !other_named_between(c, prev, &c->q[k - 1], q);
        /* "Varga called the plan “reckless,” and said the figures were
         * “invented,” the Herald reported": the newspaper is where the
         * outlet read it; the speaker is the one quoted before in the same
         * sentence, when no one else is named between */
        int reported_on = reported && prev && prev->speaker && !prev->by_group &&
                          np_sentence_at(c->sents, c->ns, c->q[k - 1].open) == np_sentence_at(c->sents, c->ns, q->open) &&
                          second_predicate(c, c->q[k - 1].close, q->open);
        if (split || goes_on || reported_on) {
            r->speaker = prev->speaker;
            r->speaker_start = prev->speaker_start;
            r->speaker_end = prev->speaker_end;
            r->speaker_mention = prev->speaker_mention;
            r->by_pronoun = prev->by_pronoun;
            r->by_group = prev->by_group;
            r->continues = split || goes_on; /* a quotation of its own otherwise */
            (*nr)++;
            continue;
        }
        tn.prev_after = 0;
        if (a.kind == 6) {
            /* a nation's body: its words as written ("Norlandic government"),
             * no mention behind them */
            size_t b0 = c->t[a.w0].start, b1 = c->t[a.w1].end;
            if (!(r->speaker = np_arena_strndup(c->arena, c->text + b0, b1 - b0)))
                return NP_ENOMEM;
            r->speaker_start = b0;
            r->speaker_end = b1;
            tn.prev_after = after;
            (*nr)++;
            continue;
        }
        if (a.kind == 4 || a.kind == 5) {
            /* a group speaks: named here, or "they" / "the chairmen" a few
             * paragraphs after it was (GROUP_REACH bytes) */
            if (a.kind == 4) {
                if (!set_group(c, r, &a))
                    return NP_ENOMEM;
                tn.group = *r;
            } else if (tn.group.speaker && q->open - tn.group_at <= GROUP_REACH &&
                       no_other_group_since(c, &tn, q->open) && (a.w0 == SIZE_MAX || group_role(c, &tn.group, a.w0))) {
                r->speaker = tn.group.speaker;
                r->speaker_start = tn.group.speaker_start;
                r->speaker_end = tn.group.speaker_end;
                r->speaker_mention = tn.group.speaker_mention;
                r->by_pronoun = 1;
                r->by_group = 1;
            }
            if (r->speaker)
                tn.group_at = q->close;
            tn.prev_after = after && r->speaker;
            (*nr)++;
            continue;
        }
        const np_entity_mention *sm = NULL;
        if (a.kind == 1) {
            sm = named_speaker(c, &tn, &a, q);
        } else if (a.kind == 2) {
            sm = pronoun_speaker(c, &tn, &a, q);
            r->by_pronoun = sm != NULL;
        }
        if (sm && !set_speaker(c, r, &a, sm))
            return NP_ENOMEM;
        tn.prev_after = after && sm != NULL;
        (*nr)++;
    }
    return NP_OK;
}

np_status np_quotes_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                             const np_span *sents, size_t n_sents, const np_entity_mention *mentions,
                             size_t n_mentions, np_arena *arena, np_quote **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    ctx c = {.text = text, .len = len, .m = mentions, .nm = mentions ? n_mentions : 0, .arena = arena};
    np_span *own = NULL;
    np_status st = quote_context(&c, tok, ntok, sents, n_sents, &own);
    if (st != NP_OK)
        return st;
    qvec qv = {0};
    if (!find_spans(&c, &qv)) {
        np_free(own);
        return NP_ENOMEM;
    }
    np_quote *res = qv.n ? np_arena_alloc(arena, qv.n * sizeof *res) : NULL;
    if (qv.n && !res) {
        np_free(own);
        return NP_ENOMEM;
    }
    c.q = qv.v;
    c.nq = qv.n;
    size_t nr = 0;
    np_u64map memo;
    np_u64map_init(&memo);
    c.fullest_memo = &memo;
    st = count_surnames(&c);
    if (st == NP_OK)
        st = attribute_quotes(&c, res, &nr);
    np_u64map_free(&c.surnames);
    np_free(c.by_surname);
    np_u64map_free(&memo);
    np_free(own);
    if (st != NP_OK)
        return st;
    *out = nr ? res : NULL;
    *n = nr;
    return NP_OK;
}

const np_quote *np_quote_at(const np_quote *quotes, size_t n, size_t off)
{
    /* quotes are in text order and apart (find_spans()): the first ending
     * after off is the only one that may hold it */
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (quotes[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && quotes[lo].start <= off ? &quotes[lo] : NULL;
}

np_status np_quotes_find(const char *text, size_t len, const np_span *sents, size_t n_sents,
                         const np_entity_mention *mentions, size_t n_mentions,
                         np_arena *arena, np_quote **out, size_t *n)
{
    return np_quotes_find_tok(text, len, NULL, 0, sents, n_sents, mentions, n_mentions, arena, out, n);
}
