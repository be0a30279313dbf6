/*
 * extract/number.h — numeric mentions with value and unit.
 *
 * Recognised: digits with thousands separators and decimals ("115,600",
 * "2.5"), with scale words ("2.4 billion", "300 million", "5m", "3bn"),
 * currencies before or after ("$2.4 billion" → USD, "€300 million" → EUR,
 * "£", "¥", "US$", "300 million euros", "rubles/roubles" → RUB), percentages
 * ("19%", "19 percent", "19 per cent"), number words ("eight men",
 * "twenty-two"), fractions ("one-fifth" = 0.2, "half", "two-thirds"),
 * compound modifiers ("600,000-member" → 600000 "member", "28-point" → 28
 * "point"), a following unit noun ("28 points" → unit "point", "115,600
 * square kilometres" → "square kilometre", "2.5 million people" → "people"),
 * approximations ("hundreds of thousands", "dozens", "about/nearly/more than
 * 300" flag NP_NUM_APPROX), ordinals ("fourth year", "21st"), measures with
 * the unit joined to the digits ("12km", "30ft", "4kg"; "90m" is metres
 * where the words around it measure a distance, "fell about 90m", "within
 * 40m of", "15m high", and millions otherwise, "£40m", "3m people").
 * A vote or a contest's result in digits ("voted 6-3", "a 5-4 ruling", "won
 * the final 2-1", "passed 13-0-2") is one mention, a tally (NP_NUM_TALLY):
 * value the first count, against the second, unit "vote" or "score"; a run
 * of set scores ("6-4, 7-6") and a range ("40-50 homes") are none.
 * Not numbers: standalone years 1900-2100 (they are dates), digits inside
 * dates ("November 27", "2025-11-27"), times ("10:30"), and the word "one"
 * used as a pronoun ("one of the").
 * The unit is a lower-case singular noun (plural "s" dropped) or NULL; a
 * unit of measure has one name whatever its spelling or abbreviation
 * ("meters", "metres", "m" → "metre"; "feet", "ft" → "foot").
 * Output lives in the caller's arena.
 */
#ifndef NP_EXTRACT_NUMBER_H
#define NP_EXTRACT_NUMBER_H

#include <stddef.h>

#include "core/arena.h"
#include "core/status.h"

enum {
    NP_NUM_PERCENT = 1u << 0,
    NP_NUM_MONEY = 1u << 1,    /* currency holds the ISO 4217 code */
    NP_NUM_APPROX = 1u << 2,
    NP_NUM_ORDINAL = 1u << 3,
    NP_NUM_FRACTION = 1u << 4,
    NP_NUM_WORD = 1u << 5,     /* written in words */
    NP_NUM_TALLY = 1u << 6,    /* a vote or a score "5-4": value 5, against 4 */
    NP_NUM_AGE = 1u << 7,      /* a person's age after the name: "Pavel Rusk, 47," (unit "year") */
};

typedef struct np_number_mention {
    size_t start, end;   /* exact substring, incl. currency sign and unit */
    double value;        /* scale applied: "$2.4 billion" → 2.4e9 */
    const char *unit;    /* normalised unit noun in the arena, or NULL */
    char currency[4];    /* "USD", "EUR", ... or "" */
    unsigned flags;      /* NP_NUM_* */
    double against;      /* a tally's second count ("6-3" -> 3), else 0 */
} np_number_mention;

np_status np_numbers_find(const char *text, size_t len, np_arena *arena,
                          np_number_mention **out, size_t *n);

/* What a number counts, for comparing and listing figures: its currency
 * code ("USD") for a sum of money, "percent" for a share, else its unit
 * noun; NULL for a rank ("the third quarter") or a bare number.  The
 * string is static or m's own. */
const char *np_number_unit(const np_number_mention *m);

/* The plural of a unit noun as np_numbers_find() writes it ("knife" ->
 * "knives", "city" -> "cities", "bus" -> "buses", "species" and "men" as
 * they are), into out (cap bytes, NUL-terminated); its length, 0 when it
 * does not fit or unit is empty.  For labels and for telling the unit's
 * word in a text. */
size_t np_unit_plural(const char *unit, char *out, size_t cap);

/* What a unit of measure measures. */
enum { NP_DIM_NONE, NP_DIM_LENGTH, NP_DIM_AREA, NP_DIM_MASS, NP_DIM_SPEED };

/* A unit of measure (as np_numbers_find names it): how many of its
 * dimension's base unit one of it is (metres for a length, square metres
 * for an area, kilograms for a mass, metres a second for a speed), with the
 * dimension (NP_DIM_*) in *dimension; 0 for any other unit ("people",
 * "point"), so that "about 60 metres" and "about 200 feet" can be seen to
 * agree. */
double np_unit_measure(const char *unit, int *dimension);

#endif
