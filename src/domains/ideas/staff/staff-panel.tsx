import type { Db } from '../../../platform/db/database.js';
import { formatDate } from '../../../platform/html/components.js';
import type { Role, Viewer } from '../../../platform/http/access.plugin.js';
import type { IdeaRow } from '../ideas.table.js';
import { MergeForm, PledgeForm, RealisationForm, StatusForm } from './staff-forms.js';
import { findServiceSummary, listPledges, type Pledge } from './staff.repository.js';

export const STAFF_ROLES: readonly Role[] = ['moderateur', 'administrateur'];
/** Who may say « je m'en occupe ». */
export const PLEDGE_ROLES: readonly Role[] = ['developpeur', 'partenaire'];

export const isStaff = (viewer: Viewer | null): boolean => Boolean(viewer && STAFF_ROLES.some((role) => viewer.roles.includes(role)));
export const canPledge = (viewer: Viewer | null): boolean => Boolean(viewer?.emailVerified && PLEDGE_ROLES.some((role) => viewer.roles.includes(role)));

export type StaffPanelIdea = Pick<IdeaRow, 'id' | 'status' | 'merged_into_id' | 'realised_service_id' | 'realised_application'>;

export interface StaffPanelData {
  ideaId: number;
  status: IdeaRow['status'];
  mergedIntoId: number | null;
  /** Current realisation, to pre-fill the form. */
  serviceSlug: string;
  application: string;
}

/** The staff panel's data, or null when the viewer is not a moderator or an administrator. */
export async function loadStaffPanel(db: Db, idea: StaffPanelIdea, viewer: Viewer | null): Promise<StaffPanelData | null> {
  if (!isStaff(viewer)) return null;
  const service = idea.realised_service_id === null ? undefined : await findServiceSummary(db, idea.realised_service_id);
  return { ideaId: idea.id, status: idea.status, mergedIntoId: idea.merged_into_id, serviceSlug: service?.slug ?? '', application: idea.realised_application ?? '' };
}

/** Staff forms for the idea page: status + official answer, merge, realisation. */
export function StaffPanel({ data, csrfToken }: { data: StaffPanelData; csrfToken: string }) {
  return (
    <section class="fr-mt-6w fr-p-3w fr-background-alt--grey" aria-labelledby="equipe-titre" id="equipe">
      <h2 id="equipe-titre">Espace équipe</h2>
      {data.status === 'doublon' ? (
        <p>
          Cette idée est un doublon, regroupée avec <a href={`/idees/${data.mergedIntoId}`}>l’idée n° {data.mergedIntoId}</a> : son statut ne change plus.
        </p>
      ) : (
        <>
          <h3 class="fr-h5">Statut et réponse officielle</h3>
          <StatusForm ideaId={data.ideaId} csrfToken={csrfToken} current={data.status} values={{ statut: data.status }} />
          <h3 class="fr-h5 fr-mt-4w">Regrouper un doublon</h3>
          <MergeForm ideaId={data.ideaId} csrfToken={csrfToken} />
        </>
      )}
      <h3 class="fr-h5 fr-mt-4w">Ce qui a réalisé l’idée</h3>
      <RealisationForm ideaId={data.ideaId} csrfToken={csrfToken} values={{ service: data.serviceSlug, application: data.application }} />
    </section>
  );
}

export interface PledgesData {
  ideaId: number;
  pledges: Pledge[];
  /** The viewer may say « je m'en occupe » (verified developer or partner). */
  canPledge: boolean;
  /** The viewer already does. */
  pledged: boolean;
}

/** Who builds the idea; pass the viewer to know whether to show the button. */
export async function loadPledges(db: Db, ideaId: number, viewer: Viewer | null = null): Promise<PledgesData> {
  const pledges = await listPledges(db, ideaId);
  return { ideaId, pledges, canPledge: canPledge(viewer), pledged: Boolean(viewer && pledges.some((pledge) => pledge.accountId === viewer.accountId)) };
}

/** « Ils s’en occupent »: nothing at all when nobody does and the viewer cannot pledge. */
export function PledgesSection({ data, csrfToken }: { data: PledgesData; csrfToken?: string }) {
  if (!data.pledges.length && !data.canPledge) return null;
  return (
    <section class="fr-mt-6w" aria-labelledby="ils-s-en-occupent">
      <h2 id="ils-s-en-occupent">Ils s’en occupent</h2>
      {data.pledges.length ? (
        <ul>
          {data.pledges.map((pledge) => (
            <li key={pledge.accountId}>
              <strong>{pledge.name}</strong>, depuis le {formatDate(pledge.createdAt)}
              {pledge.note ? ` : ${pledge.note}` : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Personne ne s’est encore proposé pour réaliser cette idée.</p>
      )}
      {data.canPledge && csrfToken ? <PledgeForm ideaId={data.ideaId} csrfToken={csrfToken} pledged={data.pledged} /> : null}
    </section>
  );
}
