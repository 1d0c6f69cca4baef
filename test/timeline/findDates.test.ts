import { afterEach, describe, expect, it } from "vitest";
import { findDates } from "../../src/timeline/findDates.js";
import { referenceOf } from "../../src/timeline/reference.js";

const SUNDAY_EVENING = "2025-11-30T20:00:00-05:00";

/** "start" or "start..end" for each expression found, as written. */
function spans(sentence: string, published = SUNDAY_EVENING): Record<string, string> {
  const ref = referenceOf(published)!;
  return Object.fromEntries(findDates(sentence, ref).map((m) => [m.expression, m.start === m.end ? m.start : `${m.start}..${m.end}`]));
}

describe("findDates: the seed article's expressions (published Sunday 30 Nov 2025, 20:00 US Eastern)", () => {
  it.each([
    ["The negotiations on Sunday in Miami between the U.S. and Ukraine made additional progress.", "on Sunday", "2025-11-30"],
    ["Yermak was expected to lead the delegation, but he resigned on Friday after anti-corruption authorities raided his home.", "on Friday", "2025-11-28"],
    ["The Ukrainian contingent, now led by Umerov, arrived in Miami on Saturday ahead of the meeting.", "on Saturday", "2025-11-29"],
    ["Putin also doubled down on his territorial demands, saying Thursday that Russia will either take all the land it claims peacefully or through force.", "Thursday", "2025-11-27"],
    ["Witkoff and Kushner are expected to present that document to Putin on Tuesday.", "on Tuesday", "2025-12-02"],
    ["What to watch: During talks in Geneva last Sunday, the sides reached agreements in principle.", "last Sunday", "2025-11-23"],
    ['"That will continue later this week when Mr. Witkoff will travel to Moscow," Rubio noted.', "later this week", "2025-12-01..2025-12-06"],
    ["But Trump said last week that he would only meet Zelensky and Putin once the parties were close to an agreement.", "last week", "2025-11-23..2025-11-29"],
    ['"The dialogue based on the Geneva points will continue," Zelensky said on Saturday.', "on Saturday", "2025-11-29"],
    ["A senior U.S. official said the White House wants to close the gaps on those last two issues on Sunday.", "on Sunday", "2025-11-30"],
  ])("GIVEN %j THEN %s is %s", (sentence, expression, expected) => {
    expect(spans(sentence)).toEqual({ [expression]: expected });
  });
});

describe("findDates: the tense rule for a bare weekday", () => {
  it("GIVEN the same weekday said in the past and in the future THEN the Thursday before and the Thursday after", () => {
    expect(spans("Putin met Witkoff on Thursday.")).toEqual({ "on Thursday": "2025-11-27" });
    expect(spans("Putin will meet Witkoff on Thursday.")).toEqual({ "on Thursday": "2025-12-04" });
    expect(spans("Putin is scheduled to meet Witkoff on Thursday.")).toEqual({ "on Thursday": "2025-12-04" });
  });

  it("GIVEN a weekday that is the publication day THEN that day, whatever the tense", () => {
    expect(spans("Rubio met Umerov on Sunday.")).toEqual({ "on Sunday": "2025-11-30" });
    expect(spans("Rubio will meet Umerov on Sunday.")).toEqual({ "on Sunday": "2025-11-30" });
  });

  it("GIVEN reported speech after the date THEN the verb that governs the date decides, not the one in the quote", () => {
    expect(spans("The Kremlin said Friday that Putin will receive Witkoff.")).toEqual({ Friday: "2025-11-28" });
  });

  it("GIVEN a month without a year THEN the tense picks the year", () => {
    expect(spans("Zelensky met Trump in February.")).toEqual({ February: "2025-02-01..2025-02-28" });
    expect(spans("The sides will meet again in February.")).toEqual({ February: "2026-02-01..2026-02-28" });
  });
});

describe("findDates: vague periods are ranges, never a made-up day", () => {
  it.each([
    ["Talks stalled in late October.", "late October", "2025-10-21..2025-10-31"],
    ["Talks stalled in mid-October.", "mid-October", "2025-10-11..2025-10-20"],
    ["A deal could come in early December.", "early December", "2025-12-01..2025-12-10"],
    ["The plan was drafted earlier this month.", "earlier this month", "2025-11-01..2025-11-29"],
    ["The plan was drafted last month.", "last month", "2025-10-01..2025-10-31"],
    ["Officials met earlier this week.", "earlier this week", "2025-11-24..2025-11-29"],
    ["Witkoff will return next week.", "next week", "2025-12-07..2025-12-13"],
    ["Protests were held this weekend.", "this weekend", "2025-11-29..2025-11-30"],
    ["Russia annexed the region last year.", "last year", "2024-01-01..2024-12-31"],
  ])("GIVEN %j THEN %s is %s", (sentence, expression, expected) => {
    expect(spans(sentence)).toEqual({ [expression]: expected });
  });
});

describe("findDates: words that only look like dates", () => {
  it.each([
    "Protesters will march in Kyiv.",
    "The Sun reported the meeting.",
    "After five hours of talks Rubio and Umerov gave a short statement.",
    "The Ukrainian contingent, now led by Umerov, was in Miami.",
    "Putin may accept the terms.",
    "The original 28-point U.S. plan was revised.",
  ])("GIVEN %j THEN no date", (sentence) => {
    expect(spans(sentence)).toEqual({});
  });
});

describe("findDates: time zones", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it("GIVEN 2025-11-30T21:00-05:00 (already Monday in UTC) THEN the article's day is still Sunday 30 Nov", () => {
    expect(referenceOf("2025-11-30T21:00-05:00")!.day).toBe("2025-11-30");
    expect(spans("Rubio met Umerov on Sunday, and Witkoff will travel on Monday.", "2025-11-30T21:00-05:00")).toEqual({
      "on Sunday": "2025-11-30",
      "on Monday": "2025-12-01",
    });
  });

  it("GIVEN the same instant written 2025-12-01T00:30:00Z and 2025-11-30T19:30-05:00 THEN each reads from its own calendar day", () => {
    const sentence = "Talks were held on Monday, and the delegation said on Sunday that it would go on.";
    expect(spans(sentence, "2025-12-01T00:30:00Z")).toEqual({ "on Monday": "2025-12-01", "on Sunday": "2025-11-30" });
    expect(spans(sentence, "2025-11-30T19:30:00-05:00")).toEqual({ "on Monday": "2025-11-24", "on Sunday": "2025-11-30" });
  });

  it.each(["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"])(
    "GIVEN the bot runs in %s THEN the seed's dates are the same",
    (tz) => {
      process.env.TZ = tz;
      expect(spans("Putin said Thursday that Russia would fight, and envoys will go on Tuesday.")).toEqual({
        Thursday: "2025-11-27",
        "on Tuesday": "2025-12-02",
      });
      expect(spans("Talks in Geneva last Sunday; more later this week.")).toEqual({
        "last Sunday": "2025-11-23",
        "later this week": "2025-12-01..2025-12-06",
      });
    },
  );
});

describe("findDates: offsets", () => {
  it("GIVEN a match THEN at/to point at the expression in the sentence, modifier included", () => {
    const sentence = '"That will continue later this week when Mr. Witkoff will travel to Moscow," Rubio noted.';
    const [m] = findDates(sentence, referenceOf(SUNDAY_EVENING)!);
    expect(sentence.slice(m!.at, m!.to)).toBe("later this week");
  });
});

describe("findDates: a weekday of a named week", () => {
  it("GIVEN 'on Thursday last week' in a Saturday story THEN the Thursday of the week before, not the whole week", () => {
    expect(spans("On Thursday last week, Trump announced a pause.", "2026-02-07T12:00:00+02:00")).toEqual({ "On Thursday last week": "2026-01-29" });
  });

  it("GIVEN 'on Monday next week' and 'Tuesday this week' THEN that day of that week", () => {
    expect(spans("The envoys fly to Miami on Monday next week.", "2026-02-07T12:00:00+02:00")).toEqual({ "on Monday next week": "2026-02-09" });
    expect(spans("They met on Tuesday this week.", "2026-02-07T12:00:00+02:00")).toEqual({ "on Tuesday this week": "2026-02-03" });
  });
});
