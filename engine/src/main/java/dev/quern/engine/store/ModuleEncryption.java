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
 * WITH ENCRYPTION on a view, procedure, function or trigger. SQL Server obfuscates the stored text
 * and no catalog view, function or procedure shows it again; Quern stores it as it stores every
 * definition (it needs it to run the module) and hides it the same way: sys.sql_modules,
 * sys.syscomments and the INFORMATION_SCHEMA views show NULL, OBJECT_DEFINITION returns NULL and
 * sp_helptext says the text is encrypted (15471). Read from the stored definition, as the other
 * module options are.
 */
public final class ModuleEncryption {
  private static final int CACHE_LIMIT = 2048;
  private static final Map<String, Boolean> ENCRYPTED = new ConcurrentHashMap<>();

  private ModuleEncryption() {}

  /** Whether {@code o} is a module created WITH ENCRYPTION. */
  public static boolean encrypted(SchemaObject o) {
    String definition = ObjectNames.definitionOf(o);
    if (definition == null) {
      return false;
    }
    return ENCRYPTED.computeIfAbsent(o.typeCode().trim() + ":" + definition, k -> {
      if (ENCRYPTED.size() >= CACHE_LIMIT) {
        ENCRYPTED.clear();
      }
      return parse(o, definition);
    });
  }

  /** {@code o}'s definition as the catalog shows it: null for an encrypted module. */
  public static String shownDefinition(SchemaObject o) {
    return encrypted(o) ? null : ObjectNames.definitionOf(o);
  }

  private static boolean parse(SchemaObject o, String definition) {
    return switch (o) {
      case Procedure p -> Parser.procedureEncrypts(definition);
      case Trigger t -> Parser.triggerEncrypts(definition);
      case View v -> parsed(() -> ((CreateViewStatement) Parser.parseBatch(definition, true).getFirst())
          .attributes().contains("ENCRYPTION"));
      case UserFunction f -> parsed(() -> Parser.parseFunction(definition, true).encrypted());
      default -> false;
    };
  }

  private static boolean parsed(java.util.function.BooleanSupplier reading) {
    try {
      return reading.getAsBoolean();
    } catch (RuntimeException e) {
      return false; // a definition that needs QUOTED_IDENTIFIER off: read as unencrypted
    }
  }
}
