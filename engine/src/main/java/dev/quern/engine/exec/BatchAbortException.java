package dev.quern.engine.exec;

/** Stops the rest of the batch after a batch-aborting error was reported (not an error itself). */
final class BatchAbortException extends RuntimeException {
  BatchAbortException() {
    super("batch aborted", null, false, false);
  }
}
