package dev.quern.engine.store;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.parser.Parser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WITH options of a module that change how the catalog treats it, read from its stored
 * definition (Quern keeps a module's options in its text): SCHEMABINDING on a view or function
 * (what it reads cannot change under it, see {@code sys.SchemaBinding}) and ENCRYPTION on a view,
 * procedure, function or trigger. Read once per definition text and cached, as a changed
 * definition (ALTER) is a new text.
 *
 * <p>ENCRYPTION: SQL Server obfuscates the stored text and no catalog view, function or procedure
 * shows it again; Quern stores it as it stores every definition (it needs it to run the module)
 * and hides it the same way: sys.sql_modules, sys.syscomments and the INFORMATION_SCHEMA views show
 * NULL, OBJECT_DEFINITION returns NULL and sp_helptext says the text is encrypted (15471).
 */
public final class ModuleOptions {
  private static final int CACHE_LIMIT = 2048;
  private static final Options NONE = new Options(false, false);
  private static final Map<String, Options> READ = new ConcurrentHashMap<>();

  /** A module's options: WITH SCHEMABINDING, WITH ENCRYPTION. */
  private record Options(boolean schemaBound, boolean encrypted) {}

  private ModuleOptions() {}

  /** Whether {@code o} is a view or function created WITH SCHEMABINDING. */
  public static boolean schemaBound(SchemaObject o) {
    return of(o).schemaBound();
  }

  /** Whether {@code o} is a module created WITH ENCRYPTION. */
  public static boolean encrypted(SchemaObject o) {
    return of(o).encrypted();
  }

  /** {@code o}'s definition as the catalog shows it: null for an encrypted module. */
  public static String shownDefinition(SchemaObject o) {
    return encrypted(o) ? null : ObjectNames.definitionOf(o);
  }

  private static Options of(SchemaObject o) {
    String definition = ObjectNames.definitionOf(o);
    if (definition == null) {
      return NONE;
    }
    return READ.computeIfAbsent(o.typeCode().trim() + ":" + definition, k -> {
      if (READ.size() >= CACHE_LIMIT) {
        READ.clear();
      }
      return read(o, definition);
    });
  }

  private static Options read(SchemaObject o, String definition) {
    return switch (o) {
      case Procedure p -> new Options(false, Parser.procedureEncrypts(definition));
      case Trigger t -> new Options(false, Parser.triggerEncrypts(definition));
      case View v -> parsed(quoted -> {
        var view = (CreateViewStatement) Parser.parseBatch(definition, quoted).getFirst();
        return new Options(view.schemaBound(), view.attributes().contains("ENCRYPTION"));
      });
      case UserFunction f -> parsed(quoted -> {
        var function = Parser.parseFunction(definition, quoted);
        return new Options(function.schemaBound(), function.encrypted());
      });
      default -> NONE;
    };
  }

  /**
   * Parsed with QUOTED_IDENTIFIER on, as most modules are created; a definition written with it off
   * parses only that way, so it is tried then. None when neither parses.
   */
  private static Options parsed(java.util.function.Function<Boolean, Options> reading) {
    for (boolean quoted : new boolean[] {true, false}) {
      try {
        return reading.apply(quoted);
      } catch (RuntimeException e) {
        // try the other setting
      }
    }
    return NONE;
  }
}
