import { describe, expect, it } from 'vitest';
import {
  durationUnit,
  findHeader,
  matchHeader,
  normaliseHeader,
} from '../../../electron/core/hour-import/headers';

describe('header names', () => {
  it('normalises case, accents, punctuation and #', () => {
    expect(normaliseHeader('  Pro-Bono  Hours* ')).toBe('pro bono hours');
    expect(normaliseHeader('# in group')).toBe('number in group');
    expect(normaliseHeader('No. in group')).toBe('number in group');
    expect(normaliseHeader('Início')).toBe('inicio');
  });

  it.each([
    ['Client Name', 'clientName'],
    ['CLIENT NAME', 'clientName'],
    ["Client's name", 'clientName'],
    ['Contact Info', 'clientContact'],
    ['Contact Information (email or phone)', 'clientContact'],
    ['Individual or Group', 'mode'],
    ['Individual/Group', 'mode'],
    ['# in group', 'groupSize'],
    ['Number in Group', 'groupSize'],
    ['Start Date', 'startDate'],
    ['start', 'startDate'],
    ['End Date', 'endDate'],
    ['Paid Hours', 'paidHours'],
    ['Paid hours (decimal)', 'paidHours'],
    ['Pro Bono Hours', 'proBonoHours'],
    ['Pro-bono hours', 'proBonoHours'],
    ['Probono', 'proBonoHours'],
    ['Date', 'date'],
    ['Session date', 'date'],
    ['Duration (min)', 'duration'],
    ['Minutes', 'duration'],
    ['Hours', 'duration'],
    ['Paid / Pro bono', 'payment'],
    ['Paid', 'paidOrPayment'],
    ['Notes', null],
    ['', null],
  ])('%j is %s', (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it('reads a duration unit from its header', () => {
    expect(durationUnit('Duration (min)')).toBe('minutes');
    expect(durationUnit('Minutes')).toBe('minutes');
    expect(durationUnit('Length, hrs')).toBe('hours');
    expect(durationUnit('Duration')).toBeNull();
  });
});

describe('finding the header row', () => {
  const rows = (...lines: (string | null)[][]) => lines.map((cells) => ({ cells }));

  it('finds an ICF log header under a title', () => {
    const found = findHeader(
      rows(
        ['Client Coaching Log'],
        ['Coach: Ana Rivera'],
        [],
        [
          'Client Name',
          'Contact Info',
          'Individual or Group',
          '# in group',
          'Start Date',
          'End Date',
          'Paid Hours',
          'Pro Bono Hours',
        ],
        ['Lan', 'lan@example.org', 'Individual', '', '2025-01-01', '2025-02-01', '3', '0'],
      ),
      () => 'paidHours',
    );
    expect(found?.rowIndex).toBe(3);
    expect(found?.layout).toBe('icf-log');
    expect(found?.columns.map((c) => c.key)).toEqual([
      'clientName',
      'clientContact',
      'mode',
      'groupSize',
      'startDate',
      'endDate',
      'paidHours',
      'proBonoHours',
    ]);
  });

  it('finds a per-session header and asks what a lone "Paid" is', () => {
    const found = findHeader(rows(['Date', 'Client', 'Minutes', 'Paid']), () => 'payment');
    expect(found?.layout).toBe('per-session');
    expect(found?.columns.map((c) => c.key)).toEqual(['date', 'clientName', 'duration', 'payment']);
  });

  it('finds nothing in a file without a log header', () => {
    expect(findHeader(rows(['Name', 'Notes'], ['a', 'b']), () => 'paidHours')).toBeNull();
    expect(findHeader(rows(['Client', 'Start date']), () => 'paidHours')).toBeNull();
  });
});

describe('Spanish headers (Coachbook’s own export in Spanish)', () => {
  it.each([
    ['Nombre del cliente', 'clientName'],
    ['Datos de contacto', 'clientContact'],
    ['Individual / grupal', 'mode'],
    ['Tamaño del grupo', 'groupSize'],
    ['Fecha de inicio', 'startDate'],
    ['Fecha de fin', 'endDate'],
    ['Horas remuneradas', 'paidHours'],
    ['Horas pro bono', 'proBonoHours'],
    ['Fecha', 'date'],
    ['Duración (minutos)', 'duration'],
  ])('%s → %s', (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it('reads the unit of a Spanish duration header', () => {
    expect(durationUnit('Duración (minutos)')).toBe('minutes');
    expect(durationUnit('Horas')).toBe('hours');
  });
});
