/**
 * The one catalogue of errors: a stable code (for programs), an HTTP status and a French
 * message (for people). Domains throw these; the error handler renders them.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'La demande est incorrecte.' },
  INVALID_PARAMETER: { status: 400, message: 'Un paramètre de la demande est incorrect.' },
  INVALID_ENCODING: { status: 400, message: "L'adresse contient des caractères mal encodés (UTF-8 invalide)." },
  INVALID_FILTER: { status: 400, message: "Un filtre de recherche n'existe pas." },
  QUERY_TOO_LONG: { status: 400, message: 'La recherche est trop longue.' },
  PAGE_OUT_OF_RANGE: { status: 400, message: "Cette page de résultats n'existe pas." },
  BODY_TOO_LARGE: { status: 413, message: 'Le contenu envoyé est trop volumineux.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Le format du contenu envoyé n'est pas pris en charge." },
  UNAUTHENTICATED: { status: 401, message: 'Connectez-vous pour accéder à cette page.' },
  FORBIDDEN: { status: 403, message: "Vous n'avez pas les droits nécessaires pour cette action." },
  EMAIL_NOT_VERIFIED: { status: 403, message: 'Confirmez d’abord votre adresse e-mail : un lien vous a été envoyé.' },
  CSRF_INVALID: { status: 403, message: 'Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.' },
  NOT_FOUND: { status: 404, message: "La page que vous cherchez est introuvable." },
  SERVICE_NOT_FOUND: { status: 404, message: "Ce service n'existe pas ou n'est plus publié." },
  THEME_NOT_FOUND: { status: 404, message: "Cette thématique n'existe pas." },
  REVIEW_NOT_FOUND: { status: 404, message: "Cet avis n'existe pas ou n'est plus visible." },
  MODERATION_SUBJECT_NOT_FOUND: { status: 404, message: "Ce contenu à modérer n'existe pas." },
  ORGANISATION_NOT_FOUND: { status: 404, message: "Cette organisation n'existe pas." },
  NOT_ORGANISATION_MEMBER: { status: 403, message: "Vous n'êtes pas membre de cette organisation." },
  OWNER_ONLY: { status: 403, message: 'Seuls les propriétaires de l’organisation peuvent faire cette action.' },
  LAST_OWNER: { status: 409, message: 'L’organisation doit garder au moins un propriétaire : nommez-en un autre d’abord.' },
  ALREADY_MEMBER: { status: 409, message: 'Cette personne est déjà membre de l’organisation.' },
  INVITATION_INVALID: { status: 404, message: "Cette invitation n'existe pas, a expiré ou a déjà été utilisée." },
  INVITATION_EXPIRED: { status: 410, message: 'Cette invitation a expiré, a été annulée ou a déjà été utilisée : demandez une nouvelle invitation à un propriétaire de l’organisation.' },
  INVITATION_EMAIL_MISMATCH: { status: 403, message: 'Cette invitation a été envoyée à une autre adresse e-mail : connectez-vous avec le compte de cette adresse.' },
  INVITATION_RATE_LIMITED: { status: 429, message: 'Vous avez envoyé trop d’invitations en peu de temps : réessayez dans une heure.' },
  SUBMISSION_NOT_FOUND: { status: 404, message: "Cette fiche de service n'existe pas." },
  TRANSITION_NOT_ALLOWED: { status: 409, message: "Cette action n'est pas possible dans l'état actuel de la fiche." },
  REVISION_LOCKED: { status: 409, message: 'Cette fiche est en cours de modération : elle ne peut pas être modifiée pour le moment.' },
  UPLOAD_TOO_LARGE: { status: 413, message: 'Le fichier dépasse 2 Mo : réduisez sa taille et réessayez.' },
  UPLOAD_TYPE_REFUSED: { status: 415, message: 'Ce type de fichier est refusé : envoyez une image PNG, JPEG ou WebP.' },
  UPLOAD_SVG_REFUSED: { status: 415, message: 'Les images SVG sont refusées : envoyez une image PNG, JPEG ou WebP.' },
  UPLOAD_INVALID_IMAGE: { status: 400, message: "Le fichier n'est pas une image lisible : envoyez une image PNG, JPEG ou WebP valide." },
  UPLOAD_TOO_MANY_FILES: { status: 400, message: 'Trop de fichiers envoyés en une fois.' },
  MEDIA_NOT_FOUND: { status: 404, message: "Cette image n'existe pas." },
  INVALID_PERIOD: { status: 400, message: 'La période choisie est incorrecte.' },
  CONFLICT: { status: 409, message: 'Cette action entre en conflit avec une autre modification : rechargez la page.' },
  COURSE_NOT_FOUND: { status: 404, message: "Ce cours n'existe pas ou n'est plus proposé." },
  SESSION_NOT_FOUND: { status: 404, message: "Cette session n'existe pas." },
  LESSON_NOT_FOUND: { status: 404, message: "Cette leçon n'existe pas." },
  LESSON_NOT_OPEN: { status: 403, message: 'Cette leçon n’est pas encore ouverte : elle le sera au début de sa semaine.' },
  NOT_ENROLLED: { status: 403, message: 'Inscrivez-vous à la session pour suivre ce cours.' },
  ENROLMENT_CLOSED: { status: 409, message: 'Les inscriptions à cette session ne sont pas ouvertes.' },
  SESSION_FULL: { status: 409, message: 'Cette session est complète.' },
  QUIZ_NO_ATTEMPTS_LEFT: { status: 409, message: 'Vous avez utilisé toutes vos tentatives pour ce quiz.' },
  NOT_INSTRUCTOR: { status: 403, message: 'Seuls les formateurs de ce cours peuvent faire cette action.' },
  CERTIFICATE_NOT_FOUND: { status: 404, message: "Ce certificat n'existe pas." },
  CERTIFICATE_NOT_EARNED: { status: 409, message: 'Le certificat est délivré quand toutes les leçons sont vues et tous les quiz réussis.' },
  CERTIFICATE_REVOKED: { status: 410, message: 'Ce certificat a été révoqué : il ne peut plus être téléchargé.' },
  VIDEO_NOT_FOUND: { status: 404, message: "Cette vidéo n'existe pas." },
  RANGE_NOT_SATISFIABLE: { status: 416, message: 'La partie demandée de la vidéo n’existe pas.' },
  VIDEO_TOO_LARGE: { status: 413, message: 'La vidéo dépasse 200 Mo : réduisez sa taille et réessayez.' },
  VIDEO_TYPE_REFUSED: { status: 415, message: 'Ce fichier n’est pas une vidéo acceptée : envoyez une vidéo MP4 ou WebM.' },
  THREAD_NOT_FOUND: { status: 404, message: "Cette discussion n'existe pas ou n'est plus visible." },
  DISCUSSION_RATE_LIMITED: { status: 429, message: 'Vous avez publié beaucoup de messages en peu de temps : réessayez dans quelques minutes.' },
  IDEA_NOT_FOUND: { status: 404, message: "Cette idée n'existe pas ou n'est plus visible." },
  IDEA_LOCKED: { status: 409, message: 'Cette idée a déjà reçu des soutiens ou des commentaires : elle ne peut plus être modifiée.' },
  IDEA_RATE_LIMITED: { status: 429, message: 'Vous avez beaucoup publié en peu de temps : réessayez un peu plus tard.' },
  COMMENT_NOT_FOUND: { status: 404, message: "Ce commentaire n'existe pas ou n'est plus visible." },
  METHOD_NOT_ALLOWED: { status: 405, message: "Cette action n'est pas possible sur cette adresse." },
  LOGIN_THROTTLED: { status: 429, message: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.' },
  REVIEW_RATE_LIMITED: { status: 429, message: 'Vous avez publié trop d’avis en peu de temps : réessayez dans une heure.' },
  REPORT_RATE_LIMITED: { status: 429, message: 'Vous avez envoyé trop de signalements en peu de temps : réessayez dans une heure.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Trop de demandes : merci de patienter avant de réessayer.' },
  INTERNAL_ERROR: { status: 500, message: 'Une erreur inattendue est survenue. Merci de réessayer plus tard.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Le service est momentanément indisponible.' },
  // developer applications
  APPLICATION_NOT_FOUND: { status: 404, message: "Cette application n'existe pas." },
  APPLICATION_REVOKED: { status: 409, message: 'Cette application a été révoquée : elle ne peut plus être utilisée ni modifiée.' },
  APPLICATION_LIMIT: { status: 409, message: 'Vous avez atteint la limite de 10 applications par compte : révoquez une application dont vous ne vous servez plus pour en créer une autre.' },
  SUBSCRIPTION_NOT_FOUND: { status: 404, message: "Cet abonnement n'existe pas." },
  // simulator — engine (scenario validation, attempts)
  SIMULATOR_SCENARIO_INVALID: { status: 422, message: "Ce scénario n'est pas valide : corrigez les erreurs signalées." },
  SIMULATOR_STATE_INVALID: { status: 400, message: "Cette partie enregistrée est illisible : recommencez une nouvelle partie." },
  SIMULATOR_SCENARIO_CHANGED: { status: 409, message: 'Ce scénario a été modifié depuis le début de votre partie : recommencez une nouvelle partie.' },
  SIMULATOR_ATTEMPT_FINISHED: { status: 409, message: 'Cette partie est terminée : consultez votre bilan ou recommencez.' },
  SIMULATOR_STALE_STEP: { status: 409, message: 'Cette question a déjà reçu une réponse : reprenez à la question en cours.' },
  SIMULATOR_INVALID_ANSWER: { status: 400, message: "Cette réponse n'est pas acceptée pour cette question." },
  SIMULATOR_INTERVIEW_KIND_UNSUPPORTED: { status: 400, message: "Ce type d'entretien n'est pas proposé pour ce scénario." },
  // simulator — web (storage, player pages, authoring)
  SIMULATOR_SCENARIO_NOT_FOUND: { status: 404, message: "Ce scénario n'existe pas ou n'est plus proposé." },
  SIMULATOR_ATTEMPT_NOT_FOUND: { status: 404, message: "Cette partie n'existe pas ou n'est plus accessible." },
  SIMULATOR_NOT_AUTHOR: { status: 403, message: 'Seuls les membres de l’organisation qui a écrit ce scénario, ou l’équipe de l’opérateur, peuvent le modifier.' },
  SIMULATOR_NOT_PUBLISHABLE: { status: 409, message: 'Ce scénario ne peut pas être publié : enregistrez d’abord une version sans erreur.' },
  // developer APIs — OAuth2 bearer gate (codes answered as codeErreur under /partenaire/)
  TOKEN_MISSING: { status: 401, message: "Jeton d'accès manquant : envoyez l'en-tête Authorization: Bearer <jeton>, obtenu auprès de /connexion/oauth2/access_token." },
  TOKEN_INVALID: { status: 401, message: "Jeton d'accès invalide : demandez un nouveau jeton." },
  TOKEN_EXPIRED: { status: 401, message: "Jeton d'accès expiré : demandez un nouveau jeton." },
  TOKEN_REVOKED: { status: 401, message: "L'application de ce jeton a été révoquée : ses jetons ne sont plus acceptés." },
  SCOPE_MISSING: { status: 403, message: "Ce jeton ne donne pas accès à cette API : abonnez l'application à l'API et demandez un jeton avec sa portée." },
  RATE_LIMITED: { status: 429, message: "Trop d'appels en peu de temps pour cette application : réessayez après le délai indiqué par l'en-tête Retry-After." },
  QUOTA_EXCEEDED: { status: 429, message: "Le quota journalier d'appels de cette application pour cette API est atteint : il est remis à zéro à minuit (heure de Paris)." },
  // developer APIs — catalogue, ROME and MOOC routes (partner APIs)
  RANGE_INVALID: { status: 400, message: 'La plage de résultats demandée est incorrecte : écrivez-la premier-dernier, par exemple 0-49, le premier au plus égal au dernier.' },
  RANGE_TOO_LARGE: { status: 400, message: 'La plage de résultats demandée est trop importante.' },
  RANGE_PAST_RESULTS: { status: 400, message: 'La plage de résultats demandée commence après le dernier résultat.' },
  ROME_SHEET_NOT_FOUND: { status: 404, message: "Cette fiche métier ROME n'existe pas." },
  APPELLATION_NOT_FOUND: { status: 404, message: "Cette appellation (code OGR) n'existe pas." },
  DEVELOPER_API_NOT_FOUND: { status: 404, message: "Cette API n'existe pas." },
  // job offers — search, pages, saved offers and alerts (helper O3)
  OFFER_CURSOR_INVALID: { status: 400, message: "Le curseur de pagination est invalide ou ne correspond pas à ce tri : reprenez la recherche depuis le début." },
  OFFER_NOT_FOUND: { status: 404, message: "Cette offre d'emploi n'existe pas." },
  OFFER_EXPIRED: { status: 410, message: "Cette offre d'emploi a expiré : elle n'est plus pourvue." },
  COMMUNE_UNKNOWN: { status: 400, message: "Cette commune est introuvable : écrivez son nom ou son code postal." },
  COMMUNE_AMBIGUOUS: { status: 400, message: 'Plusieurs communes correspondent : précisez le code postal.' },
  OFFER_ALERT_NOT_FOUND: { status: 404, message: "Cette alerte n'existe pas." },
  OFFER_ALERT_LIMIT: { status: 409, message: 'Vous avez atteint le nombre maximal de 20 alertes : supprimez-en une avant d’en créer une autre.' },
  // job offers — « Offres d'emploi v2 » partner API (helper O4)
  REFERENTIEL_NOT_FOUND: { status: 404, message: "Ce référentiel n'existe pas : voyez la liste des référentiels dans la documentation de l'API." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetail {
  /** The parameter or field concerned, e.g. "page" or "type". */
  field?: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message?: string, details: ErrorDetail[] = [], options?: ErrorOptions) {
    super(message ?? ERRORS[code].message, options);
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
