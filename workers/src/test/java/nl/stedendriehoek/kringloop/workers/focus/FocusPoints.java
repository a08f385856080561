package nl.stedendriehoek.kringloop.workers.focus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Focus points as the proposal form submits them ({@code focuspunten} entries). */
public final class FocusPoints {

  private FocusPoints() {}

  public static Map<String, Object> point(
      String theme, String idea, String lead, List<String> participants) {
    return point(theme, idea, lead, participants, List.of(), null);
  }

  public static Map<String, Object> point(
      String theme,
      String idea,
      String lead,
      List<String> participants,
      List<String> onParts,
      String parts) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("thema", theme);
    point.put("projectidee", idea);
    point.put("trekker", lead);
    point.put("deelnemers", participants);
    point.put("deelnemersOpOnderdelen", onParts);
    point.put("onderdelen", parts);
    point.put("doelstellingen", List.of("3", "5"));
    return point;
  }

  public static List<Map<String, Object>> validProposal() {
    return List.of(
        point(
            "4",
            "Circulaire onderwijshuisvesting",
            "deventer",
            List.of("deventer", "zutphen", "lochem")),
        point(
            "3",
            "Gedeeld materialendepot",
            "apeldoorn",
            List.of("apeldoorn", "epe"),
            List.of("heerde"),
            "Heerde levert materialen aan, maar beheert het depot niet."));
  }
}
