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

/** What a save that lost the race is told: the version stored now, who saved it and when. */
export interface ScenarioVersion {
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
}

/** A save based on a version of the scenario that is no longer the stored one (someone saved in between). */
export class ScenarioVersionConflictError extends ConflictError {
  constructor(
    readonly scenarioId: string,
    readonly expectedVersion: number,
    readonly current: ScenarioVersion,
  ) {
    super(
      `scenario ${scenarioId} was changed by ${current.updatedBy ?? "someone else"} at ${current.updatedAt.toISOString()} ` +
        `since you loaded it (you had version ${expectedVersion}, it is now version ${current.version}): ` +
        "reload it, or save again with the current version to overwrite",
    );
    this.name = "ScenarioVersionConflictError";
  }
}
