package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.claims.Claim;
import io.newsgraph.claims.ClaimStatus;
import io.newsgraph.claims.Claims;
import io.newsgraph.claims.ReportWindow;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** newsgraph claims: who asserts and who denies each claim, how many independent outlets, since when. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Lists the claims of the graph: one per subject, predicate and object, with its status",
                "(corroborated, single-source, disputed, denied, hypothetical), the articles and independent",
                "outlets for and against it, its speakers and its first and last report. INPUT is JSON Lines",
                "written by 'newsgraph extract' or articles, which are extracted first."})
public class ClaimsCommand implements Callable<Integer> {
    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    @Spec
    CommandSpec spec;

    @Mixin
    InputsMixin inputs;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Only claims with this status (comma list): corroborated, single-source, disputed, denied, hypothetical.")
    List<String> statuses;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only claims with this entity at one end (its name, an alias or its id, any case).")
    String entity;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only reports published on or after DATE (2025, 2025-03 or 2025-03-02); statuses are computed from them.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only reports published on or before DATE (a prefix takes in the whole month or year).")
    String until;

    @Option(names = "--format", paramLabel = "table|jsonl", defaultValue = "table",
            description = "A table to read (default) or JSON Lines, one claim per line.")
    String format;

    @Override
    public Integer call() {
        inputs.required("name JSON Lines files from 'newsgraph extract', or articles to extract.");
        boolean jsonl = jsonLines();
        Set<ClaimStatus> wanted = statuses();
        ReportWindow window = window();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphInputs.Outcome read = GraphInputs.read(inputs, extraction, err);
        Graph g = read.graph();
        Set<String> ids = entity == null ? null : entityIds(g, entity);
        List<Claim> claims = Claims.of(g, window).stream()
                .filter(c -> wanted.contains(c.status()))
                .filter(c -> ids == null || ids.stream().anyMatch(c::involves))
                .toList();
        if (jsonl) {
            ClaimsReport.jsonLines(claims, out);
        } else {
            ClaimsReport.table(claims, out);
        }
        out.flush();
        return read.problems() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    /** --format: JSON Lines (true) or the table (false). */
    private boolean jsonLines() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "jsonl" -> true;
            default -> throw new UserException(ExitCodes.USAGE, "--format must be table or jsonl, got '" + format + "'");
        };
    }

    private Set<ClaimStatus> statuses() {
        if (statuses == null || statuses.isEmpty()) {
            return EnumSet.allOf(ClaimStatus.class);
        }
        try {
            return statuses.stream().map(ClaimStatus::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimStatus.class)));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--status: " + e.getMessage());
        }
    }

    private ReportWindow window() {
        for (String[] d : new String[][] {{"--since", since}, {"--until", until}}) {
            if (d[1] != null && !d[1].matches(DATE)) {
                throw new UserException(ExitCodes.USAGE, d[0] + " must be a date such as 2025-03-02, 2025-03 or 2025, got '" + d[1] + "'");
            }
        }
        try {
            return new ReportWindow(since, until);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private static Set<String> entityIds(Graph g, String name) {
        String want = name.trim().toLowerCase(Locale.ROOT);
        Set<String> ids = g.entities().stream()
                .filter(e -> e.id().equalsIgnoreCase(want) || e.name().toLowerCase(Locale.ROOT).equals(want)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(want)))
                .map(Entity::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "--entity: no entity named '" + name + "' in the graph");
        }
        return ids;
    }
}
