/**
 * "81 mg = 1 tab(s), PO, Once Daily, 30 tab(s)": some record systems write an order as
 * comma-separated fields (dose, route, how often, amount to dispense). The last field, an
 * amount with a form after at least three fields, is how much the pharmacy supplies; it is
 * read as "dispense 30 tabs" so that it is said as such and never taken for a dose.
 */
const LAST_FIELD = /^(.+,.+,.+),\s*((?:0|[1-9]\d*)(?:\.\d*[1-9])?)\s*(tab\(s\)|cap\(s\)|puff\(s\)|tabs?|caps?|tablets?|capsules?|ml|g|gm)\s*$/i;

/**
 * "take 1 capsule oral tid … 30 rf 0": a count right before the refills at the very end of an
 * order is the quantity, in the order pharmacy systems print them (quantity, then refills).
 */
const QUANTITY_THEN_REFILLS = /^(.*\S)\s+((?:0|[1-9]\d*))\s+(rf|refills?)\s+((?:0|[1-9]\d*))\s*$/i;

export function readDispenseField(text: string): string | null {
  const refills = QUANTITY_THEN_REFILLS.exec(text);
  // "qty 30 rf 2" already says it is the quantity.
  if (refills && !/(?:^|\s)(?:qty|quantity|disp|dispense)\s*[:=#]?$/i.test(refills[1]!)) return `${refills[1]!} qty ${refills[2]!} ${refills[3]!} ${refills[4]!}`;
  const match = LAST_FIELD.exec(text);
  if (!match) return null;
  const [, head, amount, unit] = match as unknown as [string, string, string, string];
  return `${head}, dispense ${amount} ${unit.replace(/\(s\)$/i, 's')}`;
}
