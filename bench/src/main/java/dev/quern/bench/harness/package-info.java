/** Measuring and reporting: samples and percentiles, measurements, the results table, subprocesses. Imports no JDBC. */
package dev.quern.bench.harness;
