import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { bodyToHtml } from "../../scripts/document/markdown.js";
import { formatDate } from "../../scripts/document/dates.js";
import { fixPdfDates } from "../../scripts/document/pdf.js";

describe("the body's Markdown", () => {
  it("sits under the document's h2: headings start at h3 and never skip a level", () => {
    expect(bodyToHtml(fromMarkdown("# a\n\n#### b\n\n## c\n\n###### d\n"))).toBe("<h3>a</h3>\n<h4>b</h4>\n<h4>c</h4>\n<h5>d</h5>");
  });

  it("keeps text, lists and web links; drops raw HTML tags (their text stays text), images and other link schemes", () => {
    const html = bodyToHtml(fromMarkdown("Text *em* [web](https://vm.fi) [mail](mailto:a@b.fi) [js](javascript:x) ![i](https://x/i.png)\n\n<b onclick=x>raw</b>\n\n- one\n- two\n"));
    expect(html).toContain('<a href="https://vm.fi">web</a>');
    expect(html).toContain('<a href="mailto:a@b.fi">mail</a>');
    expect(html).toContain("<a>js</a>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<p>raw</p>");
    expect(html).not.toMatch(/<img|<b|onclick|javascript/);
  });
});

describe("dates and PDF stamps", () => {
  it("writes dates the local way", () => {
    expect([formatDate("2020-04-30", "fi"), formatDate("2020-04-30", "sv"), formatDate("2020-04-30", "en"), formatDate("not a date", "fi")]).toEqual(["30.4.2020", "30.4.2020", "30 April 2020", "not a date"]);
  });

  it("rewrites Chromium's print time in place, keeping the length", () => {
    const pdf = Buffer.from("<< /CreationDate (D:20261204174810+00'00')\n/ModDate (D:20261204174810+00'00') >>", "latin1");
    const fixed = Buffer.from(fixPdfDates(pdf, "2020-04-29")).toString("latin1");
    expect(fixed).toBe("<< /CreationDate (D:20200429000000+00'00')\n/ModDate (D:20200429000000+00'00') >>");
    expect(fixed.length).toBe(pdf.length);
    // Another form would shift every offset after it: left alone.
    expect(Buffer.from(fixPdfDates(Buffer.from("/CreationDate (D:2026)"), "2020-04-29")).toString()).toBe("/CreationDate (D:2026)");
  });
});
