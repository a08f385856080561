package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposureWarningTest {

  @Test
  void shouldTreatOnlyLoopbackAddressesAsPrivate() {
    // then
    assertThat(ExposureWarning.isLoopback("127.0.0.1")).isTrue();
    assertThat(ExposureWarning.isLoopback("localhost")).isTrue();
    assertThat(ExposureWarning.isLoopback("::1")).isTrue();
    assertThat(ExposureWarning.isLoopback("0.0.0.0")).isFalse();
    assertThat(ExposureWarning.isLoopback("192.168.1.10")).isFalse();
  }
}
