/*
 * extract/entity.h — named-entity mentions in one document, and the linker
 * that groups mentions of the same entity across the documents of a story.
 *
 * Finder: capitalised word runs (with inner "of"/"the"/"for"/"and"/"de"
 * joiners when an org/place keyword follows), typed by context:
 *   - title/role words before the name ("Russian President Vladimir Putin",
 *     "Special Envoy to the Northern Isles Tomas Brell") → PERSON; the span
 *     [start,end) covers the title as written, [name_start,name_end) only
 *     the name;
 *   - org keywords ("Ministry", "Council", "Organisation", ...) or an
 *     acronym → ORG; "Name (ACR)" yields two mentions (the expansion and the
 *     acronym);
 *   - gazetteer hits → PLACE; 2-3 capitalised words not used as common
 *     nouns in the document → PERSON (when the last word is an ordinary
 *     English word — WordNet, via the gazetteer — only with person context:
 *     "X said", "said X", "X, a ...", or the surname used alone); a single
 *     word → PERSON as the subject of a speech verb, after "according to",
 *     as a relative's given name ("Lenk's wife, Marta"), or as the surname
 *     of a person named in full in the same document;
 *   - where only a person's name goes (the subject of an inverted
 *     attribution ending its clause, "“...,” said buyer May Holt.", or
 *     before ", who" or a role apposition) a given name that is also a
 *     month or a word and a surname that is a place's head word ("Jan
 *     Brekke", "Will Ford", "Lena Park") make a name, not a date or place;
 *     "Browns DL Sheldon Richardson" / "Harbour Minister Lena Vostrikova":
 *     an acronym or role word inside the run splits role from name; else
 *     OTHER;
 *   - dotted acronyms ("U.S.") are one token: surface "U.S";
 *   - headline-style lines (title case, no final period): only single words
 *     that are not ordinary English words are kept;
 *   - possessives ("Putin’s") are excluded from the span;
 *   - sentence-initial capitalised function words, months, weekdays and
 *     demonyms alone ("Russian") are not entities; nor are classes of
 *     people (WordNet: "Honduran", "Republicans", "Central American"),
 *     "I'm", or party tags ("R-Va.");
 *   - an Arabic family name's article hyphened in lower case after a given
 *     name is part of the person's name ("Mohammed al-Rashidi");
 *   - middle initials and suffixes join a name ("Michael J. Tarrow Jr.";
 *     the suffix is left out of the name, and makes it a PERSON);
 *   - PLACE also from the dateline opening a paragraph ("VARNOK, Delmaria —",
 *     "LONDON (Reuters) -"), an all-capitals gazetteer place ("WASHINGTON"),
 *     geography words ("Demilitarized Zone", "San Ysidro") and place
 *     context: "in X", "near X", "X-based", "X, <known place>".
 * Output arrays live in the caller's arena; offsets are bytes into text.
 *
 * Linker: copies everything it needs (the texts may be freed after _add);
 * owns its memory; np_entity_linker_free releases it (accepts NULL).  Not
 * thread-safe per object.
 */
#ifndef NP_EXTRACT_ENTITY_H
#define NP_EXTRACT_ENTITY_H

#include <stddef.h>

#include "core/arena.h"
#include "core/status.h"
#include "text/gazetteer.h"
#include "text/sentence.h"

typedef enum np_entity_type {
    NP_ENT_OTHER = 0,
    NP_ENT_PERSON = 1,
    NP_ENT_ORG = 2,
    NP_ENT_PLACE = 3,
} np_entity_type;

typedef struct np_entity_mention {
    size_t start, end;           /* exact surface incl. title as written */
    size_t name_start, name_end; /* the name without title/role/possessive */
    np_entity_type type;
    unsigned flags;              /* NP_MENTION_* */
    long place_id;               /* PLACE: np_gazetteer_place_id of the name
                                  * (same id = same place, "Kyiv"/"Kiev"), else 0 */
} np_entity_mention;

enum {
    NP_MENTION_ACRONYM = 1u << 0,  /* all-caps acronym ("CSTO") */
    NP_MENTION_TITLED = 1u << 1,   /* had a title/role before the name */
    NP_MENTION_EXPANDS = 1u << 2,  /* expansion followed by "(ACR)"; the next mention is the acronym */
    NP_MENTION_SPEAKS = 1u << 3,   /* a one-word place said to speak, opening its clause ("Lyons said",
                                    * "But Lyons warned") or after a closing ", said" ("..., said Lyons") */
    NP_MENTION_KIN = 1u << 4,      /* a person named as someone's relative ("his son, Jeremy Ortiz",
                                    * "the victim's widow Candee Wilhelm") */
};

/* "PERSON", "ORG", "PLACE", "OTHER". */
const char *np_entity_type_name(np_entity_type t);

/* Find mentions in text[0..len).  sents/n_sents: the document's sentences
 * (NULL → split internally).  gz may be NULL (built-in fallback used).
 * *out is an arena array of *n mentions in text order. */
np_status np_entities_find(const char *text, size_t len, const np_span *sents, size_t n_sents,
                           const np_gazetteer *gz, np_arena *arena,
                           np_entity_mention **out, size_t *n);

/* Index of the first of the n mentions m (in text order, as
 * np_entities_find gives them) starting at or after byte off; n when none.
 * A binary search. */
size_t np_mention_at_or_after(const np_entity_mention *m, size_t n, size_t off);

/* ---- cross-document linker ---- */

typedef struct np_entity_variant {
    int doc_index;
    size_t start, end;           /* mention span in that document */
    size_t name_start, name_end;
    const char *surface;         /* text[start,end), owned by the linker */
    const char *name;            /* text[name_start,name_end), owned by the linker */
} np_entity_variant;

typedef struct np_entity {
    const char *canonical;       /* longest full form (first + last for persons) */
    np_entity_type type;
    const np_entity_variant *variants; /* every mention, in insertion order */
    size_t n_variants;
    size_t n_docs;               /* distinct doc_index values */
} np_entity;

typedef struct np_entity_linker np_entity_linker;

np_entity_linker *np_entity_linker_new(void);
void np_entity_linker_free(np_entity_linker *lk);
/* Record one mention of document doc_index (text is that document's whole
 * NUL-terminated text; its lower-case words are read once per document). */
np_status np_entity_linker_add(np_entity_linker *lk, int doc_index, const char *text,
                               const np_entity_mention *m);
/* Link all recorded mentions into entities (call once, after every _add).
 * Rules: titles stripped; surname-only mention → the full name with that
 * surname; transliteration variants (skeleton key: accents folded, y/i/j,
 * ks/x, -iy/-yy/-y endings, doubled letters collapsed) and edit distance
 * <= 1 (<= 2 for names >= 8 letters); acronym ↔ expansion (initials of the
 * capitalised words, else of every word: "DOJ"); a dotted acronym is its
 * letters ("F.B.I" = "FBI"; its variant's surface keeps the final period);
 * "Department/Ministry of X" = "X Department/Ministry"; a one-letter slip
 * or a pet form in a first name when the surname matches ("Bob"/"Robert",
 * "Rudy"/"Rudolph"), but not a slip between two first names one document
 * writes both in full (two people: "Mara" and "Mira Lindqvist"; a birth
 * name after "born" or "née" is still the person's); a surname with the
 * Arabic article glued ("Mohamed Alrashidi") is the one without it
 * ("Mohammed al-Rashidi", "Muhammad Al Rashidi") when the first names
 * match; a person's generational suffix is in the surface as written
 * ("... III"), and "Jr."/"Sr." make another person (in the name
 * too: "Donald Trump Jr."); a surname alone that no full name claims is
 * the family name of the one "Kim Jong Un"-style name (3+ words, short
 * given syllables) that starts with it; places with the same gazetteer
 * place_id.  Entities are sorted by
 * number of mentions, descending.  An entity named by a gazetteer place is a
 * PLACE whatever its mentions voted.  One-word entities whose name the
 * story's texts also write in lower case ("Water", "Summit") are dropped:
 * their mentions look up as -1. */
np_status np_entity_linker_finish(np_entity_linker *lk);
size_t np_entity_linker_count(const np_entity_linker *lk);
/* 1 when the given names a and b (lower-case ASCII, as folded or as
 * transliteration skeletons) are short names of their own rather than two
 * spellings of one: at most four letters, one vowel changed for another
 * before the last letter ("Mara" / "Mira", "Tom" / "Tim", "Dan" / "Don").
 * Longer names differ in vowels between transliterations ("Ahmad" /
 * "Ahmed"), and so may a short one in consonants ("Ihor" / "Igor") or its
 * ending ("Yuri" / "Yura"). */
int np_given_names_apart(const char *a, const char *b);
/* Entity i (0 <= i < count), valid until the linker is freed. */
const np_entity *np_entity_linker_get(const np_entity_linker *lk, size_t i);
/* Entity index of the mention of doc_index starting at byte `start`, or -1. */
long np_entity_linker_lookup(const np_entity_linker *lk, int doc_index, size_t start);

#endif
