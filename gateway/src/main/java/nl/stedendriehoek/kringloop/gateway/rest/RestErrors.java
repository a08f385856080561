package nl.stedendriehoek.kringloop.gateway.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.stedendriehoek.kringloop.engine.api.AlreadyExistsException;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every failure of {@code /v2} as an RFC 9457 problem ({@code application/problem+json}) with
 * the status codes Camunda 8 uses, so the client raises its usual {@code ProblemException}. The
 * title is the Zeebe rejection kind; the detail says what was wrong; no stack trace leaves.
 */
@RestControllerAdvice(basePackageClasses = RestErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestErrors {

  private static final Logger log = LoggerFactory.getLogger(RestErrors.class);

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage(), request);
  }

  @ExceptionHandler(InvalidArgumentException.class)
  ResponseEntity<ProblemDetail> invalidArgument(InvalidArgumentException e, HttpServletRequest request) {
    String detail = e.details().isEmpty() ? e.getMessage() : e.getMessage() + "\n" + String.join("\n", e.details());
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", detail, request);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage(), request);
  }

  @ExceptionHandler(AlreadyExistsException.class)
  ResponseEntity<ProblemDetail> alreadyExists(AlreadyExistsException e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, "ALREADY_EXISTS", e.getMessage(), request);
  }

  @ExceptionHandler(InvalidStateException.class)
  ResponseEntity<ProblemDetail> invalidState(InvalidStateException e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, "INVALID_STATE", e.getMessage(), request);
  }

  @ExceptionHandler(NotSupportedYetException.class)
  ResponseEntity<ProblemDetail> notSupported(NotSupportedYetException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_IMPLEMENTED, "NOT_IMPLEMENTED", e.getMessage(), request);
  }

  @ExceptionHandler(TimeoutException.class)
  ResponseEntity<ProblemDetail> timeout(TimeoutException e, HttpServletRequest request) {
    return problem(HttpStatus.GATEWAY_TIMEOUT, "DEADLINE_EXCEEDED", e.getMessage(), request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
        "Expected the upload to be at most " + e.getMaxUploadSize() + " bytes, but it is larger", request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
        "Expected a multipart/form-data request with 'resources' parts: " + e.getMessage(), request);
  }

  /** Spring MVC's own rejections (wrong method, media type, missing part, path variable type …). */
  @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class,
      org.springframework.beans.TypeMismatchException.class,
      org.springframework.http.converter.HttpMessageNotReadableException.class})
  ResponseEntity<ProblemDetail> framework(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse response) {
      HttpStatusCode status = response.getStatusCode();
      String detail = response.getBody().getDetail() != null ? response.getBody().getDetail() : e.getMessage();
      return problem(status, status.is4xxClientError() ? "INVALID_ARGUMENT" : "INTERNAL_ERROR", detail, request);
    }
    if (e instanceof org.springframework.beans.TypeMismatchException mismatch) {
      return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", "Expected '" + mismatch.getPropertyName()
          + "' to be of type " + mismatch.getRequiredType() + ", but got '" + mismatch.getValue() + "'", request);
    }
    if (e instanceof jakarta.servlet.ServletException) {
      return unexpected(e, request);
    }
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", "Unreadable request: " + e.getMessage(), request);
  }

  @ExceptionHandler({CompletionException.class, ExecutionException.class})
  ResponseEntity<ProblemDetail> unwrap(Exception e, HttpServletRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof NotFoundException c) {
      return notFound(c, request);
    } else if (cause instanceof InvalidArgumentException c) {
      return invalidArgument(c, request);
    } else if (cause instanceof InvalidRequestException c) {
      return invalidRequest(c, request);
    } else if (cause instanceof InvalidStateException c) {
      return invalidState(c, request);
    } else if (cause instanceof TimeoutException c) {
      return timeout(c, request);
    }
    return unexpected(e, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
        "Unexpected error while handling the request: " + e.getClass().getSimpleName(), request);
  }

  static ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
