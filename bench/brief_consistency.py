#!/usr/bin/env python3
"""Count the places where a brief contradicts itself, as its reader would see them.

usage: brief_consistency.py BRIEF.json [BRIEF.json ...] [--verbose] [--label NAME]

Reads `newsprism brief --format json` output (any number of stories) and needs no gold: every check compares
one section of the brief with another, locating each REF's words in its document's "text".

  quote count     a quote group of 2+ outlets and a fact (or summary item) that is about that quotation
                  (at least two of its refs, and at least half of them, hold the wording of one of the group's
                  variants) that does not cite every outlet the group lists: the reader sees the same
                  statement credited to N outlets under "Quotes" and to fewer under "agree on".  A fact
                  citing MORE outlets than the group is not counted (the others paraphrase the claim),
                  unless such an outlet's ref prints the quotation itself: six or more words of it that
                  read the same as one of the group's wordings (any group, one outlet's too), so the quote
                  section leaves out an outlet that prints the statement the fact credits it with.
  shared sentence two facts that cite overlapping words of one document: the same sentence counted as two
                  claims, or as corroborated by several outlets and "reported by one outlet only".  One case
                  is told apart and not counted: a fact citing only the words inside quotation marks of a
                  sentence that another fact cites whole (the sentence quotes a statement and states another
                  claim; each fact cites the part that says it) - listed as "quote split".
  open quote      a fact's shown text or a summary item that opens a quotation mark and never closes it, or
                  closes one it never opened: a fragment of a longer quotation.  A shown text that runs to the
                  end of its paragraph, whose quotation the article itself never closes (the next paragraph
                  opens no mark, so it does not run on), is the article's missing mark: counted apart as
                  source-open, not as a fragment.
  number conflict a fact citing, from two outlets, both sides of a number discrepancy the brief lists: the
                  reader sees the outlets agree on what the discrepancy says they report differently.  Sides
                  of one value ("at least four dozen" / "almost four dozen") are one report worded apart
                  and not counted.

Prints, per file, one line 'consistency: quote-count N shared-sentence N (multi/multi a, multi/single b)
open-quote N (opens a, closes b) quote-split N source-open N number-conflict N' and with --verbose each case.  Exit 0 unless an input is unreadable.
"""
import json
import re
import sys

OPEN, CLOSE = '\u201c', '\u201d'


def spans(text, needle):
    """(start, end) of the first occurrence of needle (stripped) in text, or None."""
    n = (needle or '').strip()
    if not n or not text:
        return None
    p = text.find(n)
    return (p, p + len(n)) if p >= 0 else None


def overlap(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def plain_words(text):
    """Lower-case words of text, quotation marks and punctuation aside, as one space-separated string."""
    return ' '.join(re.findall(r"[\w']+", (text or '').replace('\u2019', "'").lower()))


def quoted_regions(text):
    """Character spans inside quotation marks (curly pairs, and straight pairs in order)."""
    out = []
    for m in re.finditer('\u201c[^\u201d]{1,2000}\u201d|"[^"\n]{1,2000}"', text or ''):
        out.append((m.start(), m.end()))
    return out


def inside_quote(sp, regions):
    """sp lies within one quotation (marks excluded or included)."""
    return any(r[0] <= sp[0] and sp[1] <= r[1] for r in regions)


def unbalanced(text):
    """'open' when text opens a quotation it never closes, 'close' when it closes one it never opened."""
    t = text or ''
    depth, lost = 0, False
    for ch in t:
        if ch == OPEN:
            depth += 1
        elif ch == CLOSE:
            if depth:
                depth -= 1
            else:
                lost = True
    if depth:
        return 'open'
    if lost:
        return 'close'
    straight = [m.start() for m in re.finditer('"', t)]
    if len(straight) % 2:
        first = straight[0]
        return 'open' if first == 0 or not t[first - 1].isalnum() and t[first - 1] not in '.,!?' else 'close'
    return None


def check_story(st, verbose, out):
    texts = {d.get('doc'): d.get('text') or '' for d in st.get('documents') or []}
    regions = {d: quoted_regions(t) for d, t in texts.items()}

    def located(refs):
        res = []
        for r in refs or []:
            if isinstance(r, dict):
                res.append((r.get('doc'), spans(texts.get(r.get('doc'), ''), r.get('text')), r.get('text') or ''))
        return res

    facts = []  # (section, shown text, located refs)
    for f in st.get('facts') or []:
        facts.append(('fact', f.get('summary') or '', located(f.get('support'))))
    items = list(facts)
    for s in st.get('summary') or []:
        items.append(('summary', s.get('text') or '', located(s.get('sources'))))

    counts = {'quote-count': 0, 'multi/multi': 0, 'multi/single': 0, 'open-quote': 0, 'close-quote': 0,
              'source-open': 0, 'quote split': 0, 'number-conflict': 0}

    # quote count
    for g in st.get('quotes') or []:
        var = located(g.get('variants'))
        gdocs = {d for d, _, _ in var}
        if len(gdocs) < 2:
            continue
        for sec, shown, refs in items:
            if not refs:
                continue
            hold = sum(1 for d, sp, _ in refs if any(d == vd and overlap(sp, vs) for vd, vs, _ in var))
            if hold < 1 or hold * 2 < len(refs):
                continue
            fdocs = {d for d, _, _ in refs}
            if not gdocs <= fdocs:
                counts['quote-count'] += 1
                if verbose:
                    out.append(f'  quote-count: {sec} of {len(fdocs)} outlets, quote group of {len(gdocs)} '
                               f'({g.get("speaker")}): {shown[:90]!r}')

    # an outlet printing a group's quotation, credited by a fact but not by the group
    for g in st.get('quotes') or []:
        var = located(g.get('variants'))
        gdocs = {d for d, _, _ in var}
        wordings = [plain_words(t) for _, _, t in var]
        for sec, shown, refs in items:
            hold = sum(1 for d, sp, _ in refs if any(d == vd and overlap(sp, vs) for vd, vs, _ in var))
            if hold < 1 or hold * 2 < len(refs):
                continue
            for d, _, t in refs:
                w = plain_words(t)
                if d in gdocs or len(w.split()) < 6:
                    continue
                if any(len(v.split()) >= 6 and (w in v or v in w) for v in wordings):
                    counts['quote-count'] += 1
                    if verbose:
                        out.append(f'  quote-count: {sec} cites {d} for the words of a quote group of '
                                   f'{len(gdocs)} that lacks it ({g.get("speaker")}): {shown[:90]!r}')
                    break

    # shared sentences between facts
    for i in range(len(facts)):
        for j in range(i + 1, len(facts)):
            di = {d for d, _, _ in facts[i][2]}
            dj = {d for d, _, _ in facts[j][2]}
            for a_doc, a_sp, a_t in facts[i][2]:
                for b_doc, b_sp, b_t in facts[j][2]:
                    if a_doc != b_doc or not overlap(a_sp, b_sp):
                        continue
                    inner, outer = (a_sp, b_sp) if a_sp[1] - a_sp[0] <= b_sp[1] - b_sp[0] else (b_sp, a_sp)
                    if inner != outer and inside_quote(inner, regions.get(a_doc, [])):
                        kind = 'quote split'
                    elif len(di) >= 2 and len(dj) >= 2:
                        kind = 'multi/multi'
                    elif len(di) >= 2 or len(dj) >= 2:
                        kind = 'multi/single'
                    else:
                        kind = 'multi/single'  # two single-source facts of one sentence: still twice
                    counts[kind] += 1
                    if verbose:
                        out.append(f'  {kind}: {a_doc} {a_t[:70]!r} in facts of {len(di)} and {len(dj)} outlets')

    # both sides of a number discrepancy cited as one fact
    for d in st.get('discrepancies') or []:
        its = d.get('items') or []
        if d.get('kind') != 'number' or len(its) != 2 or not values_differ(its):
            continue
        for f in st.get('facts') or []:
            sup = [r for r in f.get('support') or [] if isinstance(r, dict)]
            if all(any(r.get('doc') == it.get('doc') and (it.get('text') or '\0') in (r.get('text') or '')
                       for r in sup) for it in its):
                counts['number-conflict'] += 1
                if verbose:
                    out.append(f"  number-conflict: {d.get('what', '')[:120]!r}")

    # fragments of a quotation
    for sec, shown, refs in items:
        u = unbalanced(shown)
        if u == 'open' and left_open_by_source(shown, refs, texts):
            counts['source-open'] += 1  # the whole rest of a quotation its article never closes
            if verbose:
                out.append(f'  source-open: {sec} {shown[:90]!r}')
        elif u:
            counts[u + '-quote'] += 1
            if verbose:
                out.append(f'  {u}-quote: {sec} {shown[:90]!r}')
    return counts


NUM_WORDS = dict(zip('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen '
                     'sixteen seventeen eighteen nineteen'.split(), range(1, 20)))
NUM_WORDS.update(zip('twenty thirty forty fifty sixty seventy eighty ninety'.split(), range(20, 100, 10)))
SCALE_WORDS = {'dozen': 12, 'hundred': 100, 'thousand': 1000, 'million': 1e6, 'billion': 1e9}


def item_value(text):
    """The first number an item states (digits, or number words: "twenty-two" = 22, "four dozen" = 48), or None."""
    m = re.search(r'\d[\d,]*(?:\.\d+)?', text or '')
    v = float(m.group(0).replace(',', '')) if m else None
    for w in re.findall(r'[a-z]+', (text or '').lower()):
        if w in NUM_WORDS and not m:
            v = NUM_WORDS[w] if v is None or v >= 20 and NUM_WORDS[w] >= 10 else v + NUM_WORDS[w]
        elif w in SCALE_WORDS:
            v = SCALE_WORDS[w] if v is None else v * SCALE_WORDS[w]
    return v


def values_differ(items):
    """True when the two items' values differ (unknown values: False)."""
    a, b = item_value(items[0].get('text')), item_value(items[1].get('text'))
    if a is None or b is None:
        return False
    return abs(a) != abs(b)


def one_last_open(t):
    """t leaves exactly one quotation open, its last mark: no mark of another quotation follows it."""
    curly = [i for i, ch in enumerate(t) if ch in (OPEN, CLOSE)]
    if curly:
        depth = 0
        for i in curly:
            depth += 1 if t[i] == OPEN else -1
        return depth == 1 and t[curly[-1]] == OPEN and '"' not in t[curly[-1]:]
    straight = [m.start() for m in re.finditer('"', t)]
    return len(straight) % 2 == 1 and (straight[-1] == 0 or not t[straight[-1] - 1].isalnum())


def left_open_by_source(shown, refs, texts):
    """The shown text runs to the end of its paragraph, whose quotation the article never closes (the next
    paragraph opens no quotation mark, so it does not run on): the article's missing mark, not a fragment."""
    if not one_last_open(shown):
        return False
    for doc, sp, text in refs:
        if text != shown:
            continue
        t = texts.get(doc, '')
        if sp is None:
            continue
        a, b = sp
        m = re.match(r'[ \t]*(\n\s*|$)', t[b:])
        if not m:
            continue
        nxt = t[b + m.end():b + m.end() + 1]
        p0 = t.rfind('\n', 0, a) + 1
        if nxt not in ('"', OPEN) and unbalanced(t[p0:b]) == 'open':
            return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    if not args:
        print(__doc__)
        sys.exit(2)
    for path in args:
        try:
            brief = json.load(sys.stdin if path == '-' else open(path, encoding='utf-8'))
        except (OSError, ValueError) as e:
            print(f'cannot read {path}: {e}')
            sys.exit(2)
        total = {}
        lines = []
        for st in brief.get('stories') or []:
            for k, v in check_story(st, verbose, lines).items():
                total[k] = total.get(k, 0) + v
        shared = total.get('multi/multi', 0) + total.get('multi/single', 0)
        frag = total.get('open-quote', 0) + total.get('close-quote', 0)
        print(f"consistency: quote-count {total.get('quote-count', 0)} shared-sentence {shared} "
              f"(multi/multi {total.get('multi/multi', 0)}, multi/single {total.get('multi/single', 0)}) "
              f"open-quote {frag} (opens {total.get('open-quote', 0)}, closes {total.get('close-quote', 0)}) "
              f"quote-split {total.get('quote split', 0)} source-open {total.get('source-open', 0)} "
              f"number-conflict {total.get('number-conflict', 0)}")
        for line in lines:
            print(line)


if __name__ == '__main__':
    main()
