package nl.stedendriehoek.kringloop.console.security;

import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Form login against the participants in the domain database: their BCrypt hash, their active
 * flag, and their groups as authorities (the candidate groups of the tasks they may work on).
 */
@Service
class ParticipantUserDetailsService implements UserDetailsService {

  private final ParticipantRepository participants;

  ParticipantUserDetailsService(ParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Participant participant =
        participants
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("No participant '" + username + "'"));
    return User.withUsername(participant.username())
        .password(participant.passwordHash())
        .disabled(!participant.active())
        .authorities(participant.groups().stream().map(CurrentUser::authority).toArray(String[]::new))
        .build();
  }
}
