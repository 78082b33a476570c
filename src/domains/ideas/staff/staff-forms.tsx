import { CsrfField, type FieldErrors, Input, RadioFieldset, Textarea } from '../../../platform/html/forms.js';
import type { IdeaStatus } from '../ideas.table.js';
import { IDEA_STATUS_LABELS } from '../ideas.vocabulary.js';
import { MAX_ANSWER, MAX_APPLICATION, MAX_PLEDGE_NOTE, SETTABLE_STATUSES } from './staff.service.js';

export type FormValues = Record<string, string>;

interface FormProps {
  ideaId: number;
  csrfToken: string;
  values?: FormValues;
  errors?: FieldErrors;
}

/** Status + official answer (staff). */
export function StatusForm({ ideaId, csrfToken, values = {}, errors = {}, current }: FormProps & { current: IdeaStatus }) {
  return (
    <form method="post" action={`/idees/${ideaId}/statut`}>
      <CsrfField token={csrfToken} />
      <RadioFieldset
        name="statut"
        legend="Nouveau statut"
        hint={`Statut actuel : ${IDEA_STATUS_LABELS[current]}. Pour un doublon, utilisez le regroupement ci-dessous.`}
        options={SETTABLE_STATUSES.map((status) => ({ value: status, label: IDEA_STATUS_LABELS[status] }))}
        value={values.statut ?? current}
        error={errors.statut}
      />
      <Textarea
        name="reponse"
        label="Réponse officielle"
        hint={`Publiée sur l’idée et envoyée par e-mail aux personnes qui la suivent (${MAX_ANSWER} caractères au plus).`}
        value={values.reponse}
        error={errors.reponse}
        maxLength={MAX_ANSWER}
      />
      <button class="fr-btn" type="submit">
        Enregistrer le statut et la réponse
      </button>
    </form>
  );
}

/** Merge this idea into another one (staff). */
export function MergeForm({ ideaId, csrfToken, values = {}, errors = {} }: FormProps) {
  return (
    <form method="post" action={`/idees/${ideaId}/fusion`}>
      <CsrfField token={csrfToken} />
      <Input name="cible" label="Numéro de l’idée qui regroupe celle-ci" hint="Par exemple 12 : ses soutiens et ses abonnés y seront reportés." value={values.cible} error={errors.cible} maxLength={20} />
      <Textarea
        name="reponseFusion"
        label="Réponse officielle sur le doublon"
        hint="Par exemple : « Cette idée rejoint l’idée n° 12, qui propose la même chose. »"
        value={values.reponseFusion}
        error={errors.reponseFusion}
        maxLength={MAX_ANSWER}
        rows={3}
      />
      <button class="fr-btn fr-btn--secondary" type="submit">
        Regrouper avec cette idée
      </button>
    </form>
  );
}

/** What realised the idea (staff). */
export function RealisationForm({ ideaId, csrfToken, values = {}, errors = {} }: FormProps) {
  return (
    <form method="post" action={`/idees/${ideaId}/realisation`}>
      <CsrfField token={csrfToken} />
      <Input name="service" label="Service du Store" hint="Identifiant du service publié, tel qu’il apparaît dans son adresse (/services/…)." value={values.service} error={errors.service} maxLength={100} />
      <Input
        name="application"
        label="Ou application d’un développeur"
        hint={`Nom ou adresse de l’application (${MAX_APPLICATION} caractères au plus). Laissez les deux champs vides pour retirer le lien.`}
        value={values.application}
        error={errors.application}
        maxLength={MAX_APPLICATION}
      />
      <button class="fr-btn fr-btn--secondary" type="submit">
        Enregistrer la réalisation
      </button>
    </form>
  );
}

/** « Je m'en occupe » (developers and partners); a second post withdraws. */
export function PledgeForm({ ideaId, csrfToken, pledged, values = {}, errors = {} }: FormProps & { pledged: boolean }) {
  return (
    <form method="post" action={`/idees/${ideaId}/je-m-en-occupe`}>
      <CsrfField token={csrfToken} />
      {pledged ? null : (
        <Input name="note" label="Un mot sur votre projet (facultatif)" hint={`Par exemple l’adresse de votre dépôt ou une date de sortie (${MAX_PLEDGE_NOTE} caractères au plus).`} value={values.note} error={errors.note} maxLength={MAX_PLEDGE_NOTE} />
      )}
      <button class={`fr-btn${pledged ? ' fr-btn--tertiary' : ''}`} type="submit">
        {pledged ? 'Je ne m’en occupe plus' : 'Je m’en occupe'}
      </button>
    </form>
  );
}
