/** Generated cases per fuzz property for hostile input (issue #7 asks for at least 10 000 each). */
export const FUZZ_RUNS = Number(process.env.FC_RUNS ?? 10_000);
