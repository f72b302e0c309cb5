/**
 * The few things that differ between the Electron shell and the browser test
 * harness, behind one interface each (adapters are chosen by whoever builds the app).
 */
export interface Dialogs {
  /** Asks the user for an existing practice file; null when they cancel. */
  choosePracticeFile(): Promise<string | null>;
}
