import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_NAMES } from '../../src/feed/checks.js';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, Territory } from '../../src/feed/types.js';

const FILES = ['leader-2024.json', 'ailb.json', 'mayenne.json', 'reseau.json'] as const;
type FileName = (typeof FILES)[number];

const read = (name: FileName) => readFileSync(new URL(`../../demo/feeds/${name}`, import.meta.url), 'utf8');
const feeds = Object.fromEntries(FILES.map((name) => [name, parseFeed(read(name))])) as Record<
  FileName,
  ReturnType<typeof parseFeed>
>;
const feed = (name: FileName): Feed => feeds[name].feed;

const OUTLINE_ATTRIBUTION =
  'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0';

const AILB_SIRENS = [
  '243500741', // Redon Agglomération
  '244400552', // COMPA (Pays d'Ancenis)
  '200072726', // CC Châteaubriant-Derval
  '200043990', // Vallons de Haute Bretagne Communauté
  '200066777', // Ploërmel Communauté
  '200066785', // Oust à Brocéliande Communauté
  '200000438', // CC Pontchâteau-Saint-Gildas-des-Bois
  '200070662', // Bretagne Porte de Loire Communauté
  '200027027', // Arc Sud Bretagne
  '245614383', // Questembert Communauté
  '243500618', // Brocéliande Communauté
  '244400453', // CC de la Région de Blain
  '244400537', // CC de Nozay
];

const MAYENNE_SIRENS = [
  '200083392', // CA Laval Agglomération
  '200055887', // CC Mayenne Communauté
  '245300447', // CC du Pays de Château-Gontier
  '200048551', // CC du Pays de Craon
  '200033298', // CC des Coëvrons
  '245300355', // CC de l'Ernée
  '245300389', // CC du Bocage Mayennais
  '200042182', // CC du Mont des Avaloirs
  '245300223', // CC du Pays de Meslay-Grez
  '247200090', // CC du Pays Sabolien
];

const PAYS_DU_MANS_SIRENS = ['247200132', '200068963', '247200447', '200072684', '247200421', '200072718'];

const epciBySiren = (f: Feed, siren: string): Territory | undefined =>
  f.territories.find((t) => t.kind === 'epci' && t.codes?.siren === siren);

function expectOutlines(f: Feed, sirens: string[]) {
  for (const siren of sirens) {
    const t = epciBySiren(f, siren);
    expect(t, `EPCI ${siren}`).toBeDefined();
    expect(t!.id).toBe(`epci-${siren}`);
    expect(['Polygon', 'MultiPolygon']).toContain(t!.geometry?.type);
    expect(t!.geometry!.coordinates.length).toBeGreaterThan(0);
    expect(t!.bbox).toHaveLength(4);
    expect(t!.centroid).toBeDefined();
  }
}

describe('sample feeds', () => {
  it.each(FILES)('%s parses with zero warnings', (name) => {
    expect(feeds[name].warnings).toEqual([]);
    expect(feed(name).version).toBe('1.0');
  });

  it.each(FILES)('%s credits the outline source when it carries outlines', (name) => {
    const f = feed(name);
    expect(f.territories.some((t) => t.geometry)).toBe(true);
    const attribution = f.attributions.find((a) => a.scope === 'geometry');
    expect(attribution?.text).toBe(OUTLINE_ATTRIBUTION);
    expect(attribution?.licence).toBe('Licence Ouverte 2.0');
    expect(attribution?.url).toMatch(/^https:\/\//);
  });

  it('gives people example.org e-mail addresses only, never the real ones', () => {
    const contacts = (value: unknown): Record<string, unknown>[] => {
      if (Array.isArray(value)) return value.flatMap(contacts);
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([key, v]) =>
        key === 'contact' && typeof v === 'object' && v !== null
          ? [v as Record<string, unknown>, ...contacts(v)]
          : contacts(v),
      );
    };
    for (const name of FILES) {
      const people = contacts(feed(name)).filter((c) => c.givenName ?? c.familyName ?? c.name);
      for (const c of people) if (c.email !== undefined) expect(c.email, name).toMatch(/@example\.org$/);
      expect(read(name)).not.toMatch(/paysdumans\.fr|synergies53\.fr/);
    }
    for (const name of ['leader-2024.json', 'mayenne.json'] as const)
      expect(contacts(feed(name)).some((c) => String(c.email).endsWith('@example.org'))).toBe(true);
  });
});

describe('leader-2024.json', () => {
  const f = feed('leader-2024.json');

  it('has exactly the three cooperation requests, with French and English explanations', () => {
    expect(f.cooperationRequests).toHaveLength(3);
    for (const r of f.cooperationRequests) {
      const explanation = r.explanation as Record<string, string>;
      expect(explanation.fr!.length).toBeGreaterThan(400);
      expect(explanation.en!.length).toBeGreaterThan(400);
      expect(r.contact?.givenName).toBe('Clémentine');
      expect(r.contact?.email).toMatch(/@example\.org$/);
      expect(r.country).toBe('FR');
      expect(r.status).toBe('open');
      expect(r.event).toBe('congres-leader-europeen-2024');
      expect(r.lookingFor.length).toBeGreaterThan(0);
    }
    expect(f.cooperationRequests.map((r) => (r.keyword as Record<string, string>).en)).toEqual([
      'Biodiversity',
      'Mobility (active / soft / sustainable)',
      'Quality of life, well-being, ageing well',
    ]);
  });

  it('keeps the texts of the forms whole, without the flyer’s page furniture', () => {
    const [biodiversity, mobility, quality] = f.cooperationRequests.map((r) => r.explanation as Record<string, string>);
    expect(biodiversity!.fr).toContain('favorisant la mise en place d');
    expect(biodiversity!.en).toContain('makes it possible to reconcile local development');
    expect(mobility!.fr).toContain("Service d'autopartage Mouv'nGO");
    expect(quality!.en).toContain('Pays du Mans is involved in an approach');
    for (const r of f.cooperationRequests)
      for (const text of Object.values(r.explanation as Record<string, string>))
        expect(text).not.toMatch(/OCTOBER|Formations|Workshops|Cooperation fair|leadercongress/);
  });

  it('has the European LEADER Congress on 2–3 October 2024', () => {
    const congress = f.events.find((e) => e.id === 'congres-leader-europeen-2024');
    expect(congress).toMatchObject({
      start: '2024-10-02',
      end: '2024-10-03',
      kind: 'congres',
      url: 'https://leadercongress.com',
    });
  });

  it('has the Pays du Mans and its six EPCI with outlines', () => {
    expectOutlines(f, PAYS_DU_MANS_SIRENS);
    const pays = f.territories.find((t) => t.id === 'pays-du-mans');
    expect(pays?.kind).toBe('pays');
    expect(pays?.members).toEqual(PAYS_DU_MANS_SIRENS.map((s) => `epci-${s}`));
  });
});

describe('ailb.json', () => {
  const f = feed('ailb.json');

  it('has the 13 EPCI of the Alliance by SIREN, each with an outline and the 2019/2020 populations', () => {
    expectOutlines(f, AILB_SIRENS);
    for (const siren of AILB_SIRENS) {
      const t = epciBySiren(f, siren)!;
      expect(t.population?.year).toBe(2020);
      expect(t.populationHistory?.map((p) => p.year)).toEqual([2019, 2020]);
      expect(t.parents).toContain('alliance-loire-bretagne');
    }
    expect(f.territories.filter((t) => t.kind === 'epci')).toHaveLength(13);
    const alliance = f.territories.find((t) => t.id === 'alliance-loire-bretagne');
    expect(alliance?.members).toHaveLength(13);
  });

  it('has the 2021 calendar and the thirteen immersion days', () => {
    const starts = (kind: string) =>
      f.events
        .filter((e) => e.kind === kind)
        .map((e) => e.start)
        .sort();
    expect(starts('bureau')).toEqual([
      '2020-10-16',
      '2021-01-29',
      '2021-03-11',
      '2021-04-09',
      '2021-06-11',
      '2021-09-17',
    ]);
    expect(starts('assemblee-generale')).toEqual(['2021-02-12', '2021-03-19', '2021-05-28', '2021-12-01']);
    expect(starts('seminaire')).toEqual(['2021-06-25', '2021-10-01']);
    expect(f.events.filter((e) => e.kind === 'immersion')).toHaveLength(13);
    const redon = f.events.find((e) => e.id === 'ailb-immersion-redon-agglomeration');
    expect(redon).toMatchObject({ start: '2021-02-03', end: '2021-02-05', location: { territory: 'epci-243500741' } });
  });
});

describe('mayenne.json', () => {
  const f = feed('mayenne.json');

  it('has the Marque Mayenne with its ten values', () => {
    const brand = f.brands.find((b) => b.id === 'marque-mayenne');
    expect(brand?.values).toHaveLength(10);
    expect(brand?.territory).toBe('dep-53');
    expect(brand?.partnerLabel).toEqual({ fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' });
  });

  it('has the ten Mayenne EPCI with outlines inside the Mayenne département', () => {
    expectOutlines(f, MAYENNE_SIRENS);
    for (const siren of MAYENNE_SIRENS) expect(epciBySiren(f, siren)!.parents).toContain('dep-53');
  });

  it('has the "Ici et maintenant" planning, March 2018 to December 2019', () => {
    expect(f.events).toHaveLength(23);
    const starts = f.events.map((e) => e.start).sort();
    expect(starts[0]).toBe('2018-03-01');
    expect(starts.at(-1)).toBe('2019-12-01');
  });
});

describe('reseau.json', () => {
  const all = feed('reseau.json');

  it('contains every item of the three feeds, each id once', () => {
    for (const name of ['leader-2024.json', 'ailb.json', 'mayenne.json'] as const) {
      const part = feed(name);
      for (const list of LIST_NAMES) {
        const ids = new Set(all[list].map((item) => item.id));
        for (const item of part[list]) expect(ids.has(item.id), `${name} ${list} ${item.id}`).toBe(true);
      }
    }
    expectOutlines(all, [...AILB_SIRENS, ...MAYENNE_SIRENS, ...PAYS_DU_MANS_SIRENS]);
    expect(all.cooperationRequests).toHaveLength(3);
  });
});
