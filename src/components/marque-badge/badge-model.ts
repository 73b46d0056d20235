/** What a badge shows, worked out from the feed without touching the DOM. */
import type { FeedState } from '../../core/feed-controller.js';
import { labelState } from '../../feed/selectors.js';
import { formatFeedDate, pickText, type Lang } from '../../feed/text.js';
import type { Brand, BrandLabel, Feed, LocalizedText, Organisation } from '../../feed/types.js';
import { safeHref, safeImageSrc, svgDataUrl } from '../../feed/url.js';
import { parseHex, readableInk } from './contrast.js';
import type { BadgeMessages } from './messages.js';

export const DEFAULT_BRAND = 'marque-mayenne';

/**
 * `verified` is the only state that claims anything. `plain`: no feed, or no
 * partner asked for: the brand's mark and name, no claim either way.
 */
export type BadgeStatus =
  | 'plain'
  | 'loading'
  | 'unavailable'
  | 'verified'
  | 'expired'
  | 'future'
  | 'suspended'
  | 'revoked'
  | 'no-label'
  | 'unknown-partner'
  | 'unknown-brand';

export interface BadgeModel {
  status: BadgeStatus;
  brand?: Brand;
  organisation?: Organisation;
  label?: BrandLabel;
  /** The partner's page on the brand portal (`partner`) or the brand's site (`brand`). */
  link?: { href: string; kind: 'partner' | 'brand' };
}

export interface BadgeQuery {
  feedState: FeedState;
  feed?: Feed;
  partner?: string | null;
  brand: string;
  /** The day of the check, `YYYY-MM-DD` in Paris. */
  day: string;
  /** Where relative links in the feed are resolved (the feed's URL). */
  base?: string;
}

/** Where "see the partner" leads: the label's own page, else the brand's partner URL pattern, else the brand's site. */
export function partnerLink(
  brand: Brand,
  partnerId: string | undefined,
  label: BrandLabel | undefined,
  base?: string,
): BadgeModel['link'] {
  const partner =
    partnerId &&
    (safeHref(label?.url, base) ?? safeHref(brand.partnerUrl?.replaceAll('{id}', encodeURIComponent(partnerId)), base));
  if (partner) return { href: partner, kind: 'partner' };
  const site = safeHref(brand.url, base);
  return site ? { href: site, kind: 'brand' } : undefined;
}

/** The badge's state for a partner and a brand on a day. */
export function resolveBadge(q: BadgeQuery): BadgeModel {
  if (q.feedState === 'missing') return { status: 'plain' };
  if (q.feedState === 'loading') return { status: 'loading' };
  if (q.feedState === 'error' || !q.feed) return { status: 'unavailable' };
  // A plain search: the id indexes of selectors.ts would cost more bytes than a badge's one lookup saves.
  const brand = q.feed.brands.find((b) => b.id === q.brand);
  if (!brand) return { status: 'unknown-brand' };
  const partner = q.partner?.trim();
  const organisation = partner ? q.feed.organisations.find((o) => o.id === partner) : undefined;
  if (!organisation)
    return {
      status: partner ? 'unknown-partner' : 'plain',
      brand,
      link: partnerLink(brand, undefined, undefined, q.base),
    };
  const { state, label } = labelState(organisation, brand.id, q.day);
  return {
    status: state === 'active' ? 'verified' : state === 'none' ? 'no-label' : state,
    brand,
    organisation,
    label,
    // Without a label, the partner URL pattern would point at a page that does not exist.
    link: partnerLink(brand, label && organisation.id, label, q.base),
  };
}

/** A piece of feed text and the language it is in (`''` when the feed did not say). */
export interface LangText {
  text: string;
  lang: string;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Feed text made safe to show in one line: no bidi overrides (they can disguise a name), at most `max` characters. */
export function clampText(text: string, max = 300): string {
  const clean = text.replace(BIDI_CONTROLS, '').trim();
  return clean.length > max ? clean.slice(0, max - 1).trimEnd() + '…' : clean;
}

const pick = (text: LocalizedText | undefined, lang: Lang, max?: number): LangText => {
  const picked = pickText(text, lang);
  return { text: clampText(picked.text, max), lang: picked.lang };
};

/** What the badge writes, and the one sentence that names it for assistive technologies. */
export interface BadgeTexts {
  /** "Partenaire Marque Mayenne" when verified, the brand's name otherwise. */
  wording: LangText;
  brandName: LangText;
  name?: LangText;
  /** The state in full ("Vérifié le 24 novembre 2026"); for `plain`, the brand's tagline if any. */
  status: LangText;
  /** The state in a word or two, for the compact badge. */
  statusShort: string;
  /** The accessible name: wording, partner and state. */
  sentence: string;
  /** The charte des valeurs, in the page language where the feed has it. */
  values: LangText[];
}

export interface TextOptions {
  brandId: string;
  lang: Lang;
  t: BadgeMessages;
  /** Day of the check (`YYYY-MM-DD`). */
  day: string;
  /** Day the data was fetched, when it is an offline copy. */
  staleDay?: string;
}

/** "24/11/2026": a calendar day in figures, for the compact badge (French and British English both write it so). */
export const shortDate = (day: string): string => day.split('-').reverse().join('/');

/** Words for a badge model, in the page language. */
export function badgeTexts(model: BadgeModel, o: TextOptions): BadgeTexts {
  const { t, lang } = o;
  const date = (day: string | undefined) => formatFeedDate(day, lang, false);
  const brandName = model.brand
    ? pick(model.brand.name, lang, 120)
    : { text: o.brandId === DEFAULT_BRAND ? t.defaultBrand : t.genericBrand, lang: '' };
  const wording =
    model.status !== 'verified'
      ? brandName
      : model.brand?.partnerLabel
        ? pick(model.brand.partnerLabel, lang, 120)
        : { text: t.partnerOf(brandName.text), lang: brandName.lang };
  const name = model.organisation ? pick(model.organisation.name, lang, 200) : undefined;
  const label = model.label;
  const checked = o.staleDay ?? o.day;
  // The state in full, then in a word or two when that is shorter.
  const says: Record<BadgeStatus, [string, string?]> = {
    plain: [''],
    loading: [t.loading, t.loadingShort],
    unavailable: [t.unavailable, t.unavailableShort],
    verified: [t.verified(date(checked)) + (o.staleDay ? t.offline : ''), t.verified(shortDate(checked))],
    expired: [t.expired(date(label?.until)), t.expired('')],
    future: [t.future(date(label?.since)), t.futureShort],
    suspended: [t.suspended],
    revoked: [t.revoked],
    'no-label': [t.noLabel(brandName.text), t.noLabelShort],
    'unknown-partner': [t.unknownPartner, t.unknownPartnerShort],
    'unknown-brand': [t.unknownBrand, t.unknownBrandShort],
  };
  const [status, statusShort = status] = says[model.status];
  const statusText =
    model.status === 'plain' && model.brand?.tagline
      ? pick(model.brand.tagline, lang, 160)
      : { text: status, lang: '' };
  const values = (model.brand?.values ?? [])
    .slice(0, 30)
    .map((v) => pick(v, lang, 600))
    .filter((v) => v.text);
  const sentence = [wording.text, name?.text, statusText.text].filter(Boolean).join(', ');
  return { wording, brandName, name, status: statusText, statusShort, sentence, values };
}

/**
 * The badge's colours as private custom properties, ink chosen for contrast on
 * the primary colour; only hex colours (the feed's validator says so too).
 */
export function brandColourVars(brand: Brand | undefined): Record<string, string | undefined> {
  const c = brand?.colours;
  const hex = (v: string | undefined) => (v && parseHex(v) ? v : undefined);
  const primary = hex(c?.primary);
  return primary ? { '--_bp': primary, '--_bi': readableInk(primary, hex(c?.text)), '--_bs': hex(c?.secondary) } : {};
}

/**
 * The brand's official logo as an image source: the inline SVG as a `data:`
 * URL (never inlined, so its scripts cannot run), else an https URL (or one
 * on the page's own origin); `undefined` means the project's own mark.
 */
export function logoSource(brand: Brand | undefined, base?: string, pageOrigin?: string): string | undefined {
  const logo = brand?.logo;
  const url = safeImageSrc(logo?.url, base);
  return (
    (logo?.svg && svgDataUrl(logo.svg)) ||
    (url && (url.startsWith('https:') || new URL(url).origin === pageOrigin) ? url : undefined)
  );
}
