/*
 * server/app.h — what the web server answers, independent of the HTTP
 * library: a request (method, decoded path, query arguments) in, a
 * response (status, content type, body) out.  server.c does the HTTP.
 *
 * Every request opens its own read connection to the store (SQLite
 * connections are not shared between threads) and never writes anything
 * but the brief cache (pipeline/briefjob.h): no grouping, no ingest.
 *
 * Ownership: the app borrows db_path and env for its lifetime; a response's
 * body buffer belongs to the response (np_app_response_free).
 */
#ifndef NP_SERVER_APP_H
#define NP_SERVER_APP_H

#include <stddef.h>

#include "compare/brief.h"
#include "core/buf.h"
#include "core/status.h"

/* Bounds on what one request may ask for. */
#define NP_APP_MAX_ARG 512       /* bytes of any query argument */
#define NP_APP_MAX_PAGE 10000    /* page numbers */
#define NP_APP_STORIES_PER_PAGE 50
#define NP_APP_HITS_PER_PAGE 20
#define NP_APP_OUTLET_STORIES 50 /* stories shown on an outlet page */
#define NP_APP_OUTLET_BUILDS 4   /* briefs an outlet page may build per request (the rest on later visits) */

typedef struct np_app {
    const char *db_path;        /* the store */
    const np_brief_env *env;    /* shared, read-only language resources */
    char build_tag[33];         /* np_pipeline_build_tag() */
    int cache_wait_ms;          /* longest wait to write the brief cache */
} np_app;

typedef struct np_request {
    const char *method;         /* "GET", ... */
    const char *path;           /* decoded, starts with '/' */
    /* Query argument by name (decoded), NULL when absent. */
    const char *(*arg)(void *ctx, const char *name);
    void *ctx;
} np_request;

typedef struct np_response {
    int status;                 /* HTTP status */
    const char *content_type;   /* static string */
    np_buf body;                /* owned, unless static_body is set */
    const char *static_body;    /* embedded asset (not freed) */
    size_t static_len;
    int immutable;              /* may be cached by the browser */
} np_response;

/* Fill rs for rq.  Always gives a response (errors become 4xx/5xx pages);
 * returns NP_ENOMEM only when not even the error page could be built. */
np_status np_app_handle(const np_app *app, const np_request *rq, np_response *rs);
void np_app_response_free(np_response *rs);

/* The JSON Schema of the brief (docs/brief.schema.json, embedded). */
const char *np_app_brief_schema(void);

#endif
