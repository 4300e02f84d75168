/**
 * JQL's string rules, as Jira's lexer has them: which words are reserved, which characters end an unquoted
 * string, the escape sequences, and how to write a value back so it reads the same (Jira's `encodedValue`).
 */

/** Words that are tokens of the grammar: never a bare value or field name. */
export const KEYWORDS = [
  "and", "or", "not", "empty", "null", "in", "is", "was", "changed",
  "before", "after", "from", "to", "on", "during", "order", "by", "asc", "desc",
] as const;

/** Words Jira reserves for future use: they must be quoted (Atlassian's parser's list). */
const RESERVED = `abort access add alias alter any as audit avg begin between boolean break byte catch cf char
character check checkpoint collate collation column commit connect continue count create current date decimal declare
decrement default defaults define delete delimiter difference distinct divide do double drop else encoding end equals
escape exclusive exec execute exists explain false fetch file field first float for function go goto grant greater
group having identified if immediate increment index initial inner inout input insert int integer intersect
intersection into isempty isnull join last left less like limit lock long max min minus mode modify modulo more
multiply next noaudit notin nowait number object of option outer output power previous prior privileges public raise
raw remainder rename resource return returns revoke right row rowid rownum rows select session set share size sqrt
start strict string subtract sum synonym table then trans transaction trigger true uid union unique update user
validate values view when whenever where while with`;

const reservedWords = new Set<string>([...RESERVED.split(/\s+/), ...KEYWORDS]);

export const isReservedWord = (word: string) => reservedWords.has(word.toLowerCase());

/** Characters Jira keeps for later: an error outside quotes, even though no rule uses them yet. */
export const RESERVED_CHARS = "{}*/%+^$#@?;";

/** Control characters JQL refuses anywhere unescaped (tab, CR and LF are whitespace outside quotes). */
export const isControlChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return (
    (c <= 0x1f && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xfdd0 && c <= 0xfdef) ||
    c === 0xfffe ||
    c === 0xffff
  );
};

export const unicodeEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

export const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

/** Where a string's text breaks a rule: the offset inside the token text and Jira's words for it. */
export interface StringProblem {
  at: number;
  message: string;
}

const simpleEscapes: Record<string, string> = { t: "\t", n: "\n", r: "\r", '"': '"', "'": "'", "\\": "\\", " ": " " };

/**
 * Decodes the escapes of a string's body (without its quotes). Answers the text, or the first problem:
 * an unknown escape, an unfinished one, or a control character that must be escaped.
 */
export function decodeJqlString(body: string): { text: string } | { problem: StringProblem } {
  let text = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      if (isControlChar(ch)) return { problem: { at: i, message: controlCharMessage(ch) } };
      text += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) return { problem: { at: i, message: `The escape sequence has not been completed. ${VALID_ESCAPES}` } };
    const simple = simpleEscapes[next];
    if (simple !== undefined) {
      text += simple;
      i++;
      continue;
    }
    if (next === "u") {
      const hex = body.slice(i + 2, i + 6);
      const valid = /^[0-9a-fA-F]*/.exec(hex)![0];
      if (valid.length === 4) {
        text += String.fromCharCode(parseInt(hex, 16));
        i += 5;
        continue;
      }
      const shown = body.slice(i, i + 2 + valid.length + 1);
      return { problem: { at: i, message: `'${shown}' is an illegal JQL escape sequence. ${VALID_ESCAPES}` } };
    }
    return { problem: { at: i, message: `'\\${next}' is an illegal JQL escape sequence. ${VALID_ESCAPES}` } };
  }
  return { text };
}

/** Jira's words for a control character; the caller adds the position. */
export function controlCharMessage(ch: string, line?: number, character?: number): string {
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const where = line === undefined ? "" : ` on line ${line} at position ${character}`;
  return `The character '${code}'${where} must be escaped. Use the escape '${unicodeEscape(ch)}' instead.`;
}

/** An unquoted string is any run of these: everything but whitespace, quotes, operators and reserved characters. */
const BARE = /^[^ \t\r\n"'=!<>()~,[\]|&{}*/%+^$#@?;\\\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]+$/;

/** Writes a value (or field name) as JQL that reads back as the same text: bare when it can be, else quoted. */
export function encodeJqlString(value: string): string {
  if (BARE.test(value) && !isReservedWord(value)) return value;
  let out = '"';
  for (const ch of value) {
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (isControlChar(ch)) out += unicodeEscape(ch);
    else out += ch;
  }
  return `${out}"`;
}
