import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientListRow } from '../../../electron/shared/clients';
import { api, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Avatar } from '../clients/bits';

/**
 * "Only this client's sessions": a small search picker over clients.list. While a
 * client is chosen it shows as a chip with a clear button. Other screens that pick a
 * client give it their own `label` and `placeholder`.
 */
export function ClientFilter({
  value,
  onChange,
  label,
  placeholder,
}: {
  value: { id: string; name: string } | null;
  onChange: (client: { id: string; name: string } | null) => void;
  label?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const listId = `${id}-options`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<ClientListRow[]>([]);
  const [active, setActive] = useState(0);
  const ticket = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      unwrap(api().clients.list({ search: text, status: 'all', limit: 12 }))
        .then((list) => {
          if (mine !== ticket.current) return;
          setResults(list.rows);
          setActive(0);
        })
        .catch(() => {
          if (mine === ticket.current) setResults([]);
        });
    }, 120);
    return () => clearTimeout(timer);
  }, [text, open]);

  function choose(row: ClientListRow) {
    onChange({ id: row.id, name: row.fullName });
    setText('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  if (value) {
    return (
      <div className="ses-client-chip">
        <Avatar id={value.id} name={value.name} />
        <span className="ses-sr-only">{t('clientFilter.showing')}</span>
        <span dir="auto" className="ses-client-chip-name">
          {value.name}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('clientFilter.clear', { name: value.name })}
          onClick={() => {
            onChange(null);
            requestAnimationFrame(() => inputRef.current?.focus());
          }}
        >
          <ActionIcon name="close" size={14} />
        </button>
      </div>
    );
  }

  const activeRow = open ? results[active] : undefined;
  return (
    <div className="ses-client-filter">
      <label htmlFor={id} className="ses-sr-only">
        {label ?? t('clientFilter.label')}
      </label>
      <div className="ses-filter-box">
        <ActionIcon name="users" size={16} />
        <input
          ref={inputRef}
          id={id}
          role="combobox"
          dir="auto"
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeRow ? `${listId}-${activeRow.id}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder ?? t('clientFilter.placeholder')}
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
      <div className="ses-popover" hidden={!open || (results.length === 0 && text.trim() === '')}>
        <div id={listId} role="listbox" aria-label={t('clientFilter.options')}>
          {results.map((row, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
            <div
              key={row.id}
              id={`${listId}-${row.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="ses-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(row)}
            >
              <Avatar id={row.id} name={row.fullName} />
              <span className="ses-option-text">
                <span dir="auto" className="ses-option-name">
                  {row.fullName}
                </span>
                {row.organisation ? (
                  <span className="muted" dir="auto">
                    {row.organisation}
                  </span>
                ) : null}
              </span>
            </div>
          ))}
        </div>
        {results.length === 0 && text.trim() ? (
          <p className="ses-popover-empty">{t('clientFilter.none')}</p>
        ) : null}
      </div>
    </div>
  );
}
