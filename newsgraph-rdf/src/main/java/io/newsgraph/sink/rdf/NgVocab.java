package io.newsgraph.sink.rdf;

import io.newsgraph.claims.ClaimStatus;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The terms of the newsgraph ontology (resource {@code ontology.ttl}) and of the vocabularies it
 * aligns to, as Jena nodes. Nodes are created once: the sink emits millions of triples with them.
 */
public final class NgVocab {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    // rdf / rdfs
    public static final Node TYPE = uri(RDF + "type");
    public static final Node SUBJECT = uri(RDF + "subject");
    public static final Node PREDICATE = uri(RDF + "predicate");
    public static final Node OBJECT = uri(RDF + "object");
    public static final Node LABEL = uri(RDFS + "label");

    // PROV-O
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node QUALIFIED_DERIVATION = uri(PROV + "qualifiedDerivation");
    public static final Node PROV_ENTITY = uri(PROV + "entity");
    public static final Node PROV_VALUE = uri(PROV + "value");
    public static final Node WAS_ATTRIBUTED_TO = uri(PROV + "wasAttributedTo");

    // classes
    public static final Node ENTITY = ng("Entity");
    public static final Node PERSON = ng("Person");
    public static final Node ORGANIZATION = ng("Organization");
    public static final Node LOCATION = ng("Location");
    public static final Node PRODUCT = ng("Product");
    public static final Node EVENT = ng("Event");
    public static final Node ARTICLE = ng("Article");
    public static final Node FACT = ng("Fact");
    public static final Node EVIDENCE = ng("Evidence");
    public static final Node CLAIM = ng("Claim");
    public static final Node CLAIM_STATUS_CLASS = ng("ClaimStatus");

    // entity properties
    public static final Node ALIAS = ng("alias");
    public static final Node MENTIONS = ng("mentions");
    public static final Node MENTIONED_IN = ng("mentionedIn");
    public static final Node TYPE_RULE = ng("typeRule");
    public static final Node ALIAS_MERGE = ng("aliasMerge");
    public static final Node ALIAS_MERGE_CLASS = ng("AliasMerge");
    public static final Node MERGED_ALIAS = ng("mergedAlias");
    public static final Node MERGE_REASON = ng("mergeReason");
    public static final Node MERGED_INTO = ng("mergedInto");

    // article properties
    public static final Node TITLE = ng("title");
    public static final Node SOURCE = ng("source");
    public static final Node PUBLISHED = ng("published");
    public static final Node URL = ng("url");
    public static final Node AUTHOR = ng("author");
    public static final Node PATH = ng("path");
    public static final Node NAMED_GRAPH = ng("namedGraph");

    // fact properties
    public static final Node SUBJECT_NAME = ng("subjectName");
    public static final Node OBJECT_NAME = ng("objectName");
    public static final Node POLARITY = ng("polarity");
    public static final Node MODALITY = ng("modality");
    public static final Node IS_CLAIM = ng("isClaim");
    public static final Node CONFIDENCE = ng("confidence");
    public static final Node ATTRIBUTED_TO = ng("attributedTo");
    public static final Node ROLE = ng("role");
    public static final Node DATE = ng("date");
    public static final Node IN_EVENT = ng("event");

    // evidence properties
    public static final Node SENTENCE = ng("sentence");
    public static final Node START_OFFSET = ng("startOffset");
    public static final Node END_OFFSET = ng("endOffset");
    public static final Node EXTRACTOR = ng("extractor");
    public static final Node RULE = ng("rule");

    // claim properties
    public static final Node CLAIM_STATUS = ng("claimStatus");
    public static final Node OUTLETS = ng("outlets");
    public static final Node DENYING_OUTLETS = ng("denyingOutlets");
    public static final Node FIRST_REPORTED = ng("firstReported");
    public static final Node LAST_REPORTED = ng("lastReported");
    public static final Node SUPPORTED_BY = ng("supportedBy");
    public static final Node DENIED_BY = ng("deniedBy");
    public static final Node ENTERTAINED_BY = ng("entertainedBy");
    public static final Node SUPPORTING_ARTICLE = ng("supportingArticle");
    public static final Node DENYING_ARTICLE = ng("denyingArticle");
    public static final Node CLAIM_FACT = ng("fact");
    public static final Node SPEAKER = ng("speaker");

    // event properties
    public static final Node EVENT_TYPE = ng("eventType");
    public static final Node CAMEO_CODE = ng("cameoCode");
    public static final Node GOLDSTEIN = ng("goldstein");

    private static final Map<Predicate, Node> PREDICATES = new EnumMap<>(Predicate.class);
    private static final Map<EntityType, Node> CLASSES = new EnumMap<>(EntityType.class);
    private static final Map<Polarity, Node> POLARITIES = new EnumMap<>(Polarity.class);
    private static final Map<Modality, Node> MODALITIES = new EnumMap<>(Modality.class);
    private static final Map<Role, Node> ROLES = new EnumMap<>(Role.class);
    private static final Map<ClaimStatus, Node> STATUSES = new EnumMap<>(ClaimStatus.class);

    static {
        for (Predicate p : Predicate.values()) {
            PREDICATES.put(p, ng(localName(p)));
        }
        CLASSES.put(EntityType.PERSON, PERSON);
        CLASSES.put(EntityType.ORGANIZATION, ORGANIZATION);
        CLASSES.put(EntityType.LOCATION, LOCATION);
        CLASSES.put(EntityType.PRODUCT, PRODUCT);
        CLASSES.put(EntityType.EVENT, EVENT);
        CLASSES.put(EntityType.OTHER, ENTITY);
        for (Polarity p : Polarity.values()) {
            POLARITIES.put(p, ng(p.json()));
        }
        for (Modality m : Modality.values()) {
            MODALITIES.put(m, ng(m.json()));
        }
        for (Role r : Role.values()) {
            ROLES.put(r, ng(r.json()));
        }
        for (ClaimStatus c : ClaimStatus.values()) {
            // "status" + SingleSource: ng:denied and ng:hypothetical already name a predicate and a modality.
            STATUSES.put(c, ng("status" + upperCamel(c.name())));
        }
    }

    private NgVocab() {
    }

    /** WORKS_FOR becomes worksFor: the local name of the predicate's property. */
    public static String localName(Predicate p) {
        return localName(p.name());
    }

    private static String localName(String constant) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The individual of a claim status: ng:statusCorroborated, ng:statusSingleSource, ... */
    public static Node status(ClaimStatus c) {
        return STATUSES.get(c);
    }

    private static String upperCamel(String constant) {
        String lower = localName(constant);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public static Node property(Predicate p) {
        return PREDICATES.get(p);
    }

    /** The class of an entity type; entities of type Other are plain ng:Entity. */
    public static Node type(EntityType t) {
        return CLASSES.get(t);
    }

    public static Node polarity(Polarity p) {
        return POLARITIES.get(p);
    }

    public static Node modality(Modality m) {
        return MODALITIES.get(m);
    }

    /** The event property of a participant role: ng:agent, ng:recipient, ng:topic, ng:place. */
    public static Node role(Role r) {
        return ROLES.get(r);
    }

    /** The prefixes every export declares (the data prefixes come from {@link IriMinter#prefixes()}). */
    public static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ng", NS);
        m.put("prov", PROV);
        m.put("schema", SCHEMA);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        m.put("owl", OWL);
        m.put("skos", SKOS);
        return m;
    }

    private static Node ng(String local) {
        return uri(NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
