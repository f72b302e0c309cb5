import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/Logo';
import { LanguagePicker } from './LanguagePicker';

/** The calm, centred frame for setup and unlock. */
export function AuthLayout({
  title,
  subtitle,
  languagePicker = false,
  children,
}: {
  title: string;
  subtitle: ReactNode;
  /** Offer the language choice in the card's corner (setup and unlock). */
  languagePicker?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation(['practice', 'common']);
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="auth-brand">
          <Logo size={36} />
          <span>{t('common:appName')}</span>
          {languagePicker ? <LanguagePicker /> : null}
        </div>
        <h1>{title}</h1>
        <p className="auth-subtitle">{subtitle}</p>
        {children}
      </div>
      <p className="auth-footnote">{t('layout.footnote')}</p>
    </main>
  );
}
