package io.newsgraph.claims;

/**
 * The days whose reports count: statements from articles published from {@code since} to
 * {@code until}, both included, either open (null). Dates are ISO dates or prefixes of one
 * ("2024", "2024-10"), compared as text, so "2024-10" counts as before "2024-10-01". With a bound
 * given, a statement whose article has no published date is left out: it cannot be placed.
 */
public record ReportWindow(String since, String until) {
    public static final ReportWindow ALL = new ReportWindow(null, null);

    public ReportWindow {
        if (since != null && until != null && since.compareTo(until) > 0) {
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
        }
    }

    boolean contains(String reported) {
        if (since == null && until == null) {
            return true;
        }
        if (reported == null) {
            return false;
        }
        return (since == null || reported.compareTo(since) >= 0) && (until == null || untilCovers(reported));
    }

    /** "--until 2024-10" takes in 2024-10-31: a later date is out only past the prefix until names. */
    private boolean untilCovers(String reported) {
        String cut = reported.length() > until.length() ? reported.substring(0, until.length()) : reported;
        return cut.compareTo(until) <= 0;
    }
}
