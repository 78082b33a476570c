import { Breadcrumb, formatDateTime } from '../../../platform/html/components.js';
import { ErrorSummary, type FieldErrors, Input } from '../../../platform/html/forms.js';
import { CertificateDetails } from './certificate-details.js';
import type { Verification } from './certificates.service.js';

const crumbs = (current?: string) => [{ label: 'Accueil', href: '/' }, ...(current ? [{ label: 'Vérifier un certificat', href: '/certificats/verifier' }, { label: current }] : [{ label: 'Vérifier un certificat' }])];

function VerificationForm({ value, errors = {} }: { value?: string; errors?: FieldErrors }) {
  return (
    <form method="get" action="/certificats/verifier" class="fr-mb-4w" noValidate>
      <ErrorSummary errors={errors} labels={{ numero: 'Numéro du certificat' }} />
      <Input name="numero" label="Numéro du certificat" hint="Il figure au bas du certificat, par exemple ES-2026-7K3M-9QXP-4TDF-2B8H (majuscules, espaces et tirets facultatifs)." value={value} error={errors.numero} maxLength={60} autocomplete="off" />
      <button class="fr-btn" type="submit">
        Vérifier
      </button>
    </form>
  );
}

/** The public form: type a certificate's number. */
export function VerificationFormPage({ value, errors }: { value?: string; errors?: FieldErrors }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs()} />
      <h1>Vérifier un certificat</h1>
      <p>Les certificats de réussite des MOOC de l’emploi portent un numéro unique. Saisissez-le pour savoir si le certificat est authentique et ce qu’il atteste.</p>
      <VerificationForm value={value} errors={errors} />
    </div>
  );
}

/** The answer for one number: genuine (with what it says), revoked, or unknown. */
export function VerificationResultPage({ verification, typed, operatorName }: { verification: Verification; typed: string; operatorName: string }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs(verification.number ?? typed)} />
      <h1>Vérification d’un certificat</h1>
      {verification.status === 'genuine' ? (
        <>
          <div class="fr-alert fr-alert--success fr-mb-4w">
            <h2 class="fr-alert__title">Certificat authentique</h2>
            <p>
              Ce certificat a bien été délivré par {operatorName} sur Emploi Store, et il n’a pas été révoqué. Vérifiez que les informations ci-dessous sont celles du document qui vous a été présenté.
            </p>
          </div>
          <CertificateDetails certificate={verification.certificate} />
        </>
      ) : verification.status === 'revoked' ? (
        <>
          <div class="fr-alert fr-alert--error fr-mb-4w">
            <h2 class="fr-alert__title">Certificat révoqué le {formatDateTime(verification.certificate.revoked_at!)}</h2>
            <p>Motif : {verification.certificate.revoked_reason}</p>
            <p>Ce certificat a été délivré, puis révoqué : il n’atteste plus de la réussite du cours.</p>
          </div>
          <CertificateDetails certificate={verification.certificate} />
        </>
      ) : (
        <div class="fr-alert fr-alert--error fr-mb-4w">
          <h2 class="fr-alert__title">Aucun certificat ne correspond à ce numéro</h2>
          <p>
            Vérifiez le numéro saisi{verification.number ? <> (<code>{verification.number}</code>)</> : null}. Un certificat dont le numéro a été modifié n’est pas authentique.
          </p>
        </div>
      )}
      <h2 class="fr-h4">Vérifier un autre certificat</h2>
      <VerificationForm />
    </div>
  );
}
