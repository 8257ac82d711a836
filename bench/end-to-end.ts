export interface EndToEndRow {
  path: string;
  samples: number;
  p50: number;
  p99: number;
}

/** Slack HTTP and Discord gateway round trips against the fake servers on loopback. */
export async function benchEndToEnd(): Promise<EndToEndRow[]> {
  return [];
}
