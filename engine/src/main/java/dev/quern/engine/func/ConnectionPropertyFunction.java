package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CONNECTIONPROPERTY(name): what SSMS asks at connect ({@code net_transport}); sql_variant of
 * nvarchar, NULL for names Quern does not know.
 */
final class ConnectionPropertyFunction extends BuiltinFunction {
  private static final Map<String, String> PROPERTIES =
      Map.of(
          "net_transport", "TCP",
          "protocol_type", "TSQL",
          "auth_scheme", "SQL",
          "physical_net_transport", "TCP");

  ConnectionPropertyFunction() {
    super("CONNECTIONPROPERTY", 1, 1);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String v = PROPERTIES.get(a.string(0).trim().toLowerCase(Locale.ROOT));
    return v == null ? null : new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 40), v);
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
