import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../electron/shared/engagements';
import { ActionIcon } from '../../components/ActionIcons';
import { GoalsPanel } from '../goals/GoalsPanel';
import {
  describeDates,
  describeFee,
  describeRhythm,
  engagementStatusLabels,
  focusLabels,
  kindLabels,
  sponsorKindLabels,
} from './labels';

/** One engagement on a client page: kind, focus, dates, terms and who takes part. */
export function EngagementCard({
  engagement,
  currentClientId,
  onEdit,
  onOpenClient,
}: {
  engagement: Engagement;
  currentClientId: string;
  onEdit: () => void;
  onOpenClient: (id: string) => void;
}) {
  const { t } = useTranslation(['engagements', 'common']);
  const titleId = useId();
  const others = engagement.participants.filter((p) => p.id !== currentClientId);
  const multi =
    engagement.participants.length > 1 || engagement.kind === 'group' || engagement.kind === 'team';
  return (
    <article className="engagement-card" aria-labelledby={titleId} data-status={engagement.status}>
      <header className="engagement-head">
        <div className="engagement-title">
          <h3 id={titleId} dir="auto">
            {engagement.title}
          </h3>
          <div className="engagement-badges">
            <span className="kind-badge">{kindLabels[engagement.kind]}</span>
            <span className="engagement-status" data-status={engagement.status}>
              {engagementStatusLabels[engagement.status]}
            </span>
          </div>
        </div>
        <button
          type="button"
          className="button ghost compact"
          onClick={onEdit}
          aria-label={t('card.edit', { title: engagement.title })}
        >
          <ActionIcon name="edit" size={16} />
          {t('common:actions.edit')}
        </button>
      </header>
      <p className="engagement-focus">
        <strong>{focusLabels[engagement.focus]}</strong>
        {engagement.focusDescription ? (
          <>
            {' — '}
            <span dir="auto">{engagement.focusDescription}</span>
          </>
        ) : null}
      </p>
      <dl className="engagement-facts">
        <div>
          <dt>{t('card.dates')}</dt>
          <dd>{describeDates(engagement)}</dd>
        </div>
        <div>
          <dt>{t('card.rhythm')}</dt>
          <dd>{describeRhythm(engagement)}</dd>
        </div>
        <div>
          <dt>{t('card.fee')}</dt>
          <dd>{describeFee(engagement)}</dd>
        </div>
        {engagement.sponsorName || engagement.sponsorKind ? (
          <div>
            <dt>{t('card.sponsor')}</dt>
            <dd>
              <span dir="auto">{engagement.sponsorName || sponsorKindLabels[engagement.sponsorKind]}</span>
              {engagement.sponsorName && engagement.sponsorKind ? (
                <span className="muted">
                  {' ('}
                  {sponsorKindLabels[engagement.sponsorKind].toLocaleLowerCase()}
                  {')'}
                </span>
              ) : null}
              {engagement.sponsorContact ? (
                <span className="muted" dir="auto">
                  {' · '}
                  {engagement.sponsorContact}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {multi ? (
          <div className="wide">
            <dt>{t('card.participants', { count: engagement.participants.length })}</dt>
            <dd>
              <ul className="participant-list">
                {engagement.participants
                  .filter((p) => p.id === currentClientId)
                  .map((p) => (
                    <li key={p.id} className="participant self" dir="auto">
                      {p.fullName}
                    </li>
                  ))}
                {others.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="participant"
                      dir="auto"
                      onClick={() => onOpenClient(p.id)}
                      aria-label={t('card.openClient', { name: p.fullName })}
                    >
                      {p.fullName}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <GoalsPanel engagementId={engagement.id} />
    </article>
  );
}
