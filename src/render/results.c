/*
 * render/results.c — search hits and story pages as text or JSON.
 */
#include "render/results.h"
#include "render/jsonout.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static json_t *jstr(const char *s) { return s ? json_string(s) : json_null(); }

/* Snippet without markers, and the byte ranges the markers enclosed. */
static json_t *snippet_json(const char *s, json_t **ranges)
{
    *ranges = json_array();
    size_t n = s ? strlen(s) : 0, w = 0;
    char *plain = malloc(n + 1);
    if (!plain || !*ranges) {
        free(plain);
        return NULL;
    }
    long long open = -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == NP_SEARCH_MARK_OPEN) {
            open = (long long)w;
        } else if (s[i] == NP_SEARCH_MARK_CLOSE) {
            if (open >= 0)
                json_array_append_new(*ranges, json_pack("[II]", (json_int_t)open, (json_int_t)w));
            open = -1;
        } else {
            plain[w++] = s[i];
        }
    }
    plain[w] = '\0';
    json_t *j = json_stringn(plain, w);
    free(plain);
    return j ? j : json_null();
}

static np_status search_json(const np_search_query *q, const np_search_results *r, np_buf *out)
{
    json_t *root = json_object(), *hits = json_array();
    if (!root || !hits) {
        json_decref(root);
        json_decref(hits);
        return NP_ENOMEM;
    }
    json_object_set_new(root, "query", jstr(q->match));
    json_object_set_new(root, "total", json_integer(r->total));
    json_object_set_new(root, "offset", json_integer((json_int_t)q->offset));
    for (size_t i = 0; i < r->n; i++) {
        const np_search_hit *h = &r->hits[i];
        json_t *o = json_object(), *ranges = NULL;
        json_t *snip = snippet_json(h->snippet, &ranges);
        json_object_set_new(o, "id", json_integer(h->doc_id));
        json_object_set_new(o, "doc", jstr(h->key));
        json_object_set_new(o, "story", h->story_id ? json_integer(h->story_id) : json_null());
        json_object_set_new(o, "title", jstr(h->title));
        json_object_set_new(o, "outlet", jstr(h->outlet));
        json_object_set_new(o, "published", jstr(h->published));
        json_object_set_new(o, "url", jstr(h->url));
        json_object_set_new(o, "rank", json_real(h->rank));
        json_object_set_new(o, "snippet", snip ? snip : json_null());
        json_object_set_new(o, "highlights", ranges ? ranges : json_array());
        json_array_append_new(hits, o);
    }
    json_object_set_new(root, "hits", hits);
    return np_render_json_append(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER, out);
}

static np_status search_text(const np_search_results *r, int md, np_buf *out)
{
    np_status s = np_buf_printf(out, "%lld matching document%s\n", (long long)r->total,
                                r->total == 1 ? "" : "s");
    for (size_t i = 0; i < r->n && !s; i++) {
        const np_search_hit *h = &r->hits[i];
        s = np_buf_printf(out, "\n%lld. %s\n   %s · %s · story %lld · doc %lld\n   ",
                          (long long)(i + 1), h->title ? h->title : (h->key ? h->key : "?"),
                          h->outlet ? h->outlet : "?", h->published ? h->published : "undated",
                          (long long)h->story_id, (long long)h->doc_id);
        for (const char *p = h->snippet ? h->snippet : ""; *p && !s; p++) {
            if (*p == NP_SEARCH_MARK_OPEN)
                s = np_buf_append_str(out, md ? "**" : "[[");
            else if (*p == NP_SEARCH_MARK_CLOSE)
                s = np_buf_append_str(out, md ? "**" : "]]");
            else
                s = np_buf_append_char(out, *p == '\n' ? ' ' : *p);
        }
        if (!s)
            s = np_buf_append_char(out, '\n');
    }
    return s;
}

np_status np_render_search(const np_search_query *q, const np_search_results *r,
                           np_render_format fmt, np_buf *out)
{
    if (fmt == NP_RENDER_JSON)
        return search_json(q, r, out);
    return search_text(r, fmt == NP_RENDER_MARKDOWN, out);
}

np_status np_render_story_page_json(const np_story_page *p, size_t offset, np_buf *out)
{
    json_t *root = json_object(), *arr = json_array();
    if (!root || !arr) {
        json_decref(root);
        json_decref(arr);
        return NP_ENOMEM;
    }
    json_object_set_new(root, "total", json_integer(p->total));
    json_object_set_new(root, "offset", json_integer((json_int_t)offset));
    for (size_t i = 0; i < p->n; i++) {
        const np_story_entry *e = &p->rows[i];
        json_t *o = json_object(), *names = json_array();
        for (size_t k = 0; k < e->n_outlet_names; k++)
            json_array_append_new(names, jstr(e->outlets[k]));
        json_object_set_new(o, "id", json_integer(e->id));
        json_object_set_new(o, "label", jstr(e->label));
        json_object_set_new(o, "documents", json_integer(e->n_docs));
        json_object_set_new(o, "outlets", json_integer(e->n_outlets));
        json_object_set_new(o, "outlet_names", names);
        json_object_set_new(o, "first_published", jstr(e->first_published));
        json_object_set_new(o, "last_published", jstr(e->last_published));
        json_array_append_new(arr, o);
    }
    json_object_set_new(root, "stories", arr);
    return np_render_json_append(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER, out);
}
