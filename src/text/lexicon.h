/*
 * text/lexicon.h — small compiled-in English word lists used by the
 * extractors.  All lookups are pure functions over static const tables;
 * matching is ASCII-case-insensitive unless stated.
 */
#ifndef NP_TEXT_LEXICON_H
#define NP_TEXT_LEXICON_H

#include <stddef.h>

/* A word that names a role or title before a person's name ("President",
 * "Minister", "Envoy", "Senator", "spokesman", "dictator", "analyst"...). */
int np_lex_is_title_word(const char *w, size_t n);
/* A word that may join title words ("of", "the", "to", "for", "and") —
 * "Special Envoy to the Northern Isles". */
int np_lex_is_title_joiner(const char *w, size_t n);
/* Adjectives/organisation words that may precede a title ("Russian",
 * "Foreign", "Prime", "Deputy", "Chief", "former", "US") — capitalised
 * demonyms are recognised by np_lex_is_demonym. */
int np_lex_is_title_modifier(const char *w, size_t n);
/* Nationality adjectives ("Russian", "Ukrainian", "American", "Kyrgyz"...). */
int np_lex_is_demonym(const char *w, size_t n);
/* A word for a relative: 'f' for a woman ("wife", "widow", "mother"), 'm'
 * for a man ("son", "husband"), 'x' for either or several ("cousin",
 * "twin", "brothers"), else 0. */
int np_lex_kin(const char *w, size_t n);
/* Speech/attribution verbs in any inflection listed ("said", "says", "told",
 * "added", "warned", "noted", "insisted", "stated", "asserted", "argued",
 * "claimed", "acknowledged", "emphasized/emphasised", "reiterated",
 * "declared", "explained", "stressed", "wrote", "tells", "asked"...). */
int np_lex_is_speech_verb(const char *w, size_t n);
/* A speech verb, or another verb that attributes a quotation to its subject
 * ("accused X of 'amplifying'", "Y asked 'whether ...'", "prompting Z to
 * reply that ...") but is also a noun or an event word: for finding who
 * spoke only (extract/quote.c). */
int np_lex_is_attribution_verb(const char *w, size_t n);
/* Organisation keywords ("Organisation", "Ministry", "Institute", "Council",
 * "Union", "Fund", "Service", "Agency", "Bank", "Party", "Committee",
 * "Forces", "Army", "Company", "University", "Parliament"...), and the
 * trade words of companies' names (np_lex_is_company_head()). */
int np_lex_is_org_word(const char *w, size_t n);
/* News agencies named by one word ("Reuters", "Yonhap", "Xinhua", "AFP"). */
int np_lex_is_news_agency(const char *w, size_t n);
/* Last word of a place name ("Zone", "Park", "Ocean", "Crossing", "County"). */
int np_lex_is_place_head(const char *w, size_t n);
/* Last word of the name of a country's division ("Province", "Oblast",
 * "County", "Prefecture"): a place head that is no one's surname (unlike
 * "Parish" or "Borough", left out). */
int np_lex_is_division(const char *w, size_t n);
/* A division whose name's first word alone names it, as no town of the
 * same name does ("Hormozgan" for Hormozgan Province; not "Uvalde" for
 * Uvalde County): Province, Oblast, Krai, Prefecture, Governorate,
 * Voivodeship. */
int np_lex_is_state_division(const char *w, size_t n);
/* First word that only starts place names ("San", "Santa", "El", "Fort",
 * "Mount", "Port"). */
int np_lex_is_place_prefix(const char *w, size_t n);
/* Last word of the name of an event, agreement or plan ("Olympics", "War",
 * "Accord", "Cup", "Plan"): such names are not people. */
int np_lex_is_thing_head(const char *w, size_t n);
/* First word of a weather system's name ("Storm", "Hurricane", "Typhoon",
 * "Cyclone"): the name is the storm's, not a person's. */
int np_lex_is_storm_head(const char *w, size_t n);
/* Last word of a company's name telling its trade ("Robotics",
 * "Airlines", "Holdings"); body words too (np_lex_is_org_word()). */
int np_lex_is_company_head(const char *w, size_t n);
/* English preposition ("toward", "amid", "despite", "of"). */
int np_lex_is_preposition(const char *w, size_t n);
/* Conjunction opening a subordinate clause ("as", "when", "while",
 * "although", "because", "if"). */
int np_lex_is_subordinator(const char *w, size_t n);
/* Adverb or negation that may stand between an auxiliary and its verb
 * ("now", "still", "not", "already", "never"; not the "-ly" ones, which a
 * caller tells by their ending). */
int np_lex_is_midverb_adverb(const char *w, size_t n);
/* An adverb in "-ly" by its ending ("quickly", "repeatedly"): more than
 * four bytes ending in "ly" ("only" and "fly" are not), and not one of the
 * common nouns, verbs and adjectives so spelt ("family", "supply",
 * "elderly"). */
int np_lex_is_ly_adverb(const char *w, size_t n);
/* Is w (NULL: no) one of the words of the NULL-terminated list (exact,
 * case as given)?  For the short word lists a rule keeps beside its code;
 * the first byte is compared before the string, so a scan per word of a
 * page stays cheap (linefeat.c asks it for every word of every line). */
int np_lex_word_in(const char *w, const char *const *list);
/* Month name or abbreviation ("January", "Jan", "Sept") → 1..12, else 0. */
int np_lex_month(const char *w, size_t n);
/* Weekday name ("Monday", "Mon") → 1 (Monday) .. 7 (Sunday), else 0. */
int np_lex_weekday(const char *w, size_t n);
/* Cardinal number word ("one".."twenty", "thirty".."ninety", "hundred",
 * "dozen") → value, else -1. */
long np_lex_number_word(const char *w, size_t n);
/* Ordinal word ("first".."twentieth", "hundredth") → value, else 0. */
int np_lex_ordinal_word(const char *w, size_t n);
/* Abbreviation that a period does not end ("Mr", "Dr", "St", "Gen", "Jan",
 * "Corp", "Inc", "vs", "No", "e.g", "a.m") — w excludes the final period. */
int np_lex_is_abbrev(const char *w, size_t n);
/* A word that ends in a period without ending a sentence: an initial (one
 * byte) or an abbreviation (np_lex_is_abbrev()). */
int np_lex_period_word(const char *w, size_t n);
/* Capitalised function words that are not names at the start of a sentence
 * or alone ("The", "In", "But", "He", "This", "Monday" is not one). */
int np_lex_is_cap_function_word(const char *w, size_t n);
/* Personal pronouns used as speakers: "he"/"she" → 1, "they"/"it"/"we" → 2, else 0. */
int np_lex_pronoun(const char *w, size_t n);
/* English function word, ASCII lower-case spelling with straight apostrophe
 * (used by np_is_stopword). */
int np_lex_is_stopword_ascii(const char *w, size_t n);
/* 1 when every internal table is sorted (lookups rely on it); for tests. */
int np_lex_self_check(void);

#endif
