/**
 * The standfirst Readability leaves out (src/core/standfirst.ts), on pages written for this
 * repository (tests/fixtures/standfirst/): a lead paragraph in the article's header, above the
 * story's box, comes back at the top of the article. Near misses: a cookie notice's intro and the
 * teasers of a list above the article, a one-line subtitle, and a teaser's intro after the article
 * stay out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/standfirst", name), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => extract(load(name), null, { ruleOff });

describe("a lead paragraph above the story's box", () => {
  it("opens the article, before its first paragraph", () => {
    const text = squash(read("lead-above-story.html").text);
    const lead = text.indexOf("Ab dem kommenden Monat können Leserinnen und Leser");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf("Die Bibliothek wird sonntags von elf bis siebzehn Uhr"));
    expect(text).toContain("Die erste Sonntagsöffnung beginnt mit einer Lesung");
  });

  it("is the rule that does it: without it the lead is lost", () => {
    const text = squash(read("lead-above-story.html", (r) => r === "pick:standfirst").text);
    expect(text).not.toContain("Ab dem kommenden Monat können Leserinnen und Leser");
    expect(text).toContain("Die Bibliothek wird sonntags von elf bis siebzehn Uhr");
  });

  it("comes once, and a teaser in the sidebar named like a lead does not come", () => {
    const text = squash(read("lead-above-story.html").text);
    expect(text.split("Ab dem kommenden Monat").length).toBe(2);
    expect(text).not.toContain("Das Hallenbad bleibt wegen Bauarbeiten");
  });
});

describe("near misses", () => {
  const text = () => squash(read("lead-near-misses.html").text);
  it("a cookie notice's intro before the article stays out", () => {
    expect(text()).not.toContain("Wir verwenden Cookies");
  });
  it("teasers of a list, named like a lead, above the article stay out: a page has one lead", () => {
    expect(text()).not.toContain("Das Freibad öffnet in diesem Jahr schon Anfang Mai");
    expect(text()).not.toContain("Der Wochenmarkt zieht im Sommer");
  });
  it("a one-line subtitle (a second headline) stays out", () => {
    expect(text()).not.toContain("Vier Kilometer vom Bahnhof bis zum Stausee");
  });
  it("a teaser's intro after the article stays out", () => {
    expect(text()).not.toContain("Nach der Eröffnung des Radwegs plant die Stadt");
  });
  it("the article itself is read as it was", () => {
    expect(text()).toContain("Der neue Radweg entlang des Flusses ist am Samstag eröffnet worden");
    expect(text()).toContain("Die Stadt hat für den Bau knapp zwei Millionen Euro ausgegeben");
  });
});

/*
 * Leads the first version missed (issue 16, fifth pass), on pages written for them: a lead named
 * in camelCase (`atc-IntroText`), with a drop cap opening the story; a lead heading whose classes
 * also carry a design system's utility classes (one says "caption"); a bare <h2> under the headline.
 */
describe("a lead named in camelCase, and a drop cap opening the story", () => {
  it("opens the article", () => {
    const text = squash(read("lead-camel-case.html").text);
    const lead = text.indexOf("Nach einem Winter mit Lücken im Fahrplan");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf("Die Fähre wird ab dem ersten Mai"));
  });
  it("is the standfirst rule that does it", () => {
    expect(squash(read("lead-camel-case.html", (r) => r === "pick:standfirst").text)).not.toContain("Nach einem Winter mit Lücken");
  });
});

describe("a lead heading with utility classes (caption-s5-fx, mb-5)", () => {
  it("opens the article: a class with a digit names a style, not a caption", () => {
    const text = squash(read("lead-utility-classes.html").text);
    const lead = text.indexOf("Swimmers get three more weeks in the water");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf("The council voted on Tuesday"));
  });
  it("is the standfirst rule that does it", () => {
    expect(squash(read("lead-utility-classes.html", (r) => r === "pick:standfirst").text)).not.toContain("Swimmers get three more weeks");
  });
});

describe("an unnamed heading right after the headline", () => {
  it("opens the article, though the page holds more <h1>s (its related list's)", () => {
    const text = squash(read("lead-unnamed-heading.html").text);
    const lead = text.indexOf("El ayuntamiento amplía el horario durante un año de prueba");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf("El ayuntamiento abrirá la biblioteca municipal"));
  });
  it("is the standfirst rule that does it", () => {
    expect(squash(read("lead-unnamed-heading.html", (r) => r === "pick:standfirst").text)).not.toContain("amplía el horario durante");
  });
  it("near misses: the heading under the site's name, and a one-line subtitle, stay out", () => {
    const text = squash(read("lead-unnamed-near-misses.html").text);
    expect(text).not.toContain("El periódico de la comarca desde 1921");
    expect(text).not.toContain("Un año de prueba con horario de mañana");
    expect(text).toContain("El ayuntamiento abrirá la biblioteca municipal los domingos");
  });
});

describe("a lead box that also holds the date line and the writer's name", () => {
  it("gives its paragraph as the lead, without the date line", () => {
    const text = squash(read("lead-box-with-date.html").text);
    const lead = text.indexOf("Ab dem kommenden Monat können Leserinnen und Leser");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf("Die Bibliothek wird sonntags von elf bis siebzehn Uhr"));
    expect(text).not.toContain("4.02.2022");
  });
  it("is the standfirst rule that does it", () => {
    expect(squash(read("lead-box-with-date.html", (r) => r === "pick:standfirst").text)).not.toContain("Ab dem kommenden Monat");
  });
});
