package io.newsgraph.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Plain text: the whole file is one article. Its title is chosen after cleaning (see Ingest). */
final class PlainTextReader implements ArticleReader {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public boolean sniff(String head) {
        return true;
    }

    @Override
    public List<Draft> read(ReadContext in) throws IOException, RejectedInput {
        return List.of(Draft.ofText(in.text()));
    }
}
