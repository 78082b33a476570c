/** Ratings and reviews of services: the catalogue's public face for them (service page, cards, moderation, personal data). */
export { RatingSummary } from './components/rating-summary.js';
export { ReviewsSection } from './components/reviews-section.js';
export { registerReportRoutes } from './pages/reports.route.js';
export { registerReviewRoutes } from './pages/reviews.route.js';
export { findRatingStats } from './reviews.repository.js';
export { loadReviewsSection, type RatingStats, type ReviewsSectionData, toRatingStats } from './reviews-section.service.js';
export { reviewsModerationSource } from './reviews.moderation.js';
export { reviewsPersonalData } from './reviews.personal-data.js';
