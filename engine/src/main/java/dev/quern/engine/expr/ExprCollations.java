package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.engine.error.SqlErrors;

/**
 * The collation an operation on strings uses, by SQL Server's "Collation Precedence": an explicit
 * one (COLLATE) beats an implicit one (a column's), which beats the coercible default (literals,
 * variables, expressions), which is the current database's collation ({@link DatabaseCollation}).
 * Two different explicit collations, or two different implicit ones with no explicit one,
 * conflict: 468.
 */
public final class ExprCollations {
  /** Collation labels, weakest first. */
  public enum Level {
    COERCIBLE_DEFAULT,
    IMPLICIT,
    EXPLICIT
  }

  /** A collation with how it was derived. */
  public record Derived(Collation collation, Level level) {
    static final Derived DEFAULT = new Derived(SupportedCollations.DEFAULT, Level.COERCIBLE_DEFAULT);

    /** The coercible default of the current database. */
    static Derived coercibleDefault() {
      Collation c = DatabaseCollation.current();
      return c.isDefault() ? DEFAULT : new Derived(c, Level.COERCIBLE_DEFAULT);
    }
  }

  private ExprCollations() {}

  /** The collation of {@code e} and its label. */
  public static Derived of(BoundExpr e) {
    return switch (e) {
      case CollatedExpr c -> new Derived(c.collation(), Level.EXPLICIT);
      case ColumnExpr c when c.collation() != null -> new Derived(c.collation(), Level.IMPLICIT);
      // A character value cast to another character type keeps its collation and label.
      case ConvertExpr c when isCharacter(c) && isCharacter(c.input()) -> of(c.input());
      default -> Derived.coercibleDefault();
    };
  }

  /**
   * The collation {@code e} carries (explicit or implicit), for the column a result set projects
   * it into; for the coercible default, the current database's, or null when that is the server's
   * (the fast path).
   */
  public static Collation carried(BoundExpr e) {
    if (!isCharacter(e)) {
      return null;
    }
    Derived d = of(e);
    return d.level() == Level.COERCIBLE_DEFAULT ? DatabaseCollation.currentIfNotDefault() : d.collation();
  }

  /**
   * The collation that compares {@code left} and {@code right} in the operation named {@code
   * operation} ("equal to", "like"): null when they are not both strings or it is the default (the
   * fast path); 468 when their collations conflict.
   */
  public static Collation forComparison(BoundExpr left, BoundExpr right, String operation) {
    if (!isCharacter(left) || !isCharacter(right)) {
      return null;
    }
    Collation c = resolve(of(left), of(right), operation).collation();
    return c.isDefault() ? null : c;
  }

  /** The stronger of two derivations; 468 when neither is stronger and they differ. */
  public static Derived resolve(Derived a, Derived b, String operation) {
    if (a.level() != b.level()) {
      return a.level().compareTo(b.level()) > 0 ? a : b;
    }
    if (a.collation() != b.collation()) {
      throw SqlErrors.COLLATION_CONFLICT.raise(a.collation().name(), b.collation().name(), operation);
    }
    return a;
  }

  /** The words SQL Server's 468 uses for a comparison operator. */
  public static String operationName(String op) {
    return switch (op) {
      case "=" -> "equal to";
      case "<>", "!=" -> "not equal to";
      case "<" -> "less than";
      case ">" -> "greater than";
      case "<=" -> "less than or equal to";
      case ">=" -> "greater than or equal to";
      case "!<" -> "not less than";
      case "!>" -> "not greater than";
      default -> op;
    };
  }

  static boolean isCharacter(BoundExpr e) {
    return e.type() != null && SqlTypes.isCharacter(e.type().id());
  }
}
