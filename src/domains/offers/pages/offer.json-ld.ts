import { type OfferDetail, safeUrl } from './offer.repository.js';

const TEMPORARY = new Set(['CDD', 'MIS', 'SAI', 'DDI', 'TTI']);

/** schema.org employmentType values for the contract and the hours. */
export function employmentTypes(offer: Pick<OfferDetail, 'contract_type' | 'full_time' | 'alternance'>): string[] {
  const types: string[] = [];
  if (offer.full_time === true) types.push('FULL_TIME');
  if (offer.full_time === false) types.push('PART_TIME');
  if (TEMPORARY.has(offer.contract_type)) types.push('TEMPORARY');
  if (offer.contract_type === 'LIB' || offer.contract_type === 'FRA') types.push('CONTRACTOR');
  if (offer.alternance) types.push('INTERN');
  return types.length ? types : ['OTHER'];
}

/** "69 - Lyon" → "Lyon": the locality of a place label. */
export const localityOf = (offer: Pick<OfferDetail, 'communeName' | 'place_label'>): string | null =>
  offer.communeName ?? offer.place_label?.replace(/^\s*[0-9AB]{2,3}\s*-\s*/, '') ?? null;

/**
 * The offer as a schema.org JobPosting (Google for Jobs): title, description, datePosted,
 * validThrough, employmentType, hiringOrganization, jobLocation (address and geo), baseSalary when
 * numeric bounds are known, identifier. Absent values are left out.
 */
export function jobPostingJsonLd(offer: OfferDetail, options: { publicUrl: string; operatorName: string }): Record<string, unknown> {
  const validThrough = offer.status === 'expiree' ? (offer.expired_at ?? offer.ends_at) : offer.ends_at;
  const locality = localityOf(offer);
  const address = {
    '@type': 'PostalAddress',
    ...(locality ? { addressLocality: locality } : {}),
    ...(offer.postal_code ? { postalCode: offer.postal_code } : {}),
    ...(offer.department_code ? { addressRegion: offer.department_code } : {}),
    addressCountry: 'FR',
  };
  const salary =
    offer.salary_min_monthly !== null || offer.salary_max_monthly !== null
      ? {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: {
            '@type': 'QuantitativeValue',
            ...(offer.salary_min_monthly !== null ? { minValue: offer.salary_min_monthly } : {}),
            ...(offer.salary_max_monthly !== null ? { maxValue: offer.salary_max_monthly } : {}),
            unitText: 'MONTH',
          },
        }
      : undefined;
  const companyUrl = safeUrl(offer.company_url);
  const companyLogo = safeUrl(offer.company_logo);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: offer.intitule,
    description: offer.description || offer.intitule,
    datePosted: offer.created_at.toISOString(),
    ...(validThrough ? { validThrough: validThrough.toISOString() } : {}),
    employmentType: employmentTypes(offer),
    hiringOrganization: {
      '@type': 'Organization',
      name: offer.company_name ?? 'Employeur non communiqué',
      ...(companyUrl ? { sameAs: companyUrl } : {}),
      ...(companyLogo ? { logo: companyLogo } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address,
      ...(offer.latitude !== null && offer.longitude !== null ? { geo: { '@type': 'GeoCoordinates', latitude: offer.latitude, longitude: offer.longitude } } : {}),
    },
    ...(salary ? { baseSalary: salary } : {}),
    ...(offer.positions > 1 ? { totalJobOpenings: offer.positions } : {}),
    identifier: { '@type': 'PropertyValue', name: options.operatorName, value: offer.id },
    url: `${options.publicUrl.replace(/\/$/, '')}/offres/${offer.id}`,
  };
}
