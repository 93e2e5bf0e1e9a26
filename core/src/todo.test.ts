import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from './roles.ts';
import { TODO_KIND_INFO, TODO_KIND_LABELS, TODO_KINDS, todoHref } from './todo.ts';

const CJK = /[\u3400-\u9fff]/;

describe('to-do kinds', () => {
  it('names every kind in Chinese and in English, and nothing else', () => {
    expect(Object.keys(TODO_KIND_LABELS).sort()).toEqual([...TODO_KINDS].sort());
    const bad = TODO_KINDS.filter((k) => {
      const [zh, en] = TODO_KIND_LABELS[k] ?? ['', ''];
      return !CJK.test(zh) || !en.trim() || CJK.test(en);
    });
    expect(bad).toEqual([]);
  });

  it('gives every kind a known permission (or the seat) and a link inside the app', () => {
    expect(Object.keys(TODO_KIND_INFO).sort()).toEqual([...TODO_KINDS].sort());
    for (const kind of TODO_KINDS) {
      const { permission } = TODO_KIND_INFO[kind];
      expect(permission === null || PERMISSIONS.includes(permission)).toBe(true);
      expect(todoHref(kind, { level: 'township', id: 7, year: 2026 })).toMatch(/^\/[a-z]/);
    }
  });

  it('links each level to its own filtered list', () => {
    expect(todoHref('requests_waiting', { level: 'township' })).toBe('/requests?level=township');
    expect(todoHref('rectification_to_review', { level: 'county' })).toBe('/rectification?awaiting=county');
    expect(todoHref('selection_scoring', { level: 'township', id: 3 })).toBe('/project-selections/3/score');
    expect(todoHref('selection_scoring', { level: 'township' })).toBe('/project-selections');
  });
});
