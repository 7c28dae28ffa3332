package dev.quern.engine.ast;

import dev.quern.catalog.meta.Trigger;

/** How a statement names the scope of a DDL trigger: ON DATABASE or ON ALL SERVER. */
final class TriggerScopes {
  private TriggerScopes() {}

  /** " ON DATABASE", " ON ALL SERVER", or nothing for a DML trigger's {@code parentClass}. */
  static String onClause(int parentClass) {
    return switch (parentClass) {
      case Trigger.DATABASE -> " ON DATABASE";
      case Trigger.SERVER -> " ON ALL SERVER";
      default -> "";
    };
  }
}
