package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * ALTER SEQUENCE name [RESTART [WITH n]] [INCREMENT BY n] [MINVALUE n | NO MINVALUE] [MAXVALUE n |
 * NO MAXVALUE] [[NO] CYCLE] [CACHE [n] | NO CACHE]. A null option is not changed; {@code noMin}
 * and {@code noMax} reset a bound to the type's limit; {@code cache} -1 is CACHE without a size.
 */
public record AlterSequenceStatement(
    int line, List<String> name, boolean restart, Long restartWith, Long increment, Long minValue,
    boolean noMin, Long maxValue, boolean noMax, Boolean cycle, Integer cache)
    implements StorageStatement {
  public AlterSequenceStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    List<String> parts = new ArrayList<>();
    parts.add("ALTER SEQUENCE " + Names.quoteAll(name));
    if (restart) {
      parts.add(restartWith == null ? "RESTART" : "RESTART WITH " + restartWith);
    }
    if (increment != null) {
      parts.add("INCREMENT BY " + increment);
    }
    if (noMin || minValue != null) {
      parts.add(noMin ? "NO MINVALUE" : "MINVALUE " + minValue);
    }
    if (noMax || maxValue != null) {
      parts.add(noMax ? "NO MAXVALUE" : "MAXVALUE " + maxValue);
    }
    if (cycle != null) {
      parts.add(cycle ? "CYCLE" : "NO CYCLE");
    }
    if (cache != null) {
      parts.add(cache == 0 ? "NO CACHE" : cache < 0 ? "CACHE" : "CACHE " + cache);
    }
    return String.join(" ", parts);
  }
}
