import { RadioFieldset, type RadioOption } from '../../platform/html/forms.js';
import { SITUATION_LABELS, SITUATIONS } from './profile.vocabulary.js';

export type { RadioOption } from '../../platform/html/forms.js';
export { RadioFieldset } from '../../platform/html/forms.js';

export const SITUATION_OPTIONS: RadioOption[] = SITUATIONS.map((situation) => ({ value: situation, label: SITUATION_LABELS[situation] }));

export function SituationField({ value, error, legend = 'Votre situation' }: { value?: string; error?: string; legend?: string }) {
  return <RadioFieldset name="situation" legend={legend} options={SITUATION_OPTIONS} value={value} error={error} />;
}
