import { describe, expect, it } from "vitest";
import { keyTerms } from "./text";

describe("the key terms of a question", () => {
  it("leave out a calculation, its operator words included", () => {
    expect(keyTerms("what's 17 times 23")).toEqual([]);
    expect(keyTerms("2 plus 3 times 4?")).toEqual([]);
    expect(keyTerms("how much is 1.5 x 4")).toEqual([]);
  });

  it("keep the words around numbers that are not a calculation", () => {
    expect(keyTerms("my brew one is showing E2")).toEqual(["brew", "showing", "e2"]);
    expect(keyTerms("delivery in 3-5 days?")).toEqual(["delivery", "days"]);
    expect(keyTerms("I use it 5 times a day")).toEqual(["use", "times", "day"]);
  });
});
