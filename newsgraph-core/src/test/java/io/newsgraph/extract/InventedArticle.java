package io.newsgraph.extract;

import java.util.Random;

/**
 * Long articles for tests and measurements, made of varied sentences written for this project
 * about invented people, companies and towns: paragraphs of four to six sentences drawn from a
 * fixed random seed, so the same length gives the same text. With {@code linePerSentence} every
 * sentence sits on its own line (the pipeline splits sentences at newlines), so a sentence's
 * number is the number of non-empty lines before it.
 */
final class InventedArticle {
    private static final String[] FIRST = {"Edda", "Rasmus", "Ilona", "Tobiah", "Mirela", "Casimir", "Ottilie", "Leander", "Sunniva",
            "Benedek", "Maelis", "Teodor", "Agathe", "Joakim", "Liesel", "Anselm", "Veronika", "Quentin", "Halina", "Dorian"};
    private static final String[] LAST = {"Varga", "Lindqvist", "Ferreira", "Okonkwo", "Halvorsen", "Brandt", "Moreau", "Castell",
            "Nakamura", "Petrov", "Sorensen", "Albescu", "Whitcombe", "Drummond", "Ekwueme", "Salgado", "Novak", "Kjeldsen"};
    private static final String[] TOWN = {"Orvik", "Tamsford", "Kellmouth", "Brinavale", "Ostrand", "Harwick", "Selvane", "Dunmoor",
            "Pellaro", "Quillsby", "Marrowgate", "Elsfjord", "Corran", "Vestholm"};
    private static final String[] COMPANY = {"Tidewater", "Brightwater", "Kestrel", "Northwind", "Amberlight", "Greystone",
            "Silverbirch", "Harbourview", "Redmoor", "Lanterna"};
    private static final String[] KIND = {"Salmon", "Logistics", "Energy", "Ferries", "Textiles", "Robotics", "Dairy", "Shipyards"};
    private static final String[] THING = {"library", "bridge", "ferry terminal", "school", "bus depot", "swimming pool",
            "wind farm", "hospital wing"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTH = {"March", "April", "May", "June", "September", "October"};

    private final Random random;

    private InventedArticle(long seed) {
        random = new Random(seed);
    }

    /** At least {@code chars} characters of paragraphs, then {@code ending} on a line of its own. */
    static String build(int chars, boolean linePerSentence, String ending) {
        InventedArticle a = new InventedArticle(20_240_603L);
        StringBuilder b = new StringBuilder("Towns and Companies Report a Busy Season\n\n");
        String join = linePerSentence ? "\n" : " ";
        while (b.length() < chars) {
            int n = 4 + a.random.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append(a.sentence()).append(i + 1 < n ? join : "\n\n");
            }
        }
        return b.append(ending).append('\n').toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String company() {
        return pick(COMPANY) + " " + pick(KIND);
    }

    private int number() {
        return 2 + random.nextInt(40);
    }

    private String sentence() {
        return switch (random.nextInt(12)) {
            case 0 -> person() + ", the mayor of " + pick(TOWN) + ", opened a new " + pick(THING) + " on " + pick(DAY) + ".";
            case 1 -> person() + " works for " + company() + " as an engineer in " + pick(TOWN) + ".";
            case 2 -> person() + " met with " + person() + " in " + pick(TOWN) + " on " + pick(DAY) + ".";
            case 3 -> company() + " is based in " + pick(TOWN) + " and employs " + number() + " people.";
            case 4 -> person() + " criticized " + company() + " for the delays at the " + pick(THING) + ".";
            case 5 -> person() + ", the chief executive of " + company() + ", praised the new " + pick(THING) + ".";
            case 6 -> "The " + pick(THING) + " cost " + number() + " million euros, " + pick(LAST) + " said.";
            case 7 -> "She said the council would vote on the plan again in " + pick(MONTH) + ".";
            case 8 -> company() + " signed a contract with " + company() + " to build " + number() + " new ferries.";
            case 9 -> "Pupils from " + number() + " schools queued outside for hours, and the reading rooms stayed open late.";
            case 10 -> person() + " lives in " + pick(TOWN) + " with " + number() + " goats and a cat.";
            default -> person() + " asked " + person() + " to delay the vote on the " + pick(THING) + ".";
        };
    }
}
