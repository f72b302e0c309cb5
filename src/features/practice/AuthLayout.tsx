import type { ReactNode } from 'react';
import { Logo } from '../../components/Logo';

/** The calm, centred frame for setup and unlock. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="auth-brand">
          <Logo size={36} />
          <span>Coachbook</span>
        </div>
        <h1>{title}</h1>
        <p className="auth-subtitle">{subtitle}</p>
        {children}
      </div>
      <p className="auth-footnote">
        Your records stay on this computer, encrypted. Coachbook never sends them anywhere.
      </p>
    </main>
  );
}
