package nl.stedendriehoek.kringloop.workers.focus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One focus point: a theme, a concrete project idea, the lead municipality and who joins (fully or
 * on parts), tagged with the objectives it serves.
 */
@Entity
@Table(schema = "domain", name = "focus_point")
public class FocusPoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proposal_id")
  private FocusProposal proposal;

  @Column(nullable = false)
  private short position;

  @Column(name = "theme_number", nullable = false)
  private short themeNumber;

  @Column(name = "project_idea", nullable = false)
  private String projectIdea;

  @Column(name = "lead_municipality_code", nullable = false)
  private String leadMunicipalityCode;

  private String parts;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "focus_point_participation",
      joinColumns = @JoinColumn(name = "focus_point_id"))
  private List<Participation> participations = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "focus_point_objective",
      joinColumns = @JoinColumn(name = "focus_point_id"))
  @Column(name = "objective_number")
  private Set<Short> objectives = new TreeSet<>();

  protected FocusPoint() {}

  FocusPoint(FocusProposal proposal, int position, FocusPointDraft draft) {
    this.proposal = proposal;
    this.position = (short) position;
    this.themeNumber = draft.theme().shortValue();
    this.projectIdea = draft.projectIdea();
    this.leadMunicipalityCode = draft.lead();
    this.parts = draft.parts();
    draft.participants().stream()
        .distinct()
        .forEach(code -> participations.add(new Participation(code, ParticipationScope.VOLLEDIG)));
    draft.partParticipants().stream()
        .distinct()
        .forEach(
            code -> participations.add(new Participation(code, ParticipationScope.ONDERDELEN)));
    draft.objectives().forEach(number -> objectives.add(number.shortValue()));
  }

  boolean sameAs(FocusPointDraft draft) {
    return themeNumber == draft.theme()
        && projectIdea.equals(draft.projectIdea())
        && leadMunicipalityCode.equals(draft.lead())
        && Objects.equals(parts, draft.parts())
        && codes(ParticipationScope.VOLLEDIG).equals(new TreeSet<>(draft.participants()))
        && codes(ParticipationScope.ONDERDELEN).equals(new TreeSet<>(draft.partParticipants()))
        && objectives().equals(new TreeSet<>(draft.objectives()));
  }

  private Set<String> codes(ParticipationScope scope) {
    Set<String> codes = new TreeSet<>();
    participations.stream()
        .filter(participation -> participation.scope() == scope)
        .forEach(participation -> codes.add(participation.municipalityCode()));
    return codes;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public int themeNumber() {
    return themeNumber;
  }

  public String projectIdea() {
    return projectIdea;
  }

  public String leadMunicipalityCode() {
    return leadMunicipalityCode;
  }

  public String parts() {
    return parts;
  }

  public List<Participation> participations() {
    return List.copyOf(participations);
  }

  public Set<Integer> objectives() {
    Set<Integer> numbers = new TreeSet<>();
    objectives.forEach(number -> numbers.add((int) number));
    return numbers;
  }
}
