import i18next, { type TFunction } from 'i18next';
import pdfEn from '../shared/i18n/locales/en/pdf.json';
import pdfEs from '../shared/i18n/locales/es/pdf.json';
import type { Language } from '../shared/preferences';

/**
 * The main process's words: the exported documents (namespace `pdf`). The renderer has
 * its own instance over the same resource files (src/i18n).
 */
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { pdf: pdfEn }, es: { pdf: pdfEs } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['pdf'],
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
