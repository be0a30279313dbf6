/*
 * bench/brief_bench.c — the cross-source brief on files given on the command
 * line.
 *
 *   brief_bench --json FILE...        print the JSON brief of the files as one
 *                                     story (doc key = file base name, text =
 *                                     the file as UTF-8)
 *   brief_bench --text|--md FILE...   the same for people
 *   brief_bench --stored N FILE...    the synthetic N-article story briefed
 *                                     with fresh analysis (keeping each
 *                                     document's encoded analysis), then
 *                                     from those stored analyses; times
 *                                     both and the blobs' size
 *   brief_bench --scale-json N FILE...  the JSON brief of that synthetic
 *                                     N-article story (no timing)
 *   brief_bench --scale N FILE...     build a synthetic N-article story by
 *                                     varying the files (paragraphs rotated,
 *                                     one dropped, numbers nudged) and time
 *                                     np_brief_build; the baseline is the
 *                                     brief of the files themselves, timed in
 *                                     the same run.  Language resources
 *                                     (np_brief_env) are loaded once and
 *                                     timed separately.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compare/brief.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "render/render.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    np_buf raw;
    np_buf_init(&raw, 64u << 20);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (np_buf_append(&raw, chunk, got) != NP_OK)
            break;
    fclose(f);
    np_buf clean;
    np_buf_init(&clean, 0);
    np_status st = np_utf8_sanitize(raw.data ? raw.data : "", raw.len, &clean, NULL);
    np_buf_free(&raw);
    if (st != NP_OK) {
        np_buf_free(&clean);
        return NULL;
    }
    return np_buf_take(&clean);
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* A variant of text for synthetic article k: paragraphs rotated by k, the
 * (k mod n)-th dropped, and digits of every 7th number bumped, so the
 * story has near-duplicates that still differ like rewrites do. */
static char *vary(const char *text, size_t k)
{
    size_t n = 0, cap = 16;
    const char **pa = malloc(cap * sizeof *pa);
    size_t *pl = malloc(cap * sizeof *pl);
    if (!pa || !pl) {
        free(pa);
        free(pl);
        return NULL;
    }
    const char *p = text;
    while (*p) {
        const char *e = strstr(p, "\n\n");
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (n == cap) {
            cap *= 2;
            const char **na = realloc(pa, cap * sizeof *pa);
            size_t *nl = realloc(pl, cap * sizeof *pl);
            if (!na || !nl) {
                free(na ? na : pa);
                free(nl ? nl : pl);
                return NULL;
            }
            pa = na;
            pl = nl;
        }
        pa[n] = p;
        pl[n] = len;
        n++;
        p += len;
        while (*p == '\n')
            p++;
    }
    np_buf out;
    np_buf_init(&out, 0);
    size_t drop = n > 3 ? k % n : n;
    for (size_t i = 0; i < n; i++) {
        size_t j = (i + k) % n;
        if (j == drop)
            continue;
        np_buf_append(&out, pa[j], pl[j]);
        np_buf_append_str(&out, "\n\n");
    }
    free(pa);
    free(pl);
    char *t = np_buf_take(&out);
    if (t && k % 3 == 1) {
        size_t nums = 0;
        for (char *c = t; *c; c++)
            if (*c >= '1' && *c <= '8' && (c == t || c[-1] == ' ') && ++nums % 7 == 0)
                (*c)++;
    }
    return t;
}

/* Brief time with fresh analysis vs. with each document's stored analysis
 * (decoded instead of recomputed); both briefs must be byte-identical. */
static int stored_bench(const np_brief_env *env, np_doc **docs, size_t n)
{
    void **blob = calloc(n, sizeof *blob);
    size_t *blen = calloc(n, sizeof *blen);
    if (!blob || !blen)
        return 1;
    np_error err;
    np_brief *b1 = NULL, *b2 = NULL;
    np_brief_analyses out = {NULL, NULL, blob, blen, 0, 0};
    double t0 = now();
    int rc = np_brief_build_with(env, (np_doc *const *)docs, n, 1, &out, &b1, &err) != NP_OK;
    double t1 = now();
    np_brief_analyses in = {(const void *const *)blob, blen, NULL, NULL, 0, 0};
    rc = rc || np_brief_build_with(env, (np_doc *const *)docs, n, 1, &in, &b2, &err) != NP_OK;
    double t2 = now();
    size_t bytes = 0, text = 0;
    for (size_t i = 0; i < n; i++) {
        bytes += blen[i];
        text += docs[i]->text ? strlen(docs[i]->text) : 0;
    }
    if (!rc) {
        np_buf j1, j2;
        np_buf_init(&j1, 0);
        np_buf_init(&j2, 0);
        const np_brief *o1 = b1, *o2 = b2;
        int same = np_render_briefs(&o1, 1, NP_RENDER_JSON, &j1) == NP_OK &&
                   np_render_briefs(&o2, 1, NP_RENDER_JSON, &j2) == NP_OK && j1.len == j2.len &&
                   !memcmp(j1.data, j2.data, j1.len);
        printf("brief of %zu articles, fresh analysis:  %.3f s (%zu analysed)\n", n, t1 - t0, out.computed);
        printf("brief of %zu articles, stored analysis: %.3f s (%zu decoded), %.0f%% of fresh\n", n, t2 - t1,
               in.reused, 100.0 * (t2 - t1) / (t1 - t0));
        printf("stored analyses: %zu bytes (%.2f bytes per byte of text)\n", bytes, text ? (double)bytes / (double)text : 0.0);
        printf("briefs identical: %s\n", same ? "yes" : "NO");
        rc = !same;
        np_buf_free(&j1);
        np_buf_free(&j2);
    } else {
        fprintf(stderr, "brief_bench: %s\n", err.msg);
    }
    np_brief_free(b1);
    np_brief_free(b2);
    for (size_t i = 0; i < n; i++)
        free(blob[i]);
    free(blob);
    free(blen);
    return rc;
}

static int usage(void)
{
    fprintf(stderr, "usage: brief_bench --json|--text|--md FILE...\n"
                    "       brief_bench --scale|--scale-json|--stored N FILE...\n");
    return 2;
}

static int build_and_time(const np_brief_env *env, np_doc **docs, size_t n, double *secs, np_brief **keep)
{
    np_error err;
    np_brief *b = NULL;
    double t0 = now();
    np_status st = np_brief_build_env(env, (np_doc *const *)docs, n, 1, &b, &err);
    *secs = now() - t0;
    if (st != NP_OK) {
        char msg[1200];
        np_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "brief_bench: %s\n", msg);
        return 1;
    }
    if (keep)
        *keep = b;
    else
        np_brief_free(b);
    return 0;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    if (argc < 3)
        return usage();
    const char *mode = argv[1];
    size_t scale = 0;
    int first = 2;
    np_render_format fmt = NP_RENDER_JSON;
    int print_scaled = strcmp(mode, "--scale-json") == 0;
    int stored = strcmp(mode, "--stored") == 0;
    if (strcmp(mode, "--scale") == 0 || print_scaled || stored) {
        if (argc < 4)
            return usage();
        scale = strtoul(argv[2], NULL, 10);
        first = 3;
        if (!scale)
            return usage();
    } else if (strcmp(mode, "--text") == 0) {
        fmt = NP_RENDER_TEXT;
    } else if (strcmp(mode, "--md") == 0) {
        fmt = NP_RENDER_MARKDOWN;
    } else if (strcmp(mode, "--json") != 0) {
        return usage();
    }
    size_t nf = (size_t)(argc - first);
    char **texts = calloc(nf, sizeof *texts);
    if (!texts)
        return 1;
    for (size_t i = 0; i < nf; i++) {
        texts[i] = read_text(argv[first + (int)i]);
        if (!texts[i]) {
            fprintf(stderr, "brief_bench: cannot read %s\n", argv[first + (int)i]);
            return 1;
        }
    }
    size_t n = scale ? scale : nf;
    np_doc **docs = calloc(n, sizeof *docs);
    if (!docs)
        return 1;
    for (size_t i = 0; i < n; i++) {
        docs[i] = np_doc_new();
        if (!docs[i])
            return 1;
        char key[600];
        const char *bn = base_name(argv[first + (int)(i % nf)]);
        if (scale)
            snprintf(key, sizeof key, "%zu-%s", i, bn);
        else
            snprintf(key, sizeof key, "%s", bn);
        np_doc_set(&docs[i]->key, key);
        if (scale)
            np_doc_take(&docs[i]->text, vary(texts[i % nf], i / nf));
        else
            np_doc_set(&docs[i]->text, texts[i]);
        if (!docs[i]->key || !docs[i]->text)
            return 1;
    }
    int rc = 0;
    np_error err;
    double te = now();
    np_brief_env *env = np_brief_env_new(NULL, &err);
    te = now() - te;
    if (!env) {
        fprintf(stderr, "brief_bench: cannot load language resources\n");
        return 1;
    }
    if (stored) {
        rc = stored_bench(env, docs, n);
    } else if (!scale || print_scaled) {
        double secs;
        np_brief *b = NULL;
        rc = build_and_time(env, docs, n, &secs, &b);
        if (!rc) {
            np_buf out;
            np_buf_init(&out, 0);
            const np_brief *one = b;
            if (np_render_briefs(&one, 1, fmt, &out) != NP_OK) {
                fprintf(stderr, "brief_bench: render failed\n");
                rc = 1;
            } else {
                fwrite(out.data, 1, out.len, stdout);
            }
            np_buf_free(&out);
            np_brief_free(b);
        }
    } else {
        np_doc **base = calloc(nf, sizeof *base);
        double tb = 0, ts = 0;
        for (size_t i = 0; i < nf && base; i++) {
            base[i] = np_doc_new();
            if (!base[i])
                return 1;
            np_doc_set(&base[i]->key, base_name(argv[first + (int)i]));
            np_doc_set(&base[i]->text, texts[i]);
        }
        rc = base ? build_and_time(env, base, nf, &tb, NULL) : 1;
        if (!rc)
            rc = build_and_time(env, docs, n, &ts, NULL);
        if (!rc) {
            printf("resources (gazetteer + WordNet senses, loaded once): %.3f s\n", te);
            printf("baseline: %zu articles in %.3f s (%.0f articles/s)\n", nf, tb, (double)nf / tb);
            printf("scaled:   %zu articles in %.3f s (%.0f articles/s)\n", n, ts, (double)n / ts);
            printf("ratio:    %.2fx the baseline time for %.1fx the articles (%.2fx per article)\n", ts / tb,
                   (double)n / (double)nf, (ts / (double)n) / (tb / (double)nf));
        }
        for (size_t i = 0; i < nf && base; i++)
            np_doc_free(base[i]);
        free(base);
    }
    np_brief_env_free(env);
    for (size_t i = 0; i < n; i++)
        np_doc_free(docs[i]);
    free(docs);
    for (size_t i = 0; i < nf; i++)
        free(texts[i]);
    free(texts);
    return rc;
}
