package app.rapport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Bad usage in the user's language: picocli's own messages are English only, so the kinds of
 * mistakes people make (an unknown option or command, a missing file, a value of the wrong
 * type) are said again from our bundles, followed by where to find help. Exit code 2, as
 * picocli and the README promise.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final CliTexts texts;

    UsageErrors(CliTexts texts) {
        this.texts = texts;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> close = unmatched.getSuggestions();
            if (!close.isEmpty()) {
                err.println(texts.text("cli.usage.didYouMean", String.join(", ", close)));
            }
        }
        err.println(texts.text("cli.usage.help", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    String describe(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String first = words.isEmpty() ? "" : words.get(0);
            boolean option = first.startsWith("-");
            boolean hasSubcommands = !e.getCommandLine().getSubcommands().isEmpty();
            String key = option ? "cli.usage.unknownOption"
                    : hasSubcommands ? "cli.usage.unknownCommand" : "cli.usage.unexpectedArgument";
            return texts.text(key, first);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::label).collect(Collectors.joining(", "));
            return texts.text("cli.usage.missing", names);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.text("cli.usage.twice", label(overwritten.getOverwritten()));
        }
        ArgSpec spec = e.getArgSpec();
        if (spec != null && e.getValue() != null) {
            return texts.text("cli.usage.badValue", e.getValue(), label(spec)) + expected(spec);
        }
        if (spec != null) {
            return texts.text("cli.usage.needsValue", label(spec));
        }
        // Anything rarer keeps picocli's (English) wording rather than saying nothing useful.
        return e.getMessage();
    }

    /** What the option takes, for the kinds of values people get wrong. */
    private String expected(ArgSpec spec) {
        Class<?> type = spec.type();
        if (type == java.time.LocalDate.class) {
            return " " + texts.text("cli.usage.expectDate");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return " " + texts.text("cli.usage.expectNumber");
        }
        Iterable<String> candidates = spec.completionCandidates();
        if (candidates != null && candidates.iterator().hasNext()) {
            return " " + texts.text("cli.usage.expectOneOf", String.join(", ", candidates));
        }
        return "";
    }

    private static String label(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(spec);
    }
}
