package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.ErrorTemplate;
import java.util.List;

/**
 * Where SQL Server refuses xml because it is not comparable: comparisons and ORDER BY / GROUP BY /
 * PARTITION BY keys (305), DISTINCT (421), UNION / INTERSECT / EXCEPT (5335). IS NULL, and the
 * values an xml method returns, are what a query compares instead.
 */
final class XmlComparability {
  private static final ErrorTemplate NOT_COMPARABLE = new ErrorTemplate(305, 16, 1,
      "The XML data type cannot be compared or sorted, except when using the IS NULL operator.",
      dev.quern.engine.error.Abort.COMPILE);
  private static final ErrorTemplate NOT_DISTINCT = new ErrorTemplate(421, 16, 1,
      "The xml data type cannot be selected as DISTINCT because it is not comparable.",
      dev.quern.engine.error.Abort.COMPILE);
  private static final ErrorTemplate NOT_IN_SET_OPERATION = new ErrorTemplate(5335, 16, 1,
      "The data type xml cannot be used as an operand to the UNION, INTERSECT or EXCEPT operators because it"
          + " is not comparable.", dev.quern.engine.error.Abort.COMPILE);

  private XmlComparability() {}

  static boolean isXml(SqlType t) {
    return t != null && t.id() == TypeId.XML;
  }

  /** A comparison, IN or quantified comparison with an operand of type {@code a} or {@code b}. */
  static void checkComparison(SqlType a, SqlType b) {
    if (isXml(a) || isXml(b)) {
      throw NOT_COMPARABLE.raise();
    }
  }

  /** An ORDER BY, GROUP BY or PARTITION BY key. */
  static void checkSortable(SqlType t) {
    if (isXml(t)) {
      throw NOT_COMPARABLE.raise();
    }
  }

  static void checkDistinct(List<SqlType> types) {
    if (types.stream().anyMatch(XmlComparability::isXml)) {
      throw NOT_DISTINCT.raise();
    }
  }

  static void checkSetOperation(List<SqlType> types) {
    if (types.stream().anyMatch(XmlComparability::isXml)) {
      throw NOT_IN_SET_OPERATION.raise();
    }
  }
}
