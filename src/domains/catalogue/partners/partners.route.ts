import type { FastifyInstance } from 'fastify';
import type { PersonalDataProvider } from '../../accounts/index.js';
import { exportInvitations } from './invitations.repository.js';
import { registerInvitationRoutes } from './invitations.route.js';
import { registerMembersRoutes } from './members.route.js';
import { registerOrganisationRoutes } from './organisations.route.js';
import { registerPartnerSpaceRoutes } from './partner-space.route.js';
import { registerProfileRoutes } from './profile.route.js';

/** The account's memberships and the invitations it sent or accepted (they go with the account). */
export const partnersPersonalData: PersonalDataProvider = {
  name: 'organisations',
  async export(db, accountId) {
    const memberships = await db
      .selectFrom('organisation_members as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['o.name as organisation', 'o.slug as adresse', 'm.role as role', 'm.created_at as membreDepuis'])
      .where('m.account_id', '=', accountId)
      .orderBy('m.created_at')
      .execute();
    return { adhesions: memberships, invitations: await exportInvitations(db, accountId) };
  },
};

/**
 * Organisations and their members: public organisation pages, the partner space's entry and
 * dashboard, the organisation's profile, its members and invitations by e-mail.
 */
export function registerPartnerRoutes(app: FastifyInstance): void {
  registerOrganisationRoutes(app);
  registerPartnerSpaceRoutes(app);
  registerProfileRoutes(app);
  registerMembersRoutes(app);
  registerInvitationRoutes(app);
  app.mySpaceSections.push({ title: 'Espace partenaire', description: 'Les organisations dont vous êtes membre ; créer une organisation.', href: '/espace-partenaire' });
  app.personalData.push(partnersPersonalData);
}
