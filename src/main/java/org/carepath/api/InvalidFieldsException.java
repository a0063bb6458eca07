package org.carepath.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused by a service, each offending field named by its path ({@code actions[0].keyworker.email}).
 * The API answers {@code 400} like a refused request body; the message lists every field and reason,
 * for callers outside the API (a task listener, say).
 */
public class InvalidFieldsException extends RuntimeException {

  public record Field(String field, String message) {}

  private final transient List<Field> fields;

  public InvalidFieldsException(List<Field> fields) {
    super(fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
    this.fields = List.copyOf(fields);
  }

  public List<Field> fields() {
    return fields;
  }
}
