#!/usr/bin/env python3
"""bench/ecb_claims.py — corroboration and single-source precision on ECB+ events that no rule was tuned on.

The seven real-news claim golds (../shared/data/realnews-claims/) are what the same-claim rules were
measured on.  bench/golds/ecb-claims/ holds claim golds of the same format for six ECB+ events
(../shared/tools/ecbplus.py, topics 1-25, 9-11 articles each from as many outlets), written on
2026-12-05 by annotators who did not see newsprism's output: every sentence labelled with the claims it
states, two sentences of different articles sharing a label when one confirms the other.  Character
offsets only (and each article's sha256); the texts are materialized under /tmp.

Each event goes into its own store (real outlets: ecbplus.py --real-meta), is briefed, and is scored by
../shared/tools/check_claims.py, which prints pair precision / recall / F1 and single-source precision.

usage: python3 bench/ecb_claims.py [--build BUILD] [--out DIR] [--verbose] [EVENT ...]
    DIR (default /tmp/np_ecb_claims): ecb/ (materialized texts), per event a texts folder, a store, the
    brief JSON and the scorer's output (--verbose prints it).
"""
import argparse
import importlib.util
import json
import shutil
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('NP_SHARED', os.path.join(ROOT, '..', 'shared'))
GOLDS = os.path.join(ROOT, 'bench', 'golds', 'ecb-claims')


def materialize(out):
    """The ECB+ texts with their real outlets, materialized once under out/ecb (as ecb_selfcheck.py does)."""
    spec = importlib.util.spec_from_file_location('ecb_selfcheck', os.path.join(ROOT, 'bench', 'ecb_selfcheck.py'))
    selfcheck = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(selfcheck)
    return selfcheck.materialize(out, 'ecb_claims')


def write_event(out, event, labels, docs):
    """<out>/<event>/texts: one <id>.txt per article, which check_claims.py reads and maps the brief's
    documents to by name; <out>/<event>/docs.jsonl, what is ingested (kept out of texts/: check_claims.py
    would map its ids to files by their text, and two outlets printing one wire text would meet in one
    file)."""
    tdir = os.path.join(out, event, 'texts')
    shutil.rmtree(tdir, ignore_errors=True)  # no text of an earlier run stays beside this one's
    os.makedirs(tdir)
    with open(os.path.join(out, event, 'docs.jsonl'), 'w', encoding='utf-8') as fh:
        for d in docs:
            if labels['event'].get(d['id']) == event:
                with open(os.path.join(tdir, d['id'] + '.txt'), 'w', encoding='utf-8') as t:
                    t.write(d['text'])
                fh.write(json.dumps(d) + '\n')
    return tdir


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    ap.add_argument('--out', default='/tmp/np_ecb_claims')
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('events', nargs='*')
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(SHARED, 'tools', 'ecbplus.py')):
        sys.exit('ecb_claims: ../shared/tools/ecbplus.py not found')
    events = args.events or sorted(f[:-len('.claims.json')] for f in os.listdir(GOLDS) if f.endswith('.claims.json'))
    np_bin = os.path.join(ROOT, args.build, 'newsprism')
    subprocess.run(['make', '-s', '-j2', 'BUILD=' + args.build, 'all'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    labels, docs = materialize(args.out)
    sums, n = [0.0, 0.0, 0.0], 0
    for event in events:
        tdir = write_event(args.out, event, labels, docs)
        base = os.path.join(args.out, event)
        for suffix in ('.db', '.db-wal', '.db-shm'):
            if os.path.exists(base + suffix):
                os.remove(base + suffix)
        ing = subprocess.run([np_bin, '--quiet', '--db', base + '.db', 'ingest',
                              os.path.join(args.out, event, 'docs.jsonl')], capture_output=True, text=True)
        if ing.returncode not in (0, 3):  # 3: some input rejected, named on stderr; the rest is stored
            print(f'{event:<28} ingest failed: {ing.stderr.strip()[:200]}')
            continue
        brief = subprocess.run([np_bin, '--db', base + '.db', 'brief', '--format', 'json'], capture_output=True,
                               text=True)
        if brief.returncode != 0:
            print(f'{event:<28} brief failed: {brief.stderr.strip()[:200]}')
            continue
        open(base + '.json', 'w', encoding='utf-8').write(brief.stdout)
        score = subprocess.run([sys.executable, os.path.join(SHARED, 'tools', 'check_claims.py'), 'score',
                                base + '.json', os.path.join(GOLDS, event + '.claims.json'), tdir, '--verbose'],
                               capture_output=True, text=True)
        open(base + '.claims.txt', 'w', encoding='utf-8').write(score.stdout + score.stderr)
        if args.verbose:
            print(score.stdout + score.stderr)
        last = [l for l in score.stdout.splitlines() if l.startswith('claims:')]
        print(f'{event:<28} {last[-1] if last else "not scored: " + (score.stderr or score.stdout).strip()[-200:]}')
        if last:
            w = last[-1].replace(';', '').split()
            sums[0] += float(w[3])
            sums[1] += float(w[7])
            sums[2] += float(w[10])
            n += 1
    if n:
        print(f'{"ecb claims mean":<28} pair P {sums[0] / n:.3f}  pair F1 {sums[1] / n:.3f}  '
              f'single-source P {sums[2] / n:.3f}  ({n} events)')


if __name__ == '__main__':
    main()
