package app.rapport.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a contact must meet before it is saved. The editor shows the same problems inline,
 * the store refuses to save a contact that has any.
 */
public final class ContactValidator {

    /** Deliberately permissive: one @, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    /** Digits with the separators people write: +49 (221) 555-01 01, 0221/5550101. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./\\-]+$");
    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_KEEP_IN_TOUCH_DAYS = 3650;

    private ContactValidator() {
    }

    public static List<ValidationException.Problem> problems(Contact c) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            problems.add(new ValidationException.Problem("name", "validation.name.required", null));
        } else if (c.name().length() > MAX_NAME_LENGTH) {
            problems.add(new ValidationException.Problem("name", "validation.name.tooLong", MAX_NAME_LENGTH));
        }
        for (String email : c.emails()) {
            if (!isEmail(email)) {
                problems.add(new ValidationException.Problem("emails", "validation.email.invalid", email));
            }
        }
        for (String phone : c.phones()) {
            if (!isPhone(phone)) {
                problems.add(new ValidationException.Problem("phones", "validation.phone.invalid", phone));
            }
        }
        Integer days = c.keepInTouchDays();
        if (days != null && (days < 1 || days > MAX_KEEP_IN_TOUCH_DAYS)) {
            problems.add(new ValidationException.Problem("keepInTouchDays", "validation.keepInTouch.range",
                    MAX_KEEP_IN_TOUCH_DAYS));
        }
        problems.addAll(TextRules.problems(c));
        return problems;
    }

    public static void check(Contact c) {
        List<ValidationException.Problem> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public static boolean isEmail(String s) {
        return s != null && s.length() <= 320 && EMAIL.matcher(s.strip()).matches();
    }

    public static boolean isPhone(String s) {
        if (s == null || !PHONE.matcher(s.strip()).matches()) {
            return false;
        }
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 3 && digits <= 20;
    }
}
