/** A file that cannot be imported: the message says where ("entry 3", "line 12", "item Shop/Login") and what. */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
    this.name = "ImportError";
  }
}
