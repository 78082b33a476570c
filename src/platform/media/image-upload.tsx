import { fieldIds } from '../html/forms.js';

/** The hint of every image field: what storeImage accepts. */
export const IMAGE_UPLOAD_HINT = 'Formats acceptés : PNG, JPEG ou WebP (pas de SVG). Taille maximale : 2 Mo par image.';

/**
 * DSFR file field for images; its form needs `method="post" enctype="multipart/form-data"` and a
 * route with `config: { multipart: true }`. A browser never keeps the chosen file after an error:
 * the page should say so (the hint) or show the image already stored.
 */
export function ImageUpload({ name, label, hint = IMAGE_UPLOAD_HINT, error, multiple }: { name: string; label: string; hint?: string; error?: string; multiple?: boolean }) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <div class={`fr-upload-group fr-mb-3w${error ? ' fr-upload-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        <span class="fr-hint-text" id={`${id}-aide`}>
          {hint}
        </span>
      </label>
      <input
        class="fr-upload"
        type="file"
        id={id}
        name={name}
        accept="image/png,image/jpeg,image/webp"
        multiple={multiple}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
