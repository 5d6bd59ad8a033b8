package id.netral.bench;

/**
 * A goal of issue 28 for one figure: on its value ("≥ 2,000 deliveries/s") or on its ratio to the
 * baseline ("≥ 0.6 of health"), at least or at most the target.
 */
record Goal(Basis basis, boolean atLeast, double target) {
    enum Basis { VALUE, RATIO }

    static Goal valueAtLeast(double target) {
        return new Goal(Basis.VALUE, true, target);
    }

    static Goal valueAtMost(double target) {
        return new Goal(Basis.VALUE, false, target);
    }

    static Goal ratioAtLeast(double target) {
        return new Goal(Basis.RATIO, true, target);
    }

    static Goal ratioAtMost(double target) {
        return new Goal(Basis.RATIO, false, target);
    }

    private double measured(Figure figure) {
        if (basis == Basis.RATIO && !figure.hasRatio()) {
            throw new IllegalStateException(figure.name() + ": a goal on the ratio needs a baseline");
        }
        return basis == Basis.RATIO ? figure.ratio() : figure.value();
    }

    boolean metBy(Figure figure) {
        double measured = measured(figure);
        return atLeast ? measured >= target : measured <= target;
    }

    double attainment(Figure figure) {
        double measured = measured(figure);
        return atLeast ? measured / target : target / measured;
    }

    /** "≥ 0.60 × baseline", "≤ 200 MB". */
    String text(String unit) {
        String bound = (atLeast ? "≥ " : "≤ ") + Figure.format(target);
        return basis == Basis.RATIO ? bound + " × baseline" : bound + (unit.isEmpty() ? "" : " " + unit);
    }
}
