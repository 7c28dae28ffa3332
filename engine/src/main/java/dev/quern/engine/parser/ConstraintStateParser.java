package dev.quern.engine.parser;

import dev.quern.engine.ast.AlterTableStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of ALTER TABLE that switch FOREIGN KEY and CHECK constraints: the optional
 * {@code WITH CHECK | WITH NOCHECK} before ADD or before {@code {CHECK | NOCHECK} CONSTRAINT
 * {ALL | name, …}} (what SSMS's generated scripts and bulk-load migrations write).
 */
final class ConstraintStateParser {
  private ConstraintStateParser() {}

  /**
   * Consumes {@code WITH CHECK} (true) or {@code WITH NOCHECK} (false) when next; null when absent.
   */
  static Boolean withCheck(TokenStream in) {
    if (!in.at("WITH") || !(in.peek(1).is("CHECK") || in.peek(1).is("NOCHECK"))) {
      return null;
    }
    in.next();
    return in.next().is("CHECK");
  }

  /** Whether {@code {CHECK | NOCHECK} CONSTRAINT} is next. */
  static boolean atToggle(TokenStream in) {
    return (in.at("CHECK") || in.at("NOCHECK")) && in.peek(1).is("CONSTRAINT");
  }

  /**
   * {@code {CHECK | NOCHECK} CONSTRAINT {ALL | name, …}}; {@code withCheck} is what came before it.
   * Re-enabling validates the rows only under WITH CHECK (WITH NOCHECK is CHECK CONSTRAINT's
   * default); NOCHECK ignores it, as SQL Server does.
   */
  static AlterTableStatement.ToggleConstraints toggle(TokenStream in, Boolean withCheck) {
    boolean enable = in.next().is("CHECK");
    in.expect("CONSTRAINT");
    List<String> names = new ArrayList<>();
    if (!in.accept("ALL")) {
      do {
        names.add(in.identifier());
      } while (in.acceptSymbol(","));
    }
    return new AlterTableStatement.ToggleConstraints(enable, enable && Boolean.TRUE.equals(withCheck), names);
  }
}
