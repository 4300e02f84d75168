/** Date formats, periods and the calendar functions (UTC). */
import { describe, expect, it } from "vitest";
import type { JqlContext } from "./context";
import { parseAbsoluteDate, parseDateValue, parsePeriod } from "./dates";
import { evaluateDateFunction, type FunctionOperand } from "./functions";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 0, 31, 15, 45); // Friday 31 January 2025, 15:45 UTC

const ctx = (weekStartsOn: 0 | 1 = 0) => ({ now: NOW, weekStartsOn }) as JqlContext;
const fn = (name: string, ...args: string[]): FunctionOperand => ({ kind: "function", name, args, pos: { line: 1, character: 1, offset: 0 } });
const at = (name: string, args: string[] = [], weekStartsOn: 0 | 1 = 0) => {
  const result = evaluateDateFunction(fn(name, ...args), ctx(weekStartsOn), "the field 'created'");
  if ("error" in result) return result.error;
  return new Date(result.ok.from).toISOString();
};

describe("JQL dates", () => {
  it("reads periods: weeks, days, hours, minutes, signed, several parts", () => {
    expect(parsePeriod("-1d")).toBe(-DAY);
    expect(parsePeriod("-2w 3d")).toBe(-(17 * DAY));
    expect(parsePeriod("4w 2d")).toBe(30 * DAY);
    expect(parsePeriod("4h")).toBe(4 * HOUR);
    expect(parsePeriod("-30m")).toBe(-30 * MIN);
    expect(parsePeriod("+1w2d")).toBe(9 * DAY);
    expect(parsePeriod("1M")).toBeUndefined();
    expect(parsePeriod("d")).toBeUndefined();
  });

  it("reads Jira's four formats and refuses days that do not exist", () => {
    expect(parseAbsoluteDate("2024-01-31")).toEqual({ from: Date.UTC(2024, 0, 31), to: Date.UTC(2024, 1, 1) });
    expect(parseAbsoluteDate("2024/01/31")).toEqual({ from: Date.UTC(2024, 0, 31), to: Date.UTC(2024, 1, 1) });
    expect(parseAbsoluteDate("2024-01-31 10:30")).toEqual({ from: Date.UTC(2024, 0, 31, 10, 30), to: Date.UTC(2024, 0, 31, 10, 31) });
    expect(parseAbsoluteDate("2024/1/5 9:05")).toEqual({ from: Date.UTC(2024, 0, 5, 9, 5), to: Date.UTC(2024, 0, 5, 9, 6) });
    expect(parseAbsoluteDate("2024-02-29")).toBeDefined();
    for (const bad of ["2024-13-45", "2023-02-29", "2024-04-31", "2024-01-01 24:00", "2024-01-01 10:60", "2024/01-01", "20/12/10", "today"]) {
      expect(parseAbsoluteDate(bad)).toBeUndefined();
    }
    expect(parseDateValue("-1d", NOW)).toEqual({ from: NOW - DAY, to: NOW - DAY + 1 });
    expect(parseDateValue("1700000000000", NOW)).toEqual({ from: 1700000000000, to: 1700000000001 });
  });

  it("computes now(), start and end of day, week, month and year", () => {
    expect(at("now")).toBe("2025-01-31T15:45:00.000Z");
    expect(at("startOfDay")).toBe("2025-01-31T00:00:00.000Z");
    expect(at("endOfDay")).toBe("2025-01-31T23:59:59.999Z");
    expect(at("startOfWeek")).toBe("2025-01-26T00:00:00.000Z"); // Sunday, Jira's default
    expect(at("startOfWeek", [], 1)).toBe("2025-01-27T00:00:00.000Z"); // Monday
    expect(at("endOfWeek")).toBe("2025-02-01T23:59:59.999Z");
    expect(at("startOfMonth")).toBe("2025-01-01T00:00:00.000Z");
    expect(at("endOfMonth")).toBe("2025-01-31T23:59:59.999Z");
    expect(at("startOfYear")).toBe("2025-01-01T00:00:00.000Z");
    expect(at("endOfYear")).toBe("2025-12-31T23:59:59.999Z");
    expect(at("STARTOFDAY")).toBe("2025-01-31T00:00:00.000Z");
  });

  it("applies offsets, defaulting to the function's own period", () => {
    expect(at("startOfDay", ["-1d"])).toBe("2025-01-30T00:00:00.000Z");
    expect(at("startOfDay", ["-1"])).toBe("2025-01-30T00:00:00.000Z");
    expect(at("startOfWeek", ["+1d"])).toBe("2025-01-27T00:00:00.000Z");
    expect(at("startOfMonth", ["-1"])).toBe("2024-12-01T00:00:00.000Z");
    expect(at("startOfMonth", ["+14d"])).toBe("2025-01-15T00:00:00.000Z");
    expect(at("endOfMonth", ["+1M"])).toBe("2025-02-28T23:59:59.999Z");
    expect(at("endOfMonth", ["-2M"])).toBe("2024-11-30T23:59:59.999Z");
    expect(at("endOfMonth", ["+1d"])).toBe("2025-02-01T23:59:59.999Z");
    expect(at("endOfDay", ["+1M"])).toBe("2025-02-28T23:59:59.999Z");
    expect(at("startOfYear", ["-1y"])).toBe("2024-01-01T00:00:00.000Z");
    expect(at("endOfYear", ["+2h"])).toBe("2026-01-01T01:59:59.999Z");
  });

  it("refuses bad offsets, argument counts and non-date functions", () => {
    expect(at("startOfDay", ["invalid"])).toBe("Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.");
    expect(at("now", ["1"])).toBe("Function 'now' expected '0' arguments but received '1'.");
    expect(at("endOfWeek", ["1", "2"])).toBe("Function 'endOfWeek' expected between '0' and '1' arguments but received '2'.");
    expect(at("currentUser")).toBe("A date for the field 'created' provided by the function 'currentUser' is not valid.");
    expect(at("yesterday")).toBe("Unable to find JQL function 'yesterday()'.");
  });
});
