import { describe, expect, it } from 'vitest';
import { isLocalAddress, publicUrlProblem } from './public-url.ts';

describe('the public address (PUBLIC_URL)', () => {
  it('knows an address that names this machine', () => {
    for (const local of [
      'http://localhost:3000/v/abc',
      'http://127.0.0.1:8080',
      'http://127.1.2.3/',
      'http://[::1]:3000/track/',
      'http://0.0.0.0:3000',
      'http://zhucun.localhost',
    ])
      expect(isLocalAddress(local), local).toBe(true);
  });

  it('lets every other address through', () => {
    for (const reachable of [
      'https://zhucun.example.cn/v/abc',
      'http://192.168.1.20:3000',
      'http://10.0.0.5',
      'https://localhost.example.cn',
      'not a url',
    ])
      expect(isLocalAddress(reachable), reachable).toBe(false);
  });

  it('accepts an http(s) address, with a path, and nothing else', () => {
    expect(publicUrlProblem('https://zhucun.example.cn')).toBeNull();
    expect(publicUrlProblem('https://gov.example.cn/zhucun/')).toBeNull();
    expect(publicUrlProblem('zhucun.example.cn')).toBe('not_url');
    expect(publicUrlProblem('ftp://zhucun.example.cn')).toBe('not_http');
    expect(publicUrlProblem('https://zhucun.example.cn/?a=1')).toBe('has_query');
    expect(publicUrlProblem('https://zhucun.example.cn/#top')).toBe('has_query');
  });
});
