/**
 * Workloads: one class per measured scenario, run the same way against every target that supports
 * it. Add a workload by writing a class and listing it in {@link dev.quern.bench.workload.Workloads}.
 */
package dev.quern.bench.workload;
