package dev.quern.engine.sys;

/**
 * A stored CHECK or DEFAULT expression as SQL Server shows it in sys.check_constraints,
 * sys.default_constraints, sp_columns' COLUMN_DEF and sp_help: {@code ([price]>=(0))},
 * {@code ((0))} (see {@link DefinitionText}).
 */
public final class ConstraintDefinition {
  private ConstraintDefinition() {}

  public static String of(String stored) {
    return DefinitionText.of(dev.quern.engine.binder.ComputedColumnBinder.parse(stored));
  }
}
