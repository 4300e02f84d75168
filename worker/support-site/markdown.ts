/**
 * An article's Markdown as a document for the help center: headings, numbered steps, lists, links, bold.
 * markdown-it renders it with HTML off (HTML in an article is escaped), then js-xss (the `xss` package,
 * plain JavaScript that runs in workerd) keeps only the elements and attributes a document needs, with
 * http(s), mailto and relative links only: a second, independent allowlist, so no article can put markup
 * or script on the page.
 */
import MarkdownIt from "markdown-it";
import xss from "xss";

// xss is CommonJS: in workerd its named exports are only reachable as properties of the default export.
const { FilterXSS, safeAttrValue } = xss as unknown as typeof import("xss");

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

// The page's h1 is the article's title: an article's own top-level headings become sections (h2).
md.core.ruler.push("sections_below_title", (state) => {
  for (const token of state.tokens) if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
});

// Links to other sites open without handing them this page.
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  if (/^https?:/i.test(String(token.attrGet("href") ?? ""))) token.attrSet("rel", "noopener noreferrer");
  return self.renderToken(tokens, idx, options);
};

const text: string[] = [];
const document = new FilterXSS({
  whiteList: {
    h2: text, h3: text, h4: text, h5: text, h6: text, p: text, br: text, hr: text,
    ol: ["start"], ul: text, li: text, strong: text, em: text, del: text, code: text, pre: text, blockquote: text,
    table: text, thead: text, tbody: text, tr: text, th: text, td: text,
    a: ["href", "title", "rel"],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ["script", "style"],
  css: false,
  safeAttrValue(tag, name, value, cssFilter) {
    const safe = safeAttrValue(tag, name, value, cssFilter);
    // Only web and mail links (and links within the site); xss also lets tel:, ftp: and data:image through.
    if (name === "href" && !/^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(safe)) return "";
    return safe;
  },
});

export function articleHtml(markdown: string): string {
  return document.process(md.render(markdown));
}
