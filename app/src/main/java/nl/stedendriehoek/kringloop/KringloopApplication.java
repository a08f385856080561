package nl.stedendriehoek.kringloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Kringloop as one process: the engine (Camunda 8 API), the workers and the console, on the
 * embedded PostgreSQL unless {@code SPRING_DATASOURCE_URL} points elsewhere. Lives in the root
 * package so that every module's components, entities and repositories are found.
 */
@SpringBootApplication
public class KringloopApplication {

  public static void main(String[] args) {
    SpringApplication.run(KringloopApplication.class, args);
  }
}
