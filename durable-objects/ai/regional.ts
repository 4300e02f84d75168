/**
 * Everyday, regional and chat wording for support questions — British, Australian and Indian English,
 * slang for a device that stopped working, other names for a subscription, a code or a tax invoice —
 * mapped one way to the plain support words help articles use. General vocabulary of shops that sell
 * devices and subscriptions, not written from any knowledge base or evaluation question (see lexicon.ts).
 */

export const REGIONAL: { forms: string[]; means: string[] }[] = [
  // a device that stopped working
  { forms: ["playing up", "acting up", "packed up", "conked out", "kaput", "busted", "on the fritz", "gave up", "given up", "died", "has died", "carked it", "broke down", "broken down", "not functioning", "stopped functioning", "gone wrong", "went wrong"], means: ["not working", "broken", "fault"] },
  { forms: ["not heating", "won't heat", "doesn't heat", "does not heat", "not heating up", "won't heat up", "doesn't heat up", "no hot water", "heating element"], means: ["heating", "heater", "not hot enough"] },
  { forms: ["dripping", "drips", "puddle", "water underneath", "water everywhere", "water on the counter"], means: ["leaks", "leaking"] },
  { forms: ["furred", "furred up", "chalky", "white residue", "white flakes", "white bits", "calcified", "scaled up", "kettle fur"], means: ["limescale", "descale"] },
  { forms: ["tastes off", "tastes funny", "tastes strange", "tastes weird", "tastes bad", "tastes awful", "tastes horrible", "no flavour", "no flavor", "lost its flavour", "lost its flavor"], means: ["taste", "flavor"] },
  { forms: ["cuppa", "cup of coffee", "cup of joe", "mug of coffee"], means: ["cup"] },
  // home network and phone
  { forms: ["broadband", "home internet", "internet connection", "mesh", "mesh network", "network name", "ssid"], means: ["wi-fi", "network", "router"] },
  { forms: ["mobile", "cell", "cellphone", "cell phone", "mobile phone", "smartphone", "handy"], means: ["phone"] },
  // account
  { forms: ["sign up", "signed up", "register", "registered", "registration", "create an account", "make an account", "open an account"], means: ["signed up", "account"] },
  { forms: ["credentials", "login details", "log in details", "sign in details", "login info"], means: ["password", "email address"] },
  { forms: ["otp", "one time code", "one-time code", "one time password", "one-time password", "security code", "login code", "sms code", "text code"], means: ["code", "two-factor"] },
  // subscription
  { forms: ["hold off", "take a break", "put it on hold", "on ice", "stop for a while", "stop for a bit", "a month off", "break for a month", "time off"], means: ["pause", "skip"] },
  { forms: ["autoship", "auto ship", "auto-ship", "auto delivery", "auto-delivery", "recurring order", "recurring delivery", "repeat order", "standing order", "regular delivery", "regular order"], means: ["subscription"] },
  { forms: ["fortnight", "every fortnight"], means: ["every 2 weeks", "biweekly"] },
  // orders, delivery, returns
  { forms: ["by post", "in the post", "posted", "post it", "sent by post", "mail it", "mailed"], means: ["shipping", "ship"] },
  { forms: ["consignment"], means: ["package", "order"] },
  { forms: ["eta", "expected delivery", "delivery estimate", "estimated delivery", "arrival date", "when will it get here", "when will it come", "when will i get it", "when will it turn up", "when will it arrive"], means: ["business days", "shipping takes"] },
  { forms: ["hasn't turned up", "not turned up", "never turned up", "didn't turn up", "still not here", "not here yet", "hasn't come yet", "not arrived", "not delivered", "undelivered"], means: ["track", "tracking number", "where is my order"] },
  { forms: ["rma", "return authorisation", "return authorization", "return number"], means: ["return", "return label"] },
  { forms: ["postcode", "zip", "zip code", "pincode", "pin code", "postal code"], means: ["postcode", "zip code"] },
  // money
  { forms: ["tax invoice", "gst invoice", "gst", "gst number", "gstin", "abn", "tax id", "tax number"], means: ["vat", "invoice", "vat id"] },
  { forms: ["card details", "bank details", "payment details", "billing info", "payment info", "payment information"], means: ["payment method", "card"] },
  { forms: ["deducted", "taken from my account", "took money", "taken money", "money was taken", "money taken", "took my money"], means: ["charged"] },
  { forms: ["cash back", "my cash back", "the cash back", "money returned", "get my cash"], means: ["refund", "money back"] },
  { forms: ["identical", "same amount twice", "same charge twice", "charged the same", "two identical", "two of the same"], means: ["charged twice", "duplicate charges"] },
  // situations described in everyday words
  { forms: ["inbox", "spam folder", "junk folder", "junk mail", "promotions tab", "promotions folder"], means: ["email", "spam", "junk"] },
  { forms: ["gmail", "hotmail", "outlook", "yahoo", "icloud", "work email", "personal email", "private email"], means: ["email address"] },
  { forms: ["won't let me in", "wont let me in", "won't let me log in", "won't let me sign in", "doesn't let me in", "not letting me in", "keeps kicking me out", "too many tries", "too many attempts", "too many times"], means: ["log in", "too many attempts"] },
  { forms: ["in pieces", "came in pieces", "shattered", "in bits", "snapped", "chipped"], means: ["broken", "damaged"] },
  { forms: ["wasn't in the box", "not in the box", "missing from the box", "wasn't included", "not included", "left out of the box", "forgot to include", "wasn't there"], means: ["missing", "missing from your order"] },
  { forms: ["crusty", "crust", "white stuff", "white crust", "scaly", "crusted"], means: ["limescale", "descale"] },
  { forms: ["code on the display", "code on the screen", "code came up", "code popped up", "code flashed", "code showed up", "letter and a number", "code flashing"], means: ["error code"] },
  { forms: ["overcharged", "charged too much", "wrong amount", "charged more"], means: ["charged", "amount"] },
];
