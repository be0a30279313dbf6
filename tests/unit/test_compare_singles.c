/*
 * tests/unit/test_compare_singles.c — the single-source section
 * (compare/singles.c) on small invented four-outlet stories: a sentence
 * another outlet restates in other words is not single-source; a sentence
 * giving a figure of its own stays single-source beside sentences without
 * a figure of that kind, and is not single-source when another outlet
 * gives the same kind of figure about the same thing; the attribution
 * that follows a quotation ("..." X planned to ask.) states no claim; a
 * year two sentences share, or the source one credits ("according to the
 * board, which ..."), is no sign that they tell one claim; two sentences
 * naming the same people with the same titles at length are one report
 * even in different lower-case words; a figure of the same kind makes two
 * sentences sharing few words one claim; an outlet repeating in its own
 * words a claim another outlet states is not its single source; a value
 * another outlet gives with another noun is no figure of an outlet's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

static np_brief *brief4(const char *const text[4])
{
    return np_test_brief_led("2031-06-10", text, 4);
}

/* The three other reports of the Velmar dock strike, plain and short, beside
 * the first report under test. */
static np_brief *brief_velmar(const char *first)
{
    const char *const text[4] = {
        first,
        "Velmar's dock workers went on strike on Monday against the operator's new shift plan.\n\n"
        "A ferry from the islands waited outside the breakwater for most of the afternoon.\n",
        "A strike by dock workers closed the port of Velmar on Monday.\n\n"
        "Tourists photographed the idle cranes from the promenade.\n",
        "The port of Velmar stood still on Monday as dock workers struck over shifts.\n\n"
        "Students from the naval college rowed a regatta in the bay.\n"};
    return brief4(text);
}

/* Is a sentence holding needle listed as single-source (one outlet)? */
static int single_with(const np_brief *b, const char *needle)
{
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_docs == 1 && b->facts[i].n_support && strstr(b->facts[i].support[0].text, needle))
            return 1;
    return 0;
}

/* A harbour story: every outlet leads with the strike; the rest differs. */
static const char *const harbour[4] = {
    "Dock workers in the port of Velmar walked out on Monday over a new shift plan.\n\n"
    "The port operator said ships would be diverted to Ostrin while the strike lasts.\n\n"
    "Union leaders rejected the shift plan because it cuts the night allowance.\n\n"
    "Fishermen unloaded their catch at the old jetty north of the town.\n\n"
    "Three-quarters of the cargo handled at the port arrives at night, according to the operator.\n\n"
    "A choir sang in the cathedral square on Sunday evening.\n\n"
    "The weather service forecast light rain and a cool breeze for Thursday.\n\n"
    "Bakers along the canal reported brisk sales of rye bread.\n",
    "Velmar's dock workers went on strike on Monday against the operator's new shift plan.\n\n"
    "The union turned down the plan since it reduces the allowance paid for night work.\n\n"
    "A ferry from the islands waited outside the breakwater for most of the afternoon.\n\n"
    "The harbour master expects about 40 ships to be turned away this week.\n\n"
    "A new cycling lane along the river embankment opened in May.\n\n"
    "Students from the naval college rowed a regatta in the bay.\n\n"
    "The museum of maritime history extended its opening hours.\n",
    "A strike by dock workers closed the port of Velmar on Monday.\n\n"
    "Nearly 80 percent of the cargo handled at the port arrives after dark, the port's figures show.\n\n"
    "The strike committee met in the seamen's hall near the customs building.\n\n"
    "Tourists photographed the idle cranes from the promenade.\n\n"
    "A violinist from Ostrin won the national competition last autumn.\n\n"
    "Farmers in the valley began the cherry harvest early.\n",
    "Port workers at Velmar stopped work on Monday in a dispute over shifts.\n\n"
    "The town council will debate the operator's finances at its next session.\n\n"
    "\"Who approved the night allowance cut?\" Councillor Petra Vell planned to ask, she said.\n\n"
    "Container traffic through Velmar grew by 12% last year.\n\n"
    "Police kept the approach road to the terminal open for lorries.\n\n"
    "The local football club signed a goalkeeper from the capital.\n\n"
    "Volunteers repainted the lighthouse on the southern cape.\n",
};

static void test_restatement_not_single(void **state)
{
    (void)state;
    np_brief *b = brief4(harbour);
    /* the union's refusal told by two outlets in other words ("rejected" /
     * "turned down", "cuts the night allowance" / "reduces the allowance
     * paid for night work"): whoever cites them, neither is single-source */
    assert_false(single_with(b, "Union leaders rejected the shift plan"));
    assert_false(single_with(b, "The union turned down the plan"));
    /* what one outlet alone says stays single-source */
    assert_true(single_with(b, "Fishermen unloaded their catch"));
    assert_true(single_with(b, "The town council will debate"));
    /* the attribution after a quotation is the quotation's, no claim
     * (its verb of speaking no event word either) */
    assert_false(single_with(b, "Councillor Petra Vell planned to ask"));
    np_brief_free(b);
}

static void test_own_figure(void **state)
{
    (void)state;
    np_brief *b = brief4(harbour);
    /* the same share told as "three-quarters" and "nearly 80 percent":
     * two outlets give it, so it is nobody's single-source claim */
    assert_false(single_with(b, "Three-quarters of the cargo"));
    assert_false(single_with(b, "Nearly 80 percent of the cargo"));
    /* a figure only one outlet gives, beside sentences about the port that
     * give no figure of its kind, stays single-source */
    assert_true(single_with(b, "grew by 12% last year"));
    assert_true(single_with(b, "about 40 ships"));
    np_brief_free(b);
}

/* A water-board story: the second sentence of a.txt gives a sum no other
 * outlet gives, but its action (the treasurer charged with fraud for
 * hiding money) is what b.txt states too, in the same event words: not
 * single-source.  A sum alone stays single-source. */
static const char *const board[4] = {
    "Inspectors raided the offices of the Dornhal water board on Tuesday morning.\n\n"
    "Nearly two months later, on March 3, the treasurer was hit with new fraud charges and the sum she was "
    "accused of hiding rose to $14 million.\n\n"
    "The reserve fund held $3 million at the end of last year.\n\n"
    "Gulls circled over the reservoir dam all afternoon.\n\n"
    "A bakery near the station sold out of plum cake.\n\n"
    "Cyclists crowded the towpath along the canal.\n\n"
    "The library lent a record number of novels in winter.\n\n"
    "A flock of geese landed on the frozen pond.\n",
    "Inspectors searched the Dornhal water board's offices on Tuesday.\n\n"
    "The treasurer, who kept the accounts for eleven years before her suspension in the autumn, has "
    "pleaded not guilty to the fraud charges of hiding money from the tax office, her lawyer told "
    "reporters outside the courthouse.\n\n"
    "A new footbridge over the canal opened in June.\n\n"
    "The choir of the old church toured the coast in spring.\n\n"
    "Hikers found a rare orchid near the quarry.\n\n"
    "The zoo welcomed two snow leopard cubs.\n\n"
    "Apple growers expect a modest harvest.\n",
    "Inspectors entered the water board's building in Dornhal on Tuesday.\n\n"
    "Farmers in the valley asked for more water for their orchards.\n\n"
    "The mayor opened a skating rink in the market square.\n\n"
    "A jazz quartet played at the harbour festival.\n\n"
    "Roadworks closed the northern bypass for a week.\n\n"
    "The chess club won the regional league.\n",
    "Police stood outside the Dornhal water board during Tuesday's search.\n\n"
    "A storm felled two oaks on the avenue leading to the castle.\n\n"
    "The regional train to the coast was delayed by an hour.\n\n"
    "Volunteers planted willows along the riverbank.\n\n"
    "A potter from the hills exhibited her vases at the town hall.\n\n"
    "The swimming pool reopened after repairs to its roof.\n",
};

static void test_own_figure_action_restated(void **state)
{
    (void)state;
    np_brief *b = brief4(board);
    assert_false(single_with(b, "Nearly two months later"));
    assert_true(single_with(b, "reserve fund held $3 million"));
    np_brief_free(b);
}

/* A border-war story: a.txt gives the share of the province the rebels
 * hold and its area, which no other outlet gives; b.txt's background
 * sentence names the rebels, the province, their hold on it and the year
 * the war began ("since 2029" in both), but the year says when, not what:
 * a.txt's figure stays single-source. */
static const char *const province[4] = {
    "Rebel fighters shelled the outskirts of Tarvosk on Friday night.\n\n"
    "A convoy of lorries brought flour to the town bakery.\n\n"
    "The regional museum moved its paintings to a cellar.\n\n"
    "Schools in the valley closed a week before the holidays.\n\n"
    "The orchestra cancelled its summer tour.\n\n"
    "Rebel units now hold more than 31% of Kelmar province, about 6,400 square kilometres, and have "
    "seized ground faster than at any time since 2029, according to independent monitors.\n",
    "Rebels fired shells at the edge of Tarvosk late on Friday.\n\n"
    "Since the rebel uprising in Kelmar began in early 2029, the province has seen heavy fighting as "
    "the rebels seek control over its mountain passes.\n\n"
    "A bridge over the Liss river was closed to traffic.\n\n"
    "Farmers sold their sheep before the winter.\n\n"
    "The local newspaper printed its last edition.\n",
    "Shells hit the outskirts of Tarvosk on Friday night, residents said.\n\n"
    "The railway to the coast ran only twice a day.\n\n"
    "A field hospital opened in the sports hall.\n\n"
    "Volunteers collected blankets at the church.\n",
    "Tarvosk's outskirts came under rebel shelling on Friday.\n\n"
    "The mayor asked residents to stay in their cellars.\n\n"
    "Power lines to the northern districts were cut.\n\n"
    "The market reopened on Sunday morning.\n",
};

static void test_shared_year_is_no_restatement(void **state)
{
    (void)state;
    /* the figure is a.txt's sixth claim, past its lead (the texts as they
     * are: a lead of other words would move the idf weights the
     * resemblance is measured with) */
    np_brief *b = np_test_brief("2031-06-10", province, 4);
    assert_true(single_with(b, "about 6,400 square kilometres"));
    np_brief_free(b);
}

/* A fishing story: a.txt gives a fall in catches only it gives and credits
 * the board that measured it, describing the board at length; b.txt's
 * sentence about that board's inspections shares the board's name and its
 * description, not what a.txt says the board measured: the fall stays
 * single-source. */
static const char *const herring[4] = {
    "Fishing crews in the Sarn estuary stayed in port on Wednesday to protest against new quotas.\n\n"
    "Herring catches in the Sarn estuary fell by 23% between April and July, according to the Sarn "
    "Fisheries Board, which inspects the harbours of all four coastal towns.\n\n"
    "A lifeboat crew rescued two kayakers off the northern cape.\n\n"
    "The town library opened a reading room for children.\n\n"
    "A storm damaged the roof of the old chapel.\n\n"
    "The school choir rehearsed for the spring concert.\n\n"
    "A farmer found a Roman coin in a ploughed field.\n\n"
    "Two swans nested by the mill pond.\n",
    "Crews in the Sarn estuary kept their boats in port on Wednesday in protest at the new quotas.\n\n"
    "Officials of the Sarn Fisheries Board toured the coastal towns last month, meeting skippers, net "
    "makers and smokehouse owners who fear for their livelihoods.\n\n"
    "A bakery on the quay began selling smoked fish pies.\n\n"
    "Cyclists raced along the coastal road on Sunday.\n\n"
    "The cinema showed a silent film with a live pianist.\n\n"
    "Beekeepers reported a poor honey season.\n\n"
    "A chess tournament filled the parish hall.\n",
    "Boats stayed moored across the Sarn estuary on Wednesday as crews protested the quotas.\n\n"
    "The ferry to the islands was cancelled because of high winds.\n\n"
    "A painter from the capital opened a gallery in the old customs house.\n\n"
    "Walkers cleared brambles from the cliff path.\n\n"
    "The brass band played in the park on Saturday.\n\n"
    "A vet treated a seal pup found on the beach.\n",
    "The Sarn estuary's fishing fleet did not sail on Wednesday, a protest against quotas.\n\n"
    "Students cleaned plastic from the dunes.\n\n"
    "The council repaired the harbour lights.\n\n"
    "A potter sold blue jugs at the Friday market.\n\n"
    "The bus to the airport now leaves every hour.\n\n"
    "Gardeners swapped seeds at the village fair.\n",
};

static void test_source_credit_is_no_restatement(void **state)
{
    (void)state;
    np_brief *b = brief4(herring);
    assert_true(single_with(b, "fell by 23% between April and July"));
    np_brief_free(b);
}

/* A ferry story: a.txt and b.txt tell who announced the timetable cut with
 * the same long title and name, in different lower-case words: so alike,
 * neither is "only this outlet says it". */
static const char *const ferry[4] = {
    "The ferry service between Orsk and the Tamsel islands will run twice a week from May.\n\n"
    "Deputy Harbour Master Ilse Vandeleur of the Orsk Port Authority confirmed it in a letter.\n\n"
    "A heron nested on the roof of the fish market.\n\n"
    "The island school bought a new minibus.\n\n"
    "Divers found an old anchor near the pier.\n",
    "Ferries from Orsk to the Tamsel islands will sail only twice a week from May.\n\n"
    "The Orsk Port Authority's Deputy Harbour Master, Ilse Vandeleur, made the announcement on Tuesday.\n\n"
    "Lobster prices rose before the holiday weekend.\n\n"
    "The lighthouse keeper retired after forty years.\n",
    "From May, the Orsk ferry will call at the Tamsel islands twice a week.\n\n"
    "A choir from the mainland sang at the harbour chapel.\n\n"
    "The island shop ran out of flour.\n",
    "Island residents learned that the ferry from Orsk will run twice weekly from May.\n\n"
    "A storm blew down the fence of the football ground.\n\n"
    "The post office now opens on Saturday mornings.\n",
};

static void test_same_people_alike_not_single(void **state)
{
    (void)state;
    np_brief *b = brief4(ferry);
    assert_false(single_with(b, "confirmed it in a letter"));
    assert_false(single_with(b, "made the announcement on Tuesday"));
    assert_true(single_with(b, "A heron nested"));
    np_brief_free(b);
}

/* A language-school story: a.txt and b.txt give the pass rate as
 * different figures of one kind ("nearly 70 percent" / "more than two
 * thirds") in sentences that say much else: the shared words are few, but
 * with the figure they are one claim, nobody's single-source claim. */
static const char *const school[4] = {
    "The Brenna language school will close its evening classes in October.\n\n"
    "Nearly 70 percent of the adult learners passed the written exam last spring, the director said, "
    "though the oral part remains hard for most of them and many never return for it.\n\n"
    "A bakery opened next to the tram stop.\n\n"
    "The town choir sang in the railway station.\n\n"
    "Street lamps on the river road were replaced.\n",
    "Evening classes at the Brenna language school end in October.\n\n"
    "More than two thirds of its grown-up students pass the exam on the first try, while "
    "teachers complain about crowded rooms and outdated books.\n\n"
    "A cyclist won the hill race for the third time.\n\n"
    "The museum lent a painting to the capital.\n",
    "The Brenna language school is ending its evening classes in October.\n\n"
    "A fox was seen in the park near the library.\n\n"
    "The swimming pool will be repainted.\n",
    "From October, the Brenna language school will no longer teach in the evening.\n\n"
    "A farmer's market opened on the square.\n\n"
    "The night bus now runs on Sundays.\n",
};

static void test_same_figure_kind_fewer_words(void **state)
{
    (void)state;
    np_brief *b = brief4(school);
    assert_false(single_with(b, "Nearly 70 percent of the adult learners"));
    assert_false(single_with(b, "More than two thirds of its grown-up students"));
    assert_true(single_with(b, "A bakery opened"));
    np_brief_free(b);
}

/* A storm story: a.txt tells the governor's order twice, first with the
 * rest of what she did (which b.txt states too, with another verb for the
 * order), then alone, in its own words again.  The short repetition shares
 * only the guard's name with b.txt, but the claim is the one b.txt
 * states: not single-source. */
static const char *const storm[4] = {
    "The storm surge flooded the harbour road of Kessing on Friday night.\n\n"
    "Governor Alma Ruud mobilized the Coastal Guard and closed the ferry terminals before the surge.\n\n"
    "Soon after hearing the forecast, she mobilized the Coastal Guard.\n\n"
    "A pottery fair drew crowds to the old granary in spring.\n\n"
    "The tennis club resurfaced its clay courts.\n",
    "Floodwater covered the harbour road in Kessing late on Friday.\n\n"
    "Governor Alma Ruud closed the ferry terminals before the surge, deploying Coastal Guard units along the dunes.\n\n"
    "A bell foundry in the hills cast a new bell for the cathedral.\n\n"
    "Beekeepers reported a good honey year.\n",
    "The harbour road of Kessing was under water on Friday night after the surge.\n\n"
    "The city orchestra rehearsed a new symphony in the concert hall.\n\n"
    "Schoolchildren planted an orchard behind the gym.\n",
    "Friday's storm surge flooded Kessing's harbour road.\n\n"
    "A cheese maker from the valley won a prize at the fair.\n\n"
    "The tram depot got a new roof.\n",
};

static void test_own_repetition_not_single(void **state)
{
    (void)state;
    np_brief *b = brief4(storm);
    assert_false(single_with(b, "Governor Alma Ruud mobilized"));
    assert_false(single_with(b, "she mobilized the Coastal Guard"));
    assert_true(single_with(b, "A pottery fair drew crowds"));
    np_brief_free(b);
}

/* An outlet telling a statement in its own words around a few of its
 * words in quotation marks ("calling it \"a fair deal for the town\"")
 * beside outlets quoting it whole: not single-source.  Three words of it
 * that nobody in particular said prove nothing. */
static const char *const deal[4] = {
    "Mayor Lena Orvik signed the harbour lease with the Tarn shipping line on Monday.\n\n"
    "\"This is a fair deal for the town and for the workers of the port,\" Orvik said after the vote.\n\n"
    "A choir sang in the cathedral square on Sunday evening.\n\n"
    "Bakers said a fair price for rye was the talk of the market.\n\n"
    "The mill struck a deal with the farmers over the winter.\n",
    "The harbour lease with the Tarn shipping line was signed on Monday.\n\n"
    "\"This is a fair deal for the town and for the workers of the port,\" Mayor Orvik said.\n\n"
    "Bakers along the canal reported brisk sales of rye bread.\n\n"
    "The county fair will open in August with a new funfair.\n\n"
    "The football club signed a deal with a young striker.\n",
    "The Tarn shipping line will lease the harbour for thirty years, the town announced on Monday.\n\n"
    "Later that evening the mayor spoke for an hour on local radio about ferry timetables, school "
    "buses, bicycle lanes, library hours, snow clearing and parking rules downtown, calling it \"a fair "
    "deal for the town.\"\n\n"
    "The tennis club resurfaced its clay courts.\n",
    "The town of Velmar leased its harbour to the Tarn shipping line on Monday.\n\n"
    "Fishermen on the pier called the catch this week \"a fair deal\" after the storm.\n\n"
    "The tram depot got a new roof.\n\n"
    "A trade fair for boat builders drew visitors from abroad.\n\n"
    "The bus company and the drivers agreed a pay deal.\n",
};

static void test_quoted_fragment_not_single(void **state)
{
    (void)state;
    np_brief *b = brief4(deal);
    assert_false(single_with(b, "calling it"));
    assert_true(single_with(b, "Fishermen on the pier"));
    np_brief_free(b);
    /* words said of a person ("Orvik's promise") are not hers */
    const char *const audit[4] = {
        "Mayor Lena Orvik signed the harbour lease with the Tarn shipping line on Monday.\n\n"
        "\"The claim that this lease hurts fishermen is simply false,\" Orvik said after the vote.\n",
        "The harbour lease with the Tarn shipping line was signed on Monday.\n\n"
        "\"The claim that this lease hurts fishermen is simply false,\" Mayor Orvik said.\n",
        "The Tarn shipping line will lease the harbour for thirty years, the town announced on Monday.\n\n"
        "A city audit released last week called Orvik's promise of 500 new port jobs \"simply false.\"\n",
        "The town of Velmar leased its harbour to the Tarn shipping line on Monday.\n\n"
        "The tram depot got a new roof.\n",
    };
    b = brief4(audit);
    assert_true(single_with(b, "A city audit"));
    np_brief_free(b);
    /* nor words said to a person ("accused Orvik of \"...\"") */
    const char *const accused[4] = {
        "Mayor Lena Orvik signed the harbour lease with the Tarn shipping line on Monday.\n\n"
        "\"Nobody here is selling out anything to the shipping line,\" Orvik said after the vote.\n",
        "The harbour lease with the Tarn shipping line was signed on Monday.\n\n"
        "\"Nobody here is selling out anything to the shipping line,\" Mayor Orvik said.\n",
        "The Tarn shipping line will lease the harbour for thirty years, the town announced on Monday.\n\n"
        "Opposition councillors accused Orvik of \"selling out\" and filed a motion of no confidence for next "
        "week.\n",
        "The town of Velmar leased its harbour to the Tarn shipping line on Monday.\n\n"
        "The tram depot got a new roof.\n",
    };
    b = brief4(accused);
    assert_true(single_with(b, "Opposition councillors"));
    np_brief_free(b);
}

/* A pull quote (a sentence set apart whose words stand, in order, inside
 * a longer sentence of its article) is a repeat: it states no claim of its
 * own, so it is not listed beside the sentence that holds it, while that
 * sentence is. */
static void test_pull_quote_is_a_repeat(void **state)
{
    (void)state;
    static const char *const first =
        "Dock workers in the port of Velmar walked out on Monday over a new shift plan.\n\n"
        "\u2018The night crews have carried this port for years without a single word of thanks.\u2019\n\n"
        "\"The night crews have carried this port for years without a single word of thanks,\" said union "
        "leader Ana Ruiz, calling the plan an insult.\n";
    np_brief *b = brief_velmar(first);
    assert_non_null(b);
    size_t whole = 0, pull = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++) {
            const char *t = b->facts[i].support[k].text;
            if (!strstr(t, "without a single word of thanks"))
                continue;
            if (strstr(t, "calling the plan an insult"))
                whole++;
            else
                pull++;
        }
    assert_int_equal(whole, 1);
    assert_int_equal(pull, 0);
    np_brief_free(b);
}

/* A single-source quotation of two sentences, the first naming nobody,
 * is shown whole up to its attribution: the text then names the speaker,
 * and the item carries no "speaker:" of its own. */
static void test_whole_quotation_names_its_speaker(void **state)
{
    (void)state;
    static const char *const first =
        "Dock workers in the port of Velmar walked out on Monday over a new shift plan, union leader Ana Ruiz "
        "said.\n\n"
        "\"In five years the old cranes will have to be replaced at a cost nobody has budgeted. Five years is "
        "tomorrow,\" Ruiz said.\n";
    np_brief *b = brief_velmar(first);
    assert_non_null(b);
    int found = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs != 1 || !f->n_support || !strstr(f->support[0].text, "old cranes"))
            continue;
        assert_non_null(strstr(f->support[0].text, "Ruiz said"));
        assert_null(f->speaker);
        found++;
    }
    assert_int_equal(found, 1);
    np_brief_free(b);
}

/* A single-source sentence that is one quotation naming nobody (a
 * paragraph going on with a statement) carries who said it; a sentence
 * naming its speaker, or told in the outlet's words, carries nobody.  One
 * that opens on "It" carries the sentence before it in its paragraph; one
 * opening on a connective ("Meanwhile") carries none. */
static void test_quotation_naming_nobody_has_its_speaker(void **state)
{
    (void)state;
    static const char *const first =
        "Dock workers in the port of Velmar walked out on Monday over a new shift plan.\n\n"
        "\"We will not accept a plan that cuts the night allowance,\" said union leader Ana Ruiz.\n\n"
        "\"Our members have waited three years for a fair offer from the operator.\"\n\n"
        "\"And the Ruizdale terminal has to stay open for the night crews as well.\"\n\n"
        "Bakers along the canal reported brisk sales of rye bread.\n\n"
        "A second strike at the Ostrin shipyard began in June. It halted work on four ferries for the island "
        "routes.\n\n"
        "Meanwhile, the harbour master ordered the old crane taken down.\n";
    np_brief *b = brief_velmar(first);
    assert_non_null(b);
    int found = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs != 1 || !f->n_support)
            continue;
        /* a word that only starts like her name ("Ruizdale") names nobody */
        if (strstr(f->support[0].text, "waited three years") || strstr(f->support[0].text, "Ruizdale")) {
            assert_non_null(f->speaker);
            assert_string_equal(f->speaker, "Ana Ruiz");
            found++;
        } else {
            assert_null(f->speaker);
        }
        /* "It halted work": the sentence before says what "it" is */
        if (strstr(f->support[0].text, "It halted work")) {
            assert_non_null(f->context.text);
            assert_non_null(strstr(f->context.text, "second strike at the Ostrin shipyard"));
            found++;
        } else {
            assert_null(f->context.text);
        }
    }
    assert_int_equal(found, 3);
    np_brief_free(b);
}

/* A sentence opening on "He"/"Her" carries the sentence before it only
 * when that sentence holds everyone the paragraph named and no pronoun for
 * someone it leaves out: then the person meant is in it.  A quotation
 * after a sentence naming someone else is nobody's rather than the last
 * speaker's. */
static const char *const kord[4] = {
    "Property developer Arne Kord was charged on Monday with bribing two officials of the Tarnby port "
    "authority.\n\n"
    "Kord bought the Quayside plot from the port authority in 2027. Rolf Hagen, his lawyer, joined the firm a "
    "year later. He paid 14 million euros for the land, records show.\n\n"
    "Bell took over the case from her predecessor, Nils Ek, in March. Ek had opened the inquiry in 2030. Her "
    "office has since questioned more than 60 witnesses.\n\n"
    "Hagen said Kord would fight. Bell said the evidence was clear. He also said his client had sold his car "
    "to pay staff.\n\n"
    "\"The scheme was rotten,\" said opposition councillor Nils Mott. Chief Prosecutor Hana Bell answered him "
    "at once. \"The evidence points to one man and his partners in the harbour office.\"\n\n"
    "Mayor Lene Falk opened the new ferry terminal at Skarholm in 2029. She spent 9 million euros of city "
    "money on its glass roof.\n\n"
    "Falk named Kord an honorary citizen of Skarholm in 2029. Her deputy resigned over the award in "
    "protest.\n",
    "Tarnby developer Arne Kord was charged on Monday with bribing two port authority officials.\n\n"
    "The port authority has suspended both officials.\n",
    "Prosecutors charged Arne Kord on Monday with bribing two officials of the Tarnby port authority.\n\n"
    "Kord remains free on bail.\n",
    "Arne Kord, a property developer, was charged with bribery on Monday in Tarnby.\n\n"
    "The trial may open next year.\n"};

static void test_person_pronoun_context(void **state)
{
    (void)state;
    np_brief *b = brief4(kord);
    assert_non_null(b);
    static const struct {
        const char *item, *context; /* context NULL: none */
    } want[] = {
        {"He paid 14 million", NULL},             /* "he" is Kord, not Hagen */
        {"Her office has since", NULL},           /* Bell, not Ek */
        {"He also said his client", NULL},        /* Hagen, not Bell */
        {"She spent 9 million", "Mayor Lene Falk opened"},
        {"Her deputy resigned", "Falk named Kord"}, /* both named there */
    };
    size_t found = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs != 1 || !f->n_support)
            continue;
        if (strstr(f->support[0].text, "points to one man")) {
            assert_null(f->speaker); /* not Mott: Bell answered in between */
            found++;
        }
        for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
            if (!strstr(f->support[0].text, want[k].item))
                continue;
            found++;
            if (!want[k].context) {
                if (f->context.text)
                    print_message("%s: context '%s'\n", want[k].item, f->context.text);
                assert_null(f->context.text);
            } else {
                assert_non_null(f->context.text);
                assert_non_null(strstr(f->context.text, want[k].context));
            }
        }
    }
    assert_int_equal(found, 1 + sizeof want / sizeof *want);
    np_brief_free(b);
}

/* A flood story: each outlet leads with the flood in its own words, and
 * a.txt's lead goes on with the river's height, which reads like no other
 * outlet's sentence.  In the lead (a.txt's second claim) it is not listed
 * as single-source: a lead tells the event the other outlets tell too,
 * often in words the resemblance tests miss ("the Orna crested at 6.2
 * metres" beside "record water levels").  The same sentence past the lead
 * (its fourth claim) is listed; so is a later claim of the lead's
 * article. */
static void test_lead_is_not_single(void **state)
{
    (void)state;
    const char *const led[4] = {
        "Floodwater from the Orna swept through the lower town of Brask on Tuesday.\n\n"
        "The Orna crested at 6.2 metres near the old mill, the highest reading since gauges were fitted.\n\n"
        "A choir rehearsed in the chapel on Sunday.\n\n"
        "The library lent out its first e-readers.\n\n"
        "Volunteers from the rowing club ferried elderly residents to the school gym.\n",
        "The Orna burst its banks and flooded the lower town of Brask on Tuesday.\n\n"
        "Record water levels forced the closure of the road bridge.\n\n"
        "A ferry from the islands waited outside the breakwater.\n",
        "Brask's lower town was under water on Tuesday after the river Orna overflowed.\n\n"
        "Tourists photographed the idle cranes from the promenade.\n",
        "Homes in the lower part of Brask were flooded on Tuesday when the Orna rose.\n\n"
        "Students rowed a regatta in the bay.\n"};
    np_brief *b = np_test_brief("2031-06-10", led, 4);
    assert_false(single_with(b, "crested at 6.2 metres"));
    assert_true(single_with(b, "ferried elderly residents"));
    np_brief_free(b);
    const char *const later[4] = {
        "Floodwater from the Orna swept through the lower town of Brask on Tuesday.\n\n"
        "A choir rehearsed in the chapel on Sunday.\n\n"
        "The library lent out its first e-readers.\n\n"
        "The Orna crested at 6.2 metres near the old mill, the highest reading since gauges were fitted.\n\n"
        "Volunteers from the rowing club ferried elderly residents to the school gym.\n",
        led[1], led[2], led[3]};
    b = np_test_brief("2031-06-10", later, 4);
    assert_true(single_with(b, "crested at 6.2 metres"));
    assert_true(single_with(b, "ferried elderly residents"));
    np_brief_free(b);
}

/* A fire story: a.txt's fourth claim gives a figure no other outlet gives
 * (14 hours) and tells what b.txt's sentence tells in other words, which
 * resembles it only a little (a cosine under the figure's bar).  Just past
 * the lead that is doubt enough; further down the article the figure
 * keeps the sentence single-source. */
static const char *const fire_b =
    "The Halvik grain store in Tarvik burned down on Sunday.\n\n"
    "Engines from three towns fought the blaze for hours, pumping water and foam from the river, the fire "
    "service said after midnight.\n\n"
    "A ferry from the islands waited outside the breakwater.\n";
static const char *const fire_c = "Tarvik's Halvik grain store was destroyed by fire on Sunday.\n\n"
                                  "Tourists photographed the idle cranes from the promenade.\n";
static const char *const fire_d = "A blaze razed the Halvik grain store in Tarvik on Sunday.\n\n"
                                  "Students rowed a regatta in the bay.\n";

static void test_own_figure_near_the_lead(void **state)
{
    (void)state;
    const char *const near[4] = {
        "Fire destroyed the Halvik grain store on the edge of Tarvik early on Sunday.\n\n"
        "Neighbours woke to the smell of smoke.\n\n"
        "A choir rehearsed in the chapel on Sunday.\n\n"
        "Crews fought the blaze for 14 hours before the last flames were out, using foam from the airport.\n\n"
        "The library lent out its first e-readers.\n\n"
        "Pigeons nested in the clock tower of the town hall.\n\n"
        "Volunteers from the rowing club served soup to the crews at the gate.\n",
        fire_b, fire_c, fire_d};
    np_brief *b = np_test_brief("2031-06-10", near, 4);
    assert_false(single_with(b, "for 14 hours"));
    assert_true(single_with(b, "served soup"));
    np_brief_free(b);
    const char *const further[4] = {
        "Fire destroyed the Halvik grain store on the edge of Tarvik early on Sunday.\n\n"
        "Neighbours woke to the smell of smoke.\n\n"
        "A choir rehearsed in the chapel on Sunday.\n\n"
        "The library lent out its first e-readers.\n\n"
        "Pigeons nested in the clock tower of the town hall.\n\n"
        "Crews fought the blaze for 14 hours before the last flames were out, using foam from the airport.\n\n"
        "Volunteers from the rowing club served soup to the crews at the gate.\n",
        fire_b, fire_c, fire_d};
    b = np_test_brief("2031-06-10", further, 4);
    assert_true(single_with(b, "for 14 hours"));
    np_brief_free(b);
}

/* A march story: a.txt's sixth claim counts "about 150 of the union's
 * members"; b.txt's "more than 150 of the marchers" counts the same crowd
 * with another noun, in a sentence that resembles a.txt's only a little.
 * The value another outlet gives is no figure of a.txt's own, so the
 * resemblance is doubt enough; when b.txt gives another value (90), a.txt's
 * figure is its own and keeps the sentence single-source. */
static void test_same_value_other_noun(void **state)
{
    (void)state;
    const char *march_a =
        "Marchers from the dock union filled the streets of Velmar on Saturday to protest the new shift plan.\n\n"
        "Neighbours watched from their balconies.\n\n"
        "A choir rehearsed in the chapel on Sunday.\n\n"
        "The library lent out its first e-readers.\n\n"
        "Pigeons nested in the clock tower of the town hall.\n\n"
        "By the afternoon about 150 of the union's members had crossed the old bridge into the market square, "
        "waving flags.\n\n"
        "Volunteers from the rowing club served soup to the crowd at the gate.\n";
    const char *const march_c = "A protest march by dock workers crossed Velmar on Saturday.\n\n"
                                "Tourists photographed the idle cranes from the promenade.\n";
    const char *const march_d = "The dock union led a march through Velmar on Saturday over shifts.\n\n"
                                "Students rowed a regatta in the bay.\n";
    const char *const same[4] = {
        march_a,
        "Dock workers marched through Velmar on Saturday against the operator's shift plan.\n\n"
        "More than 150 of the marchers crossed the bridge before dusk, beating drums.\n\n"
        "A ferry from the islands waited outside the breakwater.\n",
        march_c, march_d};
    np_brief *b = np_test_brief("2031-06-10", same, 4);
    assert_false(single_with(b, "about 150 of the union's members"));
    assert_true(single_with(b, "served soup"));
    np_brief_free(b);
    const char *const other[4] = {
        march_a,
        "Dock workers marched through Velmar on Saturday against the operator's shift plan.\n\n"
        "More than 90 of the marchers crossed the bridge before dusk, beating drums.\n\n"
        "A ferry from the islands waited outside the breakwater.\n",
        march_c, march_d};
    b = np_test_brief("2031-06-10", other, 4);
    assert_true(single_with(b, "about 150 of the union's members"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lead_is_not_single),
        cmocka_unit_test(test_own_figure_near_the_lead),
        cmocka_unit_test(test_same_value_other_noun),
        cmocka_unit_test(test_restatement_not_single),
        cmocka_unit_test(test_quotation_naming_nobody_has_its_speaker),
        cmocka_unit_test(test_whole_quotation_names_its_speaker),
        cmocka_unit_test(test_pull_quote_is_a_repeat),
        cmocka_unit_test(test_person_pronoun_context),
        cmocka_unit_test(test_own_figure),
        cmocka_unit_test(test_own_figure_action_restated),
        cmocka_unit_test(test_shared_year_is_no_restatement),
        cmocka_unit_test(test_source_credit_is_no_restatement),
        cmocka_unit_test(test_same_people_alike_not_single),
        cmocka_unit_test(test_same_figure_kind_fewer_words),
        cmocka_unit_test(test_own_repetition_not_single),
        cmocka_unit_test(test_quoted_fragment_not_single),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
