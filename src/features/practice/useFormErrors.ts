import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';

/** Field errors from the main process land beside their field; the rest above the form. */
export function useFormErrors() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    fieldErrors,
    formError,
    clear() {
      setFieldErrors({});
      setFormError(null);
    },
    setField(field: string, message: string) {
      setFieldErrors((current) => ({ ...current, [field]: message }));
    },
    fromError(error: unknown) {
      if (error instanceof ApiError && error.field) setFieldErrors({ [error.field]: error.message });
      else setFormError(errorMessage(error));
    },
  };
}
