/**
 * Runs the chevrotain lexer, then checks each token as Jira's lexer does: quoted strings must be finished,
 * escapes must be valid, reserved words must be quoted, reserved and control characters are refused. Each
 * string token gets its decoded text as `payload`. The first problem is thrown, with its line and character.
 */
import { tokenMatcher, type IToken } from "chevrotain";
import { at, JqlSyntaxError } from "./errors";
import { controlCharMessage, decodeJqlString, isReservedWord, unicodeEscape } from "./strings";
import * as T from "./tokens";

/** Line and character (1-based) of an offset in the text. */
function position(text: string, offset: number): { line: number; character: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart + 1 };
}

const quotedParts = {
  '"': /^"((?:[^"\\]|\\[\s\S]?)*)("?)$/,
  "'": /^'((?:[^'\\]|\\[\s\S]?)*)('?)$/,
} as const;

function checkQuoted(text: string, token: IToken): string {
  const [, body = "", closing] = quotedParts[token.image[0] as '"' | "'"].exec(token.image) ?? [];
  if (!closing) {
    const shownBody = body.replace(/\r\n|\r|\n/g, " ");
    throw at(token, shownBody ? `The quoted string '${shownBody}' has not been completed.` : "The quoted string has not been completed.");
  }
  const decoded = decodeJqlString(body);
  if (!("problem" in decoded)) return decoded.text;
  const where = position(text, token.startOffset + 1 + decoded.problem.at);
  const ch = body[decoded.problem.at]!;
  const message = ch === "\\" ? decoded.problem.message : controlCharMessage(ch, where.line, where.character);
  throw new JqlSyntaxError(message, where.line, where.character);
}

function checkWord(text: string, token: IToken): string {
  const decoded = decodeJqlString(token.image);
  if ("problem" in decoded) {
    const where = position(text, token.startOffset + decoded.problem.at);
    throw new JqlSyntaxError(decoded.problem.message, where.line, where.character);
  }
  if (isReservedWord(decoded.text)) {
    throw at(token, `'${decoded.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`);
  }
  return decoded.text;
}

function badChar(token: IToken): JqlSyntaxError {
  const ch = token.image;
  if (ch === "\\") return at(token, "The escape sequence has not been completed. The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.");
  return at(token, controlCharMessage(ch, token.startLine, token.startColumn));
}

/** The query's tokens (whitespace dropped), or the first lexical error in Jira's words. */
export function tokenize(text: string): IToken[] {
  const result = T.jqlLexer().tokenize(text);
  const lexError = result.errors[0];
  if (lexError) {
    throw new JqlSyntaxError(`The character '${text[lexError.offset] ?? ""}' is not valid in JQL.`, lexError.line, lexError.column);
  }
  for (const token of result.tokens) {
    if (tokenMatcher(token, T.DoubleQuoted) || tokenMatcher(token, T.SingleQuoted)) {
      token.payload = checkQuoted(text, token);
    } else if (tokenMatcher(token, T.Word)) {
      token.payload = checkWord(text, token);
    } else if (tokenMatcher(token, T.PosNumber) || tokenMatcher(token, T.NegNumber)) {
      token.payload = token.image;
    } else if (tokenMatcher(token, T.ReservedChar)) {
      throw at(
        token,
        `The character '${token.image}' is a reserved JQL character. You must enclose it in a string or use the escape '${unicodeEscape(token.image)}' instead.`,
      );
    } else if (tokenMatcher(token, T.BadChar)) {
      throw badChar(token);
    }
  }
  return result.tokens;
}
