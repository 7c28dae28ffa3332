package dev.quern.engine.session;

/** Unwinds a request stopped by ATTENTION; never reported as an error. */
public final class CancelledException extends RuntimeException {
  public static final CancelledException INSTANCE = new CancelledException();

  private CancelledException() {
    super("cancelled", null, false, false);
  }
}
