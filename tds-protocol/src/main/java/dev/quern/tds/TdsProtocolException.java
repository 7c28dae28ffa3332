package dev.quern.tds;

/** Malformed or unsupported TDS input: the peer broke the protocol [MS-TDS §2.2]. */
public class TdsProtocolException extends RuntimeException {
  public TdsProtocolException(String message) {
    super(message);
  }
}
