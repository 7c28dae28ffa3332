package dev.quern.engine.proc.describe;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.binder.UndeclaredParameters;
import dev.quern.engine.error.DescribeErrors;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sp_describe_undeclared_parameters @tsql [, @params]} ("sp_describe_undeclared_parameters
 * (Transact-SQL)"): one row per parameter the batch uses without declaring it, in the order they
 * first appear, with the type deduced from its context ({@link UndeclaredParameters}). A parameter
 * used twice is 11508, as in SQL Server. mssql-jdbc's getParameterMetaData() sends the statement
 * here with its {@code ?} markers rewritten as {@code @P0, @P1 …}.
 */
public final class DescribeUndeclaredParametersProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@tsql", "@params");
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("parameter_ordinal", false), sysname("name", false),
          integer("suggested_system_type_id", false), nvarchar("suggested_system_type_name", 256, true),
          smallint("suggested_max_length", false), tinyint("suggested_precision", false),
          tinyint("suggested_scale", false), integer("suggested_user_type_id", true),
          sysname("suggested_user_type_database", true), sysname("suggested_user_type_schema", true),
          sysname("suggested_user_type_name", true),
          nvarchar("suggested_assembly_qualified_type_name", 4000, true),
          integer("suggested_xml_collection_id", true), sysname("suggested_xml_collection_database", true),
          sysname("suggested_xml_collection_schema", true), sysname("suggested_xml_collection_name", true),
          bit("suggested_is_xml_document", false), bit("suggested_is_case_sensitive", false),
          bit("suggested_is_fixed_length_clr_type", false), bit("suggested_is_input", false),
          bit("suggested_is_output", false), sysname("formal_parameter_name", true),
          integer("suggested_tds_type_id", false), integer("suggested_tds_length", false));

  @Override
  public String name() {
    return "sp_describe_undeclared_parameters";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    DescribeArguments a = DescribeArguments.bind(args, PARAMETERS, name());
    BatchAnalysis analysis = BatchAnalysis.of(a.tsql(), a.params(), new Discovery(host.state(), host.sink()::message), false);
    Map<String, UndeclaredParameters.Deduced> deduced = analysis.undeclared().deduced();
    List<Object[]> rows = new ArrayList<>();
    int ordinal = 0;
    for (Map.Entry<String, Integer> use : uses(analysis, deduced).entrySet()) {
      UndeclaredParameters.Deduced p = deduced.get(use.getKey());
      if (use.getValue() > 1) {
        throw DescribeErrors.USED_MORE_THAN_ONCE.raise(p.name());
      }
      rows.add(row(++ordinal, p));
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }

  /** How often each deduced parameter is written in the batch, in order of first appearance. */
  private static Map<String, Integer> uses(BatchAnalysis analysis, Map<String, UndeclaredParameters.Deduced> deduced) {
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Token t : Lexer.tokenize(analysis.tsql(), analysis.quotedIdentifier())) {
      if (t.type() == TokenType.VARIABLE) {
        String key = t.value().toLowerCase(Locale.ROOT);
        if (deduced.containsKey(key)) {
          uses.merge(key, 1, Integer::sum);
        }
      }
    }
    return uses;
  }

  private static Object[] row(int ordinal, UndeclaredParameters.Deduced p) {
    TypeFacts t = TypeFacts.of(p.type());
    return new Object[] {
      ordinal, p.name(), t.systemTypeId(), t.systemTypeName(), t.maxLength(), t.precision(), t.scale(),
      null, null, null, null, null, null, null, null, null,
      false, false, false, p.input(), p.output(), p.formalName(), t.tdsTypeId(), t.tdsLength()
    };
  }
}
