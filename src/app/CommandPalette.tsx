import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientListRow } from '../../electron/shared/clients';
import { api, unwrap } from '../api/client';
import { Dialog } from '../components/Dialog';
import { type Section, sections, useAppStore } from './store';

interface Command {
  id: string;
  label: string;
  hint: string;
  run: () => void;
}

/** Accents and case aside, as the client search does: 'practica' finds 'Bloquear práctica'. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * Ctrl/Cmd+K: type a few letters to jump to any client, section or action. Clients come
 * from the same accent-insensitive search as the client list.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['app', 'common']);
  const { go, open, lock } = useAppStore.getState();
  const [text, setText] = useState('');
  const [clients, setClients] = useState<ClientListRow[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setClients([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      unwrap(api().clients.list({ search: query, status: 'all', limit: 8 }))
        .then((list) => {
          if (current) setClients(list.rows);
        })
        .catch(() => {
          if (current) setClients([]);
        });
    }, 60);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const needle = fold(text.trim());
  const actions: Command[] = [
    ...sections.map((section: Section) => ({
      id: `go-${section}`,
      label: t('palette.goTo', { section: t(`common:sections.${section}`) }),
      hint: t('palette.hint.section'),
      run: () => go(section),
    })),
    { id: 'lock', label: t('palette.lock'), hint: t('palette.hint.action'), run: () => void lock() },
  ].filter((c) => needle === '' || fold(c.label).includes(needle));
  const commands: Command[] = [
    ...clients.map((c) => ({
      id: `client-${c.id}`,
      label: c.fullName,
      hint: c.organisation || t('palette.hint.client'),
      run: () => open('clients', c.id),
    })),
    ...actions,
  ];
  const selected = Math.min(active, Math.max(commands.length - 1, 0));
  // The key handler reads the latest results through a ref: results arrive asynchronously.
  const latest = useRef({ commands, selected });
  latest.current = { commands, selected };

  function choose(command: Command | undefined) {
    if (!command) return;
    onClose();
    command.run();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(latest.current.commands.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = latest.current.commands[latest.current.selected];
      if (command || text.trim() === '') {
        choose(command);
        return;
      }
      // Enter before the search answered: ask now and go to the best match.
      unwrap(api().clients.list({ search: text.trim(), status: 'all', limit: 1 }))
        .then((list) => {
          const [first] = list.rows;
          if (first)
            choose({ id: first.id, label: first.fullName, hint: '', run: () => open('clients', first.id) });
        })
        .catch(() => {});
    }
  }

  return (
    <Dialog title={t('palette.title')} onClose={onClose} size="small">
      <div className="palette">
        <input
          data-autofocus
          className="palette-input"
          role="combobox"
          aria-label={t('palette.input')}
          aria-expanded={commands.length > 0}
          aria-controls={listId}
          aria-activedescendant={commands[selected] ? `${listId}-${commands[selected].id}` : undefined}
          placeholder={t('palette.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={t('palette.results')} className="palette-list">
          {commands.map((command, index) => (
            <div
              key={command.id}
              tabIndex={-1}
              id={`${listId}-${command.id}`}
              role="option"
              aria-selected={index === selected}
              className="palette-option"
              onMouseEnter={() => setActive(index)}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(command);
              }}
            >
              <span dir="auto">{command.label}</span>
              <span className="palette-hint">{command.hint}</span>
            </div>
          ))}
        </div>
      </div>
    </Dialog>
  );
}
