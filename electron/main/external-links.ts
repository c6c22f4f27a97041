/**
 * Links the person clicks that belong to another app: a phone number (tel:), an e-mail
 * address (mailto:) or a patient portal (https:). They are handed to the operating system,
 * which opens the phone, mail or browser app; CareBinder itself never loads them.
 * Anything else (http:, file:, javascript:, custom schemes) is dropped.
 */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);

export function isExternalLink(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    if (!EXTERNAL_SCHEMES.has(url.protocol)) return false;
    // An https link must name a real host; credentials in a link are a phishing trick.
    return url.protocol !== 'https:' || (url.hostname !== '' && url.username === '' && url.password === '');
  } catch {
    return false;
  }
}
