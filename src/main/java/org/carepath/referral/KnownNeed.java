package org.carepath.referral;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** A developmental need code of {@link DevelopmentalNeed}. */
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownNeed.Validator.class)
public @interface KnownNeed {

  String message() default "must be one of COMMUNICATION, MOTOR, LEARNING, SOCIAL_EMOTIONAL, SENSORY, BEHAVIOUR, SELF_CARE";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownNeed, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Arrays.stream(DevelopmentalNeed.values()).anyMatch(n -> n.name().equals(value));
    }
  }
}
