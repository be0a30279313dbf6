/*
 * cli/main.c — the newsprism command line.  The only place that prints.
 *
 * Exit codes (documented in --help and the README):
 *   0  success
 *   1  failure: I/O, store or out of memory; nothing more was done
 *   2  usage error
 *   3  partial success: some inputs were rejected (each named on stderr)
 *   4  not found: no such story or document, or nothing to show
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "cli/web_cmds.h"
#include "core/mem.h"
#include "article/html.h"
#include "ingest/ingest.h"
#include "pipeline/pipeline.h"
#include "render/docs.h"
#include "render/html.h"
#include "render/render.h"
#include "store/store.h"

#define NP_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_PARTIAL = 3, EXIT_NOTFOUND = 4 };

typedef struct cli {
    const char *db;
    int quiet;
    int progress;        /* stderr is a terminal and not --quiet */
    unsigned long warnings;
    double last_progress;
} cli;

static const char usage_main[] =
    "usage: newsprism [--db PATH] [--quiet] COMMAND [ARGS]\n"
    "\n"
    "Reads news articles, groups the reports of each event into stories and writes\n"
    "a cross-source brief of each story.\n"
    "\n"
    "commands:\n"
    "  ingest PATH...|-        read articles (text, HTML, WARC, JSONL; .gz too) into the store\n"
    "  group                   put documents an interrupted ingest left without a story into one\n"
    "  stories                 list the stories, largest first\n"
    "  brief [STORY|--all]     the brief of a story (default: the largest)\n"
    "  show DOC                one stored document: metadata and cleaned text\n"
    "  extract FILE...         clean and print articles without storing them\n"
    "  search QUERY            full-text search of the stored articles\n"
    "  serve                   a local web application on 127.0.0.1:8080\n"
    "  help [COMMAND]          help on a command\n"
    "\n"
    "options:\n"
    "  --db PATH|URL           the store (default ./newsprism.db, created if absent; or\n"
    "                          postgresql://user@host:port/dbname; NEWSPRISM_DB likewise)\n"
    "  --quiet                 no progress or warnings on stderr\n"
    "  --version               print the version\n"
    "\n"
    "exit codes: 0 ok, 1 failure (I/O, store, memory), 2 usage error,\n"
    "            3 some inputs rejected (named on stderr), 4 not found\n";

static const char usage_ingest[] =
    "usage: newsprism ingest [--format auto|text|jsonl|html|warc] [--batch N] PATH...|-\n"
    "\n"
    "Reads files, folders (recursively) or stdin ('-'), cleans each article, stores it\n"
    "and groups it into a story.  The format is sniffed from the name and content\n"
    "unless --format says otherwise; .gz files are read transparently.  A document\n"
    "already stored (same cleaned text) changes nothing, unless it comes from\n"
    "another site (both URLs name a host): then it is stored as that site's copy.\n"
    "Each bad file, line or\n"
    "record is reported on stderr with its position and skipped.  Documents are\n"
    "committed in batches of N (default 500): an interrupted ingest keeps every\n"
    "committed batch.\n"
    "exit: 0 ok, 1 store failure, 2 usage, 3 some inputs rejected\n";

static const char usage_stories[] =
    "usage: newsprism stories [--format text|md|json]\n"
    "\nLists the stories (groups of reports of one event), largest first.  With\n"
    "--format json each story also lists its documents (\"docs\": id, doc, outlet,\n"
    "title, published, and copy_of for a copy of another document).\n";

static const char usage_group[] =
    "usage: newsprism group\n"
    "\nPuts every stored document that has no story yet into one.  `ingest` does\n"
    "this after each run; `group` finishes the work of an ingest that was\n"
    "interrupted.  `stories`, `brief` and `serve` never group (serve only\n"
    "writes its cache of built briefs); `stories` and `brief` say when\n"
    "documents are waiting.\n"
    "exit: 0 ok, 1 store failure\n";

static const char usage_brief[] =
    "usage: newsprism brief [STORY|--all] [--format text|md|json|html]\n"
    "\nThe cross-source brief of a story: facts and the outlets supporting them,\n"
    "single-source claims, quotes with each outlet's wording, entities, numbers,\n"
    "discrepancies, framing, timeline and summary.  Without STORY: the largest\n"
    "story.  JSON is the shape ../shared/tools/check_brief.py reads; html is one\n"
    "self-contained page (inline CSS, no script, no external requests).\n"
    "exit: 0 ok, 4 no such story\n";

static const char usage_show[] =
    "usage: newsprism show DOC [--format text|md|json]\n"
    "\nOne stored document by id, name (file base name or JSONL id) or URL.\n"
    "exit: 0 ok, 4 no such document\n";

static const char usage_extract[] =
    "usage: newsprism extract [--format text|md|json|jsonl] [--meta] [--input auto|text|html|warc|jsonl] FILE...\n"
    "\nCleans every article of each file and prints it without storing anything\n"
    "('-' reads stdin; .gz is read transparently).\n"
    "  --format text   the article text only, articles separated by a blank line\n"
    "                  (--meta adds the metadata above each one)\n"
    "  --format md     metadata and text as Markdown\n"
    "  --format json   one JSON object per article, with \"extraction\": the HTML pass\n"
    "                  that found the text (main, wider, density, jsonld, description)\n"
    "  --format jsonl  one article a line with the fields `ingest` reads back, so\n"
    "                  `newsprism extract --format jsonl -` works as a stdin->stdout\n"
    "                  mapper (input JSONL lines may carry \"html\" instead of \"text\")\n"
    "An input with no article (an index page, a login wall, a video page) is\n"
    "named on stderr with a reason code; json and jsonl print it as a record\n"
    "{\"source\",\"reason\",\"error\",\"text\":null}.\n"
    "exit: 0 ok, 3 some inputs gave no article\n";

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void print_error(const char *what, const np_error *e)
{
    char msg[1400];
    np_error_format(e, msg, sizeof msg);
    fprintf(stderr, "newsprism: %s%s%s\n", what ? what : "", what ? ": " : "", msg);
}

static void on_warning(void *ctx, const np_error *w)
{
    cli *c = ctx;
    c->warnings++;
    if (c->quiet)
        return;
    char msg[1400];
    np_error_format(w, msg, sizeof msg);
    fprintf(stderr, "%snewsprism: warning: %s\n", c->progress ? "\r\033[K" : "", msg);
}

static void on_progress(void *ctx, const np_ingest_report *r)
{
    cli *c = ctx;
    if (!c->progress)
        return;
    double t = now_seconds();
    if (t - c->last_progress < 0.2)
        return;
    c->last_progress = t;
    fprintf(stderr, "\r\033[Kingesting: %llu files, %llu documents (%llu new, %llu already stored), %llu rejected",
            (unsigned long long)r->input.files, (unsigned long long)r->input.docs,
            (unsigned long long)r->stored, (unsigned long long)r->duplicates,
            (unsigned long long)r->input.rejected);
}

static int write_buf(np_buf *b)
{
    if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len)
        return EXIT_FAIL;
    return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

/* ingest creates the store; the other commands only read one that exists. */
static int open_store(cli *c, np_store **st, int create)
{
    np_error e;
    np_error_clear(&e);
    np_status s = np_store_open_mode(c->db, create, st, &e);
    if (s) {
        print_error("cannot open the store", &e);
        return s == NP_ENOTFOUND ? EXIT_NOTFOUND : EXIT_FAIL;
    }
    return EXIT_OK;
}

static int is_help(const char *a)
{
    return strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0;
}

static int parse_render_format(const char *v, np_render_format *fmt)
{
    if (np_render_format_parse(v, fmt) != NP_OK) {
        fprintf(stderr, "newsprism: unknown output format '%s' (text, md or json)\n", v);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* ---- ingest ---------------------------------------------------------------- */

static int cmd_ingest(cli *c, int argc, char **argv)
{
    np_pipeline_opts opts;
    np_pipeline_opts_default(&opts);
    const char **paths = np_calloc((size_t)argc + 1, sizeof *paths);
    size_t n = 0;
    int only_paths = 0;
    if (!paths)
        return EXIT_FAIL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!only_paths && is_help(a)) {
            fputs(usage_ingest, stdout);
            np_free(paths);
            return EXIT_OK;
        } else if (!only_paths && strcmp(a, "--") == 0) {
            only_paths = 1;
        } else if (!only_paths && strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (np_format_parse(argv[++i], &opts.format) != NP_OK) {
                fprintf(stderr, "newsprism: unknown input format '%s'\n%s", argv[i], usage_ingest);
                np_free(paths);
                return EXIT_USAGE;
            }
        } else if (!only_paths && strcmp(a, "--batch") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 1000000) {
                fprintf(stderr, "newsprism: --batch takes a number from 1 to 1000000\n");
                np_free(paths);
                return EXIT_USAGE;
            }
            opts.batch_size = (size_t)v;
        } else if (!only_paths && a[0] == '-' && a[1] == '-') {
            fprintf(stderr, "newsprism: unknown option '%s'\n%s", a, usage_ingest);
            np_free(paths);
            return EXIT_USAGE;
        } else {
            paths[n++] = a;
        }
    }
    if (n == 0) {
        fputs(usage_ingest, stderr);
        np_free(paths);
        return EXIT_USAGE;
    }
    np_store *st;
    int rc = open_store(c, &st, 1);
    if (rc) {
        np_free(paths);
        return rc;
    }
    opts.on_warning = on_warning;
    opts.on_progress = on_progress;
    opts.ctx = c;
    np_ingest_report r;
    np_error e;
    np_error_clear(&e);
    double t0 = now_seconds();
    np_status s = np_pipeline_ingest(st, paths, n, &opts, &r, &e);
    double dt = now_seconds() - t0;
    if (c->progress)
        fputs("\r\033[K", stderr);
    np_store_close(st);
    np_free(paths);
    if (s) {
        print_error("ingest failed", &e);
        fprintf(stderr, "newsprism: %llu new documents committed before the failure are kept\n",
                (unsigned long long)r.stored);
        return EXIT_FAIL;
    }
    if (!c->quiet)
        fprintf(stdout,
                "ingested %llu files: %llu documents (%llu new, %llu already stored), "
                "%llu rejected, %llu not articles; %llu grouped into stories (%llu new) in %.2fs\n",
                (unsigned long long)r.input.files, (unsigned long long)r.input.docs,
                (unsigned long long)r.stored, (unsigned long long)r.duplicates,
                (unsigned long long)r.input.rejected, (unsigned long long)r.input.ignored,
                (unsigned long long)r.grouped, (unsigned long long)r.new_stories, dt);
    return r.input.rejected ? EXIT_PARTIAL : EXIT_OK;
}

/* ---- stories / brief / show ------------------------------------------------- */

/* Write what a renderer put in out (s: how it went) to stdout, and free
 * it: the exit code. */
static int write_rendered(np_status s, np_buf *out)
{
    int rc = s ? EXIT_FAIL : write_buf(out);
    np_buf_free(out);
    return rc;
}

static int parse_format_only(int argc, char **argv, const char *usage, np_render_format *fmt,
                             const char **positional)
{
    *positional = NULL;
    for (int i = 0; i < argc; i++) {
        if (is_help(argv[i])) {
            fputs(usage, stdout);
            return -1;
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            int rc = parse_render_format(argv[++i], fmt);
            if (rc)
                return rc;
        } else if (argv[i][0] == '-' && argv[i][1] == '-' && strcmp(argv[i], "--all") != 0) {
            fprintf(stderr, "newsprism: unknown option '%s'\n%s", argv[i], usage);
            return EXIT_USAGE;
        } else if (!*positional) {
            *positional = argv[i];
        } else {
            fprintf(stderr, "newsprism: unexpected argument '%s'\n%s", argv[i], usage);
            return EXIT_USAGE;
        }
    }
    return EXIT_OK;
}

static np_status note_waiting(void *ctx, int64_t doc_id, int64_t story_id, const void *blob, size_t len)
{
    *(int *)ctx = 1;
    return NP_OK;
}

/* Read commands never group (they never write); they say so when an
 * interrupted ingest left documents without a story. */
static void warn_if_waiting(cli *c, np_store *st)
{
    int waiting = 0;
    if (!c->quiet && np_store_each_ungrouped_features(st, 1, note_waiting, &waiting, NULL) == NP_OK && waiting)
        fprintf(stderr, "newsprism: some stored documents have no story yet (an interrupted ingest?): "
                        "run 'newsprism group'\n");
}

static int cmd_group(cli *c, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (is_help(argv[i])) {
            fputs(usage_group, stdout);
            return EXIT_OK;
        }
        fprintf(stderr, "newsprism: unexpected argument '%s'\n%s", argv[i], usage_group);
        return EXIT_USAGE;
    }
    np_store *st;
    int rc = open_store(c, &st, 0);
    if (rc)
        return rc;
    np_error e;
    np_error_clear(&e);
    uint64_t grouped = 0, created = 0;
    np_status s = np_pipeline_group(st, &grouped, &created, &e);
    np_store_close(st);
    if (s) {
        print_error("cannot group", &e);
        return EXIT_FAIL;
    }
    if (!c->quiet)
        fprintf(stderr, "%llu documents grouped into stories (%llu new)\n", (unsigned long long)grouped,
                (unsigned long long)created);
    return EXIT_OK;
}

static int cmd_stories(cli *c, int argc, char **argv)
{
    np_render_format fmt = NP_RENDER_TEXT;
    const char *pos;
    int rc = parse_format_only(argc, argv, usage_stories, &fmt, &pos);
    if (rc)
        return rc < 0 ? EXIT_OK : rc;
    if (pos) {
        fprintf(stderr, "newsprism: unexpected argument '%s'\n%s", pos, usage_stories);
        return EXIT_USAGE;
    }
    np_store *st;
    if ((rc = open_store(c, &st, 0)))
        return rc;
    np_error e;
    np_error_clear(&e);
    np_story_list list;
    warn_if_waiting(c, st);
    np_status s = np_store_list_stories(st, &list, &e);
    if (!s && fmt == NP_RENDER_JSON && (s = np_store_story_members(st, &list, &e)))
        np_store_stories_free(&list);
    np_store_close(st);
    if (s) {
        print_error("cannot list stories", &e);
        return EXIT_FAIL;
    }
    np_buf out;
    np_buf_init(&out, 0);
    s = np_render_story_list(&list, fmt, &out);
    np_store_stories_free(&list);
    return write_rendered(s, &out);
}

static int parse_story_id(const char *s, int64_t *id)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || v <= 0)
        return -1;
    *id = v;
    return 0;
}

static np_status brief_to_html(np_buf *out)
{
    np_buf page;
    np_buf_init(&page, 0);
    np_html_opts o = {.standalone = 1};
    np_status s = np_html_brief_page(out->data, out->len, &o, &page);
    np_buf_free(out);
    *out = page;
    return s;
}

static int cmd_brief(cli *c, int argc, char **argv)
{
    np_render_format fmt = NP_RENDER_TEXT;
    const char *pos;
    /* html is rendered from the JSON form (render/html.h). */
    int html = 0;
    for (int i = 0; i + 1 < argc; i++)
        if (strcmp(argv[i], "--format") == 0 && strcmp(argv[i + 1], "html") == 0) {
            html = 1;
            argv[i + 1] = (char *)"json";
        }
    int rc = parse_format_only(argc, argv, usage_brief, &fmt, &pos);
    if (rc)
        return rc < 0 ? EXIT_OK : rc;
    int all = 0;
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--all") == 0)
            all = 1;
    if (all && pos && strcmp(pos, "--all") != 0) {
        fprintf(stderr, "newsprism: give a STORY or --all, not both\n%s", usage_brief);
        return EXIT_USAGE;
    }
    int64_t want = 0;
    if (pos && strcmp(pos, "--all") != 0 && parse_story_id(pos, &want)) {
        fprintf(stderr, "newsprism: '%s' is not a story number (see 'newsprism stories')\n", pos);
        return EXIT_USAGE;
    }
    np_store *st;
    if ((rc = open_store(c, &st, 0)))
        return rc;
    np_error e;
    np_error_clear(&e);
    np_story_list list = {0};
    warn_if_waiting(c, st);
    np_status s = NP_OK;
    if (!want)
        s = np_store_list_stories(st, &list, &e);
    if (!s && want) /* a story merged into another answers under its old id */
        s = np_store_resolve_story(st, want, &want, &e);
    if (s) {
        print_error("cannot read stories", &e);
        np_store_close(st);
        return EXIT_FAIL;
    }
    size_t n_ids = want ? 1 : (all ? list.n : (list.n ? 1 : 0));
    if (n_ids == 0) {
        fprintf(stderr, "newsprism: no stories yet: run 'newsprism ingest PATH' first\n");
        np_store_close(st);
        return EXIT_NOTFOUND;
    }
    np_brief **briefs = np_calloc(n_ids, sizeof *briefs);
    np_brief_env *env = n_ids > 1 ? np_brief_env_new(NULL, &e) : NULL;
    rc = briefs && (n_ids == 1 || env) ? EXIT_OK : EXIT_FAIL;
    for (size_t i = 0; i < n_ids && !rc; i++) {
        int64_t id = want ? want : list.rows[i].id;
        s = np_pipeline_brief(st, env, id, &briefs[i], &e);
        if (s) {
            print_error("cannot build the brief", &e);
            rc = s == NP_ENOTFOUND ? EXIT_NOTFOUND : EXIT_FAIL;
        }
    }
    np_brief_env_free(env);
    np_store_stories_free(&list);
    np_store_close(st);
    if (!rc) {
        np_buf out;
        np_buf_init(&out, 0);
        s = np_render_briefs((const np_brief *const *)briefs, n_ids, fmt, &out);
        if (!s && html)
            s = brief_to_html(&out);
        rc = write_rendered(s, &out);
    }
    for (size_t i = 0; briefs && i < n_ids; i++)
        np_brief_free(briefs[i]);
    np_free(briefs);
    return rc;
}

static int cmd_show(cli *c, int argc, char **argv)
{
    np_render_format fmt = NP_RENDER_TEXT;
    const char *pos;
    int rc = parse_format_only(argc, argv, usage_show, &fmt, &pos);
    if (rc)
        return rc < 0 ? EXIT_OK : rc;
    if (!pos) {
        fputs(usage_show, stderr);
        return EXIT_USAGE;
    }
    np_store *st;
    if ((rc = open_store(c, &st, 0)))
        return rc;
    np_error e;
    np_error_clear(&e);
    np_doc *d = NULL;
    int64_t story = 0;
    np_status s = np_store_get_doc(st, pos, &d, &e);
    if (!s)
        s = np_store_doc_story(st, d->rowid, &story, &e);
    np_store_close(st);
    if (s) {
        print_error(NULL, &e);
        np_doc_free(d);
        return s == NP_ENOTFOUND ? EXIT_NOTFOUND : EXIT_FAIL;
    }
    np_buf out;
    np_buf_init(&out, 0);
    s = np_render_doc(d, story, fmt, &out);
    np_doc_free(d);
    return write_rendered(s, &out);
}

/* extract: each article is printed as the ingest delivers it. */
typedef struct extract_ctx {
    cli *c;
    np_render_format fmt;
    int jsonl, meta;
    unsigned long docs, empty;
    int failed_write;
} extract_ctx;

static np_status extract_write(extract_ctx *x, np_buf *out)
{
    if (write_buf(out)) {
        x->failed_write = 1;
        return NP_EIO;
    }
    return NP_OK;
}

static np_status extract_on_doc(void *ctx, np_doc *d)
{
    extract_ctx *x = ctx;
    np_buf out;
    np_buf_init(&out, 0);
    np_status s = NP_OK;
    if (x->jsonl)
        s = np_render_doc_jsonl(d, &out);
    else if (x->fmt == NP_RENDER_TEXT && !x->meta)
        s = np_buf_printf(&out, "%s%s\n", x->docs ? "\n" : "", d->text ? d->text : "");
    else {
        if (x->docs && x->fmt != NP_RENDER_JSON)
            s = np_buf_append_str(&out, "\n");
        if (!s)
            s = np_render_doc(d, 0, x->fmt, &out);
    }
    x->docs++;
    np_doc_free(d);
    if (!s)
        s = extract_write(x, &out);
    np_buf_free(&out);
    return s;
}

/* Warnings go to stderr; an input that gave no article also becomes a
 * record in json/jsonl output, so a batch's output accounts for every page. */
static void extract_on_warning(void *ctx, const np_error *w)
{
    extract_ctx *x = ctx;
    on_warning(x->c, w);
    char code[32];
    const char *reason = np_article_reason(w, code, sizeof code);
    if (!reason)
        return;
    x->empty++;
    if (!x->jsonl && x->fmt != NP_RENDER_JSON)
        return;
    char where[600];
    if (w->line > 0)
        snprintf(where, sizeof where, "%s:%ld", w->file, w->line);
    else
        snprintf(where, sizeof where, "%s", w->file);
    np_buf out;
    np_buf_init(&out, 0);
    if (np_render_no_article(where, reason, w->msg, x->jsonl, &out) == NP_OK)
        extract_write(x, &out);
    np_buf_free(&out);
}

static int cmd_extract(cli *c, int argc, char **argv)
{
    extract_ctx x;
    memset(&x, 0, sizeof x);
    x.c = c;
    x.fmt = NP_RENDER_TEXT;
    np_format input = NP_FORMAT_AUTO;
    int rc = EXIT_OK, files = 0;
    for (int i = 0; i < argc; i++) {
        if (is_help(argv[i])) {
            fputs(usage_extract, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            if (strcmp(argv[++i], "jsonl") == 0 || strcmp(argv[i], "ndjson") == 0)
                x.jsonl = 1;
            else if ((rc = parse_render_format(argv[i], &x.fmt)))
                return rc;
        } else if (strcmp(argv[i], "--meta") == 0) {
            x.meta = 1;
        } else if (strcmp(argv[i], "--input") == 0 && i + 1 < argc) {
            if (np_format_parse(argv[++i], &input) != NP_OK) {
                fprintf(stderr, "newsprism: unknown input format '%s'\n", argv[i]);
                return EXIT_USAGE;
            }
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            fprintf(stderr, "newsprism: unknown option '%s'\n%s", argv[i], usage_extract);
            return EXIT_USAGE;
        }
    }
    np_ingest ig;
    np_ingest_init(&ig);
    ig.format = input;
    ig.on_doc = extract_on_doc;
    ig.on_warning = extract_on_warning;
    ig.ctx = &x;
    int failed = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--format") == 0 || strcmp(argv[i], "--input") == 0) {
            i++;
            continue;
        }
        if (strcmp(argv[i], "--meta") == 0)
            continue;
        files++;
        np_error e;
        np_error_clear(&e);
        uint64_t before_docs = ig.stats.docs, before_rej = ig.stats.rejected;
        np_status s = np_ingest_path(&ig, argv[i], &e);
        if (s) {
            np_ingest_cleanup(&ig);
            if (!x.failed_write)
                print_error(NULL, &e);
            return EXIT_FAIL;
        }
        if (ig.stats.rejected > before_rej || ig.stats.docs == before_docs) {
            failed++;
            if (ig.stats.docs == before_docs && ig.stats.rejected == before_rej)
                fprintf(stderr, "newsprism: %s: no article found\n", argv[i]);
        }
    }
    np_ingest_cleanup(&ig);
    if (files == 0) {
        fputs(usage_extract, stderr);
        return EXIT_USAGE;
    }
    return failed ? EXIT_PARTIAL : EXIT_OK;
}

/* ---- dispatch ------------------------------------------------------------------ */

static int cmd_search(cli *c, int argc, char **argv)
{
    return np_cli_search(c->db, argc, argv);
}

static int cmd_serve(cli *c, int argc, char **argv)
{
    return np_cli_serve(c->db, c->quiet, argc, argv);
}

typedef struct command {
    const char *name;
    int (*run)(cli *c, int argc, char **argv);
    const char *usage;
} command;

static const command commands[] = {
    {"ingest", cmd_ingest, usage_ingest},   {"group", cmd_group, usage_group},
    {"stories", cmd_stories, usage_stories},
    {"brief", cmd_brief, usage_brief},      {"show", cmd_show, usage_show},
    {"extract", cmd_extract, usage_extract},
    {"search", cmd_search, np_cli_usage_search},
    {"serve", cmd_serve, np_cli_usage_serve},
};

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    cli c = {.db = getenv("NEWSPRISM_DB")};
    if (!c.db || !*c.db)
        c.db = "newsprism.db";
    /* Global options may come before or after the command name. */
    char **rest = np_calloc((size_t)argc + 1, sizeof *rest);
    if (!rest)
        return EXIT_FAIL;
    int n = 0;
    const command *cmd = NULL;
    int help = 0, after_dashdash = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!after_dashdash && strcmp(a, "--db") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "newsprism: --db needs a path\n");
                np_free(rest);
                return EXIT_USAGE;
            }
            c.db = argv[++i];
            if (!*c.db) {
                fprintf(stderr, "newsprism: --db needs a path\n");
                np_free(rest);
                return EXIT_USAGE;
            }
        } else if (!after_dashdash && strncmp(a, "--db=", 5) == 0) {
            c.db = a + 5;
            if (!*c.db) {
                fprintf(stderr, "newsprism: --db needs a path\n");
                np_free(rest);
                return EXIT_USAGE;
            }
        } else if (!after_dashdash && (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0)) {
            c.quiet = 1;
        } else if (!after_dashdash && strcmp(a, "--version") == 0 && !cmd) {
            printf("newsprism %s\n", NP_VERSION);
            np_free(rest);
            return EXIT_OK;
        } else if (!cmd && !after_dashdash && is_help(a)) {
            help = 1;
        } else if (!cmd && strcmp(a, "help") == 0) {
            help = 1;
        } else if (!cmd && a[0] != '-') {
            if (help) {
                const command *h = find_command(a);
                fputs(h ? h->usage : usage_main, stdout);
                np_free(rest);
                return h ? EXIT_OK : EXIT_USAGE;
            }
            cmd = find_command(a);
            if (!cmd) {
                fprintf(stderr, "newsprism: unknown command '%s'\n\n%s", a, usage_main);
                np_free(rest);
                return EXIT_USAGE;
            }
        } else {
            if (strcmp(a, "--") == 0)
                after_dashdash = 1;
            if (!cmd) {
                fprintf(stderr, "newsprism: unknown option '%s'\n\n%s", a, usage_main);
                np_free(rest);
                return EXIT_USAGE;
            }
            rest[n++] = argv[i];
        }
    }
    if (!cmd) {
        fputs(usage_main, help ? stdout : stderr);
        np_free(rest);
        return help ? EXIT_OK : EXIT_USAGE;
    }
    c.progress = !c.quiet && isatty(STDERR_FILENO);
    int rc = cmd->run(&c, n, rest);
    np_free(rest);
    return rc;
}
