import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/preferences';
import { pdfText } from '../i18n';

/** A one-page printable sheet with the recovery key and what to do with it. */
export function recoveryKeyPdf(opts: {
  practiceName: string;
  recoveryKey: string;
  fontsDir: string;
  now: Date;
  /** The sheet's language (documentLanguage at export); English when not given. */
  language?: Language;
}): Promise<Buffer> {
  const t = pdfText(opts.language ?? 'en');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 64,
      info: { Title: t('recovery.title'), Creator: 'Coachbook', Producer: 'Coachbook' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', join(opts.fontsDir, 'NotoSans-Regular.ttf'));
    doc.registerFont('bold', join(opts.fontsDir, 'NotoSans-Bold.ttf'));
    doc.font('bold').fontSize(20).fillColor('#1f2328').text(t('recovery.title'));
    doc
      .moveDown(0.4)
      .font('regular')
      .fontSize(11)
      .fillColor('#5d6470')
      .text(t('recovery.practice', { name: opts.practiceName }));
    doc.text(t('recovery.created', { date: opts.now.toISOString().slice(0, 10) }));
    doc.moveDown(1.5);
    const y = doc.y;
    doc
      .roundedRect(64, y, doc.page.width - 128, 70, 8)
      .lineWidth(1)
      .stroke('#2f6f62');
    // Two lines of whole groups, so line wrapping never splits a group or drops a dash.
    const groups = opts.recoveryKey.split('-');
    const half = Math.ceil(groups.length / 2);
    doc.font('bold').fontSize(15).fillColor('#1f2328');
    [groups.slice(0, half).join('-'), groups.slice(half).join('-')].forEach((line, i) => {
      doc.text(line, 80, y + 14 + i * 22, {
        width: doc.page.width - 160,
        align: 'center',
        characterSpacing: 1,
        lineBreak: false,
      });
    });
    doc.y = y + 100;
    doc.x = 64;
    doc.font('regular').fontSize(11).fillColor('#1f2328');
    for (const line of [t('recovery.keep'), t('recovery.use'), t('recovery.replace')]) {
      doc.text(line, { width: doc.page.width - 128 }).moveDown(0.8);
    }
    doc.end();
  });
}
