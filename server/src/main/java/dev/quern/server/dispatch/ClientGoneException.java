package dev.quern.server.dispatch;

/** Thrown into a running request when its connection closed: nobody is left to read results. */
public final class ClientGoneException extends RuntimeException {
  public ClientGoneException() {
    super("The client connection is closed");
  }
}
