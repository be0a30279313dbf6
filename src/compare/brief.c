/*
 * compare/brief.c — np_brief_build(): analyse every document of a story,
 * build the shared vocabulary and sentence vectors, then run the stages
 * (alignment → facts, quotes, discrepancies, framing, timeline, summary) and
 * copy entities and numbers.  See brief.h / brief_internal.h.
 */
#include "compare/brief.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/antonyms.h"
#include "compare/brief_internal.h"
#include "compare/names.h"
#include "core/hash.h"
#include "core/mem.h"
#include "extract/analysis_codec.h"
#include "extract/date.h"
#include "text/lexicon.h"

/* ------------------------------------------------------------- building */

static const char *fallback_date(np_story *s, size_t d)
{
    const np_doc *doc = s->docs[d];
    if (doc->published && np_date_parse_iso(doc->published, &(int64_t){0}, &(int){0}, &(int){0}))
        return doc->published;
    if (!doc->text)
        return NULL;
    /* No publication date (raw text): the dateline's date, else the day
     * the text reports on when it writes that day in full
     * (np_date_reference()), else none */
    const char *ref = NULL;
    if (np_date_reference(doc->text, strlen(doc->text), &s->work, &ref) != NP_OK)
        return NULL;
    return ref; /* marked NP_DATE_REF_APPROX unless it is the dateline's */
}

static np_status copy_docs(np_story *s)
{
    np_brief *b = s->brief;
    b->docs = np_calloc(s->n_docs ? s->n_docs : 1, sizeof *b->docs);
    if (!b->docs)
        return NP_ENOMEM;
    b->n_docs = s->n_docs;
    for (size_t i = 0; i < s->n_docs; i++) {
        const np_doc *d = s->docs[i];
        np_brief_doc *o = &b->docs[i];
        char tmp[32];
        if (d->key) {
            o->key = np_arena_strdup(&b->arena, d->key);
        } else {
            snprintf(tmp, sizeof tmp, "doc%zu", i + 1);
            o->key = np_arena_strdup(&b->arena, tmp);
        }
        o->title = np_arena_strdup(&b->arena, d->title);
        o->published = np_arena_strdup(&b->arena, d->published);
        o->author = np_arena_strdup(&b->arena, d->author);
        o->outlet = np_arena_strdup(&b->arena, d->outlet);
        o->text = np_arena_strdup(&b->arena, d->text ? d->text : "");
        if (!o->key || !o->text || (d->title && !o->title) || (d->published && !o->published) ||
            (d->author && !o->author) || (d->outlet && !o->outlet))
            return NP_ENOMEM;
    }
    return NP_OK;
}

static int same_date(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* Document i's analysis: decoded from the stored blob when there is a good
 * one (its dates resolved again when the story's reference date for the
 * document differs from the stored one), else computed, and then encoded
 * for the caller to store. */
static np_status analyse_doc(np_story *s, size_t i, const char *t)
{
    np_brief_analyses *ba = s->analyses;
    size_t len = strlen(t);
    if (ba && ba->in && ba->in[i]) {
        const char *ref = NULL;
        np_error e;
        np_status st = np_analysis_decode(ba->in[i], ba->in_len[i], t, len, &s->work, &s->an[i], &ref, &e);
        if (st == NP_OK) {
            ba->reused++;
            return same_date(ref, s->ref_date[i]) ? NP_OK : np_analysis_redate(&s->an[i], s->ref_date[i], &s->work);
        }
        if (st == NP_ENOMEM)
            return st;
        /* stale or damaged: analysed again below, and replaced */
    }
    np_status st = np_analyze(t, len, s->ref_date[i], s->st, s->gz, &s->work, &s->an[i]);
    if (st == NP_OK && ba && ba->out) {
        st = np_analysis_encode(&s->an[i], s->ref_date[i], &ba->out[i], &ba->out_len[i]);
        if (st == NP_OK)
            ba->computed++;
    }
    return st;
}

static np_status analyse_docs(np_story *s)
{
    s->an = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->an);
    s->ref_date = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->ref_date);
    s->tok_term = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->tok_term);
    s->tok_date = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->tok_date);
    s->tok_report = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *s->tok_report);
    if (!s->an || !s->ref_date || !s->tok_term || !s->tok_date || !s->tok_report)
        return NP_ENOMEM;
    /* reference dates: own publication date, else the latest date written
     * in full in the text, else the most common among the other documents'
     * (they report the same event) */
    const char *common = NULL;
    size_t best = 0;
    for (size_t i = 0; i < s->n_docs; i++)
        s->ref_date[i] = fallback_date(s, i);
    for (size_t i = 0; i < s->n_docs && i < 64; i++) {
        if (!s->ref_date[i])
            continue;
        size_t c = 0;
        for (size_t j = 0; j < s->n_docs && j < 64; j++)
            if (s->ref_date[j] && strncmp(s->ref_date[i], s->ref_date[j], 10) == 0) /* the day, marked or not */
                c++;
        /* the most common; on a tie the latest (see fallback_date) */
        if (c > best || (c == best && common && strncmp(s->ref_date[i], common, 10) > 0)) {
            best = c;
            common = s->ref_date[i];
        }
    }
    for (size_t i = 0; i < s->n_docs; i++) {
        if (!s->ref_date[i])
            /* another outlet's day: near this one's (NULL on ENOMEM: its
             * relative dates stay unresolved) */
            s->ref_date[i] = np_date_ref_approx(&s->work, common);
        const char *t = s->docs[i]->text ? s->docs[i]->text : "";
        np_status st = analyse_doc(s, i, t);
        if (st != NP_OK)
            return st;
        for (size_t m = 0; m < s->an[i].n_ents; m++) {
            st = np_entity_linker_add(s->lk, (int)i, t, &s->an[i].ents[m]);
            if (st != NP_OK)
                return st;
        }
    }
    return np_entity_linker_finish(s->lk);
}

/* ------------------------------------------------ entities and numbers */

typedef struct refset {
    uint64_t *slot;
    size_t cap, used;
} refset;

/* 1 when (doc, text) was not seen before; -1 on ENOMEM */
static int refset_add(refset *rs, int doc, const char *t, size_t n)
{
    if (!rs->slot) {
        rs->cap = 64;
        rs->slot = np_calloc(rs->cap, sizeof *rs->slot);
        if (!rs->slot)
            return -1;
    }
    uint64_t h = np_hash64(t, n, (uint64_t)doc * 0x9e3779b97f4a7c15ull + 1) | 1;
    if ((rs->used + 1) * 2 > rs->cap) {
        size_t nc = rs->cap * 2;
        uint64_t *ns = np_calloc(nc, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t i = 0; i < rs->cap; i++)
            if (rs->slot[i]) {
                size_t p = rs->slot[i] & (nc - 1);
                while (ns[p])
                    p = (p + 1) & (nc - 1);
                ns[p] = rs->slot[i];
            }
        np_free(rs->slot);
        rs->slot = ns;
        rs->cap = nc;
    }
    size_t p = h & (rs->cap - 1);
    while (rs->slot[p]) {
        if (rs->slot[p] == h)
            return 0;
        p = (p + 1) & (rs->cap - 1);
    }
    rs->slot[p] = h;
    rs->used++;
    return 1;
}

/* The documents that write each person name in full (two words or
 * more): name k's are doc[off[k]..off[k+1]), ascending, once each. */
typedef struct full_docs {
    const size_t *off;
    const int *doc;
} full_docs;

static int cmp_doc(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* np_names_apart_fn over full_docs: names i and j share a document. */
static int share_doc(const void *ctx, size_t i, size_t j)
{
    const full_docs *f = ctx;
    size_t a = f->off[i], b = f->off[j];
    while (a < f->off[i + 1] && b < f->off[j + 1]) {
        if (f->doc[a] == f->doc[b])
            return 1;
        if (f->doc[a] < f->doc[b])
            a++;
        else
            b++;
    }
    return 0;
}

/* Fill *off (np + 1) and *doc with the documents writing entity idx[k]'s
 * name in full, for share_doc(); both new, the caller frees them. */
static np_status full_name_docs(const np_story *s, const uint32_t *idx, size_t np, size_t **off, int **doc)
{
    size_t total = 0;
    for (size_t k = 0; k < np; k++)
        total += np_entity_linker_get(s->lk, idx[k])->n_variants;
    *off = np_malloc((np + 1) * sizeof **off);
    *doc = np_malloc((total + 1) * sizeof **doc);
    if (!*off || !*doc)
        return NP_ENOMEM;
    size_t o = 0;
    for (size_t k = 0; k < np; k++) {
        const np_entity *e = np_entity_linker_get(s->lk, idx[k]);
        size_t lo = o;
        (*off)[k] = lo;
        for (size_t v = 0; v < e->n_variants; v++)
            if (e->variants[v].name && strchr(e->variants[v].name, ' '))
                (*doc)[o++] = e->variants[v].doc_index;
        qsort(*doc + lo, o - lo, sizeof **doc, cmp_doc);
        size_t u = lo;
        for (size_t x = lo; x < o; x++)
            if (x == lo || (*doc)[x] != (*doc)[u - 1])
                (*doc)[u++] = (*doc)[x];
        o = u;
    }
    (*off)[np] = o;
    return NP_OK;
}

/* Person entities the linker kept apart but whose names are one person's
 * (transliterations, a role word glued to the name): s->ent_group maps every
 * linker entity to its cluster's first entity, s->ent_name to the name the
 * cluster is shown under (a member's canonical name without glued words). */
static np_status group_persons(np_story *s)
{
    size_t n = np_entity_linker_count(s->lk);
    s->ent_group = np_arena_alloc(&s->work, (n + 1) * sizeof *s->ent_group);
    s->ent_name = np_arena_alloc(&s->work, (n + 1) * sizeof *s->ent_name);
    const char **names = np_malloc((n + 1) * sizeof *names);
    uint32_t *idx = np_malloc((n + 1) * sizeof *idx);
    uint32_t *grp = NULL;
    if (!s->ent_group || !s->ent_name || !names || !idx) {
        np_free(names);
        np_free(idx);
        return NP_ENOMEM;
    }
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        const np_entity *e = np_entity_linker_get(s->lk, i);
        s->ent_group[i] = (uint32_t)i;
        s->ent_name[i] = e ? e->canonical : NULL;
        if (e && e->canonical && e->type == NP_ENT_PERSON) {
            names[np] = e->canonical;
            idx[np++] = (uint32_t)i;
        }
    }
    /* two names one document writes in full are two people ("Mara" and
     * "Mira Lindqvist", sisters): the linker kept them apart for that */
    size_t *off = NULL;
    int *docs = NULL;
    np_status st = full_name_docs(s, idx, np, &off, &docs);
    full_docs fd = {off, docs};
    if (st == NP_OK)
        st = np_names_group(names, np, share_doc, &fd, &grp);
    np_free(off);
    np_free(docs);
    if (st == NP_OK) {
        /* names are in entity order (most mentioned first), so a cluster's
         * root is its most mentioned member */
        for (size_t k = 0; k < np; k++)
            s->ent_group[idx[k]] = idx[grp[k]];
        /* display: the root's name unless it is another member's name with
         * words glued in front; then the first member that is not.  Only
         * clusters of several names need a look (members gathered by a
         * counting sort over the root). */
        uint32_t *cnt = np_calloc(np + 2, sizeof *cnt), *mem = np_malloc((np + 1) * sizeof *mem);
        if (!cnt || !mem) {
            np_free(cnt);
            np_free(mem);
            st = NP_ENOMEM;
        } else {
            for (size_t k = 0; k < np; k++)
                cnt[grp[k] + 1]++;
            for (size_t k = 0; k < np; k++)
                cnt[k + 1] += cnt[k];
            for (size_t k = 0; k < np; k++)
                mem[cnt[grp[k]]++] = (uint32_t)k; /* cnt[r] ends at r's end */
            for (size_t r = 0; r < np; r++) {
                size_t lo = r ? cnt[r - 1] : 0, hi = cnt[r];
                if (hi - lo < 2)
                    continue;
                for (size_t c = lo; c < hi; c++) {
                    size_t k = mem[c];
                    int ext = 0;
                    for (size_t d = lo; d < hi && !ext; d++)
                        ext = mem[d] != k && np_name_suffix_of(names[k], names[mem[d]]) > 0;
                    if (!ext) {
                        s->ent_name[idx[r]] = names[k];
                        break;
                    }
                }
            }
            np_free(cnt);
            np_free(mem);
        }
        for (size_t k = 0; k < np; k++)
            s->ent_name[idx[k]] = s->ent_name[idx[grp[k]]];
    }
    np_free(grp);
    np_free(names);
    np_free(idx);
    return st;
}

static np_status add_entity_ref(np_story *s, np_brief_entity *o, refset *rs, int doc, const char *t, size_t n)
{
    int r = refset_add(rs, doc, t, n);
    if (r < 0)
        return NP_ENOMEM;
    if (!r)
        return NP_OK;
    np_bref *ref = &o->variants[o->n_variants++];
    ref->doc = doc;
    ref->text = np_story_str(s, t, n);
    return ref->text ? NP_OK : NP_ENOMEM;
}

/* A name of one letter ("E", "O") or of two that is no acronym ("St") is a
 * fragment the entity finder kept (of "E!", "the O's", "St."), not
 * something a reader can look up: not listed. */
static int fragment_name(const char *name)
{
    size_t letters = 0, upper = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if (isalnum(*p) || *p >= 0x80) {
            letters++;
            upper += isupper(*p) != 0;
        }
    return letters < 2 || (letters == 2 && upper < 2);
}

static np_status copy_entities(np_story *s)
{
    np_brief *b = s->brief;
    size_t n = np_entity_linker_count(s->lk);
    np_status st = group_persons(s);
    if (st != NP_OK)
        return st;
    b->entities = np_calloc(n ? n : 1, sizeof *b->entities);
    /* members of each cluster, bucketed by root (counting sort) */
    size_t *off = np_calloc(n + 2, sizeof *off);
    uint32_t *mem = np_malloc((n + 1) * sizeof *mem);
    unsigned char *seen = NULL;
    if (!b->entities || !off || !mem) {
        np_free(off);
        np_free(mem);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        off[s->ent_group[i] + 1]++;
    for (size_t i = 0; i < n; i++)
        off[i + 1] += off[i];
    for (size_t i = 0; i < n; i++)
        mem[off[s->ent_group[i]]++] = (uint32_t)i;
    for (size_t i = n; i > 0; i--)
        off[i] = off[i - 1];
    off[0] = 0;
    seen = np_calloc(s->n_docs + 1, 1);
    if (!seen) {
        st = NP_ENOMEM;
        goto out;
    }
    for (size_t r = 0; r < n && st == NP_OK; r++) {
        if (s->ent_group[r] != r || !s->ent_name[r] || fragment_name(s->ent_name[r]))
            continue;
        const np_entity *root = np_entity_linker_get(s->lk, r);
        size_t nv = 0;
        for (size_t m = off[r]; m < off[r + 1]; m++) {
            const np_entity *e = np_entity_linker_get(s->lk, mem[m]);
            nv += e ? e->n_variants : 0;
        }
        if (!root || !nv)
            continue;
        np_brief_entity *o = &b->entities[b->n_entities];
        o->name = np_arena_strdup(&b->arena, s->ent_name[r]);
        o->type = np_entity_type_name(root->type);
        o->variants = np_arena_alloc(&b->arena, 3 * nv * sizeof *o->variants);
        if (!o->name || !o->variants) {
            st = NP_ENOMEM;
            break;
        }
        memset(seen, 0, s->n_docs + 1);
        refset rs = {0};
        for (size_t m = off[r]; m < off[r + 1] && st == NP_OK; m++) {
            const np_entity *e = np_entity_linker_get(s->lk, mem[m]);
            /* a member shown with glued words in front of the cluster's
             * name also contributes the name itself, as written */
            int glued = e->type == NP_ENT_PERSON && np_name_suffix_of(e->canonical, o->name) > 0;
            for (size_t v = 0; v < e->n_variants && st == NP_OK; v++) {
                const np_entity_variant *ev = &e->variants[v];
                const char *forms[2] = {ev->surface, ev->name};
                if (ev->doc_index >= 0 && (size_t)ev->doc_index < s->n_docs && !seen[ev->doc_index]) {
                    seen[ev->doc_index] = 1;
                    o->n_docs++;
                }
                o->n_mentions++;
                for (int f = 0; f < 2 && st == NP_OK; f++) {
                    if (!forms[f] || !forms[f][0])
                        continue;
                    st = add_entity_ref(s, o, &rs, ev->doc_index, forms[f], strlen(forms[f]));
                    size_t cut = glued ? np_name_suffix_of(forms[f], o->name) : 0;
                    if (st == NP_OK && cut)
                        st = add_entity_ref(s, o, &rs, ev->doc_index, forms[f] + cut, strlen(forms[f] + cut));
                }
            }
        }
        np_free(rs.slot);
        if (st == NP_OK)
            b->n_entities++;
    }
out:
    np_free(seen);
    np_free(off);
    np_free(mem);
    return st;
}

static np_status copy_numbers(np_story *s)
{
    np_brief *b = s->brief;
    size_t n = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        n += s->an[d].n_numbers;
    b->numbers = np_calloc(n ? n : 1, sizeof *b->numbers);
    if (!b->numbers)
        return NP_ENOMEM;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t i = 0; i < an->n_numbers; i++) {
            const np_number_mention *m = &an->numbers[i];
            /* "the third case", "first quarter": a rank, not a quantity a
             * reader compares across outlets */
            if (m->flags & NP_NUM_ORDINAL)
                continue;
            np_brief_number *o = &b->numbers[b->n_numbers];
            o->doc = (int)d;
            o->value = m->value;
            o->tally = (m->flags & NP_NUM_TALLY) != 0;
            o->against = m->against;
            o->text = np_story_str(s, an->text + m->start, m->end - m->start);
            /* what it counts, as the discrepancies compare it: "25.2%" is
             * percent, "$47 billion" US dollars */
            const char *unit = np_number_unit(m);
            o->unit = unit ? np_arena_strdup(&b->arena, unit) : NULL;
            if (!o->text || (unit && !o->unit))
                return NP_ENOMEM;
            b->n_numbers++;
        }
    }
    return NP_OK;
}

/* ---------------------------------------------------------------- public */

void np_brief_free(np_brief *b)
{
    if (!b)
        return;
    np_free(b->docs);
    np_free(b->facts);
    np_free(b->quotes);
    np_free(b->entities);
    np_free(b->numbers);
    np_free(b->discrepancies);
    np_free(b->framing);
    np_free(b->timeline);
    np_free(b->summary);
    np_arena_free(&b->arena);
    np_free(b);
}

np_brief_env *np_brief_env_new(const char *wordnet_dir, np_error *err)
{
    np_brief_env *env = np_calloc(1, sizeof *env);
    if (!env) {
        np_error_set(err, NP_ENOMEM, "", 0, -1, "brief: out of memory");
        return NULL;
    }
    env->gz = np_gazetteer_load(wordnet_dir, err);
    if (!env->gz) {
        np_free(env);
        return NULL;
    }
    env->wn = np_wn_senses_load(wordnet_dir ? wordnet_dir : "/usr/share/wordnet");
    return env;
}

void np_brief_env_free(np_brief_env *env)
{
    if (!env)
        return;
    np_gazetteer_free(env->gz);
    np_wn_senses_free(env->wn);
    np_free(env);
}

np_status np_brief_build(np_doc *const *docs, size_t n_docs, int64_t story_id, np_brief **out, np_error *err)
{
    np_brief_env *env = np_brief_env_new(NULL, err);
    if (!env)
        return err ? err->status : NP_ENOMEM;
    np_status st = np_brief_build_env(env, docs, n_docs, story_id, out, err);
    np_brief_env_free(env);
    return st;
}

np_status np_brief_build_env(const np_brief_env *env, np_doc *const *docs, size_t n_docs, int64_t story_id,
                             np_brief **out, np_error *err)
{
    return np_brief_build_with(env, docs, n_docs, story_id, NULL, out, err);
}

np_status np_brief_build_with(const np_brief_env *env, np_doc *const *docs, size_t n_docs, int64_t story_id,
                              np_brief_analyses *analyses, np_brief **out, np_error *err)
{
    if (!out || !env || (n_docs && !docs))
        return np_error_set(err, NP_EINVAL, "", 0, -1, "brief: no output, env or documents");
    *out = NULL;
    np_brief *b = np_calloc(1, sizeof *b);
    if (!b)
        return np_error_set(err, NP_ENOMEM, "", 0, -1, "brief: out of memory");
    b->story_id = story_id;
    np_arena_init(&b->arena, 64 * 1024);
    np_story s;
    memset(&s, 0, sizeof s);
    s.docs = docs;
    s.n_docs = n_docs;
    s.brief = b;
    s.gz = env->gz;
    s.wn = env->wn;
    s.analyses = analyses;
    np_arena_init(&s.work, 256 * 1024);
    np_status st = copy_docs(&s);
    const char *stage = "documents";
    if (st == NP_OK) {
        s.st = np_stemmer_new();
        s.lk = np_entity_linker_new();
        if (!s.st || !s.lk)
            st = NP_ENOMEM;
    }
#define STAGE(name, call) \
    if (st == NP_OK) {    \
        stage = name;     \
        st = (call);      \
    }
    if (st == NP_OK)
        (void)np_story_memo_init(&s); /* without memory for them, no memos: the stages recompute */
    STAGE("analysis", analyse_docs(&s));
    STAGE("terms", np_story_terms(&s));
    STAGE("synonyms", np_compare_synonyms(&s));
    STAGE("sentences", np_story_sentences(&s));
    STAGE("antonyms", np_compare_antonyms(&s));
    STAGE("entities", copy_entities(&s));
    STAGE("numbers", copy_numbers(&s));
    STAGE("near-copies", np_compare_copies(&s));
    STAGE("near-copies", np_compare_copy_docs(&s));
    STAGE("alignment", np_compare_align(&s));
    STAGE("facts", np_compare_facts(&s));
    STAGE("place facts", np_compare_places(&s));
    STAGE("near-copies", np_compare_copies_expand(&s));
    STAGE("quotes", np_compare_quotes(&s));
    STAGE("quote facts", np_compare_quote_facts(&s));
    STAGE("one claim per sentence", np_compare_one_claim(&s));
    STAGE("single-source facts", np_compare_singles(&s));
    STAGE("near-copies", np_compare_copies_restore(&s));
    STAGE("whole quotations", np_compare_quote_spans(&s));
    STAGE("discrepancies", np_compare_discrepancies(&s));
    STAGE("framing", np_compare_framing(&s));
    STAGE("timeline", np_compare_timeline(&s));
    STAGE("timeline conflicts", np_compare_timeline_conflicts(&s));
    STAGE("summary", np_compare_summary(&s));
#undef STAGE
    np_story_free(&s);
    if (st != NP_OK) {
        np_brief_free(b);
        return np_error_set(err, st, "", 0, -1, "brief: %s failed", stage);
    }
    *out = b;
    return NP_OK;
}
