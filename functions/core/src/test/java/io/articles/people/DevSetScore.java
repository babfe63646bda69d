package io.articles.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted names against gold person clusters exactly as the development set's {@code score.py} does:
 * names are normalised (accents, case, punctuation and spaces dropped), a prediction matches a cluster when it equals
 * one of its names, matching is one-to-one (maximum bipartite matching), and counts are micro-averaged.
 */
final class DevSetScore {
    private int truePositives;
    private int predictions;
    private int gold;

    void add(List<List<String>> clusters, List<String> predicted) {
        truePositives += matches(clusters, predicted);
        predictions += predicted.size();
        gold += clusters.size();
    }

    int gold() {
        return gold;
    }

    int predictions() {
        return predictions;
    }

    double precision() {
        return predictions == 0 ? 0 : (double) truePositives / predictions;
    }

    double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "gold=%d predictions=%d tp=%d precision=%.4f recall=%.4f f1=%.4f",
                gold, predictions, truePositives, precision(), recall(), f1());
    }

    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString().replace("ß", "ss");
    }

    /** The size of a maximum matching between predictions and the clusters they name (augmenting paths). */
    static int matches(List<List<String>> clusters, List<String> predicted) {
        List<Set<String>> keys = new ArrayList<>();
        for (List<String> cluster : clusters) {
            Set<String> names = new HashSet<>();
            cluster.stream().map(DevSetScore::normalise).filter(key -> !key.isEmpty()).forEach(names::add);
            keys.add(names);
        }
        List<List<Integer>> edges = new ArrayList<>();
        for (String prediction : predicted) {
            String key = normalise(prediction);
            List<Integer> named = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                if (!key.isEmpty() && keys.get(c).contains(key)) {
                    named.add(c);
                }
            }
            edges.add(named);
        }
        Map<Integer, Integer> owner = new HashMap<>();
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, edges, owner, new HashSet<>());
        }
        return owner.size();
    }

    private static boolean augment(int prediction, List<List<Integer>> edges, Map<Integer, Integer> owner,
            Set<Integer> seen) {
        for (int cluster : edges.get(prediction)) {
            if (seen.add(cluster) && (!owner.containsKey(cluster) || augment(owner.get(cluster), edges, owner, seen))) {
                owner.put(cluster, prediction);
                return true;
            }
        }
        return false;
    }
}
