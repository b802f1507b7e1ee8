package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened (a request, a meeting, an attack), stated in one sentence of one article.
 * {@code cameo} is its CAMEO event code ("112", "13"), null when unknown.
 */
public record Event(String id, Predicate type, String article, int sentence, List<Participant> participants,
                    String date, String place, String cameo) implements java.io.Serializable {
    public Event(String id, Predicate type, String article, int sentence, List<Participant> participants,
                 String date, String place) {
        this(id, type, article, sentence, participants, date, place, null);
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(article, "article");
        participants = List.copyOf(participants);
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("event " + id + ": CAMEO code must be 2-4 digits, got '" + cameo + "'");
        }
    }
}
