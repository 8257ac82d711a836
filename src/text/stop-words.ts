/**
 * Words that carry no topic: English function words plus the filler people put around chat
 * questions ("tell me about", "wats", "pls", "tbh", "ppl", "rn"), and the usual slips in them ("waht", "hwo", "teh"). Dropped on both the index and the query side, so
 * they neither match nor count against a question's coverage.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above actually after again against all also am an and any anyone anything are aren as at
  be because been before being below between both but by
  can cant could couldn
  did didn do does doesn doing don dont done down during
  each either else even ever every explain explained explaining explanation
  few for from further
  get gets getting give go going got
  had has have having he her here hers him his how hows
  i id if im in into is isn it its itself ive
  just
  kind kinda know
  let lets like ll
  me mean meaning means meant more most much must my myself
  need needs no nor not now
  of off on once only or other our ours out over own
  please pls plz pl
  quick quickly
  re really
  s same say she should shouldn so some some1 somebody someone something sort such sum1 sumone sure
  t tell than thank thanks that thats the their theirs them then there these they thing things this those through thx to too
  u uh um under until up ur us use used using
  ve very vs versus
  want wanna was wasn wat wats way we were what whats whatcha when where whether which while who whos whom why will with won would wouldn
  y ya yeah yes yet you your yours yourself
  anybody basically briefly called define defined definition describe eli5 example examples hey hi hello info information
  ok okay simple simply summary understand understanding
  multiple many several various lots lot bunch across good best great top recommend recommended decent sensible reasonable proper legit
  m d theyre youre youll youd youve doesnt isnt arent wasnt werent wont shouldnt wouldnt couldnt didnt hasnt havent hadnt
  theres heres wheres whys whens
  probably perhaps maybe realistically honestly genuinely seriously literally truly separately relatedly unrelatedly q qs
  lol lols lmao rofl haha hahaha tbh ngl imo imho idk btw fwiw afaik iirc rn ppl irl smh fyi tho nvm ty yrs yr
  wtf tf omg omfg ffs jfc bruh ugh dunno lemme tryna urself urselves
  involve involves involved involving entail entails entailed
  diff diffs difference differences different differ differs differently compare compared comparing comparison versus
  waht wht whta hwat hwo teh adn`
    .split(/\s+/)
    .filter(Boolean),
);
