import { describe, expect, it } from "vitest";
import { aboutOwnEquipment, askedFor, contactDetailMissing, stepsOffTask, whFocus } from "./near-miss";
import type { Passage } from "./passages";
import { analyse } from "./query";
import { EMPTY_VOCABULARY, type Vocabulary } from "./vocabulary";

const shop: Vocabulary = { ...EMPTY_VOCABULARY, names: new Set(["brew", "pro", "acme"]), words: new Map([["brew", 40], ["pro", 30], ["acme", 60], ["machine", 50]]) };

describe("near misses read from the question's shape", () => {
  it("read what is asked for: what the shop sells or makes, what the customer would buy or pay with", () => {
    expect(askedFor(analyse("do you sell gift cards?"))).toEqual([["gift", "cards"]]);
    expect(askedFor(analyse("does the brew pro make iced coffee"))).toEqual([["iced", "coffee"]]);
    expect(askedFor(analyse("can I pay with klarna"))).toEqual([["klarna"]]);
    expect(askedFor(analyse("can i buy just one bag of beans"))).toEqual([["bag"]]);
    expect(askedFor(analyse("how do I make a latte"))).toEqual([["latte"]]);
    // "make the machine stay awake" is not a thing to make.
    expect(askedFor(analyse("can I make the machine stay awake longer"))).toEqual([]);
  });

  it("read the thing a wh-question asks about, past measure words and exclamations", () => {
    expect(whFocus(analyse("how much caffeine is in the dark roast"))).toBe("caffeine");
    expect(whFocus(analyse("what size container do I need"))).toBe("container");
    expect(whFocus(analyse("what kind of filter does it use"))).toBe("filter");
    expect(whFocus(analyse("what happens if I cancel"))).toBeNull();
    expect(whFocus(analyse("I was charged today. what the hell?"))).toBeNull();
  });

  it("tell the customer's own equipment from the product connected to it", () => {
    expect(aboutOwnEquipment(analyse("my router keeps dropping the connection, how do i fix it"), shop)).toBe(true);
    expect(aboutOwnEquipment(analyse("my laptop won't connect to the wifi"), shop)).toBe(true);
    expect(aboutOwnEquipment(analyse("my machine won't connect to my wifi"), shop)).toBe(false);
    expect(aboutOwnEquipment(analyse("I got a new router, do I have to pair again?"), shop)).toBe(false);
    expect(aboutOwnEquipment(analyse("my brew pro won't connect to my router"), shop)).toBe(false);
  });

  it("read a model name written in lower case after a word of the knowledge base's names", () => {
    expect(analyse("does the brew max have a grinder", shop).names).toContain("brew max");
    expect(analyse("when does the brew pro 2 come out", shop).names).toContain("brew pro 2");
    expect(analyse("I bought the brew pro 2 years ago", shop).names).toEqual([]);
  });

  it("answer a request for the shop's phone number, email or address only with one", () => {
    const unit = (text: string) => ({ text, section: "", title: "" }) as Passage;
    expect(contactDetailMissing(analyse("what's your phone number?"), [unit("Lost your phone? Log in with a backup code.")])).toBe(true);
    expect(contactDetailMissing(analyse("what's your phone number?"), [unit("Call us on +1 555 010 2030, weekdays 9 to 5.")])).toBe(false);
    expect(contactDetailMissing(analyse("where is your head office"), [unit("The warranty does not cover commercial use.")])).toBe(true);
    expect(contactDetailMissing(analyse("how do I change my address"), [unit("Choose Change address.")])).toBe(false);
  });

  it("answer 'how do I…' with a list of steps only when the list is about what is asked", () => {
    const descale = [
      { kind: "sentence", text: "How to descale a Brew Pro:", section: "Descale step by step", title: "How do I descale my machine?" },
      { kind: "step", text: "Place a container under the steam wand.", section: "Descale step by step", title: "How do I descale my machine?" },
    ] as Passage[];
    const frother = analyse("how do I clean the steam wand on the brew pro");
    // clean, steam, wand, brew, pro: brew and pro are in every article (df 20 of 20), the rest in one or two.
    expect(stepsOffTask(frother, descale, [2, 1, 1, 20, 20], 20, shop)).toBe(true);
    expect(stepsOffTask(analyse("how do I descale the brew pro"), descale, [1, 20, 20], 20, shop)).toBe(false);
  });
});
