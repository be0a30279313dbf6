/* Unit tests for extract/quote: spans and speakers.  Invented sentences. */
#include "testutil.h"

#include <string.h>

#include "core/arena.h"
#include "extract/entity.h"
#include "extract/quote.h"

typedef struct result {
    np_arena a;
    const char *text;
    np_quote *q;
    size_t n;
} result;

static void run(result *r, const char *text)
{
    np_arena_init(&r->a, 0);
    r->text = text;
    np_gazetteer *gz = np_gazetteer_load(NULL, NULL);
    assert_non_null(gz);
    np_entity_mention *m;
    size_t nm;
    assert_int_equal(np_entities_find(text, strlen(text), NULL, 0, gz, &r->a, &m, &nm), NP_OK);
    assert_int_equal(np_quotes_find(text, strlen(text), NULL, 0, m, nm, &r->a, &r->q, &r->n), NP_OK);
    np_gazetteer_free(gz);
}

static void dump(const result *r)
{
    for (size_t i = 0; i < r->n; i++)
        print_message("  [%s] c%d s%d '%.*s'\n", r->q[i].speaker ? r->q[i].speaker : "NULL", r->q[i].continues,
                      r->q[i].is_short, (int)(r->q[i].end - r->q[i].start), r->text + r->q[i].start);
}

/* The quote whose text is exactly `words`; checks its speaker (NULL = none). */
static const np_quote *expect(const result *r, const char *words, const char *speaker)
{
    for (size_t i = 0; i < r->n; i++) {
        const np_quote *q = &r->q[i];
        if (q->end - q->start != strlen(words) || memcmp(r->text + q->start, words, strlen(words)))
            continue;
        if ((speaker == NULL) != (q->speaker == NULL) || (speaker && strcmp(speaker, q->speaker))) {
            dump(r);
            fail_msg("quote '%s': speaker %s, want %s", words, q->speaker ? q->speaker : "NULL",
                     speaker ? speaker : "NULL");
        }
        return q;
    }
    dump(r);
    fail_msg("quote '%s' not found", words);
    return NULL;
}

/* The quote whose text is exactly `words`, whoever its speaker. */
static const np_quote *quote_of(const result *r, const char *words)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->q[i].end - r->q[i].start == strlen(words) && !memcmp(r->text + r->q[i].start, words, strlen(words)))
            return &r->q[i];
    dump(r);
    fail_msg("quote '%s' not found", words);
    return NULL;
}

/* Not spoken by `who` (NULL or someone else). */
static void not_by(const result *r, const char *words, const char *who)
{
    const np_quote *q = quote_of(r, words);
    if (q->speaker && !strcmp(q->speaker, who)) {
        dump(r);
        fail_msg("quote '%s' given to %s", words, who);
    }
}

/* A reflexive stressing the speaker ("Vera Holm herself said:") sits
 * between the name and the verb as an adverb does. */
static void speaker_herself(void **state)
{
    (void)state;
    result r;
    run(&r, "The skater was banned for two years. Vera Holm herself said in a statement: \u201cI never took "
            "anything that was not allowed.\u201d\n");
    expect(&r, "I never took anything that was not allowed.", "Vera Holm");
    np_arena_free(&r.a);
}

/* np_quote_at: the quote holding a byte, none in the outlet's own words
 * between two quotes nor on the closing mark. */
static void quote_at_offsets(void **state)
{
    (void)state;
    result r;
    const char *text = "\"The bridge opens in May,\" Mayor Lena Ortiz said. Crews worked late. "
                       "\"We are ready for the traffic,\" she added.";
    run(&r, text);
    const np_quote *a = expect(&r, "The bridge opens in May", "Lena Ortiz");
    const np_quote *b = expect(&r, "We are ready for the traffic", "Lena Ortiz");
    assert_ptr_equal(np_quote_at(r.q, r.n, (size_t)(strstr(text, "bridge") - text)), a);
    assert_ptr_equal(np_quote_at(r.q, r.n, a->start), a);
    assert_null(np_quote_at(r.q, r.n, a->end));
    assert_null(np_quote_at(r.q, r.n, (size_t)(strstr(text, "Crews") - text)));
    assert_ptr_equal(np_quote_at(r.q, r.n, (size_t)(strstr(text, "traffic") - text)), b);
    assert_null(np_quote_at(r.q, 0, a->start));
    np_arena_free(&r.a);
}

static void after_attributions(void **state)
{
    (void)state;
    result r;
    run(&r, "“The bridge will open in spring,” Harbour Minister Lena Vostrikova said. "
            "\"We are not in a hurry,\" said Tomas Brandt, the mayor. "
            "“Costs are rising,” Brandt, the city treasurer, warned.\n\n"
            "“Nobody asked us,” she added. “We learned it from the radio.”\n\n"
            "“It is a fair deal,” according to Miro Kallas.");
    expect(&r, "The bridge will open in spring", "Lena Vostrikova");
    expect(&r, "We are not in a hurry", "Tomas Brandt");
    expect(&r, "Costs are rising", "Tomas Brandt");
    const np_quote *q = expect(&r, "Nobody asked us", "Tomas Brandt"); /* last named speaker */
    assert_true(q->by_pronoun);
    q = expect(&r, "We learned it from the radio.", "Tomas Brandt");
    assert_true(q->continues);
    np_arena_free(&r.a);
}

static void before_attributions_and_partials(void **state)
{
    (void)state;
    result r;
    run(&r, "Finance Minister Ivo Sarkany said: “The budget is final. There will be no new taxes.”\n\n"
            "Sarkany said the plan could serve as a “bridge to future reforms,” once parliament agrees.\n\n"
            "According to Ida Rautio, the fund “has [never] missed a payment — not once.”\n\n"
            "He also rejected the offer, saying, “We do not need loans.”");
    expect(&r, "The budget is final. There will be no new taxes.", "Ivo Sarkany");
    expect(&r, "bridge to future reforms", "Ivo Sarkany");
    expect(&r, "has [never] missed a payment — not once.", "Ida Rautio");
    expect(&r, "We do not need loans.", "Ida Rautio");
    np_arena_free(&r.a);
}

static void unattributed_and_scare_quotes(void **state)
{
    (void)state;
    result r;
    run(&r, "The report called the scheme “absurd” and “deeply flawed.”\n\n"
            "“Winter is coming to the valley, and the roads are closed.”\n\n"
            "Critics say the so-called 'reform' is empty.");
    const np_quote *q = expect(&r, "absurd", NULL);
    assert_true(q->is_short);
    q = expect(&r, "deeply flawed.", NULL);
    assert_true(q->is_short);
    q = expect(&r, "Winter is coming to the valley, and the roads are closed.", NULL);
    assert_false(q->is_short);
    np_arena_free(&r.a);
}

static void multi_paragraph_quote(void **state)
{
    (void)state;
    result r;
    run(&r, "Economist Anja Petrov said: “Inflation will ease next year.\n\n"
            "“But wages will lag behind for a while,” she said.");
    expect(&r, "Inflation will ease next year.", "Anja Petrov");
    expect(&r, "But wages will lag behind for a while", "Anja Petrov");
    np_arena_free(&r.a);
}

/* A page whose conversion swapped a pair of marks (“the” Harbour Watch
 * “list of ...”) shows a closing mark that closes nothing, then an
 * opening mark never closed in the paragraph: what follows that opener is
 * the outlet's text, not a quotation running to the paragraph's end.  An
 * opener that no stray closer precedes still opens a quotation that runs
 * on into the next paragraph. */
static void swapped_marks_open_nothing(void **state)
{
    (void)state;
    result r;
    run(&r, "The coast guard added to its\u201d Harbour Watch \u201clist of missing boats a trawler that left "
            "Tallby on Monday, officials said.\n\n"
            "Captain Ivo Brandt said: \u201cWe will search until dark.\n\n"
            "\u201cThen the weather turns,\u201d he said.");
    for (size_t i = 0; i < r.n; i++)
        assert_false(strncmp(r.text + r.q[i].start, "list of missing", 15) == 0);
    expect(&r, "We will search until dark.", "Ivo Brandt");
    np_arena_free(&r.a);
    /* an inch mark closes nothing and swaps nothing; nor does a mark
     * before a pair that closes, nor an opener that starts a sentence */
    run(&r, "The 6\u20195\u201d forward, Tom Baker, said: \u201cWe came here to win and we did not.\n\n"
            "\u201cNext year will be different,\u201d Baker said.\n\n"
            "A stray\u201d mark, then \u201cthe pier is closed,\u201d the mayor said. Anna Kell said: "
            "\u201cWe will reopen it.\n\n"
            "\u201cSoon,\u201d she said.");
    expect(&r, "We came here to win and we did not.", "Tom Baker");
    expect(&r, "We will reopen it.", "Anna Kell");
    np_arena_free(&r.a);
    /* a straight inch mark after a digit opens no quotation */
    run(&r, "Up to 14\" of snow fell on Tallby overnight. Schools across the town were closed on Tuesday.");
    assert_int_equal(r.n, 0);
    np_arena_free(&r.a);
}

/* A second predicate of the sentence ("X called it “...” and said the
 * figures were “...”") quotes the sentence's subject, even when a
 * newspaper that reported it closes the sentence; the owner in "X's
 * lawyer, Y, met Z and said" is no speaker, nor is the newspaper, nor the
 * person quoted before when someone else is named between. */
static void coordinated_speech_verb(void **state)
{
    (void)state;
    result r;
    run(&r, "Norland's deputy minister, Ilse Varga, called the proposal \u201creckless and naive,\u201d and said "
            "the figures were \u201cinvented and false,\u201d the Halden Courier reported.\n\n"
            "Ilse Varga rejected the offer and said the talks were \u201cover for this year,\u201d Reuters "
            "reported.\n\n"
            "Mayor Ann Kell left the meeting early but said the vote would be \u201cfair to every district.\u201d");
    expect(&r, "reckless and naive", "Ilse Varga");
    expect(&r, "invented and false", "Ilse Varga");
    expect(&r, "over for this year", "Ilse Varga");
    expect(&r, "fair to every district.", "Ann Kell");
    np_arena_free(&r.a);
    run(&r, "Senator Orrin Hale's lawyer, Rudy Vance, met the prosecutors on Monday and said the charges were "
            "\u201cbuilt on sand.\u201d\n\n"
            "Ilse Varga called the proposal \u201creckless,\u201d and Tomas Berg said the figures were "
            "\u201cinvented,\u201d the Halden Courier reported.");
    expect(&r, "built on sand.", NULL);
    expect(&r, "reckless", "Ilse Varga");
    expect(&r, "invented", "Tomas Berg");
    np_arena_free(&r.a);
    /* not the sentence subject's when someone else's clause comes first:
     * a relative clause, a subordinate one, an owner, a list of speakers,
     * a quotation opening the sentence */
    run(&r, "Tomas Varga met Ana Lind, who listened and said the plan was \u201cdoomed from the start.\u201d\n\n"
            "Tomas Varga visited the plant, where workers stopped him and said the wages were \u201cfar too "
            "low.\u201d\n\n"
            "Ana Lind's party rejected the plan and said it was \u201cdead on arrival.\u201d\n\n"
            "Ilse Varga called the plan \u201creckless\u201d after a union official walked out and said the "
            "figures were \u201cinvented from nothing,\u201d the Halden Courier reported.\n\n"
            "Local officials, firefighters, and Bo Lind said the fire was \u201ccontained at last.\u201d\n\n"
            "\u201cWe are done,\u201d Ilse Varga said, and Ana Lind nodded and said: \u201cSo are we.\u201d\n\n"
            "Councilman Ivo Brandt, who represents the harbour ward, posted updates all night and said: "
            "\u201cThe ward is calm now.\u201d");
    expect(&r, "doomed from the start.", NULL);
    expect(&r, "far too low.", NULL);
    expect(&r, "dead on arrival.", NULL);
    not_by(&r, "invented from nothing", "Ilse Varga");
    expect(&r, "contained at last.", NULL);
    not_by(&r, "So are we.", "Ilse Varga");
    expect(&r, "The ward is calm now.", "Ivo Brandt");
    np_arena_free(&r.a);
}

/* Words relayed by someone who introduces them with a colon are the
 * speaker's named after them ("Ana Ruiz of the Halden Courier tweeted:
 * “...,” Varga said"); without a speaker after them they stay the
 * relayer's. */
static void relayed_quotation(void **state)
{
    (void)state;
    result r;
    run(&r, "Ana Ruiz of the Halden Courier tweeted: \u201cThe treaty is dead,\u201d Ilse Varga said.\n\n"
            "Ana Ruiz wrote: \u201cThe talks are over.\u201d\n\n"
            "Bo Lind told the council: \u201cWe will vote on Friday,\u201d before he left the hall.");
    expect(&r, "The treaty is dead", "Ilse Varga");
    expect(&r, "The talks are over.", "Ana Ruiz");
    expect(&r, "We will vote on Friday", "Bo Lind");
    np_arena_free(&r.a);
    /* the relayer is the person, not the newspaper he works for */
    run(&r, "Bo Lind of the Halden Courier wrote: \u201cThe dam will open in May.\u201d\n\n"
            "Ana Ruiz of Norland Radio said the vote was \u201ca farce.\u201d\n\n"
            "The president of Norland said: \u201cWe are ready.\u201d");
    expect(&r, "The dam will open in May.", "Bo Lind");
    expect(&r, "a farce.", "Ana Ruiz");
    np_arena_free(&r.a);
    /* a narrator after a verb of saying is no speaker; nor is the client
     * of "a lawyer for X of the Group" */
    run(&r, "Ilse Varga said: \u201cNever give up on the valley,\u201d Ana Ruiz recalled in her memoir.\n\n"
            "A lawyer for Bo Lind of the Halden Group said the deal was \u201ca fraud.\u201d");
    expect(&r, "Never give up on the valley", "Ilse Varga");
    not_by(&r, "a fraud.", "Bo Lind");
    np_arena_free(&r.a);
}

/* ", saying “...”" after a reported clause ("X told reporters that Y
 * called, saying") is Y's: the participle goes on from the clause it
 * follows; nobody named when that clause's subject is no name.  When a
 * quotation comes between ("X noted that Y “...,” adding that ..."), the
 * participle is the sentence subject's again. */
static void participle_after_reported_clause(void **state)
{
    (void)state;
    result r;
    run(&r, "Dispatcher Nora Elling told reporters on Friday that Pavel Strand called the police, saying "
            "\u201cI am the one you are looking for\u201d and asking for a lawyer.\n\n"
            "Mayor Ann Kell said that the captain phoned her at dawn, saying \u201cthe ship is lost.\u201d\n\n"
            "Councillor Ivo Brandt noted that the mayor \u201chad never answered the letter,\u201d adding that "
            "she \u201cmust now explain herself.\u201d\n\n"
            "Governor Orrin Hale cancelled the trip, saying \u201cthe roads are not safe tonight.\u201d");
    expect(&r, "I am the one you are looking for", "Pavel Strand");
    expect(&r, "the ship is lost.", NULL);
    expect(&r, "must now explain herself.", "Ivo Brandt");
    expect(&r, "the roads are not safe tonight.", "Orrin Hale");
    np_arena_free(&r.a);
    /* "adding" is the sentence subject's remark; a "that" that opens no
     * reported call ("that day", "the crowd that gathered") changes nothing */
    run(&r, "Prosecutor Tom Varga said that Mara Olvido called the police at nine, adding \u201cthe evidence is "
            "overwhelming.\u201d\n\n"
            "Coach Dan Mirek told reporters that day, saying \u201cwe played our hearts out.\u201d\n\n"
            "Governor Bill Hayek told the crowd that gathered outside the hall, saying \u201cwe will rebuild.\u201d");
    expect(&r, "the evidence is overwhelming.", "Tom Varga");
    expect(&r, "we played our hearts out.", "Dan Mirek");
    expect(&r, "we will rebuild.", "Bill Hayek");
    np_arena_free(&r.a);
    /* other ways of telling how the reported person spoke */
    run(&r, "Lawyer Dan Petrov said that Anna Kell posted a statement on Monday night, writing \u201cI have done "
            "nothing wrong.\u201d\n\n"
            "Coach Ivo Mirek said that Tomas Berg called him after the game, explaining \u201cmy knee is not ready "
            "yet.\u201d");
    expect(&r, "I have done nothing wrong.", "Anna Kell");
    expect(&r, "my knee is not ready yet.", "Tomas Berg");
    np_arena_free(&r.a);
    /* "insisting" is the sentence subject's comment on the person reported */
    run(&r, "Senator Ann Marsh said that Ruth Abara had failed working families, insisting \u201cthis rise is "
            "a slap in the face.\u201d");
    expect(&r, "this rise is a slap in the face.", "Ann Marsh");
    np_arena_free(&r.a);
}

/* "X said he wondered how she coped": the next "'...,' she said" is the
 * woman X spoke of, not X, though X is the sentence's subject; "X said
 * he had struggled" (no "she" after it) leaves X the speaker. */
/* A pronoun after a sentence whose subject is someone's unnamed relative
 * ("Varga's mother ...  '...,' she said") is that relative's, not the
 * possessor's nor the last speaker's; a name given ("His mother, Linda
 * Varga, ...") is the speaker.  A speaker after a conjunction past the
 * closing mark ("... as 'highly prejudicial,' though Judge Ivo Dren said
 * ...") says something else.  A paragraph that is a quotation and nothing
 * else goes on with the speaker the paragraph before named after its
 * quotation. */
static void relatives_conjunctions_and_paragraphs(void **state)
{
    (void)state;
    result r;
    run(&r, "Prosecutor Ana Ruiz said the verdict was fair.\n"
            "As she walked into the courtroom, Varga's mother spoke to reporters.\n"
            "\u201cWe just want to be left alone,\u201d she said.\n"
            "Defense lawyers objected to the tape as \u201chighly prejudicial,\u201d though Judge Ivo Dren said the "
            "jurors could hear it again.\n"
            "\u201cThe gunman did not win,\u201d said Lena Brandt, daughter of the slain clerk Ana Osk.\n"
            "\u201cI am not bitter and I regret nothing.\u201d\n"
            "The court adjourned.\n");
    expect(&r, "We just want to be left alone", NULL);
    expect(&r, "highly prejudicial", NULL);
    expect(&r, "The gunman did not win", "Lena Brandt");
    expect(&r, "I am not bitter and I regret nothing.", "Lena Brandt");
    np_arena_free(&r.a);
    run(&r, "His mother, Linda Varga, spoke to reporters. \u201cHe was a good boy,\u201d she said.");
    expect(&r, "He was a good boy", "Linda Varga");
    np_arena_free(&r.a);
    /* a relative who cannot be the "she": the person the text is about */
    run(&r, "Maria Lopez, 34, has lived on Elm Street for a decade.\n"
            "Her husband was killed in the crash last spring.\n"
            "\u201cI still set two plates at dinner,\u201d she said.\n");
    expect(&r, "I still set two plates at dinner", "Maria Lopez");
    np_arena_free(&r.a);
    /* a relative the text describes is spoken of, not speaking */
    run(&r, "Maria Lopez, 34, has lived on Elm Street for a decade.\n"
            "Her mother was a nurse in the city hospital.\n"
            "\u201cShe taught me to never give up,\u201d she said.\n");
    expect(&r, "She taught me to never give up", "Maria Lopez");
    np_arena_free(&r.a);
    /* a relative said to be doing something is the "she" ("His wife was
     * standing ..."), not the man the text is about */
    run(&r, "Tom Reyes, 52, runs a bakery on Main Street.\n"
            "His wife was standing at the counter when the roof collapsed.\n"
            "\u201cI heard a crack and then everything went dark,\u201d she said.\n");
    expect(&r, "I heard a crack and then everything went dark", NULL);
    np_arena_free(&r.a);
    /* "as X told parliament the reform would pass": a time, no attribution */
    run(&r, "Marchers carried banners reading \u201cHands off our pensions\u201d as Finance Minister Ivo Dren told "
            "parliament the reform would pass.");
    expect(&r, "Hands off our pensions", NULL);
    np_arena_free(&r.a);
    /* "said, and asked supporters to ...": a request, the speaker goes on */
    run(&r, "\u201cWe will appeal this ruling,\u201d Lena Brandt said, and asked supporters to stay calm.\n"
            "\u201cThe verdict is wrong.\u201d\n");
    expect(&r, "The verdict is wrong.", "Lena Brandt");
    np_arena_free(&r.a);
    /* "as X described it", "or so X argued" attribute the quotation */
    run(&r, "Critics called it \u201ca disaster waiting to happen,\u201d as Senator Lisa Hart described it. "
            "The plan was \u201clong overdue and badly drawn,\u201d or so Tom Baker argued.");
    expect(&r, "a disaster waiting to happen", "Lisa Hart");
    expect(&r, "long overdue and badly drawn", "Tom Baker");
    np_arena_free(&r.a);
    /* a question by its attribution ("asked"); "told reporters" goes on */
    run(&r, "\u201cWhere were you that night,\u201d prosecutor Ana Ruiz asked the witness.\n"
            "\u201cI was at home with my sister.\u201d\n"
            "\u201cWe will appeal,\u201d Lena Brandt told reporters.\n"
            "\u201cThe verdict is wrong.\u201d\n"
            "\u201cAbsolutely not,\u201d Brandt said when asked whether she had doubts.\n"
            "\u201cShe was honest from the start.\u201d\n");
    expect(&r, "I was at home with my sister.", NULL);
    expect(&r, "The verdict is wrong.", "Lena Brandt");
    expect(&r, "She was honest from the start.", "Lena Brandt");
    np_arena_free(&r.a);
    /* the paragraph after a question is the answer: not the asker's */
    run(&r, "\u201cDid you see the defendant that night?\u201d prosecutor Ann Reyes asked.\n"
            "\u201cNo, I was at home.\u201d\n");
    expect(&r, "No, I was at home.", NULL);
    np_arena_free(&r.a);
}

static void said_he_is_not_she(void **state)
{
    (void)state;
    result r;
    run(&r, "Mara Olvido was arrested at the pier on Monday night.\n\n"
            "Detective Ivo Brandt, testifying on Tuesday, said he wondered how she coped after the arrest.\n\n"
            "\u201cI feel nothing at all,\u201d she said, according to the transcript.");
    const np_quote *q = NULL;
    for (size_t i = 0; i < r.n; i++)
        if (!strncmp(r.text + r.q[i].start, "I feel nothing", 14))
            q = &r.q[i];
    assert_non_null(q);
    assert_true(!q->speaker || strcmp(q->speaker, "Ivo Brandt") != 0);
    np_arena_free(&r.a);
    /* "X said he had struggled" speaks of no "she": X's "she said" stays X's */
    run(&r, "His mother, Linda Varga, said he had struggled for years. \u201cHe was a good boy,\u201d she said. "
            "Varga added that she had hoped he would get help. \u201cWe are devastated,\u201d she said.");
    expect(&r, "He was a good boy", "Linda Varga");
    expect(&r, "We are devastated", "Linda Varga");
    np_arena_free(&r.a);
    /* "said he found her": the next "she said" is hers, not the ranger's */
    run(&r, "Ranger Dan Ruiz said he found her curled under a rock ledge. \u201cI thought nobody was "
            "coming,\u201d she said.");
    const np_quote *nobody = NULL;
    for (size_t i = 0; i < r.n; i++)
        if (!strncmp(r.text + r.q[i].start, "I thought nobody", 16))
            nobody = &r.q[i];
    assert_non_null(nobody);
    assert_true(!nobody->speaker || !strstr(nobody->speaker, "Ruiz"));
    np_arena_free(&r.a);
}

static void asides_clauses_and_quoted_names(void **state)
{
    (void)state;
    result r;
    run(&r, "Coach Rita Olsson spoke first. Voss, via the Harbour Gazette, said that the team “cannot "
            "win without defence.”\n\n"
            "“The fans are not buying” the excuses, Olsson said at a rally. “We lost because we were slow.”\n\n"
            "Her message read: “Vote for Complete Ernst Winter today.” Later she signed the deal with "
            "“Blue Harbour.”\n\n"
            "Dalia Voss, a former club captain with two titles, said: “We will be back.”");
    expect(&r, "cannot win without defence.", "Dalia Voss");
    expect(&r, "The fans are not buying", "Rita Olsson");
    const np_quote *q = expect(&r, "We lost because we were slow.", "Rita Olsson");
    assert_true(q->continues);
    /* a name inside a quote never speaks; "signed" is not a speech verb */
    expect(&r, "Blue Harbour.", NULL);
    expect(&r, "We will be back.", "Dalia Voss");
    np_arena_free(&r.a);
}

static void long_attributions(void **state)
{
    (void)state;
    result r;
    run(&r, "“The ice is thicker than we thought,” said planetary geologist Ines Marlow of the Polar "
            "Institute in Oslo.\n\n"
            "“Sampling it will take years,” Harbour Lab engineer and study co-author Teo Sandell said.\n\n"
            "“Nobody expected this,” Ada Nelson, a postdoctoral fellow at the Polar Institute in Tromso, "
            "Norway, and co-author of the study, said in a statement.\n\n"
            "Hosting Sandell at the lab “was an honour,” Marlow said.");
    expect(&r, "The ice is thicker than we thought", "Ines Marlow");
    expect(&r, "Sampling it will take years", "Teo Sandell");
    expect(&r, "Nobody expected this", "Ada Nelson");
    expect(&r, "was an honour", "Ines Marlow");
    np_arena_free(&r.a);
    run(&r, "Harbour Minister Ivo Sarkany met the rector. “We will build it,” the minister said. "
            "The harbour minister added that the plan was “final.” “It is late,” the rector said.");
    expect(&r, "We will build it", "Ivo Sarkany");
    expect(&r, "final.", "Ivo Sarkany");
    expect(&r, "It is late", NULL); /* no rector was named: never a guess */
    np_arena_free(&r.a);
    run(&r, "Mayor Brandt opened the dock. “We had money,” Mr. Brandt recounted on Monday. "
            "Kurinji Osei, a harbour analyst at the Port Council told reporters it was “too late.”\n\n"
            "He instead told the council: “Build it now.”");
    expect(&r, "We had money", "Brandt");
    expect(&r, "too late.", "Kurinji Osei");
    expect(&r, "Build it now.", "Kurinji Osei");
    np_arena_free(&r.a);
}

static void titles_turns_and_pronouns(void **state)
{
    (void)state;
    result r;
    run(&r, "According to Mira Holt, the band will play “Harbour Lights,” “Cold Water” and “Run To The Sea.”\n\n"
            "Port chief Anna Ferri said: “The cranes are old.\n\n"
            "“Nobody has replaced them since the war.”\n\n"
            "Council leader Jonas Brandt said that “repairs are coming.” She said workers would wait.\n\n"
            "“We cannot wait,” Ferri said. Later, Brandt visited the harbour. “It was a good visit,” he said.");
    expect(&r, "Harbour Lights", NULL); /* titles of works are not speech */
    expect(&r, "Run To The Sea.", NULL);
    expect(&r, "The cranes are old.", "Anna Ferri");
    const np_quote *q = expect(&r, "Nobody has replaced them since the war.", "Anna Ferri");
    assert_true(q->continues);
    /* "She said workers ..." is a sentence of its own, not an attribution */
    expect(&r, "repairs are coming.", "Jonas Brandt");
    expect(&r, "We cannot wait", "Anna Ferri");
    /* a person named (as subject) after the last speaker takes the pronoun */
    expect(&r, "It was a good visit", "Jonas Brandt");
    np_arena_free(&r.a);
    run(&r, "Ms Lena Varga met Mr Tomas Brandt. “The port is ready,” Brandt said. “We will see,” she said. "
            "“Maybe,” he added.");
    expect(&r, "The port is ready", "Tomas Brandt");
    expect(&r, "We will see", NULL); /* "she" cannot be Mr Brandt */
    expect(&r, "Maybe", "Tomas Brandt");
    np_arena_free(&r.a);
    run(&r, "The Ministry of Fisheries issued a statement. “Quotas stay,” the ministry said. "
            "“No change,” the council said.");
    expect(&r, "Quotas stay", "Ministry of Fisheries");
    expect(&r, "No change", NULL); /* no council was named */
    np_arena_free(&r.a);
    run(&r, "“The port is open,” Tomas Brandt said. “It is not,” a harbour spokesman said.");
    expect(&r, "The port is open", "Tomas Brandt");
    expect(&r, "It is not", NULL); /* attributed to somebody unnamed: not inherited */
    np_arena_free(&r.a);
}

/* A pronoun in subject position continues the subject: of its own
 * sentence when a titled person opens it ("Mr. Hale alluded to Ms. Kern's
 * trip when he said"), else of the sentence before when its own names
 * nobody before it ("Hale said ... Kern.  He said ..."); a bare name opening
 * the sentence may be an outlet, and the person named last keeps the
 * pronoun. */
static void pronouns_follow_the_subject(void **state)
{
    (void)state;
    result r;
    run(&r, "Mr. Orrin Hale met the press on Tuesday. Hale spoke for an hour.\n\n"
            "Mr. Hale alluded to Ms. Vera Kern's trip when he said the talks were held at \"very high levels.\"\n\n"
            "Hale has said he would meet Kern again soon. He told reporters in January that he was \"looking forward\" to it.\n\n"
            "Lindner Weekly reported on Kern's remarks, when she said the plan was \"a disgrace for the port.\"");
    expect(&r, "very high levels.", "Orrin Hale");
    expect(&r, "looking forward", "Orrin Hale");
    expect(&r, "a disgrace for the port.", "Vera Kern");
    np_arena_free(&r.a);
    /* the name inside an aside between the subject and the verb is not the
     * subject: the title before it is ("The president, sitting next to X,
     * said"), or nobody named */
    run(&r, "President Ana Lind of Ostria met Prime Minister Ivo Dren of Norland on Monday.\n\n"
            "The president, sitting next to Dren, said she hoped \"trade will grow fast.\"\n\n"
            "The aide, standing beside Dren, said: \"We are done here.\"");
    expect(&r, "trade will grow fast.", "Ana Lind");
    expect(&r, "We are done here.", NULL);
    np_arena_free(&r.a);
    /* an aside that is the subject's name names the speaker */
    run(&r, "The harbour commissioner, Tomas Brandt, said on Tuesday: \"The pier is safe.\"\n\n"
            "The head of the dockers' union, Lena Varga, told reporters: \"We will strike.\"");
    expect(&r, "The pier is safe.", "Tomas Brandt");
    expect(&r, "We will strike.", "Lena Varga");
    np_arena_free(&r.a);
    /* "he" whose sentence and the one before name no subject: a chain of
     * the same pronoun back to the subject before them, not the last man
     * named (Kord, in an object phrase) */
    run(&r, "Governor Orrin Hale spoke in Lindau on Monday. Hale has called the treaty a failure.\n\n"
            "Mr. Hale, who likes to choose at the final hour, was vague about the vote. Aides said he hoped to win "
            "over Mr. Tomas Kord's allies.\n\n"
            "\"Nobody knows what I will do in May,\" he said at a meeting with Mr. Kord.");
    expect(&r, "Nobody knows what I will do in May", "Orrin Hale");
    np_arena_free(&r.a);
    /* the subject after an opening subordinate clause, not the name inside
     * it; and when the main clause opens on "he", the clause's own subject */
    run(&r, "Governor Orrin Hale met Mayor Tomas Kord in Lindau. Hale praised the port; Kord praised the road.\n\n"
            "As he held out hope for a deal with Mr. Kord, Mr. Hale repeated his threat to leave. "
            "\"I will walk away from the table,\" he said.\n\n"
            "While Mr. Kord thanked Mr. Hale for the money, which he said had saved the port, he did not mention "
            "the road. \"Orrin,\" he said, \"you kept your word.\"");
    expect(&r, "I will walk away from the table", "Orrin Hale");
    expect(&r, "you kept your word.", "Tomas Kord");
    np_arena_free(&r.a);
    /* "she said" after a sentence reporting, unquoted, what someone said:
     * that speaker, not the last name read (Kord) nor the subject of what
     * was reported; a titled subject named once is a person too; and
     * "said Kord would" names what was said, not who said it */
    run(&r, "Governor Orrin Hale met Mayor Tomas Kord in Lindau. Hale praised the port.\n\n"
            "Most mayors would have signed the treaty, said Ana Ruiz, a consultant who worked for Kord.\n\n"
            "\"They would have asked what is best for the town?\" she said. \"I know nobody who would tear it up.\"\n\n"
            "Former governor Ivo Dren went further, accusing Hale of ruining the port. \"It is so foolish that he "
            "would believe them. By doing so he will ruin us,\" he said on May 2.\n\n"
            "Aide Lena Varga, who has met the Governor, said Kord would sign the treaty. The goal, she said, is "
            "\"a port that never closes.\"");
    expect(&r, "They would have asked what is best for the town?", "Ana Ruiz");
    expect(&r, "It is so foolish that he would believe them. By doing so he will ruin us", "Ivo Dren");
    expect(&r, "a port that never closes.", "Lena Varga");
    np_arena_free(&r.a);
    /* long asides between the speaker and the verb, one without its
     * closing comma */
    run(&r, "House Roads and Bridges Committee Chairman Kevin Dale, a member from Ostria who backs free trade, said "
            "he would press for tolls that \"stay low and fair.\"\n\n"
            "Joanna Wexley, Harbour Party deputy leader and Transport spokeswoman said the \"new ferry must not "
            "run late again\".\n\n"
            "Kristi Lind, a lecturer in the coastal studies programme of the Norland Institute in the old town of "
            "Brell, said Kord arrived \"hoping to be heard again.\"");
    expect(&r, "stay low and fair.", "Kevin Dale");
    expect(&r, "new ferry must not run late again", "Joanna Wexley");
    expect(&r, "hoping to be heard again.", "Kristi Lind");
    np_arena_free(&r.a);
    /* a name inside an opening phrase, or an object before ", the party
     * leader said", is no speaker */
    run(&r, "In a letter to Ana Ruiz, the committee chairman said \"the plan is dead.\"\n\n"
            "Orrin Hale met Ana Ruiz, the party leader said \"the plan is alive.\"");
    expect(&r, "the plan is dead.", NULL);
    expect(&r, "the plan is alive.", NULL);
    np_arena_free(&r.a);
    /* an infinitive speech verb with no one named before it: the
     * sentence's subject speaks */
    run(&r, "Mayor Tomas Kord seized on the report in a post late Thursday to say that the old pier was "
            "\"never safe.\"");
    expect(&r, "never safe.", "Tomas Kord");
    np_arena_free(&r.a);
    /* a participle's subject past an opening phrase; a "she" passed back
     * through two sentences that name no one else first */
    run(&r, "In January, Mayor Tomas Kord cancelled a visit to Brell, saying he dropped the trip because the town got "
            "a \"bad bargain\" on the new quay.\n\n"
            "Governor Ana Ruiz met the press. Ruiz spoke for an hour. Ruiz took questions.\n\n"
            "She said the port would reopen before Mayor Lena Varga's visit. She would not say when.\n\n"
            "\"We are nearly ready,\" she said.");
    expect(&r, "bad bargain", "Tomas Kord");
    expect(&r, "We are nearly ready", "Ana Ruiz");
    np_arena_free(&r.a);
    /* the chain leads to a person named once: the chain says she is one */
    run(&r, "Mayor Ana Kord opened the gate. \"We are ready,\" Kord said. Kord spoke for an hour. Kord took "
            "questions.\n\n"
            "Robin Varga, 35, waited at the gate on Friday. But she said the cold was worse at home. She would not "
            "say more.\n\n"
            "\"It is better than staying,\" she said.");
    expect(&r, "It is better than staying", "Robin Varga");
    np_arena_free(&r.a);
    /* an intention before the speech verb: "X planned to ask" */
    run(&r, "Governor Orrin Hale will face the council on Friday.\n\n"
            "\"Who paid for the new pier?\" Mayor Tomas Kord planned to ask, according to his aides.");
    expect(&r, "Who paid for the new pier?", "Tomas Kord");
    np_arena_free(&r.a);
}

/* A joint statement: the people named together speak together, and
 * "they" or "the chairmen" after it is that group; "they" with no group
 * before is nobody. */
static void groups_speak(void **state)
{
    (void)state;
    result r;
    run(&r, "The port plan was published on Monday.\n\n"
            "Chairman Orrin Hale, Chairman Tomas Kord and Chairwoman Ana Ruiz noted that the plan \"will fail.\"\n\n"
            "\"Nobody asked the fishermen,\" they wrote. \"The council must start again,\" the chairmen said.\n\n"
            "Mayor Ivo Dren disagreed. \"The plan is sound,\" Dren said.");
    assert_true(expect(&r, "will fail.", "Orrin Hale, Tomas Kord and Ana Ruiz")->by_group);
    assert_true(expect(&r, "Nobody asked the fishermen", "Orrin Hale, Tomas Kord and Ana Ruiz")->by_group);
    expect(&r, "The council must start again", "Orrin Hale, Tomas Kord and Ana Ruiz");
    expect(&r, "The plan is sound", "Ivo Dren");
    np_arena_free(&r.a);
    run(&r, "\"The port is safe,\" read a joint statement from Port Chairman Orrin Hale, R-Va.; Harbour Chairman "
            "Tomas Kord, R-S.C.; and Dock Chairwoman Ana Ruiz, R-Calif.\n\n"
            "\"We will meet again,\" Mayor Ivo Dren said. \"We are done,\" they said.");
    expect(&r, "The port is safe", "Orrin Hale, Tomas Kord and Ana Ruiz");
    expect(&r, "We will meet again", "Ivo Dren");
    np_arena_free(&r.a);
    run(&r, "Mayor Ivo Dren spoke on Monday. \"We will meet again,\" he said. \"We are done,\" they said.");
    expect(&r, "We will meet again", "Ivo Dren");
    expect(&r, "We are done", NULL);
    np_arena_free(&r.a);
    /* "they" after another pair was named is that pair, not the group;
     * "the lawyers" are not the chairmen */
    run(&r, "Chairman Orrin Hale, Chairman Tomas Kord and Chairwoman Ana Ruiz noted that the plan \"will fail.\"\n\n"
            "Mayor Ivo Dren and Governor Lena Ortiz met the press. \"We are done with it,\" they said.\n\n"
            "Then came the vote. \"No, we will go on,\" the lawyers said.");
    expect(&r, "will fail.", "Orrin Hale, Tomas Kord and Ana Ruiz");
    expect(&r, "We are done with it", NULL);
    expect(&r, "No, we will go on", NULL);
    np_arena_free(&r.a);
    /* a list of names is no joint statement beyond GROUP_MAX people */
    run(&r, "\"The port is safe,\" read a joint statement from Chairman Ana Lee and Chairman Bo Kay and Chairman "
            "Cy Moss and Chairman Di Noor and Chairman Ed Pike and Chairman Flo Quinn and Chairman Gil Ross and "
            "Chairman Hal Sato and Chairman Ida Tull and Chairman Jo Vance.");
    for (size_t i = 0; i < r.n; i++) {
        size_t members = 1;
        for (const char *p = r.q[i].speaker ? r.q[i].speaker : ""; *p; p++)
            members += !strncmp(p, " and ", 5) || !strncmp(p, ", ", 2);
        assert_true(members <= 8);
    }
    np_arena_free(&r.a);
}

static void no_mentions_no_speakers(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    np_quote *q;
    size_t n;
    const char *t = "“Rain again,” he said.";
    assert_int_equal(np_quotes_find(t, strlen(t), NULL, 0, NULL, 0, &a, &q, &n), NP_OK);
    assert_int_equal(n, 1);
    assert_null(q[0].speaker); /* nobody named before: never guess */
    np_arena_free(&a);
}

/* Bodies speak: "the X said" with X named right there, its statement, its
 * address, and "it" for the body that is the subject before; "they" is
 * nobody's name, whoever was named last. */
static void organisations_speak(void **state)
{
    (void)state;
    result r;
    run(&r, "\u201cFerry fares stay frozen this year,\u201d the Harbour Commission said in a statement. "
            "\u201cIn every one of these talks, fares come first,\u201d the White House statement said. "
            "\u201cThe minister will visit on 3 June,\u201d 10 Downing Street said in its statement.\n\n"
            "The Ferry Authority raised fares on Monday. \u201cThe rise is modest and fair,\u201d it said in a statement.\n\n"
            "Dr. Ana Pols and Trade Minister Olek Varn welcomed the deal. "
            "\u201cIt reflects our long friendship,\u201d they said in a statement.\n\n"
            "Lena Ortiz wrote to the board on Friday. \u201cThe board must act now,\u201d it said.");
    expect(&r, "Ferry fares stay frozen this year", "Harbour Commission");
    expect(&r, "In every one of these talks, fares come first", "White House");
    expect(&r, "The minister will visit on 3 June", "Downing Street");
    expect(&r, "The rise is modest and fair", "Ferry Authority");
    expect(&r, "It reflects our long friendship", NULL); /* not Olek Varn: "they" is two people */
    expect(&r, "The board must act now", NULL);          /* "it" is no person */
    np_arena_free(&r.a);
    /* a nation's body named by its demonym: no entity, yet a speaker */
    run(&r, "The ferry treaty was signed on Monday.\n\n"
            "\u201cWe will reply within a week,\u201d the French foreign ministry said.\n\n"
            "A Dutch government spokeswoman in Brussels said the offer was \u201ca good start.\u201d\n\n"
            "The Danish government said that it \u201cwill keep talking with the ports.\u201d");
    expect(&r, "We will reply within a week", "French foreign ministry");
    expect(&r, "a good start.", "Dutch government");
    expect(&r, "will keep talking with the ports.", "Danish government");
    np_arena_free(&r.a);
    /* a body speaks through its spokesperson */
    run(&r, "The Harbour Commission met the council on Monday.\n\n"
            "\u201cWe will not comment on the fares,\u201d a Harbour Commission spokeswoman said.\n\n"
            "A Harbour Commission spokesman said: \u201cThe ferries run as usual.\u201d\n\n"
            "\u201cThe talks went well,\u201d the Harbour Commission spokesman said on Tuesday.\n\n"
            "\u201cNobody asked us,\u201d a spokeswoman said.");
    expect(&r, "We will not comment on the fares", "Harbour Commission");
    expect(&r, "The ferries run as usual.", "Harbour Commission");
    expect(&r, "The talks went well", "Harbour Commission");
    expect(&r, "Nobody asked us", NULL); /* whose spokeswoman is not said */
    np_arena_free(&r.a);
    /* "it said" with no organisation before it names nobody, and does not
     * pass the last person's turn on */
    run(&r, "President Olek Varn spoke on Monday. \u201cWe will act on the fares,\u201d he said. "
            "\u201cGo ahead with the plan,\u201d it said.");
    expect(&r, "We will act on the fares", "Olek Varn");
    expect(&r, "Go ahead with the plan", NULL);
    np_arena_free(&r.a);
    /* a newspaper that reported it is where the outlet read the words, not
     * who said them; on its own it is the speaker */
    run(&r, "Fire Chief Ana Pols said the crews were \u201ctreating the blaze as arson for now\u201d but gave no "
            "details, the Varn Courier reported.\n\n"
            "\u201cThe harbour will reopen in May,\u201d the Varn Courier reported on Sunday.");
    expect(&r, "treating the blaze as arson for now", "Ana Pols");
    expect(&r, "The harbour will reopen in May", "Varn Courier");
    np_arena_free(&r.a);
}

/* A body or place that completes the subject's noun ("ambassador to X",
 * "member of the board on Y") is not the speaker; the person it belongs
 * to is, when named. */
static void complements_do_not_speak(void **state)
{
    (void)state;
    result r;
    run(&r, "Norland's ambassador to the United Nations stated the report showed problems worse than \"a slow leak in "
            "the hull.\"\n\n"
            "Kelmont's envoy to the European Union said the vote was \"a model for every coastal region.\"\n\n"
            "Rep. Dana Kessler of Kelmont, the longest-serving member on the Senate Committee on Fisheries, said that "
            "the plan \"will cut travel times in half.\"\n\n"
            "Lars Cerin, the former head of training at the Harbour Authority, said it was \"a clean operation\" "
            "by any measure.\n\n"
            "\"The ferries run as usual,\" the Harbour Authority said.");
    not_by(&r, "a slow leak in the hull.", "United Nations");
    not_by(&r, "a model for every coastal region.", "European Union");
    expect(&r, "will cut travel times in half.", "Dana Kessler");
    expect(&r, "a clean operation", "Lars Cerin");
    expect(&r, "The ferries run as usual", "Harbour Authority");
    np_arena_free(&r.a);
    /* a body does speak through "a statement from", "officials at" */
    run(&r, "A statement from the Velmar Harbour Authority said the ferries would run \"as usual.\"\n\n"
            "Officials at the Kelmont Water Board said the dam was \"safe and sound.\"");
    expect(&r, "as usual.", "Velmar Harbour Authority");
    expect(&r, "safe and sound.", "Kelmont Water Board");
    np_arena_free(&r.a);
}

/* A colon hands the quotation that follows to the sentence's subject, a
 * person, even with no verb of speaking; not to an owner. */
static void colon_after_the_subjects_clause(void **state)
{
    (void)state;
    result r;
    run(&r, "Mayor Ilse Brandt also took credit for the new ferry line: \"Without the city it would never have "
            "sailed.\"\n\n"
            "Brandt's aide read out the list: \"Roads, schools and the harbour.\"\n\n"
            "The report gave three reasons: \"cost, delay and noise.\"");
    expect(&r, "Without the city it would never have sailed.", "Ilse Brandt");
    not_by(&r, "Roads, schools and the harbour.", "Ilse Brandt");
    not_by(&r, "cost, delay and noise.", "Ilse Brandt");
    np_arena_free(&r.a);
}

/* Passed-on words, people near a body, writing shown, scores. */
static void passed_on_near_and_shown(void **state)
{
    (void)state;
    result r;
    run(&r, "\"The pier is safe,\" the Halden Courier reported, quoting engineer Ana Ruiz as saying.\n\n"
            "A source close to the Ravel Party said the vote was \"already lost.\"\n\n"
            "Mayor Ilse Brandt held up the letter from the ministry: \"The funds are frozen.\"\n\n"
            "The vote was 5 \u2013 4 when council member Mara Timm told the chamber \u2013 \"We will try "
            "again next month.\"");
    expect(&r, "The pier is safe", "Ana Ruiz");
    not_by(&r, "already lost.", "Ravel Party");
    not_by(&r, "The funds are frozen.", "Ilse Brandt");
    expect(&r, "We will try again next month.", "Mara Timm");
    np_arena_free(&r.a);
}

/* A speaker inside a dash aside does not take the quotation after it. */
static void dash_aside_speaker(void **state)
{
    (void)state;
    result r;
    run(&r, "Prosecutor Dan Ekholm told reporters after the hearing \u2014 where defence lawyer Rita Sandvik said "
            "her client was \"resting quietly at home\" \u2014 \"I hear he is already on a plane to Lisbon.\"");
    expect(&r, "resting quietly at home", "Rita Sandvik");
    expect(&r, "I hear he is already on a plane to Lisbon.", "Dan Ekholm");
    np_arena_free(&r.a);
}

/* "X quoted Y as saying": Y's words, passed on by X. */
static void quoted_as_saying_is_the_person(void **state)
{
    (void)state;
    result r;
    run(&r, "Police closed the road on Monday.\n\n"
            "\"The crane swung over the roof twice before it fell,\" the Eastbrook Courier quoted witness Leon Abara as "
            "saying.\n\n"
            "The Valley Post quoted Mara Lind as saying the bridge \"will never open again.\"\n\n"
            "\"We saw nothing,\" the Valley Post said.");
    expect(&r, "The crane swung over the roof twice before it fell", "Leon Abara");
    expect(&r, "will never open again.", "Mara Lind");
    expect(&r, "We saw nothing", "Valley Post");
    np_arena_free(&r.a);
    /* the one who quoted is no speaker; a later clause's "quoted X as
     * saying" does not take the quotation from the first attribution */
    run(&r, "Mayor Ines Dahl spoke on Monday.\n\n"
            "\"The ferry will run again in May,\" Dahl said on Monday, after the Courier quoted her deputy Ivo "
            "Vell as saying the boats were unsafe.\n\n"
            "Ivo Vell was quoted by the Valley Post as saying the harbour \"needs a new pier.\"");
    expect(&r, "The ferry will run again in May", "Ines Dahl");
    not_by(&r, "needs a new pier.", "Valley Post");
    np_arena_free(&r.a);
}

/* "the president" is the president, not the vice president named since;
 * "the former minister" is the former one. */
static void roles_of_another_rank(void **state)
{
    (void)state;
    result r;
    run(&r, "President Walt Harmon met the trade envoy on Monday.\n\n"
            "Vice President Arlo Pembry attended a separate meeting.\n\n"
            "In his notes, Ivo Dorsey wrote that the president replied, \"Loyalty to this team matters most.\"\n\n"
            "The vice president said the meeting was \"short but useful.\"\n\n"
            "Minister Tor Brann opened the talks. Deputy Minister Kara Volle chaired the afternoon session.\n\n"
            "The minister said the talks were \"the most productive in a decade.\"\n\n"
            "Former Mayor Ines Kolb sat in the front row. The mayor said nothing; the former mayor called the plan "
            "\"a gift to the valley.\"");
    expect(&r, "Loyalty to this team matters most.", "Walt Harmon");
    expect(&r, "short but useful.", "Arlo Pembry");
    expect(&r, "the most productive in a decade.", "Tor Brann");
    expect(&r, "a gift to the valley.", "Ines Kolb");
    np_arena_free(&r.a);
    /* "the president" when the only president named is a former one */
    run(&r, "Former President Arvo Lind visited the port on Monday.\n\n"
            "The president said the new pier was \"long overdue.\"");
    expect(&r, "long overdue.", "Arvo Lind");
    np_arena_free(&r.a);
}

/* A place or a name before a role word after the verb ("said Tarnby
 * mayor Ola Reske") modifies the role, whose holder speaks; a rarer verb
 * of speaking ("fumed", "sobbed") attributes as "said" does. */
static void place_before_a_role(void **state)
{
    (void)state;
    result r;
    run(&r, "The court in Tarnby jailed the port boss on Thursday.\n\n"
            "\"Justice has been done today,\" said Tarnby mayor Ola Reske.\n\n"
            "\"The streets are safe again,\" said Holmvik police chief Ines Lark.\n\n"
            "\"We were never asked,\" union leader Benno Kast fumed.\n\n"
            "\"We will study the ruling,\" said Tarnby officials.\n\n"
            "\"I thought we would all die,\" sobbed passenger Nora Vell.");
    expect(&r, "Justice has been done today", "Ola Reske");
    expect(&r, "The streets are safe again", "Ines Lark");
    expect(&r, "We were never asked", "Benno Kast");
    not_by(&r, "We will study the ruling", "Tarnby");
    expect(&r, "I thought we would all die", "Nora Vell");
    np_arena_free(&r.a);
}

/* Names near the quote that did not say it. */
static void attribution_traps(void **state)
{
    (void)state;
    result r;
    /* a name in a phrase put before the subject is not the subject */
    run(&r, "Chancellor Ilse Brandt met Mayor Tomas Kord on Friday. In her talks with Kord, Brandt said, she saw "
            "little progress. \u201cThe decision lies with the council,\u201d she said Friday.");
    expect(&r, "The decision lies with the council", "Ilse Brandt");
    np_arena_free(&r.a);
    /* a participle after the quote continues the subject; the name it
     * introduces is no speaker */
    run(&r, "Mayor Lena Ortiz spoke first. Varn, Pols and Kord noted that Ortiz \u201cnever asked for more money,\u201d "
            "adding that while Ortiz \u201cdescribed every meeting,\u201d she named no cost.");
    expect(&r, "never asked for more money", NULL);
    np_arena_free(&r.a);
    /* a bare surname continues the name the document gave first, not a
     * relative named later */
    run(&r, "President Olek Varn arrived on Monday. \u201cWe are glad to be here,\u201d Varn said. His wife, Irena Varn, "
            "opened a school. \u201cThe trip is going well,\u201d Varn said.");
    expect(&r, "We are glad to be here", "Olek Varn");
    expect(&r, "The trip is going well", "Olek Varn");
    np_arena_free(&r.a);
    run(&r, "President Varn arrived on Monday. His wife, Irena Varn, opened a school. "
            "\u201cThe trip is going well,\u201d Varn said.");
    expect(&r, "The trip is going well", "Varn");
    np_arena_free(&r.a);
    /* an infinitive speech verb: the caller, or the one told to speak */
    run(&r, "Mayor Tomas Kord called Lena Ortiz on April 11 to ask \u201cwhether the bridge is safe.\u201d "
            "Kord described the call, prompting Ortiz to reply that \u201cthe bridge is safe for trams.\u201d");
    expect(&r, "whether the bridge is safe.", "Tomas Kord");
    expect(&r, "the bridge is safe for trams.", "Lena Ortiz");
    np_arena_free(&r.a);
    /* a speech verb right before the opening mark wins over what follows */
    run(&r, "Mayor Tomas Kord met Lena Ortiz. Even as they toured what Kord called \u201ca historic crossing,\u201d "
            "Ortiz repeatedly hinted at the costs.");
    expect(&r, "a historic crossing", "Tomas Kord");
    np_arena_free(&r.a);
    /* past a quotation opening the sentence to its attribution; the dot of
     * "U.K." in an appositive ends no sentence */
    run(&r, "Mayor Lena Ortiz opened the bridge. \u201cThe crossing is finished,\u201d Ortiz said, adding that "
            "\u201ctrams will run by May.\u201d \u201cWe will march on the bridge,\u201d Mira Castellanos, Green Forum U.K.'s "
            "chief organiser, said in an interview.");
    expect(&r, "trams will run by May.", "Lena Ortiz");
    expect(&r, "We will march on the bridge", "Mira Castellanos");
    np_arena_free(&r.a);
    /* a speech verb inside parentheses is an aside's, not the quote's; one
     * after the aside closes is */
    run(&r, "Mayor Lena Ortiz said (as her critics noted) that the bridge was \u201ca triumph of the valley.\u201d");
    expect(&r, "a triumph of the valley.", "Lena Ortiz");
    np_arena_free(&r.a);
}

/* A sentence split by its attribution ("“A,” the ministry statement said,
 * “b ...”") is one speaker's: the second part takes the first part's
 * speaker even when the clause alone names none; a new sentence opening
 * with a capital after a comma is no continuation of that kind. */
static void sentence_split_by_attribution(void **state)
{
    (void)state;
    result r;
    run(&r, "“In all of these talks,” the Harbour Ministry statement said, “the aim is to keep the ferries "
            "running and the fares low.”\n\n"
            "“We will see,” a dock worker said, “Nobody has told us anything.”\n\n"
            "“We are ready,” Mayor Ivo Kord said, and board chair Ana Vik replied, “we are not.”\n\n"
            "“The fares stay,” the Harbour Ministry statement added, “Nothing else will change.”\n\n"
            "“We are done,” Tomas Brandt said, and Mira Holm replied, “we are not.”");
    expect(&r, "In all of these talks", "Harbour Ministry");
    const np_quote *q = expect(&r, "the aim is to keep the ferries running and the fares low.", "Harbour Ministry");
    assert_true(q->continues);
    expect(&r, "Nobody has told us anything.", NULL);
    /* the words between name another speaker: hers */
    expect(&r, "We are ready", "Ivo Kord");
    expect(&r, "we are not.", "Ana Vik");
    /* a capital after the comma is the same statement going on */
    expect(&r, "Nothing else will change.", "Harbour Ministry");
    /* two people named between the parts: not the first one's words */
    for (size_t i = 0; i < r.n; i++)
        if (r.q[i].end - r.q[i].start == 11 && !memcmp(r.text + r.q[i].start, "we are not.", 11) && r.q[i].speaker &&
            !strcmp(r.q[i].speaker, "Tomas Brandt"))
            fail_msg("Holm's reply given to Brandt");
    np_arena_free(&r.a);
}

/* "according to Kord's lawyer": Kord owns the speaker, he does not speak;
 * "according to Kord" names him. */
static void according_to_someones_aide(void **state)
{
    (void)state;
    result r;
    run(&r, "Mayor Ivo Kord met the harbour board on Monday.\n\n"
            "The two sides have traded offers \"back and forth,\" according to Kord's outside counsel.\n\n"
            "The talks were \"going well,\" according to Kord.\n\n"
            "According to the board's chairman, \"nothing has been agreed yet.\"\n\n"
            "The offer was \"a disaster from the start,\" according to Kord's testimony.\n\n"
            "Talks were \"stalled for weeks,\" according to Ana Ross' lawyer.");
    expect(&r, "back and forth", NULL);
    expect(&r, "going well", "Ivo Kord");
    expect(&r, "nothing has been agreed yet.", NULL);
    expect(&r, "a disaster from the start", "Ivo Kord");
    expect(&r, "stalled for weeks", NULL);
    np_arena_free(&r.a);
}

/* A person's relation or representative speaks, not the person named
 * inside the role phrase ("an attorney for the Kord family", "Kord's
 * sister, Eva Kord"); a spokesperson speaks for whom it names; a title
 * before a name and an appositive after "of" a place stay the name's. */
static void relatives_and_representatives_speak(void **state)
{
    (void)state;
    result r;
    run(&r, "Mayor Ivo Kord and Ana Ruiz met the harbour board on Monday. Eva Kord and Jo Marsh were there.\n\n"
            "\"The vote was rigged,\" said an attorney for the Kord family.\n\n"
            "\"We will appeal,\" said Kord's sister, Eva Kord.\n\n"
            "\"He did nothing wrong,\" said Kord's lawyer.\n\n"
            "\"The board must resign,\" said a friend of Ana Ruiz.\n\n"
            "\"The talks are over,\" an attorney for the Kord family said.\n\n"
            "\"No comment,\" said a spokesman for Ana Ruiz.\n\n"
            "\"The quay reopens in May,\" said harbour spokesman Jo Marsh.\n\n"
            "\"We have sent tents,\" the governor of Varn province, Ana Ruiz, told reporters.");
    expect(&r, "The vote was rigged", NULL);
    expect(&r, "We will appeal", "Eva Kord");
    expect(&r, "He did nothing wrong", NULL);
    expect(&r, "The board must resign", NULL);
    expect(&r, "The talks are over", NULL);
    expect(&r, "No comment", "Ana Ruiz");
    expect(&r, "The quay reopens in May", "Jo Marsh");
    expect(&r, "We have sent tents", "Ana Ruiz");
    np_arena_free(&r.a);
    /* the holder named after the role and its complement; a name before
     * a role modifies it; an aide's title is no name's */
    run(&r, "Mayor Ivo Kord and Ana Ruiz met the harbour board on Monday.\n\n"
            "\"The vote was fair,\" said a lawyer for Kord, Rolf Hagen.\n\n"
            "\"We will appeal,\" said Ruiz spokeswoman Dana Pell.\n\n"
            "\"The board must go,\" said an aide to Harbour Minister Ana Ruiz.\n\n"
            "\"No comment,\" said a spokesman for Kord's employer, the Varn Courier.");
    expect(&r, "The vote was fair", "Rolf Hagen");
    expect(&r, "We will appeal", "Dana Pell");
    expect(&r, "The board must go", NULL);
    expect(&r, "No comment", NULL);
    np_arena_free(&r.a);
    /* people beside someone without a title; "according to" a role */
    run(&r, "Mayor Ivo Kord and Ana Ruiz met the harbour board on Monday. Dirk Vos and Ben Ode were there.\n\n"
            "\"The vote was fair,\" said Kord's former business partner, Dirk Vos.\n\n"
            "\"We will appeal,\" said Kord's accountant.\n\n"
            "The talks went \"very well,\" according to Ruiz's chief of staff, Ben Ode.");
    expect(&r, "The vote was fair", "Dirk Vos");
    expect(&r, "We will appeal", NULL);
    expect(&r, "very well", "Ben Ode");
    np_arena_free(&r.a);
    /* the same with the subject before its verb: the one set off before
     * "a lawyer for the Kord family" (a noun in "-ly" is no adverb between
     * a subject and its verb), nobody named for an adviser or a lawyer of
     * someone, the holder named after "a friend of Ana Ruiz", and a family
     * is not its member */
    run(&r, "Mayor Ivo Kord and Ana Ruiz met the harbour board on Monday. Rolf Hagen and Dana Pell came.\n\n"
            "Rolf Hagen, a lawyer for the Kord family, said the vote was \"rigged from the start.\"\n\n"
            "A senior adviser to Mayor Ivo Kord said the plan was \"dead on arrival.\"\n\n"
            "The lawyer for Ana Ruiz told reporters the board had \"no case at all.\"\n\n"
            "A friend of Ana Ruiz, Dana Pell, said she was \"shaken but well.\"\n\n"
            "The Kord family said the harbour had been \"a second home.\"\n\n"
            "The chancellor of the Exchequer said the cuts would be \"deep and long.\"\n\n"
            "The harbour board's report says Rolf Hagen \"ignored every warning.\"\n\n"
            "Chief of staff Dana Pell said the board was \"out of time.\"\n\n"
            "Head of state Rolf Hagen said the port was \"the heart of the country.\"");
    expect(&r, "rigged from the start.", "Rolf Hagen");
    expect(&r, "dead on arrival.", NULL);
    expect(&r, "no case at all.", NULL);
    expect(&r, "shaken but well.", "Dana Pell");
    expect(&r, "a second home.", NULL);
    expect(&r, "deep and long.", NULL);
    /* the report says it: Hagen is the subject of the quoted words */
    expect(&r, "ignored every warning.", NULL);
    /* the rest of a role is no complement: its holder speaks */
    expect(&r, "out of time.", "Dana Pell");
    expect(&r, "the heart of the country.", "Rolf Hagen");
    np_arena_free(&r.a);
}

/* A quotation after a sentence of its own naming another person is not
 * the last speaker's going on: that person may be answering ("Bell
 * answered him at once."); the same speaker named again, or another person
 * named in the attribution's own sentence, leaves it his. */
static void other_person_between_quotes(void **state)
{
    (void)state;
    result r;
    run(&r, "“The scheme was rotten,” said opposition councillor Nils Mott. Chief Prosecutor Hana Bell "
            "answered him at once. “The evidence points to one man.”\n\n"
            "“The harbour needs dredging,” said pilot Ola Brenn. Brenn then left the hall. “Nobody listens.”\n\n"
            "“The fees will rise,” said trader Ivo Sand, a rival of Tove Lind. “Ask anyone at the quay.”");
    expect(&r, "The scheme was rotten", "Nils Mott");
    expect(&r, "The evidence points to one man.", NULL);
    expect(&r, "The harbour needs dredging", "Ola Brenn");
    const np_quote *q = expect(&r, "Nobody listens.", "Ola Brenn");
    assert_true(q->continues);
    expect(&r, "The fees will rise", "Ivo Sand");
    q = expect(&r, "Ask anyone at the quay.", "Ivo Sand");
    assert_true(q->continues);
    np_arena_free(&r.a);
    /* someone named by a role answers: nobody's; the speaker's own role
     * goes on with him */
    run(&r, "“The levy is unfair,” said harbour pilot Ola Brenn. The mayor disagreed. “It pays for the "
            "dredging.”\n\n“We will cut the levy,” said Finance Minister Ana Ruiz. The minister added a "
            "warning. “Not this year.”");
    expect(&r, "The levy is unfair", "Ola Brenn");
    expect(&r, "It pays for the dredging.", NULL);
    q = expect(&r, "Not this year.", "Ana Ruiz");
    assert_true(q->continues);
    np_arena_free(&r.a);
    run(&r, "“We stay out,” said Ada Voss, the union leader. The union leader added a warning. “Until "
            "March.”\n\n“The pay is fair,” said Ivo Sand. The 52-year-old mayor disagreed. “It is not.”");
    q = expect(&r, "Until March.", "Ada Voss");
    assert_true(q->continues);
    expect(&r, "It is not.", NULL);
    np_arena_free(&r.a);
    run(&r, "“The pay is fair,” said Ivo Sand. However, the mayor disagreed. “It is not.”");
    expect(&r, "It is not.", NULL);
    np_arena_free(&r.a);
    /* the role in the first quotation's words is not the speaker's */
    run(&r, "“The fees are fair, and the mayor knows it,” said councillor Nils Mott. The mayor disagreed. "
            "“They are not.”");
    expect(&r, "They are not.", NULL);
    np_arena_free(&r.a);
}

/* Wire copy closing a quotation with two single curly marks (and opening
 * one with two): a double mark, not two apostrophes. */
static void doubled_single_marks(void **state)
{
    (void)state;
    result r;
    run(&r, "“The ballot papers were printed twice,’’ said Ola Brandt, who runs the watchdog. “We will not "
            "let it pass.’’\n\n‘‘The fine is fair,’’ said Tove Lind. The party’s leader would appeal.");
    expect(&r, "The ballot papers were printed twice", "Ola Brandt");
    expect(&r, "We will not let it pass.", "Ola Brandt");
    expect(&r, "The fine is fair", "Tove Lind");
    np_arena_free(&r.a);
}

/* A speaker whose given name is also a month, a word or a place's word
 * ("Jan", "May", "Will", "Grace"; "Park", "Lake", "Street"), named after
 * the verb of an inverted attribution; a date or a street after "said"
 * speaks no quote. */
static void given_names_that_are_words_speak(void **state)
{
    (void)state;
    result r;
    run(&r, "Jan Brekke, the developer, bought the mill. The club will appeal. May Holt paid in 2019.\n\n"
            "\"We will restore it,\" said Jan Brekke.\n\n"
            "\"I paid for a home I never saw,\" said buyer May Holt.\n\n"
            "\"I trusted the sales office,\" said June Park, who lost her deposit.\n\n"
            "\"This budget hides the debt,\" said opposition councillor Jan Mott.\n\n"
            "\"We want answers,\" said Lena Park.\n\n"
            "\"The rent doubled,\" said Sung Park.\n\n"
            "\"The building is unsafe,\" said Grace Hill.\n\n"
            "\"We played for the town,\" said Will Ford.\n\n"
            "\"Bread is not our fault,\" said April Stone.\n\n"
            "\"We drifted for an hour,\" said Mark Lake.\n\n"
            "\"We had no heating,\" said Dana Street.\n\n"
            "\"The landlord never answered,\" said Min-jun Park.\n\n"
            "“We were never paid,” Jan Kowal said.\n\n"
            "“The contract was void,” said June Holt’s lawyer, Rolf Hagen.");
    expect(&r, "We will restore it", "Jan Brekke");
    expect(&r, "I paid for a home I never saw", "May Holt");
    expect(&r, "I trusted the sales office", "June Park");
    expect(&r, "This budget hides the debt", "Jan Mott");
    expect(&r, "We want answers", "Lena Park");
    expect(&r, "The rent doubled", "Sung Park");
    expect(&r, "The building is unsafe", "Grace Hill");
    expect(&r, "We played for the town", "Will Ford");
    expect(&r, "Bread is not our fault", "April Stone");
    expect(&r, "We drifted for an hour", "Mark Lake");
    expect(&r, "We had no heating", "Dana Street");
    expect(&r, "The landlord never answered", "Min-jun Park");
    expect(&r, "We were never paid", "Jan Kowal");
    expect(&r, "The contract was void", "Rolf Hagen");
    np_arena_free(&r.a);
    run(&r, "\"We will appeal,\" the company said May 3.\n\n"
            "\"The road is shut,\" police said June 12.\n\n"
            "\"It is too loud,\" said Park Avenue residents.\n\n"
            "\"The gates stay shut,\" said Park Avenue.\n\n"
            "\"We reopen soon,\" officials said, adding that Hill Street was closed.");
    expect(&r, "We will appeal", NULL);
    expect(&r, "The road is shut", NULL);
    expect(&r, "It is too loud", NULL);
    expect(&r, "The gates stay shut", NULL);
    expect(&r, "We reopen soon", NULL);
    np_arena_free(&r.a);
}

/* A relative named by the given name alone after the kin word; the name
 * set off after a noun phrase with a post-modifier ("an investigator
 * working for the buyers, Ola Berg") is its holder, who speaks; a name in
 * that post-modifier does not speak, nor a place set off after it. */
static void named_after_kin_and_described_roles(void **state)
{
    (void)state;
    result r;
    run(&r, "Viktor Lenk, a builder, vanished in April with the buyers' money. Police are looking for him.\n\n"
            "\"We were shocked by the news,\" said Lenk's wife, Marta.\n\n"
            "\"He was kind to us,\" his son Tomas said.\n\n"
            "\"The money went abroad,\" said an investigator working for the buyers, Ola Berg.\n\n"
            "\"The buyers will get something back,\" said the administrator appointed by the court, Lars Wren.\n\n"
            "\"We lost our savings,\" said one of the buyers, Ida Sten.\n\n"
            "“The town will help,” said Varnok’s mayor, Ana Ruiz.\n\n"
            "“We object,” said Tarnby’s mayor.");
    expect(&r, "We were shocked by the news", "Marta");
    expect(&r, "He was kind to us", "Tomas");
    expect(&r, "The money went abroad", "Ola Berg");
    expect(&r, "The buyers will get something back", "Lars Wren");
    expect(&r, "We lost our savings", "Ida Sten");
    expect(&r, "The town will help", "Ana Ruiz"); /* a place owns the role */
    expect(&r, "We object", NULL);
    np_arena_free(&r.a);
    run(&r, "Viktor Lenk and Ola Berg met the buyers in Varnok.\n\n"
            "\"The money is gone,\" said an investigator working for Lenk.\n\n"
            "\"It went abroad,\" said the administrator appointed by Judge Ana Ruiz.\n\n"
            "\"Nobody will be paid,\" said an official in the capital, Varnok.\n\n"
            "\"No comment,\" said a spokesman for the court, which declined to say more.");
    expect(&r, "The money is gone", NULL);
    expect(&r, "It went abroad", NULL);
    expect(&r, "Nobody will be paid", NULL);
    expect(&r, "No comment", NULL);
    np_arena_free(&r.a);
}

/* "<Place>'s <role>, <Person>, ...: '...,' he wrote": the "he" is the
 * person named with the role, the sentence's subject, not a possessor
 * named later in it, nor the last speaker. */
static void pronoun_after_role_apposition(void **state)
{
    (void)state;
    result r;
    run(&r, "\"The ferry will run again in May,\" Mayor Ida Sten said on Monday.\n\n"
            "Norland's transport minister, Tomas Vell, borrowed Ms. Sten's favourite slogan to welcome the news: "
            "\"Back on the water at last,\" he wrote on social media.\n\n"
            "Norland's Tomas Vell, Ms. Sten's deputy, arrived later. \"It is a good day,\" he said.");
    expect(&r, "The ferry will run again in May", "Ida Sten");
    expect(&r, "Back on the water at last", "Tomas Vell");
    np_arena_free(&r.a);
}

/* "<Person>'s lawyer, <Person>, was scathing. '...,' he said": the lawyer
 * speaks, not the client who owns the role; so does a relative set off
 * the same way; the client named alone still speaks for herself. */
static void pronoun_after_owned_role_apposition(void **state)
{
    (void)state;
    result r;
    run(&r, "Judit Amsel was suspended by the rowing federation on Monday.\n\n"
            "Judit Amsel's lawyer, Oskar Brenn, was scathing. \"The hearing lasted eleven minutes,\" he said.\n\n"
            "Judit Amsel's brother, Leo Amsel, waited outside. \"We will go to court,\" he said.\n\n"
            "\"I have rowed clean all my life,\" Amsel said.");
    expect(&r, "The hearing lasted eleven minutes", "Oskar Brenn");
    expect(&r, "We will go to court", "Leo Amsel");
    expect(&r, "I have rowed clean all my life", "Judit Amsel");
    np_arena_free(&r.a);
    /* the pronoun cannot name the person set off: the owner speaks */
    run(&r, "Ms Ilse Kord was suspended by the rowing federation on Monday.\n\n"
            "Ms Kord's lawyer, Mr Tom Ruiz, was furious. \"I will appeal at once,\" she said.");
    expect(&r, "I will appeal at once", "Ilse Kord");
    np_arena_free(&r.a);
}

/* "“...,” the statement said" is the words of whoever the text just told
 * made that statement ("X said in a statement", "X issued a statement",
 * "X's statement", "a statement from X"); of nobody when it told of none. */
static void statement_said_is_its_makers(void **state)
{
    (void)state;
    result r;
    run(&r, "Mayor Ida Sten said in a statement on Monday that the ferries would sail again. "
            "\"The crews are ready,\" the statement said.\n\n"
            "Ana Ruiz dismissed the Velmar Harbour Board's statement on Tuesday. "
            "\"The quay is safe,\" the statement said.\n\n"
            "A statement from the Velmar Harbour Board was read out on Wednesday. "
            "\"Tickets are sold out,\" the statement said.\n\n"
            "The ferries sailed on Thursday. The harbour was calm.\n\n"
            "Gulls circled the quay. \"Passengers boarded early,\" the statement said.");
    expect(&r, "The crews are ready", "Ida Sten");
    expect(&r, "The quay is safe", "Velmar Harbour Board"); /* the board's statement, not Ruiz's */
    expect(&r, "Tickets are sold out", "Velmar Harbour Board");
    expect(&r, "Passengers boarded early", NULL);
    np_arena_free(&r.a);
}

/* a pronoun after a sentence whose subject is a role ("the judge addressed
 * Rimbauer") is not the person acted on; after "When Judge X sentenced Y,
 * ..." it is X, the subordinate clause's subject past a dateline; a name
 * set off after a role ("the port's new director, Selma Arkwright,") is a
 * person even when its first word names a place */
static void pronoun_after_role_subject(void **state)
{
    (void)state;
    result r;
    run(&r, "Ansel Rimbauer, the former port chief, was jailed on Tuesday.\n\n"
            "Speaking in Escarran, the judge addressed Rimbauer directly before passing sentence. "
            "\"You betrayed the trust of every worker on these docks,\" she said.");
    expect(&r, "You betrayed the trust of every worker on these docks", NULL);
    np_arena_free(&r.a);
    run(&r, "OSTMARRA, Escarra \xe2\x80\x94 When Judge Oriana Vasch sentenced Ansel Rimbauer to nine years last "
            "Tuesday, she spoke in Escarran. \"You deceived each labourer in this harbour,\" she told him.");
    expect(&r, "You deceived each labourer in this harbour", "Oriana Vasch");
    np_arena_free(&r.a);
    run(&r, "One co-defendant, the shipping agent Mira Feld, was sentenced on Wednesday.\n\n"
            "The port's new director, Selma Arkwright, said she had begun a review of every berth contract. "
            "\"We will not let one man's crimes define this port,\" she said.");
    expect(&r, "We will not let one man's crimes define this port", "Selma Arkwright");
    np_arena_free(&r.a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(after_attributions),
        cmocka_unit_test(speaker_herself),
        cmocka_unit_test(coordinated_speech_verb),
        cmocka_unit_test(relayed_quotation),
        cmocka_unit_test(quote_at_offsets),
        cmocka_unit_test(before_attributions_and_partials),
        cmocka_unit_test(unattributed_and_scare_quotes),
        cmocka_unit_test(multi_paragraph_quote),
        cmocka_unit_test(swapped_marks_open_nothing),
        cmocka_unit_test(participle_after_reported_clause),
        cmocka_unit_test(said_he_is_not_she),
        cmocka_unit_test(asides_clauses_and_quoted_names),
        cmocka_unit_test(long_attributions),
        cmocka_unit_test(titles_turns_and_pronouns),
        cmocka_unit_test(pronouns_follow_the_subject),
        cmocka_unit_test(groups_speak),
        cmocka_unit_test(no_mentions_no_speakers),
        cmocka_unit_test(organisations_speak),
        cmocka_unit_test(complements_do_not_speak),
        cmocka_unit_test(roles_of_another_rank),
        cmocka_unit_test(quoted_as_saying_is_the_person),
        cmocka_unit_test(dash_aside_speaker),
        cmocka_unit_test(passed_on_near_and_shown),
        cmocka_unit_test(colon_after_the_subjects_clause),
        cmocka_unit_test(attribution_traps),
        cmocka_unit_test(place_before_a_role),
        cmocka_unit_test(sentence_split_by_attribution),
        cmocka_unit_test(according_to_someones_aide),
        cmocka_unit_test(relatives_and_representatives_speak),
        cmocka_unit_test(relatives_conjunctions_and_paragraphs),
        cmocka_unit_test(other_person_between_quotes),
        cmocka_unit_test(doubled_single_marks),
        cmocka_unit_test(given_names_that_are_words_speak),
        cmocka_unit_test(named_after_kin_and_described_roles),
        cmocka_unit_test(pronoun_after_role_apposition),
        cmocka_unit_test(pronoun_after_owned_role_apposition),
        cmocka_unit_test(statement_said_is_its_makers),
        cmocka_unit_test(pronoun_after_role_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
