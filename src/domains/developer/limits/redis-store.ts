import { Redis } from 'ioredis';
import type { LimitStore, RateDecision } from './limit-store.js';

/**
 * The same GCRA as gcra() in limit-store.ts, run atomically in Redis with Redis's clock, so that
 * every server process shares one allowance per application.
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = 1000 / tonumber(ARGV[1])
local capacity = tonumber(ARGV[2]) * interval
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local filled = tat + interval - now
if filled > capacity + 0.000001 then
  return {0, 0, math.ceil((tat - now) / 1000), math.max(1, math.ceil((filled - capacity) / 1000))}
end
redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', math.ceil(filled) + 1000)
return {1, math.floor((capacity - filled) / interval + 0.000001), math.ceil(filled / 1000), 0}
`;

const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], 172800) end
return n
`;

export class RedisLimitStore implements LimitStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix = 'es:limits:') {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.defineCommand('esTake', { numberOfKeys: 1, lua: TAKE });
    this.redis.defineCommand('esCount', { numberOfKeys: 1, lua: COUNT });
  }

  async take(key: string, perSecond: number, burst: number): Promise<RateDecision> {
    const [allowed, remaining, resetSeconds, retryAfterSeconds] = (await (this.redis as unknown as Commands).esTake(`${this.prefix}rate:${key}`, perSecond, burst)).map(Number) as [number, number, number, number];
    return { allowed: allowed === 1, remaining, resetSeconds, retryAfterSeconds };
  }

  async countDaily(key: string, day: string): Promise<number> {
    return Number(await (this.redis as unknown as Commands).esCount(`${this.prefix}day:${day}:${key}`));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

interface Commands {
  esTake(key: string, perSecond: number, burst: number): Promise<(number | string)[]>;
  esCount(key: string): Promise<number | string>;
}
