import { describe, expect, it } from "vitest";
import { parseDocs, toDocs } from "../support/yaml-docs.js";

describe("parseDocs", () => {
  it("keeps a hex checksum that reads as an overflowing float as its text", () => {
    const [doc] = parseDocs("a: 301149258e033637\nb: 1e3\nc: .inf\n");
    expect(doc).toEqual({ a: "301149258e033637", b: 1000, c: ".inf" });
    expect(toDocs([doc!])).toContain('a: "301149258e033637"');
  });
});
