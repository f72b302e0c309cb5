import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** A one-page printable sheet with the recovery key and what to do with it. */
export function recoveryKeyPdf(opts: {
  practiceName: string;
  recoveryKey: string;
  fontsDir: string;
  now: Date;
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 64,
      info: { Title: 'Coachbook recovery key', Creator: 'Coachbook', Producer: 'Coachbook' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', join(opts.fontsDir, 'NotoSans-Regular.ttf'));
    doc.registerFont('bold', join(opts.fontsDir, 'NotoSans-Bold.ttf'));
    doc.font('bold').fontSize(20).fillColor('#1f2328').text('Coachbook recovery key');
    doc
      .moveDown(0.4)
      .font('regular')
      .fontSize(11)
      .fillColor('#5d6470')
      .text(`Practice: ${opts.practiceName}`);
    doc.text(`Created: ${opts.now.toISOString().slice(0, 10)}`);
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
    for (const line of [
      'This key opens your practice if you forget your passphrase. With it, anyone can read your coaching records, so keep it as carefully as the records themselves: printed and locked away, or in a password manager.',
      'To use it: on the unlock screen choose "Forgot your passphrase?", type the key (dashes and case do not matter) and choose a new passphrase.',
      'Creating a new recovery key in Settings makes this one stop working.',
    ]) {
      doc.text(line, { width: doc.page.width - 128 }).moveDown(0.8);
    }
    doc.end();
  });
}
