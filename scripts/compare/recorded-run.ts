import type { CachingProbe } from './caching-probe.js';
import type { CodeSize } from './code-size.js';
import type { VariantRecord } from './run-scenarios.js';
import type { Protocol, VariantId } from './scenarios.js';
import type { TypeProbeResult } from './type-probe.js';

/**
 * Everything one `npm run compare` measured, before any aggregation: the report is a pure
 * function of this, so a recorded run (a test fixture) renders the same report every time.
 */
export interface RecordedRun {
  meta: {
    generatedAt: string;
    runs: number;
    node: string;
    platform: string;
    /** "own server (fresh seeded :memory: database)" or the --base-url. */
    target: string;
    /** SQL statements were counted (compare started the server; not against --base-url). */
    sqlCounted: boolean;
    /** The server's password hashing, e.g. "scrypt N=2^14, r=8, p=5". */
    passwordHashing: string;
  };
  scenarios: {
    id: string;
    title: string;
    expectsError: boolean;
    caveat?: string;
    variants: { id: VariantId; protocol: Protocol; file: string; exportName: string; documents: string[] }[];
  }[];
  records: VariantRecord[];
  codeSizes: ({ scenarioId: string; variantId: VariantId; documents: CodeSize } & CodeSize)[];
  /** Hand-written client code every scenario of a protocol shares (not counted per scenario). */
  plumbing: ({ protocol: Protocol; file: string } & CodeSize)[];
  /** Generated client code, for scale. */
  generated: ({ protocol: Protocol; files: number } & CodeSize)[];
  typeProbes: TypeProbeResult[];
  /** A repeated read per protocol, with the first answer's validator when it had one. */
  caching: CachingProbe[];
  /** What the SOAP client fetched once before any scenario: the WSDL (and its size with gzip). */
  setup: { soapWsdlRoundTrips: number; soapWsdlResponseBytes: number; soapWsdlGzipResponseBytes: number };
}
