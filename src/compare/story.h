/*
 * compare/story.h — the working state of one story being briefed (np_story)
 * and the helpers every stage of compare/ shares: the story vocabulary,
 * tf-idf sentence vectors, sentence lookup and copying exact words into the
 * brief.  compare/brief.c builds the story (np_story_terms(),
 * np_story_sentences() once the documents are analysed) and runs the stages;
 * the stages read it and call these helpers.  Private to compare/.
 *
 * Ownership: everything reachable from np_story lives in story->work (an
 * arena freed by np_story_free()) or in the analysers it owns (stemmer,
 * entity linker, term tables, edges: freed by np_story_free() too); what a
 * stage keeps for the brief is copied into brief->arena with np_story_ref()
 * and np_story_str().
 */
#ifndef NP_COMPARE_STORY_H
#define NP_COMPARE_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "compare/brief_model.h"
#include "core/arena.h"
#include "core/doc.h"
#include "core/status.h"
#include "extract/analysis.h"
#include "extract/entity.h"
#include "text/gazetteer.h"
#include "text/token.h"

/* Sparse L2-normalised tf-idf vector, terms ascending. */
typedef struct np_svec {
    uint32_t *term;
    float *w;
    uint32_t n;
} np_svec;

typedef struct np_sent {
    int doc;
    size_t start, end;           /* byte span in the doc text */
    uint32_t tok_lo, tok_hi;     /* token range [lo, hi) in the doc analysis */
    uint32_t n_content;          /* content tokens */
    int no_fact;                 /* headline/section title or a repeat: states no fact */
    np_svec vec;
    /* the sentence's event words: terms (synonym classes) of its content
     * words written in lower case outside any name ("met", "delay",
     * "tariffs"), ascending.  Names and figures say who and how much, these
     * say what happened: two sentences state one claim only if they share
     * some (see compare/align.c). */
    uint32_t *ev;
    uint32_t n_ev;
    /* the polarity of its actions: event words used as a verb, each as
     * term << 1 | 1 when the sentence only states it negated ("refused to
     * sign", "did not sign") or term << 1 when it states it plainly (and
     * never negated), ascending.  "A signed" and "B refused to sign" share
     * "sign" but are opposite claims (np_story_polarity_clash()). */
    uint32_t *pol;
    uint32_t n_pol;
} np_sent;

typedef struct np_edge {
    uint32_t a, b; /* sentence indices, different docs */
    float sim;
} np_edge;

/* WordNet senses: lemma → synset keys of its first senses (per part of
 * speech).  Built once per env; read-only after. */
typedef struct np_wn_senses np_wn_senses;
np_wn_senses *np_wn_senses_load(const char *dir);  /* NULL when absent or ENOMEM */
void np_wn_senses_free(np_wn_senses *wn);
/* Synset keys of word[0..n) into keys (at most max); returns the count. */
size_t np_wn_senses_get(const np_wn_senses *wn, const char *word, size_t n, uint64_t *keys, size_t max);
/* 2 when word[0..n) (lower case) is an irregular verb form of verb.exc
 * ("met", "took"), 1 when it is a verb lemma among its first senses, else 0
 * (always 0 without WordNet). */
int np_wn_is_verb(const np_wn_senses *wn, const char *word, size_t n);
/* Synset keys of the singular of a plural word[0..n) (lower case), found
 * the way WordNet's morphy() does ("studies" -> "study", "taxes" -> "tax",
 * "ceasefires" -> "ceasefire"): the first ending stripped that leaves a
 * word WordNet lists.  0 when none does (also without WordNet).  Snowball
 * stems are not lemmas ("studi"), so such words were in no synonym class. */
size_t np_wn_plural_keys(const np_wn_senses *wn, const char *word, size_t n, uint64_t *keys, size_t max);
/* Synset keys of the verb senses of a verb form word[0..n) (lower case):
 * its own, else its lemma's, the lemma found as verb.exc lists it ("left"
 * -> "leave", "fell" -> "fall") or by stripping a regular ending ("closed"
 * -> "close", "stopped" -> "stop", "tries" -> "try").  0 when none is a
 * WordNet verb of at least four letters (also without WordNet). */
size_t np_wn_verb_keys(const np_wn_senses *wn, const char *word, size_t n, uint64_t *keys, size_t max);
/* Synset keys one WordNet link away from key (hypernym "@", derivationally
 * related "+", similar "&", also "^", pertainym "\\", verb group "$"),
 * read from the data.<pos> files opened by np_wn_data_open() (files[4]:
 * noun, verb, adj, adv; NULL entries where absent).  Returns the count
 * stored in out (at most max); 0 on any read or parse failure. */
void np_wn_data_open(const np_wn_senses *wn, void *files[4]);
void np_wn_data_close(void *files[4]);
size_t np_wn_links(void *files[4], uint64_t key, uint64_t *out, size_t max);
/* The targets of the pointers of synset key whose symbol is one of syms
 * (NULL-terminated, e.g. {"@", "@i", NULL}): keys with the target's part
 * of speech (satellites as 'a'), at most max, in out; *lexfile (may be
 * NULL) gets the synset's lexicographer file.  Returns the count, -1 when
 * its line cannot be read or is no synset line. */
int np_wn_pointers(void *files[4], uint64_t key, const char *const *syms, uint64_t *out, size_t max,
                   int *lexfile);
#define NP_WN_MAX_KEYS 8

struct np_frames;

typedef struct np_story {
    np_doc *const *docs;
    size_t n_docs;
    np_brief *brief;
    np_arena work;
    np_stemmer *st;
    const np_gazetteer *gz;
    const np_wn_senses *wn;
    np_entity_linker *lk;
    /* each sentence's frames (compare/frames.h), in work: set by
     * np_compare_facts() for the stages after it; NULL before */
    struct np_frames *frames;
    /* memos of np_story_ref_span() and np_story_vec_memo(): the stages
     * after the facts look the same refs and spans up again and again
     * (one claim per sentence settles pairs of refs round after round).
     * Owned, freed by np_story_free(); NULL memo: no memo (recomputed). */
    struct np_story_memo *memo;
    /* per linker entity: the entity its person cluster is listed under
     * (itself unless compare/names.c joined it to another) and that
     * cluster's display name */
    uint32_t *ent_group;
    const char **ent_name;
    np_analysis *an;         /* per doc */
    int *agency;             /* per doc: the news agency it credits (np_story_doc_agency), 0 = none */
    /* pairs of sentences one of which negates what the other states of one
     * thing (compare/discrepancy.c's contradictions), each as lo << 32 |
     * hi, ascending, in work; set by np_compare_discrepancies() for the
     * stages after it (the timeline keeps the two apart) */
    uint64_t *opposed;
    uint32_t *opposed_verb; /* per pair: the action's synonym class */
    size_t n_opposed;
    uint32_t *copy_root;     /* per doc: the first document of its set of one report's copies, edits
                              * allowed (np_compare_copy_docs()); NULL until computed */
    const char **ref_date;   /* per doc: publication date used for resolving */
    /* vocabulary: term strings → ids */
    char **term_str;
    uint32_t *term_df;       /* sentences containing the term */
    float *idf;
    size_t n_terms, cap_terms;
    uint32_t *term_hash;     /* open addressing: id + 1, 0 = empty */
    size_t hash_cap;
    /* per token of each doc: term id or UINT32_MAX (stopword/punct) */
    uint32_t **tok_term;
    /* per token of each doc: term of the resolved date starting there, or UINT32_MAX */
    uint32_t **tok_date;
    /* per token of each doc: for a verb of speaking ("confirmed", "said"),
     * which is no term (it tells who reports, not what), the term "@" +
     * its stem, which only its polarity uses (np_sent.pol: "did not
     * confirm" against "confirmed"); else UINT32_MAX.  NULL (the array
     * itself, set by compare/brief.c): verbs of speaking have no polarity */
    uint32_t **tok_report;
    /* synonym classes: term id → representative term id (WordNet, optional) */
    uint32_t *syn;
    /* WordNet synset keys of each term's first senses (NP_WN_MAX_KEYS per
     * term, term_nkeys[t] used), NULL without WordNet */
    uint64_t *term_keys;
    unsigned char *term_nkeys;
    /* verbs of opposite meaning the story uses (compare/antonyms.h): pairs
     * of synonym classes, each pair stored both ways as a << 32 | b,
     * ascending; in work.  n_ant 0: none (or not computed) */
    uint64_t *ant_pairs;
    unsigned char *ant_mark; /* per term: 1 for a class in some pair */
    size_t n_ant;
    /* sentences of every doc, doc by doc, text order */
    np_sent *sents;
    size_t n_sents;
    size_t *doc_sent0;       /* first sentence index of each doc; [n_docs] = n_sents */
    /* cross-document sentence similarities >= NP_EDGE_MIN, CSR by sentence */
    np_edge *edges;
    size_t n_edges;
    size_t *adj_off;         /* n_sents + 1 */
    uint32_t *adj_to;
    float *adj_sim;
    size_t *adj_rev;         /* index of the reverse entry (to → row) */
    unsigned char *adj_best; /* adj_to[e] is the row's best match in its doc */
    /* per sentence, set by np_compare_facts(): supports a multi-outlet
     * fact; gives a quantity no other outlet gives (nor its value with
     * another noun) */
    unsigned char *in_fact;
    unsigned char *own_quantity;
    /* near-copies (compare/copies.c): sentences with one vector form a
     * class (copy_cls per sentence; members of class c, in sentence order,
     * are copy_mem[copy_off[c] .. copy_off[c + 1])).  A class printed by
     * more than NP_COPY_PEERS documents keeps the members of its first
     * NP_COPY_PEERS documents in the sentence graph; the others are shadows
     * (copy_shadow), outside alignment and facts until the facts are built,
     * then added to the facts their copies support. */
    /* stored analyses in and fresh ones out (np_brief_build_with), or NULL */
    struct np_brief_analyses *analyses;
    uint32_t *copy_cls, *copy_mem, *copy_off;
    size_t n_copy_cls;
    unsigned char *copy_shadow;
    int *copy_saved_no_fact; /* no_fact of the shadows before they were hidden */
} np_story;

/* Documents of one copy class that take part in pairwise work. */
#define NP_COPY_PEERS 24

/* Minimum cosine kept as an alignment candidate. */
#define NP_EDGE_MIN 0.12f

/* Index of t in the ascending array a[0..n) (event words, polarity
 * marks, term lists), or -1. */
long np_story_sorted_index(const uint32_t *a, uint32_t n, uint32_t t);
/* How many values the ascending arrays a[0..na) and b[0..nb) share (event
 * words, term lists), counted by one merge walk. */
uint32_t np_story_sorted_common(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb);
/* The first index of a[0..n) (ascending) holding a value >= key; n when
 * none does. */
size_t np_story_u64_lower_bound(const uint64_t *a, size_t n, uint64_t key);

/* Term id of a normalised word (interning it); UINT32_MAX on ENOMEM. */
uint32_t np_story_term(np_story *s, const char *key, size_t n);
/* Term id, or UINT32_MAX when the word was never interned. */
uint32_t np_story_term_find(const np_story *s, const char *key, size_t n);
/* tf-idf vector over the content tokens of doc whose start lies in
 * [start, end); vector storage in the work arena. */
np_status np_story_vec_span(np_story *s, int doc, size_t start, size_t end, np_svec *out);
/* Token k of doc says which office a person holds, not what happened:
 * "Transport" in "Transport minister Paulo Menz" (the mention after it
 * holds a title before the name) or in "Paulo Menz, the transport
 * minister," (a title word after it, a person's mention and a comma
 * before). */
int np_story_office_word(const np_story *s, int doc, uint32_t k);
/* Takes out of v (a vector of np_story_vec_span(), whose arrays the caller
 * owns) the terms of doc's tokens starting in [start, end) and scales it
 * back to unit length. */
void np_svec_drop_span(const np_story *s, int doc, size_t start, size_t end, np_svec *v);
/* The same vector, computed once per span and kept (s->memo): *out shares
 * its arrays with the memo, so the caller must not change them. */
np_status np_story_vec_memo(np_story *s, int doc, size_t start, size_t end, np_svec *out);
/* The memos (s->memo); NP_ENOMEM leaves the story without them (it works
 * the same, slower). */
np_status np_story_memo_init(np_story *s);
/* Index of the first token of `an` starting at or after byte `off` (n_tokens
 * when none): a binary search, tokens being in text order. */
size_t np_story_token_at(const np_analysis *an, size_t off);
/* Index of the first entity mention of `an` starting at or after byte off
 * (n_ents when none): a binary search, mentions being in text order (and
 * apart: the finder consumes the tokens of each). */
size_t np_story_ent_at(const np_analysis *an, size_t off);
/* Term t is a verb of speaking's polarity term (np_story.tok_report:
 * "@" + stem; a resolved date's term is "@" + digits), which only
 * np_sent.pol holds. */
int np_story_report_term(const np_story *s, uint32_t t);
float np_svec_cos(const np_svec *a, const np_svec *b);
/* Terms a and b both hold. */
size_t np_svec_common(const np_svec *a, const np_svec *b);
/* Share of a's squared weight on terms b also has (of a unit vector: how
 * much of a lies inside b). */
float np_svec_contain(const np_svec *a, const np_svec *b);
/* Copy text[start,end) of doc into the brief arena as a REF (trimmed). */
np_status np_story_ref(np_story *s, int doc, size_t start, size_t end, np_bref *out);
/* Byte span [*start, *end) of ref's words in its document's text (the
 * first occurrence); 0 when they are not found there. */
int np_story_ref_span(const np_story *s, const np_bref *ref, size_t *start, size_t *end);
/* One sentence, one claim: the words [a, b) of the document of fact f's
 * ref k belong to another claim.  The rest of the ref that still says
 * what f says: the side of [a, b) (before or after it, trimmed of the
 * punctuation that joined them) holding NP_REST_MIN_TERMS terms and at
 * least NP_REST_KEEP of the whole ref's mean similarity to f's refs of
 * other documents (the better side when both do).  Returns 1 with its
 * byte span in [*rs, *re), 0 when no side says it (or the ref is not
 * found), -1 on ENOMEM.  Changes nothing: np_story_ref() sets a ref. */
int np_story_ref_rest(np_story *s, const np_brief_fact *f, size_t k, size_t a, size_t b, size_t *rs, size_t *re);
/* Mean cosine of v with fact f's refs of documents other than doc (the
 * first NP_REST_PEERS of them): how well words of doc say f's claim.  0
 * when f has no other document, -1 on ENOMEM. */
float np_story_mean_cos(np_story *s, const np_brief_fact *f, int doc, const np_svec *v);
#define NP_REST_MIN_TERMS 4
#define NP_REST_KEEP 0.5f
#define NP_REST_PEERS 24 /* refs of other documents a similarity is averaged over */
/* Index of the sentence of doc holding byte off (or -1). */
long np_story_sent_at(const np_story *s, int doc, size_t off);
/* Bytes of [start, end) of an's text inside its quotations (they are in
 * text order and do not overlap). */
size_t np_story_quoted_bytes(const np_analysis *an, size_t start, size_t end);
/* Token tk of an, a word outside quotations, says who speaks rather than
 * what happened: a capitalised word (a name), a speech or attribution verb,
 * a title or a title's modifier ("said", "told", "former vice president"). */
int np_story_speaker_word(const np_analysis *an, const np_token *tk);
/* rank[i] (rank: n_sents entries) = how many claims sentence i's article
 * states before it: its sentences before it that are no headline,
 * caption or other no_fact line.  How early an outlet tells something. */
void np_story_claim_ranks(const np_story *s, uint32_t *rank);
/* Sentence i tells no event of its own day: a headline or heading, a
 * question the outlet asks ("Where does the wall stand today?"), a pointer
 * to the page ("Watch the video below").  A dated bullet ("• May 3: the
 * council votes"), a verbless line and a picture's caption (the day it
 * shows) do tell one.  The timeline leaves these out. */
int np_story_tells_no_event(const np_story *s, uint32_t i);
/* Index of the sentence holding the start of ref's words (the first
 * occurrence, np_story_ref_span), or -1 when they are not found. */
long np_story_ref_sent(const np_story *s, const np_bref *ref);
/* Sort facts by outlets, most first, stable (insertion sort: facts are few
 * and mostly in order already when a stage has dropped some refs). */
void np_story_sort_facts(np_brief_fact *f, size_t n);
/* Brief-arena copy of a string. */
const char *np_story_str(np_story *s, const char *str, size_t n);

/* Building the story, in this order once every document is analysed
 * (s->an): np_story_terms() interns the content words and resolved dates of
 * every token; the synonym classes (s->syn, compare/synonyms.c) may then be
 * set; np_story_sentences() cuts the sentences, marks those that state no
 * fact, counts document frequencies and computes the tf-idf vectors.
 * NP_ENOMEM leaves a partly built story that np_story_free() releases. */
np_status np_story_terms(np_story *s);
/* The news agency a document's text credits as its source: "(Reuters)",
 * "(AP)", "Associated Press", "(AFP)", "Agence France-Presse", "(UPI)",
 * "(dpa)" in its opening lines or as a closing credit.  1 + index of the
 * agency, or 0. */
int np_story_agency(const char *text);
/* The agency a document credits: np_story_agency()'s, else the one its
 * dispatch's dateline credits in parentheses ("HOLMPORT, Dec 3 (Norpress)
 * -"), whatever its name, as a number of its own; 0 when none. */
int np_story_doc_agency(const char *text);
np_status np_story_sentences(np_story *s);
/* Event words (see np_sent.ev) of the tokens [tok_lo, tok_hi) of doc, the
 * first of which starts at byte start, and their polarity (np_sent.pol;
 * pol/n_pol may be NULL); arrays in the work arena. */
np_status np_story_events_span(np_story *s, int doc, size_t start, uint32_t tok_lo, uint32_t tok_hi, uint32_t **ev,
                               uint32_t *n_ev, uint32_t **pol, uint32_t *n_pol);
/* 1 when sentences a and b are listed in s->opposed: one negates what
 * the other states, of an action among ev[0..n_ev) (sorted; ev NULL: any
 * action). */
int np_story_opposed(const np_story *s, uint32_t a, uint32_t b, const uint32_t *ev, uint32_t n_ev);
/* 1 when an action one unit states plainly the other states only negated
 * (np_sent.pol): "Solmark refused to sign" against "Kestrava signed". */
int np_story_polarity_clash(const uint32_t *pol_a, uint32_t n_a, const uint32_t *pol_b, uint32_t n_b);
/* Clauses of a sentence: one sentence often states two claims ("X
 * happened, and Y said Z"; "A rose while B fell").  A clause starts after
 * ';' (not one of a series "A; B; and C"), after a comma or a dash before a conjunction ("and", "but", "after",
 * "adding", ...), at "while"/"whereas"/"although", or after the first
 * comma of an opening participle phrase ("Speaking in X after Y, he said
 * Z": where and when is a claim too; needs WordNet); every clause
 * keeps at least min_content content words (a short tail stays with its
 * clause).  Writes the first token of each clause into first (at most
 * max) and returns the count: 1 for a sentence of one clause. */
size_t np_story_clauses(const np_story *s, const np_sent *se, uint32_t *first, size_t max, uint32_t min_content);
/* The gap between tokens k and k + 1 of an (k + 1 a token) ends a clause:
 * a comma, semicolon or colon; with NP_GAP_ASIDES also a dash or bracket
 * (an aside that is a clause of its own), with NP_GAP_QUOTES a quotation
 * mark (a clause read back from a word does not start inside a quotation;
 * one read forward runs on through a title in quotation marks). */
enum { NP_GAP_ASIDES = 1, NP_GAP_QUOTES = 2 };
int np_story_clause_gap(const np_analysis *an, size_t k, int flags);
/* Tokens [lo, hi) of doc hold a finite verb ("was", "signed", "he
 * said"; a word joined by a hyphen is none: "closed-door"; without WordNet,
 * always 1).  flags: NP_VERB_NOT_FIRST, the span's first word is context
 * only (a subject's first word: "after talks with ..." has no verb);
 * NP_VERB_LOOSE, also a word WordNet has as a verb between a word that does
 * not make it a noun and its object ("the river burst its banks"). */
enum { NP_VERB_LOOSE = 1, NP_VERB_NOT_FIRST = 2 };
int np_story_span_has_verb(const np_story *s, int doc, uint32_t lo, uint32_t hi, int flags);
/* Token k of se opens a non-restrictive relative clause about a name
 * ("Ana Ruiz, who ...") or a noun phrase ("the old weir, which ...";
 * "the valley, where ..."): the
 * first byte of that name or phrase (*is_name, may be NULL: 1 for a name),
 * else SIZE_MAX. */
size_t np_story_relative_antecedent(const np_story *s, const np_sent *se, uint32_t k, int *is_name);
/* Places and the regions that hold them ("in Vell, Ostria"; WordNet's
 * "Bishkek" part of "Kyrgyzstan"), as entity ids: np_regions_add() notes
 * one pair (NP_ENOMEM when it cannot); np_regions_join() joins, in the
 * union-find uf, each region with the one place the story gives it - a
 * region holding two places or more ("Malibu, Calif." and "Rancho Mirage,
 * Calif.") would make them one, so it joins none - and frees the pairs.
 * Start from a zeroed np_regions. */
typedef struct np_regions {
    uint64_t *pairs; /* region << 32 | place */
    size_t n, cap;
} np_regions;
np_status np_regions_add(np_regions *r, uint32_t region, uint32_t place);
void np_regions_join(np_regions *r, uint32_t *uf);

/* Releases what the story owns (not the documents nor the brief);
 * accepts a zeroed story. */
void np_story_free(np_story *s);

/* Growable array helper: make room for one more element. */
np_status np_grow(void **arr, size_t *cap, size_t n, size_t elem);

#endif
