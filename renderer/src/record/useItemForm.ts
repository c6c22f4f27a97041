import { useState } from 'react';
import { useForm, type DefaultValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CareKind } from '../../../shared/model/care-item';
import { blankInput, CARE_SCHEMAS, type ItemOf } from '../../../shared/model/care-record';
import { buildItem, getItem, saveItems } from '../../../shared/record/item-store';
import { useNavigation } from '../app/navigation';
import type { AreaKey } from '../app/routes';
import { useSession } from '../vault/useSession';
import { errorMessage } from '../vault/error-message';
import { useScope } from './useScope';

type FormValues<K extends CareKind> = z.input<(typeof CARE_SCHEMAS)[K]['input']> & { forPersonId: string };

export interface ItemForm<K extends CareKind> {
  form: UseFormReturn<FormValues<K>, unknown, FormValues<K>>;
  existing: ItemOf<K> | undefined;
  /** Submit handler: validates, saves (with any extra items built from the saved one), returns to the list. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  failure: string | null;
  /** True when the form must ask whose record this is (the screen shows everyone). */
  needsPerson: boolean;
}

interface Options<K extends CareKind> {
  kind: K;
  area: AreaKey;
  itemId?: string | undefined;
  /** Starting values for a new item (the schema's defaults fill the rest). */
  defaults?: Partial<FormValues<K>>;
  /** Items to write in the same transaction as the saved one (e.g. follow-up tasks, history). */
  alsoSave?: (saved: ItemOf<K>, previous: ItemOf<K> | undefined) => { id: string }[];
  /** Adjusts the item before it is written (e.g. to record history). */
  beforeSave?: (item: ItemOf<K>, previous: ItemOf<K> | undefined) => ItemOf<K>;
  /** Where to go afterwards; the area's list by default. */
  after?: (saved: ItemOf<K>) => void;
}

/**
 * react-hook-form bound to the area's zod input schema (the single source of truth), plus
 * saving through the vault. Validation messages are translation keys the fields translate.
 */
export function useItemForm<K extends CareKind>({ kind, area, itemId, defaults, alsoSave, beforeSave, after }: Options<K>): ItemForm<K> {
  const { t } = useTranslation();
  const session = useSession();
  const { go } = useNavigation();
  const { personId, people } = useScope();
  const existing = itemId ? getItem(session, kind, itemId) : undefined;
  const [failure, setFailure] = useState<string | null>(null);
  const schema = CARE_SCHEMAS[kind].input;
  const start = existing ?? { ...blankInput(kind), ...defaults };
  const forPersonId = existing?.personId ?? personId ?? (people.length === 1 ? people[0]!.id : '');
  const form = useForm<FormValues<K>, unknown, FormValues<K>>({
    // The person is chosen beside the fields; the item's own schema checks the rest.
    resolver: zodResolver(withPerson(schema) as never) as unknown as Resolver<FormValues<K>, unknown, FormValues<K>>,
    defaultValues: { ...start, forPersonId } as DefaultValues<FormValues<K>>,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { forPersonId: chosen, ...fields } = values as FormValues<K>;
    try {
      let item = buildItem(session, kind, chosen, fields as never, existing?.id);
      if (beforeSave) item = beforeSave(item, existing);
      await saveItems(session, [item, ...(alsoSave?.(item, existing) ?? [])]);
      if (after) after(item);
      else go({ name: 'area', area, personId });
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  });
  return { form, existing, onSubmit, failure, needsPerson: personId === null && !existing };
}

/** The area's schema, plus the "whose record" choice that is not part of the item. */
function withPerson(schema: z.ZodType): z.ZodType {
  return z.intersection(schema, z.object({ forPersonId: z.string().min(1, { message: 'record.personRequired' }) }));
}
