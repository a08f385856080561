package nl.stedendriehoek.kringloop.workers.document;

import static nl.stedendriehoek.kringloop.workers.document.Xhtml.escape;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoint;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposal;
import nl.stedendriehoek.kringloop.workers.focus.Participation;
import nl.stedendriehoek.kringloop.workers.focus.ParticipationScope;

/** One round of the focus proposal as a document (Dutch), for the advice and the AB. */
final class ProposalDocument {

  private final FocusProposal proposal;
  private final Map<Integer, String> themeNames;
  private final Map<String, String> municipalityNames;
  private final Map<Integer, String> objectiveNames;

  ProposalDocument(
      FocusProposal proposal,
      Map<Integer, String> themeNames,
      Map<String, String> municipalityNames,
      Map<Integer, String> objectiveNames) {
    this.proposal = proposal;
    this.themeNames = themeNames;
    this.municipalityNames = municipalityNames;
    this.objectiveNames = objectiveNames;
  }

  String title() {
    return "Focusvoorstel " + proposal.yearCode() + " (ronde " + proposal.round() + ")";
  }

  String xhtml() {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title())).append("</h1>");
    body.append(
            "<p class=\"meta\">Voorstel van de kwartiermaker Samenwerking Circulaire Economie &amp;"
                + " ")
        .append("Grondstoffen aan de gemeenten en het Algemeen Bestuur van Regio Stedendriehoek: ")
        .append(proposal.points().size())
        .append(" van maximaal 3 focuspunten.</p>");
    for (FocusPoint point : proposal.points()) {
      body.append("<h2>Focuspunt ")
          .append(point.position())
          .append(": ")
          .append(escape(themeNames.get(point.themeNumber())))
          .append("</h2>");
      body.append("<table>");
      row(body, "Projectidee", point.projectIdea());
      row(body, "Trekker", municipalityNames.get(point.leadMunicipalityCode()));
      row(body, "Doen volledig mee", names(point.participations(), ParticipationScope.VOLLEDIG));
      row(
          body,
          "Doen mee op onderdelen",
          names(point.participations(), ParticipationScope.ONDERDELEN));
      row(body, "Onderdelen", point.parts());
      row(
          body,
          "Doelstellingen",
          point.objectives().stream()
              .map(number -> number + ". " + objectiveNames.get(number))
              .collect(Collectors.joining("; ")));
      body.append("</table>");
    }
    return Xhtml.page(title(), body.toString());
  }

  private String names(List<Participation> participations, ParticipationScope scope) {
    return participations.stream()
        .filter(participation -> participation.scope() == scope)
        .map(participation -> municipalityNames.get(participation.municipalityCode()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static void row(StringBuilder body, String label, String value) {
    body.append("<tr><th style=\"width: 25%\">")
        .append(escape(label))
        .append("</th><td>")
        .append(escape(value == null || value.isBlank() ? "-" : value))
        .append("</td></tr>");
  }
}
