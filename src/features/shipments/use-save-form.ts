import { useState, type FormEvent } from 'react';
import type { FieldErrors } from '../../domain/shipment-edit';
import { clearDraft, useDraft } from './drafts';
import { saveProblems } from './field-problems';

export interface SaveForm<D extends object> {
  draft: D;
  setField: <K extends keyof D>(field: K, value: D[K]) => void;
  /** Client-side checks first, then the server's 422 `loc`s, next to their fields. */
  errors: FieldErrors<D>;
  /** A failure that belongs to no field (network, 403, 500…). */
  general: string | undefined;
  saving: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Back to what the server holds, forgetting the stored draft. */
  discard: () => void;
}

/**
 * A form whose input is a draft kept across failures and re-logins (see drafts.ts): validated
 * before sending; on failure the typed text stays and the problems are shown; on success the
 * draft is forgotten.
 */
export function useSaveForm<D extends object, R = unknown>(options: {
  storageKey: string;
  initial: D;
  validate: (draft: D) => FieldErrors<D>;
  wireFields: Readonly<Record<string, keyof D & string>>;
  save: (draft: D) => Promise<R>;
  onSaved?: (result: R) => void;
}): SaveForm<D> {
  const { storageKey, initial, validate, wireFields, save, onSaved } = options;
  const [draft, setDraft, discardDraft] = useDraft(storageKey, initial);
  const [errors, setErrors] = useState<FieldErrors<D>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const setField = <K extends keyof D>(field: K, value: D[K]) => {
    setDraft({ ...draft, [field]: value });
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = validate(draft);
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    save(draft)
      .then((result) => {
        clearDraft(storageKey);
        setSaving(false);
        onSaved?.(result);
      })
      .catch((error: unknown) => {
        const problems = saveProblems(error, wireFields);
        setErrors(problems.fields as FieldErrors<D>);
        setGeneral(problems.general);
        setSaving(false);
      });
  };

  const discard = () => {
    discardDraft();
    setErrors({});
    setGeneral(undefined);
  };

  return { draft, setField, errors, general, saving, onSubmit, discard };
}
