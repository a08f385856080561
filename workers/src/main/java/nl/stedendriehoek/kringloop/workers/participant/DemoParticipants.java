package nl.stedendriehoek.kringloop.workers.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo participants, one or more for every group, so a first start can be explored at once. Only
 * in the embedded default (no external database configured); each is created once and never
 * overwritten, so a changed password survives restarts.
 */
@Component
@ConditionalOnExpression(
    "'${spring.datasource.url:}'.isEmpty() and ${kringloop.demo-data.enabled:true}")
public class DemoParticipants implements ApplicationRunner {

  /** Documented in the README; only ever used for the demo accounts. */
  public static final String DEMO_PASSWORD = "kringloop-demo";

  static final String EMAIL_DOMAIN = "@demo.kringloop.example";

  private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

  private final ParticipantRepository participants;
  private final MunicipalityRepository municipalities;
  private final PasswordEncoder passwordEncoder;

  public DemoParticipants(
      ParticipantRepository participants,
      MunicipalityRepository municipalities,
      PasswordEncoder passwordEncoder) {
    this.participants = participants;
    this.municipalities = municipalities;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int created = 0;
    for (DemoAccount account : accounts()) {
      if (!participants.existsByUsername(account.username())) {
        participants.save(
            new Participant(
                account.username(),
                account.displayName(),
                account.username() + EMAIL_DOMAIN,
                account.municipalityCode(),
                passwordEncoder.encode(DEMO_PASSWORD),
                account.groups()));
        created++;
      }
    }
    if (created > 0) {
      log.info("Created {} demo participants (password '{}')", created, DEMO_PASSWORD);
    }
  }

  List<DemoAccount> accounts() {
    List<DemoAccount> accounts = new ArrayList<>();
    accounts.add(new DemoAccount("kwartiermaker", "Kwartiermaker Circulaire Economie", null, Set.of("kwartiermaker")));
    for (Municipality municipality : municipalities.findAllByOrderByName()) {
      accounts.add(
          new DemoAccount(
              municipality.code(),
              "Ambtenaar " + municipality.name(),
              municipality.code(),
              Set.of(municipality.candidateGroup())));
    }
    accounts.add(new DemoAccount("bestuurder", "Wethouder (bestuurlijk overleg)", null, Set.of("bestuurders")));
    accounts.add(new DemoAccount("ab", "Lid Algemeen Bestuur", null, Set.of("ab")));
    accounts.add(new DemoAccount("stakeholder", "Stakeholder (Circulus)", null, Set.of("stakeholders")));
    accounts.add(new DemoAccount("procesbeheer", "Procesbeheerder", null, Set.of("procesbeheer")));
    return accounts;
  }

  record DemoAccount(String username, String displayName, String municipalityCode, Set<String> groups) {}
}
