// Demo knowledge base for the "Acme" tenant: Acme Brew smart coffee machines
// (Brew One, Brew Pro) and the Acme Beans coffee subscription.
//
// Facts used consistently across articles:
// - Brew One $249 / €239 (uses ground coffee); Brew Pro $399 / €379 (built-in burr grinder, whole beans).
// - Acme Beans: two 250 g bags per delivery, free shipping. Monthly plan $24 / €22 per delivery,
//   Biweekly plan (every 2 weeks) $22 / €20 per delivery. Changes apply if made 48 hours before the billing date.
// - 30-day money-back guarantee from delivery; free return label; refund within 5 business days of arrival.
// - 2-year warranty from delivery date. Serial number on sticker under the drip tray.
// - Buttons on both machines: Power, Brew, Strength, Clean. Main power switch on the back.
// - Menu paths: Account > Orders / Subscriptions / Payment methods / Billing details / Profile / Security / Privacy.
// - Carriers: UPS (US, Canada), DHL (Europe). Error codes E1-E5.
//
// Bodies are plain text; paragraphs separated by a blank line. Each paragraph
// is written to stand on its own, because the AI agent quotes single passages.

export interface DemoArticle {
  slug: string;
  title: string;
  category: "Billing" | "Accounts" | "Shipping" | "Troubleshooting" | "Subscriptions" | "Product";
  space: "BILL" | "SUP";
  body: string;
}

const p = (...paragraphs: string[]): string => paragraphs.join("\n\n");

export const demoArticles: DemoArticle[] = [
  // ---------------------------------------------------------------- Billing
  {
    slug: "refund-30-day-money-back-guarantee",
    title: "How do I get a refund? (30-day money-back guarantee)",
    category: "Billing",
    space: "BILL",
    body: p(
      `Every Acme Brew coffee machine (Brew One and Brew Pro) and every accessory comes with a 30-day money-back guarantee. If you change your mind for any reason within 30 days of the delivery date, you can send it back and get a full refund of what you paid, including any shipping charge. The return label is free.`,
      `To ask for a refund, start a return: go to Account > Orders on the Acme website or in the Acme Brew app, select the order and choose Return item. We email you a prepaid return label right away. The refund is issued once the item is back at our warehouse, so you do not need to contact us separately to get your money back.`,
      `We issue refunds within 5 business days of your return arriving at our warehouse, and you get an email when it is done. Refunds always go back to the original payment method. Card refunds usually appear on your statement within 3 to 10 business days depending on your bank; PayPal, Apple Pay and Google Pay refunds usually show within 1 to 2 business days.`,
      `Acme Beans coffee has a taste guarantee instead of a return: if you don't love a roast, tell us within 30 days of delivery and we will refund that delivery or send you a different roast for free. You don't need to send the coffee back.`,
      `If you were charged for an Acme Beans delivery you meant to skip, contact us before it ships and we will cancel it and refund it in full. After 30 days, machines can no longer be refunded, but faults are still covered by the 2-year warranty.`,
    ),
  },
  {
    slug: "charged-twice-unrecognised-charge",
    title: "Why was I charged twice, or charged for something I don't recognise?",
    category: "Billing",
    space: "BILL",
    body: p(
      `If it looks like you were charged twice, the second amount is most often a pending authorization, not a real charge. When you place an order or add a new card, your bank may place a temporary hold (sometimes $1 or €1 to verify the card). Pending holds drop off by themselves within 3 to 5 business days, or up to 7 days with some banks, and you are never billed for them.`,
      `Two separate charges can also be correct: Acme Brew machine and accessory orders appear on your statement as "ACME BREW", while Acme Beans subscription deliveries appear separately as "ACME BEANS". If you bought a machine and started a subscription on the same day, you will see two different charges.`,
      `To check a charge you don't recognise, log in and compare it with Account > Orders and Account > Subscriptions > Billing history. Also check whether someone in your household has an Acme account, or whether you have two Acme accounts with different email addresses, each with its own subscription.`,
      `If you really were charged twice for the same order or delivery, contact us with the date, the amount and the last 4 digits of the card. We refund genuine duplicate charges within 2 business days, back to the original payment method.`,
      `Please talk to us before opening a dispute or chargeback with your bank. A chargeback usually takes much longer to resolve than a refund from us, and your Acme Beans subscription is paused while the dispute is open.`,
    ),
  },
  {
    slug: "update-payment-method-card-declined",
    title: "How do I update my payment method, and what if my card is declined?",
    category: "Billing",
    space: "BILL",
    body: p(
      `We accept Visa, Mastercard, American Express, Discover (US only), PayPal, Apple Pay and Google Pay. To update your card or add a new payment method, go to Account > Payment methods on the Acme website or in the Acme Brew app, choose Add payment method, then select Set as default. Your default payment method is the one used for your Acme Beans subscription. You can then remove the old card.`,
      `When you add a card, your bank may show a temporary $1 or €1 verification hold. It is not a charge and disappears within a few business days.`,
      `If your card is declined at checkout, the most common reasons are: an expired card, a billing ZIP code or postcode that doesn't match the one your bank has, not enough funds, your bank blocking online or international payments, or a 3D Secure confirmation in your banking app that wasn't completed. Check these details or try another payment method. Your bank can tell you the exact reason for a decline; we can't see it.`,
      `If the payment for a subscription delivery is declined, we email you and retry automatically 1, 3 and 7 days later. Updating your card in Account > Payment methods triggers a new attempt straight away. If all retries fail, your Acme Beans subscription is paused, not cancelled, and the delivery is held until you update your payment method.`,
      `The payment method of an order that has already been placed can't be changed. If you need to pay differently, cancel the order before it ships and order again.`,
    ),
  },
  {
    slug: "download-invoice-vat-receipt",
    title: "How do I download an invoice or VAT receipt?",
    category: "Billing",
    space: "BILL",
    body: p(
      `You can download a PDF invoice for any order yourself. On the Acme website or in the Acme Brew app, go to Account > Orders, select the order and choose Download invoice. A copy of the invoice is also emailed to you when the order ships.`,
      `For Acme Beans subscription deliveries, each delivery has its own invoice. Go to Account > Subscriptions > Billing history and choose Download invoice next to the delivery you need.`,
      `For orders shipped to the EU, our invoices are full VAT receipts: they show the VAT rate of your country, the VAT amount, the price before VAT and Acme's VAT number. For orders in the US and Canada, the invoice shows any sales tax charged.`,
      `If you need your company name or a business VAT ID on the invoice, add them in Account > Billing details before you place the order, and they will appear on every new invoice. If you forgot to add them before ordering, contact us within 60 days of the order date and we will reissue the invoice with your company details.`,
      `Invoices are only issued in the name of the Acme account that placed the order. If you can't log in any more, reset your password first; invoices stay available in your account for as long as the account exists.`,
    ),
  },
  // ---------------------------------------------------------- Subscriptions
  {
    slug: "cancel-or-change-bean-subscription",
    title: "How do I cancel or change my Acme Beans subscription?",
    category: "Subscriptions",
    space: "BILL",
    body: p(
      `You can cancel your Acme Beans subscription at any time, with no cancellation fee and no minimum term. On the Acme website or in the Acme Brew app, go to Account > Subscriptions > Manage and follow these steps:\n1. Choose Cancel subscription.\n2. Tell us why you are leaving (optional).\n3. Tap Confirm cancellation.\nYou will get a confirmation email. If you don't receive it, the subscription is not cancelled yet.`,
      `To avoid being charged for the next delivery, cancel at least 48 hours before your next billing date, which is shown on the Manage page. If you cancel later than that, the upcoming delivery is already being prepared: it will still be charged and shipped, and no further deliveries will follow.`,
      `Cancelling does not refund deliveries that were already charged. If a delivery you didn't want was charged but hasn't shipped yet, contact us and we will cancel and refund it.`,
      `You don't have to cancel to change what you receive. In Account > Subscriptions > Manage you can also choose Change coffee to switch roast (Morning Light, House Blend, Dark Harbor or Decaf Classic) or grind (whole bean for the Brew Pro grinder, ground for the Brew One), Change address, Change plan to switch between monthly and biweekly, Skip next delivery, or Pause subscription.`,
      `Changed your mind? You can restart a cancelled subscription at any time from Account > Subscriptions > Restart, with the same plan and coffee as before.`,
    ),
  },
  {
    slug: "pause-or-skip-delivery",
    title: "How do I pause my subscription or skip a delivery?",
    category: "Subscriptions",
    space: "BILL",
    body: p(
      `If you still have coffee left or are going away, you can skip a delivery or pause your Acme Beans subscription instead of cancelling it. Both are free and take effect straight away.`,
      `To skip only your next delivery, go to Account > Subscriptions > Manage on the Acme website or in the Acme Brew app and choose Skip next delivery. You won't be charged for that delivery, and your billing date moves to the following one. You can skip as many times as you like, one delivery at a time.`,
      `To pause for longer, choose Pause subscription and pick 1, 2 or 3 months. Nothing is charged or shipped while the subscription is paused, and it restarts automatically at the end of the pause. We email you a reminder 7 days before your subscription resumes, so you can extend the pause or cancel if you want.`,
      `To end a pause early, choose Resume now. Your next delivery is then charged and shipped within 1 business day.`,
      `Skips and pauses must be made at least 48 hours before your next billing date to apply to that delivery. If the delivery has already been charged, it is already being prepared and will ship. Contact us before it ships if you want it cancelled and refunded.`,
    ),
  },
  {
    slug: "change-plan-monthly-biweekly",
    title: "How do I switch between the monthly and biweekly plan?",
    category: "Subscriptions",
    space: "BILL",
    body: p(
      `Acme Beans has two plans. Both include two 250 g bags of freshly roasted coffee per delivery (500 g, about 17.6 oz, or roughly 50 cups), and shipping is always free. The Monthly plan delivers once a month for $24 or €22 per delivery. The Biweekly plan delivers every 2 weeks for $22 or €20 per delivery.`,
      `As a rule of thumb, the Monthly plan suits one or two cups a day, and the Biweekly plan suits three or four cups a day or a household with two coffee drinkers.`,
      `To change how often you get coffee, go to Account > Subscriptions > Manage on the Acme website or in the Acme Brew app, then:\n1. Choose Change plan.\n2. Select Monthly or Biweekly.\n3. Tap Confirm.\nYour new next billing date and price are shown on the Manage page and in the confirmation email.`,
      `A plan change applies from your next delivery if you make it at least 48 hours before your next billing date. If you make it later, the upcoming delivery is charged at the old plan's price and the new plan starts with the delivery after that. Deliveries already charged are never charged again.`,
      `If you only need a short break rather than a different frequency, you can use Skip next delivery or Pause subscription instead of changing your plan.`,
    ),
  },
  // ---------------------------------------------------------------- Accounts
  {
    slug: "reset-forgotten-password",
    title: "I forgot my password. How do I reset it and log in?",
    category: "Accounts",
    space: "SUP",
    body: p(
      `If you forgot your password or can't log in, you can reset it yourself:\n1. On the log-in screen of the Acme website or the Acme Brew app, tap Forgot password?\n2. Enter the email address of your Acme account.\n3. Open the email "Reset your Acme password" and tap the reset button.\n4. Choose a new password of at least 8 characters with at least one letter and one number.`,
      `The reset email usually arrives within 5 minutes. The reset link works once and expires after 60 minutes. If you request several emails, only the most recent link works, so use the newest one.`,
      `Didn't get the reset email? Check your spam, junk and promotions folders, and make sure you typed the email address you signed up with. If you created your account with Sign in with Apple or Sign in with Google, you don't have an Acme password: log in with the same Apple or Google button instead.`,
      `After 5 wrong password attempts, logging in is blocked for 15 minutes to protect your account. Wait 15 minutes or reset your password.`,
      `Resetting your password logs you out on all your other devices. Your coffee machine stays connected to Wi-Fi and to your account, and your orders and Acme Beans subscription are not affected.`,
    ),
  },
  {
    slug: "change-email-two-factor-authentication",
    title: "How do I change my account email or set up two-factor authentication?",
    category: "Accounts",
    space: "SUP",
    body: p(
      `To change the email address of your Acme account, go to Account > Profile > Email address and choose Edit. Enter the new email and your password, and we send a 6-digit code to the new address. Enter the code within 15 minutes to confirm. We also send a notice to your old address. Your orders, invoices, Acme Beans subscription, warranty and connected machines all stay on your account.`,
      `To turn on two-factor authentication (2FA), go to Account > Security > Two-factor authentication and choose Turn on. You can use an authenticator app such as Google Authenticator, Microsoft Authenticator or 1Password by scanning the QR code, or receive codes by SMS. From then on, you enter a 6-digit code after your password each time you log in on a new device.`,
      `When you turn on 2FA, we show you 10 backup codes once. Save them somewhere safe: each backup code can be used one time to log in if you don't have your phone.`,
      `Lost your phone or can't get codes? Log in with a backup code and then set up 2FA again on your new phone. If you have no backup codes left, contact us. For your security we verify your identity with your order number, billing address and the last 4 digits of your card, and removing 2FA then takes up to 2 business days.`,
    ),
  },
  {
    slug: "delete-account-personal-data-gdpr",
    title: "How do I delete my account and personal data (GDPR)?",
    category: "Accounts",
    space: "SUP",
    body: p(
      `You can delete your Acme account and personal data yourself. On the Acme website or in the Acme Brew app, go to Account > Privacy > Delete my account, enter your password and confirm with the code we email you. Your account is deleted permanently within 30 days, and you get an email when it is complete.`,
      `Before you delete your account, download anything you want to keep. Under Account > Privacy > Download my data you can request a copy of all your personal data; we email it to you as a ZIP file within 48 hours. Also download the invoices for your machines, because the invoice is your proof of purchase for the 2-year warranty.`,
      `Deleting your account cancels any active Acme Beans subscription immediately and disconnects your coffee machines from the app. If you have an order on the way or a return in progress, deletion starts once it is completed.`,
      `Under the GDPR you have the right to access, correct and delete your personal data. Some records, such as invoices and payment records, must be kept for as long as tax law requires (up to 10 years). They are stored separately and are never used for marketing.`,
      `If you only want fewer emails, you don't need to delete your account: turn off marketing emails in Account > Notifications. Order and delivery emails keep coming.`,
    ),
  },
  // ---------------------------------------------------------------- Shipping
  {
    slug: "shipping-times-and-costs",
    title: "How long does shipping take and how much does it cost?",
    category: "Shipping",
    space: "SUP",
    body: p(
      `United States: Standard shipping takes 3 to 5 business days and costs $5.95, free on orders of $50 or more. Express shipping takes 1 to 2 business days and costs $14.95. Orders in the US and Canada are shipped by UPS.`,
      `Canada: Standard shipping takes 5 to 8 business days and costs $9.95, free on orders of $100 or more. Express shipping is not available in Canada.`,
      `European Union: Standard shipping takes 3 to 6 business days and costs €5.95, free on orders of €50 or more. Express shipping takes 1 to 3 business days and costs €14.95. Orders in Europe are shipped by DHL.`,
      `United Kingdom, Switzerland and Norway: Standard shipping takes 5 to 8 business days and costs €12.95, free on orders of €100 or more. Import duties and local taxes are not included and may be collected by the carrier on delivery.`,
      `Because every Acme Brew machine costs more than the free-shipping threshold, Brew One and Brew Pro orders always ship free with Standard shipping. Acme Beans subscription deliveries always ship free to every country we deliver to.`,
      `Orders placed before 2 pm on a business day (US Eastern time for the US and Canada, Central European time for Europe) leave our warehouse the same day; later orders leave the next business day. Delivery times are counted from when the order ships. We email you a tracking number as soon as it does.`,
    ),
  },
  {
    slug: "track-my-order",
    title: "Where is my order? How do I track it?",
    category: "Shipping",
    space: "SUP",
    body: p(
      `When your order leaves our warehouse, we send you an email "Your Acme order has shipped" with the tracking number. You can also find the tracking number at any time in Account > Orders on the Acme website or in the Acme Brew app: select the order and choose Track package. Orders in the US and Canada ship with UPS, orders in Europe with DHL.`,
      `For Acme Beans subscriptions, each delivery has its own tracking number, sent in the email "Your beans are on the way" and listed in Account > Subscriptions > Billing history.`,
      `It can take up to 24 hours after the shipping email for the tracking number to show any updates on the carrier's site. If it says "label created" or "not found" on the first day, that is normal.`,
      `Large orders can ship in more than one box, each with its own tracking number. If only part of your order has arrived, check the shipping email to see whether another package is still on the way.`,
      `If your tracking hasn't moved for 5 business days, contact us with your order number and we will open an investigation with the carrier. If your package is marked as delivered but you can't find it, check around your door, with neighbors and at your building's mailroom, and wait 48 hours, as carriers sometimes mark packages delivered early. If it still hasn't turned up, contact us and we will send a replacement or give you a full refund.`,
    ),
  },
  {
    slug: "damaged-or-missing-items",
    title: "My delivery arrived damaged or something is missing",
    category: "Shipping",
    space: "SUP",
    body: p(
      `We're sorry your delivery didn't arrive as it should. If a machine, accessory or bag of Acme Beans arrived broken, dented, leaking or torn, please report it within 14 days of delivery. Contact us with your order number and photos of the damaged item, the outside of the box and the shipping label.`,
      `Once we have seen the photos, we send a free replacement, usually within 2 business days, or give you a full refund if you prefer. You don't need to send back damaged coffee. For a damaged machine, we email you a prepaid return label only if we need the machine back; otherwise you can recycle it.`,
      `If something is missing from your order, first check your shipping email: larger orders can arrive in more than one box, each with its own tracking number. Also check inside the machine box, because accessories and the first descaler bottle are packed in the cardboard tray under the water tank.`,
      `If an item is still missing, tell us your order number and which item is missing, and we will ship it free of charge. Missing items are also covered if you report them within 14 days of delivery.`,
      `If the whole package never arrived or tracking shows it as delivered but you can't find it, see our article on tracking your order. We replace or refund lost packages.`,
    ),
  },
  {
    slug: "return-a-machine",
    title: "How do I return my coffee machine?",
    category: "Shipping",
    space: "SUP",
    body: p(
      `You can return a Brew One or Brew Pro machine within 30 days of the delivery date for a full refund under our 30-day money-back guarantee, even if you have used it. The return label is free.`,
      `To send a machine back:\n1. Go to Account > Orders on the Acme website or in the Acme Brew app, select the order and choose Return item.\n2. Pick a reason. Your reason does not affect your refund.\n3. We email you a prepaid UPS label (US and Canada) or DHL label (Europe). Print it, or show the QR code at the drop-off point.\n4. Drop the package off within 14 days of receiving the label.`,
      `Before packing, empty the water tank and drip tray, remove any coffee grounds or beans and let the machine dry for a few hours. Include all parts: water tank, drip tray, power cord and, for Brew Pro, the bean hopper lid and milk jug. Use the original box if you still have it; otherwise use a sturdy box with padding all around.`,
      `We issue your refund within 5 business days of the machine arriving at our warehouse, back to the original payment method, and email you when it is done. You can follow the return in Account > Orders.`,
      `Want a different model? Return your machine and place a new order for the other one. After 30 days, machines can no longer be returned for a refund, but if something is wrong with yours, our 2-year warranty covers repair or replacement.`,
    ),
  },
  // --------------------------------------------------------- Troubleshooting
  {
    slug: "machine-wont-turn-on",
    title: "My Acme Brew machine won't turn on",
    category: "Troubleshooting",
    space: "SUP",
    body: p(
      `If your Brew One or Brew Pro won't turn on and the display stays dark, try these steps in order:\n1. Check the main power switch on the back of the machine, next to the power cord. It must be in the I (on) position.\n2. Make sure the power cord is pushed firmly into the back of the machine and into the wall outlet.\n3. Press the Power button once on the front.\n4. Plug another appliance into the same outlet to check it works. If your kitchen outlet has a Reset button (GFCI), press it.\n5. Plug the machine directly into the wall, not into a power strip, extension cord or timer.`,
      `If the machine was on earlier and now seems off, it is probably in standby. After 30 minutes without use it turns off its display to save energy. Press Power once to wake it. You can change the auto-off time in the Acme Brew app under Settings > Auto-off.`,
      `To reset the machine, switch it off with the main power switch on the back, unplug it for 60 seconds, plug it back in and switch it on again.`,
      `If the machine turns on but shows a code such as E1 or E3, it has power; see our article on error codes. Machines sold in the US are built for 120 V and machines sold in Europe for 230 V, so a machine used in the wrong region may not work and can be damaged.`,
      `If none of these steps help, contact us with your machine's serial number, found on the sticker under the drip tray. A machine that won't power on is covered by our 2-year warranty.`,
    ),
  },
  {
    slug: "descale-machine-descale-light",
    title: "How do I descale my machine, and what does the descale light mean?",
    category: "Troubleshooting",
    space: "SUP",
    body: p(
      `When the descale light (the orange drop icon) turns on, limescale from your water has built up inside the machine and it is time to descale. How often depends on your water hardness and how much coffee you make, usually every 2 to 3 months. Set your water hardness in the Acme Brew app under Settings > Water hardness so the reminder comes at the right time.`,
      `Descaling takes about 25 minutes. Use one bottle of Acme Descaler; a pack of 2 bottles costs $14.99 or €13.99. Please don't use vinegar, as it can damage the seals, and damage caused by vinegar is not covered by the warranty.`,
      `How to descale a Brew One or Brew Pro:\n1. Empty the drip tray and remove any used coffee grounds.\n2. Pour one bottle of Acme Descaler into the water tank and fill it with fresh water up to the MAX line.\n3. Place a container that holds at least 1.5 liters (50 oz) under the spout (and under the steam wand on Brew Pro).\n4. Press and hold Clean for 3 seconds. The descale light flashes and the descaling cycle starts (about 15 minutes).\n5. When the machine pauses and the display shows RINSE, empty the container, rinse the water tank, fill it with fresh water to MAX and press Brew.\n6. The rinse cycle takes about 10 minutes. When the descale light turns off, descaling is complete.`,
      `If you ignore the descale light for a long time, coffee can taste bitter, come out less hot, and the machine may eventually stop with error code E5. Regular descaling keeps your machine covered by the 2-year warranty.`,
    ),
  },
  {
    slug: "weak-watery-or-cold-coffee",
    title: "Why is my coffee weak, watery or not hot enough?",
    category: "Troubleshooting",
    space: "SUP",
    body: p(
      `If your coffee tastes weak or watery, first check the strength setting. Press Strength to switch between Mild, Regular and Strong; the lights above the button show the current setting. Strong brews more slowly, so more flavor is extracted from the same amount of coffee.`,
      `On the Brew One, use one level Acme scoop (10 g) of ground coffee for every 150 ml (5 oz) cup you brew, and use a medium grind made for drip coffee. Coffee that is ground too coarsely makes watery coffee; espresso-fine coffee can make the filter basket overflow.`,
      `On the Brew Pro, the built-in grinder has a grind dial from 1 (finest) to 10 (coarsest), set to 5 from the factory. For stronger coffee, turn it 1 or 2 steps finer, and only while the grinder is running. Also check that the bean hopper isn't almost empty, which makes cups weak.`,
      `If your coffee isn't hot enough, open the Acme Brew app and go to Settings > Brew temperature. You can choose Low (88 °C / 190 °F), Medium (92 °C / 198 °F, the default) or High (96 °C / 205 °F). Warming your cup with hot water first also helps.`,
      `Limescale makes coffee cooler and weaker. If the descale light is on, or you haven't descaled for 3 months, descale your machine. Old coffee also tastes flat: use beans or ground coffee within 4 weeks of opening the bag, and keep it sealed and away from heat.`,
    ),
  },
  {
    slug: "error-codes-e1-e5",
    title: "What do error codes E1, E2, E3, E4 and E5 mean?",
    category: "Troubleshooting",
    space: "SUP",
    body: p(
      `Brew One and Brew Pro show error codes on the display, and you also get a notification in the Acme Brew app if your machine is connected. Most errors clear by themselves once the problem is fixed. If not, press Power to restart the machine.`,
      `E1 – Water tank empty or not seated. Fill the water tank at least to the MIN line and push it firmly down until it clicks into place.`,
      `E2 – Drip tray full or missing. Empty the drip tray and slide it all the way back in until it stops.`,
      `E3 – Heating problem. The machine has overheated or its heater has a fault. Switch it off with the main power switch on the back, unplug it, let it cool for 30 minutes and switch it on again. If E3 comes back, contact us with your serial number (on the sticker under the drip tray); this is covered by the 2-year warranty.`,
      `E4 – Brew unit or grinder blocked. On the Brew One, check that the filter basket is locked in place and the lid is fully closed. On the Brew Pro, the grinder is jammed or the bean hopper is empty: refill the hopper, and if it is full, unplug the machine, remove the hopper and clear any stuck beans. Very oily beans can clog the grinder.`,
      `E5 – Water flow blocked, usually by limescale. Descale your machine with Acme Descaler. If E5 is still shown after descaling, contact us. If you see a code not listed here, contact us with the code and your serial number.`,
    ),
  },
  // ---------------------------------------------------------------- Product
  {
    slug: "connect-machine-wifi-app",
    title: "How do I connect my machine to Wi-Fi and the Acme Brew app?",
    category: "Product",
    space: "SUP",
    body: p(
      `Connecting your Brew One or Brew Pro to the free Acme Brew app (iOS and Android) lets you start brewing from your phone, change the brew temperature, get descale reminders and order Acme Beans. Your machine needs a 2.4 GHz Wi-Fi network: it can't connect to 5 GHz networks.`,
      `To pair your machine with the app:\n1. Install the Acme Brew app, log in to your Acme account and turn on Bluetooth on your phone.\n2. Press and hold Power and Strength together for 5 seconds until the Wi-Fi light blinks blue.\n3. In the app, tap Add machine. The app finds your machine over Bluetooth.\n4. Choose your 2.4 GHz Wi-Fi network and enter its password.\n5. When the Wi-Fi light turns solid blue, your machine is connected.`,
      `If pairing fails, check that you picked a 2.4 GHz network and that the Wi-Fi password is correct (it is case-sensitive). If your router uses one name for both 2.4 GHz and 5 GHz, it usually works; if not, turn on a separate 2.4 GHz network in your router settings. Networks that need a log-in page, such as in hotels or student housing, are not supported. Keep your phone close to the machine during setup.`,
      `The Wi-Fi light blinks blue in pairing mode, is solid blue when connected and turns orange when the machine can't reach your network. After changing your router or Wi-Fi password, simply pair again.`,
      `A machine can be linked to only one Acme account at a time. If you bought it second-hand, the previous owner must first choose Machine settings > Remove machine in their app.`,
    ),
  },
  {
    slug: "warranty-coverage",
    title: "What does the 2-year warranty cover?",
    category: "Product",
    space: "SUP",
    body: p(
      `Every Brew One and Brew Pro comes with a 2-year warranty from the delivery date. It covers defects in materials and workmanship, including the pump, heater, grinder (Brew Pro), electronics, display, Wi-Fi and water leaks from inside the machine. It is free: we repair or replace the machine and pay shipping both ways.`,
      `The warranty does not cover accidental damage (such as drops or liquid spilled on the electronics), damage caused by limescale because the machine wasn't descaled, damage from vinegar or descalers other than Acme Descaler, commercial use, normal wear parts such as the water filter and seals, cosmetic scratches, or repairs by anyone other than Acme.`,
      `To make a warranty claim, go to Account > Orders, select the order with your machine and choose Warranty claim, or contact us. Have your serial number ready; it is on the sticker under the drip tray and starts with AB1 for Brew One or ABP for Brew Pro. We first go through a few troubleshooting steps with you, since many problems can be fixed at home.`,
      `If the machine needs repair or replacement, we email you a prepaid shipping label. We usually ship the repaired or replacement machine within 5 business days of receiving yours. It is covered for the rest of the original warranty or 6 months, whichever is longer.`,
      `Bought your machine from a retailer or received it as a gift? It is covered too: just send us the receipt as proof of purchase. The warranty doesn't affect your legal consumer rights in your country.`,
    ),
  },
];
