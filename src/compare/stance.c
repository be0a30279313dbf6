/*
 * compare/stance.c — what a sentence says of one thing (contract in
 * compare/stance.h).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "compare/stance.h"
#include "text/lexicon.h"

#define STANCE_REACH 8          /* words of a subject phrase before its last */
#define STANCE_OBJ_REACH 5      /* tokens after an active verb to its object's head */
/* A stance on an event named by a noun ("no arrests were made") tells
 * nothing of whom it is about: it meets another outlet's plain stance on
 * the same action only in a sentence this alike (the circumstances told
 * alike: "after protesters blocked the road on Sunday, police said"). */
#define STANCE_NOMINAL_COS 0.30f

/* Token k's synonym class; a word of speaking ("warning", "report") has
 * no term of its own but its "@" term names it as well. */
static uint32_t tok_class(const np_story *s, int d, size_t k)
{
    uint32_t t = s->tok_term[d][k];
    if (t == NP_STANCE_NONE)
        return s->tok_report ? s->tok_report[d][k] : t;
    return s->syn ? s->syn[t] : t;
}

static int aux_word(const char *w)
{
    static const char *const aux[] = {"am", "are", "be", "been", "being", "can", "could", "did", "do", "does",
                                      "had", "has", "have", "is", "may", "might", "must", "shall", "should",
                                      "was", "were", "will", "would", NULL};
    size_t n = strlen(w);
    return np_lex_word_in(w, aux) || (n > 3 && strcmp(w + n - 3, "n't") == 0);
}

static int be_word(const char *w)
{
    static const char *const be[] = {"are", "be", "been", "being", "is", "was", "were", NULL};
    size_t n = strlen(w);
    return np_lex_word_in(w, be) || (n > 3 && strcmp(w + n - 3, "n't") == 0 &&
                                     (!strncmp(w, "was", 3) || !strncmp(w, "were", 4) || !strncmp(w, "is", 2) ||
                                      !strncmp(w, "are", 3)));
}

/* Token k ends a subject phrase read backwards: a clause opens after it
 * ("and", "that", "which", "when", "why"), or it is a verb of speaking
 * ("said"), an auxiliary or no word at all. */
static int phrase_stop(const np_story *s, int d, size_t k)
{
    static const char *const stop[] = {"and",   "but",  "how", "nor", "or",  "so",    "than", "that", "what",
                                       "where", "which", "who", "whom", "whose", "why", NULL};
    const np_token *t = &s->an[d].tokens[k];
    if (!t->norm || !(t->flags & NP_TOK_WORD) || (s->tok_report && s->tok_report[d][k] != NP_STANCE_NONE))
        return 1;
    return np_lex_word_in(t->norm, stop) || np_lex_is_subordinator(t->norm, strlen(t->norm)) || aux_word(t->norm);
}

/* An aside set off by commas ends at token k: the token after the first
 * word before it (its opening comma's left), or 0 when no comma opens it
 * within the sentence's reach. */
static uint32_t aside_start(const np_analysis *an, const np_sent *se, uint32_t k)
{
    for (uint32_t p = k; p > se->tok_lo + 1 && k - p < 2 * STANCE_REACH; p--)
        if (np_story_clause_gap(an, p - 1, NP_GAP_ASIDES | NP_GAP_QUOTES))
            return p;
    return 0;
}

/* Token k is a verb that negates the one after it: "denied" ("denied
 * resigning"), or the "to" after "refused", "declined" or "failed". */
static int denying_verb(const np_analysis *an, uint32_t k, uint32_t lo)
{
    static const char *const deny[] = {"denied", "denies", "deny", "denying", NULL};
    static const char *const refuse[] = {"declined", "declines", "failed", "fails", "refused", "refuses", NULL};
    const char *w = an->tokens[k].norm;
    if (np_lex_word_in(w, deny))
        return 1;
    return !strcmp(w, "to") && k > lo && an->tokens[k - 1].norm && np_lex_word_in(an->tokens[k - 1].norm, refuse);
}

/* The word is a verb in the past without an auxiliary ("flooded",
 * "burst"), not a noun read as one ("the river", "six hours"): a form
 * WordNet lists as irregular or a verb in "-ed".  Without WordNet none. */
static int past_verb(const np_story *s, const np_token *t)
{
    if (!s->wn || !t->norm)
        return 0;
    size_t n = strlen(t->norm);
    uint64_t keys[NP_WN_MAX_KEYS];
    return np_wn_is_verb(s->wn, t->norm, n) == 2 ||
           (n > 4 && strcmp(t->norm + n - 2, "ed") == 0 && np_wn_verb_keys(s->wn, t->norm, n, keys, NP_WN_MAX_KEYS));
}

/* Token t lies inside an entity mention (a name opening a sentence is
 * capitalised as any first word is: the mention tells it apart). */
static int in_name(const np_analysis *an, const np_token *t)
{
    size_t e = np_story_ent_at(an, t->start);
    if (e < an->n_ents && an->ents[e].start == t->start)
        return 1;
    return e > 0 && an->ents[e - 1].end > t->start;
}

/* A word that picks among things without naming one ("such guarantees",
 * "other homes", "several villages"): no modifier telling one thing from
 * another. */
static int quantifier(const np_token *t)
{
    static const char *const q[] = {"all",   "another", "any",  "both",  "each",    "every", "few",
                                    "many",  "more",    "most", "much",  "other",   "own",   "same",
                                    "several", "some",  "such", "various", NULL};
    return t->norm && np_lex_word_in(t->norm, q);
}

/* A figure in digits or words ("14", "fourteen"): no modifier telling one
 * thing from another of its kind. */
static int figure_word(const np_token *t)
{
    return (t->flags & NP_TOK_NUMBER) || (t->norm && np_lex_number_word(t->norm, strlen(t->norm)) >= 0);
}

/* The subject of the verb at token x->k of sentence se: auxiliaries and
 * adverbs skipped back to the subject's last word, then its phrase back
 * to where a clause opens.  Sets lo, head, subj, name_mask and passive (the
 * auxiliary next to the verb is a form of "be").  0 when the word before
 * is no content word (a pronoun, a relative "which", a comma). */
static int read_subject(const np_story *s, const np_sent *se, np_stance *x)
{
    const np_analysis *an = &s->an[x->doc];
    uint32_t j = x->k;
    int saw_aux = 0, aside = 0;
    while (j > se->tok_lo) {
        const np_token *t = &an->tokens[j - 1];
        if (!t->norm)
            return 0;
        if (np_story_clause_gap(an, j - 1, NP_GAP_ASIDES | NP_GAP_QUOTES)) {
            /* "the bridge, the only road to Denn, was not damaged", "Hale,
             * who was jailed on Tuesday, ran the port": the subject stands
             * before the aside */
            if ((j = aside_start(an, se, j - 1)) == 0)
                return 0;
            aside = 1;
            break;
        }
        size_t n = strlen(t->norm);
        if (aux_word(t->norm)) {
            if (!saw_aux)
                x->passive = (unsigned char)be_word(t->norm);
            saw_aux = 1;
        } else if (denying_verb(an, j - 1, se->tok_lo)) {
            /* "Senn denied resigning", "refused to sign": the subject is
             * the denier's; the verb of the denial stands as an auxiliary */
            j -= !strcmp(t->norm, "to");
            saw_aux = 1;
        } else if (!np_lex_is_midverb_adverb(t->norm, n) && !np_lex_is_ly_adverb(t->norm, n)) {
            break;
        }
        j--;
    }
    if (j == se->tok_lo || (!saw_aux && !past_verb(s, &an->tokens[x->k])))
        return 0;
    uint32_t last = j - 1;
    const np_token *lt = &an->tokens[last];
    if (!(lt->flags & NP_TOK_CONTENT) || !(lt->flags & NP_TOK_WORD) || tok_class(s, x->doc, last) == NP_STANCE_NONE ||
        (!saw_aux && !aside && np_story_clause_gap(an, last, NP_GAP_ASIDES | NP_GAP_QUOTES)))
        return 0;
    uint32_t lo = last;
    while (lo > se->tok_lo && last - lo < STANCE_REACH &&
           !np_story_clause_gap(an, lo - 1, NP_GAP_ASIDES | NP_GAP_QUOTES) && !phrase_stop(s, x->doc, lo - 1))
        lo--;
    x->lo = lo;
    x->head = NP_STANCE_NONE;
    int in_prep = 0;
    for (uint32_t p = lo; p <= last; p++) {
        const np_token *t = &an->tokens[p];
        uint32_t c = tok_class(s, x->doc, p);
        if (t->norm && np_lex_is_preposition(t->norm, strlen(t->norm)) && x->head != NP_STANCE_NONE)
            in_prep = 1;
        if (c == NP_STANCE_NONE || !(t->flags & NP_TOK_CONTENT) || quantifier(t))
            continue;
        if (!in_prep && (t->flags & NP_TOK_WORD))
            x->head = c;
        if (x->n_subj < NP_STANCE_SUBJ) {
            if ((t->flags & NP_TOK_CAP) && (p != se->tok_lo || in_name(an, t)))
                x->name_mask |= 1u << x->n_subj;
            if (figure_word(t))
                x->num_mask |= 1u << x->n_subj;
            size_t tl = t->end - t->start;
            if (tl > 2 && an->text[t->end - 1] == 's' &&
                (an->text[t->end - 2] == '\'' || (tl > 4 && (unsigned char)an->text[t->end - 2] == 0x99)))
                x->poss_mask |= 1u << x->n_subj; /* "Rimbauer's", with a straight or curly apostrophe */
            x->subj[x->n_subj++] = c;
        }
    }
    return x->head != NP_STANCE_NONE;
}

/* The head of an active verb's object: the last word of the content words
 * right after it ("issued a flood warning" -> warning), NP_STANCE_NONE when a
 * preposition, a clause or the sentence's end comes first. */
static void read_object(const np_story *s, const np_sent *se, np_stance *x)
{
    /* words before a count ("cut about 800 jobs", "up to 40 homes") */
    static const char *const approx[] = {"about", "around", "over", "to", "under", "up", NULL};
    /* a span of time after the verb says when or how long, not what */
    static const char *const span[] = {"afternoon", "day",   "days",    "evening", "hour",    "hours", "minute",
                                       "minutes",   "month", "months",  "morning", "night",   "nights", "second",
                                       "seconds",   "week",  "weekend", "weeks",   "year",    "years",  NULL};
    /* an object of none ("arrested no one", "found no evidence") is what
     * the negation is about: any object the other outlet names */
    static const char *const none[] = {"no", "no-one", "nobody", "none", "noone", "nothing", NULL};
    const np_analysis *an = &s->an[x->doc];
    x->obj = NP_STANCE_NONE;
    if (x->k + 1 < se->tok_hi && an->tokens[x->k + 1].norm && np_lex_word_in(an->tokens[x->k + 1].norm, none))
        return;
    for (uint32_t j = x->k + 1; j < se->tok_hi && j <= x->k + STANCE_OBJ_REACH; j++) {
        const np_token *t = &an->tokens[j];
        if (np_story_clause_gap(an, j - 1, NP_GAP_ASIDES | NP_GAP_QUOTES) || !t->norm)
            return;
        uint32_t c = tok_class(s, x->doc, j);
        if (c != NP_STANCE_NONE && (t->flags & NP_TOK_CONTENT)) {
            if (np_lex_word_in(t->norm, span)) { /* "failed about an hour before" */
                x->obj = NP_STANCE_NONE;
                x->hi = x->k + 1;
                return;
            }
            if (t->flags & NP_TOK_WORD) {
                x->obj = c;
                x->hi = j + 1;
            }
            if (x->n_objw < NP_STANCE_SUBJ && !quantifier(t)) {
                if (t->flags & NP_TOK_CAP)
                    x->obj_name_mask |= 1u << x->n_objw;
                if (figure_word(t))
                    x->obj_num_mask |= 1u << x->n_objw;
                x->objw[x->n_objw++] = c;
            }
        } else if (x->obj != NP_STANCE_NONE ||
                   (np_lex_is_preposition(t->norm, strlen(t->norm)) && !np_lex_word_in(t->norm, approx))) {
            return;
        }
    }
}

/* One phrase of two (a subject or an object: head, words, which words
 * are names and figures): np_stance_one_subject()'s test. */
typedef struct phrase {
    uint32_t head;
    const uint32_t *w;
    uint32_t n, names, nums;
} phrase;

static int holds(const phrase *p, uint32_t c)
{
    for (uint32_t i = 0; i < p->n; i++)
        if (p->w[i] == c)
            return 1;
    return 0;
}

/* p's words besides its head of one kind (names: 1, other modifiers
 * but figures: 0): whether it has any, and whether q holds one of them */
static void modifiers(const phrase *p, const phrase *q, int names, int *any, int *shared)
{
    *any = *shared = 0;
    for (uint32_t i = 0; i < p->n; i++) {
        int is_name = p->names >> i & 1;
        if (p->w[i] == p->head || is_name != names || (p->nums >> i & 1))
            continue;
        *any = 1;
        *shared |= holds(q, p->w[i]);
    }
}

static int one_phrase(const phrase *a, const phrase *b)
{
    if (a->head != b->head)
        return 0;
    for (int names = 1; names >= 0; names--) {
        int a_any, a_shared, b_any, b_shared;
        modifiers(a, b, names, &a_any, &a_shared);
        modifiers(b, a, names, &b_any, &b_shared);
        if (a_any && b_any && !a_shared && !b_shared)
            return 0; /* "the Sarn bridge" / "the Vell bridge"; "the old bridge" / "the new bridge" */
    }
    return 1;
}

static phrase subject_phrase(const np_stance *x)
{
    return (phrase){x->head, x->subj, x->n_subj, x->name_mask, x->num_mask};
}

static phrase object_phrase(const np_stance *x)
{
    return (phrase){x->obj, x->objw, x->n_objw, x->obj_name_mask, x->obj_num_mask};
}

int np_stance_one_subject(const np_stance *a, const np_stance *b)
{
    phrase pa = subject_phrase(a), pb = subject_phrase(b);
    return one_phrase(&pa, &pb);
}

/* The two stances are about one thing done: what was acted on is one
 * (a passive's subject, an active verb's object), or, for two active
 * verbs, one subject and no two different objects. */
int np_stance_one_theme(const np_story *s, const np_stance *a, const np_stance *b)
{
    if (a->verb != b->verb || a->expected != b->expected)
        return 0;
    if (a->nominal || b->nominal)
        return !(a->nominal && b->nominal) &&
               np_svec_cos(&s->sents[a->sent].vec, &s->sents[b->sent].vec) >= STANCE_NOMINAL_COS;
    if (a->passive && b->passive)
        return np_stance_one_subject(a, b);
    if (a->passive != b->passive) {
        const np_stance *p = a->passive ? a : b, *q = a->passive ? b : a;
        phrase pp = subject_phrase(p), qo = object_phrase(q);
        return q->obj != NP_STANCE_NONE && one_phrase(&pp, &qo);
    }
    phrase ao = object_phrase(a), bo = object_phrase(b);
    return np_stance_one_subject(a, b) &&
           (a->obj == NP_STANCE_NONE || b->obj == NP_STANCE_NONE || one_phrase(&ao, &bo));
}

/* The subject phrase opens on a word that negates ("nobody", "no-one",
 * "none"), which np_sent.pol does not read as a negation: a stance read
 * plain there is not. */
static int negative_subject(const np_analysis *an, const np_stance *x)
{
    static const char *const none[] = {"neither", "no-one", "nobody", "none", "noone", "nothing", NULL};
    for (uint32_t p = x->lo; p < x->k; p++)
        if (an->tokens[p].norm && np_lex_word_in(an->tokens[p].norm, none))
            return 1;
    return 0;
}

/* What the verb states needs the words after it: an adjective after a
 * passive ("was made public", "was found guilty": not "made", "found") or
 * an action after "to" ("is believed to be hurt", "required agencies to
 * consult"), which two stances may not share. */
static int complement_after(const np_story *s, const np_analysis *an, const np_sent *se, const np_stance *x)
{
    uint32_t j = x->hi;
    if (j >= se->tok_hi || np_story_clause_gap(an, j - 1, NP_GAP_ASIDES | NP_GAP_QUOTES))
        return 0;
    const np_token *t = &an->tokens[j];
    if (!t->norm)
        return 0;
    if (!strcmp(t->norm, "to"))
        return j + 1 < se->tok_hi && (an->tokens[j + 1].flags & NP_TOK_WORD) &&
               !(an->tokens[j + 1].flags & NP_TOK_CAP);
    if (!x->passive || !s->wn || !(t->flags & NP_TOK_CONTENT) || !(t->flags & NP_TOK_WORD) ||
        np_lex_number_word(t->norm, strlen(t->norm)) >= 0)
        return 0;
    uint64_t keys[NP_WN_MAX_KEYS];
    size_t nk = np_wn_senses_get(s->wn, t->norm, strlen(t->norm), keys, NP_WN_MAX_KEYS);
    for (size_t i = 0; i < nk; i++)
        if ((keys[i] >> 40) == (uint64_t)'a' || (keys[i] >> 40) == (uint64_t)'s')
            return 1;
    return 0;
}

/* The stance of sentence si on the action at token k (class t, negated or
 * not), or 0 when it says nothing usable: inside a quotation, under a
 * condition, a norm or a question of whether, or with no subject. */
int np_stance_read(const np_story *s, const np_frames *fr, uint32_t si, uint32_t k, uint32_t t, int neg,
                   np_stance *x)
{
    const np_sent *se = &s->sents[si];
    int quoted = 0;
    unsigned fb = np_frames_tok(fr, se->doc, k, &quoted);
    if (quoted || (fb & (NP_FRAME_NORM | NP_FRAME_OPEN | NP_FRAME_COND | NP_FRAME_COND_NEG | NP_FRAME_GENERIC)))
        return 0;
    const np_analysis *an = &s->an[se->doc];
    if (np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start))
        return 0;
    memset(x, 0, sizeof *x);
    x->doc = se->doc;
    x->sent = si;
    x->verb = t;
    x->k = k;
    x->hi = k + 1;
    x->neg = (unsigned char)neg;
    x->expected = (fb & NP_FRAME_EXPECT) != 0;
    if (neg && k > se->tok_lo && an->tokens[k - 1].norm && !strcmp(an->tokens[k - 1].norm, "no")) {
        x->nominal = 1;
        x->head = x->obj = NP_STANCE_NONE;
        x->lo = k - 1;
        return 1;
    }
    if (!read_subject(s, se, x) || negative_subject(an, x) > neg)
        return 0;
    if (!x->passive)
        read_object(s, se, x);
    else
        x->obj = NP_STANCE_NONE;
    return !complement_after(s, an, se, x);
}


/* The words of stance x (its subject phrase to its verb or object), in
 * out; a sentence's capital first word lower-cased unless it is a name. */
void np_stance_words(const np_story *s, const np_stance *x, char *out, size_t cap)
{
    const np_analysis *an = &s->an[x->doc];
    size_t a = an->tokens[x->lo].start, b = an->tokens[x->hi - 1].end;
    size_t n = b - a < cap - 1 ? b - a : cap - 1;
    while (n < b - a && n > 0 && ((unsigned char)an->text[a + n] & 0xC0) == 0x80)
        n--; /* not inside a character */
    memcpy(out, an->text + a, n);
    out[n] = '\0';
    size_t e = np_story_ent_at(an, a);
    int name = e < an->n_ents && an->ents[e].start == a;
    if (x->lo == s->sents[x->sent].tok_lo && !name && isupper((unsigned char)out[0]) &&
        !(an->tokens[x->lo].flags & NP_TOK_ALLCAPS))
        out[0] = (char)tolower((unsigned char)out[0]);
}


uint32_t np_stance_token(const np_story *s, uint32_t si, uint32_t t)
{
    const np_sent *se = &s->sents[si];
    uint32_t k = se->tok_lo;
    while (k < se->tok_hi && (s->tok_term[se->doc][k] == NP_STANCE_NONE || tok_class(s, se->doc, k) != t))
        k++;
    return k;
}
