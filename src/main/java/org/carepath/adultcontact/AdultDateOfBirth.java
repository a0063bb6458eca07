package org.carepath.adultcontact;

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

/** An adult's date of birth: 18 or over today (UK), and not more than 125 years ago. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AdultDateOfBirth.Validator.class)
public @interface AdultDateOfBirth {

  String message() default "the person must be 18 or over (children are referred to the ISCAN team)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<AdultDateOfBirth, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      return !value.plusYears(18).isAfter(today) && value.plusYears(125).isAfter(today);
    }
  }
}
