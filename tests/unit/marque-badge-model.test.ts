import { describe, expect, it } from 'vitest';
import {
  badgeTexts,
  brandColourVars,
  clampText,
  logoSource,
  partnerLink,
  resolveBadge,
  shortDate,
  type BadgeQuery,
} from '../../src/components/marque-badge/badge-model.js';
import { badgeMessages } from '../../src/components/marque-badge/messages.js';
import { parseBadgeFeed } from '../../src/components/marque-badge/feed-profile.js';
import type { Brand } from '../../src/feed/types.js';

const DAY = '2026-03-15';
const { feed } = parseBadgeFeed({
  version: '1.0',
  network: { id: 'n', name: 'N' },
  brands: [
    {
      id: 'marque-mayenne',
      name: { fr: 'Marque Mayenne', en: 'Mayenne brand' },
      partnerLabel: { fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' },
      tagline: { fr: 'L’esprit Mayenne' },
      url: 'https://marque.example/',
      partnerUrl: 'https://marque.example/partenaires/{id}',
      values: [{ fr: 'Confiance', en: 'Trust' }, { fr: 'Jouer collectif' }],
      colours: { primary: '#ffd23f', text: '#ffffff', secondary: '#123456' },
    },
    { id: 'sans-url', name: 'Sans adresse' },
  ],
  organisations: [
    { id: 'ok', name: 'Scierie', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', since: '2020-01-01' }] },
    { id: 'last-day', name: 'Dernier jour', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', until: DAY }] },
    { id: 'tomorrow', name: 'Demain', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', since: '2026-03-16' }] },
    { id: 'today', name: 'Aujourd’hui', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', since: DAY }] },
    { id: 'old', name: 'Ancien', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', until: '2026-03-14' }] },
    {
      id: 'gone',
      name: 'Retiré',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', status: 'revoked', url: 'https://marque.example/fiche/gone' }],
    },
    { id: 'paused', name: 'Suspendu', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', status: 'suspended' }] },
    { id: 'none', name: 'Sans label', kind: 'association' },
    { id: 'a b/é', name: 'Id à encoder', kind: 'association', labels: [{ brand: 'marque-mayenne' }] },
  ],
});

const q = (partner: string | undefined, extra: Partial<BadgeQuery> = {}): BadgeQuery => ({
  feedState: 'ready',
  feed,
  partner,
  brand: 'marque-mayenne',
  day: DAY,
  ...extra,
});
const fr = { brandId: 'marque-mayenne', lang: 'fr' as const, t: badgeMessages.fr, day: DAY };

describe('marque-badge resolveBadge', () => {
  it('validates only what it reads: brands and organisations, other lists left empty', () => {
    const parsed = parseBadgeFeed({
      version: '1.0',
      network: { id: 'n', name: 'N' },
      events: [{ id: 'e', title: 'E', start: '2026-01-01' }],
      brands: [
        { id: 'b', name: 'B', colours: { primary: 'red; x: y' } },
        { id: 'c', name: 'C' },
      ],
    });
    expect(parsed.feed.events).toEqual([]);
    expect(parsed.feed.brands.map((b) => b.id)).toEqual(['c']);
    expect(parsed.warnings.map((w) => w.pointer)).toEqual(['/brands/0/colours/primary']);
  });

  it('verifies a partner whose label holds today, including its first and last day', () => {
    for (const id of ['ok', 'last-day', 'today']) expect(resolveBadge(q(id)).status).toBe('verified');
  });

  it('never verifies a label that starts tomorrow, ended yesterday, is revoked or suspended', () => {
    expect(resolveBadge(q('tomorrow')).status).toBe('future');
    expect(resolveBadge(q('old')).status).toBe('expired');
    expect(resolveBadge(q('gone')).status).toBe('revoked');
    expect(resolveBadge(q('paused')).status).toBe('suspended');
  });

  it('tells an organisation without label, an unknown partner and an unknown brand apart', () => {
    expect(resolveBadge(q('none')).status).toBe('no-label');
    expect(resolveBadge(q('nobody')).status).toBe('unknown-partner');
    expect(resolveBadge(q('ok', { brand: 'autre-marque' })).status).toBe('unknown-brand');
  });

  it('is plain without a feed or without a partner, and follows the feed states', () => {
    expect(resolveBadge(q('ok', { feedState: 'missing', feed: undefined })).status).toBe('plain');
    expect(resolveBadge(q(undefined)).status).toBe('plain');
    expect(resolveBadge(q('  '))).toMatchObject({ status: 'plain', link: { kind: 'brand' } });
    expect(resolveBadge(q('ok', { feedState: 'loading', feed: undefined })).status).toBe('loading');
    expect(resolveBadge(q('ok', { feedState: 'error', feed: undefined })).status).toBe('unavailable');
  });

  it('links to the label page, else the partner URL pattern (id encoded), else the brand site', () => {
    expect(resolveBadge(q('gone')).link).toEqual({ href: 'https://marque.example/fiche/gone', kind: 'partner' });
    expect(resolveBadge(q('ok')).link).toEqual({ href: 'https://marque.example/partenaires/ok', kind: 'partner' });
    expect(resolveBadge(q('a b/é')).link!.href).toBe('https://marque.example/partenaires/a%20b%2F%C3%A9');
    // No label, or an unknown partner: a partner page would not exist, so the brand's site.
    expect(resolveBadge(q('none')).link).toEqual({ href: 'https://marque.example/', kind: 'brand' });
    expect(resolveBadge(q('nobody')).link).toEqual({ href: 'https://marque.example/', kind: 'brand' });
    expect(resolveBadge(q('ok', { brand: 'sans-url' })).link).toBeUndefined();
  });

  it('only ever links through safeHref', () => {
    const brand = { id: 'b', name: 'B', partnerUrl: 'javascript:alert("{id}")', url: 'data:text/html,x' } as Brand;
    expect(partnerLink(brand, 'x', { brand: 'b', url: 'javascript:alert(1)' })).toBeUndefined();
    expect(partnerLink({ ...brand, url: '/marque' } as Brand, 'x', undefined, 'https://feed.example/f.json')).toEqual({
      href: 'https://feed.example/marque',
      kind: 'brand',
    });
  });
});

describe('marque-badge texts', () => {
  it('says "Partenaire …" and the check date only when verified', () => {
    const t = badgeTexts(resolveBadge(q('ok')), fr);
    expect(t.wording.text).toBe('Partenaire Marque Mayenne');
    expect(t.status.text).toBe('Vérifié le 15 mars 2026');
    expect(t.statusShort).toBe('Vérifié le 15/03/2026');
    expect(t.sentence).toBe('Partenaire Marque Mayenne, Scierie, Vérifié le 15 mars 2026');
    for (const id of ['old', 'gone', 'paused', 'tomorrow', 'none', 'nobody']) {
      const other = badgeTexts(resolveBadge(q(id)), fr);
      expect(other.wording.text).toBe('Marque Mayenne');
      expect(other.sentence).not.toMatch(/vérifié le|partenaire marque/i);
    }
  });

  it('says each other state with its dates', () => {
    const say = (id: string) => badgeTexts(resolveBadge(q(id)), fr).status.text;
    expect(say('old')).toBe('Label expiré le 14 mars 2026');
    expect(say('tomorrow')).toBe('Label à compter du 16 mars 2026');
    expect(say('gone')).toBe('Label retiré');
    expect(say('paused')).toBe('Label suspendu');
    expect(say('none')).toBe('Ne détient pas le label Marque Mayenne');
    expect(say('nobody')).toBe('Partenaire inconnu de la marque');
  });

  it('dates a verification made on an offline copy with the day of that copy', () => {
    const t = badgeTexts(resolveBadge(q('ok')), { ...fr, staleDay: '2026-01-10' });
    expect(t.status.text).toBe('Vérifié le 10 janvier 2026 (copie hors ligne)');
  });

  it('claims nothing without a feed: the default brand name, or a generic one for another brand', () => {
    const none = resolveBadge(q('ok', { feedState: 'missing', feed: undefined }));
    expect(badgeTexts(none, fr)).toMatchObject({ sentence: 'Marque Mayenne', statusShort: '' });
    expect(badgeTexts(none, { ...fr, brandId: 'autre' }).sentence).toBe('Marque de territoire');
    expect(badgeTexts(resolveBadge(q(undefined)), fr).sentence).toBe('Marque Mayenne, L’esprit Mayenne');
  });

  it('speaks English, and marks feed text that is only in French', () => {
    const t = badgeTexts(resolveBadge(q('ok')), { ...fr, lang: 'en', t: badgeMessages.en });
    expect(t.sentence).toBe('Marque Mayenne partner, Scierie, Verified on 15 March 2026');
    expect(t.values).toEqual([
      { text: 'Trust', lang: 'en' },
      { text: 'Jouer collectif', lang: 'fr' },
    ]);
    expect(shortDate('2026-03-05')).toBe('05/03/2026');
  });

  it('clamps huge text and strips bidi overrides', () => {
    expect(clampText('a'.repeat(100_000)).length).toBe(300);
    expect(clampText('Société \u202Egnp.exe\u202C')).toBe('Société gnp.exe');
  });
});

describe('marque-badge colours and logo', () => {
  it('gives the brand colours with a readable ink, and ignores anything but hex', () => {
    expect(brandColourVars(feed.brands[0])).toEqual({ '--_bp': '#ffd23f', '--_bi': '#000000', '--_bs': '#123456' });
    expect(brandColourVars({ id: 'x', name: 'X', colours: { primary: 'red;x:y' } } as Brand)).toEqual({});
    expect(brandColourVars(undefined)).toEqual({});
  });

  it('uses an SVG logo only as a data: URL and a logo URL only over https (or the page origin)', () => {
    const brand = (logo: object) => ({ id: 'x', name: 'X', logo }) as Brand;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';
    expect(logoSource(brand({ svg }))).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(logoSource(brand({ svg: '<img src=x onerror=alert(1)>' }))).toBeUndefined();
    expect(logoSource(brand({ url: 'https://cdn.example/logo.png' }))).toBe('https://cdn.example/logo.png');
    expect(logoSource(brand({ url: 'http://cdn.example/logo.png' }))).toBeUndefined();
    expect(logoSource(brand({ url: 'javascript:alert(1)' }))).toBeUndefined();
    expect(logoSource(brand({ url: '/logo.svg' }), 'http://localhost:8000/feed.json', 'http://localhost:8000')).toBe(
      'http://localhost:8000/logo.svg',
    );
    expect(logoSource(brand({}))).toBeUndefined();
  });
});
