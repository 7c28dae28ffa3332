package dev.quern.engine.proc.module;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sp_indexoption [@IndexNamePattern =] 'table' | 'table.index', [@OptionName =]
 * 'AllowRowLocks' | 'AllowPageLocks' | 'DisAllowRowLocks' | 'DisAllowPageLocks', [@OptionValue =]
 * 'TRUE' | 'FALSE' | 'ON' | 'OFF'} ("sp_indexoption (Transact-SQL)"): sets ALLOW_ROW_LOCKS or
 * ALLOW_PAGE_LOCKS of one index, or of every index of a table, through a nested {@code ALTER INDEX
 * … SET}, so its permission rules and errors apply (sys.indexes shows the result). A name that is
 * no user table is 15388, an index the table does not have 15323, another option 15600, another
 * value 15231.
 */
public final class IndexOptionProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@indexnamepattern", "@optionname", "@optionvalue");

  @Override
  public String name() {
    return "sp_indexoption";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String pattern = a.required(0, "@IndexNamePattern");
    String option = a.required(1, "@OptionName");
    String value = a.required(2, "@OptionValue");
    String setting = setting(option);
    boolean on = switch (value == null ? "" : value.strip().toUpperCase(Locale.ROOT)) {
      case "TRUE", "ON" -> true;
      case "FALSE", "OFF" -> false;
      default -> throw CatalogProcedureErrors.INVALID_ON_OFF.raise("@OptionValue", name());
    };
    boolean allow = option.strip().toUpperCase(Locale.ROOT).startsWith("DISALLOW") != on;
    SessionState s = host.state();
    Target target = target(s, pattern == null ? "" : pattern);
    String sql = "ALTER INDEX " + (target.index() == null ? "ALL" : quote(target.index()))
        + " ON " + target.table() + " SET (" + setting + " = " + (allow ? "ON" : "OFF") + ")";
    BatchPlan plan = host.compile(sql, List.of(), "");
    return host.run(plan, new Object[plan.frameSize()], name());
  }

  /** ALLOW_ROW_LOCKS or ALLOW_PAGE_LOCKS; 15600 for any other option. */
  private String setting(String option) {
    return switch (option == null ? "" : option.strip().toUpperCase(Locale.ROOT)) {
      case "ALLOWROWLOCKS", "DISALLOWROWLOCKS" -> "ALLOW_ROW_LOCKS";
      case "ALLOWPAGELOCKS", "DISALLOWPAGELOCKS" -> "ALLOW_PAGE_LOCKS";
      default -> throw CatalogProcedureErrors.INVALID_PARAMETER_OR_OPTION.raise(name());
    };
  }

  /** The table to change ({@code [schema].[table]}) and the one index named, or null for all of them. */
  private record Target(String table, String index) {}

  private static Target target(SessionState s, String pattern) {
    Optional<Table> whole = table(s, pattern);
    if (whole.isPresent()) {
      return new Target(qualified(s, whole.get()), null);
    }
    int dot = pattern.lastIndexOf('.');
    String tableName = dot < 0 ? pattern : pattern.substring(0, dot);
    String indexName = dot < 0 ? null : unquote(pattern.substring(dot + 1));
    Table t = table(s, tableName).orElseThrow(() -> CatalogProcedureErrors.NO_USER_TABLE.raise(pattern));
    Index index = t.indexes().stream()
        .filter(i -> i.kind() != IndexKind.HEAP && i.name() != null && i.name().equalsIgnoreCase(indexName))
        .findFirst()
        .orElseThrow(() -> CatalogProcedureErrors.NO_SUCH_INDEX.raise(t.name()));
    return new Target(qualified(s, t), index.name());
  }

  private static Optional<Table> table(SessionState s, String name) {
    Optional<SchemaObject> o = name.isBlank() ? Optional.empty() : ModuleName.resolve(s, name);
    return o.filter(Table.class::isInstance).map(Table.class::cast);
  }

  private static String qualified(SessionState s, Table t) {
    String schema = s.schemaName(s.visibleSchemaId(t.schemaId())).orElse("dbo");
    return quote(schema) + "." + quote(t.name());
  }

  private static String unquote(String part) {
    String p = part.strip();
    return p.startsWith("[") && p.endsWith("]") ? p.substring(1, p.length() - 1).replace("]]", "]") : p;
  }

  private static String quote(String name) {
    return "[" + name.replace("]", "]]") + "]";
  }
}
