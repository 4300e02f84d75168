// Evaluation set for the AI agent on the demo "Acme" tenant.
//
// The knowledge base is scripts/demo/articles.ts (20 articles). The agent finds
// articles with keyword full-text search (SQLite FTS5, porter stemmer) and must
// answer from them, or refuse when no article answers.
//
// - `answerable`: realistic customer messages, each paired with the ONE article
//   that best answers it. Every question was checked against that article's
//   body, and chosen so that no other article answers it equally well.
// - `unanswerable`: messages no article answers, either off-topic or about Acme
//   but not covered by the knowledge base. The Acme-sounding ones were checked
//   against every article body. Bare greetings and requests for a human are
//   left out on purpose; they are handled separately.

export interface AnswerableQuestion {
  question: string;
  slug: string; // the ONE article that best answers it
}

export interface UnanswerableQuestion {
  question: string;
  why: string; // why no article answers it
}

export const answerable: AnswerableQuestion[] = [
  // refund-30-day-money-back-guarantee
  { question: "I paid with PayPal, how long until the refund actually shows up?", slug: "refund-30-day-money-back-guarantee" },
  { question: "i dont really like the dark harbor roast can i get my money back for that delivery", slug: "refund-30-day-money-back-guarantee" },
  { question: "Do I have to mail the coffee back if I didn't enjoy the roast?", slug: "refund-30-day-money-back-guarantee" },
  { question: "does the 30 day money back thing also apply to accessories or only the machines", slug: "refund-30-day-money-back-guarantee" },
  { question: "If I change my mind and send my order back within 30 days, is the shipping I paid refunded too?", slug: "refund-30-day-money-back-guarantee" },

  // charged-twice-unrecognised-charge
  { question: "My bank statement shows ACME BREW and ACME BEANS on the same day, why am I paying twice?", slug: "charged-twice-unrecognised-charge" },
  { question: "there's a charge from acme on my card and I don't think I ordered anything", slug: "charged-twice-unrecognised-charge" },
  { question: "I was billed twice for the exact same order, same amount. Please fix this", slug: "charged-twice-unrecognised-charge" },
  { question: "Should I just open a chargeback with my bank for this?", slug: "charged-twice-unrecognised-charge" },
  { question: "after checkout I see two pending payments on my banking app, will both go through?", slug: "charged-twice-unrecognised-charge" },

  // update-payment-method-card-declined
  { question: "do you take american express", slug: "update-payment-method-card-declined" },
  { question: "My card keeps getting declined at checkout even though it's valid. What's going on?", slug: "update-payment-method-card-declined" },
  { question: "got a new card, how do I make it the one that pays for my beans subscription", slug: "update-payment-method-card-declined" },
  { question: "my subscription payment failed, are you going to try charging it again?", slug: "update-payment-method-card-declined" },
  { question: "I placed an order with the wrong card, can I switch it to Apple Pay?", slug: "update-payment-method-card-declined" },

  // download-invoice-vat-receipt
  { question: "where can I download a pdf invoice for my order", slug: "download-invoice-vat-receipt" },
  { question: "how do I get an invoice for one of my bean deliveries", slug: "download-invoice-vat-receipt" },
  { question: "I forgot to add my company's VAT ID before ordering, can you reissue the invoice?", slug: "download-invoice-vat-receipt" },
  { question: "I'm in Germany, does your invoice show the VAT amount separately? My accountant needs it", slug: "download-invoice-vat-receipt" },
  { question: "need my business name printed on all future invoices", slug: "download-invoice-vat-receipt" },

  // cancel-or-change-bean-subscription
  { question: "how do I stop my coffee subscription? is there a cancellation fee", slug: "cancel-or-change-bean-subscription" },
  { question: "I'd like to switch my beans to the decaf roast", slug: "cancel-or-change-bean-subscription" },
  { question: "I cancelled my subscription yesterday but never got a confirmation email", slug: "cancel-or-change-bean-subscription" },
  { question: "cancelled my beans a few months ago and now I want to start getting them again", slug: "cancel-or-change-bean-subscription" },
  { question: "moving house next month, how do I update where my beans get delivered?", slug: "cancel-or-change-bean-subscription" },
  { question: "I upgraded to the Brew Pro so I need whole beans now instead of ground coffee", slug: "cancel-or-change-bean-subscription" },

  // pause-or-skip-delivery
  { question: "going on holiday for two months, can I put my coffee deliveries on hold?", slug: "pause-or-skip-delivery" },
  { question: "still have a full bag left, can i skip the next one", slug: "pause-or-skip-delivery" },
  { question: "I'm back from my trip early, how do I end the pause and get coffee now?", slug: "pause-or-skip-delivery" },
  { question: "Will you remind me before my paused subscription starts charging again?", slug: "pause-or-skip-delivery" },
  { question: "what's the longest I can pause my beans for", slug: "pause-or-skip-delivery" },

  // change-plan-monthly-biweekly
  { question: "how much coffee is in each delivery and roughly how many cups is that", slug: "change-plan-monthly-biweekly" },
  { question: "We drink about four cups a day between the two of us. Which plan should we be on?", slug: "change-plan-monthly-biweekly" },
  { question: "i want beans every 2 weeks instead of once a month", slug: "change-plan-monthly-biweekly" },
  { question: "What's the price difference between getting coffee monthly and every two weeks?", slug: "change-plan-monthly-biweekly" },
  { question: "If I move to biweekly today and my billing date is tomorrow, which price do I pay for the next delivery?", slug: "change-plan-monthly-biweekly" },

  // reset-forgotten-password
  { question: "hey i forgot my password and cant log in", slug: "reset-forgotten-password" },
  { question: "the password reset link says it has expired", slug: "reset-forgotten-password" },
  { question: "I never received the email to reset my password", slug: "reset-forgotten-password" },
  { question: "It says too many wrong attempts and won't let me log in anymore", slug: "reset-forgotten-password" },
  { question: "I signed up with my Google account, so what is my Acme password?", slug: "reset-forgotten-password" },
  { question: "if I reset my password will my coffee machine lose its connection to my account?", slug: "reset-forgotten-password" },

  // change-email-two-factor-authentication
  { question: "how do I change the email address on my account", slug: "change-email-two-factor-authentication" },
  { question: "I want to turn on 2FA for my Acme account", slug: "change-email-two-factor-authentication" },
  { question: "I got a new phone and lost my authenticator app, how do I log in now?", slug: "change-email-two-factor-authentication" },
  { question: "can I get my login codes by text message instead of using an app", slug: "change-email-two-factor-authentication" },
  { question: "what are the backup codes for when you set up two-step verification?", slug: "change-email-two-factor-authentication" },

  // delete-account-personal-data-gdpr
  { question: "please tell me how to delete my account and erase all my data", slug: "delete-account-personal-data-gdpr" },
  { question: "How can I get a copy of all the personal data you hold about me?", slug: "delete-account-personal-data-gdpr" },
  { question: "you send way too many promotional emails, how do I stop them", slug: "delete-account-personal-data-gdpr" },
  { question: "If I close my account, what happens to my beans subscription and my machine?", slug: "delete-account-personal-data-gdpr" },
  { question: "why would you still keep my invoices after I deleted my account?", slug: "delete-account-personal-data-gdpr" },

  // shipping-times-and-costs
  { question: "how long does standard delivery take to Canada", slug: "shipping-times-and-costs" },
  { question: "Is there express shipping in the US and how much is it?", slug: "shipping-times-and-costs" },
  { question: "will I have to pay import duties if I order to the UK", slug: "shipping-times-and-costs" },
  { question: "what time do I need to order by for it to leave the warehouse the same day?", slug: "shipping-times-and-costs" },
  { question: "is delivery free if I buy a Brew One or do I pay extra", slug: "shipping-times-and-costs" },

  // track-my-order
  { question: "I ordered last week and still no package. Where do I find my tracking number?", slug: "track-my-order" },
  { question: "tracking just says label created, is something wrong with my order?", slug: "track-my-order" },
  { question: "my package says delivered but it's not at my door and the neighbours don't have it", slug: "track-my-order" },
  { question: "tracking hasn't moved in over a week, what now", slug: "track-my-order" },

  // damaged-or-missing-items
  { question: "my brew pro arrived with a big dent on the side, the box was crushed", slug: "damaged-or-missing-items" },
  { question: "One of the bags of beans came torn open and coffee spilled all over the box", slug: "damaged-or-missing-items" },
  { question: "the descaler bottle wasn't in the box with my machine", slug: "damaged-or-missing-items" },
  { question: "The water tank arrived cracked. Do I have to send the whole machine back?", slug: "damaged-or-missing-items" },
  { question: "how long do I have to report that my delivery arrived broken", slug: "damaged-or-missing-items" },

  // return-a-machine
  { question: "how should I pack my coffee machine to send it back", slug: "return-a-machine" },
  { question: "I threw away the original box, can I still return my coffee maker?", slug: "return-a-machine" },
  { question: "I'd rather have the Brew Pro than the Brew One I got. Can I swap it?", slug: "return-a-machine" },
  { question: "got the return label, how many days do I have to drop the package off", slug: "return-a-machine" },
  { question: "I've already used the machine a few times, can I still send it back?", slug: "return-a-machine" },
  { question: "i dont have a printer, do i need to print the return label", slug: "return-a-machine" },

  // machine-wont-turn-on
  { question: "hey so my machine wont turn on??", slug: "machine-wont-turn-on" },
  { question: "I press the power button and nothing happens, the screen stays black", slug: "machine-wont-turn-on" },
  { question: "the display switches itself off after a while, is it broken?", slug: "machine-wont-turn-on" },
  { question: "I brought my Brew One from the US to Germany. Will it work here?", slug: "machine-wont-turn-on" },
  { question: "whats the right way to reset the brew one, do I just unplug it", slug: "machine-wont-turn-on" },
  { question: "It's plugged into a power strip with my toaster and is completely dead", slug: "machine-wont-turn-on" },

  // descale-machine-descale-light
  { question: "there's an orange drop light on my machine, what does that mean", slug: "descale-machine-descale-light" },
  { question: "Can I descale the machine with white vinegar instead of buying your stuff?", slug: "descale-machine-descale-light" },
  { question: "how long does descaling take", slug: "descale-machine-descale-light" },
  { question: "halfway through cleaning the screen says RINSE, what am I supposed to do?", slug: "descale-machine-descale-light" },
  { question: "how often do I need to descale, we have pretty hard water", slug: "descale-machine-descale-light" },

  // weak-watery-or-cold-coffee
  { question: "my coffee tastes like water", slug: "weak-watery-or-cold-coffee" },
  { question: "The coffee comes out lukewarm. Can I make it hotter?", slug: "weak-watery-or-cold-coffee" },
  { question: "how much ground coffee should I put in the Brew One per cup", slug: "weak-watery-or-cold-coffee" },
  { question: "what grind setting should I use on the brew pro to get stronger coffee", slug: "weak-watery-or-cold-coffee" },
  { question: "lately my coffee tastes flat and stale, I opened the bag about two months ago", slug: "weak-watery-or-cold-coffee" },

  // error-codes-e1-e5
  { question: "my brew one is showing E2", slug: "error-codes-e1-e5" },
  { question: "E4 on my Brew Pro, what do I do?", slug: "error-codes-e1-e5" },
  { question: "what does E1 mean on the display", slug: "error-codes-e1-e5" },
  { question: "It keeps showing E3 even after I turned it off and on again", slug: "error-codes-e1-e5" },

  // connect-machine-wifi-app
  { question: "my machine won't connect to my wifi", slug: "connect-machine-wifi-app" },
  { question: "does the Brew Pro work with a 5GHz network?", slug: "connect-machine-wifi-app" },
  { question: "the wifi light on the machine is orange", slug: "connect-machine-wifi-app" },
  { question: "I bought a Brew Pro second hand and can't add it to my app, it says it belongs to another account", slug: "connect-machine-wifi-app" },
  { question: "we changed our router, how do I get the machine back on the app", slug: "connect-machine-wifi-app" },
  { question: "Can I hook it up to my dorm wifi where you have to log in on a web page?", slug: "connect-machine-wifi-app" },

  // warranty-coverage
  { question: "how long is the warranty on the brew pro", slug: "warranty-coverage" },
  { question: "I dropped my machine and the display cracked, is that covered?", slug: "warranty-coverage" },
  { question: "got my Brew One as a birthday present, is the warranty still valid for me?", slug: "warranty-coverage" },
  { question: "The grinder stopped working after 14 months. Will you fix it for free?", slug: "warranty-coverage" },
  { question: "we use the machine in our small cafe for customers, does the warranty cover that", slug: "warranty-coverage" },
  { question: "how do I make a warranty claim", slug: "warranty-coverage" },
];

export const unanswerable: UnanswerableQuestion[] = [
  // (a) Off-topic
  { question: "what's the weather going to be like in Chicago tomorrow", why: "Off-topic: weather forecast." },
  { question: "Who won the Champions League final last year?", why: "Off-topic: sports." },
  { question: "can you give me a recipe for banana bread", why: "Off-topic: baking recipe unrelated to Acme machines." },
  { question: "How do I reverse a linked list in Python?", why: "Off-topic: coding help." },
  { question: "what's 17 times 23", why: "Off-topic: arithmetic." },
  { question: "tell me a joke", why: "Off-topic: entertainment request." },
  { question: "How do I descale my Nespresso Vertuo?", why: "Off-topic: another company's product; the Acme descaling article only covers Brew One and Brew Pro." },
  { question: "my Keurig is flashing its descale light, how do I turn it off", why: "Off-topic: another company's machine, not covered by Acme's articles." },
  { question: "Who should I vote for in the next election?", why: "Off-topic: politics." },
  { question: "what are the best things to do in Lisbon for a weekend", why: "Off-topic: travel advice." },
  { question: "I have a bad headache and some chest pain, what medicine should I take?", why: "Off-topic: medical advice." },
  { question: "how much caffeine is safe to drink while pregnant", why: "Off-topic: medical advice; no article discusses caffeine or health." },
  { question: "My iPhone battery drains really fast, how do I fix it?", why: "Off-topic: another company's product." },
  { question: "write me a SQL query that finds duplicate rows in a table", why: "Off-topic: coding help." },
  { question: "What's the capital of Australia?", why: "Off-topic: general knowledge." },
  { question: "can you recommend a good sci-fi novel", why: "Off-topic: book recommendation." },
  { question: "How do I get red wine stains out of a carpet?", why: "Off-topic: household cleaning unrelated to Acme machines." },
  { question: "is it better to lease or buy a car", why: "Off-topic: personal finance." },
  { question: "What time does the Lakers game start tonight?", why: "Off-topic: sports." },
  { question: "translate good morning into japanese", why: "Off-topic: translation request." },
  { question: "How do I cook perfect rice on the stove?", why: "Off-topic: cooking recipe unrelated to Acme machines." },
  { question: "cheapest way to fly from London to New York in December?", why: "Off-topic: travel." },
  { question: "solve x^2 - 5x + 6 = 0", why: "Off-topic: math." },
  { question: "What's the difference between a Roth IRA and a 401k?", why: "Off-topic: personal finance." },
  { question: "how do I set up port forwarding on my Netgear router for gaming", why: "Off-topic: networking help for another company's product; the Wi-Fi article only covers pairing Acme machines." },
  { question: "write a haiku about autumn leaves", why: "Off-topic: creative writing request." },

  // (b) Sounds like Acme support, but the knowledge base does not answer it
  { question: "Is Acme hiring? I'd love to work in your warehouse", why: "About Acme but not covered: no article mentions jobs or careers." },
  { question: "what's Acme's stock ticker and current share price", why: "About Acme but not covered: no article mentions stock or investors." },
  { question: "Do you sell an electric tea kettle?", why: "About Acme but not covered: Acme sells Brew One, Brew Pro, accessories and Acme Beans; no article mentions a kettle." },
  { question: "what time does your downtown Acme store open on Saturdays", why: "About Acme but not covered: no article mentions physical stores or opening hours." },
  { question: "I run a cafe, can I become an authorised reseller of Acme Brew machines?", why: "About Acme but not covered: no article covers reseller, wholesale or franchise programs (the warranty article only mentions buying from a retailer)." },
  { question: "I'm a journalist writing about smart coffee machines, who is your press contact?", why: "About Acme but not covered: no article gives press or media contacts." },
  { question: "Amazon has the Brew Pro cheaper, do you price match?", why: "About Acme but not covered: no article mentions price matching." },
  { question: "do you have a promo code or a student discount", why: "About Acme but not covered: no article mentions discounts or promo codes." },
  { question: "Can I buy an Acme gift card for my dad?", why: "About Acme but not covered: no article mentions gift cards (the warranty article only covers machines received as a gift)." },
  { question: "are acme beans organic and fair trade certified", why: "About Acme but not covered: the articles name the roasts but say nothing about sourcing or certifications." },
  { question: "How do I make a latte with the steam wand on the Brew Pro?", why: "About Acme but not covered: the steam wand is only mentioned in the descaling steps; no article explains frothing milk or making lattes." },
  { question: "how do I replace the water filter in my machine and how often should I do it", why: "About Acme but not covered: the water filter is only named as a wear part excluded from the warranty; no article explains replacing it." },
  { question: "Can I buy a single bag of beans without signing up for a subscription?", why: "About Acme but not covered: the articles only describe the Monthly and Biweekly subscription plans, not one-off purchases." },
  { question: "does the acme brew app work with alexa or google home", why: "About Acme but not covered: no article mentions voice assistants or smart-home integrations." },
  { question: "What's the water tank capacity of the Brew One?", why: "About Acme but not covered: no article states the water tank size (only the MIN and MAX lines and a 1.5 liter container for descaling)." },
  { question: "Do you have a referral program where I get free coffee for inviting friends?", why: "About Acme but not covered: no article mentions referrals or rewards." },
  { question: "how much does the Brew Pro cost", why: "About Acme but not covered: no article body states the machine prices (only shipping, descaler and Acme Beans plan prices)." },
  { question: "Can I send an Acme Beans subscription as a gift to my sister?", why: "About Acme but not covered: no article mentions gifting a subscription." },
];
