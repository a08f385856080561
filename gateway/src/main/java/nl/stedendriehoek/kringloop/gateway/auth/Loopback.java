package nl.stedendriehoek.kringloop.gateway.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an address to bind to is reachable from this machine only. */
public final class Loopback {

  private Loopback() {}

  public static boolean is(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
