// Development (validation) set for tuning the AI agent on the Acme demo knowledge base
// (scripts/demo/articles.ts). Tune on THIS set only; the held-out test set stays sealed.
//
// Answer phrases are copied verbatim from the article bodies. They are matched
// case-insensitively with whitespace collapsed, all inside one paragraph of the slug's body.

export interface DevAnswerable {
  question: string;
  /** the ONE article slug that answers it */
  slug: string;
  /** 1–3 short phrases (3–12 words each) copied VERBATIM from that article's body, that together state the answer.
   *  An answer counts as right only if its quoted passage contains every phrase (case-insensitive, whitespace collapsed).
   *  Each phrase lies inside one sentence; all phrases of one question lie in the same paragraph; pick the minimal
   *  fact that answers (e.g. "3 to 10 business days"), never the article's introduction when a later sentence answers. */
  answer: string[];
  angry?: boolean;
  lang?: string;
}

export interface DevUnanswerable {
  question: string;
  why: string;
}

export interface DevIntent {
  message: string;
  lang: string;
  why: string;
}

export const devAnswerable: DevAnswerable[] = [
  // ------------------------------------------------ refund-30-day-money-back-guarantee
  {
    question: "i paid with my amex, once you get the machine back how long til the refund actually shows on my card",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["3 to 10 business days depending on your bank"],
  },
  {
    question: "I paid through paypal. how fast does the money come back after a refund?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["PayPal, Apple Pay and Google Pay refunds", "usually show within 1 to 2 business days"],
  },
  {
    question: "if i send it back do i get the shipping i paid refunded too or just the item price",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["including any shipping charge"],
  },
  {
    question:
      "Honestly the Dark Harbor beans from my last box taste burnt and I can't drink them. Do I really have to mail a half-open bag back to get my money back??",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["You don't need to send the coffee back"],
    angry: true,
  },
  {
    question: "does the money back guarantee thing only apply to the machines or also to accessories",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["every accessory comes with a 30-day money-back guarantee"],
  },
  {
    question:
      "I started a return and dropped the box off yesterday. I was wondering whether I need to message you again once it arrives to get the refund, or does it just happen?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["you do not need to contact us separately"],
  },
  {
    question: "how long after a bean delivery can i still complain that i don't like the roast",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["tell us within 30 days of delivery"],
  },
  {
    question:
      "Ich habe mit Kreditkarte bezahlt und die Maschine ist schon wieder bei euch. Wie lange dauert es, bis die Erstattung auf meiner Abrechnung erscheint?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["3 to 10 business days depending on your bank"],
    lang: "de",
  },

  // ------------------------------------------------ charged-twice-unrecognised-charge
  {
    question: "theres 2 charges from you guys on my card from yesterday, one of them says pending. am i paying twice??",
    slug: "charged-twice-unrecognised-charge",
    answer: ["a pending authorization, not a real charge"],
    angry: true,
  },
  {
    question: "after my order there's an extra pending amount on my account next to the real charge. when does it go away?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["drop off by themselves within 3 to 5 business days"],
  },
  {
    question: "I see one charge that says ACME BEANS and another one that says ACME BREW on the same day. why two different names?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["subscription deliveries appear separately as \"ACME BEANS\""],
  },
  {
    question: "there's an acme charge on my statement and i don't remember buying anything. how do i figure out what it was for",
    slug: "charged-twice-unrecognised-charge",
    answer: ["log in and compare it with Account > Orders"],
  },
  {
    question: "if I really got double charged for the same order, how quick do you give the extra back?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["We refund genuine duplicate charges within 2 business days"],
  },
  {
    question: "what details do u need from me to look into a double charge",
    slug: "charged-twice-unrecognised-charge",
    answer: ["the date, the amount and the last 4 digits of the card"],
  },
  {
    question:
      "I'm this close to just doing a chargeback with my bank, this is ridiculous. what happens to my coffee subscription if I do that?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["your Acme Beans subscription is paused while the dispute is open"],
    angry: true,
  },
  {
    question:
      "Bonjour, je suis prélevé deux fois chaque mois pour le café. Je me demande si je n'ai pas créé deux comptes avec deux adresses mail différentes, c'est possible ?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["two Acme accounts with different email addresses, each with its own subscription"],
    lang: "fr",
  },

  // ------------------------------------------------ update-payment-method-card-declined
  {
    question: "do u take amex",
    slug: "update-payment-method-card-declined",
    answer: ["Visa, Mastercard, American Express"],
  },
  {
    question: "Posso pagar com o meu cartão Discover? Moro em Portugal.",
    slug: "update-payment-method-card-declined",
    answer: ["Discover (US only)"],
    lang: "pt",
  },
  {
    question:
      "My card keeps getting declined at checkout and I KNOW there's money on it. Why won't you just tell me what's wrong???",
    slug: "update-payment-method-card-declined",
    answer: ["Your bank can tell you the exact reason for a decline"],
    angry: true,
  },
  {
    question: "card declined, but my banking app popped up some approve-this-payment thing that I ignored. is that why?",
    slug: "update-payment-method-card-declined",
    answer: ["a 3D Secure confirmation in your banking app that wasn't completed"],
  },
  {
    question:
      "got an email that the payment for my beans failed. will you try the card again or do I just lose that delivery and how many times do u retry",
    slug: "update-payment-method-card-declined",
    answer: ["retry automatically 1, 3 and 7 days later"],
  },
  {
    question: "what happens if all the payment retries fail, is my subscription cancelled?",
    slug: "update-payment-method-card-declined",
    answer: ["your Acme Beans subscription is paused, not cancelled"],
  },
  {
    question:
      "My old card got stolen so I have a new one. How do I make the new card the one that pays for my bean subscription?",
    slug: "update-payment-method-card-declined",
    answer: ["choose Add payment method, then select Set as default"],
  },
  {
    question: "I placed an order with the wrong card by accident, can you switch it to my other card?",
    slug: "update-payment-method-card-declined",
    answer: ["an order that has already been placed can't be changed", "cancel the order before it ships and order again"],
  },
  {
    question: "if i update my card now after the payment failed do i have to wait for the next retry",
    slug: "update-payment-method-card-declined",
    answer: ["triggers a new attempt straight away"],
  },

  // ------------------------------------------------ download-invoice-vat-receipt
  {
    question: "my boss needs an invoice for the brew pro I bought for the office, where do I get one",
    slug: "download-invoice-vat-receipt",
    answer: ["select the order and choose Download invoice"],
  },
  {
    question: "need invoices for my coffee bean deliveries for expenses. is it one per month or one per delivery or what",
    slug: "download-invoice-vat-receipt",
    answer: ["each delivery has its own invoice"],
  },
  {
    question:
      "Ich brauche für meine Firma eine Rechnung mit ausgewiesener Mehrwertsteuer. Steht die MwSt auf euren Rechnungen drauf?",
    slug: "download-invoice-vat-receipt",
    answer: ["our invoices are full VAT receipts"],
    lang: "de",
  },
  {
    question: "forgot to put our company name on the order last week... can u redo the invoice?",
    slug: "download-invoice-vat-receipt",
    answer: ["contact us within 60 days of the order date"],
  },
  {
    question: "where do i put my business VAT ID so it shows up on the invoices",
    slug: "download-invoice-vat-receipt",
    answer: ["add them in Account > Billing details before you place the order"],
  },
  {
    question: "I'm in Ohio. Does the invoice show the sales tax I paid?",
    slug: "download-invoice-vat-receipt",
    answer: ["the invoice shows any sales tax charged"],
  },
  {
    question:
      "My husband ordered the machine on his account but I need the invoice in my name. Can you change the name on it?",
    slug: "download-invoice-vat-receipt",
    answer: ["only issued in the name of the Acme account"],
  },
  {
    question: "do invoices disappear after a while? I need one from an order almost two years ago",
    slug: "download-invoice-vat-receipt",
    answer: ["invoices stay available in your account", "for as long as the account exists"],
  },
  {
    question: "do you email me the invoice or do i always have to go download it myself",
    slug: "download-invoice-vat-receipt",
    answer: ["also emailed to you when the order ships"],
  },

  // ------------------------------------------------ cancel-or-change-bean-subscription
  {
    question: "is there a fee to cancel the bean subscription, or a minimum time I have to stay?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["no cancellation fee and no minimum term"],
  },
  {
    question: "I cancelled my beans yesterday but never got any email about it. did it actually go through?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["If you don't receive it, the subscription is not cancelled yet"],
  },
  {
    question: "how late can i cancel and still not pay for the next bags",
    slug: "cancel-or-change-bean-subscription",
    answer: ["cancel at least 48 hours before your next billing date"],
  },
  {
    question:
      "I cancelled this morning and you STILL charged me for beans, my billing date was today. what the hell. am I getting these or not and are you going to keep charging me every month??",
    slug: "cancel-or-change-bean-subscription",
    answer: ["it will still be charged and shipped", "no further deliveries will follow"],
    angry: true,
  },
  {
    question: "what other coffees can i switch to? is there a decaf one",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Morning Light, House Blend, Dark Harbor or Decaf Classic"],
  },
  {
    question:
      "Just upgraded to the Pro with the built in grinder. Can I get whole beans in my subscription now instead of the ground stuff?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["whole bean for the Brew Pro grinder"],
  },
  {
    question: "cancelled my beans back in spring and now I miss them lol. do I have to set everything up again from scratch?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["with the same plan and coffee as before"],
  },
  {
    question: "Bonjour, je voudrais résilier mon abonnement café. Comment je fais exactement ?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Choose Cancel subscription", "Tap Confirm cancellation"],
    lang: "fr",
  },
  {
    question: "if I cancel do I get money back for the delivery I already paid for last week?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Cancelling does not refund deliveries that were already charged"],
  },

  // ------------------------------------------------ pause-or-skip-delivery
  {
    question:
      "We're going away for two months and I have way too much coffee anyway. Is there a way to not get charged while I'm gone but keep my subscription?",
    slug: "pause-or-skip-delivery",
    answer: ["Nothing is charged or shipped while the subscription is paused"],
  },
  {
    question: "can i pause the beans for like half a year",
    slug: "pause-or-skip-delivery",
    answer: ["pick 1, 2 or 3 months"],
  },
  {
    question: "if I pause do I have to remember to switch it back on myself?",
    slug: "pause-or-skip-delivery",
    answer: ["it restarts automatically at the end of the pause"],
  },
  {
    question: "will you remind me before my pause runs out? I don't want to be surprised by a charge",
    slug: "pause-or-skip-delivery",
    answer: ["We email you a reminder 7 days before your subscription resumes"],
  },
  {
    question: "is there a limit on how many times i can skip a delivery",
    slug: "pause-or-skip-delivery",
    answer: ["You can skip as many times as you like"],
  },
  {
    question: "I paused but I'm already out of coffee haha. if I unpause now when do the beans get sent?",
    slug: "pause-or-skip-delivery",
    answer: ["choose Resume now", "charged and shipped within 1 business day"],
  },
  {
    question: "if I skip next month's bag does my billing date change?",
    slug: "pause-or-skip-delivery",
    answer: ["your billing date moves to the following one"],
  },
  {
    question: "¿Hasta cuándo puedo saltarme un envío? Mi próxima fecha de cobro es este viernes.",
    slug: "pause-or-skip-delivery",
    answer: ["Skips and pauses must be made at least 48 hours"],
    lang: "es",
  },
  {
    question: "does skipping a delivery cost anything",
    slug: "pause-or-skip-delivery",
    answer: ["Both are free and take effect straight away"],
  },

  // ------------------------------------------------ change-plan-monthly-biweekly
  {
    question: "how much is the every-two-weeks plan in euros",
    slug: "change-plan-monthly-biweekly",
    answer: ["every 2 weeks for $22 or €20 per delivery"],
  },
  {
    question: "how much coffee do i actually get in each delivery",
    slug: "change-plan-monthly-biweekly",
    answer: ["two 250 g bags of freshly roasted coffee per delivery"],
  },
  {
    question: "There are two of us drinking coffee at home, a few cups a day between us. Which plan would you recommend?",
    slug: "change-plan-monthly-biweekly",
    answer: ["the Biweekly plan suits three or four cups a day", "a household with two coffee drinkers"],
  },
  {
    question: "roughly how many cups does one delivery make",
    slug: "change-plan-monthly-biweekly",
    answer: ["roughly 50 cups"],
  },
  {
    question:
      "I switched from monthly to biweekly today but my billing date is tomorrow. What price will tomorrow's delivery be?",
    slug: "change-plan-monthly-biweekly",
    answer: ["the upcoming delivery is charged at the old plan's price"],
  },
  {
    question: "Quero mudar do plano mensal para o quinzenal. Como faço isso?",
    slug: "change-plan-monthly-biweekly",
    answer: ["Choose Change plan", "Select Monthly or Biweekly"],
    lang: "pt",
  },
  {
    question: "what does the monthly plan cost in dollars",
    slug: "change-plan-monthly-biweekly",
    answer: ["The Monthly plan delivers once a month for $24"],
  },
  {
    question:
      "just changed plans and now I'm worried you're gonna bill me twice for a delivery I already paid for. are you??",
    slug: "change-plan-monthly-biweekly",
    answer: ["Deliveries already charged are never charged again"],
    angry: true,
  },
  {
    question: "when does the new plan kick in if i change it today",
    slug: "change-plan-monthly-biweekly",
    answer: ["A plan change applies from your next delivery", "at least 48 hours before your next billing date"],
  },

  // ------------------------------------------------ reset-forgotten-password
  {
    question: "i clicked forgot pasword like 4 times and now the link in the email says its invalid??",
    slug: "reset-forgotten-password",
    answer: ["only the most recent link works"],
    angry: true,
  },
  {
    question: "the password reset link I got yesterday evening doesn't work anymore",
    slug: "reset-forgotten-password",
    answer: ["expires after 60 minutes"],
  },
  {
    question: "never got the reset email, been waiting 20 min",
    slug: "reset-forgotten-password",
    answer: ["Check your spam, junk and promotions folders"],
  },
  {
    question: "i think i signed up with my google account originally. so what's my password?",
    slug: "reset-forgotten-password",
    answer: ["you don't have an Acme password", "log in with the same Apple or Google button instead"],
  },
  {
    question: "it says my account is locked after I tried a bunch of passwords. how long am I locked out for",
    slug: "reset-forgotten-password",
    answer: ["logging in is blocked for 15 minutes"],
    angry: true,
  },
  {
    question: "what are the password rules, it keeps rejecting the one I want",
    slug: "reset-forgotten-password",
    answer: ["at least 8 characters with at least one letter and one number"],
  },
  {
    question: "If I reset my password, will my coffee machine drop off the wifi and need setting up again?",
    slug: "reset-forgotten-password",
    answer: ["Your coffee machine stays connected to Wi-Fi and to your account"],
  },
  {
    question: "J'ai oublié mon mot de passe, comment je fais pour me reconnecter ?",
    slug: "reset-forgotten-password",
    answer: ["tap Forgot password?"],
    lang: "fr",
  },
  {
    question: "will resetting my password log me out of the app on my ipad too",
    slug: "reset-forgotten-password",
    answer: ["logs you out on all your other devices"],
  },

  // ------------------------------------------------ change-email-two-factor-authentication
  {
    question: "I'm changing my email from my old work address. Will I lose my orders or my warranty?",
    slug: "change-email-two-factor-authentication",
    answer: ["warranty and connected machines all stay on your account"],
  },
  {
    question: "when i change my email where does the verification code go, the old address or the new one",
    slug: "change-email-two-factor-authentication",
    answer: ["we send a 6-digit code to the new address"],
  },
  {
    question: "how long is the code for changing my email valid?",
    slug: "change-email-two-factor-authentication",
    answer: ["Enter the code within 15 minutes to confirm"],
  },
  {
    question: "can i get the 2fa codes by text instead of an app, i dont want to install anything",
    slug: "change-email-two-factor-authentication",
    answer: ["or receive codes by SMS"],
  },
  {
    question: "does 1password work for the two step login thing",
    slug: "change-email-two-factor-authentication",
    answer: ["Google Authenticator, Microsoft Authenticator or 1Password"],
  },
  {
    question:
      "I dropped my phone in the sea and now I can't log in because of the 2FA code. I never saved the backup codes. How long is this going to take to fix, seriously?",
    slug: "change-email-two-factor-authentication",
    answer: ["removing 2FA then takes up to 2 business days"],
    angry: true,
  },
  {
    question: "how many backup codes do you give me when I turn on 2FA",
    slug: "change-email-two-factor-authentication",
    answer: ["we show you 10 backup codes once"],
  },
  {
    question:
      "Ich habe ein neues Handy und das alte ist weg. Wie komme ich mit der Zwei-Faktor-Authentifizierung wieder in mein Konto?",
    slug: "change-email-two-factor-authentication",
    answer: ["Log in with a backup code and then set up 2FA again"],
    lang: "de",
  },
  {
    question: "will I have to type a 2fa code every single time I open the app",
    slug: "change-email-two-factor-authentication",
    answer: ["each time you log in on a new device"],
  },

  // ------------------------------------------------ delete-account-personal-data-gdpr
  {
    question: "delete everything you have on me",
    slug: "delete-account-personal-data-gdpr",
    answer: ["go to Account > Privacy > Delete my account"],
  },
  {
    question: "stop spamming me with your promo emails",
    slug: "delete-account-personal-data-gdpr",
    answer: ["turn off marketing emails in Account > Notifications"],
    angry: true,
  },
  {
    question: "before I leave I want a copy of all the data you have about me. how do I get it?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["we email it to you as a ZIP file within 48 hours"],
  },
  {
    question: "how long does it take for my account to actually be gone after i delete it",
    slug: "delete-account-personal-data-gdpr",
    answer: ["deleted permanently within 30 days"],
  },
  {
    question: "if i delete my account what happens to my bean subscription, do i have to cancel it first",
    slug: "delete-account-personal-data-gdpr",
    answer: ["cancels any active Acme Beans subscription immediately"],
  },
  {
    question: "I asked you to delete my data. Why on earth would you still keep my invoices?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["as long as tax law requires (up to 10 years)"],
    angry: true,
  },
  {
    question: "Quiero borrar mi cuenta pero tengo un pedido en camino. ¿Qué pasa entonces?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["deletion starts once it is completed"],
    lang: "es",
  },
  {
    question: "if I delete my account does my machine still work with the app?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["disconnects your coffee machines from the app"],
  },
  {
    question: "turned off the marketing emails but I'm still getting shipping emails, is that normal?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["Order and delivery emails keep coming"],
  },

  // ------------------------------------------------ shipping-times-and-costs
  {
    question: "how much is shipping to canada and how long does it take",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 5 to 8 business days", "costs $9.95, free on orders of $100 or more"],
  },
  {
    question: "can i get express delivery to toronto? need it before the weekend",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping is not available in Canada"],
  },
  {
    question: "I'm ordering to London. Am I going to get hit with import fees when it arrives?",
    slug: "shipping-times-and-costs",
    answer: ["Import duties and local taxes are not included"],
  },
  {
    question: "how fast is express to germany and what does it cost",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping takes 1 to 3 business days and costs €14.95"],
  },
  {
    question: "if I order at 5pm today will it still go out today",
    slug: "shipping-times-and-costs",
    answer: ["later orders leave the next business day"],
  },
  {
    question: "do I have to pay shipping on a brew one?",
    slug: "shipping-times-and-costs",
    answer: ["Brew One and Brew Pro orders always ship free with Standard shipping"],
  },
  {
    question: "Combien coûte la livraison en Suisse ?",
    slug: "shipping-times-and-costs",
    answer: ["costs €12.95, free on orders of €100 or more"],
    lang: "fr",
  },
  {
    question: "I'm only ordering a pack of descaler, how much is shipping within the US?",
    slug: "shipping-times-and-costs",
    answer: ["costs $5.95, free on orders of $50 or more"],
  },
  {
    question: "how many days does standard shipping take to austria",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 3 to 6 business days"],
  },

  // ------------------------------------------------ track-my-order
  {
    question: "wheres my stuff",
    slug: "track-my-order",
    answer: ["select the order and choose Track package"],
  },
  {
    question: "tracking just says label created and nothing else. did you even send it??",
    slug: "track-my-order",
    answer: ["on the first day, that is normal"],
    angry: true,
  },
  {
    question: "got the shipping email an hour ago but the tracking number shows nothing on the UPS site",
    slug: "track-my-order",
    answer: ["up to 24 hours after the shipping email"],
  },
  {
    question: "my tracking has been stuck at the same place for a week now, what happens now",
    slug: "track-my-order",
    answer: ["open an investigation with the carrier"],
  },
  {
    question: "it says delivered but there's nothing at my door",
    slug: "track-my-order",
    answer: ["wait 48 hours, as carriers sometimes mark packages delivered early"],
  },
  {
    question: "how do I track my beans delivery, is it the same number as my machine order?",
    slug: "track-my-order",
    answer: ["each delivery has its own tracking number"],
  },
  {
    question:
      "package marked delivered 4 days ago. checked with the neighbours, the mailroom, everywhere. NOTHING. I want my money back or a new one",
    slug: "track-my-order",
    answer: ["we will send a replacement or give you a full refund"],
    angry: true,
  },
  {
    question: "Onde encontro o número de rastreio da minha encomenda?",
    slug: "track-my-order",
    answer: ["find the tracking number at any time in Account > Orders"],
    lang: "pt",
  },

  // ------------------------------------------------ damaged-or-missing-items
  {
    question: "my brew pro showed up with a big dent in the side. what do you need from me?",
    slug: "damaged-or-missing-items",
    answer: ["photos of the damaged item, the outside of the box"],
  },
  {
    question: "one of the bags of beans was ripped open when it got here, do I have to send it back?",
    slug: "damaged-or-missing-items",
    answer: ["You don't need to send back damaged coffee"],
  },
  {
    question: "where's the descaler bottle?? it was supposed to come with the machine and I can't find it",
    slug: "damaged-or-missing-items",
    answer: ["packed in the cardboard tray under the water tank"],
  },
  {
    question: "box came completely smashed and the machine is broken. how long until I get a replacement",
    slug: "damaged-or-missing-items",
    answer: ["a free replacement, usually within 2 business days"],
  },
  {
    question: "The machine was broken on arrival. Do I need to ship the broken one back to you?",
    slug: "damaged-or-missing-items",
    answer: ["only if we need the machine back", "otherwise you can recycle it"],
  },
  {
    question: "how long after delivery do i have to report that something arrived broken",
    slug: "damaged-or-missing-items",
    answer: ["report it within 14 days of delivery"],
  },
  {
    question:
      "I ordered beans and a descaler pack. Everything else came in the one box but the descaler isn't in there and the email only lists one package.",
    slug: "damaged-or-missing-items",
    answer: ["we will ship it free of charge"],
  },
  {
    question: "Ma machine est arrivée cassée. Je préfère être remboursé plutôt qu'un remplacement, c'est possible ?",
    slug: "damaged-or-missing-items",
    answer: ["or give you a full refund if you prefer"],
    lang: "fr",
  },

  // ------------------------------------------------ return-a-machine
  {
    question: "used the brew one for a week and honestly hate it. can i still send it back even though i used it?",
    slug: "return-a-machine",
    answer: ["even if you have used it"],
  },
  {
    question: "threw out the original box already, can I still return it?",
    slug: "return-a-machine",
    answer: ["use a sturdy box with padding all around"],
  },
  {
    question: "I don't have a printer. how do I use the return label then",
    slug: "return-a-machine",
    answer: ["show the QR code at the drop-off point"],
  },
  {
    question: "got the return label 10 days ago and still haven't dropped it off. how long do i have?",
    slug: "return-a-machine",
    answer: ["within 14 days of receiving the label"],
  },
  {
    question: "which parts do I need to put in the box when I return the Pro?",
    slug: "return-a-machine",
    answer: ["the bean hopper lid and milk jug"],
  },
  {
    question:
      "does it matter what reason I pick when I return it? will I get less money back if I just say I don't like it",
    slug: "return-a-machine",
    answer: ["Your reason does not affect your refund"],
  },
  {
    question: "I bought the brew one but I'd rather have the pro. can you just swap it?",
    slug: "return-a-machine",
    answer: ["Return your machine and place a new order for the other one"],
  },
  {
    question: "do I need to clean the machine out before sending it back",
    slug: "return-a-machine",
    answer: ["empty the water tank and drip tray", "let the machine dry for a few hours"],
  },
  {
    question: "once I've sent the machine back, where can I see what's happening with my return?",
    slug: "return-a-machine",
    answer: ["You can follow the return in Account > Orders"],
  },

  // ------------------------------------------------ machine-wont-turn-on
  {
    question: "my machien wont trun on",
    slug: "machine-wont-turn-on",
    answer: ["Check the main power switch on the back of the machine"],
  },
  {
    question: "thing won't even light up. it's plugged into a power strip with the toaster and kettle",
    slug: "machine-wont-turn-on",
    answer: ["Plug the machine directly into the wall, not into a power strip"],
  },
  {
    question: "the screen goes black after a while when I'm not using it. is it broken?",
    slug: "machine-wont-turn-on",
    answer: ["After 30 minutes without use it turns off its display"],
  },
  {
    question: "can I make the machine stay awake longer before it goes to sleep",
    slug: "machine-wont-turn-on",
    answer: ["change the auto-off time in the Acme Brew app"],
  },
  {
    question: "how do I do a hard reset on the brew one",
    slug: "machine-wont-turn-on",
    answer: ["switch it off with the main power switch on the back", "unplug it for 60 seconds"],
  },
  {
    question:
      "I brought my Brew Pro with me when I moved from Boston to Munich and now it won't work at all. Why would that be?",
    slug: "machine-wont-turn-on",
    answer: ["Machines sold in the US are built for 120 V", "a machine used in the wrong region may not work"],
  },
  {
    question:
      "brand new brew pro, tried EVERYTHING. other outlet, the switch on the back, the cord. nothing. this is junk. is it covered or do i have to buy another one??",
    slug: "machine-wont-turn-on",
    answer: ["A machine that won't power on is covered by our 2-year warranty"],
    angry: true,
  },
  {
    question: "A minha máquina não liga e a tomada da cozinha tem um botãozinho de reset. Devo carregar nele?",
    slug: "machine-wont-turn-on",
    answer: ["If your kitchen outlet has a Reset button (GFCI), press it"],
    lang: "pt",
  },

  // ------------------------------------------------ descale-machine-descale-light
  {
    question: "whats the orange drop light on my machine",
    slug: "descale-machine-descale-light",
    answer: ["the orange drop icon", "it is time to descale"],
  },
  {
    question: "how often am I supposed to descale?",
    slug: "descale-machine-descale-light",
    answer: ["usually every 2 to 3 months"],
  },
  {
    question: "how much is the descaler",
    slug: "descale-machine-descale-light",
    answer: ["a pack of 2 bottles costs $14.99 or €13.99"],
  },
  {
    question: "how long does descaling take? I have to leave for work in half an hour",
    slug: "descale-machine-descale-light",
    answer: ["Descaling takes about 25 minutes"],
  },
  {
    question: "what size bowl do i need to put under the spout when descaling",
    slug: "descale-machine-descale-light",
    answer: ["holds at least 1.5 liters (50 oz)"],
  },
  {
    question: "how do I actually start the descale cycle, which button do I press",
    slug: "descale-machine-descale-light",
    answer: ["Press and hold Clean for 3 seconds"],
  },
  {
    question: "descaling stopped halfway and the display just says RINSE. what do i do now",
    slug: "descale-machine-descale-light",
    answer: ["fill it with fresh water to MAX and press Brew"],
  },
  {
    question:
      "The descale light keeps coming on way too often. We have really soft water where I live. Is there a way to fix that?",
    slug: "descale-machine-descale-light",
    answer: ["Set your water hardness in the Acme Brew app"],
  },
  {
    question: "Ignoré la luz de descalcificación durante meses. ¿Qué le puede pasar a la cafetera?",
    slug: "descale-machine-descale-light",
    answer: ["the machine may eventually stop with error code E5"],
    lang: "es",
  },

  // ------------------------------------------------ weak-watery-or-cold-coffee
  {
    question: "coffee tastes like brown water. what does the strength button actually do",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Press Strength to switch between Mild, Regular and Strong"],
  },
  {
    question: "how much ground coffee should i put in the brew one per cup",
    slug: "weak-watery-or-cold-coffee",
    answer: ["one level Acme scoop (10 g) of ground coffee"],
  },
  {
    question: "which way do I turn the grinder on the pro for stronger coffee, and can I change it while it's off?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["turn it 1 or 2 steps finer", "only while the grinder is running"],
  },
  {
    question: "what's the grind setting on the pro out of the box",
    slug: "weak-watery-or-cold-coffee",
    answer: ["set to 5 from the factory"],
  },
  {
    question: "my coffee is lukewarm at best. can I make it hotter?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["go to Settings > Brew temperature"],
  },
  {
    question: "what's the hottest temperature the machine can brew at",
    slug: "weak-watery-or-cold-coffee",
    answer: ["High (96 °C / 205 °F)"],
  },
  {
    question: "I used espresso ground coffee in my brew one and it overflowed all over the counter",
    slug: "weak-watery-or-cold-coffee",
    answer: ["espresso-fine coffee can make the filter basket overflow"],
  },
  {
    question:
      "My coffee tastes flat lately. I opened the bag about two months ago, I was wondering whether that could be the reason?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["within 4 weeks of opening the bag"],
  },

  // ------------------------------------------------ error-codes-e1-e5
  {
    question: "E2 on the screen what does that mean",
    slug: "error-codes-e1-e5",
    answer: ["Drip tray full or missing"],
  },
  {
    question: "my machine says E1 but the tank is FULL!! what is wrong with this thing",
    slug: "error-codes-e1-e5",
    answer: ["push it firmly down until it clicks into place"],
    angry: true,
  },
  {
    question: "e3 error what do i do",
    slug: "error-codes-e1-e5",
    answer: ["let it cool for 30 minutes"],
  },
  {
    question: "getting E4 on my brew one",
    slug: "error-codes-e1-e5",
    answer: ["check that the filter basket is locked in place"],
  },
  {
    question: "the pro shows E4 but the hopper is full. I use a really dark, oily espresso bean if that matters",
    slug: "error-codes-e1-e5",
    answer: ["remove the hopper and clear any stuck beans", "Very oily beans can clog the grinder"],
  },
  {
    question: "machine is showing E7, never seen that one before",
    slug: "error-codes-e1-e5",
    answer: ["contact us with the code and your serial number"],
  },
  {
    question: "Meine Maschine zeigt E5 an. Was bedeutet das?",
    slug: "error-codes-e1-e5",
    answer: ["Water flow blocked, usually by limescale"],
    lang: "de",
  },
  {
    question: "I descaled like you said and it STILL shows E5. now what",
    slug: "error-codes-e1-e5",
    answer: ["If E5 is still shown after descaling, contact us"],
    angry: true,
  },
  {
    question: "E3 keeps coming back even after I let it cool down. is that covered?",
    slug: "error-codes-e1-e5",
    answer: ["If E3 comes back, contact us", "this is covered by the 2-year warranty"],
  },

  // ------------------------------------------------ connect-machine-wifi-app
  {
    question: "the app can't find my machine",
    slug: "connect-machine-wifi-app",
    answer: ["turn on Bluetooth on your phone", "The app finds your machine over Bluetooth"],
  },
  {
    question: "does it work with 5ghz wifi",
    slug: "connect-machine-wifi-app",
    answer: ["it can't connect to 5 GHz networks"],
  },
  {
    question: "how do i put the machine in pairing mode",
    slug: "connect-machine-wifi-app",
    answer: ["Press and hold Power and Strength together for 5 seconds"],
  },
  {
    question: "I'm in a dorm and the wifi makes you log in on a web page first. Can the machine connect to that?",
    slug: "connect-machine-wifi-app",
    answer: ["Networks that need a log-in page", "student housing, are not supported"],
  },
  {
    question: "wifi light is orange what does that mean",
    slug: "connect-machine-wifi-app",
    answer: ["turns orange when the machine can't reach your network"],
  },
  {
    question: "got a new router and now the machine is offline in the app",
    slug: "connect-machine-wifi-app",
    answer: ["After changing your router or Wi-Fi password, simply pair again"],
  },
  {
    question: "bought a used brew pro on ebay and the app says it's already linked to another account",
    slug: "connect-machine-wifi-app",
    answer: ["the previous owner must first choose Machine settings > Remove machine"],
  },
  {
    question: "Posso ligar a mesma máquina a duas contas? Eu e a minha mulher queremos usar a app.",
    slug: "connect-machine-wifi-app",
    answer: ["linked to only one Acme account at a time"],
    lang: "pt",
  },
  {
    question: "¿La contraseña del wifi distingue entre mayúsculas y minúsculas? No consigo conectar la cafetera.",
    slug: "connect-machine-wifi-app",
    answer: ["it is case-sensitive"],
    lang: "es",
  },

  // ------------------------------------------------ warranty-coverage
  {
    question: "knocked my brew one off the counter and the tank cracked. warranty?",
    slug: "warranty-coverage",
    answer: ["The warranty does not cover accidental damage"],
  },
  {
    question: "we have a brew pro in our cafe that customers use all day. is that covered under the warranty?",
    slug: "warranty-coverage",
    answer: ["other than Acme Descaler, commercial use"],
  },
  {
    question: "got my machine as a birthday present so the order isn't in my name. am I still covered?",
    slug: "warranty-coverage",
    answer: ["It is covered too", "send us the receipt as proof of purchase"],
  },
  {
    question: "does the warranty cover replacing the water filter",
    slug: "warranty-coverage",
    answer: ["normal wear parts such as the water filter and seals"],
  },
  {
    question: "my serial number starts with ABP, which model is that",
    slug: "warranty-coverage",
    answer: ["ABP for Brew Pro"],
  },
  {
    question: "if you have to repair my machine, who pays for shipping it back and forth?",
    slug: "warranty-coverage",
    answer: ["pay shipping both ways"],
  },
  {
    question: "how long will I be without my coffee machine if I send it in under warranty",
    slug: "warranty-coverage",
    answer: ["within 5 business days of receiving yours"],
  },
  {
    question: "my replacement machine from a warranty claim, does it get a brand new 2 year warranty?",
    slug: "warranty-coverage",
    answer: ["the rest of the original warranty or 6 months, whichever is longer"],
  },
  {
    question: "¿Cómo hago una reclamación de garantía?",
    slug: "warranty-coverage",
    answer: ["select the order with your machine and choose Warranty claim"],
    lang: "es",
  },
];

export const devUnanswerable: DevUnanswerable[] = [
  // ---------------------------------------------------------------- off-topic
  { question: "what's the weather going to be like in chicago tomorrow", why: "off-topic: weather" },
  { question: "¿Qué tiempo hará mañana en Madrid?", why: "off-topic: weather (Spanish)" },
  { question: "can you give me a good recipe for banana bread", why: "off-topic: recipe" },
  { question: "tell me a joke about coffee", why: "off-topic: joke" },
  { question: "who won the champions league last year", why: "off-topic: sports" },
  { question: "how do I reset my netflix password", why: "off-topic: other company's account" },
  { question: "whats the best pizza place near me", why: "off-topic: local recommendation" },
  { question: "can you help me write a cover letter for a barista job at starbucks", why: "off-topic: other company, writing help" },
  { question: "what's the capital of australia", why: "off-topic: general knowledge" },
  { question: "my amazon package is late, can you check where it is", why: "off-topic: other company's order" },
  { question: "is the iphone 16 worth upgrading to", why: "off-topic: other product" },
  { question: "how do you say good morning in japanese", why: "off-topic: translation" },
  { question: "how do i cancel spotify premium", why: "off-topic: other company's subscription" },
  { question: "recommend me a good book to read on holiday", why: "off-topic: recommendation" },
  { question: "what's 15% of 240", why: "off-topic: arithmetic" },
  { question: "do nespresso pods work in a keurig", why: "off-topic: other companies' machines" },
  { question: "how do I get red wine out of a white carpet", why: "off-topic: household tip" },
  { question: "what's a good name for my new puppy", why: "off-topic: chit-chat" },
  { question: "write me a short poem about mondays", why: "off-topic: creative writing" },
  { question: "my delonghi machine leaks from the bottom, how do I fix it", why: "off-topic: other brand's machine" },
  { question: "how do I make cold brew at home", why: "off-topic: recipe" },
  { question: "Quel est le meilleur film de l'année selon toi ?", why: "off-topic: chit-chat (French)" },

  // ------------------------------------------------------------- near misses
  {
    question: "what's the password for my home wifi router? I forgot it and need it to connect the machine",
    why: "near miss: the Wi-Fi article says to enter your network password, but Acme cannot know the customer's router password",
  },
  {
    question: "do you sell a milk frother for the brew one",
    why: "near miss: no Brew One frother accessory in the KB (only the Brew Pro milk jug is mentioned as a part to return)",
  },
  { question: "when is the new Brew Max coming out?", why: "near miss: model not in the KB" },
  { question: "will there be a Brew Pro 2 this year", why: "near miss: future model not in the KB" },
  { question: "how much does a replacement water tank cost", why: "near miss: spare-part prices not listed" },
  { question: "how much is the brew pro", why: "near miss: machine prices are not stated in any article body" },
  { question: "what are your store opening hours in new york", why: "near miss: no stores or opening hours in the KB" },
  { question: "do you have a shop in london where I can try the machines before buying", why: "near miss: no physical stores in the KB" },
  { question: "are you hiring? I'd love to work in your customer support team", why: "near miss: job openings not in the KB" },
  { question: "can you give me a recipe for a proper flat white on the brew pro", why: "near miss: espresso/milk recipes not in the KB" },
  { question: "how many loyalty points do I get per bean delivery", why: "near miss: no loyalty program in the KB" },
  { question: "do you sell gift cards? want to get one for my dad", why: "near miss: gift cards not in the KB" },
  { question: "what's the latest firmware version for the brew pro and how do I update it", why: "near miss: firmware versions and updates not in the KB" },
  {
    question: "I moved to Australia with my Brew One. Is the warranty still valid here?",
    why: "near miss: warranty validity in other countries not covered (only says legal consumer rights are unaffected)",
  },
  { question: "can i buy an extended warranty, like 5 years", why: "near miss: extended warranty not offered in the KB" },
  { question: "how much does it cost to repair a machine that's out of warranty", why: "near miss: out-of-warranty repair prices not in the KB" },
  { question: "how much caffeine is in the Dark Harbor roast", why: "near miss: roast details beyond names not in the KB" },
  { question: "is the House Blend organic and fair trade?", why: "near miss: sourcing/certification not in the KB" },
  { question: "which country do the Morning Light beans come from", why: "near miss: bean origins not in the KB" },
  { question: "how much is a replacement burr for the pro's grinder", why: "near miss: grinder part prices not in the KB" },
  { question: "do you have a student discount", why: "near miss: discounts not in the KB" },
  { question: "is there a promo code for my first order", why: "near miss: promo codes not in the KB" },
  { question: "is there a black friday sale coming up", why: "near miss: sales not in the KB" },
  { question: "do you price match amazon", why: "near miss: price matching not in the KB" },
  { question: "do you have a referral program, like give a friend 10 bucks", why: "near miss: referrals not in the KB" },
  { question: "does the brew pro work with alexa or google home", why: "near miss: smart-speaker integration not in the KB" },
  { question: "can I connect my brew one to apple homekit", why: "near miss: HomeKit not in the KB" },
  { question: "what are the dimensions of the brew one, will it fit under my kitchen cabinets", why: "near miss: dimensions not in the KB" },
  { question: "how many watts does the brew pro draw", why: "near miss: power consumption not in the KB (only voltage)" },
  { question: "how much does the brew one weigh", why: "near miss: weight not in the KB" },
  { question: "is the water tank dishwasher safe", why: "near miss: cleaning of parts in a dishwasher not in the KB" },
  { question: "how often should I change the water filter and where do I buy a new one", why: "near miss: filter is only named as a wear part; no interval or shop" },
  { question: "can I get the brew one in red", why: "near miss: colours not in the KB" },
  { question: "is the brew pro BPA free", why: "near miss: materials not in the KB" },
  { question: "how loud is the grinder on the pro, in decibels", why: "near miss: noise level not in the KB" },
  { question: "can I set a timer in the app so coffee is ready when I wake up", why: "near miss: scheduled brewing not in the KB" },
  { question: "does the brew pro make iced coffee", why: "near miss: iced coffee not in the KB" },
  { question: "do you also do a tea subscription", why: "near miss: tea not in the KB" },
  { question: "how do I change the app language to Spanish", why: "near miss: app language settings not in the KB" },
  { question: "is there an apple watch version of the acme brew app", why: "near miss: watch app not in the KB" },
  { question: "can I choose which day of the week my beans arrive, like always on friday", why: "near miss: choosing a delivery weekday not in the KB" },
  { question: "do you deliver to PO boxes", why: "near miss: PO boxes not in the KB" },
  { question: "can I get my invoice in Spanish", why: "near miss: invoice language not in the KB" },
  { question: "I run a cafe, do you have wholesale prices for beans", why: "near miss: wholesale pricing not in the KB" },
  { question: "where is acme's head office", why: "near miss: company address not in the KB" },
  { question: "who is the ceo of acme", why: "near miss: company people not in the KB" },
];

export const devPersonRequests: DevIntent[] = [
  // ---------------------------------------------------------------- English
  { message: "can I talk to a human", lang: "en", why: "plain request for a human" },
  { message: "i want to speak to a real person please", lang: "en", why: "plain request for a person" },
  { message: "humna please", lang: "en", why: "misspelled 'human'" },
  { message: "get me a reprsentative", lang: "en", why: "misspelled 'representative'" },
  { message: "connect me with an agnet", lang: "en", why: "misspelled 'agent'" },
  { message: "this bot is useless, let me talk to someone", lang: "en", why: "frustration with the bot + request" },
  { message: "stop giving me articles and put me through to a person", lang: "en", why: "frustration with articles + request" },
  { message: "i need a manager right now", lang: "en", why: "escalation to manager" },
  { message: "I want to speak to your supervisor", lang: "en", why: "escalation to supervisor" },
  { message: "escalate this please", lang: "en", why: "escalation" },
  { message: "I want to make a complaint to someone in charge", lang: "en", why: "complaint escalation" },
  { message: "can someone call me back? my number is on my account", lang: "en", why: "call-back request" },
  { message: "can someone phone me", lang: "en", why: "phone request" },
  { message: "live agent", lang: "en", why: "terse request for an agent" },
  { message: "operator", lang: "en", why: "terse request for an operator" },
  { message: "representative", lang: "en", why: "terse request for a representative" },
  { message: "is there an actual human I can chat with?", lang: "en", why: "asks for a human" },
  { message: "you're a robot. I want a person.", lang: "en", why: "rejects the bot, asks for a person" },
  { message: "transfer me to customer service", lang: "en", why: "transfer request" },
  { message: "pls get a real persn on here", lang: "en", why: "slangy, misspelled request for a person" },
  {
    message: "I've been going round in circles with this chatbot for 20 minutes. get me someone who can actually help",
    lang: "en",
    why: "frustration + request for a person",
  },
  { message: "I don't want to read FAQs, I want to talk to your support staff", lang: "en", why: "rejects articles, asks for staff" },
  { message: "need to speak with someone from your billing team", lang: "en", why: "request for a staff member" },
  { message: "hand me over to a human agent", lang: "en", why: "handover request" },
  { message: "talk to agent", lang: "en", why: "terse request" },
  { message: "can i get a callback", lang: "en", why: "call-back request" },
  { message: "let me speak to whoever is in charge", lang: "en", why: "escalation" },
  { message: "human. HUMAN. HUMAN!!!", lang: "en", why: "angry repeated request" },
  { message: "I'd like to speak to a member of your team, please", lang: "en", why: "polite request for staff" },
  { message: "ur bot sucks, real ppl pls", lang: "en", why: "slang frustration + request" },
  {
    message: "please escalate my case to a supervisor, this is the third time I'm writing about the same thing",
    lang: "en",
    why: "escalation after repeated contact",
  },
  {
    message: "I'd prefer to discuss this with a person rather than a bot, if that's possible",
    lang: "en",
    why: "polite indirect request for a person",
  },
  { message: "can I talk to someone on the phone about my order instead of typing", lang: "en", why: "phone request" },

  // ---------------------------------------------------------------- Spanish
  { message: "Quiero hablar con una persona", lang: "es", why: "plain request for a person" },
  { message: "¿Puedo hablar con un agente, por favor?", lang: "es", why: "request for an agent" },
  { message: "pasame con un humano", lang: "es", why: "slangy request for a human" },
  { message: "Este bot no sirve para nada, quiero un representante", lang: "es", why: "frustration + representative" },
  { message: "Quiero hablar con un supervisor", lang: "es", why: "escalation" },
  { message: "¿Me pueden llamar por teléfono?", lang: "es", why: "call request" },
  { message: "quiero poner una queja con un responsable", lang: "es", why: "complaint escalation" },
  { message: "necesito hablar con alguien de atención al cliente de verdad", lang: "es", why: "request for real staff" },

  // ---------------------------------------------------------------- French
  { message: "Je voudrais parler à un conseiller", lang: "fr", why: "request for an advisor" },
  { message: "je veux parler a un humain", lang: "fr", why: "request for a human (no accent)" },
  { message: "Passez-moi un responsable s'il vous plaît", lang: "fr", why: "escalation to manager" },
  { message: "Votre robot ne sert à rien, je veux une vraie personne", lang: "fr", why: "frustration + person" },
  { message: "Est-ce que quelqu'un peut me rappeler ?", lang: "fr", why: "call-back request" },
  { message: "Je souhaite déposer une réclamation auprès d'un superviseur", lang: "fr", why: "complaint to supervisor" },
  { message: "un agent svp", lang: "fr", why: "terse request for an agent" },
  { message: "arrêtez de m'envoyer des articles, je veux parler à quelqu'un", lang: "fr", why: "rejects articles + request" },

  // ---------------------------------------------------------------- German
  { message: "Ich möchte mit einem Menschen sprechen", lang: "de", why: "request for a human" },
  { message: "Bitte verbinden Sie mich mit einem Mitarbeiter", lang: "de", why: "request for staff" },
  { message: "kann ich einen echten menschen haben", lang: "de", why: "lowercase request for a real person" },
  { message: "Ich will Ihren Vorgesetzten sprechen", lang: "de", why: "escalation to supervisor" },
  { message: "Können Sie mich bitte zurückrufen?", lang: "de", why: "call-back request" },
  { message: "Dieser Bot ist nutzlos, ich will einen Kundenberater", lang: "de", why: "frustration + advisor" },
  { message: "Ich möchte mich beschweren, bitte leiten Sie mich an einen Verantwortlichen weiter", lang: "de", why: "complaint escalation" },
  { message: "mitarbeiter bitte", lang: "de", why: "terse request" },

  // ---------------------------------------------------------------- Portuguese
  { message: "Quero falar com um atendente", lang: "pt", why: "request for an agent" },
  { message: "posso falar com uma pessoa de verdade?", lang: "pt", why: "request for a real person" },
  { message: "Quero falar com o gerente", lang: "pt", why: "escalation to manager" },
  { message: "Esse robô não ajuda em nada, me passa para um humano", lang: "pt", why: "frustration + human" },
  { message: "Alguém pode me ligar?", lang: "pt", why: "call request" },
  { message: "Quero fazer uma reclamação com um supervisor", lang: "pt", why: "complaint escalation" },
  { message: "falar com agente por favor", lang: "pt", why: "terse request" },
  { message: "Podem escalar o meu caso para um responsável?", lang: "pt", why: "escalation" },
];

export const devNotPersonRequests: DevIntent[] = [
  { message: "do I need to call someone to cancel or can I do it online", lang: "en", why: "asks whether a person is needed; self-service question" },
  { message: "the courier guy left my parcel at my neighbour's, is that ok?", lang: "en", why: "mentions a courier, delivery question" },
  { message: "my bank rep says the charge is still pending, what does that mean", lang: "en", why: "mentions a bank rep, billing question" },
  { message: "my boss needs an invoice with our company name on it", lang: "en", why: "mentions a boss, invoice question" },
  { message: "is the pro good for an office of 10 people", lang: "en", why: "mentions people, product question" },
  { message: "the UPS driver said he'd come back tomorrow. can I still change the address?", lang: "en", why: "mentions a driver, delivery question" },
  { message: "my manager approved the purchase, can I pay with the company amex", lang: "en", why: "mentions a manager, payment question" },
  {
    message: "an agent told me yesterday the refund was on its way. how long does it usually take to show up?",
    lang: "en",
    why: "mentions a past agent, refund-timing question",
  },
  { message: "a sales rep at the store told me the pro has a grinder built in, is that right?", lang: "en", why: "mentions a rep, product question" },
  { message: "the DHL person said nobody was home but I was in all day", lang: "en", why: "mentions a delivery person, tracking complaint" },
  { message: "my travel agent booked a hotel where the wifi has a login page, will the machine work there?", lang: "en", why: "mentions a travel agent, Wi-Fi question" },
  { message: "my assistant handles our orders, can she download the invoices herself?", lang: "en", why: "mentions an assistant, invoice question" },
  { message: "do I have to talk to anyone to skip a delivery or is it all in the app", lang: "en", why: "asks if contact is needed; self-service" },
  {
    message: "the representative at my bank told me to contact the merchant before opening a chargeback. so what do I do?",
    lang: "en",
    why: "mentions a bank representative, dispute question",
  },
  { message: "my flatmate drinks most of the coffee, should we switch to biweekly?", lang: "en", why: "mentions another person, plan question" },
  { message: "the delivery man left the box out in the rain and the beans are soaked", lang: "en", why: "mentions a delivery man, damage report" },
  {
    message: "I'm a customer service manager myself so I appreciate quick answers: how long does express take in the EU?",
    lang: "en",
    why: "customer is a manager; shipping question",
  },
  { message: "my neighbour bought my old machine, how does she unlink it from my account", lang: "en", why: "mentions a person, app-linking question" },
  { message: "my tiny human pressed every button and now it shows E2", lang: "en", why: "mentions a human (child), error-code question" },
  { message: "does a real person check the photos when I report damage, or is it automatic?", lang: "en", why: "asks about the process, not to talk to someone" },
  { message: "our office manager wants to know if the brew pro is ok for commercial use", lang: "en", why: "mentions a manager, warranty question" },
  { message: "is an agent going to contact me about my return or do I just wait for the email?", lang: "en", why: "asks about the process" },
  { message: "¿Tengo que llamar a alguien para cancelar o lo puedo hacer en la web?", lang: "es", why: "self-service question" },
  { message: "el repartidor dejó el paquete con mi vecino", lang: "es", why: "mentions a courier" },
  { message: "mi jefe necesita una factura con el nombre de la empresa", lang: "es", why: "mentions a boss, invoice" },
  { message: "Mon conseiller bancaire dit que le paiement est encore en attente, c'est normal ?", lang: "fr", why: "mentions a bank advisor" },
  { message: "le livreur a laissé le colis chez le gardien", lang: "fr", why: "mentions a courier" },
  { message: "Mein Chef braucht eine Rechnung mit unserer USt-IdNr.", lang: "de", why: "mentions a boss, invoice" },
  { message: "Muss ich jemanden anrufen, um das Abo zu kündigen, oder geht das online?", lang: "de", why: "self-service question" },
  { message: "o entregador deixou a caixa com o porteiro", lang: "pt", why: "mentions a courier" },
  { message: "o meu gerente do banco diz que a cobrança ainda está pendente", lang: "pt", why: "mentions a bank manager" },
  { message: "o meu chefe precisa de uma fatura com o NIF da empresa", lang: "pt", why: "mentions a boss, invoice" },
];
