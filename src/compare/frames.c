/*
 * compare/frames.c — the frame of each event word of each sentence
 * (compare/frames.h): asserted, expected, norm/ability, open,
 * conditional or generic.  Token heuristics, no parser: a sentence is cut into
 * clauses at , ; : ( ) and dashes and before subordinators ("if", "when",
 * "but", "because", ...); inside a clause a modal cue ("will", "plan to",
 * "have a right to", "whether") frames the words from it to the clause's
 * end (the strongest cue so far wins: "will decide whether to apply" puts
 * "apply" under "whether"), and the words before the first cue (subject,
 * reporting verb) get no frame; a condition ("if", "unless", "when" with
 * no past-tense word after it, a restrictive "who don't ...") frames its
 * own words and its consequent's.
 *
 * Why: outlets that share an action's words often state different
 * propositions about it: one says people will decide whether to apply for
 * asylum, one that they have a right to, one that they planned to; one
 * says people took buses, another that people are likely to be put on
 * buses when they get a chance; one speaks of those who pass a test,
 * another of those who don't.  Cosine and shared event words cannot tell.
 */
#include <stdlib.h>
#include <string.h>

#include "compare/frames.h"
#include "core/mem.h"
#include "extract/analysis.h"
#include "text/lexicon.h"
#include "text/token.h"

struct np_frames {
    const np_sent *sents; /* the story's sentences */
    size_t *off;          /* per sentence: index of its first event word's mask; [n_sents] = total */
    unsigned char *mask;  /* per event word (np_sent.ev order): NP_FRAME_* bits, 0 = no frame */
    unsigned char **tok;  /* per doc, per token: the NP_FRAME_* bit of the word there, 0 = none */
};

/* Positional cue levels, weakest first: a word takes the strongest cue at
 * or before it in its clause.  The cue words themselves ("whether",
 * "plan", "right") are LV_CUE: they say how, not what, and take no frame
 * (two outlets' "whether" would otherwise match whatever they frame). */
enum { LV_NONE, LV_ASSERT, LV_EXPECT, LV_NORM, LV_OPEN, LV_CUE };

#define NO_TERM UINT32_MAX
#define QUOTED 0x80u /* beside the NP_FRAME_* bits: the word is inside a quotation */
#define OPEN_IF_BACK 2 /* words before "if" that may ask ("asked if", "unclear if") */

/* The cue-word lists, each a class bit of a word (a word may be in
 * several).  Each token of a sentence is looked up once (word_class()),
 * and the heuristics below test bits: checking every list for every token
 * with strcmp cost as much as the rest of the brief's alignment. */
enum {
    W_NEG = 1u << 0,           /* negates ("not", "never", "fail" in the present) */
    W_SUB = 1u << 1,           /* opens a clause of its own */
    W_ASK = 1u << 2,           /* "if" after it asks ("asked if", "unclear if") */
    W_FIND = 1u << 3,          /* "to find out what" */
    W_MODAL_EXPECT = 1u << 4,  /* auxiliary of expectation or intention */
    W_MODAL_NORM = 1u << 5,    /* auxiliary of norm or ability */
    W_EXPECT_TO = 1u << 6,     /* "<word> to" of expectation or intention */
    W_NORM_TO = 1u << 7,       /* "<word> to" of norm or ability */
    W_RIGHT_AFTER = 1u << 8,   /* before "right to": "a right to", "have the right to" */
    W_OPEN = 1u << 9,          /* an open question ("whether", "considering") */
    W_WH = 1u << 10,           /* question word */
    W_NOT_WILL = 1u << 11,     /* before a noun "will" or "can" ("their will") */
    W_PAST = 1u << 12,         /* past-tense auxiliary */
    W_PRES_NEG = 1u << 13,     /* present negated ("who don't pass") */
    W_HAB = 1u << 14,          /* what usually happens */
    W_IF = 1u << 15,           /* the single words the heuristics name */
    W_UNLESS = 1u << 16,
    W_WHEN = 1u << 17,         /* "when", "whenever" */
    W_REL = 1u << 18,          /* "who", "that" */
    W_OUT = 1u << 19,
    W_MAY = 1u << 20,
    W_TO = 1u << 21,
    W_RIGHT = 1u << 22,        /* "right", "rights" */
    W_DO = 1u << 23,           /* "do", "does" */
    W_NOT = 1u << 24,
    W_NT = 1u << 25,           /* ends in "n't" */
    W_LL = 1u << 26,           /* ends in "'ll" */
    W_ED = 1u << 27,           /* past-looking: longer than 4 bytes, ends in "ed" but not "eed" */
    W_WORD = 1u << 28,         /* the token has a word (norm); every other bit implies it */
};

static const char *const neg_words[] = {"not", "never", "no", "nor", "cannot", "fail", "fails", NULL};
static const char *const sub_words[] = {"if",       "unless",  "when",  "whenever", "but",     "because",
                                        "although", "though",  "while", "where",    "whereas", NULL};
static const char *const ask_words[] = {"ask",      "asked",     "asks",    "asking",  "wonder", "wondered", "wondering",
                                        "know",     "unclear",   "unknown", "see",     "decide", "decides",  "decided",
                                        "deciding", "determine", "sure",    "clear",   NULL};
static const char *const find_words[] = {"find", "finds", "found", "finding", NULL};
static const char *const modal_expect_words[] = {"will",  "would", "shall",    "may",      "might",
                                                 "could", "won't", "wouldn't", "couldn't", NULL};
static const char *const modal_norm_words[] = {"can",     "cannot", "can't",     "must", "mustn't",
                                               "should",  "shouldn't", "ought", NULL};
static const char *const expect_to_words[] = {
    "going",   "expected", "expects",   "expect",  "likely",  "unlikely", "set",     "plan",   "plans",
    "planned", "planning", "intend",    "intends", "intended", "intending", "aim",   "aims",   "aimed",
    "aiming",  "hope",     "hopes",     "hoped",   "hoping",  "want",     "wants",   "wanted", "seek",
    "seeks",   "seeking",  "scheduled", "poised",  "about",   "vowed",    "vow",     "vows",   "promised",
    "threatened", "threatens", NULL};
static const char *const norm_to_words[] = {"allowed",  "permitted", "required", "entitled", "eligible", "obliged",
                                            "obligated", "able",     "unable",   "has",      "have",     "need",
                                            "needs",    NULL};
static const char *const right_after_words[] = {"a",  "the", "their", "its",  "his", "her",
                                                "our", "no", "have",  "has", NULL};
static const char *const open_words[] = {"whether",     "considering",  "weighing", "mulling",   "investigating",
                                         "investigate", "investigates", "probing",  "examining", NULL};
static const char *const wh_words[] = {"what", "how", "why", "which", "who", "whom", "when", "where", NULL};
static const char *const not_will_words[] = {"the", "their", "his", "her", "its", "own", "a", "political", "free",
                                             NULL};
static const char *const past_words[] = {"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", NULL};
static const char *const pres_neg_words[] = {"don't", "doesn't", "cannot", "can't", "won't", "fail", "fails", NULL};
static const char *const hab_words[] = {"typically", "usually",    "often",     "generally", "normally", "routinely",
                                        "commonly",  "frequently", "sometimes", "tend",      "tends",    NULL};
static const char *const if_words[] = {"if", NULL};
static const char *const unless_words[] = {"unless", NULL};
static const char *const when_words[] = {"when", "whenever", NULL};
static const char *const rel_words[] = {"who", "that", NULL};
static const char *const out_words[] = {"out", NULL};
static const char *const may_words[] = {"may", NULL};
static const char *const to_words[] = {"to", NULL};
static const char *const right_words[] = {"right", "rights", NULL};
static const char *const do_words[] = {"do", "does", NULL};
static const char *const not_words[] = {"not", NULL};

static const struct {
    const char *const *words;
    uint32_t bit;
} cue_lists[] = {
    {neg_words, W_NEG},         {sub_words, W_SUB},           {ask_words, W_ASK},
    {find_words, W_FIND},       {modal_expect_words, W_MODAL_EXPECT}, {modal_norm_words, W_MODAL_NORM},
    {expect_to_words, W_EXPECT_TO}, {norm_to_words, W_NORM_TO}, {right_after_words, W_RIGHT_AFTER},
    {open_words, W_OPEN},       {wh_words, W_WH},             {not_will_words, W_NOT_WILL},
    {past_words, W_PAST},       {pres_neg_words, W_PRES_NEG}, {hab_words, W_HAB},
    {if_words, W_IF},           {unless_words, W_UNLESS},     {when_words, W_WHEN},
    {rel_words, W_REL},         {out_words, W_OUT},           {may_words, W_MAY},
    {to_words, W_TO},           {right_words, W_RIGHT},       {do_words, W_DO},
    {not_words, W_NOT},
};

/* One cue word and the bits of every list that holds it. */
typedef struct cue_word {
    const char *w;
    uint32_t bits;
} cue_word;

/* The merged cue lexicon, sorted by word for bsearch; built once per
 * np_frames_build() (the lists are small, the sort costs nothing beside
 * the story) so the lists above can stay in reading order. */
typedef struct cue_lex {
    cue_word *words;
    size_t n;
} cue_lex;

static int cmp_cue_word(const void *x, const void *y)
{
    return strcmp(((const cue_word *)x)->w, ((const cue_word *)y)->w);
}

static np_status cue_lex_build(cue_lex *lx)
{
    size_t total = 0;
    for (size_t l = 0; l < sizeof cue_lists / sizeof cue_lists[0]; l++)
        for (size_t i = 0; cue_lists[l].words[i]; i++)
            total++;
    lx->n = 0;
    if (!(lx->words = np_malloc(total * sizeof *lx->words)))
        return NP_ENOMEM;
    for (size_t l = 0; l < sizeof cue_lists / sizeof cue_lists[0]; l++)
        for (size_t i = 0; cue_lists[l].words[i]; i++)
            lx->words[lx->n++] = (cue_word){cue_lists[l].words[i], cue_lists[l].bit};
    qsort(lx->words, lx->n, sizeof *lx->words, cmp_cue_word);
    size_t u = 0;
    for (size_t i = 0; i < lx->n; i++) {
        if (u && !strcmp(lx->words[u - 1].w, lx->words[i].w))
            lx->words[u - 1].bits |= lx->words[i].bits;
        else
            lx->words[u++] = lx->words[i];
    }
    lx->n = u;
    return NP_OK;
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n > m && !memcmp(w + n - m, suf, m);
}

/* The class bits of word w (NULL: 0). */
static uint32_t word_class(const cue_lex *lx, const char *w)
{
    if (!w)
        return 0;
    size_t n = strlen(w);
    uint32_t bits = W_WORD;
    cue_word key = {w, 0};
    const cue_word *hit = bsearch(&key, lx->words, lx->n, sizeof *lx->words, cmp_cue_word);
    if (hit)
        bits |= hit->bits;
    if (ends_with(w, n, "n't"))
        bits |= W_NT;
    if (ends_with(w, n, "'ll"))
        bits |= W_LL;
    if (n > 4 && ends_with(w, n, "ed") && !ends_with(w, n, "eed"))
        bits |= W_ED;
    return bits;
}

/* A sentence's tokens [lo, hi) of an, with the class bits of each
 * (cls[k - lo]). */
typedef struct sview {
    const np_analysis *an;
    const uint32_t *cls;
    uint32_t lo, hi;
} sview;

/* The class of token k (0 outside the sentence). */
static uint32_t cls_at(const sview *v, uint32_t k)
{
    return k >= v->lo && k < v->hi ? v->cls[k - v->lo] : 0;
}

/* A word that negates: "not", "never", "no", "didn't", "cannot", and "fail"
 * in the present ("if they fail to appear"). */
static int negation(uint32_t c)
{
    return (c & (W_NEG | W_NT)) != 0;
}

/* The text between tokens k-1 and k ends a clause: , ; : ( ) [ ] or a dash
 * standing alone (" - ", an en or em dash). */
static int gap_breaks(const np_analysis *an, uint32_t k)
{
    const char *g = an->text + an->tokens[k - 1].end;
    size_t n = an->tokens[k].start - an->tokens[k - 1].end;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)g[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']')
            return 1;
        if (c == '-' && i > 0 && g[i - 1] == ' ' && i + 1 < n && g[i + 1] == ' ')
            return 1;
        if (c == 0xE2 && i + 2 < n && (unsigned char)g[i + 1] == 0x80 &&
            ((unsigned char)g[i + 2] == 0x93 || (unsigned char)g[i + 2] == 0x94))
            return 1;
    }
    return 0;
}

/* The text between tokens k-1 and k holds a quotation mark. */
static int gap_quotes(const np_analysis *an, uint32_t k)
{
    const char *g = an->text + an->tokens[k - 1].end;
    size_t n = an->tokens[k].start - an->tokens[k - 1].end;
    for (size_t i = 0; i < n; i++)
        if (g[i] == '"' || ((unsigned char)g[i] == 0xE2 && i + 2 < n && (unsigned char)g[i + 1] == 0x80 &&
                            ((unsigned char)g[i + 2] == 0x9C || (unsigned char)g[i + 2] == 0x9D)))
            return 1;
    return 0;
}

/* "if" asking rather than supposing: "asked if", "unclear if", "to see if";
 * likewise a question word after such a word ("asks what", "wants to know
 * how").  lo: the clause's (sentence's) first token. */
static int open_if(const sview *v, uint32_t k, uint32_t lo)
{
    for (uint32_t q = k, n = 0; q > lo && n < OPEN_IF_BACK; q--, n++)
        if (cls_at(v, q - 1) & W_ASK)
            return 1;
    /* "to find out what" */
    return k > lo + 1 && (cls_at(v, k - 1) & W_OUT) && (cls_at(v, k - 2) & W_FIND);
}

/* The positional cue at token k of a clause ending at hi (LV_NONE when k
 * is none): an auxiliary or a "<word> to" of expectation, intention,
 * norm or ability, or an open question. */
static unsigned cue_at(const sview *v, uint32_t k, uint32_t lo, uint32_t hi)
{
    uint32_t c = cls_at(v, k), prev = k > lo ? cls_at(v, k - 1) : 0;
    if (!(c & W_WORD))
        return LV_NONE;
    if ((c & W_OPEN) || ((c & (W_IF | W_WH)) && open_if(v, k, lo)))
        return LV_OPEN;
    if ((c & (W_MODAL_EXPECT | W_LL)) && !(prev & W_NOT_WILL)) {
        /* "May 5" is a date */
        if ((c & W_MAY) && k + 1 < hi && (v->an->tokens[k + 1].flags & NP_TOK_NUMBER))
            return LV_NONE;
        return LV_EXPECT;
    }
    if ((c & W_MODAL_NORM) && !(prev & W_NOT_WILL))
        return LV_NORM;
    if (k + 1 >= hi || !(cls_at(v, k + 1) & W_TO))
        return LV_NONE;
    if (c & W_EXPECT_TO)
        return LV_EXPECT;
    if (c & W_NORM_TO)
        return LV_NORM;
    if ((c & W_RIGHT) && (prev & W_RIGHT_AFTER))
        return LV_NORM;
    return LV_NONE;
}

/* A "when" clause [k, hi) that tells of one event rather than supposing
 * one: a past-tense or perfect word ("when they arrived"), or a name or a
 * figure ("when Ana Ruiz visits the capital", "when the deadline passes
 * on May 5") - "when they get a chance" supposes. */
static int one_event(const np_story *s, const sview *v, uint32_t k, uint32_t hi)
{
    for (; k < hi; k++) {
        const np_token *tk = &v->an->tokens[k];
        if (tk->flags & (NP_TOK_CAP | NP_TOK_NUMBER))
            return 1;
        uint32_t c = cls_at(v, k);
        if (!(c & W_WORD))
            continue;
        if ((c & (W_PAST | W_ED)) || (s->wn && np_wn_is_verb(s->wn, tk->norm, strlen(tk->norm)) == 2))
            return 1;
    }
    return 0;
}

/* The condition a clause [k0, hi) holds, from its first cue: 0 none, else
 * NP_FRAME_COND or NP_FRAME_COND_NEG; *at gets the cue's token and *kind
 * 1 for a subordinator ("if", "when"), 2 for a restrictive relative. */
static unsigned condition_in(const np_story *s, const sview *v, uint32_t lo, uint32_t k0, uint32_t hi,
                             uint32_t *at, int *kind)
{
    for (uint32_t k = k0; k < hi; k++) {
        uint32_t c = cls_at(v, k);
        if (!(c & W_WORD))
            continue;
        int cond = 0;
        if (((c & W_IF) && !open_if(v, k, lo)) || (c & W_UNLESS))
            cond = 1;
        else if ((c & W_WHEN) && !open_if(v, k, lo) && !one_event(s, v, k + 1, hi))
            cond = 1;
        else if ((c & W_REL) && k > k0) {
            /* "those who don't pass": a class picked by what it does not do */
            uint32_t n1 = k + 1 < hi ? cls_at(v, k + 1) : 0, n2 = k + 2 < hi ? cls_at(v, k + 2) : 0;
            if ((n1 & W_PRES_NEG) || ((n1 & W_DO) && (n2 & W_NOT)))
                cond = 2;
        }
        if (!cond)
            continue;
        /* "unless they raise" is "if they do not raise" */
        int neg = (c & W_UNLESS) != 0;
        for (uint32_t q = k + 1; q < hi; q++)
            if (negation(cls_at(v, q))) {
                neg = !neg;
                break;
            }
        *at = k;
        *kind = cond;
        return neg ? NP_FRAME_COND_NEG : NP_FRAME_COND;
    }
    return 0;
}

/* Scratch of one sentence: per token its clause, positional level and
 * condition bits; per clause its first token and how it opened. */
typedef struct scratch {
    uint32_t *clause_lo;    /* first token of each clause (+1: the sentence's end) */
    unsigned char *by_punct; /* clause opened after punctuation (or is the first) */
    unsigned char *by_quote; /* clause opened at a quotation mark */
    unsigned char *lvl;     /* per token: LV_* */
    unsigned char *cond;    /* per token: NP_FRAME_COND* or 0 */
    uint32_t *cls;          /* per token: W_* class bits */
    size_t cap;
    cue_lex lex;            /* the cue words (cue_lex_build) */
} scratch;

/* The per-token arrays (sized by scratch_fit()). */
static void scratch_arrays_free(scratch *sc)
{
    np_free(sc->clause_lo);
    np_free(sc->by_punct);
    np_free(sc->by_quote);
    np_free(sc->lvl);
    np_free(sc->cond);
    np_free(sc->cls);
}

static np_status scratch_fit(scratch *sc, size_t n)
{
    if (n <= sc->cap)
        return NP_OK;
    scratch_arrays_free(sc);
    sc->clause_lo = np_malloc((n + 1) * sizeof *sc->clause_lo);
    sc->by_punct = np_malloc(n + 1);
    sc->by_quote = np_malloc(n + 1);
    sc->lvl = np_malloc(n);
    sc->cond = np_malloc(n);
    sc->cls = np_malloc(n * sizeof *sc->cls);
    sc->cap = sc->clause_lo && sc->by_punct && sc->by_quote && sc->lvl && sc->cond && sc->cls ? n : 0;
    return sc->cap ? NP_OK : NP_ENOMEM;
}

static void scratch_free(scratch *sc)
{
    scratch_arrays_free(sc);
    np_free(sc->lex.words);
}

/* Cut the sentence v into clauses; returns their count. */
static size_t cut_clauses(const sview *v, scratch *sc)
{
    const np_analysis *an = v->an;
    uint32_t lo = v->lo, hi = v->hi;
    size_t nc = 0;
    for (uint32_t k = lo; k < hi; k++) {
        int punct = k == lo || gap_breaks(an, k);
        if (punct || (cls_at(v, k) & W_SUB)) {
            /* "but if", ", when": one clause opening */
            if (nc && sc->clause_lo[nc - 1] + 1 == k - lo && !punct && (cls_at(v, k - 1) & W_SUB))
                continue;
            sc->clause_lo[nc] = k - lo;
            sc->by_quote[nc] = (unsigned char)(k > lo && gap_quotes(an, k));
            sc->by_punct[nc++] = (unsigned char)punct;
        }
    }
    sc->clause_lo[nc] = hi - lo;
    return nc;
}

/* Positional levels of the words of clause [a, b) (token offsets from lo). */
static void clause_levels(const sview *v, uint32_t a, uint32_t b, scratch *sc)
{
    uint32_t lo = v->lo;
    unsigned run = LV_NONE, any = 0;
    for (uint32_t k = a; k < b; k++) {
        unsigned c = cue_at(v, lo + k, lo, lo + b);
        if (c > run)
            run = c;
        any |= c != LV_NONE;
        sc->lvl[k] = (unsigned char)(c != LV_NONE ? LV_CUE : run);
    }
    if (!any)
        memset(sc->lvl + a, LV_ASSERT, b - a);
}

/* A clause saying what usually happens ("migrants are typically fitted
 * with monitors", "they often are released") states a generic claim, as a
 * present-tense condition does ("if they pass, they may be released"). */
static int habitual(const sview *v, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (v->cls[k] & W_HAB)
            return 1;
    return 0;
}

/* Condition bits of every word: a condition's own words from its cue (a
 * relative clause's up to its main clause's modal), and its consequent's
 * (up to a quotation mark): the clause before a condition that follows it with no
 * punctuation ("they will be deported if they fail"), else the clause after
 * it, or every later clause when the condition is in the first. */
static void conditions(const np_story *s, const sview *v, size_t nc, scratch *sc)
{
    uint32_t lo = v->lo;
    const uint32_t *cl = sc->clause_lo;
    memset(sc->cond, 0, cl[nc]);
    for (size_t c = 0; c < nc; c++)
        if (habitual(v, cl[c], cl[c + 1]))
            memset(sc->cond + cl[c], NP_FRAME_GENERIC, cl[c + 1] - cl[c]);
    for (size_t c = 0; c < nc; c++) {
        uint32_t at;
        int kind;
        unsigned bits = condition_in(s, v, lo, lo + cl[c], lo + cl[c + 1], &at, &kind);
        if (!bits)
            continue;
        at -= lo;
        size_t from = at, to = cl[c + 1];
        if (kind == 1 && at == cl[c] && !sc->by_punct[c] && c > 0)
            from = cl[c - 1];
        else if (kind == 1) {
            /* a consequent stays inside the quotation that holds the
             * condition: not into '..." the director said' */
            size_t last = c == 0 ? nc : c + 2 <= nc ? c + 2 : nc;
            size_t e = c + 1;
            while (e < last && !sc->by_quote[e])
                e++;
            to = cl[e];
        }
        else /* a relative clause ends where its main clause's modal starts:
              * "firms that lack a licence | will pay a levy" */
            for (size_t k = at + 2; k < to; k++)
                if (cue_at(v, lo + (uint32_t)k, lo, lo + cl[c + 1]) != LV_NONE) {
                    to = k;
                    break;
                }
        for (size_t k = from; k < to; k++)
            if (!sc->cond[k] || sc->cond[k] == NP_FRAME_GENERIC)
                sc->cond[k] = (unsigned char)bits;
    }
}

static unsigned frame_bits(unsigned lvl, unsigned cond)
{
    if (lvl == LV_CUE)
        return 0;
    if (cond)
        return cond;
    switch (lvl) {
    case LV_ASSERT: return NP_FRAME_ASSERT;
    case LV_EXPECT: return NP_FRAME_EXPECT;
    case LV_NORM: return NP_FRAME_NORM;
    case LV_OPEN: return NP_FRAME_OPEN;
    default: return 0;
    }
}


/* The frame bit of every word of sentence se into tok (its doc's token
 * array). */
static np_status sentence_frames(const np_story *s, const np_sent *se, unsigned char *tok, scratch *sc)
{
    const np_analysis *an = &s->an[se->doc];
    uint32_t lo = se->tok_lo, hi = se->tok_hi;
    if (hi <= lo || !se->n_ev)
        return NP_OK;
    if (scratch_fit(sc, hi - lo) != NP_OK)
        return NP_ENOMEM;
    for (uint32_t k = lo; k < hi; k++)
        sc->cls[k - lo] = word_class(&sc->lex, an->tokens[k].norm);
    const sview v = {an, sc->cls, lo, hi};
    size_t nc = cut_clauses(&v, sc);
    for (size_t c = 0; c < nc; c++)
        clause_levels(&v, sc->clause_lo[c], sc->clause_lo[c + 1], sc);
    conditions(s, &v, nc, sc);
    for (uint32_t k = lo; k < hi; k++)
        tok[k] = (unsigned char)frame_bits(sc->lvl[k - lo], sc->cond[k - lo]);
    return NP_OK;
}

/* The frames of event words ev[0..n) of tokens [lo, hi) of doc, from the
 * frame of each token (speech verbs take none). */
static void span_masks(const np_story *s, const unsigned char *tok, int doc, uint32_t lo, uint32_t hi,
                       const uint32_t *ev, uint32_t n, unsigned char *mask)
{
    const np_analysis *an = &s->an[doc];
    memset(mask, 0, n);
    for (uint32_t k = lo; k < hi && n; k++) {
        const np_token *tk = &an->tokens[k];
        uint32_t t = s->tok_term[doc][k];
        if (!tok[k] || t == NO_TERM || !tk->norm || !(tk->flags & NP_TOK_WORD))
            continue;
        /* the event word first: most words are none, and the speech-verb
         * lexicon is the dearer test */
        long i = np_story_sorted_index(ev, n, s->syn ? s->syn[t] : t);
        if (i >= 0 && !np_lex_is_speech_verb(tk->norm, strlen(tk->norm)))
            mask[i] |= tok[k];
    }
}

/* Words inside quotation marks are marked QUOTED: two outlets quoting a
 * speaker are matched on the words, not on their frames (transcripts
 * differ: "They reopen it, they're going to regret it" / "If they
 * reopen it, they will regret it"); a quote and an outlet's own
 * statement are still judged by frame. */
static void mark_quotes(const np_analysis *an, unsigned char *tok)
{
    for (size_t q = 0; q < an->n_quotes; q++)
        for (size_t k = np_story_token_at(an, an->quotes[q].start);
             k < an->n_tokens && an->tokens[k].start < an->quotes[q].end; k++)
            if (tok[k])
                tok[k] |= QUOTED;
}

np_status np_frames_build(np_story *s, np_frames **out)
{
    *out = NULL;
    np_frames *fr = np_arena_alloc(&s->work, sizeof *fr);
    size_t *off = fr ? np_arena_alloc(&s->work, (s->n_sents + 1) * sizeof *off) : NULL;
    unsigned char **tok = off ? np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *tok) : NULL;
    if (!tok)
        return NP_ENOMEM;
    for (size_t d = 0; d < s->n_docs; d++) {
        if (!(tok[d] = np_arena_alloc(&s->work, s->an[d].n_tokens + 1)))
            return NP_ENOMEM;
        memset(tok[d], 0, s->an[d].n_tokens + 1);
    }
    off[0] = 0;
    for (size_t i = 0; i < s->n_sents; i++)
        off[i + 1] = off[i] + s->sents[i].n_ev;
    unsigned char *mask = np_arena_alloc(&s->work, off[s->n_sents] + 1);
    if (!mask)
        return NP_ENOMEM;
    scratch sc = {0};
    np_status st = cue_lex_build(&sc.lex);
    for (size_t i = 0; i < s->n_sents && st == NP_OK; i++) {
        const np_sent *se = &s->sents[i];
        st = sentence_frames(s, se, tok[se->doc], &sc);
    }
    for (size_t d = 0; d < s->n_docs; d++)
        mark_quotes(&s->an[d], tok[d]);
    for (size_t i = 0; i < s->n_sents && st == NP_OK; i++) {
        const np_sent *se = &s->sents[i];
        span_masks(s, tok[se->doc], se->doc, se->tok_lo, se->tok_hi, se->ev, se->n_ev, mask + off[i]);
    }
    scratch_free(&sc);
    if (st != NP_OK)
        return st;
    fr->sents = s->sents;
    fr->off = off;
    fr->mask = mask;
    fr->tok = tok;
    *out = fr;
    return NP_OK;
}

np_status np_frames_span(const np_frames *fr, np_story *s, int doc, uint32_t tok_lo, uint32_t tok_hi,
                         const uint32_t *ev, uint32_t n_ev, unsigned char **out)
{
    *out = NULL;
    if (!fr)
        return NP_OK;
    unsigned char *mask = np_arena_alloc(&s->work, n_ev + 1);
    if (!mask)
        return NP_ENOMEM;
    span_masks(s, fr->tok[doc], doc, tok_lo, tok_hi, ev, n_ev, mask);
    *out = mask;
    return NP_OK;
}

const unsigned char *np_frames_sent(const np_frames *fr, uint32_t sent)
{
    return fr ? fr->mask + fr->off[sent] : NULL;
}

/* Two frames can state one proposition: the same frame, asserted and
 * expected (an outlet writing before the event, one after), or what
 * usually happens and what happens in a case or an event. */
static int compatible(unsigned fa, unsigned fb)
{
    const unsigned real = NP_FRAME_ASSERT | NP_FRAME_EXPECT;
    const unsigned generic = real | NP_FRAME_COND | NP_FRAME_COND_NEG;
    return (fa & fb) || ((fa & real) && (fb & real)) || ((fa & NP_FRAME_GENERIC) && (fb & generic)) ||
           ((fb & NP_FRAME_GENERIC) && (fa & generic));
}

int np_frames_clash_ev(const uint32_t *ev_a, const unsigned char *fa, uint32_t na, const uint32_t *ev_b,
                       const unsigned char *fb, uint32_t nb)
{
    if (!fa || !fb)
        return 0;
    unsigned judged = 0;
    for (uint32_t i = 0, j = 0; i < na && j < nb;) {
        if (ev_a[i] < ev_b[j]) {
            i++;
        } else if (ev_a[i] > ev_b[j]) {
            j++;
        } else {
            if (fa[i] && fb[j] && !(fa[i] & fb[j] & QUOTED)) {
                if (compatible(fa[i] & ~QUOTED, fb[j] & ~QUOTED))
                    return 0;
                judged++;
            }
            i++;
            j++;
        }
    }
    return judged > 0;
}

int np_frames_clash(const np_frames *fr, uint32_t a, uint32_t b)
{
    if (!fr)
        return 0;
    const np_sent *x = &fr->sents[a], *y = &fr->sents[b];
    return np_frames_clash_ev(x->ev, fr->mask + fr->off[a], x->n_ev, y->ev, fr->mask + fr->off[b], y->n_ev);
}

unsigned np_frames_of(const np_frames *fr, uint32_t sent, uint32_t i)
{
    if (!fr || i >= fr->sents[sent].n_ev)
        return 0;
    return fr->mask[fr->off[sent] + i] & ~QUOTED;
}

unsigned np_frames_tok(const np_frames *fr, int doc, uint32_t k, int *quoted)
{
    unsigned bits = fr ? fr->tok[doc][k] : 0;
    if (quoted)
        *quoted = (bits & QUOTED) != 0;
    return bits & ~QUOTED;
}
