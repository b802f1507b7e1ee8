package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Participant;
import io.newsgraph.model.stream.GraphSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The graph as CSV files for Neo4j's offline importer ({@code neo4j-admin database import full}),
 * the fast path for a first load: the importer writes the store directly, without transactions.
 * The files hold exactly what {@link Neo4jLoader} would write over Bolt into an empty database:
 * the same labels, relationship types and properties, the stub nodes the loader creates for ends
 * it was not given, each event's sentence, and one {@code loadedAt} stamp (BulkImportIT compares
 * the two graphs property by property). One difference: an empty list (an entity without
 * aliases) is left unset, since the importer reads an empty field as no value.
 *
 * <p>Nodes are named in the files by numbers ({@link NodeNumbers}: 0 up, no gap, across all
 * node files), not by their string ids, which each node keeps as its {@code id} property as the
 * loader sets it: the importer then neither sorts string ids nor searches them for every
 * relationship end ({@link BulkImport.IdType}).
 *
 * <p>Streams articles, entities and facts to disk as they come; holds only ids, and the events
 * until the facts have given them their sentences. Or ({@link #inMemory}) keeps the same tables in
 * memory as typed rows for Neo4j's importer in this process ({@link GraphInput}): no file. A bulk
 * import cannot merge, so an article or a fact that comes twice is refused: that is the JSON
 * Lines of two runs, which {@code load} merges.
 */
public final class ImportFiles implements GraphSink {
    /** The files in the order the importer reads them: nodes, then relationships. */
    public static final List<String> NODE_FILES = List.of("articles.csv", "article-stubs.csv", "entities.csv",
            "entity-stubs.csv", "events.csv");
    public static final List<String> RELATIONSHIP_FILES = List.of("mentions.csv", "reported-in.csv",
            "participants.csv", "facts.csv");

    private static final String STAMP = "loadedAt:datetime";

    /** The folder of the CSV files; null when the tables are kept in memory for the importer in this process. */
    private final Path dir;
    private final String loadedAt;
    private final Map<String, ImportTable> files = new LinkedHashMap<>();

    private final Set<String> articleIds = new HashSet<>();
    private final Set<String> referencedArticles = new LinkedHashSet<>();
    /** The numbers of the entities an entity record gave (the others are stubs): a bit per number, no second map lookup. */
    private final BitSet entityRecords = new BitSet();
    /** Ends the records name but no entity record gave, with the name the loader would give them. */
    private final Map<String, String> entityStubs = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final EventSentences eventSentences = new EventSentences();
    private final Map<String, String> exactEventTexts = new HashMap<>();
    private final Map<String, String> namedEventTexts = new HashMap<>();
    private final FactKeys factKeys = new FactKeys();
    private final NodeNumbers numbers = new NodeNumbers();
    private long facts;
    /** The largest table, whose rows are built on a thread of their own. */
    private FactRows factRows;

    /** The graph as CSV files in {@code dir}. */
    public ImportFiles(Path dir, OffsetDateTime loadedAt) {
        this.dir = dir;
        this.loadedAt = loadedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The same tables kept in memory, typed as the importer's CSV parser types them, for the importer in this process. */
    public static ImportFiles inMemory(OffsetDateTime loadedAt) {
        return new ImportFiles(null, loadedAt);
    }

    /** What was written, for the user. */
    public record Counts(long articles, long entities, long events, long facts, long stubNodes) {
    }

    @Override
    public void start() {
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": cannot create the folder (" + e.getMessage() + ")", e);
            }
        }
        open("articles.csv", ":ID", ":LABEL", "id", "title", "source", "published", "url", "author", "path", "text", STAMP);
        open("entities.csv", ":ID", ":LABEL", "id", "name", "type", "aliases:string[]", "mentions:long",
                "articleCount:long", "typeRule", "mergedAliases:string[]", "mergeReasons:string[]", "mergedInto:string[]", STAMP);
        open("mentions.csv", ":START_ID", ":END_ID", ":TYPE", "mentions:long", STAMP);
        factRows = new FactRows(open("facts.csv", FactRows.header(STAMP).toArray(String[]::new)), loadedAt);
    }

    @Override
    public void article(Article a) {
        if (!articleIds.add(a.id())) {
            throw new IllegalArgumentException("article " + a.id() + " comes twice; a bulk import writes each article once"
                    + " (load merges repeated input)");
        }
        csv("articles.csv").line(numbers.of(NodeNumbers.Kind.ARTICLE, a.id()), List.of("Article"), a.id(), a.title(), a.source(),
                a.published(), a.url(), a.author(), a.path(), a.text(), loadedAt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void entity(Entity e) {
        long number = numbers.of(NodeNumbers.Kind.ENTITY, e.id());
        if (entityRecords.get((int) number)) {
            throw new IllegalArgumentException("entity " + e.id() + " comes twice; a bulk import writes each entity once");
        }
        entityRecords.set((int) number);
        Map<String, Object> row = Rows.entity(e);
        List<Map<String, Object>> shares = (List<Map<String, Object>>) row.get("shares");
        csv("entities.csv").line(number, List.of("Entity", LoaderCypher.label(e.label())), e.id(), e.name(), row.get("type"),
                e.aliases(), (long) e.mentions(), (long) shares.size(), e.typeRule(), row.get("mergedAliases"), row.get("mergeReasons"),
                row.get("mergedInto"), loadedAt);
        for (Map<String, Object> share : shares) {
            String article = (String) share.get("article");
            referencedArticles.add(article);
            csv("mentions.csv").line(numbers.of(NodeNumbers.Kind.ARTICLE, article), number, "MENTIONS",
                    ((Number) share.get("mentions")).longValue(), loadedAt);
        }
    }

    @Override
    public void event(Event ev) {
        events.add(ev);
        referencedArticles.add(ev.article());
        numbers.of(NodeNumbers.Kind.ARTICLE, ev.article());
        eventSentences.stated(ev);
        for (Participant p : ev.participants()) {
            // The loader names an end an event gave it by its id; one a fact gives first, by the fact's name.
            stub(p.entity(), p.entity());
        }
    }

    @Override
    public void fact(Fact f) {
        long subject = stub(Rows.subjectId(f), f.subject());
        long object = stub(Rows.objectId(f), f.object());
        if (!factKeys.add(f.predicate(), f.id(), subject, object)) {
            throw new IllegalArgumentException("fact " + f.id() + " comes twice; a bulk import cannot merge evidence"
                    + " (load merges repeated input)");
        }
        rememberEventTexts(f);
        factRows.add(subject, object, f);
        facts++;
    }

    /** As the loader does (EventSentences): the first exact sentence wins, else the first a naming fact offers. */
    private void rememberEventTexts(Fact f) {
        for (EventSentences.Offer o : eventSentences.offers(f)) {
            (o.exact() ? exactEventTexts : namedEventTexts).putIfAbsent(o.event(), o.text());
        }
    }

    /**
     * The entity's number; a stub with this name for it if no entity record has come yet. One map
     * lookup per end (two a fact): with the map of 300k ids, its lookups were a fifth of the time
     * of building the tables of a million facts when each end took two or three.
     */
    private long stub(String id, String name) {
        long number = numbers.of(NodeNumbers.Kind.ENTITY, id);
        if (!entityRecords.get((int) number)) {
            entityStubs.putIfAbsent(id, name);
        }
        return number;
    }

    @Override
    public void finish() {
        factRows.finish();
        writeEvents();
        ImportTable articleStubs = open("article-stubs.csv", ":ID", ":LABEL", "id");
        for (String id : referencedArticles) {
            if (!articleIds.contains(id)) {
                articleStubs.line(numbers.of(NodeNumbers.Kind.ARTICLE, id), List.of("Article"), id);
            }
        }
        ImportTable entityStubsFile = open("entity-stubs.csv", ":ID", ":LABEL", "id", "name", "type");
        entityStubs.forEach((id, name) -> {
            long number = numbers.of(NodeNumbers.Kind.ENTITY, id);
            if (!entityRecords.get((int) number)) {
                entityStubsFile.line(number, List.of("Entity", LoaderCypher.label(EntityType.OTHER)),
                        id, name, EntityType.OTHER.label());
            }
        });
        for (ImportTable table : files.values()) {
            table.commit();
        }
    }

    private void writeEvents() {
        ImportTable nodes = open("events.csv", ":ID", ":LABEL", "id", "type", "date", "sentence:long", "place", "cameo",
                "goldstein:double", "article", "text", STAMP);
        ImportTable reported = open("reported-in.csv", ":START_ID", ":END_ID", ":TYPE", STAMP);
        ImportTable roles = open("participants.csv", ":START_ID", ":END_ID", ":TYPE", "position:long", STAMP);
        Set<String> seen = new HashSet<>();
        for (Event ev : events) {
            if (!seen.add(ev.id())) {
                throw new IllegalArgumentException("event " + ev.id() + " comes twice; a bulk import writes each event once");
            }
            String text = exactEventTexts.getOrDefault(ev.id(), namedEventTexts.get(ev.id()));
            long number = numbers.of(NodeNumbers.Kind.EVENT, ev.id());
            nodes.line(number, List.of("Event"), ev.id(), ev.type().name(), ev.date(), (long) ev.sentence(), ev.place(), ev.cameo(),
                    Rows.goldstein(ev), ev.article(), text, loadedAt);
            reported.line(number, numbers.of(NodeNumbers.Kind.ARTICLE, ev.article()), "REPORTED_IN", loadedAt);
            // One link per role and entity, at the last position it holds (the loader MERGEs and sets in order).
            Map<String, Long> positions = new LinkedHashMap<>();
            List<Participant> ps = ev.participants();
            for (int i = 0; i < ps.size(); i++) {
                positions.put(ps.get(i).role().name() + "\u0000" + ps.get(i).entity(), (long) i);
            }
            positions.forEach((key, position) -> {
                int cut = key.indexOf('\u0000');
                roles.line(number, numbers.of(NodeNumbers.Kind.ENTITY, key.substring(cut + 1)), key.substring(0, cut), position,
                        loadedAt);
            });
        }
    }

    /** How many nodes the files hold, stubs included: their numbers are 0 to this, exclusive. */
    public long nodes() {
        return numbers.count();
    }

    public Counts counts() {
        long stubs = files.containsKey("article-stubs.csv") ? csv("article-stubs.csv").rows() + csv("entity-stubs.csv").rows() : 0;
        return new Counts(articleIds.size(), entityRecords.cardinality(), events.size(), facts, stubs);
    }

    /**
     * The files with a line break inside a value (article texts, some sentences), after
     * {@link #finish()}: the importer must parse those as multiline, which is much slower, and
     * only those ({@link BulkImport#options}).
     */
    public SortedSet<String> multilineFiles() {
        return files.entrySet().stream().filter(e -> e.getValue().multiline()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Discards every file not yet committed (after a failure). */
    public void abandon() {
        if (factRows != null) {
            factRows.abandon();
        }
        files.values().forEach(ImportTable::close);
    }

    private ImportTable open(String name, String... header) {
        ImportTable table = dir == null ? new InputTable(name, List.of(header)) : new ImportCsv(dir.resolve(name), List.of(header));
        files.put(name, table);
        return table;
    }

    /** The table of that file name, once opened. */
    ImportTable csv(String name) {
        return files.get(name);
    }

    /** Whether the tables are kept in memory for the importer in this process rather than written as files. */
    boolean inMemory() {
        return dir == null;
    }
}
