import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { medicinePurpose, medicineGlossary } from '../../../shared/record/medication/purpose-glossary';

interface Props {
  /** The medicine's name as written ("Lisinopril", "Metformin 500 MG Oral Tablet"). */
  name: string;
  /** The brand, when the name alone is not known ("Glucophage"). */
  brandName?: string | undefined;
  /** What the person typed it is for; when there is one, this shows nothing. */
  purpose?: string | undefined;
  /** RxNorm codes from an imported document, tried before the name. */
  rxnorm?: readonly string[] | undefined;
}

/**
 * "What it is usually for: For blood pressure" — a hint from the medicines glossary, only
 * when nobody typed what this medicine is for. Worded as "usually" because a doctor may
 * give a medicine for another reason. Shows nothing for a medicine the glossary does not know.
 */
export function EverydayPurpose({ name, brandName, purpose, rxnorm }: Props): ReactNode {
  const { i18n } = useTranslation();
  if (purpose?.trim()) return null;
  const found = medicinePurpose(`${name} ${brandName ?? ''}`, i18n.language, rxnorm);
  if (!found) return null;
  return (
    <p className="muted everyday-purpose">
      {medicineGlossary.usuallyForLabel(i18n.language)}: {found.purpose}
    </p>
  );
}
