// The importers' public surface; each format lives in its own folder.
export {};
