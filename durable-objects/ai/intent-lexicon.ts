/**
 * The words of the handoff-intent classifier, in English, Spanish, French, German and Portuguese (written
 * without accents: the classifier folds them). Each list is general — how people ask for a person, escalate
 * or lose patience with a bot in a support chat — not a copy of any evaluation message.
 */

/** Nouns for a person on the support team. */
export const PERSON = [
  // en
  "human", "humans", "hooman", "hoomans", "person", "people", "support", "agent", "agents", "representative", "rep", "operator", "someone", "somebody",
  "staff", "employee", "advisor", "adviser", "associate", "specialist", "humanbeing", "livechat", "anyone", "anybody", "whoever", "ppl",
  // es
  "humano", "persona", "agente", "representante", "alguien", "operador", "operadora", "asesor", "asesora", "empleado",
  // fr
  "humain", "personne", "conseiller", "conseillere", "quelqu'un", "quelquun", "operateur", "operatrice", "employe",
  // de
  "mensch", "menschen", "mitarbeiter", "mitarbeiterin", "berater", "beraterin", "jemand", "jemanden", "jemandem", "kundendienst", "kundenservice", "sachbearbeiter",
  // pt
  "pessoa", "atendente", "alguem", "funcionario", "humana", "suporte", "soporte",
];

/** Phrases that name the team as a whole. */
export const TEAM = ["customer service", "customer care", "customer support", "support team", "your team", "servicio al cliente", "atencion al cliente", "service client", "service clientele", "kundenservice", "atendimento", "suporte humano"];

/** Words that ask for something (a request frame needs one before the person). */
export const REQUEST = [
  // en
  "talk", "speak", "chat", "connect", "transfer", "transferred", "put", "get", "give", "want", "need", "like", "let", "bring", "reach", "contact", "prefer", "wanna", "gimme", "pass",
  // es
  "hablar", "quiero", "quisiera", "necesito", "pasame", "pasar", "comunicar", "comunicarme", "contactar", "ponme", "pongame", "deseo", "hable", "atender", "atienda", "atiende", "transfiera", "transfieran", "transfiere", "transferirme",
  // fr
  "parler", "veux", "voudrais", "besoin", "passer", "passez", "joindre", "contacter", "mettre", "souhaite", "echanger", "echange", "discuter", "transferer", "transferez",
  // de
  "sprechen", "mochte", "will", "brauche", "verbinden", "verbinde", "reden", "hatte", "wunsche", "bitte",
  // pt
  "falar", "quero", "preciso", "gostaria", "passa", "transferir", "conversar", "transfere", "transfira", "transferir-me",
];

/** Escalation: asking for someone above, complaining formally, escalating. Strong on their own. */
export const ESCALATION = [
  "manager", "supervisor", "escalate", "escalation", "escalated", "complaint", "complain", "superior", "boss", "superviseur",
  "gerente", "encargado", "responsable", "queja", "reclamacion", "reclamar", "jefe", "escalar",
  "superieur", "plainte", "reclamation", "escalader",
  "vorgesetzten", "vorgesetzter", "vorgesetzte", "chef", "beschwerde", "beschweren", "teamleiter", "eskalieren",
  "responsavel", "reclamacao", "escalonar",
];

/** Asking to be called back (matched as phrases). */
export const CALLBACK = [
  "call me", "call me back", "callback", "call back", "phone me", "ring me", "give me a call", "give me a ring", "give us a ring", "give me a bell", "give us a call", "give me a buzz", "call my phone", "calls me",
  "llamame", "llamenme", "me llamen", "me llame", "devolver la llamada", "llamada", "me pueden llamar", "me puede llamar", "llamarme", "me podrian llamar", "me llamais",
  "rappelez moi", "rappelez-moi", "me rappeler", "appelez moi", "appelez-moi", "rappel", "me rappelle", "m'appeler", "me appeler", "m'appelle", "m'appelez", "me telephoner",
  "ruf mich an", "rufen sie mich an", "rufen sie mich", "ruf mich", "mich zuruck", "ruckruf", "zuruckrufen", "mich anrufen", "anrufen",
  "me liga", "me ligue", "me ligar", "liguem me", "liguem-me", "me liguem", "ligue me", "ligue-me",
  "like to be contacted", "want to be contacted", "prefer to be contacted", "need to be contacted", "contacted by phone", "be called back",
  "have a phone call", "get a phone call", "want a phone call", "like a phone call", "need a phone call", "ligar de volta", "ligacao", "retornar a ligacao",
];

/** A person "on the phone": a request only with someone to have there ("can I get someone on the phone"). */
export const ON_THE_PHONE = ["on the phone", "on the line", "over the phone", "by phone", "phone call"];

/**
 * The bot itself. Not "machine" or "computer": a shop's customers mostly mean the product they bought ("this
 * machine is useless"); those count only when said of the chat ("you're a machine", "talking to a machine").
 */
export const BOT = ["bot", "bots", "chatbot", "chatbots", "robot", "robots", "robo", "roboter", "ai", "ia", "ki", "assistant", "algorithm"];

/** Frustration words that, said to or about the bot, mean "stop, get me someone". */
export const FRUSTRATION = [
  "useless", "stupid", "dumb", "pointless", "worthless", "hopeless", "idiot", "rubbish", "garbage", "waste", "joke", "ridiculous", "sucks", "suck", "crap", "terrible", "awful", "trash",
  "inutil", "estupido", "tonto", "nutzlos", "dumm", "bescheuert", "sinnlos", "idiota", "burro", "nul", "nulle", "debile",
];

/** Phrases of frustration with the bot's answers, without naming it. */
export const NOT_HELPING = [
  "not helping", "not helpful", "doesn't help", "does not help", "didn't help", "you don't understand", "you do not understand", "you're not understanding",
  "that's not what i asked", "not what i asked", "stop sending me articles", "i already read that", "i already tried that", "going in circles", "same answer again",
  "you keep repeating", "not a real answer", "put me in touch", "get me in touch", "in touch with someone", "in touch with a person", "round in circles", "in circles", "stop giving me articles", "stop sending articles", "enough articles",
  "in charge", "someone in charge", "whoever is in charge", "person in charge", "someone higher up", "higher up",
  "no me ayudas", "no me ayuda", "no entiendes", "no sirves", "no sirve",
  "ne m'aide pas", "ne m aide pas", "vous ne comprenez pas", "tu ne comprends pas", "ne sert a rien",
  "hilft mir nicht", "hilft nicht", "verstehst mich nicht", "verstehen mich nicht", "bringt nichts",
  "nao me ajuda", "nao ajuda", "voce nao entende", "nao entende",
];

/** A request with a clearly named real person ("a real person", "live agent"). */
export const REAL = ["real", "live", "actual", "proper", "true", "verdadera", "verdadero", "real", "vraie", "vrai", "echten", "echte", "echter", "richtigen", "de verdade", "verdadeira"];

/** Negations that, just before a request, turn it round ("I don't want to talk to anyone"). */
export const NEGATION = ["don't", "dont", "do not", "not", "never", "no need", "without", "no", "nao", "pas", "nicht", "kein", "keine", "ohne", "sin", "sans", "sem", "rather not"];

/** "Do I need to talk to someone to…": asking whether a person is needed, not asking for one. */
export const NEED_QUESTION = [
  /\b(do|does|will|would|should|must) (i|we|you) (really )?(need|have|got) to (talk|speak|call|contact|chat|go through|phone|reach|email|write|ring|get on the phone)\b/,
  /\bmust (i|we) (talk|speak|call|contact|chat|phone|ring|email|write)\b/,
  /\b(does|do|will|would) (it|this|that|the \w+|a return|a refund) (need|require|have to go through) (a|an|the)? ?(human|person|agent|someone|representative|staff)\b/,
  /\b(will|would|does|do) (a|an|the|some)? ?(agent|person|human|someone|representative|staff member) (have to|need to|must|going to) (check|look|approve|review|inspect|see|process|sign)\b/,
  /\b(do|will) (i|we) need (a|an|to) (person|human|agent|representative|someone)\b/,
  /\bis it (necessary|required|mandatory) to (talk|speak|call|contact|chat)\b/,
  /\b(need|have) to (talk|speak|call|contact) (to |with )?(someone|somebody|anyone|anybody|a person|an agent|support|you)( guys)? (to|for|in order to|before|if)\b.*\?/,
  /\b(can|could) i (do|change|cancel|fix|sort|handle|manage|update) (it|this|that|them)? ?(myself|by myself|on my own|online|in the app)\b/,
  /\bwithout (talking|speaking|calling|contacting|chatting|having to (talk|speak|call))\b/,
  /\b(myself|on my own|self-service|self service)\b.*\?/,
  /(\?|^|\s|¿)(tengo|tendre|hace falta|es necesario|debo|necesito) (que )?(hablar|llamar|contactar).*\bpara\b/,
  /\bsin (hablar|llamar|contactar)\b/,
  /\b(dois-je|dois je|je dois|est-ce que je dois|faut-il|faut il|il faut|ai-je besoin|est-il necessaire)\b.*\b(parler|appeler|contacter)\b.*\bpour\b/,
  /\b(dois-je|dois je|est-ce que je dois|faut-il|faut il|ai-je besoin|est-il necessaire)\b.*\b(parler|appeler|contacter)\b/,
  /\bsans (parler|appeler|contacter)\b/,
  /\b(muss ich|brauche ich|ist es notig|ist es notwendig|muss man)\b.*\b(sprechen|anrufen|kontaktieren|reden)\b/,
  /\bohne (mit jemandem )?(zu )?(sprechen|anrufen|reden)\b/,
  /\b(preciso|tenho que|e necessario|devo)\b.*\b(falar|ligar|contatar)\b.*\bpara\b.*\?/,
  /\bsem (falar|ligar|contatar)\b/,
];

/** A person who is not on this support team: someone at the bank, the carrier, a travel agent… */
export const THIRD_PARTY = [
  "bank", "bank's", "banks", "post office", "carrier", "courier", "ups", "dhl", "fedex", "usps", "travel", "estate", "insurance", "customs",
  "delivery", "driver", "neighbour", "neighbor", "household", "wife", "husband", "partner", "son", "daughter", "friend", "mom", "dad", "mother", "father",
  "landlord", "employer", "accountant", "lawyer", "retailer", "store", "shop", "amazon", "paypal", "apple", "google", "isp", "provider",
  "banco", "banque", "bankberater", "sparkasse", "correos", "la poste", "post",
];

/** A past conversation with a person ("an agent told me", "I spoke with someone yesterday") is not a request. */
export const PAST = /\b(told me|said|says|promised|spoke (to|with)|talked (to|with)|chatted (with|to)|was (rude|helpful|nice|wrong)|emailed me|called me|complained|was on the phone|were on the phone|hable con|me dijo|m'a dit|j'ai parle|hat mir gesagt|habe mit .* gesprochen|me disse|falei com)\b/;

/** "Is anyone there?", "any humans around?", "¿hay alguien?", "gibt es hier einen Menschen?": asking whether a person is there. */
export const PRESENCE = [
  /\b(is|are) (there )?(anyone|anybody|someone|somebody|any ?one|a human|any humans?|a person|a real person|any real (people|person|humans?)|a live (agent|person)|an agent|a real human) (there|here|around|out there|available|real|alive|online|who can help|that can help|to help|i can talk to)\b/,
  /^\W*(hello\W+|hi\W+|hey\W+)?(is )?(anyone|anybody|any humans?|someone|somebody) (there|here|around|out there|alive|available|real)\b/,
  /\bhay (alguien|algun humano|alguna persona|un humano|una persona)\b/,
  /\b(il y a|y a-t-il|y a t il|est-ce qu'il y a|est ce qu il y a) (quelqu'un|quelquun|un humain|une personne|un conseiller)\b/,
  /\b(gibt es|ist da|ist hier|ist jemand) (hier |da )?(jemand|jemanden|einen menschen|einen mitarbeiter|eine person|ein mensch|echte menschen)\b/,
  /\b(tem|ha) (alguem|uma pessoa|um humano|algum atendente)\b/,
];

/** "Help from a person": help asked for from a person, in so many words. */
export const HELP_FROM_A_PERSON =
  /\b(help|ajuda|ayuda|aide|hilfe) (from|de|d'|von|durch) (a |an |uma |una |un |une |einem |einer |einer echten |a real |an actual |a live )?(person|human|human being|agent|pessoa|persona|humano|humana|personne|humain|menschen|mensch|mitarbeiter)\b/;

/** "Can a person look at this?", "can someone help me": a person asked to take the case. */
export const ASK_A_PERSON =
  /\b(can|could)\s+(a|an|some|any|one of your)?\s*(real |actual |live )?(person|human|agent|someone|somebody|representative|rep|staff member|member of staff|operator)\s+(please\s+)?(look|check|review|help|handle|take|sort|deal|assist|see|call|contact)\b/;

/** Talking to a machine rather than a person: "I'm done talking to a machine", "no quiero hablar con un robot". */
export const TALKING_TO_A_BOT =
  /\b((talk|talking|chat|chatting|speak|speaking) (to|with) (a|an|the|this|some) (bot|chatbot|robot|machine|computer|ai|program)|hablar con (un|una) (robot|maquina|bot)|parler a (un|une) (robot|machine|bot)|(mit einer maschine|mit einem roboter|mit einem bot) (reden|sprechen)|falar com (um|uma) (robo|maquina|bot))\b/;

/** Words after a person that make it a request on their own: "human please", "agent now". */
/** "Will the courier call me when…", "call me crazy": a call that is not asked for. */
export const NOT_A_CALLBACK = /\b(will|would|does|do|did|is|are) (the |a |an |your |my )?(\w+ )?(call|phone|ring|contact|email) (me|us) (when|if|before|after|once|to say|to tell)\b|\bcall me (crazy|old|paranoid|silly|picky)\b/;

export const AFTER_PERSON = new Set(["please", "pls", "plz", "now", "asap", "svp", "bitte", "porfa", "por"]);
