import { describe, expect, it } from "vitest";
import { isFurniture as isFurnitureLine, isHeading, restOfLine } from "../../src/text/furniture.js";

// Answers never quote either.
const isFurniture = (s: string, title: string, rest?: string) => isFurnitureLine(s, title, rest) || isHeading(s);

const TITLE = "Yermak resigns after anti-corruption search";

describe("isFurniture", () => {
  it.each([
    "Photo: Andriy Yermak in Kyiv, November 2025 / Getty Images",
    "Volodymyr Zelensky in Kyiv. (AP Photo/Efrem Lukatsky)",
    "By Olena Kovalenko",
    "2 min read",
    "Read also: Umerov to lead the talks",
    "SEE ALSO: Rubio, Umerov hail 'productive' Florida session",
    "Editor's note: this story is being updated.",
    "Support independent journalism — become a member!",
    "(Reporting by Anna Smith; Editing by John Doe)",
    "Yermak resigns after anti-corruption search",
    "21:15 ET — What happens next",
    "Advertisement",
    "[Kremlin confirms Russian military team will travel to the UAE](https://outlet.example/world/2026/01/23/kremlin-team)",
    "![Delegation vehicles arrive at the venue in the Emirati capital](https://outlet.example/img/delegations.jpg)",
  ])("GIVEN %j THEN it is page furniture", (line) => {
    expect(isFurniture(line, TITLE)).toBe(true);
  });

  it("GIVEN a byline whose name has accented letters THEN no part of the name counts as a lower-case word", () => {
    expect(isFurnitureLine("Katarzyna Wróblewska, Berlin | 15 December 2025, 21:10", TITLE)).toBe(true);
    expect(isFurnitureLine("Mykhaïlo Fedorov will become minister of defence.", TITLE)).toBe(false);
  });

  it.each([
    "Yermak resigned on Friday after anti-corruption detectives searched his home.",
    "By Sunday, the delegation had arrived in Florida.",
    "Umerov said the talks were productive.",
    "Photographs of the meeting were not released, officials said.",
    "The envoys met Umerov in Miami, [the White House said](https://outlet.example/statement), and talks will go on.",
  ])("GIVEN the story's sentence %j THEN it is not furniture", (line) => {
    expect(isFurniture(line, TITLE)).toBe(false);
  });
});

describe("isFurniture bylines", () => {
  it("GIVEN a byline with outlet and date THEN furniture; GIVEN a sentence starting with 'By' THEN not", () => {
    expect(isFurniture("By Jane Doe and John Roe, Kyiv · 28 Nov 2025", TITLE)).toBe(true);
    expect(isFurniture("By the time the delegation landed in Florida on Saturday, Umerov had been named its head.", TITLE)).toBe(false);
  });

  it("GIVEN 'Name, diplomatic correspondent' and the time on the next line THEN furniture; GIVEN a name and a role in a sentence THEN not", () => {
    expect(isFurniture("Thomas Whitcombe, diplomatic correspondent\nThu 19 Feb 2026 12.00 GMT", TITLE)).toBe(true);
    expect(isFurniture("Olena Kovalenko, Kyiv correspondent", TITLE)).toBe(true);
    expect(isFurniture("Harriet Colburn, US correspondent @HColburnNews\nMonday 29 December 2025 07:30, UK", TITLE)).toBe(true);
    expect(isFurniture("Rustem Umerov, the secretary of the security council, told a correspondent the talks went well.", TITLE)).toBe(false);
  });
});

describe("furniture in Markdown's marks", () => {
  it("GIVEN '*Related threads: …*' or '> Read more: …' THEN furniture; an emphasised sentence of reporting THEN not", () => {
    expect(isFurniture("*Related threads: Geneva round megathread · Abu Dhabi round 2 megathread*", "Title")).toBe(true);
    expect(isFurniture("> Read more: Heating points in Kyiv by district", "Title")).toBe(true);
    expect(isFurniture("*The third round of talks took place in Geneva on Tuesday and Wednesday.*", "Title")).toBe(false);
  });
});

describe("a page's strip of labels", () => {
  it("GIVEN a byline in bold with its time, or 'LIVE · Updated … · By …' THEN furniture; a sentence with a middle dot THEN not", () => {
    expect(isFurniture("**By Oksana Dovzhenko** · 21 November 2025, 22:40 · *Updated 23:15 with European leaders' call*", "Title")).toBe(true);
    expect(isFurniture("**LIVE** · Updated 1 December 2025, 01:20 Kyiv time · By Dmytro Kovalenko, with reporting from Yulia Marchenko in Florida", "Title")).toBe(true);
    expect(isFurniture("Witkoff said the talks were productive · officials agreed to meet again.", "Title")).toBe(false);
    expect(isFurniture("By Sunday, the delegation had left for Miami.", "Title")).toBe(false);
  });
});

describe("a caption split in two sentences", () => {
  it("GIVEN '*A bus stop on the avenue. Photo: Herald*' THEN the first sentence is furniture by what follows it on its line", () => {
    const body = "Lead sentence of the story.\n\n*A sandbagged bus stop on the avenue. Photo: Evening Herald*\n\nMore reporting.";
    const first = "*A sandbagged bus stop on the avenue.";
    const end = body.indexOf(first) + first.length;
    expect(isFurniture(first, "Title", restOfLine(body, end))).toBe(true);
    expect(isFurniture(first, "Title")).toBe(false);
    // An italic standfirst followed by more of itself is no caption.
    const standfirst = "*The envoys met for five hours. Both sides called it useful.*";
    expect(isFurniture("*The envoys met for five hours.", "Title", restOfLine(standfirst, "*The envoys met for five hours.".length))).toBe(false);
  });
});

describe("wire trailers and live bylines", () => {
  it("GIVEN '(Updates with … in paragraph 5)' or 'Live updates by A B and C D' THEN furniture; reporting that starts so THEN not", () => {
    expect(isFurniture("(Updates with Rubio remarks in paragraphs 5-6, Zelenskiy comment in paragraph 9)", "Title")).toBe(true);
    expect(isFurniture("(Adds Kremlin comment)", "Title")).toBe(true);
    expect(isFurniture("Live updates by Kateryna Moroz and Oleksandr Danyliuk", "Title")).toBe(true);
    expect(isFurniture("Updates by the hour were posted on the embassy's site.", "Title")).toBe(false);
    expect(isFurniture("(The talks were delayed by a day.)", "Title")).toBe(false);
  });
});

describe("a live page's sign-off", () => {
  it("GIVEN 'That's where we will leave our live coverage for today' THEN furniture; 'we will leave the decision to…' THEN not", () => {
    expect(isFurniture("That's where we will leave our live coverage of the third round for today.", "Title")).toBe(true);
    expect(isFurniture("Thanks for following our coverage of the talks.", "Title")).toBe(true);
    expect(isFurniture("We will leave the decision to the voters, the president said.", "Title")).toBe(false);
  });
});

describe("a page's own date and stamp", () => {
  it("GIVEN 'November 25, 2025 7:45 PM GMT Updated 2 hours ago' THEN furniture; a dated sentence of reporting THEN not", () => {
    expect(isFurniture("November 25, 2025 7:45 PM GMT Updated 2 hours ago", TITLE)).toBe(true);
    expect(isFurniture("3 Dec 2025 10:02 — updated 11:40", TITLE)).toBe(true);
    expect(isFurniture("November 25, 2025: the talks were updated with new terms by the envoys and the delegation.", TITLE)).toBe(false);
  });
});
