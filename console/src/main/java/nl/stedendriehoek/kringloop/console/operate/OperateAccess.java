package nl.stedendriehoek.kringloop.console.operate;

import nl.stedendriehoek.kringloop.console.security.CurrentUser;

/**
 * Who may use Operate, in one place: process owners ({@value #OWNERS}) see and change everything,
 * the kwartiermaker ({@value #READERS}) only looks; everyone else gets 403.
 */
public final class OperateAccess {

  static final String OWNERS = "procesbeheer";
  static final String READERS = "kwartiermaker";

  private OperateAccess() {}

  public static boolean mayRead(CurrentUser user) {
    return user.groups().contains(OWNERS) || user.groups().contains(READERS);
  }

  public static boolean mayChange(CurrentUser user) {
    return user.groups().contains(OWNERS);
  }
}
