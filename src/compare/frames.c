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

static int in_list(const char *w, const char *const *list)
{
    for (size_t i = 0; w && list[i]; i++)
        if (!strcmp(w, list[i]))
            return 1;
    return 0;
}

static const char *norm_at(const np_analysis *an, uint32_t k, uint32_t hi)
{
    return k < hi ? an->tokens[k].norm : NULL;
}

static int ends_with(const char *w, const char *suf)
{
    size_t n = strlen(w), m = strlen(suf);
    return n > m && !strcmp(w + n - m, suf);
}

/* A word that negates: "not", "never", "no", "didn't", "cannot", and "fail"
 * in the present ("if they fail to appear"). */
static int negation(const char *w)
{
    static const char *const neg[] = {"not", "never", "no", "nor", "cannot", "fail", "fails", NULL};
    return w && (in_list(w, neg) || ends_with(w, "n't"));
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

/* A word that opens a clause of its own. */
static int opens_clause(const char *w)
{
    static const char *const sub[] = {"if",    "unless",  "when",  "whenever", "but",     "because",
                                      "although", "though", "while", "where",    "whereas", NULL};
    return in_list(w, sub);
}

/* "if" asking rather than supposing: "asked if", "unclear if", "to see if";
 * likewise a question word after such a word ("asks what", "wants to know
 * how"). */
static int open_if(const np_analysis *an, uint32_t k, uint32_t lo)
{
    static const char *const ask[] = {"ask",  "asked",   "asks",    "asking",   "wonder", "wondered", "wondering",
                                      "know", "unclear", "unknown", "see",      "decide", "decides",  "decided",
                                      "deciding", "determine", "sure",  "clear", NULL};
    static const char *const find[] = {"find", "finds", "found", "finding", NULL};
    for (uint32_t q = k, n = 0; q > lo && n < OPEN_IF_BACK; q--, n++)
        if (in_list(an->tokens[q - 1].norm, ask))
            return 1;
    /* "to find out what" */
    const char *w1 = k > lo ? an->tokens[k - 1].norm : NULL;
    return k > lo + 1 && w1 && !strcmp(w1, "out") && in_list(an->tokens[k - 2].norm, find);
}

/* The positional cue at token k of a clause ending at hi (LV_NONE when k
 * is none): an auxiliary or a "<word> to" of expectation, intention,
 * norm or ability, or an open question. */
static unsigned cue_at(const np_analysis *an, uint32_t k, uint32_t lo, uint32_t hi)
{
    static const char *const modal_expect[] = {"will", "would", "shall", "may", "might", "could", "won't",
                                               "wouldn't", "couldn't", NULL};
    static const char *const modal_norm[] = {"can", "cannot", "can't", "must", "mustn't", "should", "shouldn't",
                                             "ought", NULL};
    static const char *const expect_to[] = {
        "going",   "expected", "expects",   "expect",  "likely",  "unlikely", "set",     "plan",   "plans",
        "planned", "planning", "intend",    "intends", "intended", "intending", "aim",   "aims",   "aimed",
        "aiming",  "hope",     "hopes",     "hoped",   "hoping",  "want",     "wants",   "wanted", "seek",
        "seeks",   "seeking",  "scheduled", "poised",  "about",   "vowed",    "vow",     "vows",   "promised",
        "threatened", "threatens", NULL};
    static const char *const norm_to[] = {"allowed",  "permitted", "required", "entitled", "eligible", "obliged",
                                          "obligated", "able",     "unable",   "has",      "have",     "need",
                                          "needs",    NULL};
    static const char *const right_after[] = {"a", "the", "their", "its", "his", "her", "our", "no", "have", "has",
                                              NULL};
    static const char *const open[] = {"whether",       "considering",  "weighing",  "mulling",  "investigating",
                                       "investigate",   "investigates", "probing",   "examining", NULL};
    static const char *const wh[] = {"what", "how", "why", "which", "who", "whom", "when", "where", NULL};
    static const char *const not_will[] = {"the", "their", "his", "her", "its", "own", "a", "political", "free",
                                           NULL};
    const char *w = an->tokens[k].norm, *prev = k > lo ? an->tokens[k - 1].norm : NULL;
    if (!w)
        return LV_NONE;
    if (in_list(w, open) || ((!strcmp(w, "if") || in_list(w, wh)) && open_if(an, k, lo)))
        return LV_OPEN;
    if ((in_list(w, modal_expect) || ends_with(w, "'ll")) && !in_list(prev, not_will)) {
        /* "May 5" is a date */
        if (!strcmp(w, "may") && k + 1 < hi && (an->tokens[k + 1].flags & NP_TOK_NUMBER))
            return LV_NONE;
        return LV_EXPECT;
    }
    if (in_list(w, modal_norm) && !in_list(prev, not_will))
        return LV_NORM;
    const char *next = norm_at(an, k + 1, hi);
    if (!next || strcmp(next, "to") != 0)
        return LV_NONE;
    if (in_list(w, expect_to))
        return LV_EXPECT;
    if (in_list(w, norm_to))
        return LV_NORM;
    if ((!strcmp(w, "right") || !strcmp(w, "rights")) && in_list(prev, right_after))
        return LV_NORM;
    return LV_NONE;
}

/* A "when" clause [k, hi) that tells of one event rather than supposing
 * one: a past-tense or perfect word ("when they arrived"), or a name or a
 * figure ("when Ana Ruiz visits the capital", "when the deadline passes
 * on May 5") - "when they get a chance" supposes. */
static int one_event(const np_story *s, const np_analysis *an, uint32_t k, uint32_t hi)
{
    static const char *const past[] = {"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", NULL};
    for (; k < hi; k++) {
        const char *w = an->tokens[k].norm;
        if (an->tokens[k].flags & (NP_TOK_CAP | NP_TOK_NUMBER))
            return 1;
        if (!w)
            continue;
        size_t n = strlen(w);
        if (in_list(w, past) || (n > 4 && ends_with(w, "ed") && !ends_with(w, "eed")) ||
            (s->wn && np_wn_is_verb(s->wn, w, n) == 2))
            return 1;
    }
    return 0;
}

/* The condition a clause [k0, hi) holds, from its first cue: 0 none, else
 * NP_FRAME_COND or NP_FRAME_COND_NEG; *at gets the cue's token and *kind
 * 1 for a subordinator ("if", "when"), 2 for a restrictive relative. */
static unsigned condition_in(const np_story *s, const np_analysis *an, uint32_t lo, uint32_t k0, uint32_t hi,
                             uint32_t *at, int *kind)
{
    static const char *const pres_neg[] = {"don't", "doesn't", "cannot", "can't", "won't", "fail", "fails", NULL};
    for (uint32_t k = k0; k < hi; k++) {
        const char *w = an->tokens[k].norm;
        if (!w)
            continue;
        int cond = 0;
        if ((!strcmp(w, "if") && !open_if(an, k, lo)) || !strcmp(w, "unless"))
            cond = 1;
        else if ((!strcmp(w, "when") || !strcmp(w, "whenever")) && !open_if(an, k, lo) &&
                 !one_event(s, an, k + 1, hi))
            cond = 1;
        else if ((!strcmp(w, "who") || !strcmp(w, "that")) && k > k0) {
            /* "those who don't pass": a class picked by what it does not do */
            const char *n1 = norm_at(an, k + 1, hi), *n2 = norm_at(an, k + 2, hi);
            if (in_list(n1, pres_neg) ||
                (n1 && (!strcmp(n1, "do") || !strcmp(n1, "does")) && n2 && !strcmp(n2, "not")))
                cond = 2;
        }
        if (!cond)
            continue;
        /* "unless they raise" is "if they do not raise" */
        int neg = !strcmp(w, "unless");
        for (uint32_t q = k + 1; q < hi; q++)
            if (negation(an->tokens[q].norm)) {
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
    size_t cap;
} scratch;

static np_status scratch_fit(scratch *sc, size_t n)
{
    if (n <= sc->cap)
        return NP_OK;
    np_free(sc->clause_lo);
    np_free(sc->by_punct);
    np_free(sc->by_quote);
    np_free(sc->lvl);
    np_free(sc->cond);
    sc->clause_lo = np_malloc((n + 1) * sizeof *sc->clause_lo);
    sc->by_punct = np_malloc(n + 1);
    sc->by_quote = np_malloc(n + 1);
    sc->lvl = np_malloc(n);
    sc->cond = np_malloc(n);
    sc->cap = sc->clause_lo && sc->by_punct && sc->by_quote && sc->lvl && sc->cond ? n : 0;
    return sc->cap ? NP_OK : NP_ENOMEM;
}

static void scratch_free(scratch *sc)
{
    np_free(sc->clause_lo);
    np_free(sc->by_punct);
    np_free(sc->by_quote);
    np_free(sc->lvl);
    np_free(sc->cond);
}

/* Cut tokens [lo, hi) into clauses; returns their count. */
static size_t cut_clauses(const np_analysis *an, uint32_t lo, uint32_t hi, scratch *sc)
{
    size_t nc = 0;
    for (uint32_t k = lo; k < hi; k++) {
        int punct = k == lo || gap_breaks(an, k);
        if (punct || opens_clause(an->tokens[k].norm)) {
            /* "but if", ", when": one clause opening */
            if (nc && sc->clause_lo[nc - 1] + 1 == k - lo && !punct && opens_clause(an->tokens[k - 1].norm))
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
static void clause_levels(const np_analysis *an, uint32_t lo, uint32_t a, uint32_t b, scratch *sc)
{
    unsigned run = LV_NONE, any = 0;
    for (uint32_t k = a; k < b; k++) {
        unsigned c = cue_at(an, lo + k, lo, lo + b);
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
static int habitual(const np_analysis *an, uint32_t lo, uint32_t a, uint32_t b)
{
    static const char *const hab[] = {"typically", "usually",   "often",    "generally", "normally", "routinely",
                                      "commonly",  "frequently", "sometimes", "tend",     "tends",    NULL};
    for (uint32_t k = a; k < b; k++)
        if (in_list(an->tokens[lo + k].norm, hab))
            return 1;
    return 0;
}

/* Condition bits of every word: a condition's own words from its cue (a
 * relative clause's up to its main clause's modal), and its consequent's
 * (up to a quotation mark): the clause before a condition that follows it with no
 * punctuation ("they will be deported if they fail"), else the clause after
 * it, or every later clause when the condition is in the first. */
static void conditions(const np_story *s, const np_analysis *an, uint32_t lo, size_t nc, scratch *sc)
{
    const uint32_t *cl = sc->clause_lo;
    memset(sc->cond, 0, cl[nc]);
    for (size_t c = 0; c < nc; c++)
        if (habitual(an, lo, cl[c], cl[c + 1]))
            memset(sc->cond + cl[c], NP_FRAME_GENERIC, cl[c + 1] - cl[c]);
    for (size_t c = 0; c < nc; c++) {
        uint32_t at;
        int kind;
        unsigned bits = condition_in(s, an, lo, lo + cl[c], lo + cl[c + 1], &at, &kind);
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
              * "countries that don't have exemptions | will face tariffs" */
            for (size_t k = at + 2; k < to; k++)
                if (cue_at(an, lo + (uint32_t)k, lo, lo + cl[c + 1]) != LV_NONE) {
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
    size_t nc = cut_clauses(an, lo, hi, sc);
    for (size_t c = 0; c < nc; c++)
        clause_levels(an, lo, sc->clause_lo[c], sc->clause_lo[c + 1], sc);
    conditions(s, an, lo, nc, sc);
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
        if (!tok[k] || t == NO_TERM || !tk->norm || !(tk->flags & NP_TOK_WORD) ||
            np_lex_is_speech_verb(tk->norm, strlen(tk->norm)))
            continue;
        long i = np_story_sorted_index(ev, n, s->syn ? s->syn[t] : t);
        if (i >= 0)
            mask[i] |= tok[k];
    }
}

/* Words inside quotation marks are marked QUOTED: two outlets quoting a
 * speaker are matched on the words, not on their frames (transcripts
 * differ: "They restart it, they're going to have problems" / "If they
 * restart it, they will have problems"); a quote and an outlet's own
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
    np_status st = NP_OK;
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
