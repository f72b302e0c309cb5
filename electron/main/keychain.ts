import { safeStorage } from 'electron';
import type { Keychain } from '../core/ports';

/** The Keychain port on Electron's safeStorage (macOS Keychain, Windows DPAPI, libsecret/kwallet). */
export const electronKeychain: Keychain = {
  // On Linux without a secret service, safeStorage falls back to a hard-coded key: not a keychain.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text',
  encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
  decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};
