package dev.quern.engine.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The built-in permission hierarchy ("sys.fn_builtin_permissions (Transact-SQL)", "Permissions
 * (Database Engine)"): every permission of each securable class Quern has, with its type code, the
 * permission of its class that covers it and the permission of the containing class that implies
 * it. Kept as data ({@code builtin-permissions.tsv}, read once): fn_builtin_permissions lists it and
 * fn_my_permissions asks about each permission of a class.
 */
public final class BuiltinPermissions {
  /** One row of fn_builtin_permissions; null where SQL Server shows NULL. */
  public record Entry(String classDesc, String permission, String type, String covering, String parentClass,
      String parentCovering) {}

  private static final List<Entry> ALL = load();

  private BuiltinPermissions() {}

  public static List<Entry> all() {
    return ALL;
  }

  /** The permissions of one class ('OBJECT', 'APPLICATION ROLE' …, any case); empty for an unknown class. */
  public static List<Entry> of(String classDesc) {
    String c = classDesc.strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(e -> e.classDesc().equals(c)).toList();
  }

  private static List<Entry> load() {
    try (InputStream in = BuiltinPermissions.class.getResourceAsStream("builtin-permissions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("builtin-permissions.tsv is missing");
      }
      List<Entry> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Entry(f[0], f[1], f[2], nullable(f[3]), nullable(f[4]), nullable(f[5])));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullable(String field) {
    return field.equals("-") ? null : field;
  }
}
