import { type CSSProperties, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IcsImportResult, IcsPreview } from '../../../electron/shared/calendar';
import type { Engagement } from '../../../electron/shared/engagements';
import type { Session } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { i18n } from '../../i18n';
import {
  formatDay,
  formatDayRange,
  formatNumber,
  formatTime,
  formatWeekday,
  weekStartDay,
} from '../../i18n/format';
import {
  attendanceLabels,
  formatMinutes,
  localZone,
  todayLocal,
  wallClock,
  zoneBadge,
} from '../sessions/format';
import {
  type AgendaMode,
  type Day,
  fetchRange,
  formatTimeRange,
  hourSpan,
  type PlacedSession,
  placeSessions,
  stepAnchor,
  visibleDays,
} from './agenda-time';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { useAgendaStore } from './store';
import './calendar.css';

/** Height of one hour in the grid, in pixels. */
const HOUR_PX = 56;

/**
 * The agenda: a day or a week of sessions laid out by hour, drafts from a calendar import
 * shown apart, with .ics export and import. Arrow keys move between periods; T, D and W go
 * to today, the day view and the week view.
 */
export function AgendaView() {
  const { t } = useTranslation(['calendar', 'common']);
  const mode = useAgendaStore((s) => s.mode);
  const storedAnchor = useAgendaStore((s) => s.anchor);
  const { setMode, setAnchor } = useAgendaStore.getState();
  const today = todayLocal();
  const anchor = storedAnchor ?? today;
  // Read on each render: a change of the first day of the week re-renders every translated view.
  const firstDay = weekStartDay();
  const days = useMemo(() => visibleDays(mode, anchor, firstDay), [mode, anchor, firstDay]);
  const daysKey = days.join(',');

  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: IcsPreview; engagements: Engagement[] } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [reading, setReading] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: daysKey stands for days; reloadKey forces a refetch.
  useEffect(() => {
    let current = true;
    setLoadError(null);
    const range = fetchRange(days);
    unwrap(api().sessions.list({ ...range, order: 'oldest', limit: 1000 }))
      .then((list) => {
        if (current) setSessions(list.rows);
      })
      .catch((error) => {
        if (current) setLoadError(errorMessage(error));
      });
    return () => {
      current = false;
    };
  }, [daysKey, reloadKey]);

  const go = useCallback(
    (direction: -1 | 1) => setAnchor(stepAnchor(mode, anchor, direction)),
    [mode, anchor, setAnchor],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Typing is never a shortcut; arrows stay with the controls that move by them (the tab list).
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (
        key.startsWith('Arrow') &&
        target?.closest('[role="tablist"], [role="listbox"], [role="radiogroup"]')
      ) {
        return;
      }
      if (key === 'ArrowLeft') go(-1);
      else if (key === 'ArrowRight') go(1);
      else if (key === 't') setAnchor(null);
      else if (key === 'd') setMode('day');
      else if (key === 'w') setMode('week');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, setAnchor, setMode]);

  async function startImport() {
    setStatus(null);
    setActionError(null);
    setReading(true);
    try {
      const data = await unwrap(api().calendar.previewIcs());
      if (data) setPreview({ data, engagements: await unwrap(api().engagements.list()) });
    } catch (error) {
      setActionError(errorMessage(error));
    } finally {
      setReading(false);
    }
  }

  function imported(result: IcsImportResult, first: { start: string; timeZone: string } | null) {
    setPreview(null);
    const parts = [t('status.imported', { count: result.created })];
    if (result.skipped > 0) parts.push(t('status.skipped', { count: result.skipped }));
    if (result.created > 0) parts.push(t('status.confirmDrafts'));
    setStatus(parts.join(' '));
    if (first && result.created > 0) setAnchor(wallClock(new Date(first.start), first.timeZone).date);
    setReloadKey((k) => k + 1);
  }

  const placed = useMemo(() => placeSessions(sessions ?? [], days), [sessions, days]);
  const [firstHour, lastHour] = hourSpan(placed.values());
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  const shown = [...placed.values()].reduce((n, list) => n + list.length, 0);
  const draftCount = [...placed.values()].flat().filter((p) => p.session.isDraft).length;
  const isDay = mode === 'day';

  return (
    <section className="agenda" aria-label={t('agenda.label')} data-mode={mode}>
      <div className="agenda-toolbar">
        <div className="agenda-nav">
          <button type="button" className="button" onClick={() => setAnchor(null)} aria-keyshortcuts="T">
            {t('agenda.today')}
          </button>
          <div className="agenda-steps">
            <button
              type="button"
              className="icon-button"
              aria-label={isDay ? t('agenda.previousDay') : t('agenda.previousWeek')}
              aria-keyshortcuts="ArrowLeft"
              onClick={() => go(-1)}
            >
              <ActionIcon name="back" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={isDay ? t('agenda.nextDay') : t('agenda.nextWeek')}
              aria-keyshortcuts="ArrowRight"
              onClick={() => go(1)}
            >
              <ActionIcon name="chevron" />
            </button>
          </div>
          <h2 className="agenda-title" aria-live="polite">
            {periodLabel(mode, days)}
          </h2>
        </div>
        <fieldset className="agenda-modes" aria-label={t('agenda.modes')}>
          {(['day', 'week'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              aria-keyshortcuts={m === 'day' ? 'D' : 'W'}
              onClick={() => setMode(m)}
            >
              {m === 'day' ? t('agenda.day') : t('agenda.week')}
            </button>
          ))}
        </fieldset>
        <div className="agenda-actions">
          <button type="button" className="button" onClick={() => setExporting(true)}>
            <ActionIcon name="arrowOut" />
            {t('agenda.export')}
          </button>
          <button type="button" className="button" onClick={startImport} disabled={reading}>
            <ActionIcon name="arrowIn" />
            {reading ? t('agenda.reading') : t('agenda.import')}
          </button>
        </div>
      </div>

      {status ? (
        <div className="notice agenda-status" role="status">
          {status}
        </div>
      ) : null}
      {actionError ? (
        <div className="form-error" role="alert">
          {actionError}
        </div>
      ) : null}
      {loadError ? (
        <div className="form-error" role="alert">
          {loadError}
        </div>
      ) : null}

      <div
        className="agenda-grid"
        style={{ '--agenda-days': days.length, '--agenda-hour': `${HOUR_PX}px` } as CSSProperties}
        aria-busy={sessions === null}
      >
        <div className="agenda-head" aria-hidden="true">
          <div className="agenda-corner" />
          {days.map((day) => (
            <div key={day} className="agenda-dayhead" data-today={day === today || undefined}>
              <span className="agenda-weekday">{formatWeekday(day)}</span>
              <span className="agenda-daynum">{formatNumber(Number(day.slice(8, 10)), 0)}</span>
            </div>
          ))}
        </div>
        <div className="agenda-body" style={{ height: hours.length * HOUR_PX }}>
          <div className="agenda-hours" aria-hidden="true">
            {hours.map((hour) => (
              <div key={hour} className="agenda-hour">
                <span>{hourLabel(hour)}</span>
              </div>
            ))}
          </div>
          {days.map((day) => {
            const list = placed.get(day) ?? [];
            return (
              <ul
                key={day}
                className="agenda-day"
                aria-label={t('agenda.dayLabel', { day: longDay(day), sessions: countLabel(list.length) })}
                data-today={day === today || undefined}
              >
                {list.map((p) => (
                  <SessionBlock
                    key={p.session.id}
                    placed={p}
                    firstHour={firstHour}
                    compact={mode === 'week'}
                  />
                ))}
                {day === today ? <NowLine firstHour={firstHour} lastHour={lastHour} /> : null}
              </ul>
            );
          })}
        </div>
      </div>

      {sessions !== null && !loadError ? (
        <p className="agenda-footnote">
          {footnote(isDay, shown, draftCount)} {t('footnote.zones')}
        </p>
      ) : null}

      {preview ? (
        <ImportDialog
          preview={preview.data}
          engagements={preview.engagements}
          onClose={() => setPreview(null)}
          onImported={imported}
        />
      ) : null}
      {exporting ? (
        <ExportDialog
          initialFrom={days[0] ?? today}
          onClose={() => setExporting(false)}
          onExported={(path) => {
            setExporting(false);
            setStatus(t('status.exported', { path }));
          }}
        />
      ) : null}
    </section>
  );
}

function SessionBlock({
  placed,
  firstHour,
  compact,
}: {
  placed: PlacedSession;
  firstHour: number;
  compact: boolean;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const { session } = placed;
  const top = ((placed.startMinute - firstHour * 60) / 60) * HOUR_PX;
  const height = Math.max(((placed.endMinute - placed.startMinute) / 60) * HOUR_PX, 24);
  const names = session.clientNames.join(', ') || session.engagementTitle;
  const zone = zoneBadge(session.startsAt, session.timeZone);
  const suffix = zone ? ` ${zone}` : '';
  const time = `${formatTimeRange(session.startsAt, session.durationMinutes, session.timeZone)}${suffix}`;
  // A week column is narrow: the block's height already shows the length, so just the start.
  const shownTime = compact ? `${formatTimeRange(session.startsAt, null, session.timeZone)}${suffix}` : time;
  const cancelled = ['late-cancel', 'no-show', 'coach-cancelled'].includes(session.attendance);
  const label = [
    time,
    names,
    session.engagementTitle,
    formatMinutes(session.durationMinutes),
    (session.isDraft ? t('session.draftFromCalendar') : attendanceLabels[session.attendance]).toLowerCase(),
  ].join(', ');
  const style = {
    top,
    height,
    left: `calc(${(placed.lane / placed.lanes) * 100}% + 3px)`,
    width: `calc(${100 / placed.lanes}% - 6px)`,
  };
  // Short sessions show less: one line under 35 minutes, no engagement line under 55.
  const size = height < 32 ? 'tight' : height < 52 ? 'short' : 'full';
  return (
    <li className="agenda-slot" style={style}>
      <button
        type="button"
        className="agenda-session"
        data-draft={session.isDraft || undefined}
        data-attendance={session.attendance}
        data-cancelled={cancelled || undefined}
        data-size={size}
        aria-label={label}
        title={label}
        onClick={() => useAppStore.getState().open('sessions', session.id)}
      >
        <span className="agenda-session-line">
          <span className="agenda-session-time">{shownTime}</span>
          {session.isDraft ? <span className="agenda-draft-tag">{t('session.draft')}</span> : null}
        </span>
        <span className="agenda-session-names" dir="auto">
          {names}
        </span>
        {size === 'full' ? (
          <span className="agenda-session-meta" dir="auto">
            {compact
              ? `${session.engagementTitle} · ${formatMinutes(session.durationMinutes)}`
              : `${session.engagementTitle} · ${formatMinutes(session.durationMinutes)} · ${
                  session.isDraft ? t('session.draftFromCalendar') : attendanceLabels[session.attendance]
                }`}
          </span>
        ) : null}
      </button>
    </li>
  );
}

/** A line at the current time in today's column, kept up to date each minute. */
function NowLine({ firstHour, lastHour }: { firstHour: number; lastHour: number }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const [hours, minutes] = wallClock(now, localZone()).time.split(':').map(Number) as [number, number];
  const minute = hours * 60 + minutes;
  if (minute < firstHour * 60 || minute > lastHour * 60) return null;
  return (
    <li
      className="agenda-now"
      style={{ top: ((minute - firstHour * 60) / 60) * HOUR_PX }}
      aria-hidden="true"
    />
  );
}

/** "9:00 AM" / "9:00" at the side of the grid. */
function hourLabel(hour: number): string {
  return formatTime(new Date(Date.UTC(2000, 0, 1, hour)), 'UTC');
}

/** "Monday, March 11, 2030" / "lunes, 11 mar 2030", in the coach's date format. */
function longDay(day: Day): string {
  return i18n.t('calendar:agenda.longDay', {
    weekday: formatWeekday(day, 'long'),
    date: formatDay(day, 'long'),
  });
}

function countLabel(n: number): string {
  return n === 0
    ? i18n.t('calendar:agenda.noSessions')
    : i18n.t('calendar:agenda.sessionCount', { count: n });
}

function footnote(isDay: boolean, shown: number, drafts: number): string {
  if (shown === 0) return i18n.t(isDay ? 'calendar:footnote.emptyDay' : 'calendar:footnote.emptyWeek');
  const sessions = countLabel(shown);
  if (drafts === 0) {
    return i18n.t(isDay ? 'calendar:footnote.totalDay' : 'calendar:footnote.totalWeek', { sessions });
  }
  return i18n.t(isDay ? 'calendar:footnote.withDraftsDay' : 'calendar:footnote.withDraftsWeek', {
    sessions,
    drafts: i18n.t('calendar:footnote.drafts', { count: drafts }),
  });
}

function periodLabel(mode: AgendaMode, days: readonly Day[]): string {
  const first = days[0];
  if (!first) return '';
  if (mode === 'day') return longDay(first);
  return formatDayRange(first, days[days.length - 1] ?? first);
}
