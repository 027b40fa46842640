package app.rapport.journal;

import java.util.ArrayList;
import java.util.List;

/** The rules an encounter must meet before it is saved. */
public final class EncounterValidator {

    private EncounterValidator() {
    }

    public static List<ValidationException.Problem> problems(Encounter e) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        if (e.participants().isEmpty()) {
            problems.add(new ValidationException.Problem("participants", "validation.participants.required", null));
        }
        for (int i = 0; i < e.followUps().size(); i++) {
            FollowUp f = e.followUps().get(i);
            if (f.what().isBlank()) {
                problems.add(new ValidationException.Problem("followUps[" + i + "].what",
                        "validation.followUp.required", i + 1));
            }
        }
        problems.addAll(TextRules.problems(e));
        return problems;
    }

    public static void check(Encounter e) {
        List<ValidationException.Problem> problems = problems(e);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
