package nl.stedendriehoek.kringloop.workers.year;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a year after checking what the kwartiermaker filled in. */
@Service
public class YearService {

  private final YearRepository years;
  private final MunicipalityRepository municipalities;
  private final Deadlines deadlines;
  private final Clock clock;

  public YearService(
      YearRepository years,
      MunicipalityRepository municipalities,
      Deadlines deadlines,
      ObjectProvider<Clock> clocks) {
    this.years = years;
    this.municipalities = municipalities;
    this.deadlines = deadlines;
    this.clock = DomainClock.of(clocks);
  }

  /** The outcome: the registered year, or the reasons (in Dutch, for the form) it was refused. */
  public record Outcome(Optional<Year> year, List<String> errors) {}

  /**
   * Registers the year, or returns the existing one when the same registration arrives again (a
   * redelivered job). A different registration under an existing code is refused.
   */
  @Transactional
  public Outcome register(YearRegistration registration) {
    List<String> errors = validate(registration);
    if (!errors.isEmpty()) {
      return new Outcome(Optional.empty(), errors);
    }
    Optional<Year> existing = years.findByCode(registration.code());
    if (existing.isPresent()) {
      return existing.get().sameAs(registration)
          ? new Outcome(existing, List.of())
          : new Outcome(
              Optional.empty(),
              List.of("Jaar " + registration.code() + " is al gestart met andere gegevens."));
    }
    return new Outcome(Optional.of(years.save(new Year(registration, clock.instant()))), List.of());
  }

  private List<String> validate(YearRegistration registration) {
    List<String> errors = new ArrayList<>();
    if (registration.code() == null || !registration.code().matches("CE-\\d{4}")) {
      errors.add("Het jaar moet de vorm CE-2026 hebben.");
    }
    Set<String> known =
        municipalities.findAllByOrderByName().stream()
            .map(Municipality::code)
            .collect(Collectors.toSet());
    if (registration.municipalities().isEmpty()) {
      errors.add("Kies minstens één deelnemende gemeente.");
    }
    registration.municipalities().stream()
        .filter(code -> !known.contains(code))
        .forEach(code -> errors.add("Onbekende gemeente: '" + code + "'."));
    if (registration.scanDeadline() == null
        || registration.proposalDeadline() == null
        || registration.yearEnd() == null) {
      errors.add("Vul de deadline van de themascan, van het focusvoorstel en het jaareinde in.");
      return errors;
    }
    if (!registration.scanDeadline().isAfter(deadlines.today())) {
      errors.add("De deadline van de themascan moet na vandaag liggen.");
    }
    if (registration.proposalDeadline().isBefore(registration.scanDeadline())) {
      errors.add("De deadline van het focusvoorstel ligt vóór de deadline van de themascan.");
    }
    if (registration.yearEnd().isBefore(registration.proposalDeadline())) {
      errors.add("Het jaareinde ligt vóór de deadline van het focusvoorstel.");
    }
    return errors;
  }
}
