import type { ServiceType } from './catalogue.vocabulary.js';
import type { ServiceDetailRow } from './services.repository.js';

const SCHEMA_TYPES: Record<ServiceType, string> = {
  mooc: 'Course',
  'e-learning': 'Course',
  'serious-game': 'VideoGame',
  simulateur: 'WebApplication',
  'application-mobile': 'MobileApplication',
  'site-web': 'WebSite',
  'application-api': 'WebApplication',
};

const OS: Record<string, string> = { ios: 'iOS', android: 'Android', web: 'Navigateur web' };

/** schema.org description of a service, with the type that fits it (Course, MobileApplication…). */
export function serviceJsonLd(service: ServiceDetailRow, pageUrl: string, publicUrl: string, text: string, rating?: { average: number | null; count: number }): Record<string, unknown> {
  const schemaType = SCHEMA_TYPES[service.type as ServiceType] ?? 'CreativeWork';
  const provider = {
    '@type': service.provider_kind === 'partenaire-prive' ? 'Organization' : 'GovernmentOrganization',
    name: service.provider_name,
    ...(service.provider_website ? { url: service.provider_website } : {}),
  };
  const offers = {
    '@type': 'Offer',
    price: service.price_model === 'gratuit' ? '0' : undefined,
    priceCurrency: 'EUR',
    description: service.price_text ?? (service.price_model === 'gratuit' ? 'Gratuit' : undefined),
    url: service.url,
  };
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType,
    '@id': pageUrl,
    name: service.name,
    description: text,
    url: pageUrl,
    sameAs: service.url,
    inLanguage: service.languages,
    isAccessibleForFree: service.price_model === 'gratuit',
    datePublished: new Date(service.published_at).toISOString().slice(0, 10),
    dateModified: new Date(service.updated_at).toISOString().slice(0, 10),
    ...(service.logo_path ? { image: `${publicUrl}${service.logo_path}` } : {}),
    ...(service.accessibility ? { accessibilitySummary: service.accessibility } : {}),
    ...(rating?.count && rating.average !== null
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: rating.average, ratingCount: rating.count, bestRating: 5, worstRating: 1 } }
      : {}),
  };
  if (schemaType === 'Course') {
    return { ...base, provider, offers: [offers], hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'online' } };
  }
  if (schemaType === 'WebSite') return { ...base, publisher: provider };
  return {
    ...base,
    author: provider,
    offers,
    applicationCategory: schemaType === 'VideoGame' ? 'GameApplication' : 'EducationalApplication',
    operatingSystem: service.platforms.map((platform) => OS[platform] ?? platform).join(', '),
    ...(schemaType === 'VideoGame' ? { gamePlatform: service.platforms.map((platform) => OS[platform] ?? platform), genre: 'Jeu sérieux' } : {}),
  };
}
