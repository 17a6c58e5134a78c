/** A data source that cannot feed the run: a missing file, an unknown column, a parameter bound twice. */
export class DataSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataSourceError";
  }
}
