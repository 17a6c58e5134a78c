/** A service the call needs (Redis, or Postgres) did not answer in time; the caller may retry later. Transports map it to 503. */
export class UnavailableError extends Error {
  constructor(
    message: string,
    /** Which service did not answer. */
    readonly service: "redis" | "postgres" = "redis",
  ) {
    super(message);
    this.name = "UnavailableError";
  }
}

/**
 * A run request that cannot be served as asked (e.g. no load settings sent and none saved). The message names
 * no transport field; the console's API maps it to 400 under `body`.
 */
export class RunInputError extends Error {
  constructor(
    message: string,
    /** One line per problem, each starting with the field it is about (`scenario.spec.flows.0...`), when known. */
    readonly issues?: string[],
  ) {
    super(message);
    this.name = "RunInputError";
  }
}
