import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CredentialProgress,
  Exclusion,
  MentorProgress,
  Requirement,
} from '../../../electron/shared/hours';
import {
  exclusionText,
  missingPhrases,
  prerequisiteText,
  requirementFigure,
  requirementLabel,
  requirementValueText,
  ruleName,
} from './format';

/** Progress toward each target credential, requirement by requirement, as the rules count it. */

export function CheckMark() {
  return (
    <svg
      className="hours-check"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="8" />
      <path d="m4.6 8.3 2.3 2.3 4.5-4.7" />
    </svg>
  );
}

function RequirementBar({ requirement: r }: { requirement: Requirement }) {
  const { t } = useTranslation('hours');
  const labelId = useId();
  const share = r.required > 0 ? Math.min(1, r.achieved / r.required) : 1;
  const figure = requirementFigure(r);
  return (
    <li className="hours-req" data-met={r.met || undefined}>
      <div className="hours-req-head">
        <span id={labelId} className="hours-req-label">
          {requirementLabel(r)}
        </span>
        <span className="hours-req-figure">
          {r.met ? <CheckMark /> : null}
          <span>{figure}</span>
          {r.met ? <span className="hours-sr">{t('progress.metSuffix')}</span> : null}
        </span>
      </div>
      <div
        className="hours-bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={r.required}
        aria-valuenow={Math.min(r.achieved, r.required)}
        aria-valuetext={requirementValueText(r)}
      >
        <span className="hours-bar-fill" style={{ width: `${(share * 100).toFixed(2)}%` }} />
      </div>
    </li>
  );
}

export function Requirements({ requirements, label }: { requirements: Requirement[]; label: string }) {
  return (
    <ul className="hours-reqs" aria-label={label}>
      {requirements.map((r) => (
        <RequirementBar key={r.key} requirement={r} />
      ))}
    </ul>
  );
}

/** What is still needed, worded here from the requirements (main's English `missing` is not shown). */
function Missing({
  requirements,
  met,
  metText,
}: {
  requirements: Requirement[];
  met: boolean;
  metText: string;
}) {
  const { t } = useTranslation('hours');
  const missing = missingPhrases(requirements);
  if (met || missing.length === 0) {
    return (
      <p className="hours-all-met">
        <CheckMark /> {metText}
      </p>
    );
  }
  return (
    <div className="hours-missing">
      <span className="hours-missing-title">{t('progress.stillNeeded')}</span>
      <ul aria-label={t('progress.stillNeeded')}>
        {missing.map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </div>
  );
}

function Exclusions({ exclusions }: { exclusions: Exclusion[] }) {
  const { t } = useTranslation('hours');
  const headingId = useId();
  if (exclusions.length === 0) return null;
  // Peer coaching beyond the hours received still counts, as pro bono: say so in the heading.
  const reclassified = exclusions.some((e) => e.reason === 'peer-over-received');
  return (
    <div className="hours-exclusions">
      <h3 id={headingId}>{reclassified ? t('progress.notCountedOrDifferent') : t('progress.notCounted')}</h3>
      <ul aria-labelledby={headingId}>
        {exclusions.map((e) => (
          <li key={e.reason} data-reason={e.reason}>
            {exclusionText(e)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "… (published requirements as of 2025-2026) …" → "2025-2026": the rules' date, from their source text. */
function rulesAsOf(source: string): string | null {
  return /as of ([0-9][0-9–-]*[0-9])/.exec(source)?.[1] ?? null;
}

/** The rule file's citation, in the coach's language when the file has it (the date read from the English). */
export function RuleSource({
  progress,
}: {
  progress: Pick<CredentialProgress, 'source' | 'sourceTranslations'>;
}) {
  const { t, i18n } = useTranslation('hours');
  const asOf = rulesAsOf(progress.source);
  const source =
    progress.sourceTranslations[i18n.language as keyof typeof progress.sourceTranslations] ?? progress.source;
  return (
    <p className="hours-source">
      {asOf ? t('progress.rulesAsOf', { date: asOf, source }) : t('progress.source', { source })}
    </p>
  );
}

export function CredentialCard({ progress }: { progress: CredentialProgress }) {
  const { t } = useTranslation('hours');
  const titleId = useId();
  const name = ruleName({ id: progress.ruleId, name: progress.name });
  const prerequisite = prerequisiteText(progress);
  return (
    <section
      className="hours-card hours-progress"
      aria-labelledby={titleId}
      data-met={progress.met || undefined}
    >
      <header className="hours-card-header">
        <div>
          <div className="hours-kicker">{progress.body}</div>
          <h2 id={titleId}>{name}</h2>
        </div>
        <span className={`hours-status${progress.met ? ' met' : ''}`}>
          {progress.met ? t('progress.met') : t('progress.inProgress')}
        </span>
      </header>
      <Missing requirements={progress.requirements} met={progress.met} metText={t('progress.allMet')} />
      <Requirements requirements={progress.requirements} label={t('progress.requirements', { name })} />
      <Exclusions exclusions={progress.exclusions} />
      {prerequisite ? (
        <p className="hours-prereq">
          <strong>{t('progress.alsoRequired')}</strong> {prerequisite}
        </p>
      ) : null}
      <RuleSource progress={progress} />
    </section>
  );
}

export function MentorCard({ mentor }: { mentor: MentorProgress }) {
  const { t } = useTranslation('hours');
  const titleId = useId();
  return (
    <section
      className="hours-card hours-progress"
      aria-labelledby={titleId}
      data-met={mentor.met || undefined}
    >
      <header className="hours-card-header">
        <div>
          <div className="hours-kicker">ICF</div>
          <h2 id={titleId}>{t('mentor.title')}</h2>
        </div>
        <span className={`hours-status${mentor.met ? ' met' : ''}`}>
          {mentor.met ? t('progress.met') : t('progress.inProgress')}
        </span>
      </header>
      <Missing requirements={mentor.requirements} met={mentor.met} metText={t('mentor.met')} />
      <Requirements requirements={mentor.requirements} label={t('mentor.requirements')} />
      <p className="hours-source">{t('mentor.source')}</p>
    </section>
  );
}

export function RenewalCard({ renewal }: { renewal: CredentialProgress }) {
  const { t } = useTranslation('hours');
  const titleId = useId();
  const name = ruleName({ id: renewal.ruleId, name: renewal.name });
  return (
    <section
      className="hours-card hours-progress"
      aria-labelledby={titleId}
      data-met={renewal.met || undefined}
    >
      <header className="hours-card-header">
        <div>
          <div className="hours-kicker">{t('renewal.kicker', { body: renewal.body })}</div>
          <h2 id={titleId}>{name}</h2>
        </div>
        <span className={`hours-status${renewal.met ? ' met' : ''}`}>
          {renewal.met ? t('progress.readyToRenew') : t('progress.inProgress')}
        </span>
      </header>
      <Missing requirements={renewal.requirements} met={renewal.met} metText={t('renewal.met')} />
      <Requirements requirements={renewal.requirements} label={t('progress.requirements', { name })} />
      <RuleSource progress={renewal} />
    </section>
  );
}
