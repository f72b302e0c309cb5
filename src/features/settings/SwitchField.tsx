import { type ReactNode, useId } from 'react';

/**
 * An on/off setting that takes effect at once: a button with role="switch", named by its
 * label (clicking the label toggles it too), with its hint and any error tied to it.
 */
export function SwitchField({
  label,
  hint,
  error,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="settings-row">
      <div className="settings-row-text">
        <label htmlFor={id} className="settings-row-label">
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="field-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <div id={`${id}-error`} className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      <button
        id={id}
        type="button"
        role="switch"
        className="settings-switch"
        aria-checked={checked}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="settings-switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
