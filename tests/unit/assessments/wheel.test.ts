import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WHEEL_AREAS } from '../../../electron/shared/assessments';
import {
  areaLabel,
  average,
  describeWheels,
  polarPoint,
  scoreFor,
  storedArea,
  wheelPath,
  wrapLabel,
} from '../../../src/features/assessments/wheel';
import { i18n } from '../../../src/i18n';
import { setFormatting } from '../../../src/i18n/format';

/** The pure geometry and wording behind the radar chart. */

const wheel = (scores: number[], areas: readonly string[] = DEFAULT_WHEEL_AREAS) =>
  areas.slice(0, scores.length).map((area, i) => ({ area, score: scores[i] ?? 0 }));

describe('radar geometry', () => {
  it('puts the first area straight up and 10 on the rim', () => {
    expect(polarPoint(0, 8, 10, 100)).toEqual({ x: 0, y: -100 });
    expect(polarPoint(2, 8, 5, 100)).toEqual({ x: 50, y: 0 });
    expect(polarPoint(4, 8, 0, 100)).toEqual({ x: 0, y: 0 });
    // Out-of-range scores are clamped, never drawn outside the wheel.
    expect(polarPoint(0, 8, 14, 100)).toEqual({ x: 0, y: -100 });
  });

  it('closes the shape when every area is scored, and leaves a gap for an area an earlier wheel lacked', () => {
    const areas = ['A', 'B', 'C', 'D'];
    expect(wheelPath(areas, wheel([10, 10, 10, 10], areas), 100)).toBe('M0 -100 L100 0 L0 100 L-100 0 Z');
    const missingC = [
      { area: 'a', score: 10 },
      { area: 'B', score: 10 },
      { area: 'D', score: 10 },
    ];
    // Matched by name without case; C is skipped, so the stroke runs D → A → B and stops.
    expect(wheelPath(areas, missingC, 100)).toBe('M-100 0 L0 -100 L100 0');
  });
});

describe('labels and summaries', () => {
  it('wraps long area names onto short lines, breaking after a slash', () => {
    expect(wrapLabel('Career')).toEqual(['Career']);
    expect(wrapLabel('Romance/Significant other')).toEqual(['Romance/', 'Significant', 'other']);
    expect(wrapLabel('Fun & recreation')).toEqual(['Fun &', 'recreation']);
    const long = wrapLabel('Relationship with my extended family and in-laws abroad');
    expect(long).toHaveLength(3);
    expect(long[2]?.endsWith('…')).toBe(true);
  });

  it('averages to one decimal and finds scores by area name', () => {
    expect(average(wheel([7, 8, 8]))).toBe(7.7);
    expect(average([])).toBe(0);
    expect(scoreFor(wheel([3, 9]), ' finances ')).toBe(9);
    expect(scoreFor(wheel([3, 9]), 'Health')).toBeNull();
  });

  it('says in words what the chart shows', () => {
    const text = describeWheels({ key: 'b', label: '14 Mar 2025', scores: wheel([7, 5]) }, [
      { key: 'a', label: '10 Jan 2025', scores: wheel([3, 4]) },
    ]);
    expect(text).toBe(
      'Wheel of Life, 14 Mar 2025: Career 7, Finances 5. Average 6 out of 10. ' +
        'Earlier results outlined for comparison: 10 Jan 2025 (average 3.5).',
    );
  });
});

describe('in the coach’s language', () => {
  const spanish = async () => {
    await i18n.changeLanguage('es');
    setFormatting({ locale: 'es', dateFormat: 'locale', weekStart: 'locale' });
  };
  afterEach(async () => {
    await i18n.changeLanguage('en');
    setFormatting({ locale: 'en', dateFormat: 'locale', weekStart: 'locale' });
  });

  it('shows the standard areas translated and stores them in English; the coach’s own names stay as typed', async () => {
    expect(areaLabel('Family & friends')).toBe('Family & friends');
    await spanish();
    expect(DEFAULT_WHEEL_AREAS.map(areaLabel)).toContain('Salud');
    expect(areaLabel('health')).toBe('Salud');
    expect(areaLabel('Creativity')).toBe('Creativity');
    expect(storedArea('Salud')).toBe('Health');
    expect(storedArea(' salud ')).toBe('Health');
    expect(storedArea('Creatividad')).toBe('Creatividad');
    // Every standard area goes there and back.
    expect(DEFAULT_WHEEL_AREAS.map((a) => storedArea(areaLabel(a)))).toEqual([...DEFAULT_WHEEL_AREAS]);
  });

  it('describes the chart in Spanish, with a decimal comma', async () => {
    await spanish();
    const text = describeWheels({ key: 'b', label: '14 mar 2025', scores: wheel([7, 5]) }, [
      { key: 'a', label: '10 ene 2025', scores: wheel([3, 4]) },
    ]);
    expect(text).toBe(
      'Rueda de la vida, 14 mar 2025: Carrera profesional 7, Finanzas 5. Media de 6 sobre 10. ' +
        'Resultados anteriores perfilados para comparar: 10 ene 2025 (media 3,5).',
    );
  });
});
