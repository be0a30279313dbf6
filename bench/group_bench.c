/*
 * bench/group_bench.c — story grouping alone, without the store: reads
 * articles through the ingest (any format it reads; cleaned exactly as
 * `newsprism ingest` cleans them), computes their grouping features, groups
 * them online in arrival order, batch after batch, and prints the figures on
 * stderr: documents, seconds spent reading+cleaning, featurizing and grouping
 * (each timed apart, in CPU seconds), grouping documents/s, stories, peak RSS.
 *
 * usage: group_bench [--plain] [--batch N] [--threshold X] [--merge X] [--names X]
 *                    [--cohesion X] [--prior N] [--copies X] [--days N] [--attach-days N] [--recall 0|1] [--window N]
 *                    [--actor-docs N] [--actor-share X] [--actor-names N]
 *                    [--actor-spread X]
 *                    [--no-dates] [--out PRED.jsonl] FILE|-
 *   --plain      content only: one tf-idf vector, no names, dates or copies;
 *                with --batch 1 it is the plain single-pass baseline (each
 *                document joins the story of highest mean similarity, or starts one)
 *   --batch      documents observed together, then placed (default 2000, as the pipeline)
 *   --no-dates   ignore publication dates (as if every document had none)
 *   --out        write {"id","cluster"} per document (merged stories resolved)
 *   the others set np_grouper_opts (see cluster/grouper.h)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cluster/features.h"
#include "cluster/grouper.h"
#include "core/doc.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "ingest/ingest.h"

/* CPU time of this thread: the machine is shared, and the figure asked for
 * is documents per second of one core's work. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct bench {
    np_featurizer *fz;
    np_grouper *g;
    size_t batch, nb;
    np_features *fs;
    char **keys;
    int64_t *ids;
    np_group_place *places;
    int no_dates, keep;
    char **out_ids;      /* with --out: every document's key and story */
    int64_t *out_story;
    size_t n, cap;
    np_u64map alias;     /* merged story -> the story it went into */
    int64_t next_story, merges, copies;
    double t_feat, t_group;
} bench;

/* Follow merges to the story that absorbed s. */
static int64_t resolve(np_u64map *alias, int64_t s)
{
    uint64_t *to;
    while ((to = np_u64map_get(alias, (uint64_t)s)) && *to)
        s = (int64_t)*to;
    return s;
}

static np_status keep_result(bench *b, char *key, int64_t story)
{
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 1024;
        char **k = realloc(b->out_ids, nc * sizeof *k);
        if (!k)
            return NP_ENOMEM;
        b->out_ids = k;
        int64_t *s = realloc(b->out_story, nc * sizeof *s);
        if (!s)
            return NP_ENOMEM;
        b->out_story = s;
        b->cap = nc;
    }
    b->out_ids[b->n] = key;
    b->out_story[b->n] = story;
    return NP_OK;
}

/* Place the pending batch: observe, place, create, merge, add. */
static np_status flush(bench *b)
{
    double t0 = now();
    for (size_t i = 0; i < b->nb; i++) {
        np_grouper_observe(b->g, &b->fs[i]);
        b->ids[i] = (int64_t)(b->n + i + 1);
    }
    np_group_merge *mg = NULL;
    size_t n_mg = 0;
    np_status s = np_grouper_place(b->g, b->fs, b->ids, b->nb, b->places, &mg, &n_mg);
    int64_t first_new = b->next_story;
    for (size_t i = 0; i < b->nb && !s; i++)
        if (!b->places[i].story_id && first_new + b->places[i].new_story > b->next_story)
            b->next_story = first_new + b->places[i].new_story;
    for (size_t k = 0; k < n_mg && !s; k++) {
        b->merges++;
        uint64_t *a = np_u64map_slot(&b->alias, (uint64_t)mg[k].from);
        if (!a)
            s = NP_ENOMEM;
        else if (!(s = np_grouper_merge(b->g, mg[k].from, mg[k].into)))
            *a = (uint64_t)mg[k].into;
    }
    np_free(mg);
    for (size_t i = 0; i < b->nb && !s; i++) {
        int64_t sid = b->places[i].story_id ? b->places[i].story_id
                                            : first_new + b->places[i].new_story - 1;
        b->copies += b->places[i].duplicate_of != 0;
        s = np_grouper_add(b->g, b->ids[i], sid, &b->fs[i]);
        if (!s && b->keep) {
            s = keep_result(b, b->keys[i], sid);
            b->keys[i] = NULL;
        }
        b->n++;
    }
    b->t_group += now() - t0;
    for (size_t i = 0; i < b->nb; i++) {
        np_features_free(&b->fs[i]);
        free(b->keys[i]);
        b->keys[i] = NULL;
    }
    b->nb = 0;
    return s;
}

static np_status on_doc(void *ctx, np_doc *d)
{
    bench *b = ctx;
    if (b->no_dates) {
        np_free(d->published);
        d->published = NULL;
    }
    double t0 = now();
    np_status s = np_features_of_doc(b->fz, d, &b->fs[b->nb]);
    b->t_feat += now() - t0;
    if (!s && b->keep && !(b->keys[b->nb] = strdup(d->key ? d->key : "")))
        s = NP_ENOMEM;
    np_doc_free(d);
    if (s)
        return s;
    if (++b->nb == b->batch)
        return flush(b);
    return NP_OK;
}

static int write_out(bench *b, const char *path)
{
    FILE *out = fopen(path, "w");
    if (!out)
        return perror(path), 1;
    for (size_t i = 0; i < b->n; i++) {
        /* keys are ingest keys (JSONL ids, file names): JSON-escape quotes and backslashes */
        fputs("{\"id\": \"", out);
        for (const char *p = b->out_ids[i]; *p; p++) {
            if (*p == '"' || *p == '\\')
                fputc('\\', out);
            fputc(*p, out);
        }
        fprintf(out, "\", \"cluster\": %lld}\n", (long long)resolve(&b->alias, b->out_story[i]));
        free(b->out_ids[i]);
    }
    return fclose(out) ? 1 : 0;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    np_grouper_opts o;
    np_grouper_opts_default(&o);
    bench b;
    memset(&b, 0, sizeof b);
    b.batch = 2000;
    b.next_story = 1;
    const char *in_path = NULL, *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--plain"))
            o.plain = 1, o.cohesion = 0.5; /* the baseline as first measured: comparable
                                            * across commits whatever the defaults */
        else if (!strcmp(a, "--no-dates"))
            b.no_dates = 1;
        else if (!v && a[0] == '-' && a[1])
            return fprintf(stderr, "group_bench: %s needs a value\n", a), 2;
        else if (!strcmp(a, "--threshold"))
            o.story_threshold = atof(argv[++i]);
        else if (!strcmp(a, "--merge"))
            o.merge_threshold = atof(argv[++i]);
        else if (!strcmp(a, "--names"))
            o.name_share = atof(argv[++i]);
        else if (!strcmp(a, "--attach"))
            o.attach_max_docs = (uint32_t)atol(argv[++i]);
        else if (!strcmp(a, "--attach-words"))
            o.attach_words = atof(argv[++i]);
        else if (!strcmp(a, "--attach-fresh"))
            o.attach_fresh = (uint32_t)atol(argv[++i]);
        else if (!strcmp(a, "--attach-known"))
            o.attach_known = atof(argv[++i]);
        else if (!strcmp(a, "--attach-own"))
            o.attach_own = atof(argv[++i]);
        else if (!strcmp(a, "--attach-threshold"))
            o.attach_threshold = atof(argv[++i]);
        else if (!strcmp(a, "--actor-docs"))
            o.actor_min_docs = (uint32_t)atol(argv[++i]);
        else if (!strcmp(a, "--actor-share"))
            o.actor_share = atof(argv[++i]);
        else if (!strcmp(a, "--actor-spread"))
            o.actor_spread = atof(argv[++i]);
        else if (!strcmp(a, "--actor-names"))
            o.actor_names = (uint32_t)atol(argv[++i]);
        else if (!strcmp(a, "--cohesion"))
            o.cohesion = atof(argv[++i]);
        else if (!strcmp(a, "--prior"))
            o.idf_prior = atof(argv[++i]);
        else if (!strcmp(a, "--copies"))
            o.duplicate_threshold = atof(argv[++i]);
        else if (!strcmp(a, "--recall"))
            o.attach_recall = atoi(argv[++i]);
        else if (!strcmp(a, "--attach-days"))
            o.attach_days_apart = atoi(argv[++i]);
        else if (!strcmp(a, "--days"))
            o.text_days_apart = atoi(argv[++i]);
        else if (!strcmp(a, "--window"))
            o.window_docs = (uint32_t)atol(argv[++i]);
        else if (!strcmp(a, "--batch"))
            b.batch = (size_t)atol(argv[++i]);
        else if (!strcmp(a, "--out"))
            out_path = argv[++i];
        else if (a[0] == '-' && a[1])
            return fprintf(stderr, "group_bench: unknown option %s\n", a), 2;
        else
            in_path = a;
    }
    if (!in_path || b.batch == 0)
        return fprintf(stderr, "usage: group_bench [options] FILE|-  (see the source)\n"), 2;
    b.keep = out_path != NULL;
    b.fs = calloc(b.batch, sizeof *b.fs);
    b.keys = calloc(b.batch, sizeof *b.keys);
    b.ids = calloc(b.batch, sizeof *b.ids);
    b.places = calloc(b.batch, sizeof *b.places);
    np_u64map_init(&b.alias);
    if (!b.fs || !b.keys || !b.ids || !b.places || np_featurizer_new(&b.fz) ||
        np_grouper_new(&o, &b.g))
        return fprintf(stderr, "group_bench: out of memory\n"), 1;
    np_ingest ig;
    np_ingest_init(&ig);
    ig.on_doc = on_doc;
    ig.ctx = &b;
    ig.skip_language = 1; /* grouping does not use it */
    np_error err;
    np_error_clear(&err);
    double t0 = now();
    np_status s = np_ingest_path(&ig, in_path, &err);
    if (!s && b.nb)
        s = flush(&b);
    double t_all = now() - t0;
    np_ingest_cleanup(&ig);
    if (s)
        return fprintf(stderr, "group_bench: %s: %s\n", np_status_name(s), err.msg), 1;
    if (out_path && write_out(&b, out_path))
        return 1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr,
            "%-5s batch %zu: docs %zu stories %lld merges %lld copies %lld live %u | read+clean "
            "%.1fs features %.1fs grouping %.1fs = %.0f docs/s | peak RSS %.1f MB\n",
            o.plain ? "plain" : "event", b.batch, b.n, (long long)(b.next_story - 1 - b.merges),
            (long long)b.merges, (long long)b.copies, np_grouper_live_stories(b.g),
            t_all - b.t_feat - b.t_group, b.t_feat, b.t_group,
            b.t_group > 0 ? b.n / b.t_group : 0.0, ru.ru_maxrss / 1024.0);
    free(b.out_ids);
    free(b.out_story);
    free(b.fs);
    free(b.keys);
    free(b.ids);
    free(b.places);
    np_u64map_free(&b.alias);
    np_grouper_free(b.g);
    np_featurizer_free(b.fz);
    return 0;
}
