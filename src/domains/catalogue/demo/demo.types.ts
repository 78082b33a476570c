/** Shapes of the demo content shipped with the project (written for Emploi Store, not real data). */

import type { Audience, OrganisationKind, Platform, PriceModel, ServiceType, ThemeSlug } from '../catalogue.vocabulary.js';

export { AUDIENCES, ORGANISATION_KINDS, PLATFORMS, PRICE_MODELS, SERVICE_TYPES, THEME_SLUGS } from '../catalogue.vocabulary.js';
export type { Audience, OrganisationKind, Platform, PriceModel, ServiceType, ThemeSlug };

export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
}

export interface DemoService {
  slug: string;
  name: string;
  /** One sentence, at most 160 characters. */
  pitch: string;
  /** Markdown. */
  description: string;
  providerSlug: string;
  type: ServiceType;
  themes: ThemeSlug[];
  audience: Audience;
  priceModel: PriceModel;
  /** Required when priceModel is not 'gratuit', e.g. "49 € par mois". */
  priceText: string | null;
  platforms: Platform[];
  /** ISO 639-1 codes, e.g. ['fr', 'en']. */
  languages: string[];
  accessibility: string;
  url: string;
  /** File name under public/logos/. */
  logo: string;
  romeCodes: string[];
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  featured: boolean;
  views: number;
  linkOuts: number;
}
