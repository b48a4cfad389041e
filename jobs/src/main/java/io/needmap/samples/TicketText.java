package io.needmap.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Writes a ticket's summary and description the way people (and agents) write them. */
final class TicketText {
    private TicketText() {}

    record Text(String summary, String description) {}

    static Text write(
            Rng rng,
            Theme theme,
            People.Person who,
            int priority,
            LocalDate day,
            long id,
            boolean open,
            Noise.Style style) {
        return write(rng, TicketPhrases.ISSUES.get(theme), who, priority, day, id, open, style);
    }

    /** A ticket about one of the given issues (those that fit the requester's department). */
    static Text write(
            Rng rng,
            List<TicketPhrases.Issue> issues,
            People.Person who,
            int priority,
            LocalDate day,
            long id,
            boolean open,
            Noise.Style style) {
        TicketPhrases.Issue issue = issue(rng, issues, who.department());
        Function<String, String> tokens = tokens(rng, who, day);
        String summary = Tmpl.expand(rng.pick(issue.summaries()), rng, tokens);
        double u = rng.nextDouble();
        String description;
        if (u < 0.03 && id > 50) {
            // a reply to the "resolved" e-mail of an earlier ticket: the problem came back
            String earlier = String.format(Locale.ROOT, "INC-2026-%06d", id - rng.between(20, 50));
            String original = summary;
            summary = "RE: [" + earlier + "] resolved: " + original;
            description =
                    Noise.apply(
                                    Tmpl.expand(
                                            rng.pick(
                                                    new String[] {
                                                        "This is still not working{, sorry|!|.}",
                                                        "{Unfortunately|Sorry but} the problem is"
                                                            + " back.",
                                                        "Same problem again since {this"
                                                            + " morning|yesterday}."
                                                    }),
                                            rng),
                                    style,
                                    rng)
                            + "\n\n"
                            + who.first()
                            + "\n\n-----Original Message-----\nFrom: IT Service Desk <servicedesk@"
                            + People.DOMAIN
                            + ">\n"
                            + "Subject: ["
                            + earlier
                            + "] resolved: "
                            + original
                            + "\n\n"
                            + "Dear colleague, your ticket "
                            + earlier
                            + " has been resolved. If the problem persists, reply to this e-mail.";
            return new Text(summary, description);
        }
        summary = decorate(rng, summary, priority, style);
        if (u < 0.55) {
            description = email(rng, issue, who, style, tokens);
        } else if (u < 0.75) {
            description = portal(rng, issue, style, tokens);
        } else if (u < 0.90) {
            String[] notes = open ? TicketPhrases.PENDING_NOTES : issue.notes();
            description = Tmpl.expand(rng.pick(notes), rng, tokens);
        } else if (u < 0.97) {
            description =
                    Noise.apply(body(rng, issue, tokens), style, rng)
                            + "\n\n"
                            + rng.pick(
                                    new String[] {
                                        "Sent from my iPhone",
                                        "Sent from my iPhone",
                                        "Sent from Outlook for Android",
                                        "Von meinem iPhone gesendet",
                                        "Sent from my mobile"
                                    });
        } else {
            description =
                    rng.chance(0.5)
                            ? "see subject"
                            : Noise.apply(body(rng, issue, tokens), style, rng);
        }
        return new Text(summary, description);
    }

    private static TicketPhrases.Issue issue(
            Rng rng, List<TicketPhrases.Issue> issues, String department) {
        List<TicketPhrases.Issue> fitting = new ArrayList<>();
        for (TicketPhrases.Issue i : issues) {
            if (i.fits(department)) fitting.add(i);
        }
        return fitting.get(rng.nextInt(fitting.size()));
    }

    private static String decorate(Rng rng, String s, int priority, Noise.Style style) {
        if (style.lowerCase() || rng.chance(0.08)) s = s.toLowerCase(Locale.ROOT);
        if (priority <= 2 && !s.startsWith("URGENT") && rng.chance(0.15)) {
            s = rng.pick(new String[] {"URGENT: ", "urgent - ", "!!! ", "URGENT "}) + s;
        } else if (rng.chance(0.02)) {
            s = "FW: " + s;
        }
        if (rng.chance(0.04)) s = s + rng.pick(new String[] {"!", "!!", "?"});
        return s;
    }

    private static String body(
            Rng rng, TicketPhrases.Issue issue, Function<String, String> tokens) {
        StringBuilder b = new StringBuilder(Tmpl.expand(rng.pick(issue.bodies()), rng, tokens));
        int details = rng.weighted(new double[] {45, 40, 15});
        String last = "";
        for (int i = 0; i < details; i++) {
            String[] pool = rng.chance(0.75) ? issue.details() : TicketPhrases.GENERIC_DETAIL;
            String d = Tmpl.expand(rng.pick(pool), rng, tokens);
            if (d.equals(last)) continue;
            b.append(' ').append(d);
            last = d;
        }
        return b.toString();
    }

    private static String email(
            Rng rng,
            TicketPhrases.Issue issue,
            People.Person who,
            Noise.Style style,
            Function<String, String> tokens) {
        StringBuilder b = new StringBuilder();
        if (rng.chance(0.85)) {
            b.append(Tmpl.expand(rng.pick(TicketPhrases.GREETINGS), rng, tokens))
                    .append(rng.chance(0.8) ? "\n\n" : "\n");
        }
        b.append(Noise.apply(body(rng, issue, tokens), style, rng));
        String thanks = rng.pick(TicketPhrases.THANKS);
        switch (rng.weighted(new double[] {22, 14, 26, 12, 8, 8, 10})) {
            case 0 ->
                    b.append("\n\n")
                            .append(thanks)
                            .append('\n')
                            .append(who.first()); // Thanks!\nAnna
            case 1 -> b.append(' ').append(thanks).append("\n\n").append(corporate(rng, who));
            case 2 ->
                    b.append("\n\n")
                            .append(rng.pick(TicketPhrases.SIGN_OFFS))
                            .append('\n')
                            .append(rng.chance(0.7) ? who.first() : who.full());
            case 3 ->
                    b.append("\n\n")
                            .append(rng.pick(TicketPhrases.SIGN_OFFS))
                            .append("\n\n")
                            .append(corporate(rng, who));
            case 4 -> b.append(' ').append(thanks);
            case 5 -> b.append("\n\n").append(thanks).append(", ").append(who.first());
            default -> {} // nothing
        }
        return b.toString();
    }

    private static String corporate(Rng rng, People.Person who) {
        return "--\n"
                + who.full()
                + " | "
                + who.title()
                + " | "
                + who.department()
                + "\n"
                + People.COMPANY
                + " | "
                + People.phone(rng)
                + " | "
                + who.email();
    }

    private static String portal(
            Rng rng,
            TicketPhrases.Issue issue,
            Noise.Style style,
            Function<String, String> tokens) {
        String text = Noise.apply(body(rng, issue, tokens), style, rng);
        if (rng.chance(0.35)) {
            return "Problem: "
                    + text
                    + "\nAffected: "
                    + rng.pick(
                            new String[] {
                                "only me", "my team", "whole floor", "several colleagues"
                            })
                    + "\nDevice: "
                    + tokens.apply("LAPTOP");
        }
        return text;
    }

    /** Token values, drawn once per ticket so that summary and description name the same things. */
    private static Function<String, String> tokens(Rng rng, People.Person who, LocalDate day) {
        java.util.Map<String, String> drawn = new java.util.TreeMap<>();
        return name -> {
            String v = drawn.get(name);
            if (v == null) {
                v = draw(rng, who, day, name);
                if (v != null) drawn.put(name, v);
            }
            return v;
        };
    }

    private static String draw(Rng rng, People.Person who, LocalDate day, String name) {
        return switch (name) {
            case "FIRST" -> who.first();
            case "FULL" -> who.full();
            case "PERSON" -> rng.pick(People.FIRST) + " " + rng.pick(People.LAST);
            case "PFIRST" -> rng.pick(People.FIRST);
            case "LASTNAME" -> rng.pick(People.LAST);
            case "DATE" -> dateWords(rng, day);
            case "LAPTOP" -> "LT-" + rng.between(1000, 4999);
            case "PRINTER" -> rng.pick(TicketPhrases.PRINTERS);
            case "ROOM" -> rng.pick(TicketPhrases.ROOMS);
            case "SW" -> rng.pick(TicketPhrases.software(who.department()));
            case "DEVSW" -> rng.pick(TicketPhrases.DEV_SOFTWARE);
            case "TCODE" -> rng.pick(TicketPhrases.TCODES);
            case "EXT" -> Integer.toString(rng.between(2100, 4899));
            case "DEPT2" -> Mix.DEPARTMENTS.get(rng.nextInt(Mix.DEPARTMENTS.size()));
            case "AGENT" -> rng.pick(TicketPhrases.AGENTS);
            default -> null;
        };
    }

    private static final String[] DAY_NAMES = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    private static final String[] MONTH_NAMES = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    /**
     * "Monday", "1 September", "01.09.", "the 1st" - a workday a few days ahead, as people write
     * it.
     */
    private static String dateWords(Rng rng, LocalDate day) {
        LocalDate d = day.plusDays(rng.between(2, 20));
        while (!WorkCalendar.isWorkday(d)) d = d.plusDays(1);
        return switch (rng.nextInt(4)) {
            case 0 -> DAY_NAMES[d.getDayOfWeek().getValue() - 1];
            case 1 -> d.getDayOfMonth() + " " + MONTH_NAMES[d.getMonthValue() - 1];
            case 2 ->
                    String.format(Locale.ROOT, "%02d.%02d.", d.getDayOfMonth(), d.getMonthValue());
            default -> "the " + ordinal(d.getDayOfMonth());
        };
    }

    private static String ordinal(int n) {
        String suffix =
                (n % 100 >= 11 && n % 100 <= 13)
                        ? "th"
                        : switch (n % 10) {
                            case 1 -> "st";
                            case 2 -> "nd";
                            case 3 -> "rd";
                            default -> "th";
                        };
        return n + suffix;
    }
}
