package nl.stedendriehoek.kringloop.console.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as the Tasklist needs it: the username (a task's assignee or candidate user) and
 * the groups (a task's candidate groups). Groups travel as authorities {@code GROUP_<name>}.
 */
public record CurrentUser(String username, Set<String> groups) {

  static final String GROUP_PREFIX = "GROUP_";

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public static CurrentUser of(Authentication authentication) {
    Set<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith(GROUP_PREFIX))
            .map(authority -> authority.substring(GROUP_PREFIX.length()))
            .collect(Collectors.toSet());
    return new CurrentUser(authentication.getName(), groups);
  }

  static String authority(String group) {
    return GROUP_PREFIX + group;
  }
}
