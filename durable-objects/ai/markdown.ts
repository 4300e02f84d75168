/**
 * Knowledge-base Markdown as the AI reads it: sections (from headings), and in each section blocks of
 * units — a paragraph's sentences, a numbered list's steps, a bullet list's items — as plain text. The
 * parsing is markdown-it's (CommonMark), so what the indexer sees is what the support site renders.
 */
import MarkdownIt from "markdown-it";

export type UnitKind = "sentence" | "step" | "item";

export interface Block {
  kind: "paragraph" | "steps" | "items";
  /** Plain text units: sentences of a paragraph, or whole list items. */
  units: string[];
}

export interface Section {
  /** The heading above the section, plain text ("" before the first heading). */
  heading: string;
  blocks: Block[];
}

/** html: false escapes any HTML in an article; links stay text here (the indexer only needs words). */
export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

type Token = ReturnType<typeof markdown.parse>[number];

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** A paragraph's sentences. Intl.Segmenter keeps "1.5 liters" and "2.4 GHz" whole. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    // A segment that does not end a sentence (an abbreviation the segmenter split at) joins the previous.
    if (out.length > 0 && /^[a-z(]/.test(s)) out[out.length - 1] = `${out[out.length - 1]} ${s}`;
    else out.push(s);
  }
  return out;
}

/** The plain text of an inline token: words only, no emphasis markers, link targets or HTML. */
function inlineText(token: Token): string {
  const parts: string[] = [];
  for (const child of token.children ?? []) {
    if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
    else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    else if (child.type === "image") parts.push(child.content);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Sections, blocks and units of an article's Markdown body. */
export function sectionsOf(body: string): Section[] {
  const tokens = markdown.parse(body, {});
  const sections: Section[] = [{ heading: "", blocks: [] }];
  const current = () => sections[sections.length - 1]!;
  let list: { block: Block; depth: number; item: string[] | null } | null = null;
  let listDepth = 0;
  let inHeading = false;

  for (const token of tokens) {
    switch (token.type) {
      case "heading_open":
        inHeading = true;
        break;
      case "heading_close":
        inHeading = false;
        break;
      case "ordered_list_open":
      case "bullet_list_open":
        listDepth += 1;
        if (listDepth === 1) {
          list = { block: { kind: token.type === "ordered_list_open" ? "steps" : "items", units: [] }, depth: 1, item: null };
        }
        break;
      case "ordered_list_close":
      case "bullet_list_close":
        listDepth -= 1;
        if (listDepth === 0 && list) {
          if (list.block.units.length) current().blocks.push(list.block);
          list = null;
        }
        break;
      case "list_item_open":
        if (list && listDepth === 1) list.item = [];
        break;
      case "list_item_close":
        if (list && listDepth === 1 && list.item) {
          const text = list.item.join(" ").replace(/\s+/g, " ").trim();
          if (text) list.block.units.push(text);
          list.item = null;
        }
        break;
      case "inline": {
        const text = inlineText(token);
        if (!text) break;
        if (inHeading) sections.push({ heading: text, blocks: [] });
        else if (list?.item) list.item.push(text); // nested lists read as part of their item
        else current().blocks.push({ kind: "paragraph", units: sentences(text) });
        break;
      }
      case "code_block":
      case "fence":
        if (token.content.trim()) current().blocks.push({ kind: "paragraph", units: [token.content.trim()] });
        break;
    }
  }
  return sections.filter((s) => s.blocks.length > 0 || s.heading);
}

/** A unit's kind, from its block's kind. */
export const unitKind = (block: Block["kind"]): UnitKind => (block === "steps" ? "step" : block === "items" ? "item" : "sentence");

/** Markdown as plain text: blocks separated by blank lines, steps numbered, items with a dash. */
export function plainText(body: string): string {
  return sectionsOf(body)
    .flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.blocks.map(blockText)])
    .join("\n\n");
}

export function blockText(block: Block): string {
  if (block.kind === "paragraph") return block.units.join(" ");
  return block.units.map((u, i) => (block.kind === "steps" ? `${i + 1}. ${u}` : `- ${u}`)).join("\n");
}
