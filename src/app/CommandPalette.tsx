import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ClientListRow } from '../../electron/shared/clients';
import { api, unwrap } from '../api/client';
import { Dialog } from '../components/Dialog';
import { type Section, useAppStore } from './store';

interface Command {
  id: string;
  label: string;
  hint: string;
  run: () => void;
}

const SECTION_LABELS: Record<Section, string> = {
  clients: 'Clients',
  sessions: 'Sessions',
  hours: 'Hours',
  agreements: 'Agreements',
  settings: 'Settings',
};

/**
 * Ctrl/Cmd+K: type a few letters to jump to any client, section or action. Clients come
 * from the same accent-insensitive search as the client list.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
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

  const needle = text.trim().toLocaleLowerCase();
  const actions: Command[] = [
    ...(Object.keys(SECTION_LABELS) as Section[]).map((section) => ({
      id: `go-${section}`,
      label: `Go to ${SECTION_LABELS[section]}`,
      hint: 'Section',
      run: () => go(section),
    })),
    { id: 'lock', label: 'Lock practice', hint: 'Action', run: () => void lock() },
  ].filter((c) => needle === '' || c.label.toLocaleLowerCase().includes(needle));
  const commands: Command[] = [
    ...clients.map((c) => ({
      id: `client-${c.id}`,
      label: c.fullName,
      hint: c.organisation || 'Client',
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
    <Dialog title="Go to…" onClose={onClose} size="small">
      <div className="palette">
        <input
          data-autofocus
          className="palette-input"
          role="combobox"
          aria-label="Go to a client, section or action"
          aria-expanded={commands.length > 0}
          aria-controls={listId}
          aria-activedescendant={commands[selected] ? `${listId}-${commands[selected].id}` : undefined}
          placeholder="Type a client's name, or a section…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label="Results" className="palette-list">
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
