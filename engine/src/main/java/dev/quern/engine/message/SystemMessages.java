package dev.quern.engine.message;

import dev.quern.engine.dbcc.DbccErrors;
import dev.quern.engine.error.ConstraintErrors;
import dev.quern.engine.error.CursorErrors;
import dev.quern.engine.error.DescribeErrors;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.extprop.PropertyErrors;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Quern's own messages, as sys.messages lists SQL Server's for us_english: one per error number of
 * the engine's error catalogs (the {@link ErrorTemplate} constants of the classes below). Where a
 * catalog words one number several ways (SQL Server's message with its arguments written in), the
 * first declared is the one listed. The texts keep Quern's placeholders (%s, %d), which RAISERROR's
 * formatter reads as SQL Server's.
 */
public final class SystemMessages {
  /** One system message: number, severity and us_english text. */
  public record Entry(int number, int severity, String text) {}

  /** The classes holding the engine's error templates. */
  private static final List<Class<?>> CATALOGS = List.of(SqlErrors.class, ConstraintErrors.class,
      CursorErrors.class, DescribeErrors.class, FunctionErrors.class, SecurityErrors.class, DbccErrors.class,
      PropertyErrors.class, MessageErrors.class);

  private static final TreeMap<Integer, Entry> BY_NUMBER = load();

  private SystemMessages() {}

  /** Every system message, by number. */
  public static Collection<Entry> all() {
    return Collections.unmodifiableCollection(BY_NUMBER.values());
  }

  public static Optional<Entry> find(int number) {
    return Optional.ofNullable(BY_NUMBER.get(number));
  }

  private static TreeMap<Integer, Entry> load() {
    TreeMap<Integer, Entry> out = new TreeMap<>();
    for (Class<?> c : CATALOGS) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == ErrorTemplate.class && Modifier.isStatic(f.getModifiers())) {
          ErrorTemplate t = template(f);
          out.putIfAbsent(t.number(), new Entry(t.number(), t.severity(), t.template()));
        }
      }
    }
    return out;
  }

  private static ErrorTemplate template(Field f) {
    try {
      f.setAccessible(true);
      return (ErrorTemplate) f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read error template " + f, e);
    }
  }
}
