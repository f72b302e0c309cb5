import { useId } from 'react';
import type {
  CredentialProgress,
  Exclusion,
  MentorProgress,
  Requirement,
} from '../../../electron/shared/hours';
import { formatNumber, requirementFigure } from './format';

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
  const labelId = useId();
  const share = r.required > 0 ? Math.min(1, r.achieved / r.required) : 1;
  const figure = requirementFigure(r);
  return (
    <li className="hours-req" data-met={r.met || undefined}>
      <div className="hours-req-head">
        <span id={labelId} className="hours-req-label">
          {r.label}
        </span>
        <span className="hours-req-figure">
          {r.met ? <CheckMark /> : null}
          <span>{figure}</span>
          {r.met ? <span className="hours-sr">, met</span> : null}
        </span>
      </div>
      <div
        className="hours-bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={r.required}
        aria-valuenow={Math.min(r.achieved, r.required)}
        aria-valuetext={`${formatNumber(r.achieved)} of ${formatNumber(r.required)} ${r.unit}${r.met ? ', met' : ''}`}
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

function Missing({ missing, met, metText }: { missing: string[]; met: boolean; metText: string }) {
  if (met || missing.length === 0) {
    return (
      <p className="hours-all-met">
        <CheckMark /> {metText}
      </p>
    );
  }
  return (
    <div className="hours-missing">
      <span className="hours-missing-title">Still needed</span>
      <ul aria-label="Still needed">
        {missing.map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </div>
  );
}

function Exclusions({ exclusions }: { exclusions: Exclusion[] }) {
  const headingId = useId();
  if (exclusions.length === 0) return null;
  // Peer coaching beyond the hours received still counts, as pro bono: say so in the heading.
  const reclassified = exclusions.some((e) => e.reason === 'peer-over-received');
  return (
    <div className="hours-exclusions">
      <h3 id={headingId}>
        {reclassified ? 'Not counted, or counted differently' : 'Not counted for this credential'}
      </h3>
      <ul aria-labelledby={headingId}>
        {exclusions.map((e) => (
          <li key={e.reason} data-reason={e.reason}>
            {e.message}
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

export function RuleSource({ source }: { source: string }) {
  const asOf = rulesAsOf(source);
  return (
    <p className="hours-source">
      {asOf ? `Rules as of ${asOf} — ` : 'Source: '}
      {source}
    </p>
  );
}

export function CredentialCard({ progress }: { progress: CredentialProgress }) {
  const titleId = useId();
  return (
    <section
      className="hours-card hours-progress"
      aria-labelledby={titleId}
      data-met={progress.met || undefined}
    >
      <header className="hours-card-header">
        <div>
          <div className="hours-kicker">{progress.body}</div>
          <h2 id={titleId}>{progress.name}</h2>
        </div>
        <span className={`hours-status${progress.met ? ' met' : ''}`}>
          {progress.met ? 'Requirements met' : 'In progress'}
        </span>
      </header>
      <Missing missing={progress.missing} met={progress.met} metText="Every experience requirement is met." />
      <Requirements requirements={progress.requirements} label={`${progress.name} requirements`} />
      <Exclusions exclusions={progress.exclusions} />
      {progress.prerequisite ? (
        <p className="hours-prereq">
          <strong>Also required:</strong> {progress.prerequisite}
        </p>
      ) : null}
      <RuleSource source={progress.source} />
    </section>
  );
}

export function MentorCard({ mentor }: { mentor: MentorProgress }) {
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
          <h2 id={titleId}>Mentor coaching</h2>
        </div>
        <span className={`hours-status${mentor.met ? ' met' : ''}`}>
          {mentor.met ? 'Requirements met' : 'In progress'}
        </span>
      </header>
      <Missing
        missing={mentor.missing}
        met={mentor.met}
        metText="Your mentor coaching meets the requirement."
      />
      <Requirements requirements={mentor.requirements} label="Mentor coaching requirements" />
      <p className="hours-source">Counted from the mentor coaching you received, as logged in Coachbook.</p>
    </section>
  );
}

export function RenewalCard({ renewal }: { renewal: CredentialProgress }) {
  const titleId = useId();
  return (
    <section
      className="hours-card hours-progress"
      aria-labelledby={titleId}
      data-met={renewal.met || undefined}
    >
      <header className="hours-card-header">
        <div>
          <div className="hours-kicker">{renewal.body} · Continuing education</div>
          <h2 id={titleId}>{renewal.name}</h2>
        </div>
        <span className={`hours-status${renewal.met ? ' met' : ''}`}>
          {renewal.met ? 'Ready to renew' : 'In progress'}
        </span>
      </header>
      <Missing
        missing={renewal.missing}
        met={renewal.met}
        metText="Your CCE units meet the renewal requirement."
      />
      <Requirements requirements={renewal.requirements} label={`${renewal.name} requirements`} />
      <RuleSource source={renewal.source} />
    </section>
  );
}
