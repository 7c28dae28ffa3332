/**
 * A TDS fuzzer for what comes after LOGIN7: valid requests built byte by byte per MS-TDS
 * ({@link dev.quern.it.fuzz.TdsSeeds}), mutated deterministically ({@link
 * dev.quern.it.fuzz.TdsMutator}), and the server log watched for exceptions that bad input must
 * never cause ({@link dev.quern.it.fuzz.ServerLogWatch}). Used by {@code TdsFuzzIT}.
 *
 * <p>Like the rest of the integration tests it imports no Quern module: the server is seen only
 * through the wire.
 */
package dev.quern.it.fuzz;
