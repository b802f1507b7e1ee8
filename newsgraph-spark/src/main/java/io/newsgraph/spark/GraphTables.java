package io.newsgraph.spark;

import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Participant;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph as four Parquet tables under the output folder: entities, facts (one row each, with
 * their evidence count), evidence (one row per evidence, keyed by fact id) and events (with their
 * participants). Column names follow the JSON Lines contract's field names in snake case.
 */
final class GraphTables {
    static final StructType ENTITY = new StructType()
            .add("id", DataTypes.StringType, false).add("name", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("aliases", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("mentions", DataTypes.IntegerType, false)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("merges", DataTypes.createArrayType(new StructType().add("alias", DataTypes.StringType, false)
                    .add("reason", DataTypes.StringType, false).add("to", DataTypes.StringType, false)), false)
            .add("type_rule", DataTypes.StringType);
    static final StructType FACT = new StructType()
            .add("id", DataTypes.StringType, false).add("subject", DataTypes.StringType, false)
            .add("predicate", DataTypes.StringType, false).add("object", DataTypes.StringType, false)
            .add("subject_id", DataTypes.StringType, false).add("object_id", DataTypes.StringType, false)
            .add("polarity", DataTypes.StringType, false).add("modality", DataTypes.StringType, false)
            .add("attributed_to", DataTypes.StringType).add("event", DataTypes.StringType)
            .add("date", DataTypes.StringType).add("role", DataTypes.StringType)
            .add("evidence_count", DataTypes.IntegerType, false);
    static final StructType EVIDENCE = new StructType()
            .add("fact_id", DataTypes.StringType, false).add("article", DataTypes.StringType, false)
            .add("sentence", DataTypes.IntegerType, false).add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false).add("text", DataTypes.StringType)
            .add("extractor", DataTypes.StringType, false).add("rule", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType, false).add("attributed_to", DataTypes.StringType)
            .add("date", DataTypes.StringType);
    private static final StructType PARTICIPANT = new StructType()
            .add("role", DataTypes.StringType, false).add("entity", DataTypes.StringType, false);
    static final StructType EVENT = new StructType()
            .add("id", DataTypes.StringType, false).add("type", DataTypes.StringType, false)
            .add("article", DataTypes.StringType, false).add("sentence", DataTypes.IntegerType, false)
            .add("participants", DataTypes.createArrayType(PARTICIPANT), false)
            .add("date", DataTypes.StringType).add("place", DataTypes.StringType).add("cameo", DataTypes.StringType);

    private GraphTables() {
    }

    static void write(SparkSession spark, DistributedGraph g, String outputDir) {
        save(spark, g.entities().map(GraphTables::entityRow), ENTITY, outputDir + "/entities");
        save(spark, g.facts().map(GraphTables::factRow), FACT, outputDir + "/facts");
        save(spark, g.facts().flatMap(f -> evidenceRows(f).iterator()), EVIDENCE, outputDir + "/evidence");
        save(spark, g.events().map(GraphTables::eventRow), EVENT, outputDir + "/events");
    }

    private static void save(SparkSession spark, JavaRDD<Row> rows, StructType schema, String path) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
    }

    static Row entityRow(Entity e) {
        Row[] merges = e.merges().stream().map(m -> RowFactory.create(m.alias(), m.reason(), m.to())).toArray(Row[]::new);
        return RowFactory.create(e.id(), e.name(), e.label().name(), e.aliases().toArray(String[]::new), e.mentions(),
                e.articles().toArray(String[]::new), merges, e.typeRule());
    }

    static Row factRow(Fact f) {
        return RowFactory.create(f.id(), f.subject(), f.predicate().name(), f.object(), f.subjectId(), f.objectId(),
                f.polarity().name(), f.modality().name(), f.attributedTo(), f.event(), f.date(), f.role(), f.evidence().size());
    }

    static List<Row> evidenceRows(Fact f) {
        List<Row> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            out.add(RowFactory.create(f.id(), e.article(), e.sentence(), e.start(), e.end(), e.text(), e.extractor(), e.rule(),
                    e.confidence(), e.attributedTo(), e.date()));
        }
        return out;
    }

    static Row eventRow(Event e) {
        List<Row> ps = new ArrayList<>();
        for (Participant p : e.participants()) {
            ps.add(RowFactory.create(p.role().name(), p.entity()));
        }
        return RowFactory.create(e.id(), e.type().name(), e.article(), e.sentence(), ps.toArray(Row[]::new), e.date(), e.place(),
                e.cameo());
    }
}
