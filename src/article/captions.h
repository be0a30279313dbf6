/*
 * article/captions.h — lines a scraped page sets inside an article's body
 * that describe a picture or a video rather than tell the story: photo
 * captions and video credits.  textdoc.c drops them from the body, so that
 * they never become claims.
 *
 * Each predicate judges one line (already classified by linefeat.c) from
 * general signals: the shape of caption English (no verb with a tense, a
 * picture's "left"/"right", a credit "<title> <Name> reports from <place>"),
 * never strings of particular sites.  Precision comes first: a line that
 * may be running text is not a caption.
 *
 * All borrow their arguments and allocate nothing.  `verbs` may be NULL or
 * hold no WordNet (np_verbs_available() 0): the predicates that need it
 * then answer 0, the cautious side.
 */
#ifndef NP_ARTICLE_CAPTIONS_H
#define NP_ARTICLE_CAPTIONS_H

#include "article/linefeat.h"
#include "article/verbs.h"

/* One sentence ending in a period with no verb that has a tense ("Members
 * of the caravan at the border wall on Sunday."), or two sentences whose
 * first is a picture description with a place or time and no word that
 * could be a verb ("Two trawlers at the north quay in 2019. The quay was
 * rebuilt last year."). */
int np_caption_verbless(const np_verbs *verbs, const np_line *l);

/* A video or radio credit closing a line: "...; chief correspondent Jane
 * Roe reports from Brenvik." or "... . Jane Roe and John Doe react on
 * 'Evening Show.'", or a line opening with "<Outlet>'s <Name> reports on". */
int np_caption_video_credit(const np_verbs *verbs, const np_line *l);

/* A picture's positions after a name in a verbless first sentence: "Jane
 * Roe, left, with John Doe in 2017.", "John Doe (right) at the quay." */
int np_caption_position(const np_verbs *verbs, const np_line *l);

/* A line closing on a news agency's photo credit in parentheses: "...
 * in Vell on Monday. (Ana Ruiz/AP)", "(AP Photo/Ana Ruiz)", "(Reuters /
 * Ana Ruiz)", "(Photo by Ana Ruiz/Getty Images)".  Needs no WordNet. */
int np_caption_agency_credit(const char *s, size_t n);

/* A picture's own dateline closing the line's first sentence: a place,
 * then the weekday and the full date set off by commas with no "on"
 * ("Fans wave flags in Vell, Norland, Tuesday, Nov. 19, 2019."), the
 * wire-photo convention; running text dates an event "on Tuesday".  Needs
 * no WordNet. */
int np_caption_photo_dateline(const char *s, size_t n);

#endif
