/*
 * extract/analysis_codec.h — a compact serialisation of one document's
 * np_analysis (sentences, tokens, entities, quotes, dates, numbers), so it is
 * computed once and stored (np_store_put_analysis in store/store.h) instead of re-run by every
 * brief.
 *
 * The blob records the format version, the length and a hash of the text it
 * was computed on, and the reference date the dates were resolved with.
 * Decoding checks every offset against the text and every count against the
 * bytes left: a corrupt or foreign blob is NP_EPARSE with the reason, never
 * a crash.  Decoding a blob gives exactly the np_analysis np_analyze() gave
 * (same arrays, same strings), so briefs built either way are identical.
 *
 * Bump NP_ANALYSIS_VERSION whenever an analyser's output changes: stored
 * blobs of an older version are then ignored and recomputed.
 *
 * Ownership: np_analysis_encode() returns a malloc'ed blob (free()); the
 * decoded analysis lives in the caller's arena and borrows text.
 */
#ifndef NP_EXTRACT_ANALYSIS_CODEC_H
#define NP_EXTRACT_ANALYSIS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/status.h"
#include "extract/analysis.h"

/* Raised whenever np_analyze() finds something else in the same text (4:
 * fractions spelt apart; 5: quote speakers - organisations, pronoun
 * chains, reported speech, groups, and the by_group flag - and titled
 * people after a body's name with "and"; 6: a newspaper that "reported"
 * a quote after a person said it is no speaker, a time zone after a clock
 * time is no name; 7: dates - an infinitive of what is still to happen
 * and "until" point forward, an adverb no longer hides an auxiliary,
 * "died" is a past form; 8: a unit of measure joined to the digits, "12km",
 * "90m" as metres where a distance is measured, one name per unit; 9: a
 * given name that is also a place's opens a person's name when the
 * surname stands alone in the document; 10: the second part of a sentence
 * its attribution splits, "“A,” X said, “b ...”", is X's; 11: "Mar-a-Lago"
 * one name, "Rancho Mirage, Calif." a town and its state; 12: "according to
 * Kord's lawyer" names no speaker; 13: after a review, "m" is millions
 * before a noun and after a falling verb with no place, state
 * abbreviations from their list, "the Celtics" no surname, a split
 * quotation naming someone else is theirs; 14: a conjunction or pronoun
 * opening a run is no part of a name, "Whether Ruiz", "Anything Obama";
 * 15: a second review - "fell 1m from 2011" millions, "BREAKING —" no
 * place, a split quotation with two people named between not the first
 * one's; 16: an opening mark after a closing one that closed nothing
 * opens no quotation running to the paragraph's end; 17: ", saying" after
 * a reported clause is that clause's subject's; 18: police and army ranks
 * "Cpl.", "Det.", "Pvt.", "Supt." and "detective", "constable", "trooper"
 * are titles, a role word ending a titled name is its surname, "Sen.
 * Angus King"; 19: a review - ", saying" goes to a reported clause only
 * when it tells of a call, no inch mark swaps quotation marks, "X said he
 * ... she" makes the next "she said" not X's; 20: a second review - a
 * straight inch mark opens no quotation, ", writing" and ", explaining"
 * after a reported subject are that subject's; 21: a name ending in a
 * country's division, "Oblast", "Prefecture", is a place even before
 * "said"; 22: a third review - "Parish", "Canton", "Borough" no place
 * words, ", insisting" and other comments after a reported clause the
 * sentence subject's; 23: a one-word place said to speak carries
 * NP_MENTION_SPEAKS; 111: a pronoun after a sentence whose subject is a
 * role is not the person acted on, a name set off after a role is a
 * person, and a publication time keeps the page's offset, so relative
 * dates count from the page's local day; 112-114: "one" counting a noun,
 * race distances in metres, "to nine by Saturday" no deadline; 115: a "he
 * said" after "X's lawyer, Y, ..." is Y's, not X's, and "al-" kept in a
 * person's name; 116: "one" of several no count, a pronoun that cannot
 * name the person set off after a role goes to the owner), so that
 * analyses stored by an older build are made again instead of read. */
#define NP_ANALYSIS_VERSION 138u

/* ref_date: the `published` np_analyze() was given (NULL allowed). */
np_status np_analysis_encode(const np_analysis *an, const char *ref_date, void **out, size_t *len);
/* Decode blob[0..n) computed on text[0..len) into *out.  *ref_date_out (may
 * be NULL) receives the stored reference date (arena copy, or NULL). */
np_status np_analysis_decode(const void *blob, size_t n, const char *text, size_t len, np_arena *arena,
                             np_analysis *out, const char **ref_date_out, np_error *err);

#endif
