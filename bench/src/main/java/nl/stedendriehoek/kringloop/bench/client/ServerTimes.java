package nl.stedendriehoek.kringloop.bench.client;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server time of each REST request (from the servlet filter chain's start to the written
 * response), per path, so the figures exclude the client's own JSON handling.
 */
final class ServerTimes extends OncePerRequestFilter {

  private final Map<String, ConcurrentLinkedQueue<Double>> millis = new ConcurrentHashMap<>();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      millis.computeIfAbsent(request.getRequestURI(), path -> new ConcurrentLinkedQueue<>())
          .add((System.nanoTime() - start) / 1e6);
    }
  }

  void reset() {
    millis.clear();
  }

  List<Double> of(String path) {
    return new ArrayList<>(millis.getOrDefault(path, new ConcurrentLinkedQueue<>()));
  }
}
