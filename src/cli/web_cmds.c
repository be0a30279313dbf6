/*
 * cli/web_cmds.c — `newsprism search` and `newsprism serve`.
 */
#include "cli/web_cmds.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "render/results.h"
#include "server/server.h"
#include "store/store.h"
#include "store/search.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_NOTFOUND = 4 };

const char np_cli_usage_search[] =
    "usage: newsprism search QUERY... [--format text|md|json] [--limit N] [--offset N]\n"
    "                        [--outlet NAME] [--since DATE] [--until DATE]\n"
    "\nFull-text search of the stored articles (SQLite FTS5), best match first\n"
    "(bm25, title words count four times).  QUERY uses FTS5 syntax: words (all must\n"
    "match), \"a phrase\", prefix* , OR, NOT, NEAR(a b).  Dates are ISO prefixes\n"
    "(2024, 2024-05, 2024-05-03); --until includes the whole period it names.\n"
    "The snippet marks each hit as [[word]] (**word** in md).  --limit is 1..200 (default 20).\n"
    "exit: 0 ok (also when nothing matches), 2 usage or malformed query\n";

const char np_cli_usage_serve[] =
    "usage: newsprism serve [--port N] [--bind ADDR] [--threads N]\n"
    "\nServes the store as a local web application: stories, briefs, articles,\n"
    "outlets, search, and a JSON API under /api/.  Binds 127.0.0.1:8080 unless\n"
    "told otherwise; never writes to the store except its brief cache.  Stops on\n"
    "SIGINT or SIGTERM.\n"
    "exit: 0 stopped cleanly, 1 could not start\n";

static void print_err(const char *what, const np_error *e)
{
    char msg[1400];
    np_error_format(e, msg, sizeof msg);
    fprintf(stderr, "newsprism: %s: %s\n", what, msg);
}

static int parse_size(const char *v, size_t max, size_t *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || *end || n < 0 || (unsigned long long)n > max)
        return -1;
    *out = (size_t)n;
    return 0;
}

static int search_args(int argc, char **argv, np_search_query *q, np_render_format *fmt, np_buf *query)
{
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(np_cli_usage_search, stdout);
            return -1;
        }
        int opt = strcmp(a, "--format") == 0 || strcmp(a, "--limit") == 0 ||
                  strcmp(a, "--offset") == 0 || strcmp(a, "--outlet") == 0 ||
                  strcmp(a, "--since") == 0 || strcmp(a, "--until") == 0;
        if (opt && !v) {
            fprintf(stderr, "newsprism: %s needs a value\n%s", a, np_cli_usage_search);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--format") == 0) {
            if (np_render_format_parse(v, fmt)) {
                fprintf(stderr, "newsprism: unknown output format '%s' (text, md or json)\n", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--limit") == 0) {
            if (parse_size(v, NP_SEARCH_MAX_LIMIT, &q->limit) || q->limit == 0) {
                fprintf(stderr, "newsprism: --limit must be 1..%d\n", NP_SEARCH_MAX_LIMIT);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--offset") == 0) {
            if (parse_size(v, 1000000, &q->offset)) {
                fprintf(stderr, "newsprism: --offset must be 0..1000000\n");
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--outlet") == 0) {
            q->outlet = v;
        } else if (strcmp(a, "--since") == 0) {
            q->since = v;
        } else if (strcmp(a, "--until") == 0) {
            q->until = v;
        } else if (a[0] == '-' && a[1] == '-' && a[2]) {
            fprintf(stderr, "newsprism: unknown option '%s'\n%s", a, np_cli_usage_search);
            return EXIT_USAGE;
        } else {
            if ((query->len && np_buf_append_char(query, ' ')) || np_buf_append_str(query, a))
                return EXIT_FAIL;
            continue;
        }
        i++;
    }
    if (!query->len) {
        fprintf(stderr, "newsprism: search needs a QUERY\n%s", np_cli_usage_search);
        return EXIT_USAGE;
    }
    q->match = query->data;
    return EXIT_OK;
}

int np_cli_search(const char *db, int argc, char **argv)
{
    np_search_query q = {0};
    np_render_format fmt = NP_RENDER_TEXT;
    np_buf query;
    np_buf_init(&query, 0);
    int rc = search_args(argc, argv, &q, &fmt, &query);
    if (rc) {
        np_buf_free(&query);
        return rc < 0 ? EXIT_OK : rc;
    }
    np_error e;
    np_error_clear(&e);
    np_store *st = NULL;
    np_status s = np_store_open_mode(db, 0, &st, &e);
    if (s) {
        print_err("cannot open the store", &e);
        np_buf_free(&query);
        return s == NP_ENOTFOUND ? EXIT_NOTFOUND : EXIT_FAIL;
    }
    np_search_results r;
    s = np_store_search(st, &q, &r, &e);
    np_store_close(st);
    if (s) {
        print_err("search failed", &e);
        np_buf_free(&query);
        return s == NP_EPARSE || s == NP_EINVAL ? EXIT_USAGE : EXIT_FAIL;
    }
    np_buf out;
    np_buf_init(&out, 0);
    s = np_render_search(&q, &r, fmt, &out);
    rc = s ? EXIT_FAIL : EXIT_OK;
    if (!s && out.len && (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout)))
        rc = EXIT_FAIL;
    np_buf_free(&out);
    np_search_results_free(&r);
    np_buf_free(&query);
    return rc;
}

static int serve_args(int argc, char **argv, np_server_opts *o)
{
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        size_t n;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(np_cli_usage_serve, stdout);
            return -1;
        } else if (strcmp(a, "--port") == 0 && v) {
            if (parse_size(v, 65535, &n)) {
                fprintf(stderr, "newsprism: --port must be 0..65535 (0: any free port)\n");
                return EXIT_USAGE;
            }
            o->port = (unsigned)n;
        } else if (strcmp(a, "--bind") == 0 && v) {
            o->bind = v;
        } else if (strcmp(a, "--threads") == 0 && v) {
            if (parse_size(v, 64, &n) || n == 0) {
                fprintf(stderr, "newsprism: --threads must be 1..64\n");
                return EXIT_USAGE;
            }
            o->threads = (unsigned)n;
        } else {
            fprintf(stderr, "newsprism: unexpected argument '%s'\n%s", a, np_cli_usage_serve);
            return EXIT_USAGE;
        }
        i++;
    }
    return EXIT_OK;
}

int np_cli_serve(const char *db, int quiet, int argc, char **argv)
{
    np_server_opts o = {.db_path = db, .bind = "127.0.0.1", .port = 8080};
    int rc = serve_args(argc, argv, &o);
    if (rc)
        return rc < 0 ? EXIT_OK : rc;
    /* Block the stop signals before any thread exists, so that every server
     * thread inherits the mask and this thread alone receives them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    np_error e;
    np_error_clear(&e);
    np_server *srv = NULL;
    np_status s = np_server_start(&o, &srv, &e);
    if (s) {
        print_err("cannot start the server", &e);
        return s == NP_ENOTFOUND ? EXIT_NOTFOUND : s == NP_EINVAL ? EXIT_USAGE : EXIT_FAIL;
    }
    int v6 = strchr(o.bind, ':') != NULL;
    char *shown = np_store_redact(db); /* a URL may carry a password */
    printf("serving %s on http://%s%s%s:%u/\n", shown ? shown : "the store", v6 ? "[" : "",
           o.bind, v6 ? "]" : "", np_server_port(srv));
    np_free(shown);
    fflush(stdout);
    int sig = 0;
    sigwait(&stop, &sig);
    np_server_stop(srv);
    if (!quiet)
        fprintf(stderr, "newsprism: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    return EXIT_OK;
}
