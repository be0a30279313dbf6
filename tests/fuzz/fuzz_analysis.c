/* libFuzzer target: the stored-analysis decoder (extract/analysis_codec.c).
 * First byte even: the rest is a blob body decoded against a fixed text
 * (the harness writes a valid header for it, so the fuzzer explores the
 * records, not the text hash); odd: the rest is a text, analysed, encoded
 * and decoded back, which must succeed with the same counts. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "extract/analysis_codec.h"

static const char k_text[] =
    "Harbour director Maren Ulvsted said on Friday the pier would stay closed for 14 weeks.\n\n"
    "\"We will not reopen it,\" she said. Repairs cost $4.2 million (THA).";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    np_arena ar;
    np_arena_init(&ar, 4096);
    np_error err;
    np_analysis an;
    if (!(data[0] & 1)) {
        /* a valid header for k_text from an encoding of an empty analysis */
        np_analysis empty;
        memset(&empty, 0, sizeof empty);
        empty.text = k_text;
        empty.len = sizeof k_text - 1;
        void *head = NULL;
        size_t hn = 0;
        if (np_analysis_encode(&empty, NULL, &head, &hn) == NP_OK) {
            /* empty = header + ref date + six zero counts: keep the header */
            size_t keep = hn - 7;
            unsigned char *blob = malloc(keep + size);
            if (blob) {
                memcpy(blob, head, keep);
                memcpy(blob + keep, data + 1, size - 1);
                np_analysis_decode(blob, keep + size - 1, k_text, sizeof k_text - 1, &ar, &an, NULL, &err);
                free(blob);
            }
            free(head);
        }
    } else {
        size_t len = size - 1;
        char *text = malloc(len + 1);
        if (text) {
            memcpy(text, data + 1, len);
            text[len] = '\0';
            len = strlen(text);
            np_stemmer *st = np_stemmer_new();
            void *blob = NULL;
            size_t n = 0;
            if (st && np_analyze(text, len, "2025-06-06", st, NULL, &ar, &an) == NP_OK &&
                np_analysis_encode(&an, "2025-06-06", &blob, &n) == NP_OK) {
                np_analysis back;
                if (np_analysis_decode(blob, n, text, len, &ar, &back, NULL, &err) != NP_OK ||
                    back.n_tokens != an.n_tokens || back.n_ents != an.n_ents || back.n_quotes != an.n_quotes ||
                    back.n_dates != an.n_dates || back.n_numbers != an.n_numbers)
                    abort();
            }
            free(blob);
            np_stemmer_free(st);
            free(text);
        }
    }
    np_arena_free(&ar);
    return 0;
}
