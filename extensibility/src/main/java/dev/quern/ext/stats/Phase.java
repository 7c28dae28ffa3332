package dev.quern.ext.stats;

/** The phases of one call that Quern times (logged at debug level per call, summed per language). */
public enum Phase {
  /** Waiting for the external resource pool to admit the call (MAX_PROCESSES). */
  ADMIT,
  /** Taking a warm satellite from the pool (or waiting for one to be started). */
  ACQUIRE,
  /** Sending parameters and input rows into shared memory. */
  INPUT,
  /** Running the script (from the last input chunk to its answer, outputs included). */
  EXECUTE,
  /** Receiving output parameters, stdout and stderr; ending the satellite. */
  FINISH
}
