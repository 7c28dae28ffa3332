package dev.quern.python.control;

import java.io.IOException;

/** The satellite sent something protocol version 1 does not allow. */
public final class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
