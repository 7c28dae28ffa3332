package dev.quern.engine.ast;

import java.util.List;

/**
 * The T-SQL cursor statements ("Cursors (Transact-SQL)"): DECLARE CURSOR in its ISO and Transact-SQL
 * forms, cursor variables (DECLARE @c CURSOR, SET @c = CURSOR … FOR / = @d), OPEN, FETCH, CLOSE and
 * DEALLOCATE.
 */
public sealed interface CursorStatement extends Statement {

  /** A cursor as a statement names it: {@code [GLOBAL] name} or a cursor variable {@code @name}. */
  record Ref(String name, boolean global) {
    public boolean variable() {
      return name.startsWith("@");
    }

    public String toSql() {
      return (global ? "GLOBAL " : "") + (variable() ? name : Names.quote(name));
    }
  }

  /** How a cursor moves and what it sees, as DECLARE CURSOR's options set them (null: not said). */
  record Options(
      Boolean local, Boolean scroll, String kind, String concurrency, boolean typeWarning, boolean iso) {
    public static final Options NONE = new Options(null, null, null, null, false, false);

    String toSql() {
      StringBuilder sb = new StringBuilder();
      if (local != null) {
        sb.append(local ? " LOCAL" : " GLOBAL");
      }
      if (scroll != null) {
        sb.append(scroll ? " SCROLL" : " FORWARD_ONLY");
      }
      if (kind != null) {
        sb.append(' ').append(kind);
      }
      if (concurrency != null) {
        sb.append(' ').append(concurrency);
      }
      return typeWarning ? sb.append(" TYPE_WARNING").toString() : sb.toString();
    }
  }

  /**
   * A cursor's definition: its options, its query, and {@code FOR UPDATE [OF columns]} ({@code
   * updateColumns} empty: every column; null: no FOR UPDATE) or {@code FOR READ ONLY} ({@code
   * readOnly}).
   */
  record Definition(Options options, QuerySpec query, List<String> updateColumns, boolean readOnly) {
    String toSql() {
      String tail = readOnly ? " FOR READ ONLY" : updateColumns == null ? ""
          : updateColumns.isEmpty() ? " FOR UPDATE" : " FOR UPDATE OF " + String.join(", ", updateColumns.stream().map(Names::quote).toList());
      return "CURSOR" + options.toSql() + " FOR " + query.toSql() + tail;
    }
  }

  /** DECLARE name CURSOR … FOR select (ISO: DECLARE name [INSENSITIVE] [SCROLL] CURSOR FOR …). */
  record Declare(int line, String name, Definition definition) implements CursorStatement {
    @Override
    public String toSql() {
      Options o = definition.options();
      if (o.iso()) {
        String tail = definition.readOnly() ? " FOR READ ONLY" : definition.updateColumns() == null ? ""
            : definition.updateColumns().isEmpty() ? " FOR UPDATE"
            : " FOR UPDATE OF " + String.join(", ", definition.updateColumns().stream().map(Names::quote).toList());
        return "DECLARE " + Names.quote(name) + ("STATIC".equals(o.kind()) ? " INSENSITIVE" : "")
            + (Boolean.TRUE.equals(o.scroll()) ? " SCROLL" : "") + " CURSOR FOR " + definition.query().toSql() + tail;
      }
      return "DECLARE " + Names.quote(name) + " " + definition.toSql();
    }
  }

  /** DECLARE @c CURSOR [, @d CURSOR …]: cursor variables, with no cursor yet. */
  record DeclareVariables(int line, List<String> names) implements CursorStatement {
    @Override
    public String toSql() {
      return "DECLARE " + String.join(", ", names.stream().map(n -> n + " CURSOR").toList());
    }
  }

  /** SET @c = CURSOR … FOR select ({@code definition}), or SET @c = @d ({@code source}). */
  record SetVariable(int line, String variable, Definition definition, String source) implements CursorStatement {
    @Override
    public String toSql() {
      return "SET " + variable + " = " + (definition != null ? definition.toSql() : source);
    }
  }

  /** OPEN cursor. */
  record Open(int line, Ref cursor) implements CursorStatement {
    @Override
    public String toSql() {
      return "OPEN " + cursor.toSql();
    }
  }

  /**
   * FETCH [orientation] FROM cursor [INTO @a, …]: {@code orientation} NEXT, PRIOR, FIRST, LAST,
   * ABSOLUTE or RELATIVE ({@code offset} the n of the last two); {@code into} null without INTO.
   */
  record Fetch(int line, String orientation, Expr offset, Ref cursor, List<String> into) implements CursorStatement {
    @Override
    public String toSql() {
      return "FETCH " + orientation + (offset == null ? "" : " " + offset.toSql()) + " FROM " + cursor.toSql()
          + (into == null ? "" : " INTO " + String.join(", ", into));
    }
  }

  /** CLOSE cursor. */
  record Close(int line, Ref cursor) implements CursorStatement {
    @Override
    public String toSql() {
      return "CLOSE " + cursor.toSql();
    }
  }

  /** DEALLOCATE cursor. */
  record Deallocate(int line, Ref cursor) implements CursorStatement {
    @Override
    public String toSql() {
      return "DEALLOCATE " + cursor.toSql();
    }
  }
}
