// Holdout evaluation set for the Acme demo knowledge base (scripts/demo/articles.ts).
//
// Written independently of the responder and of the other eval sets, to be scored only in
// aggregate. Do not tune against individual items: if they leak into tuning, this set stops
// measuring anything.
//
// - holdoutAnswerable: customer messages answered by exactly one article. `answer` holds 1–3 phrases
//   copied verbatim (Markdown markup ignored) from one paragraph or list item of that article.
// - holdoutUnanswerable: messages the knowledge base does not answer (mostly near misses).
// - holdoutPersonRequests / holdoutNotPersonRequests: whether the customer asks to reach a human.

export interface HoldoutAnswerable {
  question: string;
  slug: string;
  /** 1–3 phrases (3–12 words) copied VERBATIM from the article body that together state the answer; all in one paragraph; the minimal fact, not an introduction */
  answer: string[];
  angry?: boolean;
  lang?: string;
}

export interface HoldoutUnanswerable {
  question: string;
  why: string;
}

export interface HoldoutIntent {
  message: string;
  lang: string;
  why: string;
}

export const holdoutAnswerable: HoldoutAnswerable[] = [
  // ------------------------------------------------ refund-30-day-money-back-guarantee
  {
    question: "refund to paypal how long",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["PayPal, Apple Pay and Google Pay refunds", "usually show within 1 to 2 business days"],
  },
  {
    question:
      "Hi there, so I sent back the spare glass carafe I'd ordered because it was the wrong size, and the tracking says your warehouse got it on Monday. Nothing back on my account yet. When exactly are you supposed to issue the refund?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["We issue refunds within 5 business days of your return arriving"],
  },
  {
    question: "tried the dark harbour roast and honestly it tastes like burnt tyres mate. do i have to post the opened bag back to get me money",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["we will refund that delivery", "You don't need to send the coffee back"],
  },
  {
    question: "If I return something within the 30 days, do I also get back the shipping I paid on the order?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["get a full refund of what you paid, including any shipping charge"],
  },
  {
    question: "¿Cuánto tarda en aparecer el reembolso en mi tarjeta de crédito? Ya me avisaron por email que estaba hecho.",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["Card refunds usually appear on your statement", "within 3 to 10 business days depending on your bank"],
    lang: "es",
  },
  {
    question: "returned a travel mug last week. do i need to email you or something to get the money or does it just come",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["you do not need to contact us separately", "The refund is issued once the item is back at our warehouse"],
  },
  {
    question: "do beans have a return policy like the machines do",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["Acme Beans coffee has a taste guarantee instead of a return"],
  },
  {
    question:
      "Good afternoon. I ordered a pack of descaler three weeks ago and it arrived unopened, but it turns out I already had some in the cupboard. Would it be possible to send it back for a full refund, and would I have to pay for the return postage? Kind regards, Margaret",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["every accessory comes with a 30-day money-back guarantee", "The return label is free."],
  },

  // ------------------------------------------------ charged-twice-unrecognised-charge
  {
    question: "charged me twice wtf",
    slug: "charged-twice-unrecognised-charge",
    answer: ["the second amount is most often a pending authorization"],
    angry: true,
  },
  {
    question: "how long does that pending thing take to disappear off my bank app",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Pending holds drop off by themselves within 3 to 5 business days", "or up to 7 days with some banks"],
  },
  {
    question: "what is ACME BEANS on my statement?? i only bought the machine, i think. plus there's a separate ACME BREW one",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Acme Beans subscription deliveries appear separately"],
  },
  {
    question: "If it turns out I really was double billed for the same delivery, how quickly do you give the extra back?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["We refund genuine duplicate charges within 2 business days"],
  },
  {
    question: "my bank says i should just raise a dispute for the payment. any reason not to?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Please talk to us before opening a dispute or chargeback", "your Acme Beans subscription is paused while the dispute is open"],
  },
  {
    question: "Auf meinem Kontoauszug ist eine Abbuchung, die ich nicht zuordnen kann. Wie kann ich das nachprüfen?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["log in and compare it with Account > Orders"],
    lang: "de",
  },
  {
    question:
      "Bit of a strange one. There's a payment on my card from you that doesn't match anything I ordered, and I've been through my emails twice. My flatmate also drinks a lot of coffee... could that have something to do with it?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["whether someone in your household has an Acme account"],
  },
  {
    question: "what info do u need from me to sort out a double payment",
    slug: "charged-twice-unrecognised-charge",
    answer: ["the date, the amount and the last 4 digits"],
  },

  // ------------------------------------------------ update-payment-method-card-declined
  {
    question: "do you take amex",
    slug: "update-payment-method-card-declined",
    answer: ["We accept Visa, Mastercard, American Express"],
  },
  {
    question: "can i pay with my discover card, i live in toronto",
    slug: "update-payment-method-card-declined",
    answer: ["American Express, Discover (US only)"],
  },
  {
    question: "got an email saying my coffee subscription payment didnt go through. what happens now, do i lose it",
    slug: "update-payment-method-card-declined",
    answer: ["retry automatically 1, 3 and 7 days later"],
  },
  {
    question: "and if every one of those retries fails?? is my sub gone then",
    slug: "update-payment-method-card-declined",
    answer: ["If all retries fail, your Acme Beans subscription is paused, not cancelled"],
  },
  {
    question:
      "I'm trying to buy the Brew Pro and my card keeps getting rejected at the last step. There's definitely money on it, I just checked, and it's not expired. I moved house last month if that matters. What else could it be?",
    slug: "update-payment-method-card-declined",
    answer: ["a billing ZIP code or postcode that doesn't match", "a 3D Secure confirmation in your banking app"],
  },
  {
    question: "WHY WAS MY CARD DECLINED. JUST TELL ME THE REASON",
    slug: "update-payment-method-card-declined",
    answer: ["Your bank can tell you the exact reason for a decline", "we can't see it"],
    angry: true,
  },
  {
    question: "paid for my order yesterday with the wrong card, can u switch it to my other visa pls",
    slug: "update-payment-method-card-declined",
    answer: ["an order that has already been placed can't be changed", "cancel the order before it ships and order again"],
  },
  {
    question: "Bonjour, comment je fais pour changer la carte bancaire utilisée pour mon abonnement café ?",
    slug: "update-payment-method-card-declined",
    answer: ["choose Add payment method, then select Set as default"],
    lang: "fr",
  },

  // ------------------------------------------------ download-invoice-vat-receipt
  {
    question: "invoice pls",
    slug: "download-invoice-vat-receipt",
    answer: ["You can download a PDF invoice for any order yourself"],
  },
  {
    question: "Need a proper VAT receipt for my expense claim at work, does your invoice show the VAT separately?",
    slug: "download-invoice-vat-receipt",
    answer: ["our invoices are full VAT receipts"],
  },
  {
    question:
      "i bought the machine for the office last month and totally forgot to put the company name on before ordering. accounts is now chasing me. can the invoice be redone?",
    slug: "download-invoice-vat-receipt",
    answer: ["contact us within 60 days of the order date", "we will reissue the invoice with your company details"],
  },
  {
    question: "where do i get a bill for each of the bean deliverys",
    slug: "download-invoice-vat-receipt",
    answer: ["each delivery has its own invoice", "Go to Account > Subscriptions > Billing history"],
  },
  {
    question: "Could you make out the invoice in my mum's name? She's paying me back for the machine and wants it for her records.",
    slug: "download-invoice-vat-receipt",
    answer: ["Invoices are only issued in the name of the Acme account"],
  },
  {
    question: "ordering to texas – will the invoice show the sales tax",
    slug: "download-invoice-vat-receipt",
    answer: ["the invoice shows any sales tax charged"],
  },
  {
    question: "Olá, preciso do número de IVA da minha empresa na fatura. Onde é que adiciono isso antes de encomendar?",
    slug: "download-invoice-vat-receipt",
    answer: ["add them in Account > Billing details before you place the order"],
    lang: "pt",
  },
  {
    question: "cant get into my account anymore but I need an invoice from 2 years ago, are they gone?",
    slug: "download-invoice-vat-receipt",
    answer: ["reset your password first; invoices stay available in your account"],
  },

  // ------------------------------------------------ cancel-or-change-bean-subscription
  {
    question: "how do i stop the coffee bags coming every month, want out",
    slug: "cancel-or-change-bean-subscription",
    answer: ["cancel your Acme Beans subscription at any time", "go to Account > Subscriptions > Manage"],
  },
  {
    question: "I went through the steps to end the beans thing but no email came. did it actually go through?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["If you don't receive it, the subscription is not cancelled yet."],
  },
  {
    question: "whats the latest i can cancel so i dont pay for the next bag",
    slug: "cancel-or-change-bean-subscription",
    answer: ["cancel at least 48 hours before your next billing date"],
  },
  {
    question: "I CANCELLED YESTERDAY AND YOU STILL CHARGED ME TODAY AND SAY IT'S SHIPPING?! HOW IS THAT EVEN LEGAL",
    slug: "cancel-or-change-bean-subscription",
    answer: ["it will still be charged and shipped", "no further deliveries will follow"],
    angry: true,
  },
  {
    question: "can i switch to decaf without cancelling the whole thing",
    slug: "cancel-or-change-bean-subscription",
    answer: ["You don't have to cancel to change what you receive", "choose Change coffee to switch roast"],
  },
  {
    question: "Swapped my Pro for a Brew One, so I can't use whole beans any more. Can the subscription send pre-ground instead?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["ground for the Brew One"],
  },
  {
    question: "stopped my beans back in spring, want them again now. do i have to set up everything from scratch",
    slug: "cancel-or-change-bean-subscription",
    answer: ["restart a cancelled subscription at any time", "with the same plan and coffee as before"],
  },
  {
    question: "Gibt es eine Kündigungsgebühr oder Mindestlaufzeit für das Bohnen-Abo?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["no cancellation fee and no minimum term"],
    lang: "de",
  },

  // ------------------------------------------------ pause-or-skip-delivery
  {
    question: "Off on holiday for about two months — can I stop the beans while I'm away without losing the subscription?",
    slug: "pause-or-skip-delivery",
    answer: ["choose Pause subscription and pick 1, 2 or 3 months"],
  },
  {
    question: "once its paused do i have to remember to turn it back on",
    slug: "pause-or-skip-delivery",
    answer: ["it restarts automatically at the end of the pause"],
  },
  {
    question: "Will you let me know before the deliveries start up again after my break?",
    slug: "pause-or-skip-delivery",
    answer: ["We email you a reminder 7 days before your subscription resumes"],
  },
  {
    question: "back from my trip early, want beans asap",
    slug: "pause-or-skip-delivery",
    answer: ["To end a pause early, choose Resume now", "charged and shipped within 1 business day"],
  },
  {
    question: "still got half a bag left lol. can i just not get the next one? and do i get charged for it",
    slug: "pause-or-skip-delivery",
    answer: ["choose Skip next delivery", "You won't be charged for that delivery"],
  },
  {
    question: "Est-ce que mettre mon abonnement en pause est payant ?",
    slug: "pause-or-skip-delivery",
    answer: ["Both are free and take effect straight away"],
    lang: "fr",
  },
  {
    question: "does anything get billed while it's on hold",
    slug: "pause-or-skip-delivery",
    answer: ["Nothing is charged or shipped while the subscription is paused"],
  },
  {
    question: "hit skip this morning but my billing date is tomorrow, will the skip still count for this one?",
    slug: "pause-or-skip-delivery",
    answer: ["Skips and pauses must be made", "at least 48 hours before your next billing date"],
  },

  // ------------------------------------------------ change-plan-monthly-biweekly
  {
    question: "how much is the every two weeks one",
    slug: "change-plan-monthly-biweekly",
    answer: ["every 2 weeks for $22 or €20 per delivery"],
  },
  {
    question: "roughly how many cups do i get out of one delivery",
    slug: "change-plan-monthly-biweekly",
    answer: ["about 17.6 oz, or roughly 50 cups"],
  },
  {
    question: "me and the missus both smash about 2 coffees a day each, which plan should we be on?",
    slug: "change-plan-monthly-biweekly",
    answer: ["the Biweekly plan suits three or four cups a day", "a household with two coffee drinkers"],
  },
  {
    question: "If I go from monthly to biweekly now, from which delivery does it kick in?",
    slug: "change-plan-monthly-biweekly",
    answer: ["A plan change applies from your next delivery", "at least 48 hours before your next billing date"],
  },
  {
    question: "changed my plan last night and this morning i got billed the old price?? thought i switched",
    slug: "change-plan-monthly-biweekly",
    answer: ["the upcoming delivery is charged at the old plan's price"],
  },
  {
    question: "Monthly price in euro?",
    slug: "change-plan-monthly-biweekly",
    answer: ["once a month for $24 or €22 per delivery"],
  },
  {
    question: "Quantos gramas de café vêm em cada entrega da assinatura?",
    slug: "change-plan-monthly-biweekly",
    answer: ["two 250 g bags of freshly roasted coffee per delivery"],
    lang: "pt",
  },
  {
    question: "if i swap plans halfway will the delivery i already paid for get charged again at the new price",
    slug: "change-plan-monthly-biweekly",
    answer: ["Deliveries already charged are never charged again."],
  },

  // ------------------------------------------------ reset-forgotten-password
  {
    question: "forgot pasword",
    slug: "reset-forgotten-password",
    answer: ["tap Forgot password?"],
  },
  {
    question: "the link in the reset email says its expired, i only got it this morning",
    slug: "reset-forgotten-password",
    answer: ["The reset link works once and expires after 60 minutes"],
  },
  {
    question: "I clicked the reset thing like 4 times and now the link from the first email doesn't work",
    slug: "reset-forgotten-password",
    answer: ["only the most recent link works"],
  },
  {
    question: "What are the rules for a new password? It keeps rejecting mine.",
    slug: "reset-forgotten-password",
    answer: ["at least 8 characters with at least one letter and one number"],
  },
  {
    question:
      "So when I set up the app I just tapped the Google button and it logged me in. Now on the website it's asking for a password I've never made. What am I meant to type?",
    slug: "reset-forgotten-password",
    answer: ["you don't have an Acme password", "log in with the same Apple or Google button instead"],
  },
  {
    question: "IT LOCKED ME OUT AFTER I GOT MY PASSWORD WRONG A FEW TIMES. HOW LONG DO I HAVE TO WAIT???",
    slug: "reset-forgotten-password",
    answer: ["After 5 wrong password attempts, logging in is blocked for 15 minutes"],
    angry: true,
  },
  {
    question: "if i reset my password will the coffee maker drop off the wifi",
    slug: "reset-forgotten-password",
    answer: ["Your coffee machine stays connected to Wi-Fi and to your account"],
  },
  {
    question: "No me llega el correo para cambiar la contraseña, ya lo pedí dos veces",
    slug: "reset-forgotten-password",
    answer: ["Check your spam, junk and promotions folders"],
    lang: "es",
  },

  // ------------------------------------------------ change-email-two-factor-authentication
  {
    question: "new job, new email. how do i change the one on my acme login",
    slug: "change-email-two-factor-authentication",
    answer: ["go to Account > Profile > Email address and choose Edit"],
  },
  {
    question: "how long is the code you sent to my new address good for",
    slug: "change-email-two-factor-authentication",
    answer: ["Enter the code within 15 minutes to confirm"],
  },
  {
    question: "Kindly advise whether changing my registered email will affect my machine's warranty or my linked coffee maker.",
    slug: "change-email-two-factor-authentication",
    answer: ["connected machines all stay on your account"],
  },
  {
    question: "can i use 1password for the login codes or is it sms only",
    slug: "change-email-two-factor-authentication",
    answer: ["an authenticator app such as Google Authenticator, Microsoft Authenticator or 1Password", "or receive codes by SMS"],
  },
  {
    question: "dropped my phone in the lake on the weekend, now i cant get the codes to log in. i did save some spare codes somewhere",
    slug: "change-email-two-factor-authentication",
    answer: ["Log in with a backup code", "set up 2FA again on your new phone"],
  },
  {
    question: "how many of those one-time emergency codes do i get",
    slug: "change-email-two-factor-authentication",
    answer: ["we show you 10 backup codes once"],
  },
  {
    question: "no phone and none of the backup codes left. how long till you can take the 2fa off my account",
    slug: "change-email-two-factor-authentication",
    answer: ["removing 2FA then takes up to 2 business days"],
  },
  {
    question: "Wie aktiviere ich die Zwei-Faktor-Authentifizierung für mein Konto?",
    slug: "change-email-two-factor-authentication",
    answer: ["go to Account > Security > Two-factor authentication and choose Turn on"],
    lang: "de",
  },

  // ------------------------------------------------ delete-account-personal-data-gdpr
  {
    question: "delete my account",
    slug: "delete-account-personal-data-gdpr",
    answer: ["go to Account > Privacy > Delete my account"],
  },
  {
    question: "How long before my data is actually gone once I've hit delete?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["Your account is deleted permanently within 30 days"],
  },
  {
    question: "before i leave i want a copy of everything you lot have on me",
    slug: "delete-account-personal-data-gdpr",
    answer: ["request a copy of all your personal data", "we email it to you as a ZIP file within 48 hours"],
  },
  {
    question: "if i close my account what happens to the beans i get every month",
    slug: "delete-account-personal-data-gdpr",
    answer: ["cancels any active Acme Beans subscription immediately"],
  },
  {
    question: "honestly I just want the promo emails to stop, I don't want to nuke my whole account",
    slug: "delete-account-personal-data-gdpr",
    answer: ["turn off marketing emails in Account > Notifications"],
  },
  {
    question: "I asked to be erased and you're STILL keeping my invoices?? That's against GDPR surely",
    slug: "delete-account-personal-data-gdpr",
    answer: ["as long as tax law requires (up to 10 years)", "never used for marketing"],
    angry: true,
  },
  {
    question: "I have a machine return in progress right now, can I still delete my account today?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["deletion starts once it is completed"],
  },
  {
    question: "Je veux supprimer mon compte et toutes mes données personnelles, comment faire ?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["You can delete your Acme account and personal data yourself"],
    lang: "fr",
  },

  // ------------------------------------------------ shipping-times-and-costs
  {
    question: "how much is delivery to canada and how long does it take",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 5 to 8 business days and costs $9.95"],
  },
  {
    question: "can i get it faster in vancouver, like express or next day",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping is not available in Canada."],
  },
  {
    question: "Ordering from London – will I get stung with customs when it arrives?",
    slug: "shipping-times-and-costs",
    answer: ["Import duties and local taxes are not included", "may be collected by the carrier on delivery"],
  },
  {
    question: "ordered at 3pm today eastern time, when does it actually leave",
    slug: "shipping-times-and-costs",
    answer: ["Orders placed before 2 pm on a business day", "later orders leave the next business day"],
  },
  {
    question: "express to germany how much",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping takes 1 to 3 business days and costs €14.95"],
  },
  {
    question: "Do I have to pay anything extra for postage if I order a Brew Pro?",
    slug: "shipping-times-and-costs",
    answer: ["Brew One and Brew Pro orders always ship free with Standard shipping"],
  },
  {
    question: "Quanto custa o envio normal para Portugal e quantos dias demora?",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 3 to 6 business days and costs €5.95"],
    lang: "pt",
  },
  {
    question: "need it by the weekend, I'm in Ohio. how fast is your express and what does it cost",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping takes 1 to 2 business days and costs $14.95"],
  },

  // ------------------------------------------------ track-my-order
  {
    question: "wheres my stuff",
    slug: "track-my-order",
    answer: ["select the order and choose Track package"],
  },
  {
    question: "the ups site just says label created since this morning, should i be worried?",
    slug: "track-my-order",
    answer: ["It can take up to 24 hours after the shipping email", "that is normal"],
  },
  {
    question: "parcel hasn't budged on the tracking for over a week now. what can you do",
    slug: "track-my-order",
    answer: ["If your tracking hasn't moved for 5 business days", "we will open an investigation with the carrier"],
  },
  {
    question: "it says delivered but theres nothing at my door?!",
    slug: "track-my-order",
    answer: ["check around your door, with neighbors and at your building's mailroom", "wait 48 hours, as carriers sometimes mark packages delivered early"],
  },
  {
    question: "how do i follow where my monthly beans are",
    slug: "track-my-order",
    answer: ["each delivery has its own tracking number"],
  },
  {
    question: "deleted the shipping email by accident, where else can I see the tracking code?",
    slug: "track-my-order",
    answer: ["find the tracking number at any time in Account > Orders"],
  },
  {
    question: "what's the subject line of the email you send when my order ships? want to make sure it doesn't end up in spam",
    slug: "track-my-order",
    answer: ['we send you an email "Your Acme order has shipped"'],
  },
  {
    question: "Hola, el número de seguimiento de mi pedido dice 'not found'. Me llegó el email de envío hace unas horas. ¿Es normal?",
    slug: "track-my-order",
    answer: ["on the first day, that is normal"],
    lang: "es",
  },

  // ------------------------------------------------ damaged-or-missing-items
  {
    question: "box turned up all crushed and the side of the machine is dented. what do you need from me?",
    slug: "damaged-or-missing-items",
    answer: ["photos of the damaged item, the outside of the box"],
  },
  {
    question: "bag of beans was ripped open when it came, beans everywhere. do i have to send it back",
    slug: "damaged-or-missing-items",
    answer: ["You don't need to send back damaged coffee."],
  },
  {
    question: "The Brew One arrived cracked. Do I actually need to ship this broken thing back to you?",
    slug: "damaged-or-missing-items",
    answer: ["only if we need the machine back", "otherwise you can recycle it"],
  },
  {
    question: "where's the descaler that's meant to come with the machine?? not in the box",
    slug: "damaged-or-missing-items",
    answer: ["the first descaler bottle are packed in the cardboard tray"],
  },
  {
    question: "grinder arrived in bits, sent you the pics already. how soon will the new one go out",
    slug: "damaged-or-missing-items",
    answer: ["we send a free replacement, usually within 2 business days"],
  },
  {
    question: "the measuring scoop i paid for wasnt in my order",
    slug: "damaged-or-missing-items",
    answer: ["tell us your order number and which item is missing", "we will ship it free of charge"],
  },
  {
    question: "Meine Lieferung kam beschädigt an. Bis wann muss ich das melden?",
    slug: "damaged-or-missing-items",
    answer: ["please report it within 14 days of delivery"],
    lang: "de",
  },
  {
    question: "parcel came leaking all over the doorstep. can i just have my money back instead of another one",
    slug: "damaged-or-missing-items",
    answer: ["give you a full refund if you prefer"],
  },

  // ------------------------------------------------ return-a-machine
  {
    question: "I don't own a printer — how am I supposed to use the return label for my machine?",
    slug: "return-a-machine",
    answer: ["Print it, or show the QR code at the drop-off point."],
  },
  {
    question: "how many days have i got to drop the coffee machine off after you send the label",
    slug: "return-a-machine",
    answer: ["Drop the package off within 14 days of receiving the label."],
  },
  {
    question: "when I send my machine back, does the reason I pick change how much I get refunded?",
    slug: "return-a-machine",
    answer: ["Your reason does not affect your refund."],
  },
  {
    question: "chucked the original box ages ago lol, can i still send the machine back",
    slug: "return-a-machine",
    answer: ["use a sturdy box with padding all around"],
  },
  {
    question: "sending the pro back – what bits have to go in the box with it",
    slug: "return-a-machine",
    answer: ["water tank, drip tray, power cord", "the bean hopper lid and milk jug"],
  },
  {
    question: "I've made like 40 coffees with it already, is it too late to return it? got it 2 weeks ago",
    slug: "return-a-machine",
    answer: ["even if you have used it"],
  },
  {
    question: "Realised I want the grinder version instead of the Brew One. How do I swap?",
    slug: "return-a-machine",
    answer: ["Return your machine and place a new order for the other one."],
  },
  {
    question: "Est-ce que je dois vider le réservoir avant de renvoyer la machine ?",
    slug: "return-a-machine",
    answer: ["empty the water tank and drip tray", "let the machine dry for a few hours"],
    lang: "fr",
  },

  // ------------------------------------------------ machine-wont-turn-on
  {
    question: "me machine's dead, nothing on the screen at all",
    slug: "machine-wont-turn-on",
    answer: ["Check the main power switch on the back of the machine"],
  },
  {
    question: "it was working fine this morning, came back after lunch and the screen is black. did it die?",
    slug: "machine-wont-turn-on",
    answer: ["After 30 minutes without use it turns off its display", "Press Power once to wake it."],
  },
  {
    question: "can I make it wait longer before it goes to sleep",
    slug: "machine-wont-turn-on",
    answer: ["You can change the auto-off time", "under Settings > Auto-off"],
  },
  {
    question: "how do i do a full hard reset on it",
    slug: "machine-wont-turn-on",
    answer: ["switch it off with the main power switch on the back", "unplug it for 60 seconds"],
  },
  {
    question: "Bought my Brew One in the States and I'm moving to Spain next month. Will it just work over there?",
    slug: "machine-wont-turn-on",
    answer: ["Machines sold in the US are built for 120 V", "may not work and can be damaged"],
  },
  {
    question: "its on a power board with the toaster and kettle, could that be why it wont come on",
    slug: "machine-wont-turn-on",
    answer: ["Plug the machine directly into the wall, not into a power strip"],
  },
  {
    question: "the kitchen socket has those little test and reset buttons on it, would that have anything to do with it?",
    slug: "machine-wont-turn-on",
    answer: ["If your kitchen outlet has a Reset button (GFCI), press it."],
  },
  {
    question: "Mi cafetera no enciende para nada, la pantalla sigue apagada. ¿Eso lo cubre la garantía?",
    slug: "machine-wont-turn-on",
    answer: ["A machine that won't power on is covered by our 2-year warranty."],
    lang: "es",
  },

  // ------------------------------------------------ descale-machine-descale-light
  {
    question: "the little light with the drop on it keeps coming on orange, what does it want from me",
    slug: "descale-machine-descale-light",
    answer: ["limescale from your water has built up inside the machine", "it is time to descale"],
  },
  {
    question: "how long does the whole descaling thing take start to finish",
    slug: "descale-machine-descale-light",
    answer: ["Descaling takes about 25 minutes."],
  },
  {
    question: "how much is the descaler",
    slug: "descale-machine-descale-light",
    answer: ["a pack of 2 bottles costs $14.99 or €13.99"],
  },
  {
    question: "what size jug or bowl do I stick under the spout when I'm getting the scale out",
    slug: "descale-machine-descale-light",
    answer: ["a container that holds at least 1.5 liters (50 oz)"],
  },
  {
    question: "i press the clean button and nothing happens. am i doing it wrong",
    slug: "descale-machine-descale-light",
    answer: ["Press and hold Clean for 3 seconds."],
  },
  {
    question: "halfway through cleaning it stopped and the screen says RINSE. now what",
    slug: "descale-machine-descale-light",
    answer: ["empty the container, rinse the water tank", "fill it with fresh water to MAX and press Brew"],
  },
  {
    question: "How often am I meant to be doing this descaling business?",
    slug: "descale-machine-descale-light",
    answer: ["depends on your water hardness and how much coffee you make", "usually every 2 to 3 months"],
  },
  {
    question: "Wo stelle ich die Wasserhärte für die Maschine ein?",
    slug: "descale-machine-descale-light",
    answer: ["Set your water hardness in the Acme Brew app", "under Settings > Water hardness"],
    lang: "de",
  },

  // ------------------------------------------------ weak-watery-or-cold-coffee
  {
    question: "coffee tastes like dishwater",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Press Strength to switch between Mild, Regular and Strong"],
  },
  {
    question: "how much ground coffee should i put in the brew one per cup",
    slug: "weak-watery-or-cold-coffee",
    answer: ["one level Acme scoop (10 g) of ground coffee", "for every 150 ml (5 oz) cup you brew"],
  },
  {
    question: "which way do i turn the dial on the pro for a stronger cup? can i do it while its off",
    slug: "weak-watery-or-cold-coffee",
    answer: ["turn it 1 or 2 steps finer", "only while the grinder is running"],
  },
  {
    question: "what number does the grinder come set to out of the box",
    slug: "weak-watery-or-cold-coffee",
    answer: ["set to 5 from the factory"],
  },
  {
    question: "my coffee comes out lukewarm, can i make it hotter",
    slug: "weak-watery-or-cold-coffee",
    answer: ["open the Acme Brew app and go to Settings > Brew temperature"],
  },
  {
    question: "what temperature does it brew at by default",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Medium (92 °C / 198 °F, the default)"],
  },
  {
    question: "How long are the beans good for once I've opened the bag?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["use beans or ground coffee within 4 weeks of opening the bag"],
  },
  {
    question: "Meu café da Brew One está saindo aguado. Que tipo de moagem devo usar?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["use a medium grind made for drip coffee", "Coffee that is ground too coarsely makes watery coffee"],
    lang: "pt",
  },

  // ------------------------------------------------ error-codes-e1-e5
  {
    question: "E1??",
    slug: "error-codes-e1-e5",
    answer: ["Water tank empty or not seated."],
  },
  {
    question: "screen is showing E2 what does that mean",
    slug: "error-codes-e1-e5",
    answer: ["Drip tray full or missing.", "Empty the drip tray and slide it all the way back in"],
  },
  {
    question: "E3 keeps coming back even after i unplugged it and let it cool down for half an hour",
    slug: "error-codes-e1-e5",
    answer: ["If E3 comes back, contact us with your serial number", "this is covered by the 2-year warranty"],
  },
  {
    question: "Brew Pro says E4 but the hopper is full to the top",
    slug: "error-codes-e1-e5",
    answer: ["unplug the machine, remove the hopper and clear any stuck beans"],
  },
  {
    question: "I've been using these really shiny, oily French roast beans and the Pro keeps jamming with E4. Could the beans be the problem?",
    slug: "error-codes-e1-e5",
    answer: ["Very oily beans can clog the grinder."],
  },
  {
    question: "did the whole descale and its STILL showing E5. useless",
    slug: "error-codes-e1-e5",
    answer: ["If E5 is still shown after descaling, contact us."],
    angry: true,
  },
  {
    question: "getting an E7 on mine, not in the manual",
    slug: "error-codes-e1-e5",
    answer: ["If you see a code not listed here", "contact us with the code and your serial number"],
  },
  {
    question: "Ma Brew One affiche E4, qu'est-ce que je dois faire ?",
    slug: "error-codes-e1-e5",
    answer: ["check that the filter basket is locked in place", "the lid is fully closed"],
    lang: "fr",
  },

  // ------------------------------------------------ connect-machine-wifi-app
  {
    question: "wont connect to my wifi at all. my router is the 5ghz one if that matters",
    slug: "connect-machine-wifi-app",
    answer: ["it can't connect to 5 GHz networks"],
  },
  {
    question: "how do i get it into pairing mode",
    slug: "connect-machine-wifi-app",
    answer: ["Press and hold Power and Strength together for 5 seconds"],
  },
  {
    question: "the wifi symbol on the machine went orange",
    slug: "connect-machine-wifi-app",
    answer: ["turns orange when the machine can't reach your network"],
  },
  {
    question: "Got a new router from the ISP yesterday, and now the app can't find the coffee maker anymore.",
    slug: "connect-machine-wifi-app",
    answer: ["After changing your router or Wi-Fi password, simply pair again."],
  },
  {
    question: "I'm living in a hotel for a month for work, can I hook the machine up to the hotel wifi?",
    slug: "connect-machine-wifi-app",
    answer: ["Networks that need a log-in page", "are not supported"],
  },
  {
    question: "bought it second hand off marketplace and the app says its already linked to someone else",
    slug: "connect-machine-wifi-app",
    answer: ["the previous owner must first choose Machine settings > Remove machine"],
  },
  {
    question: "is the app free? and is there an android one",
    slug: "connect-machine-wifi-app",
    answer: ["the free Acme Brew app (iOS and Android)"],
  },
  {
    question: "¿Cómo sé que la cafetera ya quedó conectada al wifi?",
    slug: "connect-machine-wifi-app",
    answer: ["When the Wi-Fi light turns solid blue, your machine is connected."],
    lang: "es",
  },

  // ------------------------------------------------ warranty-coverage
  {
    question: "warranty on the brew pro, how long is it",
    slug: "warranty-coverage",
    answer: ["comes with a 2-year warranty from the delivery date"],
  },
  {
    question: "knocked my machine off the counter with my elbow, now it rattles. covered?",
    slug: "warranty-coverage",
    answer: ["The warranty does not cover accidental damage"],
  },
  {
    question: "the rubber seals look worn out, is that a warranty job",
    slug: "warranty-coverage",
    answer: ["normal wear parts such as the water filter and seals"],
  },
  {
    question: "my serial number starts with ABP, which machine is that",
    slug: "warranty-coverage",
    answer: ["starts with AB1 for Brew One or ABP for Brew Pro"],
  },
  {
    question: "Got the machine as a Christmas present from my in-laws. Am I still covered if the pump packs in?",
    slug: "warranty-coverage",
    answer: ["It is covered too", "just send us the receipt as proof of purchase"],
  },
  {
    question: "after you fix it under warranty how long is the repaired one covered for",
    slug: "warranty-coverage",
    answer: ["covered for the rest of the original warranty", "or 6 months, whichever is longer"],
  },
  {
    question: "Who pays the postage when I send the machine in for a warranty repair?",
    slug: "warranty-coverage",
    answer: ["we repair or replace the machine and pay shipping both ways"],
  },
  {
    question: "Comprei a máquina numa loja de eletrodomésticos, não no vosso site. A garantia também vale?",
    slug: "warranty-coverage",
    answer: ["It is covered too", "just send us the receipt as proof of purchase"],
    lang: "pt",
  },
];

export const holdoutUnanswerable: HoldoutUnanswerable[] = [
  // ---- near misses: sound like Acme support, but no article answers them
  { question: "do you sell a smaller brew mini for my caravan?", why: "Only Brew One and Brew Pro exist in the KB; no other models." },
  { question: "How much does the Brew Pro cost?", why: "Machine prices are not stated in any article body (only that machines exceed the free-shipping threshold)." },
  { question: "whats the password for my wifi, i need it to set up the machine", why: "The customer's own router password is not something the KB can know." },
  { question: "Is there an Acme shop in Manchester where I can try the machines before buying?", why: "No article mentions physical stores or locations." },
  { question: "are you guys hiring? looking for warehouse work", why: "Jobs/careers are not covered." },
  { question: "how many loyalty points do I earn for each bean delivery", why: "No loyalty or points programme appears in the KB." },
  { question: "What's the latest firmware version for the Brew Pro and how do I update it?", why: "Firmware versions and updates are not mentioned anywhere." },
  { question: "can i buy an extended warranty, like 5 years total?", why: "Only the standard 2-year warranty is described; nothing about buying extensions." },
  { question: "got a good iced latte recipe for the pro?", why: "No recipes in the KB." },
  { question: "How do I froth milk with the steam wand on the Brew Pro?", why: "The steam wand and milk jug are only mentioned in descaling/packing; no frothing instructions." },
  { question: "how much is a replacement water filter and how often do i change it", why: "The water filter is only named as a wear part; no price or change interval." },
  { question: "Is the Dark Harbor roast organic and fair trade?", why: "Roast names are listed but no certification or sourcing details." },
  { question: "how much caffeine is actually left in the decaf classic", why: "No caffeine content is given for any roast." },
  { question: "Which country do the House Blend beans come from?", why: "Bean origin is not described." },
  { question: "does the brew one work with alexa", why: "Smart-speaker integration is not mentioned; only the Acme Brew app." },
  { question: "How many litres does the water tank hold?", why: "Tank capacity is never stated (only the 1.5 l container for descaling)." },
  { question: "can the drip tray go in the dishwasher", why: "Dishwasher safety of parts is not covered." },
  { question: "any discount code for first orders or students?", why: "No discounts or promo codes in the KB." },
  { question: "Can I gift a 6 month bean subscription to my brother?", why: "Gift subscriptions are not described (only gifted machines under warranty)." },
  { question: "Can I choose which weekday my beans turn up on?", why: "The KB covers billing dates, skip/pause and plans, not choosing a delivery weekday." },
  { question: "do you have a refer a friend thing", why: "No referral programme in the KB." },
  { question: "What's the wattage of the Brew One? My camper inverter is only 1000W.", why: "Only voltage (120 V / 230 V) is given, not power consumption." },
  { question: "can i use nespresso pods or k-cups in the brew one", why: "Pod compatibility is not addressed; the KB only says Brew One uses ground coffee via scoop/filter basket." },
  { question: "is there a dark mode in the acme brew app", why: "App display settings beyond auto-off, water hardness and brew temperature are not covered." },
  { question: "Can I set the machine to brew automatically at 6am every weekday?", why: "Scheduled brewing is not mentioned; the app is only said to start brewing from the phone." },
  { question: "are the bean bags recyclable or compostable?", why: "Packaging materials are not described." },
  { question: "Do you price match if Amazon has the Brew One cheaper?", why: "No price-matching policy in the KB." },
  { question: "which one is louder, the one or the pro?", why: "Noise levels are not compared anywhere." },
  { question: "do you do wholesale pricing on the beans for cafés?", why: "Wholesale/partner programmes are not covered." },
  { question: "What's the address of your head office?", why: "No company address is listed." },
  { question: "is there a black friday sale coming up on the machines", why: "Sales and promotions are not covered." },
  { question: "Does the Brew Pro come in red or just black? what colours are there", why: "Machine colours are not described." },
  { question: "heard a brew pro 2 is coming out, when?", why: "No information about future models." },
  { question: "which of your roasts has the most caffeine / is the strongest?", why: "The KB lists roast names but gives no strength or caffeine comparison." },
  { question: "How do I change the language of the Acme Brew app to Spanish?", why: "App language settings are not covered." },
  { question: "can the brew one do just hot water for tea", why: "No hot-water-only function is described." },
  // ---- off-topic
  { question: "what's the weather going to be like in Lisbon tomorrow", why: "Off-topic: weather." },
  { question: "capital of australia?", why: "Off-topic: general knowledge." },
  { question: "write me a haiku about my cat", why: "Off-topic: creative writing." },
  { question: "who won the champions league last year", why: "Off-topic: sports." },
  { question: "can you help me with my algebra homework, solve 3x + 7 = 22", why: "Off-topic: maths homework." },
  { question: "best pizza place near me?", why: "Off-topic: local restaurants." },
  { question: "how do you say good morning in japanese", why: "Off-topic: translation." },
  { question: "My bike tyre keeps going flat, how do I patch it?", why: "Off-topic: bicycle repair." },
  { question: "what's apple's share price today", why: "Off-topic: stock prices." },
  { question: "recommend me a good series on netflix", why: "Off-topic: entertainment." },
  { question: "my laptop won't charge, any ideas?", why: "Off-topic: unrelated electronics." },
  { question: "How do I renew my passport?", why: "Off-topic: government services." },
  { question: "tell me a joke", why: "Off-topic: chit-chat." },
  { question: "¿Cuál es la mejor playa de Portugal para surfear?", why: "Off-topic: travel (Spanish)." },
  { question: "Wie lange muss ich Eier kochen, damit sie weich sind?", why: "Off-topic: cooking (German)." },
  { question: "is it ok to eat yoghurt a week past the date", why: "Off-topic: food safety." },
  { question: "how do i sort a list in python", why: "Off-topic: programming." },
  { question: "Quel temps fera-t-il à Paris ce week-end ?", why: "Off-topic: weather (French)." },
];

export const holdoutPersonRequests: HoldoutIntent[] = [
  // ---- English: plain
  { message: "Can I speak to a real person please?", lang: "en", why: "Plain request for a human." },
  { message: "human", lang: "en", why: "One-word request for a human." },
  { message: "agent", lang: "en", why: "One-word request for an agent." },
  { message: "I'd like to talk to someone from customer service.", lang: "en", why: "Asks to talk to support staff." },
  { message: "Is there someone on your team I could chat with directly?", lang: "en", why: "Asks for a team member." },
  { message: "put me through to an actual human being", lang: "en", why: "Asks to be transferred to a human." },
  { message: "Could you connect me with a representative, please?", lang: "en", why: "Polite request for a representative." },
  { message: "I would prefer to discuss this with a member of staff, if that's possible.", lang: "en", why: "Formal request for staff." },
  { message: "live chat with a person pls", lang: "en", why: "Asks for live chat with a person." },
  { message: "transfer me to support", lang: "en", why: "Asks for a transfer to support staff." },
  // ---- English: slang and typos
  { message: "lemme talk to a real one", lang: "en", why: "Slang request for a human." },
  { message: "can i tlak to a persn", lang: "en", why: "Typo-laden request for a person." },
  { message: "get me a humna", lang: "en", why: "Typo request for a human." },
  { message: "speak to sum1 plz", lang: "en", why: "Texting-style request for someone." },
  { message: "any actual ppl working there or nah", lang: "en", why: "Slang: wants to reach staff." },
  { message: "rep please", lang: "en", why: "Terse request for a representative." },
  { message: "operator", lang: "en", why: "Asks for an operator (a human)." },
  // ---- English: frustration with the bot
  { message: "You're useless. I want a human NOW.", lang: "en", why: "Frustrated demand for a human." },
  { message: "stop with the bot answers and get me someone who can actually help", lang: "en", why: "Frustration with bot, wants a human." },
  { message: "I've asked three times. Is there a person there or just this robot?", lang: "en", why: "Frustrated, asks for a person." },
  { message: "I DONT WANT TO TALK TO A MACHINE", lang: "en", why: "All-caps refusal of the bot, wants a human." },
  { message: "this bot keeps going in circles. real person please", lang: "en", why: "Bot loop frustration, wants a person." },
  { message: "not talking to AI about my money, give me an employee", lang: "en", why: "Wants an employee instead of AI." },
  { message: "none of these articles help, I need to talk to someone", lang: "en", why: "Self-service failed, wants someone." },
  // ---- English: escalation
  { message: "I want to speak to your manager.", lang: "en", why: "Escalation to a manager." },
  { message: "get me a supervisor", lang: "en", why: "Escalation to a supervisor." },
  { message: "I want to make a formal complaint to someone in charge.", lang: "en", why: "Formal complaint, wants someone responsible." },
  { message: "Can someone call me back on my mobile this afternoon?", lang: "en", why: "Asks for a callback from staff." },
  { message: "Please have somebody ring me, I'm not good with typing.", lang: "en", why: "Asks for a phone call from staff (British wording)." },
  { message: "escalate this please, it's been two weeks", lang: "en", why: "Asks for escalation to staff." },
  { message: "who is your boss? put them on", lang: "en", why: "Demands a superior." },
  { message: "Kindly arrange for a customer care executive to contact me at the earliest.", lang: "en", why: "Indian English request for a staff callback." },
  { message: "Can I get someone from your team to give me a bell?", lang: "en", why: "Australian/British slang for a callback." },
  // ---- Spanish
  { message: "Quiero hablar con una persona, por favor.", lang: "es", why: "Plain request for a person." },
  { message: "¿Me puede atender un agente humano?", lang: "es", why: "Asks for a human agent." },
  { message: "pasame con alguien de verdad, este bot no sirve", lang: "es", why: "Frustrated, wants a real person." },
  { message: "Quiero poner una queja con el encargado.", lang: "es", why: "Complaint, wants a manager." },
  { message: "¿Pueden llamarme por teléfono? Prefiero hablar con alguien.", lang: "es", why: "Asks for a callback." },
  { message: "un supervisor ya", lang: "es", why: "Demands a supervisor." },
  // ---- French
  { message: "Je voudrais parler à un conseiller, s'il vous plaît.", lang: "fr", why: "Polite request for an advisor." },
  { message: "passez-moi un humain", lang: "fr", why: "Asks for a human." },
  { message: "J'en ai marre de ce robot, je veux quelqu'un de réel", lang: "fr", why: "Frustrated with the bot, wants a person." },
  { message: "Je souhaite parler au responsable.", lang: "fr", why: "Escalation to a manager." },
  { message: "Est-ce qu'une personne peut me rappeler ?", lang: "fr", why: "Asks for a callback." },
  { message: "un agent svp", lang: "fr", why: "Terse request for an agent." },
  // ---- German
  { message: "Ich möchte bitte mit einem Mitarbeiter sprechen.", lang: "de", why: "Polite request for staff." },
  { message: "Mensch bitte, kein Bot", lang: "de", why: "Asks for a human, not the bot." },
  { message: "Kann mich jemand zurückrufen?", lang: "de", why: "Asks for a callback." },
  { message: "Ich will mich beschweren. Verbinden Sie mich mit Ihrem Vorgesetzten.", lang: "de", why: "Complaint and escalation to a superior." },
  { message: "gibts da auch echte menschen??", lang: "de", why: "Slang: wants a real person." },
  { message: "Bitte an den Kundendienst weiterleiten, ein echter Mensch soll das lesen.", lang: "de", why: "Wants to be forwarded to a human." },
  // ---- Portuguese
  { message: "Quero falar com um atendente, por favor.", lang: "pt", why: "Plain request for an agent." },
  { message: "tem alguém de verdade aí? quero falar com uma pessoa", lang: "pt", why: "Wants a real person." },
  { message: "Esse robô não ajuda nada, me passa para um humano", lang: "pt", why: "Frustrated with bot, wants a human." },
  { message: "Quero falar com o gerente.", lang: "pt", why: "Escalation to a manager." },
  { message: "Podem me ligar de volta? Prefiro resolver por telefone com alguém.", lang: "pt", why: "Asks for a callback." },
  { message: "quero abrir uma reclamação com um supervisor", lang: "pt", why: "Complaint with a supervisor." },
];

export const holdoutNotPersonRequests: HoldoutIntent[] = [
  { message: "Do I need to call anyone to cancel my bean subscription, or can I do it online myself?", lang: "en", why: "Asks whether contact is needed; a self-service question." },
  { message: "is there a person i have to email to delete my data or can i just do it in the app", lang: "en", why: "Self-service question about deletion." },
  { message: "no need for a human, just tell me how to skip next month's delivery", lang: "en", why: "Explicitly declines a human." },
  { message: "The UPS driver left my parcel with the neighbour. Is that normal?", lang: "en", why: "Mentions a courier, a third party." },
  { message: "the dhl guy said he'd try again tomorrow, do i need to be home?", lang: "en", why: "Mentions a courier." },
  { message: "My bank rep says the second charge is just a hold. How long do those usually last?", lang: "en", why: "Mentions a bank representative." },
  { message: "my boss needs the company name on the invoice for the office machine, how do I add it?", lang: "en", why: "Mentions the customer's boss." },
  { message: "My husband set up the account and he's away. Can I reset the password myself?", lang: "en", why: "Mentions a family member." },
  { message: "An agent helped me yesterday, thanks! One more thing: how do I download the VAT invoice?", lang: "en", why: "Mentions a past agent but asks a self-service question." },
  { message: "your colleague on chat last week said my refund was sent. how long till it hits paypal?", lang: "en", why: "Mentions staff but asks about refund timing." },
  { message: "my electrician checked the socket and it's fine, but the machine still won't switch on", lang: "en", why: "Mentions a tradesperson." },
  { message: "The IT guy at work says our office wifi is 5GHz only. Will the machine connect?", lang: "en", why: "Mentions a coworker." },
  { message: "my son's the one who uses the machine, he says it's showing E2", lang: "en", why: "Mentions a family member." },
  { message: "The sales rep at the department store told me the warranty is 2 years. Does that apply if I bought it there?", lang: "en", why: "Mentions a retailer's sales rep." },
  { message: "I'm the office manager and I look after our Brew Pro. How often should we descale it?", lang: "en", why: "Customer is a manager; not asking for one." },
  { message: "Don't put me through to anyone, I just want the tracking number for my order.", lang: "en", why: "Explicitly declines a person." },
  { message: "my flatmate is a barista and says my coffee is weak. what should i change on the brew one?", lang: "en", why: "Mentions a third party." },
  { message: "Will a human have to approve my return, or is the label sent automatically?", lang: "en", why: "Asks about the process, not for a human." },
  { message: "the person who sold me the machine second hand still has it on their app, what do they need to do?", lang: "en", why: "Mentions the previous owner." },
  { message: "Mi marido habló con el banco y el agente dijo que es una retención temporal. ¿Cuándo desaparece?", lang: "es", why: "Mentions a bank agent (Spanish)." },
  { message: "No hace falta que me pases con nadie, solo dime cómo pausar la suscripción.", lang: "es", why: "Declines a person (Spanish)." },
  { message: "Le livreur DHL m'a dit que le colis était abîmé. Que dois-je faire ?", lang: "fr", why: "Mentions a courier (French)." },
  { message: "Mon comptable a besoin d'une facture avec la TVA, où la télécharger ?", lang: "fr", why: "Mentions an accountant (French)." },
  { message: "Mein Chef will wissen, ob die Rechnung die Mehrwertsteuer ausweist.", lang: "de", why: "Mentions the boss (German)." },
  { message: "Ich brauche keinen Mitarbeiter, sagen Sie mir nur, wie ich die Lieferung überspringe.", lang: "de", why: "Declines staff (German)." },
  { message: "O atendente do banco disse que a cobrança duplicada é só pendente. Quanto tempo demora para sumir?", lang: "pt", why: "Mentions a bank agent (Portuguese)." },
  { message: "Minha mãe me deu a máquina de presente. A garantia vale para mim?", lang: "pt", why: "Mentions a family member (Portuguese)." },
];
