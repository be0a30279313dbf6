/* bench/analysis_bench.c — time of the per-article analysis (np_analyze) and
 * of each extractor, as ratios to one plain tokenizer pass over the same
 * text (the baseline, measured in the same run).
 *
 * usage: analysis_bench [FILE...]   (default: the seed articles of ../shared, else a
 * generated article).  Prints microseconds per article and per 1000 words. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/mem.h"
#include "extract/analysis.h"

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: robust to a shared, busy machine */
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t r;
    while (b && (r = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    if (b)
        b[n] = '\0';
    *len = n;
    return b;
}

/* A synthetic article: invented sentences repeated with varying numbers. */
static char *synthetic(size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    for (int i = 0; b && i < 40; i++)
        n += (size_t)snprintf(b + n, cap - n,
                              "Harbour Minister Lena Vostrikova said on Tuesday that %d ships had docked, "
                              "\"a record for November %d,\" she added. The Northern Grain Council (NGC) "
                              "expects $%d.5 million in fees.\n\n",
                              100 + i, 1 + i % 28, i + 1);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    char *texts[64];
    size_t lens[64], nt = 0, words = 0;
    glob_t g = {0};
    if (argc > 1) {
        for (int i = 1; i < argc && nt < 64; i++)
            if ((texts[nt] = read_all(argv[i], &lens[nt])) != NULL)
                nt++;
    } else {
        const char *sh = getenv("NP_SHARED");
        char pat[4096];
        snprintf(pat, sizeof pat, "%s/seeds/*.txt", sh && *sh ? sh : "../shared");
        if (glob(pat, 0, NULL, &g) == 0)
            for (size_t i = 0; i < g.gl_pathc && nt < 64; i++)
                if ((texts[nt] = read_all(g.gl_pathv[i], &lens[nt])) != NULL)
                    nt++;
        globfree(&g);
    }
    if (nt == 0) {
        texts[0] = synthetic(&lens[0]);
        nt = 1;
    }
    for (size_t i = 0; i < nt; i++)
        for (size_t k = 0; k + 1 < lens[i]; k++)
            words += (texts[i][k] != ' ' && texts[i][k] != '\n') && (texts[i][k + 1] == ' ' || texts[i][k + 1] == '\n');
    double t0 = now_us();
    np_gazetteer *gz = np_gazetteer_load(NULL, NULL);
    double t_gz = now_us() - t0;
    np_stemmer *st = np_stemmer_new();
    const int reps = 50;
    double t_tok = 0, t_sent = 0, t_ent = 0, t_quote = 0, t_date = 0, t_num = 0, t_all = 0, t_link = 0;
    for (int r = 0; r < reps; r++) {
        np_entity_linker *lk = np_entity_linker_new();
        for (size_t i = 0; i < nt; i++) {
            np_arena a;
            np_arena_init(&a, 0);
            np_token *tk;
            size_t n;
            np_span *sp;
            double s = now_us();
            np_tokenize(texts[i], lens[i], NULL, &a, &tk, &n);
            t_tok += now_us() - s;
            s = now_us();
            np_sentences_split(texts[i], lens[i], &sp, &n);
            t_sent += now_us() - s;
            np_entity_mention *em;
            size_t ne;
            s = now_us();
            np_entities_find(texts[i], lens[i], sp, n, gz, &a, &em, &ne);
            t_ent += now_us() - s;
            np_quote *q;
            size_t nq;
            s = now_us();
            np_quotes_find(texts[i], lens[i], sp, n, em, ne, &a, &q, &nq);
            t_quote += now_us() - s;
            np_date_mention *dm;
            size_t nd;
            s = now_us();
            np_dates_find(texts[i], lens[i], "2025-11-27", &a, &dm, &nd);
            t_date += now_us() - s;
            np_number_mention *nm;
            size_t nn;
            s = now_us();
            np_numbers_find(texts[i], lens[i], &a, &nm, &nn);
            t_num += now_us() - s;
            free(sp);
            np_analysis an;
            s = now_us();
            np_analyze(texts[i], lens[i], "2025-11-27", st, gz, &a, &an);
            t_all += now_us() - s;
            s = now_us();
            for (size_t e = 0; e < an.n_ents; e++)
                np_entity_linker_add(lk, (int)i, texts[i], &an.ents[e]);
            t_link += now_us() - s;
            np_arena_free(&a);
        }
        double s = now_us();
        np_entity_linker_finish(lk);
        t_link += now_us() - s;
        np_entity_linker_free(lk);
    }
    double per = (double)reps * (double)nt;
    double base = t_tok / per;
    printf("articles: %zu, words: %zu (%.0f per article), reps: %d\n", nt, words, (double)words / nt, reps);
    printf("gazetteer load (once):   %9.1f us\n", t_gz);
    printf("baseline tokenize:       %9.1f us/article  (1.00x)\n", base);
    printf("sentences:               %9.1f us/article  (%.2fx)\n", t_sent / per, t_sent / per / base);
    printf("entities:                %9.1f us/article  (%.2fx)\n", t_ent / per, t_ent / per / base);
    printf("quotes:                  %9.1f us/article  (%.2fx)\n", t_quote / per, t_quote / per / base);
    printf("dates:                   %9.1f us/article  (%.2fx)\n", t_date / per, t_date / per / base);
    printf("numbers:                 %9.1f us/article  (%.2fx)\n", t_num / per, t_num / per / base);
    printf("np_analyze (all+stems):  %9.1f us/article  (%.2fx), %.1f us per 1000 words\n", t_all / per,
           t_all / per / base, t_all / reps / ((double)words / 1000.0));
    printf("linker (story of %zu):    %9.1f us/story\n", nt, t_link / reps);
    /* scale: one story made of 10 copies of every article */
    {
        np_arena a;
        np_arena_init(&a, 0);
        np_analysis an[64];
        for (size_t i = 0; i < nt; i++)
            np_analyze(texts[i], lens[i], "2025-11-27", NULL, gz, &a, &an[i]);
        size_t mentions = 0;
        double s = now_us();
        np_entity_linker *lk = np_entity_linker_new();
        for (int copy = 0; copy < 10; copy++)
            for (size_t i = 0; i < nt; i++)
                for (size_t e = 0; e < an[i].n_ents; e++, mentions++)
                    np_entity_linker_add(lk, copy * (int)nt + (int)i, texts[i], &an[i].ents[e]);
        np_entity_linker_finish(lk);
        double t = now_us() - s;
        printf("linker (story of %zu, %zu mentions): %9.1f us (%.2fx the 5-article story per mention)\n",
               10 * nt, mentions, t, (t / mentions) / (t_link / reps / (mentions / 10.0)));
        np_entity_linker_free(lk);
        np_arena_free(&a);
    }
    np_stemmer_free(st);
    np_gazetteer_free(gz);
    for (size_t i = 0; i < nt; i++)
        free(texts[i]);
    return 0;
}
