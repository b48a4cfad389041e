package io.needmap.samples;

import java.util.ArrayList;
import java.util.List;

/** The data-quality problems planted, rarely and deterministically, in the sample files. */
enum Problem {
    NPS_OUT_OF_RANGE("nps out of range", "nps is 11 or 12 (valid: 0-10)"),
    SATISFACTION_OUT_OF_RANGE(
            "overall_satisfaction out of range", "overall_satisfaction is 0 or 6 (valid: 1-5)"),
    UNPARSEABLE_SUBMITTED_AT(
            "unparseable submitted_at",
            "e.g. 31/13/2026, 14.08.2026 10:32, #VALUE!, or a 31st of a 30-day month"),
    MISSING_DEPARTMENT("missing department", "department is blank"),
    RESOLVED_BEFORE_CREATED(
            "resolved_at before created_at", "resolved_at is 1 hour to 3 days before created_at"),
    DUPLICATE_TICKET_ID(
            "duplicated ticket_id", "an earlier ticket row repeated verbatim a few rows later"),
    NEGATIVE_HOURS_SPENT("negative hours_spent", "hours_spent is negative, e.g. -1.5");

    static final double RATE = 0.004;

    final String title;
    final String detail;

    Problem(String title, String detail) {
        this.title = title;
        this.detail = detail;
    }

    static final List<Problem> SURVEY =
            List.of(
                    NPS_OUT_OF_RANGE,
                    SATISFACTION_OUT_OF_RANGE,
                    UNPARSEABLE_SUBMITTED_AT,
                    MISSING_DEPARTMENT);
    static final List<Problem> TICKET =
            List.of(
                    MISSING_DEPARTMENT,
                    RESOLVED_BEFORE_CREATED,
                    DUPLICATE_TICKET_ID,
                    NEGATIVE_HOURS_SPENT);

    /**
     * How many rows of an n-row file get each problem: 0.4%, at least one once the file has 25
     * rows.
     */
    static int count(int n) {
        int k = (int) Math.round(n * RATE);
        return k == 0 && n >= 25 ? 1 : k;
    }

    /**
     * Streams which rows carry which problem: exactly count(n) rows per kind, chosen by selection
     * sampling among rows firstEligible..n-1, each chosen row carrying one problem.
     */
    static final class Plan {
        private final Rng rng;
        private final int n;
        private final int firstEligible;
        private final Problem[] queue;
        private int picked;
        private final int[] counts = new int[values().length];

        Plan(Rng rng, int n, int firstEligible, List<Problem> kinds) {
            this.rng = rng;
            this.n = n;
            this.firstEligible = Math.min(firstEligible, n);
            int per = count(n);
            int room = (n - this.firstEligible) / 2;
            if (per * kinds.size() > room) per = room / Math.max(1, kinds.size());
            List<Problem> q = new ArrayList<>();
            for (Problem p : kinds) for (int i = 0; i < per; i++) q.add(p);
            Problem[] arr = q.toArray(new Problem[0]);
            for (int i = arr.length - 1; i > 0; i--) { // Fisher-Yates
                int j = rng.nextInt(i + 1);
                Problem t = arr[i];
                arr[i] = arr[j];
                arr[j] = t;
            }
            this.queue = arr;
        }

        /** The problem for row i (call for i = 0, 1, 2 ... in order), or null. */
        Problem at(int i) {
            if (i < firstEligible || picked == queue.length) return null;
            int slotsLeft = n - i;
            int picksLeft = queue.length - picked;
            if (rng.nextInt(slotsLeft) < picksLeft) {
                Problem p = queue[picked++];
                counts[p.ordinal()]++;
                return p;
            }
            return null;
        }

        int planted(Problem p) {
            return counts[p.ordinal()];
        }
    }
}
