// Second holdout evaluation set for the Acme demo knowledge base.
// Written independently of the agent code and of the other eval sets; score it only in aggregate.

export interface Holdout2Answerable {
  question: string;
  slug: string;
  /** 1–3 phrases (3–12 words) copied VERBATIM from the article body that together state the answer; all in one paragraph or list item; the minimal fact */
  answer: string[];
  angry?: boolean;
  lang?: string;
}

export interface Holdout2Unanswerable {
  question: string;
  why: string;
}

export interface Holdout2Intent {
  message: string;
  lang: string;
  why: string;
}

export const holdout2Answerable: Holdout2Answerable[] = [
  // ------------------------------------------------ refund-30-day-money-back-guarantee
  {
    question:
      "I sent the coffee maker back last week and paid for it with PayPal. Once you've processed the return, how quickly does the money actually land back in my PayPal?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["refunds usually show within 1 to 2 business days"],
  },
  {
    question: "refund how long?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["We issue refunds within 5 business days"],
  },
  {
    question:
      "If I send the machine back, do I also get back what I paid for delivery, or only the price of the machine itself?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["get a full refund of what you paid, including any shipping charge"],
  },
  {
    question:
      "Got my first bag of the dark roast and to me it tastes like burnt tyres. Do I seriously have to post an opened bag of coffee back to you to get anything?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["You don't need to send the coffee back", "refund that delivery or send you a different roast for free"],
  },
  {
    question:
      "Your email says the refund is done but there's still nothing on my Visa. How long do banks normally take to show it?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["appear on your statement within 3 to 10 business days"],
  },
  {
    question:
      "I've already dropped the return box at the shop. Do I still have to message you to get my money, or does that happen on its own?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["The refund is issued once the item is back at our warehouse", "you do not need to contact us separately"],
  },
  {
    question:
      "Compré una Brew Pro hace dos semanas y funciona bien, pero simplemente ya no la quiero. ¿Puedo devolverla aunque no tenga ningún defecto?",
    slug: "refund-30-day-money-back-guarantee",
    answer: ["If you change your mind for any reason within 30 days"],
    lang: "es",
  },
  // ------------------------------------------------ charged-twice-unrecognised-charge
  {
    question:
      "My banking app shows two payments to you from yesterday, one says ACME BREW and the other ACME BEANS. I bought the Brew One and signed up for the coffee on the same day. Did you bill me twice?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["started a subscription on the same day", "you will see two different charges"],
  },
  {
    question:
      "There's a second amount on my card, same total, but it's still marked pending. How long before that goes away?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["Pending holds drop off by themselves within 3 to 5 business days"],
  },
  {
    question:
      "I was genuinely billed twice for the same order, both payments have gone through, not pending. What do you need from me to sort it?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["the date, the amount and the last 4 digits of the card"],
  },
  {
    question: "double charge refund how fast?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["We refund genuine duplicate charges within 2 business days"],
  },
  {
    question:
      "Honestly I'm fed up and about to just ring my bank and dispute the payment. What happens to my coffee deliveries if I do that?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["your Acme Beans subscription is paused while the dispute is open"],
    angry: true,
  },
  {
    question:
      "There's a coffee charge on my statement I don't remember. My husband is also a big coffee drinker, could it be something to do with him?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["whether someone in your household has an Acme account"],
  },
  {
    question:
      "J'ai un prélèvement de votre part que je ne reconnais pas. Où est-ce que je peux vérifier dans mon compte à quoi il correspond ?",
    slug: "charged-twice-unrecognised-charge",
    answer: ["log in and compare it with Account > Orders"],
    lang: "fr",
  },
  // ------------------------------------------------ update-payment-method-card-declined
  {
    question: "I live in Germany. Can I pay for a Brew One with my Discover card?",
    slug: "update-payment-method-card-declined",
    answer: ["Discover (US only)"],
  },
  {
    question:
      "My card got rejected at the last step of checkout for the third time. Just tell me WHY the payment keeps failing!",
    slug: "update-payment-method-card-declined",
    answer: ["Your bank can tell you the exact reason for a decline", "we can't see it"],
    angry: true,
  },
  {
    question:
      "I just ordered a machine on my Amex but I'd actually rather put it on PayPal. Can I swap the payment on that order?",
    slug: "update-payment-method-card-declined",
    answer: ["an order that has already been placed can't be changed", "cancel the order before it ships and order again"],
  },
  {
    question:
      "My coffee payment bounced because my card expired. If I add the new card now, do I have to wait for your next automatic try?",
    slug: "update-payment-method-card-declined",
    answer: ["triggers a new attempt straight away"],
  },
  {
    question:
      "I've got two cards saved on my profile. Which one do you actually take the bean subscription money from?",
    slug: "update-payment-method-card-declined",
    answer: ["Your default payment method is the one used", "for your Acme Beans subscription"],
  },
  {
    question:
      "Checkout keeps failing. I moved house recently and I think the bank still has my old post code. Could that be it?",
    slug: "update-payment-method-card-declined",
    answer: ["postcode that doesn't match the one your bank has"],
  },
  {
    question: "payment failed for my beans, when do you try again?",
    slug: "update-payment-method-card-declined",
    answer: ["retry automatically 1, 3 and 7 days later"],
  },
  {
    question:
      "Die Zahlung für mein Kaffee-Abo wurde abgelehnt und alle Versuche sind fehlgeschlagen. Ist mein Abo jetzt gekündigt?",
    slug: "update-payment-method-card-declined",
    answer: ["your Acme Beans subscription is paused, not cancelled"],
    lang: "de",
  },
  // ------------------------------------------------ download-invoice-vat-receipt
  {
    question:
      "My boss wants a receipt with our company's name for the Brew Pro I bought for the office. I ordered it last month and forgot to put the company on it. Can that still be fixed?",
    slug: "download-invoice-vat-receipt",
    answer: ["contact us within 60 days of the order date", "we will reissue the invoice with your company details"],
  },
  {
    question:
      "I'm in Spain and our accountant needs the tax shown separately. Does your bill show the price without VAT?",
    slug: "download-invoice-vat-receipt",
    answer: ["our invoices are full VAT receipts", "the price before VAT"],
  },
  {
    question:
      "I need a bill for every single shipment of beans for my expenses, not just one for the whole subscription. Where do I get those?",
    slug: "download-invoice-vat-receipt",
    answer: ["each delivery has its own invoice", "choose Download invoice next to the delivery you need"],
  },
  {
    question: "Did you already send me a copy of the bill somewhere, or do I have to go and fetch it?",
    slug: "download-invoice-vat-receipt",
    answer: ["also emailed to you when the order ships"],
  },
  {
    question:
      "My wife ordered the machine on her login but I need the invoice in my own name for work. Can you make it out to me?",
    slug: "download-invoice-vat-receipt",
    answer: ["only issued in the name of the Acme account", "that placed the order"],
  },
  {
    question: "I can't get into my account anymore. Have I lost all my old bills?",
    slug: "download-invoice-vat-receipt",
    answer: ["reset your password first", "for as long as the account exists"],
  },
  {
    question: "I'm in Toronto. Will my receipt show the tax I paid?",
    slug: "download-invoice-vat-receipt",
    answer: ["the invoice shows any sales tax charged"],
  },
  {
    question:
      "Preciso que o NIF da minha empresa apareça na fatura. Onde é que eu coloco isso antes de fazer a encomenda?",
    slug: "download-invoice-vat-receipt",
    answer: ["add them in Account > Billing details before you place the order"],
    lang: "pt",
  },
  // ------------------------------------------------ cancel-or-change-bean-subscription
  {
    question: "Is there a penalty for quitting the coffee bean plan after only one month?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["no cancellation fee and no minimum term"],
  },
  {
    question:
      "I went through the steps to stop my beans yesterday but nothing ever came to my inbox. Am I actually cancelled or not?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["If you don't receive it, the subscription is not cancelled yet"],
  },
  {
    question:
      "I stopped the coffee plan this evening and my next charge is tomorrow morning. Am I still going to pay for that box?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["it will still be charged and shipped", "no further deliveries will follow"],
  },
  {
    question:
      "We just swapped our old drip machine for the one with the built-in grinder. Can I get the beans not pre-ground from now on, without cancelling?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["whole bean for the Brew Pro grinder"],
  },
  {
    question: "Which roasts can I choose from? My partner can't have caffeine in the afternoon.",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Morning Light, House Blend, Dark Harbor or Decaf Classic"],
  },
  {
    question:
      "I quit the coffee deliveries in January and now I miss them. Do I have to set everything up again from scratch?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["restart a cancelled subscription at any time", "with the same plan and coffee as before"],
  },
  {
    question: "When I cancel, do I have to fill in the reason why I'm leaving?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["Tell us why you are leaving (optional)."],
  },
  {
    question:
      "Je déménage le mois prochain. Est-ce que je dois résilier mon abonnement café pour changer l'adresse de livraison ?",
    slug: "cancel-or-change-bean-subscription",
    answer: ["You don't have to cancel to change what you receive"],
    lang: "fr",
  },
  // ------------------------------------------------ pause-or-skip-delivery
  {
    question:
      "We're off to my in-laws for the whole summer, about ten weeks. What's the longest I can put the coffee deliveries on hold?",
    slug: "pause-or-skip-delivery",
    answer: ["pick 1, 2 or 3 months"],
  },
  {
    question: "If I put the beans on hold, do I have to remember to switch them back on myself?",
    slug: "pause-or-skip-delivery",
    answer: ["it restarts automatically at the end of the pause"],
  },
  {
    question:
      "Still got a full bag in the cupboard again this month. Is there a limit to how many times I can skip?",
    slug: "pause-or-skip-delivery",
    answer: ["skip as many times as you like", "one delivery at a time"],
  },
  {
    question:
      "We came back from holiday early and we're out of coffee. If I un-pause now, how fast does a bag get sent?",
    slug: "pause-or-skip-delivery",
    answer: ["choose Resume now", "charged and shipped within 1 business day"],
  },
  {
    question: "Does it cost anything to skip a month?",
    slug: "pause-or-skip-delivery",
    answer: ["Both are free and take effect straight away"],
  },
  {
    question: "Will you give me a heads-up before the deliveries kick in again after my break?",
    slug: "pause-or-skip-delivery",
    answer: ["We email you a reminder 7 days before your subscription resumes"],
  },
  {
    question: "Wenn ich eine Lieferung überspringe, wann wird dann das nächste Mal abgebucht?",
    slug: "pause-or-skip-delivery",
    answer: ["your billing date moves to the following one"],
    lang: "de",
  },
  // ------------------------------------------------ change-plan-monthly-biweekly
  {
    question: "Roughly how many mugs will I get out of one box of beans?",
    slug: "change-plan-monthly-biweekly",
    answer: ["500 g, about 17.6 oz, or roughly 50 cups"],
  },
  {
    question: "I'm in France. What does the every-fortnight option cost per box?",
    slug: "change-plan-monthly-biweekly",
    answer: ["every 2 weeks for $22 or €20 per delivery"],
  },
  {
    question:
      "It's only me at home and I have maybe a coffee in the morning and one after lunch. Which of the plans makes sense?",
    slug: "change-plan-monthly-biweekly",
    answer: ["the Monthly plan suits one or two cups a day"],
  },
  {
    question:
      "I switched to the more frequent plan an hour before my charge date. Which price am I paying for the box that's coming now?",
    slug: "change-plan-monthly-biweekly",
    answer: ["the upcoming delivery is charged at the old plan's price"],
  },
  {
    question: "once-a-month plan price in dollars?",
    slug: "change-plan-monthly-biweekly",
    answer: ["once a month for $24 or €22 per delivery"],
  },
  {
    question: "After I change how often the beans come, where can I see what I'll be charged and when?",
    slug: "change-plan-monthly-biweekly",
    answer: ["shown on the Manage page and in the confirmation email"],
  },
  {
    question:
      "En casa somos dos y entre los dos tomamos unos cuatro cafés al día. ¿Qué plan nos conviene más?",
    slug: "change-plan-monthly-biweekly",
    answer: ["three or four cups a day", "a household with two coffee drinkers"],
    lang: "es",
  },
  // ------------------------------------------------ reset-forgotten-password
  {
    question:
      "I clicked the forgot-password thing three times because nothing came, and now I've got three emails. Which one do I use?",
    slug: "reset-forgotten-password",
    answer: ["only the most recent link works, so use the newest one"],
  },
  {
    question:
      "This is ridiculous, I typed my password wrong a few times and now it won't even let me try. How long am I locked out for?",
    slug: "reset-forgotten-password",
    answer: ["logging in is blocked for 15 minutes"],
    angry: true,
  },
  {
    question:
      "I always just tap the Google button to get in, and now it's asking me for a password I never made. What am I supposed to do?",
    slug: "reset-forgotten-password",
    answer: ["you don't have an Acme password", "log in with the same Apple or Google button instead"],
  },
  {
    question: "What are the rules for a new password? Does it need symbols?",
    slug: "reset-forgotten-password",
    answer: ["at least 8 characters with at least one letter and one number"],
  },
  {
    question:
      "I got the reset email last night but only clicked it this morning, and now it says the link is invalid. Why?",
    slug: "reset-forgotten-password",
    answer: ["The reset link works once and expires after 60 minutes"],
  },
  {
    question: "If I change my password, will my coffee maker drop off the wifi?",
    slug: "reset-forgotten-password",
    answer: ["Your coffee machine stays connected to Wi-Fi and to your account"],
  },
  {
    question: "reset email not arriving",
    slug: "reset-forgotten-password",
    answer: ["Check your spam, junk and promotions folders"],
  },
  {
    question:
      "Mudei a minha palavra-passe e agora o tablet da minha filha saiu da conta sozinho. Isso é normal?",
    slug: "reset-forgotten-password",
    answer: ["Resetting your password logs you out on all your other devices"],
    lang: "pt",
  },
  // ------------------------------------------------ change-email-two-factor-authentication
  {
    question:
      "I'm moving the account from my work address to my personal Gmail. Will my machine's warranty and the app connection come with it?",
    slug: "change-email-two-factor-authentication",
    answer: ["warranty and connected machines all stay on your account"],
  },
  {
    question: "I don't use any of those code apps. Can I just get the login codes as texts?",
    slug: "change-email-two-factor-authentication",
    answer: ["or receive codes by SMS"],
  },
  {
    question: "How many of those spare one-off login codes do I get when I switch on the extra security?",
    slug: "change-email-two-factor-authentication",
    answer: ["we show you 10 backup codes once"],
  },
  {
    question:
      "My phone got nicked on the tram and I've used up all my backup codes. How long will it take you to switch the two-step login off?",
    slug: "change-email-two-factor-authentication",
    answer: ["removing 2FA then takes up to 2 business days"],
  },
  {
    question: "What will you ask me for to prove it's really me if I can't get my security codes anymore?",
    slug: "change-email-two-factor-authentication",
    answer: ["order number, billing address and the last 4 digits"],
  },
  {
    question: "Changing my email and the code went to the new inbox. How long have I got to type it in?",
    slug: "change-email-two-factor-authentication",
    answer: ["Enter the code within 15 minutes to confirm"],
  },
  {
    question: "Does 1Password work for the login codes?",
    slug: "change-email-two-factor-authentication",
    answer: ["Google Authenticator, Microsoft Authenticator or 1Password"],
  },
  {
    question: "Wo schalte ich in meinem Konto die Zwei-Faktor-Authentifizierung ein?",
    slug: "change-email-two-factor-authentication",
    answer: ["go to Account > Security > Two-factor authentication and choose Turn on"],
    lang: "de",
  },
  // ------------------------------------------------ delete-account-personal-data-gdpr
  {
    question:
      "Before I close everything down I'd like a copy of whatever info you hold about me. How long does it take to get it?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["we email it to you as a ZIP file within 48 hours"],
  },
  {
    question: "If I wipe my account, are you still going to keep my payment history somewhere?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["as long as tax law requires (up to 10 years)"],
  },
  {
    question: "I've got a return still on its way back to you. What happens if I hit delete on my account today?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["deletion starts once it is completed"],
  },
  {
    question:
      "Honestly I just want you to stop spamming me with promos. Do I have to nuke the whole account for that?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["turn off marketing emails in Account > Notifications"],
    angry: true,
  },
  {
    question: "I pressed delete on my account. When is it actually gone for good?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["Your account is deleted permanently within 30 days"],
  },
  {
    question: "Why should I save my receipts before I close my account?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["the invoice is your proof of purchase for the 2-year warranty"],
  },
  {
    question: "Si je supprime mon compte, est-ce que mon abonnement aux grains s'arrête aussi ?",
    slug: "delete-account-personal-data-gdpr",
    answer: ["cancels any active Acme Beans subscription immediately"],
    lang: "fr",
  },
  // ------------------------------------------------ shipping-times-and-costs
  {
    question: "I'm in Vancouver and I need a descaler pack quickly. Can I pay extra for faster delivery?",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping is not available in Canada"],
  },
  {
    question:
      "I'm ordering a couple of descaler packs to Zurich. Is the delivery driver going to ask me for extra money at the door?",
    slug: "shipping-times-and-costs",
    answer: ["Import duties and local taxes are not included", "may be collected by the carrier on delivery"],
  },
  {
    question: "If I order at 4 in the afternoon here in Boston, when does the parcel actually leave?",
    slug: "shipping-times-and-costs",
    answer: ["later orders leave the next business day"],
  },
  {
    question: "How much is the fast delivery option within Germany and how quick is it?",
    slug: "shipping-times-and-costs",
    answer: ["Express shipping takes 1 to 3 business days and costs €14.95"],
  },
  {
    question: "Do I have to pay postage on a Brew Pro?",
    slug: "shipping-times-and-costs",
    answer: ["Brew One and Brew Pro orders always ship free with Standard shipping"],
  },
  {
    question: "I'm sending some accessories to my mum in Oslo. How long will normal delivery take and what does it cost?",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 5 to 8 business days and costs €12.95"],
  },
  {
    question: "What's the minimum I have to spend in the US to get free delivery?",
    slug: "shipping-times-and-costs",
    answer: ["free on orders of $50 or more"],
  },
  {
    question: "Moro em Lisboa. Quanto custa o envio normal de acessórios e quanto tempo demora?",
    slug: "shipping-times-and-costs",
    answer: ["Standard shipping takes 3 to 6 business days and costs €5.95"],
    lang: "pt",
  },
  // ------------------------------------------------ track-my-order
  {
    question:
      "I got the shipped email a few hours ago but the carrier's website just says 'label created'. Has something gone wrong?",
    slug: "track-my-order",
    answer: ["on the first day, that is normal"],
  },
  {
    question:
      "The app says my parcel was dropped off yesterday, but there's nothing on my porch. What should I do?",
    slug: "track-my-order",
    answer: ["check around your door, with neighbors and at your building's mailroom", "wait 48 hours"],
  },
  {
    question:
      "My tracking has been stuck at the same depot for over a week. Are you going to do anything about it or not?",
    slug: "track-my-order",
    answer: ["we will open an investigation with the carrier"],
    angry: true,
  },
  {
    question: "Where in the app do I find where my machine order is?",
    slug: "track-my-order",
    answer: ["select the order and choose Track package"],
  },
  {
    question: "Where do I find the tracking for my monthly coffee bags?",
    slug: "track-my-order",
    answer: ["Your beans are on the way", "listed in Account > Subscriptions > Billing history"],
  },
  {
    question: "How long after the 'shipped' email should the tracking start showing anything?",
    slug: "track-my-order",
    answer: ["up to 24 hours after the shipping email"],
  },
  {
    question: "Me ha llegado solo una caja de mi pedido y faltan cosas. ¿Viene otro paquete?",
    slug: "track-my-order",
    answer: ["see whether another package is still on the way"],
    lang: "es",
  },
  // ------------------------------------------------ damaged-or-missing-items
  {
    question:
      "My Brew Pro turned up with a big dent in the side. Besides the machine itself, what do you want pictures of?",
    slug: "damaged-or-missing-items",
    answer: ["the outside of the box and the shipping label"],
  },
  {
    question:
      "Unboxed the machine and I can't find the bottle of descaler that's supposed to come with it. Where is it?",
    slug: "damaged-or-missing-items",
    answer: ["packed in the cardboard tray under the water tank"],
  },
  {
    question: "One of the coffee bags was ripped when it arrived, beans everywhere. Do I have to post it back?",
    slug: "damaged-or-missing-items",
    answer: ["You don't need to send back damaged coffee"],
  },
  {
    question:
      "The box was crushed when it came about three weeks ago, but I only opened it today. Is it too late to tell you?",
    slug: "damaged-or-missing-items",
    answer: ["please report it within 14 days of delivery"],
  },
  {
    question: "If you're sending a new one for my broken machine, how long will it take?",
    slug: "damaged-or-missing-items",
    answer: ["we send a free replacement, usually within 2 business days"],
  },
  {
    question: "Do I have to ship the smashed machine back to you or can I just get rid of it?",
    slug: "damaged-or-missing-items",
    answer: ["only if we need the machine back; otherwise you can recycle it"],
  },
  {
    question: "In meinem Paket fehlt ein Teil. Was braucht ihr von mir, damit ihr es nachschickt?",
    slug: "damaged-or-missing-items",
    answer: ["tell us your order number and which item is missing"],
    lang: "de",
  },
  // ------------------------------------------------ return-a-machine
  {
    question:
      "I've used the Brew One every morning for two weeks. Can I still send it back, or is it too used by now?",
    slug: "return-a-machine",
    answer: ["even if you have used it"],
  },
  {
    question: "I don't have a printer at home. How am I supposed to put the return label on the box?",
    slug: "return-a-machine",
    answer: ["show the QR code at the drop-off point"],
  },
  {
    question: "I threw the original box out the day it arrived. What do I pack it in now?",
    slug: "return-a-machine",
    answer: ["use a sturdy box with padding all around"],
  },
  {
    question:
      "I'd rather have the model with the grinder than the one I got. Can you just swap it for me?",
    slug: "return-a-machine",
    answer: ["Return your machine and place a new order for the other one"],
  },
  {
    question: "The return label email came on the 1st. How long have I got to actually drop the parcel off?",
    slug: "return-a-machine",
    answer: ["Drop the package off within 14 days of receiving the label"],
  },
  {
    question: "I'm boxing up my Brew Pro to return it. Which extra bits do I have to put in?",
    slug: "return-a-machine",
    answer: ["for Brew Pro, the bean hopper lid and milk jug"],
  },
  {
    question: "Does it matter what I choose as the reason for returning it?",
    slug: "return-a-machine",
    answer: ["Your reason does not affect your refund"],
  },
  {
    question: "Avant de renvoyer la machine, est-ce que je dois la vider et la laisser sécher ?",
    slug: "return-a-machine",
    answer: ["empty the water tank and drip tray", "let the machine dry for a few hours"],
    lang: "fr",
  },
  // ------------------------------------------------ machine-wont-turn-on
  {
    question:
      "I brought my Brew One with me when I moved from New York to Berlin and now it won't power up at all. Could it be the electricity here?",
    slug: "machine-wont-turn-on",
    answer: ["Machines sold in the US are built for 120 V", "machines sold in Europe for 230 V"],
  },
  {
    question: "I left it alone after breakfast and now the screen's gone black. Has it died?",
    slug: "machine-wont-turn-on",
    answer: ["After 30 minutes without use it turns off its display", "Press Power once to wake it"],
  },
  {
    question: "Where's the real on/off switch? I can only see buttons on the front.",
    slug: "machine-wont-turn-on",
    answer: ["on the back of the machine, next to the power cord"],
  },
  {
    question: "How do I make it stay awake longer before it goes to sleep?",
    slug: "machine-wont-turn-on",
    answer: ["change the auto-off time in the Acme Brew app"],
  },
  {
    question:
      "It's plugged into a power bar together with the kettle and the toaster, and nothing happens. Could that be the problem?",
    slug: "machine-wont-turn-on",
    answer: ["Plug the machine directly into the wall, not into a power strip"],
  },
  {
    question: "how do i hard reset it",
    slug: "machine-wont-turn-on",
    answer: ["unplug it for 60 seconds"],
  },
  {
    question:
      "Mi cafetera no enciende y la pantalla sigue negra. El enchufe de la cocina tiene un botón de reset, ¿tengo que hacer algo con él?",
    slug: "machine-wont-turn-on",
    answer: ["If your kitchen outlet has a Reset button (GFCI), press it."],
    lang: "es",
  },
  // ------------------------------------------------ descale-machine-descale-light
  {
    question: "There's a little orange water-drop symbol lit up on the front. What is it telling me?",
    slug: "descale-machine-descale-light",
    answer: ["limescale from your water has built up inside the machine"],
  },
  {
    question: "Can I just run white vinegar through it like I did with my old kettle?",
    slug: "descale-machine-descale-light",
    answer: ["don't use vinegar, as it can damage the seals"],
  },
  {
    question: "How much is the descaling liquid?",
    slug: "descale-machine-descale-light",
    answer: ["a pack of 2 bottles costs $14.99 or €13.99"],
  },
  {
    question: "How big a jug do I need to put under it while it's descaling?",
    slug: "descale-machine-descale-light",
    answer: ["holds at least 1.5 liters (50 oz)"],
  },
  {
    question: "Halfway through the cleaning the screen says RINSE and it stopped. What now?",
    slug: "descale-machine-descale-light",
    answer: ["empty the container, rinse the water tank", "fill it with fresh water to MAX and press Brew"],
  },
  {
    question: "Which button starts the descaling, and how?",
    slug: "descale-machine-descale-light",
    answer: ["Press and hold Clean for 3 seconds"],
  },
  {
    question: "Our tap water is really hard. How do I get the reminder to come at the right time for that?",
    slug: "descale-machine-descale-light",
    answer: ["Set your water hardness in the Acme Brew app"],
  },
  {
    question: "Wie lange dauert das Entkalken insgesamt?",
    slug: "descale-machine-descale-light",
    answer: ["Descaling takes about 25 minutes"],
    lang: "de",
  },
  // ------------------------------------------------ weak-watery-or-cold-coffee
  {
    question: "How much ground coffee should I put in per mug on the cheaper machine?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["one level Acme scoop (10 g) of ground coffee", "for every 150 ml (5 oz) cup"],
  },
  {
    question: "My coffee could be hotter. What's the hottest it can go?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["High (96 °C / 205 °F)"],
  },
  {
    question: "I used the fine espresso grind in my Brew One and it overflowed everywhere. Why?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["espresso-fine coffee can make the filter basket overflow"],
  },
  {
    question: "On the Brew Pro grinder knob, is 1 the fine end or the coarse end?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["a grind dial from 1 (finest) to 10 (coarsest)"],
  },
  {
    question: "When am I allowed to turn the grind knob? It feels stiff when the machine is off.",
    slug: "weak-watery-or-cold-coffee",
    answer: ["only while the grinder is running"],
  },
  {
    question: "How long does an opened bag of coffee stay good?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["use beans or ground coffee within 4 weeks of opening the bag"],
  },
  {
    question: "What does the Strong setting actually do differently?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["Strong brews more slowly, so more flavor is extracted"],
  },
  {
    question:
      "O café da minha Brew Pro está a sair fraco e o depósito de grãos está quase vazio. Uma coisa tem a ver com a outra?",
    slug: "weak-watery-or-cold-coffee",
    answer: ["the bean hopper isn't almost empty, which makes cups weak"],
    lang: "pt",
  },
  // ------------------------------------------------ error-codes-e1-e5
  {
    question: "My machine is showing E2, what am I supposed to do?",
    slug: "error-codes-e1-e5",
    answer: ["Empty the drip tray and slide it all the way back in"],
  },
  {
    question:
      "E3 came up twice now, even after I let it cool down. I paid a lot for this thing. Is this a warranty job?",
    slug: "error-codes-e1-e5",
    answer: ["If E3 comes back, contact us with your serial number", "this is covered by the 2-year warranty"],
    angry: true,
  },
  {
    question: "The Pro is jammed with E4 and the hopper is full. How do I clear it?",
    slug: "error-codes-e1-e5",
    answer: ["unplug the machine, remove the hopper and clear any stuck beans"],
  },
  {
    question:
      "I've been using some really shiny dark-roast beans from the supermarket and the Pro keeps jamming. Is that related?",
    slug: "error-codes-e1-e5",
    answer: ["Very oily beans can clog the grinder"],
  },
  {
    question: "E1 but the tank is full!!",
    slug: "error-codes-e1-e5",
    answer: ["push it firmly down until it clicks into place"],
    angry: true,
  },
  {
    question: "With E3, how long should I let it cool off before switching it on again?",
    slug: "error-codes-e1-e5",
    answer: ["let it cool for 30 minutes and switch it on again"],
  },
  {
    question: "Still E5 even after I descaled it. Now what?",
    slug: "error-codes-e1-e5",
    answer: ["If E5 is still shown after descaling, contact us"],
  },
  {
    question: "My Brew One shows E4 but it doesn't even have a grinder. So what's blocked?",
    slug: "error-codes-e1-e5",
    answer: ["the filter basket is locked in place", "the lid is fully closed"],
  },
  {
    question: "Mi máquina muestra un código E7 que no sale en ningún lado. ¿Qué hago?",
    slug: "error-codes-e1-e5",
    answer: ["contact us with the code and your serial number"],
    lang: "es",
  },
  // ------------------------------------------------ connect-machine-wifi-app
  {
    question:
      "I bought my Brew Pro from a guy on eBay and the app says it's already linked to somebody else. How do I fix that?",
    slug: "connect-machine-wifi-app",
    answer: ["the previous owner must first choose Machine settings > Remove machine"],
  },
  {
    question:
      "I live in a dorm where you have to sign in on a web page to get internet. Will the coffee machine work on that?",
    slug: "connect-machine-wifi-app",
    answer: ["Networks that need a log-in page", "student housing, are not supported"],
  },
  {
    question: "How do I get the machine into pairing mode? Which buttons do I press?",
    slug: "connect-machine-wifi-app",
    answer: ["Press and hold Power and Strength together for 5 seconds"],
  },
  {
    question: "The little wifi light on the front has gone orange. What does that mean?",
    slug: "connect-machine-wifi-app",
    answer: ["turns orange when the machine can't reach your network"],
  },
  {
    question: "Our new router only seems to do 5G wifi. Will the Brew One connect to it?",
    slug: "connect-machine-wifi-app",
    answer: ["it can't connect to 5 GHz networks"],
  },
  {
    question:
      "We changed internet provider and got a new box with a new password. Do I need to do anything on the coffee maker?",
    slug: "connect-machine-wifi-app",
    answer: ["After changing your router or Wi-Fi password, simply pair again"],
  },
  {
    question: "Is the app on Android?",
    slug: "connect-machine-wifi-app",
    answer: ["the free Acme Brew app (iOS and Android)"],
  },
  {
    question: "Pendant la configuration, est-ce que le téléphone doit avoir le Bluetooth activé ?",
    slug: "connect-machine-wifi-app",
    answer: ["turn on Bluetooth on your phone"],
    lang: "fr",
  },
  // ------------------------------------------------ warranty-coverage
  {
    question: "My cat knocked the Brew One off the counter and the screen cracked. Is that covered?",
    slug: "warranty-coverage",
    answer: ["accidental damage (such as drops or liquid spilled on the electronics)"],
  },
  {
    question:
      "We run a small café and the machine runs all day long. If it breaks, will you repair it for free?",
    slug: "warranty-coverage",
    answer: ["other than Acme Descaler, commercial use"],
  },
  {
    question:
      "My aunt gave me a Brew Pro she bought at a department store. Am I covered if something breaks?",
    slug: "warranty-coverage",
    answer: ["send us the receipt as proof of purchase"],
  },
  {
    question: "The number on my sticker starts with ABP. Which machine is that?",
    slug: "warranty-coverage",
    answer: ["ABP for Brew Pro"],
  },
  {
    question: "If you send me a replacement under warranty, how long is the new one covered for?",
    slug: "warranty-coverage",
    answer: ["the rest of the original warranty or 6 months, whichever is longer"],
  },
  {
    question: "Am I going to have to pay to send my broken machine to you for repair?",
    slug: "warranty-coverage",
    answer: ["we repair or replace the machine and pay shipping both ways"],
  },
  {
    question: "The rubber seals look worn out after a lot of use. Will the warranty replace worn seals?",
    slug: "warranty-coverage",
    answer: ["normal wear parts such as the water filter and seals"],
  },
  {
    question: "How fast do you send a repaired machine back?",
    slug: "warranty-coverage",
    answer: ["ship the repaired or replacement machine within 5 business days"],
  },
  {
    question:
      "Bei meiner Brew Pro ist nach einem Jahr das Mahlwerk kaputtgegangen. Ist das von der Garantie abgedeckt?",
    slug: "warranty-coverage",
    answer: ["including the pump, heater, grinder (Brew Pro), electronics"],
    lang: "de",
  },
];

export const holdout2Unanswerable: Holdout2Unanswerable[] = [
  // ---- shipping near misses
  { question: "How much does standard shipping cost to Australia?", why: "Australia is not among the listed shipping regions." },
  { question: "Do you ship the Brew Pro to Japan?", why: "Japan is not listed; the KB only covers US, Canada, EU, UK, Switzerland and Norway." },
  { question: "What does express delivery to Mexico cost and how long does it take?", why: "Mexico is not a listed shipping country." },
  { question: "Can I get Acme Beans delivered to Brazil?", why: "Brazil is not a listed delivery country." },
  { question: "How long does standard shipping take to South Africa?", why: "South Africa is not listed." },
  { question: "Do you deliver Acme Brew machines to Singapore?", why: "Singapore is not listed." },
  { question: "Can I get express shipping to the UK, and how much is it?", why: "The UK entry only gives standard shipping; express for the UK is never mentioned." },
  { question: "How much will the import duties be on a Brew Pro sent to Switzerland?", why: "The KB only says duties are not included; it gives no amount." },
  { question: "Can I pick my order up from your warehouse myself to save on shipping?", why: "Collection from the warehouse is not mentioned." },
  { question: "Do you deliver on Saturdays?", why: "Weekend delivery is not mentioned." },
  { question: "Can I have my beans delivered to a parcel locker or DHL pick-up point?", why: "Lockers and pick-up points are not mentioned." },
  { question: "Will DHL leave the parcel with a neighbour if I'm not at home?", why: "Carrier delivery policies for absent customers are not described." },
  { question: "Can I change the delivery address of a machine order that has already shipped?", why: "Only subscription address changes are covered; redirecting a shipped order is not." },
  // ---- refunds / payments near misses
  { question: "If I return my machine from the UK, do you refund the import duties I paid?", why: "Refund of import duties is not covered." },
  { question: "The Brew Pro went on sale a week after I bought it. Will you refund the price difference?", why: "Price adjustments are not mentioned." },
  { question: "My express delivery arrived a day late. Can I get the express fee back?", why: "Compensation for late delivery is not mentioned." },
  { question: "Can I pay by bank transfer?", why: "Bank transfer is not among the listed payment methods and is not discussed." },
  { question: "Do you accept Klarna or paying in instalments?", why: "Instalment / buy-now-pay-later options are not mentioned." },
  { question: "Can I pay cash on delivery?", why: "Cash on delivery is not mentioned." },
  { question: "Can I pay in British pounds?", why: "Currencies other than dollars and euros are not discussed." },
  { question: "Do you sell Acme gift cards?", why: "Gift cards are not mentioned." },
  { question: "Do you have a discount code for my first order?", why: "Discount codes are not mentioned." },
  { question: "Is there a student discount on the Brew Pro?", why: "Student discounts are not mentioned." },
  { question: "Do you have a referral or loyalty programme?", why: "Referral / loyalty programmes are not mentioned." },
  { question: "Do you price match other retailers?", why: "Price matching is not mentioned." },
  { question: "Can I trade in my old coffee machine for credit towards a Brew Pro?", why: "Trade-in is not mentioned." },
  { question: "Can I rent a Brew Pro monthly instead of buying it?", why: "Rental is not mentioned." },
  // ---- product near misses
  { question: "What's the difference between the Brew Pro and the Brew Max?", why: "There is no Brew Max in the KB." },
  { question: "When is the Brew Mini coming out?", why: "There is no Brew Mini in the KB." },
  { question: "Does the Brew Pro come in white or red?", why: "Colours are not mentioned." },
  { question: "What's the wattage of the Brew One?", why: "Power consumption is not stated (only voltage)." },
  { question: "How heavy is the Brew Pro?", why: "Weight is not stated." },
  { question: "How many litres does the Brew One water tank hold?", why: "Water tank capacity is not stated." },
  { question: "What are the dimensions of the Brew Pro? Will it fit under my kitchen cabinets?", why: "Dimensions are not stated." },
  { question: "How many grams of beans does the Brew Pro bean hopper hold?", why: "Hopper capacity is not stated." },
  { question: "How loud is the Brew Pro grinder in decibels?", why: "Noise level is not stated." },
  { question: "Does the Brew Pro have a hot water function for tea?", why: "A hot water function is not mentioned." },
  { question: "Does the Brew One have a warming plate to keep the coffee hot?", why: "Warming plates are not mentioned." },
  { question: "Can I buy a replacement glass carafe for the Brew One?", why: "Carafes are not mentioned." },
  { question: "Where can I buy a replacement water filter for the Brew Pro, and how much is it?", why: "The water filter is only mentioned as a wear part; no sale or price." },
  { question: "How often should I change the water filter?", why: "Filter replacement interval is not stated." },
  { question: "Can I buy a spare milk jug for the Brew Pro?", why: "Spare milk jugs are not offered or priced." },
  { question: "Is the drip tray dishwasher safe?", why: "Dishwasher safety is not mentioned." },
  { question: "Is the Brew One BPA-free?", why: "Materials are not described." },
  { question: "How do I turn off the beeping on the Brew One?", why: "Sound settings are not mentioned." },
  { question: "Can I change the language of the machine's display?", why: "Display language is not mentioned." },
  { question: "How do I make a cappuccino with the Brew Pro's steam wand?", why: "No recipes or milk-frothing instructions in the KB." },
  { question: "What's a good iced coffee recipe for the Brew One?", why: "No recipes in the KB." },
  { question: "How do I descale my De'Longhi Magnifica?", why: "Only Acme machines are covered." },
  { question: "Can I use Acme Descaler in my Nespresso machine?", why: "Use with other brands is not discussed." },
  { question: "Can I buy an extended 5-year warranty?", why: "Extended warranties are not mentioned." },
  { question: "Is there an authorised repair centre in Toronto where I can drop off my Brew One?", why: "Repair centres or drop-off locations are not mentioned." },
  // ---- app / account near misses
  { question: "How do I switch on a separate 2.4 GHz network on my Netgear router?", why: "Router-specific instructions are not given." },
  { question: "How do I give the Acme Brew app Bluetooth permission on my Xiaomi phone?", why: "Phone-specific settings are not covered." },
  { question: "Does the Acme Brew app work with Alexa or Google Home?", why: "Voice assistant integration is not mentioned." },
  { question: "Is there an Acme Brew app for the Apple Watch?", why: "Watch apps are not mentioned." },
  { question: "What's the minimum iOS version for the Acme Brew app?", why: "System requirements are not stated." },
  { question: "Can I schedule the machine in the app to brew automatically at 7 am?", why: "Scheduled brewing is not mentioned." },
  { question: "How do I change the name shown on my Acme profile?", why: "Only email changes are described, not names." },
  { question: "Can I merge my two Acme accounts into one?", why: "Merging accounts is not mentioned." },
  { question: "I asked to delete my account two days ago. Can I still cancel the deletion?", why: "Undoing a deletion request is not covered." },
  { question: "Can I get my invoice in Italian?", why: "Invoice languages are not mentioned." },
  // ---- beans near misses
  { question: "Which country are the Dark Harbor beans from?", why: "Bean origins are not mentioned." },
  { question: "How much caffeine is left in the Decaf Classic?", why: "Caffeine content is not stated." },
  { question: "Can I buy a single bag of House Blend without a subscription?", why: "One-off bean purchases are not mentioned." },
  { question: "Can I give an Acme Beans subscription as a gift to my brother?", why: "Gift subscriptions are not mentioned." },
  // ---- company / shop near misses
  { question: "What's your customer service phone number?", why: "No phone number is given." },
  { question: "What are the opening hours of your shop in Amsterdam?", why: "Shops and opening hours are not mentioned." },
  { question: "Are you hiring? I'd love to work in your support team.", why: "Jobs are not mentioned." },
  { question: "I run a café chain. Can we partner with Acme to sell Acme Beans wholesale?", why: "Partnerships and wholesale are not mentioned." },
  { question: "Do you offer business accounts with volume pricing for offices?", why: "Business accounts and volume pricing are not mentioned." },
  // ---- non-English near misses
  { question: "¿Cuánto cuesta el envío a Argentina?", why: "Argentina is not a listed shipping country." },
  { question: "Est-ce qu'il existe une version de la Brew Pro avec deux groupes pour les restaurants ?", why: "No such model is mentioned." },
  { question: "Kann ich per Rechnung oder Überweisung bezahlen?", why: "Paying by invoice or bank transfer is not mentioned." },
  { question: "Vocês têm loja física em Lisboa?", why: "Physical shops are not mentioned." },
  // ---- off-topic
  { question: "What's the weather going to be like in Lisbon tomorrow?", why: "Off-topic." },
  { question: "Can you write me a short poem about autumn?", why: "Off-topic." },
  { question: "Who won the Champions League final last year?", why: "Off-topic." },
  { question: "How do I file my tax return?", why: "Off-topic." },
  { question: "What's the capital of Australia?", why: "Off-topic." },
  { question: "Give me a good lasagna recipe.", why: "Off-topic." },
  { question: "How do I fix the check engine light on my car?", why: "Off-topic." },
  { question: "What's the best laptop for programming?", why: "Off-topic." },
  { question: "How do you say 'good morning' in Japanese?", why: "Off-topic." },
  { question: "Is it healthy to drink four coffees a day?", why: "Off-topic health question; not covered." },
  { question: "What is 17 times 23?", why: "Off-topic." },
  { question: "¿Cuál es la mejor playa de Portugal?", why: "Off-topic." },
  { question: "Quel temps fera-t-il à Paris ce week-end ?", why: "Off-topic." },
  { question: "Wie hoch ist der Eiffelturm?", why: "Off-topic." },
  { question: "Qual é o melhor time de futebol do Brasil?", why: "Off-topic." },
];

export const holdout2PersonRequests: Holdout2Intent[] = [
  // ---- English
  { message: "Can I talk to a human please?", lang: "en", why: "Plain request for a human." },
  { message: "I'd like to speak with a real person, if that's possible.", lang: "en", why: "Polite request for a person." },
  { message: "agent", lang: "en", why: "One-word request for an agent." },
  { message: "Get me a human. Now.", lang: "en", why: "Rude demand for a human." },
  { message: "hooman pls", lang: "en", why: "Misspelled request for a human." },
  { message: "can i talk to a real persn", lang: "en", why: "Misspelled request for a person." },
  { message: "operater", lang: "en", why: "Misspelled request for an operator." },
  { message: "huamn agent plz", lang: "en", why: "Misspelled request for a human agent." },
  { message: "Connect me to a live agent.", lang: "en", why: "Request for a live agent." },
  { message: "Great, another useless robot. Put me through to someone who actually works there.", lang: "en", why: "Sarcastic frustration plus request for a person." },
  { message: "You're a bot, right? I want someone with a pulse.", lang: "en", why: "Wants a living person instead of the bot." },
  { message: "I want to speak to your manager.", lang: "en", why: "Escalation to a manager." },
  { message: "Let me talk to a supervisor.", lang: "en", why: "Escalation to a supervisor." },
  { message: "I want to make a complaint to a member of staff.", lang: "en", why: "Complaint to a staff member." },
  { message: "escalate this", lang: "en", why: "Escalation request." },
  { message: "Can someone call me back? My number is on the account.", lang: "en", why: "Callback request." },
  { message: "Phone me please, I can't type all of this out.", lang: "en", why: "Asks to be phoned." },
  { message: "Ring me on my mobile when someone's free.", lang: "en", why: "Asks to be rung by a person." },
  { message: "Is there a living, breathing person I can chat with instead of you?", lang: "en", why: "Wants a person instead of the bot." },
  { message: "transfer me to customer service", lang: "en", why: "Wants transfer to human support." },
  { message: "representative", lang: "en", why: "One-word request for a representative." },
  { message: "Stop wasting my time and give me a real agent.", lang: "en", why: "Rude request for a real agent." },
  { message: "Could a member of your support team take over this chat, please?", lang: "en", why: "Polite request for a human takeover." },
  { message: "talk to human", lang: "en", why: "Terse request for a human." },
  { message: "I don't want to talk to a machine, I want a person.", lang: "en", why: "Explicitly wants a person." },
  { message: "Wow, so helpful. Not. Human please.", lang: "en", why: "Sarcasm plus request for a human." },
  { message: "Can I have an actual support rep look at this?", lang: "en", why: "Wants a human support rep." },
  { message: "need 2 speak 2 sum1 real", lang: "en", why: "Slang request for a real person." },
  { message: "Please pass me on to a colleague of yours who can help.", lang: "en", why: "Asks to be handed to a human colleague." },
  { message: "I'd prefer to sort this out with a person over the phone.", lang: "en", why: "Wants a person by phone." },
  { message: "You're going round in circles. Escalate me to a human.", lang: "en", why: "Frustrated escalation to a human." },
  { message: "customer service agent please!!!", lang: "en", why: "Request for an agent." },
  { message: "Is anyone actually there? I need a real human being.", lang: "en", why: "Wants a real human." },
  { message: "I want to file a formal complaint with whoever is in charge.", lang: "en", why: "Escalation / complaint to someone in charge." },
  { message: "Have a person email me about this, I'm done with the chatbot.", lang: "en", why: "Wants human contact instead of the bot." },
  { message: "Can I get a callback?", lang: "en", why: "Callback request." },
  // ---- Spanish
  { message: "Quiero hablar con una persona, por favor.", lang: "es", why: "Plain request for a person." },
  { message: "¿Me pasas con un agente humano?", lang: "es", why: "Request for a human agent." },
  { message: "Déjame hablar con tu supervisor.", lang: "es", why: "Escalation to a supervisor." },
  { message: "Genial, otro robot inútil... pásame con alguien de verdad.", lang: "es", why: "Sarcastic frustration plus request for a real person." },
  { message: "Llámenme por teléfono, por favor.", lang: "es", why: "Asks to be phoned." },
  { message: "Quiero poner una reclamación con un responsable.", lang: "es", why: "Complaint to someone in charge." },
  { message: "operador porfa", lang: "es", why: "Slang request for an operator." },
  // ---- French
  { message: "Je voudrais parler à un conseiller, s'il vous plaît.", lang: "fr", why: "Polite request for an advisor." },
  { message: "Passez-moi un humain.", lang: "fr", why: "Request for a human." },
  { message: "Je veux parler au responsable.", lang: "fr", why: "Escalation to a manager." },
  { message: "Super, encore un robot inutile. Un vrai humain svp.", lang: "fr", why: "Sarcasm plus request for a real human." },
  { message: "Pouvez-vous me rappeler ?", lang: "fr", why: "Callback request." },
  { message: "Je souhaite déposer une réclamation auprès d'un superviseur.", lang: "fr", why: "Complaint to a supervisor." },
  { message: "un opérateur, vite", lang: "fr", why: "Terse request for an operator." },
  // ---- German
  { message: "Ich möchte bitte mit einem Menschen sprechen.", lang: "de", why: "Polite request for a human." },
  { message: "Verbinden Sie mich mit einem Mitarbeiter.", lang: "de", why: "Request for a staff member." },
  { message: "Ich will Ihren Vorgesetzten sprechen.", lang: "de", why: "Escalation to a supervisor." },
  { message: "Toll, schon wieder ein nutzloser Bot. Echter Mensch bitte!", lang: "de", why: "Sarcasm plus request for a real human." },
  { message: "Rufen Sie mich bitte zurück.", lang: "de", why: "Callback request." },
  { message: "Ich möchte mich beschweren – bitte leiten Sie das an einen Verantwortlichen weiter.", lang: "de", why: "Complaint escalation." },
  { message: "kundenservice mensch jetzt", lang: "de", why: "Terse request for a human." },
  // ---- Portuguese
  { message: "Quero falar com um atendente humano.", lang: "pt", why: "Request for a human agent." },
  { message: "Posso falar com uma pessoa de verdade?", lang: "pt", why: "Request for a real person." },
  { message: "Quero falar com o gerente.", lang: "pt", why: "Escalation to a manager." },
  { message: "Ótimo, mais um robô inútil. Me passa pra alguém de verdade.", lang: "pt", why: "Sarcasm plus request for a real person." },
  { message: "Liguem-me, por favor.", lang: "pt", why: "Asks to be phoned." },
  { message: "Quero fazer uma reclamação com um supervisor.", lang: "pt", why: "Complaint to a supervisor." },
  { message: "atendente pfv", lang: "pt", why: "Slang request for an agent." },
];

export const holdout2NotPersonRequests: Holdout2Intent[] = [
  { message: "Do I need to talk to someone to cancel my bean subscription, or can I do it myself in the app?", lang: "en", why: "Asks whether a person is needed; wants self-service." },
  { message: "Your agent yesterday said my refund would arrive within 5 days. It's day 6, where is it?", lang: "en", why: "Reports what an agent said; asks about a refund." },
  { message: "My manager asked me to get the invoice for the Brew Pro we bought for the office.", lang: "en", why: "Manager mentioned; wants an invoice." },
  { message: "Is the Brew Pro good for a team of 6 people?", lang: "en", why: "Product question about a team." },
  { message: "A person at the door signed for the parcel, but the box was dented. What now?", lang: "en", why: "Damaged delivery question." },
  { message: "The courier left my package with my neighbour. Does that count as delivered?", lang: "en", why: "Delivery question mentioning courier and neighbour." },
  { message: "The UPS driver said he'd try again tomorrow. Do I have to be home?", lang: "en", why: "Delivery question." },
  { message: "My bank advisor says the second charge is just a pending hold. How long until it goes away?", lang: "en", why: "Reports bank advisor; asks about a hold." },
  { message: "My boss wants to know if the invoice shows VAT.", lang: "en", why: "Invoice question mentioning a boss." },
  { message: "An electrician checked the socket and it works fine, but the machine still won't turn on.", lang: "en", why: "Troubleshooting; mentions a technician." },
  { message: "Can someone else in my household use my account to order beans?", lang: "en", why: "Account question mentioning someone." },
  { message: "My husband set up the account. Can I change the email to mine?", lang: "en", why: "Email change question." },
  { message: "The support person I chatted with last week was really helpful, thanks! Now, how do I pause my beans?", lang: "en", why: "Praises a past agent; asks how to pause." },
  { message: "Is the Brew One easy enough for an elderly person to use?", lang: "en", why: "Product question mentioning a person." },
  { message: "Can I make the warranty claim in the app without having to talk to a human?", lang: "en", why: "Wants self-service." },
  { message: "The staff at the electronics store told me the warranty covers drops. Is that true?", lang: "en", why: "Reports store staff; warranty question." },
  { message: "My team at work gets through a lot of coffee. Which bean plan should we get?", lang: "en", why: "Plan question mentioning a team." },
  { message: "I'm a customer service agent myself, so just give me the refund steps straight.", lang: "en", why: "Mentions being an agent; wants refund steps." },
  { message: "Our office manager needs the VAT receipt reissued with the company name.", lang: "en", why: "Invoice reissue; manager mentioned." },
  { message: "The person I sold my old Brew One to can't add it in the app. What do I have to do?", lang: "en", why: "Second-hand machine question." },
  { message: "I'd rather not speak to anyone, just tell me the return steps.", lang: "en", why: "Explicitly does not want a person." },
  { message: "No need for a human, I just want to know when DHL will deliver.", lang: "en", why: "Explicitly declines a human." },
  { message: "Who is the courier for orders to Canada?", lang: "en", why: "Carrier question." },
  { message: "The delivery guy threw the box over the fence and now the machine is dented.", lang: "en", why: "Damage report mentioning a delivery person." },
  { message: "My neighbour has a Brew Pro and loves it. What is the grind dial for?", lang: "en", why: "Product question mentioning a neighbour." },
  { message: "As the representative of our company, I need our VAT ID on the invoices. Where do I add it?", lang: "en", why: "Uses 'representative' about themself; invoice question." },
  { message: "Can I start a return without a staff member having to approve it?", lang: "en", why: "Asks about self-service return." },
  { message: "A repair technician I hired opened up the machine. Does that affect the warranty?", lang: "en", why: "Warranty question mentioning a technician." },
  { message: "My supervisor at work gave me a Brew One as a leaving present. Is it still under warranty?", lang: "en", why: "Warranty question mentioning a supervisor." },
  { message: "The guy at the DHL depot said my parcel was sent back to you. Why would that happen?", lang: "en", why: "Reports a carrier employee." },
  { message: "Someone from your team emailed me a return label. Where do I drop the parcel off?", lang: "en", why: "Mentions the team; asks about drop-off." },
  { message: "Please don't transfer me to a person, I just want the tracking link.", lang: "en", why: "Explicitly declines a person." },
  { message: "My manager approved buying two Brew Pros for the office. Do we get free shipping?", lang: "en", why: "Shipping question mentioning a manager." },
  { message: "Someone on your team already fixed my issue, I just wanted to say thanks.", lang: "en", why: "Thanks; no request for a person." },
  { message: "¿Tengo que hablar con alguien para cancelar la suscripción o puedo hacerlo yo mismo?", lang: "es", why: "Asks whether a person is needed." },
  { message: "El repartidor dejó el paquete con mi vecino. ¿Cuenta como entregado?", lang: "es", why: "Delivery question mentioning courier and neighbour." },
  { message: "Mon patron m'a demandé la facture de la machine.", lang: "fr", why: "Invoice request mentioning a boss." },
  { message: "Votre conseiller m'a dit hier que le remboursement prendrait 5 jours ouvrés. C'est toujours le cas ?", lang: "fr", why: "Reports an advisor; refund question." },
  { message: "Muss ich mit jemandem sprechen, um mein Passwort zurückzusetzen, oder geht das selbst?", lang: "de", why: "Asks whether a person is needed." },
  { message: "Der Techniker meines Vermieters sagt, die Steckdose funktioniert. Trotzdem geht die Maschine nicht an.", lang: "de", why: "Troubleshooting; mentions a technician." },
  { message: "O estafeta deixou a encomenda com o porteiro. Está tudo bem?", lang: "pt", why: "Delivery question mentioning courier." },
  { message: "A minha equipa no escritório tem 8 pessoas. A Brew Pro chega para todos?", lang: "pt", why: "Product question about a team." },
];
