import { formatNumber } from '../../../platform/html/components.js';
import { type FieldErrors, Input, Select, Textarea } from '../../../platform/html/forms.js';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, type OrganisationInput } from './organisation-profile.service.js';

export const ORGANISATION_FIELD_LABELS: Record<keyof OrganisationInput, string> = {
  name: 'Nom de l’organisation',
  kind: 'Type d’organisation',
  siret: 'Numéro SIRET',
  website: 'Site internet',
  description: 'Présentation',
};

/** The fields of the organisation form (creation and profile). */
export function OrganisationFields({ values, errors, staff, currentKind }: { values: OrganisationInput; errors: FieldErrors; staff: boolean; currentKind?: string }) {
  const options = [
    ...(staff ? [{ value: 'operateur', label: 'Opérateur' }] : []),
    { value: 'partenaire-public', label: 'Partenaire public (administration, collectivité, établissement public…)' },
    { value: 'partenaire-prive', label: 'Partenaire privé (entreprise, association…)' },
  ];
  return (
    <>
      <Input name="name" label={ORGANISATION_FIELD_LABELS.name} value={values.name} error={errors.name} required maxLength={MAX_NAME_LENGTH} autocomplete="organization" />
      {currentKind === 'operateur' && !staff ? (
        <p>
          <strong>{ORGANISATION_FIELD_LABELS.kind} :</strong> Opérateur (seule l’équipe de l’Emploi Store peut le changer).
        </p>
      ) : (
        <Select name="kind" label={ORGANISATION_FIELD_LABELS.kind} options={options} value={values.kind} error={errors.kind} />
      )}
      <Input
        name="siret"
        label={`${ORGANISATION_FIELD_LABELS.siret} (facultatif)`}
        hint="14 chiffres, par exemple 732 829 320 00074 : il identifie l’établissement."
        value={values.siret}
        error={errors.siret}
        maxLength={20}
      />
      <Input
        name="website"
        label={`${ORGANISATION_FIELD_LABELS.website} (facultatif)`}
        hint="Adresse complète commençant par https://, par exemple https://www.exemple.fr"
        value={values.website}
        error={errors.website}
        maxLength={300}
        autocomplete="url"
      />
      <Textarea
        name="description"
        label={`${ORGANISATION_FIELD_LABELS.description} (facultatif)`}
        hint={`Qui vous êtes, ce que vous proposez : ${formatNumber(MAX_DESCRIPTION_LENGTH)} caractères au maximum. Mise en forme Markdown possible (**gras**, listes, liens).`}
        value={values.description}
        error={errors.description}
        rows={8}
      />
    </>
  );
}
