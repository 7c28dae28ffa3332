package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.agent.JobCategories;
import dev.quern.engine.api.ResultColumn;
import java.util.Comparator;
import java.util.List;

/**
 * {@code msdb.dbo.sp_help_category [@class = 'JOB'] [, @type] [, @name] [, @suffix = 0]}
 * ("sp_help_category (Transact-SQL)"): category_id, category_type and name of the class's
 * categories (of that type, of that name: 14526 when the class has no such name), ordered by type
 * and name; @suffix = 1 spells the type out (LOCAL, MULTI-SERVER, NONE).
 */
final class HelpCategoryProcedure extends AgentProcedure {
  HelpCategoryProcedure() {
    super("sp_help_category", "@class", "@type", "@name", "@suffix");
  }

  @Override
  int run(Call c) {
    String given = c.given("@class") ? c.text("@class") : "JOB";
    String type = c.text("@type");
    boolean job = given != null && given.equalsIgnoreCase("JOB");
    CategoryClass cls = CategoryClass.verify(given, type != null ? type : job ? "LOCAL" : "NONE", null);
    String name = c.text("@name");
    if (name != null && JobCategories.named(c.store, cls.id(), name).isEmpty()) {
      throw AgentErrors.NO_CATEGORY_IN_CLASS.raise(name, String.valueOf(cls.id()));
    }
    boolean suffix = c.integer("@suffix", 0) != 0;
    List<Object[]> rows = c.store.rows(AgentTable.CATEGORIES).stream()
        .filter(r -> r.intValue("category_class") == cls.id())
        .filter(r -> name == null || r.string("name").equalsIgnoreCase(name))
        .filter(r -> type == null || r.intValue("category_type") == cls.type())
        .sorted(Comparator.<AgentRow>comparingInt(r -> r.intValue("category_type"))
            .thenComparing(r -> r.string("name"), dev.quern.catalog.value.Collations::compare))
        .map(r -> new Object[] {r.intValue("category_id"),
            suffix ? typeName(r.intValue("category_type")) : r.intValue("category_type"), r.string("name")})
        .toList();
    ResultColumn typeColumn = suffix ? varchar("category_type", 12, true) : tinyint("category_type", false);
    c.result(List.of(integer("category_id", false), typeColumn, sysname("name", false)), rows);
    return 0;
  }

  private static String typeName(int type) {
    return switch (type) {
      case 1 -> "LOCAL";
      case 2 -> "MULTI-SERVER";
      default -> "NONE";
    };
  }
}
