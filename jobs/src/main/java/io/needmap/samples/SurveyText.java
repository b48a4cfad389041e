package io.needmap.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Writes one respondent's need_text and comment. */
final class SurveyText {
    private SurveyText() {}

    /**
     * A need text and the themes it was written about; {@code first} is the theme it names first
     * (null when it carries none), as the EnumSet forgets the order of writing.
     */
    record Need(String text, EnumSet<Theme> themes, Theme first) {
        Need {
            if (first == null ? !themes.isEmpty() : !themes.contains(first)) {
                throw new IllegalArgumentException("first theme " + first + " not in " + themes);
            }
        }

        /** A need text with at most one theme. */
        Need(String text, EnumSet<Theme> themes) {
            this(text, themes, themes.isEmpty() ? null : themes.iterator().next());
            if (themes.size() > 1) {
                throw new IllegalArgumentException("several themes need the first one: " + themes);
            }
        }
    }

    static Need need(Rng rng, String department, Integer sat, LocalDate day, Noise.Style style) {
        double u = rng.nextDouble();
        if (u < 0.05) {
            return new Need("", EnumSet.noneOf(Theme.class));
        }
        if (u < 0.10) {
            return new Need(rng.pick(SurveyPhrases.NON_ANSWERS), EnumSet.noneOf(Theme.class));
        }
        if (u < 0.13) {
            return new Need(
                    Noise.apply(rng.pick(SurveyPhrases.VAGUE), style, rng),
                    EnumSet.noneOf(Theme.class));
        }
        double k = rng.nextDouble();
        int count = k < 0.68 ? 1 : (k < 0.91 ? 2 : 3);
        double[] weights = Mix.surveyThemeWeights(department, sat, day);
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int idx = rng.weighted(weights);
            themes.add(Theme.values()[idx]);
            weights[idx] = 0;
        }
        String text =
                count == 1
                        ? single(rng, themes.get(0), department)
                        : several(rng, themes, department);
        return new Need(Noise.apply(text, style, rng), EnumSet.copyOf(themes), themes.get(0));
    }

    /** A need text about one given theme, written as {@link #need} writes a single need. */
    static Need about(Rng rng, Theme theme, String department, Noise.Style style) {
        return new Need(Noise.apply(single(rng, theme, department), style, rng), EnumSet.of(theme));
    }

    /**
     * Picks a phrase that fits the department: a phrase may start with "[Dept,Dept]" to say who
     * would write it (the warehouse scanners are Operations', the hotline is Customer Service's).
     */
    static String pick(Rng rng, String[] options, String department) {
        for (int attempt = 0; attempt < 30; attempt++) {
            String o = rng.pick(options);
            if (!o.startsWith("[")) return o;
            int end = o.indexOf(']');
            for (String d : o.substring(1, end).split(",")) {
                if (d.equals(department)) return o.substring(end + 1);
            }
        }
        for (String o : options) {
            if (!o.startsWith("[")) return o;
        }
        return options[0].substring(options[0].indexOf(']') + 1);
    }

    private static String shortPhrase(Rng rng, Theme t, String department) {
        return Tmpl.expand(pick(rng, SurveyPhrases.SHORT.get(t), department), rng);
    }

    private static String longPhrase(Rng rng, Theme t, String department) {
        return Tmpl.expand(pick(rng, SurveyPhrases.LONG.get(t), department), rng);
    }

    private static String single(Rng rng, Theme t, String department) {
        if (rng.chance(0.35)) {
            String s = shortPhrase(rng, t, department);
            double c = rng.nextDouble();
            if (c < 0.55) s = Tmpl.capitalize(s);
            if (rng.chance(0.12))
                s = s + rng.pick(new String[] {" pls", " please", " asap", "!", "!!", ".", " :)"});
            return s;
        }
        String s = longPhrase(rng, t, department);
        if (rng.chance(0.1)) s = rng.pick(SurveyPhrases.OPENERS) + Tmpl.decapitalize(s);
        return s;
    }

    private static String several(Rng rng, List<Theme> themes, String department) {
        int style = rng.weighted(new double[] {20, 15, 12, 20, 18, 15});
        StringBuilder b = new StringBuilder();
        switch (style) {
            case 0 -> { // 1) faster vpn 2) a second monitor
                for (int i = 0; i < themes.size(); i++) {
                    if (i > 0) b.append(' ');
                    b.append(i + 1)
                            .append(") ")
                            .append(shortPhrase(rng, themes.get(i), department));
                }
            }
            case 1 -> { // numbered lines
                for (int i = 0; i < themes.size(); i++) {
                    if (i > 0) b.append('\n');
                    String item =
                            rng.chance(0.5)
                                    ? shortPhrase(rng, themes.get(i), department)
                                    : longPhrase(rng, themes.get(i), department);
                    b.append(i + 1).append(". ").append(Tmpl.capitalize(item));
                }
            }
            case 2 -> { // dashes
                for (int i = 0; i < themes.size(); i++) {
                    if (i > 0) b.append('\n');
                    b.append("- ").append(shortPhrase(rng, themes.get(i), department));
                }
            }
            case 3 -> { // "x, y and z"
                for (int i = 0; i < themes.size(); i++) {
                    if (i > 0)
                        b.append(
                                i == themes.size() - 1
                                        ? rng.pick(new String[] {" and ", " & ", ", "})
                                        : ", ");
                    b.append(shortPhrase(rng, themes.get(i), department));
                }
                String s = Tmpl.capitalize(b.toString());
                b.setLength(0);
                b.append(s);
            }
            case 4 -> { // sentences
                for (int i = 0; i < themes.size(); i++) {
                    if (i > 0) b.append(rng.chance(0.7) ? " " : "\n");
                    b.append(longPhrase(rng, themes.get(i), department));
                }
            }
            default -> { // sentence, then "Also ..."
                b.append(longPhrase(rng, themes.get(0), department));
                for (int i = 1; i < themes.size(); i++) {
                    char end = b.charAt(b.length() - 1);
                    if (end != '.' && end != '!' && end != '?') b.append('.');
                    b.append(' ')
                            .append(
                                    rng.pick(
                                            new String[] {
                                                "Also ", "And ", "Plus ", "Also: ", "Oh and "
                                            }))
                            .append(Tmpl.decapitalize(shortPhrase(rng, themes.get(i), department)));
                }
                if (rng.chance(0.6)) b.append('.');
            }
        }
        return b.toString();
    }

    /** The optional "Anything else?" answer; null when left blank. */
    static String comment(
            Rng rng,
            String department,
            Integer sat,
            LocalDate day,
            Noise.Style style,
            EnumSet<Theme> needs) {
        double p = sat == null ? 0.2 : (sat <= 2 ? 0.6 : 0.3);
        if (!rng.chance(p)) {
            return null;
        }
        boolean vpnFixed =
                day.isAfter(
                        SampleQuarter.VPN_CUTOVER.plusDays(2)); // people notice after a few days
        String text;
        if (sat != null && sat <= 2) {
            text =
                    department.equals("Finance") && rng.chance(0.6)
                            ? rng.pick(SurveyPhrases.FINANCE_COMPLAINTS)
                            : rng.pick(SurveyPhrases.COMPLAINTS);
        } else if (sat != null && sat >= 4) {
            boolean vpnUser =
                    department.equals("Sales")
                            || department.equals("Engineering")
                            || department.equals("Executive");
            if (vpnFixed && rng.chance(vpnUser ? 0.14 : 0.04)) {
                text = rng.pick(SurveyPhrases.VPN_FIXED_PRAISE);
            } else {
                text =
                        rng.chance(0.75)
                                ? rng.pick(SurveyPhrases.PRAISE)
                                : rng.pick(SurveyPhrases.NEUTRAL);
            }
        } else {
            double u = rng.nextDouble();
            if (department.equals("Finance") && u < 0.35) {
                text = rng.pick(SurveyPhrases.FINANCE_COMPLAINTS);
            } else if (u < 0.5) {
                text = rng.pick(SurveyPhrases.NEUTRAL);
            } else if (u < 0.75) {
                text = rng.pick(SurveyPhrases.COMPLAINTS);
            } else {
                text = rng.pick(SurveyPhrases.PRAISE);
            }
        }
        return Noise.apply(Tmpl.expand(text, rng), style, rng);
    }
}
