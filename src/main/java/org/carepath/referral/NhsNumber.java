package org.carepath.referral;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An NHS number: exactly ten ASCII digits whose last is the Modulus 11 check digit. Null is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NhsNumber.Validator.class)
public @interface NhsNumber {

  String message() default "must be 10 digits with a valid Modulus 11 check digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NhsNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValidNhsNumber(value);
    }

    static boolean isValidNhsNumber(String value) {
      if (!value.matches("[0-9]{10}")) {
        return false;
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (value.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - (sum % 11);
      if (check == 11) {
        check = 0;
      }
      return check != 10 && check == value.charAt(9) - '0';
    }
  }
}
