import 'i18next';
import type { en } from './resources';

// Keys are checked at compile time against the English files; tests/unit/i18n checks Spanish has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
