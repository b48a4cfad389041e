package io.needmap.samples;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The hotline's phone-system change: on {@link #DATE} the telephone provider moved the Customer
 * Service hotline from the old on-premises phone system to its cloud telephony. Since then callers
 * are dropped from the call queue, the agents' softphones stop ringing or lose their registration,
 * transfers end in silence. Customer Service's satisfaction with IT drops from about two thirds in
 * Q2 to under half in Q3, a drop a two-proportion z-test finds clearly significant; its need texts,
 * comments and tickets speak of the phones.
 *
 * <p>Like {@link QuarterChange}, who is hit is drawn from a stream of its own ({@link #stream}), one
 * draw per row, after every draw of the row's own stream: the survey rows of every other department
 * (and every Q2 row) keep exactly the values they would have without the change.
 */
final class PhoneChange {
    private PhoneChange() {}

    /** The Monday the hotline was moved to the provider's cloud telephony. */
    static final LocalDate DATE = LocalDate.of(2026, 7, 6);

    /** The department that runs the hotline. */
    static final String DEPARTMENT = "Customer Service";

    /** Share of the department's survey answers from {@link #DATE} whose work the trouble hits. */
    static final double SURVEY_HIT = 0.5;

    /** P(overall_satisfaction = 1..5) of an answer hit by the trouble (CSAT about 17%). */
    static final double[] HIT_SATISFACTION = {0.20, 0.33, 0.30, 0.13, 0.04};

    /** Share of a hit answer's themed need texts that are about the phones. */
    static final double NEED_ABOUT_PHONES = 0.7;

    /** Share of the department's tickets from {@link #DATE} that are about the phone trouble. */
    static final double TICKET_SHARE = 0.10;

    /** P(P1..P4) of a phone-trouble ticket: a hotline that loses callers is urgent. */
    static final double[] TICKET_PRIORITY = {0.06, 0.34, 0.50, 0.10};

    static Rng stream(long seed, String file, SampleQuarter quarter) {
        return Rng.stream(seed, "phone-change-" + file + "-" + quarter.label());
    }

    /** Whether a row of this department on this day is after the change. */
    static boolean applies(String department, LocalDate day) {
        return DEPARTMENT.equals(department) && !day.isBefore(DATE);
    }

    /** One answer, possibly rewritten by the phone trouble. */
    record Answer(Integer sat, Integer nps, SurveyText.Need need, String comment, boolean hit) {}

    /**
     * The answer as the phone trouble leaves it: one draw of {@code phone} per row; for an answer
     * that is hit, satisfaction and recommendation are drawn again from {@link #HIT_SATISFACTION},
     * a themed need text is mostly about the phones (unless it is about the quarter's change, which
     * stays), and the comment is written again.
     */
    static Answer survey(
            Rng phone,
            String department,
            LocalDate day,
            Integer sat,
            Integer nps,
            SurveyText.Need need,
            String comment,
            boolean quarterChange,
            Noise.Style style) {
        boolean hit = phone.chance(SURVEY_HIT);
        if (!hit || !applies(department, day)) {
            return new Answer(sat, nps, need, comment, false);
        }
        Integer newSat = sat == null ? null : 1 + phone.weighted(HIT_SATISFACTION);
        Integer newNps = nps;
        if (nps != null) {
            int basis = newSat != null ? newSat : 1 + phone.weighted(HIT_SATISFACTION);
            if (phone.chance(0.2)) basis = Math.max(1, Math.min(5, basis + (phone.chance(0.5) ? 1 : -1)));
            newNps = phone.weighted(Mix.npsGivenSatisfaction(basis));
        }
        SurveyText.Need newNeed = need;
        if (!quarterChange && !need.themes().isEmpty() && phone.chance(NEED_ABOUT_PHONES)) {
            String text = phone.chance(0.35)
                    ? Tmpl.capitalize(Tmpl.expand(phone.pick(SHORT), phone))
                    : Tmpl.expand(phone.pick(LONG), phone);
            newNeed = new SurveyText.Need(Noise.apply(text, style, phone), EnumSet.of(Theme.MEETINGS));
        }
        String newComment = comment(phone, newSat, style);
        return new Answer(newSat, newNps, newNeed, newComment, true);
    }

    private static String comment(Rng phone, Integer sat, Noise.Style style) {
        double p = sat == null ? 0.3 : (sat <= 2 ? 0.7 : 0.4);
        if (!phone.chance(p)) {
            return null;
        }
        String text;
        if (sat != null && sat >= 4) {
            text = phone.pick(MILD_COMMENTS);
        } else if (phone.chance(0.8)) {
            text = phone.pick(COMMENTS);
        } else {
            text = phone.pick(SurveyPhrases.COMPLAINTS);
        }
        return Noise.apply(Tmpl.expand(text, phone), style, phone);
    }

    /** Whether this ticket is about the phone trouble: one draw of {@code phone} per ticket. */
    static boolean ticket(Rng phone, String department, LocalDate day) {
        return phone.chance(TICKET_SHARE) && applies(department, day);
    }

    /** Need texts (short forms) of the agents hit by the trouble. */
    static final String[] SHORT = {
        "a phone system that works{ again|}",
        "{the old|our old} phone system back",
        "a softphone that {doesn't lose calls|keeps ringing|stays logged in}",
        "a call queue that doesn't drop {callers|customers}",
        "{working|reliable} hotline phones{!!|!|}",
        "fix the {hotline|call queue|phones}{ pls|!!|}",
    };

    /** Need texts (sentences) of the agents hit by the trouble. */
    static final String[] LONG = {
        "Since the phone system change in July {our|the} call queue {drops callers|loses customers|hangs up on people}"
            + " {after a few minutes|while they wait|at random}{. Customers are furious|, and they call back angry|}.",
        "The new softphone {logs me out|stops ringing|loses its connection} {several times a day|every morning|after lunch}"
            + " and I only notice when {my team lead asks|customers complain|the queue is full}.",
        "Transferring a caller to {a colleague|second level|Sales} {drops the call|ends in silence} since"
            + " {the switch|the phone change|July}{, so we give out direct numbers now|}.",
        "{Please|Pls} fix the hotline phones. Since July {we|our team} can't {reach our targets|answer half the calls"
            + "|see who is waiting in the queue}.",
        "We need the {wallboard|queue display} back, since the {new phone system|phone change} nobody sees how many"
            + " {callers|customers} are waiting.",
        "Echo and {one-way audio|a robot voice} on {customer calls|the hotline} since {the phone system change|July}"
            + "{, customers think we hung up|}.",
    };

    /** Comments of the agents hit by the trouble. */
    static final String[] COMMENTS = {
        "Since the phone system change in July {the hotline|our hotline} is a disaster.",
        "{Who decided|Why was} the phone system {changed|switched} in the middle of {summer|the holiday season}"
            + " without testing it with us?",
        "We reported the {dropped calls|call queue problems|softphone problem} {many times|every day|weeks ago},"
            + " {still no fix|nothing changed}.",
        "Customers {wait|hang in the queue} for {20|30} minutes and then get cut off. {We get the blame.|And we get"
            + " the angry calls.}",
        "The new softphone is {worse|much worse} than the old desk phones.",
        "Our call numbers are down since July because of the phones{, please escalate to the provider|}.",
    };

    /** Comments of the few hit agents who still rate IT well. */
    static final String[] MILD_COMMENTS = {
        "The phone problems since July aside, IT is helpful.",
        "Please sort out the phones, otherwise fine.",
        "{Marco|Svenja|Deniz} tries hard with the softphone issues, thanks.",
    };

    /** The help-desk issues the trouble raises (all Customer Service). */
    static final List<TicketPhrases.Issue> TICKET_ISSUES = TicketPhrases.PHONE_CHANGE_ISSUES;
}
