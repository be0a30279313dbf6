/*
 * compare/brief_internal.h — the stages of np_brief_build() (alignment,
 * facts, quotes, discrepancies, framing, timeline, summary), each run once
 * by compare/brief.c on the story it built.  The story itself and the
 * helpers the stages share are in compare/story.h, included here so a stage
 * needs this one header.  Private to compare/.
 *
 * Ownership: a stage reads the story and writes its section of
 * story->brief; what it keeps is copied into brief->arena (np_story_ref()).
 */
#ifndef NP_COMPARE_BRIEF_INTERNAL_H
#define NP_COMPARE_BRIEF_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "compare/brief_model.h"
#include "compare/singles.h"
#include "compare/story.h"
#include "core/arena.h"
#include "core/doc.h"
#include "core/status.h"
#include "extract/analysis.h"
#include "extract/entity.h"
#include "text/gazetteer.h"
#include "text/token.h"

struct np_brief_env {
    np_gazetteer *gz;
    np_wn_senses *wn;  /* NULL without WordNet */
};

/* stages */
np_status np_compare_copies(np_story *s);         /* copy classes, shadows hidden */
np_status np_compare_copies_expand(np_story *s);  /* shadows join their copies' facts */
np_status np_compare_copies_restore(np_story *s); /* shadows visible again */
np_status np_compare_copy_docs(np_story *s);     /* documents printing one text: brief->docs[].copy_of */
np_status np_compare_align(np_story *s);          /* edges + CSR */
np_status np_compare_facts(np_story *s);   /* multi-outlet facts */
np_status np_compare_places(np_story *s);  /* where the main event happened (compare/places.c) */
/* Mention m of an opens a dateline: it starts its paragraph, and what
 * follows up to a dash is only names, numbers, commas and a parenthesised
 * credit ("VELL, Ostria –", "Vell, May 3 (Agency) -").  The byte offset
 * right after that dash, 0 when m opens none (compare/places.c). */
size_t np_dateline_end(const np_analysis *an, const np_entity_mention *m);
np_status np_compare_quote_facts(np_story *s); /* a quote's fact gets its quote group's outlets */
np_status np_compare_quote_spans(np_story *s); /* a ref cut from a quotation shows it whole */
np_status np_compare_one_claim(np_story *s);   /* no two facts cite the same words (compare/one_claim.c) */
/* Refs marked doc = -1 leave their facts; a fact left with one outlet leaves
 * the brief (compare/one_claim.c; compare/discrepancy.c uses it). */
np_status np_one_claim_drop(np_story *s);
np_status np_compare_summary(np_story *s);
np_status np_compare_quotes(np_story *s);
np_status np_compare_discrepancies(np_story *s);
/* A timeline entry cites no source giving another value of one of its
 * first source's figures: those make an entry of their own right after it;
 * and an entry worded with one side of a figure discrepancy cites the
 * outlets of the other side no more (after np_compare_timeline()). */
np_status np_compare_timeline_conflicts(np_story *s);
np_status np_compare_framing(np_story *s);
np_status np_compare_timeline(np_story *s);
np_status np_compare_synonyms(np_story *s);

/* compare/align.c's helpers that compare/singles.c uses: append a fact
 * citing sentences mem[0..n) (its strings copied into brief->arena; *cap is
 * the capacity of brief->facts), and the number of event words two
 * sentences share. */
np_status np_align_add_fact(np_story *s, size_t *cap, const uint32_t *mem, size_t n, float score);
unsigned np_align_shared_events(const np_sent *a, const np_sent *b);
/* Independent reports among the sentences mem[0..n) of a fact (outlets
 * printing one wire copy count once); compare/places.c uses it too. */
size_t np_align_independent(const np_story *s, const uint32_t *mem, size_t n);
/* Sentences i and j of two outlets are one wire report (near-identical
 * words not explained by a quotation both print, or a shared agency
 * credit): compare/quote_facts.c counts with it too. */
int np_align_wire_copy(const np_story *s, uint32_t i, uint32_t j);
/* A fact of b whose head ref (its summary) does not read whole - cut to a
 * clause ("saying he ..."), or starting inside a quotation - or is mostly
 * someone's quotation is headed by another of its refs that reads better,
 * when it has one; among refs that read as well, by one saying nearly the
 * same with fewer of its outlet's loaded words (b's framing terms)
 * (compare/align.c, the summary stage).  s, the story of b, tells a ref
 * lying inside a quotation of its document (its marks outside the words
 * shown) and how alike two refs are; NULL: refs are judged by their words
 * alone, loaded words not counted. */
void np_align_readable_heads(np_story *s, np_brief *b);

/* framing lexicon (compiled in) */
typedef struct np_framing_entry {
    const char *word;     /* lower case; may hold a space or hyphen */
    const char *category; /* "loaded label", "hedge", "intensifier", ... */
} np_framing_entry;
extern const np_framing_entry np_framing_lexicon[];
extern const size_t np_framing_lexicon_len;

#endif
