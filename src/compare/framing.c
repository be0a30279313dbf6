/*
 * compare/framing.c — per outlet, the judgement-laden words the other
 * outlets of the story do not use.
 *
 * Terms come from the compiled-in lexicon (framing_lexicon.c): single words
 * match by Snowball stem (so "dictators" finds "dictator"), phrases match
 * word by word ("so-called" = "so" "called").  Contrast: a term is reported
 * for a document when at most a tenth of the other documents use it (none
 * of them in stories of up to ten outlets) — a label everyone uses is the
 * story's vocabulary, not one outlet's framing.
 *
 * Only the outlet's own voice counts: a use inside a quotation, in speech
 * the outlet attributes ("X said that ...", "according to X") or in the
 * word's plain sense ("lies at the mouth of", "explosive device") is not
 * framing; the last two still count as uses for the contrast (the word is
 * part of the story's vocabulary), a quoted speaker's word does not (one
 * outlet quoting a politician's "reckless" leaves another's own "reckless"
 * its framing).  Each term is shown with the sentence of its first
 * own-voice use.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/brief_internal.h"
#include "core/hash.h"
#include "core/mem.h"
#include "text/lexicon.h"

#define MAX_PHRASE 4
/* other documents a term names as using the word too (the first ones; a
 * story of thousands would list hundreds) */
#define ALSO_MAX 8

typedef struct lex_word {
    const char *stem;               /* single words */
    char words[MAX_PHRASE][24];     /* phrases: normalised words */
    int n_words;
} lex_word;

/* The lexicon's keys (lex_key()) as hashes, open addressing: most tokens
 * open no entry, and one probe tells so before the binary search. */
typedef struct key_set {
    uint64_t *h; /* hash | 1; 0 empty */
    size_t mask;
} key_set;

static uint64_t key_hash(const char *key) { return np_hash64(key, strlen(key), 0x6c6578) | 1; }

static int key_maybe(const key_set *ks, const char *key)
{
    uint64_t h = key_hash(key);
    for (size_t i = h & ks->mask;; i = (i + 1) & ks->mask) {
        if (ks->h[i] == h)
            return 1;
        if (!ks->h[i])
            return 0;
    }
}

/* word is an inflection of entry: it starts with the entry minus an
 * inflectional ending ("seized" → "seiz": "seize", "seizing"). */
static int inflects(const char *word, const char *entry)
{
    static const char *const end[] = {"ing", "ed", "es", "s", "e", "y"};
    size_t n = strlen(entry);
    for (size_t i = 0; i < sizeof end / sizeof end[0]; i++) {
        size_t k = strlen(end[i]);
        if (n > k + 3 && strcmp(entry + n - k, end[i]) == 0) {
            n -= k;
            break;
        }
    }
    return strncmp(word, entry, n) == 0;
}

static const char *lex_key(const lex_word *w) { return w->stem ? w->stem : w->words[0]; }

/* The other documents using a term, up to ALSO_MAX (users[0..n) lists the
 * first documents using it, d among them or not) into also; how many. */
static size_t others_of(const uint32_t *users, size_t n, size_t d, int *also)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < ALSO_MAX; i++)
        if (users[i] != d)
            also[k++] = (int)users[i];
    return k;
}

/* Append a term (lower-cased copy in the brief arena) unless present;
 * also[0..n_also) the other documents that use it (copied). */
static np_status add_term(np_story *s, int d, size_t off, np_brief_term **terms, size_t *n, size_t *cap,
                          const char *w, size_t len, const char *category, const int *also, size_t n_also)
{
    np_brief *b = s->brief;
    char *term = np_arena_strndup(&b->arena, w, len);
    if (!term)
        return NP_ENOMEM;
    for (char *c = term; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*terms)[i].term, term) == 0)
            return NP_OK;
    np_status st = np_grow((void **)terms, cap, *n, sizeof **terms);
    if (st != NP_OK)
        return st;
    np_brief_term *t = &(*terms)[*n];
    t->term = term;
    t->category = category;
    t->also = NULL;
    t->n_also = 0;
    if (n_also) {
        int *a = np_arena_alloc(&b->arena, n_also * sizeof *a);
        if (!a)
            return NP_ENOMEM;
        memcpy(a, also, n_also * sizeof *a);
        t->also = a;
        t->n_also = n_also;
    }
    t->sentence.doc = d;
    t->sentence.text = NULL;
    long si = np_story_sent_at(s, d, off);
    if (si >= 0 && (st = np_story_ref(s, d, s->sents[si].start, s->sents[si].end, &t->sentence)) != NP_OK)
        return st;
    (*n)++;
    return NP_OK;
}

/* ---- whose word is it?  A term counts as the outlet's framing only where
 * the outlet speaks: not inside a quotation (the speaker's word), not in
 * speech it attributes to someone ("X said that ...", "according to X",
 * "..., X said"), and only in its loaded sense ("the decision lies with",
 * "an explosive device", "a criminal investigation" are plain). */

/* Nouns of people a verb of blows takes in its loaded sense ("lashed into
 * the minister"); not "her", more often an owner ("slammed into her car"). */
static const char *const person_nouns[] = {"minister", "ministers", "president", "government", "critics",
                                           "opponents", "opposition", "regulator", "regulators", "lawmakers",
                                           "rivals", "leader", "leaders", "party", "mayor", "governor",
                                           "senator", "officials", "him", "them", "chairman", "board",
                                           "council", "media", "press", "plan", "plans", "decision", "policy",
                                           "proposal", "proposals", "scheme", "reform", "reforms", "budget",
                                           "bill", "deal", "rules", "law", "idea", "move", "ruling", NULL};

/* Reporting verbs: what follows them in their sentence is someone's speech
 * or view, told by the outlet.  Forms that are as often nouns ("a report",
 * "the claims", "a call") are left out.  Kept sorted (binary search). */
static const char *const say_verbs[] = {
    "accuse", "accused", "accuses", "accusing", "acknowledged", "added", "adds", "admits", "admitted",
    "allege", "alleged", "alleges", "announce", "announced", "argue", "argued", "argues", "arguing", "assert",
    "asserted", "asserts", "believe", "believed", "believes", "blasted", "branded", "brands", "called",
    "calling", "charged", "claimed", "claiming", "complain", "complained", "complains", "conceded",
    "concedes", "condemned", "condemns", "confirmed", "confirms", "contend", "contended", "contends",
    "countered", "declare", "declared", "declares", "decried", "decries", "denied", "denies", "denounced",
    "denounces", "deny", "describe", "described", "describes", "describing", "dubbed", "emphasised",
    "emphasized", "explained", "explains", "feared", "insist", "insisted", "insists", "labeled", "labelled",
    "lamented", "laments", "maintained", "maintains", "noted", "pointed", "predicted", "promised", "promises",
    "quipped", "recalled", "recounted", "recounts", "remarked", "replied", "reported", "responded", "said",
    "say", "saying", "says", "slammed", "stated", "stressed", "suggest", "suggested", "suggests", "tell",
    "telling", "tells", "testified", "testify", "think", "thinks", "thought", "told", "tweeted", "tweets",
    "urged", "urges", "vowed", "vows", "warn", "warned", "warns", "wondered", "worried", "writes", "writing",
    "wrote",
};

/* Does byte off lie inside one of the document's quotations? */
static int quoted(const np_analysis *an, size_t off)
{
    return np_quote_at(an->quotes, an->n_quotes, off) != NULL;
}

/* Does a word lie inside a quotation as a reader pairing the marks in
 * order reads them: each straight double mark opens a quotation the next
 * one (within QUOTE_PAIR_MAX bytes) closes, each curly opener likewise
 * with the next curly closer?  A page whose marks the quotation finder
 * cannot pair (a quotation running over paragraphs, a stray or mixed mark)
 * leaves words that one reading puts outside a quotation and the other
 * inside: the outlet's own voice only when neither reading quotes them. */
#define QUOTE_PAIR_MAX 601
/* Per token of an: 1 when the plain pairing of the marks puts it inside a
 * quotation.  One pass over the text (own_voice() asks for every
 * candidate word); in story->work, NULL on ENOMEM. */
static unsigned char *paired_quoted(np_story *s, const np_analysis *an)
{
    unsigned char *in = np_arena_alloc(&s->work, an->n_tokens ? an->n_tokens : 1);
    if (!in)
        return NULL;
    memset(in, 0, an->n_tokens ? an->n_tokens : 1);
    const char *text = an->text;
    size_t len = an->len, k = 0;
    for (size_t i = 0; i < len && k < an->n_tokens;) {
        const unsigned char *u = (const unsigned char *)text + i;
        int straight = u[0] == '"', curly = i + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9C;
        if (!straight && !curly) {
            i++;
            continue;
        }
        size_t from = i + (straight ? 1 : 3), j = from;
        for (; j < len && j - from < QUOTE_PAIR_MAX; j++) {
            const unsigned char *v = (const unsigned char *)text + j;
            if (straight ? v[0] == '"' : (j + 2 < len && v[0] == 0xE2 && v[1] == 0x80 && v[2] == 0x9D))
                break;
        }
        if (j >= len || j - from >= QUOTE_PAIR_MAX || j == from) {
            i++; /* no closing mark in reach: not a quotation */
            continue;
        }
        while (k < an->n_tokens && an->tokens[k].start < from)
            k++;
        for (; k < an->n_tokens && an->tokens[k].start < j; k++)
            in[k] = 1;
        i = j + (straight ? 1 : 3);
    }
    return in;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int is_say_verb(const np_token *t)
{
    if (!t->norm || (t->flags & NP_TOK_CAP) || !(t->flags & NP_TOK_WORD))
        return 0;
    return bsearch(&t->norm, say_verbs, sizeof say_verbs / sizeof say_verbs[0], sizeof say_verbs[0], cmp_str) != NULL;
}

/* The words from byte p (before b) open the outlet's comment: an article,
 * a demonstrative, a possessive, "which" or "another" ("– an absurd
 * claim", "- his latest claim"). */
static int comment_follows(const char *x, size_t p, size_t b)
{
    static const char *const open[] = {"a ",   "an ",    "the ",   "this ",    "that ",    "which ", "something ",
                                       "another ", "his ", "her ", "their ", "its ", "hardly ", "yet ", NULL};
    while (p < b && x[p] == ' ')
        p++;
    for (size_t k = 0; open[k]; k++) {
        size_t n = strlen(open[k]);
        if (p + n <= b && strncasecmp(x + p, open[k], n) == 0)
            return 1;
    }
    return 0;
}

/* The speech a reporting verb introduces has ended before byte b: a whole
 * quotation lies between (the quote was the speech: 'He said "..." - a
 * remark from a government that ...'), a semicolon closes the clause, or a
 * dash does: an em dash or a horizontal bar, a hyphen standing apart, or a
 * double hyphen or en dash standing apart before the outlet's comment
 * ("promised he would cut the fees ― an absurd claim", "... – a claim").  Dashes in pairs set
 * off an aside inside the speech ("said the cuts – which take effect in
 * January – were drastic"), and a dash between two figures is a range
 * ("40 – 50 homes"): neither ends it. */
static int speech_ends(const np_analysis *an, size_t a, size_t b)
{
    for (size_t q = 0; q < an->n_quotes && an->quotes[q].start < b; q++)
        if (an->quotes[q].start >= a && an->quotes[q].end <= b)
            return 1;
    const char *x = an->text;
    size_t dashes = 0;
    int last_ends = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)x[i];
        if (c == ';')
            return 1;
        size_t n = c == '-' ? (i + 1 < b && x[i + 1] == '-' ? 2 : 1)
                   : c == 0xE2 && i + 2 < b && (unsigned char)x[i + 1] == 0x80 ? 3
                                                                                : 0;
        if (!n)
            continue;
        unsigned char d = n == 3 ? (unsigned char)x[i + 2] : 0;
        int apart = i > a && x[i - 1] == ' ' && i + n < b && x[i + n] == ' ';
        /* a hyphen, double hyphen or en dash ends it only before the
         * outlet's own noun phrase ("– an absurd claim"), else the speech
         * goes on ("– and that ...", "9 a.m. – 5 p.m.", "the March – April
         * review") */
        int strong = n == 3 && (d == 0x94 || d == 0x95);
        int weak = apart && (n < 3 || d == 0x93);
        if (strong || weak) {
            /* a range between two figures */
            size_t l = i, r = i + n;
            while (l > a && x[l - 1] == ' ')
                l--;
            while (r < b && x[r] == ' ')
                r++;
            if (!(l > a && x[l - 1] >= '0' && x[l - 1] <= '9' && r < b && x[r] >= '0' && x[r] <= '9')) {
                dashes++;
                last_ends = strong || comment_follows(x, i + n, b);
            }
        }
        i += n - 1;
    }
    return dashes % 2 == 1 && last_ends;
}

/* "calling the ruler of one of the harshest regimes on the continent
 * \"quite fair\"": after a naming verb the quotation is the speech and the noun
 * phrase before it is the outlet's own description of whom it is about;
 * with a pronoun object ("called it cruel and ...") the words after the
 * pronoun are the speaker's. */
static int names_object(const np_analysis *an, const np_sent *se, size_t j, size_t k1)
{
    static const char *const naming[] = {"call", "called", "calling", "calls", "described", "describing",
                                         "describes", "branded", "branding", "labelled", "labeled", "dubbed",
                                         NULL};
    static const char *const pronoun[] = {"it", "him", "her", "them", "himself", "herself", "themselves",
                                          "itself", "this", "that", "these", "those", "us", "me", "you", NULL};
    if (!np_lex_word_in(an->tokens[j].norm, naming) || j + 1 >= se->tok_hi ||
        np_lex_word_in(an->tokens[j + 1].norm, pronoun))
        return 0;
    size_t after = an->tokens[k1].end;
    for (size_t q = 0; q < an->n_quotes; q++)
        if (an->quotes[q].start > after && an->quotes[q].start < se->end)
            return 1;
    return 0;
}

/* Tokens [k0, k1] (the term) stand in speech the sentence attributes to
 * someone: a reporting verb before them ("he called it ...", "critics
 * pointed out that ..."), "according to" anywhere, or a closing attribution
 * after them ("..., the senator said."). */
static int attributed(const np_analysis *an, const np_sent *se, size_t k0, size_t k1)
{
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    for (size_t j = se->tok_lo; j < hi; j++) {
        const np_token *t = &an->tokens[j];
        if (j >= k0 && j <= k1)
            continue;
        if (t->norm && strcmp(t->norm, "according") == 0 && j + 1 < hi && an->tokens[j + 1].norm &&
            strcmp(an->tokens[j + 1].norm, "to") == 0)
            return 1;
        if (!is_say_verb(t))
            continue;
        /* the term's own "so-called" is not a reporting verb */
        if (strcmp(t->norm, "called") == 0 && j > se->tok_lo && an->tokens[j - 1].norm &&
            strcmp(an->tokens[j - 1].norm, "so") == 0)
            continue;
        if (j < k0) {
            if (!speech_ends(an, t->end, an->tokens[k0].start) && !names_object(an, se, j, k1))
                return 1;
            continue;
        }
        /* after the term: a closing "..., the senator said (on Monday)."
         * — a comma a few words before the verb, little after it */
        if (hi - j > 6)
            continue;
        size_t back = j > k1 + 6 ? j - 6 : k1 + 1;
        for (size_t q = an->tokens[back - 1].end; q < t->start; q++)
            if (an->text[q] == ',')
                return 1;
    }
    return 0;
}

/* w is word or one of its degrees ("harsher", "harshest"; "seedier";
 * "direr", "direst"): the plain sense of a word holds in every degree
 * ("the harshest winter on record"). */
static int same_or_degree(const char *w, const char *word)
{
    size_t n = strlen(w), m = strlen(word);
    if (!strcmp(w, word))
        return 1;
    if (n <= m || strncmp(w, word, m - 1) != 0)
        return 0;
    const char *tail = w + m - 1;
    char last = word[m - 1];
    if (last == 'y') /* seedy: seedier, seediest */
        return !strcmp(tail, "ier") || !strcmp(tail, "iest");
    if (last == 'e') /* dire: direr, direst */
        return !strcmp(tail, "er") || !strcmp(tail, "est");
    return tail[0] == last && (!strcmp(tail + 1, "er") || !strcmp(tail + 1, "est"));
}

/* Plain senses, by the words next to the term.  General English
 * collocations, not fitted to any story. */
typedef struct plain_rule {
    const char *term;               /* token norm of the lexicon word's use */
    int side;                       /* +1: next word, -1: previous word */
    const char *const *words;
} plain_rule;

static const char *const w_located[] = {"at", "in", "on", "with", "within", "ahead", "behind", "beneath",
                                        "below", "between", "near", "along", "across", "off", "outside",
                                        "inside", "just", "dormant", "low", "idle", "north", "south", "east",
                                        "west", "mostly", "largely", "partly", "squarely", "under", "beyond",
                                        "among", "about", "around", "close", NULL};
static const char *const w_blast[] = {"device", "devices", "material", "materials", "charge", "charges",
                                      "ordnance", "vest", "vests", "belt", "residue", "substance",
                                      "substances", "detection", "detector", "detectors", "yield", "power",
                                      "force", "weapon", "weapons", "decompression", "eruption", NULL};
static const char *const w_legal[] = {"investigation", "investigations", "probe", "probes", "inquiry",
                                      "charge", "charges", "case", "cases", "court", "courts", "code", "law",
                                      "laws", "justice", "record", "records", "referral", "referrals",
                                      "intent", "contempt", "complaint", "complaints", "proceedings",
                                      "prosecution", "prosecutions", "liability", "trial", "trials",
                                      "conviction", "convictions", "defense", "defence", "division",
                                      "offence", "offences", "offense", "offenses", "penalties", "penalty",
                                      "history", "jurisdiction", "lawyer", "lawyers", "attorney",
                                      "attorneys", "statute", "statutes", "conduct", "procedure", "matter",
                                      "matters", "exposure", "indictment", "wrongdoing", NULL};
static const char *const w_attack[] = {"attack", "attacks", "bombing", "bombings", "plot", "plots",
                                       "designation", "list", "financing", "watchlist", "watch", NULL};
static const char *const w_to[] = {"to", NULL};
static const char *const w_grave_prev[] = {"mass", "shallow", "unmarked", "common", "family", "open", NULL};
static const char *const w_grave_next[] = {"site", "sites", "digger", "diggers", "stone", "stones", "yard",
                                           "marker", "markers", "robbing", "robbers", NULL};
static const char *const w_heritage[] = {"site", "sites", "building", "buildings", "district", "districts",
                                         "landmark", "landmarks", "preservation", "centre", "center",
                                         "town", "core", "monument", "monuments", "house", "houses", "home",
                                         "homes", "register", "quarter", "church", "churches", "area",
                                         "areas", "neighborhood", "neighbourhood", NULL};
static const char *const w_claims_prev[] = {"insurance", "asylum", "benefit", "benefits", "compensation",
                                            "damage", "damages", "territorial", "legal", "patent",
                                            "jobless", "unemployment", "expense", "expenses", "warranty",
                                            "injury", "pension", "refund", NULL};
static const char *const w_claimed[] = {"responsibility", "lives", "life", "ownership", "title", "titles",
                                        "prize", "victory", "crown", "championship", "seat", "seats", "medal",
                                        "gold", NULL};
/* what a legal document or a suit states: "the complaint alleged", "sued,
 * claiming" */
static const char *const w_filing[] = {"complaint", "complaints", "lawsuit", "lawsuits", "suit", "suits",
                                       "indictment", "filing", "petition", "affidavit", "sued", "case", NULL};
/* the words of a criminal or civil case: in a clause holding one,
 * "alleged", "allegedly" or "allegations" is the routine legal caution
 * about a suspect or a defendant ("was arrested for allegedly stealing",
 * "the alleged gunman was indicted"), not the outlet's doubt.  A helper's
 * review of 176 framing terms of the story sets (2026-12-07) found 13 such
 * uses flagged against 4 hedges of a political claim, none of which names
 * a case.  Only words with no everyday sense: "police", "court", "trial",
 * "case", "crime" and "charges" also name a budget, a tennis court, a
 * clinical trial, a network's charges, and "allegedly misled parliament
 * about the police budget" is the outlet's doubt ("charged" counts before
 * "with"). */
static const char *const w_case[] = {"arrested", "arrest", "arrests", "indicted", "indictment", "sued", "suing",
                                     "lawsuit", "lawsuits", "convicted", "conviction", "prosecutor",
                                     "prosecutors", "prosecution", "jury", "murder", "murders", "sentenced",
                                     "custody", "detectives", "warrant", "pleaded", "suspect", "suspects",
                                     "defendant", "defendants", NULL};
/* giving oneself up: "surrendered to police", "surrendered after a
 * standoff", "in surrender" (the loaded sense takes an object: "surrender
 * territory") */
static const char *const w_give_up[] = {"to", "after", "on", "at", "in", "without", "peacefully", "quietly",
                                        "himself", "herself", "themselves", "voluntarily", "early", "late",
                                        "later", "when", "before", "only", "finally", NULL};
/* the name of an offence ("charged with reckless driving") */
static const char *const w_offence[] = {"driving", "endangerment", "homicide", "manslaughter", "operation",
                                        "discharge", NULL};
static const char *const w_in[] = {"in", NULL};
static const char *const w_weather[] = {"winter", "winters", "weather", "conditions", "climate",
                                        "environment", "terrain", "light", "sun", "desert", "chemicals",
                                        "chemical", "climates", NULL};
static const char *const w_regime_prev[] = {
    "tax", "sanctions", "sanction", "visa", "regulatory", "inspection", "inspections", "treatment",
    "training", "exercise", "fitness", "trade", "tariff", "customs", "currency", "exchange", "rate",
    "ceasefire", "control", "controls", "export", "import", "licensing", "legal", "pension", "fiscal",
    "monetary", "verification", "safeguards", "nonproliferation", "non-proliferation", "climate",
    "border", "asylum", "migration", "immigration", "dosing", "drug", "flow", "water", "tidal",
    "temperature", "insolvency", "disclosure", "reporting", "liability", "subsidy", "quota", NULL};

static const plain_rule plain_rules[] = {
    {"lies", +1, w_located},      {"lie", +1, w_located},        {"explosive", +1, w_blast},
    {"criminal", +1, w_legal},     {"terrorist", +1, w_attack},
    {"supposed", +1, w_to},       {"grave", -1, w_grave_prev},   {"grave", +1, w_grave_next},
    {"historic", +1, w_heritage}, {"claims", -1, w_claims_prev}, {"claimed", +1, w_claimed},
    {"harsh", +1, w_weather},     {"regime", -1, w_regime_prev},
    {"alleged", -1, w_filing},    {"alleges", -1, w_filing},     {"claimed", -1, w_filing},
    {"claims", -1, w_filing},     {"claiming", -1, w_filing},
    {"surrender", +1, w_give_up}, {"surrendered", +1, w_give_up}, {"surrendering", +1, w_give_up},
    {"surrenders", +1, w_give_up}, {"surrender", -1, w_in},     {"reckless", +1, w_offence},
};

/* A verb of blows written of a body or a thing moving: what it hits
 * follows a preposition of motion, past an adverb ("a lorry slammed into a
 * bridge", "slammed head-on into a bus", "waves lashing against the
 * wall"); the loaded sense takes a person or a plan as its object
 * ("slammed the plan", "slammed into Brisk", "blasted across social
 * media"). */
static int physical_blow(const np_analysis *an, const np_sent *se, size_t k)
{
    static const char *const blows[] = {"slam", "blast", "lash", "bash", NULL};
    static const char *const motion[] = {"into", "onto", "against", "through", NULL};
    static const char *const between[] = {"hard", "straight", "head", "headfirst", NULL};
    const char *norm = an->tokens[k].norm;
    int blow = 0;
    for (size_t i = 0; blows[i] && !blow; i++)
        blow = strncmp(norm, blows[i], strlen(blows[i])) == 0;
    if (!blow)
        return 0;
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    size_t p = k + 1;
    if (p < hi && an->tokens[p].norm && !np_lex_word_in(an->tokens[p].norm, motion)) {
        /* one adverb between: "hard", "straight", "head-on" (the tokens
         * "head" and "on"), an "-ly" word */
        size_t n = strlen(an->tokens[p].norm);
        if ((n > 3 && !strcmp(an->tokens[p].norm + n - 2, "ly")) || np_lex_word_in(an->tokens[p].norm, between))
            p++;
        if (p < hi && an->tokens[p].norm && !strcmp(an->tokens[p].norm, "on"))
            p++;
    }
    if (p + 1 >= hi || !np_lex_word_in(an->tokens[p].norm, motion))
        return 0;
    /* what it hits is a thing, not a name, a person or a plan, within the
     * next three words ("slammed into Brisk", "lashed into the minister",
     * "slammed into the government's proposal") */
    for (size_t o = p + 1; o < hi && o <= p + 3; o++)
        if ((an->tokens[o].flags & NP_TOK_CAP) || np_lex_word_in(an->tokens[o].norm, person_nouns))
            return 0;
    return 1;
}

/* The term is written between single quotation marks ("rejected the label
 * 'embattled'", "what he called 'a disgrace'"): the outlet names the word,
 * it does not use it.  An opening mark stands after a space, a bracket or
 * the sentence's start and before a letter; a closing one after a letter
 * and before a space, punctuation or the end, within SINGLE_QUOTE_REACH
 * bytes either side (apostrophes inside words, "Kord's", "don't", are
 * neither). */
#define SINGLE_QUOTE_REACH 80
static int open_single(const char *x, size_t i, size_t lo, size_t *n)
{
    const unsigned char *u = (const unsigned char *)x + i;
    *n = u[0] == '\'' ? 1 : (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x98) ? 3 : 0;
    if (!*n)
        return 0;
    int before_ok = i == lo || x[i - 1] == ' ' || x[i - 1] == '(' || x[i - 1] == '[' || x[i - 1] == '\n';
    return before_ok && isalpha((unsigned char)x[i + *n]);
}

static int close_single(const char *x, size_t i, size_t hi, size_t *n)
{
    const unsigned char *u = (const unsigned char *)x + i;
    *n = u[0] == '\'' ? 1 : (i + 2 < hi && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99) ? 3 : 0;
    if (!*n || i == 0 || !isalnum((unsigned char)x[i - 1]))
        return 0;
    unsigned char after = i + *n < hi ? (unsigned char)x[i + *n] : ' ';
    return !isalnum(after);
}

static int single_quoted(const np_analysis *an, const np_sent *se, size_t k0, size_t k1)
{
    const char *x = an->text;
    size_t a = an->tokens[k0].start, b = an->tokens[k1].end, n = 0;
    size_t lo = a > se->start + SINGLE_QUOTE_REACH ? a - SINGLE_QUOTE_REACH : se->start;
    size_t hi = b + SINGLE_QUOTE_REACH < se->end ? b + SINGLE_QUOTE_REACH : se->end;
    int opened = 0;
    for (size_t i = a; i-- > lo;) {
        if (close_single(x, i, se->end, &n) && !open_single(x, i, se->start, &n))
            return 0; /* a quotation closes before the term: it is outside */
        if (open_single(x, i, se->start, &n)) {
            opened = 1;
            break;
        }
    }
    if (!opened)
        return 0;
    for (size_t i = b; i < hi; i++) {
        if (open_single(x, i, se->start, &n))
            return 0;
        if (close_single(x, i, se->end, &n))
            return 1;
    }
    return 0;
}

static int plain_sense(const np_analysis *an, const np_sent *se, size_t k0, size_t k1)
{
    const np_token *t = &an->tokens[k0];
    if (!t->norm)
        return 0;
    /* capitalised inside a sentence: part of a name or a title ("the
     * Communist Party", a book called "Truth, Lies and ..."), not a word the
     * outlet chose; a headline (no_fact) capitalises every word */
    if ((t->flags & NP_TOK_CAP) && k0 > se->tok_lo && !se->no_fact) {
        const char *p = an->text + an->tokens[k0 - 1].end, *q = an->text + t->start;
        int after_stop = 0;
        for (; p < q; p++)
            if (*p == '.' || *p == ':' || *p == '!' || *p == '?' || *p == '"' || *p == '\n')
                after_stop = 1;
        if (!after_stop)
            return 1;
    }
    /* the words next to it; for what a filing states, the word past
     * punctuation before it ("sued, claiming") */
    const char *prev = k0 > se->tok_lo ? an->tokens[k0 - 1].norm : NULL;
    size_t pk = k0;
    while (pk > se->tok_lo && !(an->tokens[pk - 1].flags & NP_TOK_WORD))
        pk--;
    const char *prev_word = pk > se->tok_lo ? an->tokens[pk - 1].norm : NULL;
    const char *next = k1 + 1 < se->tok_hi && k1 + 1 < an->n_tokens ? an->tokens[k1 + 1].norm : NULL;
    int next_word = next && (an->tokens[k1 + 1].flags & NP_TOK_WORD);
    /* "surrendered." with nothing after it: gave up, no object */
    if (!strncmp(t->norm, "surrender", 9) && !next_word)
        return 1;
    /* "claimed her life", "almost claimed their lives" */
    if (!strcmp(t->norm, "claimed") && next_word && k1 + 2 < se->tok_hi && an->tokens[k1 + 2].norm &&
        (!strcmp(next, "her") || !strcmp(next, "his") || !strcmp(next, "their") || !strcmp(next, "its")) &&
        (!strcmp(an->tokens[k1 + 2].norm, "life") || !strcmp(an->tokens[k1 + 2].norm, "lives")))
        return 1;
    for (size_t i = 0; i < sizeof plain_rules / sizeof plain_rules[0]; i++) {
        const plain_rule *r = &plain_rules[i];
        if (!same_or_degree(t->norm, r->term) || !r->words)
            continue;
        if (np_lex_word_in(r->side > 0 ? next : r->words == w_filing ? prev_word : prev, r->words))
            return 1;
    }
    if (physical_blow(an, se, k0))
        return 1;
    if (!strncmp(t->norm, "alleg", 5)) {
        /* in the clause of the word, up to a comma, semicolon or colon
         * either side ("An aide was arrested last year, and the minister
         * allegedly misled parliament" is the outlet's doubt; a dash sets
         * off an aside within the clause) */
        size_t lo = k0, hi = k0;
        while (lo > se->tok_lo && !np_story_clause_gap(an, lo - 1, 0))
            lo--;
        while (hi + 1 < se->tok_hi && hi + 1 < an->n_tokens && !np_story_clause_gap(an, hi, 0))
            hi++;
        for (size_t k = lo; k <= hi; k++) {
            const char *w = an->tokens[k].norm;
            if (w && (np_lex_word_in(w, w_case) ||
                      (!strcmp(w, "charged") && k + 1 <= hi && an->tokens[k + 1].norm &&
                       !strcmp(an->tokens[k + 1].norm, "with"))))
                return 1;
        }
    }
    /* "grave" as the noun: nothing after it in its phrase ("at his grave.") */
    if (strcmp(t->norm, "grave") == 0 && (!next || (an->tokens[k1 + 1].flags & NP_TOK_STOP)))
        return 1;
    /* "admitted to hospital" */
    if (strcmp(t->norm, "admitted") == 0 && next && (!strcmp(next, "to") || !strcmp(next, "into"))) {
        for (size_t j = k1 + 2; j < k1 + 4 && j < se->tok_hi && j < an->n_tokens; j++)
            if (an->tokens[j].norm && (strstr(an->tokens[j].norm, "hospital") || !strcmp(an->tokens[j].norm, "clinic")))
                return 1;
    }
    return 0;
}

/* A lexicon verb written in its past form ("stormed", "threatened") is
 * matched only in its verb forms: "storm clouds" and "missiles that threaten"
 * are the plain word.  An intensifier written as a participle ("alarming",
 * "shocking", "punishing", "disturbing") is matched only in its
 * participles and its adverb ("shocked many", "alarmingly"): the noun of
 * its stem names a plain thing ("a fire alarm", "capital punishment", "the
 * disturbances", "still in shock"). */
static int verb_form_ok(const char *entry, const char *category, const char *norm)
{
    size_t n = strlen(entry), w = strlen(norm);
    if (!strcmp(category, "intensifier") && n > 5 && !strcmp(entry + n - 3, "ing"))
        return (w > 3 && !strcmp(norm + w - 3, "ing")) || (w > 5 && !strcmp(norm + w - 5, "ingly")) ||
               (w > 2 && !strcmp(norm + w - 2, "ed"));
    if (strcmp(category, "loaded verb") != 0 || n < 3 || strcmp(entry + n - 2, "ed") != 0)
        return 1;
    return (w > 2 && strcmp(norm + w - 2, "ed") == 0) || (w > 3 && strcmp(norm + w - 3, "ing") == 0);
}

/* Hedging adverbs ("supposedly", "allegedly") are the reporter's distance
 * from what a speaker says: in attributed speech they are still the outlet's
 * words ("X announced that Varnholt is supposedly willing"). */
static int reporter_hedge(const char *category, const char *norm)
{
    size_t n = strlen(norm);
    return strcmp(category, "hedge") == 0 && n > 4 && strcmp(norm + n - 2, "ly") == 0;
}

/* The outlet's own loaded use of tokens [k0, k1] of doc d (a word of
 * lexicon category `category`, or NULL). */
static int own_voice(const np_story *s, int d, size_t k0, size_t k1, const char *category,
                     const unsigned char *paired)
{
    const np_analysis *an = &s->an[d];
    long si = np_story_sent_at(s, d, an->tokens[k0].start);
    if (si < 0 || quoted(an, an->tokens[k0].start) || paired[k0])
        return 0;
    const np_sent *se = &s->sents[si];
    if (plain_sense(an, se, k0, k1) || single_quoted(an, se, k0, k1))
        return 0;
    return (category && reporter_hedge(category, an->tokens[k0].norm)) || !attributed(an, se, k0, k1);
}

/* ---- over-represented evaluative words: log-odds with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008), one outlet against the
 * rest of the story, restricted to words shaped like adjectives/adverbs
 * (the parts of speech that carry judgement) and to words the other
 * outlets (almost) never use. */

#define LO_PRIOR 100.0   /* prior mass spread by the story's word rates */
#define LO_Z 1.96        /* significance (two-sided 5%) */
#define LO_MIN_COUNT 3   /* uses within the outlet */

typedef struct lo_stats {
    uint32_t *tot;    /* per term: uses in the story (evaluative words only) */
    uint32_t *ndocs;  /* per term: documents using it */
    uint32_t *users;  /* per term: the first ALSO_MAX + 1 of them */
    uint32_t *cnt;    /* scratch per term: uses in the current document */
    uint32_t *first;  /* scratch per term: first token index + 1 */
    uint32_t *touched;
    size_t n_all;     /* content tokens in the story */
} lo_stats;

static int evaluative_shape(const np_token *tk)
{
    static const char *const suf[] = {"ly", "ous", "ive", "ful", "less", "able", "ible", "ical", "ish", "istic", "esque"};
    if (!(tk->flags & NP_TOK_WORD) || (tk->flags & (NP_TOK_CAP | NP_TOK_STOP | NP_TOK_NUMBER)) || !tk->norm)
        return 0;
    size_t n = strlen(tk->norm);
    if (n < 5)
        return 0;
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++) {
        size_t k = strlen(suf[i]);
        /* "-ly" adverbs need a real adjective before the suffix, which
         * keeps out "rally", "supply", "reply" */
        if (n > k + 2 && strcmp(tk->norm + n - k, suf[i]) == 0)
            return k != 2 || n >= 7;
    }
    return 0;
}

static void lo_free(lo_stats *lo)
{
    if (!lo)
        return;
    np_free(lo->tot);
    np_free(lo->ndocs);
    np_free(lo->users);
    np_free(lo->cnt);
    np_free(lo->first);
    np_free(lo->touched);
    np_free(lo);
}

static lo_stats *lo_new(np_story *s)
{
    size_t T = s->n_terms + 1;
    lo_stats *lo = np_calloc(1, sizeof *lo);
    if (!lo)
        return NULL;
    lo->tot = np_calloc(T, sizeof *lo->tot);
    lo->ndocs = np_calloc(T, sizeof *lo->ndocs);
    lo->users = np_malloc(T * (ALSO_MAX + 1) * sizeof *lo->users);
    lo->cnt = np_calloc(T, sizeof *lo->cnt);
    lo->first = np_calloc(T, sizeof *lo->first);
    lo->touched = np_malloc(T * sizeof *lo->touched);
    if (!lo->tot || !lo->ndocs || !lo->users || !lo->cnt || !lo->first || !lo->touched) {
        lo_free(lo);
        return NULL;
    }
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens; k++) {
            uint32_t t = s->tok_term[d][k];
            if (t == UINT32_MAX)
                continue;
            lo->n_all++;
            if (!evaluative_shape(&an->tokens[k]))
                continue;
            if (!lo->tot[t]++ || lo->cnt[t] != (uint32_t)d + 1) {
                if (lo->ndocs[t] <= ALSO_MAX)
                    lo->users[(size_t)t * (ALSO_MAX + 1) + lo->ndocs[t]] = (uint32_t)d;
                lo->ndocs[t]++;
            }
            lo->cnt[t] = (uint32_t)d + 1; /* reused as "last doc" in this pass */
        }
    }
    memset(lo->cnt, 0, T * sizeof *lo->cnt);
    return lo;
}

static np_status lo_terms(np_story *s, lo_stats *lo, int d, const unsigned char *paired, size_t allowed,
                          np_brief_term **terms, size_t *nt, size_t *cap)
{
    const np_analysis *an = &s->an[d];
    size_t n_d = 0, nt_touch = 0;
    for (size_t k = 0; k < an->n_tokens; k++) {
        uint32_t t = s->tok_term[d][k];
        if (t == UINT32_MAX)
            continue;
        n_d++;
        if (!evaluative_shape(&an->tokens[k]))
            continue;
        if (!lo->cnt[t]++)
            lo->touched[nt_touch++] = t;
        if (!lo->first[t] && own_voice(s, d, k, k, NULL, paired))
            lo->first[t] = (uint32_t)k + 1;
    }
    np_status st = NP_OK;
    double n_r = (double)(lo->n_all - n_d);
    for (size_t i = 0; i < nt_touch; i++) {
        uint32_t t = lo->touched[i];
        double y_d = lo->cnt[t], y_r = (double)lo->tot[t] - y_d;
        uint32_t first = lo->first[t];
        lo->cnt[t] = 0;
        lo->first[t] = 0;
        if (st != NP_OK || !first || y_d < LO_MIN_COUNT || lo->ndocs[t] - 1 > allowed)
            continue;
        double a_w = LO_PRIOR * (double)lo->tot[t] / (double)(lo->n_all ? lo->n_all : 1);
        double delta = log((y_d + a_w) / ((double)n_d + LO_PRIOR - y_d - a_w)) -
                       log((y_r + a_w) / (n_r + LO_PRIOR - y_r - a_w));
        double var = 1.0 / (y_d + a_w) + 1.0 / (y_r + a_w);
        if (delta / sqrt(var) < LO_Z)
            continue;
        const np_token *tk = &an->tokens[first - 1];
        int also[ALSO_MAX];
        size_t listed = lo->ndocs[t] < ALSO_MAX + 1 ? lo->ndocs[t] : ALSO_MAX + 1;
        size_t n_also = others_of(&lo->users[(size_t)t * (ALSO_MAX + 1)], listed, (size_t)d, also);
        st = add_term(s, d, tk->start, terms, nt, cap, an->text + tk->start, tk->end - tk->start,
                      "over-represented", also, n_also);
    }
    return st;
}

/* WordNet gives w an adjective sense among its first ones (without
 * WordNet: no word is taken for an adjective, and no degree is looked up). */
static int adjective(const np_story *s, const char *w)
{
    uint64_t keys[NP_WN_MAX_KEYS];
    size_t n = s->wn ? np_wn_senses_get(s->wn, w, strlen(w), keys, NP_WN_MAX_KEYS) : 0;
    for (size_t i = 0; i < n; i++)
        if ((char)(keys[i] >> 40) == 'a' || (char)(keys[i] >> 40) == 's')
            return 1;
    return 0;
}

/* Entry e is a word that may be graded ("seedy", "harsh"): a loaded label
 * or intensifier of one word. */
static int graded_entry(size_t e)
{
    const char *w = np_framing_lexicon[e].word, *cat = np_framing_lexicon[e].category;
    return !strpbrk(w, " -") && (strcmp(cat, "loaded label") == 0 || strcmp(cat, "intensifier") == 0);
}

/* The lexicon's entries keyed for lookup: a stem for a word, the words of
 * a phrase; ord[] sorts them by key (lex_key) so each token costs one
 * binary search instead of a pass over the lexicon; adj[0..*n_adj) the
 * gradable entries (graded_entry()) by word.  All in s->work. */
static np_status index_lexicon(np_story *s, lex_word **lw_out, size_t **ord_out, size_t **adj_out, size_t *n_adj,
                               key_set *ks)
{
    size_t L = np_framing_lexicon_len;
    lex_word *lw = np_arena_alloc(&s->work, L * sizeof *lw);
    size_t *ord = np_arena_alloc(&s->work, L * sizeof *ord);
    size_t *adj = np_arena_alloc(&s->work, L * sizeof *adj);
    if (!lw || !ord || !adj)
        return NP_ENOMEM;
    /* the words whose degrees are looked up (graded_stem()), by word:
     * adjectives only ("harsh", "seedy"; not the nouns "gaffe", "hoax",
     * whose "-r"/"-er" forms are people: "gaffer", "hoaxer") */
    size_t na = 0;
    for (size_t e = 0; e < L; e++)
        if (graded_entry(e) && adjective(s, np_framing_lexicon[e].word)) {
            size_t j = na++;
            while (j > 0 && strcmp(np_framing_lexicon[adj[j - 1]].word, np_framing_lexicon[e].word) > 0) {
                adj[j] = adj[j - 1];
                j--;
            }
            adj[j] = e;
        }
    *adj_out = adj;
    *n_adj = na;
    memset(lw, 0, L * sizeof *lw);
    for (size_t e = 0; e < L; e++) {
        const char *w = np_framing_lexicon[e].word;
        size_t n = strlen(w);
        if (!strpbrk(w, " -")) {
            lw[e].stem = np_stem(s->st, w, n, &s->work);
            if (!lw[e].stem)
                return NP_ENOMEM;
            continue;
        }
        size_t i = 0;
        while (i < n && lw[e].n_words < MAX_PHRASE) {
            size_t j = i;
            while (j < n && w[j] != ' ' && w[j] != '-')
                j++;
            size_t k = j - i < 23 ? j - i : 23;
            memcpy(lw[e].words[lw[e].n_words], w + i, k);
            lw[e].words[lw[e].n_words][k] = '\0';
            lw[e].n_words++;
            i = j + 1;
        }
    }
    for (size_t e = 0; e < L; e++)
        ord[e] = e;
    for (size_t i = 1; i < L; i++) /* insertion sort: L is small */
        for (size_t j = i; j > 0 && strcmp(lex_key(&lw[ord[j - 1]]), lex_key(&lw[ord[j]])) > 0; j--) {
            size_t t = ord[j];
            ord[j] = ord[j - 1];
            ord[j - 1] = t;
        }
    size_t cap = 16;
    while (cap < 4 * L)
        cap *= 2;
    if (!(ks->h = np_arena_alloc(&s->work, cap * sizeof *ks->h)))
        return NP_ENOMEM;
    memset(ks->h, 0, cap * sizeof *ks->h);
    ks->mask = cap - 1;
    for (size_t e = 0; e < L; e++) {
        uint64_t h = key_hash(lex_key(&lw[e]));
        size_t i = h & ks->mask;
        while (ks->h[i] && ks->h[i] != h)
            i = (i + 1) & ks->mask;
        ks->h[i] = h;
    }
    *lw_out = lw;
    *ord_out = ord;
    return NP_OK;
}

/* Where each document uses each lexicon entry (index d * L + e): use[] and
 * use_end[] the first and last token + 1 of its first use in the outlet's
 * own voice (own_voice()), any[] whether it uses it at all, n_docs[e] how
 * many documents do.  Owned by the caller (uses_free()). */
typedef struct lex_uses {
    uint32_t *use, *use_end;
    unsigned char *any;
    uint32_t *n_docs;
    uint32_t *users; /* per entry: the first ALSO_MAX + 1 documents using it in their own voice */
    uint32_t *n_own; /* per entry: how many documents do */
} lex_uses;

static void uses_free(lex_uses *u)
{
    np_free(u->use);
    np_free(u->use_end);
    np_free(u->any);
    np_free(u->n_docs);
    np_free(u->users);
    np_free(u->n_own);
}


/* The stem of a lexicon adjective a comparative or superlative grades
 * ("seedier" -> "seedy", "harshest" -> "harsh", "direr" -> "dire"), so the
 * adjective is found in every degree: the which-th reading of the word's
 * ending (0 or 1: "hugest" is "hug" + "est" or "huge" + "st") that names
 * an entry of adj[0..n_adj) (graded entries by word); else NULL.  No
 * stemming per token: the plain form is looked up among the entries. */
static const char *graded_stem(const lex_word *lw, const size_t *adj, size_t n_adj, const char *norm, int which)
{
    static const struct { const char *end, *base; } grade[] = {
        {"iest", "y"}, {"ier", "y"}, {"est", ""}, {"er", ""}, {"st", ""}, {"r", ""}};
    size_t n = norm ? strlen(norm) : 0;
    if (n < 6 || (norm[n - 1] != 'r' && norm[n - 1] != 't'))
        return NULL;
    for (size_t i = 0; i < sizeof grade / sizeof grade[0]; i++) {
        size_t k = strlen(grade[i].end);
        /* "st" and "r" only after the "e" the plain form ends with */
        if (strcmp(norm + n - k, grade[i].end) != 0 || (grade[i].end[0] != 'e' && k <= 2 && norm[n - k - 1] != 'e'))
            continue;
        if (which-- > 0)
            continue;
        char base[48];
        size_t b = n - k;
        if (b + strlen(grade[i].base) >= sizeof base)
            return NULL;
        memcpy(base, norm, b);
        strcpy(base + b, grade[i].base);
        size_t l = 0, h = n_adj;
        while (l < h) {
            size_t mid = (l + h) / 2;
            int c = strcmp(np_framing_lexicon[adj[mid]].word, base);
            if (c == 0)
                return lw[adj[mid]].stem;
            if (c < 0)
                l = mid + 1;
            else
                h = mid;
        }
        return NULL;
    }
    return NULL;
}

/* The entries token k of doc d opens (its stem for a word, its form for a
 * phrase's first word), recorded in u. */
static void match_token(np_story *s, const lex_word *lw, const size_t *ord, const key_set *ks, const size_t *adj,
                        size_t n_adj, size_t d, size_t k, const unsigned char *paired, lex_uses *u)
{
    size_t L = np_framing_lexicon_len;
    const np_analysis *an = &s->an[d];
    const np_token *tk = &an->tokens[k];
    /* pass 0: a word entry by the token's stem; 1: a phrase by its first
     * word; 2, 3: an adjective entry by the plain form it grades */
    for (int pass = 0; pass < 4; pass++) {
        const char *key = pass == 0 ? tk->stem : pass == 1 ? tk->norm : graded_stem(lw, adj, n_adj, tk->norm, pass - 2);
        if (!key || !key_maybe(ks, key))
            continue;
        size_t l = 0, h = L;
        while (l < h) {
            size_t mid = (l + h) / 2;
            if (strcmp(lex_key(&lw[ord[mid]]), key) < 0)
                l = mid + 1;
            else
                h = mid;
        }
        for (; l < L && strcmp(lex_key(&lw[ord[l]]), key) == 0; l++) {
            size_t e = ord[l];
            if (u->use[d * L + e] || (pass == 1) == (lw[e].stem != NULL))
                continue;
            if (pass >= 2 && !graded_entry(e))
                continue;
            if (!verb_form_ok(np_framing_lexicon[e].word, np_framing_lexicon[e].category, tk->norm))
                continue;
            /* an inflection, not a shorter word of the same stem:
             * "dictators" is "dictator", "complete" is not "completely" */
            if (lw[e].stem && !inflects(tk->norm, np_framing_lexicon[e].word))
                continue;
            size_t last = k;
            if (!lw[e].stem) {
                int ok = 1;
                for (int q = 1; q < lw[e].n_words && ok; q++)
                    ok = k + (size_t)q < an->n_tokens &&
                         strcmp(an->tokens[k + (size_t)q].norm, lw[e].words[q]) == 0;
                if (!ok)
                    continue;
                last = k + (size_t)lw[e].n_words - 1;
            }
            /* the story's vocabulary: words its outlets write, in their
             * own voice or in a plain sense, not the quoted speakers' (an
             * outlet calling a decision "reckless" is not echoing another
             * outlet that quotes a politician saying it) */
            if (!u->any[d * L + e] && !quoted(an, tk->start) && !paired[k]) {
                u->any[d * L + e] = 1;
                u->n_docs[e]++;
            }
            if (!own_voice(s, (int)d, k, last, np_framing_lexicon[e].category, paired))
                continue;
            /* the documents that use the word in their own voice and loaded
             * sense, for "also" (a plain "slammed the door" is no one's
             * framing) */
            if (u->n_own[e] <= ALSO_MAX)
                u->users[e * (ALSO_MAX + 1) + u->n_own[e]] = (uint32_t)d;
            u->n_own[e]++;
            u->use[d * L + e] = (uint32_t)k + 1;
            u->use_end[d * L + e] = (uint32_t)last + 1;
        }
    }
}

/* Word entry e's use in doc d is a word of a phrase entry used there too
 * ("lashed" of "lashed out"): the phrase is the term. */
static int in_phrase(const lex_word *lw, const lex_uses *u, size_t d, size_t e)
{
    size_t L = np_framing_lexicon_len;
    if (!lw[e].stem)
        return 0;
    uint32_t k = u->use[d * L + e];
    for (size_t x = 0; x < L; x++)
        if (!lw[x].stem && u->use[d * L + x] && u->use[d * L + x] <= k && k <= u->use_end[d * L + x])
            return 1;
    return 0;
}

/* Doc d's framing terms: the lexicon entries it uses in its own voice that
 * at most lex_allowed other outlets use, then the words its statistics
 * single out (lo_terms); stored in b->framing when there are any. */
static np_status doc_terms(np_story *s, lo_stats *lo, const lex_word *lw, const lex_uses *u, size_t d,
                           const unsigned char *paired, size_t allowed, size_t lex_allowed)
{
    np_brief *b = s->brief;
    size_t L = np_framing_lexicon_len, D = s->n_docs;
    const np_analysis *an = &s->an[d];
    np_brief_term *terms = NULL;
    size_t nt = 0, cap = 0;
    np_status st = NP_OK;
    int also[ALSO_MAX];
    for (size_t e = 0; e < L && st == NP_OK; e++) {
        if (!u->use[d * L + e] || !(D == 1 || u->n_docs[e] - 1 <= lex_allowed) || in_phrase(lw, u, d, e))
            continue;
        const np_token *t0 = &an->tokens[u->use[d * L + e] - 1];
        const np_token *t1 = &an->tokens[u->use_end[d * L + e] - 1];
        size_t listed = u->n_own[e] < ALSO_MAX + 1 ? u->n_own[e] : ALSO_MAX + 1;
        size_t n_also = others_of(&u->users[e * (ALSO_MAX + 1)], listed, d, also);
        st = add_term(s, (int)d, t0->start, &terms, &nt, &cap, an->text + t0->start, t1->end - t0->start,
                      np_framing_lexicon[e].category, also, n_also);
    }
    if (st == NP_OK && D > 1)
        st = lo_terms(s, lo, (int)d, paired, allowed, &terms, &nt, &cap);
    if (st == NP_OK && nt) {
        np_brief_framing *f = &b->framing[b->n_framing++];
        f->doc = (int)d;
        f->terms = np_arena_alloc(&b->arena, nt * sizeof *f->terms);
        if (!f->terms)
            st = NP_ENOMEM;
        else
            memcpy(f->terms, terms, nt * sizeof *terms);
        f->n_terms = f->terms ? nt : 0;
    }
    np_free(terms);
    return st;
}

np_status np_compare_framing(np_story *s)
{
    np_brief *b = s->brief;
    size_t L = np_framing_lexicon_len, D = s->n_docs;
    if (!D)
        return NP_OK;
    lex_uses u = {np_calloc(D * L, sizeof *u.use), np_calloc(D * L, sizeof *u.use_end), np_calloc(D * L, 1),
                  np_calloc(L, sizeof *u.n_docs), np_calloc(L * (ALSO_MAX + 1), sizeof *u.users),
                  np_calloc(L, sizeof *u.n_own)};
    lex_word *lw = NULL;
    key_set ks = {NULL, 0};
    size_t *ord = NULL, *adj = NULL, n_adj = 0;
    lo_stats *lo = NULL;
    np_status st = !u.use || !u.use_end || !u.any || !u.n_docs || !u.users || !u.n_own ? NP_ENOMEM
                                                                           : index_lexicon(s, &lw, &ord, &adj, &n_adj, &ks);
    const unsigned char **paired = st == NP_OK ? np_arena_alloc(&s->work, D * sizeof *paired) : NULL;
    for (size_t d = 0; paired && d < D; d++)
        if (!(paired[d] = paired_quoted(s, &s->an[d])))
            paired = NULL;
    if (!paired)
        st = NP_ENOMEM;
    for (size_t d = 0; d < D && st == NP_OK; d++)
        for (size_t k = 0; k < s->an[d].n_tokens; k++)
            if ((s->an[d].tokens[k].flags & NP_TOK_WORD) && s->an[d].tokens[k].norm)
                match_token(s, lw, ord, &ks, adj, n_adj, d, k, paired[d], &u);
    if (st == NP_OK) {
        b->framing = np_calloc(D, sizeof *b->framing);
        lo = lo_new(s);
        if (!b->framing || !lo)
            st = NP_ENOMEM;
    }
    /* a lexicon word two outlets of five use is still theirs against the
     * other three (two partisan outlets calling a leader "dictator"); a
     * word found only by its statistics (lo_terms) stays one outlet's */
    size_t allowed = D > 1 ? (D - 1) / 10 : 0, lex_allowed = D > 1 ? (D - 1) / 4 : 0;
    for (size_t d = 0; d < D && st == NP_OK; d++)
        st = doc_terms(s, lo, lw, &u, d, paired[d], allowed, lex_allowed);
    lo_free(lo);
    uses_free(&u);
    return st;
}
