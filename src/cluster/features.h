/*
 * cluster/features.h — the compact term vector a document is grouped by.
 *
 * A document's features are its content-word stems (title counted three
 * times, since headlines name the event) with log-scaled term frequencies,
 * plus each figure with the word it counts ("23 pirates", a name term: one
 * event's reports repeat it, another event of the kind has other figures),
 * the 96 strongest kept, plus the day of the event it reports (its
 * publication day, else the first full date written near the top of its
 * text) and a MinHash signature of its word 3-shingles (128 bytes) that finds
 * exact and near copies (syndicated wire stories).  They are computed once at
 * ingest and stored as an opaque blob, so later grouping never re-reads old
 * texts.
 *
 * Ownership: np_featurizer owns a Snowball stemmer (not thread-safe: one
 * featurizer per thread).  np_features owns its terms array; free with
 * np_features_free (accepts NULL contents).
 */
#ifndef NP_CLUSTER_FEATURES_H
#define NP_CLUSTER_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/status.h"

#define NP_FEATURES_MAX_TERMS 96
#define NP_MINHASH_N 32 /* 32 x 32-bit minima: Jaccard estimated within ~0.09 */

/* Set in the key of a name term (a word capitalised inside a sentence: the
 * people, places and organisations of an event), clear for a common word. */
#define NP_TERM_NAME (1ULL << 63)
/* The key of a stemmed word in a vector, without NP_TERM_NAME: the one
 * hash every reader of a vector must use to look a word up (the grouper
 * finds years by it). Never 0. */
uint64_t np_features_term_key(const char *stem, size_t len);

typedef struct np_term {
    uint64_t hash;  /* np_hash64 of the stem, NP_TERM_NAME set for a name */
    float tf;       /* 1 + log(count) */
} np_term;

typedef struct np_features {
    np_term *terms;  /* sorted by hash, unique */
    uint32_t n;
    int32_t day;     /* days since 1970-01-01 of publication, INT32_MIN if unknown */
    uint8_t day_from_text; /* 1 when day was read from the text, not the metadata */
    uint8_t has_sig;       /* 0 for a text too short to shingle (or an old blob) */
    uint32_t sig[NP_MINHASH_N]; /* MinHash of the body's word 3-shingles */
} np_features;

typedef struct np_featurizer np_featurizer;

np_status np_featurizer_new(np_featurizer **out);
void np_featurizer_free(np_featurizer *fz);

np_status np_features_of_doc(np_featurizer *fz, const np_doc *doc, np_features *out);
void np_features_free(np_features *f);

/* Serialise into out (appending) / parse a blob (NP_EPARSE when damaged). */
np_status np_features_encode(const np_features *f, np_buf *out);
np_status np_features_decode(const void *blob, size_t len, np_features *out);

/* Estimated Jaccard similarity of two documents' shingle sets (0 when either
 * has no signature). */
double np_features_resemblance(const np_features *a, const np_features *b);
/* The same over two signatures (NP_MINHASH_N values each). */
double np_minhash_resemblance(const uint32_t *a, const uint32_t *b);

/* Days since 1970-01-01 of an ISO date "YYYY-MM-DD...", INT32_MIN if not one. */
int32_t np_iso_day(const char *iso);

#endif
