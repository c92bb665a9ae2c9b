import type { ProxyOptions, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { ispybPlugin } from './vite-plugin';

function proxyOf(plugin: ReturnType<typeof ispybPlugin>): Record<string, ProxyOptions> | undefined {
  const config = (plugin.config as () => UserConfig | undefined)();
  return config?.server?.proxy as Record<string, ProxyOptions> | undefined;
}

describe('ispybPlugin', () => {
  it('proxies /ispyb-api to a real py-ispyb under any prefix', () => {
    const proxy = proxyOf(ispybPlugin('https://gw.example.org/facility/ispyb/api/v1/'));
    const rule = proxy?.['/ispyb-api'];
    expect(rule?.target).toBe('https://gw.example.org');
    expect(rule?.rewrite?.('/ispyb-api/proposals?skip=0')).toBe(
      '/facility/ispyb/api/v1/proposals?skip=0',
    );
  });
  it('mounts the demo (no proxy) when no API URL is given', () => {
    expect(proxyOf(ispybPlugin(''))).toBeUndefined();
  });
});
