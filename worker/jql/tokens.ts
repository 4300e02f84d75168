/**
 * JQL's tokens as a chevrotain lexer: Jira's lexer rules (JqlLexer) — case-insensitive keywords that only win
 * when no longer bare string matches (`assigneein`, `notin`), `&`/`&&` and `|`/`||` as AND/OR, `!` as NOT.
 * Strings are matched loosely here (an unfinished quote runs to the end); lexer.ts checks and decodes them,
 * so that a bad string gets Jira's message instead of a generic "unexpected character".
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

/** Category: a value, field name or function name, however it was written. */
export const Value = createToken({ name: "Value", pattern: Lexer.NA });

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });

export const DoubleQuoted = createToken({ name: "DoubleQuoted", pattern: /"(?:[^"\\]|\\[\s\S]?)*"?/, line_breaks: true, categories: [Value] });
export const SingleQuoted = createToken({ name: "SingleQuoted", pattern: /'(?:[^'\\]|\\[\s\S]?)*'?/, line_breaks: true, categories: [Value] });
/** Unquoted text: anything but whitespace, quotes, operator characters, reserved characters and control characters. */
export const Word = createToken({
  name: "Word",
  pattern: /(?:\\[\s\S]|[^ \t\r\n"'=!<>()~,[\]|&{}*/%+^$#@?;\\\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff])+/,
  line_breaks: true,
  categories: [Value],
});
export const PosNumber = createToken({ name: "PosNumber", pattern: /\d+/, longer_alt: Word, categories: [Value] });
export const NegNumber = createToken({ name: "NegNumber", pattern: /-\d+/, longer_alt: Word, categories: [Value] });

export const LParen = createToken({ name: "LParen", pattern: "(" });
export const RParen = createToken({ name: "RParen", pattern: ")" });
export const Comma = createToken({ name: "Comma", pattern: "," });
export const LBracket = createToken({ name: "LBracket", pattern: "[" });
export const RBracket = createToken({ name: "RBracket", pattern: "]" });

export const NotEquals = createToken({ name: "NotEquals", pattern: "!=" });
export const NotLike = createToken({ name: "NotLike", pattern: "!~" });
export const LessEquals = createToken({ name: "LessEquals", pattern: "<=" });
export const GreaterEquals = createToken({ name: "GreaterEquals", pattern: ">=" });
export const Less = createToken({ name: "Less", pattern: "<" });
export const Greater = createToken({ name: "Greater", pattern: ">" });
export const Equals = createToken({ name: "Equals", pattern: "=" });
export const Like = createToken({ name: "Like", pattern: "~" });

/** Categories: what the parser consumes, whichever spelling the user chose. */
export const AndOp = createToken({ name: "AndOp", pattern: Lexer.NA });
export const OrOp = createToken({ name: "OrOp", pattern: Lexer.NA });
export const NotOp = createToken({ name: "NotOp", pattern: Lexer.NA });
export const EmptyOp = createToken({ name: "EmptyOp", pattern: Lexer.NA });

const AmpAmp = createToken({ name: "AmpAmp", pattern: "&&", categories: [AndOp] });
const Amp = createToken({ name: "Amp", pattern: "&", categories: [AndOp] });
const PipePipe = createToken({ name: "PipePipe", pattern: "||", categories: [OrOp] });
const Pipe = createToken({ name: "Pipe", pattern: "|", categories: [OrOp] });
export const Bang = createToken({ name: "Bang", pattern: "!", categories: [NotOp] });

const keyword = (name: string, categories: TokenType[] = []) =>
  createToken({ name, pattern: new RegExp(name, "i"), longer_alt: Word, categories });

export const Order = keyword("order");
export const And = keyword("and", [AndOp]);
export const Or = keyword("or", [OrOp]);
export const Not = keyword("not", [NotOp]);
export const Empty = keyword("empty", [EmptyOp]);
export const Null = keyword("null", [EmptyOp]);
export const In = keyword("in");
export const Is = keyword("is");
export const Was = keyword("was");
export const Changed = keyword("changed");
export const Before = keyword("before");
export const After = keyword("after");
export const From = keyword("from");
export const To = keyword("to");
export const On = keyword("on");
export const During = keyword("during");
export const By = keyword("by");
export const Asc = keyword("asc");
export const Desc = keyword("desc");

/** A reserved character outside quotes ({ } * / % + ^ $ # @ ? ;): lexer.ts reports it as Jira does. */
export const ReservedChar = createToken({ name: "ReservedChar", pattern: /[{}*/%+^$#@?;]/ });
/** Anything else (control characters, a lone backslash): lexer.ts reports it. */
export const BadChar = createToken({ name: "BadChar", pattern: /[\s\S]/, line_breaks: true });

export const allTokens: TokenType[] = [
  Value,
  WhiteSpace,
  DoubleQuoted,
  SingleQuoted,
  NotEquals,
  NotLike,
  LessEquals,
  GreaterEquals,
  Less,
  Greater,
  Equals,
  Like,
  AmpAmp,
  Amp,
  PipePipe,
  Pipe,
  Bang,
  LParen,
  RParen,
  Comma,
  LBracket,
  RBracket,
  AndOp,
  OrOp,
  NotOp,
  EmptyOp,
  // "order" before "or", so "order" is not read as "or" + "der".
  Order,
  And,
  Or,
  Not,
  Empty,
  Null,
  In,
  Is,
  Was,
  Changed,
  Before,
  After,
  From,
  To,
  On,
  During,
  By,
  Asc,
  Desc,
  NegNumber,
  PosNumber,
  Word,
  ReservedChar,
  BadChar,
];

let lexer: Lexer | undefined;
/** Built on first use, like the parser. */
export const jqlLexer = () => (lexer ??= new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: false }));

/** Tokens that are a value, a field name or a function name. */
export const valueTokens: TokenType[] = [Word, DoubleQuoted, SingleQuoted, PosNumber, NegNumber];
export const predicateTokens: TokenType[] = [Before, After, From, To, On, During, By];
