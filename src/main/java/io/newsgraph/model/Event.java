package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/** Something that happened (a request, a meeting, an attack), stated in one sentence of one article. */
public record Event(String id, Predicate type, String article, int sentence, List<Participant> participants,
                    String date, String place) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(article, "article");
        participants = List.copyOf(participants);
    }
}
