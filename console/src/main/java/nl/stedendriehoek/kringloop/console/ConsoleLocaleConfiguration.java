package nl.stedendriehoek.kringloop.console;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Dutch first: the users' language. English when the browser asks for it. */
@Configuration(proxyBeanMethods = false)
class ConsoleLocaleConfiguration {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(DUTCH);
    resolver.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
    return resolver;
  }
}
