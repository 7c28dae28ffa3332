package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;

/**
 * A value that is well framed but is no instance of its type: a decimal with more digits than its
 * precision, a float that is NaN or infinite. SQL Server answers such an RPC parameter with error
 * 8023 ("The supplied value is not a valid instance of data type …"), naming the type as
 * {@link #typeName()} does.
 */
public final class TdsInvalidValueException extends TdsProtocolException {
  private final String typeName;

  public TdsInvalidValueException(String typeName, String message) {
    super(message);
    this.typeName = typeName;
  }

  /** The SQL type's name as SQL Server's message shows it: decimal, numeric, float, real. */
  public String typeName() {
    return typeName;
  }
}
