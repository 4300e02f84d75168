import { describe, expect, it } from "vitest";
import { customerName, visitorName } from "./customers";

describe("a customer's one name", () => {
  it("is their name, else their email, else a stable visitor name", () => {
    expect(customerName({ id: "cus_1", name: "Dana Reyes", email: "dana@example.test" })).toBe("Dana Reyes");
    expect(customerName({ id: "cus_1", name: "  ", email: "dana@example.test" })).toBe("dana@example.test");
    const anonymous = customerName({ id: "cus_4b1c", name: null, email: null });
    expect(anonymous).toMatch(/^Visitor \d{4}$/);
    expect(customerName({ id: "cus_4b1c" })).toBe(anonymous);
  });

  it("tells anonymous visitors apart", () => {
    const names = new Set(Array.from({ length: 200 }, (_, i) => visitorName(`cus_${i.toString(16).padStart(24, "0")}`)));
    expect(names.size).toBeGreaterThan(190);
  });
});
