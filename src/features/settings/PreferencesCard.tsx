import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppPreferences,
  type DateFormat,
  LANGUAGES,
  type Language,
  resolveLanguage,
  type WeekStart,
} from '../../../electron/shared/preferences';
import { errorMessage } from '../../api/client';
import { usePreferences } from '../../app/preferences-store';
import { dayOf, formatDay, formatWeekday, weekStartDay } from '../../i18n/format';

const DATE_FORMATS: readonly DateFormat[] = ['locale', 'iso', 'dmy', 'mdy'];
const WEEK_STARTS: readonly WeekStart[] = ['locale', 'monday', 'sunday', 'saturday'];

/**
 * Language, date format and first day of the week, for this computer's user (kept outside
 * any practice, so the unlock screen follows them too). A choice applies at once: every
 * translated view re-renders in the new language.
 */
export function PreferencesCard() {
  const { t } = useTranslation(['settings', 'common']);
  const preferences = usePreferences((s) => s.preferences);
  const save = usePreferences((s) => s.save);
  const [saved, setSaved] = useState<keyof AppPreferences | null>(null);
  const [error, setError] = useState<{ field: keyof AppPreferences; message: string } | null>(null);
  const languageId = useId();
  const dateFormatId = useId();
  const weekStartId = useId();
  if (!preferences) return null;

  async function change<K extends keyof AppPreferences>(field: K, value: AppPreferences[K]) {
    if (!preferences) return;
    setSaved(null);
    setError(null);
    try {
      await save({ ...preferences, [field]: value });
      setSaved(field);
    } catch (e) {
      setError({ field, message: errorMessage(e) });
    }
  }

  const system = typeof navigator === 'undefined' ? [] : navigator.languages;
  const systemLanguage = resolveLanguage('system', system);
  const languageName = (language: Language) => t(`common:language.${language}`);
  const today = dayOf(new Date());
  // What "as the language has it" means now, named as the language writes weekdays (22 November 2026 was a Sunday).
  const localeDayName = formatWeekday(`2026-11-${22 + weekStartDay('locale')}`, 'long');

  const row = (
    field: keyof AppPreferences,
    id: string,
    label: string,
    hint: string | null,
    control: ReactNode,
  ) => (
    <div className="settings-row">
      <div className="settings-row-text">
        <label className="settings-row-label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="field-hint">
            {hint}
          </div>
        ) : null}
        {error?.field === field ? (
          <div id={`${id}-error`} className="field-error" role="alert">
            {error.message}
          </div>
        ) : null}
      </div>
      <div className="settings-inline">
        <output className="settings-saved">{saved === field ? t('common:state.saved') : ''}</output>
        <div className="field settings-select settings-select-wide">{control}</div>
      </div>
    </div>
  );

  const describedBy = (field: keyof AppPreferences, id: string, hint: boolean) =>
    [hint ? `${id}-hint` : null, error?.field === field ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <section className="card settings-card" aria-labelledby="preferences-heading">
      <div className="settings-card-head">
        <h2 id="preferences-heading">{t('preferences.heading')}</h2>
        <p className="muted">{t('preferences.intro')}</p>
      </div>
      {row(
        'language',
        languageId,
        t('common:language.label'),
        null,
        <select
          id={languageId}
          className="select-control"
          value={preferences.language}
          aria-describedby={describedBy('language', languageId, false)}
          onChange={(e) => void change('language', e.target.value as AppPreferences['language'])}
        >
          <option value="system">
            {t('preferences.languageSystem', { language: languageName(systemLanguage) })}
          </option>
          {LANGUAGES.map((language) => (
            // Each language is named in itself, so a coach who cannot read the current one still finds theirs.
            <option key={language} value={language} lang={language}>
              {languageName(language)}
            </option>
          ))}
        </select>,
      )}
      {row(
        'dateFormat',
        dateFormatId,
        t('preferences.dateFormat'),
        t('preferences.dateFormatHint'),
        <select
          id={dateFormatId}
          className="select-control"
          value={preferences.dateFormat}
          aria-describedby={describedBy('dateFormat', dateFormatId, true)}
          onChange={(e) => void change('dateFormat', e.target.value as DateFormat)}
        >
          {DATE_FORMATS.map((format) => (
            <option key={format} value={format}>
              {t(`preferences.dateFormats.${format}`, { example: formatDay(today, 'medium', format) })}
            </option>
          ))}
        </select>,
      )}
      {row(
        'weekStart',
        weekStartId,
        t('preferences.weekStart'),
        t('preferences.weekStartHint'),
        <select
          id={weekStartId}
          className="select-control"
          value={preferences.weekStart}
          aria-describedby={describedBy('weekStart', weekStartId, true)}
          onChange={(e) => void change('weekStart', e.target.value as WeekStart)}
        >
          {WEEK_STARTS.map((start) => (
            <option key={start} value={start}>
              {start === 'locale'
                ? t('preferences.weekStarts.locale', { day: localeDayName })
                : t(`preferences.weekStarts.${start}`)}
            </option>
          ))}
        </select>,
      )}
    </section>
  );
}
