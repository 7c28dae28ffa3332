/**
 * The end-to-end benchmark harness ({@code make bench}): starts Quern and its peers as real
 * processes on loopback, runs each {@link dev.quern.bench.workload.Workload} against each
 * {@link dev.quern.bench.target.Target} through JDBC, and prints one table side by side.
 *
 * <p>Talks to servers only through JDBC drivers; must not import Quern's modules (those are for
 * JMH benchmarks of hot paths, which live beside this in their own package).
 */
package dev.quern.bench;
