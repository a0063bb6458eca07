package org.carepath.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * carepath's API errors: JSON with a message and, for bad input, every offending field by its path
 * ({@code child.nhsNumber}). Nothing is stored when a request is refused.
 */
@RestControllerAdvice(basePackages = "org.carepath")
class ApiErrors {

  record FieldError(String field, String message) {}

  record ErrorBody(int status, String message, List<FieldError> errors) {}

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField().replaceAll("\\[(\\d+)]", "[$1]"), f.getDefaultMessage()))
        .toList();
    return invalidFields(errors);
  }

  @ExceptionHandler(InvalidFieldsException.class)
  ResponseEntity<ErrorBody> invalid(InvalidFieldsException e) {
    return invalidFields(e.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return body(HttpStatus.BAD_REQUEST, "Invalid fields: " + field,
          List.of(new FieldError(field, "has a wrong type or is not a known field")));
    }
    return body(HttpStatus.BAD_REQUEST, "The body is not valid JSON", List.of());
  }

  /** A path or query parameter of the wrong type ({@code /services/abc}, {@code includeRetired=maybe}). */
  @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
    return invalidFields(List.of(new FieldError(e.getName(), "has a wrong type or is out of range")));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json", List.of());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ErrorBody> status(ResponseStatusException e) {
    return body(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), List.of());
  }

  /**
   * Two people (or a person and a background job) changed the same case at the same moment: the
   * later one is refused whole, nothing of it is stored, and may simply try again.
   */
  @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
      org.springframework.dao.OptimisticLockingFailureException.class})
  ResponseEntity<ErrorBody> conflict(RuntimeException e) {
    return body(HttpStatus.CONFLICT, "The case was changed by someone else at the same moment: read it again and retry",
        List.of());
  }

  private static ResponseEntity<ErrorBody> invalidFields(List<FieldError> unsorted) {
    List<FieldError> errors = unsorted.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
    return body(HttpStatus.BAD_REQUEST, "Invalid fields: " + fields, errors);
  }

  private static ResponseEntity<ErrorBody> body(HttpStatus status, String message, List<FieldError> errors) {
    return ResponseEntity.status(status).body(new ErrorBody(status.value(), message, errors));
  }
}
