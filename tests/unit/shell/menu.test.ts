import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ templates: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => {
      built.templates.push(template);
      return { template };
    },
  },
}));

import { dialogText } from '../../../electron/core/i18n';
import { buildMenu } from '../../../electron/main/menu';

type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] };

function fileMenu(language: 'en' | 'es', lock = () => {}): Item {
  buildMenu({ lock }, dialogText(language));
  const template = built.templates.at(-1) as Item[];
  const file = template.find((item) => item.submenu?.some((i) => i.click));
  if (!file) throw new Error('no File menu');
  return file;
}

describe('the application menu', () => {
  it('is worded in the language Coachbook started in', () => {
    expect(fileMenu('en').label).toBe('File');
    expect(fileMenu('en').submenu?.[0]?.label).toBe('Lock Practice');
    expect(fileMenu('es').label).toBe('Archivo');
    expect(fileMenu('es').submenu?.[0]?.label).toBe('Bloquear la práctica');
  });

  it('locks the practice from File', () => {
    const lock = vi.fn();
    fileMenu('en', lock).submenu?.[0]?.click?.();
    expect(lock).toHaveBeenCalledOnce();
  });
});
