package dev.quern.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.error.SqlException;
import java.util.List;
import org.junit.jupiter.api.Test;

class XQueryPathTest {
  @Test
  void rewritesXQueryComparisonsAndLiteralsForXPath() {
    XQueryPath p = XQueryPath.compile("/a[@b eq 'x''y' and c ge 2]/d", "exist");
    assertThat(p.xpath()).isEqualTo("/a[@b = \"x'y\" and c >= 2]/d");
    assertThat(p.data()).isFalse();
    assertThat(p.attributes()).isFalse();
  }

  @Test
  void givesTheAbbreviatedStepsTheirPredicates() {
    assertThat(XQueryPath.compile(".[. = 2]", "exist").xpath()).isEqualTo("self::node()[. = 2]");
    assertThat(XQueryPath.compile("..[@k]/x", "exist").xpath()).isEqualTo("parent::node()[@k]/x");
  }

  @Test
  void knowsAnAttributeResultOnlyFromTheLastTopLevelStep() {
    assertThat(XQueryPath.compile("(/a/@b)[1]", "query").attributes()).isTrue();
    assertThat(XQueryPath.compile("/a[@b = 1]", "query").attributes()).isFalse();
    assertThat(XQueryPath.compile("child::a/attribute::b", "query").attributes()).isTrue();
  }

  @Test
  void dataAroundTheWholeExpressionIsAtomization() {
    XQueryPath p = XQueryPath.compile("data(/a/@b)", "query");
    assertThat(p.data()).isTrue();
    assertThat(p.xpath()).isEqualTo("/a/@b");
    assertThat(XQueryPath.compile("/a[data(@b) = 1]", "query").xpath()).isEqualTo("/a[(@b) = 1]");
  }

  @Test
  void sqlVariablesAndColumnsBecomeXPathVariablesInOrder() {
    XQueryPath p = XQueryPath.compile("/a[@id = sql:variable(\"@id\") or @k = sql:column('t.k')]", "nodes");
    assertThat(p.xpath()).isEqualTo("/a[@id = $q0 or @k = $q1]");
    assertThat(p.externals())
        .containsExactly(new XQueryPath.External(false, "@id"), new XQueryPath.External(true, "t.k"));
  }

  @Test
  void isLocalOnlyWhenItStaysBelowItsContextNode() {
    assertThat(XQueryPath.compile("(sku/text())[1]", "value").local()).isTrue();
    assertThat(XQueryPath.compile("item[@n > count(b)]", "nodes").local()).isTrue();
    assertThat(XQueryPath.compile("../@k", "value").local()).isFalse();
    assertThat(XQueryPath.compile("a[@n = /r/@n]", "exist").local()).isFalse();
    assertThat(XQueryPath.compile("parent::r", "exist").local()).isFalse();
  }

  @Test
  void refusesWhatLiesOutsideTheSubsetByNumber() {
    for (var c : List.of(
        List.of("/a[", "2209"), List.of("/a)", "2370"), List.of("/a/preceding::b", "9335"),
        List.of("/a/up::b", "2392"), List.of("/a | /b", "9335"),
        List.of("/a[b < c]", "40517"), List.of("count(/a) * 2", "40517"), List.of("/a[@n div 2 = 1]", "40517"),
        List.of("", "6306"),
        List.of("translate(/a, 'a', 'b')", "2395"), List.of("/x:a", "2229"),
        List.of("let $a := /a return $a", "40517"), List.of("(/a, /b)", "40517"), List.of("<a/>", "40517"))) {
      assertThatThrownBy(() -> XQueryPath.compile(c.get(0), "query"))
          .as(c.get(0))
          .isInstanceOfSatisfying(
              SqlException.class, e -> assertThat(e.number()).isEqualTo(Integer.parseInt(c.get(1))));
    }
  }
}
