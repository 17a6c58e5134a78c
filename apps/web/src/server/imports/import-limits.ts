/**
 * The largest file an import previews. A HAR with embedded response bodies runs to a few MB for a session of
 * clicks; 20 MB leaves room for long recordings while keeping a preview in one request's memory.
 */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The largest request body of the import routes: the file as a JSON string (escaping grows it) or the preview
 * sent back with its recorded responses, which correlation reads again.
 */
export const MAX_IMPORT_BODY_BYTES = 48 * 1024 * 1024;
