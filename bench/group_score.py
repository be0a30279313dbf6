#!/usr/bin/env python3
"""Score a story grouping: pairwise and BCubed P/R/F1 of PRED against GOLD.

usage: group_score.py PRED.jsonl GOLD.jsonl [--topic TOPIC.jsonl] [--name NAME]
       group_score.py split ECB.jsonl LABELS.json OUTDIR   (ECB+ topics 1-22 -> train*.jsonl, 23-25 -> dev*.jsonl: documents, gold events, gold topics)
       group_score.py realgold ALL.jsonl GOLD.jsonl        (gold event = the folder prefix of each id)
       group_score.py shuffle IN.jsonl OUT.jsonl SEED

PRED and GOLD hold one {"id","cluster"} a line; only GOLD's ids are scored, a GOLD id missing from PRED
is a singleton.  With --topic, also the pairwise precision against topics (1.0 = no topic ever mixed).
Prints one line: NAME docs N groups G/GOLD pairP pairR pairF1 b3P b3R b3F1 [topicP].
"""
import json, random, sys
from collections import Counter, defaultdict


def load(path):
    return {str(o['id']): str(o['cluster']) for o in map(json.loads, open(path)) if o}


def pairwise(gold, pred):
    def c2(n):
        return n * (n - 1) // 2
    both = Counter((gold[i], pred[i]) for i in gold)
    tp = sum(c2(v) for v in both.values())
    pp = sum(c2(v) for v in Counter(pred[i] for i in gold).values())
    gp = sum(c2(v) for v in Counter(gold.values()).values())
    p = tp / pp if pp else 0.0
    r = tp / gp if gp else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold, pred):
    g_sets, p_sets = defaultdict(set), defaultdict(set)
    for i in gold:
        g_sets[gold[i]].add(i)
        p_sets[pred[i]].add(i)
    P = sum(len(p_sets[pred[i]] & g_sets[gold[i]]) / len(p_sets[pred[i]]) for i in gold) / len(gold)
    R = sum(len(p_sets[pred[i]] & g_sets[gold[i]]) / len(g_sets[gold[i]]) for i in gold) / len(gold)
    return P, R, 2 * P * R / (P + R) if P + R else 0.0


def score(argv):
    pred_all, gold = load(argv[0]), load(argv[1])
    name = argv[argv.index('--name') + 1] if '--name' in argv else argv[0]
    pred = {i: pred_all.get(i, 'singleton:' + i) for i in gold}
    pp, pr, pf = pairwise(gold, pred)
    bp, br, bf = bcubed(gold, pred)
    line = (f'{name:<22} docs {len(gold):4d} groups {len(set(pred.values())):3d}/{len(set(gold.values())):3d}'
            f'  pair P {pp:.3f} R {pr:.3f} F1 {pf:.3f}  BCubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}')
    if '--topic' in argv:
        topic = load(argv[argv.index('--topic') + 1])
        tp = pairwise({i: topic[i] for i in gold}, pred)[0]
        line += f'  topic P {tp:.3f}'
    print(line)


def split(ecb, labels, outdir):
    lab = json.load(open(labels))
    topic = lab['topic']
    for part, keep in (('train', lambda t: t <= 22), ('dev', lambda t: t > 22)):
        with open(f'{outdir}/{part}.jsonl', 'w') as docs, open(f'{outdir}/{part}_event.jsonl', 'w') as ev, \
                open(f'{outdir}/{part}_topic.jsonl', 'w') as tp:
            for line in open(ecb):
                i = json.loads(line)['id']
                if keep(int(topic[i])):
                    docs.write(line)
                    ev.write(json.dumps({'id': i, 'cluster': lab['event'][i]}) + '\n')
                    tp.write(json.dumps({'id': i, 'cluster': topic[i]}) + '\n')


def realgold(src, out):
    with open(out, 'w') as f:
        for o in map(json.loads, open(src)):
            f.write(json.dumps({'id': o['id'], 'cluster': o['id'].split('-')[0]}) + '\n')


def shuffle(src, out, seed):
    lines = open(src).readlines()
    random.Random(int(seed)).shuffle(lines)
    open(out, 'w').writelines(lines)


if __name__ == '__main__':
    a = sys.argv[1:]
    if not a:
        sys.exit(__doc__)
    {'split': lambda: split(*a[1:4]), 'realgold': lambda: realgold(*a[1:3]),
     'shuffle': lambda: shuffle(*a[1:4])}.get(a[0], lambda: score(a))()
