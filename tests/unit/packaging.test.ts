import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Where the Electron binary cannot be downloaded, installers cannot be built; this
 * checks instead that the packaging configuration ships what the app needs at run time.
 */
const root = join(__dirname, '../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  icon: string;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('unpacks every native module from the asar archive and rebuilds it for Electron', () => {
    const native = Object.keys(pkg.dependencies).filter((name) =>
      existsSync(join(root, 'node_modules', name, 'binding.gyp')),
    );
    expect(native).toEqual(['better-sqlite3-multiple-ciphers']);
    for (const name of native) expect(config.asarUnpack).toContain(`node_modules/${name}/**`);
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the fonts the PDF exports read at run time, where the main process looks for them', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
    const fonts = readdirSync(join(root, 'resources/fonts')).filter((f) => f.endsWith('.ttf'));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'fonts')");
  });

  it('bundles migrations, templates and credential rules into the main process build', () => {
    expect(config.files).toContain('out/main/**');
    const migrations = readdirSync(join(root, 'electron/core/db/migrations'));
    const list = readFileSync(join(root, 'electron/core/db/migrations.ts'), 'utf8');
    for (const file of migrations) expect(list).toContain(`./migrations/${file}?raw`);
    const templates = readFileSync(join(root, 'electron/core/agreements/templates.ts'), 'utf8');
    for (const file of readdirSync(join(root, 'resources/templates'))) {
      expect(templates).toContain(`resources/templates/${file}?raw`);
    }
    expect(readFileSync(join(root, 'electron/core/hours/rules.ts'), 'utf8')).toContain(
      'resources/credentials/*.json',
    );
    const built = join(root, 'out/main/index.js');
    if (existsSync(built)) {
      const bundle = readFileSync(built, 'utf8');
      expect(bundle).toContain('CREATE TABLE practice');
      expect(bundle).toContain('Coaching is not therapy');
      expect(bundle).toContain('icf-acc');
    }
  });

  it('builds the installers the issue asks for, with the app icon', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(existsSync(join(root, config.icon))).toBe(true);
    expect(pkg.scripts.dist).toContain('electron-builder');
  });
});
