package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoopbackTest {

  @Test
  void shouldTreatOnlyLoopbackAddressesAsPrivate() {
    // then
    assertThat(Loopback.is("127.0.0.1")).isTrue();
    assertThat(Loopback.is("localhost")).isTrue();
    assertThat(Loopback.is("::1")).isTrue();
    assertThat(Loopback.is("0.0.0.0")).isFalse();
    assertThat(Loopback.is("192.168.1.10")).isFalse();
  }
}
