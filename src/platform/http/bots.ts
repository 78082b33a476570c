const BOT_PATTERN =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|quora link preview|outbrain|pinterest|vkshare|w3c_validator|whatsapp|headless|lighthouse|curl|wget|python-requests|httpclient|java\/|okhttp|go-http-client|autocannon|axios|node-fetch|undici|monitor|uptime|pingdom|preview/i;

/** True when a User-Agent announces a robot, a preview fetcher or a script (or is missing). */
export function isLikelyBot(userAgent: string | undefined): boolean {
  if (!userAgent) return true;
  return BOT_PATTERN.test(userAgent);
}
