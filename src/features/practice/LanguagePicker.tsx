import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppPreferences, LANGUAGES } from '../../../electron/shared/preferences';
import { usePreferences } from '../../app/preferences-store';
import { ActionIcon } from '../../components/ActionIcons';
import './language-picker.css';

/**
 * The language, on the setup and unlock screens: a coach can switch before there is any
 * practice to open. It is the same preference as in Settings (stored outside any practice).
 * Each language is named in itself, so a coach finds theirs whatever is showing.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  const preferences = usePreferences((s) => s.preferences);
  const save = usePreferences((s) => s.save);
  if (!preferences) return null;
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        <ActionIcon name="globe" size={16} />
        {t('language.label')}
      </label>
      <select
        id={id}
        value={preferences.language}
        onChange={(e) =>
          void save({ ...preferences, language: e.target.value as AppPreferences['language'] }).catch(
            () => {},
          )
        }
      >
        <option value="system">{t('language.system')}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
