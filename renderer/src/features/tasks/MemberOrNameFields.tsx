import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { CareTeamMember } from '../../../../shared/model/care-team';
import { SelectField, TextField } from '../../record/fields/FormFields';

interface Props<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The field holding a care-team member's id ('' = someone else). */
  idField: Path<T>;
  /** The field holding a typed name, used when no member is chosen. */
  nameField: Path<T>;
  members: readonly Pick<CareTeamMember, 'id' | 'name'>[];
  /** "Who is the visit with?": the select's label, or the name field's when there is no care team yet. */
  label: string;
  /** The option for someone outside the care team. */
  otherLabel: string;
  /** The name field's label beside the select ("Their name"). */
  nameLabel: string;
  nameHelp?: string;
}

/**
 * Someone from the person's care team, or a name typed in (a family member, "me", a lab
 * not in the care team). With no care team yet, only the name is asked.
 */
export function MemberOrNameFields<T extends FieldValues>({ form, idField, nameField, members, label, otherLabel, nameLabel, nameHelp }: Props<T>): ReactNode {
  const { t } = useTranslation('record');
  const chosen = String(form.watch(idField) ?? '');
  const known = members.some((member) => member.id === chosen);
  if (members.length === 0 && !chosen) return <TextField form={form} name={nameField} label={label} help={nameHelp} />;
  return (
    <>
      <SelectField
        form={form}
        name={idField}
        label={label}
        options={[
          { value: '', label: otherLabel },
          ...members.map((member) => ({ value: member.id, label: member.name })),
          // A member removed since keeps showing as chosen rather than silently switching.
          ...(chosen && !known ? [{ value: chosen, label: t('notGiven') }] : []),
        ]}
      />
      {chosen ? null : <TextField form={form} name={nameField} label={nameLabel} help={nameHelp} />}
    </>
  );
}
