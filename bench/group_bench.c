/*
 * bench/group_bench.c — story grouping alone, without the store: reads JSONL
 * articles ({"id","title","text","published",...}) from a file or stdin,
 * computes their grouping features, groups them online in arrival order and
 * prints the figures on stderr: documents, seconds spent featurizing and
 * grouping (each timed apart), grouping documents/s, stories, peak RSS.
 *
 * usage: group_bench [--plain] [--threshold X] [--merge X] [--window N]
 *                    [--no-dates] [--batch N] [--out PRED.jsonl] [FILE|-]
 *   --plain      the baseline: tf-idf centroid single pass, content only
 *   --no-dates   ignore publication dates (as if every document had none)
 *   --batch      documents read, then observed together, then placed (default 1000)
 *   --out        write {"id","cluster"} per document (merged stories resolved)
 */
#include <jansson.h>
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

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Follow merges to the story that absorbed s. */
static int64_t resolve(np_u64map *alias, int64_t s)
{
    uint64_t *to;
    while ((to = np_u64map_get(alias, (uint64_t)s)) && *to)
        s = (int64_t)*to;
    return s;
}

int main(int argc, char **argv)
{
    np_grouper_opts o;
    np_grouper_opts_default(&o);
    const char *in_path = "-", *out_path = NULL;
    int no_dates = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--plain"))
            o.plain = 1;
        else if (!strcmp(argv[i], "--no-dates"))
            no_dates = 1;
        else if (!strcmp(argv[i], "--threshold") && i + 1 < argc)
            o.story_threshold = atof(argv[++i]);
        else if (!strcmp(argv[i], "--merge") && i + 1 < argc)
            o.merge_threshold = atof(argv[++i]);
        else if (!strcmp(argv[i], "--window") && i + 1 < argc)
            o.window_docs = (uint32_t)atol(argv[++i]);
        else if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            i++;
        else if (!strcmp(argv[i], "--out") && i + 1 < argc)
            out_path = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1])
            return fprintf(stderr, "group_bench: unknown option %s\n", argv[i]), 2;
        else
            in_path = argv[i];
    }
    FILE *in = strcmp(in_path, "-") ? fopen(in_path, "r") : stdin;
    if (!in)
        return perror(in_path), 1;
    np_featurizer *fz;
    np_grouper *g;
    if (np_featurizer_new(&fz) || np_grouper_new(&o, &g))
        return fprintf(stderr, "group_bench: out of memory\n"), 1;
    char **ids = NULL;
    int64_t *story = NULL;
    size_t n = 0, cap = 0;
    np_u64map alias;
    np_u64map_init(&alias);
    int64_t next_story = 1, merges = 0, copies = 0;
    double t_feat = 0, t_group = 0;
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t len;
    size_t batch = 1000;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = (size_t)atol(argv[i + 1]);
    np_features *fs = calloc(batch ? batch : 1, sizeof *fs);
    char **bids = calloc(batch ? batch : 1, sizeof *bids);
    np_group_place *places = calloc(batch ? batch : 1, sizeof *places);
    int64_t *docids = calloc(batch ? batch : 1, sizeof *docids);
    if (!fs || !bids || !places || !docids)
        return fprintf(stderr, "group_bench: out of memory\n"), 1;
    int eof = 0;
    while (!eof) {
        /* one batch: read and featurize, observe all, then place each */
        size_t nb = 0;
        while (nb < batch && !(eof = (len = getline(&line, &line_cap, in)) <= 0)) {
            json_error_t je;
            json_t *j = json_loadb(line, (size_t)len, 0, &je);
            if (!j)
                continue;
            np_doc *d = np_doc_new();
            np_doc_set(&d->title, jstr(j, "title") ? jstr(j, "title") : "");
            np_doc_set(&d->text, jstr(j, "text") ? jstr(j, "text") : "");
            if (!no_dates && jstr(j, "published"))
                np_doc_set(&d->published, jstr(j, "published"));
            double t0 = now();
            np_status s = np_features_of_doc(fz, d, &fs[nb]);
            t_feat += now() - t0;
            np_doc_free(d);
            if (s)
                return fprintf(stderr, "group_bench: features: %s\n", np_status_name(s)), 1;
            bids[nb++] = out_path ? strdup(jstr(j, "id") ? jstr(j, "id") : "") : NULL;
            json_decref(j);
        }
        double t1 = now();
        for (size_t b = 0; b < nb; b++)
            np_grouper_observe(g, &fs[b]);
        np_group_merge *mg = NULL;
        size_t n_mg = 0;
        for (size_t b = 0; b < nb; b++)
            docids[b] = (int64_t)(n + b + 1);
        np_status s = np_grouper_place(g, fs, docids, nb, places, &mg, &n_mg);
        if (s)
            return fprintf(stderr, "group_bench: place: %s\n", np_status_name(s)), 1;
        int64_t first_new = next_story;
        for (size_t b = 0; b < nb; b++)
            if (!places[b].story_id && first_new + places[b].new_story > next_story)
                next_story = first_new + places[b].new_story;
        for (size_t k = 0; k < n_mg; k++) {
            merges++;
            uint64_t *a = np_u64map_slot(&alias, (uint64_t)mg[k].from);
            if (!a || (s = np_grouper_merge(g, mg[k].from, mg[k].into)))
                return fprintf(stderr, "group_bench: out of memory\n"), 1;
            *a = (uint64_t)mg[k].into;
        }
        np_free(mg);
        for (size_t b = 0; b < nb; b++) {
            int64_t sid = places[b].story_id ? places[b].story_id
                                             : first_new + places[b].new_story - 1;
            copies += places[b].duplicate_of != 0;
            if ((s = np_grouper_add(g, docids[b], sid, &fs[b])))
                return fprintf(stderr, "group_bench: add: %s\n", np_status_name(s)), 1;
            if (out_path) {
                if (n == cap) {
                    cap = cap ? cap * 2 : 1024;
                    ids = realloc(ids, cap * sizeof *ids);
                    story = realloc(story, cap * sizeof *story);
                    if (!ids || !story)
                        return fprintf(stderr, "group_bench: out of memory\n"), 1;
                }
                ids[n] = bids[b];
                story[n] = sid;
            }
            n++;
        }
        t_group += now() - t1;
        for (size_t b = 0; b < nb; b++)
            np_features_free(&fs[b]);
    }
    free(fs);
    free(bids);
    free(places);
    free(docids);
    free(line);
    if (in != stdin)
        fclose(in);
    if (out_path) {
        FILE *out = fopen(out_path, "w");
        if (!out)
            return perror(out_path), 1;
        for (size_t i = 0; i < n; i++) {
            json_t *o2 = json_pack("{s:s, s:I}", "id", ids[i], "cluster",
                                   (json_int_t)resolve(&alias, story[i]));
            char *txt = json_dumps(o2, JSON_COMPACT);
            fprintf(out, "%s\n", txt);
            free(txt);
            json_decref(o2);
            free(ids[i]);
        }
        fclose(out);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr,
            "%s docs %zu stories %lld merges %lld copies %lld live %u | features %.2fs | "
            "grouping %.2fs = %.0f docs/s | peak RSS %.1f MB\n",
            o.plain ? "plain" : "event", n, (long long)(next_story - 1 - merges),
            (long long)merges, (long long)copies, np_grouper_live_stories(g), t_feat, t_group,
            t_group > 0 ? n / t_group : 0.0, ru.ru_maxrss / 1024.0);
    free(ids);
    free(story);
    np_u64map_free(&alias);
    np_grouper_free(g);
    np_featurizer_free(fz);
    return 0;
}
