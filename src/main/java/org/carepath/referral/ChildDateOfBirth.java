package org.carepath.referral;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

/** A child's date of birth: not in the future, and the child is under 19 (ISCAN's age range). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChildDateOfBirth.Validator.class)
public @interface ChildDateOfBirth {

  String message() default "must not be in the future and the child must be under 19 years old";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ChildDateOfBirth, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      return !value.isAfter(today) && value.plusYears(19).isAfter(today);
    }
  }
}
