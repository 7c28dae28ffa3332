package dev.quern.engine.binder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The static types XML DML's errors quote, read off a path's last step and its positions. */
class XQueryStaticTypeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/r/a                    | element(a,xdt:untyped) *",
      "(/r/a)[1]               | element(a,xdt:untyped) ?",
      "/r[1]/a[2]              | element(a,xdt:untyped) ?",
      "/r/a/text()             | text *",
      "(/r/a/text())[1]        | text ?",
      "/r/a[1]/text()          | text *",
      "(/r/@id)[1]             | attribute(id,xdt:untypedAtomic) ?",
      "/r/attribute::id        | attribute(id,xdt:untypedAtomic) *",
      "//*                     | element(*,xdt:untyped) *",
      "/r/a[@k = \"x/y\"]       | element(a,xdt:untyped) *",
      "count(/r/a)             | xs:integer",
  })
  void quotesTheTypeOfTheLastStep(String path, String quoted) {
    assertThat(XQueryStaticType.of(path).quoted()).isEqualTo(quoted);
  }

  @Test
  void theContextAndTheRootAreTheDocument() {
    assertThat(XQueryStaticType.of(".").kind()).isEqualTo(XQueryStaticType.Kind.DOCUMENT);
    assertThat(XQueryStaticType.of("/").quoted()).isEqualTo(XQueryStaticType.DOCUMENT);
  }

  @Test
  void literalsHaveTheirSchemaTypes() {
    assertThat(XQueryStaticType.literalType("\"a\"")).isEqualTo("xs:string");
    assertThat(XQueryStaticType.literalType("12")).isEqualTo("xs:integer");
    assertThat(XQueryStaticType.literalType("1.5")).isEqualTo("xs:decimal");
    assertThat(XQueryStaticType.literalType("1e3")).isEqualTo("xs:double");
  }
}
