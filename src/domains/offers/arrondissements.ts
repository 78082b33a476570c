/**
 * Paris, Marseille and Lyon have an INSEE code for the city and one for each municipal
 * arrondissement (75101–75120, 13201–13216, 69381–69389). Feeds and API callers use both, and the
 * communes table holds either (the demo subset the cities, La Poste's base the arrondissements):
 * one stands for the other.
 */
export const ARRONDISSEMENTS: Readonly<Record<string, readonly string[]>> = {
  '75056': Array.from({ length: 20 }, (_, i) => String(75101 + i)),
  '13055': Array.from({ length: 16 }, (_, i) => String(13201 + i)),
  '69123': Array.from({ length: 9 }, (_, i) => String(69381 + i)),
};

export const CITY_OF_ARRONDISSEMENT: ReadonlyMap<string, string> = new Map(
  Object.entries(ARRONDISSEMENTS).flatMap(([city, codes]) => codes.map((code) => [code, city] as [string, string])),
);
