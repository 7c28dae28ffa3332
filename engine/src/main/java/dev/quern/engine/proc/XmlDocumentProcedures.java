package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.error.SqlErrors;
import java.util.List;

/**
 * sp_xml_preparedocument and sp_xml_removedocument: a session's XML documents for OPENXML
 * ({@link dev.quern.engine.openxml.XmlDocuments}). Like SQL Server's extended procedures they take
 * their arguments by position; a missing or wrong one is 6607, naming its position.
 */
final class XmlDocumentProcedures {
  private XmlDocumentProcedures() {}

  static List<SystemProcedure> all() {
    return List.of(new Prepare(), new Remove());
  }

  /** {@code sp_xml_preparedocument @hdoc OUTPUT, xmltext [, xpath_namespaces]}. */
  private static final class Prepare implements SystemProcedure {
    @Override
    public String name() {
      return "sp_xml_preparedocument";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      if (args.isEmpty() || !args.getFirst().output()) {
        throw SqlErrors.XML_PARAMETER_INVALID.raise(name(), 1);
      }
      String text = text(args, 1);
      if (text == null) {
        throw SqlErrors.XML_PARAMETER_INVALID.raise(name(), 2);
      }
      int handle = host.state().xmlDocuments().prepare(text, text(args, 2));
      args.getFirst().setOutput(handle, SqlTypes.INT);
      return 0;
    }

    private static String text(List<ProcArg> args, int i) {
      if (args.size() <= i || args.get(i).isDefault() || args.get(i).value() == null) {
        return null;
      }
      ProcArg a = args.get(i);
      return a.value() instanceof String s ? s : ValueFormatter.toText(a.value(), a.type());
    }
  }

  /** {@code sp_xml_removedocument hdoc}. */
  private static final class Remove implements SystemProcedure {
    @Override
    public String name() {
      return "sp_xml_removedocument";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Object v = args.isEmpty() ? null : args.getFirst().value();
      if (!(v instanceof Number n) || !host.state().xmlDocuments().remove(n.intValue())) {
        throw SqlErrors.XML_PARAMETER_INVALID.raise(name(), 1);
      }
      return 0;
    }
  }
}
