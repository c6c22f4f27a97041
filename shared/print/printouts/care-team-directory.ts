import type { CareTeamMember } from '../../model/care-team';
import { todayIso } from '../../model/dates';
import { sortCareTeam } from '../../record/care-team/order';
import { drawNote, drawTitleBlock } from '../blocks/headings';
import type { Para, PrintDocument } from '../layout/print-document';
import type { TableColumn } from '../layout/table';
import type { PrintRequest } from '../print-request';
import type { PrintWords, Wording } from '../words';
import { drawTableSection, tableHeader } from '../blocks/table-section';

type Pick = (w: PrintWords) => string;

/** "Phone: (602) 555-0142": a label in the printout's language, then the value as recorded. */
function reach(doc: PrintDocument, wording: Wording, label: Pick, value: string): Para[] {
  return value.trim() ? [{ text: `${wording.say(label)}: ${value.trim()}`, size: doc.scale.body, spaceBefore: 1 }] : [];
}

function memberRow(doc: PrintDocument, wording: Wording, member: CareTeamMember): Para[][] {
  const { scale } = doc;
  const role = [wording.say((w) => w.careTeam.roles[member.role]), member.specialty].filter((s) => s.trim()).join(' · ');
  const who: Para[] = [{ text: member.name, size: scale.body, bold: true }, { text: role, size: scale.small, ink: 'muted' }];
  if (member.organization) who.push({ text: member.organization, size: scale.small });
  const how = [
    ...reach(doc, wording, (w) => w.careTeam.phone, member.phone),
    ...reach(doc, wording, (w) => w.careTeam.fax, member.fax),
    ...reach(doc, wording, (w) => w.careTeam.email, member.email),
    ...reach(doc, wording, (w) => w.careTeam.address, member.address),
    ...reach(doc, wording, (w) => w.careTeam.portal, member.portalUrl),
  ];
  const flags: Pick[] = [];
  if (member.emergencyContact) flags.push((w) => w.careTeam.emergencyContact);
  if (member.coordinatesCare) flags.push((w) => w.careTeam.coordinatesCare);
  if (member.schedulesVisits) flags.push((w) => w.careTeam.schedulesVisits);
  if (member.managesMedicines) flags.push((w) => w.careTeam.managesMedicines);
  const what: Para[] = [];
  if (member.handles.trim()) what.push({ text: member.handles.trim(), size: scale.body });
  for (const flag of flags) {
    const english = wording.english(flag);
    what.push({ text: english ? `${wording.say(flag)} / ${english}` : wording.say(flag), size: scale.small, bold: true, spaceBefore: 2 });
  }
  return [who, how, what];
}

/** Who is who, how to reach them, what each one handles (PRODUCT.md "Printouts" 6). */
export function drawCareTeamDirectory(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  drawTitleBlock(doc, wording, (w) => w.titles.careTeamDirectory, record.person, todayIso(options.today));
  const team = sortCareTeam(record.items.careTeamMember, wording.locale);
  if (team.length === 0) {
    drawNote(doc, wording, (w) => w.careTeam.none);
    return;
  }
  const columns: TableColumn[] = [
    { header: tableHeader(doc, wording, (w) => w.careTeam.columns.who), share: 32 },
    { header: tableHeader(doc, wording, (w) => w.careTeam.columns.reach), share: 40 },
    { header: tableHeader(doc, wording, (w) => w.careTeam.columns.handles), share: 28 },
  ];
  drawTableSection(doc, wording, (w) => w.careTeam.heading, columns, team.map((m) => memberRow(doc, wording, m)), { zebra: true });
}
