package org.carepath.referral;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line of text: no control characters (CR, LF, NUL...) and no bidirectional overrides. With
 * {@code multiLine}, line breaks and tabs are allowed (a reason of several paragraphs), the rest is not:
 * PostgreSQL cannot store NUL in text at all.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

  String message() default "must be one line without control characters";

  /** Line breaks (CR, LF) and tabs allowed. Give such a field a message that says so. */
  boolean multiLine() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PlainText, String> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText constraint) {
      multiLine = constraint.multiLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.codePoints().noneMatch(c -> Character.isISOControl(c)
          && !(multiLine && (c == '\r' || c == '\n' || c == '\t'))
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }
  }
}
