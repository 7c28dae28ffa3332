package dev.quern.engine.func;

import static dev.quern.engine.func.FunctionTesting.arg;
import static dev.quern.engine.func.FunctionTesting.assertError;
import static dev.quern.engine.func.FunctionTesting.call;
import static dev.quern.engine.func.FunctionTesting.i;
import static dev.quern.engine.func.FunctionTesting.n;
import static dev.quern.engine.func.FunctionTesting.s;
import static dev.quern.engine.func.FunctionTesting.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SystemFunctionsTest {
  @Test
  void lookupIsCaseInsensitiveAndKeepsTheAtSigns() {
    assertThat(FunctionTesting.REGISTRY.lookup("@@version")).isPresent();
    assertThat(FunctionTesting.REGISTRY.lookup("len")).isPresent();
    assertThat(FunctionTesting.REGISTRY.lookup("VERSION")).isEmpty();
    assertThat(FunctionTesting.REGISTRY.lookup("no_such_function")).isEmpty();
  }

  @Test
  void versionParsesAsClientsParseIt() {
    String v = (String) call("@@VERSION");
    Matcher m = Pattern.compile("Microsoft .*? - (\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)").matcher(v);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("16");
    assertThat(v).startsWith("Microsoft SQL Server 2022").contains("Quern");
    assertThat(call("@@MICROSOFTVERSION")).isEqualTo(268436456);
  }

  @Test
  void sessionVariablesHaveSqlServersTypes() {
    assertThat(type("@@SPID")).isEqualTo(SqlTypes.SMALLINT);
    assertThat(type("@@MAX_PRECISION")).isEqualTo(SqlTypes.TINYINT);
    assertThat(call("@@MAX_PRECISION")).isEqualTo(38);
    assertThat(call("@@SPID")).isEqualTo(52);
    assertThat(call("@@TRANCOUNT")).isEqualTo(0);
    assertThat(call("@@ROWCOUNT")).isEqualTo(3);
    assertThat(call("@@LANGUAGE")).isEqualTo("us_english");
    assertThat(call("@@LANGID")).isEqualTo(0);
    assertThat(call("@@DATEFIRST")).isEqualTo(7);
    assertThat(call("@@SERVERNAME")).isEqualTo("quernhost");
    assertThat(call("@@IDENTITY")).isNull();
    assertThat(FunctionTesting.fn("@@SPID").deterministic()).isFalse();
  }

  @Test
  void niladicFunctionsRejectArguments() {
    assertError(() -> call("@@SPID", i(1)), 174, "The @@spid function requires 0 argument(s).");
    assertError(() -> call("LEN"), 174, "The len function requires 1 argument(s).");
    assertError(() -> call("ROUND", i(1)), 189, "The round function requires 2 to 3 arguments.");
  }

  @Test
  void serverPropertyCarriesTheBaseTypesSsmsCasts() {
    assertThat(call("SERVERPROPERTY", n("EngineEdition")))
        .isEqualTo(new SqlVariant(SqlTypes.INT, 3));
    SqlVariant version = (SqlVariant) call("SERVERPROPERTY", s("ProductVersion"));
    assertThat(version.baseType().id()).isEqualTo(dev.quern.catalog.type.TypeId.NVARCHAR);
    assertThat(version.value()).isEqualTo("16.0.1000.6");
    assertThat(((SqlVariant) call("SERVERPROPERTY", n("EDITION"))).value())
        .isEqualTo("Developer Edition (64-bit)");
    assertThat(((SqlVariant) call("SERVERPROPERTY", n("Collation"))).value())
        .isEqualTo("SQL_Latin1_General_CP1_CI_AS");
    assertThat(((SqlVariant) call("SERVERPROPERTY", n("servername"))).value())
        .isEqualTo("quernhost");
    assertThat(call("SERVERPROPERTY", n("IsIntegratedSecurityOnly")))
        .isEqualTo(new SqlVariant(SqlTypes.INT, 0));
    assertThat(call("SERVERPROPERTY", n("InstanceName"))).isNull();
    assertThat(call("SERVERPROPERTY", n("NoSuchProperty"))).isNull();
    assertThat(call("SERVERPROPERTY", arg(null, "nvarchar(10)"))).isNull();
    assertThat(type("SERVERPROPERTY", n("x"))).isEqualTo(SqlTypes.SQL_VARIANT);
  }

  @Test
  void databasesSchemasAndUsers() {
    assertThat(call("DB_NAME")).isEqualTo("master");
    assertThat(call("DB_NAME", i(2))).isEqualTo("tempdb");
    assertThat(call("DB_NAME", i(99))).isNull();
    assertThat(call("DB_ID")).isEqualTo(1);
    assertThat(call("DB_ID", n("MSDB"))).isEqualTo(4);
    assertThat(call("DB_ID", n("nope"))).isNull();
    assertThat(call("SCHEMA_NAME")).isEqualTo("dbo");
    assertThat(call("SCHEMA_NAME", i(4))).isEqualTo("sys");
    assertThat(call("SCHEMA_ID", n("INFORMATION_SCHEMA"))).isEqualTo(3);
    assertThat(call("SUSER_SNAME")).isEqualTo("sa");
    assertThat(call("SUSER_SNAME", arg(new byte[] {1}, "varbinary(85)"))).isEqualTo("sa");
    assertThat(call("SYSTEM_USER")).isEqualTo("sa");
    assertThat(call("USER_NAME")).isEqualTo("dbo");
    assertThat(call("CURRENT_USER")).isEqualTo("dbo");
    assertThat(call("HOST_NAME")).isEqualTo("client1");
    assertThat(call("APP_NAME")).isEqualTo("tests");
    assertThat(call("IS_SRVROLEMEMBER", n("sysadmin"))).isEqualTo(1);
    assertThat(call("IS_SRVROLEMEMBER", n("nosuchrole"))).isNull();
    FixedContext bob = new FixedContext();
    bob.login = "bob";
    assertThat(call(bob, "USER_NAME")).isEqualTo("bob");
    assertThat(call(bob, "IS_SRVROLEMEMBER", n("sysadmin"))).isEqualTo(0);
  }

  @Test
  void errorFunctionsReadTheCaughtError() {
    FixedContext ctx = new FixedContext();
    assertThat(call(ctx, "ERROR_NUMBER")).isNull();
    ctx.error = new CaughtError(8134, 16, 1, "Divide by zero error encountered.", null, 3);
    assertThat(call(ctx, "ERROR_NUMBER")).isEqualTo(8134);
    assertThat(call(ctx, "ERROR_MESSAGE")).isEqualTo("Divide by zero error encountered.");
    assertThat(call(ctx, "ERROR_SEVERITY")).isEqualTo(16);
    assertThat(call(ctx, "ERROR_LINE")).isEqualTo(3);
    assertThat(call(ctx, "ERROR_PROCEDURE")).isNull();
  }

  @Test
  void transactionState() {
    FixedContext ctx = new FixedContext();
    assertThat(call(ctx, "XACT_STATE")).isEqualTo(0);
    ctx.tranCount = 1;
    assertThat(call(ctx, "XACT_STATE")).isEqualTo(1);
  }

  @Test
  void nullFunctions() {
    assertThat(call("ISNULL", arg(null, "varchar(2)"), s("abcdef"))).isEqualTo("ab");
    assertThat(call("ISNULL", i(1), i(2))).isEqualTo(1);
    assertThat(call("COALESCE", arg(null, "int"), arg(null, "int"), num("1.5")))
        .isEqualTo(new java.math.BigDecimal("1.5"));
    assertThat(type("COALESCE", i(1), num("1.5")))
        .isEqualTo(
            new dev.quern.catalog.type.SqlType(dev.quern.catalog.type.TypeId.NUMERIC, 0, 11, 1));
    assertThat(call("COALESCE", arg(null, "int"), arg(null, "int"))).isNull();
    assertThat(call("NULLIF", i(1), i(1))).isNull();
    assertThat(call("NULLIF", i(1), i(2))).isEqualTo(1);
  }

  @Test
  void collationSessionAndTypeProperties() {
    assertThat(call("COLLATIONPROPERTY", n("SQL_Latin1_General_CP1_CI_AS"), s("LCID")))
        .isEqualTo(new SqlVariant(SqlTypes.INT, 1033));
    assertThat(call("COLLATIONPROPERTY", n("SQL_Latin1_General_CP1_CI_AS"), s("ComparisonStyle")))
        .isEqualTo(new SqlVariant(SqlTypes.INT, 196609));
    assertThat(call("COLLATIONPROPERTY", n("Nope"), s("LCID"))).isNull();
    // FixedContext's @@OPTIONS is 5496: ANSI_WARNINGS, ANSI_PADDING, ANSI_NULLS, ARITHABORT,
    // QUOTED_IDENTIFIER and CONCAT_NULL_YIELDS_NULL on, NUMERIC_ROUNDABORT off.
    assertThat(call("SESSIONPROPERTY", s("ANSI_NULLS"))).isEqualTo(new SqlVariant(SqlTypes.INT, 1));
    assertThat(call("SESSIONPROPERTY", s("NUMERIC_ROUNDABORT")))
        .isEqualTo(new SqlVariant(SqlTypes.INT, 0));
    assertThat(call("SESSIONPROPERTY", s("nope"))).isNull();
    assertThat(call("TYPE_NAME", i(56))).isEqualTo("int");
    assertThat(call("TYPE_NAME", i(231))).isEqualTo("nvarchar");
    assertThat(call("TYPE_NAME", i(9999))).isNull();
    assertThat(call("TYPE_ID", n("datetime2"))).isEqualTo(42);
    assertThat(call("TYPE_ID", n("sysname"))).isEqualTo(256);
    assertThat(call("TYPE_ID", n("integer"))).isNull();
  }

  @Test
  void sqlVariantProperty() {
    SqlVariant v =
        new SqlVariant(
            dev.quern.catalog.type.SqlType.decimal(10, 2), new java.math.BigDecimal("1.50"));
    assertThat(
            ((SqlVariant) call("SQL_VARIANT_PROPERTY", arg(v, "sql_variant"), s("BaseType")))
                .value())
        .isEqualTo("decimal");
    assertThat(
            ((SqlVariant) call("SQL_VARIANT_PROPERTY", arg(v, "sql_variant"), s("Precision")))
                .value())
        .isEqualTo(10);
  }

  private static dev.quern.catalog.value.TypedValue num(String s) {
    return FunctionTesting.num(s);
  }
}
