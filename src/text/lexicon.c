/* text/lexicon.c — compiled-in English word lists (see lexicon.h).
 *
 * Every list is kept sorted (byte order, lower case) so lookups are a binary
 * search; np_lex_self_check() verifies the order for the unit tests. */
#include "text/lexicon.h"

#include <stdlib.h>
#include <string.h>

static const char *const k_title[] = {
    "activist", "actor", "actress", "admiral", "adviser", "advisor", "agent", "agents", "aide",
    "aides", "alderman", "alderwoman", "ambassador", "analyst", "analysts", "anchor", "archbishop",
    "artist", "assemblyman", "assemblymember", "assemblywoman", "astronaut", "attorney", "atty",
    "author", "autocrat", "billionaire", "bishop", "blogger", "broadcaster", "businessman",
    "businesswoman", "candidate", "capt", "captain", "cardinal", "ceo", "ceos", "chair", "chairman",
    "chairwoman", "chancellor", "chef", "chief", "chiefs", "clerk", "cmdr", "co-founder", "coach",
    "cofounder", "col", "colonel", "columnist", "comedian", "commander", "commentator",
    "commissioner", "comptroller", "congressman", "congresswoman", "constable", "cornerback",
    "corporal", "correspondent", "councillor", "councilman", "councilmember", "councilwoman",
    "counsel", "counterpart", "cpl", "czar", "d.a", "dean", "defender", "delegate", "deputies",
    "deputy", "designer", "det", "detective", "dictator", "diplomat", "director", "dr", "economist",
    "economists", "editor", "emir", "envoy", "envoys", "executive", "expert", "experts",
    "filmmaker", "forward", "founder", "founder-director", "gen", "general", "goalkeeper", "gov",
    "governor", "governors", "guard", "head", "heads", "historian", "host", "imam", "insider",
    "inspector", "investor", "journalist", "judge", "justice", "king", "lady", "lawmaker", "lawyer",
    "lawyers", "leader", "leaders", "legislator", "lieutenant", "linebacker", "lineman", "lord",
    "lt", "magistrate", "major", "manager", "marshal", "mayor", "mayors", "midfielder", "minister",
    "ministers", "monarch", "mp", "mr", "mrs", "ms", "musician", "negotiator", "nominee",
    "novelist", "officer", "official", "officials", "oligarch", "ombudsman", "owner", "patriarch",
    "physicist", "pitcher", "player", "poet", "politician", "pope", "premier", "presenter",
    "president", "president-elect", "presidents", "prime-minister", "prince", "princess", "prof",
    "professor", "prosecutor", "psychologist", "pundit", "pvt", "quarterback", "queen", "rabbi",
    "rapper", "receiver", "rector", "rep", "reporter", "representative", "researcher",
    "researchers", "rev", "reverend", "ruler", "scholar", "scientist", "scientists", "secretaries",
    "secretary", "secretary-general", "sen", "senator", "senators", "sergeant", "sgt", "sheikh",
    "sheriff", "singer", "sir", "sociologist", "speaker", "spokesman", "spokesmen", "spokespeople",
    "spokesperson", "spokeswoman", "strategist", "striker", "strongman", "superintendent", "supt",
    "treasurer", "trooper", "tsar", "tycoon", "vice-chair", "vice-president", "warden", "writer",
};

static const char *const k_joiner[] = {
    "and", "for", "of", "on", "the", "to",
};

static const char *const k_modifier[] = {
    "acting", "assistant", "associate", "chief", "current", "defence", "defense", "deputy", "dist",
    "district", "economic", "economy", "education", "energy", "eu", "executive", "federal",
    "finance", "first", "foreign", "former", "general", "health", "house", "incoming",
    "intelligence", "interim", "interior", "justice", "kremlin", "lead", "local", "long-time",
    "longtime", "majority", "military", "minority", "national", "outgoing", "political", "presidential",
    "press", "prime",
    "regional", "security", "senior", "special", "state", "then", "top", "trade", "u.s.", "uk",
    "un", "us", "veteran", "vice", "white",
};

static const char *const k_demonym[] = {
    "afghan", "african", "albanian", "algerian", "american", "arab", "argentine", "argentinian",
    "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini", "belarusian",
    "belgian", "bosnian", "brazilian", "british", "bulgarian", "canadian", "chilean", "chinese",
    "colombian", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "eastern",
    "egyptian", "emirati", "english", "estonian", "ethiopian", "european", "filipino",
    "finnish", "french", "georgian", "german", "greek", "hungarian", "indian", "indonesian",
    "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh",
    "kenyan", "korean", "kuwaiti", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian",
    "macedonian", "malaysian", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan",
    "nigerian", "north", "norwegian", "omani", "pakistani", "palestinian", "peruvian", "polish",
    "portuguese", "qatari", "romanian", "russian", "saudi", "scottish", "serbian",
    "singaporean", "slovak", "slovenian", "somali", "south", "soviet", "spanish", "sudanese",
    "swedish", "swiss", "syrian", "taiwanese", "tajik", "thai", "tunisian", "turkish",
    "turkmen", "ukrainian", "uzbek", "venezuelan", "vietnamese", "welsh", "western", "yemeni",
};

static const char *const k_speech[] = {
    "acknowledged", "acknowledges", "acknowledging", "added", "adding", "adds", "admits",
    "admitted", "announced", "announces", "announcing", "answered", "argued", "argues",
    "arguing", "asked", "asks", "asserted", "asserting", "asserts", "boasted", "boasts",
    "branded", "called", "calls", "cautioned", "cautions", "claimed", "claiming", "clarified",
    "commented", "complained", "complains", "conceded", "concedes", "concluded", "concludes",
    "confirmed", "confirming", "confirms", "contended", "contends", "continued", "continues",
    "countered", "counters", "declared", "declares", "declaring", "denied", "denies",
    "described", "describes", "dubbed", "elaborated", "emailed", "emphasised", "emphasises",
    "emphasising", "emphasized", "emphasizes", "emphasizing", "exclaimed", "explained", "explaining",
    "explains", "fumed", "grumbled", "highlighted", "indicated", "indicates", "insisted", "insisting", "insists",
    "joked", "jokes", "labeled", "labelled", "lamented", "laments", "maintained", "maintains",
    "mused", "muses", "noted", "noting", "observed", "observes", "ordered", "pleaded",
    "pointed", "predicted", "predicts", "promised", "promises", "protested", "quipped",
    "recalled", "recalling", "recalls", "recounted", "recounts", "reiterated", "reiterates",
    "reiterating", "remarked", "repeated", "repeats", "replied", "replies", "replying",
    "reported", "responded", "responding", "responds", "retorted", "said", "say", "saying",
    "says", "scoffed", "screamed", "shouted", "shouts", "stated", "stating", "stressed", "stresses",
    "stressing", "suggested", "suggesting", "suggests", "tell", "telling", "testified",
    "testifies", "texted", "told", "tweeted", "tweets", "underlined", "underscored", "urged",
    "urges", "urging", "vowed", "vows", "warned", "warning", "warns", "whispered", "writes",
    "writing", "wrote", "yelled",
};

/* Verbs that attribute a quotation but that other modules must not take for
 * speech (np_lex_is_attribution_verb()): nouns as well ("answer", "reply",
 * "comment", "read"), or event words of their own ("accused", "dismissed",
 * "disclosed"), which must stay in the story's vectors and event words. */
static const char *const k_attribution[] = {
    "accused", "accuses", "accusing", "answer", "ask", "asking", "comment", "criticised", "criticized",
    "disclosed", "discloses", "dismissed", "explain", "gushed", "hinted", "hints", "ranted", "read", "reads",
    "reply", "respond", "sighed", "sobbed", "testify", "tweeting",
};

static const char *const k_org[] = {
    "administration", "affairs", "agency", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "bureau", "cabinet", "center", "centre", "chronicle", "club",
    "coalition", "college", "command", "commission", "committee", "company", "conference",
    "congress", "corp", "corporation", "council", "courier", "court", "department", "enforcement",
    "federation", "forces", "foundation", "front", "fund", "gazette", "government", "group",
    "guard", "herald", "house", "inc", "initiative", "institute", "journal", "league", "ledger",
    "ltd", "magazine", "ministry", "movement", "nato", "navy", "network", "news", "observer",
    "office", "organisation", "organization", "parliament", "partnership", "party", "pentagon",
    "police", "post", "press", "program", "programme", "project", "protection", "radio", "school",
    "senate", "service", "society", "studies", "summit", "telegraph", "television", "times",
    "tribune", "union", "university", "watch",
};

/* News agencies, by the one word they are named with (sorted); not the
 * ones whose word is also a person's name ("Mena", "Ria", "Efe", "Irna",
 * "Tasnim"). */
static const char *const k_news_agency[] = {
    "afp", "anadolu", "bernama", "interfax", "itar-tass", "kcna", "kyodo", "reuters", "tass", "upi", "xinhua",
    "yonhap",
};

/* Heads of place names ("Demilitarized Zone", "Friendship Park", "Pacific
 * Ocean", "Hoover Dam") and prefixes that only start place names ("San
 * Diego", "Fort Worth", "Lake Placid"): generic geography and building
 * words, no place names. */
/* Divisions of a country, the last word of their names; sorted. */
static const char *const k_division[] = {
    "county", "district", "governorate", "krai", "municipality", "oblast", "prefecture", "province", "region",
    "township", "voivodeship",
};

/* The divisions a name's first word alone names (np_lex_is_state_division()); sorted. */
static const char *const k_state_division[] = {
    "governorate", "krai", "oblast", "prefecture", "province", "voivodeship",
};

static const char *const k_place_head[] = {
    "airport", "ave", "avenue", "bay", "beach", "blvd", "border", "boulevard", "bridge", "canal",
    "canyon", "cape", "castle", "cathedral", "coast", "county", "creek", "crossing", "dam",
    "desert", "district", "falls", "gardens", "glacier", "governorate", "gulf", "harbor", "harbour",
    "heights", "highway", "hill", "hills", "hwy", "island", "islands", "krai", "lake", "mountain",
    "mountains", "municipality", "oblast", "ocean", "palace", "park", "parkway", "peninsula",
    "pkwy", "plain", "plaza", "port", "prefecture", "prison", "province", "rd", "region",
    "reservoir", "river", "road", "sea", "springs", "square", "stadium", "station", "strait",
    "street", "terrace", "tower", "township", "valley", "voivodeship", "zone",
};

static const char *const k_place_prefix[] = {
    "cape", "el", "fort", "lake", "las", "los", "mount", "point", "port", "puerto", "saint", "san",
    "santa", "sao",
};

/* Heads of names of events, agreements, plans and texts ("Winter
 * Olympics", "Paris Climate Accord", "Korean War", "Balfour Declaration"):
 * things, not people. */
static const char *const k_thing_head[] = {
    "accord", "accords", "act", "agreement", "award", "awards", "championship", "championships",
    "charter", "communique", "cup", "day", "deal", "declaration", "doctrine", "festival", "games",
    "olympics", "plan", "prize", "protocol", "resolution", "war", "week", "weekend",
};

/* Last words of companies' names that tell their trade ("Corvane
 * Robotics", "Tarn Airlines"): such a name's first word alone ("Corvane
 * said") is the company. */
static const char *const k_company_head[] = {
    "airlines", "airways", "bancorp", "electronics", "holdings", "industries", "logistics", "metals",
    "mobility", "motors", "pharmaceuticals", "robotics", "shipping", "studios", "technologies", "textiles",
};

/* Words that open the name of a weather system ("Storm Ilse", "Typhoon
 * Haiyan", "Cyclone Idai"): the name after them is given to the storm, not
 * to a person. */
static const char *const k_storm_head[] = {
    "cyclone", "hurricane", "storm", "superstorm", "typhoon",
};

/* English prepositions (a closed class; WordNet lists none of them);
 * "till" is left out: it is also a surname. */
static const char *const k_preposition[] = {
    "aboard", "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
    "amongst", "around", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "by", "despite", "during", "except", "for", "from", "in", "inside", "into", "near",
    "of", "off", "on", "onto", "outside", "over", "past", "per", "since", "through", "throughout",
    "to", "toward", "towards", "under", "underneath", "unlike", "until", "upon", "versus",
    "via", "with", "within", "without",
};

static const char *const k_subordinator[] = {
    "after", "although", "as", "because", "before", "if", "once", "since", "though",
    "unless", "until", "when", "whenever", "whereas", "while",
};

/* adverbs and negation that stand between an auxiliary and its verb ("is
 * now preparing", "are not awaiting", "were all expecting") */
static const char *const k_midverb[] = {
    "again", "all", "already", "also", "always", "both", "even", "ever", "just", "never", "not",
    "now", "often", "once", "still", "yet",
};

static const char *const k_abbrev[] = {
    "a.m", "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "cpl", "d.c", "dec",
    "dept", "det", "dr", "e.g", "e.u", "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "hon",
    "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "mar", "mon", "mr", "mrs", "ms", "mt",
    "no", "nos", "nov", "oct", "p.m", "prof", "pvt", "rep", "rev", "sat", "sen", "sep", "sept",
    "sgt", "sr", "st", "sun", "supt", "thu", "thur", "thurs", "tue", "tues", "u.k", "u.n", "u.s",
    "u.s.a", "vol", "vs", "wed",
};

static const char *const k_capfn[] = {
    "a", "about", "according", "after", "against", "all", "also", "although", "amid", "among",
    "an", "and", "another", "any", "are", "as", "asked", "at", "because", "before", "between",
    "both", "but", "by", "could", "despite", "did", "do", "does", "dr", "during", "each",
    "earlier", "either", "even", "every", "few", "for", "from", "furthermore", "had", "has",
    "have", "he", "her", "here", "him", "his", "how", "however", "i", "if", "in", "indeed",
    "instead", "into", "is", "it", "its", "just", "last", "later", "like", "many", "maybe", "me",
    "meanwhile", "more", "moreover", "most", "mr", "mrs", "ms", "much", "my", "neither",
    "nevertheless", "next", "no", "nor", "not", "now", "of", "on", "one", "only", "or", "other",
    "others", "our", "over", "overall", "perhaps", "rather", "several", "she", "should", "since",
    "so", "some", "speaking", "still", "such", "that", "the", "their", "them", "then", "there",
    "therefore", "these", "they", "this", "those", "though", "through", "thus", "to", "today",
    "tomorrow", "under", "unlike", "until", "us", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "why", "with", "within", "without", "would", "yes", "yesterday",
    "yet", "you", "your",
};

static const char *const k_stop[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from",
    "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
    "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how",
    "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's",
    "its", "itself", "just", "let's", "may", "me", "might", "more", "most", "must", "mustn't",
    "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other",
    "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "shan't", "she",
    "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that",
    "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
    "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll",
    "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where", "where's",
    "which", "while", "who", "who's", "whom", "why", "why's", "will", "with", "won't", "would",
    "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
    "yourselves",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Lower-case ASCII copy of w into buf; 0 when too long or empty. */
static int lower_copy(const char *w, size_t n, char *buf, size_t cap)
{
    if (n == 0 || n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    return 1;
}

/* Index of the entry of a sorted table (count entries of stride bytes,
 * each starting with its word's const char *) holding the lower-cased
 * word key, or -1.  The first bytes are compared before strcmp() is
 * called: most probes differ there, and these lookups run for nearly every
 * token of every analyser (a tenth of a brief's instructions went to
 * bsearch() and strcmp() calls). */
static inline long table_find(const void *table, size_t count, size_t stride, const char *key)
{
    unsigned char c0 = (unsigned char)key[0];
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = *(const char *const *)((const char *)table + mid * stride);
        int c = (int)c0 - (int)(unsigned char)w[0];
        if (!c)
            c = strcmp(key, w);
        if (c < 0)
            hi = mid;
        else if (c > 0)
            lo = mid + 1;
        else
            return (long)mid;
    }
    return -1;
}

/* Is w in the sorted list, case aside? */
static int in_list(const char *const *list, size_t count, const char *w, size_t n)
{
    char buf[48];
    return lower_copy(w, n, buf, sizeof buf) && table_find(list, count, sizeof *list, buf) >= 0;
}

int np_lex_is_title_word(const char *w, size_t n)
{
    if (in_list(k_title, COUNT(k_title), w, n))
        return 1;
    /* role nouns in -ist ("geologist", "novelist"); shorter -ist words are
     * mostly verbs ("insist", "resist") */
    if (n >= 8 && (w[n - 3] | 32) == 'i' && (w[n - 2] | 32) == 's' && (w[n - 1] | 32) == 't') {
        for (size_t i = 0; i < n; i++)
            if (!((w[i] | 32) >= 'a' && (w[i] | 32) <= 'z'))
                return 0;
        return 1;
    }
    return 0;
}
int np_lex_is_title_joiner(const char *w, size_t n) { return in_list(k_joiner, COUNT(k_joiner), w, n); }
int np_lex_is_title_modifier(const char *w, size_t n) { return in_list(k_modifier, COUNT(k_modifier), w, n); }
int np_lex_is_demonym(const char *w, size_t n) { return in_list(k_demonym, COUNT(k_demonym), w, n); }
int np_lex_is_speech_verb(const char *w, size_t n) { return in_list(k_speech, COUNT(k_speech), w, n); }
int np_lex_is_attribution_verb(const char *w, size_t n)
{
    return in_list(k_speech, COUNT(k_speech), w, n) || in_list(k_attribution, COUNT(k_attribution), w, n);
}
int np_lex_is_org_word(const char *w, size_t n)
{
    return in_list(k_org, COUNT(k_org), w, n) || in_list(k_company_head, COUNT(k_company_head), w, n);
}
int np_lex_is_news_agency(const char *w, size_t n) { return in_list(k_news_agency, COUNT(k_news_agency), w, n); }
int np_lex_is_place_head(const char *w, size_t n) { return in_list(k_place_head, COUNT(k_place_head), w, n); }
int np_lex_is_division(const char *w, size_t n) { return in_list(k_division, COUNT(k_division), w, n); }

int np_lex_is_state_division(const char *w, size_t n)
{
    return in_list(k_state_division, COUNT(k_state_division), w, n);
}
int np_lex_is_place_prefix(const char *w, size_t n) { return in_list(k_place_prefix, COUNT(k_place_prefix), w, n); }
int np_lex_is_thing_head(const char *w, size_t n) { return in_list(k_thing_head, COUNT(k_thing_head), w, n); }
int np_lex_is_storm_head(const char *w, size_t n) { return in_list(k_storm_head, COUNT(k_storm_head), w, n); }
int np_lex_is_company_head(const char *w, size_t n)
{
    return in_list(k_company_head, COUNT(k_company_head), w, n);
}
int np_lex_is_preposition(const char *w, size_t n) { return in_list(k_preposition, COUNT(k_preposition), w, n); }
int np_lex_is_subordinator(const char *w, size_t n) { return in_list(k_subordinator, COUNT(k_subordinator), w, n); }
int np_lex_is_midverb_adverb(const char *w, size_t n) { return in_list(k_midverb, COUNT(k_midverb), w, n); }
/* Words in "-ly" that are no adverbs: nouns ("family", "assembly"), verbs
 * ("apply", "reply") and adjectives ("elderly", "costly").  Sorted.  Not
 * "likely", "daily" or "early", which are adverbs too ("will likely
 * face"). */
static const char *const k_ly_not_adverb[] = {
    "anomaly", "apply", "assembly", "beastly", "belly", "bodily", "brotherly", "bubbly", "bully", "burly",
    "butterfly", "chilly", "comely", "comply", "costly", "courtly", "cowardly", "curly", "dally", "deadly",
    "deathly", "disorderly", "doily", "dragonfly", "duopoly", "earthly", "elderly", "family", "fatherly",
    "filly", "firefly", "folly", "friendly", "gadfly", "gangly", "ghastly", "ghostly", "grisly", "gully",
    "heavenly", "hilly", "holly", "homely", "homily", "housefly", "imply", "italy", "jelly", "jolly", "lively",
    "lonely", "lovely", "lowly", "manly", "mayfly", "measly", "melancholy", "monopoly", "motherly", "multiply",
    "neighborly", "neighbourly", "oligopoly", "orderly", "panoply", "portly", "potbelly", "prickly", "rally",
    "reply", "resupply", "saintly", "scholarly", "shapely", "sickly", "silly", "sisterly", "smelly",
    "sprightly", "stately", "sully", "supply", "surly", "tally", "timely", "underbelly", "unfriendly", "unruly",
    "unseemly", "unsightly", "untimely", "wobbly", "womanly", "woolly", "worldly"};

int np_lex_is_ly_adverb(const char *w, size_t n)
{
    return n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && !in_list(k_ly_not_adverb, COUNT(k_ly_not_adverb), w, n);
}

int np_lex_word_in(const char *w, const char *const *list)
{
    for (size_t i = 0; w && list[i]; i++)
        if (w[0] == list[i][0] && !strcmp(w, list[i]))
            return 1;
    return 0;
}
int np_lex_is_abbrev(const char *w, size_t n) { return in_list(k_abbrev, COUNT(k_abbrev), w, n); }
int np_lex_period_word(const char *w, size_t n) { return n <= 1 || np_lex_is_abbrev(w, n); }
int np_lex_is_cap_function_word(const char *w, size_t n) { return in_list(k_capfn, COUNT(k_capfn), w, n); }
int np_lex_is_stopword_ascii(const char *w, size_t n) { return in_list(k_stop, COUNT(k_stop), w, n); }

/* Word → value tables, sorted by word for binary search. */
typedef struct lex_pair {
    const char *w;
    long v;
} lex_pair;

/* relatives by sex (np_lex_kin): 'f', 'm' or 'x' */
static const lex_pair k_kin_pairs[] = {
    {"aunt", 'f'},         {"boyfriend", 'm'},     {"brother", 'm'},      {"brothers", 'x'},
    {"cousin", 'x'},       {"daughter", 'f'},      {"daughters", 'x'},    {"father", 'm'},
    {"fiance", 'm'},       {"fiancee", 'f'},       {"girlfriend", 'f'},   {"granddaughter", 'f'},
    {"grandfather", 'm'},  {"grandmother", 'f'},   {"grandson", 'm'},     {"husband", 'm'},
    {"mother", 'f'},       {"nephew", 'm'},        {"niece", 'f'},        {"sister", 'f'},
    {"sisters", 'x'},      {"son", 'm'},           {"sons", 'x'},         {"stepdaughter", 'f'},
    {"stepfather", 'm'},   {"stepmother", 'f'},    {"stepson", 'm'},      {"twin", 'x'},
    {"uncle", 'm'},        {"widow", 'f'},         {"widower", 'm'},      {"wife", 'f'},
};

static const lex_pair k_month_pairs[] = {
    {"apr", 4}, {"april", 4}, {"aug", 8}, {"august", 8}, {"dec", 12}, {"december", 12},
    {"feb", 2}, {"february", 2}, {"jan", 1}, {"january", 1}, {"jul", 7}, {"july", 7},
    {"jun", 6}, {"june", 6}, {"mar", 3}, {"march", 3}, {"may", 5}, {"nov", 11},
    {"november", 11}, {"oct", 10}, {"october", 10}, {"sep", 9}, {"sept", 9}, {"september", 9},
};

static const lex_pair k_weekday_pairs[] = {
    {"fri", 5}, {"friday", 5}, {"mon", 1}, {"monday", 1}, {"sat", 6}, {"saturday", 6},
    {"sun", 7}, {"sunday", 7}, {"thu", 4}, {"thur", 4}, {"thurs", 4}, {"thursday", 4},
    {"tue", 2}, {"tues", 2}, {"tuesday", 2}, {"wed", 3}, {"wednesday", 3},
};

static const lex_pair k_cardinal_pairs[] = {
    {"dozen", 12}, {"eight", 8}, {"eighteen", 18}, {"eighty", 80}, {"eleven", 11},
    {"fifteen", 15}, {"fifty", 50}, {"five", 5}, {"forty", 40}, {"four", 4}, {"fourteen", 14},
    {"hundred", 100}, {"nine", 9}, {"nineteen", 19}, {"ninety", 90}, {"one", 1}, {"seven", 7},
    {"seventeen", 17}, {"seventy", 70}, {"six", 6}, {"sixteen", 16}, {"sixty", 60}, {"ten", 10},
    {"thirteen", 13}, {"thirty", 30}, {"thousand", 1000}, {"three", 3}, {"twelve", 12},
    {"twenty", 20}, {"two", 2}, {"zero", 0},
};

static const lex_pair k_ordinal_pairs[] = {
    {"eighteenth", 18}, {"eighth", 8}, {"eleventh", 11}, {"fifteenth", 15}, {"fifth", 5},
    {"first", 1}, {"fourteenth", 14}, {"fourth", 4}, {"hundredth", 100}, {"nineteenth", 19},
    {"ninth", 9}, {"second", 2}, {"seventeenth", 17}, {"seventh", 7}, {"sixteenth", 16},
    {"sixth", 6}, {"tenth", 10}, {"third", 3}, {"thirteenth", 13}, {"twelfth", 12},
    {"twentieth", 20},
};

/* The entry of the sorted table t for w, case aside, or NULL. */
static const lex_pair *pair_find(const lex_pair *t, size_t count, const char *w, size_t n)
{
    char buf[16];
    if (!lower_copy(w, n, buf, sizeof buf))
        return NULL;
    long i = table_find(t, count, sizeof *t, buf);
    return i >= 0 ? &t[i] : NULL;
}

int np_lex_kin(const char *w, size_t n)
{
    const lex_pair *p = pair_find(k_kin_pairs, COUNT(k_kin_pairs), w, n);
    return p ? (int)p->v : 0;
}

int np_lex_month(const char *w, size_t n)
{
    const lex_pair *p = pair_find(k_month_pairs, COUNT(k_month_pairs), w, n);
    return p ? (int)p->v : 0;
}

int np_lex_weekday(const char *w, size_t n)
{
    const lex_pair *p = pair_find(k_weekday_pairs, COUNT(k_weekday_pairs), w, n);
    return p ? (int)p->v : 0;
}

long np_lex_number_word(const char *w, size_t n)
{
    const lex_pair *p = pair_find(k_cardinal_pairs, COUNT(k_cardinal_pairs), w, n);
    return p ? p->v : -1;
}

int np_lex_ordinal_word(const char *w, size_t n)
{
    const lex_pair *p = pair_find(k_ordinal_pairs, COUNT(k_ordinal_pairs), w, n);
    return p ? (int)p->v : 0;
}

int np_lex_pronoun(const char *w, size_t n)
{
    char buf[8];
    if (!lower_copy(w, n, buf, sizeof buf))
        return 0;
    if (!strcmp(buf, "he") || !strcmp(buf, "she"))
        return 1;
    if (!strcmp(buf, "they") || !strcmp(buf, "it") || !strcmp(buf, "we"))
        return 2;
    return 0;
}

static int pairs_sorted(const lex_pair *t, size_t count)
{
    for (size_t i = 1; i < count; i++)
        if (strcmp(t[i - 1].w, t[i].w) >= 0)
            return 0;
    return 1;
}

static int sorted(const char *const *list, size_t count)
{
    for (size_t i = 1; i < count; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return 0;
    return 1;
}

int np_lex_self_check(void)
{
    return sorted(k_title, COUNT(k_title)) && sorted(k_joiner, COUNT(k_joiner)) &&
           sorted(k_modifier, COUNT(k_modifier)) && sorted(k_demonym, COUNT(k_demonym)) &&
           sorted(k_speech, COUNT(k_speech)) && sorted(k_attribution, COUNT(k_attribution)) &&
           sorted(k_org, COUNT(k_org)) &&
           sorted(k_abbrev, COUNT(k_abbrev)) && sorted(k_place_head, COUNT(k_place_head)) &&
           sorted(k_division, COUNT(k_division)) && sorted(k_state_division, COUNT(k_state_division)) &&
           sorted(k_place_prefix, COUNT(k_place_prefix)) && sorted(k_thing_head, COUNT(k_thing_head)) &&
           sorted(k_preposition, COUNT(k_preposition)) && sorted(k_subordinator, COUNT(k_subordinator)) &&
           sorted(k_midverb, COUNT(k_midverb)) && sorted(k_ly_not_adverb, COUNT(k_ly_not_adverb)) &&
           sorted(k_capfn, COUNT(k_capfn)) &&
           sorted(k_stop, COUNT(k_stop)) && pairs_sorted(k_month_pairs, COUNT(k_month_pairs)) &&
           pairs_sorted(k_weekday_pairs, COUNT(k_weekday_pairs)) &&
           pairs_sorted(k_cardinal_pairs, COUNT(k_cardinal_pairs)) &&
           pairs_sorted(k_ordinal_pairs, COUNT(k_ordinal_pairs));
}
