package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LocalCallersOnlyTest {

  private final LocalCallersOnly filter = new LocalCallersOnly();

  private MockHttpServletResponse call(String path, String remoteAddress, String forwardedFor) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr(remoteAddress);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void aCallerOnThisMachineReachesTheApi() throws Exception {
    assertThat(call("/v2/process-instances/search", "127.0.0.1", null).getStatus()).isEqualTo(200);
  }

  @Test
  void aCallerFromAnotherMachineIsRefusedWithAProblemSayingHowToOpenTheApi() throws Exception {
    // when
    MockHttpServletResponse response = call("/v2/process-instances/search", "10.1.2.3", null);

    // then
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("kringloop.gateway.auth.method", "basic or oidc");
  }

  @Test
  void aRequestThatCameThroughAProxyIsNotLocal() throws Exception {
    assertThat(call("/v2/topology", "127.0.0.1", "203.0.113.7").getStatus()).isEqualTo(403);
  }

  @Test
  void theConsoleAndHealthAreNotTheFiltersBusiness() throws Exception {
    assertThat(call("/tasklist", "10.1.2.3", null).getStatus()).isEqualTo(200);
    assertThat(call("/actuator/health", "10.1.2.3", null).getStatus()).isEqualTo(200);
  }
}
