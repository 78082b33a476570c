import { formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, RadioFieldset } from '../../../../platform/html/forms.js';
import type { DeveloperApplication } from '../../developer.table.js';
import type { SecretRow } from '../applications.repository.js';
import { GRACE_PERIODS } from '../applications.service.js';
import { applicationHref, DeveloperFrame } from './components.js';

/** « Renouveler la clé secrète »: how long the current keys stay valid. */
export function RotateSecretPage({ application, secrets, grace, errors, csrfToken }: { application: DeveloperApplication; secrets: SecretRow[]; grace: string; errors: FieldErrors; csrfToken: string }) {
  const base = applicationHref(application.id);
  return (
    <DeveloperFrame title="Renouveler la clé secrète" crumbs={[{ label: application.name, href: base }, { label: 'Renouveler la clé secrète' }]} narrow>
      <ErrorSummary errors={errors} />
      <p>
        Une nouvelle clé secrète est créée et affichée une seule fois. Pour changer de clé sans interrompre votre service, gardez les clés actuelles valides le temps de déployer la nouvelle.
      </p>
      {secrets.length ? (
        <>
          <p>Clés valides aujourd’hui :</p>
          <ul>
            {secrets.map((secret) => (
              <li key={secret.id}>
                se terminant par <code>{secret.hint}</code>, {secret.expires_at ? `valide jusqu’au ${formatDateTime(secret.expires_at)}` : 'sans limite'}
              </li>
            ))}
          </ul>
          <p class="fr-text--sm">Une clé qui expire déjà avant la fin de la période choisie garde sa date : un renouvellement ne prolonge jamais une clé.</p>
        </>
      ) : null}
      <form method="post" action={`${base}/secret`} novalidate>
        <CsrfField token={csrfToken} />
        <RadioFieldset
          name="grace"
          legend="Les clés actuelles restent valides…"
          options={Object.entries(GRACE_PERIODS).map(([value, period]) => ({ value, label: value === 'immediat' ? period.label : `Pendant ${period.label}` }))}
          value={grace}
          error={errors.grace}
        />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn" type="submit">
              Créer une nouvelle clé secrète
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={base}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </DeveloperFrame>
  );
}
