package nl.stedendriehoek.kringloop.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoint;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposal;
import nl.stedendriehoek.kringloop.workers.focus.Participation;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;

/**
 * The focus points of the year's latest proposal round and who takes part in each: per point and
 * municipality "trekker" (lead), "volledig" (joins fully), "onderdelen" (joins parts) or nothing.
 */
record FocusMatrix(int round, String status, List<Municipality> municipalities, List<Point> points) {

  record Point(int position, int theme, String themeName, String projectIdea, String lead, List<String> roles) {}

  static FocusMatrix of(FocusProposal proposal, List<Municipality> municipalities, List<String> themeNames) {
    List<Point> points = new ArrayList<>();
    for (FocusPoint point : proposal.points()) {
      List<String> roles = municipalities.stream().map(m -> role(point, m.code())).toList();
      String themeName = point.themeNumber() >= 1 && point.themeNumber() <= themeNames.size()
          ? themeNames.get(point.themeNumber() - 1) : String.valueOf(point.themeNumber());
      points.add(new Point(point.position(), point.themeNumber(), themeName, point.projectIdea(),
          point.leadMunicipalityCode(), roles));
    }
    return new FocusMatrix(proposal.round(), proposal.status().name(), List.copyOf(municipalities), List.copyOf(points));
  }

  private static String role(FocusPoint point, String municipality) {
    if (point.leadMunicipalityCode().equals(municipality)) {
      return "trekker";
    }
    return point.participations().stream()
        .filter(p -> p.municipalityCode().equals(municipality))
        .map(Participation::scope)
        .map(scope -> scope.name().toLowerCase(java.util.Locale.ROOT))
        .findFirst()
        .orElse("");
  }
}
