/*
 * render/html_internal.h — helpers shared by the html*.c files: a page
 * builder that remembers the first failure (so page code reads top to
 * bottom and checks once), and JSON accessors that read a brief
 * defensively (a missing or mistyped field is NULL / 0, never an error).
 */
#ifndef NP_RENDER_HTML_INTERNAL_H
#define NP_RENDER_HTML_INTERNAL_H

#include <jansson.h>

#include "render/html.h"

typedef struct np_hb {
    np_buf *out;   /* borrowed */
    np_status st;  /* first failure, NP_OK so far */
} np_hb;

void np_hb_put(np_hb *h, const char *s);       /* trusted markup */
void np_hb_esc(np_hb *h, const char *s);       /* escaped text; NULL writes nothing */
void np_hb_escn(np_hb *h, const char *s, size_t n);
/* Titles, names and labels: at most NP_HTML_SHORT bytes, then "…" (a
 * 10 MB headline must not make a 10 MB page). */
#define NP_HTML_SHORT 300
void np_hb_esc_short(np_hb *h, const char *s);
void np_hb_int(np_hb *h, long long v);
void np_hb_urlenc(np_hb *h, const char *s);    /* percent-encoded */
void np_hb_page_start(np_hb *h, const char *title, int standalone);
void np_hb_page_end(np_hb *h);

/* Defensive JSON reads. */
const char *np_js_str(const json_t *obj, const char *key);   /* NULL unless a string */
long long np_js_int(const json_t *obj, const char *key);     /* 0 unless an integer */
json_t *np_js_arr(const json_t *obj, const char *key);       /* NULL unless an array */

/* Text with each occurrence of any of the needles wrapped in
 * <mark class="cls">, escaped; needles may overlap (the earliest, then
 * longest wins).  Case-sensitive unless fold is set (ASCII folding). */
void np_hb_marked(np_hb *h, const char *text, size_t len, const char *const *needles, size_t n,
                  const char *cls, int fold);

#endif
