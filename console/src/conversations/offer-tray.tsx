export function OfferTray() {
  return null;
}
