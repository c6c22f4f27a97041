import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Read with electron-builder's own loader: exactly what packaging will see. */
const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  // On a copy: validation normalizes the object it is given.
  it('passes electron-builder’s schema', async () => {
    await expect(
      validateConfiguration(structuredClone(config), { isEnabled: false, data: new Map(), add: () => undefined, save: async () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('names the app and packages only the build output', () => {
    expect(config.appId).toBe('org.carebinder.app');
    expect(config.productName).toBe('CareBinder');
    expect(config.asar).toBe(true);
    // electron-builder's loader turns the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
    expect(config.publish).toBeNull();
  });

  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('points every platform at the rendered icons, which exist at the sizes packaging needs', () => {
    expect(config.linux?.icon).toBe('icons');
    expect(config.win?.icon).toBe('icons/512x512.png');
    expect(config.mac?.icon).toBe('icons/512x512.png');
    for (const size of [512, 256]) {
      const png = readFileSync(join(ROOT, 'resources/icons', `${size}x${size}.png`));
      // PNG signature, then the IHDR width and height (big-endian).
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });
});
