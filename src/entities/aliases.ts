/**
 * Names that mean the same place, country or institution in the news about the talks. A question that says
 * "Kyiv", "the Kremlin", "Washington" or "Britain" is about Ukraine, Russia, the US or the UK, and an article may
 * use either. Maintainers extend this table when the news brings new places: one line a group, lower-case words,
 * multi-word names with spaces. `within` names groups a place lies in (a question about Florida is answered by an
 * article that says Miami, not the other way round).
 *
 * Spelling variants of one name (Kyiv/Kiev aside) need no entry: `names.ts` matches them.
 */
export interface AliasGroup {
  id: string;
  names: string[];
  within?: string[];
}

export const ALIAS_GROUPS: AliasGroup[] = [
  { id: "us", names: ["us", "usa", "u.s.", "united states", "america", "american", "americans", "washington", "dc", "d.c.", "white house", "trump administration", "yanks", "pentagon"] },
  { id: "russia", names: ["russia", "russian", "russians", "russian federation", "moscow", "kremlin"] },
  { id: "ukraine", names: ["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"] },
  { id: "uk", names: ["uk", "u.k.", "britain", "great britain", "british", "united kingdom", "london", "downing street", "brits", "no 10", "no. 10", "number 10"] },
  // "The bloc", "the 27-nation bloc": the news's word for the EU (no other bloc is in these stories). Its leaders
  // are "the Twenty-Seven". (Not its Council or Commission: "the head of the European Council" is a role of its own.)
  { id: "eu", names: ["eu", "e.u.", "european union", "brussels", "bloc", "twenty-seven", "eu27", "eu-27"] },
  { id: "europe", names: ["europe", "european", "europeans"] },
  { id: "germany", names: ["germany", "german", "germans", "berlin", "chancellery", "kanzleramt"] },
  { id: "france", names: ["france", "french", "paris", "elysee", "élysée"] },
  { id: "switzerland", names: ["switzerland", "swiss", "geneva", "bern", "berne"] },
  // "The Gulf", "the Gulf states": the Emirates, Qatar and the Saudis lie within it.
  { id: "gulf", names: ["gulf", "gulf states", "persian gulf", "arabian gulf"] },
  { id: "uae", names: ["uae", "united arab emirates", "emirates", "emirati", "abu dhabi"], within: ["gulf"] },
  { id: "kyrgyzstan", names: ["kyrgyzstan", "kyrgyz", "bishkek"] },
  { id: "poland", names: ["poland", "polish", "poles", "warsaw"] },
  { id: "turkey", names: ["turkey", "türkiye", "turkiye", "turkish", "ankara", "istanbul"] },
  { id: "china", names: ["china", "chinese", "beijing"] },
  { id: "vatican", names: ["vatican", "holy see"] },
  { id: "crimea", names: ["crimea", "crimean"] },
  { id: "kharkiv", names: ["kharkiv", "kharkov"], within: ["ukraine"] },
  { id: "odesa", names: ["odesa", "odessa"], within: ["ukraine"] },
  { id: "kursk", names: ["kursk"], within: ["russia"] },
  { id: "florida", names: ["florida"] },
  { id: "miami", names: ["miami", "hallandale", "hallandale beach", "shell bay"], within: ["florida"] },
  // Trump's "Winter White House" is Mar-a-Lago, not the White House.
  { id: "palm-beach", names: ["palm beach", "mar-a-lago", "mar a lago", "winter white house"], within: ["florida"] },
  { id: "donbas", names: ["donbas", "donbass", "donetsk", "luhansk", "lugansk"], within: ["ukraine"] },
  // (And the nuclear plant by its initials, ZNPP or ZAES, as readers write it: the talks' Zaporizhzhia is mostly the
  // plant, and a story may call it "the Zaporizhzhia plant" or "the plant at Enerhodar".)
  { id: "zaporizhzhia", names: ["zaporizhzhia", "zaporizhia", "zaporozhye", "znpp", "zaes", "enerhodar", "energodar"], within: ["ukraine"] },
  { id: "novgorod", names: ["novgorod", "valdai"], within: ["russia"] },
  { id: "nato", names: ["nato", "north atlantic treaty organization", "north atlantic alliance", "atlantic alliance", "western military alliance", "western alliance", "transatlantic alliance", "alliance"] },
  // Kyiv's presidential office is "Bankova" after its street, as the Kremlin is Russia's.
  { id: "office-of-the-president", names: ["office of the president", "presidential office", "bankova", "presidential administration"], within: ["ukraine"] },
  // Institutions lie within their country: "the NSDC's secretary" is Ukraine's.
  { id: "nabu", names: ["nabu", "national anti-corruption bureau"], within: ["ukraine"] },
  { id: "sapo", names: ["sapo", "specialized anti-corruption prosecutor's office", "anti-corruption prosecutor"], within: ["ukraine"] },
  { id: "rdif", names: ["rdif", "russian direct investment fund"], within: ["russia"] },
  { id: "eucom", names: ["eucom", "european command", "us european command"], within: ["us"] },
  { id: "nsdc", names: ["nsdc", "national security and defense council", "national security and defence council", "rnbo"], within: ["ukraine"] },
  // Not "main intelligence directorate": that is also Russia's GRU.
  { id: "hur", names: ["hur", "gur", "defence intelligence of ukraine", "defense intelligence of ukraine", "main intelligence directorate of ukraine"], within: ["ukraine"] },
  { id: "sbu", names: ["sbu", "security service of ukraine"], within: ["ukraine"] },
  { id: "iaea", names: ["iaea", "international atomic energy agency"] },
  { id: "wef", names: ["wef", "world economic forum", "davos"] },
  { id: "sweden", names: ["sweden", "swedish", "stockholm"] },
  { id: "norway", names: ["norway", "norwegian", "oslo"] },
  { id: "denmark", names: ["denmark", "danish", "copenhagen"] },
  { id: "estonia", names: ["estonia", "estonian", "tallinn"] },
  { id: "latvia", names: ["latvia", "latvian", "riga"] },
  { id: "lithuania", names: ["lithuania", "lithuanian", "vilnius"] },
  { id: "romania", names: ["romania", "romanian", "bucharest"] },
  { id: "moldova", names: ["moldova", "moldovan", "chisinau", "chișinău"] },
  { id: "ireland", names: ["ireland", "irish", "dublin"] },
  { id: "australia", names: ["australia", "australian", "canberra"] },
  { id: "south-korea", names: ["south korea", "south korean", "seoul"] },
  { id: "georgia", names: ["georgia", "georgian", "tbilisi"] },
  { id: "armenia", names: ["armenia", "armenian", "yerevan"] },
  { id: "azerbaijan", names: ["azerbaijan", "azerbaijani", "baku"] },
  { id: "greece", names: ["greece", "greek", "athens"] },
  { id: "portugal", names: ["portugal", "portuguese", "lisbon"] },
  { id: "bulgaria", names: ["bulgaria", "bulgarian"] },
  { id: "cyprus", names: ["cyprus", "cypriot", "nicosia"] },
  { id: "israel", names: ["israel", "israeli", "jerusalem"] },
  { id: "pakistan", names: ["pakistan", "pakistani", "islamabad"] },
  { id: "kazakhstan", names: ["kazakhstan", "kazakh", "astana"] },
  { id: "canada", names: ["canada", "canadian", "ottawa"] },
  { id: "belgium", names: ["belgium", "belgian", "belgians"] },
  { id: "slovakia", names: ["slovakia", "slovak", "slovaks", "bratislava"] },
  { id: "hungary", names: ["hungary", "hungarian", "hungarians", "budapest"] },
  { id: "czechia", names: ["czechia", "czech republic", "czech", "czechs", "prague"] },
  { id: "austria", names: ["austria", "austrian", "vienna"] },
  { id: "italy", names: ["italy", "italian", "italians", "rome"] },
  { id: "spain", names: ["spain", "spanish", "madrid"] },
  { id: "netherlands", names: ["netherlands", "dutch", "the hague", "amsterdam"] },
  { id: "finland", names: ["finland", "finnish", "finns", "helsinki"] },
  { id: "belarus", names: ["belarus", "belarusian", "minsk"] },
  { id: "japan", names: ["japan", "japanese", "tokyo"] },
  { id: "india", names: ["india", "indian", "new delhi", "delhi"] },
  { id: "qatar", names: ["qatar", "qatari", "doha"], within: ["gulf"] },
  { id: "saudi", names: ["saudi arabia", "saudi", "saudis", "riyadh", "jeddah"], within: ["gulf"] },
  { id: "gru", names: ["gru", "main directorate of the general staff"], within: ["russia"] },
];

