/**
 * The few things that differ between the Electron shell and the browser test
 * harness, behind one interface each (adapters are chosen by whoever builds the app).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Asks the user for an existing practice file; null when they cancel. */
  choosePracticeFile(): Promise<string | null>;
  /** Asks the user for a file to bring in (e.g. a scanned signed agreement); null when they cancel. */
  chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for a folder (e.g. for backups on an external drive); null when they cancel. */
  chooseFolder?(options: { title: string }): Promise<string | null>;
  /** Asks where to save an export; null when they cancel. */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
}

/**
 * The operating system's keychain ("remember on this computer"): Electron's
 * safeStorage in the app, an in-memory fake in tests and the browser harness.
 */
export interface Keychain {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}
