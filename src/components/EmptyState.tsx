import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icons';

export function EmptyState({
  title,
  icon,
  children,
  action,
}: {
  title: string;
  icon: IconName;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state-mark" aria-hidden="true">
        <Icon name={icon} />
      </div>
      <h2>{title}</h2>
      <div className="empty-state-body">{children}</div>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  );
}
