package nl.stedendriehoek.kringloop.workers.participant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Participants' passwords are stored BCrypt-hashed, never in plain text. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
