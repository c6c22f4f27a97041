/**
 * Links that hand a phone number or an email address to the computer's own phone or mail
 * app. Nothing is sent by CareBinder itself.
 */

/**
 * A tel: address (RFC 3966) for a number as people write it: "(555) 123-4567 ext. 89"
 * becomes "tel:5551234567;ext=89". Null when there is nothing to dial.
 */
export function telHref(phone: string): string | null {
  const [main = '', extension = ''] = phone.split(/\s*(?:ext\.?|extension|x)\s*(?=\d)/i);
  const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.replace('+', '').length < 3) return null;
  const ext = extension.replace(/\D/g, '');
  return `tel:${digits}${ext ? `;ext=${ext}` : ''}`;
}

/** A mailto: address, or null when the text is not a single plain address. */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  if (!/^[^\s@?&#]+@[^\s@?&#]+\.[^\s@?&#]+$/.test(address)) return null;
  return `mailto:${address}`;
}
