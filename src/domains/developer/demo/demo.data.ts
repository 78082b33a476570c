/**
 * The developer demo: one developer account without a password (it cannot log in, like the other
 * demo accounts), two applications and the usage their calls would leave, so that the dashboards
 * and the public statistics have something to show.
 */
export const DEMO_DEVELOPER = { email: 'equipe.demo@developpeurs.emploi-store.invalid', name: 'Trajectoire Labs (démo)' } as const;

/** Days of usage loaded, ending yesterday (Paris): today is left to real calls. */
export const DEMO_USAGE_DAYS = 60;

export interface DemoApiUsage {
  api: string;
  /** Calls on a weekday at the end of the period (weekends are quieter, the start lower). */
  weekdayCalls: number;
  /** Shares of the calls in the 8 latency buckets (< 10, 25, 50, 100, 250, 500, 1000 ms, more). */
  latency: readonly number[];
  clientErrorRate: number;
  serverErrorRate: number;
}

export interface DemoApplication {
  key: string;
  name: string;
  description: string;
  website: string;
  /** The Store service it became, when the catalogue demo is loaded. */
  serviceSlug: string | null;
  subscriptions: readonly { api: string; useCase: string; reviewed: boolean }[];
  usage: readonly DemoApiUsage[];
  /** Tokens a weekday (a server asks for one about every 25 minutes). */
  tokensPerWeekday: number;
}

const FAST = [0.32, 0.34, 0.19, 0.09, 0.04, 0.015, 0.004, 0.001];
const REFERENTIAL = [0.46, 0.3, 0.14, 0.06, 0.03, 0.008, 0.002, 0];
const SLOWER = [0.14, 0.29, 0.3, 0.16, 0.07, 0.025, 0.012, 0.003];

export const demoApplications: readonly DemoApplication[] = [
  {
    key: 'trajet-emploi',
    name: 'Trajet Emploi',
    description:
      'Trajet Emploi montre, pour chaque service de l’Emploi Store et chaque métier du ROME, le temps de trajet depuis chez soi en transports en commun. ' +
      'L’application lit le catalogue des services et le référentiel des métiers chaque nuit, puis à la demande.',
    website: 'https://trajet-emploi.trajectoire-labs.example',
    serviceSlug: 'trajet-emploi',
    subscriptions: [
      { api: 'catalogue-des-services', useCase: '', reviewed: false },
      { api: 'rome', useCase: '', reviewed: false },
      { api: 'offres-d-emploi', useCase: '', reviewed: false },
    ],
    usage: [
      { api: 'catalogue-des-services', weekdayCalls: 900, latency: FAST, clientErrorRate: 0.018, serverErrorRate: 0.002 },
      { api: 'rome', weekdayCalls: 420, latency: REFERENTIAL, clientErrorRate: 0.025, serverErrorRate: 0.001 },
      { api: 'offres-d-emploi', weekdayCalls: 1500, latency: SLOWER, clientErrorRate: 0.03, serverErrorRate: 0.002 },
    ],
    tokensPerWeekday: 58,
  },
  {
    key: 'boussole-formation',
    name: 'Boussole formation (prototype)',
    description:
      'Un prototype qui propose, à partir du métier visé, les services de formation et les MOOC de l’emploi dont une session ouvre bientôt, avec les places restantes.',
    website: 'https://boussole.trajectoire-labs.example',
    serviceSlug: null,
    subscriptions: [
      { api: 'catalogue-des-services', useCase: '', reviewed: false },
      {
        api: 'moocs',
        useCase: 'Afficher les sessions à venir des MOOC de l’emploi et les places restantes à côté des formations proposées, sans conserver de donnée personnelle.',
        reviewed: true,
      },
    ],
    usage: [
      { api: 'catalogue-des-services', weekdayCalls: 160, latency: FAST, clientErrorRate: 0.04, serverErrorRate: 0.003 },
      { api: 'moocs', weekdayCalls: 70, latency: SLOWER, clientErrorRate: 0.03, serverErrorRate: 0.005 },
    ],
    tokensPerWeekday: 22,
  },
];
