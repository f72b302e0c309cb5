import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../electron/shared/clients';
import { hueOf, initials } from './format';

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation('clients');
  return (
    <span className="status-badge" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

/** Initials on a soft colour; decorative (the name is always written beside it). */
export function Avatar({
  id,
  name,
  size = 'medium',
}: {
  id: string;
  name: string;
  size?: 'medium' | 'large';
}) {
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ '--hue': hueOf(id) } as CSSProperties}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}

export function TagChips({ tags, max }: { tags: readonly string[]; max?: number }) {
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <span className="tag-chips">
      {shown.map((tag) => (
        <span key={tag} className="tag-chip" dir="auto">
          {tag}
        </span>
      ))}
      {hidden > 0 ? <span className="tag-chip more">+{hidden}</span> : null}
    </span>
  );
}

/** A keyboard hint like "/" or "N", hidden from assistive tech (aria-keyshortcuts says it). */
export function Kbd({ children }: { children: string }) {
  return (
    <span className="kbd" aria-hidden="true">
      {children}
    </span>
  );
}
