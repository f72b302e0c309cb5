import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/core/pdf/fonts';
import { PdfComposer, type TextStyle } from '../../../electron/core/pdf/layout';

const fonts = loadFonts(resolve(__dirname, '../../../resources/fonts'));
const STYLE: TextStyle = { size: 10 };

function composer(): PdfComposer {
  return new PdfComposer({ fonts, margins: { top: 80, right: 70, bottom: 80, left: 70 }, info: {} });
}

describe('PdfComposer.wrap', () => {
  it('breaks at spaces, every line within the width, losing no words', () => {
    const c = composer();
    const text = 'Coaching is a partnership in which the client sets their own goals and the coach helps.';
    const lines = c.wrap(text, STYLE, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(c.measure(line, STYLE)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks CJK text between characters, never before closing punctuation', () => {
    const c = composer();
    const text = 'コーチングは、クライアントが自らの目標を設定し、コーチがその思考、決定、行動を支援する。';
    const lines = c.wrap(text, STYLE, 60);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(c.measure(line, STYLE)).toBeLessThanOrEqual(60 + STYLE.size); // a kept-with mark may overhang
      expect(line).not.toMatch(/^[、。ー]/);
    }
  });

  it('splits a token longer than the line', () => {
    const c = composer();
    const url = `https://example.invalid/${'a'.repeat(120)}`;
    const lines = c.wrap(url, STYLE, 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(c.measure(line, STYLE)).toBeLessThanOrEqual(100);
  });

  it('measures mixed-script text as the sum of its runs in their own fonts', () => {
    const c = composer();
    const whole = c.measure('Zoë 李雷 محمد', STYLE);
    const parts =
      c.measure('Zoë ', STYLE) + c.measure('李雷', STYLE) + c.measure(' ', STYLE) + c.measure('محمد', STYLE);
    expect(whole).toBeCloseTo(parts, 5);
    // CJK ideographs are full-width: one em each.
    expect(c.measure('李雷', STYLE)).toBeCloseTo(20, 0);
  });
});

describe('PdfComposer.fitLine', () => {
  it('keeps text that fits and shortens text that does not, with an ellipsis', () => {
    const c = composer();
    expect(c.fitLine('Short', STYLE, 200)).toBe('Short');
    const long = 'Nguyễn Thị Lan Phương Anh Hoàng Minh Châu Bảo Ngọc';
    const fitted = c.fitLine(long, STYLE, 80);
    expect(fitted.endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(c.measure(fitted, STYLE)).toBeLessThanOrEqual(80);
  });
});

describe('PdfComposer pagination', () => {
  it('adds pages as paragraphs flow past the bottom margin', async () => {
    const c = composer();
    for (let i = 0; i < 60; i++) c.paragraph(`Paragraph ${i} `.repeat(12), STYLE, { spaceAfter: 6 });
    expect(c.pdf.bufferedPageRange().count).toBeGreaterThanOrEqual(3);
    const stamped: string[] = [];
    const pdf = await c.finish((i, n) => stamped.push(`${i + 1}/${n}`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const n = stamped.length;
    expect(stamped).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
  });
});
