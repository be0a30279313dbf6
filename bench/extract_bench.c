/*
 * bench/extract_bench.c — time np_html_to_doc over a directory of gzipped
 * pages and write what it extracts.
 *
 * usage: extract_bench DATA_DIR OUT_DIR [REPEAT]
 *   DATA_DIR holds html/<id>.html.gz and optionally ground-truth.json (for
 *   each page's URL); OUT_DIR receives <id>.txt (the body) and meta.jsonl
 *   (title, author, dates, outlet, url, language, the extraction path, and
 *   for a page with no article the reason).
 * All pages are read and gunzipped first; the clock covers only
 * np_html_to_doc (charset, parse, content, metadata).  10 pages run untimed
 * first to warm caches; then REPEAT (default 3) timed passes, and the
 * figures of the median pass are printed, with the peak RSS.
 */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/mem.h"
#include "article/html.h"

typedef struct page {
    char id[128];
    char *url;
    char *html;
    size_t len;
} page;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static char *gunzip_file(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    np_buf b;
    np_buf_init(&b, 0);
    char chunk[65536];
    int n;
    while ((n = gzread(f, chunk, sizeof chunk)) > 0)
        if (np_buf_append(&b, chunk, (size_t)n) != NP_OK)
            break;
    gzclose(f);
    *len = b.len;
    return np_buf_take(&b);
}

static int cmp_page(const void *a, const void *b)
{
    return strcmp(((const page *)a)->id, ((const page *)b)->id);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void jput(json_t *o, const char *k, const char *v)
{
    if (v)
        json_object_set_new(o, k, json_string(v));
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    if (argc < 3) {
        fprintf(stderr, "usage: %s DATA_DIR OUT_DIR [REPEAT]\n", argv[0]);
        return 2;
    }
    const char *data = argv[1], *outdir = argv[2];
    int repeat = argc > 3 ? atoi(argv[3]) : 3;
    if (repeat < 1)
        repeat = 1;
    char path[4096];
    snprintf(path, sizeof path, "%s/ground-truth.json", data);
    json_t *gold = json_load_file(path, 0, NULL);
    snprintf(path, sizeof path, "%s/html", data);
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", path);
        return 1;
    }
    page *pages = NULL;
    size_t np = 0, cap = 0, total = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        const char *dot = strstr(de->d_name, ".html.gz");
        if (!dot || dot[8] != '\0' || (size_t)(dot - de->d_name) >= sizeof pages->id)
            continue;
        if (np == cap) {
            cap = cap ? cap * 2 : 256;
            pages = realloc(pages, cap * sizeof *pages);
            if (!pages)
                return 1;
        }
        page *p = &pages[np];
        memset(p, 0, sizeof *p);
        memcpy(p->id, de->d_name, (size_t)(dot - de->d_name));
        snprintf(path, sizeof path, "%s/html/%s", data, de->d_name);
        p->html = gunzip_file(path, &p->len);
        if (!p->html)
            continue;
        json_t *g = gold ? json_object_get(gold, p->id) : NULL;
        json_t *u = g ? json_object_get(g, "url") : NULL;
        p->url = json_is_string(u) ? strdup(json_string_value(u)) : NULL;
        total += p->len;
        np++;
    }
    closedir(d);
    qsort(pages, np, sizeof *pages, cmp_page);
    if (np == 0) {
        fprintf(stderr, "no pages in %s/html\n", data);
        return 1;
    }
    for (size_t i = 0; i < np && i < 10; i++) { /* warm-up, untimed */
        np_doc *doc = np_doc_new();
        np_html_to_doc(pages[i].html, pages[i].len, pages[i].url, NULL, doc, NULL);
        np_doc_free(doc);
    }
    double *pass_ms = calloc((size_t)repeat, sizeof *pass_ms);
    double *pass_cpu = calloc((size_t)repeat, sizeof *pass_cpu);
    size_t empty = 0, failed = 0;
    for (int r = 0; r < repeat; r++) {
        int last = r == repeat - 1;
        FILE *meta = NULL;
        if (last) {
            snprintf(path, sizeof path, "%s/meta.jsonl", outdir);
            meta = fopen(path, "w");
        }
        double sum = 0, cpu0 = cpu_ms();
        double slowest = 0;
        size_t slow_i = 0;
        for (size_t i = 0; i < np; i++) {
            np_doc *doc = np_doc_new();
            np_error err;
            double t0 = now_ms();
            np_status st = np_html_to_doc(pages[i].html, pages[i].len, pages[i].url, NULL, doc, &err);
            double dt = now_ms() - t0;
            sum += dt;
            if (dt > slowest) {
                slowest = dt;
                slow_i = i;
            }
            if (last) {
                if (st == NP_EEMPTY)
                    empty++;
                else if (st != NP_OK) {
                    failed++;
                    fprintf(stderr, "%s: %s: %s\n", pages[i].id, np_status_name(st), err.msg);
                }
                snprintf(path, sizeof path, "%s/%s.txt", outdir, pages[i].id);
                FILE *f = fopen(path, "w");
                if (f) {
                    if (doc->text)
                        fputs(doc->text, f);
                    fclose(f);
                }
                if (meta) {
                    json_t *o = json_object();
                    jput(o, "id", pages[i].id);
                    jput(o, "title", doc->title);
                    jput(o, "author", doc->author);
                    jput(o, "published", doc->published);
                    jput(o, "modified", doc->modified);
                    jput(o, "outlet", doc->outlet);
                    jput(o, "url", doc->url);
                    jput(o, "language", doc->language);
                    jput(o, "description", doc->description);
                    jput(o, "extraction", doc->extraction);
                    if (st == NP_EEMPTY)
                        jput(o, "reason", err.msg);
                    char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
                    if (line) {
                        fprintf(meta, "%s\n", line);
                        free(line);
                    }
                    json_decref(o);
                }
            }
            np_doc_free(doc);
        }
        pass_ms[r] = sum;
        if (last)
            printf("slowest page (last pass): %.2f ms, %s (%.0f KB)\n", slowest, pages[slow_i].id,
                   (double)pages[slow_i].len / 1024.0);
        pass_cpu[r] = cpu_ms() - cpu0; /* includes writing the outputs on the last pass */
        if (meta)
            fclose(meta);
    }
    qsort(pass_ms, (size_t)repeat, sizeof *pass_ms, cmp_double);
    qsort(pass_cpu, (size_t)repeat, sizeof *pass_cpu, cmp_double);
    double med = pass_ms[repeat / 2];
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("pages %zu   bytes %.1f MB   empty %zu   failed %zu\n", np, (double)total / 1e6, empty, failed);
    printf("newsprism: %.3f ms/page   %.1f pages/s   %.1f MB/s   (median of %d passes, min %.3f max %.3f ms/page)\n",
           med / (double)np, (double)np / (med / 1e3), (double)total / 1e6 / (med / 1e3), repeat,
           pass_ms[0] / (double)np, pass_ms[repeat - 1] / (double)np);
    printf("cpu time: %.3f ms/page (median pass; less sensitive to other load on the machine)\n",
           pass_cpu[repeat / 2] / (double)np);
    printf("peak RSS %.1f MB (all pages held in memory: %.1f MB)\n", (double)ru.ru_maxrss / 1024.0,
           (double)total / 1e6);
    for (size_t i = 0; i < np; i++) {
        free(pages[i].html);
        free(pages[i].url);
    }
    free(pages);
    free(pass_ms);
    free(pass_cpu);
    json_decref(gold);
    return 0;
}
