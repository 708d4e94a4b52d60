package ru.nastavnik.org;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** ИНН of a legal entity: ten digits whose last one is the checksum of the first nine. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Inn.Validator.class)
public @interface Inn {

    String message() default "ИНН организации состоит из 10 цифр с верной контрольной цифрой";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {

        private static final int[] WEIGHTS = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || valid(value);
        }

        public static boolean valid(String inn) {
            if (!inn.matches("\\d{10}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += WEIGHTS[i] * (inn.charAt(i) - '0');
            }
            return sum % 11 % 10 == inn.charAt(9) - '0';
        }
    }
}
