/*
 * tests/unit/test_compare_frames.c — the frame test of the claim model
 * (compare/frames.c): two outlets' sentences sharing an action's words
 * state one claim only when they state it under compatible frames
 * (asserted or expected; the same norm, open question or condition).
 * Invented stories; every sentence is written for this test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"

/* The claim that binds the three documents into one story, in each. */
#define BIND_A "Dockworkers at the port of Varel went on strike on Monday over a wage dispute with the port authority.\n\n"
#define BIND_B "The dockworkers of Varel's port went on strike Monday in a wage dispute with the port authority.\n\n"
#define BIND_C "Varel port dockworkers went on strike on Monday, in a dispute over wages with the port authority.\n\n"

/* One action, three frames: deciding whether to do it, having a right to
 * do it, having planned to do it. */
static void test_open_norm_plan_apart(void **state)
{
    (void)state;
    const char *a = BIND_A "The striking dockworkers will decide whether to accept the port authority's new wage offer "
                           "at a meeting next week.\n";
    const char *b = BIND_B "The striking dockworkers have a right to accept the port authority's new wage offer, "
                           "whatever the union says.\n";
    const char *c = BIND_C "The striking dockworkers planned to accept the port authority's new wage offer at the "
                           "meeting.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "went on strike", "b.txt", "went on strike"));
    assert_false(np_test_together(br, "a.txt", "decide whether", "b.txt", "have a right"));
    assert_false(np_test_together(br, "a.txt", "decide whether", "c.txt", "planned to accept"));
    assert_false(np_test_together(br, "b.txt", "have a right", "c.txt", "planned to accept"));
    np_brief_free(br);
}

/* The same frame on both sides is one claim: an open question, and a
 * condition written before or after its consequence. */
static void test_same_frame_together(void **state)
{
    (void)state;
    const char *a = BIND_A "The striking dockworkers will decide whether to accept the new wage offer of the port "
                           "authority on Friday.\n\n"
                           "If the union accepts the wage offer, the port of Varel will reopen to cargo ships on "
                           "Wednesday.\n";
    const char *b = BIND_B "On Friday the striking dockworkers will decide whether to accept the port authority's new "
                           "wage offer.\n\n"
                           "The port of Varel will reopen to cargo ships on Wednesday if the union accepts the wage "
                           "offer.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "decide whether", "b.txt", "decide whether"));
    assert_true(np_test_together(br, "a.txt", "If the union accepts", "b.txt", "will reopen to cargo"));
    np_brief_free(br);
}

/* An outlet writing before the event says it is expected, one writing
 * after says it happened: one claim. */
static void test_expected_and_asserted_together(void **state)
{
    (void)state;
    const char *a = BIND_A "The first cargo ship since the strike is expected to reach the port of Varel on Sunday "
                           "morning.\n";
    const char *b = BIND_B "The first cargo ship since the strike reached the port of Varel on Sunday morning after "
                           "a delay.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "is expected to reach", "b.txt", "reached the port"));
    np_brief_free(br);
}

/* A condition is not its negation, and what is likely to happen when a
 * chance comes is not what happened.  (The buses' destination names no
 * place: a place both name would make the place fact, compare/places.c,
 * which cites the two clauses for where, not for what.) */
static void test_condition_and_event_apart(void **state)
{
    (void)state;
    const char *a = BIND_A "Dockworkers who don't sign the new contract of the port authority risk losing their "
                           "jobs at the port.\n\n"
                           "When they have a chance to leave, the crews of the idle ships are likely to be taken on "
                           "buses to the seamen's hostel.\n";
    const char *b = BIND_B "If dockworkers sign the new contract of the port authority, they will keep their jobs "
                           "at the port.\n\n"
                           "On Sunday morning the crews of the idle ships took buses from the port to the seamen's "
                           "hostel.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "went on strike", "b.txt", "went on strike"));
    assert_false(np_test_together(br, "a.txt", "who don't sign", "b.txt", "If dockworkers sign"));
    assert_false(np_test_together(br, "a.txt", "are likely to be taken", "b.txt", "took buses"));
    np_brief_free(br);
}

/* What usually happens and what happens in a case: one claim. */
static void test_generic_and_condition_together(void **state)
{
    (void)state;
    const char *a = BIND_A "If they are laid off, dockworkers may be retrained or paid a severance bonus by the "
                           "port authority.\n";
    const char *b = BIND_B "Dockworkers who lose their posts are typically retrained or paid a severance bonus by "
                           "the port authority.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "may be retrained", "b.txt", "typically retrained"));
    np_brief_free(br);
}

/* Two outlets quoting one speaker are matched on the words, however the
 * transcripts differ ("They strike, ..." / "If they strike, ..."). */
static void test_quotes_matched_on_words(void **state)
{
    (void)state;
    const char *a = BIND_A "\"They walk out again, they're going to lose every contract they have left with the "
                           "shipping lines,\" the port director told reporters.\n";
    const char *b = BIND_B "\"If they walk out again, they will lose every contract they have left with the shipping "
                           "lines,\" the port director told reporters.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "They walk out again", "b.txt", "If they walk out again"));
    np_brief_free(br);
}

/* A "when" clause naming who or when tells of one coming event, no
 * supposition: expected and asserted again.  A relative clause of a
 * condition ends where the main clause's modal starts: "ships that don't
 * carry permits | will pay a fee" states the fee as an outlet stating it
 * plainly does. */
static void test_scheduled_event_and_relative_clause(void **state)
{
    (void)state;
    const char *a = BIND_A "The port authority will present a new wage offer when its chairman Ivo Brandt meets the "
                           "union leaders on Thursday.\n\n"
                           "Foreign ships that don't carry a berth permit will pay a fee of 400 euros a day at "
                           "the port of Varel.\n";
    const char *b = BIND_B "The port authority presented a new wage offer to the union leaders at a meeting with "
                           "its chairman Ivo Brandt on Thursday.\n\n"
                           "The port of Varel charges foreign ships a fee of 400 euros a day since the strike "
                           "began.\n";
    const char *c = BIND_C "Ferries kept running between Varel and the islands during the strike.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "will present a new wage offer", "b.txt", "presented a new wage offer"));
    assert_true(np_test_together(br, "a.txt", "will pay a fee", "b.txt", "charges foreign ships"));
    np_brief_free(br);
}

/* A cue word listed under two cues keeps both: "have" opens a norm
 * ("have to clear") as well as coming before a right ("have a right to",
 * test_open_norm_plan_apart).  An obligation is not the act. */
static void test_word_of_two_cues(void **state)
{
    (void)state;
    const char *a = BIND_A "The dockworkers have to clear the backlog of containers at the port of Varel before "
                           "the end of the week.\n";
    const char *b = BIND_B "The dockworkers cleared the backlog of containers at the port of Varel on Thursday.\n";
    const char *c = BIND_C "On Thursday the dockworkers cleared the backlog of containers at the port of Varel.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "b.txt", "cleared the backlog", "c.txt", "cleared the backlog"));
    assert_false(np_test_together(br, "a.txt", "have to clear", "b.txt", "cleared the backlog"));
    assert_false(np_test_together(br, "a.txt", "have to clear", "c.txt", "cleared the backlog"));
    np_brief_free(br);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_norm_plan_apart),
        cmocka_unit_test(test_same_frame_together),
        cmocka_unit_test(test_expected_and_asserted_together),
        cmocka_unit_test(test_condition_and_event_apart),
        cmocka_unit_test(test_generic_and_condition_together),
        cmocka_unit_test(test_quotes_matched_on_words),
        cmocka_unit_test(test_scheduled_event_and_relative_clause),
        cmocka_unit_test(test_word_of_two_cues),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
