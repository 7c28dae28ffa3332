package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BULK INSERT … WITH (FORMATFILE = …): non-XML and XML format files of character data. */
class BulkFormatFileTest {
  private static final String XML_HEAD = "<?xml version=\"1.0\"?>\n<BCPFORMAT xmlns=\"http://schemas.microsoft.com/sqlserver/2004/bulkload/format\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";

  @TempDir Path dir;
  private QuernEngine engine;
  private EngineSession s;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    s = TestSessions.open(engine);
    rows("CREATE TABLE t (id int, name varchar(20))");
  }

  @AfterEach
  void close() {
    s.close();
    engine.close();
  }

  private String file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private List<String> rows(String sql) {
    return TestSessions.rows(s, sql);
  }

  /** The errors of loading {@code data} into t with the format file {@code format}. */
  private List<SqlMessage> load(String data, String format) throws IOException {
    String d = file("d.txt", data);
    String f = file("f.fmt", format);
    return TestSessions.run(s, "BULK INSERT t FROM '" + d + "' WITH (FORMATFILE = '" + f + "')").errors();
  }

  private List<Integer> numbers(String data, String format) throws IOException {
    return load(data, format).stream().map(SqlMessage::number).toList();
  }

  @Test
  void aNonXmlFormatFileSkipsAndReordersFields() throws IOException {
    String format = "14.0\n3\n1 SQLCHAR 0 10 \",\" 2 name \"\"\n2 SQLCHAR 0 50 \",\" 0 skip \"\"\n"
        + "3 SQLCHAR 0 20 \"\\r\\n\" 1 id SQL_Latin1_General_CP1_CI_AS\n";
    assertThat(load("n1,zz,1\r\nn2,yy,2\r\n", format)).isEmpty();
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,n1", "2,n2");
  }

  @Test
  void aColumnNoFieldLoadsTakesItsDefaultOrNullWithKeepNulls() throws IOException {
    rows("CREATE TABLE d (id int, note varchar(9) DEFAULT 'dflt')");
    String data = file("d.txt", "7\n");
    String f = file("f.fmt", "9.0\n1\n1 SQLCHAR 0 12 \"\\n\" 1 id \"\"\n");
    rows("BULK INSERT d FROM '" + data + "' WITH (FORMATFILE = '" + f + "')");
    rows("BULK INSERT d FROM '" + data + "' WITH (FORMATFILE = '" + f + "', KEEPNULLS)");
    assertThat(rows("SELECT CONCAT(id, ':', ISNULL(note, 'null')) FROM d ORDER BY note DESC")).containsExactly("7:dflt", "7:null");
  }

  @Test
  void fixedLengthFieldsHaveNoTerminator() throws IOException {
    String format = "14.0\n3\n1 SQLCHAR 0 3 \"\" 1 id \"\"\n2 SQLCHAR 0 5 \"\" 2 name \"\"\n3 SQLCHAR 0 0 \"\\n\" 0 rest \"\"\n";
    assertThat(load("  1alpha\n 22beta \n", format)).isEmpty();
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,alpha", "22,beta ");
  }

  @Test
  void anXmlFormatFileMapsItsColumnsToTheTableInOrder() throws IOException {
    String format = XML_HEAD + " <RECORD>\n  <FIELD ID=\"1\" xsi:type=\"CharTerm\" TERMINATOR=\"|\" MAX_LENGTH=\"20\"/>\n"
        + "  <FIELD ID=\"2\" xsi:type=\"CharTerm\" TERMINATOR=\"|\"/>\n  <FIELD ID=\"3\" xsi:type=\"CharTerm\" TERMINATOR=\"\\n\"/>\n"
        + " </RECORD>\n <ROW>\n  <COLUMN SOURCE=\"3\" NAME=\"id\" xsi:type=\"SQLINT\"/>\n"
        + "  <COLUMN SOURCE=\"1\" NAME=\"name\" xsi:type=\"SQLVARYCHAR\"/>\n </ROW>\n</BCPFORMAT>\n";
    assertThat(load("alpha|x|1\nbeta|y|2\n", format)).isEmpty();
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,alpha", "2,beta");
  }

  @Test
  void sqlncharFieldsReadAUtf16File() throws IOException {
    byte[] data = "1\tä€\n".getBytes(StandardCharsets.UTF_16LE);
    rows("CREATE TABLE w (id int, name nvarchar(9))");
    String d = file("w.txt", data);
    String f = file("w.fmt", "14.0\n2\n1 SQLNCHAR 0 0 \"\\t\" 1 id \"\"\n2 SQLNCHAR 0 0 \"\\n\" 2 name \"\"\n");
    rows("BULK INSERT w FROM '" + d + "' WITH (FORMATFILE = '" + f + "')");
    assertThat(rows("SELECT id, name FROM w")).containsExactly("1,ä€");
  }

  @Test
  void conversionErrorsNameTheTableColumn() throws IOException {
    String format = "14.0\n2\n1 SQLCHAR 0 0 \",\" 2 name \"\"\n2 SQLCHAR 0 0 \"\\n\" 1 id \"\"\n";
    List<SqlMessage> errors = load("a,1\nb,x\n", format);
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo(
        "Bulk load data conversion error (type mismatch or invalid character for the specified codepage) for row 2, column 1 (id)."));
    assertThat(rows("SELECT id, name FROM t")).containsExactly("1,a");
  }

  @Test
  void malformedNonXmlFormatFilesAreTheirErrors() throws IOException {
    String ok = "1 SQLCHAR 0 0 \"\\n\" 1 id \"\"\n";
    assertThat(numbers("1\n", "x\n1\n" + ok)).containsExactly(4820);
    assertThat(numbers("1\n", "14.0\nmany\n" + ok)).containsExactly(4821);
    assertThat(numbers("1\n", "14.0\n0\n")).containsExactly(4822);
    assertThat(numbers("1\n", "14.0\n1\n2 SQLCHAR 0 0 \"\\n\" 1 id \"\"\n")).containsExactly(4823);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLSTRING 0 0 \"\\n\" 1 id \"\"\n")).containsExactly(4824);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 3 0 \"\\n\" 1 id \"\"\n")).containsExactly(4825);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 -1 \"\\n\" 1 id \"\"\n")).containsExactly(4826);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 0 \\n 1 id \"\"\n")).containsExactly(4827);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 0 \"\\n\" x id \"\"\n")).containsExactly(4828);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 0 \"\\n\" 3 id \"\"\n")).containsExactly(4828);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 0 \"\\n\" 1\n")).containsExactly(4829);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 0 0 \"\" 1 id \"\"\n")).containsExactly(4882);
    List<SqlMessage> short_ = load("1\n", "14.0\n2\n" + ok);
    assertThat(short_).singleElement().satisfies(e -> assertThat(e.text()).endsWith(
        "f.fmt\" is incomplete or could not be read. Operating system error code (null)."));
    assertThat(rows("SELECT COUNT(*) FROM t")).containsExactly("0");
  }

  @Test
  void malformedXmlFormatFilesAreTheirErrorsWithTheirLine() throws IOException {
    String field = "  <FIELD ID=\"1\" xsi:type=\"CharTerm\" TERMINATOR=\"\\n\"/>\n";
    String row = " <ROW>\n  <COLUMN SOURCE=\"1\" NAME=\"id\"/>\n </ROW>\n";
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n  <FIELDS/>\n </RECORD>\n</BCPFORMAT>\n")).containsExactly(4855);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n  <FIELD ID=\"1\" xsi:type=\"CharWhatever\"/>\n </RECORD>\n</BCPFORMAT>\n"))
        .containsExactly(4858);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n  <FIELD ID=\"1\" xsi:type=\"CharTerm\"/>\n </RECORD>\n</BCPFORMAT>\n"))
        .containsExactly(4859);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n" + field + field + " </RECORD>\n" + row + "</BCPFORMAT>\n")).containsExactly(4872);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n" + field + " </RECORD>\n" + row.replace("\"1\"", "\"2\"") + "</BCPFORMAT>\n"))
        .containsExactly(4873);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n" + field + " </RECORD>\n"
        + row.replace("</ROW>", "<COLUMN SOURCE=\"1\" NAME=\"name\"/></ROW>") + "</BCPFORMAT>\n")).containsExactly(4874);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n" + field)).containsExactly(4862);
    List<SqlMessage> missing = load("1\n", XML_HEAD + " <RECORD>\n  <FIELD xsi:type=\"CharTerm\" TERMINATOR=\",\"/>\n</RECORD></BCPFORMAT>");
    assertThat(missing).singleElement().satisfies(e -> assertThat(e.text()).matches(
        "Line 4 in format file \".*f\\.fmt\": required attribute \"ID\" is missing\\."));
  }

  @Test
  void nativeFieldsAndPrefixesAreRefused() throws IOException {
    assertThat(numbers("1\n", "14.0\n1\n1 SQLINT 0 4 \"\" 1 id \"\"\n")).containsExactly(40517);
    assertThat(numbers("1\n", "14.0\n1\n1 SQLCHAR 2 20 \"\" 1 id \"\"\n")).containsExactly(40517);
    assertThat(numbers("1\n", "14.0\n2\n1 SQLCHAR 0 0 \",\" 1 id \"\"\n2 SQLNCHAR 0 0 \"\\n\" 2 name \"\"\n")).containsExactly(40517);
    assertThat(numbers("1\n", XML_HEAD + " <RECORD>\n  <FIELD ID=\"1\" xsi:type=\"NativeFixed\" LENGTH=\"4\"/>\n </RECORD>\n</BCPFORMAT>\n"))
        .containsExactly(40517);
  }
}
