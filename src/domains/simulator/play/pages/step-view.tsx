import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, RadioFieldset, Textarea } from '../../../../platform/html/forms.js';
import type { Media, RecruiterPersona, ResolvedStep } from '../../engine/scenario.types.js';

/** Progress among the questions: the current one and the fewest there can be in all. */
export interface QuestionProgress {
  number: number;
  total: number;
}

/** « Question 3 sur 10 » for a question; for a scene, the questions answered so far. */
export function progressOf(step: ResolvedStep): QuestionProgress | null {
  const { questionsAnswered, minRemainingQuestions } = step.position;
  if (step.kind === 'choice' || step.kind === 'text') return { number: questionsAnswered + 1, total: questionsAnswered + Math.max(1, minRemainingQuestions) };
  return null;
}

export function MediaView({ media }: { media: Media }) {
  if (media.type === 'image') {
    return (
      <figure class="fr-content-media fr-my-2w">
        <img class="fr-responsive-img" src={media.src} alt={media.alt} />
      </figure>
    );
  }
  return (
    <figure class="fr-content-media fr-my-2w">
      <video class="fr-responsive-vid" controls preload="metadata" poster={media.poster}>
        <source src={media.src} />
        <track kind="captions" src={media.captions.src} srcLang={media.captions.lang} label={media.captions.label} default />
      </video>
      <details class="fr-mt-1w">
        <summary>Transcription de la vidéo</summary>
        <p class="es-transcript">{media.transcript}</p>
      </details>
    </figure>
  );
}

/** A line said by the recruiter (DSFR quote, with the persona) or a narration. */
function Line({ speaker, persona, company, children }: { speaker: 'recruiter' | 'narrator'; persona: RecruiterPersona; company: string; children: ComponentChildren }) {
  if (speaker === 'narrator') return <p class="fr-text--lg es-narration">{children}</p>;
  return (
    <figure class="fr-quote fr-py-2w fr-my-2w">
      <blockquote>
        <p class="es-recruiter-line">{children}</p>
      </blockquote>
      <figcaption>
        <p class="fr-quote__author">{persona.name}</p>
        <ul class="fr-quote__source">
          <li>{persona.role}</li>
          <li>{company}</li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** The recruiter's question and the form that answers it (its field and button are the children). */
function Question(props: {
  stepId: string; type: 'choice' | 'text'; prompt: string; media?: Media; persona: RecruiterPersona; company: string;
  action: string; csrfToken: string; errors: Record<string, string>; children: ComponentChildren;
}) {
  return (
    <>
      {props.media ? <MediaView media={props.media} /> : null}
      <Line speaker="recruiter" persona={props.persona} company={props.company}>
        {props.prompt}
      </Line>
      <ErrorSummary errors={props.errors} labels={{ reponse: 'Votre réponse' }} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="etape" value={props.stepId} />
        <input type="hidden" name="type" value={props.type} />
        {props.children}
      </form>
    </>
  );
}

export interface StepViewProps {
  step: ResolvedStep;
  persona: RecruiterPersona;
  company: string;
  action: string;
  csrfToken: string;
  /** The error of a refused answer, and the text kept. */
  error?: string;
  text?: string;
}

/** The current step: the scene or the recruiter's question, and the form to answer it. */
export function StepView({ step, persona, company, action, csrfToken, error, text }: StepViewProps) {
  const errors: Record<string, string> = error ? { reponse: error } : {};
  const common = { stepId: step.id, persona, company, action, csrfToken, errors };
  return (
    <section aria-labelledby="etape-titre" class="fr-mt-4w">
      <h2 id="etape-titre" tabIndex={-1} data-focus-on-arrival="">
        {step.title ?? (step.kind === 'scene' ? 'La scène' : 'La question du recruteur')}
      </h2>
      {step.kind === 'scene' ? (
        <>
          {step.media ? <MediaView media={step.media} /> : null}
          <Line speaker={step.speaker} persona={persona} company={company}>
            {step.text}
          </Line>
          <form method="post" action={action}>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="etape" value={step.id} />
            <input type="hidden" name="type" value="continue" />
            <button class="fr-btn fr-icon-arrow-right-line fr-btn--icon-right" type="submit">
              Continuer
            </button>
          </form>
        </>
      ) : null}
      {step.kind === 'choice' ? (
        <Question {...common} type="choice" prompt={step.prompt} media={step.media}>
          <RadioFieldset name="reponse" legend="Que répondez-vous ?" options={step.choices.map((choice) => ({ value: choice.id, label: choice.label }))} error={errors.reponse} />
          <button class="fr-btn" type="submit">
            Répondre
          </button>
        </Question>
      ) : null}
      {step.kind === 'text' ? (
        <Question {...common} type="text" prompt={step.prompt} media={step.media}>
          <Textarea
            name="reponse"
            label="Votre réponse, rédigée comme vous la diriez"
            hint={step.hint ?? 'Quelques phrases : une situation, ce que vous avez fait, le résultat.'}
            value={text}
            error={errors.reponse}
            maxLength={step.maxLength ?? 3000}
            rows={7}
          />
          <button class="fr-btn" type="submit">
            Envoyer ma réponse
          </button>
        </Question>
      ) : null}
    </section>
  );
}
