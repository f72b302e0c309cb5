/** What the renderer may know about practices without unlocking one: no client data. */
export interface PracticeSummary {
  /** Absolute path of the encrypted database file. */
  path: string;
  name: string;
  lastOpenedAt: string | null;
  /** The demo practice made from the demo generator: fictional records only. */
  demo?: boolean;
}

export type PracticeState = 'no-practice' | 'locked' | 'unlocked';

export interface PracticeStatus {
  state: PracticeState;
  /** The practice that is open (unlocked) or waiting to be unlocked. */
  current: PracticeSummary | null;
  known: PracticeSummary[];
  /** The selected practice can be unlocked from the OS keychain ("remember on this computer"). */
  remembered: boolean;
  hasRecoveryKey: boolean;
}

export interface PracticeProfile {
  id: string;
  name: string;
  coachName: string;
  createdAt: string;
  /** Fictional records from the demo generator; the app labels it on every screen. */
  demo: boolean;
}

/** The guided start shown after setup until its steps are done or the coach dismisses it. */
export interface Onboarding {
  hasClient: boolean;
  hasSession: boolean;
  hasTarget: boolean;
  dismissed: boolean;
}
