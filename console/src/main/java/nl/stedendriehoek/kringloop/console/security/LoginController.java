package nl.stedendriehoek.kringloop.console.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page: username and password, plus a button per configured OIDC provider. */
@Controller
class LoginController {

  private final ObjectProvider<ClientRegistrationRepository> oidcRegistrations;

  LoginController(ObjectProvider<ClientRegistrationRepository> oidcRegistrations) {
    this.oidcRegistrations = oidcRegistrations;
  }

  record OidcProvider(String name, String url) {}

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("oidcProviders", providers());
    return "login";
  }

  private List<OidcProvider> providers() {
    List<OidcProvider> providers = new ArrayList<>();
    if (oidcRegistrations.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object each : registrations) {
        ClientRegistration registration = (ClientRegistration) each;
        providers.add(new OidcProvider(
            registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
      }
    }
    return providers;
  }
}
