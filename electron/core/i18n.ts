import i18next, { type TFunction } from 'i18next';
import dialogsEn from '../shared/i18n/locales/en/dialogs.json';
import errorsEn from '../shared/i18n/locales/en/errors.json';
import pdfEn from '../shared/i18n/locales/en/pdf.json';
import dialogsEs from '../shared/i18n/locales/es/dialogs.json';
import errorsEs from '../shared/i18n/locales/es/errors.json';
import pdfEs from '../shared/i18n/locales/es/pdf.json';
import { translateMessage } from '../shared/messages';
import type { Language } from '../shared/preferences';

/**
 * The main process's words: the exported documents (namespace `pdf`), the native file dialogs
 * (namespace `dialogs`) and the messages of shared schemas and AppErrors (namespace `errors`).
 * The renderer has its own instance over the same resource files (src/i18n).
 */
const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { pdf: pdfEn, dialogs: dialogsEn, errors: errorsEn },
    es: { pdf: pdfEs, dialogs: dialogsEs, errors: errorsEs },
  },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['pdf', 'dialogs', 'errors'],
  defaultNS: 'pdf',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type PdfText = TFunction<'pdf'>;

/** The translate function for documents written in one language. */
export function pdfText(language: Language): PdfText {
  return instance.getFixedT(language, 'pdf');
}

export type DialogText = TFunction<'dialogs'>;

/**
 * The words of a native file dialog (title, file types, suggested file name) in `language`,
 * read when the dialog opens so a change of language applies to the next one.
 */
export function dialogText(language: Language): DialogText {
  return instance.getFixedT(language, 'dialogs');
}

/**
 * A message (a reference from electron/shared/messages.ts, or plain text) in `language`.
 * The language is an argument, never remembered, so a change of language applies to the next message.
 */
export function messageText(message: string, language: Language): string {
  return translateMessage(message, (key, options) => instance.t(key, { ...options, lng: language }));
}
