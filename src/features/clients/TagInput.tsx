import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tag as tagSchema } from '../../../electron/shared/fields';
import { ActionIcon } from '../../components/ActionIcons';
import { messageText } from '../../i18n';

/** Tags as removable chips; type and press Enter or comma to add, Backspace on empty removes the last. */
export function TagInput({
  label,
  value,
  onChange,
  suggestions,
  error,
  hint,
}: {
  label: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  error?: string;
  hint?: string;
}) {
  const { t } = useTranslation('clients');
  const id = useId();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const shownError = localError ?? error;

  function commit(raw: string): boolean {
    const parts = raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) return true;
    const next = [...value];
    for (const part of parts) {
      const parsed = tagSchema.safeParse(part);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message;
        setLocalError(message ? messageText(message) : t('tagInput.invalid'));
        return false;
      }
      if (!next.some((t) => t.toLocaleLowerCase() === parsed.data.toLocaleLowerCase()))
        next.push(parsed.data);
    }
    setLocalError(null);
    onChange(next);
    setText('');
    return true;
  }

  const describedBy =
    [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field tag-field">
      <label htmlFor={id}>{label}</label>
      <div className="tag-input" data-invalid={shownError ? true : undefined}>
        {value.length > 0 ? (
          <ul className="tag-input-chips" aria-label={t('tagInput.chosen', { label })}>
            {value.map((tag) => (
              <li key={tag} className="tag-chip editable">
                <span dir="auto">{tag}</span>
                <button
                  type="button"
                  aria-label={t('tagInput.remove', { tag })}
                  onClick={() => onChange(value.filter((t) => t !== tag))}
                >
                  <ActionIcon name="close" size={12} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          list={`${id}-suggestions`}
          value={text}
          placeholder={value.length > 0 ? t('tagInput.placeholderMore') : t('tagInput.placeholder')}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          onChange={(event) => {
            const next = event.target.value;
            setLocalError(null);
            if (next.includes(',')) {
              const cut = next.lastIndexOf(',');
              if (commit(next.slice(0, cut))) setText(next.slice(cut + 1).trimStart());
              else setText(next);
            } else {
              setText(next);
            }
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && text.trim()) {
              event.preventDefault();
              commit(text);
            } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
              event.preventDefault();
              onChange(value.slice(0, -1));
            }
          }}
          onBlur={() => {
            if (text.trim()) commit(text);
          }}
        />
      </div>
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((s) => !value.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      {shownError ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {shownError}
        </div>
      ) : null}
    </div>
  );
}
