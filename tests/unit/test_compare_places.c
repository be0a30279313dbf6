/*
 * tests/unit/test_compare_places.c — the place of the story's main event
 * (compare/places.c): outlets that place the event in different words (a
 * dateline, "at a news conference in X", "in the <Adj> capital X", "a visit
 * to X") support one fact citing the words that place it; a sentence that
 * names the place in passing is not cited; one outlet alone makes no place
 * fact.  Invented four-outlet stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"

/* The fact whose refs most often hold needle (NULL when none does). */
static const np_brief_fact *fact_of_place(const np_brief *b, const char *needle)
{
    const np_brief_fact *best = NULL;
    size_t most = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        size_t n = 0;
        for (size_t k = 0; k < b->facts[i].n_support; k++)
            n += strstr(b->facts[i].support[k].text, needle) != NULL;
        if (n > most && n * 2 >= b->facts[i].n_support) {
            most = n;
            best = &b->facts[i];
        }
    }
    return best;
}

static const char *const talks[4] = {
    "TARVIK, Ostria – Delmarian Prime Minister Ilse Varga told a news conference on Monday that the grain "
    "corridor deal could be extended for another year if shipping insurers return to the ports.\n\n"
    "Varga said the two governments would meet again in the spring to review the corridor and its inspections.\n\n"
    "Farmers in the south have complained that the corridor fees are too high for small exporters.\n\n"
    "Hotels in Tarvik were fully booked for the whole week, the tourism office of the city said.\n",

    "Speaking at a news conference in Tarvik after the regional trade summit, Varga said the grain corridor deal "
    "could run for another year.\n\n"
    "She warned that shipping insurers still charge far more than before the blockade began.\n\n"
    "The corridor has carried more than forty cargo ships since it opened in the autumn.\n",

    "Varga spoke at a news conference in the Ostrian capital Tarvik, where the ministers had also discussed "
    "fishing quotas.\n\n"
    "She said the grain corridor deal could be extended if the insurers come back to the ports.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",

    "During her visit to Ostria, Varga told reporters that the grain corridor deal could last another "
    "year.\n\n"
    "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n\n"
    "A Delmarian diplomat said the mood among the delegations was calm and businesslike.\n",
};

static void test_place_told_in_other_words(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", talks, 4);
    const np_brief_fact *f = fact_of_place(b, "Tarvik");
    assert_non_null(f);
    /* the outlets placing the summit in Tarvik, each in its own words */
    assert_true(np_test_cites(b, f->support, f->n_support, "b.txt", "news conference in Tarvik"));
    assert_true(np_test_cites(b, f->support, f->n_support, "c.txt", "capital Tarvik"));
    assert_true(f->n_docs >= 3);
    /* it says where, not what one outlet's clause says besides */
    assert_string_equal(f->summary, "Where it happened: Tarvik");
    /* and the summary leads with what happened, not with where, and
     * tells the place in a line of its own only when no item names it */
    assert_true(b->n_summary > 0);
    assert_true(strncmp(b->summary[0].text, "Where it happened", 17) != 0);
    int named = 0, line = 0;
    for (size_t i = 0; i < b->n_summary; i++) {
        if (!strncmp(b->summary[i].text, "Where it happened", 17))
            line = 1;
        else
            named |= strstr(b->summary[i].text, "Tarvik") != NULL;
    }
    /* here no item names Tarvik: the place line tells it */
    assert_false(named);
    assert_true(line);
    /* the place is told once: no other corroborated fact cites those words */
    size_t citing = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        citing += b->facts[i].n_docs >= 2 &&
                  np_test_cites(b, b->facts[i].support, b->facts[i].n_support, "c.txt", "capital Tarvik");
    assert_int_equal(citing, 1);
    np_brief_free(b);
    /* an item naming the place already: no line of its own repeats it */
    const char *named_talks[4] = {talks[0], talks[1], talks[2],
                                  "During her visit to Tarvik, Varga told reporters that the grain corridor deal could "
                                  "last another year.\n\n"
                                  "Exporters welcomed the news, although they said the inspection fees remained a "
                                  "burden for them.\n"};
    b = np_test_brief("2026-04-13", named_talks, 4);
    named = line = 0;
    for (size_t i = 0; i < b->n_summary; i++) {
        if (!strncmp(b->summary[i].text, "Where it happened", 17))
            line = 1;
        else
            named |= strstr(b->summary[i].text, "Tarvik") != NULL;
    }
    assert_true(named);
    assert_false(line);
    np_brief_free(b);
}

static void test_passing_mention_is_not_cited(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", talks, 4);
    /* the hotels of the city are no part of where the summit was held */
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs < 2)
            continue;
        assert_false(np_test_cites(b, f->support, f->n_support, "a.txt", "Hotels in Tarvik"));
    }
    np_brief_free(b);
}

static const char *const lone[3] = {
    "Speaking at a news conference in Tarvik, Varga said the grain corridor deal could run for another year.\n\n"
    "She said the insurers still charge far more than before the blockade began.\n",
    "Varga said the grain corridor deal could be extended for another year if the insurers return.\n\n"
    "Exporters said the inspection fees remained a burden for small firms.\n",
    "The grain corridor deal could last another year, Varga said on Monday.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",
};

static void test_one_outlet_makes_no_place_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", lone, 3);
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs < 2)
            continue;
        size_t with = 0;
        for (size_t k = 0; k < f->n_support; k++)
            with += strstr(f->support[k].text, "Tarvik") != NULL;
        assert_true(with < 2);
    }
    np_brief_free(b);
}

/* Where a delegation will travel is a planned trip's destination, not
 * where the event happened: no place fact from it, and the trip's fact
 * keeps the place among its words. */
static const char *const trip[3] = {
    "Prime Minister Ilse Varga said the grain corridor deal could be extended for another year.\n\n"
    "A Norland delegation will soon travel to Tarvik to see Ilse Varga about the grain talks.\n",
    "Varga told reporters that the grain corridor deal might run for another year.\n\n"
    "A Norland delegation is due to arrive in Tarvik next week to see Varga about the grain talks.\n",
    "Varga said the grain corridor deal would likely be extended by a year.\n\n"
    "Exporters said the inspection fees remained a burden for them.\n",
};

static void test_trip_destination_is_no_place_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", trip, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_true(strncmp(b->facts[i].summary, "Where it happened", 17) != 0);
    assert_true(np_test_together(b, "a.txt", "travel to Tarvik", "b.txt", "arrive in Tarvik"));
    np_brief_free(b);
}

/* An escape during a transfer: outlets name the route's ends ("from a
 * jail in Tarvik to one in Vell", "taken to a prison in Vell from
 * Tarvik"), which is not where the escape happened.  No place fact names
 * either end; a fire set "to a store in Vell" is where the fire was, and
 * officers "from three departments" who "rushed to a bar in Vell" went
 * where the shooting was. */
static const char *const transfer[3] = {
    "A prisoner escaped on Monday during a transfer from a jail in Tarvik to one in Vell, officials said.\n\n"
    "He drew a pistol on two guards and fled into the woods near the highway.\n",
    "The inmate was being driven from the old prison in Tarvik to the new prison in Vell when he escaped on "
    "Monday.\n\n"
    "Police dogs searched the woods near the highway all night.\n",
    "The prisoner, who escaped on Monday, was being taken to a prison in Vell from Tarvik when he drew a "
    "pistol on the guards.\n\n"
    "Schools near the highway were closed for the day.\n",
};

static const char *const store_fire[3] = {
    "A man set fire to a store in Vell early on Monday, and the blaze destroyed the roof, police said.\n\n"
    "Firefighters worked through the morning to stop the flames from reaching nearby homes.\n",
    "Police said a man set fire to the supermarket in Vell on Monday morning, destroying its roof.\n\n"
    "Neighbours were told to keep their windows shut because of the smoke.\n",
    "Fire destroyed the roof of a store in Vell on Monday after a man set it alight, police said.\n\n"
    "The store will stay closed for several months, its owners said.\n",
};

static const char *const rushed[3] = {
    "Officers from three departments rushed to a bar in Vell on Sunday night, where a gunman had killed four "
    "people.\n\n"
    "The gunman was shot dead by the police.\n",
    "Ambulances from across the county raced to a bar in Vell late on Sunday after a gunman killed four "
    "people.\n\n"
    "The police shot the gunman dead at the scene.\n",
    "A gunman killed four people at a bar in Vell on Sunday night before the police shot him dead.\n\n"
    "Neighbours said the bar had opened only a month ago.\n",
};

/* An obituary: every outlet tells where the singer was born, which is not
 * where the news happened (her death, which none of them places). */
static const char *const obituary[3] = {
    "Mara Velk, the singer who was born in Kelmont in 1941, died on Monday, her agent said.\n\n"
    "Her first record sold a million copies in a single year.\n",
    "Velk was born in Kelmont and sang in its church choir as a child. She died on Monday at 84.\n\n"
    "She recorded more than forty albums.\n",
    "Born in Kelmont in 1941, Velk died on Monday at a hospital, her family said.\n\n"
    "Fans left flowers outside her old school.\n",
};

/* ... but what grew or was raised there happened there. */
static const char *const protests[3] = {
    "Protests grew in Brell on Monday after the council voted to close the harbour.\n\n"
    "Shops on the quay shut early.\n",
    "Protests grew in Brell on Monday, a day after the council voted to close the harbour.\n\n"
    "The mayor asked for calm.\n",
    "Anger grew in Brell on Monday as crowds gathered against the council's vote to close the harbour.\n\n"
    "Police closed two streets.\n",
};

/* ... nor where a suspect has been living. */
static const char *const suspect[3] = {
    "A man who has been living in Brell since 2010 was arrested on Monday near the harbour of Kelmont.\n\n"
    "Police did not give his name.\n",
    "Police arrested a man, who has been living in Brell for years, on Monday in Kelmont.\n\n"
    "He will appear in court on Friday.\n",
    "The suspect, who was living in Brell, was held on Monday in Kelmont, police said.\n\n"
    "Shops near the harbour reopened.\n",
};

static void test_birthplace_is_not_where(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", obituary, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_null(strstr(b->facts[i].summary, "Where it happened: Kelmont"));
    np_brief_free(b);
    b = np_test_brief("2026-04-13", suspect, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_null(strstr(b->facts[i].summary, "Where it happened: Brell"));
    np_brief_free(b);
    b = np_test_brief("2026-04-13", protests, 3);
    int brell = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        brell |= strcmp(b->facts[i].summary, "Where it happened: Brell") == 0;
    assert_true(brell);
    np_brief_free(b);
}

static void test_route_ends_are_not_where(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-05-20", transfer, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_true(strncmp(b->facts[i].summary, "Where it happened", 17) != 0);
    np_brief_free(b);
    b = np_test_brief("2026-05-20", store_fire, 3);
    const np_brief_fact *f = fact_of_place(b, "Vell");
    assert_non_null(f);
    assert_string_equal(f->summary, "Where it happened: Vell");
    np_brief_free(b);
    /* "from" and "to" without a word of moving make no route */
    b = np_test_brief("2026-05-20", rushed, 3);
    f = fact_of_place(b, "Vell");
    assert_non_null(f);
    assert_string_equal(f->summary, "Where it happened: Vell");
    np_brief_free(b);
}

/* The place of the news is named early; a background event every outlet
 * recalls further down ("after robberies in Tarvik") is no "Where it
 * happened", though more outlets name it.  "in central Vell" places the
 * event too. */
static const char *const heist[4] = {
    "Four men drove a car into a jewellery store in central Vell on Monday and took watches worth two million "
    "euros, police said.\n\n"
    "The men set fire to the car and fled in another vehicle.\n\n"
    "Insurers said the store had been robbed once before.\n\n"
    "The raid follows a string of robberies in Tarvik, where a gunman took jewels worth millions in July.\n",
    "Thieves rammed a car into a jewellery shop in Vell early on Monday and escaped with watches worth two "
    "million euros.\n\n"
    "The car was later found burnt out near the river.\n\n"
    "Police have not said how many people took part.\n\n"
    "In July a gunman robbed a diamond show at a hotel in Tarvik.\n",
    "Police are searching for four men who robbed a jewellery store in Vell on Monday.\n\n"
    "The men used a car to break the window before dawn.\n\n"
    "Shop owners on the street asked for more patrols at night.\n\n"
    "Jewels worth millions were stolen from a hotel in Tarvik in July.\n",
    "A jewellery store was robbed on Monday by four men in a car, police said.\n\n"
    "The thieves burnt their car after the raid.\n\n"
    "The owners said the store would reopen next week.\n\n"
    "Robbers also struck a hotel in Tarvik in July, taking jewels worth millions.\n",
};

static void test_background_place_is_not_where(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-05-20", heist, 4);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_null(strstr(b->facts[i].summary, "Where it happened: Tarvik"));
    np_brief_free(b);
}

/* One outlet names another place early ("a meeting in Tarvik" about
 * aid), two name the flood's town lower down: the early place, which no
 * second outlet locates the event in, does not hide the town. */
static const char *const flood[3] = {
    "The prime minister promised emergency aid on Monday at a meeting in Tarvik for families hit by the "
    "floods.\n\n"
    "Rescue teams worked through the night.\n\n"
    "Roads in the region stayed closed.\n",
    "Heavy rain fell all weekend.\n\n"
    "Rivers burst their banks on Sunday.\n\n"
    "Farmers lost their herds.\n\n"
    "Schools stayed shut on Monday.\n\n"
    "Power lines came down across the valley.\n\n"
    "Six people drowned in Vell when the river rose through the night.\n",
    "The storm moved in on Saturday.\n\n"
    "By Sunday the rivers were rising.\n\n"
    "Emergency crews pulled people from cars.\n\n"
    "Many families slept in schools.\n\n"
    "The army sent boats.\n\n"
    "Six people drowned in Vell as the river rose overnight.\n",
};

/* Three outlets name the heist's town first, in words too unlike to
 * locate it alike; all four recall a July robbery elsewhere at the end:
 * no place fact rather than the background town. */
static const char *const unlike[4] = {
    "Four men drove a car into a jewellery store in central Vell on Monday and took watches worth two million "
    "euros.\n\n"
    "The men set fire to the car and fled in another vehicle.\n\n"
    "Insurers said the store had been robbed once before.\n\n"
    "The raid follows a string of robberies in Tarvik, where a gunman took jewels from a hotel in July.\n",
    "A watch boutique in Vell lost its whole stock to thieves in a car before dawn on Monday.\n\n"
    "The thieves burnt their car near the river.\n\n"
    "The owners hope to reopen next week.\n\n"
    "In July a gunman robbed a diamond show at a hotel in Tarvik.\n",
    "Detectives in Vell are hunting four men after the Monday raid on a jeweller.\n\n"
    "The men used a car to break the window before dawn.\n\n"
    "Shop owners on the street asked for more patrols at night.\n\n"
    "Jewels worth millions were stolen from a hotel in Tarvik in July.\n",
    "A jewellery store was robbed on Monday by four men in a car, police said.\n\n"
    "The thieves burnt their car after the raid.\n\n"
    "Police have not said how many people took part.\n\n"
    "Robbers also struck a hotel in Tarvik in July, taking jewels worth millions.\n",
};

static void test_early_place_of_one_outlet_does_not_hide(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-05-20", flood, 3);
    int vell = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        assert_null(strstr(b->facts[i].summary, "Where it happened: Tarvik"));
        vell |= strcmp(b->facts[i].summary, "Where it happened: Vell") == 0;
    }
    assert_true(vell);
    np_brief_free(b);
    b = np_test_brief("2026-05-20", unlike, 4);
    for (size_t i = 0; i < b->n_facts; i++)
        assert_null(strstr(b->facts[i].summary, "Where it happened: Tarvik"));
    np_brief_free(b);
}

/* Real places, no apposition: WordNet says Lyon is part of France. */
static const char *const lyon[3] = {
    "Speaking at a news conference in Lyon after the two-day rail forum, Transport Commissioner Ida Brenner "
    "said the night train network would be extended to twelve more cities.\n\n"
    "Brenner said ticket prices would be set by each operator on its own.\n",
    "Brenner told a news conference in Lyon that the night train network would reach twelve more cities "
    "within two years.\n\n"
    "Rail unions said they had not been consulted about the timetable.\n",
    "Speaking at a news conference during her visit to France, Brenner said the night train network would grow "
    "by twelve cities.\n\n"
    "Operators have asked for help with the cost of new sleeping cars.\n",
};

static void test_city_and_its_country_place_one_event(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-05-20", lyon, 3);
    /* a fact citing where each said it, not what each said (the fact of
     * the announcement cites the whole sentences) */
    int one = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        int lyon_words = 0, france_words = 0;
        for (size_t k = 0; k < f->n_support; k++) {
            const char *t = f->support[k].text, *key = b->docs[f->support[k].doc].key;
            lyon_words |= !strcmp(key, "a.txt") && strstr(t, "in Lyon") && !strstr(t, "night train");
            france_words |= !strcmp(key, "c.txt") && strstr(t, "visit to France") && !strstr(t, "night train");
        }
        one |= lyon_words && france_words;
    }
    /* without WordNet (Debian's wordnet-base) no place is known to hold another */
    if (access("/usr/share/wordnet/data.noun", R_OK) != 0) {
        np_brief_free(b);
        skip();
    }
    assert_true(one);
    np_brief_free(b);
}

/* "at the X summit": the place names the event that follows it. */
static const char *const named_summit[3] = {
    "Speaking at the Tarvik summit on Monday, Varga said the grain corridor deal could be extended for another "
    "year.\n\n"
    "She said shipping insurers still charge far more than before the blockade.\n",
    "Varga said on Monday that the grain corridor deal could run for another year, at a summit in Tarvik "
    "attended by eleven ministers.\n\n"
    "Exporters said the inspection fees remained a burden for small firms.\n",
    "The grain corridor deal could last another year, Varga said on Monday.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",
};

static void test_place_naming_the_event(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", named_summit, 3);
    int one = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        int a_words = 0, b_words = 0;
        for (size_t k = 0; k < f->n_support; k++) {
            const char *t = f->support[k].text, *key = b->docs[f->support[k].doc].key;
            a_words |= !strcmp(key, "a.txt") && strstr(t, "Tarvik summit") && !strstr(t, "corridor");
            b_words |= !strcmp(key, "b.txt") && strstr(t, "summit in Tarvik") && !strstr(t, "corridor");
        }
        one |= a_words && b_words;
    }
    assert_true(one);
    np_brief_free(b);
}

/* Every outlet prints the same statement and says where it was made: the
 * statement stays a fact of its own beside the place fact (a fact is the
 * place fact seen by fewer outlets only when its every ref lies in the
 * words the place fact cites, not when it merely overlaps them). */
static const char *const statement[4] = {
    "TARVIK, Ostria – \"We will not sign this corridor deal before the insurers return to the ports,\" Prime "
    "Minister Ilse Varga said at a news conference in Tarvik on Monday.\n\n"
    "Farmers in the south have complained that the corridor fees are too high for small exporters.\n\n"
    "The corridor has carried more than forty cargo ships since it opened in the autumn.\n",
    "Speaking at a news conference in Tarvik after the regional trade summit, Varga said: \"We will not sign "
    "this corridor deal before the insurers return to the ports.\"\n\n"
    "She warned that shipping insurers still charge far more than before the blockade began.\n",
    "\"We will not sign this corridor deal before the insurers return to the ports,\" Varga told a news "
    "conference in Tarvik.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",
    "Varga held a news conference in Tarvik on Monday, where she said \"we will not sign this corridor deal "
    "before the insurers return\".\n\n"
    "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n",
};

static void test_statement_stays_beside_place(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", statement, 4);
    size_t stated = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs >= 3 && strncmp(f->summary, "Where it happened", 17) != 0 &&
            np_test_cites(b, f->support, f->n_support, "b.txt", "corridor deal"))
            stated++;
    }
    assert_int_equal(stated, 1);
    np_brief_free(b);
}

/* c.txt tells the quotation and where it was said in one sentence: the
 * quotation's fact (compare/quote_facts.c) takes its quoted words but
 * leaves the place fact its clause, and the place fact keeps its own
 * summary. */
static const char *const said_there[4] = {
    "TARVIK, Ostria – Prime Minister Ilse Varga spoke at a news conference in Tarvik on Monday after the "
    "regional trade summit.\n\n"
    "\"We will not sign this corridor deal before the insurers return to the ports,\" Varga said.\n\n"
    "Farmers in the south have complained that the corridor fees are too high for small exporters.\n",
    "Speaking at a news conference in Tarvik after the regional trade summit, Varga rejected the plan.\n\n"
    "\"We will not sign this corridor deal before the insurers return to the ports,\" she said.\n\n"
    "She warned that shipping insurers still charge far more than before the blockade began.\n",
    "\"We will never put our name to this corridor deal while insurers stay away from the ports,\" Varga told "
    "reporters at a news conference in Tarvik.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",
    "Varga held a news conference in Tarvik on Monday after the regional trade summit.\n\n"
    "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n",
};

static void test_quotation_leaves_the_place_its_clause(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", said_there, 4);
    const np_brief_fact *f = fact_of_place(b, "Tarvik");
    assert_non_null(f);
    assert_string_equal(f->summary, "Where it happened: Tarvik");
    assert_true(np_test_cites(b, f->support, f->n_support, "c.txt", "news conference in Tarvik"));
    np_brief_free(b);
}

/* Two towns of one state ("Ostbury, Calif.", "Velmar, Calif.") are two
 * places: the state they share does not make them one. */
static const char *const two_towns[3] = {
    "The singer Mara Kell checked into a clinic in Ostbury, Calif., on Thursday, her spokesman said.\n\n"
    "Kell had been ordered by a judge to spend ninety days in treatment.\n",
    "Mara Kell left the clinic after an hour and checked into another one in Velmar, Calif., on Thursday, "
    "her agent said.\n\n"
    "The judge had warned her that leaving treatment would send her to jail.\n",
    "Mara Kell checked into a clinic in Ostbury, Calif., on Thursday morning, a court official said.\n\n"
    "Her lawyer said she would comply with the order.\n",
};

static void test_towns_of_one_state_are_two_places(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2031-05-02", two_towns, 3);
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        int ost = 0, vel = 0;
        for (size_t k = 0; k < f->n_support; k++) {
            ost |= strstr(f->support[k].text, "Ostbury") != NULL;
            vel |= strstr(f->support[k].text, "Velmar") != NULL;
        }
        if (ost && vel && !strncmp(f->summary, "Where it happened", 17))
            fail_msg("one place fact cites both towns: %s", f->summary);
    }
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_told_in_other_words),
        cmocka_unit_test(test_passing_mention_is_not_cited),
        cmocka_unit_test(test_one_outlet_makes_no_place_fact),
        cmocka_unit_test(test_trip_destination_is_no_place_fact),
        cmocka_unit_test(test_birthplace_is_not_where),
        cmocka_unit_test(test_city_and_its_country_place_one_event),
        cmocka_unit_test(test_place_naming_the_event),
        cmocka_unit_test(test_statement_stays_beside_place),
        cmocka_unit_test(test_quotation_leaves_the_place_its_clause),
        cmocka_unit_test(test_towns_of_one_state_are_two_places),
        cmocka_unit_test(test_route_ends_are_not_where),
        cmocka_unit_test(test_background_place_is_not_where),
        cmocka_unit_test(test_early_place_of_one_outlet_does_not_hide),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
