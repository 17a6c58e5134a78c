/** Raised by domain functions when an id names nothing; transports map it to 404. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

/** Raised when a request is well-formed but conflicts with the current state; transports map it to 409. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Raised when a value sent cannot be used; `issues` name the field (`spec.globals.0.value: ...`). Transports map it to 400. */
export class InvalidInputError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("; "));
    this.name = "InvalidInputError";
  }
}
