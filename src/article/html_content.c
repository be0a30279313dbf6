/* article/html_content.c — main-content extraction by block and container
 * scoring (see html_content.h for the algorithm in short). */
#include "article/html_content.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/hash.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "article/captions.h"
#include "article/html_hints.h"
#include "article/linefeat.h"

/* Tunables (each can be overridden with -D for experiments; the values
 * were chosen on the extraction benchmark, where F1 is flat around them:
 * NP_DECAY 0.7, 0.8, 0.9 and NP_SIBLING 0.1-0.4 all give 0.979; without
 * climbing it is 0.976).
 *   NP_DECAY        share of a wrapper element's value passed to its parent
 *   NP_CLIMB_G/B    climb to an ancestor when it adds >= G times the
 *                   container's good value and <= B times that much bad
 *   NP_STORY_VALUE  good value that makes an <article> a full story
 *   NP_SIBLING      a sibling joins when its score is >= this share of the
 *                   container's; NP_SIBLING_P: value of a lone <p> sibling
 *                   that joins (a real sentence or two) */
#ifndef NP_DECAY
#define NP_DECAY 0.8
#endif
#ifndef NP_CLIMB_G
#define NP_CLIMB_G 0.25
#endif
#ifndef NP_CLIMB_B
#define NP_CLIMB_B 0.25
#endif
#ifndef NP_CLIMB_BPOS
#define NP_CLIMB_BPOS 0.5
#endif
#ifndef NP_STORY_VALUE
#define NP_STORY_VALUE 1000
#endif
#ifndef NP_SIBLING_P
#define NP_SIBLING_P 100
#endif
#ifndef NP_BOUNDARY_UP
#define NP_BOUNDARY_UP 4
#endif
#ifndef NP_BOUNDARY_TEXT
#define NP_BOUNDARY_TEXT 1.0
#endif
#ifndef NP_BOUNDARY_LINK
#define NP_BOUNDARY_LINK 0.25
#endif
#ifndef NP_SIBLING
#define NP_SIBLING 0.2
#endif

/* ---- tags ------------------------------------------------------------- */

enum {
    TF_SKIP = 1,       /* never holds readable text (script, style, form controls) */
    TF_BLOCK = 2,      /* starts a new text block */
    TF_BOILER = 4,     /* page furniture by its very tag (nav, aside, footer) */
    TF_HEADING = 8,
    TF_LI = 16,
    TF_FIGURE = 32,    /* figure / figcaption: captions */
    TF_TABLE = 64,
    TF_QUOTE = 128,
    TF_LINK = 256,
    TF_BR = 512,
    TF_P = 1024,
    TF_CONTAINER = 2048, /* article / main: a strong structural hint */
    TF_PRE = 4096,
    TF_HEADER = 8192,
    TF_H1 = 16384,
    TF_CELL = 131072,  /* td, th: a row of cells reads as one line */
    TF_ARTICLE = 262144, /* <article>: the story's own boundary */
    TF_ROOT = 32768,
    TF_MEDIA = 524288, /* img, picture, video, iframe: text beside them is a caption more often than not */
    TF_FALSEHINT = 65536, /* set at run time: a furniture hint on a wrapper of most of the page */   /* html, body: class hints there describe the page, not a part */
};

struct tagdef { const char *name; unsigned flags; };

static const struct tagdef tagdefs[] = {
    {"a", TF_LINK}, {"address", TF_BLOCK}, {"article", TF_BLOCK | TF_CONTAINER | TF_ARTICLE},
    {"aside", TF_BLOCK | TF_BOILER}, {"audio", TF_SKIP}, {"blockquote", TF_BLOCK | TF_QUOTE},
    {"body", TF_BLOCK | TF_ROOT}, {"br", TF_BR}, {"button", TF_SKIP}, {"canvas", TF_SKIP},
    {"caption", TF_BLOCK | TF_TABLE}, {"center", TF_BLOCK}, {"dd", TF_BLOCK}, {"details", TF_BLOCK},
    {"dialog", TF_BLOCK | TF_BOILER}, {"dir", TF_BLOCK}, {"div", TF_BLOCK}, {"dl", TF_BLOCK},
    {"dt", TF_BLOCK}, {"embed", TF_SKIP}, {"fieldset", TF_BLOCK}, {"figcaption", TF_BLOCK | TF_FIGURE},
    {"figure", TF_BLOCK | TF_FIGURE}, {"footer", TF_BLOCK | TF_BOILER}, {"form", TF_BLOCK | TF_BOILER},
    {"h1", TF_BLOCK | TF_HEADING | TF_H1}, {"h2", TF_BLOCK | TF_HEADING}, {"h3", TF_BLOCK | TF_HEADING},
    {"h4", TF_BLOCK | TF_HEADING}, {"h5", TF_BLOCK | TF_HEADING}, {"h6", TF_BLOCK | TF_HEADING},
    {"head", TF_SKIP}, {"header", TF_BLOCK | TF_HEADER}, {"hgroup", TF_BLOCK}, {"hr", TF_BLOCK},
    {"html", TF_BLOCK | TF_ROOT}, {"iframe", TF_SKIP | TF_MEDIA}, {"img", TF_SKIP | TF_MEDIA}, {"input", TF_SKIP}, {"label", TF_SKIP},
    {"legend", TF_BLOCK}, {"li", TF_BLOCK | TF_LI}, {"main", TF_BLOCK | TF_CONTAINER},
    {"map", TF_SKIP}, {"math", TF_SKIP}, {"menu", TF_BLOCK | TF_BOILER}, {"nav", TF_BLOCK | TF_BOILER},
    {"noscript", TF_SKIP}, {"object", TF_SKIP}, {"ol", TF_BLOCK}, {"option", TF_SKIP},
    {"p", TF_BLOCK | TF_P}, {"picture", TF_SKIP | TF_MEDIA}, {"pre", TF_BLOCK | TF_PRE},
    {"rp", TF_SKIP}, {"rt", TF_SKIP}, /* ruby: the reading above a word, not text of its own */
    {"script", TF_SKIP},
    {"section", TF_BLOCK}, {"select", TF_SKIP}, {"style", TF_SKIP}, {"summary", TF_BLOCK},
    {"svg", TF_SKIP}, {"table", TF_BLOCK | TF_TABLE}, {"tbody", TF_BLOCK}, {"td", TF_CELL},
    {"template", TF_SKIP}, {"textarea", TF_SKIP}, {"tfoot", TF_BLOCK}, {"th", TF_CELL},
    {"thead", TF_BLOCK}, {"title", TF_SKIP}, {"tr", TF_BLOCK}, {"ul", TF_BLOCK},
    {"video", TF_SKIP | TF_MEDIA},
};

static unsigned tag_flags(const xmlChar *name)
{
    if (!name)
        return 0;
    /* the commonest tags first */
    switch (name[0]) {
    case 'a':
        if (!name[1])
            return TF_LINK;
        break;
    case 'p':
        if (!name[1])
            return TF_BLOCK | TF_P;
        break;
    case 'd':
        if (name[1] == 'i' && name[2] == 'v' && !name[3])
            return TF_BLOCK;
        break;
    case 's':
        if (name[1] == 'p' && name[2] == 'a' && name[3] == 'n' && !name[4])
            return 0;
        break;
    case 'l':
        if (name[1] == 'i' && !name[2])
            return TF_BLOCK | TF_LI;
        break;
    default:
        break;
    }
    /* binary search: tagdefs is sorted */
    size_t lo = 0, hi = sizeof tagdefs / sizeof *tagdefs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp((const char *)name, tagdefs[mid].name);
        if (c == 0)
            return tagdefs[mid].flags;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* ---- the flattened page -------------------------------------------------- */

typedef struct elem {
    int parent;      /* element index, -1 for the root */
    int end;         /* one past the last descendant's index */
    unsigned flags;  /* TF_* of the tag */
    unsigned ctx;    /* TF_* inherited from ancestors (heading, li, figure...) */
    unsigned hint;   /* H_* */
    double score;    /* value of the subtree's blocks, boilerplate counted against */
    double good;     /* value of paragraph-like blocks in the subtree */
    double text;     /* bytes of text in the subtree */
    int dead;        /* in a boilerplate subtree below the chosen container */
    int keep;        /* a sibling of the container merged into it */
    double cg, cb;   /* good / bad value of the subtree, furniture subtrees counted as bad */
    int narticles;   /* <article> elements in the subtree holding a story's worth of text */
    double acg;      /* good value of the outermost <article>s and cards (is_card()) of the subtree, furniture left out */
    double amax;     /* ... and of the best of them */
    int media;       /* an image, picture, video or iframe is a child */
    double itext;    /* bytes of text in list items and table cells of the subtree */
    double link;     /* bytes of link text in the subtree */
    uint32_t sig;    /* elem_sig(): wrappers of one kind share it */
    size_t fblk1;    /* 1 + the index of the subtree's first block, 0 while it has none */
} elem;

typedef struct block {
    size_t off, len; /* bytes in the text buffer */
    size_t link;     /* bytes inside <a> */
    size_t lead;     /* bytes of the link the block opens with (a teaser's headline) */
    int elem;        /* innermost block-level element */
    double value;
} block;

typedef struct page {
    elem *el;
    size_t nel, capel;
    block *bl;
    size_t nbl, capbl;
    np_buf text;
    size_t pend;     /* start of the pending block in text */
    size_t plink;    /* link bytes in the pending block */
    size_t plead;    /* link bytes at the start of the pending block */
    int pnonlink;    /* the pending block has text outside links */
    int space;       /* a collapsed space is owed before the next word */
    np_html_hints *hs;
    const char *description; /* the page's summary from its metadata, or NULL */
    const char *title;       /* the page's title from its metadata, or NULL */
    int own;                 /* the full story the title names, on a page of several; else -1 */
    /* tag flags by name pointer: libxml2 interns element names in its
     * dictionary, so one pointer stands for one name (a miss only costs
     * the lookup) */
    struct { const xmlChar *name; unsigned flags; } tagcache[64];
} page;

static unsigned page_tag_flags(page *pg, const xmlChar *name)
{
    size_t slot = ((uintptr_t)name >> 3) % (sizeof pg->tagcache / sizeof *pg->tagcache);
    if (name && pg->tagcache[slot].name == name)
        return pg->tagcache[slot].flags;
    unsigned f = tag_flags(name);
    pg->tagcache[slot].name = name;
    pg->tagcache[slot].flags = f;
    return f;
}

typedef struct frame {
    int idx;         /* element index */
    int blk;         /* innermost block-level element index (itself if block) */
} frame;

static np_status flush_block(page *pg, int elem_idx)
{
    size_t len = pg->text.len - pg->pend;
    /* trailing collapsed space or newline */
    while (len && (pg->text.data[pg->pend + len - 1] == ' ' || pg->text.data[pg->pend + len - 1] == '\n'))
        len--;
    if (len == 0 || elem_idx < 0) {
        pg->text.len = pg->pend;
        if (pg->text.data)
            pg->text.data[pg->text.len] = '\0';
        pg->plink = 0;
        pg->plead = 0;
        pg->pnonlink = 0;
        pg->space = 0;
        return NP_OK;
    }
    if (pg->nbl == pg->capbl) {
        size_t nc = pg->capbl ? pg->capbl * 2 : 256;
        block *nb = np_realloc(pg->bl, nc * sizeof *nb);
        if (!nb)
            return NP_ENOMEM;
        pg->bl = nb;
        pg->capbl = nc;
    }
    block *b = &pg->bl[pg->nbl++];
    b->off = pg->pend;
    b->len = len;
    b->link = pg->plink > len ? len : pg->plink;
    b->lead = pg->plead > len ? len : pg->plead;
    /* A block that opens with a linked sentence ("<a>X happened</a>. More
     * on it.") reads as prose: that link does not count as link text. */
    if (b->lead >= 20 && b->lead < len) {
        const char *t = pg->text.data + pg->pend;
        char c = t[b->lead];
        if (c == '.' || c == '!' || c == '?') {
            b->link -= b->lead;
            b->lead = 0;
        }
    }
    b->elem = elem_idx;
    b->value = 0;
    /* the subtree's first block, for the element and its ancestors still
     * without one (each is set once: linear in all) */
    for (int a = elem_idx; a >= 0 && !pg->el[a].fblk1; a = pg->el[a].parent)
        pg->el[a].fblk1 = pg->nbl;
    pg->text.len = pg->pend + len;
    pg->text.data[pg->text.len] = '\0';
    pg->pend = pg->text.len;
    pg->plink = 0;
    pg->plead = 0;
    pg->pnonlink = 0;
    pg->space = 0;
    return NP_OK;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes of white space at p: ASCII blanks, and U+00A0 (no-break space),
 * which pages use for layout and which would otherwise glue into words. */
static size_t ws_len(const unsigned char *p)
{
    if (is_space(*p))
        return 1;
    if (p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    return 0;
}

/* Bytes at which a run of word bytes may end: NUL, the ASCII blanks of
 * is_space, and 0xC2 (U+00A0 starts with it). */
static const unsigned char word_stop[256] = {
    [0] = 1, [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1, [0xC2] = 1,
};

/* Append text with runs of white space collapsed to one space. */
static np_status add_text(page *pg, const xmlChar *s, int in_link, int pre)
{
    size_t before = pg->text.len;
    np_status st = NP_OK;
    const unsigned char *p = s;
    while (*p && st == NP_OK) {
        size_t w = pre ? 0 : ws_len(p);
        if (w) {
            while ((w = ws_len(p)) != 0)
                p += w;
            pg->space = 1;
            continue;
        }
        const unsigned char *q = p;
        if (pre) {
            while (*q)
                q++;
        } else {
            /* to the next byte that may end the word (NUL, a blank, the
             * lead byte of U+00A0), then the exact test */
            for (;;) {
                while (!word_stop[*q])
                    q++;
                if (!*q || ws_len(q))
                    break;
                q++;
            }
        }
        if (pg->space && pg->text.len > pg->pend && pg->text.data[pg->text.len - 1] != '\n')
            st = np_buf_append_char(&pg->text, ' ');
        pg->space = 0;
        if (st == NP_OK)
            st = np_buf_append(&pg->text, p, (size_t)(q - p));
        p = q;
    }
    size_t added = pg->text.len - before;
    if (in_link) {
        pg->plink += added;
        if (!pg->pnonlink)
            pg->plead += added;
    } else if (added) {
        pg->pnonlink = 1;
    }
    return st;
}

/* What kind of wrapper an element is: its tag and its attributes but id
 * and style, leaving out values that hold a digit (a paragraph's own
 * number).  By now html_attrs.c has cut class values down to the words
 * html_hints.c weighs (and dropped data-*), so this is the tag plus those
 * words and role/itemprop: coarse, but a CMS that wraps each paragraph of a
 * story in a block of its own gives all of them one signature. */
static uint32_t elem_sig(const xmlNode *n)
{
    uint64_t h = np_hash64(n->name, strlen((const char *)n->name), 0x736967);
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || !a->children || a->children->type != XML_TEXT_NODE || !a->children->content)
            continue;
        const char *an = (const char *)a->name, *v = (const char *)a->children->content;
        size_t vl = strnlen(v, 256);
        if (strcmp(an, "id") == 0 || strcmp(an, "style") == 0 || strpbrk(an, "0123456789"))
            continue;
        int digit = 0;
        for (size_t i = 0; i < vl && !digit; i++)
            digit = v[i] >= '0' && v[i] <= '9';
        if (digit)
            continue;
        h = np_hash64(an, strlen(an), h);
        h = np_hash64(v, vl, h);
    }
    return (uint32_t)(h ^ (h >> 32));
}

static np_status push_elem(page *pg, int parent, unsigned flags, unsigned ctx, unsigned hint, uint32_t sig)
{
    if (pg->nel == pg->capel) {
        size_t nc = pg->capel ? pg->capel * 2 : 512;
        elem *ne = np_realloc(pg->el, nc * sizeof *ne);
        if (!ne)
            return NP_ENOMEM;
        pg->el = ne;
        pg->capel = nc;
    }
    elem *e = &pg->el[pg->nel++];
    memset(e, 0, sizeof *e);
    e->parent = parent;
    e->flags = flags;
    e->ctx = ctx;
    e->hint = hint;
    e->sig = sig;
    e->end = (int)pg->nel;
    return NP_OK;
}

/* One iterative pre-order walk (children / next / parent pointers, plus an
 * explicit frame stack for what the open elements are). */
static np_status flatten(xmlNode *root, page *pg)
{
    frame *stack = NULL;
    size_t depth = 0, cap = 0;
    int links = 0, pre = 0;
    np_status st = NP_OK;
    xmlNode *cur = root;
    for (;;) {
        int descended = 0;
        if (cur->type == XML_ELEMENT_NODE) {
            unsigned f = page_tag_flags(pg, cur->name);
            if ((f & TF_MEDIA) && depth)
                pg->el[stack[depth - 1].idx].media = 1;
            if (f & TF_BR) {
                if (pg->text.len > pg->pend)
                    st = np_buf_append_char(&pg->text, '\n');
                pg->space = 0;
            } else if (!(f & TF_SKIP) && cur->children) {
                unsigned hint = np_html_hint(pg->hs, cur, (f & TF_CONTAINER) != 0);
                if (!(hint & NP_HINT_HIDDEN)) {
                    int parent = depth ? stack[depth - 1].idx : -1;
                    int blk = depth ? stack[depth - 1].blk : -1;
                    unsigned ctx = depth ? (pg->el[parent].ctx | pg->el[parent].flags) : 0;
                    /* a paragraph inside a heading is a paragraph: an
                     * unclosed <h2> (closed by a mismatched </h3>) would
                     * otherwise make the whole body below it "headings" */
                    if (f & (TF_P | TF_LI))
                        ctx &= ~(unsigned)(TF_HEADING | TF_H1);
                    if (f & TF_BLOCK)
                        st = flush_block(pg, blk);
                    else if (f & TF_CELL)
                        pg->space = 1;
                    if (st == NP_OK && depth == cap) {
                        size_t nc = cap ? cap * 2 : 64;
                        frame *ns = np_realloc(stack, nc * sizeof *ns);
                        if (!ns)
                            st = NP_ENOMEM;
                        else {
                            stack = ns;
                            cap = nc;
                        }
                    }
                    if (st == NP_OK)
                        st = push_elem(pg, parent, f, ctx, hint, elem_sig(cur));
                    if (st == NP_OK) {
                        int idx = (int)pg->nel - 1;
                        stack[depth].idx = idx;
                        stack[depth].blk = (f & TF_BLOCK) ? idx : blk;
                        depth++;
                        if (f & TF_LINK)
                            links++;
                        if (f & TF_PRE)
                            pre++;
                        descended = 1;
                    }
                }
            }
        } else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
                   cur->content && depth) {
            st = add_text(pg, cur->content, links > 0, pre > 0);
        }
        if (st != NP_OK)
            break;
        if (descended) {
            cur = cur->children;
            continue;
        }
        /* climb until a next sibling exists, closing elements on the way */
        while (cur != root && !cur->next) {
            cur = cur->parent;
            if (!cur || depth == 0)
                break;
            frame fr = stack[depth - 1];
            elem *e = &pg->el[fr.idx];
            if (e->flags & TF_BLOCK)
                st = flush_block(pg, fr.blk);
            if (e->flags & TF_LINK)
                links--;
            if (e->flags & TF_PRE)
                pre--;
            e->end = (int)pg->nel;
            depth--;
            if (st != NP_OK)
                break;
        }
        if (st != NP_OK || !cur || cur == root)
            break;
        cur = cur->next;
    }
    if (st == NP_OK)
        st = flush_block(pg, depth ? stack[depth - 1].blk : (pg->nel ? 0 : -1));
    np_free(stack);
    return st;
}

/* ---- scoring ------------------------------------------------------------- */

/* Words of a block.  Scripts written without spaces (Chinese, Japanese,
 * Thai) put a whole clause in one "word": a run of more than six
 * three-byte characters counts one word per two of them, so such pages are
 * not all "short"; short runs (a Hindi word) stay one word. */
static size_t count_words(const char *s, size_t n)
{
    size_t w = 0, wide = 0;
    int in = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : ' ';
        int sp = c == ' ' || c == '\n';
        if (sp) {
            if (in)
                w += wide > 6 ? wide / 2 : 1;
            in = 0;
            wide = 0;
            continue;
        }
        in = 1;
        if (c >= 0xE0 && c < 0xF0)
            wide++;
    }
    return w;
}

/* Commas, in Latin and CJK scripts. */
static size_t count_commas(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ',')
            k++;
        else if ((unsigned char)s[i] == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                 (unsigned char)s[i + 2] == 0x81)
            k++; /* 、 */
        else if ((unsigned char)s[i] == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC &&
                 (unsigned char)s[i + 2] == 0x8C)
            k++; /* ， */
    }
    return k;
}

/* Does the block end like a sentence? */
static int ends_sentence(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    /* 。！？ */
    if (n >= 3 && ((u[n - 3] == 0xE3 && u[n - 2] == 0x80 && u[n - 1] == 0x82) ||
                   (u[n - 3] == 0xEF && u[n - 2] == 0xBC && (u[n - 1] == 0x81 || u[n - 1] == 0x9F))))
        return 1;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')' || s[n - 1] == '\'' ||
                 (unsigned char)s[n - 1] >= 0x80))
        n--;
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' || s[n - 1] == ':');
}

static int ends_ellipsis(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == ']' || s[n - 1] == ')'))
        n--;
    if (n >= 3 && memcmp(s + n - 3, "...", 3) == 0)
        return 1;
    return n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0; /* … */
}

/* Longest summary a teaser has below its linked headline (bytes): more
 * text than this after a leading link (a linked photo with its caption)
 * is the article itself. */
#ifndef NP_TEASER_MAX
#define NP_TEASER_MAX 600
#endif

static int is_teaser(const char *s, size_t len, size_t lead, size_t link)
{
    /* a headline does not end like a sentence; a listicle's linked first
     * sentence does */
    if (lead >= 20 && count_words(s, lead) >= 4 && len > lead + 20 && len - lead <= NP_TEASER_MAX &&
        !ends_sentence(s, lead) &&
        !(s[lead] == '.' || s[lead] == '!' || s[lead] == '?' || s[lead] == ':'))
        return 1;
    return link > 0 && ends_ellipsis(s, len);
}

static double block_value(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    const char *s = pg->text.data + b->off;
    double len = (double)b->len, link = (double)b->link;
    double ld = link / len;
    size_t words = count_words(s, b->len);
    if (ld > 0.5)
        return -len * ld;
    /* A teaser: a linked headline followed by a summary, or a summary cut
     * short with an ellipsis.  Lists of them are the opposite of an article. */
    if (is_teaser(s, b->len, b->lead, b->link))
        return -len * 0.5;
    double v;
    if (words >= 10 || (words >= 6 && ends_sentence(s, b->len))) {
        v = (len - link) * (1.0 - ld);
        v += 10.0 * (double)count_commas(s, b->len);
        if (ends_sentence(s, b->len))
            v += 20;
    } else {
        v = -2.0 - 2.0 * link;
    }
    if ((e->flags | e->ctx) & TF_FIGURE)
        v = -len * 0.5;
    return v;
}

static np_status grow_out(np_buf *out, const char *s, size_t n)
{
    np_status st = NP_OK;
    if (out->len)
        st = np_buf_append(out, "\n\n", 2);
    if (st == NP_OK)
        st = np_buf_append(out, s, n);
    return st;
}

static int is_boiler(const elem *e)
{
    if (e->flags & (TF_ROOT | TF_FALSEHINT))
        return 0;
    return (e->flags & TF_BOILER) || ((e->hint & NP_HINT_NEG) && !(e->hint & NP_HINT_STRONGPOS));
}

/* A photo caption outside <figcaption>: a short line ending with a credit
 * in parentheses, "(Image: Getty)", "(Photo: AP)", "(Ana Ruiz/AP)", or
 * closing its first sentence on a photo's dateline ("..., Tuesday, Nov.
 * 19, 2019.": captions.h). */
static int is_caption_line(const char *s, size_t n, size_t words)
{
    static const char *const credits[] = {"(image", "(photo", "(picture", "(credit", "(foto", "(source: getty"};
    if (words > 40 || n < 8)
        return 0;
    if (np_caption_agency_credit(s, n) || np_caption_photo_dateline(s, n))
        return 1;
    if (s[n - 1] != ')')
        return 0;
    size_t open = n;
    while (open > 0 && s[open - 1] != '(')
        open--;
    if (open == 0 || n - open > 60)
        return 0;
    for (size_t i = 0; i < sizeof credits / sizeof *credits; i++) {
        size_t cl = strlen(credits[i]);
        if (n - (open - 1) >= cl && strncasecmp(s + open - 1, credits[i], cl) == 0)
            return 1;
    }
    return 0;
}

/* A short line carrying the copyright sign: a photo credit ("(c) Agency /
 * Name") or the site's rights notice, in any language.  Longer blocks
 * with the sign are prose that mentions it. */
#ifndef NP_RIGHTS_MAX
#define NP_RIGHTS_MAX 300
#endif
static int is_rights_line(const char *s, size_t n)
{
    return n < NP_RIGHTS_MAX && memmem(s, n, "\xC2\xA9", 2) != NULL; /* © */
}

/* The number the digits s[0..n) spell, or -1 (none, another byte, or
 * more than four digits). */
static long small_number(const char *s, size_t n)
{
    if (n == 0 || n > 4)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* A gallery's slide counter or a story's page counter on a line of its
 * own: "2 of 6", "2 / 6", "2/6", "Page 2 of 3", "Bild 3 von 12".  Two
 * numbers, the first no larger and not 0, joined by a slash or one short
 * lower-case word, after at most one word: no language's vocabulary
 * needed. */
static int is_counter(const char *s, size_t n)
{
    size_t i = 0, a[5], e[5], k = 0;
    while (k < 5 && np_line_next_token(s, n, &i, &a[k], &e[k]))
        k++;
    if (k == 0 || k == 5)
        return 0;
    /* one leading word ("Page"), unless the first token is the counter */
    size_t d = k > 1 && small_number(s + a[0], e[0] - a[0]) < 0 && !memchr(s + a[0], '/', e[0] - a[0]);
    long x, y;
    const char *slash = memchr(s + a[d], '/', e[d] - a[d]);
    if (slash && d + 1 == k) { /* "2/6" */
        x = small_number(s + a[d], (size_t)(slash - (s + a[d])));
        y = small_number(slash + 1, (size_t)(s + e[d] - slash - 1));
    } else if (d + 3 == k && e[d + 1] - a[d + 1] <= 4) {
        /* the joiner: a slash or a lower-case word ("of", "von", "из");
         * not a score's colon (1 : 5) nor a month (11 Jan 2019) */
        int word = 1;
        for (size_t j = a[d + 1]; j < e[d + 1]; j++)
            word &= (s[j] >= 'a' && s[j] <= 'z') || (unsigned char)s[j] >= 0x80;
        if (!word && !(e[d + 1] - a[d + 1] == 1 && s[a[d + 1]] == '/'))
            return 0;
        x = small_number(s + a[d], e[d] - a[d]);
        y = small_number(s + a[d + 2], e[d + 2] - a[d + 2]);
    } else {
        return 0;
    }
    return x >= 1 && y >= x;
}

/* An unexpanded CMS shortcode, "[button link=...]Send us[/button]". */
static int is_shortcode(const char *s, size_t n)
{
    if (n < 4 || s[0] != '[' || !(s[1] >= 'a' && s[1] <= 'z'))
        return 0;
    size_t i = 1;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || s[i] == '-'))
        i++;
    return i < n && (s[i] == ' ' || s[i] == ']') && memchr(s, ']', n) != NULL;
}

/* A dateline of the page rather than of the story: "05/10/2018 - Posted
 * by ...", "Nov 19, 2019 10:00 am", "First published on Tue 4 Mar 2031
 * 09.15 GMT".  Digits in a date shape, or a full date in words
 * (datefmt.h; only the first 400 bytes are searched). */
static int has_date(const char *s, size_t n)
{
    np_textdate d;
    if (np_textdate_find(s, n < 400 ? n : 400, &d))
        return 1;
    for (size_t i = 0; i + 8 <= n; i++) {
        if (!(s[i] >= '0' && s[i] <= '9'))
            continue;
        /* dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd */
        size_t j = i;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j < n && j - i <= 4 && (s[j] == '/' || s[j] == '.' || s[j] == '-') && j + 1 < n &&
            s[j + 1] >= '0' && s[j + 1] <= '9') {
            size_t k = j + 1;
            while (k < n && s[k] >= '0' && s[k] <= '9')
                k++;
            if (k < n && (s[k] == s[j]) && k + 1 < n && s[k + 1] >= '0' && s[k + 1] <= '9')
                return 1;
        }
        i = j;
    }
    return 0;
}

/* Is this block the page title again (same letters and digits)? */
static int same_text(const char *s, size_t n, const char *title)
{
    if (!title || n > 600)
        return 0;
    char a[640], b[640];
    size_t la = np_utf8_squeeze(s, n, a, sizeof a), lb = np_utf8_squeeze(title, strlen(title), b, sizeof b);
    return la >= 8 && la == lb && memcmp(a, b, la) == 0;
}

/* Should this block of the chosen container be printed? */
static int keep_block(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    const char *s = pg->text.data + b->off;
    double ld = (double)b->link / (double)b->len;
    size_t words = count_words(s, b->len);
    unsigned f = e->flags | e->ctx;
    if (f & TF_H1)
        return 0;
    if (f & TF_FIGURE)
        return 0;
    if (f & TF_HEADING)
        return ld < 0.5;
    if (ld > 0.5)
        return 0;
    if (ld > 0.25 && words < 12)
        return 0;
    if (is_caption_line(s, b->len, words) || is_shortcode(s, b->len) || is_rights_line(s, b->len))
        return 0;
    if (words <= 4 && !(f & (TF_LI | TF_TABLE)) && is_counter(s, b->len))
        return 0;
    /* "Story continues below advertisement": dropped here, before
     * tail_offer() could read it as a paywall's call to action and cut the
     * rest of the story after it */
    if (np_line_ad_break(s, b->len))
        return 0;
    /* a picture's wrapper holding one short line beside it: a caption */
    if (words < 30 && e->parent >= 0 && pg->el[e->parent].media && pg->el[e->parent].text <= (double)b->len + 1)
        return 0;
    /* "Advert", "Comments", a lone label: no sentence, no heading */
    if (words <= 2 && !ends_sentence(s, b->len) && !(f & (TF_LI | TF_TABLE)))
        return 0;
    return 1;
}

/* Short lines at the edges of the content are page furniture more often
 * than not ("Updated at 1:23", "Tell us what you think...", a photo
 * credit): trim them while they look like it. */
static int edge_junk(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    const char *s = pg->text.data + b->off;
    size_t words = count_words(s, b->len);
    if ((e->flags | e->ctx) & TF_HEADING)
        return 1; /* a heading with nothing of its own after it */
    if (words < 25 && !ends_sentence(s, b->len) && has_date(s, b->len))
        return 1;
    if (words >= 10)
        return 0;
    return b->link > 0 || ends_ellipsis(s, b->len) || (words <= 4 && !ends_sentence(s, b->len));
}

/* ---- the steps of np_html_main_text ------------------------------------- */

/* A card of another story beside the container: its first block a
 * heading that is mostly a link, a little text after it (the summary), no
 * more than a teaser holds.  A list of related stories' cards right after
 * the story, with no class name to tell, scores like more of the story. */
static int is_card(const page *pg, const elem *e)
{
    if (!e->fblk1 || e->text > NP_TEASER_MAX + 200)
        return 0;
    const block *b = &pg->bl[e->fblk1 - 1];
    const elem *be = &pg->el[b->elem];
    return ((be->flags | be->ctx) & TF_HEADING) && 2 * b->link > b->len && (double)b->len < e->text;
}


/* Block values into their elements, then bottom-up sums: a child's index
 * is always above its parent's. */
static void score_page(page *pg)
{
    for (size_t i = 0; i < pg->nbl; i++) {
        block *b = &pg->bl[i];
        b->value = block_value(pg, b);
        elem *e = &pg->el[b->elem];
        e->score += b->value;
        e->text += (double)b->len;
        e->link += (double)b->link;
        if ((e->flags | e->ctx) & (TF_LI | TF_TABLE))
            e->itext += (double)b->len;
        if (b->value > 0) {
            e->good += b->value;
            e->cg += b->value;
        } else {
            e->cb -= b->value;
        }
    }
    for (size_t i = pg->nel; i-- > 1;) {
        elem *e = &pg->el[i];
        if (e->parent >= 0)
            pg->el[e->parent].good += e->good;
    }
    /* A furniture hint on an element that wraps most of the page is false:
     * broken markup (an unclosed ad <div>) or a page-level class name.  Real
     * furniture (even a long comment thread) holds a minority of it. */
    for (size_t i = 1; i < pg->nel; i++) {
        elem *e = &pg->el[i];
        if (e->good >= 0.75 * pg->el[0].good || (double)(e->end - (int)i) >= 0.5 * (double)pg->nel)
            e->flags |= TF_FALSEHINT;
    }
    for (size_t i = pg->nel; i-- > 1;) {
        elem *e = &pg->el[i];
        if (e->parent < 0)
            continue;
        elem *p = &pg->el[e->parent];
        double contrib = e->score;
        /* Text counts fully in the element that holds it as paragraphs and
         * less at each wrapper above: an article's paragraphs share one
         * parent, teasers of a list each sit in their own item. */
        if ((e->flags & TF_BLOCK) && !(e->flags & (TF_P | TF_HEADING | TF_QUOTE | TF_PRE)) && contrib > 0)
            contrib *= NP_DECAY;
        if (is_boiler(e))
            contrib = -(e->good > 0 ? e->good : 0) * 0.5 - (contrib < 0 ? -contrib : 0);
        p->score += contrib;
        p->text += e->text;
        p->link += e->link;
        p->itext += e->itext;
        if (is_boiler(e)) {
            p->cb += e->cg + e->cb;
        } else {
            p->cg += e->cg;
            p->cb += e->cb;
        }
        if ((e->flags & TF_ARTICLE) && e->cg >= NP_STORY_VALUE)
            e->narticles++;
        p->narticles += e->narticles;
        if (!is_boiler(e)) {
            /* a story's or a card's own value (carded_story()) */
            int story = (e->flags & TF_ARTICLE) || is_card(pg, e);
            double ag = story ? e->cg : e->acg;
            double am = story ? e->cg : e->amax;
            p->acg += ag;
            if (am > p->amax)
                p->amax = am;
        }
    }
}

/* The best container: never inside a boilerplate subtree (a comment's
 * "content" div is still a comment), then climbed to the highest ancestor
 * that adds a good deal more text of the good kind and little of the bad
 * (an article body split into sections whose wrappers made one section win
 * on its own).  -1 when nothing scores like an article. */
/* The best-scoring live element of [lo, hi) (-1 if none scores above 0);
 * its weighted score goes to *bs_out. */
static int best_in(const page *pg, int lo, int hi, double *bs_out)
{
    int best = -1;
    double bs = 0;
    for (int i = lo; i < hi; i++) {
        const elem *e = &pg->el[i];
        if (e->dead || e->narticles >= 2) /* a stream of stories is not one */
            continue;
        double s = e->score;
        if (e->hint & NP_HINT_STRONGPOS)
            s *= 1.3;
        else if (e->flags & TF_CONTAINER)
            s *= 1.1;
        else if (e->hint & NP_HINT_POS)
            s *= 1.05;
        if (s > bs) {
            bs = s;
            best = i;
        }
    }
    *bs_out = bs;
    return best;
}

/* Does the heading text s[0..n) name the page: its letters and digits, a
 * dozen or more, make up at least half of the title's and appear in it
 * ("Site | Headline" titles)? */
static int names_page(const char *s, size_t n, const char *title)
{
    if (!title || n > 600)
        return 0;
    char a[640], b[640];
    size_t la = np_utf8_squeeze(s, n, a, sizeof a), lb = np_utf8_squeeze(title, strlen(title), b, sizeof b);
    return la >= 12 && 2 * la >= lb && memmem(b, lb, a, la) != NULL;
}

/* On a page of several full stories (an infinite-scroll page, a story with
 * the next ones loaded below it), the page's own is the <article> whose
 * heading is the page title: its index, or -1. */
static int title_story(const page *pg)
{
    for (size_t i = 0; i < pg->nbl; i++) {
        const block *b = &pg->bl[i];
        const elem *e = &pg->el[b->elem];
        if (!((e->flags | e->ctx) & TF_HEADING) || !names_page(pg->text.data + b->off, b->len, pg->title))
            continue;
        for (int a = b->elem; a >= 0; a = pg->el[a].parent)
            if ((pg->el[a].flags & TF_ARTICLE) && pg->el[a].narticles == 1)
                return pg->el[a].dead ? -1 : a;
    }
    return -1;
}

/* A story among teaser cards: the container `c` holds the <article> whose
 * heading names the page title and other <article>s or cards (is_card())
 * with text of their own (other stories' cards, a linked headline and a
 * summary each, or a short next story: none a full story by
 * NP_STORY_VALUE, so title_story() never saw them).  That <article> is the page's own when it holds the
 * most good text of them all and at least as much as `c` has outside
 * every <article> (else the body sits outside it: a headline box).  Its
 * index, or -1. */
static int carded_story(const page *pg, int c)
{
    const elem *ce = &pg->el[c];
    if (ce->acg <= 0 || (ce->flags & TF_ARTICLE))
        return -1;
    for (size_t i = 0; i < pg->nbl; i++) {
        const block *b = &pg->bl[i];
        if (b->elem <= c || b->elem >= ce->end || !((pg->el[b->elem].flags | pg->el[b->elem].ctx) & TF_HEADING) ||
            !names_page(pg->text.data + b->off, b->len, pg->title))
            continue;
        int own = -1;
        for (int a = b->elem; a > c; a = pg->el[a].parent)
            if (pg->el[a].flags & TF_ARTICLE)
                own = a;
        if (own < 0)
            continue;
        const elem *o = &pg->el[own];
        return !o->dead && ce->acg > o->cg && o->cg >= ce->amax && o->cg >= ce->cg - ce->acg ? own : -1;
    }
    return -1;
}

/* From `best`, the highest ancestor that adds a good deal more text of
 * the good kind and little of the bad, never a wrapper of several full
 * <article>s (an infinite-scroll page: those are other stories) and never
 * above `limit` (the page's own story, or -1). */
static int climb(const page *pg, int best, int limit)
{
    const elem *b0 = &pg->el[best];
    int up = best;
    for (int a = b0->parent; a >= 0 && !pg->el[a].dead && !(pg->el[a].flags & TF_ROOT) &&
                             pg->el[a].narticles < 2 && a >= limit;
         a = pg->el[a].parent) {
        double dg = pg->el[a].cg - b0->cg, db = pg->el[a].cb - b0->cb;
        /* an ancestor marked as content (class, <main>, <article>) may
         * bring more furniture along: what it adds is the story's */
        double nb = (pg->el[a].flags & TF_CONTAINER) || (pg->el[a].hint & NP_HINT_POS) ? NP_CLIMB_BPOS : NP_CLIMB_B;
        if (dg >= NP_CLIMB_G * b0->cg && db <= nb * dg)
            up = a;
    }
    return up;
}

static int choose_container(page *pg)
{
    for (size_t i = 0; i < pg->nel; i++) {
        elem *e = &pg->el[i];
        e->dead = (e->parent >= 0 && pg->el[e->parent].dead) || is_boiler(e);
    }
    double bs = 0;
    int best = best_in(pg, 0, (int)pg->nel, &bs);
    if (best < 0 || bs < 100)
        return -1;
    int own = pg->own = pg->el[0].narticles >= 2 ? title_story(pg) : -1;
    if (own >= 0 && !(best >= own && best < pg->el[own].end)) {
        double os = 0;
        int ob = best_in(pg, own, pg->el[own].end, &os);
        if (ob >= 0 && os >= 100)
            best = ob;
    }
    /* The publisher's own mark (itemprop=articleBody) on a story's worth
     * of text outweighs a higher score elsewhere or around it: what
     * outscores it there is a comment thread or a feed.  No climbing from
     * it (its wrappers would add the thread back). */
    int marked = -1;
    for (size_t i = 0; i < pg->nel; i++) {
        const elem *e = &pg->el[i];
        if (!e->dead && (e->hint & NP_HINT_STRONGPOS) && e->cg >= NP_STORY_VALUE &&
            (marked < 0 || e->score > pg->el[marked].score))
            marked = (int)i;
    }
    if (marked >= 0 && !(best >= marked && best < pg->el[marked].end))
        return marked;
    int up = climb(pg, best, -1);
    /* teaser cards in <article>s of their own beside the story's: the
     * climb took them in; the story is the container, as far as it goes */
    int card = own < 0 ? carded_story(pg, up) : -1;
    if (card >= 0) {
        pg->own = card;
        if (!(best >= card && best < pg->el[card].end)) {
            double cs = 0;
            best = best_in(pg, card, pg->el[card].end, &cs);
            if (best < 0 || cs < 100)
                best = card;
        }
        up = climb(pg, best, card);
    }
    return up;
}

/* A list or table of plain text (ingredients, specifications, steps): its
 * items hold most of its text, few of them are links, and most are too
 * short to be paragraphs (a list of long items is a thread or a feed).  Navigation and
 * link lists fail the link test in every language. */
static int is_item_block(const elem *e)
{
    return e->itext >= 60 && e->itext >= 0.8 * e->text && e->link <= 0.15 * e->text && e->good <= 0.5 * e->text;
}

/* Does `e`, beside the container `best` or one of its wrappers, belong
 * to the article? */
static int joins(const page *pg, const elem *e, int best)
{
    return !is_boiler(e) &&
           ((e->score > NP_SIBLING * pg->el[best].score && e->score > 50) ||
            ((e->flags & TF_P) && e->good >= NP_SIBLING_P) || is_item_block(e));
}

/* The story's own boundary: an <article> (or an element whose class says
 * content) a few levels above the container holds the parts of one story
 * that score low as prose and sit beside the container's wrappers, not
 * beside the container itself (a recipe's ingredient list next to the
 * wrapper of its steps, a facts table).  Returns it when what it adds is
 * no bigger than the container's own text and mostly not links (a page
 * wrapper adds navigation and link lists), else `best`. */
static int story_boundary(const page *pg, int best)
{
    const elem *u = &pg->el[best];
    int a = u->parent;
    for (int k = 0; k < NP_BOUNDARY_UP && a >= 0; k++, a = pg->el[a].parent) {
        const elem *e = &pg->el[a];
        if (is_boiler(e) || (e->flags & TF_ROOT) || e->narticles >= 2 ||
            (pg->own >= 0 && a < pg->own && pg->own < pg->el[a].end)) /* never above the page's own story */
            break;
        if (!((e->flags & TF_ARTICLE) || (e->hint & (NP_HINT_POS | NP_HINT_STRONGPOS))))
            continue;
        double extra = e->text - u->text, elink = e->link - u->link;
        if (extra > NP_BOUNDARY_TEXT * u->text)
            break;
        return elink <= NP_BOUNDARY_LINK * extra ? a : best;
    }
    return best;
}

/* Inside the story's boundary, only the wrappers that lead to the
 * container and what would join the container as a sibling stay alive:
 * plain-text lists and tables (is_item_block), real text, and prose above
 * the body with few links (the standfirst in a wrapper of its own).  The span
 * was marked from the boundary, so descendants are re-marked after. */
static void prune_to_path(page *pg, int best, int bound)
{
    for (int p = best; p != bound; p = pg->el[p].parent) {
        int par = pg->el[p].parent;
        for (int i = par + 1; i < pg->el[par].end; i = pg->el[i].end) {
            elem *e = &pg->el[i];
            /* above the body, prose of the story's own is its standfirst */
            int intro = i < p && e->good > 0 && e->link <= 0.25 * e->text && !is_boiler(e);
            if (i != p && !intro && !joins(pg, e, best))
                e->dead = 1;
        }
    }
    for (int i = bound + 1; i < pg->el[bound].end; i++) {
        elem *e = &pg->el[i];
        if (pg->el[e->parent].dead)
            e->dead = 1;
    }
}

/* Mark boilerplate below the container `best` and let its siblings that
 * carry real text join it (an article body split by an ad slot or a pull
 * quote into several wrappers).  The element span to read is [*lo, *hi). */
static void mark_span(page *pg, int best, int siblings, int *lo_out, int *hi_out)
{
    int lo = best, hi = pg->el[best].end;
    pg->el[best].dead = 0;
    for (int i = lo + 1; i < hi; i++) {
        elem *e = &pg->el[i];
        e->dead = (e->parent > best && pg->el[e->parent].dead) || is_boiler(e);
        e->keep = 0;
    }
    int par = pg->el[best].parent;
    if (siblings && par >= 0) {
        for (int i = par + 1; i < pg->el[par].end; i = pg->el[i].end) {
            elem *e = &pg->el[i];
            if (i == best)
                continue;
            /* two <article> siblings are two stories (an infinite-scroll
             * page), not one story in two parts */
            if ((e->flags & TF_CONTAINER) && (pg->el[best].flags & TF_CONTAINER))
                continue;
            if (is_card(pg, e))
                continue;
            if (!e->dead && joins(pg, e, best)) {
                e->keep = 1;
                if (i < lo)
                    lo = i;
                if (e->end > hi)
                    hi = e->end;
            }
        }
        for (int i = lo; i < hi; i++) {
            elem *e = &pg->el[i];
            if (e->parent == par)
                e->dead = !(e->keep || i == best);
            else if (i != best)
                e->dead = pg->el[e->parent].dead || is_boiler(e);
        }
    }
    *lo_out = lo;
    *hi_out = hi;
}

#ifndef NP_INDEX_RUN
#define NP_INDEX_RUN 4
#endif

/* An index page: the span is a list of linked headlines, each with a short
 * summary, and no paragraph long enough for an article.  Returns the number
 * of headlines when it is one, else 0.  *cards (when given) tells whether
 * most of its paragraphs come right after a linked headline: the cards'
 * summaries, not an article's paragraphs, which follow one another (a
 * short story beside a long "more news" list passes the count, not this). */
static size_t index_headlines(const page *pg, int lo, int hi, int *cards)
{
    size_t heads = 0, paras = 0, maxw = 0, run = 0, maxrun = 0, after = 0;
    int prev_head = 0;
    for (size_t i = 0; i < pg->nbl; i++) {
        const block *b = &pg->bl[i];
        if (b->elem < lo || b->elem >= hi || pg->el[b->elem].dead)
            continue;
        size_t w = count_words(pg->text.data + b->off, b->len);
        if ((double)b->link > 0.5 * (double)b->len && w >= 4) {
            heads++;
            run = 0;
            prev_head = 1;
        } else if (b->value > 0 && w >= 8) {
            paras++;
            after += prev_head;
            prev_head = 0;
            if (w > maxw)
                maxw = w;
            if (++run > maxrun)
                maxrun = run;
        }
    }
    if (cards)
        *cards = paras && after * 2 >= paras;
    /* An index puts a headline between every summary or two; an article
     * with a list of links below it has a run of paragraphs of its own. */
    return heads >= 8 && heads * 10 >= paras * 6 && maxw < 45 && maxrun < NP_INDEX_RUN ? heads : 0;
}

/* The last line of the text introducing something that is not there: a
 * short line ending in a colon ("More on this:"), or a short question
 * ("Read on?").  Punctuation and length only, so any language. */
static int tail_lead_in(const page *pg, const block *b)
{
    const char *s = pg->text.data + b->off;
    size_t n = b->len, words = count_words(s, n);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (!n)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    int colon = s[n - 1] == ':' || (n >= 3 && u[n - 3] == 0xEF && u[n - 2] == 0xBC && u[n - 1] == 0x9A);
    int question = s[n - 1] == '?' || (n >= 3 && u[n - 3] == 0xEF && u[n - 2] == 0xBC && u[n - 1] == 0x9F);
    return (colon && words < 10) || (question && words <= 4);
}

/* A label ("Share with:", "Read on:") followed at once by a dropped block
 * of links or furniture introduced that furniture and goes with it; a
 * label before a picture or a dropped caption stays, so does a heading.
 * `next` is the index of the next kept block. */
static int labels_dropped(const page *pg, size_t k, size_t next)
{
    const block *b = &pg->bl[k];
    if (next == k + 1 || k + 1 >= pg->nbl || ((pg->el[b->elem].flags | pg->el[b->elem].ctx) & TF_HEADING) ||
        !tail_lead_in(pg, b))
        return 0;
    const block *d = &pg->bl[k + 1];
    return 2 * d->link > d->len || pg->el[d->elem].dead || is_boiler(&pg->el[d->elem]);
}

static int is_heading_block(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    return ((e->flags | e->ctx) & TF_HEADING) != 0;
}

/* A heading below the title (h2-h6) with few links. */
static int is_subheading(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    return is_heading_block(pg, b) && !((e->flags | e->ctx) & TF_H1) && 2 * b->link < b->len;
}

static int is_prose(const page *pg, const block *b);

/* The wrapper a block's paragraph sits in: a <p>'s parent, else the
 * block element itself (text split by <br> in one <div>). */
static int block_wrapper(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    return (e->flags & TF_P) && e->parent >= 0 ? e->parent : b->elem;
}

#ifndef NP_TAIL_RUN
#define NP_TAIL_RUN 2
#endif
#ifndef NP_TAIL_BARE
#define NP_TAIL_BARE 12
#endif
#ifndef NP_TAIL_WORDS
#define NP_TAIL_WORDS 50
#endif

/* Index in kept[first, last) of the longest prose block, the body's
 * paragraph whose wrapper tail_promo() and head_promo() compare with;
 * last when there is none. */
static size_t longest_prose(const page *pg, const size_t *kept, size_t first, size_t last)
{
    size_t longest = last;
    for (size_t i = first; i < last; i++) {
        const block *b = &pg->bl[kept[i]];
        if (is_prose(pg, b) && (longest == last || b->len > pg->bl[kept[longest]].len))
            longest = i;
    }
    return longest;
}

/* A paragraph of the body although outside the longest paragraph's
 * wrapper: the CMS wraps every paragraph in a block of its own
 * (<div data-component="text-block"><p>...</p></div>), and this one's wrapper
 * is a sibling of that wrapper and of its kind (elem_sig()).  It must read
 * as a sentence with no link and no furniture vocabulary (a call to action,
 * a label, a credit, a date line): a one-sentence lede ("Flu cases are
 * rising fast.") or closing line ("Police are appealing for witnesses."),
 * which tail_promo() and head_promo() would otherwise drop as short.  On the
 * two benchmarks (1,171 pages) it keeps three lines: two of the stories'
 * own and one slogan of a shop page. */
static int body_run_paragraph(const page *pg, const block *b, int body)
{
    int w = block_wrapper(pg, b);
    const elem *we = &pg->el[w], *be = &pg->el[body];
    if (w == body || b->link || we->parent != be->parent || we->sig != be->sig ||
        !ends_sentence(pg->text.data + b->off, b->len))
        return 0;
    np_line ln = {.s = pg->text.data + b->off, .len = b->len};
    np_line_trim(&ln.s, &ln.len);
    np_line_classify(&ln);
    return !(ln.flags & (NP_LF_CTA | NP_LF_LABEL | NP_LF_BYLINE | NP_LF_DATE | NP_LF_COPYRIGHT | NP_LF_COMMENTS));
}

/* Short lines after the body, in a wrapper of their own: a call to
 * action, a newsletter box, an author's bio, the site's promo line, a
 * "no comments" label.  The body's wrapper is the one of its longest
 * paragraph; trailing blocks outside it go when they are shorter than
 * NP_TAIL_WORDS words with a link, NP_TAIL_BARE without one (lists and
 * tables, which sit in wrappers of their own, stay; so does a run of more
 * than NP_TAIL_RUN such blocks, and a paragraph in a wrapper of the body's
 * kind, body_run_paragraph()).  Structure and length only, so any
 * language.  Returns the new end of kept[first, last). */
static size_t tail_promo(const page *pg, const size_t *kept, size_t longest, size_t last)
{
    if (longest == last)
        return last;
    int body = block_wrapper(pg, &pg->bl[kept[longest]]);
    size_t end = last;
    while (last > longest + 1) {
        const block *b = &pg->bl[kept[last - 1]];
        const elem *e = &pg->el[b->elem];
        if (((e->flags | e->ctx) & (TF_LI | TF_TABLE | TF_HEADING | TF_PRE)) || block_wrapper(pg, b) == body ||
            count_words(pg->text.data + b->off, b->len) >= (b->link ? NP_TAIL_WORDS : NP_TAIL_BARE) ||
            body_run_paragraph(pg, b, body))
            break;
        last--;
    }
    /* a longer run of such lines is a list of the article's own (product
     * picks, each in its own box) */
    return end - last <= NP_TAIL_RUN ? last : end;
}

/* A box after the body that opens with a call to action ("Subscribe to
 * continue reading", "Sign up for our newsletter") and holds only short
 * lines outside the body's wrapper (the offer, its list of benefits, "Log
 * in"): a paywall or newsletter box, whatever its class names.  Returns the
 * new end of kept[.., last): the call to action's index, or last. */
#define NP_OFFER_WORDS 40   /* words of one line of the box, below */
#define NP_OFFER_BLOCKS 8   /* lines of the box, at most ... */
#define NP_OFFER_TOTAL 120  /* ... and words (a longer run is content: a recipe's steps, a table) */
static size_t tail_offer(const page *pg, const size_t *kept, size_t longest, size_t last)
{
    if (longest == last)
        return last;
    int body = block_wrapper(pg, &pg->bl[kept[longest]]);
    size_t cut = last, total = 0;
    for (size_t i = last; i > longest + 1 && last - i < NP_OFFER_BLOCKS; i--) {
        const block *b = &pg->bl[kept[i - 1]];
        size_t words = count_words(pg->text.data + b->off, b->len);
        total += words;
        if (block_wrapper(pg, b) == body || words >= NP_OFFER_WORDS || total > NP_OFFER_TOTAL)
            break;
        np_line ln = {.s = pg->text.data + b->off, .len = b->len};
        np_line_trim(&ln.s, &ln.len);
        np_line_classify(&ln);
        if (ln.flags & NP_LF_CTA)
            cut = i - 1;
    }
    return cut;
}

/* A byline or a date stamp ("By Ana Ruiz, Tom Behr and Lena Voss | Staff
 * writers | Updated March 4, 2031, 7:12 p.m.", "Published March 4, 2031,
 * 11:03 a.m."): linefeat.c's reading of the block as one line. */
static int stamp_line(const page *pg, const block *b)
{
    np_line ln = {.s = pg->text.data + b->off, .len = b->len};
    np_line_trim(&ln.s, &ln.len);
    np_line_classify(&ln);
    return (ln.flags & (NP_LF_BYLINE | NP_LF_DATE)) != 0;
}

/* The same at the head: short lines before the body's first paragraph
 * in a wrapper of their own that read as no sentence of the story (a
 * "picture" label, an update stamp; not a paragraph in a wrapper of the
 * body's kind), and there bylines and date stamps of any length (a long
 * byline ends "p.m." and has the words of a sentence).  Returns the new
 * start. */
static size_t head_promo(const page *pg, const size_t *kept, size_t first, size_t longest, size_t last)
{
    if (longest == last)
        return first;
    int body = block_wrapper(pg, &pg->bl[kept[longest]]);
    size_t start = first;
    while (first < longest) {
        const block *b = &pg->bl[kept[first]];
        const elem *e = &pg->el[b->elem];
        if (((e->flags | e->ctx) & (TF_LI | TF_TABLE | TF_HEADING | TF_PRE)) || block_wrapper(pg, b) == body)
            break;
        if (!stamp_line(pg, b) && (is_prose(pg, b) || count_words(pg->text.data + b->off, b->len) >= NP_TAIL_BARE ||
                                   body_run_paragraph(pg, b, body)))
            break;
        first++;
    }
    return first - start <= NP_TAIL_RUN ? first : start;
}

/* Print the kept blocks of the list, its edges trimmed of furniture lines
 * and of a leading copy of the title. */
static np_status print_kept(const page *pg, const size_t *kept, size_t nk, const char *title, np_buf *out)
{
    size_t first = 0, last = nk;
    while (first < last && (edge_junk(pg, &pg->bl[kept[first]]) ||
                            same_text(pg->text.data + pg->bl[kept[first]].off, pg->bl[kept[first]].len, title))) {
        /* a subheading that opens the body, followed by its text, stays */
        if (first + 1 < last && is_subheading(pg, &pg->bl[kept[first]]) &&
            !is_heading_block(pg, &pg->bl[kept[first + 1]]) &&
            !same_text(pg->text.data + pg->bl[kept[first]].off, pg->bl[kept[first]].len, title))
            break;
        first++;
    }
    while (last > first && (edge_junk(pg, &pg->bl[kept[last - 1]]) || tail_lead_in(pg, &pg->bl[kept[last - 1]])))
        last--;
    /* trimming the tail keeps the longest paragraph, so one search serves both */
    size_t longest = longest_prose(pg, kept, first, last);
    size_t trimmed = tail_promo(pg, kept, longest, tail_offer(pg, kept, longest, last));
    first = head_promo(pg, kept, first, longest, last);
    last = trimmed;
    np_status st = NP_OK;
    for (size_t i = first; i < last && st == NP_OK; i++) {
        const block *b = &pg->bl[kept[i]];
        if (i + 1 < last && labels_dropped(pg, kept[i], kept[i + 1]))
            continue;
        st = grow_out(out, pg->text.data + b->off, b->len);
    }
    return st;
}

/* The text of the element span [lo, hi) as marked: its live blocks that
 * keep_block accepts.  `kept` has room for every block. */
#ifndef NP_LEAD_WALK
#define NP_LEAD_WALK 6
#endif

/* The standfirst: prose between the page's <h1> and the container (a lead
 * paragraph in the article header, or in a wrapper of its own beside the
 * body).  Found by position only: walking back from the container's first
 * block, at most a few blocks, across short lines (date, author), stopping
 * at furniture tags and link lists; taken only when the <h1> is reached.
 * Returns how many block indexes were written to lead[] (at most 3). */
static size_t lead_blocks(const page *pg, size_t first, size_t lead[3])
{
    size_t cand[3], nc = 0;
    /* The summary the page's metadata gives, shown as a block of its own
     * above the body: that is the standfirst wherever it sits. */
    for (size_t j = first, seen = 0; pg->description && j-- > 0 && seen < 40; seen++) {
        const block *b = &pg->bl[j];
        if (same_text(pg->text.data + b->off, b->len, pg->description)) {
            const elem *e = &pg->el[b->elem];
            if (((e->flags | e->ctx) & (TF_BOILER | TF_FIGURE)) || 2 * b->link > b->len)
                break;
            lead[0] = j;
            return 1;
        }
    }
    for (size_t j = first, seen = 0; j-- > 0 && seen < NP_LEAD_WALK; seen++) {
        const block *b = &pg->bl[j];
        const elem *e = &pg->el[b->elem];
        unsigned f = e->flags | e->ctx;
        if (f & TF_H1) {
            for (size_t k = 0; k < nc; k++)
                lead[k] = cand[nc - 1 - k];
            return nc;
        }
        if ((f & (TF_BOILER | TF_FIGURE)) || 2 * b->link > b->len)
            return 0;
        /* a caption: the block, or its wrapper, sits beside a picture */
        int beside_media = e->media || (e->parent >= 0 && pg->el[e->parent].media);
        if (is_prose(pg, b) && !beside_media) {
            if (nc == 3)
                return 0;
            cand[nc++] = j;
        }
    }
    return 0;
}

/* Block b opens a reader-comment section (np_line_classify()'s
 * NP_LF_COMMENTS: "12 Comments", "3 thoughts on ...", "Leave a Reply"). */
static int comment_opener(const page *pg, const block *b)
{
    if (b->len > 160)
        return 0;
    np_line ln = {.s = pg->text.data + b->off, .len = b->len};
    np_line_trim(&ln.s, &ln.len);
    np_line_classify(&ln);
    return (ln.flags & NP_LF_COMMENTS) != 0;
}

/* The text of the element span [lo, hi) as marked: its live blocks that
 * keep_block accepts, after the standfirst when `lead` is set.  `kept` has
 * room for every block. */
static np_status span_text(const page *pg, int lo, int hi, int lead, const char *title, size_t *kept, np_buf *out)
{
    size_t nk = 0, first = pg->nbl, paras = 0;
    for (size_t i = 0; i < pg->nbl; i++) {
        const block *b = &pg->bl[i];
        if (b->elem < lo || b->elem >= hi || pg->el[b->elem].dead)
            continue;
        /* a comment section's opener ("12 responses", "Leave a Reply")
         * after two paragraphs of the story ends it: below is readers'
         * prose, which no class name marked here (textdoc.c's find_end()
         * reads plain text the same way) */
        if (paras >= 2 && comment_opener(pg, b))
            break;
        paras += is_prose(pg, b);
        /* the standfirst is looked for above the first live block: a
         * pruned wrapper (prune_to_path) may hold it */
        if (first == pg->nbl) {
            first = i;
            if (lead)
                nk = lead_blocks(pg, first, kept);
        }
        if (keep_block(pg, b))
            kept[nk++] = i;
    }
    return print_kept(pg, kept, nk, title, out);
}

/* Does the block read like running text on its own: a sentence or more,
 * few links, not a teaser or a caption?  Judged by length, punctuation and
 * link density only, so it holds in every language. */
static int is_prose(const page *pg, const block *b)
{
    const elem *e = &pg->el[b->elem];
    if (b->value <= 0 || ((e->flags | e->ctx) & (TF_FIGURE | TF_H1)))
        return 0;
    const char *s = pg->text.data + b->off;
    size_t words = count_words(s, b->len);
    return (double)b->link < 0.3 * (double)b->len &&
           (words >= 15 || (words >= 8 && ends_sentence(s, b->len))) && !is_caption_line(s, b->len, words);
}

/* Fallback "wider": the article is there but the container chosen holds
 * only a sliver of it (a short intro box won; the body sits beside it under
 * a wrapper whose class looked like furniture).  Climb from the container
 * to the first ancestor below <body> whose text is at least twice as long,
 * furniture below it still dropped. */
static np_status wider_text(page *pg, int best, const char *title, size_t main_len, size_t *kept, np_buf *out)
{
    np_status st = NP_OK;
    for (int a = pg->el[best].parent; a >= 0 && !(pg->el[a].flags & TF_ROOT) && st == NP_OK;
         a = pg->el[a].parent) {
        if (pg->el[a].narticles >= 2)
            break;
        int lo, hi;
        mark_span(pg, a, 0, &lo, &hi);
        if (index_headlines(pg, lo, hi, NULL))
            break;
        np_buf_reset(out);
        st = span_text(pg, lo, hi, 0, title, kept, out);
        if (st == NP_OK && out->len >= 2 * main_len + 1)
            return NP_OK;
    }
    np_buf_reset(out);
    return st;
}

/* Fallback "density": no container holds the article (its paragraphs sit
 * in table cells, in wrappers each holding one, or under class names that
 * read as furniture).  Over the whole page, outside the tags that are
 * furniture by themselves (nav, aside, footer, form), keep the prose blocks
 * and, between the first and last of the densest run of them, the
 * headings, list items, table rows and quotes with few links. */
static np_status density_text(page *pg, int hinted, const char *title, size_t *kept, np_buf *out)
{
    /* furniture by tag (and with `hinted`, by class too), ancestors
     * included; a false hint on a page-wide wrapper excepted */
    for (size_t i = 0; i < pg->nel; i++) {
        elem *e = &pg->el[i];
        int own = hinted ? is_boiler(e) : (e->flags & TF_BOILER) && !(e->flags & TF_FALSEHINT);
        e->dead = own || (e->parent >= 0 && pg->el[e->parent].dead);
    }
    /* The densest run: prose blocks joined while the gap between two of
     * them holds fewer bytes of other text than the prose around it. */
    size_t best_lo = 0, best_hi = 0, run_lo = 0;
    double best_v = 0, run_v = 0, gap = 0;
    int in_run = 0;
    for (size_t i = 0; i < pg->nbl; i++) {
        const block *b = &pg->bl[i];
        if (pg->el[b->elem].dead)
            continue;
        if (is_prose(pg, b)) {
            if (!in_run || gap > run_v + (double)b->len) {
                run_lo = i;
                run_v = 0;
            }
            in_run = 1;
            run_v += (double)b->len;
            gap = 0;
            if (run_v > best_v) {
                best_v = run_v;
                best_lo = run_lo;
                best_hi = i + 1;
            }
        } else if (in_run) {
            gap += b->link > b->len / 2 ? (double)b->len * 2 : (double)b->len * 0.5;
        }
    }
    size_t nk = 0;
    for (size_t i = best_lo; i < best_hi; i++) {
        const block *b = &pg->bl[i];
        if (pg->el[b->elem].dead)
            continue;
        if (is_prose(pg, b) || keep_block(pg, b))
            kept[nk++] = i;
    }
    return print_kept(pg, kept, nk, title, out);
}

/* Below this many bytes the main container's text is checked against the
 * fallbacks; a fallback replaces it when it is at least twice as long and
 * at least NP_FALLBACK_MIN bytes. */
#ifndef NP_SHORT_MAIN
#define NP_SHORT_MAIN 1000
#endif
#ifndef NP_LONG_RATIO
#define NP_LONG_RATIO 3
#endif
#ifndef NP_FALLBACK_MIN
#define NP_FALLBACK_MIN 250
#endif

#ifndef NP_UNHINTED_MAX
#define NP_UNHINTED_MAX 300
#endif

/* Words in the longest paragraph of text (paragraphs end at "\n\n"). */
static size_t longest_paragraph(const char *s, size_t n)
{
    size_t best = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || (s[i] == '\n' && i + 1 < n && s[i + 1] == '\n')) {
            size_t w = count_words(s + start, i - start);
            if (w > best)
                best = w;
            start = i + 2;
            i++;
        }
    }
    return best;
}

/* Is s[0..n) short (WALL_PARAGRAPHS paragraphs, WALL_BYTES bytes at most)
 * and every paragraph of it a call to action, a comment header or a
 * rights notice (np_line_classify())?  A page that is only a consent or
 * cookie wall ("We and our partners use cookies ...") still yields that
 * text when nothing else reads as prose; no story is told in such lines
 * only.  A story about cookies or newsletters runs longer. */
#define WALL_PARAGRAPHS 2
#define WALL_BYTES 600
static int furniture_only(const char *s, size_t n)
{
    size_t start = 0, paragraphs = 0;
    if (n > WALL_BYTES)
        return 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || (s[i] == '\n' && i + 1 < n && s[i + 1] == '\n')) {
            np_line ln = {.s = s + start, .len = i - start};
            np_line_trim(&ln.s, &ln.len);
            if (ln.len) {
                np_line_classify(&ln);
                if (!(ln.flags & (NP_LF_CTA | NP_LF_COMMENTS | NP_LF_COPYRIGHT)) || ++paragraphs > WALL_PARAGRAPHS)
                    return 0;
            }
            start = i + 2;
            i++;
        }
    }
    return 1;
}

/* Try the fallbacks on a short main text: the wider container first (it
 * keeps the page's structure), then the density pass respecting furniture
 * class names (comment threads stay out), then without them (a page whose
 * body sits under a misleading class name).  The first that finds at least
 * twice the text and NP_FALLBACK_MIN bytes replaces `out`.  A main text of
 * NP_SHORT_MAIN bytes or more is replaced only by a density pass finding
 * NP_LONG_RATIO times as much (the container held one part of a body
 * split into many wrappers), and never when the publisher marked it. */
static np_status fallbacks(page *pg, int best, const char *title, size_t *kept, np_buf *out, np_html_path *path)
{
    /* a container inside the story the page title names (one of several
     * full stories) holds that story: the wider passes would add others */
    if (best >= 0 && pg->own >= 0 && best >= pg->own && best < pg->el[pg->own].end)
        return NP_OK;
    np_buf alt;
    np_buf_init(&alt, 0);
    size_t need = 2 * out->len > NP_FALLBACK_MIN ? 2 * out->len : NP_FALLBACK_MIN;
    np_status st = NP_OK;
    if (out->len >= NP_SHORT_MAIN) {
        /* a container the publisher marked as the body is not second-guessed */
        if (best >= 0 && (pg->el[best].hint & NP_HINT_STRONGPOS))
            return NP_OK;
        need = NP_LONG_RATIO * out->len;
        st = density_text(pg, 1, title, kept, &alt);
        if (st == NP_OK && alt.len >= need) {
            *path = NP_HTML_PATH_DENSITY;
            np_buf_reset(out);
            st = np_buf_append(out, alt.data, alt.len);
        }
        np_buf_free(&alt);
        return st;
    }
    if (best >= 0)
        st = wider_text(pg, best, title, out->len, kept, &alt);
    if (st == NP_OK && alt.len >= need) {
        *path = NP_HTML_PATH_WIDER;
    } else {
        /* with class names first, then, when the main pass found little
         * (a short story above a long comment thread is common), without
         * them: a page builder's "widget" wrappers, or an "inline links"
         * box around the whole body, hide the article from the first pass */
        int last = out->len < NP_UNHINTED_MAX ? 0 : 1;
        for (int hinted = 1; hinted >= last && st == NP_OK; hinted--) {
            np_buf_reset(&alt);
            st = density_text(pg, hinted, title, kept, &alt);
            if (st == NP_OK && alt.len >= need) {
                *path = NP_HTML_PATH_DENSITY;
                break;
            }
        }
    }
    if (st == NP_OK && *path != NP_HTML_PATH_MAIN) {
        np_buf_reset(out);
        st = np_buf_append(out, alt.data, alt.len);
    }
    np_buf_free(&alt);
    return st;
}



static np_status main_text_page(page *pg, const char *title, np_buf *out, np_html_path *path, np_error *err)
{
    size_t *kept = np_malloc((pg->nbl ? pg->nbl : 1) * sizeof *kept);
    if (!kept)
        return NP_ENOMEM;
    np_status st = NP_OK;
    size_t heads = 0;
    int best = choose_container(pg);
    if (best >= 0) {
        int lo, hi;
        int bound = story_boundary(pg, best);
        if (bound != best) {
            mark_span(pg, bound, 0, &lo, &hi);
            prune_to_path(pg, best, bound);
        } else {
            mark_span(pg, best, 1, &lo, &hi);
        }
        heads = index_headlines(pg, lo, hi, NULL);
        if (!heads)
            st = span_text(pg, lo, hi, 1, title, kept, out);
    }
    *path = NP_HTML_PATH_MAIN;
    if (st == NP_OK && !heads) {
        st = fallbacks(pg, best, title, kept, out, path);
        /* on a page that is a list of headlines, what a fallback pass took
         * is a section page's intro and card summaries, unless a paragraph
         * is longer than any summary.  (A short main text is kept: on
         * trafilatura-eval, taking it for an index too rejected 5 video and
         * interview pages whose story is two sentences, F1 0.927 -> 0.925.) */
        int cards = 0;
        if (st == NP_OK && *path != NP_HTML_PATH_MAIN && longest_paragraph(out->data, out->len) < 45 &&
            (heads = index_headlines(pg, 0, (int)pg->nel, &cards)) != 0 && cards)
            np_buf_reset(out);
        else
            heads = 0;
    } else if (st == NP_OK && heads) {
        /* The best container is a list of headlines, but an article may sit
         * elsewhere on the page (a story above a long "more news" grid): the
         * density pass keeps it when it holds a paragraph longer than any
         * summary of an index. */
        st = density_text(pg, 1, title, kept, out);
        if (st == NP_OK && out->len >= 2 * NP_FALLBACK_MIN && longest_paragraph(out->data, out->len) >= 45) {
            *path = NP_HTML_PATH_DENSITY;
            heads = 0;
        } else {
            np_buf_reset(out);
        }
    }
    np_free(kept);
    if (st != NP_OK)
        return st;
    if (heads)
        return np_error_set(err, NP_EEMPTY, "", 0, -1,
                            "no article [index]: the page is an index of %zu headlines", heads);
    if (out->len == 0 && (heads = index_headlines(pg, 0, (int)pg->nel, NULL)) != 0)
        return np_error_set(err, NP_EEMPTY, "", 0, -1,
                            "no article [index]: the page is an index of %zu headlines", heads);
    if (out->len && furniture_only(out->data, out->len))
        np_buf_reset(out);
    if (out->len == 0)
        return np_error_set(err, NP_EEMPTY, "", 0, -1,
                            best < 0 ? "no article [no_text]: no block of the page reads like running text"
                                     : "no article [short]: the text found is page furniture only");
    return NP_OK;
}

np_status np_html_main_text(xmlDoc *doc, const char *title, const char *description, np_buf *out,
                            np_html_path *path, np_error *err)
{
    np_html_path unused;
    if (!path)
        path = &unused;
    *path = NP_HTML_PATH_MAIN;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return np_error_set(err, NP_EEMPTY, "", 0, -1, "no article [no_text]: the html page has no elements");
    page pg;
    memset(&pg, 0, sizeof pg);
    np_buf_init(&pg.text, 0);
    pg.hs = np_html_hints_new();
    if (!pg.hs) {
        np_buf_free(&pg.text);
        return NP_ENOMEM;
    }
    pg.description = description;
    pg.title = title;
    pg.own = -1;
    np_status st = flatten(root, &pg);
    if (st == NP_OK && (pg.nel == 0 || pg.nbl == 0))
        st = np_error_set(err, NP_EEMPTY, "", 0, -1, "no article [no_text]: the html page has no text");
    if (st == NP_OK) {
        score_page(&pg);
        st = main_text_page(&pg, title, out, path, err);
    }
    np_html_hints_free(pg.hs);
    np_free(pg.el);
    np_free(pg.bl);
    np_buf_free(&pg.text);
    return st;
}

const char *np_html_path_name(np_html_path path)
{
    switch (path) {
    case NP_HTML_PATH_WIDER:
        return "wider";
    case NP_HTML_PATH_DENSITY:
        return "density";
    case NP_HTML_PATH_JSONLD:
        return "jsonld";
    case NP_HTML_PATH_DESCRIPTION:
        return "description";
    case NP_HTML_PATH_MAIN:
    default:
        return "main";
    }
}
