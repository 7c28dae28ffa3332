package dev.quern.catalog.meta;

/** A sequence without CYCLE reached its bound; the engine raises error 11728. */
public class SequenceExhaustedException extends RuntimeException {
  private final String sequenceName;

  public SequenceExhaustedException(String sequenceName) {
    super(
        "The sequence object '"
            + sequenceName
            + "' has reached its minimum or maximum value. "
            + "Restart the sequence object to allow new values to be generated.");
    this.sequenceName = sequenceName;
  }

  public String sequenceName() {
    return sequenceName;
  }
}
