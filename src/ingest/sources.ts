// Initial version: empty registry. The ingest work loads data/sources/*.yaml here.
export interface SourceRegistry {
  readonly size: number;
}
export function loadSourceRegistry(_dataDir?: string): SourceRegistry {
  return { size: 0 };
}
