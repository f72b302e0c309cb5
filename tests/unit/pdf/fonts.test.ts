import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultFontsDir,
  drawableText,
  FONT_FILES,
  FONT_KEYS,
  findFontsDir,
  loadFonts,
  paragraphDirection,
  splitRuns,
} from '../../../electron/core/pdf/fonts';

const REPO_FONTS = resolve(__dirname, '../../../resources/fonts');

/** What a reader sees left to right: each run as drawn (fontkit reverses Arabic runs itself). */
function visualString(text: string, options?: Parameters<typeof splitRuns>[1]): string {
  return splitRuns(text, options)
    .map((r) => {
      const drawn = drawableText(r);
      // Mirror fontkit: an Arabic run handed over in logical order comes out reversed.
      return r.font === 'arabic' && drawn === r.text && r.rtl ? [...drawn].reverse().join('') : drawn;
    })
    .join('');
}

describe('splitRuns', () => {
  it('keeps Latin, Vietnamese, Greek and Cyrillic in one Latin run', () => {
    expect(splitRuns('Nguyễn Thị Lan, Zoë, Ελένη, Наталья')).toEqual([
      { text: 'Nguyễn Thị Lan, Zoë, Ελένη, Наталья', font: 'latin', rtl: false },
    ]);
  });

  it('uses the bold Latin face for bold text but keeps the CJK font', () => {
    expect(splitRuns('Coach 李雷', { bold: true })).toEqual([
      { text: 'Coach ', font: 'latin-bold', rtl: false },
      { text: '李雷', font: 'cjk', rtl: false },
    ]);
  });

  it('splits a mixed-script line by script, in visual order for a left-to-right line', () => {
    expect(splitRuns('Client: محمد Nguyễn 李雷 ノート')).toEqual([
      { text: 'Client: ', font: 'latin', rtl: false },
      { text: 'محمد', font: 'arabic', rtl: true },
      { text: ' Nguyễn ', font: 'latin', rtl: false },
      { text: '李雷', font: 'cjk', rtl: false },
      { text: ' ', font: 'latin', rtl: false },
      { text: 'ノート', font: 'cjk', rtl: false },
    ]);
  });

  it('gives Hebrew its own font (it has no glyphs in Noto Sans) and lays it out right to left', () => {
    expect(splitRuns('Client: נועה Levi')).toEqual([
      { text: 'Client: ', font: 'latin', rtl: false },
      { text: 'נועה', font: 'hebrew', rtl: true },
      { text: ' Levi', font: 'latin', rtl: false },
    ]);
  });

  it('gives Devanagari, Bengali, Tamil and Thai each their own font (Noto Sans has none of them)', () => {
    expect(splitRuns('Client: प्रिया शर्मा (Delhi)')).toEqual([
      { text: 'Client: ', font: 'latin', rtl: false },
      { text: 'प्रिया', font: 'devanagari', rtl: false },
      { text: ' ', font: 'latin', rtl: false },
      { text: 'शर्मा', font: 'devanagari', rtl: false },
      { text: ' (Delhi)', font: 'latin', rtl: false },
    ]);
    expect(splitRuns('শ্রেয়া, தமிழ்செல்வி, สมชาย')).toEqual([
      { text: 'শ্রেয়া', font: 'bengali', rtl: false },
      { text: ', ', font: 'latin', rtl: false },
      { text: 'தமிழ்செல்வி', font: 'tamil', rtl: false },
      { text: ', ', font: 'latin', rtl: false },
      { text: 'สมชาย', font: 'thai', rtl: false },
    ]);
    // Joiners, which decide between a conjunct and a half form, stay inside the run.
    expect(splitRuns('क्\u200dष')).toEqual([{ text: 'क्\u200dष', font: 'devanagari', rtl: false }]);
    // Bold has no Indic or Thai face: the regular one is drawn with a stroke (see the composer).
    expect(splitRuns('ใจดี', { bold: true })).toEqual([{ text: 'ใจดี', font: 'thai', rtl: false }]);
  });

  it('gives a danda, shared by the Indic scripts, the font of the letters before it', () => {
    expect(splitRuns('শ্রেয়া।')).toEqual([{ text: 'শ্রেয়া।', font: 'bengali', rtl: false }]);
    expect(splitRuns('सीता।')).toEqual([{ text: 'सीता।', font: 'devanagari', rtl: false }]);
    expect(splitRuns('Sita।')).toEqual([
      { text: 'Sita', font: 'latin', rtl: false },
      { text: '।', font: 'devanagari', rtl: false },
    ]);
  });

  it('orders the words of an Arabic phrase right to left inside a left-to-right line', () => {
    const runs = splitRuns('Sponsor: محمد بن علي (HR)');
    // Visually the last Arabic word comes first; each word is a separate run so it is shaped whole.
    expect(runs.map((r) => [r.text, r.font, r.rtl])).toEqual([
      ['Sponsor: ', 'latin', false],
      ['علي', 'arabic', true],
      [' ', 'latin', true],
      ['بن', 'arabic', true],
      [' ', 'latin', true],
      ['محمد', 'arabic', true],
      [' (HR)', 'latin', false],
    ]);
  });

  it('reorders a right-to-left paragraph with embedded Latin and mirrors its brackets', () => {
    const text = 'محمد (Coach) علي';
    expect(paragraphDirection(text)).toBe('rtl');
    const runs = splitRuns(text, { direction: 'rtl' });
    // Leftmost on the page is the last logical Arabic word; the Latin word keeps its own order.
    expect(runs[0]).toEqual({ text: 'علي', font: 'arabic', rtl: true });
    expect(runs.find((r) => r.text.includes('Coach'))).toMatchObject({ font: 'latin', rtl: false });
    expect(runs[runs.length - 1]).toEqual({ text: 'محمد', font: 'arabic', rtl: true });
    // The logical "(" at RTL level is shown as ")" on the page, on the right of "Coach".
    const reversed = (t: string) => [...t].reverse().join('');
    expect(visualString(text, { direction: 'rtl' })).toBe(`${reversed('علي')} (Coach) ${reversed('محمد')}`);
  });

  it('puts Arabic punctuation with the Arabic font and digits with the Latin font', () => {
    const runs = splitRuns('محمد، 2025');
    expect(runs.find((r) => r.text.includes('،'))?.font).toBe('arabic');
    expect(runs.find((r) => r.text.includes('2025'))).toMatchObject({ font: 'latin', rtl: false });
  });

  it('keeps punctuation shared with Latin in the Latin font even when CJK also uses it', () => {
    // U+00B7 has Han among its script extensions, but the CJK font has no glyph for it.
    expect(splitRuns('Zoë · 李雷')).toEqual([
      { text: 'Zoë · ', font: 'latin', rtl: false },
      { text: '李雷', font: 'cjk', rtl: false },
    ]);
    expect(splitRuns('李雷、ノート。')).toEqual([{ text: '李雷、ノート。', font: 'cjk', rtl: false }]);
  });

  it('keeps combining marks with their base character and normalises to NFC', () => {
    // "e" + combining circumflex + combining tilde composes to ễ.
    const runs = splitRuns('Nguye\u0302\u0303n');
    expect(runs).toEqual([{ text: 'Nguyễn', font: 'latin', rtl: false }]);
  });

  it('returns no runs for an empty string', () => {
    expect(splitRuns('')).toEqual([]);
  });

  it('reverses non-Arabic right-to-left neutrals for drawing, but leaves Arabic to the shaper', () => {
    expect(drawableText({ text: 'محمد', font: 'arabic', rtl: true })).toBe('محمد');
    expect(drawableText({ text: '( ', font: 'latin', rtl: true })).toBe(' (');
    expect(drawableText({ text: 'Zoë', font: 'latin', rtl: false })).toBe('Zoë');
  });
});

describe('font files', () => {
  it('finds resources/fonts by walking up from a nested directory', () => {
    const found = findFontsDir(resolve(__dirname));
    expect(found).toBe(REPO_FONTS);
    expect(defaultFontsDir({ startDir: __dirname })).toBe(REPO_FONTS);
  });

  it('returns null, and defaultFontsDir throws, where there is no resources/fonts above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coachbook-nofonts-'));
    expect(findFontsDir(dir)).toBeNull();
    expect(() => defaultFontsDir({ startDir: dir })).toThrow(/resources[/\\]fonts/);
  });

  it('prefers an explicit directory', () => {
    expect(defaultFontsDir({ explicitDir: '/opt/coachbook/fonts', startDir: __dirname })).toBe(
      resolve('/opt/coachbook/fonts'),
    );
  });

  it('loads every font, each a TrueType file', () => {
    const set = loadFonts(REPO_FONTS);
    for (const key of FONT_KEYS) {
      expect(set.paths[key]).toBe(join(REPO_FONTS, FONT_FILES[key]));
      // TrueType files start with the sfnt version 0x00010000.
      expect(set.data[key].readUInt32BE(0)).toBe(0x00010000);
    }
  });

  it('names the missing files when a fonts directory is incomplete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coachbook-somefonts-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, FONT_FILES.latin), 'x');
    expect(() => loadFonts(dir)).toThrow(
      /NotoSans-Bold\.ttf.*NotoSansArabic-Regular\.ttf.*DroidSansFallback\.ttf/,
    );
  });
});
