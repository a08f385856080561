package nl.stedendriehoek.kringloop.workers.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;
import org.junit.jupiter.api.Test;

/** What the AB may carry over with each go/no-go outcome. */
class GoNoGoCheckTest {

  private static final List<String> NOW = List.of("deventer", "epe", "zutphen");
  private static final Map<Integer, String> LEADS = Map.of(1, "deventer", 2, "zutphen");

  private static GoNoGoCheck.Outcome check(DecisionOutcome outcome, List<String> municipalities,
      List<Integer> points) {
    return GoNoGoCheck.check(Optional.ofNullable(outcome), NOW, municipalities, LEADS, points);
  }

  @Test
  void continuingCarriesEveryoneAndEveryFocusPoint() {
    GoNoGoCheck.Outcome outcome = check(DecisionOutcome.VOORTZETTEN, List.of(), List.of());

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.carryOver().orElseThrow().municipalities()).containsExactly("deventer", "epe", "zutphen");
    assertThat(outcome.carryOver().orElseThrow().focusPoints()).containsExactly(1, 2);
  }

  @Test
  void expandingMustAddAMunicipalityAndDropNone() {
    assertThat(check(DecisionOutcome.UITBREIDEN, NOW, List.of()).errors())
        .containsExactly("Bij uitbreiden komen er gemeenten bij en valt er geen af.");
    assertThat(check(DecisionOutcome.UITBREIDEN, List.of("deventer", "epe", "lochem"), List.of()).errors())
        .containsExactly("Bij uitbreiden komen er gemeenten bij en valt er geen af.",
            "Focuspunt 2: de trekker (zutphen) doet volgend jaar niet mee.");
    assertThat(check(DecisionOutcome.UITBREIDEN, List.of("deventer", "epe", "zutphen", "lochem"), List.of())
        .carryOver().orElseThrow().municipalities()).contains("lochem");
  }

  @Test
  void scalingDownKeepsFewerButEveryKeptPointKeepsItsLead() {
    assertThat(check(DecisionOutcome.AFSCHALEN, NOW, List.of(1, 2)).errors())
        .containsExactly("Bij afschalen vallen er gemeenten of focuspunten af.");
    assertThat(check(DecisionOutcome.AFSCHALEN, List.of("deventer", "epe"), List.of(1, 2)).errors())
        .containsExactly("Focuspunt 2: de trekker (zutphen) doet volgend jaar niet mee.");
    assertThat(check(DecisionOutcome.AFSCHALEN, List.of("deventer", "epe"), List.of(1)).carryOver().orElseThrow())
        .isEqualTo(new GoNoGoCheck.CarryOver(List.of("deventer", "epe"), List.of(1)));
  }

  @Test
  void stoppingCarriesNothingAndAMissingOrFocusGateOutcomeIsRefused() {
    assertThat(check(DecisionOutcome.STOPPEN, List.of(), List.of())).isEqualTo(
        new GoNoGoCheck.Outcome(Optional.empty(), List.of()));
    assertThat(check(null, List.of(), List.of()).errors())
        .containsExactly("Kies voortzetten, uitbreiden, afschalen of stoppen.");
    assertThat(check(DecisionOutcome.GOEDGEKEURD, List.of(), List.of()).errors())
        .containsExactly("Kies voortzetten, uitbreiden, afschalen of stoppen.");
  }

  @Test
  void focusPointsOfAnotherYearAreRefused() {
    assertThat(check(DecisionOutcome.AFSCHALEN, List.of("deventer"), List.of(1, 7)).errors())
        .contains("Kies alleen focuspunten van dit jaar.");
  }
}
