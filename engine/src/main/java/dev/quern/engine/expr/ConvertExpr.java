package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.ValueConverter;
import dev.quern.engine.locale.SqlLanguage;
import java.util.List;

/**
 * A conversion: CAST/CONVERT written by the user, TRY_ forms (NULL on failure), or an implicit
 * conversion the binder inserted ({@code sql} is then the operand's text).
 */
public final class ConvertExpr extends BoundExpr {
  private final BoundExpr input;
  private final SqlType target;
  private final int style;
  private final boolean isTry;
  private final String sql;
  /** Chosen once from the static types: the per-row eval only applies it. */
  private final ValueConverter converter;
  /** Date to text or text to date: month names follow the session language. */
  private final boolean monthNames;
  /** To xml of a schema collection from anything else: the result is validated. */
  private final boolean validatesXml;

  public ConvertExpr(BoundExpr input, SqlType target, int style, boolean isTry, String sql) {
    this.input = input;
    this.target = target;
    this.style = style;
    this.isTry = isTry;
    this.sql = sql;
    this.converter = Conversions.converter(input.type(), target, style);
    this.monthNames = SqlTypes.isTemporal(input.type().id()) && SqlTypes.isCharacter(target.id())
        || SqlTypes.isCharacter(input.type().id()) && SqlTypes.isTemporal(target.id());
    this.validatesXml = dev.quern.engine.xmlschema.TypedXml.validates(input.type(), target);
  }

  @Override
  public SqlType type() {
    return target;
  }

  /** The value converted. */
  public BoundExpr input() {
    return input;
  }

  /** The same conversion of another value (of the same type). */
  public ConvertExpr withInput(BoundExpr other) {
    return new ConvertExpr(other, target, style, isTry, sql);
  }

  /** The CONVERT style, or {@link dev.quern.catalog.value.Conversions#NO_STYLE}. */
  public int style() {
    return style;
  }

  /** TRY_CAST / TRY_CONVERT: NULL instead of an error. */
  public boolean isTry() {
    return isTry;
  }

  @Override
  public boolean nullable() {
    return isTry || input.nullable();
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = input.eval(ctx);
    if (v == null) {
      return null;
    }
    try {
      SqlLanguage language = monthNames ? LanguageMonthNames.nonEnglish(ctx.functions.language()) : null;
      if (language == null) {
        Object out = converter.convert(v, ctx.functions.dateFormat());
        return validatesXml ? dev.quern.engine.xmlschema.TypedXml.check(out, input.type(), target) : out;
      }
      if (v instanceof String text) {
        return converter.convert(LanguageMonthNames.read(text, language), ctx.functions.dateFormat());
      }
      Object out = converter.convert(v, ctx.functions.dateFormat());
      return out instanceof String text ? LanguageMonthNames.write(text, language) : out;
    } catch (SqlValueException e) {
      // TRY_CAST to json still raises a number out of numeric range (1007), as SQL Server does.
      if (isTry && !(e.number() == 1007 && target.id() == dev.quern.catalog.type.TypeId.JSON)) {
        return null;
      }
      throw ValueErrors.toSql(e);
    }
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public boolean isConstant() {
    return input.isConstant();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(input);
  }
}
