/**
 * Test-only endpoints for the feed store, served by Web Test Runner:
 *   /__feed/serve/<name>?key=K&etag=E&delay=MS&status=N  serves tests/fixtures/<name> (or demo/feeds/<name>)
 *   /__feed/hits?key=K                                  how many requests key K received (and with which If-None-Match)
 *   /__feed/text?body=…                                 a body that is not JSON
 * Every request is counted by its `key`, so a test can prove "one request".
 */
import { existsSync, readFileSync } from 'node:fs';

const hits = new Map();

export function feedTestServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feed/')) return next();
    const q = ctx.query;
    const key = String(q.key ?? '');
    if (ctx.path === '/__feed/hits') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(hits.get(key) ?? []);
      return;
    }
    if (key) hits.set(key, [...(hits.get(key) ?? []), { ifNoneMatch: ctx.get('if-none-match') || null }]);
    if (q.delay) await new Promise((r) => setTimeout(r, Number(q.delay)));
    if (q.status) {
      ctx.status = Number(q.status);
      ctx.body = 'error';
      return;
    }
    if (ctx.path === '/__feed/text') {
      ctx.type = 'json';
      ctx.body = String(q.body ?? '');
      return;
    }
    const name = ctx.path.slice('/__feed/serve/'.length);
    const file = ['tests/fixtures/', 'demo/feeds/']
      .map((d) => d + name)
      .find((f) => !name.includes('..') && existsSync(f));
    if (!file) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    if (q.etag) {
      ctx.set('ETag', `"${q.etag}"`);
      ctx.set('Cache-Control', 'no-cache');
      if (ctx.get('if-none-match') === `"${q.etag}"`) {
        ctx.status = 304;
        return;
      }
    }
    ctx.type = 'json';
    ctx.body = readFileSync(file, 'utf8');
  };
}
