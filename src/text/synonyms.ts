/**
 * Words that mean the same in news about talks and war, where word vectors fall short ("spy" ~ "intelligence" is
 * only 0.5 in them, "cap" ~ "limit" 0.5). One group a line; maintainers extend it as the news brings new wording.
 * Matching is by stem, so one form of each word is enough.
 */
import { stem } from "./terms.js";

const GROUPS = [
  "spy intelligence espionage",
  // "The max size of the army": its cap, ceiling, limit.
  "limit cap ceiling max maximum",
  "proposal offer plan initiative blueprint framework draft",
  "unveil present publish release announce",
  // "Who was in the room" (read "present"): who attended, took part, sat in alongside.
  "present attend attendance participate participant alongside",
  "lead head chair run",
  "agree consensus accord deal agreement accept understanding compromise",
  // "Which city did the US pitch": it proposed, suggested, floated one.
  "pitch pitched propose proposed suggest suggested float floated",
  // "The biggest hurdle": the main obstacle, the key one.
  "biggest main principal primary chief",
  "direct directly",
  // "Was Yermak charged": named a suspect, indicted, served a notice of suspicion (Ukraine's legal wording).
  "charged charge suspect suspicion indicted indictment accused",
  // "Charged with a crime": with an offence, any wrongdoing.
  "crime offence offense wrongdoing",
  "police detectives investigators",
  // "Which academy did Budanov finish": he graduated from it. "Which university": a college, a school, an academy.
  "graduate graduated finish finished",
  "university college school academy",
  // "The alleged mastermind of the scheme": its organiser, who is suspected of organising it.
  "organiser organizer organise organize organising organizing mastermind architect ringleader orchestrate",
  "resign quit resignation",
  // "The Florida contacts" were the Florida meeting.
  "talks negotiations meeting session round sit-down sitdown contacts",
  "troops forces army soldiers military personnel servicemen headcount",
  "money funds funding financing cash assets",
  "seize seized frozen freeze immobilised immobilized confiscate confiscated",
  "attack strike assault bombing bombard shelling hit",
  // "Hit with UAVs": unmanned aerial vehicles are drones.
  "drone uav unmanned",
  // "How many missiles were intercepted": downed, destroyed, neutralised by air defence.
  "intercept intercepted downed destroyed neutralised neutralized",
  // "The buffer zone idea": a demilitarised zone, in the plans' own words.
  "buffer demilitarised demilitarized",
  "ceasefire truce",
  // A truce on strikes is reported as a "pause" as often as a truce (a stem may be in several groups).
  "truce pause moratorium break lull",
  // A residence is a house or a home (a dacha), not a flat in an apartment block; a home may be either.
  "house home residence dacha",
  "home flat apartment",
  "territory land",
  "guarantee guarantees assurances protection pledges",
  // "What did the Europeans commit to": what they pledged, promised, vowed.
  "commit committed commitment pledge pledged promise promised vow vowed",
  // "Who said the drone story was made up" (read "fabricated"): he called it lies, a fabrication, fake.
  "fabricated fabrication lies lie fake hoax invented",
  // "Safety assurances": security guarantees, in a reader's words.
  "security safety",
  // "Would Moscow get its restrictions lifted": its sanctions.
  "sanction sanctions penalties restrictions curbs",
  // "Which ministers got sacked": removed from their posts, dismissed, ousted.
  "sack sacked dismiss dismissed oust ousted remove removed",
  "election elections vote ballot",
  "referendum plebiscite",
  // "The leaked Witkoff tape": the recording of his call, its audio.
  "tape recording audio",
  // "Postwar rebuilding" is reported as reconstruction or recovery.
  "rebuilding rebuild reconstruction recovery",
  "withdraw withdrawal pullout retreat",
  "kill killed died dead deaths fatalities",
  "injure injured injuries wound wounded hurt",
  "envoy emissary representative",
  // "The cash skimmed in the kickback racket": money siphoned off, embezzled, laundered through the scheme.
  "kickback kickbacks bribe bribes bribery graft corruption embezzlement embezzle embezzled skim skimmed siphon siphoned launder laundered laundering",
  "scheme racket scam",
  "search raid searched raided",
  "write wrote written draft drafted drew drawn author authored",
  "obstacle obstacles hurdle hurdles block blocking sticking stumbling unresolved impasse disagreement disagreements holdup snag snags",
  "react reaction respond response",
  // "That leaked call": the conversation(s) between them.
  "call calls conversation conversations",
  // "Who handed Zelensky the plan": it was presented, delivered, given to him.
  "hand handed present presented deliver delivered submit submitted gave brought carry carried",
  "swap exchange",
  // "Where did Trump meet Zelensky": he welcomed him to his club. (Not "hosted": who hosted the talks is asked of the host.)
  "meet met welcome welcomed",
  // "A fair solution", "a fair option", "a formula for the front".
  "solution solutions option options formula",
  // "What day did the talks finish": they ended, wrapped up, concluded, closed.
  "end ended finish finished conclude concluded close closed wrap wrapped",
  "start started begin began begun beginning",
  // "How many POWs were freed": the stories say prisoners (of war), captives.
  "prisoner prisoners pow pows captive captives",
  // "Blocks of flats" are apartment buildings; "residential buildings" too.
  "building buildings block blocks",
  "probe investigation inquiry case",
  "stop halt pause suspend suspension moratorium refrain",
  // "Hnatov joined him in Berlin": he went.
  "travel go went fly flew visit trip journey accompany accompanied join joined",
  "power energy electricity grid",
  // "Stopped in Halifax on his way": flew "via Halifax", with a "stopover" or "layover" there.
  "stopover layover via",
  // "Does Ukraine have to repay the loan": it will "pay it back"; "casualties" are the killed and the hurt.
  "repay repayment pay",
  "casualties casualty killed dead victims",
  "casualties casualty injured wounded hurt",
  // "A pause because of the freezing weather": "citing the extreme cold".
  "weather cold freezing frost frosts",
  // "The opposition lawmaker": an opposition MP, a legislator.
  "lawmaker lawmakers mp mps legislator legislators parliamentarian parliamentarians",
  // "The atomic power station": the nuclear power plant.
  "atomic nuclear",
  "station plant",
  // Ukraine's parliament is the (Verkhovna) Rada.
  "rada parliament legislature",
  // "Who got the defence portfolio": the minister's post.
  "job post position portfolio",
  // "On the government payroll": drawing a salary, paid.
  "payroll salary salaried wage wages",
  // "Kushner's investment company": his firm, fund.
  "company companies firm firms",
  // "What did he study": where he graduated, his degree.
  "study studied graduate graduated degree",
  // "The chunk of Donetsk Kyiv still holds": the part of it. "A demilitarised trade area": a free economic zone.
  "chunk part portion piece",
  "zone area",
  "trade economic",
  "contacts links channel dialogue communication communications hotline line",
  // "Get their hotline back": the channel restored, re-established, reopened, revived.
  "restore restored restoring reestablish reestablished re-establish re-established reopen reopened revive revived resume resumed",
  // "Abandon its ambition of alliance membership": drop its bid to join.
  "ambition ambitions bid aspiration aspirations goal hope hopes dream dreams",
  "membership join joining accession",
  // "Why did Belgium block the loan": it refused, objected, resisted, vetoed.
  // "Is Kyiv ok with abandoning NATO": it is prepared, willing, ready to set its bid aside, drop or renounce it.
  "ok okay willing prepared ready",
  "abandon abandoned abandoning drop dropped renounce renounced forgo relinquish shelve shelved aside ditch ditched scrap scrapped sacrifice",
  // "Did Ushakov brief the press": Russian media, reporters, journalists.
  "press media reporters journalists",
  // "X's birthplace": where he was born.
  "born birthplace",
  // "Any proof of the attack": evidence.
  "proof evidence",
  // "Who wrote the plan": who drafted it, who authored it.
  "write wrote written writing drafted drafting authored",
  // "His New Year's speech": his address, his remarks.
  "speech address remarks",
  // "Why did Kharkiv drain the radiators": the heating system.
  "radiator radiators heating",
  "trilateral tripartite",
  "block blocked veto vetoed oppose opposed opposition resist resisted resistance object objected objection objections refuse refused",
];

/** Stem → the other stems of its groups, computed once: the ranking asks for every word of every candidate. */
const OTHERS: Map<string, string[]> = (() => {
  const out = new Map<string, Set<string>>();
  for (const line of GROUPS) {
    const stems = line.split(" ").map(stem);
    for (const s of stems) {
      const set = out.get(s) ?? new Set<string>();
      for (const o of stems) if (o !== s) set.add(o);
      out.set(s, set);
    }
  }
  return new Map([...out].map(([s, set]) => [s, [...set]]));
})();

/** Stem → the other words of its groups as written (for a search that stems them itself). */
const OTHER_WORDS: Map<string, string[]> = (() => {
  const out = new Map<string, Set<string>>();
  for (const line of GROUPS) {
    const words = line.split(" ");
    for (const w of words) {
      const s = stem(w);
      const set = out.get(s) ?? new Set<string>();
      for (const o of words) if (stem(o) !== s) set.add(o);
      out.set(s, set);
    }
  }
  return new Map([...out].map(([s, set]) => [s, [...set]]));
})();

/** The other words of the groups of stem `s`, as written ("army" → troops, forces, soldiers, military). */
export function synonymWordsOf(s: string): readonly string[] {
  return OTHER_WORDS.get(s) ?? NONE;
}

/** True when two stems are in one synonym group. */
export function synonymous(a: string, b: string): boolean {
  return OTHERS.get(a)?.includes(b) ?? false;
}

/** The other stems of `s`'s group (empty when it has none). */
export function synonymsOf(s: string): readonly string[] {
  return OTHERS.get(s) ?? NONE;
}

const NONE: readonly string[] = [];
