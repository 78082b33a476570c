/** What the developer domain's pages need from its OAuth2 core (decorated as `app.developer`). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface DeveloperPlatform {
  /**
   * Issues an access token for an active application with every scope it is granted (validated
   * subscriptions), as a client-credentials grant would: used by the try-it console.
   * Throws AppError APPLICATION_NOT_FOUND / APPLICATION_REVOKED.
   */
  issueForApplication(applicationId: number): Promise<TokenResponse>;
  /**
   * Call after changing an application's secrets, status or subscriptions: this process forgets
   * what it cached about it at once (other processes within 30 seconds).
   */
  forgetApplication(clientId: string): void;
  /** Writes the API usage counted in memory to api_usage_daily / token_grants_daily. */
  flushUsage(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    developer: DeveloperPlatform;
  }
}
