package io.newsgraph.extract.relation;

/** Fine-grained NER tags read as kinds of argument. */
final class MentionTypes {
    private MentionTypes() {
    }

    static boolean isPlaceTag(String ner) {
        return "CITY".equals(ner) || "STATE_OR_PROVINCE".equals(ner) || "COUNTRY".equals(ner) || "LOCATION".equals(ner);
    }
}
