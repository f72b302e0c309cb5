import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Engagement } from '../../../electron/shared/engagements';
import { foldForSearch } from '../../../electron/shared/search-text';
import { ActionIcon } from '../../components/ActionIcons';
import { Avatar } from '../clients/bits';
import { engagementStatusLabels, kindLabels } from '../engagements/labels';
import { GroupAvatar } from './bits';

const STATUS_ORDER: Record<Engagement['status'], number> = {
  active: 0,
  planned: 1,
  paused: 2,
  completed: 3,
  cancelled: 4,
};

export function engagementNames(e: Engagement): string {
  return e.participants.map((p) => p.fullName).join(', ');
}

export function engagementLabel(e: Engagement): string {
  if (e.participants.length > 1) {
    const names = e.participants.map((p) => p.fullName);
    const shown = names.slice(0, 2).join(', ');
    return `${e.title} — ${names.length > 2 ? `${shown} +${names.length - 2}` : shown}`;
  }
  return `${engagementNames(e)} — ${e.title}`;
}

/** Current engagements first, then by the clients' names. */
export function sortEngagements(list: readonly Engagement[]): Engagement[] {
  return [...list].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      engagementNames(a).localeCompare(engagementNames(b)) ||
      a.title.localeCompare(b.title),
  );
}

function matches(e: Engagement, terms: string[]): boolean {
  const haystack = foldForSearch(`${engagementNames(e)} ${e.title} ${kindLabels[e.kind]}`);
  return terms.every((t) => haystack.includes(t));
}

/**
 * A searchable engagement chooser (an ARIA combobox): type a few letters of the client
 * or the engagement, arrows to move, Enter to choose. With the list closed, Enter
 * belongs to the form (so "zo", Enter, Enter logs the session).
 */
export function EngagementPicker({
  engagements,
  value,
  onChange,
  error,
  label: givenLabel,
}: {
  engagements: readonly Engagement[];
  value: string | null;
  onChange: (id: string) => void;
  error?: string;
  label?: string;
}) {
  const { t } = useTranslation('sessions');
  const label = givenLabel ?? t('picker.label');
  const id = useId();
  const listId = `${id}-options`;
  const sorted = useMemo(() => sortEngagements(engagements), [engagements]);
  const chosen = sorted.find((e) => e.id === value) ?? null;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  // A choice made for the coach (the last engagement) arrives after focus: keep it selected,
  // so typing replaces it. The coach's own choice is left as it is, and so is a search the coach
  // began typing before it arrived (selecting it would let the next key replace the letters).
  const chosenByCoach = useRef(false);
  const typed = useRef(false);
  typed.current = text !== null && text !== '';
  useEffect(() => {
    const input = inputRef.current;
    if (chosenByCoach.current) {
      chosenByCoach.current = false;
      return;
    }
    if (value && input && document.activeElement === input && !typed.current) input.select();
  }, [value]);

  const query = text ?? '';
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  const options = (terms.length === 0 ? sorted : sorted.filter((e) => matches(e, terms))).slice(0, 50);
  const expanded = open;
  const shown = text ?? (chosen ? engagementLabel(chosen) : '');

  function choose(e: Engagement) {
    chosenByCoach.current = e.id !== value;
    onChange(e.id);
    setText(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(
          Math.max(
            0,
            options.findIndex((o) => o.id === value),
          ),
        );
      } else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      if (open && options[active]) {
        event.preventDefault();
        choose(options[active]);
      } else if (open) {
        event.preventDefault();
      }
    } else if (event.key === 'Escape' && (open || text !== null)) {
      // Close the suggestions (and undo the typing), not the dialog.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setText(null);
    } else if (event.key === 'Tab' && open && text !== null && options[active]) {
      choose(options[active]);
    }
  }

  const describedBy = error ? `${id}-error` : undefined;
  const activeOption = expanded ? options[active] : undefined;

  return (
    <div className="field ses-picker">
      <label htmlFor={id}>{label}</label>
      <div className="ses-picker-box" data-invalid={error ? true : undefined}>
        {chosen && text === null ? <EngagementAvatar engagement={chosen} /> : <ActionIcon name="search" />}
        <input
          ref={inputRef}
          id={id}
          role="combobox"
          dir="auto"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('picker.placeholder')}
          value={shown}
          data-autofocus
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => {
            setOpen(false);
            setText(null);
          }}
          onKeyDown={onKeyDown}
        />
        {chosen && text === null ? <span className="ses-picker-kind">{kindLabels[chosen.kind]}</span> : null}
      </div>
      <div className="ses-popover" hidden={!expanded}>
        <div id={listId} role="listbox" aria-label={t('picker.matches', { label })}>
          {options.map((e, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
            <div
              key={e.id}
              id={`${listId}-${e.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="ses-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(e)}
            >
              <EngagementAvatar engagement={e} />
              <span className="ses-option-text">
                <span dir="auto" className="ses-option-name">
                  {engagementNames(e)}
                </span>
                <span className="muted" dir="auto">
                  {e.title} · {kindLabels[e.kind]}
                  {e.status !== 'active' ? ` · ${engagementStatusLabels[e.status]}` : ''}
                </span>
              </span>
            </div>
          ))}
        </div>
        {options.length === 0 ? (
          <p className="ses-popover-empty">
            <Trans
              t={t}
              i18nKey="picker.none"
              values={{ query: query.trim() }}
              components={{ bdi: <bdi /> }}
            />
          </p>
        ) : null}
      </div>
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

function EngagementAvatar({ engagement }: { engagement: Engagement }) {
  const first = engagement.participants[0];
  if (engagement.participants.length > 1 || !first) return <GroupAvatar />;
  return <Avatar id={first.id} name={first.fullName} />;
}
