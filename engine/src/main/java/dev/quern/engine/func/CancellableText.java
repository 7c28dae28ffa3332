package dev.quern.engine.func;

/**
 * The text a pattern is matched against, asking every so many character reads whether the request
 * was cancelled (ATTENTION, a lock or query timeout). RE2 matching is linear, but a large program
 * over a 2 MB value is still long: the interval shrinks as the program grows, so a cancel is
 * honoured within about a million matching steps.
 */
final class CancellableText implements CharSequence {
  private static final int STEPS_BETWEEN_CHECKS = 1 << 20;

  private final String text;
  private final FunctionContext ctx;
  private final int interval;
  private int reads;

  CancellableText(String text, int programSize, FunctionContext ctx) {
    this.text = text;
    this.ctx = ctx;
    this.interval = Math.max(1, STEPS_BETWEEN_CHECKS / Math.max(1, programSize));
  }

  @Override
  public char charAt(int index) {
    if (++reads >= interval) {
      reads = 0;
      ctx.checkCancelled();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
