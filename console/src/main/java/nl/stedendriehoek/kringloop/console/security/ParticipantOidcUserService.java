package nl.stedendriehoek.kringloop.console.security;

import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC login (e.g. a municipality's identity provider): the provider proves who someone is, the
 * domain database says which participant that is and which groups they have. The participant is
 * found by the {@code preferred_username} claim, else by e-mail address; someone the domain does
 * not know, or who is deactivated, is refused.
 */
class ParticipantOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService delegate = new OidcUserService();
  private final ParticipantRepository participants;

  ParticipantOidcUserService(ParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = delegate.loadUser(request);
    Participant participant =
        find(user.getPreferredUsername())
            .or(() -> participants.findAllByOrderByUsername().stream()
                .filter(p -> p.email().equalsIgnoreCase(String.valueOf(user.getEmail())))
                .findFirst())
            .filter(Participant::active)
            .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                "unknown_participant", "No active participant for OIDC subject " + user.getSubject(), null)));
    List<SimpleGrantedAuthority> authorities =
        participant.groups().stream().map(CurrentUser::authority).map(SimpleGrantedAuthority::new).toList();
    return new ParticipantOidcUser(authorities, user, participant.username());
  }

  private Optional<Participant> find(String username) {
    return username == null ? Optional.empty() : participants.findByUsername(username);
  }

  /** The OIDC user, named after the participant so tasks are assigned to the domain username. */
  static final class ParticipantOidcUser extends DefaultOidcUser {
    private final String username;

    ParticipantOidcUser(List<SimpleGrantedAuthority> authorities, OidcUser user, String username) {
      super(authorities, user.getIdToken(), user.getUserInfo());
      this.username = username;
    }

    @Override
    public String getName() {
      return username;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParticipantOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
      return 31 * super.hashCode() + username.hashCode();
    }
  }
}
