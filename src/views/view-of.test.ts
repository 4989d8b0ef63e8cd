import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeKeys } from '../i18n/routes';
import { viewOf, views } from './view-of';

describe('views and their page files', () => {
  it('gives each view one page file, src/pages/[...<view>].astro, and no page file lacks a view', () => {
    const files = readdirSync('src/pages').filter((name) => /^\[\.\.\.\w+\]\.astro$/.test(name));
    expect(files.sort()).toEqual(views.map((view) => `[...${view}].astro`).sort());
  });

  it('renders every route with a view, and every view renders a route', () => {
    const rendered = new Set(routeKeys.map(viewOf));
    expect([...views].filter((view) => !rendered.has(view))).toEqual([]);
  });

  it('names the route that no view renders', () => {
    expect(() => viewOf('leaflet/x' as never)).toThrow('route leaflet/x: no view renders "leaflet" pages');
  });
});
