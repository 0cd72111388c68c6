// Criticism stated as a judgement in a tweet. Posts quoted in the news
// criticise by calling someone something ("@user: FPI are hypocrites",
// "@user: the police are thugs"); CAMEO codes that as 111 (criticise or
// denounce), though no verb of criticism is there. In a sentence that is a
// tweet ("@author: ..."), a word of condemnation and an actor the tweet names
// make the author criticise that actor.
#ifndef DYAD_CODER_EVALUATIONS_H_
#define DYAD_CODER_EVALUATIONS_H_

#include <cstddef>
#include <string_view>

#include "coder/analysis.h"

namespace dyad::coder {

// Whether `norm` condemns whom it is said of ("disgrace", "hypocrites",
// "thugs", "embarrassing").
bool IsCondemnation(std::string_view norm);

// Adds a trigger at the first word of condemnation of a tweet (not negated,
// not in a question), coded by the dictionary's own pattern for "criticize"
// (111) and marked as a condemnation; nothing when the dictionary has no
// such pattern or another trigger holds the word.
void AddCondemnations(const dict::Compiled& dict, SentenceAnalysis* s);

// "called the government corrupt", "described Odinga as a liar", "said the
// police were thugs": a verb of naming (or of saying, with "is"/"are"), an
// actor, then a word of condemnation criticises that actor (111).
// Gives the verb's trigger the dictionary's "criticize" pattern (adding a
// trigger where the verb has none).
void AddNameCalling(const dict::Compiled& dict, SentenceAnalysis* s);

// "Tusk wrote: 'Let's all pray for Mayor Adamowicz'", "tweeted 'We are
// with the families of the victims in our thoughts and prayers'": words of
// sympathy in a quotation whose speaker the sentence names express it
// (018) to the actor they name. Adds a trigger at the word of sympathy with
// the dictionary's "express condolences" pattern, marked with the speaker.
void AddQuotedSympathy(const dict::Compiled& dict, SentenceAnalysis* s);

// Whether `norm` praises whom it is said of ("hero", "excellent",
// "visionary", "courageous").
bool IsPraise(std::string_view norm);

// "'He was an excellent politician,' Goel said", "Duda said: 'Adamowicz is
// a hero'": a judgement of a person (or a pronoun for one) inside a
// quotation whose speaker the sentence names praises (051) or criticises
// (111) that person. Adds a trigger at the word of judgement with the
// dictionary's "praise" or "criticize" pattern, marked with the speaker and
// the person judged.
void AddQuotedJudgements(const dict::Compiled& dict, SentenceAnalysis* s);

}  // namespace dyad::coder

#endif  // DYAD_CODER_EVALUATIONS_H_
