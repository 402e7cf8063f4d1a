import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toMatchObject({
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
    expect(config).toMatchObject({ PORT: 8080, HOST: '0.0.0.0', DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', TRUST_PROXY: true });
  });

  it('has connection limits, a shutdown grace, proxy hops and a WS-Security window, each settable', () => {
    expect(loadConfig({})).toMatchObject({
      TRUST_PROXY_HOPS: 1,
      HEADERS_TIMEOUT_MS: 10_000,
      REQUEST_TIMEOUT_MS: 30_000,
      KEEP_ALIVE_TIMEOUT_MS: 5_000,
      IDLE_TIMEOUT_MS: 30_000,
      MAX_CONNECTIONS: 5_000,
      MAX_CONNECTIONS_PER_ADDRESS: 256,
      SHUTDOWN_GRACE_MS: 10_000,
      WSS_TIMESTAMP_WINDOW_SECONDS: 300,
    });
    expect(loadConfig({ HEADERS_TIMEOUT_MS: '2000', MAX_CONNECTIONS_PER_ADDRESS: '0', TRUST_PROXY_HOPS: '2' })).toMatchObject({
      HEADERS_TIMEOUT_MS: 2_000,
      MAX_CONNECTIONS_PER_ADDRESS: 0,
      TRUST_PROXY_HOPS: 2,
    });
    expect(() => loadConfig({ IDLE_TIMEOUT_MS: '30s' })).toThrow(/IDLE_TIMEOUT_MS: /);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '0' })).toThrow(/TRUST_PROXY_HOPS: /);
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
