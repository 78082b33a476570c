import type { Db } from '../../../platform/db/database.js';
import { eachDay, type Day, type Period } from './period.js';
import { type DailyFigures, type OrganisationService, readDailyFigures } from './statistics.repository.js';

export interface Totals {
  views: number;
  link_outs: number;
  favourites_added: number;
  favourites_removed: number;
  ratings: number;
  rating_sum: number;
}

export type MetricKey = 'views' | 'link_outs' | 'favourites_added' | 'ratings';

/** The figures shown as tiles and charts, with their French names (singular, plural). */
export const METRICS: readonly { key: MetricKey; label: string; one: string; many: string }[] = [
  { key: 'views', label: 'Vues', one: 'vue', many: 'vues' },
  { key: 'link_outs', label: 'Accès au service', one: 'accès au service', many: 'accès au service' },
  { key: 'favourites_added', label: 'Favoris ajoutés', one: 'ajout en favori', many: 'ajouts en favori' },
  { key: 'ratings', label: 'Notes', one: 'note', many: 'notes' },
];

export const zeroTotals = (): Totals => ({ views: 0, link_outs: 0, favourites_added: 0, favourites_removed: 0, ratings: 0, rating_sum: 0 });

function add(into: Totals, row: Totals): void {
  into.views += row.views;
  into.link_outs += row.link_outs;
  into.favourites_added += row.favourites_added;
  into.favourites_removed += row.favourites_removed;
  into.ratings += row.ratings;
  into.rating_sum += row.rating_sum;
}

/** The average rating, or null without any rating. */
export const averageRating = (totals: Totals): number | null => (totals.ratings ? totals.rating_sum / totals.ratings : null);

export interface Dashboard {
  period: Period;
  current: Totals;
  previous: Totals;
  /** Every day of the period, with zeros where nothing happened. */
  daily: { day: Day; totals: Totals }[];
  perService: { service: OrganisationService; totals: Totals }[];
}

/** The dashboard of some services over a period, compared with the period just before. */
export async function buildDashboard(db: Db, services: OrganisationService[], period: Period): Promise<Dashboard> {
  const rows = await readDailyFigures(
    db,
    services.map((service) => service.id),
    period.previous.from,
    period.to,
  );
  const current = zeroTotals();
  const previous = zeroTotals();
  const byDay = new Map(eachDay(period.from, period.to).map((day) => [day, zeroTotals()]));
  const byService = new Map(services.map((service) => [service.id, zeroTotals()]));
  for (const row of rows) {
    if (row.day < period.from) {
      add(previous, row);
      continue;
    }
    add(current, row);
    add(byDay.get(row.day)!, row);
    add(byService.get(row.service_id)!, row);
  }
  return {
    period,
    current,
    previous,
    daily: [...byDay].map(([day, totals]) => ({ day, totals })),
    perService: services.map((service) => ({ service, totals: byService.get(service.id)! })),
  };
}

/** One line per service and per day of the period (zeros included), services in name order. */
export async function dailyRowsForExport(db: Db, services: OrganisationService[], period: Period): Promise<{ service: OrganisationService; day: Day; totals: Totals }[]> {
  const rows = await readDailyFigures(
    db,
    services.map((service) => service.id),
    period.from,
    period.to,
  );
  const found = new Map<string, DailyFigures>(rows.map((row) => [`${row.service_id}:${row.day}`, row]));
  const days = eachDay(period.from, period.to);
  return services.flatMap((service) => days.map((day) => ({ service, day, totals: found.get(`${service.id}:${day}`) ?? zeroTotals() })));
}
