package nl.stedendriehoek.kringloop.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Opens one plain connection to a configured database before anything uses the pool, so an
 * unreachable server or wrong credentials end the start-up with one clear message naming the URL
 * (see {@link DatabaseUnreachableFailureAnalyzer}) rather than a pool's stack trace.
 */
@AutoConfiguration
public class DatabaseReachabilityCheck {

  private static final int LOGIN_TIMEOUT_SECONDS = 10;

  @Bean
  static BeanPostProcessor databaseReachabilityPostProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
          verify(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return bean;
      }
    };
  }

  static void verify(String url, String user, String password) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
    properties.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
    try (Connection ignored = DriverManager.getConnection(url, properties)) {
      // Reachable, and the credentials are accepted.
    } catch (SQLException e) {
      throw new DatabaseUnreachableException(url, e);
    }
  }
}
