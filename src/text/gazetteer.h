/*
 * text/gazetteer.h — set of place names (countries, capitals, regions,
 * cities) used to type entity mentions as PLACE.
 *
 * np_gazetteer_load() reads WordNet's noun.location lexicographer entries
 * (lexfile 15 in <dir>/data.noun, default /usr/share/wordnet) for
 * capitalised lemmas, the lower-case lemmas of data.{noun,verb,adj,adv} as
 * a set of ordinary words, and always adds a small built-in list of countries and
 * capitals so it works when WordNet is absent.  It also reads the countries
 * and their subdivisions of Debian's iso-codes package
 * (/usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json) when present.  After loading it is read-only,
 * so one gazetteer may be shared by any number of threads.  Lookups are
 * case-sensitive on the first letter and accept "_"/" " alike.
 */
#ifndef NP_TEXT_GAZETTEER_H
#define NP_TEXT_GAZETTEER_H

#include <stddef.h>

#include "core/status.h"

typedef struct np_gazetteer np_gazetteer;

/* dir: WordNet directory or NULL for the default; a missing directory is not
 * an error (built-in list only).  NULL with err filled on ENOMEM. */
np_gazetteer *np_gazetteer_load(const char *dir, np_error *err);
/* A gazetteer with the built-in list only (no file access). */
np_gazetteer *np_gazetteer_builtin(np_error *err);
void np_gazetteer_free(np_gazetteer *gz);
/* Loading: np_gazetteer_load() keeps what it parsed in a compact binary
 * cache file (core/rescache.h: $NEWSPRISM_CACHE_DIR, $XDG_CACHE_HOME or
 * ~/.cache, "newsprism/gazetteer-*.bin"), keyed by the source files' size
 * and mtime and the format version, and maps it with mmap on later starts;
 * a stale, truncated or corrupt cache is rebuilt from the sources.
 * np_gazetteer_open_cache() opens one cache file as it is (whatever sources
 * it was built from): NP_EPARSE with the reason when it is truncated or
 * corrupt, for tests and diagnostics. */
np_status np_gazetteer_open_cache(const char *path, np_gazetteer **out, np_error *err);
/* True when name[0..n) (e.g. "Kyrgyzstan", "New York") is a known place:
 * WordNet, the built-in list, iso-codes countries. */
int np_gazetteer_has(const np_gazetteer *gz, const char *name, size_t n);
/* True for the other iso-codes subdivisions ("Baja California", "Lara",
 * "Bolton"): many are also given names or surnames, so callers type them
 * PLACE only with support (several words, or place context). */
int np_gazetteer_has_minor(const np_gazetteer *gz, const char *name, size_t n);
size_t np_gazetteer_size(const np_gazetteer *gz);
/* Synonym-set id of a place name: equal non-zero ids name the same place
 * (WordNet synsets, e.g. "Kyrgyzstan"/"Kirghizia", plus built-in spelling
 * variants such as "Kyiv"/"Kiev"); 0 when the name is not a known place. */
long np_gazetteer_place_id(const np_gazetteer *gz, const char *name, size_t n);
/* True when w[0..n) (any case, simple inflections -s/-es/-ed/-ing
 * stripped) is an ordinary lower-case English word in WordNet ("commits",
 * "talks"); always 0 for the built-in gazetteer.  Used to tell names from
 * capitalised common words in headlines and at sentence starts. */
int np_gazetteer_is_common_word(const np_gazetteer *gz, const char *w, size_t n);
/* WordNet's capitalised noun.group lemmas ("NATO", "United Nations",
 * "Taliban") and noun.person lemmas ("Lincoln", "Putin"); always 0 for the
 * built-in gazetteer. */
int np_gazetteer_is_org(const np_gazetteer *gz, const char *name, size_t n);
int np_gazetteer_is_person(const np_gazetteer *gz, const char *name, size_t n);
/* True for WordNet's capitalised noun.person lemmas that name a class of
 * people, not one person ("Honduran", "Muslim", "Republican", "Londoner"):
 * descriptions, not names.  Always 0 for the built-in gazetteer. */
int np_gazetteer_is_kind(const np_gazetteer *gz, const char *name, size_t n);
/* True for an acronym WordNet gives only as a common noun, in capitals
 * beside its lower-case words ("TV" / television, "GDP", "CEO", "IPO"),
 * and lists as no group, place or person; always 0 for the built-in
 * gazetteer. */
int np_gazetteer_is_common_acronym(const np_gazetteer *gz, const char *name, size_t n);

#endif
