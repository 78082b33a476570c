import { CsrfField, ErrorSummary, type FieldErrors, Notice } from '../../../../platform/html/forms.js';
import { ImageUpload } from '../../../../platform/media/index.js';
import type { Membership } from '../../partners/membership.js';
import { PartnerSpaceLayout } from '../../partners/partner-space-layout.js';
import { StepLinks, Stepper } from '../components/stepper.js';
import { FIELD_LABELS, MAX_SCREENSHOTS, type ServiceContent, type Step } from '../service-content.js';
import { stepHref } from '../submissions.paths.js';

export interface VisualsProps {
  membership: Membership;
  revisionId: number;
  step: Step;
  content: ServiceContent;
  errors: FieldErrors;
  csrfToken: string;
  notice?: string;
  isUpdate: boolean;
}

/** The logo and screenshots step: files are checked, re-encoded and stored at once. */
export function VisualsPage({ membership, revisionId, step, content, errors, csrfToken, notice, isUpdate }: VisualsProps) {
  const org = membership.organisation.slug;
  const title = isUpdate ? `Modifier « ${content.name} »` : `Fiche « ${content.name || 'sans nom'} »`;
  const room = MAX_SCREENSHOTS - content.screenshots.length;
  return (
    <PartnerSpaceLayout membership={membership} section="services" title={title} crumbs={[{ label: title }]}>
      <Stepper current={step} />
      <StepLinks current={step} href={(target) => stepHref(org, revisionId, target.slug)} />
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={FIELD_LABELS as Record<string, string>} />
      <form method="post" action={stepHref(org, revisionId, step.slug)} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrfToken} />
        <h2 class="fr-h5">Logo</h2>
        {content.logoPath ? (
          <div class="fr-mb-2w">
            <img class="es-service-logo" src={content.logoPath} alt="Logo actuel" width={96} height={96} />
            <div class="fr-checkbox-group fr-mt-1w">
              <input type="checkbox" id="supprimer-logo" name="removeLogo" value="oui" />
              <label class="fr-label" for="supprimer-logo">
                Retirer ce logo
              </label>
            </div>
          </div>
        ) : (
          <p>Pas encore de logo.</p>
        )}
        <ImageUpload
          name="logoPath"
          label={content.logoPath ? 'Remplacer le logo' : 'Ajouter un logo'}
          hint="Image PNG, JPEG ou WebP de 2 Mo au plus, carrée de préférence (elle est réduite à 512 × 512 pixels). Les images SVG sont refusées."
          error={errors.logoPath}
        />
        <h2 class="fr-h5">Captures d’écran</h2>
        {content.screenshots.length ? (
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">Captures actuelles (cochez celles à retirer)</legend>
            {content.screenshots.map((src, index) => (
              <div class="fr-fieldset__element" key={src}>
                <img class="es-screenshot-thumb" src={src} alt={`Capture d’écran ${index + 1}`} />
                <div class="fr-checkbox-group">
                  <input type="checkbox" id={`supprimer-capture-${index}`} name="removeScreenshots" value={src} />
                  <label class="fr-label" for={`supprimer-capture-${index}`}>
                    Retirer la capture {index + 1}
                  </label>
                </div>
              </div>
            ))}
          </fieldset>
        ) : (
          <p>Pas encore de capture d’écran.</p>
        )}
        <ImageUpload
          name="screenshots"
          label="Ajouter des captures d’écran"
          hint={`Images PNG, JPEG ou WebP de 2 Mo au plus chacune, ${MAX_SCREENSHOTS} captures en tout (encore ${Math.max(0, room)} possible${room > 1 ? 's' : ''}).`}
          error={errors.screenshots}
          multiple
        />
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <button class="fr-btn" type="submit" name="intent" value="continuer">
              Enregistrer et continuer
            </button>
          </li>
          <li>
            <button class="fr-btn fr-btn--secondary" type="submit" name="intent" value="brouillon">
              Enregistrer le brouillon
            </button>
          </li>
        </ul>
      </form>
    </PartnerSpaceLayout>
  );
}
