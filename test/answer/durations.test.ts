/**
 * "How many hours did the Portville round last": a length in hours, of that meeting — not "in a week's time", and
 * not another meeting's length in a story that names Portville elsewhere. Our own words.
 */
import { expect, it } from "vitest";
import { useSmallCorpus } from "../helpers/smallEngine.js";
import { writeArticle } from "../helpers/tempCorpus.js";

const engine = useSmallCorpus((corpus) => {
  writeArticle(
    corpus,
    "round",
    ["The second round of utility talks in Portville lasted two days.", "", "The next round is planned in about a week's time."].join("\n"),
    { title: "Portville round ends", published: "2026-03-05T10:00:00+01:00", source: "Test Wire" },
  );
  writeArticle(
    corpus,
    "governor",
    [
      "The governor flew in on a government plane and was greeted by a crowd.",
      "",
      "The mayor met the governor late on Thursday, and the meeting went on for almost four hours.",
      "",
      "The crowd had gone home by then.",
      "",
      "The governor said drones had struck the utilities' depot overnight, before the meeting.",
      "",
      "March 7: the mayor and the governor meet in Lindvik; that night the utilities' lawyers talk to the council for almost three hours.",
      "",
      "The utilities had met in Portville the week before.",
    ].join("\n"),
    { title: "Mayor and governor meet", published: "2026-03-06T10:00:00+01:00", source: "Other Wire" },
  );
});

it("GIVEN 'how many hours' about a meeting no length in hours is given for THEN not found", async () => {
  const a = await engine().answer("how many hours did the second round in portville last");
  expect(a.found, a.quotes.map((q) => q.text).join(" | ")).toBe(false);
});

it("GIVEN 'how long' THEN that meeting's length", async () => {
  const a = await engine().answer("how long did the second round in portville last");
  expect(a.found).toBe(true);
  expect(a.quotes[0]!.text).toMatch(/lasted two days/);
});

it("GIVEN 'overnight' as the time of an attack THEN it is no length", async () => {
  const a = await engine().answer("how long did the governor's meeting with the utilities last");
  expect(a.quotes.map((q) => q.text).join(" | ")).not.toMatch(/overnight/);
});

it("GIVEN a factbox line of two clauses WHEN the length is the other clause's THEN it does not answer", async () => {
  const a = await engine().answer("how long did the mayor and the governor meet in lindvik");
  expect(a.quotes.map((q) => q.text).join(" | ")).not.toMatch(/for almost three hours/);
});
