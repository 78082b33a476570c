/** Addresses of the submission pages (one place, used by pages, routes and mails). */
export const servicesHref = (org: string) => `/espace-partenaire/${org}/services`;
export const newServiceHref = (org: string) => `/espace-partenaire/${org}/services/nouveau`;
export const revisionHref = (org: string, id: number) => `/espace-partenaire/${org}/fiches/${id}`;
export const stepHref = (org: string, id: number, step: string) => `/espace-partenaire/${org}/fiches/${id}/etapes/${step}`;
export const revisionActionHref = (org: string, id: number, action: string) => `/espace-partenaire/${org}/fiches/${id}/${action}`;
export const revisionHistoryHref = (org: string, id: number) => `/espace-partenaire/${org}/fiches/${id}/historique`;
export const serviceActionHref = (org: string, serviceId: number, action: string) => `/espace-partenaire/${org}/services/${serviceId}/${action}`;
export const serviceHistoryHref = (org: string, serviceId: number) => `/espace-partenaire/${org}/services/${serviceId}/historique`;
export const staffPreviewHref = (id: number) => `/administration/fiches/${id}`;
