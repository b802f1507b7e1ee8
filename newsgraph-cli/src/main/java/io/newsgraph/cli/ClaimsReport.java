package io.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Stance;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The claims command's two outputs: a table to read, and JSON Lines with a fixed set of fields. */
final class ClaimsReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CLAIM_WIDTH = 60;
    private static final int SPEAKERS_WIDTH = 48;

    private ClaimsReport() {
    }

    /**
     * One object per claim with exactly: subject, predicate, object, subjectId, objectId, status,
     * supporting and denying (article ids), outlets and denyingOutlets (independent outlets),
     * speakers (names, both sides, in order of first report), firstReported, lastReported (null when unknown).
     */
    static void jsonLines(List<Claim> claims, PrintWriter out) {
        for (Claim c : claims) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("subject", c.subject());
            n.put("predicate", c.predicate().name());
            n.put("object", c.object());
            n.put("subjectId", c.subjectId());
            n.put("objectId", c.objectId());
            n.put("status", c.status().json());
            ArrayNode supporting = n.putArray("supporting");
            c.supporting().forEach(supporting::add);
            ArrayNode denying = n.putArray("denying");
            c.denying().forEach(denying::add);
            n.put("outlets", c.outlets());
            n.put("denyingOutlets", c.denyingOutlets());
            ArrayNode speakers = n.putArray("speakers");
            c.speakers().stream().map(Speaker::name).distinct().forEach(speakers::add);
            n.put("firstReported", c.firstReported());
            n.put("lastReported", c.lastReported());
            try {
                out.println(MAPPER.writeValueAsString(n));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Aligned columns: status, claim, outlets and articles for and against, speakers, first and last report. */
    static void table(List<Claim> claims, PrintWriter out) {
        if (claims.isEmpty()) {
            out.println("No claims.");
            return;
        }
        String format = "%-13s  %-" + CLAIM_WIDTH + "s  %-9s  %-9s  %-" + SPEAKERS_WIDTH + "s  %-10s  %-10s%n";
        out.printf(format, "STATUS", "CLAIM", "FOR", "AGAINST", "ASSERTED BY / DENIED BY", "FIRST", "LAST");
        for (Claim c : claims) {
            String claim = c.subject() + " " + c.predicate().name() + " " + c.object();
            String speakers = names(c.speakers(Stance.SUPPORTS)) + " / " + names(c.speakers(Stance.DENIES));
            out.printf(format, c.status().json(), cut(claim, CLAIM_WIDTH), side(c.outlets(), c.supporting().size()),
                    side(c.denyingOutlets(), c.denying().size()), cut(speakers, SPEAKERS_WIDTH),
                    c.firstReported() == null ? "-" : c.firstReported(), c.lastReported() == null ? "-" : c.lastReported());
        }
        long disputed = claims.stream().filter(c -> c.status() == io.newsgraph.claims.ClaimStatus.DISPUTED).count();
        out.printf("%d claims, %d disputed. FOR and AGAINST: independent outlets (articles).%n", claims.size(), disputed);
    }

    private static String side(int outlets, int articles) {
        return articles == 0 ? "-" : outlets + " (" + articles + ")";
    }

    private static String names(List<Speaker> speakers) {
        return speakers.isEmpty() ? "-" : speakers.stream().map(Speaker::name).distinct().collect(Collectors.joining(", "));
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
