import type { CourseContent } from './content.types.js';

// Placeholder until the content is written: the content test fails on it on purpose.
export const course: CourseContent = {
  serviceSlug: 'organiser-sa-recherche-d-emploi',
  objectives: [],
  audienceText: '',
  prerequisites: '',
  effortText: '',
  instructors: [],
  weeks: [],
};
