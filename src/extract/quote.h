/*
 * extract/quote.h — direct quotations and who said them.
 *
 * Finds text between straight "..." and curly “...” quotation marks (single
 * curly ‘...’ only when clearly quoting: preceded by space/colon and not an
 * apostrophe), including multi-sentence and multi-paragraph quotes (a
 * paragraph that starts with an opening mark and no close continues the
 * quote).  Bracketed insertions ("[attack Europe]") and dashes stay inside.
 *
 * Speaker attribution, in order:
 *   1. words right after the closing mark: "..., X said" / "..., said X" /
 *      "..., said planetary geologist X" / "X, the minister, said" (long
 *      appositives too) / "..., according to X" / "..., he said" /
 *      "..., the minister said" / "“...” impeachment, X said" (a few words
 *      finishing the clause first) / "..., JPL scientist X said" /
 *      "..., said an investigator working for the buyers, X" (the name set
 *      off after a noun phrase; a name inside the phrase, "said an
 *      investigator working for Kord", is no speaker);
 *      a new sentence after the quote counts only when its verb does not
 *      open a clause or quote of its own ("He said that ...");
 *   2. the nearest speech verb before the quote in its sentence (within 30
 *      words, not in parentheses, not inside another quote): "X said (that)
 *      “...”", partial quotes "X said the plan could serve as a “...”",
 *      "X, via Y, said", ", saying “...”" (the sentence subject), "said X:";
 *      then "according to X";
 *   3. a quote split by its attribution ("...," he said. "...") or running
 *      over a paragraph break gives the next part the same speaker
 *      (continues = 1), unless a sentence between names another person
 *      ("...," said X. Y answered him. "...": nobody's).
 *   Pronouns (he/she) resolve to the person most recently named as speaker
 *   in the document, else the most recently mentioned person (the person
 *   set off after a role, not its owner: "X's lawyer, Y, was scathing.
 *   '...,' he said" is Y's); "the
 *   minister" resolves only to a person named earlier with that role word in
 *   the title.  Only PERSON/ORG mentions outside quotes can speak.  Titles
 *   are stripped ("Russian President Vladimir Putin" → "Vladimir Putin").
 *   When no rule applies the speaker is NULL — never a guess.
 * Quotes of 1-3 words (scare quotes, e.g. “absurd”) are kept with
 * is_short = 1.
 *
 * Output lives in the caller's arena.
 */
#ifndef NP_EXTRACT_QUOTE_H
#define NP_EXTRACT_QUOTE_H

#include <stddef.h>

#include "core/arena.h"
#include "core/status.h"
#include "extract/entity.h"
#include "text/sentence.h"

typedef struct np_quote {
    size_t start, end;        /* the quoted words, without the marks */
    const char *speaker;      /* name without title, in its fullest form in this
                               * document ("Putin said" → "Vladimir Putin" when
                               * that full name occurs); NULL when unknown */
    size_t speaker_start, speaker_end; /* span of the name the speaker came from
                                        * (for pronouns: the pronoun); 0,0 if NULL */
    long speaker_mention;     /* index into the mentions passed in, or -1 */
    int continues;            /* 1: second part of a quote split by an attribution */
    int is_short;             /* 1: 1-3 words */
    int by_pronoun;           /* 1: speaker resolved from he/she (or they) */
    int by_group;             /* 1: several people speak together ("Hale, Kord and
                               * Ruiz said", then "they said"): speaker names
                               * them all, speaker_mention the first */
} np_quote;

/* Find quotes in text[0..len).  mentions/n_mentions: the document's entity
 * mentions from np_entities_find (may be NULL/0: speakers then come from
 * capitalised words next to the speech verb only).  sents may be NULL.
 * *out is an arena array of *n quotes in text order. */
np_status np_quotes_find(const char *text, size_t len, const np_span *sents, size_t n_sents,
                         const np_entity_mention *mentions, size_t n_mentions,
                         np_arena *arena, np_quote **out, size_t *n);

/* The quote of quotes[0..n) (text order, apart: as np_quotes_find() makes
 * them) whose words hold byte off, or NULL: is off the speaker's words
 * rather than the outlet's own?  A binary search: callers ask per token. */
const np_quote *np_quote_at(const np_quote *quotes, size_t n, size_t off);

#endif
