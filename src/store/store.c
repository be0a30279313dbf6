/*
 * store/store.c — the public store API (store.h, search.h, briefcache.h):
 * picks the backend from the location and dispatches every call through
 * its operations table (store_ops.h).  Also the functions that free result
 * structs, which do not depend on the backend.
 */
#include "store/store_ops.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/doc.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/url.h"

int np_store_is_pg_url(const char *location)
{
    return location && (strncasecmp(location, "postgresql://", 13) == 0 ||
                        strncasecmp(location, "postgres://", 11) == 0);
}

char *np_store_redact(const char *url)
{
    if (!np_store_is_pg_url(url))
        return np_strdup(url);
    char *out = np_malloc(strlen(url) + 1);
    if (!out)
        return NULL;
    const char *rest = strstr(url, "://") + 3;
    size_t n = (size_t)(rest - url);
    memcpy(out, url, n);
    size_t auth_len = strcspn(rest, "/?");
    const char *at = NULL;
    for (const char *c = rest; c < rest + auth_len; c++)
        if (*c == '@')
            at = c;
    if (at) { /* keep the user, drop ":password" */
        size_t user = strcspn(rest, ":@");
        memcpy(out + n, rest, user);
        n += user;
        rest = at;
    }
    size_t keep = strcspn(rest, "?"); /* parameters may hold password=... */
    memcpy(out + n, rest, keep);
    out[n + keep] = '\0';
    return out;
}

int np_store_split_outlets(const char *joined, np_story_entry *e)
{
    if (!joined || !*joined)
        return 0;
    size_t n = 1;
    for (const char *c = joined; *c; c++)
        n += *c == '\x1f';
    if (!(e->outlets = np_calloc(n, sizeof *e->outlets)))
        return -1;
    for (const char *start = joined;;) {
        size_t len = strcspn(start, "\x1f");
        char *name = np_malloc(len + 1);
        if (!name)
            return -1;
        memcpy(name, start, len);
        name[len] = '\0';
        e->outlets[e->n_outlet_names++] = name;
        if (!start[len])
            break;
        start += len + 1;
    }
    return 0;
}

np_status np_store_open(const char *path, np_store **out, np_error *err)
{
    return np_store_open_mode(path, 1, out, err);
}

np_status np_store_open_mode(const char *path, int create, np_store **out, np_error *err)
{
    *out = NULL;
    if (!path || !*path)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "the store path is empty");
    if (np_store_is_pg_url(path))
        return np_pg_open(path, create, out, err);
    return np_sqlite_open(path, create, out, err);
}

void np_store_close(np_store *st)
{
    if (st)
        st->ops->close(st);
}

const char *np_store_backend(const np_store *st)
{
    return st->ops->name;
}

np_status np_store_begin(np_store *st, np_error *err)
{
    return st->ops->begin(st, err);
}

np_status np_store_begin_group(np_store *st, np_error *err)
{
    return st->ops->begin_group(st, err);
}

np_status np_store_ingest_enter(np_store *st, np_error *err)
{
    return st->ops->ingest_enter(st, err);
}

np_status np_store_ingest_leave(np_store *st, int *last, np_error *err)
{
    *last = 1;
    return st->ops->ingest_leave(st, last, err);
}

np_status np_store_commit(np_store *st, np_error *err)
{
    return st->ops->commit(st, err);
}

void np_store_rollback(np_store *st)
{
    st->ops->rollback(st);
}

/* doc was not inserted: a stored row (doc->rowid) holds its body.  When
 * both name their site (the URL's host) and the sites differ, doc is
 * another site's copy of the text (a wire story printed word for word): it
 * is stored too, under the body hash keyed with its site, which a re-fetch
 * of that copy finds again.  When either site is unknown (a text file, a
 * record without URL) it is taken for the stored row, as before: the same
 * page in another format, or a store made before sites were told apart,
 * stores nothing twice. */
static np_status put_other_site(np_store *st, np_doc *doc, int *inserted, np_error *err)
{
    char mine[256], theirs[256], id[24];
    if (!doc->url || strnlen(doc->content_hash, 33) != 32 || !np_url_site(doc->url, mine, sizeof mine))
        return NP_OK; /* no site to tell, or a hash np_doc_finish() did not make */
    snprintf(id, sizeof id, "%lld", (long long)doc->rowid);
    np_doc *stored = NULL;
    np_status s = st->ops->get_doc(st, id, &stored, err);
    if (s == NP_ENOTFOUND) { /* gone meanwhile: nothing to tell it from */
        np_error_clear(err);
        return NP_OK;
    }
    if (s)
        return s;
    int other = stored->url && np_url_site(stored->url, theirs, sizeof theirs) && strcmp(mine, theirs) != 0;
    np_doc_free(stored);
    if (!other)
        return NP_OK;
    char keyed[32 + 1 + sizeof mine], hex[33];
    size_t n = strlen(mine);
    memcpy(keyed, doc->content_hash, 32);
    keyed[32] = '\x1f';
    memcpy(keyed + 33, mine, n);
    np_hash_hex128(keyed, 33 + n, hex);
    if ((s = np_doc_set(&doc->content_hash, hex)))
        return np_error_set(err, s, doc->source, 0, -1, "out of memory");
    return st->ops->put_doc(st, doc, inserted, err);
}

np_status np_store_put_doc(np_store *st, np_doc *doc, int *inserted, np_error *err)
{
    *inserted = 0;
    if (!doc->content_hash || !doc->text)
        return np_error_set(err, NP_EINVAL, doc->source, 0, -1, "document has no body");
    np_status s = st->ops->put_doc(st, doc, inserted, err);
    return s || *inserted ? s : put_other_site(st, doc, inserted, err);
}

np_status np_store_put_docs(np_store *st, np_doc *const *docs, size_t n, int *inserted,
                            np_error *err)
{
    for (size_t i = 0; i < n; i++) {
        inserted[i] = 0;
        if (!docs[i]->content_hash || !docs[i]->text)
            return np_error_set(err, NP_EINVAL, docs[i]->source, 0, -1, "document has no body");
    }
    if (!st->ops->put_docs) {
        for (size_t i = 0; i < n; i++) {
            np_status s = np_store_put_doc(st, docs[i], &inserted[i], err);
            if (s)
                return s;
        }
        return NP_OK;
    }
    for (size_t at = 0; at < n; at += NP_STORE_PUT_MAX) {
        size_t k = n - at < NP_STORE_PUT_MAX ? n - at : NP_STORE_PUT_MAX;
        np_status s = st->ops->put_docs(st, docs + at, k, inserted + at, err);
        for (size_t i = at; i < at + k && !s; i++)
            if (!inserted[i]) /* in order: a copy repeating an earlier copy of the call finds it */
                s = put_other_site(st, docs[i], &inserted[i], err);
        if (s)
            return s;
    }
    return NP_OK;
}

np_status np_store_get_doc(np_store *st, const char *ref, np_doc **out, np_error *err)
{
    *out = NULL;
    return st->ops->get_doc(st, ref, out, err);
}

np_status np_store_count_docs(np_store *st, int64_t *out, np_error *err)
{
    return st->ops->count_docs(st, out, err);
}

np_status np_store_docs_after(np_store *st, int64_t after_rowid, int with_text,
                              np_doc_list *out, np_error *err)
{
    return st->ops->docs_after(st, after_rowid, with_text, out, err);
}

np_status np_store_list_stories(np_store *st, np_story_list *out, np_error *err)
{
    return st->ops->list_stories(st, out, err);
}

np_status np_store_story_docs(np_store *st, int64_t story_id, np_doc_list *out, np_error *err)
{
    return st->ops->story_docs(st, story_id, out, err);
}

np_status np_store_doc_story(np_store *st, int64_t doc_id, int64_t *story_id, np_error *err)
{
    return st->ops->doc_story(st, doc_id, story_id, err);
}

np_status np_store_count_ungrouped(np_store *st, int64_t *out, np_error *err)
{
    return st->ops->count_ungrouped(st, out, err);
}

np_status np_store_new_story(np_store *st, const char *label, int64_t *story_id, np_error *err)
{
    return st->ops->new_story(st, label, story_id, err);
}

np_status np_store_new_story_of_doc(np_store *st, int64_t doc_id, int64_t *story_id,
                                    np_error *err)
{
    return st->ops->new_story_of_doc(st, doc_id, story_id, err);
}

np_status np_store_assign(np_store *st, int64_t doc_id, int64_t story_id, int64_t duplicate_of,
                          np_error *err)
{
    return st->ops->assign(st, doc_id, story_id, duplicate_of, err);
}

np_status np_store_prune_stories(np_store *st, np_error *err)
{
    return st->ops->prune_stories(st, err);
}

np_status np_store_put_features(np_store *st, int64_t doc_id, const void *blob, size_t len,
                                np_error *err)
{
    return st->ops->put_features(st, doc_id, blob, len, err);
}

np_status np_store_merge_stories(np_store *st, int64_t from, int64_t into, np_error *err)
{
    if (from == into)
        return NP_OK;
    return st->ops->merge_stories(st, from, into, err);
}

np_status np_store_resolve_story(np_store *st, int64_t id, int64_t *out, np_error *err)
{
    return st->ops->resolve_story(st, id, out, err);
}

np_status np_store_each_recent_features(np_store *st, int64_t window, np_feature_fn fn,
                                        void *ctx, np_error *err)
{
    return st->ops->each_recent_features(st, window, fn, ctx, err);
}

np_status np_store_each_ungrouped_features(np_store *st, int64_t limit, np_feature_fn fn,
                                           void *ctx, np_error *err)
{
    return st->ops->each_ungrouped_features(st, limit, fn, ctx, err);
}

np_status np_store_copy_group(np_store *st, int64_t doc_id, int64_t **ids, size_t *n,
                              np_error *err)
{
    *ids = NULL;
    *n = 0;
    return st->ops->copy_group(st, doc_id, ids, n, err);
}

np_status np_store_story_members(np_store *st, np_story_list *list, np_error *err)
{
    return st->ops->story_members(st, list, err);
}

np_status np_store_check(np_store *st, np_error *err)
{
    return st->ops->check(st, err);
}

np_status np_store_put_analysis(np_store *st, int64_t doc_id, uint32_t version, const void *data,
                                size_t len, np_error *err)
{
    return st->ops->put_analysis(st, doc_id, version, data, len, err);
}

np_status np_store_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data,
                                size_t *len, np_error *err)
{
    *data = NULL;
    *len = 0;
    return st->ops->get_analysis(st, doc_id, version, data, len, err);
}

/* ---- search.h --------------------------------------------------------------- */

np_status np_store_search(np_store *st, const np_search_query *q, np_search_results *out,
                          np_error *err)
{
    memset(out, 0, sizeof *out);
    if (!q->match || !*q->match)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "the search query is empty");
    if (strlen(q->match) > NP_SEARCH_MAX_QUERY)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "the search query is longer than %d bytes",
                            NP_SEARCH_MAX_QUERY);
    return st->ops->search(st, q, out, err);
}

np_status np_store_story_page(np_store *st, const np_story_filter *f, np_story_page *out,
                              np_error *err)
{
    memset(out, 0, sizeof *out);
    return st->ops->story_page(st, f, out, err);
}

np_status np_store_outlets(np_store *st, np_outlet_count **out, size_t *n, np_error *err)
{
    *out = NULL;
    *n = 0;
    return st->ops->outlets(st, out, n, err);
}

/* ---- briefcache.h ----------------------------------------------------------- */

np_status np_store_story_state(np_store *st, int64_t story_id, const char *build_tag,
                               char state[33], np_error *err)
{
    state[0] = '\0';
    return st->ops->story_state(st, story_id, build_tag, state, err);
}

np_status np_store_cache_get(np_store *st, int64_t story_id, const char *kind, const char *state,
                             char **json, size_t *len, np_error *err)
{
    *json = NULL;
    *len = 0;
    return st->ops->cache_get(st, story_id, kind, state, json, len, err);
}

np_status np_store_cache_put(np_store *st, int64_t story_id, const char *kind, const char *state,
                             const char *json, size_t len, int wait_ms, np_error *err)
{
    return st->ops->cache_put(st, story_id, kind, state, json, len, wait_ms, err);
}

/* Two independent 64-bit hashes chained over the rows make a 128-bit state;
 * collisions between two states of one story are not a concern. */
void np_state_hash_init(np_state_hash *h, const char *build_tag)
{
    const char *t = build_tag ? build_tag : "";
    h->h1 = np_hash64(t, strlen(t), 1);
    h->h2 = np_hash64(t, strlen(t), 2);
    h->rows = 0;
}

void np_state_hash_row(np_state_hash *h, int64_t doc_id, const char *content_hash,
                       int64_t duplicate_of)
{
    char line[160];
    int n = snprintf(line, sizeof line, "%lld:%s:%lld;", (long long)doc_id,
                     content_hash ? content_hash : "", (long long)duplicate_of);
    size_t len = n < 0 ? 0 : ((size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    h->h1 = np_hash64(line, len, h->h1);
    h->h2 = np_hash64(line, len, h->h2 ^ 0x9e3779b97f4a7c15ULL);
    h->rows++;
}

void np_state_hash_hex(const np_state_hash *h, char state[33])
{
    snprintf(state, 33, "%016llx%016llx", (unsigned long long)h->h1, (unsigned long long)h->h2);
}

/* ---- freeing results (backend-independent) ----------------------------------- */

void np_store_docs_free(np_doc_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->n; i++)
        np_doc_free(list->docs[i]);
    np_free(list->docs);
    list->docs = NULL;
    list->n = 0;
}

void np_store_stories_free(np_story_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->n; i++) {
        for (size_t k = 0; k < list->rows[i].n_members; k++) {
            np_story_member *m = &list->rows[i].members[k];
            np_free(m->key);
            np_free(m->outlet);
            np_free(m->title);
            np_free(m->published);
        }
        np_free(list->rows[i].members);
        np_free(list->rows[i].label);
        np_free(list->rows[i].first_published);
        np_free(list->rows[i].last_published);
    }
    np_free(list->rows);
    list->rows = NULL;
    list->n = 0;
}

void np_search_results_free(np_search_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        np_search_hit *h = &r->hits[i];
        np_free(h->key);
        np_free(h->title);
        np_free(h->outlet);
        np_free(h->published);
        np_free(h->url);
        np_free(h->snippet);
    }
    np_free(r->hits);
    memset(r, 0, sizeof *r);
}

void np_story_page_free(np_story_page *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        np_story_entry *e = &p->rows[i];
        np_free(e->label);
        np_free(e->first_published);
        np_free(e->last_published);
        for (size_t k = 0; k < e->n_outlet_names; k++)
            np_free(e->outlets[k]);
        np_free(e->outlets);
    }
    np_free(p->rows);
    memset(p, 0, sizeof *p);
}

void np_store_outlets_free(np_outlet_count *o, size_t n)
{
    for (size_t i = 0; o && i < n; i++)
        np_free(o[i].name);
    np_free(o);
}
