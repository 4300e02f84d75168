/**
 * Questions in Spanish, French, German and Portuguese: which language a message is in (by its function
 * words), and its support vocabulary read in English through the glossary, so the rest of the responder —
 * terms, answer types, refusals — works on English words. Words the glossary does not know stay as they
 * are, marked as foreign: they say little about what the knowledge base should answer.
 */
import { commonness } from "./frequency";
import { GLOSSARY, type Language } from "./glossary";

/** Function words that mark a language (the commonest, and those that are rarely English). */
const MARKERS: Record<Language | "en", Set<string>> = {
  en: new Set("the a an is are was my your to of and it you i how what when where why which do does did can could will would should have has for with this that not".split(" ")),
  es: new Set("el la los las un una unos unas del al y que en mi mis tu su sus por para con sin es son esta estan como cuando donde porque pero muy ya hay puedo quiero tengo se me lo le qué cómo ¿ hasta entre este esta".split(" ")),
  fr: new Set("le la les un une des du et ou je tu il elle nous vous ils est sont mon ma mes ton ta votre vos pour avec sans dans sur pas ne comment quand pourquoi que qui c'est j'ai ce cette".split(" ")),
  de: new Set("der die das den dem des ein eine einen einem einer und oder ich du er sie es wir ihr mein meine meinen meinem mit ohne fur auf ist sind wie wann wo warum nicht kann ich habe bitte zu bei".split(" ")),
  pt: new Set("o os as um uma umas uns do da dos das e ou eu voce ele ela nos meu minha meus com sem em no na nao sim como quando onde porque muito pode posso isso esse essa para".split(" ")),
};

/** Function words of each language that carry no topic once the glossary has read the message. */
const FUNCTION_WORDS = new Set(
  [
    "el la los las un una unos unas del al y o que en mi mis tu su sus por para con sin es son esta estan esto ese esa pero muy ya hay se me te lo le les nos este entre sobre mas tambien si no ni algo todo toda todos otra vez entonces bien ahora hola gracias favor quiero queria quisiera voy va",
    "le la les un une des du de et ou je tu il elle nous vous ils elles est sont suis ai as avons avez ont mon ma mes ton ta tes votre vos notre nos pour avec sans dans sur pas ne que qui ce cette ces ca c'est cela y en au aux plus tres deja bonjour merci svp plait s'il moi toi lui leur leurs si mais donc alors encore aussi tout tous toute je voudrais voudrais veux vais fait fais faire exactement",
    "der die das den dem des ein eine einen einem einer und oder ich du er sie es wir ihr mein meine meinen meinem meiner dein ihre ihren unser unsere mit ohne fur auf ist sind bin bist war habe hast hat haben zu bei von vom zum zur im am an aus um nach uber unter nicht kein keine schon noch auch nur sehr bitte danke hallo guten tag mir mich dir dich uns ihnen denn aber dann so was",
    "o a os as um uma umas uns do da dos das de e ou eu voce voces ele ela nos meu minha meus minhas seu sua com sem em no na nos nas nao sim muito isso esse essa este esta aqui para pra pelo pela ja tambem mas entao ola obrigado obrigada favor me te lhe ao aos quero queria gostaria vou vai",
  ]
    .join(" ")
    .split(/\s+/),
);

/** The message's language when it is one of the glossary's, else null (English or unknown). */
export function languageOf(tokens: string[]): Language | null {
  // Function words, and half as much the glossary's words that are not English ("cuesta", "envio").
  const score = (l: Language | "en") =>
    tokens.filter((t) => MARKERS[l].has(t)).length + (l === "en" ? 0 : tokens.filter((t) => GLOSSARY[l].has(t) && !MARKERS.en.has(t) && commonness(t) === 0).length / 2);
  const en = score("en");
  let best: Language | null = null;
  let bestScore = 0;
  for (const l of ["es", "fr", "de", "pt"] as Language[]) {
    const s = score(l);
    if (s > bestScore) [best, bestScore] = [l, s];
  }
  return best && bestScore >= 2 && bestScore > en ? best : null;
}

const MAX_PHRASE = 5;

/** The glossary's one-word entry that shares all but the ending with the word (at least five letters in common), if one does. */
function kinOf(word: string, glossary: Map<string, string>): string | undefined {
  let best: { english: string; shared: number } | undefined;
  for (const [form, english] of glossary) {
    if (form.includes(" ") || form.length < 5) continue;
    let shared = 0;
    while (shared < Math.min(form.length, word.length) && form[shared] === word[shared]) shared += 1;
    if (shared >= 5 && shared >= Math.max(form.length, word.length) - 3 && (!best || shared > best.shared)) best = { english, shared };
  }
  return best?.english;
}

export interface Read {
  /** The tokens, read in English where the glossary knows them. */
  tokens: string[];
  /** For each token, whether it is a foreign word the glossary did not know. */
  foreign: boolean[];
}

/**
 * One sentence's tokens read in English: the longest glossary phrase at each place is replaced by its
 * English words (the detected language's glossary first, then the others, as es and pt share words);
 * foreign function words go; other words stay, marked foreign.
 */
export function readInEnglish(tokens: string[], language: Language): Read {
  const glossaries = [GLOSSARY[language], ...(Object.keys(GLOSSARY) as Language[]).filter((l) => l !== language).map((l) => GLOSSARY[l])];
  const out: Read = { tokens: [], foreign: [] };
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(" ");
      for (const g of glossaries) {
        const english = g.get(phrase);
        if (english === undefined) continue;
        for (const w of english.split(" ")) {
          out.tokens.push(w);
          out.foreign.push(false);
        }
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const t = tokens[i]!;
    // An inflection of a glossary verb or noun: "cancelo" is "cancelar", "allume" is "allumer".
    const kin = t.length >= 5 && !FUNCTION_WORDS.has(t) ? kinOf(t, glossaries[0]!) : undefined;
    if (kin) {
      for (const w of kin.split(" ")) {
        out.tokens.push(w);
        out.foreign.push(false);
      }
      i += 1;
      continue;
    }
    if (!FUNCTION_WORDS.has(t)) {
      out.tokens.push(t);
      out.foreign.push(true);
    }
    i += 1;
  }
  return out;
}
