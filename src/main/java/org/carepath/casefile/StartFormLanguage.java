package org.carepath.casefile;

import java.util.Arrays;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads {@code preferredLanguage} from an intake start form: blank is English, anything unknown is refused. */
public final class StartFormLanguage {

  private StartFormLanguage() {}

  public static Language read(VariableScope form) {
    Object value = form.getVariable("preferredLanguage");
    if (value == null || value.toString().isBlank()) {
      return Language.ENGLISH;
    }
    try {
      return Language.valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("preferredLanguage: must be one of "
          + String.join(", ", Arrays.stream(Language.values()).map(Enum::name).toList()));
    }
  }
}
