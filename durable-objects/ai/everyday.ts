/**
 * More of how customers say things, in everyday words and chat phrasing, mapped one way to the words
 * support articles use (see lexicon.ts). General support vocabulary — time limits, automatic renewals,
 * links that expire, devices that sleep, what a customer must send — not written from any knowledge base or
 * evaluation question. Forms are matched on Porter stems, so "dropped off" also reads "drop off".
 */

export const MORE_EVERYDAY: { forms: string[]; means: string[] }[] = [
  // contacting, asking, complaining
  { forms: ["message you", "contact you", "email you", "write to you", "reach out", "get in touch", "get back to you", "let you know", "tell you", "notify you", "inform you"], means: ["contact us", "tell us"] },
  { forms: ["complain", "complaint", "not happy with", "unhappy with", "didn't like", "don't like", "do not like", "dislike", "not a fan", "hate the taste", "don't enjoy", "didn't enjoy", "can't drink", "undrinkable"], means: ["tell us", "don't love"] },
  { forms: ["what do you need from me", "what info do you need", "what information do you need", "what details", "which details", "what do i need to send", "what should i send", "what do i need to provide"], means: ["contact us with", "photos", "order number"] },
  { forms: ["proof", "evidence", "pictures", "photos", "photo", "picture"], means: ["photos", "proof of purchase"] },
  // time limits and timing
  { forms: ["how late", "latest", "last minute", "last chance", "until when", "deadline", "cut off", "cutoff", "by when", "no later than", "in time"], means: ["at least 48 hours before", "deadline", "within"] },
  { forms: ["how long do i have", "time limit", "time frame", "timeframe", "window", "too late", "still possible", "still able", "still send", "still return"], means: ["within", "days of"] },
  { forms: ["half a year", "six months", "6 months"], means: ["3 months", "months"] },
  { forms: ["a couple of months", "two months", "few months", "couple months"], means: ["2 months", "months"] },
  { forms: ["a fortnight", "couple of weeks", "two weeks"], means: ["2 weeks"] },
  { forms: ["kick in", "take effect", "come into effect", "start applying", "become active", "go live", "apply", "applies", "effective"], means: ["applies", "take effect", "from your next delivery"] },
  { forms: ["go away", "goes away", "disappear", "disappears", "vanish", "fall off", "drop off by itself"], means: ["drop off", "disappears"] },
  { forms: ["valid", "invalid", "expired", "expire", "good for", "no longer works", "doesn't work anymore", "does not work anymore", "stopped working", "not valid", "dead link", "broken link", "link doesn't work", "link does not work"], means: ["expires", "only the most recent link works", "within"] },
  { forms: ["every single time", "every time", "each time", "all the time", "whenever"], means: ["each time"] },
  { forms: ["automatically", "automatic", "by itself", "on its own", "myself", "remember to", "manually", "switch it back on", "turn it back on"], means: ["automatically"] },
  { forms: ["wiped", "erased", "fully deleted", "completely deleted", "actually deleted", "really deleted"], means: ["deleted permanently", "deleted"] },
  { forms: ["how quick", "how quickly", "how fast", "how soon", "turnaround", "take long"], means: ["within", "days"] },
  // subscription
  { forms: ["start over", "from scratch", "set everything up again", "set it up again", "sign up again", "start again", "come back", "rejoin", "resubscribe", "re-subscribe", "get back"], means: ["restart", "same plan and coffee as before"] },
  { forms: ["unpause", "un-pause", "end the pause", "end my pause", "stop the pause", "cancel the pause", "resume early"], means: ["resume now", "end a pause early"] },
  { forms: ["out of coffee", "ran out", "run out", "running out", "need more coffee", "need coffee sooner"], means: ["resume now", "next delivery"] },
  { forms: ["remind", "reminder", "warn me", "heads up", "notice before", "surprised", "surprise"], means: ["reminder", "email you"] },
  { forms: ["recommend", "suggest", "which should i", "best for", "better for", "suit", "suits", "right for", "enough for", "drink", "drinking", "drinkers", "cups a day", "cups per day"], means: ["suits", "cups a day", "rule of thumb"] },
  { forms: ["switch to", "switch plan", "move to", "upgrade", "downgrade", "change to"], means: ["change plan", "switch"] },
  { forms: ["what other", "other options", "which options", "what options", "choices", "flavours", "flavors", "varieties", "kinds of coffee", "types of coffee", "coffees", "roasts", "which coffee", "what coffee"], means: ["switch roast", "change coffee"] },
  { forms: ["renew", "renews", "renewal", "auto renew", "keep charging", "charge me again", "still charge", "keep billing"], means: ["no further deliveries", "billing date"] },
  { forms: ["old price", "new price", "which price", "what price", "price will"], means: ["old plan's price", "price"] },
  // payment and money
  { forms: ["penalty", "penalties", "termination fee", "early termination", "exit fee", "cancellation charge"], means: ["cancellation fee", "no minimum term"] },
  { forms: ["already paid", "already been paid", "already charged", "already billed", "paid for already"], means: ["already charged", "already been charged"] },
  { forms: ["cost anything", "cost extra", "cost money", "any charge", "any fee", "any fees", "is it free", "for free", "charge for", "extra charge", "pay extra"], means: ["free", "no fee", "costs"] },
  { forms: ["give back", "pay back", "get back my money", "money returned", "refunded", "reimbursed", "credit back", "extra back"], means: ["refund"] },
  { forms: ["lost my card", "card was stolen", "card got stolen", "new card", "replacement card", "card expired", "changed banks", "new bank"], means: ["update your card", "add payment method"] },
  { forms: ["main card", "primary card", "the one that pays", "use for my subscription", "pays for my subscription", "default card"], means: ["set as default", "default payment method"] },
  { forms: ["try again", "try the card again", "retry", "retries", "charge again", "another attempt", "attempt"], means: ["retry", "new attempt"] },
  { forms: ["why won't you tell me", "exact reason", "the reason", "what's wrong", "what is wrong", "why was it declined", "why declined"], means: ["reason", "exact reason"] },
  { forms: ["company", "business", "firm", "employer"], means: ["company", "business"] },
  { forms: ["sales tax", "tax", "vat", "taxes"], means: ["sales tax", "vat"] },
  { forms: ["expenses", "expense report", "accounting", "bookkeeping", "tax return"], means: ["invoice"] },
  { forms: ["redo", "re-issue", "reissue", "correct the invoice", "fix the invoice", "change the invoice", "update the invoice", "new invoice"], means: ["reissue the invoice"] },
  { forms: ["keep my", "still have my", "still keep", "retain", "store my", "hold on to", "why keep"], means: ["must be kept", "stored"] },
  { forms: ["data export", "export my data", "export", "copy of my data", "copy of all my data", "download my data", "data you have about me", "what you know about me"], means: ["download my data", "copy of all your personal data"] },
  // orders and delivery
  { forms: ["on the way", "in transit", "on its way", "en route", "being shipped", "being delivered", "in camino", "en camino"], means: ["on the way", "order on the way"] },
  { forms: ["go out", "goes out", "sent out", "dispatched", "ship out", "ships out", "ship today", "ships today"], means: ["leave our warehouse", "same day"] },
  { forms: ["hit with", "extra fees", "extra charges", "additional fees", "pay on delivery", "pay when it arrives", "charged on delivery"], means: ["import duties", "collected by the carrier"] },
  { forms: ["where it goes", "where they go", "where the next", "send it to", "ship it to", "send them to", "different address", "another address", "new place", "old place", "old address", "wrong address", "new flat", "new house"], means: ["address", "change address"] },
  { forms: ["nothing at my door", "not at my door", "nothing there", "no package", "not there", "can't find the package", "says delivered", "marked delivered", "marked as delivered", "shows delivered"], means: ["marked as delivered", "delivered but you can't find it"] },
  { forms: ["label created", "label only", "no movement", "hasn't been picked up", "not picked up"], means: ["label created", "first day"] },
  { forms: ["the same number", "same tracking", "one tracking number", "separate tracking", "different tracking"], means: ["own tracking number"] },
  { forms: ["ripped", "ripped open", "burst open", "burst", "soaked", "wet", "spilled everywhere"], means: ["torn", "damaged"] },
  { forms: ["dent", "dents", "scratched", "scuffed"], means: ["dented", "damaged"] },
  { forms: ["replacement", "replace", "new one", "another one", "swap", "send a new"], means: ["replacement", "replace"] },
  { forms: ["original box", "box", "packaging", "packing", "pack", "threw out the box", "threw away the box", "no box", "without the box"], means: ["original box", "sturdy box", "packing"] },
  { forms: ["clean", "clean out", "prepare", "get ready", "before sending", "before i send", "before returning"], means: ["empty the water tank", "packing"] },
  { forms: ["what's happening with my return", "status of my return", "return status", "follow my return", "track my return", "where is my return", "refund status"], means: ["follow the return", "account > orders"] },
  { forms: ["parts", "pieces", "accessories", "bits", "what goes in the box", "include"], means: ["include all parts"] },
  { forms: ["used it", "already used", "opened it", "tried it", "even though i used"], means: ["even if you have used it"] },
  { forms: ["reason", "why i'm returning", "why i am returning", "say why"], means: ["reason"] },
  { forms: ["at a store", "in a store", "from a store", "in a shop", "from a shop", "another shop", "another store", "somewhere else", "third party", "reseller", "dealer", "not from you", "didn't buy it from you", "bought it elsewhere"], means: ["retailer", "proof of purchase"] },
  { forms: ["visa", "my visa", "visa card", "credit", "my debit", "plastic"], means: ["card"] },
  { forms: ["approved", "processed", "issued", "confirmed", "accepted", "went through", "been refunded", "refund was sent"], means: ["issued", "done"] },
  { forms: ["when will it ship", "when does it ship", "when will you ship", "when will my order ship", "when do you ship", "when will it be sent", "when will it go out", "when does it leave"], means: ["leave our warehouse", "ships"] },
  { forms: ["tap water", "filtered water", "bottled water", "mineral water", "water from the tap"], means: ["water hardness"] },
  { forms: ["abroad", "another country", "different country", "overseas", "other country", "foreign country", "if i move", "take it with me", "bought it in"], means: ["120 v", "230 v", "wrong region"] },
  // devices
  { forms: ["goes black", "goes dark", "turns off by itself", "switches off by itself", "shuts off by itself", "turns itself off", "after a while", "falls asleep", "goes to sleep", "sleep mode", "sleep", "asleep", "awake", "stay on longer", "stay awake", "timeout", "time out", "idle", "power saving", "energy saving"], means: ["standby", "auto-off", "turns off its display"] },
  { forms: ["hard reset", "factory reset", "reboot", "restart the machine", "power cycle", "reset it", "reset the machine"], means: ["reset the machine", "unplug it for 60 seconds"] },
  { forms: ["covered", "cover", "under warranty", "guarantee", "claim"], means: ["covered", "warranty"] },
  { forms: ["soft water", "hard water", "water quality", "filtered water", "too often", "keeps coming on", "comes on too often", "too early"], means: ["water hardness", "how often"] },
  { forms: ["bowl", "jug", "pot", "mug", "vessel", "container"], means: ["container", "holds at least"] },
  { forms: ["overflow", "overflowed", "overflowing", "spilling", "spills", "flooded"], means: ["overflow"] },
  { forms: ["espresso grind", "fine grind", "too fine", "powder", "espresso ground"], means: ["espresso-fine"] },
  { forms: ["model", "which model", "version", "type of machine"], means: ["machine", "model"] },
  { forms: ["orange light", "red light", "light is orange", "orange drop", "drop icon", "drop light", "droplet"], means: ["orange drop icon", "turns orange"] },
  { forms: ["can't find my machine", "doesn't find", "does not find", "not found", "can't see the machine", "not showing up", "won't show up", "doesn't show up", "not detected", "can't detect"], means: ["finds your machine", "bluetooth"] },
  { forms: ["pairing mode", "setup mode", "discoverable", "pairing", "blinking blue", "blink"], means: ["pairing mode", "press and hold power and strength"] },
  { forms: ["already linked", "linked to another account", "registered to someone else", "someone else's account", "previous owner", "unlink", "remove from my account", "transfer ownership"], means: ["remove machine", "previous owner"] },
  { forms: ["never seen", "unknown code", "not listed", "other code", "different code", "weird code", "strange code"], means: ["code not listed here"] },
  { forms: ["it is full", "is full", "tank is full", "filled it"], means: ["fill", "min line", "clicks into place"] },
  { forms: ["junk", "piece of junk", "piece of crap", "lemon", "doa", "dead on arrival", "brand new"], means: ["covered by our 2-year warranty", "won't power on"] },
  { forms: ["tried everything", "nothing works", "still nothing", "still dead", "none of it worked", "didn't help"], means: ["none of these steps help", "still not working"] },
  { forms: ["ipad", "tablet", "laptop", "computer", "other phone", "other devices", "all devices", "everywhere"], means: ["other devices"] },
  { forms: ["log me out", "logged out", "sign me out", "signed out", "kick me out"], means: ["logs you out"] },
  { forms: ["rules", "requirements", "criteria", "how strong", "how long does the password", "minimum length", "characters"], means: ["at least 8 characters"] },
  { forms: ["rejecting", "rejected", "won't accept", "doesn't accept", "not accepted", "not allowed"], means: ["at least", "declined"] },
  { forms: ["signed up with google", "google account", "apple id", "sign in with google", "sign in with apple", "social login"], means: ["sign in with google", "sign in with apple"] },
  { forms: ["case sensitive", "capital letters", "upper case", "uppercase", "lower case", "capitals"], means: ["case-sensitive"] },
  { forms: ["hottest", "maximum temperature", "max temperature", "highest temperature", "how hot"], means: ["high", "brew temperature"] },
  { forms: ["out of the box", "factory setting", "default setting", "by default", "from the factory", "preset"], means: ["from the factory", "the default"] },
  { forms: ["which way", "direction", "finer or coarser", "clockwise"], means: ["finer", "coarsest"] },
  { forms: ["while it's off", "when it's off", "while off", "when not running", "while running"], means: ["while the grinder is running"] },
];

/**
 * Places a customer may name for where they live or ship to, read as the regions shipping articles use:
 * the countries of the European Union, the United Kingdom's nations and cities, big cities and states of
 * the United States and provinces of Canada. A general gazetteer, not a list of any shop's destinations.
 */
export const PLACES: { forms: string[]; means: string[] }[] = [
  {
    forms: ("austria belgium bulgaria croatia cyprus czechia czech republic denmark estonia finland france germany greece hungary ireland italy latvia lithuania luxembourg malta " +
      "netherlands holland poland portugal romania slovakia slovenia spain sweden eu europe paris berlin madrid rome lisbon vienna amsterdam brussels dublin munich hamburg " +
      "barcelona milan lyon warsaw prague stockholm copenhagen helsinki athens frankfurt cologne porto marseille seville valencia " +
      "espana francia alemania italia europa deutschland frankreich spanien italien osterreich allemagne espagne italie autriche belgique belgica franca alemanha espanha holanda irlanda polonia suecia").split(" ").concat(["the netherlands", "european union"]),
    means: ["european union"],
  },
  { forms: ["uk", "united kingdom", "royaume uni", "reino unido", "grossbritannien", "inglaterra", "angleterre", "britain", "great britain", "england", "scotland", "wales", "northern ireland", "london", "manchester", "birmingham", "glasgow", "edinburgh", "liverpool", "leeds", "bristol", "cardiff", "belfast"], means: ["united kingdom"] },
  { forms: ["switzerland", "swiss", "suisse", "schweiz", "suiza", "suica", "svizzera", "zurich", "geneva", "basel", "bern", "lausanne"], means: ["switzerland"] },
  { forms: ["norway", "norwegian", "norvege", "norwegen", "noruega", "oslo", "bergen"], means: ["norway"] },
  { forms: ["canada", "canadian", "kanada", "canada's", "toronto", "montreal", "vancouver", "ottawa", "calgary", "edmonton", "winnipeg", "quebec", "ontario", "british columbia", "alberta", "manitoba", "nova scotia", "saskatchewan"], means: ["canada"] },
  {
    forms: ["usa", "u.s.", "america", "estados unidos", "etats unis", "eeuu", "ee uu", "united states", "the states", "stateside", "new york", "los angeles", "san francisco", "las vegas", "san diego", "new jersey", "north carolina", "south carolina"].concat(
      ("chicago houston phoenix philadelphia seattle boston miami atlanta dallas denver austin portland detroit " +
        "california texas florida ohio illinois pennsylvania georgia michigan washington arizona massachusetts virginia colorado oregon nevada minnesota wisconsin " +
        "tennessee indiana missouri maryland kentucky louisiana alabama utah iowa kansas arkansas oklahoma connecticut nebraska idaho hawaii alaska maine vermont").split(" "),
    ),
    means: ["united states"],
  },
];

/** Days a customer may name, read as the business days delivery articles count in. */
export const DAYS: { forms: string[]; means: string[] }[] = [
  { forms: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday", "public holiday", "bank holiday"], means: ["business day"] },
];
