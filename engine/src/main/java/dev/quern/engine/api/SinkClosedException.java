package dev.quern.engine.api;

/**
 * Thrown by a {@link ResultSink} whose reader is gone (the client disconnected while results were
 * on their way): the request stops as a cancelled one does, and nothing more is reported. The
 * engine lets it through its handlers of internal errors, which would otherwise log it as a defect
 * and try to report error 8630 to nobody.
 */
public class SinkClosedException extends RuntimeException {
  public SinkClosedException(String message) {
    super(message);
  }
}
