// Types of bench-docs.mjs for the tests (the inputs are the JSON that eval.mjs and bench.mjs write).
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the scripts' own JSON
export const EVAL_TARGETS: Record<string, { body?: number; snippets?: number; keptAll?: boolean; removed?: number }>;
export function evalTable(summary: Json): string;
export function newestParts(runs: Json[]): Json;
export function benchTable(parts: Json): string | null;
export function costTable(parts: Json): string | null;
export function replaceSection(doc: string, name: string, body: string): string;
export function renderDoc(doc: string, inputs: { summary: Json | null; runs: Json[] | null }): { doc: string; notes: string[] };
export function readRuns(dir: string): Json[];
