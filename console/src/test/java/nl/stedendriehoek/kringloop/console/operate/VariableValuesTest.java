package nl.stedendriehoek.kringloop.console.operate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableValuesTest {

  @Test
  void shouldKeepTypedJsonAsItIs() {
    // when / then
    assertThat(VariableValues.asJson("4")).isEqualTo("4");
    assertThat(VariableValues.asJson("true")).isEqualTo("true");
    assertThat(VariableValues.asJson("\"CE-2026\"")).isEqualTo("\"CE-2026\"");
    assertThat(VariableValues.asJson("{\"a\": 1}")).isEqualTo("{\"a\": 1}");
  }

  @Test
  void shouldReadAnythingElseAsAString() {
    // when / then
    assertThat(VariableValues.asJson("CE-2026")).isEqualTo("\"CE-2026\"");
    assertThat(VariableValues.asJson("2026-01-01")).as("a number followed by more is not JSON").isEqualTo("\"2026-01-01\"");
    assertThat(VariableValues.asJson("zeg \"hoi\"")).isEqualTo("\"zeg \\\"hoi\\\"\"");
  }

  @Test
  void shouldAcceptOnlyCompleteJsonAsAnEditedValue() {
    // when / then
    assertThat(VariableValues.isJson("\"jaarverslag\"")).isTrue();
    assertThat(VariableValues.isJson("[1, 2]")).isTrue();
    assertThat(VariableValues.isJson("jaarverslag")).isFalse();
    assertThat(VariableValues.isJson("{niet: json")).isFalse();
    assertThat(VariableValues.isJson("1 2")).isFalse();
    assertThat(VariableValues.isJson(" ")).isFalse();
  }
}
