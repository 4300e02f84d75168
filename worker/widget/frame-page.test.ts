import { describe, expect, it } from "vitest";
import { frameCsp } from "./frame-page";

describe("the chat frame's policy", () => {
  it("frame-ancestors leaves out stored origins whose host is not a domain name or an IP (saved before they were refused)", () => {
    const csp = frameCsp(["https://www.acme.example", "https://*", "http://a.example;report-uri https://evil.example", "http://127.0.0.1:8787"]);
    expect(csp).toContain("frame-ancestors 'self' https://www.acme.example http://127.0.0.1:8787");
    expect(csp).not.toContain("*");
    expect(csp).not.toContain("report-uri");
    expect(csp).not.toContain("evil");
  });
});
