package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import java.util.List;
import java.util.Map;

/**
 * JSON_MODIFY(expression, [append] [lax|strict] path, newValue): the JSON text with the value at
 * {@code path} replaced, inserted, deleted (NULL in lax mode) or appended to an array. The edit
 * splices the original text, so everything it does not touch keeps its spacing, as SQL Server's
 * does. A value that is JSON text from JSON_QUERY, JSON_MODIFY, JSON_OBJECT, JSON_ARRAY or FOR JSON
 * goes in as JSON ({@link #withJsonArgument}); any other text is quoted and escaped.
 */
final class JsonModifyFunction extends BuiltinFunction {
  private final boolean jsonValue;

  JsonModifyFunction() {
    this(false);
  }

  private JsonModifyFunction(boolean jsonValue) {
    super("JSON_MODIFY", 3, 3);
    this.jsonValue = jsonValue;
  }

  @Override
  public ScalarFunction withJsonArgument(int index) {
    return index == 2 ? new JsonModifyFunction(true) : this;
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    for (int i = 0; i < 2; i++) {
      if (!SqlTypes.isCharacter(types.get(i).id()) && !(i == 0 && types.get(0).id() == TypeId.JSON)) {
        throw Arity.invalidType(name(), types.get(i), i + 1);
      }
    }
    TypeId v = types.get(2).id();
    boolean accepted =
        SqlTypes.isCharacter(v) && v != TypeId.TEXT && v != TypeId.NTEXT
            || SqlTypes.isInteger(v)
            || SqlTypes.isDecimal(v)
            || SqlTypes.isApproximate(v)
            || v == TypeId.BIT
            || v == TypeId.JSON;
    if (!accepted) {
      throw Arity.invalidType(name(), types.get(2), 3);
    }
    // A json document comes back as json (its text re-read, so kept canonical).
    return types.get(0).id() == TypeId.JSON ? SqlTypes.JSON : SqlTypes.NVARCHAR_MAX;
  }

  @Override
  boolean nullInNullOut() {
    return false; // a NULL new value deletes (lax) or writes null (strict)
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    if (a.isNull(0)) {
      return null;
    }
    if (a.isNull(1)) {
      throw SqlErrors.JSON_MODIFY_NULL_PATH.raise();
    }
    String text = a.string(0);
    String pathText = a.string(1).strip();
    boolean append = startsWithWord(pathText, "append");
    JsonText.Path path = JsonText.path(append ? pathText.substring(6) : pathText);
    if (path.steps().isEmpty() && !append) {
      throw SqlErrors.JSON_MODIFY_ROOT_PATH.raise();
    }
    JsonText.Value root = parse(text);
    StringBuilder value = new StringBuilder();
    JsonScalarText.append(value, a.value(2), a.type(2), jsonValue);
    Edit edit = append ? append(root, path, a.isNull(2), value.toString()) : set(text, root, path, a.isNull(2), value.toString());
    String out = edit == null ? text : text.substring(0, edit.from) + edit.insert + text.substring(edit.to);
    return a.type(0).id() == TypeId.JSON ? Conversions.convert(out, SqlTypes.NVARCHAR_MAX, SqlTypes.JSON) : out;
  }

  /** Text [from, to) replaced by {@code insert}; null for "leave the text as it is". */
  private record Edit(int from, int to, String insert) {}

  private static Edit set(String text, JsonText.Value root, JsonText.Path path, boolean isNull, String value) {
    List<Object> steps = path.steps();
    JsonText.Value parent = JsonText.find(root, new JsonText.Path(path.strict(), steps.subList(0, steps.size() - 1)));
    Object last = steps.getLast();
    if (parent != null && last instanceof String key && parent.value() instanceof Map<?, ?> m) {
      JsonText.Value old = (JsonText.Value) m.get(key);
      if (old != null) {
        return isNull && !path.strict() ? JsonSplice.removeMember(text, old) : new Edit(old.start(), old.end(), value);
      }
      if (path.strict()) {
        throw notFound();
      }
      return isNull ? null : JsonSplice.addMember(parent, key, value);
    }
    if (parent != null && last instanceof Integer n && parent.value() instanceof List<?> l && n < l.size()) {
      JsonText.Value old = (JsonText.Value) l.get(n);
      return new Edit(old.start(), old.end(), value);
    }
    if (path.strict()) {
      throw notFound();
    }
    return null;
  }

  private static Edit append(JsonText.Value root, JsonText.Path path, boolean isNull, String value) {
    JsonText.Value target = JsonText.find(root, path);
    if (target == null) {
      if (path.strict()) {
        throw notFound();
      }
      // Lax: a missing array under an existing object is created holding the value.
      List<Object> steps = path.steps();
      JsonText.Value parent = JsonText.find(root, new JsonText.Path(false, steps.subList(0, steps.size() - 1)));
      if (parent != null && steps.getLast() instanceof String key && parent.value() instanceof Map) {
        return JsonSplice.addMember(parent, key, "[" + value + "]");
      }
      return null;
    }
    if (!(target.value() instanceof List)) {
      if (path.strict()) {
        throw SqlErrors.JSON_MODIFY_NOT_ARRAY.raise();
      }
      return null;
    }
    return JsonSplice.addElement(target, value);
  }

  private static SqlException notFound() {
    return SqlErrors.JSON_PROPERTY_NOT_FOUND.raiseWithState(2);
  }

  /** The document, which must be an object or array; its format errors carry JSON_MODIFY's state 7. */
  private static JsonText.Value parse(String text) {
    JsonText.Value root;
    try {
      root = JsonText.parse(text);
    } catch (SqlException e) {
      throw new SqlException(e.number(), e.severity(), 7, e.text(), e.abort());
    }
    if (root.isScalar()) {
      throw SqlErrors.JSON_TEXT_FORMAT.raiseWithState(7, text.strip().isEmpty() ? "" : text.strip().substring(0, 1), 0);
    }
    return root;
  }

  private static boolean startsWithWord(String s, String word) {
    return s.regionMatches(true, 0, word, 0, word.length())
        && s.length() > word.length()
        && Character.isWhitespace(s.charAt(word.length()));
  }

  /** Where new members and elements go, and the span a deleted member leaves. */
  private static final class JsonSplice {
    private JsonSplice() {}

    /** {@code "key":value} after the object's last member, or inside the empty braces. */
    static Edit addMember(JsonText.Value object, String key, String value) {
      StringBuilder member = new StringBuilder();
      JsonEscape.appendQuoted(member, key);
      member.append(':').append(value);
      Map<?, ?> m = (Map<?, ?>) object.value();
      int after = object.start() + 1;
      for (Object v : m.values()) {
        after = Math.max(after, ((JsonText.Value) v).end());
      }
      return new Edit(after, after, (m.isEmpty() ? "" : ",") + member);
    }

    /** {@code value} after the array's last element, or inside the empty brackets. */
    static Edit addElement(JsonText.Value array, String value) {
      List<?> l = (List<?>) array.value();
      if (l.isEmpty()) {
        return new Edit(array.start() + 1, array.start() + 1, value);
      }
      int after = ((JsonText.Value) l.getLast()).end();
      return new Edit(after, after, "," + value);
    }

    /**
     * The member whose value is {@code value} with one of the commas beside it: the one after it
     * (and the space before the next member), else the one before it.
     */
    static Edit removeMember(String text, JsonText.Value value) {
      int keyStart = keyStart(text, value.start());
      int after = skipSpace(text, value.end());
      if (after < text.length() && text.charAt(after) == ',') {
        return new Edit(keyStart, skipSpace(text, after + 1), "");
      }
      int before = keyStart - 1;
      while (Character.isWhitespace(text.charAt(before))) {
        before--;
      }
      return new Edit(text.charAt(before) == ',' ? before : keyStart, value.end(), "");
    }

    /**
     * The opening quote of the key before a member's value: back over the colon to the closing
     * quote, then to the first quote not escaped (an even run of backslashes before it).
     */
    private static int keyStart(String text, int valueStart) {
      int i = valueStart - 1;
      while (text.charAt(i) != ':') {
        i--;
      }
      do {
        i--;
      } while (text.charAt(i) != '"');
      while (true) {
        i--;
        if (text.charAt(i) == '"') {
          int slashes = 0;
          while (text.charAt(i - 1 - slashes) == '\\') {
            slashes++;
          }
          if (slashes % 2 == 0) {
            return i;
          }
        }
      }
    }

    private static int skipSpace(String text, int i) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }
  }
}
