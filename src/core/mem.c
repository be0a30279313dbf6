/* core/mem.c — allocation wrappers with an optional failure injector. */
#include "core/mem.h"

#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifdef NP_ALLOC_TORTURE
/* Test-only knob: the torture harness is single-threaded by design. */
static long fail_countdown = -1;
void np_mem_fail_after(long n) { fail_countdown = n; }
static int should_fail(void)
{
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0)
        return 1;
    fail_countdown--;
    return 0;
}
#else
static inline int should_fail(void) { return 0; }
#endif

void *np_malloc(size_t n) { return should_fail() ? NULL : malloc(n ? n : 1); }
void *np_calloc(size_t c, size_t s) { return should_fail() ? NULL : calloc(c ? c : 1, s ? s : 1); }
void *np_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n ? n : 1); }
void np_free(void *p) { free(p); }

np_status np_mem_tune_process(void)
{
#ifdef __GLIBC__
    /* keep up to 64 MiB free at the heap top, and take blocks up to 32 MiB
     * (glibc's maximum) from the heap rather than fresh mappings; mallopt
     * returns 0 when it refuses a setting */
    int trim = mallopt(M_TRIM_THRESHOLD, 64 << 20);
    int mmap = mallopt(M_MMAP_THRESHOLD, 32 << 20);
    return trim && mmap ? NP_OK : NP_EINVAL;
#else
    return NP_EUNSUPPORTED;
#endif
}

char *np_strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *d = np_malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *np_strdup(const char *s)
{
    return s ? np_strndup(s, strlen(s)) : NULL;
}
