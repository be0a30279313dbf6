#!/usr/bin/env python3
"""bench/ecb_selfcheck.py — the brief of every ECB+ event (topics 1-25) read by the checks that need no gold.

ECB+ (../shared/tools/ecbplus.py) holds 46 real events of 3-22 articles from many outlets.  Nobody wrote a
brief gold for them, but part of what check_brief.py judges needs none: a framing term the outlet only
quotes, an entity that is a common word, a sentence listed under two dates, a single-source item also
cited as agreed by several outlets.  Each event is ingested into its own store (with its real outlets:
ecbplus.py --real-meta), briefed, and scored by check_brief.precision() against an empty gold; number
discrepancies, which do need a reader, are counted and listed for reading.

usage: python3 bench/ecb_selfcheck.py [--build BUILD] [--out DIR] [--verbose]
    DIR (default /tmp/np_ecb_selfcheck) gets ecb/ (materialized texts), one store, brief JSON and the
    lines judged wrong per event; the articles stay under /tmp (they belong to their publishers).
Prints per section 'ok/judged' summed over the events, the number of discrepancies, and with --verbose
every wrong item and every discrepancy with its sentences.
"""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('NP_SHARED', os.path.join(ROOT, '..', 'shared'))


def load_check_brief():
    path = os.path.join(SHARED, 'tools', 'check_brief.py')
    spec = importlib.util.spec_from_file_location('check_brief', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sentence_of(text, part):
    """The sentence of text holding part (for reading a discrepancy)."""
    p = text.find(part)
    if p < 0:
        return part
    a = max(text.rfind('. ', 0, p), text.rfind('\n', 0, p)) + 1
    e = text.find('. ', p + len(part))
    return text[a:len(text) if e < 0 else e + 1].strip().replace('\n', ' ')


def materialize(out, who):
    """The ECB+ texts with their real outlets (ecbplus.py materialize --real-meta), once, under out/ecb:
    (labels.json, the documents of ecb.jsonl).  who names the calling script in an error."""
    ecb = os.path.join(out, 'ecb')
    if not os.path.isfile(os.path.join(ecb, 'labels.json')):
        r = subprocess.run([sys.executable, os.path.join(SHARED, 'tools', 'ecbplus.py'), 'materialize', ecb,
                            '--real-meta'], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f'{who}: ecbplus.py materialize failed: ' + (r.stderr or r.stdout).strip()[-300:])
    labels = json.load(open(os.path.join(ecb, 'labels.json')))
    docs = [json.loads(line) for line in open(os.path.join(ecb, 'ecb.jsonl'), encoding='utf-8')]
    return labels, docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    ap.add_argument('--out', default='/tmp/np_ecb_selfcheck')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(SHARED, 'tools', 'ecbplus.py')):
        sys.exit('ecb_selfcheck: ../shared/tools/ecbplus.py not found')
    np_bin = os.path.join(ROOT, args.build, 'newsprism')
    subprocess.run(['make', '-s', '-j2', 'BUILD=' + args.build, 'all'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    labels, docs = materialize(args.out, 'ecb_selfcheck')
    cb = load_check_brief()
    empty = {'corroborated_facts': [], 'single_source_facts': [], 'quote_groups': [], 'discrepancies': []}
    ok, judged = collections.Counter(), collections.Counter()
    wrong, discs = [], []
    for event in sorted(set(labels['event'].values())):
        base = os.path.join(args.out, event)
        with open(base + '.jsonl', 'w', encoding='utf-8') as fh:
            for d in docs:
                if labels['event'][d['id']] == event:
                    fh.write(json.dumps(d) + '\n')
        if os.path.exists(base + '.db'):
            os.remove(base + '.db')
        subprocess.run([np_bin, '--quiet', '--db', base + '.db', 'ingest', base + '.jsonl'],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([np_bin, '--db', base + '.db', 'brief', '--all', '--format', 'json'],
                             capture_output=True, text=True)
        if out.returncode != 0:
            wrong.append(f'{event}: brief failed: {out.stderr.strip()[:200]}')
            continue
        open(base + '.json', 'w', encoding='utf-8').write(out.stdout)
        for story in json.loads(out.stdout).get('stories') or []:
            prec, bad = cb.precision(story, empty)
            for section, (g, t) in prec.items():
                if section == 'discrepancies':
                    continue  # every one "wrong" against an empty gold: counted below instead
                ok[section] += g
                judged[section] += t
            wrong += [f'{event}: {w}' for w in bad if not w.startswith('discrepancies')]
            texts = {d.get('doc'): d.get('text') or '' for d in story.get('documents') or []}
            for d in story.get('discrepancies') or []:
                items = [(i.get('outlet'), sentence_of(texts.get(i.get('doc'), ''), i.get('text') or ''))
                         for i in d.get('items') or []]
                discs.append((event, d.get('explain') or d.get('what'), items))
    for section in sorted(judged):
        print(f'{section:<16} {ok[section]}/{judged[section]}')
    print(f'{"discrepancies":<16} {len(discs)} (read them: --verbose)')
    if args.verbose:
        for w in wrong:
            print('  wrong', w)
        for event, what, items in discs:
            print(f'  {event}: {what}')
            for outlet, sent in items[:3]:
                print(f'      {outlet}: {sent[:240]}')


if __name__ == '__main__':
    main()
