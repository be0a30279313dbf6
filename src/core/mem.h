/*
 * core/mem.h — the allocator every module goes through.
 *
 * Plain malloc/realloc/free semantics; memory from np_malloc is freed with
 * free() or np_free().  In a build with -DNP_ALLOC_TORTURE the test harness can
 * make the Nth allocation fail (np_mem_fail_after) to walk out-of-memory paths,
 * like curl's torture mode; in normal builds that switch does not exist.
 */
#ifndef NP_CORE_MEM_H
#define NP_CORE_MEM_H

#include <stddef.h>

#include "core/status.h"

void *np_malloc(size_t n);
void *np_calloc(size_t count, size_t size);
void *np_realloc(void *p, size_t n);
void np_free(void *p);
/* Copy of s (NULL gives NULL); caller frees. */
char *np_strdup(const char *s);
/* Copy of the first n bytes of s plus a NUL; caller frees. */
char *np_strndup(const char *s, size_t n);

/* Process-wide allocator settings, called once at the start of main() by
 * the programs (the CLI, the benchmarks), never by library code: glibc
 * hands memory back to the kernel as soon as 128 KiB are free at the top of
 * the heap and maps big blocks afresh, so arrays that grow past that and
 * are freed once per story or article (the entity linker's records, token
 * arrays) had their pages faulted in and zeroed again every time.
 * NP_OK when glibc took both settings; NP_EINVAL when it refused one (the
 * sanitizers' allocator refuses them all); NP_EUNSUPPORTED, doing nothing,
 * with other C libraries.  Either way the allocator works, only slower, so
 * callers may go on. */
np_status np_mem_tune_process(void);

#ifdef NP_ALLOC_TORTURE
/* Fail every allocation after `n` more succeed; n < 0 disables. */
void np_mem_fail_after(long n);
#endif

#endif
