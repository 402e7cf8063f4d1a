import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATABASE_PATH: 'data/shop.db',
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
    });
  });

  it('reads the variables it knows and ignores the rest of the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'silent',
      TRUST_PROXY: '1',
      PATH: '/usr/bin',
    });
    expect(config).toEqual({ PORT: 8080, HOST: '0.0.0.0', DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', TRUST_PROXY: true });
  });

  it('accepts port 0 (any free port) and 65535', () => {
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65_535);
  });

  it.each(['abc', '65536', '-1', '80.5', '', ' ', '0x50', '1e3'])('rejects PORT=%j naming the variable', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(/Invalid configuration:\n\s+PORT: /);
  });

  it.each(['loud', 'INFO', ''])('rejects LOG_LEVEL=%j naming the variable', (level) => {
    expect(() => loadConfig({ LOG_LEVEL: level })).toThrow(/LOG_LEVEL: /);
  });

  it('rejects an empty DATABASE_PATH and an unknown TRUST_PROXY', () => {
    expect(() => loadConfig({ DATABASE_PATH: '' })).toThrow(/DATABASE_PATH: /);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: /);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT: [\s\S]*LOG_LEVEL: /);
  });
});
