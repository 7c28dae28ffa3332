package dev.quern.server.dispatch;

import dev.quern.engine.api.SinkClosedException;

/**
 * Thrown into a running request when its connection closed: nobody is left to read results. A
 * {@link SinkClosedException}, so that the engine stops the request without calling it a defect.
 */
public final class ClientGoneException extends SinkClosedException {
  public ClientGoneException() {
    super("The client connection is closed");
  }
}
