/*
 * server/app.c — routing and pages of the web server (see app.h).
 *
 * Routes:  /  /story/N  /doc/ID  /outlet/NAME  /outlets  /search
 *          /api/stories  /api/stories/N  /api/docs/ID  /api/search  /api/schema
 *          /static/style.css  /static/app.js
 * A malformed argument (page number, date, over-long text) is 400; an
 * unknown story, document or path 404; only GET and HEAD are served.
 */
#include "server/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "pipeline/briefjob.h"
#include "render/docs.h"
#include "render/html.h"
#include "render/render.h"
#include "render/results.h"
#include "store/search.h"

#define HTML "text/html; charset=utf-8"
#define JSON "application/json; charset=utf-8"

/* A request's failure: status and message, turned into a page or JSON. */
typedef struct req_error {
    int status;
    char msg[600];
} req_error;

static int fail(req_error *e, int status, const char *msg, const np_error *detail)
{
    e->status = status;
    if (detail && detail->msg[0])
        snprintf(e->msg, sizeof e->msg, "%s: %s", msg, detail->msg);
    else
        snprintf(e->msg, sizeof e->msg, "%s", msg);
    return -1;
}

static int status_of(np_status s)
{
    return s == NP_ENOTFOUND ? 404 : (s == NP_EPARSE || s == NP_EINVAL) ? 400 : 500;
}

/* "123" -> 123; anything else (signs, spaces, leading zeros, > 18 digits) fails. */
static int parse_id(const char *s, int64_t *out)
{
    size_t n = strlen(s);
    if (n == 0 || n > 18 || s[0] == '0')
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
static int valid_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
            return 0;
    return 1;
}

/* The text arguments every listing accepts, checked; empty means absent. */
typedef struct filters {
    const char *q, *outlet, *since, *until;
    size_t page;        /* 1-based */
    int newest;
} filters;

static int get_arg(const np_request *rq, const char *name, const char **out, req_error *e)
{
    const char *v = rq->arg ? rq->arg(rq->ctx, name) : NULL;
    *out = v && *v ? v : NULL;
    if (v && strlen(v) > NP_APP_MAX_ARG)
        return fail(e, 400, "a query argument is too long", NULL);
    return 0;
}

static int read_filters(const np_request *rq, filters *f, req_error *e)
{
    memset(f, 0, sizeof *f);
    const char *page, *sort;
    if (get_arg(rq, "q", &f->q, e) || get_arg(rq, "outlet", &f->outlet, e) ||
        get_arg(rq, "since", &f->since, e) || get_arg(rq, "until", &f->until, e) ||
        get_arg(rq, "page", &page, e) || get_arg(rq, "sort", &sort, e))
        return -1;
    if ((f->since && !valid_date(f->since)) || (f->until && !valid_date(f->until)))
        return fail(e, 400, "dates are YYYY, YYYY-MM or YYYY-MM-DD", NULL);
    int64_t p = 1;
    if (page && (parse_id(page, &p) || p > NP_APP_MAX_PAGE))
        return fail(e, 400, "page must be a number from 1 to 10000", NULL);
    f->page = (size_t)p;
    if (sort && strcmp(sort, "new") != 0 && strcmp(sort, "size") != 0)
        return fail(e, 400, "sort is 'size' or 'new'", NULL);
    f->newest = sort && strcmp(sort, "new") == 0;
    return 0;
}

static int open_store(const np_app *app, np_store **st, req_error *e)
{
    np_error err;
    np_error_clear(&err);
    if (np_store_open_mode(app->db_path, 0, st, &err))
        return fail(e, 503, "the store cannot be opened", &err);
    return 0;
}

static np_status serialize_json(void *ctx, const np_brief *b, np_buf *out)
{
    (void)ctx;
    return np_render_briefs(&b, 1, NP_RENDER_JSON, out);
}

static np_brief_job brief_job(const np_app *app)
{
    np_brief_job job = {.env = app->env, .build_tag = app->build_tag, .serialize = serialize_json,
                        .read_cache = 1, .write_cache = 1, .cache_wait_ms = app->cache_wait_ms};
    return job;
}

/* ---- story list ------------------------------------------------------------ */

static int route_stories(const np_app *app, const np_request *rq, int api, np_response *rs, req_error *e)
{
    filters f;
    np_store *st = NULL;
    if (read_filters(rq, &f, e) || open_store(app, &st, e))
        return -1;
    np_story_filter sf = {.outlet = f.outlet, .since = f.since, .until = f.until,
                          .newest_first = f.newest, .limit = NP_APP_STORIES_PER_PAGE,
                          .offset = (f.page - 1) * NP_APP_STORIES_PER_PAGE};
    np_story_page page;
    np_error err;
    np_error_clear(&err);
    np_outlet_count *outlets = NULL;
    size_t n_outlets = 0;
    np_status s = np_store_story_page(st, &sf, &page, &err);
    if (!s && !api)
        s = np_store_outlets(st, &outlets, &n_outlets, &err);
    np_store_close(st);
    if (s) {
        np_story_page_free(&page);
        return fail(e, status_of(s), "cannot list stories", &err);
    }
    np_html_list_ctx ctx = {&sf, outlets, n_outlets};
    s = api ? np_render_story_page_json(&page, sf.offset, &rs->body)
            : np_html_story_list_page(&page, &ctx, &rs->body);
    rs->content_type = api ? JSON : HTML;
    np_story_page_free(&page);
    np_store_outlets_free(outlets, n_outlets);
    return s ? fail(e, 500, "out of memory", NULL) : 0;
}

/* ---- one story --------------------------------------------------------------- */

static np_status html_view(void *ctx, const char *json, size_t len, np_buf *out)
{
    (void)ctx;
    return np_html_brief_page(json, len, NULL, out);
}

static int route_story(const np_app *app, const char *idtext, int api, np_response *rs, req_error *e)
{
    int64_t id;
    if (parse_id(idtext, &id))
        return fail(e, 400, "a story is named by its number", NULL);
    np_store *st = NULL;
    if (open_store(app, &st, e))
        return -1;
    np_brief_job job = brief_job(app);
    np_error err;
    np_error_clear(&err);
    /* A story merged into another keeps its old number findable: serve the
     * story it became (a link or bookmark made before the merge still works). */
    np_status s = np_store_resolve_story(st, id, &id, &err);
    if (s) {
        np_store_close(st);
        return fail(e, status_of(s), "cannot read the story", &err);
    }
    /* The page is cached like the JSON: a 200-article brief page costs one
     * cache read instead of a JSON parse and a render. */
    s = api ? np_pipeline_brief_json(st, &job, id, &rs->body, NULL, &err)
                      : np_pipeline_brief_view(st, &job, id, "html", html_view, NULL, &rs->body, &err);
    np_store_close(st);
    rs->content_type = api ? JSON : HTML;
    if (s)
        return fail(e, status_of(s), s == NP_ENOTFOUND ? "no such story" : "cannot build the brief", &err);
    return 0;
}

/* ---- one document ------------------------------------------------------------ */

static int route_doc(const np_app *app, const char *ref, int api, np_response *rs, req_error *e)
{
    if (!*ref || strlen(ref) > NP_APP_MAX_ARG)
        return fail(e, 400, "a document is named by its number, name or URL", NULL);
    np_store *st = NULL;
    if (open_store(app, &st, e))
        return -1;
    np_doc *doc = NULL;
    int64_t story = 0;
    np_error err;
    np_error_clear(&err);
    np_status s = np_store_get_doc(st, ref, &doc, &err);
    if (!s)
        s = np_store_doc_story(st, doc->rowid, &story, &err);
    np_buf brief;
    np_buf_init(&brief, 0);
    if (!s && !api && story > 0) {
        np_brief_job job = brief_job(app);
        /* highlights only: a brief that cannot be built just leaves them out */
        np_pipeline_brief_json(st, &job, story, &brief, NULL, NULL);
    }
    np_store_close(st);
    if (s) {
        np_doc_free(doc);
        return fail(e, status_of(s), s == NP_ENOTFOUND ? "no such document" : "cannot read the document",
                    &err);
    }
    s = api ? np_render_doc(doc, story, NP_RENDER_JSON, &rs->body)
            : np_html_doc_page(doc, story, brief.data, brief.len, &rs->body);
    rs->content_type = api ? JSON : HTML;
    np_buf_free(&brief);
    np_doc_free(doc);
    return s ? fail(e, 500, "cannot render the document", NULL) : 0;
}

/* ---- search ------------------------------------------------------------------ */

static int route_search(const np_app *app, const np_request *rq, int api, np_response *rs, req_error *e)
{
    filters f;
    if (read_filters(rq, &f, e))
        return -1;
    np_search_query q = {.match = f.q, .outlet = f.outlet, .since = f.since, .until = f.until,
                         .limit = NP_APP_HITS_PER_PAGE, .offset = (f.page - 1) * NP_APP_HITS_PER_PAGE};
    rs->content_type = api ? JSON : HTML;
    if (!f.q) {
        if (api)
            return fail(e, 400, "search needs q", NULL);
        return np_html_search_page(&q, NULL, NULL, &rs->body) ? fail(e, 500, "out of memory", NULL) : 0;
    }
    np_store *st = NULL;
    if (open_store(app, &st, e))
        return -1;
    np_search_results r;
    np_error err;
    np_error_clear(&err);
    np_status s = np_store_search(st, &q, &r, &err);
    np_store_close(st);
    if (s && (api || status_of(s) != 400))
        return fail(e, status_of(s), "search failed", &err);
    if (s) {
        /* a malformed query: the form again with the explanation, as a 400 */
        rs->status = 400;
        return np_html_search_page(&q, NULL, err.msg, &rs->body) ? fail(e, 500, "out of memory", NULL) : 0;
    }
    s = api ? np_render_search(&q, &r, NP_RENDER_JSON, &rs->body)
            : np_html_search_page(&q, &r, NULL, &rs->body);
    np_search_results_free(&r);
    return s ? fail(e, 500, "out of memory", NULL) : 0;
}

/* ---- outlets ------------------------------------------------------------------ */

static int route_outlet(const np_app *app, const char *name, np_response *rs, req_error *e)
{
    if (!*name || strlen(name) > NP_APP_MAX_ARG)
        return fail(e, 400, "an outlet is named by its name", NULL);
    np_store *st = NULL;
    if (open_store(app, &st, e))
        return -1;
    np_story_filter sf = {.outlet = name, .limit = NP_APP_OUTLET_STORIES};
    np_story_page page;
    np_error err;
    np_error_clear(&err);
    np_status s = np_store_story_page(st, &sf, &page, &err);
    if (!s && page.n == 0) {
        np_store_close(st);
        np_story_page_free(&page);
        return fail(e, 404, "no such outlet", NULL);
    }
    np_html_outlet_story *items = s ? NULL : np_calloc(page.n, sizeof *items);
    np_buf *briefs = s ? NULL : np_calloc(page.n, sizeof *briefs);
    np_brief_job job = brief_job(app);
    size_t builds = 0;
    for (size_t i = 0; items && briefs && i < page.n; i++) {
        items[i].story_id = page.rows[i].id;
        items[i].label = page.rows[i].label;
        np_buf_init(&briefs[i], 0);
        /* Briefs already built, plus a few built (and cached) now: an outlet
         * page must not build fifty at once, but each visit fills it in. */
        np_status got = np_pipeline_brief_cached_only(st, &job, page.rows[i].id, &briefs[i], NULL);
        if (got != NP_OK && builds < NP_APP_OUTLET_BUILDS) {
            builds++;
            np_buf_reset(&briefs[i]);
            got = np_pipeline_brief_json(st, &job, page.rows[i].id, &briefs[i], NULL, NULL);
        }
        if (got == NP_OK) {
            items[i].brief_json = briefs[i].data;
            items[i].brief_len = briefs[i].len;
        }
    }
    np_store_close(st);
    if (!s && (!items || !briefs))
        s = NP_ENOMEM;
    if (!s)
        s = np_html_outlet_page(name, items, page.n, &rs->body);
    for (size_t i = 0; briefs && i < page.n; i++)
        np_buf_free(&briefs[i]);
    np_free(briefs);
    np_free(items);
    np_story_page_free(&page);
    rs->content_type = HTML;
    return s ? fail(e, status_of(s), "cannot show the outlet", &err) : 0;
}

static int route_outlets(const np_app *app, np_response *rs, req_error *e)
{
    np_store *st = NULL;
    if (open_store(app, &st, e))
        return -1;
    np_outlet_count *o = NULL;
    size_t n = 0;
    np_error err;
    np_error_clear(&err);
    np_status s = np_store_outlets(st, &o, &n, &err);
    np_store_close(st);
    if (s)
        return fail(e, status_of(s), "cannot list outlets", &err);
    s = np_html_outlets_page(o, n, &rs->body);
    np_store_outlets_free(o, n);
    rs->content_type = HTML;
    return s ? fail(e, 500, "out of memory", NULL) : 0;
}

/* ---- dispatch ----------------------------------------------------------------- */

extern const char np_asset_brief_schema[];

const char *np_app_brief_schema(void)
{
    return np_asset_brief_schema;
}

static int route_static(const char *path, np_response *rs)
{
    const char *body = NULL, *type = NULL;
    if (strcmp(path, "/static/style.css") == 0) {
        body = np_html_css();
        type = "text/css; charset=utf-8";
    } else if (strcmp(path, "/static/app.js") == 0) {
        body = np_html_js();
        type = "text/javascript; charset=utf-8";
    } else if (strcmp(path, "/api/schema") == 0) {
        body = np_app_brief_schema();
        type = "application/schema+json; charset=utf-8";
    }
    if (!body)
        return 0;
    rs->static_body = body;
    rs->static_len = strlen(body);
    rs->content_type = type;
    rs->immutable = strncmp(path, "/static/", 8) == 0;
    return 1;
}

/* The tail of path after prefix when it is one non-empty segment. */
static const char *segment(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    if (strncmp(path, prefix, n) != 0)
        return NULL;
    return path + n;
}

static int route(const np_app *app, const np_request *rq, np_response *rs, req_error *e)
{
    const char *p = rq->path, *rest;
    if (route_static(p, rs))
        return 0;
    if (strcmp(p, "/") == 0)
        return route_stories(app, rq, 0, rs, e);
    if (strcmp(p, "/api/stories") == 0)
        return route_stories(app, rq, 1, rs, e);
    if (strcmp(p, "/search") == 0)
        return route_search(app, rq, 0, rs, e);
    if (strcmp(p, "/api/search") == 0)
        return route_search(app, rq, 1, rs, e);
    if (strcmp(p, "/outlets") == 0)
        return route_outlets(app, rs, e);
    if ((rest = segment(p, "/story/")))
        return route_story(app, rest, 0, rs, e);
    if ((rest = segment(p, "/api/stories/")))
        return route_story(app, rest, 1, rs, e);
    if ((rest = segment(p, "/doc/")))
        return route_doc(app, rest, 0, rs, e);
    if ((rest = segment(p, "/api/docs/")))
        return route_doc(app, rest, 1, rs, e);
    if ((rest = segment(p, "/outlet/")))
        return route_outlet(app, rest, rs, e);
    return fail(e, 404, "no such page", NULL);
}

static np_status error_response(const np_request *rq, const req_error *e, np_response *rs)
{
    np_buf_free(&rs->body);
    rs->static_body = NULL;
    rs->status = e->status;
    if (strncmp(rq->path ? rq->path : "", "/api/", 5) == 0) {
        rs->content_type = JSON;
        np_status s = np_buf_append_str(&rs->body, "{\"error\": ");
        /* the message may quote user input: encode it as a JSON string */
        for (const unsigned char *c = (const unsigned char *)e->msg; *c && !s; c++) {
            if (c == (const unsigned char *)e->msg)
                s = np_buf_append_char(&rs->body, '"');
            if (!s)
                s = (*c < 0x20 || *c == '"' || *c == '\\' || *c == '<' || *c == '>' || *c == '&')
                        ? np_buf_printf(&rs->body, "\\u%04x", *c)
                        : np_buf_append_char(&rs->body, (char)*c);
        }
        if (!s)
            s = np_buf_append_str(&rs->body, e->msg[0] ? "\", \"status\": " : "\"\", \"status\": ");
        if (!s)
            s = np_buf_printf(&rs->body, "%d}\n", e->status);
        return s;
    }
    rs->content_type = HTML;
    return np_html_error_page(e->status, e->msg, &rs->body);
}

np_status np_app_handle(const np_app *app, const np_request *rq, np_response *rs)
{
    memset(rs, 0, sizeof *rs);
    rs->status = 200;
    np_buf_init(&rs->body, 0);
    req_error e = {0, ""};
    if (strcmp(rq->method, "GET") != 0 && strcmp(rq->method, "HEAD") != 0)
        fail(&e, 405, "only GET and HEAD are served", NULL);
    else if (!rq->path || rq->path[0] != '/' || strlen(rq->path) > 2048)
        fail(&e, 400, "malformed path", NULL);
    else
        route(app, rq, rs, &e);
    if (e.status)
        return error_response(rq, &e, rs);
    return NP_OK;
}

void np_app_response_free(np_response *rs)
{
    if (rs)
        np_buf_free(&rs->body);
}
