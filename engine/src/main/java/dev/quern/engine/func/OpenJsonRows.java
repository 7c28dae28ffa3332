package dev.quern.engine.func;

import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows OPENJSON opens from JSON text: the object or array at a path (lax: none when it is
 * missing or a scalar; strict: 13608, 13611), then either its members as (key, value, type) — the
 * default schema — or, with a WITH clause, one row per array element (or the one object) with
 * each column's value found at its own path. Values come back as text for the caller to convert
 * to the column types.
 */
public final class OpenJsonRows {
  private OpenJsonRows() {}

  /** A WITH column: its path ({@code $.name} when none was written), and whether AS JSON. */
  public record Column(String name, String path, boolean asJson) {}

  /** The default schema's rows: key nvarchar(4000), value nvarchar(max), type int (0 null … 5 object). */
  public static List<Object[]> members(String json, String path) {
    JsonText.Value target = target(json, path);
    List<Object[]> rows = new ArrayList<>();
    if (target == null) {
      return rows;
    }
    if (target.value() instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        rows.add(member((String) e.getKey(), (JsonText.Value) e.getValue(), json));
      }
    } else {
      List<?> l = (List<?>) target.value();
      for (int i = 0; i < l.size(); i++) {
        rows.add(member(Integer.toString(i), (JsonText.Value) l.get(i), json));
      }
    }
    return rows;
  }

  /** With a WITH clause: per element of the array at {@code path} (or the object there), the columns' texts. */
  public static List<Object[]> shaped(String json, String path, List<Column> columns) {
    JsonText.Value target = target(json, path);
    List<Object[]> rows = new ArrayList<>();
    if (target == null) {
      return rows;
    }
    List<JsonText.Path> paths = columns.stream()
        .map(c -> c.path() != null ? JsonText.path(c.path()) : new JsonText.Path(false, List.of(c.name())))
        .toList();
    List<?> elements = target.value() instanceof List<?> l ? l : List.of(target);
    for (Object element : elements) {
      JsonText.Value row = (JsonText.Value) element;
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        values[c] = column(json, row, paths.get(c), columns.get(c).asJson());
      }
      rows.add(values);
    }
    return rows;
  }

  private static Object column(String json, JsonText.Value row, JsonText.Path path, boolean asJson) {
    JsonText.Value v = JsonText.find(row, path);
    if (v == null) {
      if (path.strict()) {
        throw SqlErrors.JSON_PROPERTY_NOT_FOUND.raise();
      }
      return null;
    }
    if (asJson != !v.isScalar()) {
      if (path.strict()) {
        throw asJson ? SqlErrors.JSON_OBJECT_NOT_FOUND.raise() : SqlErrors.JSON_SCALAR_NOT_FOUND.raise();
      }
      return null;
    }
    return asJson ? json.substring(v.start(), v.end()) : JsonText.scalarText(v.value());
  }

  /** The object or array OPENJSON opens, or null (lax) when there is none. */
  private static JsonText.Value target(String json, String path) {
    if (json == null) {
      return null;
    }
    JsonText.Path p = JsonText.path(path == null ? "$" : path);
    JsonText.Value v = JsonText.find(JsonText.parse(json), p);
    if (v == null) {
      if (p.strict()) {
        throw SqlErrors.JSON_PROPERTY_NOT_FOUND.raise();
      }
      return null;
    }
    if (v.isScalar()) {
      if (p.strict()) {
        throw SqlErrors.OPENJSON_NOT_CONTAINER.raise();
      }
      return null;
    }
    return v;
  }

  private static Object[] member(String key, JsonText.Value v, String json) {
    Object value = v.value();
    int type;
    Object text;
    if (value == JsonText.NULL) {
      type = 0;
      text = null;
    } else if (value instanceof String s) {
      type = 1;
      text = s;
    } else if (value instanceof JsonText.Number n) {
      type = 2;
      text = n.text();
    } else if (value instanceof Boolean b) {
      type = 3;
      text = b ? "true" : "false";
    } else {
      type = value instanceof List ? 4 : 5;
      text = json.substring(v.start(), v.end());
    }
    return new Object[] {key, text, type};
  }
}
