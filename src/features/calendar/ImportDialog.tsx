import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IcsImportResult, IcsPreview, IcsPreviewEvent } from '../../../electron/shared/calendar';
import type { Engagement } from '../../../electron/shared/engagements';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { i18n, messageText } from '../../i18n';
import { formatSessionDay, localZone, zoneBadge } from '../sessions/format';
import { formatTimeRange } from './agenda-time';

interface RowChoice {
  checked: boolean;
  engagementId: string;
}

const keyOf = (e: IcsPreviewEvent) => `${e.uid}\n${e.start}`;

/**
 * What a calendar file holds, for the coach to review before anything is written: each
 * event's time, its title and the engagement it seems to belong to (changeable). Events
 * already in Coachbook are shown but cannot be imported again.
 */
export function ImportDialog({
  preview,
  engagements,
  onClose,
  onImported,
}: {
  preview: IcsPreview;
  engagements: Engagement[];
  onClose: () => void;
  onImported: (result: IcsImportResult, first: { start: string; timeZone: string } | null) => void;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const [choices, setChoices] = useState<Record<string, RowChoice>>(() =>
    Object.fromEntries(
      preview.events.map((e) => [
        keyOf(e),
        {
          checked: !e.duplicate && e.matchedEngagementId !== null,
          engagementId: e.matchedEngagementId ?? '',
        },
      ]),
    ),
  );
  const [showUnmatched, setShowUnmatched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const byId = useMemo(() => new Map(engagements.map((e) => [e.id, e])), [engagements]);
  const unmatched = preview.events.filter((e) => e.candidates.length === 0 && !e.duplicate);
  const visible = preview.events.filter(
    (e) => showUnmatched || e.candidates.length > 0 || e.duplicate || choices[keyOf(e)]?.engagementId,
  );
  const selectable = (e: IcsPreviewEvent) => !e.duplicate && Boolean(choices[keyOf(e)]?.engagementId);
  const selected = preview.events.filter((e) => selectable(e) && choices[keyOf(e)]?.checked);
  const duplicates = preview.events.filter((e) => e.duplicate).length;
  const visibleSelectable = visible.filter(selectable);
  const allChecked =
    visibleSelectable.length > 0 && visibleSelectable.every((e) => choices[keyOf(e)]?.checked);

  function update(event: IcsPreviewEvent, patch: Partial<RowChoice>) {
    setChoices((current) => {
      const key = keyOf(event);
      const previous = current[key] ?? { checked: false, engagementId: '' };
      return { ...current, [key]: { ...previous, ...patch } };
    });
  }

  function toggleAll(checked: boolean) {
    setChoices((current) => {
      const next = { ...current };
      for (const e of visibleSelectable) next[keyOf(e)] = { ...(next[keyOf(e)] as RowChoice), checked };
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        api().calendar.importIcs({
          events: selected.map((e) => ({
            uid: e.uid,
            startsAt: e.start,
            minutes: e.minutes,
            timeZone: e.timeZone ?? '',
            engagementId: choices[keyOf(e)]?.engagementId ?? '',
          })),
        }),
      );
      const first = selected[0];
      onImported(result, first ? { start: first.start, timeZone: first.timeZone ?? localZone() } : null);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  const found = preview.events.length;
  const left = leftOutNote(preview);

  return (
    <Dialog
      title={t('import.title')}
      size="large"
      onClose={onClose}
      description={
        <>
          <span className="cal-import-file">{preview.fileName}</span>:{' '}
          {duplicates > 0
            ? t('import.foundWithDuplicates', {
                events: t('import.events', { count: found }),
                count: duplicates,
              })
            : t('import.found', { count: found })}{' '}
          {t('import.draftsNote')}
        </>
      }
    >
      <form onSubmit={submit} aria-label={t('import.form')}>
        <div className="dialog-body cal-import-body">
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          {preview.problems.length > 0 ? (
            <section className="notice warning cal-import-problems" aria-label={t('import.problems')}>
              <h3>
                <ActionIcon name="alert" size={16} />
                {problemHeading(preview.problems)}
              </h3>
              <ul>
                {preview.problems.map((p) =>
                  p.line === null ? (
                    <li key={p.message}>{messageText(p.message)}</li>
                  ) : (
                    <li key={`${p.line}-${p.message}`}>
                      <strong dir="auto">{p.summary || t('import.untitled')}</strong>
                      {p.start ? ` (${formatSessionDay(p.start, localZone())})` : ''}:{' '}
                      {messageText(p.message)}{' '}
                      <span className="muted">{t('import.line', { line: p.line })}</span>
                    </li>
                  ),
                )}
              </ul>
            </section>
          ) : null}

          {found === 0 ? (
            <p className="cal-import-empty">{t('import.empty')}</p>
          ) : (
            <>
              <div className="cal-import-tools">
                {unmatched.length > 0 ? (
                  <label className="cal-import-toggle">
                    <input
                      type="checkbox"
                      checked={showUnmatched}
                      onChange={(e) => setShowUnmatched(e.target.checked)}
                    />
                    {t('import.showUnmatched', { count: unmatched.length })}
                  </label>
                ) : (
                  <span />
                )}
                {left ? <span className="muted small">{left}</span> : null}
              </div>
              <div className="cal-import-table-wrap">
                <table className="table cal-import-table" aria-label={t('import.table')}>
                  <thead>
                    <tr>
                      <th scope="col" className="cal-import-check">
                        <input
                          type="checkbox"
                          aria-label={t('import.checkAll')}
                          checked={allChecked}
                          disabled={visibleSelectable.length === 0}
                          onChange={(e) => toggleAll(e.target.checked)}
                        />
                      </th>
                      <th scope="col">{t('import.when')}</th>
                      <th scope="col">{t('import.event')}</th>
                      <th scope="col">{t('import.engagement')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {visible.map((e) => {
                      const choice = choices[keyOf(e)] ?? { checked: false, engagementId: '' };
                      const when = eventWhen(e);
                      const title = e.summary || t('import.untitled');
                      return (
                        <tr key={keyOf(e)} data-duplicate={e.duplicate || undefined}>
                          <td className="cal-import-check">
                            <input
                              type="checkbox"
                              aria-label={t('import.checkRow', { title, ...when })}
                              checked={selectable(e) && choice.checked}
                              disabled={!selectable(e)}
                              onChange={(ev) => update(e, { checked: ev.target.checked })}
                            />
                          </td>
                          <td className="cal-import-when">
                            <span>{when.day}</span>
                            <span className="muted">{when.time}</span>
                          </td>
                          <td className="cal-import-summary" dir="auto">
                            {title}
                          </td>
                          <td className="cal-import-engagement">
                            {e.duplicate ? (
                              <span className="cal-import-duplicate">
                                <span className="badge status-draft">{t('import.duplicate')}</span>
                                <span className="muted small" dir="auto">
                                  {byId.get(e.matchedEngagementId ?? '')?.title ?? ''}
                                </span>
                              </span>
                            ) : (
                              <select
                                className="cal-import-select"
                                aria-label={t('import.engagementFor', { title, ...when })}
                                value={choice.engagementId}
                                data-unmatched={!choice.engagementId || undefined}
                                onChange={(ev) =>
                                  update(e, {
                                    engagementId: ev.target.value,
                                    checked: ev.target.value !== '',
                                  })
                                }
                              >
                                <option value="">
                                  {e.candidates.length > 1 && !e.matchedEngagementId
                                    ? t('import.chooseSeveral')
                                    : t('import.choose')}
                                </option>
                                {e.candidates.length > 0 ? (
                                  <optgroup label={t('import.suggested')}>
                                    {e.candidates.map((id) => (
                                      <EngagementOption key={id} engagement={byId.get(id)} id={id} />
                                    ))}
                                  </optgroup>
                                ) : null}
                                <optgroup label={t('import.allEngagements')}>
                                  {engagements
                                    .filter((en) => !e.candidates.includes(en.id))
                                    .map((en) => (
                                      <EngagementOption key={en.id} engagement={en} id={en.id} />
                                    ))}
                                </optgroup>
                              </select>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
        <footer className="dialog-footer">
          <span className="muted small cal-import-count" aria-live="polite">
            {selected.length === 0
              ? t('import.nothingNew')
              : t('import.selected', { selected: selected.length, total: found })}
          </span>
          <span className="spacer" />
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy || selected.length === 0}>
            {busy ? t('import.importing') : t('import.submit', { count: selected.length })}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

function EngagementOption({ engagement, id }: { engagement: Engagement | undefined; id: string }) {
  if (!engagement) return null;
  const names = engagement.participants.map((p) => p.fullName).join(', ');
  return (
    <option value={id}>
      {engagement.title}
      {names ? ` — ${names}` : ''}
    </option>
  );
}

/** "Mon, 10 Mar 2025" and "10:00 – 11:00 AM CET", in the zone the event was written in. */
function eventWhen(e: IcsPreviewEvent): { day: string; time: string } {
  const zone = e.timeZone ?? localZone();
  const badge = zoneBadge(e.start, zone);
  return {
    day: formatSessionDay(e.start, zone),
    time: `${formatTimeRange(e.start, e.minutes, zone)}${badge ? ` ${badge}` : ''}`,
  };
}

function leftOutNote(preview: IcsPreview): string {
  const parts: string[] = [];
  const { allDay, cancelled, unmatchedOverLimit } = preview.skipped;
  if (allDay) parts.push(i18n.t('calendar:import.allDay', { count: allDay }));
  if (cancelled) parts.push(i18n.t('calendar:import.cancelled', { count: cancelled }));
  if (unmatchedOverLimit) parts.push(i18n.t('calendar:import.overLimit', { count: unmatchedOverLimit }));
  return parts.length ? i18n.t('calendar:import.leftOut', { items: parts.join(', ') }) : '';
}

function problemHeading(problems: IcsPreview['problems']): string {
  const events = problems.filter((p) => p.line !== null).length;
  if (events === 0) return i18n.t('calendar:import.problemsNotAll');
  return i18n.t('calendar:import.problemsEvents', { count: events });
}
