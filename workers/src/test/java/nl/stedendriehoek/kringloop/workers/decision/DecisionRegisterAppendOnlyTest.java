package nl.stedendriehoek.kringloop.workers.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoints;
import nl.stedendriehoek.kringloop.workers.focus.FocusWorker;
import nl.stedendriehoek.kringloop.workers.scan.ScanWorker;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The decisions register can only grow: the entity cannot change and the database refuses to. */
@SpringBootTest
class DecisionRegisterAppendOnlyTest {

  @Autowired DecisionWorker worker;
  @Autowired FocusWorker focus;
  @Autowired YearWorker years;
  @Autowired ScanWorker scans;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldRejectAnUpdateOfARegisteredDecisionInTheDatabase() {
    // given
    long id = registeredDecision();

    // when / then
    assertThatThrownBy(
            () -> jdbc.update("UPDATE domain.decision SET outcome = 'AFGEWEZEN' WHERE id = ?", id))
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM domain.decision WHERE id = ?", String.class, id))
        .isEqualTo("GOEDGEKEURD");
  }

  @Test
  void shouldRejectADeleteOfARegisteredDecisionInTheDatabase() {
    // given
    long id = registeredDecision();

    // when / then
    assertThatThrownBy(() -> jdbc.update("DELETE FROM domain.decision WHERE id = ?", id))
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domain.decision WHERE id = ?", Integer.class, id))
        .isEqualTo(1);
  }

  @Test
  void shouldRejectTruncatingTheRegister() {
    // given
    registeredDecision();

    // when / then
    assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain.decision CASCADE"))
        .hasMessageContaining("append-only");
  }

  @Test
  void shouldOfferNoWayToChangeADecisionInJava() {
    // when
    Method[] publicMethods =
        Arrays.stream(Decision.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .toArray(Method[]::new);

    // then
    assertThat(publicMethods).isNotEmpty().allMatch(method -> method.getParameterCount() == 0);
    assertThat(Decision.class.getConstructors()).isEmpty();
    assertThat(Arrays.stream(DecisionRepository.class.getMethods()).map(Method::getName))
        .noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
  }

  private long registeredDecision() {
    String year = TestYears.register(years, TestYears.ALL);
    scans.aggregate(year);
    focus.validate(year, FocusPoints.validProposal());
    Map<String, Object> result =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "ab");
    return (Long) result.get("besluitId");
  }
}
