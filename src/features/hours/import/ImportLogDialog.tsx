import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type {
  DateOrder,
  HourImportPreview,
  HourImportResult,
  ImportRowPreview,
} from '../../../../electron/shared/hour-import';
import { ApiError, api, errorMessage, unwrap } from '../../../api/client';
import { ActionIcon } from '../../../components/ActionIcons';
import { Dialog } from '../../../components/Dialog';
import { messageText } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { cellDisplay, hours, layoutLabel, type RowStatus, rowStatus } from './format';
import './import-log.css';

/** Rows drawn at once; the filters reach the rest. */
const ROW_LIMIT = 200;

type Filter = 'all' | RowStatus;
type Phase =
  | { name: 'choose' }
  | { name: 'preview'; preview: HourImportPreview }
  | { name: 'done'; result: HourImportResult; preview: HourImportPreview };

/**
 * Brings in hours logged before Coachbook: an ICF client coaching log or a list of sessions (.xlsx or .csv).
 * The file is read and shown row by row with every problem beside its cell; nothing is saved until the
 * coach imports, and then every row or none.
 */
export function ImportLogDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported?: (result: HourImportResult) => void;
}) {
  const { t } = useTranslation('hours');
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  /** Waiting for the file dialog or the main process: the buttons wait too. */
  const [busy, setBusy] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  /** The coach's answer to "day or month first", kept for the next file. */
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const held = useRef<string | null>(null);
  const open = useRef(true);
  const content = useRef<HTMLDivElement>(null);

  // When a step changes (or a button that had focus was disabled while waiting), focus goes to the step's
  // main action, so the keyboard never falls out of the dialog.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step or the waiting changes, by design.
  useEffect(() => {
    if (busy) return;
    const root = content.current;
    if (!root || root.closest('dialog')?.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')?.focus();
  }, [phase, busy]);

  // The main process holds the rows (client names) until import; let it forget them when the dialog goes.
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
      if (held.current) void api().hourImport.discard({ token: held.current });
      held.current = null;
    };
  }, []);

  function hold(preview: HourImportPreview | null) {
    if (held.current && held.current !== preview?.token)
      void api().hourImport.discard({ token: held.current });
    held.current = preview?.token ?? null;
  }

  async function chooseFile() {
    setError(null);
    setBusy(true);
    try {
      const preview = await unwrap(api().hourImport.preview({ dateOrder }));
      if (!open.current) {
        // Closed while the file was being read: nothing is shown, so nothing is kept.
        if (preview) void api().hourImport.discard({ token: preview.token });
        return;
      }
      // Cancelled: whatever was shown stays.
      if (!preview) return;
      hold(preview);
      setFilter(preview.counts.errors > 0 ? 'error' : 'all');
      setPhase({ name: 'preview', preview });
    } catch (e) {
      if (!open.current) return;
      hold(null);
      setError(errorMessage(e));
      setPhase({ name: 'choose' });
    } finally {
      if (open.current) setBusy(false);
    }
  }

  async function reread(preview: HourImportPreview, order: DateOrder) {
    setBusy(true);
    setError(null);
    setDateOrder(order);
    try {
      const next = await unwrap(api().hourImport.reread({ token: preview.token, dateOrder: order }));
      setPhase({ name: 'preview', preview: next });
      if (next.counts.errors === 0 && filter === 'error') setFilter('all');
    } catch (e) {
      expiredOr(e);
    } finally {
      setBusy(false);
    }
  }

  async function commit(preview: HourImportPreview) {
    setBusy(true);
    setCommitting(true);
    setError(null);
    try {
      const result = await unwrap(api().hourImport.commit({ token: preview.token }));
      held.current = null;
      setPhase({ name: 'done', result, preview });
      onImported?.(result);
    } catch (e) {
      expiredOr(e);
    } finally {
      setBusy(false);
      setCommitting(false);
    }
  }

  function expiredOr(e: unknown) {
    if (e instanceof ApiError && e.code === 'not_found') {
      held.current = null;
      setPhase({ name: 'choose' });
    }
    setError(errorMessage(e));
  }

  const preview = phase.name === 'preview' ? phase.preview : null;
  const description =
    phase.name === 'preview' || phase.name === 'done' ? (
      <span className="log-import-file">
        <ActionIcon name="document" size={16} />
        <bdi>{phase.preview.fileName}</bdi>
        <span aria-hidden="true">·</span>
        <span>{layoutLabel(phase.preview.layout)}</span>
      </span>
    ) : (
      t('import.description')
    );

  return (
    <Dialog title={t('import.title')} description={description} onClose={onClose} size="large">
      <div ref={content} className={`dialog-content log-import${preview ? ' log-import-wide' : ''}`}>
        {phase.name === 'choose' ? (
          <Choose error={error} reading={busy} onChoose={chooseFile} onCancel={onClose} />
        ) : null}
        {preview ? (
          <PreviewView
            preview={preview}
            error={error}
            busy={busy}
            committing={committing}
            filter={filter}
            onFilter={setFilter}
            onDateOrder={(order) => reread(preview, order)}
            onChooseAgain={chooseFile}
            onCommit={() => commit(preview)}
            onCancel={onClose}
          />
        ) : null}
        {phase.name === 'done' ? (
          <Done result={phase.result} preview={phase.preview} onClose={onClose} />
        ) : null}
      </div>
    </Dialog>
  );
}

function Choose({
  error,
  reading,
  onChoose,
  onCancel,
}: {
  error: string | null;
  reading: boolean;
  onChoose: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['hours', 'common']);
  return (
    <>
      <div className="dialog-body">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="log-import-layouts">
          <section className="log-import-layout" aria-labelledby="log-import-icf">
            <h3 id="log-import-icf">{t('import.icfHeading')}</h3>
            <p>{t('import.icfText')}</p>
          </section>
          <section className="log-import-layout" aria-labelledby="log-import-sessions">
            <h3 id="log-import-sessions">{t('import.sessionsHeading')}</h3>
            <p>{t('import.sessionsText')}</p>
          </section>
        </div>
        <p className="muted small">{t('import.formats')}</p>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button primary" onClick={onChoose} disabled={reading} data-autofocus>
          {reading ? t('import.reading') : t('import.choose')}
        </button>
      </footer>
    </>
  );
}

function PreviewView({
  preview,
  error,
  busy,
  committing,
  filter,
  onFilter,
  onDateOrder,
  onChooseAgain,
  onCommit,
  onCancel,
}: {
  preview: HourImportPreview;
  error: string | null;
  busy: boolean;
  committing: boolean;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  onDateOrder: (order: DateOrder) => void;
  onChooseAgain: () => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const { counts } = preview;
  const blockedId = useId();
  const shown = preview.rows.filter((row) => filter === 'all' || rowStatus(row) === filter);
  const canImport = counts.errors === 0 && counts.ready > 0 && !busy;
  const { detected } = preview.dateOrder;
  const notes = [
    ...(detected ? [detected === 'dmy' ? t('import.detectedDmy') : t('import.detectedMdy')] : []),
    ...preview.notes.map(messageText),
  ];

  return (
    <>
      <div className="dialog-body log-import-preview">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="log-import-summary" role="status">
          <Stat tone="ready" count={counts.ready} i18nKey="import.ready" />
          <Stat tone="duplicate" count={counts.duplicates} i18nKey="import.duplicates" />
          <Stat tone="error" count={counts.errors} i18nKey="import.errors" />
          <span className="log-import-hours">
            {counts.ready > 0 ? (
              <Trans
                t={t}
                i18nKey="import.adds"
                values={{
                  paid: hours(preview.totals.paidMinutes),
                  proBono: hours(preview.totals.proBonoMinutes),
                }}
                components={{ strong: <strong /> }}
              />
            ) : null}
          </span>
        </div>

        {preview.dateOrder.ambiguous ? (
          <DateOrderSwitch value={preview.dateOrder.used} disabled={busy} onChange={onDateOrder} />
        ) : null}

        {notes.length > 0 ? (
          <ul className="log-import-notes" aria-label={t('import.notes')}>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}

        {counts.rows > 0 ? (
          <>
            <fieldset className="log-import-filters" aria-label={t('import.showRows')}>
              {(
                [
                  ['all', t('import.filterAll'), counts.rows],
                  ['error', t('import.filterErrors'), counts.errors],
                  ['duplicate', t('import.filterDuplicates'), counts.duplicates],
                  ['ready', t('import.filterNew'), counts.ready],
                ] as const
              ).map(([value, label, n]) =>
                value === 'all' || n > 0 ? (
                  <button
                    key={value}
                    type="button"
                    className="log-import-filter"
                    aria-pressed={filter === value}
                    onClick={() => onFilter(value)}
                  >
                    {label} <span className="log-import-filter-count">{formatNumber(n)}</span>
                  </button>
                ) : null,
              )}
            </fieldset>
            <RowsTable preview={preview} rows={shown.slice(0, ROW_LIMIT)} />
            {shown.length > ROW_LIMIT ? (
              <p className="muted small">
                {t('import.showingFirst', {
                  limit: formatNumber(ROW_LIMIT),
                  total: formatNumber(shown.length),
                })}
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      <footer className="dialog-footer">
        {counts.errors > 0 ? (
          <p id={blockedId} className="log-import-blocked">
            <ActionIcon name="alert" size={16} />
            {t('import.fix', { count: counts.errors })}
          </p>
        ) : counts.ready === 0 && counts.rows > 0 ? (
          <p id={blockedId} className="log-import-blocked muted">
            {t('import.allDuplicates')}
          </p>
        ) : (
          <span className="spacer" />
        )}
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onChooseAgain}
          disabled={busy}
          data-autofocus={canImport ? undefined : true}
        >
          {t('import.chooseAnother')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!canImport}
          data-autofocus={canImport ? true : undefined}
          aria-describedby={counts.errors > 0 || counts.ready === 0 ? blockedId : undefined}
          onClick={onCommit}
        >
          {committing ? t('import.importing') : t('import.import', { count: counts.ready })}
        </button>
      </footer>
    </>
  );
}

function Stat({
  tone,
  count,
  i18nKey,
}: {
  tone: RowStatus;
  count: number;
  i18nKey: 'import.ready' | 'import.duplicates' | 'import.errors';
}) {
  const { t } = useTranslation('hours');
  return (
    <span className={`log-import-stat log-import-stat-${tone}`} data-zero={count === 0 || undefined}>
      <Trans t={t} i18nKey={i18nKey} count={count} components={{ strong: <strong /> }} />
    </span>
  );
}

function DateOrderSwitch({
  value,
  disabled,
  onChange,
}: {
  value: DateOrder;
  disabled: boolean;
  onChange: (order: DateOrder) => void;
}) {
  const { t } = useTranslation('hours');
  const choices: { order: DateOrder; label: string; example: string }[] = [
    { order: 'dmy', label: t('import.dayFirst'), example: t('import.dayFirstExample') },
    { order: 'mdy', label: t('import.monthFirst'), example: t('import.monthFirstExample') },
  ];
  return (
    <fieldset className="log-import-date-order" disabled={disabled}>
      <legend>{t('import.dateOrderQuestion')}</legend>
      <div className="log-import-segmented">
        {choices.map((c) => (
          <label key={c.order} data-checked={value === c.order || undefined}>
            <input
              type="radio"
              name="log-import-date-order"
              value={c.order}
              checked={value === c.order}
              onChange={() => onChange(c.order)}
            />
            <span className="log-import-segmented-label">{c.label}</span>
            <span className="log-import-segmented-hint">{c.example}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const STATUS_KEY = {
  ready: 'import.statusNew',
  duplicate: 'import.statusDuplicate',
  error: 'import.statusError',
} as const satisfies Record<RowStatus, string>;

function RowsTable({ preview, rows }: { preview: HourImportPreview; rows: ImportRowPreview[] }) {
  const { t } = useTranslation('hours');
  return (
    <div className="log-import-table-wrap">
      <table className="log-import-table" aria-label={t('import.rows')}>
        <thead>
          <tr>
            <th scope="col" className="log-import-line">
              {t('import.row')}
            </th>
            <th scope="col" className="log-import-status">
              {t('import.status')}
            </th>
            {preview.columns.map((c) => (
              <th key={c.key} scope="col" className={numeric(c.key) ? 'num' : undefined}>
                <bdi>{c.header}</bdi>
                {c.unit ? (
                  <span className="log-import-unit"> ({c.unit === 'minutes' ? 'min' : 'h'})</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const status = rowStatus(row);
            const rowErrors = row.errors.filter((e) => e.column === null);
            return (
              <tr key={row.line} data-status={status}>
                <th scope="row" className="log-import-line">
                  {row.line}
                </th>
                <td>
                  <span className={`log-import-badge log-import-badge-${status}`}>
                    {status === 'error' && row.errors.length > 1
                      ? t('import.rowErrors', { count: row.errors.length })
                      : t(STATUS_KEY[status])}
                  </span>
                  {rowErrors.map((e) => (
                    <div key={e.message} className="log-import-cell-error">
                      {messageText(e.message)}
                    </div>
                  ))}
                </td>
                {preview.columns.map((c) => {
                  const problem = row.errors.find((e) => e.column === c.key);
                  const text = cellDisplay(row, c);
                  return (
                    <td
                      key={c.key}
                      className={
                        numeric(c.key)
                          ? 'num'
                          : isDate(c.key)
                            ? 'date'
                            : c.key === 'clientName'
                              ? 'name'
                              : undefined
                      }
                      data-invalid={problem ? true : undefined}
                    >
                      {text === '' ? (
                        <span className="log-import-empty">
                          <span aria-hidden="true">—</span>
                          <span className="log-import-sr">{t('import.empty')}</span>
                        </span>
                      ) : (
                        <bdi className="log-import-value">
                          {c.key === 'clientContact' ? breakable(text) : text}
                        </bdi>
                      )}
                      {problem ? (
                        <div className="log-import-cell-error">{messageText(problem.message)}</div>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An email address may wrap after its "@" rather than mid-word. */
function breakable(text: string) {
  const at = text.indexOf('@');
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at + 1)}
      <wbr />
      {text.slice(at + 1)}
    </>
  );
}

function isDate(key: string): boolean {
  return key === 'startDate' || key === 'endDate' || key === 'date';
}

function numeric(key: string): boolean {
  return key === 'paidHours' || key === 'proBonoHours' || key === 'duration' || key === 'groupSize';
}

function Done({
  result,
  preview,
  onClose,
}: {
  result: HourImportResult;
  preview: HourImportPreview;
  onClose: () => void;
}) {
  const { t } = useTranslation(['hours', 'common']);
  return (
    <>
      <div className="dialog-body">
        <div className="log-import-done" role="status">
          <p className="log-import-done-title">
            {result.created > 0 ? t('import.imported', { count: result.created }) : t('import.nothingNew')}
          </p>
          {result.created > 0 ? (
            <p>
              {t('import.nowCount', {
                paid: hours(preview.totals.paidMinutes),
                proBono: hours(preview.totals.proBonoMinutes),
              })}
            </p>
          ) : null}
          {result.skipped > 0 ? (
            <p className="muted">{t('import.skipped', { count: result.skipped })}</p>
          ) : null}
        </div>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          {t('common:actions.done')}
        </button>
      </footer>
    </>
  );
}
