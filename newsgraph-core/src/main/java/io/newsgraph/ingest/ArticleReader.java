package io.newsgraph.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads one input format into drafts. Implementations are stateless; see {@link ReaderRegistry}. */
interface ArticleReader {
    /** A short name for messages: "text", "markdown", "HTML", "JSON Lines". */
    String format();

    /** File extensions (lower case, no dot, ".gz" looked through) that select this reader. */
    Set<String> extensions();

    /** Whether the first few kilobytes of an input of unknown type look like this format. */
    boolean sniff(String head);

    /**
     * Reads the input. Problems with parts of it go to {@code in.warn/error}; a problem with the
     * whole input is thrown as {@link RejectedInput}.
     */
    List<Draft> read(ReadContext in) throws IOException, RejectedInput;

    /**
     * Opens the input for reading one draft at a time. Single-article formats read it whole;
     * a corpus reader overrides this to read line by line.
     */
    default Drafts open(ReadContext in) throws IOException, RejectedInput {
        return Drafts.of(read(in));
    }
}
