#!/usr/bin/env python3
"""Check a brief gold file against the documents it describes.

usage: validate_gold.py [CORPUS_DIR] [--seeds DIR]

Documents are the files of CORPUS_DIR, and the "id"s of the JSONL lines in corpus-jsonl/ beside it.

CORPUS_DIR defaults to examples/corpus next to this script and must hold gold.json.
Checks, for every document named in the gold:
  - every "text" (quotes, facts, entities, numbers, discrepancies, timeline) is an exact substring;
  - title, first/last body sentence, deck are exact substrings; each boilerplate entry starts a line;
  - each corroborated fact's keys: every listed doc has a sentence containing one key set;
  - framing terms occur in their document (and says where else they occur);
  - article length is 250-700 words (body estimate: whole file);
and, when a seeds directory is given or ../shared/seeds exists, that no run of 9 words
is shared with a seed article (the repository must not copy the seeds).
Exit status 1 on any error.
"""
import json, os, re, sys


def sentences(text):
    return [s for s in re.split(r'(?<=[.!?"”])\s+|\n+', text) if s.strip()]


def shingles(text, n=9):
    w = re.findall(r"[\w’']+", text.lower())
    return {' '.join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = args[0] if args else os.path.join(here, 'corpus')
    seeds = None
    if '--seeds' in sys.argv:
        seeds = sys.argv[sys.argv.index('--seeds') + 1]
    else:
        cand = os.path.join(here, '..', '..', 'shared', 'seeds')
        seeds = cand if os.path.isdir(cand) else None
    gold = json.load(open(os.path.join(corpus, 'gold.json'), encoding='utf-8'))
    docs = {}
    errors = []

    # documents that come as JSONL lines (corpus-jsonl/ beside the corpus) are named by their "id"
    jsonl_dir = os.path.join(os.path.dirname(os.path.abspath(corpus)), 'corpus-jsonl')
    if os.path.isdir(jsonl_dir):
        for name in sorted(os.listdir(jsonl_dir)):
            if name.endswith('.jsonl'):
                for line in open(os.path.join(jsonl_dir, name), encoding='utf-8'):
                    if line.strip():
                        rec = json.loads(line)
                        docs.setdefault(rec['id'], rec.get('text') or '')

    def text_of(doc):
        if doc not in docs:
            path = os.path.join(corpus, doc)
            if not os.path.exists(path):
                errors.append(f'missing document {doc}')
                docs[doc] = ''
            else:
                docs[doc] = open(path, encoding='utf-8').read()
        return docs[doc]

    def need(doc, s, what):
        if s is None:
            return
        if s not in text_of(doc):
            errors.append(f'{doc}: {what} not an exact substring: {s!r}')

    for d in gold['documents']:
        t = text_of(d['doc'])
        for key in ('title', 'deck', 'first_body_sentence', 'last_body_sentence'):
            need(d['doc'], d.get(key), key)
        lines = [l.strip() for l in t.splitlines()]
        for b in d['boilerplate']:
            if not any(l.startswith(b) for l in lines):
                errors.append(f"{d['doc']}: boilerplate does not start a line: {b!r}")
        n = len(t.split())
        if not 250 <= n <= 700:
            errors.append(f"{d['doc']}: {n} words, outside 250-700")
    for g in gold['quote_groups']:
        for v in g['variants']:
            need(v['doc'], v['text'], f"quote ({g['gist']})")
    for q in gold['single_source_quotes']:
        need(q['doc'], q['text'], f"quote of {q['speaker']}")
    for f in gold['corroborated_facts']:
        for doc in f['docs']:
            sents = [s.lower() for s in sentences(text_of(doc))]
            if not any(all(k in s for k in alt) for alt in f['keys'] for s in sents):
                errors.append(f"{doc}: no sentence carries the keys of fact {f['fact']!r}")
    for f in gold['single_source_facts']:
        need(f['doc'], f['text'], 'single-source fact')
    for e in gold['entity_variants']:
        for v in e['variants']:
            need(v['doc'], v['text'], f"entity {e['canonical']}")
    for n in gold['numbers']:
        need(n['doc'], n['text'], 'number')
    for d in gold['discrepancies']:
        need(d['doc'], d['text'], 'discrepancy')
    for t in gold['timeline']:
        if 'doc' in t:
            need(t['doc'], t['text'], 'timeline')
    gold_docs = [d['doc'] for d in gold['documents']]
    for fr in gold['framing']:
        for term in fr['terms']:
            if term not in text_of(fr['doc']).lower():
                errors.append(f"{fr['doc']}: framing term {term!r} absent")
            elsewhere = [d for d in gold_docs if d != fr['doc'] and term in text_of(d).lower()]
            if elsewhere:
                print(f"note: framing term {term!r} of {fr['doc']} also in {', '.join(elsewhere)}")
    if seeds:
        seed_sh = set()
        for name in sorted(os.listdir(seeds)):
            if name.endswith('.txt'):
                seed_sh |= shingles(open(os.path.join(seeds, name), encoding='utf-8').read())
        for name in sorted(os.listdir(corpus)):
            if name.endswith('.txt'):
                common = shingles(open(os.path.join(corpus, name), encoding='utf-8').read()) & seed_sh
                if common:
                    errors.append(f'{name}: shares a 9-word run with the seeds: {sorted(common)[0]!r}')
    for e in errors:
        print('error: ' + e)
    print(f"{len(gold_docs)} documents, {len(errors)} errors" + ('' if seeds else ' (seed overlap not checked)'))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
