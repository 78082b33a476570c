import { CsrfField, ErrorSummary, type FieldErrors, Textarea } from '../../../../platform/html/forms.js';
import type { DeveloperApplication } from '../../developer.table.js';
import { REVOCATION_REASON_MAX } from '../applications.service.js';
import { applicationHref, DeveloperFrame } from './components.js';

/** The confirmation page of an owner's revocation (irreversible). */
export function RevokeApplicationPage({ application, reason, errors, csrfToken }: { application: DeveloperApplication; reason: string; errors: FieldErrors; csrfToken: string }) {
  const base = applicationHref(application.id);
  return (
    <DeveloperFrame title={`Révoquer « ${application.name} »`} crumbs={[{ label: application.name, href: base }, { label: 'Révoquer' }]} narrow>
      <ErrorSummary errors={errors} />
      <div class="fr-alert fr-alert--warning fr-mb-4w">
        <h2 class="fr-alert__title">Cette action est définitive</h2>
        <ul>
          <li>les clés secrètes cessent aussitôt de fonctionner, et les jetons d’accès en cours sont refusés dans la minute ;</li>
          <li>les abonnements validés sont révoqués ;</li>
          <li>l’application reste dans votre liste, en lecture seule, et ne peut pas être réactivée.</li>
        </ul>
      </div>
      <form method="post" action={`${base}/revoquer`} novalidate>
        <CsrfField token={csrfToken} />
        <Textarea name="reason" label="Motif (facultatif)" hint={`Pour vous en souvenir, ${REVOCATION_REASON_MAX} caractères au plus.`} value={reason} error={errors.reason} maxLength={REVOCATION_REASON_MAX} rows={3} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn fr-btn--icon-left fr-icon-delete-line" type="submit">
              Révoquer définitivement
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
