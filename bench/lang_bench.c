/* bench/lang_bench.c — cost of guessing a document's language (np_langid_guess)
 * per article, as ratios to two baselines measured in the same run:
 * np_analyze() on the same article (the per-document analysis it rides along
 * with) and libexttextcat's stock textcat_Classify() over the first 4 KB with
 * every fingerprint of fpdb.conf.
 *
 * usage: lang_bench [FILE...]   (default: the .txt files of examples/corpus).  Prints the
 * guess for each file, then microseconds per article (CPU time). */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <textcat.h>

#include "core/arena.h"
#include "core/mem.h"
#include "extract/analysis.h"
#include "article/lang.h"

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
    size_t cap = 1 << 16, n = 0, r;
    char *b = malloc(cap);
    while (b && (r = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    if (b)
        b[n] = '\0';
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    char *texts[256];
    const char *names[256];
    size_t lens[256], nt = 0;
    glob_t g = {0};
    if (argc > 1) {
        for (int i = 1; i < argc && nt < 256; i++)
            if ((texts[nt] = read_all(argv[i], &lens[nt])) != NULL)
                names[nt++] = argv[i];
    } else if (glob("examples/corpus/*.txt", 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc && nt < 256; i++)
            if ((texts[nt] = read_all(g.gl_pathv[i], &lens[nt])) != NULL)
                names[nt++] = g.gl_pathv[i];
    }
    if (nt == 0) {
        fprintf(stderr, "lang_bench: no input files\n");
        return 1;
    }
    double t0 = now_us();
    np_error e;
    np_langid *lid = np_langid_new(&e);
    double t_load = now_us() - t0;
    if (!lid) {
        fprintf(stderr, "lang_bench: %s\n", e.msg);
        return 1;
    }
    t0 = now_us();
    void *tc = special_textcat_Init("/usr/share/libexttextcat/fpdb.conf", "/usr/share/libexttextcat/");
    double t_tcload = now_us() - t0;
    np_gazetteer *gz = np_gazetteer_load(NULL, NULL);
    np_stemmer *st = np_stemmer_new();

    for (size_t i = 0; i < nt; i++) {
        char code[8];
        np_langid_guess(lid, texts[i], lens[i], code);
        printf("%-50s %-3s textcat: %s\n", names[i], code[0] ? code : "?",
               tc ? textcat_Classify(tc, texts[i], lens[i] < 4096 ? lens[i] : 4096) : "-");
    }
    const int reps = 20;
    double t_guess = 0, t_tc = 0, t_an = 0;
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < nt; i++) {
            char code[8];
            double s = now_us();
            np_langid_guess(lid, texts[i], lens[i], code);
            t_guess += now_us() - s;
            if (tc) {
                s = now_us();
                textcat_Classify(tc, texts[i], lens[i] < 4096 ? lens[i] : 4096);
                t_tc += now_us() - s;
            }
            np_arena a;
            np_arena_init(&a, 0);
            np_analysis an;
            s = now_us();
            np_analyze(texts[i], lens[i], "2025-11-27", st, gz, &a, &an);
            t_an += now_us() - s;
            np_arena_free(&a);
        }
    double per = (double)reps * (double)nt;
    printf("articles: %zu, reps: %d, languages loaded: %zu\n", nt, reps, np_langid_count(lid));
    printf("np_langid_new (once):          %9.1f us\n", t_load);
    printf("textcat_Init, all (once):      %9.1f us\n", t_tcload);
    printf("baseline np_analyze:           %9.1f us/article  (1.00x)\n", t_an / per);
    printf("np_langid_guess (2 KB):        %9.1f us/article  (%.2fx)\n", t_guess / per, t_guess / t_an);
    if (tc)
        printf("textcat_Classify (4 KB, all):  %9.1f us/article  (%.2fx)\n", t_tc / per, t_tc / t_an);
    if (tc)
        textcat_Done(tc);
    np_stemmer_free(st);
    np_gazetteer_free(gz);
    np_langid_free(lid);
    for (size_t i = 0; i < nt; i++)
        free(texts[i]);
    globfree(&g);
    return 0;
}
