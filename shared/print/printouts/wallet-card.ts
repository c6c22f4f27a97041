import { todayIso } from '../../model/dates';
import { conditionTitle } from '../../record/conditions/display-name';
import { groupMedications } from '../../record/medication/list-groups';
import { keyContacts } from '../blocks/contacts';
import { drawTitleBlock } from '../blocks/headings';
import { formatDate } from '../format';
import { PrintDocument, type Column, type Para } from '../layout/print-document';
import { medicineTitle } from '../medicine-text';
import type { PrintRequest } from '../print-request';
import type { Wording } from '../words';

/** A wallet card is 3.375 × 2.125 in; the printout is two of them side by side, to fold. */
const CARD = { width: 243, height: 153 };
const PAD = 7;

/** The most items of a list that fit, with "and N more" for the rest (never a cut-off line). */
function fitList(doc: PrintDocument, column: Column, fixed: (list: Para[]) => Para[], items: readonly string[], wording: Wording, size: number): Para[] {
  for (let count = items.length; count >= 0; count -= 1) {
    const shown = items.slice(0, count).join('; ');
    const list: Para[] = shown ? [{ text: shown, size }] : [];
    if (count < items.length) list.push({ text: wording.say((w) => w.wallet.more, { count: items.length - count }), size, ink: 'muted' });
    const paras = fixed(list);
    if (PrintDocument.heightOf(doc.layout(paras, column.width)) <= CARD.height - 2 * PAD) return paras;
  }
  return fixed([]);
}

/**
 * The card to carry (PRODUCT.md "Printouts" 2): front with name, allergies, emergency
 * contact and conditions; back with medicines. What does not fit is counted, not dropped silently.
 */
export function drawWalletCard(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  const today = todayIso(options.today);
  const { person } = record;
  drawTitleBlock(doc, wording, (w) => w.titles.walletCard, person, today);
  doc.flow([{ text: wording.say((w) => w.wallet.cutHere), size: doc.scale.body }]);
  doc.gap(10);

  const size = Math.min(doc.scale.small, 10);
  const left = doc.left + (doc.contentWidth - 2 * CARD.width) / 2;
  const top = doc.y;
  const front: Column = { left: left + PAD, width: CARD.width - 2 * PAD };
  const back: Column = { left: left + CARD.width + PAD, width: CARD.width - 2 * PAD };
  const label = (pick: Parameters<Wording['say']>[0], ink: 'alert' | 'text' = 'text'): Para => {
    const english = wording.english(pick);
    return { text: english ? `${wording.say(pick)} / ${english}` : wording.say(pick), size, bold: true, ink, spaceBefore: 3 };
  };

  const conditions = record.items.condition.filter((c) => c.status === 'active').map((c) => c.plainName || conditionTitle(c, wording.language));
  const contacts = keyContacts(record.items.careTeamMember, record.items.medication).emergency.map((m) => `${m.name} ${m.phone}`.trim());
  const allergies = record.items.allergy.map((a) => a.substance);
  // Allergies are never shortened; the conditions give way when the front is full.
  const frontParas = (list: Para[]): Para[] => [
    { text: person.fullName, size: size + 1.5, bold: true },
    ...(person.birthDate ? [{ text: wording.say((w) => w.person.born, { date: formatDate(person.birthDate, wording.language) }), size }] : []),
    label((w) => w.allergies.heading, 'alert'),
    { text: allergies.join('; ') || wording.say((w) => w.allergies.none), size, bold: true },
    label((w) => w.contacts.emergency),
    { text: contacts.join('; ') || wording.say((w) => w.contacts.notGiven), size },
    ...(list.length ? [label((w) => w.wallet.conditions), ...list] : []),
  ];
  doc.drawLines(doc.layout(fitList(doc, front, frontParas, conditions, wording, size), front.width), front, top - PAD);

  const groups = groupMedications(record.items.medication, today, wording.locale);
  const meds = [...groups.taking, ...groups.asNeeded].map(medicineTitle);
  // The back is all medicines: the list most often needed at a pharmacy counter or an ER.
  const backParas = (list: Para[]): Para[] => [label((w) => w.wallet.medicines), ...list];
  doc.drawLines(doc.layout(fitList(doc, back, backParas, meds, wording, size), back.width), back, top - PAD);

  doc.box(left, top - CARD.height, 2 * CARD.width, CARD.height, { border: 'text', thickness: 1 });
  doc.page.drawLine({ start: { x: left + CARD.width, y: top }, end: { x: left + CARD.width, y: top - CARD.height }, thickness: 0.75, dashArray: [4, 3] });
  doc.y = top - CARD.height - 10;
}
