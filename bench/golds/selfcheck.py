#!/usr/bin/env python3
"""Check that each real-news gold is consistent with the scorer: the brief an editor would write from the gold
itself must score 100% recall and 100% precision with ../shared/tools/check_brief.py.

usage: selfcheck.py [--golds DIR] [--texts DIR] [--shared DIR] [EVENT ...]
  --golds DIR   materialized golds (materialize.py --out), default /tmp/newsprism-golds
  --texts DIR   the real-news texts, default /tmp/realnews
  --shared DIR  the shared folder holding tools/check_brief.py, default ../../../shared from here
Exit status 1 when any gold falls short, with the scorer's complaints.

Why: check_brief.py judges a brief's fact against the FIRST gold fact whose keys most of its support refs
hold, and a sentence can state two claims. A gold whose keys are too broad, or whose facts come in the wrong
order, or whose single-source sentence also states a corroborated claim, would mark a correct brief wrong.
The ideal brief built here cites, for each gold fact and outlet, the outlet's sentence holding one of the
fact's keys and the fewest keys of other facts; headlines and decks are not cited (they are metadata).
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = (s or '').replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()


def ideal_brief(gold, texts, sentences):
    """The brief check_brief.py should score 100/100 against GOLD."""
    def keyed(s, f):
        return any(all(k in norm(s) for k in alt) for alt in f['keys'])
    docs, body = [], {}
    for d in gold['documents']:
        lines = [l for l in texts[d['doc']].split('\n')
                 if not any(norm(l).startswith(norm(b)) for b in d['boilerplate'])]
        body[d['doc']] = '\n'.join(lines)
        docs.append({'doc': d['doc'], 'title': d['title'], 'published': d['published'], 'author': d['author'],
                     'text': body[d['doc']]})
    meta = {d['doc']: {norm(x) for x in (d.get('title'), d.get('deck')) if x} for d in gold['documents']}
    facts, problems = [], []
    for f in gold['corroborated_facts']:
        support = []
        for doc in f['docs']:
            t = body[doc]
            cands = [t[a:b] for a, b in sentences(t) if keyed(t[a:b], f) and not any(norm(t[a:b]) in m for m in meta[doc])]
            if not cands:
                problems.append(f"{f['fact']}: no sentence of {doc} holds a key")
                continue
            cands.sort(key=lambda s: sum(1 for o in gold['corroborated_facts'] if o is not f and keyed(s, o)))
            support.append({'doc': doc, 'text': cands[0]})
        facts.append({'summary': f['fact'], 'support': support})
    for f in gold['single_source_facts']:
        facts.append({'summary': f['fact'], 'support': [{'doc': f['doc'], 'text': f['text']}]})
    story = {
        'documents': docs, 'facts': facts,
        'quotes': [{'speaker': q['speaker'], 'variants': q['variants']} for q in gold['quote_groups']] +
                  [{'speaker': q['speaker'], 'variants': [{'doc': q['doc'], 'text': q['text']}]}
                   for q in gold['single_source_quotes']],
        'entities': [{'name': e['canonical'], 'type': 'ANY', 'variants': e['variants']} for e in gold['entity_variants']],
        'numbers': [{'doc': n['doc'], 'text': n['text'], 'value': 0, 'unit': None} for n in gold['numbers']],
        'discrepancies': [{'what': x['what'], 'items': [{'doc': x['doc'], 'text': x['text']}]} for x in gold['discrepancies']],
        'framing': gold['framing'],
        'timeline': [{'date': t['date'], 'event': t['event'], 'sources': []} for t in gold['timeline']],
    }
    return {'stories': [story]}, problems


def main(argv):
    opts = {'--golds': '/tmp/newsprism-golds', '--texts': '/tmp/realnews',
            '--shared': os.path.join(HERE, '..', '..', '..', 'shared')}
    events, i = [], 0
    while i < len(argv):
        if argv[i] in opts and i + 1 < len(argv):
            opts[argv[i]] = argv[i + 1]
            i += 2
        elif argv[i].startswith('-'):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            events.append(argv[i])
            i += 1
    golds, texts_dir, shared = opts['--golds'], opts['--texts'], opts['--shared']
    sys.path.insert(0, os.path.join(shared, 'tools'))
    try:
        import check_claims      # its sentence splitter, the one the claim golds use
    except ImportError:
        print(f'no check_claims.py under {shared}/tools', file=sys.stderr)
        return 2
    if not events:
        events = sorted(f[:-len('.offsets.json')] for f in os.listdir(HERE) if f.endswith('.offsets.json'))
    status = 0
    for ev in events:
        try:
            gold = json.load(open(os.path.join(golds, ev + '.gold.json'), encoding='utf-8'))
            texts = {d['doc']: open(os.path.join(texts_dir, ev, d['doc']), encoding='utf-8').read()
                     for d in gold['documents']}
        except (OSError, ValueError) as e:
            print(f'{ev}: {e} (run materialize.py first)')
            status = 1
            continue
        brief, problems = ideal_brief(gold, texts, check_claims.sentences)
        path = os.path.join(golds, ev + '.ideal-brief.json')
        json.dump(brief, open(path, 'w', encoding='utf-8'), ensure_ascii=False)
        out = subprocess.run([sys.executable, os.path.join(shared, 'tools', 'check_brief.py'), path,
                              os.path.join(golds, ev + '.gold.json'), '--verbose'], capture_output=True, text=True).stdout
        lines = out.splitlines()
        summary = ' '.join(l for l in lines if l.startswith(('brief precision', 'brief score')))
        bad = problems + [l.strip() for l in lines if l.strip().startswith(('missing', 'wrong'))]
        print(f'{ev}: {"ok" if not bad else "FAILS"}  {summary}')
        for b in bad:
            print('  ' + b)
        status |= bool(bad)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
