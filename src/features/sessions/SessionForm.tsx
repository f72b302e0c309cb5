import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { multiClientKinds } from '../../../electron/shared/engagements';
import {
  type Attendance,
  attendances,
  MAX_SESSION_MINUTES,
  type Payment,
  payments,
  type Session,
  type SessionDefaults,
  type SessionFieldsInput,
  sessionFields,
  sessionFormats,
} from '../../../electron/shared/sessions';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, SelectField } from '../../components/FormControls';
import { useFocusFirstInvalid } from '../../components/focus';
import { i18n, messageText } from '../../i18n';
import { formatDay, formatTime } from '../../i18n/format';
import { minorToInput, parseMoney } from '../engagements/money';
import { EngagementPicker, engagementLabel } from './EngagementPicker';
import {
  attendanceLabels,
  fieldKey,
  formatLabels,
  localZone,
  nowQuarterHour,
  paymentHints,
  paymentLabels,
  type SessionFormat,
  timeZoneChoices,
  wallClock,
  zonedToInstant,
  zoneLabel,
} from './format';
import { useSessionsStore } from './store';

interface Values {
  engagementId: string | null;
  date: string;
  time: string;
  timeZone: string;
  duration: string;
  format: SessionFormat;
  attendance: Attendance;
  payment: Payment;
  fee: string;
  currency: string;
  attendeeIds: string[];
}

function valuesFromSession(s: Session): Values {
  const clock = wallClock(new Date(s.startsAt), s.timeZone);
  return {
    engagementId: s.engagementId,
    date: clock.date,
    time: clock.time,
    timeZone: s.timeZone,
    duration: String(s.durationMinutes),
    format: s.format,
    attendance: s.attendance,
    payment: s.payment,
    fee: minorToInput(s.feeMinor, s.currency),
    currency: s.currency,
    attendeeIds: s.attendeeIds,
  };
}

function blankValues(): Values {
  const zone = localZone();
  const clock = wallClock(nowQuarterHour(), zone);
  return {
    engagementId: null,
    date: clock.date,
    time: clock.time,
    timeZone: zone,
    duration: '60',
    format: 'video',
    attendance: 'held',
    payment: 'paid',
    fee: '',
    currency: 'USD',
    attendeeIds: [],
  };
}

/** Held for a time already past, scheduled for one still to come. */
function attendanceFor(values: Pick<Values, 'date' | 'time' | 'timeZone'>): Attendance {
  const at = zonedToInstant(values.date, values.time, values.timeZone);
  if (!at.ok) return 'held';
  return at.instant.getTime() > Date.now() ? 'scheduled' : 'held';
}

/** The length is checked before the schema, so its message says exactly what is wrong. */
function lengthError(duration: string): string | null {
  const minutes = duration.trim() === '' ? Number.NaN : Number(duration);
  if (Number.isNaN(minutes)) return i18n.t('sessions:form.errors.lengthMissing');
  if (!Number.isInteger(minutes)) return i18n.t('sessions:form.errors.lengthWhole');
  if (minutes < 1) return i18n.t('sessions:form.errors.lengthMin');
  if (minutes > MAX_SESSION_MINUTES) return i18n.t('sessions:form.errors.lengthMax');
  return null;
}

/**
 * The quick log (and the session edit form): choose the engagement and its defaults fill
 * the rest; the time is the wall clock in the session's zone. Enter saves.
 */
export function SessionForm({
  session,
  onClose,
  onSaved,
}: {
  /** Editing this session; a new one when absent. */
  session?: Session;
  onClose: () => void;
  onSaved: (session: Session) => void;
}) {
  const { t } = useTranslation(['sessions', 'common']);
  const editing = session !== undefined;
  const engagements = useSessionsStore((s) => s.engagements);
  const [values, setValues] = useState<Values>(() => (session ? valuesFromSession(session) : blankValues()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Which field a refused date-and-time shows beside. */
  const [startsAtField, setStartsAtField] = useState<'date' | 'time'>('date');
  const attendanceTouched = useRef(editing);
  const timeTouched = useRef(editing);
  const pendingDefaults = useRef<Promise<void> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const engagement = engagements?.find((e) => e.id === values.engagementId) ?? null;
  const isGroup = engagement ? multiClientKinds.includes(engagement.kind) : false;
  const zones = useMemo(() => timeZoneChoices(values.timeZone, localZone()), [values.timeZone]);

  const valuesRef = useRef(values);
  /** Every change goes through here, so a submit right after new defaults reads them. */
  function setAll(next: Values) {
    valuesRef.current = next;
    setValues(next);
  }

  function update(patch: Partial<Values>) {
    const next = { ...valuesRef.current, ...patch };
    const timeChanged = 'date' in patch || 'time' in patch || 'timeZone' in patch;
    if (timeChanged) timeTouched.current = true;
    if (timeChanged && !attendanceTouched.current) next.attendance = attendanceFor(next);
    setAll(next);
    setErrors((current) => {
      const keys: string[] = Object.keys(patch);
      if (keys.includes('date') || keys.includes('time')) keys.push('startsAt');
      if (keys.includes('duration')) keys.push('durationMinutes');
      if (keys.includes('fee')) keys.push('feeMinor');
      if (!keys.some((k) => current[k])) return current;
      const rest = { ...current };
      for (const k of keys) delete rest[k];
      return rest;
    });
  }

  function applyDefaults(d: SessionDefaults) {
    const current = valuesRef.current;
    if (editing) {
      setAll({ ...current, attendeeIds: d.attendeeIds });
      return;
    }
    // The coach's own date and time stay; otherwise now, on the clock of the session's zone.
    const when = timeTouched.current
      ? { date: current.date, time: current.time, timeZone: current.timeZone }
      : { ...wallClock(nowQuarterHour(), d.timeZone), timeZone: d.timeZone };
    const next: Values = {
      ...current,
      engagementId: d.engagementId,
      duration: String(d.durationMinutes),
      format: d.format,
      payment: d.payment,
      fee: minorToInput(d.feeMinor, d.currency),
      currency: d.currency,
      attendeeIds: d.attendeeIds,
      ...when,
    };
    if (!attendanceTouched.current) next.attendance = attendanceFor(next);
    setAll(next);
  }

  function chooseEngagement(id: string) {
    setAll({ ...valuesRef.current, engagementId: id });
    setErrors((current) => {
      const { engagementId: _e, attendeeIds: _a, ...rest } = current;
      return rest;
    });
    const request = unwrap(api().sessions.defaults({ engagementId: id }))
      .then((d) => {
        if (pendingDefaults.current === request) applyDefaults(d);
      })
      .catch((error) => setFormError(errorMessage(error)))
      .finally(() => {
        if (pendingDefaults.current === request) pendingDefaults.current = null;
      });
    pendingDefaults.current = request;
  }

  // Load the engagements; a new session starts from the last engagement used (or the latest session's).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the form opens.
  useEffect(() => {
    const store = useSessionsStore.getState();
    // Fresh each time (an engagement may have been added under Clients); the cached list shows meanwhile.
    const ready = store.loadEngagements().catch((error) => {
      if (store.engagements) return store.engagements;
      throw error;
    });
    ready
      .then((list) => {
        if (editing) return;
        // The latest session already held (the list is newest first, scheduled ones on top).
        const now = new Date().toISOString();
        const latest = (store.pages[0] ?? []).find((row) => row.startsAt <= now)?.engagementId ?? null;
        const start = [store.lastEngagementId, latest].find((id) => id && list.some((e) => e.id === id));
        // Never over the coach's own choice, made while the list was loading.
        if (start && valuesRef.current.engagementId === null) chooseEngagement(start);
      })
      .catch((error) => setFormError(errorMessage(error)));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    if (pendingDefaults.current) await pendingDefaults.current;
    // The freshest values (defaults may just have arrived).
    const current = valuesRef.current;
    const found: Record<string, string> = {};
    if (!current.engagementId) found.engagementId = t('form.errors.engagement');
    const at = zonedToInstant(current.date, current.time, current.timeZone);
    if (!at.ok) {
      found.startsAt = at.message;
      setStartsAtField(at.field);
    } else setStartsAtField('date');
    const length = lengthError(current.duration);
    if (length) found.durationMinutes = length;
    const fee = parseMoney(current.fee, current.currency.trim().toUpperCase() || 'USD');
    if (!fee.ok) found.feeMinor = fee.message;
    const chosenEngagement = useSessionsStore
      .getState()
      .engagements?.find((e) => e.id === current.engagementId);
    const group = chosenEngagement ? multiClientKinds.includes(chosenEngagement.kind) : false;
    if (group && current.attendeeIds.length === 0) found.attendeeIds = t('form.errors.attendees');
    const input: SessionFieldsInput = {
      engagementId: current.engagementId ?? '',
      startsAt: at.ok ? at.instant.toISOString() : '',
      timeZone: current.timeZone,
      durationMinutes: current.duration.trim() === '' ? Number.NaN : Number(current.duration),
      format: current.format,
      attendance: current.attendance,
      payment: current.payment,
      feeMinor: fee.ok ? fee.minor : null,
      currency: current.currency.trim().toUpperCase(),
      attendeeIds: group ? current.attendeeIds : [],
    };
    const parsed = sessionFields.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (!(key in found)) found[key] = messageText(issue.message);
      }
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = session
        ? await unwrap(api().sessions.update({ id: session.id, fields: input }))
        : await unwrap(api().sessions.create(input));
      onSaved(saved);
    } catch (error) {
      const key = error instanceof ApiError ? fieldKey(error.field) : undefined;
      if (key) {
        setErrors({ [key]: (error as ApiError).message });
        focusFirstInvalid();
      } else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  const localHint = useMemo(() => {
    if (values.timeZone === localZone()) return null;
    const at = zonedToInstant(values.date, values.time, values.timeZone);
    if (!at.ok) return null;
    const mine = wallClock(at.instant, localZone());
    const sameDay = mine.date === values.date;
    if (sameDay && mine.time === values.time) return null;
    const time = formatTime(at.instant);
    const zone = zoneLabel(localZone());
    return sameDay
      ? t('form.localHint', { time, zone })
      : t('form.localHintDay', { time, date: formatDay(mine.date), zone });
  }, [values.date, values.time, values.timeZone, t]);
  const gapHint = useMemo(() => {
    const at = zonedToInstant(values.date, values.time, values.timeZone);
    if (!at.ok || at.note !== 'gap') return null;
    const clock = wallClock(at.instant, values.timeZone);
    return t('form.gapHint', { typed: values.time, saved: clock.time });
  }, [values.date, values.time, values.timeZone, t]);
  const formatChoices = sessionFormats.map((f) => ({ value: f, label: formatLabels[f] }));
  const title = editing ? t('form.editTitle') : t('form.logTitle');

  return (
    <Dialog
      title={title}
      description={editing ? undefined : t('form.logDescription')}
      onClose={onClose}
      size="large"
    >
      <form ref={formRef} onSubmit={submit} noValidate aria-label={title}>
        <div className="dialog-body ses-form">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          {engagements && engagements.length === 0 ? (
            <div className="notice" role="note">
              {t('form.noEngagements')}
            </div>
          ) : null}
          {session?.finalised ? (
            <div className="field">
              <span className="ses-field-label">{t('form.engagement')}</span>
              <p className="ses-fixed-engagement" dir="auto">
                {engagement ? engagementLabel(engagement) : session.engagementTitle}
              </p>
              <div className="field-hint">{t('form.finalisedHint')}</div>
            </div>
          ) : (
            <EngagementPicker
              engagements={engagements ?? []}
              value={values.engagementId}
              onChange={chooseEngagement}
              error={errors.engagementId}
            />
          )}
          {isGroup && engagement ? (
            <fieldset className="ses-attendees" aria-invalid={errors.attendeeIds ? true : undefined}>
              <legend>{t('form.attendees')}</legend>
              <div className="ses-attendee-list">
                {engagement.participants.map((p) => (
                  <label key={p.id} className="ses-attendee">
                    <input
                      type="checkbox"
                      className="ses-attendee-check"
                      checked={values.attendeeIds.includes(p.id)}
                      onChange={(event) =>
                        update({
                          attendeeIds: event.target.checked
                            ? [...values.attendeeIds, p.id]
                            : values.attendeeIds.filter((id) => id !== p.id),
                        })
                      }
                    />
                    <span dir="auto">{p.fullName}</span>
                  </label>
                ))}
              </div>
              {errors.attendeeIds ? (
                <div className="field-error" role="alert">
                  {errors.attendeeIds}
                </div>
              ) : null}
            </fieldset>
          ) : errors.attendeeIds ? (
            <div className="field-error" role="alert">
              {errors.attendeeIds}
            </div>
          ) : null}

          <div className="ses-grid ses-grid-when">
            <Field
              label={t('form.date')}
              type="date"
              required
              value={values.date}
              onChange={(event) => update({ date: event.target.value })}
              error={startsAtField === 'date' ? errors.startsAt : undefined}
            />
            <Field
              label={t('form.startTime')}
              type="time"
              required
              value={values.time}
              onChange={(event) => update({ time: event.target.value })}
              error={startsAtField === 'time' ? errors.startsAt : undefined}
            />
            <SelectField
              label={t('form.timeZone')}
              value={values.timeZone}
              onChange={(event) => update({ timeZone: event.target.value })}
              error={errors.timeZone}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone)}
                </option>
              ))}
            </SelectField>
          </div>
          {localHint || gapHint ? (
            <p className="field-hint ses-when-hint" aria-live="polite">
              {gapHint ?? localHint}
            </p>
          ) : null}

          <div className="ses-grid ses-grid-how">
            <Field
              label={t('form.length')}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              step={5}
              value={values.duration}
              onChange={(event) => update({ duration: event.target.value })}
              error={errors.durationMinutes}
            />
            <RadioGroup
              legend={t('form.format')}
              name="session-format"
              value={values.format}
              choices={formatChoices}
              onChange={(format) => update({ format })}
              error={errors.format}
              columns={3}
            />
          </div>

          <div className="ses-grid ses-grid-money">
            <SelectField
              label={t('form.attendance')}
              value={values.attendance}
              onChange={(event) => {
                attendanceTouched.current = true;
                update({ attendance: event.target.value as Attendance });
              }}
              error={errors.attendance}
              hint={values.attendance === 'held' ? t('form.heldHint') : undefined}
            >
              {attendances.map((a) => (
                <option key={a} value={a}>
                  {attendanceLabels[a]}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('form.payment')}
              value={values.payment}
              onChange={(event) => update({ payment: event.target.value as Payment })}
              error={errors.payment}
              hint={paymentHints[values.payment]}
            >
              {payments.map((p) => (
                <option key={p} value={p}>
                  {paymentLabels[p]}
                </option>
              ))}
            </SelectField>
            <Field
              label={t('form.fee')}
              inputMode="decimal"
              placeholder={t('form.feeNone')}
              value={values.fee}
              onChange={(event) => update({ fee: event.target.value })}
              error={errors.feeMinor}
            />
            <Field
              label={t('form.currency')}
              value={values.currency}
              maxLength={3}
              autoCapitalize="characters"
              spellCheck={false}
              onChange={(event) => update({ currency: event.target.value.toUpperCase() })}
              error={errors.currency}
            />
          </div>
        </div>
        <div className="dialog-footer">
          <span className="muted small ses-footer-hint">
            <Trans
              t={t}
              i18nKey="form.enterSaves"
              components={{ key: <span className="ses-kbd" aria-hidden="true" /> }}
            />
          </span>
          <span className="ses-spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {editing ? t('common:actions.saveChanges') : t('form.log')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
