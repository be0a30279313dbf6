/*
 * store/analysis.h — each document's analysis (sentences, tokens, entities,
 * quotes, dates, numbers: extract/analysis_codec.h serialises it), stored
 * once so a brief reads it instead of analysing the text again.
 *
 * The store keeps one blob per document with the analysis format version it
 * was written with; a get asking for another version finds nothing (the
 * caller analyses again and puts the new blob, replacing the old one).
 * Table analysis(doc_id, version, data), schema version 3.
 *
 * Ownership: put copies data; get returns a malloc'ed copy the caller frees
 * with free().
 */
#ifndef NP_STORE_ANALYSIS_H
#define NP_STORE_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"
#include "store/store.h"

/* Store (replacing any earlier one) the analysis of document doc_id.
 * NP_ENOTFOUND when no such document. */
np_status np_store_put_analysis(np_store *st, int64_t doc_id, uint32_t version, const void *data, size_t len,
                                np_error *err);
/* *data=NULL,*len=0 when none stored with that version; caller frees *data with free() */
np_status np_store_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data, size_t *len,
                                np_error *err);

#endif
