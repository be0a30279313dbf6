#!/usr/bin/env python3
"""Rebuild check_brief-format golds for the real-news stories from their offsets files.

usage: materialize.py [--texts DIR] [--out DIR] [EVENT ...]
  --texts DIR   the materialized stories (../shared/tools/realnews.py materialize), default /tmp/realnews
  --out DIR     where <event>.gold.json files go, default /tmp/newsprism-golds
  EVENT         e.g. 1-comey-memos; default: every bench/golds/<event>.offsets.json

An offsets file holds no article text: every text span is {"doc": FILE, "start": S, "end": E}, character
offsets into TEXTS/<event>/FILE, and each FILE's sha256 is recorded so a changed text is refused rather
than read at the wrong offsets. Names (speakers, canonical entity names), the editor's one-line glosses
("fact", "gist", "what", "event") and dates are plain strings. The output has the shape
../shared/tools/check_brief.py reads (the same as ../shared/seeds/gold.json). Keys of corroborated facts and
framing terms are lower-cased, as the scorer compares them with lower-cased text.
Exit status 1, with one line per problem on stderr, when a text is missing or differs.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


class GoldError(Exception):
    pass


def load_texts(offsets, texts_dir):
    """FILE -> text, after checking every recorded hash."""
    event = offsets['event']
    texts = {}
    for name, meta in offsets['files'].items():
        path = os.path.join(texts_dir, event, name)
        try:
            raw = open(path, 'rb').read()
        except OSError as e:
            raise GoldError(f'cannot read {path}: {e.strerror}')
        if hashlib.sha256(raw).hexdigest() != meta['sha256']:
            raise GoldError(f'{path} differs from the text the gold was made on (sha256)')
        texts[name] = raw.decode('utf-8')
    return texts


def materialize(offsets, texts):
    def text(span):
        if span is None:
            return None
        t = texts.get(span['doc'])
        if t is None or not 0 <= span['start'] < span['end'] <= len(t):
            raise GoldError(f"bad span {span}")
        return t[span['start']:span['end']]

    def ref(span):
        return {'doc': span['doc'], 'text': text(span)}

    def low(span):
        return text(span).replace('\u2019', "'").replace('\u2018', "'").lower()

    docs = []
    for d in offsets['documents']:
        out = {'doc': d['doc'], 'outlet': d.get('outlet')}
        for key in ('title', 'published', 'author', 'dateline', 'deck'):
            v = d.get(key)
            out[key] = text(v) if isinstance(v, dict) else v
        out['boilerplate'] = [text(b) for b in d.get('boilerplate', [])]
        out['first_body_sentence'] = text(d['first_body_sentence'])
        out['last_body_sentence'] = text(d['last_body_sentence'])
        docs.append(out)
    return {
        'about': offsets.get('about', ''),
        'story_count': offsets.get('story_count', 1),
        'documents': docs,
        'quote_groups': [{'speaker': q['speaker'], 'gist': q['gist'], 'variants': [ref(v) for v in q['variants']]}
                         for q in offsets['quote_groups']],
        'single_source_quotes': [dict({'speaker': q['speaker']}, **ref(q['span'])) for q in offsets['single_source_quotes']],
        'corroborated_facts': [{'fact': f['fact'], 'docs': f['docs'], 'keys': [[low(k) for k in alt] for alt in f['keys']]}
                               for f in offsets['corroborated_facts']],
        'single_source_facts': [dict({'fact': f['fact']}, **ref(f['span'])) for f in offsets['single_source_facts']],
        'entity_variants': [{'canonical': e['canonical'], 'variants': [ref(v) for v in e['variants']]}
                            for e in offsets['entity_variants']],
        'numbers': [ref(n) for n in offsets['numbers']],
        'discrepancies': [dict({'what': x['what']}, **ref(x['span'])) for x in offsets['discrepancies']],
        'framing': [{'doc': f['doc'], 'terms': [low(t) for t in f['terms']]} for f in offsets['framing']],
        'timeline': [dict({'date': t['date'], 'event': t['event']}, **(ref(t['span']) if t.get('span') else {}))
                     for t in offsets['timeline']],
    }


def main(argv):
    texts_dir, out_dir, events = '/tmp/realnews', '/tmp/newsprism-golds', []
    i = 0
    while i < len(argv):
        if argv[i] in ('--texts', '--out') and i + 1 < len(argv):
            if argv[i] == '--texts':
                texts_dir = argv[i + 1]
            else:
                out_dir = argv[i + 1]
            i += 2
        elif argv[i].startswith('-'):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            events.append(argv[i])
            i += 1
    if not events:
        events = sorted(f[:-len('.offsets.json')] for f in os.listdir(HERE) if f.endswith('.offsets.json'))
    os.makedirs(out_dir, exist_ok=True)
    status = 0
    for ev in events:
        try:
            offsets = json.load(open(os.path.join(HERE, ev + '.offsets.json'), encoding='utf-8'))
            gold = materialize(offsets, load_texts(offsets, texts_dir))
        except (OSError, ValueError, KeyError, GoldError) as e:
            print(f'{ev}: {e}', file=sys.stderr)
            status = 1
            continue
        path = os.path.join(out_dir, ev + '.gold.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(path)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
