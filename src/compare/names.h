/*
 * compare/names.h — person-name identity across outlets, on top of the
 * entity linker: the linker joins spellings one or two letters apart, but
 * transliterations of one name can differ in whole digraphs ("Oleszczuk" /
 * "Oleshchuk", "Valček" / "Valchek", "Zelenskyy" / "Zelensky"), and a role
 * word the finder did not know can stay glued to the name ("Environment
 * Piet Oderkamp" after "Minister of Water and Environment").
 *
 * np_name_skeleton() reduces one name word to a transliteration-neutral key;
 * np_names_group() clusters the linker's PERSON entities whose names agree
 * on those keys; np_name_surname_key() is the plain key of a name's last word.  Pure functions over caller memory; no allocation except in
 * np_names_group (the caller frees *group with np_free).
 */
#ifndef NP_COMPARE_NAMES_H
#define NP_COMPARE_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

/* Skeleton of the name word w[0..n) (UTF-8) into out (NUL-terminated, at
 * most cap - 1 bytes): accents folded, lower case, Slavic/Latin digraphs
 * reduced (sz cz sh ch zh kh → s c s c z h), ou → u, w → v, y/j → i,
 * c/q → k, x → ks, ph → f, doubled letters collapsed.  Returns its length. */
size_t np_name_skeleton(const char *w, size_t n, char *out, size_t cap);

/* The last word of a speaker's name as a key: trailing punctuation
 * dropped, ASCII letters lower-cased (UTF-8 bytes kept), at most 47 bytes;
 * "" for NULL or a name with no word. */
void np_name_surname_key(const char *name, char out[48]);
/* The surname key of a quote's speaker: np_name_surname_key() of the name,
 * or of the first member's name when the speaker is a group ("A, B and C",
 * np_quote.by_group): groups meet other quotes by their first member. */
void np_speaker_surname_key(const char *speaker, int group, char out[48]);

/* 1 when the last words of the person names a and b are one surname: one
 * skeleton once an Arabic article is set aside, whether glued, hyphened or
 * written as a word of its own ("Alrashidi", "al-Rashidi", "Al Rashidi",
 * "Rashidi"); 0 for NULL. */
int np_names_same_surname(const char *a, const char *b);

/* 1 when the person names a and b (no titles) may name the same person:
 * their last words have one skeleton and their first words agree (same
 * skeleton or same first letter), or one of them is a surname alone. */
int np_names_same_person(const char *a, const char *b);

/* Byte offset into name where its longest proper suffix of >= 2 words that
 * np_names_same_person() matches with `known` starts, or 0 when none:
 * ("Environment Piet Oderkamp", "Piet Oderkamp") → offset of "Piet". */
size_t np_name_suffix_of(const char *name, const char *known);

/* Do names i and j (full names whose first names are spelled apart) name
 * two people whatever their spellings suggest - both written in full in
 * one document?  ctx is the caller's. */
typedef int (*np_names_apart_fn)(const void *ctx, size_t i, size_t j);

/* Cluster n person names: group[i] = index of the first name of i's
 * cluster.  Names i, j join when np_names_same_person() holds, or one is a
 * suffix of the other (np_name_suffix_of); a surname alone joins only when
 * it matches exactly one full-name cluster.  apart (may be NULL) is asked
 * before two full names join on first names spelled apart ("Mara" /
 * "Mira"), and a yes keeps them apart. */
np_status np_names_group(const char *const *names, size_t n, np_names_apart_fn apart, const void *ctx,
                         uint32_t **group);

#endif
