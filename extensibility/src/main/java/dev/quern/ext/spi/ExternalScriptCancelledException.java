package dev.quern.ext.spi;

import java.util.List;

/**
 * The call was cancelled (ATTENTION or query timeout) and its satellite killed. Carries no SQL
 * error: the engine answers the attention with DONE(ATTN) as MS-TDS requires.
 */
public final class ExternalScriptCancelledException extends ExternalScriptException {
  private static final long serialVersionUID = 1L;

  public ExternalScriptCancelledException() {
    super(List.of());
  }
}
