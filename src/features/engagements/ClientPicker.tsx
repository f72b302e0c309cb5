import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientListRow } from '../../../electron/shared/clients';
import type { Participant } from '../../../electron/shared/engagements';
import { foldForSearch } from '../../../electron/shared/search-text';
import { api, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Avatar } from '../clients/bits';

/**
 * Choose several clients: a search box (combobox) that lists matches from clients.list,
 * and the chosen ones as removable chips.
 */
export function ClientPicker({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: readonly Participant[];
  onChange: (participants: Participant[]) => void;
  error?: string;
  hint?: string;
}) {
  const { t } = useTranslation('engagements');
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<ClientListRow[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const request = useRef(0);
  const chosen = new Set(value.map((p) => p.id));
  // Results can lag the text by one debounce: keep only those that still match it, so
  // Enter never picks a client from an older, broader search.
  const terms = foldForSearch(text).split(/\s+/).filter(Boolean);
  const options = results.filter((r) => {
    if (chosen.has(r.id)) return false;
    const haystack = foldForSearch(
      [r.fullName, r.preferredName, r.email, r.organisation, ...r.tags].join(' '),
    );
    return terms.every((t) => haystack.includes(t));
  });

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(() => {
      unwrap(api().clients.list({ search: text, status: 'current', limit: 12 }))
        .then((list) => {
          if (ticket === request.current) {
            setResults(list.rows);
            setActive(0);
          }
        })
        .catch(() => {
          if (ticket === request.current) setResults([]);
        });
    }, 80);
    return () => clearTimeout(timer);
  }, [text, open]);

  function add(row: ClientListRow) {
    onChange([...value, { id: row.id, fullName: row.fullName }]);
    setText('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      if (open && options[active]) {
        event.preventDefault();
        add(options[active]);
      }
    } else if (event.key === 'Escape' && open) {
      // Close the suggestions, not the dialog.
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const listId = `${id}-options`;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const expanded = open && (options.length > 0 || text.trim() !== '');

  return (
    <div className="field client-picker">
      <label htmlFor={id}>{label}</label>
      {value.length > 0 ? (
        <ul className="picker-chosen" aria-label={t('picker.chosen', { label })}>
          {value.map((p) => (
            <li key={p.id} className="picker-chip">
              <Avatar id={p.id} name={p.fullName} />
              <span dir="auto">{p.fullName}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('picker.remove', { name: p.fullName })}
                onClick={() => onChange(value.filter((v) => v.id !== p.id))}
              >
                <ActionIcon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-anchor">
        <div className="picker-box">
          <ActionIcon name="search" />
          <input
            id={id}
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={
              expanded && options[active] ? `${listId}-${options[active].id}` : undefined
            }
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            autoComplete="off"
            placeholder={t('picker.placeholder')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="picker-popover" hidden={!expanded}>
          <div id={listId} role="listbox" aria-label={t('picker.matches', { label })}>
            {options.map((row, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
              <div
                key={row.id}
                tabIndex={-1}
                id={`${listId}-${row.id}`}
                role="option"
                aria-selected={index === active}
                className="picker-option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(row)}
                onMouseEnter={() => setActive(index)}
              >
                <Avatar id={row.id} name={row.fullName} />
                <span className="picker-option-text">
                  <span dir="auto">{row.fullName}</span>
                  <span className="muted" dir="auto">
                    {[row.organisation, row.email].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </div>
            ))}
          </div>
          {options.length === 0 && text.trim() ? <p className="picker-empty">{t('picker.empty')}</p> : null}
        </div>
      </div>
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
  );
}
