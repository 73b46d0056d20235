import { describe, expect, it } from 'vitest';
import {
  countryName,
  daysLeft,
  effectiveStatus,
  excerpt,
  hashTargets,
  isValidEmail,
  languageAutonym,
  mailtoHref,
  oneLine,
  personName,
  withoutOverrides,
  paragraphs,
  requestLink,
} from '../../src/components/cooperation-card/request.js';
import type { CooperationRequest } from '../../src/feed/index.js';

const request = (changes: Partial<CooperationRequest> = {}): CooperationRequest => ({
  id: 'r',
  organisation: 'o',
  lookingFor: ['partners'],
  explanation: 'x',
  status: 'open',
  ...changes,
});

describe('cooperation card: request state', () => {
  it('an open request past its expiry date is expired; matched and closed stay so', () => {
    expect(effectiveStatus(request({ expires: '2026-03-13' }), '2026-03-01')).toBe('open');
    expect(effectiveStatus(request({ expires: '2026-03-01' }), '2026-03-01')).toBe('open');
    expect(effectiveStatus(request({ expires: '2026-02-28' }), '2026-03-01')).toBe('expired');
    expect(effectiveStatus(request({ status: 'matched', expires: '2020-01-01' }), '2026-03-01')).toBe('matched');
    expect(effectiveStatus(request({ status: 'closed' }), '2026-03-01')).toBe('closed');
    expect(effectiveStatus(request({ status: undefined }), '2026-03-01')).toBe('open');
    expect(daysLeft(request({ expires: '2026-03-13' }), '2026-03-01')).toBe(12);
    expect(daysLeft(request({ expires: '2026-02-27' }), '2026-03-01')).toBe(-2);
    expect(daysLeft(request(), '2026-03-01')).toBeUndefined();
  });

  it('builds a mailto: link with an encoded subject only for a plain e-mail address', () => {
    const href = mailtoHref('clementine.allanou@example.org', 'Demande « Biodiversité » – Pays du Mans', 'Bonjour,\n')!;
    expect(href.startsWith('mailto:clementine.allanou@example.org?subject=')).toBe(true);
    const subject = new URL(href).searchParams.get('subject');
    expect(subject).toBe('Demande « Biodiversité » – Pays du Mans');
    expect(new URL(href).searchParams.get('body')).toBe('Bonjour,\n');
    expect(mailtoHref('x@example.org?cc=evil@example.org', 's')).toBeUndefined();
    expect(mailtoHref('javascript:alert(1)//@example.org', 's')).toBeUndefined();
    expect(mailtoHref('pas une adresse', 's')).toBeUndefined();
    expect(mailtoHref(undefined, 's')).toBeUndefined();
    expect(isValidEmail('jean@example.org')).toBe(true);
    expect(isValidEmail('jean@localhost')).toBe(false);
  });

  it('a subject line carries no line breaks or bidi overrides, and is clamped', () => {
    expect(oneLine('a\r\nBcc: evil@example.org')).toBe('a Bcc: evil@example.org');
    expect(oneLine('Société \u202Egnp.exe\u202C')).toBe('Société gnp.exe');
    expect(oneLine('A'.repeat(500), 20)).toHaveLength(20);
    const href = mailtoHref('a@example.org', 'x\r\nBcc: evil@example.org')!;
    expect(href).not.toMatch(/%0[AD]/i);
  });

  it('links to the request with a fragment, and recognises it', () => {
    expect(requestLink('https://commune.fr/page?x=1#top', 'leader-2024-a')).toBe(
      'https://commune.fr/page?x=1#maillage-request-leader-2024-a',
    );
    const odd = requestLink('https://commune.fr/', 'id avec espace/é');
    expect(hashTargets(new URL(odd).hash, 'id avec espace/é')).toBe(true);
    expect(hashTargets('#maillage-request-autre', 'leader-2024-a')).toBe(false);
    expect(hashTargets('#%E0%A4%A', 'x')).toBe(false);
  });

  it('shortens text at a word and splits paragraphs', () => {
    expect(excerpt('Le Pays du Mans est un territoire de projets', 20)).toBe('Le Pays du Mans est…');
    expect(excerpt('court', 20)).toBe('court');
    expect(excerpt('A'.repeat(100), 10)).toBe('AAAAAAAAAA…');
    expect(paragraphs('Un.\n\nDeux\n- a\n- b\n\n\n')).toEqual(['Un.', 'Deux\n- a\n- b']);
  });

  it('names a contact person, and drops bidi overrides that would spoof a name', () => {
    expect(personName({ givenName: 'Clémentine', familyName: 'ALLANOU' })).toBe('Clémentine ALLANOU');
    expect(personName({ name: 'Accueil' })).toBe('Accueil');
    expect(personName(undefined)).toBe('');
    expect(withoutOverrides('\u202Egnp.exe\u202C')).toBe('gnp.exe');
  });

  it('names countries and languages', () => {
    expect(countryName('FR', 'fr')).toBe('France');
    expect(countryName('BE', 'en')).toBe('Belgium');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName(undefined, 'fr')).toBe('');
    expect(languageAutonym('fr')).toBe('Français');
    expect(languageAutonym('en')).toBe('English');
  });
});
