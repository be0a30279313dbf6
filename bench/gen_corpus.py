#!/usr/bin/env python3
"""Synthetic news corpus for newsprism's ingest and clustering benchmarks.

usage: gen_corpus.py --n N --out DIR [--format txt|jsonl] [--seed S] [--labels PATH]

Writes N articles built from the patterns of examples/corpus (a fictional summit
with quotes translated differently per outlet, a football transfer, a company's
job cuts, a restoration story): each synthetic *event* gets invented places,
people, organisations, numbers and dates; each *article* of an event is one
outlet's version of it (its own sentence selection and order, quote wording,
name transliteration, framing words, and the scraping noise of its outlet's
template: repeated headline, date line, byline, section labels, reaction
widgets, "Share this:", "Advertisement", product ads, "Read more:", tags,
copyright lines).  About one event per eight articles.

  --format txt    DIR/000/000000_<outlet>.txt ... (1,000 files per subfolder)
  --format jsonl  DIR/articles.jsonl, one {"id","url","title","text","published","outlet","author"} per line
  --labels PATH   also write {"id","cluster"} per article (for tools/eval_clusters.py)

Deterministic for a given --seed.  Every article body is distinct, except
deliberate syndicated copies: about 2% exact duplicates (same body, another
outlet's wrapping) and 2% near-duplicates (one sentence changed or a credit
line added); the last line printed states how many.  Python 3 standard
library only.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys
import time

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
         'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen', 'twenty']

# ---------------------------------------------------------------- invented names
P_SYL = ['Kes', 'Dur', 'Sol', 'Vel', 'Mar', 'Tal', 'Ost', 'Bren', 'Cal', 'Lor', 'Sar', 'Ner',
         'Quel', 'Var', 'Hal', 'Dor', 'Ils', 'Pra', 'Mor', 'Elm', 'Fen', 'Gal', 'Tor', 'Zem']
COUNTRY_END = ['trava', 'avia', 'mark', 'oria', 'enia', 'land', 'ova', 'ania', 'esia', 'ardy', 'onia']
CITY_END = ['vik', 'litz', 'grad', 'burg', 'ford', 'enza', 'ovo', 'mouth', 'stad', 'ona', 'ach', 'sk', 'brook']
RIVER = (['Orv', 'Tes', 'Mal', 'Dan', 'Sev', 'Yar', 'Lun', 'Kor', 'Vel', 'Ish', 'Brav'],
         ['ane', 'ra', 'ova', 'uba', 'es', 'ent', 'ila', 'ey'])
FIRST = (['Bo', 'Da', 'Mi', 'Ro', 'Ka', 'Le', 'Ti', 'Vla', 'Ser', 'An', 'Ya', 'Ol', 'Ste', 'Ma',
          'Ni', 'Ra', 'Ve', 'Lu', 'Ar', 'Te', 'Ha', 'Ed', 'Is', 'Yu', 'Ire', 'Em'],
         ['dan', 'ra', 'lan', 'mir', 'ko', 'na', 'ta', 'rek', 'lo', 'sha', 'vin', 'ric', 'el',
          'ina', 'dra', 'mon', 'len', 'ka'])
LAST = (['Ole', 'Kova', 'Dro', 'Vas', 'Pet', 'Zha', 'Mel', 'Tsy', 'Hor', 'Lin', 'Bar', 'Sav',
         'Ruda', 'Fen', 'Mar', 'Osta', 'Gri', 'Yaro', 'Bel', 'Cher', 'Dal', 'Oka', 'Fei', 'Sel'],
        ['sh', 'ch', 'l', 'v', 'r', 'n', 'k', 'd', 'zh', 't', 'b', 'm'],
        ['chuk', 'enko', 'ov', 'ic', 'ski', 'ak', 'ev', 'uk', 'escu', 'ani', 'sson', 'berg',
         'er', 'ova', 'in', 'ayo', 'afor', 'ing'])
# transliteration rules: the same name as different outlets spell it
TRANSLIT = [('ch', 'tch'), ('sh', 'sch'), ('v', 'w'), ('y', 'i'), ('uk', 'ouk'), ('zh', 'j'),
            ('ts', 'c'), ('k', 'c'), ('ov', 'off'), ('ch', 'cz'), ('sh', 'sz'), ('ev', 'yev')]
ORG_HEAD = ['Basin', 'River', 'Water', 'Regional', 'Joint', 'Inter-State', 'Valley']
ORG_TAIL = ['Commission', 'Council', 'Authority', 'Board', 'Agency']
OUTLET_NOUN = ['Ledger', 'Courier', 'Herald', 'Monitor', 'Wire', 'Gazette', 'Times', 'Post',
               'Observer', 'Tribune', 'Dispatch', 'Chronicle', 'Report', 'Review', 'Sentinel',
               'Bulletin', 'Press', 'Daily', 'Journal', 'Record']
COMPANY = (['Quill', 'Byte', 'Nim', 'Cor', 'Lumen', 'Stra', 'Vex', 'Orbi', 'Tessel', 'Kilo', 'Aero', 'Hexa'],
           ['byte', 'soft', 'ware', 'data', 'cloud', 'logic', 'stack', 'grid', 'path', 'core'],
           ['Systems', 'Technologies', 'Labs', 'Software', 'Networks', 'Group'])
CLUB_HEAD = ['FC', 'Atlético', 'Real', 'Sporting', 'AC', 'Dynamo', 'Racing', 'United']
CLUB_TAIL = ['Rovers', 'Athletic', 'City', 'Wanderers', 'Albion', 'Town', 'United']


def cap(s):
    return s[:1].upper() + s[1:]


class Namer:
    def __init__(self, rng):
        self.r = rng

    def place(self, ends):
        return self.r.choice(P_SYL) + self.r.choice(ends)

    def country(self):
        c = self.place(COUNTRY_END)
        adj = c + 'n' if c.endswith('a') else (c[:-1] + 'ian' if c.endswith('y') else c + 'ian')
        return c, adj

    def person(self):
        r = self.r
        first = r.choice(FIRST[0]) + r.choice(FIRST[1])
        last = r.choice(LAST[0]) + r.choice(LAST[1]) + r.choice(LAST[2])
        last = cap(last.lower())
        return first, last

    def variants(self, first, last):
        """Spellings of one person across outlets: [canonical, transliterations...]."""
        out = [(first, last)]
        for a, b in TRANSLIT:
            if a in last.lower():
                low = last.lower().replace(a, b, 1)
                out.append((first, cap(low)))
            if a in first.lower() and len(out) < 5:
                out.append((cap(first.lower().replace(a, b, 1)), last))
            if len(out) >= 5:
                break
        return out

    def misspell(self, word):
        """One-letter slip in a first name, as some outlets make."""
        i = self.r.randrange(1, len(word))
        ops = [word[:i] + word[i:] [1:],                         # drop a letter
               word[:i] + word[i - 1] + word[i:],                # double a letter
               word[:i] + ('k' if word[i] == 'c' else 'c' if word[i] == 'k' else 'y' if word[i] == 'i'
                           else 'i') + word[i + 1:]]             # swap a similar letter
        s = self.r.choice(ops)
        return s if len(s) >= 3 and s != word else word + 'a'


def date_str(d):
    return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'


# ---------------------------------------------------------------- event kinds
# Sentences use {slots}.  Slots resolved per event (names, numbers) and per
# article (spellings of names, framing words chosen by the outlet's stance).
SUMMIT = {
    'section': ['World', 'Europe', 'Diplomacy', 'Politics'],
    'titles': [
        '{A} agrees to slow filling of {proj} reservoir as {river} summit ends in partial deal',
        '{city} summit yields {pts}-point water plan for the {river}, but {C} stays out',
        '{river} Basin Summit: {A} Signs {pts}-Point Water Plan as {C} Walks Out',
        '{C} refuses to sign {river} declaration, says delta was forgotten in {city}',
        'Two of three {river} states sign water plan; filling of {proj} reservoir slowed',
        '{A} and {B} sign {river} water deal in {city} after months of tension',
    ],
    'decks': [
        '{pres_t} {leader} offered his downstream neighbours a longer filling schedule and a monitoring team, but {C} left {city} unconvinced.',
        'The {pts}-point plan slows the filling of the {proj} reservoir; {C} says its delta was ignored.',
    ],
    'leads': [
        '{A_poss} {pres} {leader} closed the {river} Basin Summit in {city} on {date_md} with a concession his own ministers had ruled out only weeks ago: the {proj} reservoir will now be filled over {yrs_w} years instead of {yrs0_w}.',
        '{A} and {B} on {weekday} signed a declaration on sharing the {river} River, ending a year of mounting tension over the {proj} Dam, while {C} declined to sign and said its delta had been left out of the deal.',
        'In mid-{month} {year}, the leaders of {A} and {B} signed a {pts}-point plan on the shared management of the {river} River at a summit in {city}, while {C} refused to sign.',
        '{C} refused on {weekday} to sign the declaration agreed by {A} and {B} at the {river} Basin Summit in {city}, leaving the smallest basin state outside the first water-sharing deal on the river in {decades} decades.',
        '{A} has {rep}agreed to fill the reservoir behind its {proj} Dam over {yrs_w} years, a concession that {alleg}came only after hours of closed-door bargaining at the {river} Basin Summit on {weekday}.',
    ],
    'facts': [
        'The decision was written into the {so}{city} Declaration, a {pts}-point plan for sharing the water of the {river} that {A} and {B} signed at the end of the one-day meeting.',
        '{C}, the smallest of the three basin states and the last one the river crosses before the sea, refused to sign.',
        'The {proj} Dam, built for ${cost} billion on the upper {river}, began filling the reservoir in {month0}.',
        'Under the declaration, the {org} ({acr}) will station a joint team of {eng_w} engineers at the dam, {eng_each_w} from each member state.',
        '{A} also promised to publish real-time data from its upstream gauging stations, a step its water agency had resisted for {resist} years.',
        'The flow of the {river} at the {B_adj} border fell by {pct}% between June and August, according to the {org}.',
        'When full, its reservoir will cover about {area} square kilometres of the upper valley.',
        'Outside the conference centre, police detained {arrests} protesters who had tried to reach the motorcade.',
        'The summit followed a tense emergency session of the {acr} in {city2} on {june_range}, which broke up without a joint statement.',
        'The three governments agreed to hold the next round of talks in {city2} in {month_next}.',
        'Those words will sound hollow in the villages of the {B_adj} plain, where {frac} of {B_poss} irrigated farmland depends on the {river}.',
        'The delta is home to a {pop}-strong community of fishers and rice farmers who depend on fresh water pushing back the sea.',
        '{last_month}, {B} recalled its ambassador from {city} in protest at the falling water levels.',
        'The text asks the commission to draft a drought protocol within {proto_w} months, but leaves open who would cut their withdrawals first.',
        '{B_adj} farmers blocked border crossings {blocks_w} times during the summer, and the {gov} in {city} {say} it would not be pressured.',
        'The {acr} is supposed to check that {A} keeps its promises, but the commission has no power to force the {gov} to open the sluice gates.',
    ],
    'quotes': [
        ['The river does not belong to one country. We all belong to the river',
         'No nation owns the {river}; it is the {river} that owns all of us',
         'The river is nobody\'s property; we are all the river\'s property',
         'The river belongs to no single state, rather all of us belong to the river',
         'The {river} is not the possession of any one country. All of us are its possession'],
        ['We will not fill the reservoir faster than the river can bear',
         'We shall fill the reservoir no faster than the river itself allows',
         'The reservoir will be filled only as quickly as the river permits, not one day faster',
         'We will fill {proj} no quicker than the river can tolerate'],
        ['If our neighbours want guarantees, we are ready to sign them tomorrow',
         'If the neighbours need guarantees, we are prepared to put our signature on them tomorrow',
         'Should our neighbours wish for guarantees, we will sign them as early as tomorrow',
         'If guarantees are what our neighbours want, we can sign them tomorrow morning'],
        ['Water must be a bridge between our peoples, not a wall',
         'Water should connect peoples, not separate them',
         'Water should unite our nations and not divide them',
         'Water has to be a bridge, not a border, between our nations'],
        ['We do not need anyone\'s permission to use our own water',
         'No one\'s permission is required for us to use the water that rises in our own mountains'],
    ],
    'single': [
        ('minister', 'Today we have a text. Tomorrow we need water in our canals'),
        ('minister2', 'A declaration that forgets the delta is a declaration that forgets us'),
        ('analyst', '{A} has traded time for legitimacy, and for once it is a trade in which nobody loses'),
        ('chief', 'For the first time, the commission will have its own eyes on the dam'),
    ],
    'roles': {'leader': '{pres_t}', 'minister': '{B_adj} Foreign Minister', 'minister2': '{C_poss} Water Minister',
              'analyst': 'Political analyst', 'chief': '{acr} Secretary-General'},
    'subheads': ['WHAT THE DEAL CONTAINS', 'Monitoring and Guarantees', 'Reaction From the Region',
                 'What {A} promised', 'Background & Context', 'Defiance Toward Critics'],
    'timeline': ['{month0} {year}: {A} starts filling the {proj} reservoir, triggering protests in {B}.',
                 '{june_range}, {year}: An emergency {acr} session in {city2} ends without a joint statement.',
                 '{date_tl}: Leaders of {A}, {B} and {C} meet in {city} for the {river} Basin Summit.',
                 '{month_next} {year}: Follow-up talks are planned to draft a drought protocol.'],
    'tags': ['{river}', '{A}', '{proj} Dam', 'water', '{B}'],
    'interpreter': True,
}

TRANSFER = {
    'section': ['Football / Transfers', 'Sport', 'TRANSFER NEWS', 'Football'],
    'titles': ['{club} complete club-record signing of striker {leader}',
               '{leader_s} deal done: what €{fee}m buys {club_s}',
               '{club} sign {leader} from {club2} for €{fee} million',
               'Why {club_s} paid €{fee}m for {leader}'],
    'decks': ['The {age}-year-old forward signed a {yrs_w}-year contract after a long summer of talks.'],
    'leads': [
        '{club} have completed the signing of striker {leader} from {club2} for a club-record fee of €{fee} million, ending a transfer saga that dominated the summer window.',
        '{leader} is finally a {club} player. The {club2} striker put pen to paper on a {yrs_w}-year deal late on {weekday}, with the fee {rep_pl}at €{fee}m plus add-ons.',
        'Well, they finally did it. After {weeks_w} weeks of rumours, {club} have signed {leader}.',
    ],
    'facts': [
        'The {age}-year-old forward signed a {yrs_w}-year contract on {weekday} evening after passing a medical at the club\'s training ground in {city}.',
        'The deal includes a sell-on clause of {pct}% for {club2_s}, according to people familiar with the negotiations.',
        '{leader_s} scored {goals} goals in all competitions last season and finished as the top scorer of his league.',
        '{club2_s} had rejected two earlier bids, the second worth €{fee0} million, before the clubs agreed terms on {weekday2}.',
        'The signing takes {club_poss} summer spending past €{spend} million, the highest in the club\'s history.',
        '{leader_s} could make his debut against {club3} next {weekday}.',
        'More than {shirts} replica shirts with his name were ordered within 24 hours of the announcement, according to the club shop.',
        'He missed {inj_w} weeks with a hamstring injury two seasons ago and has never played more than {games} league matches in a single campaign.',
        'A few regulars pointed out that the defence still looks thin after the sale of two centre-backs in {month0}.',
    ],
    'quotes': [
        ['I watched this club on television when I was a boy and I always said I would play here one day',
         'As a child I watched this club on TV and told everyone I would wear this shirt one day'],
        ['{leader_f} is fast, he is brave and he scores with both feet',
         'He is quick, he is fearless and he can finish with either foot'],
        ['We had a lot of possession last season and not enough goals. {leader_f} solves that problem',
         'Last season we had the ball but not the goals; with {leader_f} that changes'],
    ],
    'single': [('chief', 'We remain well within the league\'s spending rules'),
               ('analyst', 'He needed a bigger stage. Everybody already knew his tricks')],
    'roles': {'leader': 'striker', 'minister': 'head coach', 'chief': 'chief executive', 'analyst': 'former academy coach',
              'minister2': 'supporters\' trust chair'},
    'quote_speaker': ['leader', 'minister', 'minister'],
    'subheads': ['Why this one matters', 'What happens next', 'The numbers'],
    'timeline': ['{month0} {year}: {club2_s} reject a first bid.', '{date_tl}: {leader} signs a {yrs_w}-year contract.'],
    'tags': ['{club}', '{leader}', '{club2}', 'transfers'],
}

LAYOFFS = {
    'section': ['Business', 'Tech', 'Technology', 'Markets'],
    'titles': ['{company} to cut {jobs} jobs as cloud growth slows',
               '{company_s} layoffs hit {city} support centre as software maker sheds {pct}% of staff',
               '{company_s} to shed {jobs} jobs, close {offices_w} offices',
               '{company} announces {pct}% workforce reduction'],
    'decks': ['The closure of the {city} site ends one of the region\'s largest private employers in technology.'],
    'leads': [
        '{company}, the enterprise software maker, said on {weekday} it would cut about {jobs} jobs, roughly {pct}% of its global workforce, after two quarters of slowing growth.',
        'Around {site} employees of {company} in {city} will lose their jobs by the end of the year after the company announced it would close its regional support centre.',
        '{company} will eliminate about {jobs} positions, around {pct}% of its staff, the company said on {weekday}, blaming weaker demand for its cloud services.',
    ],
    'facts': [
        'Chief executive {leader} told staff in an internal memo that the company had hired too quickly during the boom years.',
        'The company expects to record restructuring charges of between ${ch0} million and ${ch1} million, most of it in the fourth quarter.',
        '{company_s} shares rose {sh}% in early trading, as investors welcomed the cost savings.',
        '{company_s} will close offices in {offices_w} cities, including its regional support centre in {city}, which employs around {site} people.',
        'The company\'s revenue for the quarter is expected to be about ${rev} billion, broadly flat on a year earlier.',
        'It will report full results on {date_res}.',
        '{company_s} is the {nth} large software company to announce layoffs this year.',
        'Staff at the centre, which opened in {opened} in a former textile mill, said they were told in a video call.',
        'Affected employees will receive at least {weeks_w} weeks of pay, the company said.',
    ],
    'quotes': [
        ['We are not cutting our ambitions, we are cutting our costs',
         'Our ambitions stay the same; it is our costs that we are reducing'],
        ['We built a company for a market that grew more slowly than we expected',
         'We grew for a market that did not grow as fast as we thought'],
    ],
    'single': [('analyst', '{company_s} grew its headcount by almost half while revenue grew by a fifth. Something had to give'),
               ('minister', 'These are skilled people. Other employers will want them')],
    'roles': {'leader': 'chief executive', 'minister': 'the mayor of {city},', 'analyst': 'analyst',
              'chief': 'chief financial officer', 'minister2': 'union representative'},
    'subheads': ['What it means for {city}', 'Market reaction'],
    'timeline': ['{date_tl}: {company_s} announces {jobs} job cuts.', '{date_res}: quarterly results due.'],
    'tags': ['{company}', 'layoffs', 'technology', '{city}'],
}

RESTORE = {
    'section': ['Culture', 'Heritage', 'Local'],
    'titles': ['{place} lighthouse lit again after {yrs}-year restoration campaign',
               'Light returns to {place} as volunteers finish restoration',
               '{place} lighthouse shines again after {yrs} years'],
    'decks': ['About {crowd} people gathered on the cliffs to watch the light switched on.'],
    'leads': [
        'The lighthouse at {place} shone over the bay on {weekday} night for the first time in decades, after a volunteer group spent {yrs} years raising money to restore the tower.',
        'After {yrs} years of fundraising, the {place} lighthouse was switched back on on {weekday}, watched by a crowd of about {crowd}.',
    ],
    'facts': [
        'About {crowd} people gathered on the cliffs to watch as the light, now powered by solar panels, was switched on shortly after sunset.',
        'The original lens, made in {built}, was cleaned and reinstalled by a team of glass specialists over the summer.',
        'The restoration cost about £{cost} million, most of it raised through small donations and a heritage grant.',
        'The tower will not return to service as a navigation aid, but the coastal authority has agreed to list it as a daymark.',
        'The group now plans to open the keeper\'s cottage as a small museum next spring.',
        'The light was switched off in {closed} when the station was automated and later abandoned.',
    ],
    'quotes': [
        ['My father kept this light, and his father before him',
         'This light was kept by my father and by his father before him'],
        ['It is not about finding the harbour any more. It is about knowing you are home',
         'Nobody needs it to find the harbour now; it tells you that you are home'],
    ],
    'single': [('analyst', 'We got the village\'s light back')],
    'roles': {'leader': 'chair of the Friends of {place}', 'minister': 'skipper', 'analyst': 'resident',
              'chief': 'coastal authority spokesman', 'minister2': 'volunteer'},
    'quote_speaker': ['leader', 'minister'],
    'subheads': ['A village landmark'],
    'timeline': ['{closed}: the light is switched off.', '{date_tl}: the light is switched on again.'],
    'tags': ['{place}', 'heritage', 'lighthouse'],
}

KINDS = [(SUMMIT, 5), (TRANSFER, 3), (LAYOFFS, 3), (RESTORE, 1)]

# ---------------------------------------------------------------- outlet templates
REACTIONS = [["What's Your Reaction?", 'love', 'wow', 'sad', 'angry'],
             ['What do you think?', 'Insightful', 'Hopeful', 'Worried', 'Angry', 'Indifferent'],
             ['How did this story make you feel?', 'Informed', 'Surprised', 'Sad', 'Unconvinced']]
ADS = ['AquaPure Filter Bottle – Drink safely from any stream with a carbon filter.',
       'Hand-Crank Radio – Stay informed when the power goes out.',
       'Collapsible Water Container (20 L) – Store emergency water in a compact, foldable jug.',
       'CloudVault Pro – Back up every laptop in your office in one click.',
       'Trail Headlamp 600 – Bright, light and rechargeable by USB.',
       'Thermal Flask (1 L) – Keeps drinks hot for 24 hours.']
READ_MORE = ['Drought Emergency Declared in Three Southern Provinces', 'Fishing Quotas Cut Again as Delta Salinity Rises',
             'Inside the control room of a mountain dam', 'The ten games that will decide the season',
             'Why chip makers are hiring again', 'Rail strike called off after late-night talks',
             'Five walks along the old coast road', 'Opinion: the case for a basin treaty']
STYLES = ['ledger', 'wire', 'courier', 'monitor', 'northwind', 'herald']
STANCES = ['neutral'] * 6 + ['loaded', 'hedged']


def make_outlets(rng, count):
    nm = Namer(rng)
    seen, out = set(), []
    while len(out) < count:
        name = ('The ' if rng.random() < 0.3 else '') + nm.place(CITY_END) + ' ' + rng.choice(OUTLET_NOUN)
        if name in seen:
            continue
        seen.add(name)
        slug = name.lower().replace('the ', '').replace(' ', '-')
        out.append({'name': name, 'slug': slug, 'style': rng.choice(STYLES), 'stance': rng.choice(STANCES),
                    'translit': rng.randrange(5), 'reactions': rng.choice(REACTIONS),
                    'misspell': rng.random() < 0.15, 'straight': rng.random() < 0.4,
                    'ads': rng.sample(ADS, 2), 'sign': rng.choice(['Subscribe to our newsletter',
                                                                    'Sign up for the morning briefing',
                                                                    'Get our daily newsletter'])})
    return out


class Event:
    """One synthetic news event: a kind and the slot values every article of it shares."""

    def __init__(self, rng, idx):
        kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
        nm = Namer(rng)
        self.kind, self.idx = kind, idx
        d0 = 737425 + rng.randrange(2400)              # ordinal of a day in 2020..2026
        day = datetime.date.fromordinal(d0)
        self.day = day
        (A, A_adj), (B, B_adj), (C, C_adj) = nm.country(), nm.country(), nm.country()
        people = {}
        for role in ('leader', 'minister', 'minister2', 'analyst', 'chief'):
            f, l = nm.person()
            people[role] = (f, l, nm.variants(f, l))
        self.people = people
        self.misspelt = nm.misspell(people['analyst'][0])
        river = rng.choice(RIVER[0]) + rng.choice(RIVER[1])
        company = rng.choice(COMPANY[0]) + rng.choice(COMPANY[1])
        eng_each = rng.randint(2, 6)
        fee = rng.randint(8, 95)
        yrs0 = rng.randint(2, 4)
        org = f'{river} {rng.choice(ORG_HEAD)} {rng.choice(ORG_TAIL)}'
        cost = f'{rng.randint(1, 9)}.{rng.randint(1, 9)}'
        jd = rng.randint(1, 27)
        c0 = rng.randint(40, 150)
        self.s = {
            'A': A, 'A_adj': A_adj, 'A_poss': A + '’s', 'B': B, 'B_adj': B_adj, 'B_poss': B + '’s',
            'C': C, 'C_poss': C + '’s', 'city': nm.place(CITY_END), 'city2': nm.place(CITY_END),
            'river': river, 'proj': nm.place(['den', 'dar', 'mere', 'holt', 'stein']),
            'org': org, 'acr': ''.join(w[0] for w in org.split()).upper(),
            'pts': rng.randint(6, 30), 'cost': cost, 'cost_alt': f'{rng.randint(1, 9)}.{rng.randint(0, 9)}',
            'yrs_w': WORDS[yrs0 + rng.randint(2, 6)], 'yrs0_w': WORDS[yrs0], 'yrs': rng.randint(5, 45),
            'eng_w': WORDS[eng_each * 3], 'eng_each_w': WORDS[eng_each], 'resist': rng.randint(5, 20),
            'pct': rng.randint(4, 35), 'area': f'{rng.randint(1, 9)},{rng.randint(0, 999):03d}' if rng.random() < 0.5 else str(rng.randint(120, 990)),
            'arrests': rng.randint(5, 140), 'june_range': f'{MONTHS[(day.month - 1 - rng.randint(1, 3)) % 12]} {jd}-{jd + 1}',
            'month_next': MONTHS[(day.month + rng.randint(0, 3)) % 12], 'month0': MONTHS[(day.month - rng.randint(3, 7)) % 12],
            'frac': rng.choice(['one-third', 'a quarter', 'half', 'two-thirds', 'one-fifth']),
            'pop': f'{rng.randint(60, 950)},000', 'last_month': 'Last month', 'proto_w': WORDS[rng.randint(3, 12)],
            'blocks_w': WORDS[rng.randint(2, 5)], 'decades': WORDS[rng.randint(2, 6)],
            'club': f'{rng.choice(CLUB_HEAD)} {nm.place(CITY_END)} {rng.choice(CLUB_TAIL)}' if rng.random() < 0.5 else f'{nm.place(CITY_END)} {rng.choice(CLUB_TAIL)}',
            'club2': f'{rng.choice(CLUB_HEAD)} {nm.place(CITY_END)}', 'club3': f'{nm.place(CITY_END)} {rng.choice(CLUB_TAIL)}',
            'fee': fee, 'fee0': max(3, fee - rng.randint(3, 9)), 'age': rng.randint(19, 31), 'goals': rng.randint(9, 41),
            'spend': fee + rng.randint(10, 80), 'shirts': f'{rng.randint(2, 15)},000', 'inj_w': WORDS[rng.randint(3, 14)],
            'games': rng.randint(25, 40), 'weeks_w': WORDS[rng.randint(4, 16)],
            'company': f'{company} {rng.choice(COMPANY[2])}', 'company_s': company, 'jobs': f'{rng.randint(1, 12)},{rng.randint(0, 9)}00',
            'site': rng.randint(80, 900), 'ch0': c0, 'ch1': c0 + rng.randint(10, 60),
            'sh': rng.randint(2, 12), 'offices_w': WORDS[rng.randint(2, 6)], 'rev': f'{rng.randint(0, 4)}.{rng.randint(1, 9)}',
            'nth': rng.choice(['second', 'third', 'fourth', 'fifth']), 'opened': rng.randint(2005, 2020),
            'place': rng.choice(P_SYL) + rng.choice(['ey', 'wick', 'more', 'a', 'in']) + ' ' + rng.choice(['Point', 'Head', 'Ness']),
            'crowd': f'{rng.randint(1, 9)},{rng.randint(0, 9)}00', 'built': rng.randint(1850, 1920),
            'closed': rng.randint(1960, 1999),
            'weekday': DAYS[day.weekday()], 'weekday2': DAYS[(day.weekday() + 5) % 7],
            'date_md': f'{MONTHS[day.month - 1]} {day.day}', 'month': MONTHS[day.month - 1], 'year': day.year,
            'date_tl': date_str(day), 'date_res': f'{MONTHS[day.month % 12]} {rng.randint(1, 28)}',
        }
        self.s['club_s'] = self.s['club'].split()[-2] + ' ' + self.s['club'].split()[-1] if len(self.s['club'].split()) > 2 else self.s['club'].split()[-1]
        self.s['club2_s'] = self.s['club2'].split()[-1]
        self.s['club_poss'] = self.s['club_s'] + ("'" if self.s['club_s'].endswith('s') else "'s")
        # one conflicting figure per event, given by a minority of outlets
        self.conflict = rng.random() < 0.6


class Writer:
    """Turns (event, outlet) into an article: title, body paragraphs, noise."""

    def __init__(self, rng):
        self.r = rng

    def slots(self, ev, outlet, alt_number):
        s = dict(ev.s)
        k = ev.kind
        variants = ev.people['leader'][2]
        f, l = variants[outlet['translit'] % len(variants)]
        s['leader'] = f'{f} {l}'
        s['leader_s'] = l
        s['leader_f'] = f
        for role in ('minister', 'minister2', 'analyst', 'chief'):
            pf, pl, pv = ev.people[role]
            if role == 'analyst' and outlet['misspell']:
                pf = ev.misspelt
            s[role] = f'{pf} {pl}'
            s[role + '_s'] = pl
        st = outlet['stance']
        loaded, hedged = st == 'loaded', st == 'hedged'
        s['pres'] = 'strongman' if loaded else 'President'
        s['pres_t'] = cap(ev.s['A_adj']) + ' ' + ('strongman' if loaded else 'President')
        s['gov'] = 'regime' if loaded else 'government'
        s['so'] = 'so-called ' if loaded else ''
        s['say'] = 'claimed' if hedged else ('insisted' if loaded else 'said')
        s['rep'] = 'reportedly ' if hedged else ''
        s['rep_pl'] = 'reportedly ' if hedged else 'reported '
        s['alleg'] = 'allegedly ' if hedged else ''
        if alt_number:
            s['cost'] = s['cost_alt']
            s['fee'] = s['fee'] + 3
            s['jobs'] = f"{int(s['jobs'].replace(',', '')) + 200:,}"
        return s

    def quote(self, k, s, outlet, text, speaker_role, first):
        r = self.r
        oq, cq = ('"', '"') if outlet['straight'] else ('“', '”')
        text = text.format_map(s)
        name = s[speaker_role]
        sur = s[speaker_role + '_s']
        role = k['roles'].get(speaker_role, '').format_map(s)
        say = s['say']
        who = f'{role} {name}' if first else sur
        form = r.randrange(4)
        if form == 2 and not (k.get('interpreter') and speaker_role == 'leader'):
            form = 0
        if form == 0:
            return f'{oq}{text},{cq} {who} {say}.'
        if form == 1:
            return f'{cap(who)} told reporters that {oq}{text[:1].lower() + text[1:]}.{cq}'
        if form == 2:
            return f'{oq}{text},{cq} {who} {say}, speaking through an interpreter.'
        return f'{cap(who)} {say}: {oq}{text}.{cq}'

    def body(self, ev, outlet, alt_number):
        r = self.r
        k = ev.kind
        s = self.slots(ev, outlet, alt_number)
        paras = [r.choice(k['leads']).format_map(s)]
        facts = r.sample(k['facts'], r.randint(min(6, len(k['facts'])), min(len(k['facts']), 13)))
        qs = r.sample(range(len(k['quotes'])), r.randint(1, len(k['quotes'])))
        speakers = k.get('quote_speaker')
        singles = r.sample(k['single'], r.randint(0, min(2, len(k['single']))))
        items = [('f', x) for x in facts] + [('q', i) for i in qs] + [('s', x) for x in singles]
        r.shuffle(items)
        named = set()
        for typ, x in items:
            if typ == 'f':
                paras.append(x.format_map(s))
            elif typ == 'q':
                role = speakers[x] if speakers and x < len(speakers) else 'leader'
                wording = r.choice(k['quotes'][x])
                paras.append(self.quote(k, s, outlet, wording, role, role not in named))
                named.add(role)
            else:
                role, text = x
                paras.append(self.quote(k, s, outlet, text, role, role not in named))
                named.add(role)
        if r.random() < 0.35 and len(paras) > 4:
            paras.insert(r.randrange(2, len(paras) - 1), r.choice(k['subheads']).format_map(s))
        return s, paras

    def wrap(self, ev, outlet, s, paras, pub):
        """Surround the body with the outlet's scraping noise; return (text, title, author)."""
        r = self.r
        k = ev.kind
        style = outlet['style']
        title = r.choice(k['titles']).format_map(s)
        author = ' '.join(Namer(r).person()) if style in ('ledger', 'herald') or r.random() < 0.3 else None
        city = s.get('city', '')
        date_long = date_str(pub)
        out = []
        if style == 'ledger':
            deck = r.choice(k['decks']).format_map(s)
            out += [title, '', title, f'{deck} / {outlet["name"]}', f'By {author} in {city} {date_long}' if author else date_long,
                    '', r.choice(k['section']), '']
            out.append('\n\n'.join(paras))
            out += ['', 'Share this:', '', 'Facebook', '', 'WhatsApp', '', 'Email', '', outlet['sign']]
        elif style == 'wire':
            dl = f'{MONTHS[pub.month - 1][:3]} {pub.day}, {pub.year}\u00a0-\u00a0{r.randint(0, 23):02d}:{r.choice(["00", "15", "30", "45"])}'
            out += [title, '', title + '.', '', dl, '\u00a0' + str(r.randint(0, 40)), title, title + '.', '']
            out.append('\n\n'.join(p.upper() if len(p) < 40 else p for p in paras))
            out += ['']
            for w in outlet['reactions']:
                out += [w, '']
            out.pop()
        elif style == 'courier':
            body = list(paras)
            if len(body) > 3:
                body.insert(r.randrange(2, len(body)), 'Advertisement')
            out += body
            out.append('Tags: ' + ', '.join(t.format_map(s) for t in k['tags']))
            out.append(f'© {pub.year} {outlet["name"]}. All rights reserved.')
        elif style == 'monitor':
            out += [r.choice(k['section']), '', title, '', title, '', paras[0], '', 'Key Developments & Timeline', '']
            for t in k['timeline']:
                out.append('  • ' + t.format_map(s))
            out += ['', 'Official Statements & Analysis', '', '\n\n'.join(paras[1:]), '']
            for ad in outlet['ads']:
                out += [ad, '']
            for rm in r.sample(READ_MORE, 2):
                out += ['Read more: ' + rm, '']
            out.pop()
        elif style == 'northwind':
            out += ['', f'Posted on {date_long} by {outlet["name"]} Staff']
            first = paras[0]
            place = city or s.get('place', '')
            out.append(f'{place.upper()}, {s.get("A", "")} – {first}' if place else first)
            rest = list(paras[1:])
            if len(rest) > 3:
                rest.insert(r.randrange(1, len(rest)), 'Advertisement')
            out += rest
            out += ['Leave a Reply', 'Your email address will not be published. Required fields are marked *']
        else:  # herald
            sec = r.choice(k['section']).split(' / ')[0]
            out += [f'Home › {sec} › {cap(r.choice(["news", "analysis", "region", "latest"]))}', '', title, '',
                    f'By {author}, Correspondent' if author else outlet['name'],
                    f'Published: {pub.day:02d}.{pub.month:02d}.{pub.year} | Updated: {pub.day:02d}.{pub.month:02d}.{pub.year}, {r.randint(6, 22):02d}:{r.randint(0, 59):02d}', '']
            body = list(paras)
            if len(body) > 3:
                body.insert(r.randrange(2, len(body)), 'Advertisement')
            out.append('\n\n'.join(body))
            out += ['']
            for rm in r.sample(READ_MORE, 2):
                out += ['Read more: ' + rm, '']
            out += ['Tags: ' + ', '.join(t.format_map(s) for t in k['tags']), '', f'© {pub.year} {outlet["name"]}', '', outlet['sign']]
        return '\n'.join(out) + ('\n' if r.random() < 0.7 else ''), title, author


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--n', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--format', choices=['txt', 'jsonl'], default='txt')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--labels', help='write {"id","cluster"} lines here')
    a = ap.parse_args()
    t0 = time.time()
    rng = random.Random(a.seed)
    outlets = make_outlets(random.Random(a.seed * 7919 + 1), max(40, min(2000, a.n // 50)))
    writer = Writer(rng)
    os.makedirs(a.out, exist_ok=True)
    jf = open(os.path.join(a.out, 'articles.jsonl'), 'w', encoding='utf-8') if a.format == 'jsonl' else None
    lf = open(a.labels, 'w', encoding='utf-8') if a.labels else None
    seen = set()
    n = exact = near = events = 0
    nbytes = 0
    made_dirs = set()
    while n < a.n:
        ev = Event(rng, events)
        events += 1
        size = 1 if rng.random() < 0.1 else rng.randint(3, 14)        # mean about 8 articles per event
        size = min(size, a.n - n)
        ev_outlets = rng.sample(outlets, min(size, len(outlets)))
        bodies = []
        for j in range(size):
            outlet = ev_outlets[j % len(ev_outlets)]
            pub = ev.day + datetime.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            roll = rng.random()
            if bodies and roll < 0.02:
                # syndicated copy: another outlet republishes a story verbatim
                text, title, author = rng.choice(bodies)[2:]
                exact += 1
            else:
                if bodies and roll < 0.04:
                    # near-duplicate: a republished body with one small edit
                    s, paras = rng.choice(bodies)[:2]
                    paras = list(paras)
                    if rng.random() < 0.5:
                        paras.append(f'(Reporting by {" ".join(Namer(rng).person())}; '
                                     f'editing by {" ".join(Namer(rng).person())})')
                    else:
                        i = rng.randrange(len(paras))
                        paras[i] = (paras[i].replace(' said', ' told reporters', 1) if ' said' in paras[i]
                                    else paras[i] + ' The statement was later confirmed.')
                    near += 1
                else:
                    alt = ev.conflict and j == size - 1 and size > 2
                    s, paras = writer.body(ev, outlet, alt)
                for attempt in range(50):
                    h = hashlib.blake2b('\n'.join(paras).encode(), digest_size=8).digest()
                    if h not in seen:
                        break
                    # vanishingly rare: two draws gave the same body; make it distinct
                    paras = paras + [f'(Updated at {rng.randint(6, 23)}:{rng.randint(10, 59)}.)']
                seen.add(h)
                text, title, author = writer.wrap(ev, outlet, s, paras, pub)
                bodies.append((s, paras, text, title, author))
            aid = f'{n:06d}_{outlet["slug"]}'
            if jf:
                row = {'id': aid, 'url': f'https://{outlet["slug"]}.example/{pub.year}/{pub.month:02d}/{n:06d}',
                       'title': title, 'text': text, 'published': pub.isoformat(), 'outlet': outlet['name'],
                       'author': author}
                line = json.dumps(row, ensure_ascii=False) + '\n'
                jf.write(line)
                nbytes += len(line.encode())
            else:
                sub = os.path.join(a.out, f'{n // 1000:03d}')
                if sub not in made_dirs:
                    os.makedirs(sub, exist_ok=True)
                    made_dirs.add(sub)
                data = text.encode()
                with open(os.path.join(sub, aid + '.txt'), 'wb') as fh:
                    fh.write(data)
                nbytes += len(data)
                aid += '.txt'
            if lf:
                lf.write(json.dumps({'id': aid, 'cluster': f'event-{ev.idx:06d}'}) + '\n')
            n += 1
    if jf:
        jf.close()
    if lf:
        lf.close()
    dt = time.time() - t0
    print(f'gen_corpus: {n} articles in {events} events, {exact} exact duplicates, {near} near-duplicates, '
          f'{n - exact} distinct bodies; format {a.format}, {nbytes / 1e6:.1f} MB, seed {a.seed}, '
          f'{dt:.1f} s -> {a.out}')


if __name__ == '__main__':
    main()
