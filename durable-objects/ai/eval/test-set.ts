// SEALED evaluation test set for the Parley AI agent on the Acme demo knowledge base
// (scripts/demo/articles.ts). Do NOT read this file while working on the responder,
// and never tune prompts, synonyms or retrieval on these messages. It exists only to
// measure the agent on customer messages it has never been shaped around.
//
// Every `answer` phrase is copied verbatim (case aside) from one paragraph of the body
// of the article named by `slug`.

export interface TestAnswerable {
  question: string;
  /** the ONE article slug that answers it */
  slug: string;
  /** 1–3 short phrases (3–12 words each) copied VERBATIM from that article's body, that together state the answer.
   *  An AI answer counts as right only if its quoted passage contains every phrase (compared case-insensitively,
   *  whitespace collapsed, Markdown characters * _ ` # ignored). Each phrase must lie inside one paragraph/sentence of the
   *  article and be the minimal fact that answers (e.g. "3 to 10 business days", not a whole paragraph). */
  answer: string[];
  /** true when the message is angry/frustrated in tone but answerable */
  angry?: boolean;
  /** ISO language code of the message, when not English */
  lang?: string;
}

export interface TestUnanswerable {
  question: string;
  /** why no article answers it (checked against every article body) */
  why: string;
}

export interface TestIntent {
  message: string;
  lang: string; // "en", "es", "fr", "de", "pt"
  why: string;
}

export const testAnswerable: TestAnswerable[] = [
  // ------------------------------------------------ refund-30-day-money-back-guarantee
  {
    question:
      "hi so i ordered the brew one with express shipping (paid like 15 bucks for that lol) and its just not for me. if i send it back do i get the shipping money back too or only what the machine cost",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["including any shipping charge"],
  },
  {
    question:
      "sent my brew pro back, got the email last week saying the refund went thru but theres still nothing on my amex. how long does it usually take to actualy show up",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["appear on your statement within 3 to 10 business days"],
  },
  {
    question: "returned the descaler pack i paid for with apple pay. when does the money come back to me",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["refunds usually show within 1 to 2 business days"],
  },
  {
    question:
      "ngl the dark harbor in my last box tastes burnt to me. can i get my money back for that one?? both bags are already open so i cant really mail them back",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["refund that delivery or send you a different roast for free", "You don't need to send the coffee back"],
  },
  {
    question:
      "Hola, hace dos semanas compré un accesorio para mi Brew One y al final no lo uso. ¿Lo puedo devolver y recuperar el dinero?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["every accessory comes with a 30-day money-back guarantee"],
    lang: "es",
  },
  {
    question:
      "ok dropped the return off at ups yesterday. do i need to email you or call or something to get my refund or does it just happen",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["do not need to contact us separately to get your money back"],
  },

  // ------------------------------------------------ charged-twice-unrecognised-charge
  {
    question:
      "why are there 2 charges on my card from you guys, one says ACME BREW and the other ACME BEANS?? i bought the machine and signed up for the coffee thing on the same day",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Acme Beans subscription deliveries appear separately", "you will see two different charges"],
  },
  {
    question:
      "my banking app shows the same amount from acme twice, both still say pending. i only ordered once. when does the extra one go away",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Pending holds drop off by themselves within 3 to 5 business days"],
  },
  {
    question:
      "this is the second time im writing about this. you charged me TWICE for the same beans delivery and my bank says its not pending, its a real charge. what do you need from me and when do i get my money back",
    slug: "charged-twice-unrecognised-charge",
    answer: ["the date, the amount and the last 4 digits of the card", "We refund genuine duplicate charges within 2 business days"],
    angry: true,
  },
  {
    question:
      "honestly about to just dispute the charge with my credit card company instead of dealing w this. anything i should know before i do that",
    slug: "charged-twice-unrecognised-charge",
    answer: ["your Acme Beans subscription is paused while the dispute is open", "usually takes much longer to resolve than a refund from us"],
  },
  {
    question:
      "Hallo, auf meinem Kontoauszug ist eine Abbuchung von Acme, die ich mir nicht erklären kann. Wo kann ich nachschauen, wofür die war?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["log in and compare it with Account > Orders"],
    lang: "de",
  },
  {
    question:
      "weird, im getting billed for two bean subscriptions every month but when i log in i only see one. whats going on",
    slug: "charged-twice-unrecognised-charge",
    answer: ["two Acme accounts with different email addresses, each with its own subscription"],
  },

  // ------------------------------------------------ update-payment-method-card-declined
  {
    question: "can i pay with amex or is it only visa and mastercard",
    slug: "update-payment-method-card-declined",
    answer: ["We accept Visa, Mastercard, American Express"],
  },
  {
    question: "im ordering from germany, will my discover card work?",
    slug: "update-payment-method-card-declined",
    answer: ["Discover (US only)"],
  },
  {
    question:
      "your checkout keeps rejecting my card and its a brand new card with plenty of money on it. ridiculous. whats wrong with your site",
    slug: "update-payment-method-card-declined",
    answer: ["billing ZIP code or postcode that doesn't match", "a 3D Secure confirmation in your banking app"],
    angry: true,
  },
  {
    question:
      "got an email that the payment for my coffee failed, my card expired last month. will you try charging it again? and is my subscription cancelled now??",
    slug: "update-payment-method-card-declined",
    answer: ["retry automatically 1, 3 and 7 days later", "your Acme Beans subscription is paused, not cancelled"],
  },
  {
    question: "just placed an order and realised it went on my old visa, can u switch it to paypal pls",
    slug: "update-payment-method-card-declined",
    answer: ["an order that has already been placed can't be changed", "cancel the order before it ships and order again"],
  },
  {
    question:
      "Bonjour, j'ai reçu ma nouvelle carte bancaire. Comment faire pour que mon abonnement café soit prélevé sur la nouvelle carte ?",
    slug: "update-payment-method-card-declined",
    answer: ["choose Add payment method, then select Set as default", "the one used for your Acme Beans subscription"],
    lang: "fr",
  },
  {
    question: "declined AGAIN. why does your system keep declining me and never says why?? just tell me the reason",
    slug: "update-payment-method-card-declined",
    answer: ["Your bank can tell you the exact reason for a decline"],
    angry: true,
  },
  {
    question:
      "my subscription payment bounced so i just put in my new card. do i have to wait for you guys to retry or does it go thru now",
    slug: "update-payment-method-card-declined",
    answer: ["triggers a new attempt straight away"],
  },

  // ------------------------------------------------ download-invoice-vat-receipt
  {
    question: "need a receipt for the brew pro i bought, its for my expense report. where do i get a pdf",
    slug: "download-invoice-vat-receipt",
    answer: ["select the order and choose Download invoice"],
  },
  {
    question:
      "bought 2 machines for our office last month and forgot to put the company name on the order. accounting wont accept the invoice without it. can you fix it??",
    slug: "download-invoice-vat-receipt",
    answer: ["contact us within 60 days of the order date", "reissue the invoice with your company details"],
  },
  {
    question:
      "Ich brauche für meine Firma eine Rechnung mit ausgewiesener Mehrwertsteuer, Lieferung geht nach Österreich. Steht die MwSt. auf euren Rechnungen drauf?",
    slug: "download-invoice-vat-receipt",
    answer: ["our invoices are full VAT receipts"],
    lang: "de",
  },
  {
    question: "where can i find invoices for my coffee subscription deliveries? i need the one from march for my taxes",
    slug: "download-invoice-vat-receipt",
    answer: ["each delivery has its own invoice", "choose Download invoice next to the delivery you need"],
  },
  {
    question:
      "my husband ordered the machine from his account but i paid him back for it. can the invoice be put in my name instead",
    slug: "download-invoice-vat-receipt",
    answer: ["Invoices are only issued in the name of the Acme account"],
  },
  {
    question: "im in canada, will the invoice show the tax i paid on it",
    slug: "download-invoice-vat-receipt",
    answer: ["the invoice shows any sales tax charged"],
  },
  {
    question: "how do i get our vat id printed on the invoices automaticaly from now on",
    slug: "download-invoice-vat-receipt",
    answer: ["add them in Account > Billing details before you place the order"],
  },

  // ------------------------------------------------ cancel-or-change-bean-subscription
  {
    question: "thinking of quitting the bean subscription. is there a fee or some minimum contract i have to finish first",
    slug: "cancel-or-change-bean-subscription",
    answer: ["no cancellation fee and no minimum term"],
  },
  {
    question: "i cancelled my coffee subscription yesterday in the app but never got any email about it. did it actually cancel?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["the subscription is not cancelled yet"],
  },
  {
    question: "do you guys have decaf? my wife is pregnant and still wants her morning cup",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Dark Harbor or Decaf Classic", "Change coffee to switch roast"],
  },
  {
    question:
      "i have the brew one not the pro. the subscription keeps sending whole beans which i cant use. how do i get it already ground",
    slug: "cancel-or-change-bean-subscription",
    answer: ["ground for the Brew One", "Change coffee to switch roast"],
  },
  {
    question: "cancelled the beans last month and i already miss it lol. can i get it back with the same coffee i had",
    slug: "cancel-or-change-bean-subscription",
    answer: ["restart a cancelled subscription at any time", "with the same plan and coffee as before"],
  },
  {
    question: "Hola, quiero dar de baja mi suscripción de café. ¿Cuáles son los pasos?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Choose Cancel subscription", "Tap Confirm cancellation"],
    lang: "es",
  },
  {
    question:
      "unbelievable. i cancelled on monday, my billing date was tuesday and you STILL charged me and shipped it. how is that even legal",
    slug: "cancel-or-change-bean-subscription",
    answer: ["cancel at least 48 hours before your next billing date", "it will still be charged and shipped"],
    angry: true,
  },
  {
    question:
      "Cancelei minha assinatura. Vocês vão devolver o dinheiro da entrega que já foi cobrada e enviada antes de eu cancelar?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Cancelling does not refund deliveries that were already charged"],
    lang: "pt",
  },

  // ------------------------------------------------ pause-or-skip-delivery
  {
    question: "going backpacking in asia for 2 months, can i put the coffee deliveries on hold while im away",
    slug: "pause-or-skip-delivery",
    answer: ["choose Pause subscription and pick 1, 2 or 3 months"],
  },
  {
    question: "can i pause my beans for like half a year? got a work contract abroad",
    slug: "pause-or-skip-delivery",
    answer: ["pick 1, 2 or 3 months"],
  },
  {
    question:
      "if i pause does it start again on its own or do i have to remember to turn it back on? because i will 100% forget",
    slug: "pause-or-skip-delivery",
    answer: ["it restarts automatically at the end of the pause", "We email you a reminder 7 days before your subscription resumes"],
  },
  {
    question: "came back early from my trip and im out of coffee. how do i unpause and how fast will it get here",
    slug: "pause-or-skip-delivery",
    answer: ["To end a pause early, choose Resume now", "charged and shipped within 1 business day"],
  },
  {
    question:
      "this is ridiculous, third time asking and nobody answers: is there a limit on how many times i can skip a delivery? i still have tons of coffee",
    slug: "pause-or-skip-delivery",
    answer: ["skip as many times as you like, one delivery at a time"],
    angry: true,
  },
  {
    question: "Ainda tenho bastante café em casa. Quero pular só a próxima entrega, vou ser cobrado por ela?",
    slug: "pause-or-skip-delivery",
    answer: ["You won't be charged for that delivery", "your billing date moves to the following one"],
    lang: "pt",
  },
  {
    question: "does it cost anything to put my subscription on pause? dont want some stupid fee",
    slug: "pause-or-skip-delivery",
    answer: ["Both are free and take effect straight away"],
  },

  // ------------------------------------------------ change-plan-monthly-biweekly
  {
    question: "how much is the every 2 weeks coffee plan in euro? and do i pay shipping on top",
    slug: "change-plan-monthly-biweekly",
    answer: ["every 2 weeks for $22 or €20 per delivery", "shipping is always free"],
  },
  {
    question: "roughly how many cups of coffee do i get out of one delivery",
    slug: "change-plan-monthly-biweekly",
    answer: ["about 17.6 oz, or roughly 50 cups"],
  },
  {
    question: "me and my gf both drink like 2 cups a day each. monthly or the 2 week one, which makes more sense",
    slug: "change-plan-monthly-biweekly",
    answer: ["Biweekly plan suits three or four cups a day", "a household with two coffee drinkers"],
  },
  {
    question:
      "i switched from monthly to every 2 weeks YESTERDAY and tomorrows bill is still the old price?? fix it",
    slug: "change-plan-monthly-biweekly",
    answer: ["the upcoming delivery is charged at the old plan's price"],
    angry: true,
  },
  {
    question:
      "Bonjour, combien coûte l'abonnement mensuel et combien de café est-ce que je reçois à chaque livraison ?",
    slug: "change-plan-monthly-biweekly",
    answer: ["once a month for $24 or €22 per delivery", "two 250 g bags of freshly roasted coffee per delivery"],
    lang: "fr",
  },
  {
    question:
      "working from home now so drinking way more coffee. i want the beans to come more often, how do i change that",
    slug: "change-plan-monthly-biweekly",
    answer: ["Choose Change plan", "Select Monthly or Biweekly"],
  },

  // ------------------------------------------------ reset-forgotten-password
  {
    question: "typed my password wrong a bunch of times and now it wont let me log in at all. how long am i locked out",
    slug: "reset-forgotten-password",
    answer: ["logging in is blocked for 15 minutes"],
  },
  {
    question: "clicked the reset pasword link from this morning and it says expired?? its been like 2 hours",
    slug: "reset-forgotten-password",
    answer: ["The reset link works once and expires after 60 minutes"],
  },
  {
    question: "ive requested like 4 password reset emails now and NONE of the links work. this is so frustrating",
    slug: "reset-forgotten-password",
    answer: ["only the most recent link works, so use the newest one"],
    angry: true,
  },
  {
    question: "i always sign in w google and now it asks me for a password i never made. how do i reset it",
    slug: "reset-forgotten-password",
    answer: ["you don't have an Acme password", "log in with the same Apple or Google button instead"],
  },
  {
    question: "trying to set a new password and it keeps rejecting it. what are the rules",
    slug: "reset-forgotten-password",
    answer: ["at least 8 characters with at least one letter and one number"],
  },
  {
    question: "if i reset my password will my coffee maker drop off the wifi? dont want to set it up all over again",
    slug: "reset-forgotten-password",
    answer: ["Your coffee machine stays connected to Wi-Fi and to your account"],
  },
  {
    question: "olvidé mi contraseña y pedí el correo para cambiarla pero no me llega nada, ya pasó media hora",
    slug: "reset-forgotten-password",
    answer: ["Check your spam, junk and promotions folders"],
    lang: "es",
  },

  {
    question: "Pedi para redefinir a senha da minha conta. Quanto tempo demora para o e-mail chegar?",
    slug: "reset-forgotten-password",
    answer: ["The reset email usually arrives within 5 minutes"],
    lang: "pt",
  },

  // ------------------------------------------------ change-email-two-factor-authentication
  {
    question: "im changing the email on my account, the code you sent me, how long before it stops working",
    slug: "change-email-two-factor-authentication",
    answer: ["Enter the code within 15 minutes to confirm"],
  },
  {
    question:
      "switching jobs so i need to change the email on my acme account. will i lose my warranty or my beans subscription if i do",
    slug: "change-email-two-factor-authentication",
    answer: ["warranty and connected machines all stay on your account", "go to Account > Profile > Email address and choose Edit"],
  },
  {
    question: "can i get the login codes by text message instead of downloading yet another app",
    slug: "change-email-two-factor-authentication",
    answer: ["or receive codes by SMS"],
  },
  {
    question: "dropped my phone in the toilet lol. now i cant get my 2fa codes to log in. help",
    slug: "change-email-two-factor-authentication",
    answer: ["Log in with a backup code", "set up 2FA again on your new phone"],
  },
  {
    question:
      "lost my phone AND i never saved those backup codes. what do you need from me to turn off 2fa and how long will it take",
    slug: "change-email-two-factor-authentication",
    answer: ["your order number, billing address and the last 4 digits", "removing 2FA then takes up to 2 business days"],
  },
  {
    question: "Wie schalte ich die Zwei-Faktor-Authentifizierung ein? Geht das auch mit 1Password?",
    slug: "change-email-two-factor-authentication",
    answer: ["Account > Security > Two-factor authentication and choose Turn on", "Google Authenticator, Microsoft Authenticator or 1Password"],
    lang: "de",
  },
  {
    question: "how many of those backup codes do i get when i turn on the two step login thing",
    slug: "change-email-two-factor-authentication",
    answer: ["we show you 10 backup codes once"],
  },

  {
    question: "Troquei o e-mail da minha conta. Vocês mandam algum aviso para o e-mail antigo? Quero ter certeza que fui eu mesmo.",
    slug: "change-email-two-factor-authentication",
    answer: ["We also send a notice to your old address"],
    lang: "pt",
  },

  // ------------------------------------------------ delete-account-personal-data-gdpr
  {
    question: "nuke my account. all of it. how do i do that",
    slug: "delete-account-personal-data-gdpr",
    answer: ["go to Account > Privacy > Delete my account"],
  },
  {
    question:
      "STOP sending me promo emails!!! every single day theres a new one. i still want to know when my orders ship tho",
    slug: "delete-account-personal-data-gdpr",
    answer: ["turn off marketing emails in Account > Notifications"],
    angry: true,
  },
  {
    question: "i want a copy of all the data you have on me. how do i get it and how long does it take",
    slug: "delete-account-personal-data-gdpr",
    answer: ["request a copy of all your personal data", "as a ZIP file within 48 hours"],
  },
  {
    question: "if i delete my acct does my beans subscription stop or will it keep charging me",
    slug: "delete-account-personal-data-gdpr",
    answer: ["cancels any active Acme Beans subscription immediately"],
  },
  {
    question: "requested account deletion 3 days ago and the account still exists. how long does this take",
    slug: "delete-account-personal-data-gdpr",
    answer: ["Your account is deleted permanently within 30 days"],
  },
  {
    question:
      "under gdpr i demand you erase ALL my data right now including every payment record. why are you still keeping anything",
    slug: "delete-account-personal-data-gdpr",
    answer: ["as long as tax law requires (up to 10 years)"],
    angry: true,
  },
  {
    question: "Je veux supprimer mon compte mais j'ai encore une commande en cours de livraison. C'est possible ?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["deletion starts once it is completed"],
    lang: "fr",
  },
  {
    question: "planning to delete my acct, anything i should save first? the machine is still under warranty",
    slug: "delete-account-personal-data-gdpr",
    answer: ["the invoice is your proof of purchase for the 2-year warranty"],
  },

  // ------------------------------------------------ shipping-times-and-costs
  {
    question: "im in toronto, can i get the descaler sent express? kinda need it asap",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping is not available in Canada"],
  },
  {
    question:
      "ordering a descaler pack to london. how long will shipping take, how much, and am i going to get hit with customs fees",
    slug: "shipping-times-and-costs",
    answer: ["5 to 8 business days and costs €12.95", "Import duties and local taxes are not included"],
  },
  {
    question: "Wie lange dauert der Versand nach Deutschland und was kostet Express?",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 3 to 6 business days", "Express shipping takes 1 to 3 business days and costs €14.95"],
    lang: "de",
  },
  {
    question: "if i order descaler at like 4pm today (new york) does it still go out today?",
    slug: "shipping-times-and-costs",
    answer: ["Orders placed before 2 pm on a business day", "later orders leave the next business day"],
  },
  {
    question: "do i have to pay for shipping on a brew pro or is it free",
    slug: "shipping-times-and-costs",
    answer: ["Brew One and Brew Pro orders always ship free"],
  },
  {
    question: "how much is shipping on a $20 order in the us? is there a minimum for free shipping",
    slug: "shipping-times-and-costs",
    answer: ["costs $5.95, free on orders of $50 or more"],
  },
  {
    question: "need it by friday and its tuesday. im in the US. whats the fastest shipping and how much",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping takes 1 to 2 business days and costs $14.95"],
  },
  {
    question: "Vivo en España. Si mi pedido es de 30 euros, ¿cuánto pago de envío?",
    slug: "shipping-times-and-costs",
    answer: ["costs €5.95, free on orders of €50 or more"],
    lang: "es",
  },
  {
    question: "shipping to canada, how long does it normally take and whats it cost",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 5 to 8 business days and costs $9.95"],
  },

  // ------------------------------------------------ track-my-order
  {
    question: "wheres my stuff?? ordered the brew one last week and havent heard a thing",
    slug: "track-my-order",
    answer: ["select the order and choose Track package"],
  },
  {
    question:
      "tracking has said label created since yesterday and nothing else. did you guys even send it or not",
    slug: "track-my-order",
    answer: ["It can take up to 24 hours after the shipping email", "on the first day, that is normal"],
    angry: true,
  },
  {
    question: "says delivered today but theres nothing at my door, already asked the neighbors too",
    slug: "track-my-order",
    answer: ["wait 48 hours, as carriers sometimes mark packages delivered early", "we will send a replacement or give you a full refund"],
  },
  {
    question: "where do i find the tracking for my coffee bean delivery",
    slug: "track-my-order",
    answer: ["each delivery has its own tracking number", "listed in Account > Subscriptions > Billing history"],
  },
  {
    question: "O rastreamento do meu pedido está parado há mais de uma semana, não muda nada. O que eu faço?",
    slug: "track-my-order",
    answer: ["If your tracking hasn't moved for 5 business days", "we will open an investigation with the carrier"],
    lang: "pt",
  },
  {
    question: "accidentally deleted the shipping email. where else can i find my tracking number",
    slug: "track-my-order",
    answer: ["find the tracking number at any time in Account > Orders"],
  },

  // ------------------------------------------------ damaged-or-missing-items
  {
    question:
      "my brew pro showed up with a huge dent in the side and the box was crushed. what do you need from me",
    slug: "damaged-or-missing-items",
    answer: ["Contact us with your order number and photos of the damaged item", "the outside of the box and the shipping label"],
  },
  {
    question: "bag of beans came ripped open, coffee all over the inside of the box. do i have to mail it back to you",
    slug: "damaged-or-missing-items",
    answer: ["You don't need to send back damaged coffee"],
  },
  {
    question: "the bottle of descaler thats supposed to come with the machine isnt in the box??",
    slug: "damaged-or-missing-items",
    answer: ["packed in the cardboard tray under the water tank"],
  },
  {
    question: "how fast can you send a replacement for my machine that arrived broken",
    slug: "damaged-or-missing-items",
    answer: ["we send a free replacement, usually within 2 business days"],
  },
  {
    question:
      "machine arrived smashed. do i seriously have to drag this heavy broken thing to a ups store? this is such a hassle",
    slug: "damaged-or-missing-items",
    answer: ["a prepaid return label only if we need the machine back", "otherwise you can recycle it"],
    angry: true,
  },
  {
    question: "Me llegó el pedido pero falta la jarra de leche de la Brew Pro. Ya revisé todo. ¿Qué hago?",
    slug: "damaged-or-missing-items",
    answer: ["tell us your order number and which item is missing", "we will ship it free of charge"],
    lang: "es",
  },
  {
    question:
      "the box looked beat up when it came 3 weeks ago, only opened it now and the water tank is cracked. too late to tell you?",
    slug: "damaged-or-missing-items",
    answer: ["report it within 14 days of delivery"],
  },

  // ------------------------------------------------ return-a-machine
  {
    question: "used my brew one for about 2 weeks and its just not for me. can i still send it back even tho ive used it?",
    slug: "return-a-machine",
    answer: ["even if you have used it"],
  },
  {
    question: "threw out the box the machine came in 🙈 can i still return it",
    slug: "return-a-machine",
    answer: ["otherwise use a sturdy box with padding all around"],
  },
  {
    question: "dont have a printer at home, how am i supposed to use the return label",
    slug: "return-a-machine",
    answer: ["show the QR code at the drop-off point"],
  },
  {
    question: "got the return label like 3 weeks ago and still havent dropped the machine off. is it too late now?",
    slug: "return-a-machine",
    answer: ["Drop the package off within 14 days of receiving the label"],
  },
  {
    question: "what parts do i need to put in the box when i send back my brew pro",
    slug: "return-a-machine",
    answer: ["Include all parts: water tank, drip tray, power cord", "the bean hopper lid and milk jug"],
  },
  {
    question: "i want the brew pro instead of the brew one i got. can you just swap it",
    slug: "return-a-machine",
    answer: ["Return your machine and place a new order for the other one"],
  },
  {
    question: "Muss ich die Maschine vor dem Zurückschicken sauber machen oder irgendwas beachten?",
    slug: "return-a-machine",
    answer: ["empty the water tank and drip tray", "let the machine dry for a few hours"],
    lang: "de",
  },
  {
    question:
      "does the reason i pick on the return form matter? scared you wont refund me if i just say i didnt like it",
    slug: "return-a-machine",
    answer: ["Your reason does not affect your refund"],
  },

  // ------------------------------------------------ machine-wont-turn-on
  {
    question: "the thing won't even light up. nothing. brand new out of the box and already dead. ridiculous",
    slug: "machine-wont-turn-on",
    answer: ["Check the main power switch on the back of the machine", "It must be in the I (on) position"],
    angry: true,
  },
  {
    question: "made coffee this morning and now the screen is totally black. did it die?",
    slug: "machine-wont-turn-on",
    answer: ["After 30 minutes without use it turns off its display", "Press Power once to wake it"],
  },
  {
    question: "can i make it stay on longer before it goes to sleep? annoying having to wake it up every time",
    slug: "machine-wont-turn-on",
    answer: ["change the auto-off time in the Acme Brew app"],
  },
  {
    question: "how do i hard reset the brew one",
    slug: "machine-wont-turn-on",
    answer: ["To reset the machine, switch it off", "unplug it for 60 seconds"],
  },
  {
    question: "brought my brew pro with me from the states to france, using a plug adapter and it wont power on",
    slug: "machine-wont-turn-on",
    answer: ["Machines sold in the US are built for 120 V"],
  },
  {
    question: "Mi cafetera está enchufada a un temporizador programable y no enciende para nada. ¿Qué puede ser?",
    slug: "machine-wont-turn-on",
    answer: ["not into a power strip, extension cord or timer"],
    lang: "es",
  },
  {
    question: "tried everything, still wont turn on. what info do u need from me? is this covered",
    slug: "machine-wont-turn-on",
    answer: ["contact us with your machine's serial number", "A machine that won't power on is covered"],
  },
  {
    question:
      "outlet works fine with my kettle but the machine still wont start. theres a little button on the outlet thing, does that matter",
    slug: "machine-wont-turn-on",
    answer: ["If your kitchen outlet has a Reset button (GFCI), press it"],
  },

  // ------------------------------------------------ descale-machine-descale-light
  {
    question: "theres a little orange water drop light on my machine, what does it want from me",
    slug: "descale-machine-descale-light",
    answer: ["limescale from your water has built up inside the machine", "it is time to descale"],
  },
  {
    question: "ran out of the acme descaler, can i just run vinegar thru it instead",
    slug: "descale-machine-descale-light",
    answer: ["don't use vinegar, as it can damage the seals"],
  },
  {
    question: "how much is the descaler stuff",
    slug: "descale-machine-descale-light",
    answer: ["a pack of 2 bottles costs $14.99 or €13.99"],
  },
  {
    question: "how long does the whole descaling thing take, got to leave for work in 20 min",
    slug: "descale-machine-descale-light",
    answer: ["Descaling takes about 25 minutes"],
  },
  {
    question: "how do i actually start the descale? which button do i press",
    slug: "descale-machine-descale-light",
    answer: ["Press and hold Clean for 3 seconds"],
  },
  {
    question: "descaling stopped halfway and the screen says RINSE. did i break it?",
    slug: "descale-machine-descale-light",
    answer: ["empty the container, rinse the water tank", "fill it with fresh water to MAX and press Brew"],
  },
  {
    question: "how often am i supposed to descale this thing",
    slug: "descale-machine-descale-light",
    answer: ["usually every 2 to 3 months"],
  },
  {
    question: "Pour le détartrage, quelle taille de récipient je dois mettre sous la buse ?",
    slug: "descale-machine-descale-light",
    answer: ["a container that holds at least 1.5 liters (50 oz)"],
    lang: "fr",
  },
  {
    question: "the descale light comes on way too often, we have really soft water here",
    slug: "descale-machine-descale-light",
    answer: ["Set your water hardness in the Acme Brew app"],
  },

  {
    question: "Le voyant de détartrage est allumé depuis des semaines, je l'ignore. Qu'est-ce qui peut arriver si je continue ?",
    slug: "descale-machine-descale-light",
    answer: ["coffee can taste bitter, come out less hot"],
    lang: "fr",
  },

  // ------------------------------------------------ weak-watery-or-cold-coffee
  {
    question: "coffee tastes like brown water honestly. brew one. how much coffee am i even supposed to put in",
    slug: "weak-watery-or-cold-coffee",
    answer: ["one level Acme scoop (10 g) of ground coffee", "for every 150 ml (5 oz) cup you brew"],
  },
  {
    question: "my coffee is never hot enough, can i make it hotter?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["go to Settings > Brew temperature", "High (96 °C / 205 °F)"],
  },
  {
    question: "brew pro grind dial is on 5, i want stronger coffee. which way do i turn it",
    slug: "weak-watery-or-cold-coffee",
    answer: ["turn it 1 or 2 steps finer", "only while the grinder is running"],
  },
  {
    question: "what temp does the machine brew at out of the box",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Medium (92 °C / 198 °F, the default)"],
  },
  {
    question: "put espresso ground coffee in my brew one and it overflowed all over the counter",
    slug: "weak-watery-or-cold-coffee",
    answer: ["espresso-fine coffee can make the filter basket overflow", "use a medium grind made for drip coffee"],
  },
  {
    question: "Mein Kaffee schmeckt total wässrig. Wie kann ich ihn stärker einstellen?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Press Strength to switch between Mild, Regular and Strong"],
    lang: "de",
  },
  {
    question: "bag's been open for about 2 months and the coffee tastes flat and meh now",
    slug: "weak-watery-or-cold-coffee",
    answer: ["within 4 weeks of opening the bag"],
  },
  {
    question: "coffee from my brew pro got weak all of a sudden. the hopper is almost empty tho if that matters",
    slug: "weak-watery-or-cold-coffee",
    answer: ["the bean hopper isn't almost empty, which makes cups weak"],
  },

  // ------------------------------------------------ error-codes-e1-e5
  {
    question: "screen says E2 what does that mean",
    slug: "error-codes-e1-e5",
    answer: ["Drip tray full or missing", "slide it all the way back in until it stops"],
  },
  {
    question: "the water tank is FULL and it still keeps saying E1!! what am i supposed to do",
    slug: "error-codes-e1-e5",
    answer: ["push it firmly down until it clicks into place"],
    angry: true,
  },
  {
    question: "my brew pro shows E4 and the grinder sounds weird",
    slug: "error-codes-e1-e5",
    answer: ["the grinder is jammed or the bean hopper is empty", "remove the hopper and clear any stuck beans"],
  },
  {
    question: "E3 on the display, what now",
    slug: "error-codes-e1-e5",
    answer: ["let it cool for 30 minutes and switch it on again"],
  },
  {
    question: "my machine is showing E7 and i cant find it anywhere",
    slug: "error-codes-e1-e5",
    answer: ["contact us with the code and your serial number"],
  },
  {
    question: "Ma Brew One affiche toujours E5 même après le détartrage. Que faire ?",
    slug: "error-codes-e1-e5",
    answer: ["If E5 is still shown after descaling, contact us"],
    lang: "fr",
  },
  {
    question: "i like these super oily dark roast beans from the supermarket, is that ok in the brew pro",
    slug: "error-codes-e1-e5",
    answer: ["Very oily beans can clog the grinder"],
  },
  {
    question: "Mi Brew One muestra el error E4. No tiene molinillo, ¿qué significa?",
    slug: "error-codes-e1-e5",
    answer: ["the filter basket is locked in place", "the lid is fully closed"],
    lang: "es",
  },

  // ------------------------------------------------ connect-machine-wifi-app
  {
    question: "my home wifi is 5ghz, will the machine connect to it",
    slug: "connect-machine-wifi-app",
    answer: ["it can't connect to 5 GHz networks"],
  },
  {
    question: "how do i put the machine in pairing mode? nothing happens when i tap add machine",
    slug: "connect-machine-wifi-app",
    answer: ["Press and hold Power and Strength together for 5 seconds"],
  },
  {
    question: "the wifi light on my machine turned orange, what does that mean",
    slug: "connect-machine-wifi-app",
    answer: ["turns orange when the machine can't reach your network"],
  },
  {
    question:
      "bought a used brew pro on facebook marketplace and the app says its already linked to another account",
    slug: "connect-machine-wifi-app",
    answer: ["the previous owner must first choose Machine settings > Remove machine"],
  },
  {
    question: "im in a dorm and the wifi makes you log in on a webpage first. machine wont connect",
    slug: "connect-machine-wifi-app",
    answer: ["such as in hotels or student housing, are not supported"],
  },
  {
    question: "got a new router and now the app says my machine is offline",
    slug: "connect-machine-wifi-app",
    answer: ["After changing your router or Wi-Fi password, simply pair again"],
  },
  {
    question: "O aplicativo não encontra minha máquina quando toco em Add machine. O que pode ser?",
    slug: "connect-machine-wifi-app",
    answer: ["The app finds your machine over Bluetooth", "turn on Bluetooth on your phone"],
    lang: "pt",
  },
  {
    question: "is the app free? i have an android",
    slug: "connect-machine-wifi-app",
    answer: ["the free Acme Brew app (iOS and Android)"],
  },

  // ------------------------------------------------ warranty-coverage
  {
    question: "my kid knocked the brew one off the counter and the tank cracked, is that covered",
    slug: "warranty-coverage",
    answer: ["The warranty does not cover accidental damage"],
  },
  {
    question: "got my brew pro as a wedding gift so its not on my account. is the warranty still good?",
    slug: "warranty-coverage",
    answer: ["just send us the receipt as proof of purchase"],
  },
  {
    question:
      "machine is leaking water from underneath, bought it about 14 months ago. do i have to pay shipping to get it fixed",
    slug: "warranty-coverage",
    answer: ["water leaks from inside the machine", "pay shipping both ways"],
  },
  {
    question: "i use the brew pro in my little cafe, would the warranty still cover it if it breaks",
    slug: "warranty-coverage",
    answer: ["The warranty does not cover", "other than Acme Descaler, commercial use"],
  },
  {
    question: "how long does the repair take after i send the machine in",
    slug: "warranty-coverage",
    answer: ["within 5 business days of receiving yours"],
  },
  {
    question: "if you send me a replacement machine do i get a fresh 2 years of warranty on it?",
    slug: "warranty-coverage",
    answer: ["the rest of the original warranty or 6 months, whichever is longer"],
  },
  {
    question: "theres a couple numbers on the sticker under the tray, which one is the serial? one starts with ABP",
    slug: "warranty-coverage",
    answer: ["starts with AB1 for Brew One or ABP for Brew Pro"],
  },
  {
    question: "¿Cómo hago un reclamo de garantía? Mi Brew Pro dejó de moler de un día para otro.",
    slug: "warranty-coverage",
    answer: ["select the order with your machine and choose Warranty claim"],
    lang: "es",
  },
  {
    question: "Ist der Wasserfilter von der Garantie abgedeckt? Meiner ist nach einem Jahr hinüber.",
    slug: "warranty-coverage",
    answer: ["normal wear parts such as the water filter and seals"],
    lang: "de",
  },
  {
    question: "Est-ce que la garantie couvre aussi le moulin de la Brew Pro ? Il fait un bruit bizarre depuis hier.",
    slug: "warranty-coverage",
    answer: ["including the pump, heater, grinder (Brew Pro), electronics"],
    lang: "fr",
  },
];

export const testUnanswerable: TestUnanswerable[] = [
  // ------------------------------------------------ off-topic
  { question: "whats the weather gonna be like in chicago tomorrow", why: "Weather; no article is about weather." },
  { question: "got a good recipe for banana bread? i have some bananas going bad", why: "Baking recipe; the KB has no recipes." },
  {
    question: "how do i make a pumpkin spice latte at home",
    why: "Drink recipe; the articles only cover brewing strength/temperature, not recipes or syrups.",
  },
  { question: "which nespresso machine is best for a small apartment", why: "Another company's products; the KB only covers Acme." },
  { question: "how do i cancel my netflix subscription", why: "Another company's subscription; the KB only covers Acme Beans." },
  { question: "my iphone wont charge anymore, any ideas", why: "Phone hardware problem unrelated to Acme." },
  { question: "can you help me with my calculus homework", why: "Homework; unrelated to Acme." },
  { question: "who won the lakers game last night", why: "Sports results; unrelated." },
  { question: "what time does the starbucks on 5th ave open", why: "Another company's store hours." },
  { question: "how do i return something i bought on amazon", why: "Returns to another retailer; Acme return articles only cover Acme orders." },
  { question: "write me a birthday poem for my mom", why: "Creative writing request; unrelated." },
  { question: "how many calories are in a latte with oat milk", why: "Nutrition facts are not in any article." },
  { question: "whats the capital of australia", why: "General knowledge; unrelated." },
  { question: "how do i reset my spotify password", why: "Another company's account; the password article is only about Acme accounts." },
  { question: "¿Qué tiempo va a hacer mañana en Madrid?", why: "Weather (Spanish); unrelated." },
  { question: "Vous connaissez un bon restaurant italien à Lyon ?", why: "Restaurant recommendation (French); unrelated." },
  { question: "is it safe to drink coffee while breastfeeding", why: "Health/medical advice; no article covers it." },
  { question: "my dishwasher is leaking all over the floor, how do i fix it", why: "A non-Acme appliance; the warranty article covers only Acme machines." },
  { question: "Wie lange muss ich Eier kochen, damit sie weich bleiben?", why: "Cooking question (German); unrelated." },
  {
    question: "ordered shoes from nike and the fedex tracking hasnt moved in days",
    why: "Another company's order and carrier (FedEx); Acme ships with UPS/DHL and the tracking article only covers Acme orders.",
  },
  { question: "Qual é a cotação do dólar hoje?", why: "Exchange rate (Portuguese); unrelated." },

  // ------------------------------------------------ near misses
  {
    question: "my home wifi router keeps dropping the connection on my laptop and phone every hour, how do i fix the router itself",
    why: "Troubleshooting the customer's own router/internet is not covered; the Wi-Fi article only covers pairing the coffee machine.",
  },
  { question: "does acme make a brew mini? i have a tiny kitchen", why: "Only Brew One and Brew Pro exist in the KB; no other model is described." },
  {
    question: "how much is a replacement milk jug for the brew pro if i buy it separately",
    why: "The milk jug is mentioned (return packing) but no article gives a price for it.",
  },
  { question: "how much does a spare water tank cost", why: "No article lists spare-part prices; only the descaler price is given." },
  { question: "can the brew pro make cold brew", why: "Cold brew is not described as a feature anywhere." },
  { question: "does the brew one have a hot water only button for tea", why: "Buttons are Power, Brew, Strength, Clean; a hot-water/tea function is not described." },
  {
    question: "do you have a physical acme store in chicago? what are the opening hours",
    why: "No article mentions physical stores or opening hours.",
  },
  { question: "are you guys hiring? id love to work at acme, where do i send my cv", why: "Jobs/careers are not covered." },
  { question: "do you sell gift cards", why: "Gift cards are not mentioned in any article." },
  { question: "any student discount or promo codes right now", why: "No article mentions discounts or promo codes." },
  {
    question: "can i put the water tank and drip tray in the dishwasher",
    why: "Cleaning/dishwasher-safety of parts is not described; articles only say to empty the drip tray and rinse the tank while descaling.",
  },
  { question: "how much caffeine is in the house blend", why: "Caffeine content of roasts is not given; only roast names are listed." },
  {
    question: "where do your beans come from? are they organic or fair trade",
    why: "Origin/certification of Acme Beans is not described; only 'freshly roasted' and the roast names.",
  },
  {
    question: "how do i froth milk with the steam wand on the brew pro",
    why: "The steam wand is only mentioned for placing a container while descaling; milk frothing is not explained.",
  },
  { question: "how many liters does the water tank hold", why: "Tank capacity is never stated (only MIN/MAX lines)." },
  { question: "what colors does the brew pro come in", why: "Colors/finishes are not described." },
  {
    question: "can i buy an extended warranty, like 5 years instead of 2",
    why: "Only the standard 2-year warranty is described; no extended warranty is offered or mentioned.",
  },
  { question: "do you price match if i find the brew pro cheaper somewhere else", why: "Price matching is not mentioned." },
  { question: "how do i change the app language to spanish", why: "App language settings are not described." },
  { question: "does the acme brew app work with alexa or google home", why: "Voice-assistant/smart-home integrations are not mentioned." },
  { question: "how do i set the clock on the machine display", why: "Setting a clock/time is not described (only auto-off, temperature, water hardness)." },
  {
    question: "can i buy a bean subscription as a gift for my dad",
    why: "Gift subscriptions are not covered (the warranty article mentions gifted machines, not subscriptions).",
  },
  {
    question: "how often should i change the water filter and where do i buy a new one",
    why: "The water filter is only named as a wear part not covered by warranty; replacement interval and purchase are not described.",
  },
  { question: "how loud is the grinder on the brew pro", why: "Noise level is not described." },
  { question: "do you have a refer a friend program", why: "Referral programs are not mentioned." },
  { question: "can i pick up my order at a store instead of having it shipped", why: "Click-and-collect/pickup is not mentioned; only shipping." },
  { question: "how many watts does the brew one use", why: "Only voltage (120 V / 230 V) is mentioned, never wattage or power consumption." },
  {
    question: "can i buy just one bag of beans without signing up for a subscription",
    why: "One-off bean purchases are not described; beans are only described as a subscription.",
  },
  { question: "how do i update the firmware on my machine", why: "Firmware/software updates are not described." },
  { question: "can the brew pro make hot chocolate", why: "Hot chocolate is not described as a feature." },
  { question: "do you deliver on saturdays", why: "Weekend delivery is not described; shipping times are given in business days only." },
  {
    question: "my acme electric kettle stopped heating, can you help",
    why: "Acme has no kettle in the KB; only Brew One, Brew Pro, accessories and Acme Beans.",
  },
  {
    question: "is the brew pro a real espresso machine? can it pull proper espresso shots",
    why: "Whether the Brew Pro makes espresso is never stated; only its grinder, steam wand and milk jug are mentioned.",
  },
  { question: "¿La Brew Pro puede hacer café con hielo?", why: "Iced coffee is not described as a feature (Spanish)." },
  {
    question: "Est-ce que vous avez un programme de reprise pour mon ancienne machine à café ?",
    why: "Trade-in programs are not mentioned (French).",
  },
  {
    question: "Gibt es Mengenrabatt, wenn wir 10 Maschinen für unser Büro bestellen?",
    why: "Bulk/volume discounts are not mentioned (German).",
  },
  { question: "Vocês têm loja física em Lisboa? Qual o horário?", why: "Physical stores/opening hours are not mentioned (Portuguese)." },
];

export const testPersonRequests: TestIntent[] = [
  // English
  { message: "can i talk to a human please", lang: "en", why: "Plain request for a human." },
  { message: "agent pls", lang: "en", why: "Terse request for an agent." },
  { message: "talk to a humna", lang: "en", why: "Misspelled request for a human." },
  { message: "i want a reprsentative", lang: "en", why: "Misspelled request for a representative." },
  { message: "you're useless, get me someone real", lang: "en", why: "Frustration with the bot, asks for a real person." },
  { message: "I'd like to speak with a manager about my order", lang: "en", why: "Escalation to a manager." },
  { message: "let me talk to your supervisor", lang: "en", why: "Escalation to a supervisor." },
  { message: "please escalate this, i've explained it three times already", lang: "en", why: "Explicit escalation request." },
  { message: "id like to file a complaint about my order", lang: "en", why: "Complaint/escalation." },
  { message: "can someone call me back? my number is on my account", lang: "en", why: "Callback request." },
  { message: "can someone just phone me, i hate typing all this", lang: "en", why: "Asks for a phone call from a person." },
  { message: "real person please", lang: "en", why: "Asks for a real person." },
  { message: "connect me to customer service", lang: "en", why: "Asks to be connected to human support." },
  { message: "is there an actual person i could chat with instead", lang: "en", why: "Asks to chat with a person." },
  { message: "stop with the canned answers and transfer me to a live agent", lang: "en", why: "Frustrated, asks for a live agent." },
  { message: "operator", lang: "en", why: "One-word request for a human operator." },
  { message: "human", lang: "en", why: "One-word request for a human." },
  { message: "speak to someone", lang: "en", why: "Asks to speak to someone." },
  { message: "i need to speak with somebody from support about my order, not a bot", lang: "en", why: "Explicitly wants a human, not the bot." },
  { message: "this bot isnt helping at all. get me a person", lang: "en", why: "Frustration with the bot, asks for a person." },
  { message: "can i get a callback tomorrow morning", lang: "en", why: "Callback request." },
  { message: "escalate to tier 2 please", lang: "en", why: "Escalation request." },
  { message: "i want to make a formal complaint about how this was handled", lang: "en", why: "Formal complaint/escalation." },
  { message: "put me thru to a real live person", lang: "en", why: "Asks for a live person." },
  { message: "represenative please", lang: "en", why: "Misspelled request for a representative." },
  { message: "let me talk to an agent, ive been going in circles for 20 min", lang: "en", why: "Frustrated, asks for an agent." },
  { message: "can a human look at my case pls", lang: "en", why: "Asks for a human to handle the case." },
  { message: "get me your boss", lang: "en", why: "Escalation to a superior." },
  { message: "hooman pls. not a robot", lang: "en", why: "Slang/misspelled request for a human." },
  // Spanish
  { message: "quiero hablar con una persona", lang: "es", why: "Asks to talk to a person." },
  { message: "pásame con un agente por favor", lang: "es", why: "Asks to be transferred to an agent." },
  { message: "necesito hablar con un humano, el bot no me ayuda", lang: "es", why: "Frustration with the bot, asks for a human." },
  { message: "quiero poner una queja", lang: "es", why: "Complaint/escalation." },
  { message: "¿me pueden llamar por teléfono?", lang: "es", why: "Callback request." },
  { message: "quiero hablar con el supervisor", lang: "es", why: "Escalation to a supervisor." },
  { message: "hablar con un representate", lang: "es", why: "Misspelled request for a representative." },
  // French
  { message: "je veux parler à un conseiller", lang: "fr", why: "Asks to talk to an advisor." },
  { message: "un humain svp", lang: "fr", why: "Asks for a human." },
  { message: "passez-moi un responsable", lang: "fr", why: "Escalation to a manager." },
  { message: "je voudrais déposer une réclamation", lang: "fr", why: "Formal complaint/escalation." },
  { message: "pouvez-vous me rappeler ?", lang: "fr", why: "Callback request." },
  { message: "vous êtes inutile, je veux une vraie personne", lang: "fr", why: "Frustration with the bot, asks for a real person." },
  // German
  { message: "ich möchte mit einem Mitarbeiter sprechen", lang: "de", why: "Asks to speak with a staff member." },
  { message: "bitte einen echten Menschen", lang: "de", why: "Asks for a real human." },
  { message: "Verbinden Sie mich mit Ihrem Vorgesetzten", lang: "de", why: "Escalation to a supervisor." },
  { message: "ich will mich beschweren", lang: "de", why: "Complaint/escalation." },
  { message: "Können Sie mich zurückrufen?", lang: "de", why: "Callback request." },
  { message: "der Bot hilft mir nicht, ich will einen Menschen", lang: "de", why: "Frustration with the bot, asks for a human." },
  // Portuguese
  { message: "quero falar com um atendente", lang: "pt", why: "Asks to talk to an agent." },
  { message: "falar com uma pessoa real por favor", lang: "pt", why: "Asks for a real person." },
  { message: "quero falar com o gerente", lang: "pt", why: "Escalation to a manager." },
  { message: "quero fazer uma reclamação", lang: "pt", why: "Complaint/escalation." },
  { message: "vocês podem me ligar?", lang: "pt", why: "Callback request." },
  { message: "esse robô não ajuda, me passa pra um humano", lang: "pt", why: "Frustration with the bot, asks for a human." },
];

export const testNotPersonRequests: TestIntent[] = [
  {
    message: "can i cancel the beans myself in the app or do i have to go through a support person for that?",
    lang: "en",
    why: "Asks whether a person is needed; wants to self-serve.",
  },
  { message: "the delivery agent just dumped the box outside my door in the rain, is the machine still ok to use", lang: "en", why: "Mentions a delivery agent; asks about the product." },
  { message: "the rep at my bank said the second charge is only pending. when will it drop off", lang: "en", why: "Mentions a bank representative; asks about pending charges." },
  { message: "my manager needs the invoice for the office machine, where do i download it", lang: "en", why: "Mentions a manager; asks how to get an invoice." },
  { message: "would the brew pro be enough for a family of 5 people or is it too small", lang: "en", why: "Mentions people; product question." },
  {
    message: "the agent i chatted with yesterday already sorted it, thanks! just wondering how long the refund takes to show up",
    lang: "en",
    why: "References a past agent; asks about refund timing.",
  },
  { message: "a customer service rep told me last week my refund was done. when will it show on my card", lang: "en", why: "Mentions a rep; asks about refund timing." },
  { message: "which plan is better for 2 people who drink a lot of coffee", lang: "en", why: "Mentions people; plan question." },
  { message: "im the manager of a small cafe, does the warranty cover commercial use", lang: "en", why: "Customer is a manager; warranty question." },
  { message: "my assistant is going to handle the return for me, what does she need to do", lang: "en", why: "Mentions an assistant; asks about the return process." },
  { message: "no need for an agent, just tell me where the serial number is", lang: "en", why: "Explicitly declines an agent." },
  { message: "i dont want to talk to anyone, just tell me how to pause my deliveries", lang: "en", why: "Explicitly does not want a person." },
  { message: "the humans in my house drink like 6 cups a day, which plan should we get", lang: "en", why: "Mentions humans; plan question." },
  { message: "the ups guy said he'd try again tomorrow, do i need to do anything", lang: "en", why: "Mentions a courier; delivery question." },
  { message: "my tax advisor needs our vat number on the invoice, how do i add it", lang: "en", why: "Mentions an advisor; invoice question." },
  { message: "our property manager says the building wifi needs a login page, will the machine still connect", lang: "en", why: "Mentions a property manager; Wi-Fi question." },
  { message: "my wife is the account holder, can i still update the card on it", lang: "en", why: "Mentions another person; payment question." },
  { message: "the sales rep at the electronics store said the warranty is 2 years, is that right", lang: "en", why: "Mentions a store rep; warranty question." },
  { message: "is this a human or a bot? either way, how do i descale", lang: "en", why: "Curious about the chat; asks a product question, not for a human." },
  { message: "my roommate set up the machine on his account, he moved out. how do i get it on mine", lang: "en", why: "Mentions another person; app pairing question." },
  { message: "do i need someone from acme to come set up the machine or can i do it", lang: "en", why: "Asks if a person is needed; wants to self-serve." },
  { message: "my supervisor at work asked if the brew pro can be used in the office kitchen", lang: "en", why: "Mentions a supervisor; product question." },
  { message: "el repartidor dejó la caja en la puerta del vecino, ¿está bien?", lang: "es", why: "Mentions the delivery person; delivery question (Spanish)." },
  { message: "mi gerente necesita la factura con el nombre de la empresa", lang: "es", why: "Mentions a manager; invoice question (Spanish)." },
  { message: "le livreur a laissé le colis devant la porte, la machine est-elle abîmée ?", lang: "fr", why: "Mentions the courier; delivery question (French)." },
  { message: "mon responsable a besoin de la facture pour la note de frais", lang: "fr", why: "Mentions a manager; invoice question (French)." },
  {
    message: "Muss ich mit jemandem sprechen, um das Abo zu kündigen, oder geht das selbst in der App?",
    lang: "de",
    why: "Asks whether a person is needed; wants to self-serve (German).",
  },
  { message: "Der Paketbote hat das Paket beim Nachbarn abgegeben, ist das normal?", lang: "de", why: "Mentions the courier; delivery question (German)." },
  { message: "o entregador deixou a caixa na portaria do prédio", lang: "pt", why: "Mentions the delivery person; no request for a human (Portuguese)." },
  { message: "meu gerente precisa da nota fiscal da máquina, onde eu baixo?", lang: "pt", why: "Mentions a manager; invoice question (Portuguese)." },
];
