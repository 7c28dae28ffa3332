package dev.quern.ext.pool;

/** A satellite host could not be started; the message becomes the detail of error 39019. */
public final class HostStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public HostStartException(String message, Throwable cause) {
    super(message, cause);
  }

  public HostStartException(String message) {
    super(message);
  }
}
