/*
 * compare/counted.h — what a figure counts, as WordNet sees it.  Outlets
 * name one counted group with different nouns: "13 Russians", "13 people",
 * "13 individuals", "13 Russian nationals"; "1.8 million people signed" and
 * "hundreds of thousands of signatures".  compare/discrepancy.c asks here
 * whether two figures' unit nouns can count the same thing before it
 * compares their values.
 *
 * Ownership: np_counted holds no pointers; the caller owns it.  The WordNet
 * data files are read through the handles of np_wn_data_open() (see
 * compare/story.h), a few lines per noun.  Without WordNet every answer
 * falls back to the plain word: equal units only, and the generic person
 * nouns ("people", "persons", "individuals") with each other.
 */
#ifndef NP_COMPARE_COUNTED_H
#define NP_COMPARE_COUNTED_H

#include <stddef.h>
#include <stdint.h>

#include "compare/story.h"

#define NP_COUNTED_ANC 16
#define NP_COUNTED_VERBS 8

typedef struct np_counted {
    int person;    /* a kind of person (WordNet noun.person, or generic) */
    int generic;   /* any person: "person", "people", "individual" */
    int subset;    /* people picked out by age or sex ("children", "women"):
                    * a part of a count of people, never another name for it */
    uint64_t self; /* synset key of its first noun sense, 0 when unknown */
    uint64_t anc[NP_COUNTED_ANC]; /* hypernyms of self, nearest first (people only) */
    size_t n_anc;
    uint64_t verbs[NP_COUNTED_VERBS]; /* verb synsets its first senses derive from */
    size_t n_verbs;
} np_counted;

/* Describe the unit noun `unit` (lower case, singular as extract/number.c
 * writes it).  wn and files may be NULL (no WordNet). */
void np_counted_describe(const np_wn_senses *wn, void *files[4], const char *unit, np_counted *out);

/* 1 when figures of units a and b count the same kind of thing: one noun
 * (same synset), one a kind of the other among people ("immigrants" are
 * "migrants"), or a generic person noun against any person noun that is not
 * an age or sex subset ("people" / "Russians", not "people" / "children"). */
int np_counted_same(const np_counted *a, const np_counted *b);

/* 1 when the described noun names what the verb does or its result, by
 * WordNet's derivational links ("signature" / "signed", "vote" / "voted",
 * "attendee" / "attended").  verb is a token's lower-case form; its stem is
 * tried when the form is not a lemma (stem may be NULL). */
int np_counted_derived(const np_wn_senses *wn, const np_counted *noun, const char *verb, const char *stem);

#endif
