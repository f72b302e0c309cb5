import { useRef, useState } from 'react';
import type { core } from 'zod';
import { ApiError, errorMessage } from '../../api/client';
import { useFocusFirstInvalid } from '../../components/focus';
import { messageText } from '../../i18n';

/**
 * The Hours forms check their input with the shared schemas (electron/shared) before sending it.
 * The schemas' messages are references (electron/shared/messages.ts): this shows the first problem
 * of each field in the coach's language, keyed by field name ('_form' for the form as a whole).
 * Problems the form found itself (in `found`) come first.
 */
export function issuesByField(
  issues: readonly core.$ZodIssue[],
  found: Record<string, string> = {},
): Record<string, string> {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in found)) found[key] = messageText(issue.message);
  }
  return found;
}

type Parsed<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly core.$ZodIssue[] } };

/**
 * The Hours entry dialogs' submit flow: the form's own findings and the schema's problems shown
 * beside their fields (focus on the first), else `save`; a refusal naming one of `fields` goes
 * beside that field, anything else above the form.
 */
export function useEntryForm(fields: readonly string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  async function submit<T>(
    found: Record<string, string>,
    parsed: Parsed<T>,
    save: (data: T) => Promise<void>,
  ) {
    setFormError(null);
    if (!parsed.success) issuesByField(parsed.error.issues, found);
    if (Object.keys(found).length > 0 || !parsed.success) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await save(parsed.data);
    } catch (error) {
      const key = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      if (error instanceof ApiError && key && fields.includes(key)) {
        setErrors({ [key]: error.message });
        focusFirstInvalid();
      } else setFormError(errorMessage(error));
      setSaving(false);
    }
  }

  return { formRef, errors, formError, saving, submit };
}
