import { defineMessages } from '../../core/localize.js';

/**
 * What the badge says, in French and English. `date` is already formatted in
 * the language. Where a short form would repeat a long one, the badge composes
 * it: "Vérifié le 24/11/2026", "Label expiré", "… (copie hors ligne)".
 */
export const badgeMessages = defineMessages(
  {
    /** Wording for the default brand when no feed says otherwise. */
    defaultBrand: 'Marque Mayenne',
    /** Wording for another brand id before (or without) its feed entry. */
    genericBrand: 'Marque de territoire',
    partnerOf: (brand: string) => `Partenaire ${brand}`,
    verified: (date: string) => `Vérifié le ${date}`,
    /** Added to the verified state when the check was made on the last copy kept offline. */
    offline: ' (copie hors ligne)',
    expired: (date: string) => (date ? `Label expiré le ${date}` : 'Label expiré'),
    future: (date: string) => `Label à compter du ${date}`,
    futureShort: 'Label à venir',
    suspended: 'Label suspendu',
    revoked: 'Label retiré',
    noLabel: (brand: string) => `Ne détient pas le label ${brand}`,
    noLabelShort: 'Non labellisé',
    unknownPartner: 'Partenaire inconnu de la marque',
    unknownPartnerShort: 'Partenaire inconnu',
    unknownBrand: 'Marque introuvable dans les données',
    unknownBrandShort: 'Marque inconnue',
    unavailable: 'Vérification impossible : données indisponibles',
    unavailableShort: 'Non vérifiable',
    loading: 'Vérification en cours…',
    loadingShort: 'Vérification…',
    partnerPage: 'Fiche partenaire',
    brandSite: 'Site de la marque',
    /** Added to a link's accessible name: where it leads. */
    goPartnerPage: 'voir la fiche partenaire',
    goBrandSite: 'voir le site de la marque',
    values: 'Valeurs',
    valuesHidden: ' de la marque',
    valuesRegion: (brand: string) => `Charte des valeurs de ${brand}`,
    retry: 'Réessayer',
  },
  {
    defaultBrand: 'Marque Mayenne',
    genericBrand: 'Territorial brand',
    partnerOf: (brand: string) => `${brand} partner`,
    verified: (date: string) => `Verified on ${date}`,
    offline: ' (offline copy)',
    expired: (date: string) => (date ? `Label expired on ${date}` : 'Label expired'),
    future: (date: string) => `Label valid from ${date}`,
    futureShort: 'Label not yet valid',
    suspended: 'Label suspended',
    revoked: 'Label withdrawn',
    noLabel: (brand: string) => `Does not hold the ${brand} label`,
    noLabelShort: 'No label',
    unknownPartner: 'Partner unknown to the brand',
    unknownPartnerShort: 'Unknown partner',
    unknownBrand: 'Brand not found in the data',
    unknownBrandShort: 'Unknown brand',
    unavailable: 'Cannot verify: data unavailable',
    unavailableShort: 'Cannot verify',
    loading: 'Verifying…',
    loadingShort: 'Verifying…',
    partnerPage: 'Partner page',
    brandSite: 'Brand website',
    goPartnerPage: 'see the partner page',
    goBrandSite: 'see the brand website',
    values: 'Values',
    valuesHidden: ' of the brand',
    valuesRegion: (brand: string) => `${brand} charter of values`,
    retry: 'Try again',
  },
);

export type BadgeMessages = (typeof badgeMessages)['fr'];
