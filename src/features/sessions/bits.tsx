import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../electron/shared/sessions';
import { ActionIcon } from '../../components/ActionIcons';
import { Avatar } from '../clients/bits';
import {
  attendanceLabels,
  type NoteStatus,
  noteStatusLabels,
  type SnippetPart,
  snippetParts,
} from './format';

export function AttendanceBadge({ attendance }: { attendance: Attendance }) {
  return (
    <span className="ses-badge" data-attendance={attendance}>
      {attendanceLabels[attendance]}
    </span>
  );
}

export function DraftBadge() {
  const { t } = useTranslation('sessions');
  return (
    <span className="ses-badge ses-badge-draft" title={t('draft.hint')}>
      {t('draft.badge')}
    </span>
  );
}

export function NoteStatusLabel({ status }: { status: NoteStatus }) {
  return (
    <span className="ses-note-status" data-status={status}>
      {status === 'finalised' ? <ActionIcon name="shield" size={15} /> : null}
      {status === 'draft' ? <ActionIcon name="note" size={15} /> : null}
      {noteStatusLabels[status]}
    </span>
  );
}

/** A search snippet: plain text, the matched words inside <mark>. Never HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  // Sections are joined by line breaks in the index: show them as separators, never at the ends.
  const flat = snippet
    .replace(/\s*\n[\s\n]*/g, ' · ')
    .replace(/^(\s*·\s*)+/, '')
    .replace(/(\s*·\s*)+$/, '');
  const parts: SnippetPart[] = snippetParts(flat);
  return (
    <p className="ses-snippet" dir="auto">
      {parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** A keyboard hint like "N", hidden from assistive tech (aria-keyshortcuts says it). */
export function Kbd({ children }: { children: string }) {
  return (
    <span className="ses-kbd" aria-hidden="true">
      {children}
    </span>
  );
}

const paths = {
  target: (
    <>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="4.2" />
      <circle cx="12" cy="12" r="0.6" />
    </>
  ),
  check: (
    <>
      <rect x="4" y="4" width="16" height="16" rx="3.5" />
      <path d="m8.5 12 2.5 2.5 4.5-5" />
    </>
  ),
  addendum: (
    <>
      <path d="M6 3.5h8l4 4V20a.5.5 0 0 1-.5.5h-11A.5.5 0 0 1 6 20z" />
      <path d="M12 10.5v6M9 13.5h6" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="2.5" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </>
  ),
  lock: (
    <>
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" />
    </>
  ),
  mentor: (
    <>
      <circle cx="8" cy="8" r="3" />
      <path d="M3 19c.5-3 2.5-4.7 5-4.7s4.5 1.7 5 4.7" />
      <path d="M14.5 6.5h6M14.5 10h6M16.5 13.5h4" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type SessionIconName = keyof typeof paths;

/** Small stroke icons for sessions, drawn inline in the same style as ActionIcons. */
export function SessionIcon({ name, size = 18 }: { name: SessionIconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}

/** The avatar of a group or team: a people mark instead of initials. */
export function GroupAvatar({ large = false }: { large?: boolean }) {
  return (
    <span className={`avatar ses-group-avatar${large ? ' avatar-large' : ''}`} aria-hidden="true">
      <ActionIcon name="users" size={large ? 26 : 17} />
    </span>
  );
}

/** A session's avatar: the client's initials, or the people mark for a group. */
export function SessionAvatar({
  session,
  size,
}: {
  session: { clientNames: string[]; engagementId: string };
  size?: 'medium' | 'large';
}) {
  if (session.clientNames.length > 1) return <GroupAvatar large={size === 'large'} />;
  return <Avatar id={session.engagementId} name={session.clientNames[0] ?? '?'} size={size} />;
}
