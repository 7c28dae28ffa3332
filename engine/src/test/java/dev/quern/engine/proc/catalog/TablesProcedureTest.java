package dev.quern.engine.proc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablesProcedureTest {
  @Test
  void readsTheTypeListInEachQuotingDriversSend() {
    // mssql-jdbc sends '''TABLE'',''VIEW''' as the value; FreeTDS 'TABLE','VIEW'; people TABLE.
    assertThat(TablesProcedure.types("'''TABLE'',''VIEW'''")).containsExactlyInAnyOrder("TABLE", "VIEW");
    assertThat(TablesProcedure.types("'TABLE','VIEW'")).containsExactlyInAnyOrder("TABLE", "VIEW");
    assertThat(TablesProcedure.types("\"'view'\"")).containsExactly("VIEW");
    assertThat(TablesProcedure.types("SYSTEM TABLE")).containsExactly("SYSTEM TABLE");
  }

  @Test
  void noTypeListMeansEveryType() {
    assertThat(TablesProcedure.types(null)).isNull();
  }

  @Test
  void namePatternsAreLikePatternsIgnoringCaseUnlessTurnedOff() {
    assertThat(CatalogScope.compile("cp[_]%", true).matcher("CP_parent").matches()).isTrue();
    assertThat(CatalogScope.compile("cp[_]%", true).matcher("cpXparent").matches()).isFalse();
    assertThat(CatalogScope.compile("cp_%", false).matcher("cp_parent").matches()).isFalse();
    assertThat(CatalogScope.compile("cp_%", false).matcher("CP_%").matches()).isTrue();
    assertThat(CatalogScope.compile(null, true)).isNull();
  }
}
