package nl.stedendriehoek.kringloop.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A TCP port on loopback that is free now: for "any free port" configurations and tests. */
public final class LoopbackPort {

  private LoopbackPort() {}

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on loopback: " + e.getMessage(), e);
    }
  }
}
