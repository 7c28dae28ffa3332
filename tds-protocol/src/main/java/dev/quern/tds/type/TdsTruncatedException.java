package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;

/**
 * The input ended inside a type, value or token: "need more" for a caller that may still receive
 * bytes, a malformed message for one that holds the complete message (hence a
 * {@link TdsProtocolException}).
 */
public class TdsTruncatedException extends TdsProtocolException {
  public TdsTruncatedException(String message) {
    super(message);
  }
}
