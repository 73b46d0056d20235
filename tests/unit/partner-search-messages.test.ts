import { describe, expect, it } from 'vitest';
import { partnerSearchMessages } from '../../src/components/partner-search/messages.js';

describe('partner search: kind names', () => {
  it('names every kind of the schema, from the tables or the id written out', () => {
    const fr = partnerSearchMessages.fr;
    const en = partnerSearchMessages.en;
    expect(fr.kindName('association')).toBe('Association');
    expect(fr.kindName('chambre-consulaire')).toBe('Chambre consulaire');
    expect(fr.kindName('office-de-tourisme')).toBe('Office de tourisme');
    expect(fr.kindName('tiers-lieu')).toBe('Tiers-lieu');
    expect(fr.kindName('collectivite')).toBe('Collectivité');
    expect(fr.kindName('autre')).toBe('Autre');
    expect(en.kindName('entreprise')).toBe('Business');
    expect(en.kindName('club')).toBe('Club');
    expect(en.kindName('tourisme')).toBe('Tourism');
    expect(en.kindName('autre')).toBe('Other');
    expect(fr.kindName('ferme_pedagogique')).toBe('Ferme pedagogique');
  });

  it('names territory kinds, an unknown one as "other territory"', () => {
    expect(partnerSearchMessages.fr.territoryKind('commune')).toBe('Commune');
    expect(partnerSearchMessages.en.territoryKind('commune')).toBe('Municipality');
    expect(partnerSearchMessages.fr.territoryKind('pays')).toBe('Pays');
    expect(partnerSearchMessages.fr.territoryKind('zone')).toBe('Autre territoire');
  });
});
