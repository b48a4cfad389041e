package io.needmap.samples;

/**
 * What changes between the quarters, for needmap's theme lineage to find: one theme ends and one
 * begins, every other theme continues.
 *
 * <ul>
 *   <li>{@link Theme#WINDOWS_11}: the Windows 11 upgrade ran in waves through Q2 and was finished
 *       with the last wave in June; its answers and tickets are in Q2 only (a theme to retire).
 *   <li>{@link Theme#AI_ASSISTANT}: the pilot of the AI assistant (Microsoft 365 Copilot) opened on
 *       1 July, and requests for it are in Q3 only (a new theme).
 * </ul>
 *
 * <p>Each is a few percent of the quarter's need texts and tickets, about as many texts as an
 * average theme has when some 30 themes are formed, so a clusterer can find it. Whether an answer or
 * ticket is about the change is drawn from a stream of its own ({@link #stream}), one draw per row:
 * survey rows keep every other value they would have without the change, so the satisfaction facts
 * stay as they are.
 */
final class QuarterChange {
    private QuarterChange() {}

    /** Share of the themed need texts that are about the quarter's change, before department factors. */
    static final double SURVEY_SHARE = 0.06;

    /** Share of the tickets that are about the quarter's change, before department factors. */
    static final double TICKET_SHARE = 0.035;

    /** The theme that only this quarter has. */
    static Theme of(SampleQuarter quarter) {
        return quarter == SampleQuarter.Q2 ? Theme.WINDOWS_11 : Theme.AI_ASSISTANT;
    }

    /** The theme that only the other quarter has. */
    static Theme absentFrom(SampleQuarter quarter) {
        return quarter == SampleQuarter.Q2 ? Theme.AI_ASSISTANT : Theme.WINDOWS_11;
    }

    static Rng stream(long seed, String file, SampleQuarter quarter) {
        return Rng.stream(seed, "change-" + file + "-" + quarter.label());
    }

    /** The quarter's change theme when this survey answer is about it, else null. */
    static Theme survey(Rng change, SampleQuarter quarter, String department) {
        return change.chance(SURVEY_SHARE * factor(of(quarter), department)) ? of(quarter) : null;
    }

    /** The quarter's change theme when this ticket is about it, else null. */
    static Theme ticket(Rng change, SampleQuarter quarter, String department) {
        return change.chance(TICKET_SHARE * factor(of(quarter), department)) ? of(quarter) : null;
    }

    /**
     * Who writes about it: every laptop was upgraded, and the developers' tools broke most often;
     * the AI assistant is wanted most by those who write a lot (marketing, executives, sales) and by
     * the developers, least on the warehouse floor.
     */
    private static double factor(Theme theme, String department) {
        if (theme == Theme.WINDOWS_11) {
            return switch (department) {
                case "Engineering" -> 1.4;
                case "Operations" -> 0.8;
                default -> 1.0;
            };
        }
        return switch (department) {
            case "Marketing", "Executive" -> 1.8;
            case "Engineering" -> 1.5;
            case "Sales" -> 1.2;
            case "HR" -> 1.0;
            case "Customer Service" -> 0.8;
            case "Finance" -> 0.7;
            default -> 0.4; // Operations
        };
    }
}
