package org.diplograph.eval;

/** How many of {@code total} matched pairs have the attribute right; the rate is NaN when there are none. */
public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("bad accuracy " + correct + "/" + total);
        }
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(correct + o.correct, total + o.total);
    }

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), total + 1);
    }

    public double rate() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
